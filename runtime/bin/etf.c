/*
** etf.c — the external term format (etf.h): term_to_binary/1,2 and
** binary_to_term/1,2 as erl (OTP 25) has them.
**
** A term is the version byte 131 and the term's encoding, or 131, 80,
** the encoding's size (4 bytes) and the encoding as one zlib stream.
** Numbers are big-endian.  What erl writes, and so what this writes:
**
**   integers     0..255 SMALL_INTEGER_EXT (97); other 32-bit ones
**                INTEGER_EXT (98); beyond, the magnitude's bytes, low
**                first: SMALL_BIG_EXT (110) up to 255 bytes, else
**                LARGE_BIG_EXT (111), each with a sign byte
**   floats       NEW_FLOAT_EXT (70, the IEEE bits); minor_version 0:
**                FLOAT_EXT (99, "%.20e" in 31 bytes padded with NULs)
**   atoms        minor_version 0 and 1 (the default): ATOM_EXT (100) of
**                the Latin-1 bytes when every character is Latin-1; else,
**                and always with minor_version 2, the UTF-8 bytes in
**                SMALL_ATOM_UTF8_EXT (119) up to 255 bytes, else
**                ATOM_UTF8_EXT (118)
**   tuples       SMALL_TUPLE_EXT (104) up to 255 elements, else
**                LARGE_TUPLE_EXT (105)
**   lists        [] NIL_EXT (106); a proper list of up to 65535 integers
**                0..255 STRING_EXT (107); any other LIST_EXT (108): the
**                cons cells' count, their heads, then the tail
**   bitstrings   BINARY_EXT (109); a bitstring of other than whole bytes
**                BIT_BINARY_EXT (77): bytes, the last byte's used bits
**                (1..7), the bits with the rest of the last byte zero
**   maps         MAP_EXT (116): the count, then key, value ... in the
**                order of etf_map_pairs
**   pids         NEW_PID_EXT (88): node, number (15 bits), serial (13
**                bits), creation (4 bytes); erl's node when it is not
**                distributed is nonode@nohost, creation 0
**   ports        NEW_PORT_EXT (89): node, number, creation (V4_PORT_EXT,
**                120, for a number beyond 32 bits: none erl reads back)
**   references   NEWER_REFERENCE_EXT (90): 3, node, creation, three
**                32-bit numbers (ref.h)
**   funs         EXPORT_EXT (113): module, function, arity; closures
**                NEW_FUN_EXT (112): its size in bytes, arity, the
**                module's MD5, index, free variables' count, module,
**                old index, old uniq, creator pid, free variables
**
** Compression ({compressed, L}, L > 0): erl gives zlib the encoding
** (without 131) and an output buffer five bytes smaller, and keeps the
** compressed form only when the stream fits; so does etf_encode.
**
** binary_to_term also reads the older encodings erl reads (ATOM_EXT's
** Latin-1 and SMALL_ATOM_EXT, FLOAT_EXT's text, PID_EXT, PORT_EXT,
** REFERENCE_EXT, NEW_REFERENCE_EXT) and refuses what erl refuses: a bad
** tag, bytes missing, atoms of more than 255 characters or bad UTF-8,
** integers of more than 4194296 bytes, NaN and infinite floats,
** duplicate map keys, bitstrings whose bit count is out of range, and
** out-of-range numbers in pids (15 and 13 bits), ports (28 bits) and
** references (18 bits first).  Bytes after the term are ignored (the
** `used` option counts them out).  beamc refuses too, where erl would
** make a term beamc has no way to hold (docs/ARCHITECTURE.md): pids,
** ports and references of another node or creation (beamc has no
** external pids), and a closure that is not one of this program's funs
** as it was compiled (erl makes a fun that raises badfun when called).
**
** Both directions walk with a stack of their own, so any nesting depth
** works.  Decoding is one pass: before a compound term is allocated its
** element count is checked against the bytes left (every element takes
** one byte at least, counting those already announced), so no input
** makes memory grow faster than its length.  Atoms are made as they are
** read (erl makes them after checking the whole input: a bad input can
** leave atoms behind here).
*/
#include "etf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "bin.h"
#include "bits.h"
#include "call.h"
#include "integer.h"
#include "map.h"
#include "os/os.h"
#include "proc.h"
#include "ptab.h"
#include "term_build.h"

enum {
  VERSION = 131,
  COMPRESSED = 80,
  NEW_FLOAT_EXT = 70,
  BIT_BINARY_EXT = 77,
  NEW_PID_EXT = 88,
  NEW_PORT_EXT = 89,
  NEWER_REFERENCE_EXT = 90,
  SMALL_INTEGER_EXT = 97,
  INTEGER_EXT = 98,
  FLOAT_EXT = 99,
  ATOM_EXT = 100,
  REFERENCE_EXT = 101,
  PORT_EXT = 102,
  PID_EXT = 103,
  SMALL_TUPLE_EXT = 104,
  LARGE_TUPLE_EXT = 105,
  NIL_EXT = 106,
  STRING_EXT = 107,
  LIST_EXT = 108,
  BINARY_EXT = 109,
  SMALL_BIG_EXT = 110,
  LARGE_BIG_EXT = 111,
  NEW_FUN_EXT = 112,
  EXPORT_EXT = 113,
  NEW_REFERENCE_EXT = 114,
  SMALL_ATOM_EXT = 115,
  MAP_EXT = 116,
  ATOM_UTF8_EXT = 118,
  SMALL_ATOM_UTF8_EXT = 119,
  V4_PORT_EXT = 120
};

/* The limits of erl's local pids, ports and references. */
#define PORT_NUMBER_MAX 0x0FFFFFFFu
#define REF_N0_MAX 0x3FFFFu
/* The longest integer erl reads: INT_MAX_BITS of magnitude. */
#define BIG_BYTES_MAX (INT_MAX_BITS / 8)
/* The longest list STRING_EXT holds. */
#define STRING_MAX 0xFFFF
/* Maps above this many keys are hash tries in erl. */
#define FLATMAP_MAX 32

/* ====================================================================== */
/* Encoding                                                                */
/* ====================================================================== */

/* The bytes written so far, in a buffer that grows. */
typedef struct Buf {
  uint8_t *b;
  size_t n, cap;
} Buf;

