/*
** ptab.h — the process table (prefix ptab_): pids to processes.
**
** A pid is an immediate whose number is serial * PTAB_SIZE + slot: the
** slot finds the process at once, and the serial makes a pid of a dead
** process miss when its slot is taken again.  The table holds at most
** PTAB_SIZE processes, erl's default process_limit.
*/
#ifndef BEAMRT_PTAB_H
#define BEAMRT_PTAB_H

#include <stddef.h>

#include "proc.h"

#define PTAB_SIZE 262144

/* Gives p a pid and enters it; false when the table is full. */
bool ptab_insert(Proc *p);
/* The process a pid names, or NULL when it is not alive. */
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
