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
**
** Schedulers run on threads (docs/ARCHITECTURE.md, "Schedulers on
** threads"): each has its queues behind a lock, takes from the others'
** when it has none, and sleeps on `wake` when nobody has any.  Ended
** processes are freed after a grace period (quiescent, retire), and a
** process looks at another by holding its heap (sched_hold).
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

/*
** A scheduler: its run queues (behind its lock), the X registers of the
** process it runs, its counts.  Scheduler 0 runs on the main thread
** (inside sched_run_until), the others on threads of their own; each
** reaches its own as `self`.
*/
typedef struct Sched {
  OsMutex lock;             /* over the run queues and low_turn */
  Proc *head[4], *tail[4];  /* run queues by priority */
  _Atomic size_t len;
  unsigned low_turn;        /* normal turns since low last ran */
  unsigned id;
  _Atomic uint64_t switches;   /* counts only its thread adds to (add) */
  _Atomic uint64_t reductions; /* of every slice that ended */
  _Atomic uint64_t seen;    /* the grace period at its last quiescent
                               point; 0 while it sleeps (no Proc held) */
  Proc *limbo, **limbo_last;/* ended processes it will free, oldest first */
  atomic_bool nudged;       /* its slice must end: sched_run_until's
                               process ended on another scheduler */
  Proc *current;
  OsThread thread;
  CStack cstack;
  BeamTerm x[BEAM_MAX_X];   /* the X registers of the running process */
} Sched;

static Sched *scheds;
static unsigned n_scheds;           /* online: the ones that run */
static unsigned n_made;             /* erlang:system_info(schedulers) */
static bool started;                /* the other schedulers' threads run */
static _Thread_local Sched *self;
/* statistics' "since last call" points, the whole system's */
static _Atomic uint64_t last_reds, last_exact_reds;

/* Freeing ended processes: a process is retired with the grace period
   it opens; it is freed once every scheduler awake has passed a
   quiescent point (between slices, or a reduction check) in that period
   or later, so no Proc pointer a lookup gave is still in use. */
static _Atomic uint64_t grace = 1;

/* Sleeping and stopping: idle schedulers wait on `wake` (under
   idle_lock); `sleeping` counts them so that a push wakes one only when
   there is one.  `stopping` parks every scheduler (halt, the end). */
static OsMutex idle_lock;
static OsCond wake;
static _Atomic unsigned sleeping, parked;
static atomic_bool stopping;

/* The scheduler of this thread (scheduler 0 for a thread that runs
   none). */
static Sched *here(void) { return self ? self : &scheds[0]; }

/* Adds n to a count only the calling scheduler writes (others read it). */
static void add(_Atomic uint64_t *count, uint64_t n) {
  atomic_store_explicit(count, atomic_load_explicit(count, memory_order_relaxed) + n,
                        memory_order_relaxed);
}

void sched_init(unsigned n) {
  int cpus = os_cpu_count();
  if (n == 0) n = cpus > 0 ? (unsigned)cpus : 1;
  n_made = BEAMRT_SMP ? n : 1;
  /* as erl's, no more online than there are processors */
  n_scheds = cpus > 0 && (unsigned)cpus < n_made ? (unsigned)cpus : n_made;
  scheds = os_alloc_zeroed(n_scheds, sizeof *scheds, "schedulers");
  for (unsigned i = 0; i < n_scheds; i++) {
    thr_mutex_init(&scheds[i].lock);
    scheds[i].id = i;
    scheds[i].limbo_last = &scheds[i].limbo;
  }
  thr_mutex_init(&idle_lock);
  thr_cond_init(&wake);
}

unsigned sched_count(bool online) { return online ? n_scheds : n_made; }

/* ---- run queues ------------------------------------------------------------ */

/* Appends p to s's queue of its priority (s locked). */
static void rq_push(Sched *s, Proc *p) {
  unsigned q = p->prio;
  p->rq_next = NULL;
  if (s->tail[q]) s->tail[q]->rq_next = p;
  else s->head[q] = p;
  s->tail[q] = p;
  s->len++;
  atomic_store_explicit(&p->state, PROC_RUNNABLE, memory_order_relaxed);
}

static Proc *rq_take(Sched *s, unsigned q) {
  Proc *p = s->head[q];
  s->head[q] = p->rq_next;
  if (s->head[q] == NULL) s->tail[q] = NULL;
  s->len--;
  return p;
}

/* The next process of s's queues, by priority (s locked), or NULL. */
static Proc *rq_pop(Sched *s) {
  if (s->head[PRIO_MAX]) return rq_take(s, PRIO_MAX);
  if (s->head[PRIO_HIGH]) return rq_take(s, PRIO_HIGH);
  if (s->head[PRIO_LOW] && (s->head[PRIO_NORMAL] == NULL || ++s->low_turn >= 8)) {
    s->low_turn = 0;
    return rq_take(s, PRIO_LOW);
  }
  return s->head[PRIO_NORMAL] ? rq_take(s, PRIO_NORMAL) : NULL;
}

/* Wakes one idle scheduler, or every one (each looks again for work,
   timers and the end). */
static void wake_idle(bool all) {
  thr_lock(&idle_lock);
  if (all) thr_broadcast(&wake);
  else thr_signal(&wake);
  thr_unlock(&idle_lock);
}

/* Queues p on s.  With `spread` (p used up a slice and goes back to
   the queue), when others wait there too, wakes an idle scheduler (if
   any) to take some: the work has outgrown the core.  A process made
   runnable (spawned, sent a message) wakes nobody: as in erl it runs
   where it was made so, which keeps a ping-pong, a spawn-then-monitor or
   a storm of spawned processes that each wait at once on one core, with
   their memory in its cache. */
static void enqueue(Sched *s, Proc *p, bool spread) {
  thr_lock(&s->lock);
  rq_push(s, p);
  size_t n = s->len;
  thr_unlock(&s->lock);
  if (spread && n >= 2 && atomic_load(&sleeping) > 0) wake_idle(false);
}

/* Whether s may take work from v's queue: any of its own; of another's
   only when two or more wait there (one waits for v's next switch, as a
   process just spawned or sent to runs after its maker, as in erl). */
static bool takes_from(const Sched *s, Sched *v) {
  return atomic_load_explicit(&v->len, memory_order_relaxed) >= (v == s ? 1u : 2u);
}

/* The next process for s: its own, else one taken from another's
   queue; NULL when there is none. */
static Proc *next_proc(Sched *s) {
  for (unsigned k = 0; k < n_scheds; k++) {
    Sched *v = &scheds[(s->id + k) % n_scheds];
    if (!takes_from(s, v)) continue;
    thr_lock(&v->lock);
    Proc *p = rq_pop(v);
    thr_unlock(&v->lock);
    if (p != NULL) return p;
  }
  return NULL;
}

void sched_wake(Proc *p) {
  if (atomic_exchange_explicit(&p->active, 1, memory_order_acq_rel) == 0) enqueue(here(), p, false);
}

void sched_timer_set(void) {
  if (atomic_load(&sleeping) > 0) wake_idle(true);
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
    _Atomic uint64_t *last = key == ATOM_REDUCTIONS ? &last_reds : &last_exact_reds;
    uint64_t total = total_reductions(PROC(bp)), since = total - atomic_exchange(last, total);
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

/* ---- quiescent points, stopping ---------------------------------------------- */

static void release(Proc *p);

/* s holds no Proc pointer from an earlier lookup: it says so, and frees
   the processes every scheduler has let go of.  (Reading the period
   with acquire orders s's later lookups after the removals it ended;
   publishing with release orders s's earlier uses before the free.) */
static void quiescent(Sched *s) {
  uint64_t g = atomic_load_explicit(&grace, memory_order_acquire);
  if (atomic_load_explicit(&s->seen, memory_order_relaxed) != g)
    atomic_store_explicit(&s->seen, g, memory_order_release);
  if (s->limbo == NULL) return;
  uint64_t least = UINT64_MAX;
  for (unsigned i = 0; i < n_scheds; i++) {
    uint64_t v = atomic_load(&scheds[i].seen);
    if (v != 0 && v < least) least = v;
  }
  while (s->limbo != NULL && s->limbo->retired <= least) {
    Proc *p = s->limbo;
    s->limbo = p->rq_next;
    release(p);
  }
  if (s->limbo == NULL) s->limbo_last = &s->limbo;
}

/* p has ended and left the table: s frees it after a grace period. */
static void retire(Sched *s, Proc *p) {
  p->retired = atomic_fetch_add(&grace, 1) + 1;
  p->rq_next = NULL;
  *s->limbo_last = p;
  s->limbo_last = &p->rq_next;
}

/* Stops the calling scheduler for good (the program is ending). */
static _Noreturn void park(Sched *s) {
  atomic_store(&s->seen, 0);
  thr_lock(&idle_lock);
  atomic_fetch_add(&parked, 1);
  thr_broadcast(&wake);
  for (;;) thr_wait(&wake, &idle_lock, -1);
}

void sched_stop(void) {
  if (!started) return;
  atomic_store(&stopping, true);
  int64_t until = os_monotonic_ns() + 1000000000; /* a BIF that runs on */
  thr_lock(&idle_lock);
  thr_broadcast(&wake);
  while (atomic_load(&parked) < n_scheds - 1 && os_monotonic_ns() < until)
    thr_wait(&wake, &idle_lock, until);
  thr_unlock(&idle_lock);
}

/* Whether the running process must leave its slice now: another process
   waits to look at it, an exit signal ended it meanwhile, or signals
   wait for it (an exit signal among them takes effect at once). */
static bool must_leave(Proc *p) {
  return atomic_load_explicit(&p->wanted, memory_order_relaxed) ||
         p->exit_reason != BEAM_NONV || mbox_pending(p);
}

/* An exhausted slice ends only when someone else could run; a reduction
   check is a quiescent point. */
int beam_should_yield(BeamProc *bp, char *frame) {
  if (frame < bp->cstack_limit) return 1;
  Sched *s = here();
  if (atomic_load_explicit(&stopping, memory_order_relaxed)) park(s);
  if (atomic_load_explicit(&s->len, memory_order_relaxed) > 0 || must_leave(PROC(bp)) ||
      atomic_load_explicit(&s->nudged, memory_order_relaxed) || timers_due())
    return 1;
  uint64_t spent = (uint64_t)(SCHED_SLICE - bp->fcalls);
  PROC(bp)->reductions += spent;
  add(&s->reductions, spent);
  bp->fcalls = SCHED_SLICE;
  quiescent(s);
  return 0;
}

/* ---- looking at another process ------------------------------------------ */

bool sched_try_hold(Proc *p) {
  int v = HEAP_FREE;
  if (atomic_compare_exchange_strong(&p->heap_held, &v, HEAP_HELD)) return true;
  v = HEAP_LENT;
  return atomic_compare_exchange_strong(&p->heap_held, &v, HEAP_LENT_TAKEN);
}

Proc *sched_hold(Proc *me, BeamTerm pid) {
  bool lent = false;
  Proc *p;
  while ((p = ptab_lookup(pid)) != NULL && p != me && !sched_try_hold(p)) {
    /* p runs (or looks at another): it yields at its next reduction
       check; meanwhile me lends its heap, so that two processes that
       look at each other do not wait for ever */
    atomic_store_explicit(&p->wanted, true, memory_order_relaxed);
    if (!lent) atomic_store_explicit(&me->heap_held, HEAP_LENT, memory_order_release);
    lent = true;
    if (atomic_load_explicit(&stopping, memory_order_relaxed)) park(here());
    thr_pause();
  }
  if (p != NULL && p != me) atomic_store_explicit(&p->wanted, false, memory_order_relaxed);
  for (int v = HEAP_LENT; lent && !atomic_compare_exchange_weak(&me->heap_held, &v, HEAP_HELD);)
    v = HEAP_LENT;
  return p;
}

void sched_release(Proc *me, Proc *p) {
  if (p == NULL || p == me) return;
  int v = HEAP_LENT_TAKEN;
  if (!atomic_compare_exchange_strong(&p->heap_held, &v, HEAP_LENT)) proc_heap_give(p);
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
  p->dict = p->result = p->bs_error_info = BEAM_NIL;
  p->exit_reason = BEAM_NONV;
  p->prio = o ? o->prio : PRIO_NORMAL;
  p->xsave = p->xsave_inline;
  p->xsave_cap = 4;
  p->mq_last = p->mq_save = &p->mq_first;
  p->pub.x = here()->x;
  atomic_init(&p->heap_held, HEAP_HELD); /* until its arguments are copied */
  return p;
}

/* sched_spawn's process, not queued. */
static Proc *make(Proc *parent, const BeamResume *start, const BeamTerm *args,
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
  for (unsigned i = 0; i < nargs; i++) p->xsave[i] = copy_term(args[i], &hp, &p->bins);
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
  if (o && o->monitor && parent) {
    sig_add_monitor(p, (Monitor){o->monitor_ref, parent->pid, 0, false});
    sig_add_monitor(parent, (Monitor){o->monitor_ref, p->pid, 0, true});
  }
  atomic_store_explicit(&p->active, 1, memory_order_relaxed);
  proc_heap_give(p);
  return p;
}

Proc *sched_spawn(Proc *parent, const BeamResume *start, const BeamTerm *args,
                  unsigned nargs, BeamTerm mod, BeamTerm fun, unsigned arity,
                  const SpawnOpts *o) {
  Proc *p = make(parent, start, args, nargs, mod, fun, arity, o);
  if (p != NULL) enqueue(here(), p, false);
  return p;
}

Proc *sched_spawn_code(Proc *parent, BeamCode code, unsigned nargs, BeamTerm mod,
                       BeamTerm fun) {
  BeamResume *start = os_alloc(sizeof *start, "process");
  *start = (BeamResume){code, 0, BEAM_RESUME_CP, 0, nargs, NULL, {0, 0}};
  Proc *p = make(parent, start, NULL, 0, mod, fun, nargs, NULL);
  if (p == NULL) os_fatal("beamrt: no room for the first process\n");
  p->start = start;
  p->nxsave = nargs;
  for (unsigned i = 0; i < nargs; i++) p->xsave[i] = BEAM_NIL;
  return p;
}

/* Frees p (ended, retired, and let go of by every scheduler). */
static void release(Proc *p) {
  mbox_free(p);
  gc_free(p);
  if (p->xsave != p->xsave_inline) os_free(p->xsave);
  os_free(p->links);
  os_free(p->mons);
  os_free(p->start);
  os_free(p);
}

void sched_free(Proc *p) { retire(here(), p); }

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
    enqueue(s, p, true);
    return;
  }
  atomic_store_explicit(&p->state, PROC_WAITING, memory_order_relaxed);
  atomic_store_explicit(&p->active, 0, memory_order_seq_cst);
  if (mbox_pending(p)) sched_wake(p);
}

