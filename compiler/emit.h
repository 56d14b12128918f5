/*
** emit.h — IR to C: the translator's back end.
**
** emit_module writes one C file for one module: its atoms (weak records),
** its literals (static data), for each Erlang function its uniform entry
** (the BeamCode signature of include/beamrt.h) and its direct entry (the
** function's own arguments only), the resume descriptors those functions
** push, and the module's BeamModule record.  docs/ARCHITECTURE.md
** describes the code shape.  This is the emitter's public interface;
** emit_ctx.h describes its three files and how they depend on each other.
*/
#ifndef BEAMC_EMIT_H
#define BEAMC_EMIT_H

#include <stdbool.h>
#include <stdio.h>

#include "bifs.h" /* the driver looks BIFs up through this header */
#include "ir.h"

typedef struct EmitOptions {
  bool gc_stress;        /* collect at every heap test */
  bool line_directives;  /* #line directives to the Erlang source */
  const char *source;    /* the input file, for the header comment */
} EmitOptions;

/* Writes C for m to out; warnings (unsupported instructions, unknown
   BIFs) go to warn, one line each, prefixed with the source name.
   Returns the number of warnings. */
int emit_module(FILE *out, FILE *warn, const IrModule *m,
                const EmitOptions *o);

/* Writes the parameter list of a direct-call entry of that arity. */
void emit_direct_params(FILE *out, unsigned arity);
/* Writes the C symbol of a module's BeamModule record. */
void emit_module_symbol(FILE *out, const CTerm *mod);

#endif
