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
/* The size in bits of the bitstring t. */
size_t bits_size(BeamTerm t);
/* The k (1..8) bits at bit pos of b, as a number (k bits wide).  Reads
   only bytes that hold some of those bits. */
unsigned bits_at(const Bits *b, size_t pos, unsigned k);
/* The bytes of the binary t (whole bytes) in one piece: where they are
   when they start on a byte boundary, else a copy in *tofree (os_free
   it; NULL when none was made).  *n: their count. */
const uint8_t *bits_bytes(BeamTerm t, size_t *n, uint8_t **tofree);

/* Copies the n bits of src starting at bit soff to dst starting at bit
   doff (bits counted from the top bit of byte 0); the bits of dst around
   them are kept.  The two areas do not overlap. */
void bits_copy(uint8_t *dst, size_t doff, const uint8_t *src, size_t soff, size_t n);

#endif