/* k more bytes at the end, to be written by the caller. */
static uint8_t *room(Buf *b, size_t k) {
  if (b->cap - b->n < k) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->n < k) cap *= 2;
    b->b = os_realloc(b->b, cap, "term_to_binary");
    b->cap = cap;
  }
  uint8_t *p = b->b + b->n;
  b->n += k;
  return p;
}

static void put8(Buf *b, unsigned v) { *room(b, 1) = (uint8_t)v; }

static void put_be(uint8_t *p, uint64_t v, unsigned bytes) {
  for (unsigned i = 0; i < bytes; i++) p[i] = (uint8_t)(v >> (8 * (bytes - 1 - i)));
}

static void put16(Buf *b, unsigned v) { put_be(room(b, 2), v, 2); }
static void put32(Buf *b, uint32_t v) { put_be(room(b, 4), v, 4); }

static void put_bytes(Buf *b, const void *s, size_t n) {
  if (n > 0) memcpy(room(b, n), s, n);
}

/* An atom: Latin-1 below minor_version 2 when it can be, else UTF-8. */
static void enc_atom(Buf *b, BeamTerm a, int minor) {
  const BeamAtom *r = BEAM_ATOM_REC(a);
  const uint8_t *s = (const uint8_t *)r->name;
  bool latin1 = minor < 2;
  for (uint32_t i = 0; latin1 && i < r->len; i += s[i] < 0x80 ? 1 : 2)
    latin1 = s[i] < 0x80 || s[i] == 0xC2 || s[i] == 0xC3; /* U+0080..U+00FF */
  if (latin1) {
    put8(b, ATOM_EXT);
    put16(b, r->chars);
    uint8_t *out = room(b, r->chars);
    for (uint32_t i = 0; i < r->len; i += s[i] < 0x80 ? 1 : 2)
      *out++ = s[i] < 0x80 ? s[i] : (uint8_t)((s[i] & 0x03) << 6 | (s[i + 1] & 0x3F));
  } else if (r->len <= 255) {
    put8(b, SMALL_ATOM_UTF8_EXT);
    put8(b, r->len);
    put_bytes(b, s, r->len);
  } else {
    put8(b, ATOM_UTF8_EXT);
    put16(b, r->len);
    put_bytes(b, s, r->len);
  }
}

/* A magnitude of nbytes bytes, least significant first, taken from
   digits d. */
static void enc_big(Buf *b, int sign, const BnDigit *d, size_t nbytes) {
  if (nbytes <= 255) {
    put8(b, SMALL_BIG_EXT);
    put8(b, (unsigned)nbytes);
  } else {
    put8(b, LARGE_BIG_EXT);
    put32(b, (uint32_t)nbytes);
  }
  put8(b, sign);
  uint8_t *out = room(b, nbytes);
  for (size_t i = 0; i < nbytes; i++)
    out[i] = (uint8_t)(d[i / sizeof(BnDigit)] >> (8 * (i % sizeof(BnDigit))));
}

static void enc_int64(Buf *b, int64_t v) {
  if (v >= 0 && v <= 255) {
    put8(b, SMALL_INTEGER_EXT);
    put8(b, (unsigned)v);
  } else if (v >= INT32_MIN && v <= INT32_MAX) {
    put8(b, INTEGER_EXT);
    put32(b, (uint32_t)v);
  } else {
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    BnDigit d[BN_INT64_DIGITS];
    for (size_t i = 0; i < BN_INT64_DIGITS; i++) d[i] = (BnDigit)(m >> (BN_DIGIT_BITS * i));
    size_t nbytes = 0;
    while (m != 0) m >>= 8, nbytes++;
    enc_big(b, v < 0, d, nbytes);
  }
}

static void enc_integer(Buf *b, BeamTerm t) {
  int64_t v;
  if (int_to_int64(t, &v)) {
    enc_int64(b, v);
    return;
  }
  IntView iv;
  int_view(t, &iv);
  enc_big(b, iv.sign, iv.d, (bn_bitlen(iv.d, iv.n) + 7) / 8);
}

static void enc_float(Buf *b, double d, int minor) {
  if (minor == 0) {
    char text[32];
    put8(b, FLOAT_EXT);
    memset(text, 0, sizeof text);
    snprintf(text, sizeof text, "%.20e", d);
    put_bytes(b, text, 31);
    return;
  }
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  put8(b, NEW_FLOAT_EXT);
  put_be(room(b, 8), bits, 8);
}

/* This node, as a pid, port or reference names it. */
static void enc_node(Buf *b, int minor) { enc_atom(b, ATOM_NONODE_NOHOST, minor); }

static void enc_pid(Buf *b, BeamTerm pid, int minor) {
  put8(b, NEW_PID_EXT);
  enc_node(b, minor);
  put32(b, ptab_erl_number(pid));
  put32(b, (uint32_t)ptab_erl_serial(pid));
  put32(b, 0);
}

static void enc_port(Buf *b, BeamTerm port, int minor) {
  uint64_t n = (uint64_t)(port >> 6);
  put8(b, n > UINT32_MAX ? V4_PORT_EXT : NEW_PORT_EXT);
  enc_node(b, minor);
  if (n > UINT32_MAX) put_be(room(b, 8), n, 8);
  else put32(b, (uint32_t)n);
  put32(b, 0);
}

static void enc_ref(Buf *b, BeamTerm r, int minor) {
  const BeamTerm *w = BEAM_PTR(r);
  put8(b, NEWER_REFERENCE_EXT);
  put16(b, 3);
  enc_node(b, minor);
  put32(b, 0);
  for (int i = 1; i <= 3; i++) put32(b, (uint32_t)w[i]);
}

static void enc_bits(Buf *b, BeamTerm t) {
  Bits bs;
  bits_of(t, &bs);
  size_t whole = bs.n / 8;
  unsigned extra = (unsigned)(bs.n % 8);
  size_t len = whole + (extra != 0);
  put8(b, extra ? BIT_BINARY_EXT : BINARY_EXT);
  put32(b, (uint32_t)len);
  if (extra) put8(b, extra);
  uint8_t *out = room(b, len);
  if (len == 0) return;
  if (bs.off % 8 == 0) {
    memcpy(out, bs.p + bs.off / 8, len);
  } else {
    out[len - 1] = 0;
    bits_copy(out, 0, bs.p, bs.off, bs.n);
  }
  if (extra) out[len - 1] &= (uint8_t)(0xFF << (8 - extra));
}

