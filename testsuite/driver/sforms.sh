#!/bin/sh
# sforms.sh — the header forms of a .S file, as erlc reads them: every
# sforms/NAME.S is one that `erlc NAME.S` assembles (header forms missing,
# in another order, repeated, a label count that is wrong or no number,
# odd export entries); beamc must build it too, and the program must
# print what escript prints.  Every sforms/bad/NAME.S is one erlc refuses:
# beamc must refuse it with status 2 and one line naming the file.  Last,
# a .S without {module,...}: erlc makes a module named `undefined`, and
# so does beamc (only the dumps are compared: escript wants a main/1 in
# a module named as its file).
. "$SRCDIR/testsuite/tap.sh"
: "${ERLC:=erlc}" "${ESCRIPT:=escript}"
dir="$SRCDIR/testsuite/driver/sforms"
cd "$scratch" || exit 99

for f in "$dir"/*.S; do
  n=$(basename "$f" .S)
  mkdir "$n" && cp "$f" "$n/" && cd "$n" || exit 99
  if ! "$ERLC" "$n.S" >erlc.log 2>&1; then
    tap_not_ok "$n: erlc assembles it" "$(head -n 3 erlc.log)"
  else
    "$ESCRIPT" "$n.beam" >ref.out 2>&1; rs=$?
    mv "$n.beam" ref.beam
    if ! "$BEAMC" "$n.S" -o prog >build.log 2>&1; then
      tap_not_ok "$n: beamc builds it" "$(head -n 3 build.log)"
    else
      ./prog >nat.out 2>&1; ns=$?
      if [ "$rs" = "$ns" ] && cmp -s ref.out nat.out; then tap_ok "$n: built and run as erl does"
      else tap_not_ok "$n: built and run as erl does" "erl: status $rs, $(head -c 200 ref.out)" \
        "native: status $ns, $(head -c 200 nat.out)"; fi
    fi
  fi
  cd "$scratch" || exit 99
done

for f in "$dir"/bad/*.S; do
  n=$(basename "$f" .S)
  mkdir "$n" && cp "$f" "$n/" && cd "$n" || exit 99
  "$ERLC" "$n.S" >erlc.log 2>&1; es=$?
  "$BEAMC" "$n.S" -o prog >out.txt 2>err.txt; st=$?
  if [ "$es" != 0 ] && [ "$st" = 2 ] && [ "$(wc -l <err.txt)" = 1 ] &&
     grep -q "^beamc: $n.S: " err.txt && [ ! -e prog ]; then
    tap_ok "$n: refused, as by erlc ($(cat err.txt))"
  else
    tap_not_ok "$n: refused, as by erlc" "erlc: status $es" "beamc: status $st, $(head -c 300 err.txt)"
  fi
  cd "$scratch" || exit 99
done

# No {module,...}: the module is `undefined`, for erlc (which then wants
# the file to be undefined.S, as it wants any module's name to be its
# file's) and for beamc.
mkdir nomod && cd nomod || exit 99
sed -e '/^{module,/d' -e 's/sf_headers_only/undefined/g' "$dir/sf_headers_only.S" >undefined.S
"$ERLC" undefined.S >erlc.log 2>&1 && mv undefined.beam ref.beam &&
  "$BEAMC" --dump undefined.S >s.dump 2>&1 && "$BEAMC" --dump ref.beam >beam.dump 2>&1
tap_check "no {module,...}: the module is undefined, as in erlc's .beam" \
  sh -c "grep -q '^module undefined\$' s.dump && cmp -s s.dump beam.dump"
tap_check "and beamc builds it" "$BEAMC" undefined.S -o prog
tap_done
