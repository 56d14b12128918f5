/*
** bif_unicode.c — unicode:characters_to_list/2 and
** unicode:characters_to_binary/2, the BIFs of unicode.erl (the rest of
** the module is its Erlang code, translated).
**
** Data is chardata: code points, binaries in the input encoding (latin1,
** unicode = utf8, utf16 or utf32, big or little endian), lists of those
** with a tail of [] or a binary.  The result is the list of code points,
** or their UTF-8 binary.  What erl (OTP 25) gives, and so what these
** give, when the data is not all good:
**   - anything that is not chardata (an atom, an improper tail that is
**     not a binary, a bad encoding): {error, badarg} is raised as badarg;
**   - a bad code point, or bytes that do not decode: {error, Done, Rest}
**     where Rest starts at the bad element: the list cell holding it, or
**     the binary from the bad byte on followed by what came after it in
**     its list;
**   - a binary that ends inside a character: {incomplete, Done, Tail}
**     when nothing comes after it; when more data follows, that is an
**     error whose Rest is [Tail, TheRest] (utf16, utf32);
**   - utf8 only (erl's C): a character may continue in the next binaries
**     of the list.  The bytes of an unfinished character wait (Walk.pend)
**     and take bytes from the following binaries until it is whole; whole
**     and bad, the error's Rest is [Pending, [ThatBinary | Rest]]; a code
**     point met while bytes wait is an error with Rest [Pending, [Cp |
**     Rest]]; bytes still waiting at the end are {incomplete, Done,
**     Pending}, or an error when a byte after the first is not a
**     continuation byte.
*/
#include <string.h>

#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "bin.h"
#include "bits.h"
#include "integer.h"
#include "os/os.h"
#include "proc.h"
#include "term_build.h"

/* The input encodings. */
enum { ENC_LATIN1, ENC_UTF8, ENC_UTF16, ENC_UTF32 };

typedef struct Enc {
  int kind;
  bool little;
} Enc;

static bool enc_of(BeamTerm t, Enc *e) {
  e->little = false;
  if (BEAM_IS_TUPLE(t) && BEAM_TUPLE_ARITY(t) == 2) {
    BeamTerm end = BEAM_ELEMENT(t, 1);
    if (end != ATOM_BIG && end != ATOM_LITTLE) return false;
    e->little = end == ATOM_LITTLE;
    t = BEAM_ELEMENT(t, 0);
    if (t != ATOM_UTF16 && t != ATOM_UTF32) return false;
  }
  if (t == ATOM_LATIN1) e->kind = ENC_LATIN1;
  else if (t == ATOM_UNICODE || t == ATOM_UTF8) e->kind = ENC_UTF8;
  else if (t == ATOM_UTF16) e->kind = ENC_UTF16;
  else if (t == ATOM_UTF32) e->kind = ENC_UTF32;
  else return false;
  return true;
}

static bool valid_cp(uint32_t c) { return c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF); }

enum { DEC_OK, DEC_BAD, DEC_SHORT };

/* One character at b[0..n) (n > 0): its code point and bytes. */
static int decode_one(const Enc *e, const uint8_t *b, size_t n, uint32_t *cp, size_t *len) {
  switch (e->kind) {
  case ENC_LATIN1: *cp = b[0], *len = 1; return DEC_OK;
  case ENC_UTF8: {
    uint32_t c = b[0];
    size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (k == 0) return DEC_BAD;
    if (k > 1) c &= 0x3Fu >> (k - 1);
    for (size_t j = 1; j < k; j++) {
      if (j >= n) return DEC_SHORT;
      if ((b[j] & 0xC0) != 0x80) return DEC_BAD;
      c = c << 6 | (b[j] & 0x3Fu);
    }
    static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < least[k] || !valid_cp(c)) return DEC_BAD;
    *cp = c, *len = k;
    return DEC_OK;
  }
  default: {
    size_t w = e->kind == ENC_UTF16 ? 2 : 4;
    if (n < w) return DEC_SHORT;
    uint32_t u = 0;
    for (size_t i = 0; i < w; i++) u |= (uint32_t)b[i] << (8 * (e->little ? i : w - 1 - i));
    if (w == 2 && u >= 0xD800 && u <= 0xDBFF) {
      if (n < 4) return DEC_SHORT;
      uint32_t v = e->little ? (uint32_t)b[2] | (uint32_t)b[3] << 8 : (uint32_t)b[2] << 8 | b[3];
      if (v < 0xDC00 || v > 0xDFFF) return DEC_BAD;
      *cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00), *len = 4;
      return DEC_OK;
    }
    if (!valid_cp(u)) return DEC_BAD;
    *cp = u, *len = w;
    return DEC_OK;
  }
  }
}

/* The code points decoded so far (a growing array). */
typedef struct Out {
  uint32_t *cp;
  size_t n, cap;
} Out;

static void out_put(Out *o, uint32_t c) {
  if (o->n == o->cap) {
    o->cap = o->cap ? 2 * o->cap : 64;
    o->cp = os_realloc(o->cp, o->cap * sizeof *o->cp, "unicode characters");
  }
  o->cp[o->n++] = c;
}

