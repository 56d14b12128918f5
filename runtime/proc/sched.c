/*
** sched.c — processes and the scheduler (sched.h).
**
** A process's Erlang stack always says where to continue: its top word is
** a BeamResume (a continuation pushed by a call, a redo point pushed by a
** call site that yielded, a handler pushed by exc_unwind, the loop_rec of
** a receive that waits).  A slice pops it and calls its code with x0..x3;
** a value becomes x0 for the next continuation.  BEAM_NONV means the C
** stack was left: an exception is pending (exc_unwind finds the handler),
** the process ends (p->exit_reason), it waits (p->waiting), its slice is
** used up (fcalls < 0), or only the C stack was deep; the last goes on at
** once.  The bottom of every stack is the `bottom` descriptor: reaching
** it ends the process normally.
**
** Switching out saves the X registers the top resume point says are live
** (BeamResume.live) in the process, since the registers are the
** scheduler's; a process that has taken many messages since its last
** collection collects then, when its roots are few.
**
** Run queues: one per priority; max and high are served first, and low
** shares the normal level, getting every eighth turn while normal
** processes wait.  `active` says a process is queued or running, so a
** wake-up enqueues it once; a process that waits clears it and looks at
** its in-queue once more, so a message pushed in between is not missed.
*/
#include "sched.h"

#include <stdio.h>
#include <string.h>

#include "atoms_gen.h"
#include "copy.h"
#include "except.h"
#include "gc.h"
#include "integer.h"
#include "mailbox.h"
#include "os/os.h"
#include "pretty.h"
#include "print.h"
#include "ptab.h"
#include "signal.h"
#include "term_build.h"
#include "timer.h"

static BeamTerm never(BeamProc *p, unsigned e, BeamTerm a0, BeamTerm a1,
                      BeamTerm a2, BeamTerm a3) {
  (void)p, (void)e, (void)a0, (void)a1, (void)a2, (void)a3;
  return BEAM_NONV;
}

/* live 1: the value the process ended with, in x0 */
static const BeamResume bottom = {never, 0, BEAM_RESUME_BOTTOM, 0, 1, NULL, {0, 0}};

/* A scheduler: its run queues, the X registers of the process it runs,
   its counts.  There is one today, on the main thread; the SMP
   schedulers will be one per thread, each reaching its own as `self`. */
typedef struct Sched {
  Proc *head[4], *tail[4];  /* run queues by priority */
  size_t len;
  unsigned low_turn;        /* normal turns since low last ran */
  uint64_t switches;
  uint64_t reductions;      /* of every slice that ended */
  Proc *current;
  BeamTerm x[BEAM_MAX_X];   /* the X registers of the running process */
} Sched;

static Sched scheds[1];
static unsigned n_scheds = 1;
static _Thread_local Sched *self;
/* statistics' "since last call" points, the whole system's */
static uint64_t last_reds, last_exact_reds;

/* The scheduler of this thread; the first for a thread that runs none
   (before sched_run_until starts, in the unit tests). */
static Sched *here(void) { return self ? self : &scheds[0]; }

/* ---- run queues ------------------------------------------------------------ */

static void rq_push(Sched *s, Proc *p) {
  unsigned q = p->prio;
  p->rq_next = NULL;
  if (s->tail[q]) s->tail[q]->rq_next = p;
  else s->head[q] = p;
  s->tail[q] = p;
  s->len++;
  p->state = PROC_RUNNABLE;
}

static Proc *rq_take(Sched *s, unsigned q) {
  Proc *p = s->head[q];
  s->head[q] = p->rq_next;
  if (s->head[q] == NULL) s->tail[q] = NULL;
  s->len--;
  return p;
}

static Proc *rq_pop(Sched *s) {
  if (s->head[PRIO_MAX]) return rq_take(s, PRIO_MAX);
  if (s->head[PRIO_HIGH]) return rq_take(s, PRIO_HIGH);
  if (s->head[PRIO_LOW] && (s->head[PRIO_NORMAL] == NULL || ++s->low_turn >= 8)) {
    s->low_turn = 0;
    return rq_take(s, PRIO_LOW);
  }
  return s->head[PRIO_NORMAL] ? rq_take(s, PRIO_NORMAL) : NULL;
}

void sched_wake(Proc *p) {
  if (atomic_exchange_explicit(&p->active, 1, memory_order_acq_rel) == 0) rq_push(here(), p);
}

