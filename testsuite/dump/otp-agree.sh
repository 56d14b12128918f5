#!/bin/sh
# otp-agree.sh — for OTP modules compiled from their sources (erlang-src),
# the dump of the .beam and the dump of the .S agree (one test per module).
# The sample: every module of stdlib and of the compiler application.
. "$SRCDIR/testsuite/tap.sh"
lib=$(otp_lib) || { tap_not_ok "find the OTP library (is erl installed?)"; tap_done; exit 0; }
erlc=${ERLC:-erlc}
for app in stdlib compiler; do
  appdir=$(ls -d "$lib/$app"-* | head -n 1)
  src="$appdir/src"
  if [ ! -d "$src" ]; then tap_not_ok "$app: no sources in $src (install erlang-src)"; continue; fi
  mkdir -p "$scratch/$app/s" "$scratch/$app/b"
  incs="-I $lib/stdlib-*/include -I $lib/kernel-*/include -I $src"
  incs=$(echo $incs)  # expand the globs
  vsn=${appdir##*-}   # the compiler's sources need the version as a macro
  # Two erlc runs side by side: one writes .S, one writes .beam.
  # shellcheck disable=SC2086
  "$erlc" -S -o "$scratch/$app/s" "-DCOMPILER_VSN=\"$vsn\"" $incs "$src"/*.erl >"$scratch/$app/s.log" 2>&1 &
  # shellcheck disable=SC2086
  "$erlc" -o "$scratch/$app/b" "-DCOMPILER_VSN=\"$vsn\"" $incs "$src"/*.erl >"$scratch/$app/b.log" 2>&1
  wait
  for s in "$scratch/$app/s"/*.S; do
    m=$(basename "$s" .S)
    b="$scratch/$app/b/$m.beam"
    if [ ! -f "$b" ]; then tap_not_ok "$app/$m: erlc wrote a .S but no .beam"; continue; fi
    if ! "$BEAMC" --dump "$b" >"$scratch/b.dump" 2>"$scratch/err"; then
      tap_not_ok "$app/$m: dump of .beam failed" "$(head -n 2 "$scratch/err")"; continue
    fi
    if ! "$BEAMC" --dump "$s" >"$scratch/s.dump" 2>"$scratch/err"; then
      tap_not_ok "$app/$m: dump of .S failed" "$(head -n 2 "$scratch/err")"; continue
    fi
    if cmp -s "$scratch/b.dump" "$scratch/s.dump"; then
      tap_ok "$app/$m"
    else
      tap_not_ok "$app/$m: .beam and .S dumps differ" \
        "$(diff "$scratch/b.dump" "$scratch/s.dump" | head -n 6)"
    fi
  done
done
# The sample must be sizeable: fail if erlc produced too few modules.
n=$(ls "$scratch"/*/s/*.S 2>/dev/null | wc -l)
tap_check "sample has at least 100 modules ($n)" test "$n" -ge 100
tap_done