/* How a walk ended: all good, badarg, or an error/incomplete with its
   rest (a term on the process heap). */
enum { W_OK, W_BADARG, W_ERROR, W_INCOMPLETE };

typedef struct Walk {
  BeamProc *p;
  Enc e;
  Out out;
  BeamTerm rest;
  uint8_t pend[4]; /* utf8: the bytes of a character not yet whole */
  unsigned npend;
} Walk;

/* The bytes of a utf8 character whose first byte is c (1 if not a lead). */
static unsigned utf8_len(uint8_t c) {
  return (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
}

/*
** Completes the waiting character with the first bytes of b[0..n):
** returns the bytes taken (all n when still not whole: they wait too),
** or -1 when the character, whole, is bad (the waiting bytes are then as
** they were before b).
*/
static long pend_complete(Walk *w, const uint8_t *b, size_t n) {
  uint8_t c[4];
  unsigned k = w->npend, need = utf8_len(w->pend[0]);
  memcpy(c, w->pend, k);
  size_t i = 0;
  while (k < need && i < n) c[k++] = b[i++];
  if (k < need) {
    memcpy(w->pend, c, k);
    w->npend = k;
    return (long)i;
  }
  uint32_t cp;
  size_t len;
  if (decode_one(&w->e, c, k, &cp, &len) != DEC_OK) return -1;
  out_put(&w->out, cp);
  w->npend = 0;
  return (long)i;
}

/* The binary t from byte k on. */
static BeamTerm from_byte(BeamProc *p, BeamTerm t, size_t k) {
  return bin_part(p, t, k * 8, bits_size(t) - k * 8);
}

/* Decodes the binary t; on a bad or short character, rest = its bytes
   from there. */
static int walk_binary(Walk *w, BeamTerm t) {
  if (!beam_is_binary(t)) return W_BADARG;
  size_t n;
  uint8_t *tmp;
  const uint8_t *b = bits_bytes(t, &n, &tmp);
  size_t i = 0;
  int r = W_OK;
  if (w->npend > 0) {
    long taken = pend_complete(w, b, n);
    if (taken < 0) {
      os_free(tmp);
      w->rest = t;
      return W_ERROR;
    }
    i = (size_t)taken;
  }
  while (i < n) {
    uint32_t c;
    size_t len;
    int d = decode_one(&w->e, b + i, n - i, &c, &len);
    if (d == DEC_SHORT && w->e.kind == ENC_UTF8) { /* may go on in the next binary */
      memcpy(w->pend, b + i, n - i);
      w->npend = (unsigned)(n - i);
      i = n;
      break;
    }
    if (d != DEC_OK) {
      r = d == DEC_BAD ? W_ERROR : W_INCOMPLETE;
      break;
    }
    out_put(&w->out, c);
    i += len;
  }
  os_free(tmp);
  if (r != W_OK) w->rest = from_byte(w->p, t, i);
  return r;
}

/* Whether the waiting bytes could still begin a character: every byte
   after the first a continuation byte (else the end is an error). */
static bool pend_may_finish(const Walk *w) {
  for (unsigned j = 1; j < w->npend; j++)
    if ((w->pend[j] & 0xC0) != 0x80) return false;
  return true;
}

/* True when t (a list tail) holds no character at all: [] or lists of
   them, or empty binaries.  Only checks shape as far as it can tell. */
static bool nothing_in(BeamTerm t) {
  if (t == BEAM_NIL) return true;
  if (BEAM_IS_BITSTRING(t)) return bits_size(t) == 0;
  if (!BEAM_IS_LIST(t)) return false;
  return nothing_in(BEAM_CAR(t)) && nothing_in(BEAM_CDR(t));
}

static int walk_list(Walk *w, BeamTerm l, int depth);

/* One element or tail: a code point, a binary, or a list. */
static int walk_any(Walk *w, BeamTerm t, int depth) {
  if (BEAM_IS_BITSTRING(t)) return walk_binary(w, t);
  if (BEAM_IS_LIST(t) || t == BEAM_NIL) return walk_list(w, t, depth + 1);
  return W_BADARG;
}

/* The elements of the list l, then its tail. */
static int walk_list(Walk *w, BeamTerm l, int depth) {
  if (depth > 10000) return W_BADARG; /* deeper than chardata goes (C stack) */
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm h = BEAM_CAR(l), t = BEAM_CDR(l);
    if (BEAM_IS_SMALL(h)) {
      BeamSint c = BEAM_SMALL_VALUE(h);
      if (w->npend > 0) { /* a code point while utf8 bytes wait */
        w->rest = l;
        return W_ERROR;
      }
      bool ok = c >= 0 && (w->e.kind == ENC_LATIN1 ? c <= 255 : valid_cp((uint32_t)c));
      if (!ok) {
        w->rest = l;
        return W_ERROR;
      }
      out_put(&w->out, (uint32_t)c);
      continue;
    }
    if (BEAM_IS_BIG(h)) {
      w->rest = l;
      return W_ERROR;
    }
    int r = walk_any(w, h, depth);
    if (r == W_OK || r == W_BADARG) {
      if (r == W_BADARG) return r;
      continue;
    }
    if (r == W_INCOMPLETE && nothing_in(t)) return r;
    if (r == W_INCOMPLETE) w->rest = tb_cons(w->p, w->rest, tb_cons(w->p, t, BEAM_NIL));
    else w->rest = tb_cons(w->p, w->rest, t);
    return W_ERROR;
  }
  if (l == BEAM_NIL) return W_OK;
  return BEAM_IS_BITSTRING(l) ? walk_binary(w, l) : W_BADARG;
}

