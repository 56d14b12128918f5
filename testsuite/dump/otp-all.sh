#!/bin/sh
# otp-all.sh — beamc --dump succeeds on every .beam of the installed OTP's
# stdlib, kernel and compiler applications (one test per module).
. "$SRCDIR/testsuite/tap.sh"
lib=$(otp_lib) || { tap_not_ok "find the OTP library (is erl installed?)"; tap_done; exit 0; }
for app in stdlib kernel compiler; do
  dir=$(ls -d "$lib/$app"-*/ebin 2>/dev/null | head -n 1)
  if [ -z "$dir" ]; then tap_not_ok "$app: no ebin directory under $lib"; continue; fi
  for beam in "$dir"/*.beam; do
    name="$app/$(basename "$beam")"
    if "$BEAMC" --dump "$beam" >"$scratch/out" 2>"$scratch/err"; then
      if grep -q '^function ' "$scratch/out"; then tap_ok "$name"
      else tap_not_ok "$name" "dump has no functions"; fi
    else
      tap_not_ok "$name" "$(head -n 3 "$scratch/err")"
    fi
  done
done
tap_done
