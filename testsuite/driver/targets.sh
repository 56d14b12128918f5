#!/bin/sh
# targets.sh — beamc's --target and --static: a target without a runtime
# is one line naming the configure option (status 2); --static links an
# executable without a program interpreter that prints what escript
# prints (in a sanitizer build, whose runtime links only dynamically, it
# is refused in one line); for each configured target (BEAMC_TARGETS), executables and
# objects are ELF files of the target's machine and class, static or not
# as asked.  (Running them is testsuite/targets/'s work.)
. "$SRCDIR/testsuite/tap.sh"
: "${ERLC:=erlc}" "${ESCRIPT:=escript}"
cd "$scratch" || exit 99
cp "$SRCDIR/examples/greet.erl" .
"$ERLC" greet.erl || { echo "Bail out! erlc failed"; exit 1; }

"$BEAMC" --target=nosuch-linux-gnu greet.beam -o g >out.txt 2>err.txt; st=$?
tap_check "a target without a runtime: status 2, one line naming the option" \
  sh -c "[ $st = 2 ] && [ \$(wc -l <err.txt) = 1 ] && [ ! -s out.txt ] && [ ! -e g ] &&
         grep -q -- '--enable-targets=nosuch-linux-gnu' err.txt"
"$BEAMC" --target= greet.beam -o g >/dev/null 2>err.txt; st=$?
tap_check "an empty --target=: status 2, one line" \
  sh -c "[ $st = 2 ] && [ \$(wc -l <err.txt) = 1 ] && [ ! -e g ]"

# interp FILE: whether the ELF file asks for a program interpreter
interp() { readelf -l "$1" 2>/dev/null | grep -q 'Requesting program interpreter'; }
if [ -n "${SAN_FLAGS-}" ]; then
  # a sanitizer build: its runtime links only dynamically
  "$BEAMC" --static greet.beam -o gs >/dev/null 2>err.txt; st=$?
  tap_check "--static in a sanitizer build: status 2, one line, no output" \
    sh -c "[ $st = 2 ] && [ \$(wc -l <err.txt) = 1 ] && grep -q sanitizers err.txt && [ ! -e gs ]"
else
  tap_check "--static builds for the host" "$BEAMC" --static greet.beam -o gs
  tap_check "and the executable is static" sh -c "! readelf -l gs | grep -q 'program interpreter'"
  "$ESCRIPT" greet.beam >ref.out 2>&1; rs=$?
  ./gs >nat.out 2>&1; ns=$?
  tap_check "and prints what escript prints, with its status" \
    sh -c "[ $rs = $ns ] && cmp -s ref.out nat.out"
fi
"$BEAMC" greet.beam -o gd
tap_check "without --static the host's executable is dynamic" interp gd

for t in ${BEAMC_TARGETS-}; do
  case $t in
    aarch64-*) machine=AArch64 class=ELF64 ;;
    arm*) machine=ARM class=ELF32 ;;
    *) machine= class= ;;
  esac
  tap_check "$t: --target builds" "$BEAMC" --target="$t" greet.beam -o "g-$t"
  if [ -n "$machine" ]; then
    tap_check "$t: an executable of $machine, $class" \
      sh -c "readelf -h 'g-$t' | grep -q 'Machine: *$machine' && readelf -h 'g-$t' | grep -q 'Class: *$class'"
  fi
  tap_check "$t: dynamic without --static" interp "g-$t"
  tap_check "$t: --static builds" "$BEAMC" --target="$t" --static greet.beam -o "gs-$t"
  tap_check "$t: and the executable is static" sh -c "! readelf -l 'gs-$t' | grep -q 'program interpreter'"
  tap_check "$t: -c writes an object of the target" \
    sh -c "'$BEAMC' --target='$t' -c greet.beam -o 'g-$t.o' && readelf -h 'g-$t.o' | grep -q 'Type: *REL' &&
           { [ -z '$machine' ] || readelf -h 'g-$t.o' | grep -q 'Machine: *$machine'; }"
done
tap_done
