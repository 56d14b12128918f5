#!/bin/sh
# bs_replay.sh DIR... — replays fuzz_bs inputs (a corpus, artifacts)
# through bs_fuzzmatch under escript and as a native program built by
# beamc, 50 inputs a run, and compares what run/1 returns: the fuzz
# target checks the bit syntax against itself, this checks it against
# erl.  Prints the first difference and exits 1 if there is one.  From a
# build directory: BEAMC=./beamc SRCDIR=.. ../testsuite/fuzz/bs_replay.sh \
# testsuite/fuzz/corpus-fuzz_bs
set -eu
: "${SRCDIR:=.}"; : "${BEAMC:=./beamc}"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp "$SRCDIR/testsuite/diff/progs/bs_fuzzmatch.erl" "$work/"
beamc=$(cd "$(dirname "$BEAMC")" && pwd)/$(basename "$BEAMC")
(cd "$work" && "${ERLC:-erlc}" bs_fuzzmatch.erl && "$beamc" bs_fuzzmatch.erl -o bs_fuzzmatch)
find "$@" -type f | sort > "$work/files"
n=0; bad=0
while :; do
  batch=$(sed -n "$((n + 1)),$((n + 50))p" "$work/files")
  [ -n "$batch" ] || break
  set -- hex
  for f in $batch; do set -- "$@" "$(od -An -v -tx1 "$f" | tr -d ' \n')"; done
  (cd "$work" && "${ESCRIPT:-escript}" bs_fuzzmatch.beam "$@" > erl.out 2>&1 || true)
  (cd "$work" && ./bs_fuzzmatch "$@" > native.out 2>&1 || true)
  if ! cmp -s "$work/erl.out" "$work/native.out"; then
    echo "bs_replay: inputs $((n + 1))..$((n + 50)) differ:"
    diff "$work/erl.out" "$work/native.out" | head -n 6
    i=$(diff "$work/erl.out" "$work/native.out" | sed -n 's/^< {\([0-9]*\),.*/\1/p' | head -n 1)
    [ -n "$i" ] && echo "input: $(echo "$batch" | sed -n "${i}p")"
    bad=1
  fi
  n=$((n + 50))
done
echo "bs_replay: $(wc -l < "$work/files") inputs, $([ $bad = 0 ] && echo same as erl || echo DIFFERENT)"
exit $bad
