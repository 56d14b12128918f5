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
/* The number erl prints in the middle of <0.N.0> for pid. */
size_t ptab_pid_number(BeamTerm pid);

#endif
