/*
** call.h — the export table and runtime-dispatched calls (prefix call_).
*/
#ifndef BEAMRT_CALL_H
#define BEAMRT_CALL_H

#include "beamrt.h"

/* Builds the export table from the NULL-terminated module list, the BIF
   table and erlang:apply/2,3.  Called once, before any process runs. */
void call_init(const BeamModule *const *mods);
/* The code of M:F/A, or NULL. */
BeamCode call_lookup(BeamTerm m, BeamTerm f, unsigned a);
/* The module record of a module linked in, or NULL. */
const BeamModule *call_module(BeamTerm name);
/* The i-th module linked in (from 0, in link order, unloaded ones
   included), or NULL past the last. */
const BeamModule *call_module_at(size_t i);
/* Takes module `name` out, as erl does with a module whose on_load
   failed: its functions leave the export table (apply, M:F(...) with a
   variable M and fun M:F/A raise undef) and call_module no longer finds
   it.  Calls compiled into other modules still reach its code. */
void call_unload(BeamTerm name);

#endif
