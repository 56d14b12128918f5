/*
** rtterms.h — building runtime terms by hand for the libbeamrt unit tests.
**
** Terms live on one static word array (no collector runs in these
** tests).  Include once per test program.
*/
#ifndef BEAMC_RTTERMS_H
#define BEAMC_RTTERMS_H

#include <check.h>
#include <stdarg.h>
#include <string.h>

#include "atom.h"
#include "beamrt.h"
#include "bignum.h"
#include "compare.h"

static BeamTerm t_heap[1 << 20];
static size_t t_hp;

static inline BeamTerm *t_alloc(size_t n) {
  ck_assert_uint_le(t_hp + n, sizeof t_heap / sizeof t_heap[0]);
  BeamTerm *p = t_heap + t_hp;
  t_hp += n;
  return p;
}

static inline BeamTerm t_atom(const char *name) {
  BeamTerm a = atom_intern(name, strlen(name));
  ck_assert(a != BEAM_NONV);
  return a;
}

/* An atom whose name may hold NULs. */
static inline BeamTerm t_atom_n(const char *name, size_t len) {
  BeamTerm a = atom_intern(name, len);
  ck_assert(a != BEAM_NONV);
  return a;
}

static inline BeamTerm t_cons(BeamTerm h, BeamTerm t) {
  BeamTerm *p = t_alloc(2);
  p[0] = h;
  p[1] = t;
  return BEAM_MAKE_LIST(p);
}

/* A proper list of n terms. */
static inline BeamTerm t_list(int n, ...) {
  BeamTerm e[64], l = BEAM_NIL;
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) e[i] = va_arg(ap, BeamTerm);
  va_end(ap);
  while (n-- > 0) l = t_cons(e[n], l);
  return l;
}

/* The list of the bytes of s (each a character 0..255). */
static inline BeamTerm t_str(const char *s) {
  BeamTerm l = BEAM_NIL;
  for (size_t i = strlen(s); i-- > 0;) l = t_cons(BEAM_SMALL((unsigned char)s[i]), l);
  return l;
}

static inline BeamTerm t_tuple(int n, ...) {
  BeamTerm *p = t_alloc((size_t)n + 1);
  va_list ap;
  va_start(ap, n);
  p[0] = BEAM_HEADER(n, BEAM_SUB_TUPLE);
  for (int i = 0; i < n; i++) p[i + 1] = va_arg(ap, BeamTerm);
  va_end(ap);
  return BEAM_MAKE_BOXED(p);
}

static inline BeamTerm t_float(double d) {
  BeamTerm *p = t_alloc(1 + BEAM_FLOAT_WORDS);
  p[0] = BEAM_HEADER(BEAM_FLOAT_WORDS, BEAM_SUB_FLOAT);
  memcpy(p + 1, &d, sizeof d);
  return BEAM_MAKE_BOXED(p);
}

/* An integer from decimal text: a small when it fits, else a bignum. */
static inline BeamTerm t_int(const char *text) {
  BnDigit d[64];
  size_t n;
  int sign;
  ck_assert_int_eq(bn_from_text(d, &n, &sign, text, strlen(text), 10), BN_OK);
  int64_t v;
  if (bn_to_int64(sign, d, n, &v) && BEAM_FITS_SMALL(v)) return BEAM_SMALL(v);
  BeamTerm *p = t_alloc(n + 1);
  p[0] = BEAM_HEADER(n, sign ? BEAM_SUB_NEGBIG : BEAM_SUB_POSBIG);
  memcpy(p + 1, d, n * sizeof d[0]);
  return BEAM_MAKE_BOXED(p);
}

/* A heap binary of len bytes. */
static inline BeamTerm t_bin(const void *bytes, size_t len) {
  size_t words = (len + sizeof(BeamTerm) - 1) / sizeof(BeamTerm);
  BeamTerm *p = t_alloc(2 + words);
  p[0] = BEAM_HEADER(1 + words, BEAM_SUB_BIN);
  p[1] = len;
  memset(p + 2, 0, words * sizeof(BeamTerm));
  memcpy(p + 2, bytes, len);
  return BEAM_MAKE_BOXED(p);
}

