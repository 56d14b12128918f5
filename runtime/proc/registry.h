/*
** registry.h — the name registry (prefix reg_): register/2,
** unregister/1, whereis/1 and registered/0 (the BIFs are in registry.c).
*/
#ifndef BEAMRT_REGISTRY_H
#define BEAMRT_REGISTRY_H

#include "proc.h"

/* Start-up. */
void reg_init(void);
/* The pid registered as name, or BEAM_NONV.  A pid, not a Proc: every
   way to a process goes through ptab_lookup, the one place that will
   keep it alive while it is used (with SMP schedulers). */
BeamTerm reg_whereis(BeamTerm name);
/* Registers p, which has no name, as name, which is free (start-up). */
void reg_add(BeamTerm name, Proc *p);
/* p is ending: its name (if any) is forgotten, and it can take none. */
void reg_leave(Proc *p);
/* The name p is registered as, or 0. */
BeamTerm reg_name_of(const Proc *p);

#endif
