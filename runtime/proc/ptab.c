/*
** ptab.c — the process table (ptab.h).
**
** One array of `size` slots, allocated zeroed at start-up (the pages
** of unused slots are never touched).  A new process takes the next free
** slot after the last one given, so slots are reused as late as possible,
** and its serial is one more than the slot's last.  Insertions and
** removals take the table's lock; lookups only load the slot (atomic:
** a process is published with its pid set).  A Proc a lookup returned
** stays valid until the caller's scheduler passes its next quiescent
** point (sched.c frees ended processes only after every scheduler has).
*/
#include "ptab.h"

#include "os/os.h"

#define PID_NUMBER(pid) ((size_t)((pid) >> 4))

static OsMutex lock;           /* over insertions and removals */
static _Atomic(Proc *) *slots;
static uint32_t *serials;
static size_t size = PTAB_DEFAULT, cursor;
static _Atomic size_t used;
static uint32_t serial_mask;  /* serials wrap within what a pid holds */

void ptab_init(size_t limit) {
  /* a pid number has BEAM_SMALL_BITS - 1 bits: keep 4 for the serial */
  size_t most = ((size_t)1 << (BEAM_SMALL_BITS - 5)) - 1;
  if (most > PTAB_MAX) most = PTAB_MAX;
  size = limit < PTAB_MIN ? PTAB_MIN : limit > most ? most : limit;
  thr_mutex_init(&lock);
  slots = os_alloc_zeroed(size, sizeof *slots, "process table");
  serials = os_alloc_zeroed(size, sizeof *serials, "process table");
  uint64_t numbers = (uint64_t)1 << (BEAM_SMALL_BITS - 1);
  uint64_t m = numbers / size - 1;
  serial_mask = (uint32_t)(m < UINT32_MAX ? m : UINT32_MAX);
}

size_t ptab_limit(void) { return size; }

static Proc *slot_load(size_t i) {
  return atomic_load_explicit(&slots[i], memory_order_acquire);
}

bool ptab_insert(Proc *p) {
  thr_lock(&lock);
  bool room = used < size;
  if (room) {
    while (slot_load(cursor) != NULL) cursor = (cursor + 1) % size;
    size_t slot = cursor;
    cursor = (cursor + 1) % size;
    uint32_t serial = (serials[slot] + 1u) & serial_mask;
    serials[slot] = serial;
    p->pid = (BeamTerm)((uint64_t)serial * size + slot) << 4 | BEAM_TAG_PID;
    atomic_store_explicit(&slots[slot], p, memory_order_release);
    used++;
  }
  thr_unlock(&lock);
  return room;
}

Proc *ptab_lookup(BeamTerm pid) {
  if (!BEAM_IS_PID(pid) || slots == NULL) return NULL;
  Proc *p = slot_load(PID_NUMBER(pid) % size);
  return p != NULL && p->pid == pid ? p : NULL;
}

void ptab_remove(Proc *p) {
  size_t slot = PID_NUMBER(p->pid) % size;
  thr_lock(&lock);
  if (slots != NULL && slot_load(slot) == p) {
    atomic_store_explicit(&slots[slot], NULL, memory_order_release);
    used--;
  }
  thr_unlock(&lock);
}

size_t ptab_count(void) { return used; }

Proc *ptab_next(size_t *slot) {
  for (; slots != NULL && *slot < size; ++*slot) {
    Proc *p = slot_load(*slot);
    if (p != NULL) {
      ++*slot;
      return p;
    }
  }
  return NULL;
}

