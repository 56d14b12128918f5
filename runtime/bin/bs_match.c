/*
** bs_match.c — matching bitstrings: the match context and the bs_get,
** bs_skip, bs_test and position instructions (beamrt.h, "the bit
** syntax").
**
** A match context is [BEAM_HEADER(3, BEAM_SUB_MATCHCTX), pos, end, base]:
** the bits [pos, end) of base (a heap binary or ProcBin, never a
** sub-binary: a sub-binary's offset is folded into pos and end) are left
** to match.  What erl does, and so what these do: an integer of any
** size; a float of 16, 32 or 64 bits that is finite (NaN and infinities
** do not match), or of 0 bits, which reads nothing and gives 0.0; binary
** segments and tails as copies when they are whole bytes, at most 64 of
** them, else as sub-binaries of base; utf8 only in its shortest form and
** never a surrogate; utf16 with surrogate pairs.
*/
#include <math.h>
#include <string.h>

#include "atoms_gen.h"
#include "bif.h"
#include "bin.h"
#include "bits.h"
#include "integer.h"
#include "os/os.h"
#include "proc.h"

#define CTX_WORDS 4

/* The bytes of the base binary of ctx (a heap binary or ProcBin). */
static const uint8_t *base_bytes(BeamTerm base) {
  const BeamTerm *w = BEAM_PTR(base);
  return BEAM_HEADER_SUB(w[0]) == BEAM_SUB_BIN ? (const uint8_t *)(w + 2) : bin_blob(base)->data;
}

BeamTerm beam_bs_start(BeamProc *p, BeamTerm src) {
  if (BEAM_HAS_SUB(src, BEAM_SUB_MATCHCTX)) return src;
  if (!BEAM_IS_BITSTRING(src)) return BEAM_NONV;
  const BeamTerm *w = BEAM_PTR(src);
  BeamTerm base = src;
  size_t pos = 0, end = bits_size(src);
  if (BEAM_HEADER_SUB(w[0]) == BEAM_SUB_SUBBIN) {
    pos = (size_t)w[2] * 8 + (w[3] >> 3);
    end += pos;
    base = w[4];
  }
  BeamTerm *c = beam_alloc(p, CTX_WORDS);
  c[0] = BEAM_HEADER(3, BEAM_SUB_MATCHCTX);
  c[1] = (BeamTerm)pos, c[2] = (BeamTerm)end, c[3] = base;
  return BEAM_MAKE_BOXED(c);
}

/* The bits size * unit wanted by a segment, if size is a non-negative
   integer and they are at most `left`. */
static bool want(BeamTerm size, unsigned unit, size_t left, size_t *bits) {
  if (!BEAM_IS_SMALL(size) || BEAM_SMALL_VALUE(size) < 0) return false;
  uint64_t n = (uint64_t)BEAM_SMALL_VALUE(size);
  if (unit != 0 && n > left / unit) return false;
  *bits = (size_t)(n * unit);
  return true;
}

/* The k bits at pos of bytes b, k <= 64, as a number. */
static uint64_t read_bits(const uint8_t *b, size_t pos, unsigned k) {
  uint64_t v = 0;
  if (pos % 8 == 0 && k % 8 == 0) {
    for (unsigned i = 0; i < k / 8; i++) v = v << 8 | b[pos / 8 + i];
    return v;
  }
  Bits bs = {b, 0, pos + k};
  for (unsigned done = 0; done < k;) {
    unsigned n = k - done < 8 ? k - done : 8;
    v = v << n | bits_at(&bs, pos + done, n);
    done += n;
  }
  return v;
}

static bool little(unsigned flags) {
  return (flags & BEAM_BSF_LITTLE) || ((flags & BEAM_BSF_NATIVE) && BEAM_LE);
}

/* The integer of the `bits` bits at pos (any size): big endian bits, or
   little endian whole bytes first and the top bits last. */
static BeamTerm integer_at(BeamProc *p, const uint8_t *b, size_t pos, size_t bits,
                           unsigned flags) {
  size_t n = (bits + 7) / 8;
  unsigned r = (unsigned)(bits % 8), top = r ? r : 8;
  uint8_t small[16], *le = n <= sizeof small ? small : os_alloc(n, "bit syntax integer");
  if (little(flags)) {
    for (size_t i = 0; i + (r != 0) < n; i++) le[i] = (uint8_t)read_bits(b, pos + 8 * i, 8);
    if (r != 0) le[n - 1] = (uint8_t)read_bits(b, pos + 8 * (n - 1), r);
  } else {
    size_t at = pos;
    if (r != 0) le[n - 1] = (uint8_t)read_bits(b, at, r), at += r;
    for (size_t i = 0; i < n - (r != 0); i++)
      le[n - 1 - (r != 0) - i] = (uint8_t)read_bits(b, at + 8 * i, 8);
  }
  BeamTerm t = int_from_bytes_le(p, le, n, top, (flags & BEAM_BSF_SIGNED) != 0);
  if (le != small) os_free(le);
  return t;
}

