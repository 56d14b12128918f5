#!/bin/sh
# selftest.sh — the header check can be seen to fail: run on bad.h and
# bad.tab (a header wrong in three ways), it must report exactly those
# three faults, each naming the place and what is wrong, and pass the rest.
. "$SRCDIR/testsuite/tap.sh"
hc="$BUILDDIR/testsuite/hdrcheck/hdrcheck"
cd "$SRCDIR/testsuite/hdrcheck" || exit 99
out="$scratch/out"
"$hc" -I "$SRCDIR/include" --bif-table=bad.tab --bif-header=bad.h >"$out" 2>&1
st=$?
line_of() { grep -n -- "$1" bad.h | head -n 1 | cut -d: -f1; }
show() { sed 's/^/| /' "$out"; }   # the checker's output, for a failure

# expect DESCRIPTION PATTERN [COUNT]: the output has COUNT (default 1)
# lines matching the extended regular expression PATTERN.
expect() {
  n=$(grep -Ec -- "$2" "$out")
  if [ "$n" -eq "${3:-1}" ]; then tap_ok "$1"
  else tap_not_ok "$1" "wanted ${3:-1} lines matching: $2; found $n" "$(show)"; fi
}

if [ "$st" -eq 1 ]; then tap_ok "the checker fails on the fixture (status 1)"
else tap_not_ok "the checker fails on the fixture (status 1)" "status $st" "$(show)"; fi
expect "it runs 6 tests" '^1\.\.6$'
expect "exactly 3 of them fail" '^not ok ' 3
expect "not C11: the zero-size array" \
  "^#   bad\.h:$(line_of 'beam_bad_table'):[0-9]+: error: zero size arrays are an extension"
expect "that is the only diagnostic" '^#   .*(error|warning):' 1
expect "unprefixed: the function helper_count" \
  "^#   bad\.h:$(line_of 'helper_count'): function helper_count has no project prefix"
expect "unprefixed: the macro HELPER_LIMIT" \
  "^#   bad\.h:$(line_of 'HELPER_LIMIT'): macro HELPER_LIMIT has no project prefix"
expect "no other identifier is reported" 'has no project prefix' 2
expect "wrong BIF: erlang:bad/2 declared with one argument" \
  "^#   bad\.h:$(line_of 'beam_bif_erlang_bad_2'): expected BeamTerm beam_bif_erlang_bad_2\(BeamProc \*, BeamTerm, BeamTerm\), found BeamTerm beam_bif_erlang_bad_2\(BeamProc \*, BeamTerm\)$"
expect "the failing tests are those three" \
  '^not ok [0-9]+ - (bad\.h parses alone|bad\.h: all [0-9]+ file-scope|bad\.tab:[0-9]+ erlang:bad/2:)' 3
expect "the right BIF erlang:good/1 passes" '^ok [0-9]+ - bad\.tab:[0-9]+ erlang:good/1:'
"$hc" >/dev/null 2>&1
st=$?
if [ "$st" -eq 2 ]; then tap_ok "no header: bad usage (status 2)"
else tap_not_ok "no header: bad usage (status 2)" "status $st"; fi
tap_done