size_t sched_run_queue(void) {
  size_t n = 0;
  for (unsigned i = 0; i < n_scheds; i++) n += scheds[i].len;
  return n;
}

uint64_t sched_switches(void) {
  uint64_t n = 0;
  for (unsigned i = 0; i < n_scheds; i++) n += scheds[i].switches;
  return n;
}

/* The reductions of every process, ended or not, to the caller's now. */
static uint64_t total_reductions(const Proc *caller) {
  uint64_t n = (uint64_t)(SCHED_SLICE - caller->pub.fcalls);
  for (unsigned i = 0; i < n_scheds; i++) n += scheds[i].reductions;
  return n;
}

/* [Len] of each scheduler's run queues, first to last. */
static BeamTerm queue_lengths(BeamProc *bp) {
  BeamTerm l = BEAM_NIL;
  for (unsigned i = n_scheds; i-- > 0;) l = tb_cons(bp, BEAM_SMALL((BeamSint)scheds[i].len), l);
  return l;
}

BeamTerm sched_statistics(BeamProc *bp, BeamTerm key) {
  if (key == ATOM_REDUCTIONS || key == ATOM_EXACT_REDUCTIONS) {
    uint64_t *last = key == ATOM_REDUCTIONS ? &last_reds : &last_exact_reds;
    uint64_t total = total_reductions(PROC(bp)), since = total - *last;
    *last = total;
    return tb_tuple2(bp, int_from_uint64(bp, total), int_from_uint64(bp, since));
  }
  if (key == ATOM_RUN_QUEUE || key == ATOM_TOTAL_RUN_QUEUE_LENGTHS)
    return BEAM_SMALL((BeamSint)sched_run_queue());
  if (key == ATOM_RUN_QUEUE_LENGTHS) return queue_lengths(bp);
  if (key == ATOM_CONTEXT_SWITCHES)
    return tb_tuple2(bp, int_from_uint64(bp, sched_switches()), BEAM_SMALL(0));
  return BEAM_NONV;
}
Proc *sched_current(void) { return self ? self->current : NULL; }

static bool timers_due(void) {
  int64_t next = tmr_next();
  return next >= 0 && next <= os_monotonic_ns();
}

/* An exhausted slice ends only when someone else could run. */
int beam_should_yield(BeamProc *bp, char *frame) {
  if (frame < bp->cstack_limit) return 1;
  Sched *s = here();
  if (s->len > 0 || timers_due()) return 1;
  uint64_t spent = (uint64_t)(SCHED_SLICE - bp->fcalls);
  PROC(bp)->reductions += spent;
  s->reductions += spent;
  bp->fcalls = SCHED_SLICE;
  return 0;
}

/* ---- making processes ------------------------------------------------------ */

/* x[0..n-1] of a process that is switched out: room for n. */
static void xsave_room(Proc *p, unsigned n) {
  if (n <= p->xsave_cap) return;
  if (p->xsave != p->xsave_inline) os_free(p->xsave);
  p->xsave = os_alloc(n * sizeof *p->xsave, "registers");
  p->xsave_cap = n;
}

/* A process with its block for `words` words of arguments, not entered
   in the table, nothing on its stack. */
static Proc *new_proc(size_t words, const SpawnOpts *o) {
  Proc *p = os_alloc_zeroed(1, sizeof *p, "process");
  size_t min = o && o->min_heap ? o->min_heap : 0;
  gc_init(p, words + BEAM_STACK_SLACK + 2 > min ? words + BEAM_STACK_SLACK + 2 : min);
  if (min > p->floor) p->floor = min;
  p->min_heap = min;
  p->max_heap = o ? o->max_heap : 0;
  p->exc_class = p->exc_reason = p->exc_trace = BEAM_NONV;
  p->exc_site.args = BEAM_NIL;
  p->dict = p->result = BEAM_NIL;
  p->exit_reason = BEAM_NONV;
  p->prio = o ? o->prio : PRIO_NORMAL;
  p->xsave = p->xsave_inline;
  p->xsave_cap = 4;
  p->mq_last = p->mq_save = &p->mq_first;
  p->pub.x = here()->x;
  atomic_init(&p->heap_held, true); /* until its arguments are copied */
  return p;
}

