#!/bin/sh
# run.sh [PROG...] — the benchmark behind `make bench`.  PROG is one of
# startup (bench/empty.erl), fib, tak, nrev, qsort, floatloop, bignum, the
# binary benchmarks binparse, binbuild and etf (term_to_binary and
# binary_to_term), mapbig (a 1,000,000-key map), and
# the process benchmarks pingpong, ring, spawnwait, flood, procmem
# (bench/PROG.erl); default all, in that order.  Each is built twice: by beamc
# into a native executable, and by erlc into a .beam that `escript PROG.beam`
# runs under erl (the reference; erl's JIT compiles the beam).  Each side then
# runs BENCH_RUNS times, native and erl alternating, timed by wall clock; the
# outputs of every run must equal the first erl run's.  One table row per
# program: the medians, their ratio erl/native, and the same ratio with the
# start-up time (the median of the empty program, row "startup") subtracted
# from both sides, and each side's peak RSS (the median, with GNU time;
# "-" without it).  spawnwait runs with a process limit of 2,000,000 on
# both sides (erl's +P in ERL_FLAGS, BEAMRT_MAX_PROCESSES for the native
# program).  A wrong output, a failed build or a failed run shows in
# the row's check column (MISMATCH, BUILD-FAILED, ERL-FAILED, NATIVE-FAILED)
# and the script carries on; the exit status is then 1.  This is a
# benchmark, not a test: it is not part of `make check`.
#
# Environment: BEAMC (default ./beamc), BEAMC_FLAGS (-O2), CC (the C
# compiler beamc runs, default cc), ERLC (erlc), ERL (erl), ESCRIPT (the
# escript beside ERL, else escript), SRCDIR (the source tree; default the
# parent of this script's directory), BENCH_RUNS (5), BENCH_DIR (scratch
# directory; default a fresh one under TMPDIR, removed at the end unless
# BENCH_KEEP=1), BENCH_TIMEOUT (seconds per run, 600; a run killed by it
# fails).  BENCH_ARGS_<file> (e.g. BENCH_ARGS_fib="30 2") gives a
# program's arguments, space-separated, instead of its built-in defaults.
# Exit status: 0, 1 when a row is not ok, 2 for bad usage.
set -u

here=$(cd "$(dirname "$0")" && pwd)
: "${SRCDIR:=$(cd "$here/.." && pwd)}"
: "${BEAMC:=./beamc}"
: "${BEAMC_FLAGS:=-O2}"
: "${ERLC:=erlc}"
: "${ERL:=erl}"
: "${BENCH_RUNS:=5}"
: "${BENCH_KEEP:=0}"
: "${BENCH_TIMEOUT:=600}"
if [ -z "${ESCRIPT-}" ]; then
  erl_path=$(command -v "$ERL" 2>/dev/null || :)
  if [ -n "$erl_path" ] && [ -x "$(dirname "$erl_path")/escript" ]; then
    ESCRIPT="$(dirname "$erl_path")/escript"
  else
    ESCRIPT=escript
  fi
fi
# The programs run in their scratch directories: relative paths are made
# absolute.
case $BEAMC in /*) ;; */*) BEAMC="$(pwd)/$BEAMC" ;; esac
case $ERLC in /*) ;; */*) ERLC="$(pwd)/$ERLC" ;; esac
case $ESCRIPT in /*) ;; */*) ESCRIPT="$(pwd)/$ESCRIPT" ;; esac
for v in BENCH_RUNS BENCH_TIMEOUT; do
  val=
  eval "val=\$$v"
  case $val in '' | *[!0-9]* | 0)
    echo "run.sh: $v must be a positive integer, not '$val'" >&2
    exit 2 ;;
  esac
done

