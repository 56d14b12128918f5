#!/bin/sh
# run.sh [FIXTURE...] — the single-opcode fixtures (README.md): each
# NAME.S here is assembled by `erlc +from_asm +no_postopt` and run by
# escript (the reference), and built by `beamc NAME.S -o NAME` and run;
# stdout and the exit status must match (and the first line of stderr
# when the status is 127).  The differential runner testsuite/diff/run.sh
# does the work; this picks the fixtures: those named (NAME or NAME.S), by
# default all, in the order of ORDER and then any it does not list.  One
# TAP line per fixture; the outputs of failures are kept in
# $BUILDDIR/testsuite/sfix/out (or $SFIX_OUT).  Environment: as
# testsuite/diff/run.sh.
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then
  listed=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/ORDER")
  for f in "$here"/*.S; do
    n=$(basename "$f" .S)
    printf '%s\n' "$listed" | grep -qx "$n" || listed="$listed
$n"
  done
  # shellcheck disable=SC2086  # one fixture name per word
  set -- $listed
fi
exec sh "$here/../diff/run.sh" --progs "$here" --out "${SFIX_OUT:-testsuite/sfix/out}" "$@"
