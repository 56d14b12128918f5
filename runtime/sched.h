/*
** sched.h — processes and the scheduler loop (prefix sched_).
**
** This is the sequential scheduler of the execution core: one process
** runs at a time on the calling thread.  The loop resumes a process from
** its Erlang stack (docs/ARCHITECTURE.md, "The scheduler loop").
*/
#ifndef BEAMRT_SCHED_H
#define BEAMRT_SCHED_H

#include "proc.h"

/* A new process that will call code (arity args from args[]) and exit
   when it returns. */
Proc *sched_spawn(BeamCode code, unsigned arity, const BeamTerm *args);
/* Runs p until it exits: p->exc_class is BEAM_NONV when it returned
   normally (result in p->result), else the uncaught exception. */
void sched_run(Proc *p);
/* Releases a finished process. */
void sched_free(Proc *p);

#endif
