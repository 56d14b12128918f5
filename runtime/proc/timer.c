/*
** timer.c — timers (timer.h).
**
** A binary min-heap of the pending timers ordered by due time (ties by
** id, so timers set for the same time fire in the order they were set),
** and a hash table from id to timer for cancel and read.  Each timer
** knows its place in the heap, so cancelling one is O(log n).  One lock
** guards both (every function of timer.h takes it; none calls out of
** this file while holding it: due timers are taken out under the lock
** and fired after it), so any scheduler thread may set, cancel, read and
** fire timers.
*/
#include "timer.h"

#include "atoms_gen.h"
#include "bif.h"
#include "integer.h"
#include "mailbox.h"
#include "os/os.h"
#include "ptab.h"
#include "ref.h"
#include "registry.h"
#include "sched.h"
#include "signal.h"

typedef struct Timer {
  int64_t when;
  uint64_t id;
  size_t pos;            /* index in the heap */
  struct Timer *hnext;   /* hash chain */
  BeamTerm dest;         /* a pid or a registered name */
  HeapFrag *msg;         /* the message; NULL: a receive timeout */
} Timer;

static OsMutex lock;
static OsMutex firing;   /* held by the one scheduler firing due timers */
static Timer **heap;
static size_t n_heap, heap_cap;
static _Atomic int64_t next_due = -1; /* heap[0]->when, or -1: read
                                          without the lock (tmr_next) */
static Timer **table;    /* hash buckets, a power of two of them */
static size_t table_cap, n_table;

/* ---- the hash table ---------------------------------------------------- */

static size_t bucket(uint64_t id) {
  return (size_t)(id * 0x9E3779B97F4A7C15u >> 20) & (table_cap - 1);
}

static void table_grow(void) {
  size_t old_cap = table_cap;
  Timer **old = table;
  table_cap = old_cap ? old_cap * 2 : 64;
  table = os_alloc_zeroed(table_cap, sizeof *table, "timers");
  for (size_t i = 0; i < old_cap; i++)
    for (Timer *t = old[i], *n; t != NULL; t = n) {
      n = t->hnext;
      t->hnext = table[bucket(t->id)];
      table[bucket(t->id)] = t;
    }
  os_free(old);
}

static void table_put(Timer *t) {
  if (n_table >= table_cap) table_grow();
  t->hnext = table[bucket(t->id)];
  table[bucket(t->id)] = t;
  n_table++;
}

/* The timer of id taken out of the table, or NULL. */
static Timer *table_take(uint64_t id) {
  if (table_cap == 0) return NULL;
  for (Timer **l = &table[bucket(id)]; *l != NULL; l = &(*l)->hnext)
    if ((*l)->id == id) {
      Timer *t = *l;
      *l = t->hnext;
      n_table--;
      return t;
    }
  return NULL;
}

static Timer *table_get(uint64_t id) {
  if (table_cap == 0) return NULL;
  for (Timer *t = table[bucket(id)]; t != NULL; t = t->hnext)
    if (t->id == id) return t;
  return NULL;
}

/* ---- the heap ------------------------------------------------------------ */

static bool before(const Timer *a, const Timer *b) {
  return a->when < b->when || (a->when == b->when && a->id < b->id);
}

static void place(size_t i, Timer *t) {
  heap[i] = t;
  t->pos = i;
}

static void sift_up(size_t i) {
  Timer *t = heap[i];
  while (i > 0 && before(t, heap[(i - 1) / 2])) {
    place(i, heap[(i - 1) / 2]);
    i = (i - 1) / 2;
  }
  place(i, t);
}

static void sift_down(size_t i) {
  Timer *t = heap[i];
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= n_heap) break;
    if (c + 1 < n_heap && before(heap[c + 1], heap[c])) c++;
    if (!before(heap[c], t)) break;
    place(i, heap[c]);
    i = c;
  }
  place(i, t);
}

/* Publishes the heap's first due time (the lock held). */
static void publish(void) {
  atomic_store_explicit(&next_due, n_heap ? heap[0]->when : -1, memory_order_release);
}

static void heap_remove(Timer *t) {
  size_t i = t->pos;
  Timer *last = heap[--n_heap];
  if (i != n_heap) {
    place(i, last);
    sift_up(i);
    sift_down(last->pos);
  }
  publish();
}