void etf_map_pairs(BeamTerm m, bool deterministic, BeamTerm *kv) {
  size_t n = map_size(m);
  map_pairs(m, kv);
  if (!hamt_is(m)) return; /* a flatmap: in key order */
  if (deterministic) {
    map_sort_pairs(kv, n);
    return;
  }
  for (size_t i = 0, j = n - 1; i < j; i++, j--) { /* erl writes a trie's in reverse */
    BeamTerm k = kv[2 * i], v = kv[2 * i + 1];
    kv[2 * i] = kv[2 * j], kv[2 * i + 1] = kv[2 * j + 1];
    kv[2 * j] = k, kv[2 * j + 1] = v;
  }
}

/* The cons cells of list l up to its tail, and whether it is a string
   STRING_EXT can hold. */
static size_t list_cells(BeamTerm l, bool *string) {
  size_t n = 0;
  bool s = true;
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l), n++) {
    BeamTerm h = BEAM_CAR(l);
    s = s && BEAM_IS_SMALL(h) && (BeamTerm)h <= BEAM_SMALL(255) && (BeamSint)h >= 0;
  }
  *string = s && l == BEAM_NIL && n <= STRING_MAX;
  return n;
}

/*
** The walk.  Each frame is work left: a term to write, a run of terms
** (elements, free variables, a map's pairs), the rest of a list's cells,
** a closure's size to fill in once its free variables are written, or
** the pairs array of a map to free once they are.
*/
enum { W_TERM, W_RUN, W_CELLS, W_SIZE, W_FREE };
typedef struct Work {
  int kind;
  BeamTerm t;            /* W_TERM: the term; W_CELLS: the next cell */
  const BeamTerm *run;   /* W_RUN: the next term; W_FREE: the array */
  size_t left;           /* W_RUN, W_CELLS: terms left; W_SIZE: where
                            the closure's bytes start */
} Work;

typedef struct Enc {
  Buf out;
  int minor;
  bool deterministic;
  BeamTerm self;         /* the creator written into closures */
  Work *w;
  size_t depth, cap;
} Enc;

static void push(Enc *e, Work w) {
  if (e->depth == e->cap) {
    e->cap = e->cap ? 2 * e->cap : 64;
    e->w = os_realloc(e->w, e->cap * sizeof *e->w, "term_to_binary");
  }
  e->w[e->depth++] = w;
}

static void push_run(Enc *e, const BeamTerm *run, size_t n) {
  if (n > 0) push(e, (Work){W_RUN, 0, run, n});
}

static void enc_closure(Enc *e, BeamTerm f) {
  const BeamTerm *c = BEAM_PTR(f);
  const BeamFunEntry *fe = (const BeamFunEntry *)c[1];
  const BeamModule *m = fe->mfa->module;
  static const uint8_t no_md5[16]; /* a module translated from a .S */
  size_t start = e->out.n;
  put8(&e->out, NEW_FUN_EXT);
  put32(&e->out, 0); /* the size, filled in by W_SIZE */
  put8(&e->out, fe->arity);
  put_bytes(&e->out, m->md5 ? m->md5 : no_md5, 16);
  put32(&e->out, fe->index);
  put32(&e->out, fe->num_free);
  enc_atom(&e->out, BEAM_ATOM(*m->name), e->minor);
  enc_int64(&e->out, fe->index);
  enc_int64(&e->out, fe->old_uniq);
  enc_pid(&e->out, e->self, e->minor);
  push(e, (Work){W_SIZE, 0, NULL, start});
  push_run(e, c + 2, fe->num_free);
}

static void enc_boxed(Enc *e, BeamTerm t) {
  Buf *b = &e->out;
  const BeamTerm *o = BEAM_PTR(t);
  switch (BEAM_HEADER_SUB(o[0])) {
  case BEAM_SUB_TUPLE: {
    size_t n = BEAM_HEADER_ARITY(o[0]);
    if (n <= 255) {
      put8(b, SMALL_TUPLE_EXT);
      put8(b, (unsigned)n);
    } else {
      put8(b, LARGE_TUPLE_EXT);
      put32(b, (uint32_t)n);
    }
    push_run(e, o + 1, n);
    return;
  }
  case BEAM_SUB_POSBIG:
  case BEAM_SUB_NEGBIG: enc_integer(b, t); return;
  case BEAM_SUB_FLOAT: enc_float(b, BEAM_FLOAT_VALUE(t), e->minor); return;
  case BEAM_SUB_REF: enc_ref(b, t, e->minor); return;
  case BEAM_SUB_FUN: enc_closure(e, t); return;
  case BEAM_SUB_EXPORT:
    put8(b, EXPORT_EXT);
    enc_atom(b, o[1], e->minor);
    enc_atom(b, o[2], e->minor);
    enc_integer(b, o[3]);
    return;
  case BEAM_SUB_MAP:
  case BEAM_SUB_HASHMAP: {
    size_t n = map_size(t);
    put8(b, MAP_EXT);
    put32(b, (uint32_t)n);
    if (n == 0) return;
    BeamTerm *kv = os_alloc(2 * n * sizeof *kv, "term_to_binary");
    etf_map_pairs(t, e->deterministic, kv);
    push(e, (Work){W_FREE, 0, kv, 0});
    push_run(e, kv, 2 * n);
    return;
  }
  default: enc_bits(b, t); return; /* the bitstrings */
  }
}

/* One term: written, or its frames pushed. */
static void enc_term(Enc *e, BeamTerm t) {
  Buf *b = &e->out;
  if (BEAM_IS_SMALL(t)) {
    enc_integer(b, t);
  } else if (BEAM_IS_ATOM(t)) {
    enc_atom(b, t, e->minor);
  } else if (t == BEAM_NIL) {
    put8(b, NIL_EXT);
  } else if (BEAM_IS_PID(t)) {
    enc_pid(b, t, e->minor);
  } else if (BEAM_IS_PORT(t)) {
    enc_port(b, t, e->minor);
  } else if (BEAM_IS_LIST(t)) {
    bool string;
    size_t n = list_cells(t, &string);
    if (string) {
      put8(b, STRING_EXT);
      put16(b, (unsigned)n);
      uint8_t *out = room(b, n);
      for (size_t i = 0; i < n; i++, t = BEAM_CDR(t)) out[i] = (uint8_t)BEAM_SMALL_VALUE(BEAM_CAR(t));
      return;
    }
    put8(b, LIST_EXT);
    put32(b, (uint32_t)n);
    BeamTerm tail = t;
    for (size_t i = 0; i < n; i++) tail = BEAM_CDR(tail);
    push(e, (Work){W_TERM, tail, NULL, 0});
    push(e, (Work){W_CELLS, t, NULL, n});
  } else {
    enc_boxed(e, t);
  }
}

