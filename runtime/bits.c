/*
** bits.c — a read-only view of a bitstring's bits, and copying bits.
*/
#include "bits.h"

#include <string.h>

#include "bin/bin.h"
#include "os/os.h"

/* A heap binary is its own bits, a ProcBin its blob's first `bytes`
   bytes; a sub-binary says where it lies in one of them (bin.h). */
void bits_of(BeamTerm t, Bits *b) {
  const BeamTerm *w = BEAM_PTR(t);
  switch (BEAM_HEADER_SUB(w[0])) {
  case BEAM_SUB_BIN:
    *b = (Bits){(const uint8_t *)(w + 2), 0, (size_t)w[1] * 8};
    break;
  case BEAM_SUB_REFBIN:
    *b = (Bits){bin_blob(t)->data, 0, (size_t)w[1] * 8};
    break;
  default: {
    Bits o;
    bits_of(w[4], &o);
    *b = (Bits){o.p + w[2], (size_t)(w[3] >> 3), (size_t)w[1] * 8 + (w[3] & 7)};
  }
  }
}

size_t bits_size(BeamTerm t) {
  const BeamTerm *w = BEAM_PTR(t);
  size_t bytes = (size_t)w[1];
  return BEAM_HEADER_SUB(w[0]) == BEAM_SUB_SUBBIN ? bytes * 8 + (w[3] & 7) : bytes * 8;
}

unsigned bits_at(const Bits *b, size_t pos, unsigned k) {
  size_t s = b->off + pos, q = s / 8;
  unsigned r = (unsigned)(s % 8), v = (unsigned)b->p[q] << 8;
  if (r + k > 8) v |= b->p[q + 1];
  return ((v << r >> 8) & 0xFFu) >> (8 - k);
}

/* The 8 bits of src starting at bit pos (a byte may be the last one's
   partial neighbour: only bytes holding wanted bits are read when n says
   fewer than 8 are wanted). */
static unsigned byte_at(const uint8_t *src, size_t pos, size_t n) {
  size_t q = pos / 8;
  unsigned r = (unsigned)(pos % 8), v = (unsigned)src[q] << 8;
  if (r != 0 && r + (n < 8 ? n : 8) > 8) v |= src[q + 1];
  return (v >> (8 - r)) & 0xFFu;
}

void bits_copy(uint8_t *dst, size_t doff, const uint8_t *src, size_t soff, size_t n) {
  if (n == 0) return;
  if (doff % 8 == 0 && soff % 8 == 0) {
    memcpy(dst + doff / 8, src + soff / 8, n / 8);
    if (n % 8 != 0) {
      unsigned keep = 0xFFu >> (n % 8);
      uint8_t *d = dst + doff / 8 + n / 8;
      *d = (uint8_t)((*d & keep) | (src[soff / 8 + n / 8] & ~keep));
    }
    return;
  }
  while (n > 0) {
    unsigned r = (unsigned)(doff % 8), k = 8 - r;
    if (k > n) k = (unsigned)n;
    unsigned v = byte_at(src, soff, k) >> (8 - k);           /* k bits, low */
    unsigned mask = ((1u << k) - 1) << (8 - r - k);
    uint8_t *d = dst + doff / 8;
    *d = (uint8_t)((*d & ~mask) | (v << (8 - r - k) & mask));
    doff += k, soff += k, n -= k;
  }
}

const uint8_t *bits_bytes(BeamTerm t, size_t *n, uint8_t **tofree) {
  Bits b;
  bits_of(t, &b);
  *n = b.n / 8;
  *tofree = NULL;
  if (b.off == 0) return b.p;
  uint8_t *c = os_alloc(*n ? *n : 1, "binary bytes");
  bits_copy(c, 0, b.p, b.off, *n * 8);
  *tofree = c;
  return c;
}