progs_dir="$SRCDIR/bench"
all="startup fib tak nrev qsort floatloop bignum binparse binbuild etf mapbig pingpong ring spawnwait flood procmem"
# shellcheck disable=SC2086  # $all is a list of words
[ $# -eq 0 ] && set -- $all
selected=
for p in "$@"; do
  selected="$selected $p"
  n=$p; [ "$n" = startup ] && n=empty
  if [ ! -f "$progs_dir/$n.erl" ]; then
    echo "run.sh: no such benchmark: $p (known: $all)" >&2
    exit 2
  fi
done

if [ -n "${BENCH_DIR-}" ]; then
  scratch=$BENCH_DIR
  mkdir -p "$scratch" || exit 2
else
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/beamc-bench.XXXXXX") || exit 2
  [ "$BENCH_KEEP" = 1 ] || trap 'rm -rf "$scratch"' EXIT
  trap 'exit 130' INT TERM
fi

# now: wall-clock seconds with nanoseconds.
now() { date +%s.%N; }

# GNU time, for the peak RSS, if there is one.
gnu_time=
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
  gnu_time=/usr/bin/time
fi

# timed OUT CMD...: runs CMD (at most BENCH_TIMEOUT seconds) with stdout
# to OUT.stdout, its status in OUT.status, its peak RSS in KB in OUT.rss
# (with GNU time); prints the elapsed wall-clock seconds.
timed() {
  out=$1; shift
  t0=$(now)
  if [ -n "$gnu_time" ]; then
    timeout -k 5 "$BENCH_TIMEOUT" "$gnu_time" -f %M -o "$out.rss" "$@" \
      </dev/null >"$out.stdout" 2>"$out.stderr"
  else
    timeout -k 5 "$BENCH_TIMEOUT" "$@" </dev/null >"$out.stdout" 2>"$out.stderr"
  fi
  st=$?
  t1=$(now)
  echo "$st" >"$out.status"
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }'
}

# median: the median of the numbers on stdin, one a line.
median() {
  sort -g | awk '{ v[NR] = $1 }
    END { if (NR == 0) exit 1
          if (NR % 2) printf "%.3f\n", v[(NR + 1) / 2]
          else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# brief FILE: the start of FILE on one line (newlines shown as \n).
brief() {
  head -c 48 "$1" | awk '{ printf "%s%s", (NR > 1 ? "\\n" : ""), $0 }'
}

# ratio A B [SUB_A SUB_B]: (A - SUB_A) / (B - SUB_B), or "-" when the
# divisor is not positive.
ratio() {
  awk -v a="$1" -v b="$2" -v sa="${3:-0}" -v sb="${4:-0}" \
    'BEGIN { if (b - sb > 0 && a - sa > 0) printf "%.2f\n", (a - sa) / (b - sb); else print "-" }'
}

flavor=$("$ERL" -noshell -eval \
  'io:format("~s ~s ~s~n",[erlang:system_info(otp_release), erlang:system_info(version), erlang:system_info(emu_flavor)]), halt().' 2>/dev/null)
otp=$(echo "$flavor" | awk '{ print $1 }')
erts=$(echo "$flavor" | awk '{ print $2 }')
emu=$(echo "$flavor" | awk '{ print $3 }')
[ "$emu" = jit ] || echo "run.sh: warning: erl's emulator flavour is '$emu', not jit" >&2

echo "beamc benchmark: $BENCH_RUNS runs per side, wall-clock medians in seconds"
echo "machine: $(uname -m), $(nproc 2>/dev/null || echo '?') cores, $(uname -sr)"
echo "native: beamc $BEAMC_FLAGS, $(${CC:-cc} --version 2>/dev/null | head -n 1)"
echo "erl: OTP $otp (erts $erts), emu flavour $emu, escript PROG.beam"
echo "load average at start: $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)"
if [ -n "${BENCH_DIR-}" ] || [ "$BENCH_KEEP" = 1 ]; then echo "scratch (kept): $scratch"; fi
echo

# build N: compiles bench/N.erl both ways into $scratch/N; prints the
# failure, if any, as the row's check word.
build() {
  d="$scratch/$1"
  if ! { mkdir -p "$d" && cp "$progs_dir/$1.erl" "$d/"; }; then
    echo BUILD-FAILED; return
  fi
  # Both compilers run in $d on a relative name: erlc shortens a source
  # path that starts with the working directory's name by string prefix, so
  # from /tmp/b it turns /tmp/beamc-bench.X/f.erl into "eamc-bench.X/f.erl".
  if ! (cd "$d" && "$ERLC" "$1.erl") >"$d/erlc.log" 2>&1; then
    echo "run.sh: erlc failed on $1.erl:" >&2
    sed 's/^/  /' "$d/erlc.log" | head -n 20 >&2
    echo BUILD-FAILED; return
  fi
  # shellcheck disable=SC2086  # BEAMC_FLAGS may hold several flags
  if ! (cd "$d" && "$BEAMC" $BEAMC_FLAGS "$1.erl" -o "$1") >"$d/beamc.log" 2>&1 || [ ! -x "$d/$1" ]; then
    echo "run.sh: beamc failed on $1.erl:" >&2
    sed 's/^/  /' "$d/beamc.log" | head -n 20 >&2
    echo BUILD-FAILED; return
  fi
}

# peak_mb DIR SIDE: the median peak RSS of SIDE's runs in DIR, in MB, or
# "-" without GNU time.
peak_mb() {
  cat "$1/$2".[0-9]*.rss 2>/dev/null | awk '/^[0-9]+$/ { print $1 / 1024 }' |
    median 2>/dev/null || echo -
}

# check OUT: the check word for run OUT against the reference output.
check() {
  if [ "$(cat "$1.status")" != 0 ]; then
    case $1 in */erl.*) echo ERL-FAILED ;; *) echo NATIVE-FAILED ;; esac
  elif ! cmp -s "$1.stdout" "$ref"; then
    echo MISMATCH
  fi
}