static void enc_walk(Enc *e, BeamTerm t) {
  push(e, (Work){W_TERM, t, NULL, 0});
  while (e->depth > 0) {
    Work *w = &e->w[e->depth - 1];
    switch (w->kind) {
    case W_TERM:
      e->depth--;
      enc_term(e, w->t);
      break;
    case W_RUN: {
      BeamTerm x = *w->run++;
      if (--w->left == 0) e->depth--;
      enc_term(e, x);
      break;
    }
    case W_CELLS: {
      BeamTerm cell = w->t;
      w->t = BEAM_CDR(cell);
      if (--w->left == 0) e->depth--;
      enc_term(e, BEAM_CAR(cell));
      break;
    }
    case W_SIZE:
      e->depth--;
      /* the bytes from the size field on, the field included */
      put_be(e->out.b + w->left + 1, (uint64_t)(e->out.n - w->left - 1), 4);
      break;
    default: /* W_FREE */
      e->depth--;
      os_free((void *)w->run);
      break;
    }
  }
}

BeamTerm etf_encode(BeamProc *p, BeamTerm t, const EtfOptions *o) {
  Enc e = {{NULL, 0, 0}, o->minor, o->deterministic, PROC(p)->pid, NULL, 0, 0};
  put8(&e.out, VERSION);
  enc_walk(&e, t);
  os_free(e.w);
  uint8_t *data;
  BeamTerm r = BEAM_NONV;
  if (o->level > 0) {
    /* erl's rule: the stream must fit in five bytes less than the
       encoding, so the result is never longer than the plain one */
    size_t real = e.out.n - 1, cap = real < 5 ? 0 : real - 5, len;
    uint8_t *z = os_alloc(cap, "term_to_binary");
    if (zip_deflate(o->level, e.out.b + 1, real, z, cap, &len)) {
      r = bin_new(p, 6 + len, &data);
      data[0] = VERSION;
      data[1] = COMPRESSED;
      put_be(data + 2, real, 4);
      memcpy(data + 6, z, len);
    }
    os_free(z);
  }
  if (r == BEAM_NONV) {
    r = bin_new(p, e.out.n, &data);
    memcpy(data, e.out.b, e.out.n);
  }
  os_free(e.out.b);
  return r;
}

/* ====================================================================== */
/* Decoding                                                                */
/* ====================================================================== */

/*
** Slots to fill: `n` term slots from `slot` on, `stride` words apart (a
** tuple's elements, a list's heads, a closure's free variables, a map's
** pairs); or, with `kv` set, a map to make from the n pairs at kv once
** they are read, into `slot`.
*/
typedef struct Slots {
  BeamTerm *slot;
  size_t n, stride;
  BeamTerm *kv;
} Slots;

typedef struct Dec {
  BeamProc *p;
  const uint8_t *at, *end;
  size_t promised;  /* terms announced and not read yet */
  bool safe;
  Slots *s;
  size_t depth, cap;
} Dec;

static size_t left(const Dec *d) { return (size_t)(d->end - d->at); }

/* The next k bytes, or NULL when there are fewer. */
static const uint8_t *take(Dec *d, size_t k) {
  if (left(d) < k) return NULL;
  const uint8_t *p = d->at;
  d->at += k;
  return p;
}

static uint64_t get_be(const uint8_t *p, unsigned bytes) {
  uint64_t v = 0;
  for (unsigned i = 0; i < bytes; i++) v = v << 8 | p[i];
  return v;
}

/* A k-byte number into *v; false when the bytes are missing. */
static bool get_n(Dec *d, unsigned k, uint64_t *v) {
  const uint8_t *p = take(d, k);
  if (p == NULL) return false;
  *v = get_be(p, k);
  return true;
}

/* Whether k more terms fit in the bytes left with those announced. */
static bool announce(Dec *d, uint64_t k) {
  if (d->promised > left(d) || k > left(d) - d->promised) return false;
  d->promised += (size_t)k;
  return true;
}

static bool push_slots(Dec *d, Slots s) {
  if (s.n == 0 && s.kv == NULL) return true;
  if (d->depth == d->cap) {
    d->cap = d->cap ? 2 * d->cap : 64;
    d->s = os_realloc(d->s, d->cap * sizeof *d->s, "binary_to_term");
  }
  d->s[d->depth++] = s;
  return true;
}

/* n words on the heap, each [] until filled. */
static BeamTerm *alloc_nil(Dec *d, size_t n) {
  BeamTerm *hp = beam_alloc(d->p, n);
  for (size_t i = 0; i < n; i++) hp[i] = BEAM_NIL;
  return hp;
}

/* ---- atoms ---------------------------------------------------------------- */

/* The characters of valid UTF-8 s[0..n) (no overlong forms, surrogates
   or code points beyond U+10FFFF), or -1. */
static long utf8_chars(const uint8_t *s, size_t n) {
  long chars = 0;
  for (size_t i = 0; i < n; chars++) {
    uint8_t c = s[i];
    size_t k;
    uint32_t cp;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      k = 1, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      k = 2, cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      k = 3, cp = c & 0x07;
    } else {
      return -1;
    }
    if (n - i - 1 < k) return -1;
    for (size_t j = 1; j <= k; j++) {
      if ((s[i + j] & 0xC0) != 0x80) return -1;
      cp = cp << 6 | (s[i + j] & 0x3F);
    }
    if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return -1;
    i += k + 1;
  }
  return chars;
}

