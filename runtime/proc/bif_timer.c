/*
** bif_timer.c — the timer BIFs: erlang:send_after/3,4, start_timer/3,4,
** cancel_timer/1,2 and read_timer/1,2 (timer.h keeps the timers).
**
** A timer's message is copied when the timer is set (start_timer's
** {timeout, Ref, Msg} is built then too), so firing it is a push.  Times
** are milliseconds in 0..2^32-1, or with {abs, true} a point of
** erlang:monotonic_time(millisecond).  What is left of a timer is
** reported in whole milliseconds, rounded up.
*/
#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "copy.h"
#include "integer.h"
#include "mailbox.h"
#include "os/os.h"
#include "ptab.h"
#include "ref.h"
#include "signal.h"
#include "term_build.h"
#include "timer.h"

#define MS 1000000

/* Reads the options [{abs, Bool}]; false on anything else. */
static bool abs_option(BeamTerm l, bool *abs) {
  *abs = false;
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm t = BEAM_CAR(l);
    if (!BEAM_IS_TUPLE(t) || BEAM_TUPLE_ARITY(t) != 2 || BEAM_ELEMENT(t, 0) != ATOM_ABS ||
        (BEAM_ELEMENT(t, 1) != ATOM_TRUE && BEAM_ELEMENT(t, 1) != ATOM_FALSE))
      return false;
    *abs = BEAM_ELEMENT(t, 1) == ATOM_TRUE;
  }
  return l == BEAM_NIL;
}

/* The monotonic time a timer of `time` is due, or -1 for a bad time.  As
   erl: any integer that is a time after the program started for {abs,
   true}; else any integer >= 0 whose due time the clock can hold (erl
   takes 2^40 ms and refuses 2^59). */
static int64_t due_time(BeamTerm time, bool abs) {
  int64_t ms;
  if (!int_to_int64(time, &ms)) return -1;
  if (abs) return tmr_from_monotonic_ms(ms);
  int64_t now = os_monotonic_ns();
  if (ms < 0 || ms > (INT64_MAX - now) / MS) return -1;
  return now + ms * MS;
}

/* Sets a timer sending msg to dest, or {timeout, Ref, Msg} with `wrap`. */
static BeamTerm set_timer(BeamProc *bp, BeamTerm time, BeamTerm dest, BeamTerm msg,
                          BeamTerm opts, bool wrap) {
  bool abs;
  if (!abs_option(opts, &abs)) return bif_badarg(bp);
  int64_t when = due_time(time, abs);
  if (when < 0 || (!BEAM_IS_PID(dest) && !BEAM_IS_ATOM(dest))) return bif_badarg(bp);
  uint64_t id = ref_new_id();
  BeamTerm ref = ref_make(bp, id);
  HeapFrag *m = mbox_message(PROC(bp)->pid, wrap ? tb_tuple3(bp, ATOM_TIMEOUT, ref, msg) : msg);
  tmr_add(id, when, dest, m);
  Proc *to = BEAM_IS_PID(dest) ? ptab_lookup(dest) : NULL;
  if (to != NULL) atomic_store(&to->timed, true); /* its timers stop when it ends */
  return ref;
}

BeamTerm beam_bif_erlang_send_after_3(BeamProc *bp, BeamTerm t, BeamTerm d, BeamTerm m) {
  return set_timer(bp, t, d, m, BEAM_NIL, false);
}
BeamTerm beam_bif_erlang_send_after_4(BeamProc *bp, BeamTerm t, BeamTerm d, BeamTerm m,
                                      BeamTerm o) {
  return set_timer(bp, t, d, m, o, false);
}
BeamTerm beam_bif_erlang_start_timer_3(BeamProc *bp, BeamTerm t, BeamTerm d, BeamTerm m) {
  return set_timer(bp, t, d, m, BEAM_NIL, true);
}
BeamTerm beam_bif_erlang_start_timer_4(BeamProc *bp, BeamTerm t, BeamTerm d, BeamTerm m,
                                       BeamTerm o) {
  return set_timer(bp, t, d, m, o, true);
}

/* Reads [{async, Bool}, {info, Bool}]; false on anything else. */
static bool timer_options(BeamTerm l, bool *async, bool *info) {
  *async = false, *info = true;
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm t = BEAM_CAR(l);
    if (!BEAM_IS_TUPLE(t) || BEAM_TUPLE_ARITY(t) != 2) return false;
    BeamTerm k = BEAM_ELEMENT(t, 0), v = BEAM_ELEMENT(t, 1);
    if ((k != ATOM_ASYNC && k != ATOM_INFO) || (v != ATOM_TRUE && v != ATOM_FALSE))
      return false;
    *(k == ATOM_ASYNC ? async : info) = v == ATOM_TRUE;
  }
  return l == BEAM_NIL;
}

/* The answer for `left` ns (-1: no timer): milliseconds, or false. */
static BeamTerm left_ms(BeamProc *bp, int64_t left) {
  return left < 0 ? ATOM_FALSE : int_from_int64(bp, (left + MS - 1) / MS);
}

/* cancel_timer and read_timer: the answer, or with async `ok` and the
   answer sent as {Tag, Ref, Result}; without info, `ok`. */
static BeamTerm timer_op(BeamProc *bp, BeamTerm ref, BeamTerm opts, bool cancel) {
  bool async, info;
  uint64_t id = ref_id(ref);
  if (id == 0 || !timer_options(opts, &async, &info)) return bif_badarg(bp);
  BeamTerm r = left_ms(bp, cancel ? tmr_cancel(id) : tmr_read(id));
  if (!async) return info ? r : ATOM_OK;
  if (info) {
    BeamTerm tag = cancel ? ATOM_CANCEL_TIMER : ATOM_READ_TIMER;
    sig_send_msg(PROC(bp), PROC(bp)->pid, tb_tuple3(bp, tag, ref, r));
  }
  return ATOM_OK;
}

BeamTerm beam_bif_erlang_cancel_timer_1(BeamProc *bp, BeamTerm ref) {
  return timer_op(bp, ref, BEAM_NIL, true);
}
BeamTerm beam_bif_erlang_cancel_timer_2(BeamProc *bp, BeamTerm ref, BeamTerm opts) {
  return timer_op(bp, ref, opts, true);
}
BeamTerm beam_bif_erlang_read_timer_1(BeamProc *bp, BeamTerm ref) {
  return timer_op(bp, ref, BEAM_NIL, false);
}
BeamTerm beam_bif_erlang_read_timer_2(BeamProc *bp, BeamTerm ref, BeamTerm opts) {
  return timer_op(bp, ref, opts, false);
}
