#!/bin/sh
# run.sh TARGET SECONDS — runs one fuzz target for SECONDS on a corpus
# seeded from the installed OTP (.beam files, or .S files written by
# erlc -S, or for fuzz_etf erl's term_to_binary: etf_seeds.escript; for
# fuzz_bs inputs of bs_fuzzmatch:run/1: bs_seeds.escript),
# plus the saved crashers in testsuite/fuzz/regress/.  Prints
# libFuzzer's closing statistics; exits non-zero if it found a crash.
set -eu
target=$1; secs=$2
: "${BUILDDIR:=.}"; : "${SRCDIR:=.}"
corpus="$BUILDDIR/testsuite/fuzz/corpus-$target"
mkdir -p "$corpus"
lib=$("${ERL:-erl}" -noshell -eval 'io:format("~s~n", [code:lib_dir()]), halt().')
if [ -z "$(ls -A "$corpus")" ]; then
  if [ "$target" = fuzz_etf ]; then
    "${ESCRIPT:-escript}" "$SRCDIR/testsuite/fuzz/etf_seeds.escript" "$corpus"
  elif [ "$target" = fuzz_bs ]; then
    "${ESCRIPT:-escript}" "$SRCDIR/testsuite/fuzz/bs_seeds.escript" "$corpus"
  elif [ "$target" = fuzz_beam ]; then
    for m in lists maps string queue sets proplists gen_server erl_lint; do
      cp "$lib"/stdlib-*/ebin/$m.beam "$corpus/" 2>/dev/null || true
    done
    cp "$lib"/compiler-*/ebin/beam_asm.beam "$corpus/"
  else
    (cd "$corpus" && for m in queue proplists orddict; do
       "${ERLC:-erlc}" -S "$lib"/stdlib-*/src/$m.erl; done)
  fi
fi
seeds="$SRCDIR/testsuite/fuzz/regress/$target"
mkdir -p "$BUILDDIR/testsuite/fuzz/artifacts"
# binary_to_term's inputs stay small: a compressed one may declare 1032
# times its size
maxlen=300000
[ "$target" = fuzz_etf ] && maxlen=65536
# bit-syntax inputs: a few hundred bytes reach every step; longer ones
# only make each run slower
[ "$target" = fuzz_bs ] && maxlen=4096
"$BUILDDIR/testsuite/fuzz/$target" -max_total_time="$secs" -max_len=$maxlen -timeout=10 \
  -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$BUILDDIR/testsuite/fuzz/artifacts/$target-" \
  "$corpus" $( [ -d "$seeds" ] && echo "$seeds" )