/*
** An atom of any of the four atom tags, the tag read already: made when
** `make`, else only found (BEAM_NONV when it does not exist).  BEAM_NONV
** for bytes that are not an atom.
*/
static BeamTerm dec_atom_body(Dec *d, unsigned tag, bool make) {
  uint64_t len;
  bool utf8 = tag == ATOM_UTF8_EXT || tag == SMALL_ATOM_UTF8_EXT;
  if (!get_n(d, tag == ATOM_EXT || tag == ATOM_UTF8_EXT ? 2 : 1, &len)) return BEAM_NONV;
  const uint8_t *s = take(d, (size_t)len);
  if (s == NULL) return BEAM_NONV;
  char name[2 * ATOM_MAX_CHARS];
  size_t n = 0;
  if (utf8) {
    long chars = utf8_chars(s, (size_t)len);
    if (chars < 0 || chars > ATOM_MAX_CHARS) return BEAM_NONV;
    return make ? atom_intern((const char *)s, (size_t)len) : atom_lookup((const char *)s, (size_t)len);
  }
  if (len > ATOM_MAX_CHARS) return BEAM_NONV;
  for (size_t i = 0; i < len; i++) {
    if (s[i] < 0x80) {
      name[n++] = (char)s[i];
    } else {
      name[n++] = (char)(0xC0 | s[i] >> 6);
      name[n++] = (char)(0x80 | (s[i] & 0x3F));
    }
  }
  return make ? atom_intern(name, n) : atom_lookup(name, n);
}

static bool is_atom_tag(unsigned tag) {
  return tag == ATOM_EXT || tag == SMALL_ATOM_EXT || tag == ATOM_UTF8_EXT ||
         tag == SMALL_ATOM_UTF8_EXT;
}

/* An atom where one must be (EXPORT_EXT's parts, NEW_FUN_EXT's module,
   nodes); made when `make` and not safe. */
static BeamTerm dec_atom(Dec *d, bool make) {
  const uint8_t *t = take(d, 1);
  if (t == NULL || !is_atom_tag(*t)) return BEAM_NONV;
  return dec_atom_body(d, *t, make && !d->safe);
}

/* The node of a pid, port or reference, which must be this one: only
   looked up (a name that is no atom yet is not this node); the caller
   checks the creation. */
static bool dec_node(Dec *d) { return dec_atom(d, false) == ATOM_NONODE_NOHOST; }

/* ---- numbers ---------------------------------------------------------- */

/* An integer of the four integer tags where one must be (EXPORT_EXT's
   arity, NEW_FUN_EXT's old index and uniq), within int64_t. */
static bool dec_int64(Dec *d, int64_t *v) {
  const uint8_t *t = take(d, 1);
  uint64_t x, n, sign;
  if (t == NULL) return false;
  switch (*t) {
  case SMALL_INTEGER_EXT:
    if (!get_n(d, 1, &x)) return false;
    *v = (int64_t)x;
    return true;
  case INTEGER_EXT:
    if (!get_n(d, 4, &x)) return false;
    *v = (int32_t)(uint32_t)x;
    return true;
  case SMALL_BIG_EXT:
  case LARGE_BIG_EXT: {
    if (!get_n(d, *t == SMALL_BIG_EXT ? 1 : 4, &n) || !get_n(d, 1, &sign)) return false;
    const uint8_t *s = take(d, (size_t)n);
    if (s == NULL) return false;
    uint64_t m = 0;
    for (size_t i = (size_t)n; i-- > 0;) {
      if (m >> 56 != 0) return false;
      m = m << 8 | s[i];
    }
    if (m > (uint64_t)INT64_MAX) return false;
    *v = sign ? -(int64_t)m : (int64_t)m;
    return true;
  }
  default: return false;
  }
}

static BeamTerm dec_big(Dec *d, unsigned lenbytes) {
  uint64_t n, sign;
  if (!get_n(d, lenbytes, &n) || !get_n(d, 1, &sign) || n > BIG_BYTES_MAX) return BEAM_NONV;
  const uint8_t *s = take(d, (size_t)n);
  if (s == NULL) return BEAM_NONV;
  size_t digits = ((size_t)n + sizeof(BnDigit) - 1) / sizeof(BnDigit);
  if (digits == 0) return BEAM_SMALL(0);
  BnDigit *dg = int_alloc(d->p, digits);
  memset(dg, 0, digits * sizeof *dg);
  for (size_t i = 0; i < n; i++)
    dg[i / sizeof(BnDigit)] |= (BnDigit)s[i] << (8 * (i % sizeof(BnDigit)));
  return int_finish(d->p, dg, digits, sign != 0, digits);
}

/*
** FLOAT_EXT: 31 bytes of text ending in a NUL, read as erl reads it:
** [+-]digits[.,]digits, then optionally [eE][+-]digits, nothing else;
** a value beyond the doubles is refused, one too small for them is 0.0.
*/
static BeamTerm dec_float_text(Dec *d) {
  const uint8_t *s = take(d, 31);
  if (s == NULL) return BEAM_NONV;
  char text[32];
  size_t n = 0;
  while (n < 31 && s[n] != 0) n++;
  if (n == 31) return BEAM_NONV;
  memcpy(text, s, n);
  text[n] = 0;
  size_t i = 0;
#define DIGITS(at) ((at) < n && text[at] >= '0' && text[at] <= '9')
  if (text[i] == '+' || text[i] == '-') i++;
  if (!DIGITS(i)) return BEAM_NONV;
  while (DIGITS(i)) i++;
  if (text[i] != '.' && text[i] != ',') return BEAM_NONV;
  text[i++] = '.';
  if (!DIGITS(i)) return BEAM_NONV;
  while (DIGITS(i)) i++;
  if (text[i] == 'e' || text[i] == 'E') {
    i++;
    if (text[i] == '+' || text[i] == '-') i++;
    if (!DIGITS(i)) return BEAM_NONV;
    while (DIGITS(i)) i++;
  }
#undef DIGITS
  if (i != n) return BEAM_NONV;
  double v = strtod(text, NULL);
  if (!isfinite(v)) return BEAM_NONV;
  return beam_make_float(d->p, v);
}

static BeamTerm dec_float_bits(Dec *d) {
  uint64_t bits;
  if (!get_n(d, 8, &bits)) return BEAM_NONV;
  double v;
  memcpy(&v, &bits, sizeof v);
  if (!isfinite(v)) return BEAM_NONV;
  return beam_make_float(d->p, v);
}

/* ---- pids, ports, references -------------------------------------------- */

/* NEW_PID_EXT (creation 4 bytes) or PID_EXT (1 byte), the tag read. */
static BeamTerm dec_pid(Dec *d, unsigned cbytes) {
  uint64_t num, serial, creation;
  if (!dec_node(d) || !get_n(d, 4, &num) || !get_n(d, 4, &serial) ||
      !get_n(d, cbytes, &creation))
    return BEAM_NONV;
  if (num >> PTAB_NUMBER_BITS != 0 || serial >> PTAB_SERIAL_BITS != 0 || creation != 0)
    return BEAM_NONV;
  return ptab_pid_of((uint32_t)num, (uint32_t)serial);
}

