#!/bin/sh
# invalid.sh — every NAME.S here is invalid code of one class (the first
# comment line says which).  beamc must refuse it before any C is
# written: status 2, one line on stderr naming the file, the function and
# the instruction, containing the text of the fixture's "%% expect:" line,
# and no executable, object or C file left behind.  erlc +from_asm must
# refuse it too, unless the fixture says "%% erlc accepts this:" and why
# (code erl runs but beamc cannot translate); then erlc must accept it.
. "$SRCDIR/testsuite/tap.sh"
: "${ERLC:=erlc}"
here="$SRCDIR/testsuite/invalid"
cd "$scratch" || exit 99
for src in "$here"/*.S; do
  name=$(basename "$src" .S)
  expect=$(sed -n 's/^%% expect: //p' "$src")
  mkdir "$name" && cd "$name" || exit 99
  cp "$src" .
  "$BEAMC" --emit-c "$name.S" -o prog >out.txt 2>err.txt; st=$?
  lines=$(wc -l <err.txt)
  if [ "$st" = 2 ] && [ "$lines" = 1 ] && grep -qF "$name.S: function " err.txt &&
     grep -qF "instruction " err.txt && grep -qF -- "$expect" err.txt &&
     [ ! -e prog ] && [ -z "$(ls ./*.c ./*.o 2>/dev/null)" ]; then
    tap_ok "$name: refused with one line"
  else
    tap_not_ok "$name: refused with one line" "status $st, $lines lines: $(head -c 300 err.txt)" \
      "expected: $expect" "left: $(ls)"
  fi
  "$BEAMC" --c-only -o out.c "$name.S" 2>/dev/null; st=$?
  tap_check "$name: --c-only refuses it and writes no C" sh -c "[ $st = 2 ] && [ ! -e out.c ]"
  "$ERLC" +from_asm +no_postopt "$name.S" >erlc.txt 2>&1; est=$?
  if grep -q '^%% erlc accepts this:' "$src"; then
    tap_check "$name: erlc accepts it (as the fixture says)" [ "$est" = 0 ]
  else
    tap_check "$name: erlc refuses it too" [ "$est" != 0 ]
  fi
  cd "$scratch" || exit 99
done

# Code with types the validator cannot prove (run/unproven.S): erlc
# refuses it, beamc checks the types at run time; the bad value raises
# badarg (status 127) after the good ones printed a and b.
cp "$here/run/unproven.S" . || exit 99
"$ERLC" +from_asm +no_postopt unproven.S >erlc.txt 2>&1; est=$?
tap_check "unproven: erlc refuses it" [ "$est" != 0 ]
if "$BEAMC" unproven.S -o unproven 2>build.txt; then
  # what the good values print, as escript prints it
  printf -- '-module(good).\n-export([main/1]).\nmain(_) -> erlang:display(a), erlang:display(b).\n' >good.erl
  "$ERLC" good.erl && "${ESCRIPT:-escript}" good.beam >want.txt
  for arg in tuple list; do
    ./unproven "$arg" >out.txt 2>err.txt; st=$?
    if [ "$st" = 127 ] && cmp -s out.txt want.txt && head -n 1 err.txt | grep -q 'bad argument'; then
      tap_ok "unproven $arg: the run-time check raises badarg"
    else
      tap_not_ok "unproven $arg: the run-time check raises badarg" "status $st" \
        "$(head -c 200 out.txt)" "$(head -c 200 err.txt)"
    fi
  done
else
  tap_not_ok "unproven: beamc builds it" "$(head -n 3 build.txt)"
fi
tap_done
