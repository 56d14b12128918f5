/*
** etf.c — decoder for the external term format (see etf.h).
**
** The input is hostile until proven otherwise.  Every length or count is
** checked against the bytes that remain before anything is allocated for
** it (each element of a container takes at least one byte), recursion is
** bounded by MAX_DEPTH, and a compressed term may inflate to at most
** MAX_INFLATED bytes and MAX_RATIO times its compressed size.  All
** memory comes from the arena, so failing (a longjmp) leaks nothing.
*/
#include "etf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define VERSION_MAGIC 131
#define MAX_DEPTH 10000
#define MAX_ATOM_CHARS 255
#define MAX_INFLATED (256u << 20)
#define MAX_RATIO 1100u

enum {
  NEW_FLOAT_EXT = 70,
  BIT_BINARY_EXT = 77,
  COMPRESSED = 80,
  SMALL_INTEGER_EXT = 97,
  INTEGER_EXT = 98,
  FLOAT_EXT = 99,
  ATOM_EXT = 100,
  SMALL_TUPLE_EXT = 104,
  LARGE_TUPLE_EXT = 105,
  NIL_EXT = 106,
  STRING_EXT = 107,
  LIST_EXT = 108,
  BINARY_EXT = 109,
  SMALL_BIG_EXT = 110,
  LARGE_BIG_EXT = 111,
  EXPORT_EXT = 113,
  SMALL_ATOM_EXT = 115,
  MAP_EXT = 116,
  ATOM_UTF8_EXT = 118,
  SMALL_ATOM_UTF8_EXT = 119
};

typedef struct Reader {
  Arena *a;
  Diag *d;
  const uint8_t *buf;
  size_t len, pos;
  long base;           /* file offset of buf[0] */
  bool inflated;       /* buf is the inflated data of a compressed term */
  CTerm *small[256];   /* shared small integers, made on demand */
  CTerm *nil;          /* shared [] */
} Reader;

