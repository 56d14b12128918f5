#!/bin/sh
# target.sh testsuite/targets/SUITE+TRIPLE.tgt — a test suite for the cross
# target TRIPLE (configure --enable-targets), its programs run under
# qemu-user with the target's sysroot (/usr/TRIPLE, Debian's layout):
#   diff  the differential programs (testsuite/diff/run.sh) built with
#         beamc --target=TRIPLE, against escript on the host;
#   sfix  the single-opcode fixtures, the same way;
#   unit  the runtime's unit tests, cross-built (targets/TRIPLE/unit/),
#         one TAP stream of all their cases;
#   oslayer  testsuite/hdrcheck/oslayer.sh on the target's libbeamrt.a,
#         read with TRIPLE-nm (nothing runs under qemu-user).
# The test's name is its argument (the file need not exist): make check
# runs one per suite and target.  Environment: as testsuite/diff/run.sh,
# but a program's time limit is TARGET_TIMEOUT (seconds, default 900):
# under qemu-user a program runs 8 to 15 times slower than on the host,
# and on a 32-bit target alg_loop_1e9's counter is a bignum for most of
# its billion iterations (about 2 minutes under qemu-arm, alone).
name=$(basename "$1" .tgt)
suite=${name%%+*} triple=${name#*+}
arch=${triple%%-*}
case $arch in arm*) arch=arm ;; esac
qemu=qemu-$arch
: "${SRCDIR:?}" "${BUILDDIR:=.}"
if [ "$suite" = oslayer ]; then
  BEAMRT_LIB="$BUILDDIR/targets/$triple/libbeamrt.a" NM="$triple-nm" \
    exec sh "$SRCDIR/testsuite/hdrcheck/oslayer.sh"
fi
if ! command -v "$qemu" >/dev/null 2>&1; then
  echo "Bail out! $qemu not found (Debian package qemu-user)"
  exit 1
fi
export QEMU_LD_PREFIX="/usr/$triple"
# Programs are linked --static: Debian 12's qemu-user (7.2) never returns
# from a dynamically linked guest's first pthread_create (the SMP
# schedulers' threads), while static guests run threads fine (as the
# cross-built unit tests always were).  Static start-up is also faster
# under qemu-user.
DIFF_TIMEOUT=${TARGET_TIMEOUT:-900}
export DIFF_TIMEOUT
case $suite in
diff)
  DIFF_BEAMC_FLAGS="--target=$triple --static" DIFF_RUN=$qemu \
    exec sh "$SRCDIR/testsuite/diff/run.sh" --out "testsuite/targets/out-$triple" ;;
sfix)
  DIFF_BEAMC_FLAGS="--target=$triple --static" DIFF_RUN=$qemu SFIX_OUT="testsuite/targets/sfix-$triple" \
    exec sh "$SRCDIR/testsuite/sfix/run.sh" ;;
unit)
  . "$SRCDIR/testsuite/tap.sh"
  dir="$BUILDDIR/targets/$triple/unit"
  tests=$(ls "$dir"/test_* 2>/dev/null)
  [ -n "$tests" ] || { tap_not_ok "no unit tests built in $dir"; tap_done; exit 0; }
  for t in $tests; do
    # check's TAP: "ok N - ..." per case; renumbered into one stream
    # check's per-case time limit (4 s) times 10: test_atom's limit case
    # takes 3 s alone under qemu-arm, and timed out beside make check -j2
    CK_FORK=yes CK_TIMEOUT_MULTIPLIER=${CK_TIMEOUT_MULTIPLIER:-10} \
      "$qemu" "$t" >"$scratch/out" 2>"$scratch/err"; st=$?
    u=$(basename "$t")
    grep -E '^(not )?ok ' "$scratch/out" | sed -E 's/^(not ok|ok) [0-9]+ ?-? ?/\1 /' >"$scratch/cases"
    while IFS= read -r line; do
      case $line in
        *:small_stack_keeps_the_reserve:*|*:unattached_falls_back:*|*:overflow_is_reported:*)
          # these set RLIMIT_STACK and expect the kernel to enforce it on
          # the running process; qemu-user sized the guest's stack when it
          # started and ignores the guest's setrlimit of it
          # (named by suite and case alone: the rest is the assertion
          # that failed under qemu)
          tap_n=$((tap_n + 1))
          case_name=$(echo "$line" | sed -E 's/^.*\.c:([^:]*:[^:]*):.*$/\1/')
          echo "ok $tap_n - $u: $case_name # SKIP qemu-user ignores setrlimit(RLIMIT_STACK)" ;;
        "not ok "*) tap_not_ok "$u: ${line#not ok }" ;;
        *) tap_ok "$u: ${line#ok }" ;;
      esac
    done <"$scratch/cases"
    if [ "$st" != 0 ] && ! grep -q '^not ok' "$scratch/cases"; then
      tap_not_ok "$u: exit status $st" "$(head -c 300 "$scratch/err")"
    fi
    [ -s "$scratch/cases" ] || tap_not_ok "$u: no test case ran" "$(head -c 300 "$scratch/err")"
  done
  tap_done ;;
*)
  echo "Bail out! unknown suite $suite in $1"
  exit 1 ;;
esac