/* A pid where one must be (NEW_FUN_EXT's creator). */
static BeamTerm dec_pid_term(Dec *d) {
  const uint8_t *t = take(d, 1);
  if (t == NULL || (*t != NEW_PID_EXT && *t != PID_EXT)) return BEAM_NONV;
  return dec_pid(d, *t == NEW_PID_EXT ? 4 : 1);
}

static BeamTerm dec_port(Dec *d, unsigned nbytes, unsigned cbytes) {
  uint64_t num, creation;
  if (!dec_node(d) || !get_n(d, nbytes, &num) || !get_n(d, cbytes, &creation) ||
      num > PORT_NUMBER_MAX || creation != 0)
    return BEAM_NONV;
  if (num > (uint64_t)(UINTPTR_MAX >> 6)) return BEAM_NONV; /* 32-bit targets */
  return (BeamTerm)num << 6 | BEAM_TAG_PORT;
}

/* NEWER_REFERENCE_EXT, NEW_REFERENCE_EXT (creation 4 or 1 bytes, after
   the count) or REFERENCE_EXT (one number, the count 0: no count). */
static BeamTerm dec_ref(Dec *d, unsigned tag) {
  uint64_t len = 1, creation, w[3] = {0, 0, 0};
  if (tag != REFERENCE_EXT && !get_n(d, 2, &len)) return BEAM_NONV;
  if (!dec_node(d)) return BEAM_NONV;
  if (tag == REFERENCE_EXT) {
    if (!get_n(d, 4, &w[0]) || !get_n(d, 1, &creation)) return BEAM_NONV;
  } else {
    if (!get_n(d, tag == NEWER_REFERENCE_EXT ? 4 : 1, &creation)) return BEAM_NONV;
    if (len < 1 || len > 3) return BEAM_NONV;
    for (uint64_t i = 0; i < len; i++)
      if (!get_n(d, 4, &w[i])) return BEAM_NONV;
  }
  if (creation != 0 || w[0] > REF_N0_MAX) return BEAM_NONV;
  BeamTerm *hp = beam_alloc(d->p, 4);
  hp[0] = BEAM_HEADER(3, BEAM_SUB_REF);
  for (int i = 0; i < 3; i++) hp[1 + i] = (BeamTerm)w[i];
  return BEAM_MAKE_BOXED(hp);
}

/* ---- funs ------------------------------------------------------------------ */

static BeamTerm dec_export(Dec *d) {
  BeamTerm m = dec_atom(d, true), f = dec_atom(d, true);
  int64_t arity;
  if (m == BEAM_NONV || f == BEAM_NONV || !dec_int64(d, &arity) || arity < 0 ||
      !BEAM_FITS_SMALL(arity))
    return BEAM_NONV;
  if (d->safe && (arity > 255 || call_lookup(m, f, (unsigned)arity) == NULL)) return BEAM_NONV;
  return tb_boxed3(d->p, BEAM_SUB_EXPORT, m, f, BEAM_SMALL(arity));
}

/* The fun entry of this program that NEW_FUN_EXT's fields name, or
   NULL. */
static const BeamFunEntry *find_fun(BeamTerm module, const uint8_t *md5, uint64_t index,
                                    uint64_t arity, uint64_t num_free, int64_t old_index,
                                    int64_t old_uniq) {
  static const uint8_t no_md5[16];
  const BeamModule *m = module == BEAM_NONV ? NULL : call_module(module);
  if (m == NULL || index >= m->n_funs || old_index < 0 || (uint64_t)old_index != index ||
      memcmp(md5, m->md5 ? m->md5 : no_md5, 16) != 0)
    return NULL;
  const BeamFunEntry *fe = m->funs[index];
  if (fe == NULL || fe->mfa == NULL || fe->index != index || fe->arity != arity ||
      fe->num_free != num_free || old_uniq < 0 || (uint64_t)old_uniq != fe->old_uniq)
    return NULL;
  return fe;
}

/* NEW_FUN_EXT, the tag read: the closure, its free variables to read
   into its slots. */
static BeamTerm dec_closure(Dec *d) {
  uint64_t size, arity, index, num_free;
  const uint8_t *md5;
  int64_t old_index, old_uniq;
  if (!get_n(d, 4, &size) || !get_n(d, 1, &arity) || (md5 = take(d, 16)) == NULL ||
      !get_n(d, 4, &index) || !get_n(d, 4, &num_free))
    return BEAM_NONV;
  BeamTerm module = dec_atom(d, false); /* a module of the program exists */
  if (!dec_int64(d, &old_index) || !dec_int64(d, &old_uniq) ||
      dec_pid_term(d) == BEAM_NONV)
    return BEAM_NONV;
  const BeamFunEntry *fe = find_fun(module, md5, index, arity, num_free, old_index, old_uniq);
  if (fe == NULL || !announce(d, num_free)) return BEAM_NONV;
  BeamTerm *hp = alloc_nil(d, 2 + num_free);
  hp[0] = BEAM_HEADER(1 + num_free, BEAM_SUB_FUN);
  hp[1] = (BeamTerm)fe;
  push_slots(d, (Slots){hp + 2, (size_t)num_free, 1, NULL});
  return BEAM_MAKE_BOXED(hp);
}

/* ---- compound terms ------------------------------------------------------- */

static BeamTerm dec_tuple(Dec *d, unsigned lenbytes) {
  uint64_t n;
  if (!get_n(d, lenbytes, &n) || n > (uint64_t)(UINTPTR_MAX >> 6) || !announce(d, n))
    return BEAM_NONV;
  BeamTerm *hp = alloc_nil(d, 1 + (size_t)n);
  hp[0] = BEAM_HEADER(n, BEAM_SUB_TUPLE);
  push_slots(d, (Slots){hp + 1, (size_t)n, 1, NULL});
  return BEAM_MAKE_BOXED(hp);
}

static BeamTerm dec_string(Dec *d) {
  uint64_t n;
  const uint8_t *s;
  if (!get_n(d, 2, &n) || (s = take(d, (size_t)n)) == NULL) return BEAM_NONV;
  if (n == 0) return BEAM_NIL;
  BeamTerm *hp = beam_alloc(d->p, 2 * (size_t)n);
  for (size_t i = 0; i < n; i++) {
    hp[2 * i] = BEAM_SMALL(s[i]);
    hp[2 * i + 1] = i + 1 < n ? BEAM_MAKE_LIST(hp + 2 * i + 2) : BEAM_NIL;
  }
  return BEAM_MAKE_LIST(hp);
}

