/*
** sched.c — processes and the scheduler loop.
**
** A process's Erlang stack always says where to continue: its top word is
** a BeamResume (a continuation pushed by a call, a redo point pushed by a
** call site that yielded, or a handler pushed by exc_unwind).  The loop
** pops it and calls its code with x0..x3; when that returns a value, the
** value is x0 for the next continuation.  BEAM_NONV means the C stack was
** left: either an exception is pending (exc_unwind finds the handler) or
** the process yielded and simply continues from its stack.  The bottom of
** every stack is the `bottom` descriptor: reaching it ends the process.
*/
#include "sched.h"

#include <string.h>

#include "except.h"
#include "gc.h"
#include "os/os.h"

#define SLICE_REDS 4000

static BeamTerm never(BeamProc *p, unsigned e, BeamTerm a0, BeamTerm a1,
                      BeamTerm a2, BeamTerm a3) {
  (void)p, (void)e, (void)a0, (void)a1, (void)a2, (void)a3;
  return BEAM_NONV;
}

static const BeamResume bottom = {never, 0, BEAM_RESUME_BOTTOM, 0, NULL, {0, 0}};

/* With one process there is nobody to yield to: only a deep C stack makes
   a call site leave. */
int beam_should_yield(BeamProc *p, char *frame) {
  if (frame < p->cstack_limit) return 1;
  p->fcalls = SLICE_REDS;
  return 0;
}

Proc *sched_spawn(BeamCode code, unsigned arity, const BeamTerm *args) {
  Proc *p = os_alloc_zeroed(1, sizeof *p, "process");
  BeamResume *start = os_alloc(sizeof *start, "process");
  *start = (BeamResume){code, 0, BEAM_RESUME_CP, 0, NULL, {0, 0}};
  gc_init(p, 0);
  p->exc_class = p->exc_reason = p->exc_trace = BEAM_NONV;
  p->dict = BEAM_NIL;
  p->pid = (BeamTerm)1 << 4 | BEAM_TAG_PID; /* <0.1.0> */
  p->result = BEAM_NIL;
  p->exc_site.args = BEAM_NIL;
  for (unsigned i = 0; i < arity; i++) p->pub.x[i] = args[i];
  *--p->pub.stop = BEAM_RESUME_TERM(&bottom);
  *--p->pub.stop = BEAM_RESUME_TERM(start);
  p->start = start;
  return p;
}

void sched_run(Proc *p) {
  BeamProc *bp = &p->pub;
  char base;
  bp->cstack_limit = cstack_limit(&base);
  bp->fcalls = SLICE_REDS;
  for (;;) {
    if (p->exc_class != BEAM_NONV && !exc_unwind(p)) break;
    const BeamResume *r = (const BeamResume *)*bp->stop;
    if (r->kind == BEAM_RESUME_BOTTOM) {
      p->result = bp->x[0];
      break;
    }
    bp->stop++;
    BeamTerm v = r->code(bp, r->entry, bp->x[0], bp->x[1], bp->x[2], bp->x[3]);
    if (v != BEAM_NONV) bp->x[0] = v;
  }
  p->state = PROC_EXITED;
}

void sched_free(Proc *p) {
  gc_free(p);
  os_free(p->start);
  os_free(p);
}

BeamTerm beam_bad_entry(BeamProc *p, unsigned entry) {
  (void)p;
  os_panic("beamrt: internal error: resumed at unknown entry %u\n", entry);
}