/* A sub-binary: bits bits from bit offset off of heap binary bin. */
static inline BeamTerm t_sub(BeamTerm bin, size_t off, size_t bits) {
  BeamTerm *p = t_alloc(5);
  p[0] = BEAM_HEADER(4, BEAM_SUB_SUBBIN);
  p[1] = bits / 8;
  p[2] = off / 8;
  p[3] = (off % 8) << 3 | bits % 8;
  p[4] = bin;
  return BEAM_MAKE_BOXED(p);
}

/* The bitstring whose first bits bits are those of bytes, stored at bit
   offset shift of a fresh heap binary (so that unaligned sub-binaries
   are exercised too). */
static inline BeamTerm t_bits(const void *bytes, size_t bits, unsigned shift) {
  const uint8_t *s = bytes;
  uint8_t buf[256] = {0};
  ck_assert_uint_le((bits + shift + 7) / 8, sizeof buf);
  for (size_t i = 0; i < bits; i++)
    if (s[i / 8] >> (7 - i % 8) & 1) buf[(i + shift) / 8] |= (uint8_t)(0x80 >> ((i + shift) % 8));
  return t_sub(t_bin(buf, (bits + shift + 7) / 8), shift, bits);
}

/* A flatmap of n key-value pairs (given as key, value, key, value, ...),
   its keys sorted in map-key order; keys must be distinct. */
static inline BeamTerm t_map(int n, ...) {
  BeamTerm k[32] = {0}, v[32] = {0};
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    BeamTerm key = va_arg(ap, BeamTerm), val = va_arg(ap, BeamTerm);
    int j = i;
    for (; j > 0 && cmp_map_keys(k[j - 1], key) > 0; j--) {
      k[j] = k[j - 1];
      v[j] = v[j - 1];
    }
    k[j] = key;
    v[j] = val;
  }
  va_end(ap);
  BeamTerm *keys = t_alloc((size_t)n + 1), *p = t_alloc((size_t)n + 2);
  keys[0] = BEAM_HEADER(n, BEAM_SUB_TUPLE);
  p[0] = BEAM_HEADER(n + 1, BEAM_SUB_MAP);
  p[1] = BEAM_MAKE_BOXED(keys);
  for (int i = 0; i < n; i++) {
    keys[i + 1] = k[i];
    p[i + 2] = v[i];
  }
  return BEAM_MAKE_BOXED(p);
}

static inline BeamTerm t_export(const char *m, const char *f, unsigned arity) {
  BeamTerm *p = t_alloc(4);
  p[0] = BEAM_HEADER(3, BEAM_SUB_EXPORT);
  p[1] = t_atom(m);
  p[2] = t_atom(f);
  p[3] = BEAM_SMALL(arity);
  return BEAM_MAKE_BOXED(p);
}

/* A closure of fe with n free variables. */
static inline BeamTerm t_closure(const BeamFunEntry *fe, int n, ...) {
  BeamTerm *p = t_alloc((size_t)n + 2);
  va_list ap;
  va_start(ap, n);
  p[0] = BEAM_HEADER(n + 1, BEAM_SUB_FUN);
  p[1] = (BeamTerm)fe;
  for (int i = 0; i < n; i++) p[i + 2] = va_arg(ap, BeamTerm);
  va_end(ap);
  return BEAM_MAKE_BOXED(p);
}

/* #Ref<0.a.b.c> */
static inline BeamTerm t_ref(BeamTerm a, BeamTerm b, BeamTerm c) {
  BeamTerm *p = t_alloc(4);
  p[0] = BEAM_HEADER(3, BEAM_SUB_REF);
  p[1] = c;
  p[2] = b;
  p[3] = a;
  return BEAM_MAKE_BOXED(p);
}

static inline BeamTerm t_pid(BeamTerm n) { return n << 4 | BEAM_TAG_PID; }
static inline BeamTerm t_port(BeamTerm n) { return n << 6 | BEAM_TAG_PORT; }

#endif
