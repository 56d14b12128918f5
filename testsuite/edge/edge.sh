#!/bin/sh
# edge.sh — programs at the edges, compared with escript: stdout into a
# pipe that closes early (SIGPIPE ignored) and into a closed descriptor;
# output that must survive SIGKILL and SIGABRT (display is unbuffered);
# stdout before stderr's report; the atom table's limit; deep recursion in
# a small C stack that the environment or the arguments mostly fill.
# Each case runs the program under escript and natively, the same way,
# and compares what the shell sees (stdout, stderr, status).
# shellcheck source=../tap.sh
. "$SRCDIR/testsuite/tap.sh"
: "${ERLC:=erlc}" "${ESCRIPT:=escript}"
# shellcheck disable=SC2154  # $scratch is set by tap.sh
cd "$scratch" || exit 99
progs="edge_pipe edge_spin edge_abort edge_uncaught edge_atoms edge_deep
  edge_scheds ../diff/progs/alg_deep_live6"
for p in $progs; do
  cp "$SRCDIR/testsuite/edge/$p.erl" . || exit 99
  p=${p##*/}
  if ! { "$ERLC" "$p.erl" &&
         "$BEAMC" "$p.erl" -o "$p" 2>"$p.build.log"; }; then
    echo "Bail out! cannot build $p"; cat "$p.build.log"; exit 1
  fi
done

# cmd SIDE NAME: sets "$@"-style words in $c for running NAME on SIDE
# (erl: escript NAME.beam, native: ./NAME); use as: set -- $c ARGS.
cmd() { if [ "$1" = erl ]; then c="$ESCRIPT $2.beam"; else c="./$2"; fi; }

# agree WHAT FILE...: ok when each FILE.erl equals FILE.native; else the
# first difference goes to the diagnostics.
agree() {
  what=$1; shift
  for f in "$@"; do
    if ! cmp -s "$f.erl" "$f.native"; then
      tap_not_ok "$what" "$f differs: escript $(od -c "$f.erl" | head -n 3 | tr '\n' ' ')" \
        "native $(od -c "$f.native" | head -n 3 | tr '\n' ' ')"
      return
    fi
  done
  tap_ok "$what"
}
# expect WHAT FILE VALUE: ok when FILE.erl holds VALUE (the reference
# behaves as this test says erl does), then agree on FILE.
expect() {
  if [ "$(cat "$2.erl")" != "$3" ]; then
    tap_not_ok "$1" "escript gave $(cat "$2.erl"), this test expects $3"; return
  fi
  agree "$1" "$2"
}

# --- SIGPIPE: erl ignores it; writes to the closed pipe fail, display
# returns true, and the program runs to its end.
for side in erl native; do
  cmd $side edge_pipe
  { $c 100000 3 2>pipe3.err.$side; echo $? >pipe3.st.$side; } | head -n 1 >pipe3.out.$side
  { $c 100000 2>pipe0.err.$side; echo $? >pipe0.st.$side; } | head -n 1 >pipe0.out.$side
done
expect "| head -1: the program carries on to halt(3)" pipe3.st 3
agree "| head -1: the same first line, nothing on stderr" pipe3.out pipe3.err
expect "| head -1: without halt, status 0" pipe0.st 0
agree "| head -1: the same first line again" pipe0.out pipe0.err

# --- A closed stdout (and stderr): erl puts /dev/null there.
for side in erl native; do
  cmd $side edge_pipe
  $c 10 3 >&- 2>closed.err.$side; echo $? >closed.st.$side
  cmd $side edge_uncaught
  $c >&- 2>&-; echo $? >closed2.st.$side
done
expect ">&-: status of halt(3), nothing on stderr" closed.st 3
agree ">&-: stderr" closed.err
expect ">&- 2>&-: an uncaught error still exits 127" closed2.st 127

# --- Output is in the descriptor when display returns: killed by SIGKILL
# after the last line showed up (into a file, and through a pipe), the
# output is all there.  wait_done gives up after 60 s, which only
# happens when the output never arrives.
wait_done() {
  i=0
  while ! grep -q 'done' "$1" 2>/dev/null && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
}
for side in erl native; do
  cmd $side edge_spin
  $c >kill_file.out.$side 2>/dev/null &
  pid=$!
  wait_done kill_file.out.$side
  kill -KILL $pid; wait $pid 2>/dev/null; echo $? >kill_file.st.$side
  rm -f fifo && mkfifo fifo
  cat fifo >kill_pipe.out.$side &
  cat_pid=$!
  $c >fifo 2>/dev/null &
  pid=$!
  wait_done kill_pipe.out.$side
  kill -KILL $pid; wait $pid 2>/dev/null; echo $? >kill_pipe.st.$side
  wait $cat_pid
done
expect "SIGKILL into a file: killed (137)" kill_file.st 137
agree "SIGKILL into a file: every line displayed is in the file" kill_file.out
expect "SIGKILL into a pipe: killed (137)" kill_pipe.st 137
agree "SIGKILL into a pipe: every line displayed came through" kill_pipe.out

# halt(abort) kills with SIGABRT (no core file: ulimit -c 0; the inner
# shell's "Aborted" goes to /dev/null).
for side in erl native; do
  cmd $side edge_abort
  sh -c "ulimit -c 0; $c" >abort.out.$side 2>/dev/null; echo $? >abort.st.$side
done
expect "halt(abort): SIGABRT (134)" abort.st 134
agree "halt(abort): the lines displayed before it are in the file" abort.out

# --- stdout and stderr into one file: the lines, then the report.
for side in erl native; do
  cmd $side edge_uncaught
  $c >both.all.$side 2>&1; echo $? >both.st.$side
  head -n 4 both.all.$side >both.out.$side
done
expect "2>&1: an uncaught error exits 127" both.st 127
agree "2>&1: the displayed lines come before the report's first line" both.out

# --- halt/1 through a pipe: everything displayed arrives.
for side in erl native; do
  cmd $side edge_pipe
  { $c 1000 3; echo $? >flush.st.$side; } | cat >flush.out.$side
done
expect "halt(3) into a pipe: status 3" flush.st 3
agree "halt(3) into a pipe: all 1000 lines" flush.out

# --- The atom table's limit.  ERL_CRASH_DUMP_SECONDS=0 stops erl from
# writing erl_crash.dump and announcing it (beamc writes no dump).  A
# table without a limit grows until the OOM killer comes, so the native
# run gets 2 GiB of address space (not under ASan, which reserves far
# more): it then fails at once.
vlimit=
grep -q __asan_init edge_atoms || vlimit='ulimit -v 2097152;'
for side in erl native; do
  cmd $side edge_atoms
  lim=; [ $side = native ] && lim=$vlimit
  ERL_CRASH_DUMP_SECONDS=0 sh -c "$lim exec $c" >atoms.out.$side 2>atoms.err.$side
  echo $? >atoms.st.$side
  [ -e erl_crash.dump ] && echo yes >atoms.dump.$side || echo no >atoms.dump.$side
  rm -f erl_crash.dump
done
expect "atom table full: status 1" atoms.st 1
agree "atom table full: the same progress on stdout" atoms.out
agree "atom table full: the same line on stderr" atoms.err
expect "atom table full: no erl_crash.dump" atoms.dump no

# --- The scheduler count: BEAMRT_SCHEDULERS=N is erl's +S N (more than
# the processors: that many made, as many online as processors).  A
# build without SMP (RT_SMP_FLAGS holds BEAMRT_SMP=0) has one.
for n in 1 3; do
  ERL_FLAGS="+S $n" $ESCRIPT edge_scheds.beam >scheds$n.out.erl 2>&1
  BEAMRT_SCHEDULERS=$n ./edge_scheds >scheds$n.out.native 2>&1
done
agree "BEAMRT_SCHEDULERS=1 as +S 1: one scheduler, the same results" scheds1.out
case ${RT_SMP_FLAGS-} in
*BEAMRT_SMP=0*) tap_ok "BEAMRT_SCHEDULERS=3 as +S 3 # SKIP built without SMP" ;;
*) agree "BEAMRT_SCHEDULERS=3 as +S 3: 3 made, online as processors, the same results" scheds3.out ;;
esac
for v in 1025 x -1 ''; do
  BEAMRT_SCHEDULERS=$v ./edge_scheds >bad.out 2>bad.err; st=$?
  if [ $st = 1 ] && [ ! -s bad.out ] && grep -q "^beamrt: BEAMRT_SCHEDULERS must be a number" bad.err
  then tap_ok "BEAMRT_SCHEDULERS='$v': a clear error, status 1"
  else tap_not_ok "BEAMRT_SCHEDULERS='$v': a clear error, status 1" "status $st: $(cat bad.err bad.out)"
  fi
