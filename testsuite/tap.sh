# tap.sh — sourced by the shell tests: TAP output and common settings.
# Each test prints "ok N - what" or "not ok N - what"; the plan comes last.
: "${BEAMC:?BEAMC must name the beamc binary}"
: "${SRCDIR:?SRCDIR must name the source tree}"
tap_n=0
tap_failed=0
tap_ok() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1"; }
tap_not_ok() {
  tap_n=$((tap_n + 1)); tap_failed=$((tap_failed + 1))
  echo "not ok $tap_n - $1"
  shift
  for line in "$@"; do echo "# $line"; done
}
tap_check() {   # tap_check DESCRIPTION COMMAND...: ok if the command succeeds
  d=$1; shift
  if "$@"; then tap_ok "$d"; else tap_not_ok "$d"; fi
}
tap_done() { echo "1..$tap_n"; }
# The installed OTP's library directory (e.g. /usr/lib/erlang/lib).
otp_lib() {
  "${ERL:-erl}" -noshell -eval 'io:format("~s~n", [code:lib_dir()]), halt().'
}
# tap_nm LIB: the external symbols of the archive LIB (nm -g, or $NM)
# into $scratch/nm.  Without that nm the test ends as skipped; when it
# cannot read LIB, with one failure.
tap_nm() {
  : "${NM:=nm}"
  if ! command -v "$NM" >/dev/null 2>&1; then
    echo "1..0 # SKIP $NM not found"
    exit 0
  fi
  if ! "$NM" -g "$1" >"$scratch/nm" 2>"$scratch/nm.err"; then
    tap_not_ok "nm reads $1" "$(head -n 3 "$scratch/nm.err")"
    tap_done
    exit 0
  fi
}
# A fresh scratch directory, removed at exit.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/beamc-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
