/*
** registry.h — the name registry (prefix reg_): register/2,
** unregister/1, whereis/1 and registered/0 (the BIFs are in registry.c).
*/
#ifndef BEAMRT_REGISTRY_H
#define BEAMRT_REGISTRY_H

#include "proc.h"

/* The live process registered as name, or NULL. */
Proc *reg_whereis(BeamTerm name);
/* Registers p, which has no name, as name, which is free. */
void reg_add(BeamTerm name, Proc *p);
/* Forgets name (its process is ending). */
void reg_remove(BeamTerm name);

#endif