Proc *sched_spawn(Proc *parent, const BeamResume *start, const BeamTerm *args,
                  unsigned nargs, BeamTerm mod, BeamTerm fun, unsigned arity,
                  const SpawnOpts *o) {
  size_t words = 0;
  for (unsigned i = 0; i < nargs; i++) words += copy_size(args[i]);
  Proc *p = new_proc(words, o);
  if (!ptab_insert(p)) {
    gc_free(p);
    os_free(p);
    return NULL;
  }
  BeamTerm *hp = p->pub.htop;
  xsave_room(p, nargs);
  for (unsigned i = 0; i < nargs; i++) p->xsave[i] = copy_term(args[i], &hp);
  p->pub.htop = hp;
  p->nxsave = nargs;
  *--p->pub.stop = BEAM_RESUME_TERM(&bottom);
  *--p->pub.stop = BEAM_RESUME_TERM(start);
  p->init_mod = mod, p->init_fun = fun, p->init_arity = arity;
  p->group_leader = parent ? parent->group_leader : p->pid;
  if (o && o->link && parent) {
    sig_add_link(p, parent->pid);
    sig_add_link(parent, p->pid);
  }
  atomic_store_explicit(&p->active, 1, memory_order_relaxed);
  proc_heap_give(p);
  rq_push(here(), p);
  return p;
}

Proc *sched_spawn_code(Proc *parent, BeamCode code, unsigned nargs, BeamTerm mod,
                       BeamTerm fun) {
  BeamResume *start = os_alloc(sizeof *start, "process");
  *start = (BeamResume){code, 0, BEAM_RESUME_CP, 0, nargs, NULL, {0, 0}};
  Proc *p = sched_spawn(parent, start, NULL, 0, mod, fun, nargs, NULL);
  if (p == NULL) os_fatal("beamrt: no room for the first process\n");
  p->start = start;
  p->nxsave = nargs;
  for (unsigned i = 0; i < nargs; i++) p->xsave[i] = BEAM_NIL;
  return p;
}

void sched_free(Proc *p) {
  mbox_free(p);
  gc_free(p);
  if (p->xsave != p->xsave_inline) os_free(p->xsave);
  os_free(p->links);
  os_free(p->mons);
  os_free(p->start);
  os_free(p);
}

void sched_hibernate(Proc *p, BeamTerm m, BeamTerm f, BeamTerm a) {
  BeamProc *bp = &p->pub;
  bp->stop = p->hend;
  bp->catches = 0;
  *--bp->stop = BEAM_RESUME_TERM(&bottom);
  *--bp->stop = BEAM_RESUME_TERM(beam_rp_apply3);
  bp->x[0] = m, bp->x[1] = f, bp->x[2] = a;
  mbox_fetch(p);
  p->waiting = p->mq_first == NULL;
}

/* ---- the end of a process ---------------------------------------------------- */

/* "=ERROR REPORT==== 4-Dec-2026::05:31:05.237603 ===" */
static void report_header(PrintBuf *b) {
  static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  OsDate d;
  char s[96];
  os_local_date(os_system_ns(), &d);
  int n = snprintf(s, sizeof s, "=ERROR REPORT==== %d-%s-%d::%02d:%02d:%02d.%06d ===\n",
                   d.day, months[(d.month + 11) % 12], d.year, d.hour, d.minute,
                   d.second, d.micro);
  print_append(b, s, (size_t)n);
}

/* erl's logger report of a process that died of an error or a throw. */
static void report_crash(Proc *p, BeamTerm value) {
  PrintBuf b;
  print_init(&b);
  report_header(&b);
  print_append(&b, "Error in process ", 17);
  print_term(&b, p->pid);
  print_append(&b, " with exit value:\n", 18);
  pretty_print(&b, value, 1, 80, 1 << 20);
  print_append(&b, "\n\n", 2);
  out_write(2, b.s, b.len);
  print_free(&b);
}

/* The exit reason of an uncaught exception: {Reason, Stack} for an error,
   {{nocatch, Value}, Stack} for a throw, the reason of an exit. */
static BeamTerm uncaught_reason(Proc *p) {
  BeamProc *bp = &p->pub;
  if (p->exc_class == ATOM_EXIT) return p->exc_reason;
  BeamTerm r = p->exc_reason;
  if (p->exc_class == ATOM_THROW) r = tb_tuple2(bp, ATOM_NOCATCH, r);
  return tb_tuple2(bp, r, p->exc_trace);
}

