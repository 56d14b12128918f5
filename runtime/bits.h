/*
** bits.h — a read-only view of a bitstring's bits (prefix bits_).
*/
#ifndef BEAMRT_BITS_H
#define BEAMRT_BITS_H

#include <stddef.h>
#include <stdint.h>

#include "beamrt.h"

typedef struct Bits {
  const uint8_t *p; /* the bytes of the underlying binary */
  size_t off;       /* first bit, counted from the top bit of p[0] */
  size_t n;         /* bits */
} Bits;

/* The bits of a heap binary or sub-binary t. */
void bits_of(BeamTerm t, Bits *b);
/* The k (1..8) bits at bit pos of b, as a number (k bits wide).  Reads
   only bytes that hold some of those bits. */
unsigned bits_at(const Bits *b, size_t pos, unsigned k);

#endif
