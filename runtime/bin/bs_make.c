/*
** bs_make.c — building bitstrings: bs_create_bin and bs_init_writable
** (beamrt.h, "the bit syntax").
**
** beam_bs_create checks every segment and adds up the size before it
** writes anything, as erl does: a failing segment leaves nothing behind
** and names itself in the error_info (#{cause => {Segment, Type, What,
** Value}}: What is type, size, unit, short, invalid (a float's size) or
** no_float; a size past erl's limit is system_limit with What size).
** Every size is checked before any value, as erl checks them.
**
** Appending (the first segment of <<Acc/binary, ...>>) writes in place
** when Acc ends where its blob's bytes end and nobody else holds the blob
** (bin.h: BinBlob.wbits); the result is then a sub-binary of the same
** ProcBin.  Otherwise the result gets a new blob with room to grow, so a
** loop that appends copies O(n) bytes in all.
*/
#include <float.h>
#include <math.h>
#include <string.h>

#include "atoms_gen.h"
#include "bif.h"
#include "bin.h"
#include "bits.h"
#include "integer.h"
#include "os/os.h"
#include "proc.h"
#include "except.h"

/* Bits a bitstring may have: a byte count must fit a word, as erl's. */
#define BS_MAX_BITS ((uint64_t)SIZE_MAX / 2)
/* The largest size erl takes: its largest small integer on a 64-bit
   host (the reference, whatever the target's word size). */
#define BS_HOST_SMALL_MAX (((int64_t)1 << 59) - 1)

/* The smallest blob an append makes. */
#define BS_GROW_MIN 256

/* One segment, checked: its bits, and for binaries the source view. */
typedef struct Seg {
  uint64_t bits;
  Bits src;       /* binary, append: the value's bits */
} Seg;

/* What a failed segment says (error_info's cause): value, or when that
   is BEAM_NONV the constant size k; limit: system_limit, not badarg. */
typedef struct Fail {
  BeamTerm what, value;
  uint64_t k;
  bool limit;
} Fail;

/* Records a badarg of segment value v (what: type, size, unit, short,
   no_float) in *f; returns false. */
static bool fail(Fail *f, BeamTerm what, BeamTerm v) {
  *f = (Fail){.what = what, .value = v};
  return false;
}

/* Records a system_limit of segment size v (or constant k) in *f;
   returns false. */
static bool fail_limit(Fail *f, BeamTerm v, uint64_t k) {
  *f = (Fail){.what = ATOM_SIZE, .value = v, .k = k, .limit = true};
  return false;
}

static BeamTerm type_atom(unsigned type) {
  switch (type) {
  case BEAM_BS_INTEGER: return ATOM_INTEGER;
  case BEAM_BS_FLOAT: return ATOM_FLOAT;
  case BEAM_BS_BINARY: return ATOM_BINARY;
  case BEAM_BS_UTF8: return ATOM_UTF8;
  case BEAM_BS_UTF16: return ATOM_UTF16;
  case BEAM_BS_UTF32: return ATOM_UTF32;
  case BEAM_BS_STRING: return ATOM_STRING;
  default: return ATOM_BINARY; /* append, private_append: as erl names them */
  }
}

/* ---------------------------------------------------------------------- */
/* Checking and sizing                                                     */
/* ---------------------------------------------------------------------- */

/*
** The segment's size in bits from its size term (or constant); false
** (with f) if bad.  As erl: not an integer or negative is badarg; more
** than erl's largest small on a 64-bit host (2^59 - 1), or more bits
** than 64 bits count once multiplied by the unit, is system_limit.  The
** limits are the 64-bit host's on every target (a 32-bit one reports
** the bad size of a later segment as erl does); what this machine cannot
** hold is refused when the sizes are added up (beam_bs_create).
*/
static bool size_bits(const BeamBsSeg *s, BeamTerm size, uint64_t *bits, Fail *f) {
  int64_t n = s->size;
  if (n == BEAM_BS_VAR) {
    if (!BEAM_IS_INTEGER(size)) return fail(f, ATOM_SIZE, size);
    if (!int_to_int64(size, &n) || n < 0) {
      if (int_sign(size) >= 0) return fail_limit(f, size, 0);
      return fail(f, ATOM_SIZE, size);
    }
  }
  if (n > BS_HOST_SMALL_MAX || (uint64_t)n > UINT64_MAX / (s->unit ? s->unit : 1))
    return fail_limit(f, s->size == BEAM_BS_VAR ? size : BEAM_NONV, (uint64_t)n);
  *bits = (uint64_t)n * s->unit;
  return true;
}