BeamTerm beam_bs_get_integer(BeamProc *p, BeamTerm ctx, BeamTerm size, unsigned unit,
                             unsigned flags) {
  BeamTerm *c = BEAM_PTR(ctx);
  size_t bits;
  if (!want(size, unit, (size_t)(c[2] - c[1]), &bits)) return BEAM_NONV;
  const uint8_t *b = base_bytes(c[3]);
  size_t pos = (size_t)c[1];
  BeamTerm t;
  if (bits <= BEAM_SMALL_BITS - 1 && !little(flags)) { /* fits a small */
    uint64_t v = read_bits(b, pos, (unsigned)bits);
    if ((flags & BEAM_BSF_SIGNED) && bits > 0 && (v >> (bits - 1)) & 1)
      t = BEAM_SMALL((BeamSint)(v | ~(((uint64_t)1 << bits) - 1)));
    else
      t = BEAM_SMALL((BeamSint)v);
  } else {
    t = integer_at(p, b, pos, bits, flags);
    if (t == BEAM_NONV) return BEAM_NONV;
  }
  c[1] += bits;
  return t;
}

/* The double of an IEEE half. */
static double from_half(uint16_t h) {
  int e = h >> 10 & 0x1F;
  double m = h & 0x3FF;
  double v = e == 0 ? ldexp(m, -24) : ldexp(m + 1024, e - 25);
  return h & 0x8000 ? -v : v;
}

BeamTerm beam_bs_get_float(BeamProc *p, BeamTerm ctx, BeamTerm size, unsigned unit,
                           unsigned flags) {
  BeamTerm *c = BEAM_PTR(ctx);
  size_t bits;
  if (!want(size, unit, (size_t)(c[2] - c[1]), &bits)) return BEAM_NONV;
  if (bits == 0) return BEAM_BOX_FLOAT(p, 0.0); /* erl: 0.0, nothing read */
  if (bits != 16 && bits != 32 && bits != 64) return BEAM_NONV;
  const uint8_t *b = base_bytes(c[3]);
  uint64_t u = 0;
  for (size_t i = 0; i < bits / 8; i++) {
    uint64_t byte = read_bits(b, (size_t)c[1] + 8 * i, 8);
    u |= little(flags) ? byte << (8 * i) : byte << (bits - 8 - 8 * i);
  }
  double d;
  if (bits == 64) {
    memcpy(&d, &u, sizeof d);
  } else if (bits == 32) {
    uint32_t w = (uint32_t)u;
    float f;
    memcpy(&f, &w, sizeof f);
    d = f;
  } else {
    if ((u >> 10 & 0x1F) == 0x1F) return BEAM_NONV;
    d = from_half((uint16_t)u);
  }
  if (!isfinite(d)) return BEAM_NONV;
  c[1] += bits;
  return BEAM_BOX_FLOAT(p, d);
}

/* The bits [pos, pos + bits) of ctx's base as erl 25 extracts them
   (bin_part): a heap copy when they are whole bytes and at most 64 of
   them, wherever they start, else a sub-binary; so binary:referenced_byte_size
   and erts_debug:flat_size see erl's objects. */
static BeamTerm slice(BeamProc *p, BeamTerm *c, size_t pos, size_t bits) {
  return bin_part(p, c[3], pos, bits);
}

BeamTerm beam_bs_get_binary(BeamProc *p, BeamTerm ctx, BeamTerm size, unsigned unit) {
  BeamTerm *c = BEAM_PTR(ctx);
  size_t left = (size_t)(c[2] - c[1]), bits;
  if (size == ATOM_ALL) {
    if (unit > 1 && left % unit != 0) return BEAM_NONV;
    bits = left;
  } else if (!want(size, unit, left, &bits)) {
    return BEAM_NONV;
  }
  BeamTerm t = slice(p, c, (size_t)c[1], bits);
  c[1] += bits;
  return t;
}

