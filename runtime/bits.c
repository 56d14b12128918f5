/*
** bits.c — a read-only view of a bitstring's bits.
*/
#include "bits.h"

/* A heap binary is its own bits; a sub-binary says where it lies in a
   heap binary (bit size and offset are smalls). */
void bits_of(BeamTerm t, Bits *b) {
  const BeamTerm *w = BEAM_PTR(t);
  if (BEAM_HEADER_SUB(w[0]) == BEAM_SUB_BIN) {
    *b = (Bits){(const uint8_t *)(w + 2), 0, (size_t)w[1] * 8};
  } else {
    *b = (Bits){(const uint8_t *)(BEAM_PTR(w[3]) + 2), (size_t)BEAM_SMALL_VALUE(w[2]),
                (size_t)BEAM_SMALL_VALUE(w[1])};
  }
}

unsigned bits_at(const Bits *b, size_t pos, unsigned k) {
  size_t s = b->off + pos, q = s / 8;
  unsigned r = (unsigned)(s % 8), v = (unsigned)b->p[q] << 8;
  if (r + k > 8) v |= b->p[q + 1];
  return ((v << r >> 8) & 0xFFu) >> (8 - k);
}
