#!/bin/sh
# fuzz-short.sh — a short fuzz run of each target (20 s each: the two
# readers, binary_to_term, the bit syntax) as part of the test suite; a long run is
# `make fuzz FUZZ_TIME=600`.
. "$SRCDIR/testsuite/tap.sh"
for t in fuzz_beam fuzz_sfile fuzz_etf fuzz_bs; do
  if "$SRCDIR/testsuite/fuzz/run.sh" "$t" "${FUZZ_SHORT_TIME:-20}" >"$scratch/$t.log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$scratch/$t.log")
    tap_ok "$t: no crash in ${FUZZ_SHORT_TIME:-20} s ($runs runs)"
  else
    tap_not_ok "$t found a crash" "$(grep -E 'ERROR|SUMMARY|artifact' "$scratch/$t.log" | head -n 5)"
  fi
done
tap_done