done

# --- A small C stack mostly taken by the environment, or by the
# arguments: 125,000 bytes of both together (the kernel allows 128 KiB
# whatever ulimit -s is) under ulimit -s 160, which the older budget
# (a quarter of ulimit -s below the loop's frame) overran.  The reference
# runs with the same arguments and no limit; output and status agree.
if sh -c 'ulimit -s 160' 2>/dev/null; then
  envsize=$(env | wc -c)
  fill=$((125000 - envsize))
  big=$(head -c $fill /dev/zero | tr '\0' y)
  # alg_deep_live6: mutual tail calls a million deep with six live
  # registers, so the tail calls' depth check unwinds too.
  for p in edge_deep alg_deep_live6; do
    cmd erl $p
    $c >deep_env_$p.out.erl 2>&1; echo $? >deep_env_$p.st.erl
    BIG=$big sh -c "ulimit -s 160 && exec ./$p" >deep_env_$p.out.native 2>&1
    echo $? >deep_env_$p.st.native
    expect "ulimit -s 160, $fill bytes of environment: $p runs" deep_env_$p.st 0
    agree "ulimit -s 160, environment: $p's output" deep_env_$p.out
  done
  arg=$(head -c 999 /dev/zero | tr '\0' y)
  cmd erl edge_deep
  set --
  while [ $((${#arg} * ($# + 1) + envsize)) -lt 125000 ]; do set -- "$@" "$arg"; done
  $c "$@" >deep_args.out.erl 2>&1; echo $? >deep_args.st.erl
  sh -c 'ulimit -s 160 && exec ./edge_deep "$@"' sh "$@" >deep_args.out.native 2>&1
  echo $? >deep_args.st.native
  expect "ulimit -s 160, $# arguments of 999 bytes: edge_deep runs" deep_args.st 0
  agree "ulimit -s 160, arguments: edge_deep's output" deep_args.out
else
  for i in 1 2 3 4 5 6; do tap_ok "small C stack # SKIP ulimit -s 160 not allowed"; done
fi
tap_done
