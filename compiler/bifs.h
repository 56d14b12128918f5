/*
** bifs.h — the translator's table of the runtime's BIFs.
**
** bif_table is generated from runtime/bif.tab (gen-bifs.awk writes
** bifs_gen.c), the same table the runtime's BIF prototypes and wrappers
** come from, so an index here is the runtime's BIF number.  A call of an
** import found here compiles to a direct call of beam_bif_<cname>; the
** driver pulls in an OTP module only for imports that are not.  (bifs.h,
** as opcodes.h goes with opcodes_gen.c; runtime/bif.h is the runtime's.)
*/
#ifndef BEAMC_BIFS_H
#define BEAMC_BIFS_H

#include <stddef.h>

#include "ir.h"

typedef struct BifInfo {
  const char *mod, *fun;
  int arity;
  const char *cname;
} BifInfo;
extern const BifInfo bif_table[];
extern const int bif_count;

/* Index of M:F/A in bif_table, or -1.  The names are counted (Erlang atoms
   may hold NUL bytes), and compared with the table's whole names. */
int bif_lookup(const char *mod, size_t mlen, const char *fun, size_t flen,
               int arity);
/* Index in bif_table of the function an import names, or -1. */
int bif_import(const IrImport *im);

#endif
