/*
** iolist.h — walking iolists (prefix iol_).
**
** An iolist is a binary, or a possibly improper list of bytes (0..255),
** binaries and iolists whose tail is [] or a binary; with `bits`,
** bitstrings go wherever binaries go (list_to_bitstring).  The walks keep
** their pending subterms on a stack of their own: a list nested a million
** deep is fine.
*/
#ifndef BEAMRT_IOLIST_H
#define BEAMRT_IOLIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "beamrt.h"

/* The bits of the iolist t in *bits; false when t is not one. */
bool iol_size(BeamTerm t, bool bits, size_t *nbits);
/* Writes the iolist t (which iol_size accepted) to out from bit 0. */
void iol_write(BeamTerm t, bool bits, uint8_t *out);
/* The bytes of the iolist t (no bitstrings) in an os_alloc'd buffer
   (os_free it) of *n bytes; NULL when t is not an iolist. */
uint8_t *iol_flatten(BeamTerm t, size_t *n);

#endif