/* Fails at buf[at].  In inflated data the file offset is that of the
** compressed term, and the message says where in the inflated bytes. */
static _Noreturn void fail(Reader *r, size_t at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static _Noreturn void fail(Reader *r, size_t at, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (r->inflated) diag_fail(r->d, r->base, "compressed term, inflated byte %zu: %s", at, msg);
  diag_fail(r->d, r->base + (long)at, "%s", msg);
}

static size_t left(const Reader *r) { return r->len - r->pos; }

static void need(Reader *r, size_t n, const char *what) {
  if (left(r) < n) fail(r, r->pos, "term truncated: %s needs %zu byte(s), %zu left", what, n, left(r));
}

/* Fails unless count elements of at least min_size bytes each fit in
** what is left, so that nothing is allocated for elements not there. */
static void check_count(Reader *r, size_t at, uint64_t count, size_t min_size, const char *what) {
  if (count > left(r) / min_size)
    fail(r, at, "term truncated: %s of %llu elements cannot fit in the %zu byte(s) left", what,
         (unsigned long long)count, left(r));
}

static const uint8_t *take(Reader *r, size_t n, const char *what) {
  need(r, n, what);
  const uint8_t *p = r->buf + r->pos;
  r->pos += n;
  return p;
}

static uint32_t get_u8(Reader *r, const char *what) { return *take(r, 1, what); }

static uint32_t get_u16(Reader *r, const char *what) {
  const uint8_t *p = take(r, 2, what);
  return (uint32_t)p[0] << 8 | p[1];
}

static uint32_t get_u32(Reader *r, const char *what) {
  const uint8_t *p = take(r, 4, what);
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static CTerm *decode(Reader *r, int depth);

/* ---------------------------------------------------------------------
** Numbers
*/

/* FLOAT_EXT: 31 bytes of text as C's "%.20e" writes it, NUL-padded.
** Like erl, accepts [+-]digits.digits[e[+-]digits] and nothing looser,
** and rejects values that overflow. */
static CTerm *old_float(Reader *r, size_t at) {
  char text[32];
  memcpy(text, take(r, 31, "FLOAT_EXT"), 31);
  text[31] = '\0';
  const char *p = text + (text[0] == '+' || text[0] == '-');
  size_t digits = strspn(p, "0123456789");
  bool ok = digits > 0 && p[digits] == '.';
  if (ok) {
    p += digits + 1;
    digits = strspn(p, "0123456789");
    ok = digits > 0;
    p += digits;
  }
  if (ok && (*p == 'e' || *p == 'E')) {
    p += 1 + (p[1] == '+' || p[1] == '-');
    digits = strspn(p, "0123456789");
    ok = digits > 0;
    p += digits;
  }
  if (!ok || *p != '\0') fail(r, at, "FLOAT_EXT holds no float: \"%.31s\"", text);
  double v = strtod(text, NULL);
  if (v - v != 0) fail(r, at, "FLOAT_EXT overflows a double: \"%.31s\"", text);
  return cterm_float(r->a, v);
}

/* NEW_FLOAT_EXT: a big-endian IEEE double; NaN and infinities are not
** Erlang floats. */
static CTerm *new_float(Reader *r, size_t at) {
  const uint8_t *p = take(r, 8, "NEW_FLOAT_EXT");
  uint64_t bits = 0;
  for (int i = 0; i < 8; i++) bits = bits << 8 | p[i];
  if (((bits >> 52) & 0x7ff) == 0x7ff) fail(r, at, "NEW_FLOAT_EXT is not a finite float");
  double v;
  memcpy(&v, &bits, sizeof v);
  return cterm_float(r->a, v);
}

/* SMALL_BIG_EXT and LARGE_BIG_EXT: n bytes of little-endian magnitude
** after a sign byte.  cterm_big normalises, so an over-long encoding of
** a small value gives a CT_INT as erl gives a small integer. */
static CTerm *bignum(Reader *r, size_t at, uint32_t n) {
  uint32_t sign = get_u8(r, "bignum sign");
  if (sign > 1) fail(r, at, "bignum sign byte is %u, not 0 or 1", (unsigned)sign);
  const uint8_t *p = take(r, n, "bignum digits");
  uint32_t nlimbs = (uint32_t)(((uint64_t)n + 3) / 4);
  uint32_t *limbs = ARENA_ARRAY(r->a, uint32_t, nlimbs);
  for (uint32_t i = 0; i < n; i++) limbs[i / 4] |= (uint32_t)p[i] << (8 * (i % 4));
  return cterm_big(r->a, sign == 1, limbs, nlimbs);
}

/* ---------------------------------------------------------------------
** Atoms
*/

/* Returns the number of characters of well-formed UTF-8 s[0..n), or -1. */
static long utf8_chars(const uint8_t *s, size_t n) {
  long chars = 0;
  for (size_t i = 0; i < n; chars++) {
    uint8_t c = s[i++];
    if (c < 0x80) continue;
    int extra = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (extra == 0 || n - i < (size_t)extra) return -1;
    uint32_t cp = c & (0x3fu >> extra);
    for (int k = 0; k < extra; k++, i++) {
      if ((s[i] & 0xc0) != 0x80) return -1;
      cp = cp << 6 | (s[i] & 0x3f);
    }
    static const uint32_t min_cp[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < min_cp[extra] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  }
  return chars;
}

static CTerm *atom_utf8(Reader *r, size_t at, uint32_t n) {
  const uint8_t *s = take(r, n, "atom text");
  long chars = utf8_chars(s, n);
  if (chars < 0) fail(r, at, "atom is not valid UTF-8");
  if (chars > MAX_ATOM_CHARS) fail(r, at, "atom has %ld characters (at most 255)", chars);
  return cterm_atom(r->a, (const char *)s, n);
}

/* Latin-1 atoms are stored as UTF-8, so an atom is the same term
** whichever encoding it came in. */
static CTerm *atom_latin1(Reader *r, size_t at, uint32_t n) {
  const uint8_t *s = take(r, n, "atom text");
  if (n > MAX_ATOM_CHARS) fail(r, at, "atom has %u characters (at most 255)", (unsigned)n);
  char buf[2 * MAX_ATOM_CHARS];
  size_t k = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (s[i] >= 0x80) buf[k++] = (char)(0xc0 | s[i] >> 6);
    buf[k++] = (char)(s[i] >= 0x80 ? 0x80 | (s[i] & 0x3f) : s[i]);
  }
  return cterm_atom(r->a, buf, k);
}

/* ---------------------------------------------------------------------
** Containers
*/

static CTerm *tuple(Reader *r, size_t at, uint32_t arity, int depth) {
  check_count(r, at, arity, 1, "tuple");
  CTerm *t = cterm_tuple(r->a, arity);
  for (uint32_t i = 0; i < arity; i++) t->u.tuple.elems[i] = decode(r, depth + 1);
  return t;
}

/* Terms are immutable, so the commonest leaves are made once per
** reader: this keeps a tuple of [] or a string to a small multiple of
** its encoded size. */
static CTerm *shared_nil(Reader *r) {
  if (r->nil == NULL) r->nil = cterm_nil(r->a);
  return r->nil;
}

static CTerm *small_int(Reader *r, uint8_t v) {
  if (r->small[v] == NULL) r->small[v] = cterm_int(r->a, v);
  return r->small[v];
}

/* STRING_EXT: a list of bytes. */
static CTerm *string(Reader *r) {
  uint32_t n = get_u16(r, "STRING_EXT length");
  const uint8_t *s = take(r, n, "STRING_EXT bytes");
  CTerm *list = shared_nil(r);
  for (uint32_t i = n; i-- > 0;) list = cterm_cons(r->a, small_int(r, s[i]), list);
  return list;
}

/* LIST_EXT: n elements, then the tail (NIL_EXT for a proper list).  As
** erl does, n = 0 gives just the tail. */
static CTerm *list(Reader *r, size_t at, int depth) {
  uint32_t n = get_u32(r, "LIST_EXT length");
  check_count(r, at, n, 1, "list");
  CTerm *head = NULL, **link = &head;
  for (uint32_t i = 0; i < n; i++) {
    CTerm *cell = cterm_cons(r->a, decode(r, depth + 1), NULL);
    *link = cell;
    link = &cell->u.cons.tail;
  }
  *link = decode(r, depth + 1);
  return head;
}

static CTerm *binary(Reader *r) {
  uint32_t n = get_u32(r, "BINARY_EXT length");
  return cterm_binary(r->a, take(r, n, "BINARY_EXT bytes"), (uint64_t)n * 8);
}

/* BIT_BINARY_EXT: n bytes of which the last has `bits` bits (1..8) used,
** counted from its most significant bit; n = 0 needs bits = 0. */
static CTerm *bit_binary(Reader *r, size_t at) {
  uint32_t n = get_u32(r, "BIT_BINARY_EXT length");
  uint32_t bits = get_u8(r, "BIT_BINARY_EXT bit count");
  if (n == 0 ? bits != 0 : bits < 1 || bits > 8)
    fail(r, at, "BIT_BINARY_EXT of %u bytes cannot end in %u bits", (unsigned)n, (unsigned)bits);
  const uint8_t *p = take(r, n, "BIT_BINARY_EXT bytes");
  return cterm_binary(r->a, p, n == 0 ? 0 : ((uint64_t)n - 1) * 8 + bits);
}

static int key_order(const void *x, const void *y) {
  return cterm_compare(*(CTerm *const *)x, *(CTerm *const *)y);
}

/* Fails if two keys of m are the same term (erl rejects such a map). */
static void check_keys_unique(Reader *r, size_t at, const CTerm *m) {
  uint32_t n = m->u.map.n;
  CTerm **keys = ARENA_ARRAY(r->a, CTerm *, n);
  memcpy(keys, m->u.map.keys, sizeof(CTerm *) * n);
  qsort(keys, n, sizeof(CTerm *), key_order);
  for (uint32_t i = 1; i < n; i++)
    if (cterm_equal(keys[i - 1], keys[i])) fail(r, at, "map has a repeated key");
}

static CTerm *map(Reader *r, size_t at, int depth) {
  uint32_t n = get_u32(r, "MAP_EXT size");
  check_count(r, at, n, 2, "map");
  CTerm *m = cterm_map(r->a, n);
  for (uint32_t i = 0; i < n; i++) {
    m->u.map.keys[i] = decode(r, depth + 1);
    m->u.map.vals[i] = decode(r, depth + 1);
  }
  check_keys_unique(r, at, m);
  return m;
}

/* EXPORT_EXT: module and function atoms, then the arity as an integer
** in 0..255. */
static CTerm *export(Reader *r, int depth) {
  CTerm *part[3];
  for (int i = 0; i < 3; i++) {
    size_t at = r->pos;
    part[i] = decode(r, depth + 1);
    if (i < 2 && part[i]->kind != CT_ATOM) fail(r, at, "EXPORT_EXT needs an atom here");
    int64_t v;
    if (i == 2 && (!cterm_get_int(part[i], &v) || v < 0 || v > 255))
      fail(r, at, "EXPORT_EXT arity is not an integer in 0..255");
  }
  return cterm_export(r->a, part[0], part[1], (uint32_t)part[2]->u.i);
}

/* ---------------------------------------------------------------------
** Dispatch
*/

static const char *unsupported_name(int tag) {
  switch (tag) {
    case 68: return "DIST_HEADER";
    case 80: return "COMPRESSED (only allowed at the top)";
    case 82: return "ATOM_CACHE_REF";
    case 88: return "NEW_PID_EXT";
    case 89: return "NEW_PORT_EXT";
    case 90: return "NEWER_REFERENCE_EXT";
    case 101: return "REFERENCE_EXT";
    case 102: return "PORT_EXT";
    case 103: return "PID_EXT";
    case 112: return "NEW_FUN_EXT";
    case 114: return "NEW_REFERENCE_EXT";
    case 117: return "FUN_EXT";
    case 120: return "V4_PORT_EXT";
    case 121: return "LOCAL_EXT";
  }
  return NULL;
}

static _Noreturn void bad_tag(Reader *r, size_t at, int tag) {
  const char *name = unsupported_name(tag);
  if (name != NULL) fail(r, at, "unsupported term tag %d (%s)", tag, name);
  fail(r, at, "unknown term tag %d", tag);
}

/* Decodes one term at r->pos, nested depth deep (the outermost is 1). */
static CTerm *decode(Reader *r, int depth) {
  size_t at = r->pos;
  if (depth > MAX_DEPTH) fail(r, at, "term nested deeper than %d levels", MAX_DEPTH);
  int tag = (int)get_u8(r, "term tag");
  switch (tag) {
    case SMALL_INTEGER_EXT: return small_int(r, (uint8_t)get_u8(r, "SMALL_INTEGER_EXT"));
    case INTEGER_EXT: return cterm_int(r->a, (int32_t)get_u32(r, "INTEGER_EXT"));
    case FLOAT_EXT: return old_float(r, at);
    case NEW_FLOAT_EXT: return new_float(r, at);
    case ATOM_EXT: return atom_latin1(r, at, get_u16(r, "ATOM_EXT length"));
    case SMALL_ATOM_EXT: return atom_latin1(r, at, get_u8(r, "SMALL_ATOM_EXT length"));
    case ATOM_UTF8_EXT: return atom_utf8(r, at, get_u16(r, "ATOM_UTF8_EXT length"));
    case SMALL_ATOM_UTF8_EXT: return atom_utf8(r, at, get_u8(r, "SMALL_ATOM_UTF8_EXT length"));
    case SMALL_TUPLE_EXT: return tuple(r, at, get_u8(r, "SMALL_TUPLE_EXT arity"), depth);
    case LARGE_TUPLE_EXT: return tuple(r, at, get_u32(r, "LARGE_TUPLE_EXT arity"), depth);
    case NIL_EXT: return shared_nil(r);
    case STRING_EXT: return string(r);
    case LIST_EXT: return list(r, at, depth);
    case BINARY_EXT: return binary(r);
    case BIT_BINARY_EXT: return bit_binary(r, at);
    case SMALL_BIG_EXT: return bignum(r, at, get_u8(r, "SMALL_BIG_EXT length"));
    case LARGE_BIG_EXT: return bignum(r, at, get_u32(r, "LARGE_BIG_EXT length"));
    case MAP_EXT: return map(r, at, depth);
    case EXPORT_EXT: return export(r, depth);
  }
  bad_tag(r, at, tag);
}

/* Inflates src into exactly size bytes at dst; returns NULL or what is
** wrong.  zlib's own memory is released before returning, so the caller
** may fail afterwards without leaking. */
static const char *inflate_exact(const uint8_t *src, size_t n, uint8_t *dst, size_t size) {
  z_stream zs;
  memset(&zs, 0, sizeof zs);
  if (inflateInit(&zs) != Z_OK) return "zlib cannot start";
  zs.next_in = (Bytef *)(uintptr_t)src;
  zs.avail_in = (uInt)n;
  zs.next_out = dst;
  zs.avail_out = (uInt)size;
  int rc = inflate(&zs, Z_FINISH);
  const char *err = NULL;
  if (rc == Z_STREAM_END) {
    if (zs.avail_out != 0) err = "inflates to fewer bytes than its stated size";
    else if (zs.avail_in != 0) err = "has bytes after the end of the zlib data";
  } else {
    err = "zlib data is corrupt or truncated";
    if (zs.avail_out == 0 && rc != Z_DATA_ERROR && rc != Z_MEM_ERROR) {
      uint8_t probe; /* out of room: is there really more? */
      zs.next_out = &probe;
      zs.avail_out = 1;
      inflate(&zs, Z_FINISH);
      if (zs.avail_out == 0) err = "inflates to more bytes than its stated size";
    }
  }
  inflateEnd(&zs);
  return err;
}

/* The compressed form: 80, the inflated size (4 bytes), zlib data that
** inflates to a term without the version byte. */
static CTerm *compressed(Reader *r) {
  size_t at = r->pos - 1;
  uint32_t size = get_u32(r, "compressed term size");
  size_t n = left(r);
  if (n > UINT32_MAX) fail(r, at, "compressed term of %zu bytes is too large", n);
  if (size == 0 || size > MAX_INFLATED || size > (uint64_t)n * MAX_RATIO)
    fail(r, at, "compressed term of %zu bytes cannot inflate to %u bytes", n, (unsigned)size);
  uint8_t *out = arena_alloc(r->a, size);
  const char *err = inflate_exact(r->buf + r->pos, n, out, size);
  if (err != NULL) fail(r, at, "compressed term %s", err);
  r->pos = r->len;
  Reader in = {.a = r->a, .d = r->d, .buf = out, .len = size, .base = r->base + (long)at, .inflated = true};
  CTerm *t = decode(&in, 1);
  if (in.pos != in.len) fail(&in, in.pos, "%zu trailing byte(s) after the term", in.len - in.pos);
  return t;
}

CTerm *etf_decode(Arena *a, Diag *d, const uint8_t *buf, size_t len, long base) {
  Reader r = {.a = a, .d = d, .buf = buf, .len = len, .base = base};
  uint32_t version = get_u8(&r, "version byte");
  if (version != VERSION_MAGIC) fail(&r, 0, "term starts with %u, not the version byte 131", (unsigned)version);
  CTerm *t;
  if (left(&r) > 0 && buf[1] == COMPRESSED) {
    r.pos++;
    t = compressed(&r);
  } else {
    t = decode(&r, 1);
  }
  if (r.pos != r.len) fail(&r, r.pos, "%zu trailing byte(s) after the term", r.len - r.pos);
  return t;
}