/* Sets a timer (the lock held): true when it is due before every other. */
static bool add(uint64_t id, int64_t when, BeamTerm dest, HeapFrag *m) {
  Timer *t = os_alloc(sizeof *t, "timer");
  *t = (Timer){when, id, 0, NULL, dest, m};
  if (n_heap == heap_cap) {
    heap_cap = heap_cap ? 2 * heap_cap : 64;
    heap = os_realloc(heap, heap_cap * sizeof *heap, "timers");
  }
  place(n_heap++, t);
  sift_up(n_heap - 1);
  publish();
  table_put(t);
  return t->pos == 0;
}

/* ---- the interface --------------------------------------------------------- */

void tmr_init(void) {
  thr_mutex_init(&lock);
  thr_mutex_init(&firing);
}

void tmr_add(uint64_t id, int64_t when, BeamTerm dest, HeapFrag *m) {
  thr_lock(&lock);
  bool first = add(id, when, dest, m);
  thr_unlock(&lock);
  if (first) sched_timer_set();
}

int64_t tmr_from_monotonic_ms(int64_t ms) {
  if (ms > INT64_MAX / 1000000 || ms < INT64_MIN / 1000000) return -1;
  return bif_time_os_ns(ms * 1000000);
}

/* Takes timer t out of the heap and the table, and frees it (the lock
   held). */
static void drop(Timer *t) {
  table_take(t->id);
  heap_remove(t);
  os_free(t->msg);
  os_free(t);
}

/* What is left of timer t (the lock held): ns, 0 when due. */
static int64_t left_of(const Timer *t) {
  int64_t left = t->when - os_monotonic_ns();
  return left > 0 ? left : 0;
}

int64_t tmr_cancel(uint64_t id) {
  thr_lock(&lock);
  Timer *t = table_get(id);
  int64_t left = -1;
  if (t != NULL) {
    left = left_of(t);
    drop(t);
  }
  thr_unlock(&lock);
  return left;
}

void tmr_cancel_to(BeamTerm pid) {
  thr_lock(&lock);
  for (size_t i = 0; i < n_heap;) {
    Timer *t = heap[i];
    if (t->msg != NULL && t->dest == pid) drop(t); /* moves another to i */
    else i++;
  }
  thr_unlock(&lock);
}

int64_t tmr_read(uint64_t id) {
  thr_lock(&lock);
  Timer *t = table_get(id);
  int64_t left = t ? left_of(t) : -1;
  thr_unlock(&lock);
  return left;
}

int tmr_start_receive(Proc *p, BeamTerm timeout) {
  if (timeout == ATOM_INFINITY) return BEAM_WAIT_SUSPEND;
  int64_t ms; /* erl's limit, a small or not on this target */
  if (!int_to_int64(timeout, &ms) || ms < 0 || ms > (int64_t)0xFFFFFFFF) return BEAM_WAIT_BADARG;
  if (ms == 0) return BEAM_WAIT_TIMEOUT;
  uint64_t id = ref_new_id();
  thr_lock(&lock);
  bool first = add(id, os_monotonic_ns() + ms * 1000000, p->pid, NULL);
  thr_unlock(&lock);
  p->recv_timer = id;
  if (first) sched_timer_set();
  return BEAM_WAIT_SUSPEND;
}

void tmr_cancel_receive(Proc *p) {
  tmr_cancel(p->recv_timer);
  p->recv_timer = 0;
}

static void fire(Timer *t) {
  if (t->msg == NULL) {
    sig_send(0, t->dest, SIG_TIMEOUT, t->id, 0);
  } else {
    Proc *to = ptab_lookup(BEAM_IS_ATOM(t->dest) ? reg_whereis(t->dest) : t->dest);
    if (to == NULL || !mbox_push(to, t->msg)) os_free(t->msg);
  }
  os_free(t);
}

/* The first timer if it is due by now, taken out; else NULL. */
static Timer *take_due(int64_t now) {
  thr_lock(&lock);
  Timer *t = n_heap > 0 && heap[0]->when <= now ? heap[0] : NULL;
  if (t != NULL) {
    heap_remove(t);
    table_take(t->id);
  }
  thr_unlock(&lock);
  return t;
}

/* One scheduler at a time fires, so due timers fire in their order (two
   firing at once could deliver a later timer's message first); another
   that finds it busy leaves the due ones to it. */
void tmr_run_due(int64_t now) {
  if (!thr_trylock(&firing)) return;
  for (Timer *t; (t = take_due(now)) != NULL;) fire(t);
  thr_unlock(&firing);
}

int64_t tmr_next(void) { return atomic_load_explicit(&next_due, memory_order_acquire); }
