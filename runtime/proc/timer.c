/*
** timer.c — timers (timer.h).
**
** A binary min-heap of the pending timers ordered by due time (ties by
** id, so timers set for the same time fire in the order they were set),
** and a hash table from id to timer for cancel and read.  Each timer
** knows its place in the heap, so cancelling one is O(log n).  Only the
** scheduler thread touches them today; the SMP schedulers will give each
** scheduler its own.
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
#include "signal.h"

typedef struct Timer {
  int64_t when;
  uint64_t id;
  size_t pos;            /* index in the heap */
  struct Timer *hnext;   /* hash chain */
  BeamTerm dest;         /* a pid or a registered name */
  HeapFrag *msg;         /* the message; NULL: a receive timeout */
} Timer;

static Timer **heap;
static size_t n_heap, heap_cap;
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

static void heap_remove(Timer *t) {
  size_t i = t->pos;
  Timer *last = heap[--n_heap];
  if (i == n_heap) return;
  place(i, last);
  sift_up(i);
  sift_down(last->pos);
}

static uint64_t add(uint64_t id, int64_t when, BeamTerm dest, HeapFrag *m) {
  Timer *t = os_alloc(sizeof *t, "timer");
  *t = (Timer){when, id, 0, NULL, dest, m};
  if (n_heap == heap_cap) {
    heap_cap = heap_cap ? 2 * heap_cap : 64;
    heap = os_realloc(heap, heap_cap * sizeof *heap, "timers");
  }
  place(n_heap++, t);
  sift_up(n_heap - 1);
  table_put(t);
  return t->id;
}

/* ---- the interface --------------------------------------------------------- */

void tmr_add(uint64_t id, int64_t when, BeamTerm dest, HeapFrag *m) {
  add(id, when, dest, m);
}

int64_t tmr_from_monotonic_ms(int64_t ms) {
  if (ms > INT64_MAX / 1000000 || ms < INT64_MIN / 1000000) return -1;
  return bif_time_os_ns(ms * 1000000);
}

int64_t tmr_cancel(uint64_t id) {
  Timer *t = table_take(id);
  if (t == NULL) return -1;
  heap_remove(t);
  int64_t left = t->when - os_monotonic_ns();
  os_free(t->msg);
  os_free(t);
  return left > 0 ? left : 0;
}

void tmr_cancel_to(BeamTerm pid) {
  for (size_t i = 0; i < n_heap;) {
    Timer *t = heap[i];
    if (t->msg != NULL && t->dest == pid) tmr_cancel(t->id); /* moves another to i */
    else i++;
  }
}

int64_t tmr_read(uint64_t id) {
  Timer *t = table_get(id);
  if (t == NULL) return -1;
  int64_t left = t->when - os_monotonic_ns();
  return left > 0 ? left : 0;
}

int tmr_start_receive(Proc *p, BeamTerm timeout) {
  if (timeout == ATOM_INFINITY) return BEAM_WAIT_SUSPEND;
  int64_t ms; /* erl's limit, a small or not on this target */
  if (!int_to_int64(timeout, &ms) || ms < 0 || ms > (int64_t)0xFFFFFFFF) return BEAM_WAIT_BADARG;
  if (ms == 0) return BEAM_WAIT_TIMEOUT;
  p->recv_timer = add(ref_new_id(), os_monotonic_ns() + (int64_t)ms * 1000000, p->pid, NULL);
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

void tmr_run_due(int64_t now) {
  while (n_heap > 0 && heap[0]->when <= now) {
    Timer *t = heap[0];
    heap_remove(t);
    table_take(t->id);
    fire(t);
  }
}

int64_t tmr_next(void) { return n_heap ? heap[0]->when : -1; }
