/*
** registry.h — the name registry (prefix reg_): register/2,
** unregister/1, whereis/1 and registered/0 (the BIFs are in registry.c).
*/
#ifndef BEAMRT_REGISTRY_H
#define BEAMRT_REGISTRY_H

#include "proc.h"

/* The pid registered as name, or BEAM_NONV.  A pid, not a Proc: every
   way to a process goes through ptab_lookup, the one place that will
   keep it alive while it is used (with SMP schedulers). */
BeamTerm reg_whereis(BeamTerm name);
/* Registers p, which has no name, as name, which is free. */
void reg_add(BeamTerm name, Proc *p);
/* Forgets name and its process's knowledge of it (unregister/1, or the
   process is ending). */
void reg_remove(BeamTerm name);

#endif
