#!/bin/sh
# run.sh [--progs DIR] [--out DIR] [PROG...] — differential tests: each
# program in testsuite/diff/progs runs as `escript PROG.beam ARGS` (the
# reference) and as the native executable `beamc PROG.erl -o PROG` builds;
# stdout and the exit status must be identical, and when the status is 127
# (uncaught exception) so must the first line of stderr.  One TAP line per
# program, in the order given (default: every progs/*.erl, sorted).  PROG
# may be a name, NAME.erl or a path.
# --progs DIR takes the programs from DIR instead, as NAME.erl or as
# NAME.S (BEAM assembly: the reference is `erlc +from_asm +no_postopt`,
# which assembles the instructions as written); --out DIR (relative to
# BUILDDIR) is where the outputs of failures are kept.
# PROG.args, if present, holds the command-line arguments, one per line;
# PROG.cstack, the C stack limit in KB (ulimit -s) of the native run.
# Environment: BEAMC (default ./beamc), ERLC (erlc), ESCRIPT (escript),
# SRCDIR (default: two levels above this script), BUILDDIR (.), JOBS
# (programs run in parallel, default 2), DIFF_TIMEOUT (seconds per run, 60),
# BUILD_TIMEOUT (seconds per native build, 600).  For a cross target:
# DIFF_BEAMC_FLAGS (words added to beamc's command, e.g. --target=TRIPLE)
# and DIFF_RUN (the command the native program runs under, e.g.
# qemu-aarch64).  DIFF_REF (a directory) keeps the reference's outputs,
# keyed by the program's source and arguments, for the next run to reuse.  On failure the outputs are
# kept in $BUILDDIR/testsuite/diff/out/PROG.{erl,native}.{stdout,stderr,status}
# (or the --out directory; and PROG.build.log), and a short diff is printed
# as TAP diagnostics.

# prog_src NAME: the source file of program NAME in $DIFF_PROGS (NAME.erl
# or NAME.S), or nothing when there is none.
prog_src() {
  for e in erl S; do
    if [ -f "$DIFF_PROGS/$1.$e" ]; then echo "$1.$e"; return; fi
  done
}

# --one NAME: the worker that runs one program, both ways (started via xargs).
if [ "${1-}" = --one ]; then
  n=$2; d="$DIFF_SCRATCH/$n"; src=$(prog_src "$n")
  mkdir -p "$d" && cp "$DIFF_PROGS/$src" "$d/" || exit 0
  set --
  if [ -f "$DIFF_PROGS/$n.args" ]; then
    while IFS= read -r a || [ -n "$a" ]; do set -- "$@" "$a"; done <"$DIFF_PROGS/$n.args"
  fi
  cd "$d" || exit 0
  # run SIDE CMD...: runs a program with the args, saving its three outputs.
  run() {
    side=$1; shift
    timeout -k 5 "$DIFF_TIMEOUT" "$@" </dev/null >"$n.$side.stdout" 2>"$n.$side.stderr"
    echo $? >"$n.$side.status"
  }
  # A .S is assembled as written: +no_postopt keeps erlc's optimisation
  # passes from rewriting the instructions under test.
  asm=
  case $src in *.S) asm="+from_asm +no_postopt" ;; esac
  # The reference, or its outputs from DIFF_REF when an earlier run kept
  # them for the same source and arguments.
  ref=
  if [ -n "${DIFF_REF-}" ]; then
    key=$(cat "$src" "$DIFF_PROGS/$n.args" 2>/dev/null | cksum | cut -d' ' -f1)
    ref="$DIFF_REF/$n-$key"
  fi
  if [ -n "$ref" ] && [ -f "$ref.erl.status" ]; then
    for f in stdout stderr status; do cp "$ref.erl.$f" "$n.erl.$f"; done
  # shellcheck disable=SC2086  # $asm is a list of options
  elif "$ERLC" $asm "$src" >erlc.log 2>&1; then
    run erl "$ESCRIPT" "$n.beam" "$@"
    if [ -n "$ref" ] && mkdir -p "$DIFF_REF"; then
      for f in stdout stderr status; do cp "$n.erl.$f" "$ref.erl.$f.$$"; done
      for f in stdout stderr; do mv "$ref.erl.$f.$$" "$ref.erl.$f"; done
      mv "$ref.erl.status.$$" "$ref.erl.status"   # last: it says the others are there
    fi
  else
    touch erlc.failed
  fi
  # PROG.cstack: the C stack limit (KB) of the native run, which must work
  # in that little stack (the runtime bounds its C stack use).
  cstack=
  [ -f "$DIFF_PROGS/$n.cstack" ] && cstack=$(cat "$DIFF_PROGS/$n.cstack")
  # shellcheck disable=SC2086  # DIFF_BEAMC_FLAGS and DIFF_RUN are words
  if ! timeout -k 5 "$BUILD_TIMEOUT" "$BEAMC" ${DIFF_BEAMC_FLAGS-} "$src" -o "$d/$n" >"$n.build.log" 2>&1 ||
     [ ! -x "$n" ]; then
    touch build.failed
  elif [ -n "$cstack" ]; then
    run native sh -c 'ulimit -s "$0" && exec "$@"' "$cstack" ${DIFF_RUN-} "./$n" "$@"
  else
    run native ${DIFF_RUN-} "./$n" "$@"
  fi
  touch finished
  exit 0
fi

progs=
outdir=testsuite/diff/out
while [ $# -gt 0 ]; do
  case $1 in
    --progs) progs=${2:?--progs needs a directory}; shift 2 ;;
    --out) outdir=${2:?--out needs a directory}; shift 2 ;;
    *) break ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
