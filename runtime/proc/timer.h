/*
** timer.h — timers (prefix tmr_): receive timeouts and the timers of
** erlang:send_after/start_timer.
**
** Times are the OS layer's monotonic nanoseconds.  A timer that fires
** sends a signal: a receive timer SIG_TIMEOUT to its process, a BIF timer
** its message to its destination (a pid, or a name looked up when it
** fires).  The scheduler fires the due timers between time slices and
** sleeps until the next one when nothing can run.
*/
#ifndef BEAMRT_TIMER_H
#define BEAMRT_TIMER_H

#include <stdint.h>

#include "proc.h"

/* Start-up, before any timer is set. */
void tmr_init(void);
/* The receive timer of wait_timeout: BEAM_WAIT_SUSPEND (started, or
   `infinity`), BEAM_WAIT_TIMEOUT (0 ms) or BEAM_WAIT_BADARG (not an
   integer in 0..2^32-1 nor infinity). */
int tmr_start_receive(Proc *p, BeamTerm timeout);
/* Stops p's receive timer. */
void tmr_cancel_receive(Proc *p);

/* A timer of number id (a reference's, ref.h) that sends message m (a
   signal of kind SIG_MSG, which the timer owns from now on) to dest at
   monotonic time `when`. */
void tmr_add(uint64_t id, int64_t when, BeamTerm dest, HeapFrag *m);
/* The OS layer's monotonic time of erlang:monotonic_time(millisecond)
   value ms (erlang:send_after's {abs, true}), or -1 for a time before
   the program started. */
int64_t tmr_from_monotonic_ms(int64_t ms);
/* Stops timer id: the nanoseconds it had left, or -1 when there is no
   such timer (it fired, or was cancelled). */
int64_t tmr_cancel(uint64_t id);
/* Stops every BIF timer aimed at pid (its process ends, as erl does). */
void tmr_cancel_to(BeamTerm pid);
/* The nanoseconds timer id has left, or -1. */
int64_t tmr_read(uint64_t id);

/* Fires the timers due at monotonic time now, in their order (nothing
   when another scheduler is firing them). */
void tmr_run_due(int64_t now);
/* The time the next timer is due, or -1 when there is none. */
int64_t tmr_next(void);

#endif
