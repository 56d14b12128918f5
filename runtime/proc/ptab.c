/*
** ptab.c — the process table (ptab.h).
**
** One array of `size` slots, allocated zeroed on first use (the pages
** of unused slots are never touched).  A new process takes the next free
** slot after the last one given, so slots are reused as late as possible,
** and its serial is one more than the slot's last.  Only the scheduler
** thread changes the table today; the SMP schedulers will make the slot
** words atomic.
*/
#include "ptab.h"

#include "os/os.h"

#define PID_NUMBER(pid) ((size_t)((pid) >> 4))

static Proc **slots;
static uint32_t *serials;
static size_t size = PTAB_DEFAULT, used, cursor;
static uint32_t serial_mask;  /* serials wrap within what a pid holds */

void ptab_init(size_t limit) {
  /* a pid number has BEAM_SMALL_BITS - 1 bits: keep 4 for the serial */
  size_t most = ((size_t)1 << (BEAM_SMALL_BITS - 5)) - 1;
  if (most > PTAB_MAX) most = PTAB_MAX;
  size = limit < PTAB_MIN ? PTAB_MIN : limit > most ? most : limit;
}

size_t ptab_limit(void) { return size; }

bool ptab_insert(Proc *p) {
  if (slots == NULL) {
    slots = os_alloc_zeroed(size, sizeof *slots, "process table");
    serials = os_alloc_zeroed(size, sizeof *serials, "process table");
    uint64_t numbers = (uint64_t)1 << (BEAM_SMALL_BITS - 1);
    uint64_t m = numbers / size - 1;
    serial_mask = (uint32_t)(m < UINT32_MAX ? m : UINT32_MAX);
  }
  if (used == size) return false;
  while (slots[cursor] != NULL) cursor = (cursor + 1) % size;
  size_t slot = cursor;
  cursor = (cursor + 1) % size;
  uint32_t serial = (serials[slot] + 1u) & serial_mask;
  serials[slot] = serial;
  slots[slot] = p;
  used++;
  p->pid = (BeamTerm)((uint64_t)serial * size + slot) << 4 | BEAM_TAG_PID;
  return true;
}

Proc *ptab_lookup(BeamTerm pid) {
  if (!BEAM_IS_PID(pid) || slots == NULL) return NULL;
  Proc *p = slots[PID_NUMBER(pid) % size];
  return p != NULL && p->pid == pid ? p : NULL;
}

void ptab_remove(Proc *p) {
  size_t slot = PID_NUMBER(p->pid) % size;
  if (slots != NULL && slots[slot] == p) {
    slots[slot] = NULL;
    used--;
  }
}

size_t ptab_count(void) { return used; }

Proc *ptab_next(size_t *slot) {
  for (; slots != NULL && *slot < size; ++*slot)
    if (slots[*slot] != NULL) return slots[(*slot)++];
  return NULL;
}

size_t ptab_pid_number(BeamTerm pid) { return PID_NUMBER(pid); }