/* LIST_EXT into *slot: the cells, then their heads and the tail to read
   (the tail alone when there are no cells). */
static bool dec_list(Dec *d, BeamTerm *slot) {
  uint64_t n;
  if (!get_n(d, 4, &n) || n >= SIZE_MAX / 2 || !announce(d, n + 1)) return false;
  if (n == 0) return push_slots(d, (Slots){slot, 1, 1, NULL});
  BeamTerm *hp = alloc_nil(d, 2 * (size_t)n);
  for (size_t i = 0; i + 1 < n; i++) hp[2 * i + 1] = BEAM_MAKE_LIST(hp + 2 * i + 2);
  *slot = BEAM_MAKE_LIST(hp);
  push_slots(d, (Slots){hp + 2 * n - 1, 1, 1, NULL}); /* the tail, last */
  return push_slots(d, (Slots){hp, (size_t)n, 2, NULL});
}

/* A binary of the n bytes at s. */
static BeamTerm make_binary(Dec *d, const uint8_t *s, size_t n) {
  uint8_t *data;
  BeamTerm b = bin_new(d->p, n, &data);
  if (n > 0) memcpy(data, s, n);
  return b;
}

static BeamTerm dec_binary(Dec *d) {
  uint64_t n;
  const uint8_t *s;
  if (!get_n(d, 4, &n) || (s = take(d, (size_t)n)) == NULL) return BEAM_NONV;
  return make_binary(d, s, (size_t)n);
}

/* BIT_BINARY_EXT: n bytes of which the last holds `bits` (1..8) bits; no
   bytes and no bits is the empty binary.  A sub-binary of a binary of
   the n bytes, as erl makes it. */
static BeamTerm dec_bitstring(Dec *d) {
  uint64_t n, bits;
  const uint8_t *s;
  if (!get_n(d, 4, &n) || !get_n(d, 1, &bits) || (s = take(d, (size_t)n)) == NULL)
    return BEAM_NONV;
  if (n == 0 ? bits != 0 : bits < 1 || bits > 8) return BEAM_NONV;
  if (n == 0 || bits == 8) return make_binary(d, s, (size_t)n);
  uint8_t *data;
  BeamTerm *hp = beam_alloc(d->p, bin_words((size_t)n) + BIN_SUB_WORDS);
  BeamTerm orig = bin_make(hp + BIN_SUB_WORDS, &PROC(d->p)->bins, (size_t)n, &data);
  memcpy(data, s, (size_t)n);
  return bin_sub(hp, orig, 0, ((size_t)n - 1) * 8 + (size_t)bits);
}

/* MAP_EXT into *slot: the pairs are read into a tuple of 2n words; the
   map is made of them once they are all there (finish_map). */
static bool dec_map(Dec *d, BeamTerm *slot) {
  uint64_t n;
  if (!get_n(d, 4, &n) || n > left(d) / 2 || !announce(d, 2 * n)) return false;
  if (n == 0) {
    *slot = map_empty();
    return true;
  }
  BeamTerm *kv = alloc_nil(d, 1 + 2 * (size_t)n);
  kv[0] = BEAM_HEADER(2 * n, BEAM_SUB_TUPLE);
  push_slots(d, (Slots){slot, (size_t)n, 0, kv + 1});
  return push_slots(d, (Slots){kv + 1, 2 * (size_t)n, 1, NULL});
}

/* The map of the n pairs at kv, or BEAM_NONV when two keys are equal
   (erl refuses those). */
static BeamTerm finish_map(Dec *d, const BeamTerm *kv, size_t n) {
  BeamTerm m = map_from_pairs(d->p, kv, n);
  return map_size(m) == n ? m : BEAM_NONV;
}

/* One term into *slot: made, or made with its parts still to read (their
   slots pushed). */
static bool dec_one(Dec *d, BeamTerm *slot) {
  const uint8_t *t = take(d, 1);
  uint64_t v;
  BeamTerm r;
  if (t == NULL || d->promised == 0) return false;
  d->promised--;
  switch (*t) {
  case SMALL_INTEGER_EXT:
    if (!get_n(d, 1, &v)) return false;
    r = BEAM_SMALL(v);
    break;
  case INTEGER_EXT:
    if (!get_n(d, 4, &v)) return false;
    r = int_from_int64(d->p, (int32_t)(uint32_t)v);
    break;
  case SMALL_BIG_EXT: r = dec_big(d, 1); break;
  case LARGE_BIG_EXT: r = dec_big(d, 4); break;
  case FLOAT_EXT: r = dec_float_text(d); break;
  case NEW_FLOAT_EXT: r = dec_float_bits(d); break;
  case ATOM_EXT:
  case SMALL_ATOM_EXT:
  case ATOM_UTF8_EXT:
  case SMALL_ATOM_UTF8_EXT: r = dec_atom_body(d, *t, !d->safe); break;
  case SMALL_TUPLE_EXT: r = dec_tuple(d, 1); break;
  case LARGE_TUPLE_EXT: r = dec_tuple(d, 4); break;
  case NIL_EXT: r = BEAM_NIL; break;
  case STRING_EXT: r = dec_string(d); break;
  case LIST_EXT: return dec_list(d, slot);
  case BINARY_EXT: r = dec_binary(d); break;
  case BIT_BINARY_EXT: r = dec_bitstring(d); break;
  case MAP_EXT: return dec_map(d, slot);
  case EXPORT_EXT: r = dec_export(d); break;
  case NEW_FUN_EXT: r = dec_closure(d); break;
  case NEW_PID_EXT: r = dec_pid(d, 4); break;
  case PID_EXT: r = dec_pid(d, 1); break;
  case NEW_PORT_EXT: r = dec_port(d, 4, 4); break;
  case PORT_EXT: r = dec_port(d, 4, 1); break;
  case V4_PORT_EXT: r = dec_port(d, 8, 4); break;
  case NEWER_REFERENCE_EXT:
  case NEW_REFERENCE_EXT:
  case REFERENCE_EXT: r = dec_ref(d, *t); break;
  default: return false;
  }
  if (r == BEAM_NONV) return false;
  *slot = r;
  return true;
}