/* Whether segment s takes its size from a size operand (or constant):
   integer, float and binary segments other than `all` and appends. */
static bool has_size(const BeamBsSeg *s) {
  switch (s->type) {
  case BEAM_BS_INTEGER: case BEAM_BS_FLOAT: return true;
  case BEAM_BS_BINARY: return s->size != BEAM_BS_ALL;
  default: return false;
  }
}

static bool valid_code_point(BeamTerm v) {
  if (!BEAM_IS_SMALL(v)) return false;
  BeamSint c = BEAM_SMALL_VALUE(v);
  return c >= 0 && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
}

static uint64_t utf_bits(unsigned type, BeamSint c) {
  switch (type) {
  case BEAM_BS_UTF8: return c < 0x80 ? 8 : c < 0x800 ? 16 : c < 0x10000 ? 24 : 32;
  case BEAM_BS_UTF16: return c < 0x10000 ? 16 : 32;
  default: return 32;
  }
}

/* A float segment's value as a double; false if v is not a number. */
static bool float_value(BeamTerm v, double *d) {
  if (BEAM_IS_FLOAT(v)) return *d = BEAM_FLOAT_VALUE(v), true;
  if (BEAM_IS_SMALL(v)) return *d = (double)BEAM_SMALL_VALUE(v), true;
  return BEAM_IS_BIG(v) && int_to_double(v, d);
}

