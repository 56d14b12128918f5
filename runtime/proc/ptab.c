/*
** ptab.c — the process table (ptab.h).
**
** One array of PTAB_SIZE slots, allocated zeroed on first use (the pages
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
static size_t used, cursor;

bool ptab_insert(Proc *p) {
  if (slots == NULL) {
    slots = os_alloc_zeroed(PTAB_SIZE, sizeof *slots, "process table");
    serials = os_alloc_zeroed(PTAB_SIZE, sizeof *serials, "process table");
  }
  if (used == PTAB_SIZE) return false;
  while (slots[cursor] != NULL) cursor = (cursor + 1) % PTAB_SIZE;
  size_t slot = cursor;
  cursor = (cursor + 1) % PTAB_SIZE;
  /* serials wrap within what a pid immediate holds on 32-bit targets */
  uint64_t limit = ((uint64_t)1 << (BEAM_SMALL_BITS - 19)) - 1;
  uint32_t serial = (uint32_t)((serials[slot] + 1u) & (limit < UINT32_MAX ? limit : UINT32_MAX));
  serials[slot] = serial;
  slots[slot] = p;
  used++;
  p->pid = (BeamTerm)((size_t)serial * PTAB_SIZE + slot) << 4 | BEAM_TAG_PID;
  return true;
}

Proc *ptab_lookup(BeamTerm pid) {
  if (!BEAM_IS_PID(pid) || slots == NULL) return NULL;
  Proc *p = slots[PID_NUMBER(pid) % PTAB_SIZE];
  return p != NULL && p->pid == pid ? p : NULL;
}

void ptab_remove(Proc *p) {
  size_t slot = PID_NUMBER(p->pid) % PTAB_SIZE;
  if (slots != NULL && slots[slot] == p) {
    slots[slot] = NULL;
    used--;
  }
}

size_t ptab_count(void) { return used; }

Proc *ptab_next(size_t *slot) {
  for (; slots != NULL && *slot < PTAB_SIZE; ++*slot)
    if (slots[*slot] != NULL) return slots[(*slot)++];
  return NULL;
}

size_t ptab_pid_number(BeamTerm pid) { return PID_NUMBER(pid); }
