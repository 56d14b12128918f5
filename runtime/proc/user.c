/*
** user.c — the group leader of the first processes (user.h).
**
** erl's processes have a group leader, the io server their output goes
** to; a program's first process has `user`.  Here `user` is a process
** that takes every message and drops it: it gives group_leader/0,2 and
** process_info a real, distinct, living pid.  It does not serve the io
** protocol yet (io requests get no reply); output goes through
** erlang:display.  Its code is written in C the way generated code is:
** a receive loop of beam_loop_rec, beam_remove_message and beam_wait.
*/
#include "user.h"

#include "atoms_gen.h"
#include "os/os.h"
#include "registry.h"
#include "sched.h"

static BeamTerm drop_all(BeamProc *p, unsigned entry, BeamTerm a0, BeamTerm a1,
                         BeamTerm a2, BeamTerm a3);

/* Where the loop goes on after a wait: no register is live. */
static const BeamResume again = {drop_all, 1, BEAM_RESUME_CP, 0, 0, NULL, {0, 0}};

static BeamTerm drop_all(BeamProc *p, unsigned entry, BeamTerm a0, BeamTerm a1,
                         BeamTerm a2, BeamTerm a3) {
  (void)entry, (void)a0, (void)a1, (void)a2, (void)a3;
  for (;;) {
    while (beam_loop_rec(p) != BEAM_NONV) beam_remove_message(p);
    if (beam_wait(p, BEAM_NONV) == BEAM_WAIT_SUSPEND) {
      *--p->stop = BEAM_RESUME_TERM(&again);
      return BEAM_NONV;
    }
  }
}

Proc *user_start(void) {
  Proc *u = sched_spawn_code(NULL, drop_all, 0, ATOM_USER, ATOM_USER);
  reg_add(ATOM_USER, u);
  return u;
}