/* p has ended on s: a first process is its caller's (sched_run_until
   on scheduler 0, woken if it sleeps), any other is retired. */
static void ended(Sched *s, Proc *p) {
  bool first = p->start != NULL; /* read before p may be its caller's */
  p->state = PROC_EXITED;
  if (!first) {
    retire(s, p);
    return;
  }
  atomic_store(&scheds[0].nudged, true);
  wake_idle(true);
}

enum { ENDS, YIELDS, WAITS }; /* how a slice ends */

/* Runs p for one slice, or until it waits or ends; an ended process
   keeps its heap held (it is freed, or its caller's). */
static void run_slice(Sched *s, Proc *p) {
  BeamProc *bp = &p->pub;
  char base;
  int out = ENDS;
  s->current = p;
  add(&s->switches, 1);
  proc_heap_take(p);
  atomic_store_explicit(&p->state, PROC_RUNNING, memory_order_relaxed);
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
  add(&s->reductions, spent);
  s->current = NULL;
  if (out != ENDS) switch_out(s, p, out == WAITS);
  else ended(s, p);
}

/* Whether s has work to take, of its own or from another. */
static bool work_for(const Sched *s) {
  for (unsigned i = 0; i < n_scheds; i++)
    if (takes_from(s, &scheds[i])) return true;
  return false;
}