printf '| program | erl (%s) median (s) | native median (s) | ratio erl/native | ratio, start-up subtracted | erl peak RSS (MB) | native peak RSS (MB) | check | output |\n' "${emu:-?}"
printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n'
status=0
erl_start=
nat_start=
for p in $selected; do
  n=$p; [ "$n" = startup ] && n=empty
  d="$scratch/$n"
  args=
  eval "args=\${BENCH_ARGS_$n-}"
  # a million processes: past both sides' default process limit
  if [ "$n" = spawnwait ]; then
    export ERL_FLAGS="+P 2000000" BEAMRT_MAX_PROCESSES=2000000
  else
    unset ERL_FLAGS BEAMRT_MAX_PROCESSES
  fi
  problem=$(build "$n")
  if [ -n "$problem" ]; then
    printf '| %s | - | - | - | - | - | - | %s | |\n' "$p" "$problem"
    status=1
    continue
  fi
  ref="$d/reference"
  : >"$d/erl.times"
  : >"$d/native.times"
  i=1
  while [ "$i" -le "$BENCH_RUNS" ]; do
    # Alternate which side goes first, so neither always runs on a warm cache.
    if [ $((i % 2)) = 1 ]; then order="erl native"; else order="native erl"; fi
    for side in $order; do
      # shellcheck disable=SC2086  # args are space-separated words
      if [ "$side" = erl ]; then
        (cd "$d" && timed "$d/erl.$i" "$ESCRIPT" "$n.beam" $args) >>"$d/erl.times"
      else
        (cd "$d" && timed "$d/native.$i" "./$n" $args) >>"$d/native.times"
      fi
    done
    [ -f "$ref" ] || cp "$d/erl.$i.stdout" "$ref"
    i=$((i + 1))
  done
  problem=
  for out in "$d"/erl.[0-9]* "$d"/native.[0-9]*; do
    case $out in *.stdout) ;; *) continue ;; esac
    problem=$(check "${out%.stdout}")
    [ -n "$problem" ] && break
  done
  [ -n "$problem" ] && status=1
  em=$(median <"$d/erl.times")
  nm=$(median <"$d/native.times")
  if [ "$p" = startup ]; then
    erl_start=$em nat_start=$nm sub=-
  elif [ -n "$erl_start" ]; then
    sub=$(ratio "$em" "$nm" "$erl_start" "$nat_start")
  else
    sub=-
  fi
  # The output column: the reference output, and on a mismatch the
  # differing one too.
  output="\`$(brief "$ref")\`"
  if [ "$problem" = MISMATCH ]; then
    output="$output vs $(basename "$out" .stdout) \`$(brief "$out")\`"
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$p" "$em" "$nm" \
    "$(ratio "$em" "$nm")" "$sub" "$(peak_mb "$d" erl)" "$(peak_mb "$d" native)" \
    "${problem:-ok}" "$output"
done
echo
echo "load average at end: $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)"
exit $status
