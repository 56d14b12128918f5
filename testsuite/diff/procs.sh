#!/bin/sh
# procs.sh — the differential programs of processes (README.md, the
# themes proc_ msg_ rcv_ lnk_ mon_ reg_ tmr_ stat_ ext_), through run.sh:
# the suite a ThreadSanitizer build runs (CI's _build/tsan; configure
# --enable-sanitizers=thread), where a data race between schedulers fails
# the program that shows it (TSan reports on stderr and exits 66).  The
# whole suite (run.sh) runs these programs too; this one is not in
# make check's TESTS: run it as
#   scripts/run-tests BUILDDIR TESTS=testsuite/diff/procs.sh
: "${SRCDIR:=$(cd "$(dirname "$0")/../.." && pwd)}"
set --
for f in "$SRCDIR"/testsuite/diff/progs/*.erl; do
  n=$(basename "$f" .erl)
  case $n in
  proc_* | msg_* | rcv_* | lnk_* | mon_* | reg_* | tmr_* | stat_* | ext_*) set -- "$@" "$n" ;;
  esac
done
exec sh "$SRCDIR/testsuite/diff/run.sh" --out testsuite/diff/out-procs "$@"
