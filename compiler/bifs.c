/*
** bifs.c — look-ups in the BIF table generated from runtime/bif.tab.
*/
#include "bifs.h"

#include <string.h>

int bif_lookup(const char *mod, size_t mlen, const char *fun, size_t flen,
               int arity) {
  for (int i = 0; i < bif_count; i++) {
    const BifInfo *b = &bif_table[i];
    if (b->arity == arity && strlen(b->mod) == mlen &&
        memcmp(b->mod, mod, mlen) == 0 && strlen(b->fun) == flen &&
        memcmp(b->fun, fun, flen) == 0)
      return i;
  }
  return -1;
}

int bif_import(const IrImport *im) {
  return bif_lookup(im->mod->u.atom.name, im->mod->u.atom.len,
                    im->fun->u.atom.name, im->fun->u.atom.len, (int)im->arity);
}
