/*
** sched.h — processes and the scheduler (prefix sched_).
**
** Processes wait in run queues of erl's four priorities; the scheduler
** runs the first for a time slice of SCHED_SLICE reductions, resuming it
** from its Erlang stack (docs/ARCHITECTURE.md, "Processes and the
** scheduler"), and switches when the slice is used up and another can
** run, or when the process waits in a receive.  Between slices it fires
** the due timers; with nothing to run it takes work from another
** scheduler, or sleeps.  There are BEAMRT_SCHEDULERS schedulers, one
** thread each (docs/ARCHITECTURE.md, "Schedulers on threads").
*/
#ifndef BEAMRT_SCHED_H
#define BEAMRT_SCHED_H

#include "proc.h"

/* How a process is made (spawn_opt). */
typedef struct SpawnOpts {
  bool link, monitor;
  unsigned prio;
  size_t min_heap, max_heap;  /* words; 0: the defaults */
  uint64_t monitor_ref;       /* with `monitor`: the monitor's number */
} SpawnOpts;

/* A new runnable process that resumes at `start` with x[0..nargs-1] =
   copies of args (its initial call is mod:fun/arity); parent (or NULL)
   gives its group leader.  NULL when the process table is full. */
Proc *sched_spawn(Proc *parent, const BeamResume *start, const BeamTerm *args,
                  unsigned nargs, BeamTerm mod, BeamTerm fun, unsigned arity,
                  const SpawnOpts *o);
/* The first processes (main, on_load): they start at code with nargs
   registers ([] until the caller sets p->xsave), and are freed by the
   caller of sched_run_until, not by the scheduler; they print no crash
   report. */
Proc *sched_spawn_code(Proc *parent, BeamCode code, unsigned nargs, BeamTerm mod,
                       BeamTerm fun);
/* erlang:hibernate(m, f, a) of the running p: its stack is dropped; it
   waits for a message (unless one is there) and then calls m:f(a...). */
void sched_hibernate(Proc *p, BeamTerm m, BeamTerm f, BeamTerm a);
/* Makes p runnable unless it already is (or runs). */
void sched_wake(Proc *p);
/* Start-up: n schedulers (0: one per processor; 1 without SMP), of
   which as many run (are online) as there are processors. */
void sched_init(unsigned n);
/* The schedulers made, or those online. */
unsigned sched_count(bool online);
/* Starts p (from sched_spawn_code) and runs processes until it has
   ended (the first call starts the other schedulers' threads); p is then
   the caller's: its result or exception is in p->result / exc_*, and
   sched_free releases it. */
void sched_run_until(Proc *p);
/* Releases a process that has ended (after every scheduler has let go
   of it). */
void sched_free(Proc *p);
/* Parks every other scheduler (waiting up to a second for one that runs
   a long BIF): the program is about to exit. */
void sched_stop(void);
/* A timer was set to fire before every other: idle schedulers wake to
   sleep until it instead. */
void sched_timer_set(void);
/*
** Another process, to look at or handle the signals of: the live or
** ending process pid names, its heap held by me so that it does not run
** meanwhile, or me itself, or NULL when none.  While it waits for a
** process that runs, me lends its own heap (an inspection of me may go on
** meanwhile, and may leave me an exit_reason).  sched_release gives it
** back.  Never waits for ever: the other process yields at its next
** reduction check.
*/
Proc *sched_hold(Proc *me, BeamTerm pid);
void sched_release(Proc *me, Proc *p);
/* Holds p (another process) as sched_hold does if nobody has its heap:
   false at once otherwise (p runs). */
bool sched_try_hold(Proc *p);
/* The process running on this scheduler (NULL outside a slice). */
Proc *sched_current(void);
/* statistics(key) for the keys of processes and schedulers (reductions,
   exact_reductions, run_queue, run_queue_lengths, total_run_queue_lengths,
   context_switches), or BEAM_NONV for another key. */
BeamTerm sched_statistics(BeamProc *p, BeamTerm key);
/* Processes waiting to run, and context switches made. */
size_t sched_run_queue(void);
uint64_t sched_switches(void);

#endif