int beam_bs_skip(BeamTerm ctx, BeamTerm size, unsigned unit) {
  BeamTerm *c = BEAM_PTR(ctx);
  size_t left = (size_t)(c[2] - c[1]), bits;
  if (size == ATOM_ALL) {
    if (unit > 1 && left % unit != 0) return 0;
    bits = left;
  } else if (!want(size, unit, left, &bits)) {
    return 0;
  }
  c[1] += bits;
  return 1;
}

int beam_bs_match_string(BeamTerm ctx, const uint8_t *str, size_t bits) {
  BeamTerm *c = BEAM_PTR(ctx);
  if ((size_t)(c[2] - c[1]) < bits) return 0;
  const uint8_t *b = base_bytes(c[3]);
  size_t pos = (size_t)c[1];
  if (pos % 8 == 0 && bits % 8 == 0) {
    if (memcmp(b + pos / 8, str, bits / 8) != 0) return 0;
  } else {
    Bits s = {str, 0, bits};
    for (size_t done = 0; done < bits;) {
      unsigned n = bits - done < 8 ? (unsigned)(bits - done) : 8;
      if (read_bits(b, pos + done, n) != bits_at(&s, done, n)) return 0;
      done += n;
    }
  }
  c[1] += bits;
  return 1;
}

/* Decodes one code point at pos in utf8; returns its bits, 0 if bad. */
static size_t utf8_at(const uint8_t *b, size_t pos, size_t left, uint32_t *cp) {
  if (left < 8) return 0;
  uint32_t c = (uint32_t)read_bits(b, pos, 8);
  size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (n == 0 || left < 8 * n) return 0;
  if (n > 1) c &= 0x3Fu >> (n - 1);
  for (size_t i = 1; i < n; i++) {
    uint32_t k = (uint32_t)read_bits(b, pos + 8 * i, 8);
    if ((k & 0xC0) != 0x80) return 0;
    c = c << 6 | (k & 0x3F);
  }
  static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < least[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *cp = c;
  return 8 * n;
}

/* The w-bit code unit at pos, in the segment's byte order. */
static uint32_t unit_at(const uint8_t *b, size_t pos, unsigned w, unsigned flags) {
  uint32_t u = 0;
  for (unsigned i = 0; i < w / 8; i++) {
    uint32_t byte = (uint32_t)read_bits(b, pos + 8 * i, 8);
    u |= little(flags) ? byte << (8 * i) : byte << (w - 8 - 8 * i);
  }
  return u;
}

/* One code point at pos in utf16 (a surrogate pair is two units) or
   utf32; returns its bits, 0 if bad. */
static size_t utf_wide_at(const uint8_t *b, size_t pos, size_t left, unsigned w,
                          unsigned flags, uint32_t *cp) {
  if (left < w) return 0;
  uint32_t u = unit_at(b, pos, w, flags);
  if (w == 16 && u >= 0xD800 && u <= 0xDBFF) {
    if (left < 32) return 0;
    uint32_t v = unit_at(b, pos + 16, 16, flags);
    if (v < 0xDC00 || v > 0xDFFF) return 0;
    *cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
    return 32;
  }
  if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) return 0;
  *cp = u;
  return w;
}

BeamTerm beam_bs_get_utf(BeamProc *p, BeamTerm ctx, unsigned bits, unsigned flags, int skip) {
  (void)p;
  BeamTerm *c = BEAM_PTR(ctx);
  const uint8_t *b = base_bytes(c[3]);
  size_t pos = (size_t)c[1], left = (size_t)(c[2] - c[1]), n;
  uint32_t cp = 0;
  n = bits == 8 ? utf8_at(b, pos, left, &cp) : utf_wide_at(b, pos, left, bits, flags, &cp);
  if (n == 0) return BEAM_NONV;
  c[1] += n;
  return skip ? BEAM_NIL : BEAM_SMALL(cp);
}

BeamTerm beam_bs_get_tail(BeamProc *p, BeamTerm ctx) {
  BeamTerm *c = BEAM_PTR(ctx);
  return slice(p, c, (size_t)c[1], (size_t)(c[2] - c[1]));
}

BeamTerm beam_bs_get_position(BeamProc *p, BeamTerm ctx) {
  return int_from_uint64(p, (uint64_t)BEAM_PTR(ctx)[1]);
}

void beam_bs_set_position(BeamTerm ctx, BeamTerm pos) {
  int64_t v = 0;
  int_to_int64(pos, &v);
  BEAM_PTR(ctx)[1] = (BeamTerm)v;
}
