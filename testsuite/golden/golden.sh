#!/bin/sh
# golden.sh [--update] — golden tests of the emitted C.  For each NAME.S
# here, `beamc --c-only` must write exactly NAME.c (committed, reviewed),
# and that C must compile as strict C11 against include/ with every
# warning an error (but unused labels and variables, which the
# instruction-by-instruction translation leaves).  Run from any directory;
# the inputs are named relative to the source tree so the output is
# stable.  --update rewrites the NAME.c files after a deliberate change of
# the emitter: review the diff before committing it.
. "$SRCDIR/testsuite/tap.sh"
: "${BUILDDIR:=.}"
: "${CC:=cc}"
update=false
[ "${1-}" = --update ] && update=true
cd "$SRCDIR" || exit 99
for s in testsuite/golden/*.S; do
  n=$(basename "$s" .S)
  c="testsuite/golden/$n.c"
  out="$scratch/$n.c"
  if ! "$BEAMC" --c-only "$s" -o "$out" 2>"$scratch/$n.err"; then
    tap_not_ok "$n: beamc --c-only failed" "$(head -n 5 "$scratch/$n.err")"
    continue
  fi
  if $update; then cp "$out" "$c"; fi
  if cmp -s "$c" "$out"; then
    tap_ok "$n: emitted C is the golden file"
  else
    tap_not_ok "$n: emitted C differs from $c" \
      "$(diff -u "$c" "$out" | head -n 20)"
  fi
  tap_check "$n: emitted C compiles cleanly as C11" \
    "$CC" -std=c11 -fsyntax-only -Wall -Wextra -Werror -Wno-unused-label \
    -Wno-unused-variable -Wno-unused-parameter -Iinclude -I"$BUILDDIR/runtime" "$out"
done

# A frame of 1000 Y registers (sfix/allocate_large.S): the C that clears
# it is a loop, so the file does not grow with the frame.
big="$SRCDIR/testsuite/sfix/allocate_large.S"
if "$BEAMC" --c-only -o "$scratch/big.c" "$big" 2>"$scratch/big.err"; then
  size=$(wc -c <"$scratch/big.c")
  if [ "$size" -lt 16000 ] && ! grep -q 'P->stop\[999\]' "$scratch/big.c"; then
    tap_ok "a frame of 1000 Y registers: $size bytes of C, cleared by a loop"
  else
    tap_not_ok "a frame of 1000 Y registers: C proportional to the frame" "$size bytes"
  fi
else
  tap_not_ok "allocate_large.S: beamc --c-only failed" "$(head -n 3 "$scratch/big.err")"
fi
tap_done
