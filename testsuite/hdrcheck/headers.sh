#!/bin/sh
# headers.sh — the header check over the ABI: every header in include/
# (whatever is there now) and the generated runtime/beamrt_bifs.h, whose
# BIFs must match runtime/bif.tab.  The checker's TAP is this test's TAP:
# per header "parses alone as strict C11" and "identifiers carry a project
# prefix", then one test per BIF.
: "${SRCDIR:?SRCDIR must name the source tree}"
: "${BUILDDIR:?BUILDDIR must name the build tree}"
cd "$SRCDIR" || exit 99
bifs="$BUILDDIR/runtime/beamrt_bifs.h"
"$BUILDDIR/testsuite/hdrcheck/hdrcheck" -I include -I "$BUILDDIR/runtime" \
  --bif-table=runtime/bif.tab --bif-header="$bifs" include/*.h
st=$?
# Status 1 means a test failed, which the TAP already says; anything else
# (a crash, bad usage) is an error of the test itself.
[ "$st" -le 1 ] || exit "$st"
exit 0