/* The term at d's bytes (no version byte), or BEAM_NONV. */
static BeamTerm dec_walk(Dec *d) {
  BeamTerm root = BEAM_NIL;
  d->promised = 1;
  push_slots(d, (Slots){&root, 1, 1, NULL});
  while (d->depth > 0) {
    Slots *s = &d->s[d->depth - 1];
    if (s->kv != NULL) {
      d->depth--;
      BeamTerm m = finish_map(d, s->kv, s->n);
      if (m == BEAM_NONV) return BEAM_NONV;
      *s->slot = m;
      continue;
    }
    BeamTerm *slot = s->slot;
    s->slot += s->stride;
    if (--s->n == 0) d->depth--;
    if (!dec_one(d, slot)) return BEAM_NONV;
  }
  return root;
}

/* The most a zlib stream of n bytes inflates to (deflate's best ratio
   is 1032:1), with room for the stream's own few bytes. */
static uint64_t inflate_max(size_t n) { return (uint64_t)n * 1032 + 64; }

BeamTerm etf_decode(BeamProc *p, const uint8_t *in, size_t n, bool safe, size_t *used) {
  Dec d = {p, in, in + n, 0, safe, NULL, 0, 0};
  const uint8_t *v = take(&d, 1);
  if (v == NULL || *v != VERSION) return BEAM_NONV;
  BeamTerm r;
  if (left(&d) > 0 && *d.at == COMPRESSED) {
    uint64_t size;
    size_t zused;
    d.at++;
    if (!get_n(&d, 4, &size) || size == 0 || size > inflate_max(left(&d)) || size > SIZE_MAX)
      return BEAM_NONV;
    uint8_t *plain = os_alloc((size_t)size, "binary_to_term");
    if (!zip_inflate(d.at, left(&d), plain, (size_t)size, &zused)) {
      os_free(plain);
      return BEAM_NONV;
    }
    Dec z = {p, plain, plain + size, 0, safe, NULL, 0, 0};
    r = dec_walk(&z);
    os_free(z.s);
    os_free(plain);
    d.at += zused;
  } else {
    r = dec_walk(&d);
    os_free(d.s);
  }
  if (r != BEAM_NONV && used != NULL) *used = (size_t)(d.at - in);
  return r;
}

/* ====================================================================== */
/* The BIFs                                                                */
/* ====================================================================== */

BeamTerm beam_bif_erlang_term_to_binary_1(BeamProc *p, BeamTerm t) {
  EtfOptions o = ETF_DEFAULTS;
  return etf_encode(p, t, &o);
}

/* An integer option's value within [lo, hi], or -1. */
static int option_int(BeamTerm v, int lo, int hi) {
  if (!BEAM_IS_SMALL(v) || BEAM_SMALL_VALUE(v) < lo || BEAM_SMALL_VALUE(v) > hi) return -1;
  return (int)BEAM_SMALL_VALUE(v);
}

/* term_to_binary/2's options, the later winning: compressed ({compressed,
   6}), {compressed, 0..9}, {minor_version, 0..2}, deterministic; anything
   else, or an improper list, is badarg. */
BeamTerm beam_bif_erlang_term_to_binary_2(BeamProc *p, BeamTerm t, BeamTerm opts) {
  EtfOptions o = ETF_DEFAULTS;
  BeamTerm l = opts;
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm x = BEAM_CAR(l);
    if (x == ATOM_COMPRESSED) {
      o.level = 6;
    } else if (x == ATOM_DETERMINISTIC) {
      o.deterministic = true;
    } else if (BEAM_IS_TUPLE(x) && BEAM_TUPLE_ARITY(x) == 2 &&
               BEAM_ELEMENT(x, 0) == ATOM_COMPRESSED &&
               option_int(BEAM_ELEMENT(x, 1), 0, 9) >= 0) {
      o.level = option_int(BEAM_ELEMENT(x, 1), 0, 9);
    } else if (BEAM_IS_TUPLE(x) && BEAM_TUPLE_ARITY(x) == 2 &&
               BEAM_ELEMENT(x, 0) == ATOM_MINOR_VERSION &&
               option_int(BEAM_ELEMENT(x, 1), 0, 2) >= 0) {
      o.minor = option_int(BEAM_ELEMENT(x, 1), 0, 2);
    } else {
      return bif_badarg(p);
    }
  }
  if (l != BEAM_NIL) return bif_badarg(p);
  return etf_encode(p, t, &o);
}

/* The bytes of binary b (BEAM_IS_BINARY), as one array: a binary that
   is not byte-aligned in its original (a sub-binary at a bit offset) is
   copied into *copy, which the caller frees. */
static const uint8_t *binary_bytes(BeamTerm b, size_t *n, uint8_t **copy) {
  Bits bs;
  bits_of(b, &bs);
  *n = bs.n / 8;
  *copy = NULL;
  if (bs.off % 8 == 0) return bs.p + bs.off / 8;
  *copy = os_alloc(*n, "binary_to_term");
  bits_copy(*copy, 0, bs.p, bs.off, bs.n);
  return *copy;
}

static BeamTerm decode(BeamProc *p, BeamTerm b, bool safe, bool want_used) {
  if (!BEAM_IS_BINARY(b)) return bif_badarg(p);
  size_t n, used;
  uint8_t *copy;
  const uint8_t *bytes = binary_bytes(b, &n, &copy);
  BeamTerm r = etf_decode(p, bytes, n, safe, &used);
  os_free(copy);
  if (r == BEAM_NONV) return bif_badarg(p);
  return want_used ? tb_tuple2(p, r, int_from_uint64(p, used)) : r;
}

BeamTerm beam_bif_erlang_binary_to_term_1(BeamProc *p, BeamTerm b) {
  return decode(p, b, false, false);
}

/* binary_to_term/2's options: safe, used (any number of times each);
   anything else, or an improper list, is badarg. */
BeamTerm beam_bif_erlang_binary_to_term_2(BeamProc *p, BeamTerm b, BeamTerm opts) {
  bool safe = false, used = false;
  BeamTerm l = opts;
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    if (BEAM_CAR(l) == ATOM_SAFE) safe = true;
    else if (BEAM_CAR(l) == ATOM_USED) used = true;
    else return bif_badarg(p);
  }
  if (l != BEAM_NIL) return bif_badarg(p);
  return decode(p, b, safe, used);
}
