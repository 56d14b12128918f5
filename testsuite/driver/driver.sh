#!/bin/sh
# driver.sh — the compiler driver end to end: several modules from .S and
# .beam inputs in one executable, -e entries of arity 1 and 0, -c, --emit-c,
# -v, the errors (bad flag, a module given twice, a missing entry), and the
# warnings about what a program reaches in OTP modules and beamc lacks.
# Program output is compared with what erl prints for the same modules.
. "$SRCDIR/testsuite/tap.sh"
: "${ERLC:=erlc}" "${ERL:=erl}" "${ESCRIPT:=escript}"
cd "$scratch" || exit 99
cp "$SRCDIR/testsuite/driver/ma.erl" "$SRCDIR/testsuite/driver/mb.erl" .
"$ERLC" ma.erl mb.erl && "$ERLC" -S ma.erl || { echo "Bail out! erlc failed"; exit 1; }
mkdir beams && mv ma.beam mb.beam beams/

# same_output NAME REF-CMD -- NATIVE-CMD: stdout and status agree.
same_output() {
  name=$1; shift
  ref=""; while [ "$1" != -- ]; do ref="$ref '$1'"; shift; done; shift
  eval "$ref" >ref.out 2>/dev/null; rs=$?
  "$@" >nat.out 2>nat.err; ns=$?
  if [ "$rs" = "$ns" ] && cmp -s ref.out nat.out; then tap_ok "$name"
  else tap_not_ok "$name" "erl: status $rs, $(head -c 200 ref.out)" \
    "native: status $ns, $(head -c 200 nat.out) $(head -c 200 nat.err)"; fi
}

tap_check "ma.S and mb.beam build one executable" "$BEAMC" ma.S beams/mb.beam -o prog
same_output "main/1 of the first module gets the arguments" \
  "$ERL" -noshell -pa beams -eval 'ma:main(["a","b","c"]), halt().' -- ./prog a b c
tap_check "-e picks an entry of arity 0" "$BEAMC" -e ma:start ma.S beams/mb.beam -o prog0
same_output "the arity-0 entry runs" \
  "$ERL" -noshell -pa beams -eval 'ma:start(), halt().' -- ./prog0
tap_check "-e picks main/1 of another module" "$BEAMC" -e mb:main beams/mb.beam ma.S -o progb
same_output "that entry runs" "$ESCRIPT" beams/mb.beam x -- ./progb x

"$BEAMC" -e mb:nothere beams/mb.beam -o prognone 2>warn.txt
tap_check "a missing entry is warned about" grep -q "mb:nothere/1 is not exported" warn.txt
./prognone 2>err.txt; st=$?
tap_check "and raises undef with status 127" \
  sh -c "[ $st = 127 ] && grep -q 'undefined function mb:nothere/1' err.txt"

tap_check "-c stops at an object" sh -c "'$BEAMC' -c beams/mb.beam -o mb.o && [ -s mb.o ] && [ ! -e a.out ]"
tap_check "--emit-c keeps the C" sh -c "'$BEAMC' --emit-c ma.S beams/mb.beam -o progc && [ -s ma.c ] && grep -q BEAM_ABI_CHECK ma.c"
tap_check "-v shows the C compiler's commands" sh -c "'$BEAMC' -v ma.S beams/mb.beam -o progv 2>&1 | grep -q 'libbeamrt.a'"

"$BEAMC" --frobnicate ma.S >/dev/null 2>err.txt; st=$?
tap_check "a bad flag: status 2 and one line" sh -c "[ $st = 2 ] && [ \$(wc -l <err.txt) = 1 ]"
"$BEAMC" ma.erl ma.S -o twice >/dev/null 2>err.txt; st=$?
tap_check "a module given twice: status 2" sh -c "[ $st = 2 ] && grep -q 'given twice' err.txt"
# Calls of erlang functions beamc lacks inside OTP modules: warned about
# when the program reaches them, once each, naming the program's function
# the chain starts from.  fakeotp stands in for OTP (BEAMC_OTP_ROOT).
mkdir -p otp/lib/fake-1.0/ebin && cp "$SRCDIR/testsuite/driver/mw.erl" . &&
  "$ERLC" -o otp/lib/fake-1.0/ebin "$SRCDIR/testsuite/driver/fakeotp.erl" ||
  { echo "Bail out! erlc failed on fakeotp.erl"; exit 1; }
BEAMC_OTP_ROOT=$scratch/otp "$BEAMC" mw.erl -o mwprog >mw.out 2>mw.err; st=$?
tap_check "a program reaching OTP's missing BIFs builds" sh -c "[ $st = 0 ] && [ -x mwprog ]"
tap_check "the missing BIF is warned about, naming the program's function and the chain" \
  grep -qx "beamc: mw.erl: warning: erlang:frobnicate/1 is not implemented yet: mw:first/0 reaches it through fakeotp:outer/0 -> fakeotp:inner/1; calling it raises undef" mw.err
tap_check "a long chain shows its ends" \
  grep -qx "beamc: mw.erl: warning: erlang:deeply_missing/1 is not implemented yet: mw:second/0 reaches it through fakeotp:deep/1 -> (2 more) -> fakeotp:d3/1; calling it raises undef" mw.err
tap_check "a stub of OTP's is named, not nif_error" \
  grep -qx "beamc: mw.erl: warning: fakeotp:stubbed/1 is not implemented yet (OTP's code is a stub for the VM to replace): mw:main/1 reaches it; calling it raises the stub's error" mw.err
tap_check "a call inside a fun the OTP function makes is reached" \
  grep -q "erlang:missing_in_fun/0 is not implemented yet: mw:third/0 reaches it through fakeotp:with_fun/0 -> " mw.err
tap_check "what the program does not reach is not warned about" \
  sh -c "! grep -q never_warned mw.err && [ \$(grep -c 'warning' mw.err) = 4 ]"
"$ERLC" -o otp/lib/fake-1.0/ebin mw.erl
same_output "and the program runs" "$ERL" -noshell -pa otp/lib/fake-1.0/ebin -eval 'mw:main([]), halt().' -- ./mwprog
tap_done