/*
** Checks the value v of segment s, whose size (if it has one) is in
** g->bits already; fills the rest of g.  False (with f) if v does not
** fit the segment.
*/
static bool check_seg(const BeamBsSeg *s, BeamTerm v, Seg *g, Fail *f) {
  double d;
  switch (s->type) {
  case BEAM_BS_INTEGER:
    if (!BEAM_IS_INTEGER(v)) return fail(f, ATOM_TYPE, v);
    return true;
  case BEAM_BS_FLOAT: /* bits erl cannot write are `invalid`, whatever v is */
    if (g->bits != 16 && g->bits != 32 && g->bits != 64)
      return *f = (Fail){.what = ATOM_INVALID, .value = BEAM_NONV, .k = g->bits}, false;
    if (!BEAM_IS_NUMBER(v)) return fail(f, ATOM_TYPE, v);
    /* a finite double too large for 32 or 16 bits is written as an
       infinity, as erl writes it */
    if (!float_value(v, &d)) return fail(f, ATOM_NO_FLOAT, v);
    return true;
  case BEAM_BS_BINARY:
  case BEAM_BS_APPEND:
  case BEAM_BS_PRIVATE_APPEND:
    if (!BEAM_IS_BITSTRING(v)) return fail(f, ATOM_TYPE, v);
    bits_of(v, &g->src);
    if (!has_size(s)) {
      if (s->unit > 1 && g->src.n % s->unit != 0) return fail(f, ATOM_UNIT, v);
      g->bits = g->src.n;
      return true;
    }
    if (g->bits > g->src.n) return fail(f, ATOM_SHORT, v);
    return true;
  case BEAM_BS_STRING:
    g->bits = (uint64_t)s->size * 8;
    return true;
  default: /* utf */
    if (!valid_code_point(v)) return fail(f, ATOM_TYPE, v);
    g->bits = utf_bits(s->type, BEAM_SMALL_VALUE(v));
    return true;
  }
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */
/* ---------------------------------------------------------------------- */

/* Writes the `bits` low bits of the integer v at bit pos of out, in the
   segment's byte order. */
static void put_integer(uint8_t *out, uint64_t pos, BeamTerm v, uint64_t bits, unsigned flags) {
  if (bits == 0) return;
  size_t n = (size_t)((bits + 7) / 8);
  unsigned r = (unsigned)(bits % 8);
  uint8_t small[16], *le = n <= sizeof small ? small : os_alloc(n, "bit syntax integer");
  int_to_bytes_le(v, le, n);
  bool little = (flags & BEAM_BSF_LITTLE) || ((flags & BEAM_BSF_NATIVE) && BEAM_LE);
  if (little) {
    if (pos % 8 == 0 && r == 0) {
      memcpy(out + pos / 8, le, n);
    } else {
      bits_copy(out, (size_t)pos, le, 0, (n - (r != 0)) * 8);
      if (r != 0) {
        uint8_t top = (uint8_t)(le[n - 1] << (8 - r));
        bits_copy(out, (size_t)pos + (n - 1) * 8, &top, 0, r);
      }
    }
  } else {
    size_t at = (size_t)pos;
    if (r != 0) {
      uint8_t top = (uint8_t)(le[n - 1] << (8 - r));
      bits_copy(out, at, &top, 0, r);
      at += r;
      n--;
    }
    if (at % 8 == 0) {
      for (size_t i = 0; i < n; i++) out[at / 8 + i] = le[n - 1 - i];
    } else {
      for (size_t i = 0; i < n; i++) bits_copy(out, at + 8 * i, &le[n - 1 - i], 0, 8);
    }
  }
  if (le != small) os_free(le);
}

/*
** The IEEE half-precision bits of the finite double d, rounded once to
** nearest even from d itself (not through a float: erl rounds so); too
** large a magnitude gives an infinity, too small a zero of d's sign.
*/
static uint16_t half_of(double d) {
  uint64_t x;
  memcpy(&x, &d, sizeof x);
  uint16_t sign = (uint16_t)(x >> 48 & 0x8000u);
  int e = (int)(x >> 52 & 0x7FFu);
  uint64_t m = x & (((uint64_t)1 << 52) - 1);
  if (e == 0) return sign; /* zero, or a double subnormal: far below half's */
  int he = e - 1023 + 15;
  if (he >= 31) return (uint16_t)(sign | 0x7C00u);
  unsigned shift = 42; /* 52 mantissa bits to 10 */
  uint64_t hm;
  if (he >= 1) {
    hm = (uint64_t)he << 10 | m >> shift;
  } else {
    m |= (uint64_t)1 << 52; /* subnormal half: the implicit bit shifts in */
    shift = (unsigned)(43 - he);
    if (shift > 63) return sign;
    hm = m >> shift;
  }
  uint64_t rest = m & (((uint64_t)1 << shift) - 1), halfway = (uint64_t)1 << (shift - 1);
  if (rest > halfway || (rest == halfway && (hm & 1))) hm++; /* may carry to inf */
  return (uint16_t)(sign | hm);
}

/* The IEEE single bits of the finite double d, rounded to nearest even:
   beyond the largest float by half a unit or more an infinity, as erl
   writes it (C leaves converting such a double undefined). */
static uint32_t single_of(double d) {
  float f;
  if (fabs(d) > FLT_MAX)
    f = fabs(d) >= 0x1.ffffffp127 ? (float)copysign(INFINITY, d) : (float)copysign(FLT_MAX, d);
  else
    f = (float)d;
  uint32_t w;
  memcpy(&w, &f, sizeof w);
  return w;
}

static void put_float(uint8_t *out, uint64_t pos, BeamTerm v, uint64_t bits, unsigned flags) {
  double d;
  float_value(v, &d);
  uint64_t u;
  if (bits == 64) {
    memcpy(&u, &d, sizeof u);
  } else if (bits == 32) {
    u = single_of(d);
  } else {
    u = half_of(d);
  }
  uint8_t le[8];
  for (unsigned i = 0; i < 8; i++) le[i] = (uint8_t)(u >> (8 * i));
  size_t n = (size_t)(bits / 8);
  bool little = (flags & BEAM_BSF_LITTLE) || ((flags & BEAM_BSF_NATIVE) && BEAM_LE);
  uint8_t buf[8];
  for (size_t i = 0; i < n; i++) buf[i] = little ? le[i] : le[n - 1 - i];
  bits_copy(out, (size_t)pos, buf, 0, (size_t)bits);
}

/* The code point c in utf8/16/32 (big or little endian) at pos. */
static void put_utf(uint8_t *out, uint64_t pos, unsigned type, uint32_t c, unsigned flags) {
  uint8_t buf[4];
  size_t n = 0;
  bool little = (flags & BEAM_BSF_LITTLE) || ((flags & BEAM_BSF_NATIVE) && BEAM_LE);
  if (type == BEAM_BS_UTF8) {
    if (c < 0x80) buf[n++] = (uint8_t)c;
    else if (c < 0x800) buf[n++] = (uint8_t)(0xC0 | c >> 6), buf[n++] = (uint8_t)(0x80 | (c & 0x3F));
    else if (c < 0x10000)
      buf[n++] = (uint8_t)(0xE0 | c >> 12), buf[n++] = (uint8_t)(0x80 | (c >> 6 & 0x3F)),
      buf[n++] = (uint8_t)(0x80 | (c & 0x3F));
    else
      buf[n++] = (uint8_t)(0xF0 | c >> 18), buf[n++] = (uint8_t)(0x80 | (c >> 12 & 0x3F)),
      buf[n++] = (uint8_t)(0x80 | (c >> 6 & 0x3F)), buf[n++] = (uint8_t)(0x80 | (c & 0x3F));
  } else {
    uint32_t units[2];
    size_t k = 0, w = type == BEAM_BS_UTF16 ? 2 : 4;
    if (type == BEAM_BS_UTF16 && c >= 0x10000)
      units[k++] = 0xD800 | (c - 0x10000) >> 10, units[k++] = 0xDC00 | ((c - 0x10000) & 0x3FF);
    else
      units[k++] = c;
    for (size_t u = 0; u < k; u++)
      for (size_t i = 0; i < w; i++)
        buf[n++] = (uint8_t)(units[u] >> (8 * (little ? i : w - 1 - i)));
  }
  bits_copy(out, (size_t)pos, buf, 0, n * 8);
}

static void put_seg(uint8_t *out, uint64_t pos, const BeamBsSeg *s, BeamTerm v, const Seg *g) {
  switch (s->type) {
  case BEAM_BS_INTEGER: put_integer(out, pos, v, g->bits, s->flags); break;
  case BEAM_BS_FLOAT: put_float(out, pos, v, g->bits, s->flags); break;
  case BEAM_BS_STRING: bits_copy(out, (size_t)pos, s->str, 0, (size_t)g->bits); break;
  case BEAM_BS_BINARY: case BEAM_BS_APPEND: case BEAM_BS_PRIVATE_APPEND:
    bits_copy(out, (size_t)pos, g->src.p, g->src.off, (size_t)g->bits);
    break;
  default: put_utf(out, pos, s->type, (uint32_t)BEAM_SMALL_VALUE(v), s->flags); break;
  }
}

/* ---------------------------------------------------------------------- */
/* The result                                                              */
/* ---------------------------------------------------------------------- */

/* Records the failure of segment i in p (beam_raise_bs raises it). */
static BeamTerm failed(BeamProc *p, const BeamBsSeg *s, const Fail *f) {
  BeamTerm value = f->value != BEAM_NONV ? f->value : int_from_uint64(p, f->k);
  BeamTerm *t = beam_alloc(p, 5);
  t[0] = BEAM_HEADER(4, BEAM_SUB_TUPLE);
  t[1] = BEAM_SMALL(s->seg), t[2] = type_atom(s->type), t[3] = f->what, t[4] = value;
  PROC(p)->bs_error_info = BEAM_MAKE_BOXED(t);
  return bif_error(p, f->limit ? ATOM_SYSTEM_LIMIT : ATOM_BADARG);
}

/*
** Where an append may write: the bytes of the value a's blob from bit
** a's end on, when a is a sub-binary or ProcBin of a blob that only p
** holds and whose written part ends where a ends.  NULL when not.
*/
static BinBlob *writable_blob(BeamTerm a, BeamTerm *pb, uint64_t *end) {
  const BeamTerm *w = BEAM_PTR(a);
  if (BEAM_HEADER_SUB(w[0]) == BEAM_SUB_SUBBIN) {
    *end = (uint64_t)w[2] * 8 + (w[3] >> 3) + (uint64_t)w[1] * 8 + (w[3] & 7);
    a = w[4];
    w = BEAM_PTR(a);
  } else {
    *end = (uint64_t)w[1] * 8;
  }
  if (BEAM_HEADER_SUB(w[0]) != BEAM_SUB_REFBIN) return NULL;
  BinBlob *b = bin_blob(a);
  if (atomic_load_explicit(&b->refc, memory_order_acquire) != 1 || b->wbits != *end) return NULL;
  *pb = a;
  return b;
}

/* Makes the blob of ProcBin pb hold at least `bytes` bytes. */
static BinBlob *blob_room(BeamTerm pb, BinBlob *b, size_t bytes) {
  if (bytes <= b->cap) return b;
  size_t cap = bytes < SIZE_MAX / 2 ? 2 * bytes : bytes;
  b = bin_blob_grow(b, cap);
  BEAM_PTR(pb)[2] = (BeamTerm)(uintptr_t)b;
  return b;
}

/*
** The result of an append: `total` bits whose first `accbits` are those
** of acc.  In place when writable_blob allows (*copy false: acc's bits
** are there already), else in a new growable blob (*copy true).  The
** segments go to *out from bit *base on.
*/
static BeamTerm append_target(BeamProc *p, BeamTerm acc, uint64_t accbits, uint64_t total,
                              uint8_t **out, uint64_t *base, bool *copy) {
  BeamTerm pb = BEAM_NIL;
  uint64_t end;
  BinBlob *b = writable_blob(acc, &pb, &end);
  BeamTerm *hp = beam_alloc(p, BIN_SUB_WORDS + (b ? 0 : BIN_PROC_WORDS));
  *base = b ? end - accbits : 0;
  *copy = b == NULL;
  size_t bytes = (size_t)((*base + total + 7) / 8);
  if (b != NULL) {
    b = blob_room(pb, b, bytes);
  } else {
    size_t cap = bytes < BS_GROW_MIN ? BS_GROW_MIN : bytes < SIZE_MAX / 2 ? 2 * bytes : bytes;
    pb = bin_make_blob(hp + BIN_SUB_WORDS, &PROC(p)->bins, cap, &b);
  }
  b->wbits = *base + total;
  if (bytes > b->size) b->size = bytes;
  *out = b->data;
  return bin_sub(hp, pb, (size_t)*base, (size_t)total);
}

/* A binary of `total` bits; *out where its bytes go. */
static BeamTerm plain_target(BeamProc *p, uint64_t total, uint8_t **out) {
  size_t bytes = (size_t)((total + 7) / 8);
  if (total % 8 == 0) return bin_new(p, bytes, out);
  BeamTerm *hp = beam_alloc(p, BIN_SUB_WORDS + bin_words(bytes));
  BeamTerm orig = bin_make(hp + BIN_SUB_WORDS, &PROC(p)->bins, bytes, out);
  (*out)[bytes - 1] = 0;
  return bin_sub(hp, orig, 0, (size_t)total);
}

/*
** After an append in place, the views of the binary segments: the blob
** may have moved (blob_room), and a segment may be a part of the very
** binary being appended to (<<Acc/bits, Part/bits>> with Part in Acc's
** blob).  The bits they view are written ones, never overwritten: the
** append writes only past the blob's written end.
*/
static void refresh_sources(const BeamBsSeg *segs, unsigned n, const BeamTerm *v, Seg *g) {
  for (unsigned i = 1; i < n; i++)
    if (segs[i].type == BEAM_BS_BINARY) bits_of(v[2 * i], &g[i].src);
}

BeamTerm beam_bs_create(BeamProc *p, const BeamBsSeg *segs, unsigned n, const BeamTerm *v) {
  Seg small[8], *g = n <= 8 ? small : os_alloc(n * sizeof *g, "bit syntax segments");
  uint64_t total = 0;
  Fail f;
  /* erl checks every size first, then the values */
  for (unsigned i = 0; i < n; i++) {
    if (has_size(&segs[i]) && !size_bits(&segs[i], v[2 * i + 1], &g[i].bits, &f)) {
      if (g != small) os_free(g);
      return failed(p, &segs[i], &f);
    }
  }
  for (unsigned i = 0; i < n; i++) {
    if (!check_seg(&segs[i], v[2 * i], &g[i], &f)) {
      if (g != small) os_free(g);
      return failed(p, &segs[i], &f);
    }
    if (g[i].bits > BS_MAX_BITS - total) {
      if (g != small) os_free(g);
      fail_limit(&f, v[2 * i], 0);
      return failed(p, &segs[i], &f);
    }
    total += g[i].bits;
  }
  uint8_t *out;
  uint64_t base = 0, pos = 0;
  unsigned first = 0;
  BeamTerm r;
  if (n > 0 && (segs[0].type == BEAM_BS_APPEND || segs[0].type == BEAM_BS_PRIVATE_APPEND)) {
    bool copy;
    r = append_target(p, v[0], g[0].bits, total, &out, &base, &copy);
    if (!copy) refresh_sources(segs, n, v, g);
    if (copy) put_seg(out, base, &segs[0], v[0], &g[0]);
    pos = g[0].bits;
    first = 1;
  } else {
    r = plain_target(p, total, &out);
  }
  for (unsigned i = first; i < n; i++) {
    put_seg(out, base + pos, &segs[i], v[2 * i], &g[i]);
    pos += g[i].bits;
  }
  if (g != small) os_free(g);
  return r;
}

BeamTerm beam_raise_bs(BeamProc *bp, const BeamMfa *mfa, BeamLoc loc) {
  Proc *p = PROC(bp);
  BeamTerm cause = p->bs_error_info, reason = bp->bif_reason;
  p->bs_error_info = BEAM_NIL;
  bp->bif_class = 0;
  return exc_raise_bs(p, reason, cause, mfa, loc);
}

BeamTerm beam_bs_init_writable(BeamProc *p) {
  uint8_t *data;
  return bin_new(p, 0, &data);
}