/* Nothing to run: sleeps until the next timer, a push, or the end of the
   target (for ever without them: every process waits for a message
   nobody will send, as erl would). */
static void idle(Sched *s, Proc *target) {
  thr_lock(&idle_lock);
  atomic_fetch_add(&sleeping, 1);
  atomic_store(&s->seen, 0);
  if (!work_for(s) && !atomic_load(&stopping) &&
      (target == NULL || target->state != PROC_EXITED)) {
    int64_t next = tmr_next();
    if (next < 0 || next > os_monotonic_ns()) thr_wait(&wake, &idle_lock, next);
  }
  atomic_fetch_sub(&sleeping, 1);
  thr_unlock(&idle_lock);
}

/* Runs processes on s until target has ended (for ever for NULL). */
static void loop(Sched *s, Proc *target) {
  for (;;) {
    if (atomic_load_explicit(&s->nudged, memory_order_relaxed))
      atomic_store(&s->nudged, false); /* before the look at the target */
    if (target != NULL && target->state == PROC_EXITED) break;
    quiescent(s);
    if (atomic_load_explicit(&stopping, memory_order_relaxed)) park(s);
    if (timers_due()) tmr_run_due(os_monotonic_ns());
    Proc *p = next_proc(s);
    if (p == NULL) idle(s, target);
    else run_slice(s, p);
  }
}

static void *thread_main(void *arg) {
  Sched *s = self = arg;
  cstack_attach(&s->cstack);
  loop(s, NULL);
  return NULL;
}

/* The other schedulers' threads, the first time. */
static void start_threads(void) {
  if (started) return;
  started = true;
  for (unsigned i = 1; i < n_scheds; i++)
    if (!thr_start(&scheds[i].thread, thread_main, &scheds[i]))
      os_fatal("beamrt: the system gives no thread for scheduler %u of %u\n", i + 1, n_scheds);
}

void sched_run_until(Proc *target) {
  Sched *s = self = &scheds[0];
  start_threads();
  enqueue(s, target, false);
  loop(s, target);
  atomic_store(&s->seen, 0); /* quiescent while its caller has it */
}

BeamTerm beam_bad_entry(BeamProc *p, unsigned entry) {
  (void)p;
  os_panic("beamrt: internal error: resumed at unknown entry %u\n", entry);
}