static void end(Proc *p, BeamTerm reason) {
  sig_terminate(p, reason);
  p->exit_reason = reason;
  p->state = PROC_EXITED;
}

static void end_uncaught(Proc *p) {
  BeamTerm reason = uncaught_reason(p);
  if (p->start == NULL && p->exc_class != ATOM_EXIT) report_crash(p, reason);
  end(p, reason);
}

/* ---- running ------------------------------------------------------------- */

/* p stops running: its live registers saved and its heap given back, it
   waits or queues again (from here on another scheduler may take it). */
static void switch_out(Sched *s, Proc *p, bool waiting) {
  BeamProc *bp = &p->pub;
  unsigned n = ((const BeamResume *)*bp->stop)->live;
  if (p->frag_words > (size_t)(p->hend - p->heap) + GC_FRAG_MIN) gc_collect(p, 0, n, false);
  xsave_room(p, n);
  memcpy(p->xsave, s->x, n * sizeof *s->x);
  p->nxsave = n;
  proc_heap_give(p);
  if (!waiting) {
    rq_push(s, p);
    return;
  }
  p->state = PROC_WAITING;
  atomic_store_explicit(&p->active, 0, memory_order_seq_cst);
  if (mbox_pending(p)) sched_wake(p);
}

enum { ENDS, YIELDS, WAITS }; /* how a slice ends */

/* Runs p for one slice, or until it waits or ends; an ended process
   keeps its heap held (it is freed). */
static void run_slice(Sched *s, Proc *p) {
  BeamProc *bp = &p->pub;
  char base;
  int out = ENDS;
  s->current = p;
  s->switches++;
  proc_heap_take(p);
  p->state = PROC_RUNNING;
  p->waiting = false;
  bp->x = s->x;
  memcpy(s->x, p->xsave, p->nxsave * sizeof *s->x);
  bp->cstack_limit = cstack_limit(&base);
  bp->fcalls = SCHED_SLICE;
  if (mbox_pending(p)) mbox_fetch(p);
  for (;;) {
    if (p->exit_reason != BEAM_NONV) {
      end(p, p->exit_reason);
      break;
    }
    if (p->exc_class != BEAM_NONV && !exc_unwind(p)) {
      end_uncaught(p);
      break;
    }
    const BeamResume *r = (const BeamResume *)*bp->stop;
    if (r->kind == BEAM_RESUME_BOTTOM) {
      p->result = bp->x[0];
      end(p, ATOM_NORMAL);
      break;
    }
    bp->stop++;
    BeamTerm v = r->code(bp, r->entry, bp->x[0], bp->x[1], bp->x[2], bp->x[3]);
    if (v != BEAM_NONV) {
      /* a return through the loop counts as a reduction too */
      bp->x[0] = v;
      if (--bp->fcalls < 0 && beam_should_yield(bp, &base)) {
        out = YIELDS;
        break;
      }
    } else if (p->exc_class == BEAM_NONV && p->exit_reason == BEAM_NONV &&
               (p->waiting || bp->fcalls < 0)) {
      out = p->waiting ? WAITS : YIELDS;
      break;
    }
  }
  uint64_t spent = (uint64_t)(SCHED_SLICE - (bp->fcalls > 0 ? bp->fcalls : 0));
  p->reductions += spent;
  s->reductions += spent;
  s->current = NULL;
  if (out != ENDS) switch_out(s, p, out == WAITS);
}

/* Nothing to run: sleeps until the next timer (for ever without one:
   every process waits for a message nobody will send, as erl would). */
static void idle(void) {
  int64_t next = tmr_next();
  if (next < 0) {
    os_sleep_ns(-1);
    return;
  }
  int64_t now = os_monotonic_ns();
  if (next > now) os_sleep_ns(next - now);
}

void sched_run_until(Proc *target) {
  Sched *s = self = &scheds[0];
  while (target->state != PROC_EXITED) {
    if (timers_due()) tmr_run_due(os_monotonic_ns());
    Proc *p = rq_pop(s);
    if (p == NULL) {
      idle();
      continue;
    }
    run_slice(s, p);
    if (p->state == PROC_EXITED && p->start == NULL) sched_free(p);
  }
}

BeamTerm beam_bad_entry(BeamProc *p, unsigned entry) {
  (void)p;
  os_panic("beamrt: internal error: resumed at unknown entry %u\n", entry);
}
