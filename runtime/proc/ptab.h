/*
** ptab.h — the process table (prefix ptab_): pids to processes.
**
** A pid is an immediate whose number is serial * PTAB_SIZE + slot: the
** slot finds the process at once, and the serial makes a pid of a dead
** process miss when its slot is taken again.  The table holds at most
** ptab_limit() processes: PTAB_DEFAULT (erl's default process_limit)
** unless ptab_init chose another size.
*/
#ifndef BEAMRT_PTAB_H
#define BEAMRT_PTAB_H

#include <stddef.h>
#include <stdint.h>

#include "proc.h"

#define PTAB_DEFAULT 262144
#define PTAB_MIN 1024
#define PTAB_MAX 134217727  /* erl's largest +P */

/* Makes the table with `limit` slots (clamped to PTAB_MIN..PTAB_MAX,
   and to what a pid holds on a 32-bit target), at start-up. */
void ptab_init(size_t limit);
/* The most processes that can live at once. */
size_t ptab_limit(void);

/* Gives p a pid and enters it; false when the table is full. */
bool ptab_insert(Proc *p);
/* The process a pid names, or NULL when it is not alive; valid until
   the caller's scheduler passes a quiescent point (sched.h). */
Proc *ptab_lookup(BeamTerm pid);
/* Takes p out: its pid names nothing from now on. */
void ptab_remove(Proc *p);
/* Processes in the table. */
size_t ptab_count(void);
/* The live process in the first used slot at or after *slot, or NULL;
   *slot moves past it. */
Proc *ptab_next(size_t *slot);
/*
** erl's parts of a pid: beamc's pid number is erl's 28-bit pid data, a
** number of 15 bits and a serial of 13 above it, <0.Number.Serial> as
** text and in the external format (a pid of more than 2^28 spawns has a
** serial erl cannot hold).  The pid whose parts those are, when they fit
** erl's widths, is ptab_pid_of's.
*/
#define PTAB_NUMBER_BITS 15
#define PTAB_SERIAL_BITS 13

static inline uint32_t ptab_erl_number(BeamTerm pid) {
  return (uint32_t)(pid >> 4) & ((UINT32_C(1) << PTAB_NUMBER_BITS) - 1);
}
static inline uint64_t ptab_erl_serial(BeamTerm pid) {
  return (uint64_t)(pid >> 4) >> PTAB_NUMBER_BITS;
}
static inline BeamTerm ptab_pid_of(uint32_t number, uint32_t serial) {
  return (BeamTerm)((uint32_t)serial << PTAB_NUMBER_BITS | number) << 4 | BEAM_TAG_PID;
}

#endif