: "${SRCDIR:=$(cd "$here/../.." && pwd)}"
: "${BUILDDIR:=.}"
: "${BEAMC:=./beamc}"
: "${ERLC:=erlc}"
: "${ESCRIPT:=escript}"
: "${JOBS:=2}"
: "${DIFF_TIMEOUT:=60}"
: "${BUILD_TIMEOUT:=600}"
case $BEAMC in /*) ;; */*) BEAMC="$(pwd)/$BEAMC" ;; esac
BUILDDIR=$(mkdir -p "$BUILDDIR" && cd "$BUILDDIR" && pwd)
# shellcheck source=../tap.sh
. "$SRCDIR/testsuite/tap.sh"
DIFF_PROGS="$SRCDIR/testsuite/diff/progs"
if [ -n "$progs" ]; then
  DIFF_PROGS=$(cd "$progs" && pwd) || { echo "run.sh: no directory $progs" >&2; exit 2; }
fi
# shellcheck disable=SC2154  # $scratch is set by tap.sh
DIFF_SCRATCH=$scratch
export BEAMC ERLC ESCRIPT DIFF_TIMEOUT BUILD_TIMEOUT DIFF_PROGS DIFF_SCRATCH
out="$BUILDDIR/$outdir"

if [ $# -eq 0 ]; then
  for p in "$DIFF_PROGS"/*.erl "$DIFF_PROGS"/*.S; do
    [ -f "$p" ] && set -- "$@" "$p"
  done
fi
names=
for p in "$@"; do
  n=$(basename "$p"); n=${n%.erl}; n=${n%.S}
  names="$names $n"
done

# Only programs that exist go to the workers (each in its own sh, so that
# one killed worker does not stop xargs); the others fail in the loop.
# shellcheck disable=SC2016  # the single quotes are for the inner sh
{ for n in $names; do [ -n "$(prog_src "$n")" ] && echo "$n"; done |
    xargs -n 1 -P "$JOBS" sh -c 'sh "$0" --one "$1"; :' "$0"; touch "$scratch/all.done"; } &
workers=$!

# first_line FILE: the first line of FILE, or nothing.
first_line() { head -n 1 "$1" 2>/dev/null; }
# keep N: saves the outputs of N for inspection.
keep() {
  mkdir -p "$out"
  for f in "$d/$1".erl.* "$d/$1".native.* "$d/$1".build.log; do
    [ -f "$f" ] && cp "$f" "$out/"
  done
}
# diag FILE: the file as TAP diagnostics (at most 12 lines).
diag() { head -n 12 "$1" | sed 's/^/#   /'; }

for n in $names; do
  d="$scratch/$n"
  rm -f "$out/$n".erl.* "$out/$n".native.* "$out/$n".build.log
  src=$(prog_src "$n")
  if [ -z "$src" ]; then
    tap_not_ok "$n: no such program ($DIFF_PROGS/$n.erl or $n.S)"; continue
  fi
  while [ ! -f "$d/finished" ] && [ ! -f "$scratch/all.done" ]; do sleep 0.1; done
  if [ ! -f "$d/finished" ]; then
    tap_not_ok "$n: the worker did not finish"; continue
  fi
  if [ -f "$d/erlc.failed" ]; then
    tap_not_ok "$n: erlc failed on the program itself"; diag "$d/erlc.log"; continue
  fi
  es=$(cat "$d/$n.erl.status")
  if [ "$es" = 124 ] || [ "$es" = 137 ]; then
    tap_not_ok "$n: the reference (escript) timed out after $DIFF_TIMEOUT s"; continue
  fi
  if [ -f "$d/build.failed" ]; then
    keep "$n"
    tap_not_ok "$n: native build failed (beamc $src -o $n)"; diag "$d/$n.build.log"; continue
  fi
  ns=$(cat "$d/$n.native.status")
  why=
  if [ "$ns" = 124 ] || [ "$ns" = 137 ]; then
    why="native timed out after $DIFF_TIMEOUT s"
  elif [ "$es" != "$ns" ]; then
    why="exit status: escript $es, native $ns"
    [ "$ns" -gt 128 ] && [ "$ns" -lt 160 ] && why="$why (signal $((ns - 128))?)"
  fi
  cmp -s "$d/$n.erl.stdout" "$d/$n.native.stdout" || why="${why:+$why; }stdout differs"
  if [ "$es" = 127 ] && [ "$ns" = 127 ] &&
     [ "$(first_line "$d/$n.erl.stderr")" != "$(first_line "$d/$n.native.stderr")" ]; then
    why="${why:+$why; }first line of stderr differs"
  fi
  if [ -z "$why" ]; then tap_ok "$n"; continue; fi
  keep "$n"
  tap_not_ok "$n: $why" "outputs kept in $out/$n.*"
  if ! cmp -s "$d/$n.erl.stdout" "$d/$n.native.stdout"; then
    diff -u "$d/$n.erl.stdout" "$d/$n.native.stdout" | tail -n +3 >"$d/stdout.diff"
    echo "# stdout (- escript, + native):"; diag "$d/stdout.diff"
  fi
  if [ "$es" = 127 ] || [ "$ns" = 127 ] || [ -s "$d/$n.native.stderr" ]; then
    echo "# stderr of escript, first line: $(first_line "$d/$n.erl.stderr")"
    echo "# stderr of native:"; head -n 3 "$d/$n.native.stderr" | sed 's/^/#   /'
  fi
done
wait "$workers"
tap_done
