/*
** beamrt_ihash.h — the pieces of erl's internal term hash (prefix beam_ih_),
** shared by the runtime (runtime/hamt.c hashes terms) and the translator
** (compiler/lithash.c hashes map literals), so that both place a key in
** the same slot of a hash trie.  The walk over a term is each one's own;
** the mixing, the constants and the words a 64-bit erl holds for
** immediates are here, once.
**
** erl's make_internal_hash (salt 0): Bob Jenkins' 96-bit mix over pairs
** of 32-bit words, each pair offset by a constant that marks the type.
*/
#ifndef BEAMRT_IHASH_H
#define BEAMRT_IHASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define BEAM_IH_K1 0x9e3779b9u /* the golden ratio; BEAM_IH_K(n) is n times it, mod 2^32 */
#define BEAM_IH_K(n) ((uint32_t)(BEAM_IH_K1 * (uint32_t)(n)))
/* The hash's start, a prime that keeps it apart from phash2's. */
#define BEAM_IH_SEED 3432918353u
/* erl's word for [] on a 64-bit machine. */
#define BEAM_IH_ERL_NIL UINT64_C(0x3B)
/* erl's small integers on a 64-bit machine: 60 bits. */
#define BEAM_IH_SMALL_MIN (-(INT64_C(1) << 59))
#define BEAM_IH_SMALL_MAX ((INT64_C(1) << 59) - 1)

/* erl's word for the small integer v (BEAM_IH_SMALL_MIN <= v <= BEAM_IH_SMALL_MAX). */
static inline uint64_t beam_ih_erl_small(int64_t v) { return (uint64_t)v << 4 | 0xF; }
/* The word that stands for an atom: erl's holds its atom-table index,
   which depends on erl's past; beamc's holds its name's FNV-1a hash. */
static inline uint64_t beam_ih_erl_atom(uint32_t name_hash) {
  return (uint64_t)name_hash << 6 | 0xB;
}

static inline void beam_ih_mix(uint32_t *a, uint32_t *b, uint32_t *c) {
  *a -= *b, *a -= *c, *a ^= *c >> 13;
  *b -= *c, *b -= *a, *b ^= *a << 8;
  *c -= *a, *c -= *b, *c ^= *b >> 13;
  *a -= *b, *a -= *c, *a ^= *c >> 12;
  *b -= *c, *b -= *a, *b ^= *a << 16;
  *c -= *a, *c -= *b, *c ^= *b >> 5;
  *a -= *b, *a -= *c, *a ^= *c >> 3;
  *b -= *c, *b -= *a, *b ^= *a << 10;
  *c -= *a, *c -= *b, *c ^= *b >> 15;
}

/* h mixed with the words x and y, each offset by the constant k. */
static inline uint32_t beam_ih_mix2(uint32_t h, uint32_t x, uint32_t y, uint32_t k) {
  uint32_t a = k + x, b = k + y;
  beam_ih_mix(&a, &b, &h);
  return h;
}

/* h mixed with the two halves of w. */
static inline uint32_t beam_ih_mix64(uint32_t h, uint64_t w, uint32_t k) {
  return beam_ih_mix2(h, (uint32_t)w, (uint32_t)(w >> 32), k);
}

/* h with the constant k folded in (a mark between a list's parts). */
static inline uint32_t beam_ih_fold(uint32_t h, uint32_t k) {
  h ^= k;
  return h << 17 | h >> 15;
}

/* A float's bits (-0.0 as 0.0). */
static inline uint32_t beam_ih_float(uint32_t h, double d) {
  uint64_t u = 0;
  if (d != 0.0) memcpy(&u, &d, sizeof u);
  return beam_ih_mix64(h, u, BEAM_IH_K(12));
}

static inline uint32_t beam_ih_le32(const uint8_t *p) {
  return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Bob Jenkins' hash of the n bytes at p, seeded with init: 12 bytes a
   round, the rest and the length in a last one. */
static inline uint32_t beam_ih_block(const uint8_t *p, size_t n, uint32_t init) {
  uint32_t a = BEAM_IH_K1, b = BEAM_IH_K1, c = init;
  size_t left = n;
  for (; left >= 12; p += 12, left -= 12) {
    a += beam_ih_le32(p), b += beam_ih_le32(p + 4), c += beam_ih_le32(p + 8);
    beam_ih_mix(&a, &b, &c);
  }
  uint8_t tail[12] = {0};
  memcpy(tail, p, left);
  c += (uint32_t)n;
  a += beam_ih_le32(tail), b += beam_ih_le32(tail + 4);
  c += (uint32_t)tail[8] << 8 | (uint32_t)tail[9] << 16 | (uint32_t)tail[10] << 24;
  beam_ih_mix(&a, &b, &c);
  return c;
}

/* A bitstring of `bytes` whole bytes at p and `rest` (0..7) more bits
   of value restval. */
static inline uint32_t beam_ih_bits(uint32_t h, const uint8_t *p, size_t bytes, unsigned rest,
                               unsigned restval) {
  if (bytes == 0 && rest == 0) return BEAM_IH_K(13) + h;
  h = beam_ih_block(p, bytes, BEAM_IH_K(13) + h);
  return rest ? beam_ih_mix2(h, rest, restval, BEAM_IH_K(15)) : h;
}

/* A run of byte heads in a list: sh holds up to four, c of them (1..3
   at the end of a run; 4 words go in as they fill). */
static inline uint32_t beam_ih_bytes(uint32_t h, uint32_t sh, uint32_t c) {
  return c == 4 ? beam_ih_mix2(h, sh, 0, BEAM_IH_K(4)) : beam_ih_mix2(h, sh, c, BEAM_IH_K(22));
}

/* A trie's order for hash h: its 4-bit slots reversed, the head's slot
   (the lowest bits) on top, so that ordering by it is a depth-first walk
   in slot order. */
static inline uint32_t beam_ih_path(uint32_t h) {
  uint32_t r = 0;
  for (int i = 0; i < 8; i++, h >>= 4) r = r << 4 | (h & 15);
  return r;
}

#endif