/* The code points as a list, or as a UTF-8 binary. */
static BeamTerm as_list(BeamProc *p, const Out *o) {
  BeamTerm list = BEAM_NIL;
  BeamTerm *c = beam_alloc(p, 2 * o->n);
  for (size_t i = o->n; i-- > 0;) {
    c[2 * i] = BEAM_SMALL(o->cp[i]);
    c[2 * i + 1] = list;
    list = BEAM_MAKE_LIST(c + 2 * i);
  }
  return list;
}

static BeamTerm as_utf8(BeamProc *p, const Out *o) {
  size_t n = 0;
  for (size_t i = 0; i < o->n; i++) n += o->cp[i] < 0x80 ? 1 : o->cp[i] < 0x800 ? 2 : o->cp[i] < 0x10000 ? 3 : 4;
  uint8_t *d;
  BeamTerm r = bin_new(p, n, &d);
  for (size_t i = 0; i < o->n; i++) {
    uint32_t c = o->cp[i];
    if (c < 0x80) *d++ = (uint8_t)c;
    else if (c < 0x800) *d++ = (uint8_t)(0xC0 | c >> 6), *d++ = (uint8_t)(0x80 | (c & 0x3F));
    else if (c < 0x10000)
      *d++ = (uint8_t)(0xE0 | c >> 12), *d++ = (uint8_t)(0x80 | (c >> 6 & 0x3F)),
      *d++ = (uint8_t)(0x80 | (c & 0x3F));
    else
      *d++ = (uint8_t)(0xF0 | c >> 18), *d++ = (uint8_t)(0x80 | (c >> 12 & 0x3F)),
      *d++ = (uint8_t)(0x80 | (c >> 6 & 0x3F)), *d++ = (uint8_t)(0x80 | (c & 0x3F));
  }
  return r;
}

/* The waiting utf8 bytes as a binary. */
static BeamTerm pend_binary(Walk *w) {
  uint8_t *d;
  BeamTerm b = bin_new(w->p, w->npend, &d);
  memcpy(d, w->pend, w->npend);
  return b;
}

/* What waiting utf8 bytes make of the walk's result r (see the top). */
static int pend_finish(Walk *w, int r) {
  if (w->npend == 0 || r == W_BADARG) return r;
  BeamTerm pb = pend_binary(w);
  if (r == W_OK) {
    w->rest = pb;
    return pend_may_finish(w) ? W_INCOMPLETE : W_ERROR;
  }
  w->rest = tb_cons(w->p, pb, tb_cons(w->p, w->rest, BEAM_NIL));
  return r;
}

static BeamTerm characters(BeamProc *p, BeamTerm data, BeamTerm enc, bool binary) {
  Walk w = {p, {0, false}, {NULL, 0, 0}, BEAM_NIL, {0, 0, 0, 0}, 0};
  if (!enc_of(enc, &w.e)) return bif_badarg(p);
  int r = pend_finish(&w, walk_any(&w, data, 0));
  BeamTerm done = r == W_BADARG ? BEAM_NIL : binary ? as_utf8(p, &w.out) : as_list(p, &w.out);
  os_free(w.out.cp);
  switch (r) {
  case W_OK: return done;
  case W_BADARG: return bif_badarg(p);
  default: {
    BeamTerm *t = beam_alloc(p, 4);
    t[0] = BEAM_HEADER(3, BEAM_SUB_TUPLE);
    t[1] = r == W_ERROR ? ATOM_ERROR : ATOM_INCOMPLETE, t[2] = done, t[3] = w.rest;
    return BEAM_MAKE_BOXED(t);
  }
  }
}

BeamTerm beam_bif_unicode_characters_to_list_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return characters(p, a1, a2, false);
}

BeamTerm beam_bif_unicode_characters_to_binary_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return characters(p, a1, a2, true);
}

BeamTerm beam_bif_unicode_bin_is_7bit_1(BeamProc *p, BeamTerm a1) {
  size_t n;
  uint8_t *tmp;
  if (!beam_is_binary(a1)) return ATOM_FALSE; /* erl: false for anything else */
  const uint8_t *b = bits_bytes(a1, &n, &tmp);
  bool seven = true;
  for (size_t i = 0; i < n && seven; i++) seven = b[i] < 0x80;
  os_free(tmp);
  return seven ? ATOM_TRUE : ATOM_FALSE;
}
