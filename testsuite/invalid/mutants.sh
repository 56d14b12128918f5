#!/bin/sh
# mutants.sh — mutation test of the readers, the validator and the
# emitter: mutants of real OTP modules (mutate.py: one byte of the Code
# chunk changed) must each be either refused (status 2, one line on
# stderr) or translated to C that the C compiler accepts.  A crash, any
# other status, or C that does not compile fails.  MUTANTS (default 60)
# mutants per module; MUTANT_SEED (default 1) picks them.
. "$SRCDIR/testsuite/tap.sh"
: "${CC:=cc}" "${MUTANTS:=60}" "${MUTANT_SEED:=1}"
lib=$(otp_lib) || { tap_not_ok "find the OTP library (is erl installed?)"; tap_done; exit 0; }
inc="-I$SRCDIR/include -I$BUILDDIR/runtime"
for mod in stdlib/orddict stdlib/queue stdlib/proplists stdlib/lists kernel/inet_parse \
           compiler/beam_dict; do
  app=${mod%/*} m=${mod#*/}
  beam=$(ls "$lib/$app"-*/ebin/"$m".beam 2>/dev/null | head -n 1)
  if [ -z "$beam" ]; then tap_not_ok "$m: not installed"; continue; fi
  dir="$scratch/$m" && mkdir -p "$dir"
  python3 "$SRCDIR/testsuite/invalid/mutate.py" "$beam" "$MUTANT_SEED" "$MUTANTS" "$dir" ||
    { tap_not_ok "$m: mutate.py failed"; continue; }
  refused=0 compiled=0 bad=""
  for mutant in "$dir"/*.beam; do
    "$BEAMC" --c-only -o "$dir/m.c" "$mutant" >/dev/null 2>"$dir/err"; st=$?
    if [ "$st" = 2 ] && [ "$(wc -l <"$dir/err")" = 1 ] && grep -q '^beamc: ' "$dir/err"; then
      refused=$((refused + 1))
    elif [ "$st" = 0 ] && $CC -std=gnu11 -w -fsyntax-only $inc "$dir/m.c" 2>"$dir/cc.err"; then
      compiled=$((compiled + 1))
    else
      bad="$bad $(basename "$mutant") (status $st: $(head -c 200 "$dir/err" "$dir/cc.err" 2>/dev/null | tr '\n' ' '))"
      cp "$mutant" "$BUILDDIR/testsuite/invalid/" 2>/dev/null
    fi
    rm -f "$dir/m.c"
  done
  if [ -z "$bad" ]; then
    tap_ok "$m: $MUTANTS mutants, $refused refused, $compiled translated to C that compiles"
  else
    tap_not_ok "$m: mutants that crashed beamc or gave C that does not compile" "$bad"
  fi
done
tap_done
