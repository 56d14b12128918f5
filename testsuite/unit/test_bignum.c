/*
** test_bignum.c — the bignum library against the reference, OTP 25.
**
** Every expected value was produced by erl -noshell -eval on OTP 25; each
** table row says which expression (hex values are integer_to_list(V, 16)).
** Large operands come from lcg(Seed, Chunks), defined the same way here
** (lcg_number) and in Erlang:
**   step(S) -> (S * 6364136223846793005 + 1442695040888963407) band (1 bsl 64 - 1).
**   lcg(Seed, N): N 32-bit chunks, least significant first, chunk i being
**   S_i bsr 32 where S_i = step(S_i-1) and S_0 = Seed, and bit 31 of the
**   top chunk forced to 1.
** Results too large to embed are checked by a fingerprint computed in erl:
**   {bit length, P band (1 bsl 64 - 1), P bsr (bit length - 64),
**    P rem 4294967291, P rem 4294967279}   of P = abs(Result).
** Values near 2^1024 are written {H, S, L}, meaning H bsl S + L.
**
** Erlang's float/1 on bignums is not correctly rounded (it rounds at each
** digit step); bn_to_double is, so where the two differ the expectation is
** float() of the integer rounded to 53 bits by integer arithmetic
** ("round53"), and the row also records what float() itself returns.
**
** Build with -DBN_FORCE_DIGIT32 to run everything with 32-bit digits.
** Set BN_TIMING=1 in the environment to print a few timings to stderr.
*/
#define _POSIX_C_SOURCE 199309L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bignum.h"
#include "unit.h"

/* ---- helpers ---- */

typedef struct {
  int sign;
  size_t n;
  BnDigit *d;
} Num;

static Num num_new(size_t cap) {
  Num x = {0, 0, calloc(cap ? cap : 1, sizeof(BnDigit))};
  ck_assert_ptr_nonnull(x.d);
  return x;
}

static void num_free(Num *x) { free(x->d); }

static Num parse(const char *s, int base) {
  size_t len = strlen(s);
  Num x = num_new(bn_from_text_size(len, base));
  ck_assert_int_eq(bn_from_text(x.d, &x.n, &x.sign, s, len, base), BN_OK);
  return x;
}

/* Text in base, NUL-terminated, malloc'd; also checks the size bound. */
static char *text_of(int sign, const BnDigit *d, size_t n, int base) {
  size_t cap = bn_text_size(n, base);
  char *t = malloc(cap);
  BnDigit *w = malloc((n ? n : 1) * sizeof *w);
  size_t len = bn_to_text(t, sign, d, n, base, w);
  ck_assert_uint_lt(len, cap); /* room for the NUL */
  t[len] = '\0';
  free(w);
  return t;
}

static void check_text(Num x, int base, const char *want, const char *what) {
  char *got = text_of(x.sign, x.d, x.n, base);
  ck_assert_msg(strcmp(got, want) == 0, "%s: got %s, want %s", what, got, want);
  free(got);
}

static int num_eq(Num a, Num b) {
  return a.sign == b.sign && bn_cmp(a.d, a.n, b.d, b.n) == 0;
}

/* {H, S, L}: H bsl S + L, for values near 2^1024. */
typedef struct {
  const char *hi;
  unsigned shift;
  const char *lo;
} Spec;

static Num build(Spec s) {
  Num h = parse(s.hi, 16), l = parse(s.lo, 16);
  Num x = num_new(bn_bsl_size(h.n, s.shift) + l.n + 1);
  x.n = bn_bsl(x.d, h.d, h.n, s.shift);
  x.sign = h.sign && x.n > 0;
  x.n = bn_sadd(x.d, &x.sign, x.sign, x.d, x.n, l.sign, l.d, l.n);
  num_free(&h);
  num_free(&l);
  return x;
}

typedef struct {
  uint64_t s;
} Rng;

static uint64_t rnd(Rng *g) {
  g->s ^= g->s << 13;
  g->s ^= g->s >> 7;
  g->s ^= g->s << 17;
  return g->s;
}

/* Random digits biased toward carries: zeros, all-ones, top bit only. */
static void rnd_digits(Rng *g, BnDigit *d, size_t n) {
  for (size_t i = 0; i < n; i++) {
    uint64_t k = rnd(g) % 8;
    d[i] = k == 0 ? 0 : k == 1 ? BN_DIGIT_MAX : k == 2 ? (BnDigit)1 << (BN_DIGIT_BITS - 1)
                                                     : (BnDigit)rnd(g);
  }
  if (n > 0 && d[n - 1] == 0) d[n - 1] = 1 + (BnDigit)(rnd(g) % 1000);
}

/* lcg(Seed, Chunks), see the top of the file. */
static Num lcg_number(uint64_t seed, size_t chunks) {
  size_t nd = (chunks * 32 + BN_DIGIT_BITS - 1) / BN_DIGIT_BITS;
  Num x = num_new(nd);
  for (size_t i = 0; i < chunks; i++) {
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    uint32_t c = (uint32_t)(seed >> 32);
    if (i + 1 == chunks) c |= 0x80000000u;
    x.d[i * 32 / BN_DIGIT_BITS] |= (BnDigit)c << (i * 32 % BN_DIGIT_BITS);
  }
  x.n = bn_normalize(x.d, nd);
  return x;
}

typedef struct {
  size_t bits;
  uint64_t lo, top;
  uint32_t m1, m2;
} Print;

static Print fingerprint(const BnDigit *a, size_t an) {
  Print p = {bn_bitlen(a, an), 0, 0, 0, 0};
  size_t k = an < BN_INT64_DIGITS ? an : BN_INT64_DIGITS;
  ck_assert(bn_to_uint64(0, a, bn_normalize(a, k), &p.lo));
  BnDigit *t = malloc((an + 1) * sizeof *t), rem;
  int s;
  size_t tn = bn_bsr(t, &s, 0, a, an, p.bits > 64 ? p.bits - 64 : 0);
  ck_assert(bn_to_uint64(0, t, tn, &p.top));
  bn_divrem_digit(t, a, an, 4294967291u, &rem);
  p.m1 = (uint32_t)rem;
  bn_divrem_digit(t, a, an, 4294967279u, &rem);
  p.m2 = (uint32_t)rem;
  free(t);
  return p;
}

static void check_print(const BnDigit *a, size_t an, Print want, const char *what) {
  Print got = fingerprint(a, an);
  ck_assert_msg(got.bits == want.bits && got.lo == want.lo && got.top == want.top &&
                    got.m1 == want.m1 && got.m2 == want.m2,
                "%s: fingerprint {%zu, %llx, %llx, %u, %u}, want {%zu, %llx, %llx, %u, %u}", what,
                got.bits, (unsigned long long)got.lo, (unsigned long long)got.top, got.m1, got.m2,
                want.bits, (unsigned long long)want.lo, (unsigned long long)want.top, want.m1,
                want.m2);
}

/* ---- operator vectors ---- */

typedef struct {
  const char *op, *a, *b, *r;
} Vec;

static const Vec vectors[] = {
    /* erl: integer_to_list(A Op B, 16) for each row {Op, A, B, Result} */
    {"+", "0", "0", "0"}, /* (0) + (0) */
    {"+", "0", "1", "1"}, /* (0) + (1) */
    {"+", "0", "-1", "-1"}, /* (0) + (-1) */
    {"+", "0", "FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF"}, /* (0) + ((1 bsl 64) - 1) */
    {"+", "0", "-10000000000000000", "-10000000000000000"}, /* (0) + (-(1 bsl 64)) */
    {"+", "0", "-FFFFFFFFFFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFFFFFFFFFF"}, /* (0) + (-((1 bsl 96) - 1)) */
    {"+", "0", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"}, /* (0) + ((1 bsl 128) - 1) */
    {"+", "1", "0", "1"}, /* (1) + (0) */
    {"+", "1", "1", "2"}, /* (1) + (1) */
    {"+", "1", "-1", "0"}, /* (1) + (-1) */
    {"+", "1", "FFFFFFFFFFFFFFFF", "10000000000000000"}, /* (1) + ((1 bsl 64) - 1) */
    {"+", "1", "-10000000000000000", "-FFFFFFFFFFFFFFFF"}, /* (1) + (-(1 bsl 64)) */
    {"+", "1", "-FFFFFFFFFFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFFFFFFFFFE"}, /* (1) + (-((1 bsl 96) - 1)) */
    {"+", "1", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "100000000000000000000000000000000"}, /* (1) + ((1 bsl 128) - 1) */
    {"+", "-1", "0", "-1"}, /* (-1) + (0) */
    {"+", "-1", "1", "0"}, /* (-1) + (1) */
    {"+", "-1", "-1", "-2"}, /* (-1) + (-1) */
    {"+", "-1", "FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFE"}, /* (-1) + ((1 bsl 64) - 1) */
    {"+", "-1", "-10000000000000000", "-10000000000000001"}, /* (-1) + (-(1 bsl 64)) */
    {"+", "-1", "-FFFFFFFFFFFFFFFFFFFFFFFF", "-1000000000000000000000000"}, /* (-1) + (-((1 bsl 96) - 1)) */
    {"+", "-1", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFE"}, /* (-1) + ((1 bsl 128) - 1) */
    {"+", "FFFFFFFFFFFFFFFF", "0", "FFFFFFFFFFFFFFFF"}, /* ((1 bsl 64) - 1) + (0) */
    {"+", "FFFFFFFFFFFFFFFF", "1", "10000000000000000"}, /* ((1 bsl 64) - 1) + (1) */
    {"+", "FFFFFFFFFFFFFFFF", "-1", "FFFFFFFFFFFFFFFE"}, /* ((1 bsl 64) - 1) + (-1) */
    {"+", "FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF", "1FFFFFFFFFFFFFFFE"}, /* ((1 bsl 64) - 1) + ((1 bsl 64) - 1) */
    {"+", "FFFFFFFFFFFFFFFF", "-10000000000000000", "-1"}, /* ((1 bsl 64) - 1) + (-(1 bsl 64)) */
    {"+", "FFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFFFFFFFFFF", "-FFFFFFFF0000000000000000"}, /* ((1 bsl 64) - 1) + (-((1 bsl 96) - 1)) */
    {"+", "FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "10000000000000000FFFFFFFFFFFFFFFE"}, /* ((1 bsl 64) - 1) + ((1 bsl 128) - 1) */
    {"+", "-10000000000000000", "0", "-10000000000000000"}, /* (-(1 bsl 64)) + (0) */
    {"+", "-10000000000000000", "1", "-FFFFFFFFFFFFFFFF"}, /* (-(1 bsl 64)) + (1) */
    {"+", "-10000000000000000", "-1", "-10000000000000001"}, /* (-(1 bsl 64)) + (-1) */
    {"+", "-10000000000000000", "FFFFFFFFFFFFFFFF", "-1"}, /* (-(1 bsl 64)) + ((1 bsl 64) - 1) */
    {"+", "-10000000000000000", "-10000000000000000", "-20000000000000000"}, /* (-(1 bsl 64)) + (-(1 bsl 64)) */
    {"+", "-10000000000000000", "-FFFFFFFFFFFFFFFFFFFFFFFF", "-100000000FFFFFFFFFFFFFFFF"}, /* (-(1 bsl 64)) + (-((1 bsl 96) - 1)) */
    {"+", "-10000000000000000", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFF"}, /* (-(1 bsl 64)) + ((1 bsl 128) - 1) */
    {"+", "-FFFFFFFFFFFFFFFFFFFFFFFF", "0", "-FFFFFFFFFFFFFFFFFFFFFFFF"}, /* (-((1 bsl 96) - 1)) + (0) */
    {"+", "-FFFFFFFFFFFFFFFFFFFFFFFF", "1", "-FFFFFFFFFFFFFFFFFFFFFFFE"}, /* (-((1 bsl 96) - 1)) + (1) */
    {"+", "-FFFFFFFFFFFFFFFFFFFFFFFF", "-1", "-1000000000000000000000000"}, /* (-((1 bsl 96) - 1)) + (-1) */
    {"+", "-FFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF", "-FFFFFFFF0000000000000000"}, /* (-((1 bsl 96) - 1)) + ((1 bsl 64) - 1) */
    {"+", "-FFFFFFFFFFFFFFFFFFFFFFFF", "-10000000000000000", "-100000000FFFFFFFFFFFFFFFF"}, /* (-((1 bsl 96) - 1)) + (-(1 bsl 64)) */
    {"+", "-FFFFFFFFFFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFFFFFFFFFF", "-1FFFFFFFFFFFFFFFFFFFFFFFE"}, /* (-((1 bsl 96) - 1)) + (-((1 bsl 96) - 1)) */
    {"+", "-FFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFF000000000000000000000000"}, /* (-((1 bsl 96) - 1)) + ((1 bsl 128) - 1) */
    {"+", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "0", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"}, /* ((1 bsl 128) - 1) + (0) */
    {"+", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "1", "100000000000000000000000000000000"}, /* ((1 bsl 128) - 1) + (1) */
    {"+", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-1", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFE"}, /* ((1 bsl 128) - 1) + (-1) */
    {"+", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF", "10000000000000000FFFFFFFFFFFFFFFE"}, /* ((1 bsl 128) - 1) + ((1 bsl 64) - 1) */
    {"+", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-10000000000000000", "FFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFF"}, /* ((1 bsl 128) - 1) + (-(1 bsl 64)) */
    {"+", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFF000000000000000000000000"}, /* ((1 bsl 128) - 1) + (-((1 bsl 96) - 1)) */
    {"+", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "1FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFE"}, /* ((1 bsl 128) - 1) + ((1 bsl 128) - 1) */
    {"-", "0", "0", "0"}, /* (0) - (0) */
    {"-", "0", "1", "-1"}, /* (0) - (1) */
    {"-", "0", "-1", "1"}, /* (0) - (-1) */
    {"-", "0", "FFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFF"}, /* (0) - ((1 bsl 64) - 1) */
    {"-", "0", "-10000000000000000", "10000000000000000"}, /* (0) - (-(1 bsl 64)) */
    {"-", "0", "-FFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFF"}, /* (0) - (-((1 bsl 96) - 1)) */
    {"-", "0", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"}, /* (0) - ((1 bsl 128) - 1) */
    {"-", "1", "0", "1"}, /* (1) - (0) */
    {"-", "1", "1", "0"}, /* (1) - (1) */
    {"-", "1", "-1", "2"}, /* (1) - (-1) */
    {"-", "1", "FFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFE"}, /* (1) - ((1 bsl 64) - 1) */
    {"-", "1", "-10000000000000000", "10000000000000001"}, /* (1) - (-(1 bsl 64)) */
    {"-", "1", "-FFFFFFFFFFFFFFFFFFFFFFFF", "1000000000000000000000000"}, /* (1) - (-((1 bsl 96) - 1)) */
    {"-", "1", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFE"}, /* (1) - ((1 bsl 128) - 1) */
    {"-", "-1", "0", "-1"}, /* (-1) - (0) */
    {"-", "-1", "1", "-2"}, /* (-1) - (1) */
    {"-", "-1", "-1", "0"}, /* (-1) - (-1) */
    {"-", "-1", "FFFFFFFFFFFFFFFF", "-10000000000000000"}, /* (-1) - ((1 bsl 64) - 1) */
    {"-", "-1", "-10000000000000000", "FFFFFFFFFFFFFFFF"}, /* (-1) - (-(1 bsl 64)) */
    {"-", "-1", "-FFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFE"}, /* (-1) - (-((1 bsl 96) - 1)) */
    {"-", "-1", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-100000000000000000000000000000000"}, /* (-1) - ((1 bsl 128) - 1) */
    {"-", "FFFFFFFFFFFFFFFF", "0", "FFFFFFFFFFFFFFFF"}, /* ((1 bsl 64) - 1) - (0) */
    {"-", "FFFFFFFFFFFFFFFF", "1", "FFFFFFFFFFFFFFFE"}, /* ((1 bsl 64) - 1) - (1) */
    {"-", "FFFFFFFFFFFFFFFF", "-1", "10000000000000000"}, /* ((1 bsl 64) - 1) - (-1) */
    {"-", "FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF", "0"}, /* ((1 bsl 64) - 1) - ((1 bsl 64) - 1) */
    {"-", "FFFFFFFFFFFFFFFF", "-10000000000000000", "1FFFFFFFFFFFFFFFF"}, /* ((1 bsl 64) - 1) - (-(1 bsl 64)) */
    {"-", "FFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFFFFFFFFFF", "100000000FFFFFFFFFFFFFFFE"}, /* ((1 bsl 64) - 1) - (-((1 bsl 96) - 1)) */
    {"-", "FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFF0000000000000000"}, /* ((1 bsl 64) - 1) - ((1 bsl 128) - 1) */
    {"-", "-10000000000000000", "0", "-10000000000000000"}, /* (-(1 bsl 64)) - (0) */
    {"-", "-10000000000000000", "1", "-10000000000000001"}, /* (-(1 bsl 64)) - (1) */
    {"-", "-10000000000000000", "-1", "-FFFFFFFFFFFFFFFF"}, /* (-(1 bsl 64)) - (-1) */
    {"-", "-10000000000000000", "FFFFFFFFFFFFFFFF", "-1FFFFFFFFFFFFFFFF"}, /* (-(1 bsl 64)) - ((1 bsl 64) - 1) */
    {"-", "-10000000000000000", "-10000000000000000", "0"}, /* (-(1 bsl 64)) - (-(1 bsl 64)) */
    {"-", "-10000000000000000", "-FFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFEFFFFFFFFFFFFFFFF"}, /* (-(1 bsl 64)) - (-((1 bsl 96) - 1)) */
    {"-", "-10000000000000000", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-10000000000000000FFFFFFFFFFFFFFFF"}, /* (-(1 bsl 64)) - ((1 bsl 128) - 1) */
    {"-", "-FFFFFFFFFFFFFFFFFFFFFFFF", "0", "-FFFFFFFFFFFFFFFFFFFFFFFF"}, /* (-((1 bsl 96) - 1)) - (0) */
    {"-", "-FFFFFFFFFFFFFFFFFFFFFFFF", "1", "-1000000000000000000000000"}, /* (-((1 bsl 96) - 1)) - (1) */
    {"-", "-FFFFFFFFFFFFFFFFFFFFFFFF", "-1", "-FFFFFFFFFFFFFFFFFFFFFFFE"}, /* (-((1 bsl 96) - 1)) - (-1) */
    {"-", "-FFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF", "-100000000FFFFFFFFFFFFFFFE"}, /* (-((1 bsl 96) - 1)) - ((1 bsl 64) - 1) */
    {"-", "-FFFFFFFFFFFFFFFFFFFFFFFF", "-10000000000000000", "-FFFFFFFEFFFFFFFFFFFFFFFF"}, /* (-((1 bsl 96) - 1)) - (-(1 bsl 64)) */
    {"-", "-FFFFFFFFFFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFFFFFFFFFF", "0"}, /* (-((1 bsl 96) - 1)) - (-((1 bsl 96) - 1)) */
    {"-", "-FFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-100000000FFFFFFFFFFFFFFFFFFFFFFFE"}, /* (-((1 bsl 96) - 1)) - ((1 bsl 128) - 1) */
    {"-", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "0", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"}, /* ((1 bsl 128) - 1) - (0) */
    {"-", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "1", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFE"}, /* ((1 bsl 128) - 1) - (1) */
    {"-", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-1", "100000000000000000000000000000000"}, /* ((1 bsl 128) - 1) - (-1) */
    {"-", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF0000000000000000"}, /* ((1 bsl 128) - 1) - ((1 bsl 64) - 1) */
    {"-", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-10000000000000000", "10000000000000000FFFFFFFFFFFFFFFF"}, /* ((1 bsl 128) - 1) - (-(1 bsl 64)) */
    {"-", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFFFFFFFFFF", "100000000FFFFFFFFFFFFFFFFFFFFFFFE"}, /* ((1 bsl 128) - 1) - (-((1 bsl 96) - 1)) */
    {"-", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "0"}, /* ((1 bsl 128) - 1) - ((1 bsl 128) - 1) */
    {"*", "0", "1", "0"}, /* (0) * (1) */
    {"*", "0", "FFFFFFFF", "0"}, /* (0) * ((1 bsl 32) - 1) */
    {"*", "0", "-FFFFFFFFFFFFFFFF", "0"}, /* (0) * (-((1 bsl 64) - 1)) */
    {"*", "0", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "0"}, /* (0) * ((1 bsl 128) - 1) */
    {"*", "0", "-FEDCBA98765432100123456789ABCDEF", "0"}, /* (0) * (-16#FEDCBA98765432100123456789ABCDEF) */
    {"*", "-1", "1", "-1"}, /* (-1) * (1) */
    {"*", "-1", "FFFFFFFF", "-FFFFFFFF"}, /* (-1) * ((1 bsl 32) - 1) */
    {"*", "-1", "-FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF"}, /* (-1) * (-((1 bsl 64) - 1)) */
    {"*", "-1", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"}, /* (-1) * ((1 bsl 128) - 1) */
    {"*", "-1", "-FEDCBA98765432100123456789ABCDEF", "FEDCBA98765432100123456789ABCDEF"}, /* (-1) * (-16#FEDCBA98765432100123456789ABCDEF) */
    {"*", "FFFFFFFF", "1", "FFFFFFFF"}, /* ((1 bsl 32) - 1) * (1) */
    {"*", "FFFFFFFF", "FFFFFFFF", "FFFFFFFE00000001"}, /* ((1 bsl 32) - 1) * ((1 bsl 32) - 1) */
    {"*", "FFFFFFFF", "-FFFFFFFFFFFFFFFF", "-FFFFFFFEFFFFFFFF00000001"}, /* ((1 bsl 32) - 1) * (-((1 bsl 64) - 1)) */
    {"*", "FFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF00000001"}, /* ((1 bsl 32) - 1) * ((1 bsl 128) - 1) */
    {"*", "FFFFFFFF", "-FEDCBA98765432100123456789ABCDEF", "-FEDCBA97777777778ACF13578888888776543211"}, /* ((1 bsl 32) - 1) * (-16#FEDCBA98765432100123456789ABCDEF) */
    {"*", "FFFFFFFFFFFFFFFF", "1", "FFFFFFFFFFFFFFFF"}, /* ((1 bsl 64) - 1) * (1) */
    {"*", "FFFFFFFFFFFFFFFF", "FFFFFFFF", "FFFFFFFEFFFFFFFF00000001"}, /* ((1 bsl 64) - 1) * ((1 bsl 32) - 1) */
    {"*", "FFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFE0000000000000001"}, /* ((1 bsl 64) - 1) * (-((1 bsl 64) - 1)) */
    {"*", "FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFF0000000000000001"}, /* ((1 bsl 64) - 1) * ((1 bsl 128) - 1) */
    {"*", "FFFFFFFFFFFFFFFF", "-FEDCBA98765432100123456789ABCDEF", "-FEDCBA987654320F02468ACF13579BDEFEDCBA9876543211"}, /* ((1 bsl 64) - 1) * (-16#FEDCBA98765432100123456789ABCDEF) */
    {"*", "-10000000000000001", "1", "-10000000000000001"}, /* (-((1 bsl 64) + 1)) * (1) */
    {"*", "-10000000000000001", "FFFFFFFF", "-FFFFFFFF00000000FFFFFFFF"}, /* (-((1 bsl 64) + 1)) * ((1 bsl 32) - 1) */
    {"*", "-10000000000000001", "-FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"}, /* (-((1 bsl 64) + 1)) * (-((1 bsl 64) - 1)) */
    {"*", "-10000000000000001", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-10000000000000000FFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFF"}, /* (-((1 bsl 64) + 1)) * ((1 bsl 128) - 1) */
    {"*", "-10000000000000001", "-FEDCBA98765432100123456789ABCDEF", "FEDCBA9876543210FFFFFFFFFFFFFFFF0123456789ABCDEF"}, /* (-((1 bsl 64) + 1)) * (-16#FEDCBA98765432100123456789ABCDEF) */
    {"*", "123456789ABCDEF0FEDCBA9876543210", "1", "123456789ABCDEF0FEDCBA9876543210"}, /* (16#123456789ABCDEF0FEDCBA9876543210) * (1) */
    {"*", "123456789ABCDEF0FEDCBA9876543210", "FFFFFFFF", "1234567888888878641FDBA77777777789ABCDF0"}, /* (16#123456789ABCDEF0FEDCBA9876543210) * ((1 bsl 32) - 1) */
    {"*", "123456789ABCDEF0FEDCBA9876543210", "-FFFFFFFFFFFFFFFF", "-123456789ABCDEF0ECA8641FDB97531F0123456789ABCDF0"}, /* (16#123456789ABCDEF0FEDCBA9876543210) * (-((1 bsl 64) - 1)) */
    {"*", "123456789ABCDEF0FEDCBA9876543210", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "123456789ABCDEF0FEDCBA987654320FEDCBA9876543210F0123456789ABCDF0"}, /* (16#123456789ABCDEF0FEDCBA9876543210) * ((1 bsl 128) - 1) */
    {"*", "123456789ABCDEF0FEDCBA9876543210", "-FEDCBA98765432100123456789ABCDEF", "-121FA00AD77D7423213D0003E234949AAA6C876160EC6A522236D88FE5618CF0"}, /* (16#123456789ABCDEF0FEDCBA9876543210) * (-16#FEDCBA98765432100123456789ABCDEF) */
    {"div", "0", "2", "0"}, /* (0) div (2) */
    {"div", "0", "-2", "0"}, /* (0) div (-2) */
    {"div", "0", "100000001", "0"}, /* (0) div ((1 bsl 32) + 1) */
    {"div", "0", "-FFFFFFFFFFFFFFFF", "0"}, /* (0) div (-((1 bsl 64) - 1)) */
    {"div", "0", "FEDCBA987654321001", "0"}, /* (0) div (16#FEDCBA987654321001) */
    {"div", "7", "2", "3"}, /* (7) div (2) */
    {"div", "7", "-2", "-3"}, /* (7) div (-2) */
    {"div", "7", "100000001", "0"}, /* (7) div ((1 bsl 32) + 1) */
    {"div", "7", "-FFFFFFFFFFFFFFFF", "0"}, /* (7) div (-((1 bsl 64) - 1)) */
    {"div", "7", "FEDCBA987654321001", "0"}, /* (7) div (16#FEDCBA987654321001) */
    {"div", "-7", "2", "-3"}, /* (-7) div (2) */
    {"div", "-7", "-2", "3"}, /* (-7) div (-2) */
    {"div", "-7", "100000001", "0"}, /* (-7) div ((1 bsl 32) + 1) */
    {"div", "-7", "-FFFFFFFFFFFFFFFF", "0"}, /* (-7) div (-((1 bsl 64) - 1)) */
    {"div", "-7", "FEDCBA987654321001", "0"}, /* (-7) div (16#FEDCBA987654321001) */
    {"div", "FFFFFFFFFFFFFFFF", "2", "7FFFFFFFFFFFFFFF"}, /* ((1 bsl 64) - 1) div (2) */
    {"div", "FFFFFFFFFFFFFFFF", "-2", "-7FFFFFFFFFFFFFFF"}, /* ((1 bsl 64) - 1) div (-2) */
    {"div", "FFFFFFFFFFFFFFFF", "100000001", "FFFFFFFF"}, /* ((1 bsl 64) - 1) div ((1 bsl 32) + 1) */
    {"div", "FFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFF", "-1"}, /* ((1 bsl 64) - 1) div (-((1 bsl 64) - 1)) */
    {"div", "FFFFFFFFFFFFFFFF", "FEDCBA987654321001", "0"}, /* ((1 bsl 64) - 1) div (16#FEDCBA987654321001) */
    {"div", "-10000000000000000", "2", "-8000000000000000"}, /* (-(1 bsl 64)) div (2) */
    {"div", "-10000000000000000", "-2", "8000000000000000"}, /* (-(1 bsl 64)) div (-2) */
    {"div", "-10000000000000000", "100000001", "-FFFFFFFF"}, /* (-(1 bsl 64)) div ((1 bsl 32) + 1) */
    {"div", "-10000000000000000", "-FFFFFFFFFFFFFFFF", "1"}, /* (-(1 bsl 64)) div (-((1 bsl 64) - 1)) */
    {"div", "-10000000000000000", "FEDCBA987654321001", "0"}, /* (-(1 bsl 64)) div (16#FEDCBA987654321001) */
    {"div", "-123456789ABCDEF0FEDCBA9876543210FFFF", "2", "-91A2B3C4D5E6F787F6E5D4C3B2A19087FFF"}, /* (-16#123456789ABCDEF0FEDCBA9876543210FFFF) div (2) */
    {"div", "-123456789ABCDEF0FEDCBA9876543210FFFF", "-2", "91A2B3C4D5E6F787F6E5D4C3B2A19087FFF"}, /* (-16#123456789ABCDEF0FEDCBA9876543210FFFF) div (-2) */
    {"div", "-123456789ABCDEF0FEDCBA9876543210FFFF", "100000001", "-12345678888888787654321FFFFF"}, /* (-16#123456789ABCDEF0FEDCBA9876543210FFFF) div ((1 bsl 32) + 1) */
    {"div", "-123456789ABCDEF0FEDCBA9876543210FFFF", "-FFFFFFFFFFFFFFFF", "123456789ABCDEF11111"}, /* (-16#123456789ABCDEF0FEDCBA9876543210FFFF) div (-((1 bsl 64) - 1)) */
    {"div", "-123456789ABCDEF0FEDCBA9876543210FFFF", "FEDCBA987654321001", "-1249249249249238EC"}, /* (-16#123456789ABCDEF0FEDCBA9876543210FFFF) div (16#FEDCBA987654321001) */
    {"div", "100000000000000000000000000000000000000000000003039", "2", "8000000000000000000000000000000000000000000000181C"}, /* ((1 bsl 200) + 12345) div (2) */
    {"div", "100000000000000000000000000000000000000000000003039", "-2", "-8000000000000000000000000000000000000000000000181C"}, /* ((1 bsl 200) + 12345) div (-2) */
    {"div", "100000000000000000000000000000000000000000000003039", "100000001", "FFFFFFFF00000000FFFFFFFF00000000FFFFFFFF00"}, /* ((1 bsl 200) + 12345) div ((1 bsl 32) + 1) */
    {"div", "100000000000000000000000000000000000000000000003039", "-FFFFFFFFFFFFFFFF", "-10000000000000001000000000000000100"}, /* ((1 bsl 200) + 12345) div (-((1 bsl 64) - 1)) */
    {"div", "100000000000000000000000000000000000000000000003039", "FEDCBA987654321001", "101249249249249247EE8CFAC687D6343"}, /* ((1 bsl 200) + 12345) div (16#FEDCBA987654321001) */
    {"rem", "0", "2", "0"}, /* (0) rem (2) */
    {"rem", "0", "-2", "0"}, /* (0) rem (-2) */
    {"rem", "0", "100000001", "0"}, /* (0) rem ((1 bsl 32) + 1) */
    {"rem", "0", "-FFFFFFFFFFFFFFFF", "0"}, /* (0) rem (-((1 bsl 64) - 1)) */
    {"rem", "0", "FEDCBA987654321001", "0"}, /* (0) rem (16#FEDCBA987654321001) */
    {"rem", "7", "2", "1"}, /* (7) rem (2) */
    {"rem", "7", "-2", "1"}, /* (7) rem (-2) */
    {"rem", "7", "100000001", "7"}, /* (7) rem ((1 bsl 32) + 1) */
    {"rem", "7", "-FFFFFFFFFFFFFFFF", "7"}, /* (7) rem (-((1 bsl 64) - 1)) */
    {"rem", "7", "FEDCBA987654321001", "7"}, /* (7) rem (16#FEDCBA987654321001) */
    {"rem", "-7", "2", "-1"}, /* (-7) rem (2) */
    {"rem", "-7", "-2", "-1"}, /* (-7) rem (-2) */
    {"rem", "-7", "100000001", "-7"}, /* (-7) rem ((1 bsl 32) + 1) */
    {"rem", "-7", "-FFFFFFFFFFFFFFFF", "-7"}, /* (-7) rem (-((1 bsl 64) - 1)) */
    {"rem", "-7", "FEDCBA987654321001", "-7"}, /* (-7) rem (16#FEDCBA987654321001) */
    {"rem", "FFFFFFFFFFFFFFFF", "2", "1"}, /* ((1 bsl 64) - 1) rem (2) */
    {"rem", "FFFFFFFFFFFFFFFF", "-2", "1"}, /* ((1 bsl 64) - 1) rem (-2) */
    {"rem", "FFFFFFFFFFFFFFFF", "100000001", "0"}, /* ((1 bsl 64) - 1) rem ((1 bsl 32) + 1) */
    {"rem", "FFFFFFFFFFFFFFFF", "-FFFFFFFFFFFFFFFF", "0"}, /* ((1 bsl 64) - 1) rem (-((1 bsl 64) - 1)) */
    {"rem", "FFFFFFFFFFFFFFFF", "FEDCBA987654321001", "FFFFFFFFFFFFFFFF"}, /* ((1 bsl 64) - 1) rem (16#FEDCBA987654321001) */
    {"rem", "-10000000000000000", "2", "0"}, /* (-(1 bsl 64)) rem (2) */
    {"rem", "-10000000000000000", "-2", "0"}, /* (-(1 bsl 64)) rem (-2) */
    {"rem", "-10000000000000000", "100000001", "-1"}, /* (-(1 bsl 64)) rem ((1 bsl 32) + 1) */
    {"rem", "-10000000000000000", "-FFFFFFFFFFFFFFFF", "-1"}, /* (-(1 bsl 64)) rem (-((1 bsl 64) - 1)) */
    {"rem", "-10000000000000000", "FEDCBA987654321001", "-10000000000000000"}, /* (-(1 bsl 64)) rem (16#FEDCBA987654321001) */
    {"rem", "-123456789ABCDEF0FEDCBA9876543210FFFF", "2", "-1"}, /* (-16#123456789ABCDEF0FEDCBA9876543210FFFF) rem (2) */
    {"rem", "-123456789ABCDEF0FEDCBA9876543210FFFF", "-2", "-1"}, /* (-16#123456789ABCDEF0FEDCBA9876543210FFFF) rem (-2) */
    {"rem", "-123456789ABCDEF0FEDCBA9876543210FFFF", "100000001", "-FFF10000"}, /* (-16#123456789ABCDEF0FEDCBA9876543210FFFF) rem ((1 bsl 32) + 1) */
    {"rem", "-123456789ABCDEF0FEDCBA9876543210FFFF", "-FFFFFFFFFFFFFFFF", "-1111111111021110"}, /* (-16#123456789ABCDEF0FEDCBA9876543210FFFF) rem (-((1 bsl 64) - 1)) */
    {"rem", "-123456789ABCDEF0FEDCBA9876543210FFFF", "FEDCBA987654321001", "-55BD5BD5BD5BD80713"}, /* (-16#123456789ABCDEF0FEDCBA9876543210FFFF) rem (16#FEDCBA987654321001) */
    {"rem", "100000000000000000000000000000000000000000000003039", "2", "1"}, /* ((1 bsl 200) + 12345) rem (2) */
    {"rem", "100000000000000000000000000000000000000000000003039", "-2", "1"}, /* ((1 bsl 200) + 12345) rem (-2) */
    {"rem", "100000000000000000000000000000000000000000000003039", "100000001", "3139"}, /* ((1 bsl 200) + 12345) rem ((1 bsl 32) + 1) */
    {"rem", "100000000000000000000000000000000000000000000003039", "-FFFFFFFFFFFFFFFF", "3139"}, /* ((1 bsl 200) + 12345) rem (-((1 bsl 64) - 1)) */
    {"rem", "100000000000000000000000000000000000000000000003039", "FEDCBA987654321001", "EB82BD53DA62389CF6"}, /* ((1 bsl 200) + 12345) rem (16#FEDCBA987654321001) */
    {"band", "0", "0", "0"}, /* (0) band (0) */
    {"band", "0", "5", "0"}, /* (0) band (5) */
    {"band", "0", "-5", "0"}, /* (0) band (-5) */
    {"band", "0", "F0F0F0F0F0F0F0F0F", "0"}, /* (0) band (16#F0F0F0F0F0F0F0F0F) */
    {"band", "0", "-10000000000000000", "0"}, /* (0) band (-(1 bsl 64)) */
    {"band", "0", "-123456789ABCDEF0FEDCBA9876543210", "0"}, /* (0) band (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"band", "5", "0", "0"}, /* (5) band (0) */
    {"band", "5", "5", "5"}, /* (5) band (5) */
    {"band", "5", "-5", "1"}, /* (5) band (-5) */
    {"band", "5", "F0F0F0F0F0F0F0F0F", "5"}, /* (5) band (16#F0F0F0F0F0F0F0F0F) */
    {"band", "5", "-10000000000000000", "0"}, /* (5) band (-(1 bsl 64)) */
    {"band", "5", "-123456789ABCDEF0FEDCBA9876543210", "0"}, /* (5) band (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"band", "-5", "0", "0"}, /* (-5) band (0) */
    {"band", "-5", "5", "1"}, /* (-5) band (5) */
    {"band", "-5", "-5", "-5"}, /* (-5) band (-5) */
    {"band", "-5", "F0F0F0F0F0F0F0F0F", "F0F0F0F0F0F0F0F0B"}, /* (-5) band (16#F0F0F0F0F0F0F0F0F) */
    {"band", "-5", "-10000000000000000", "-10000000000000000"}, /* (-5) band (-(1 bsl 64)) */
    {"band", "-5", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEF0FEDCBA9876543210"}, /* (-5) band (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"band", "F0F0F0F0F0F0F0F0F", "0", "0"}, /* (16#F0F0F0F0F0F0F0F0F) band (0) */
    {"band", "F0F0F0F0F0F0F0F0F", "5", "5"}, /* (16#F0F0F0F0F0F0F0F0F) band (5) */
    {"band", "F0F0F0F0F0F0F0F0F", "-5", "F0F0F0F0F0F0F0F0B"}, /* (16#F0F0F0F0F0F0F0F0F) band (-5) */
    {"band", "F0F0F0F0F0F0F0F0F", "F0F0F0F0F0F0F0F0F", "F0F0F0F0F0F0F0F0F"}, /* (16#F0F0F0F0F0F0F0F0F) band (16#F0F0F0F0F0F0F0F0F) */
    {"band", "F0F0F0F0F0F0F0F0F", "-10000000000000000", "F0000000000000000"}, /* (16#F0F0F0F0F0F0F0F0F) band (-(1 bsl 64)) */
    {"band", "F0F0F0F0F0F0F0F0F", "-123456789ABCDEF0FEDCBA9876543210", "F01030507090B0D00"}, /* (16#F0F0F0F0F0F0F0F0F) band (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"band", "-10000000000000000", "0", "0"}, /* (-(1 bsl 64)) band (0) */
    {"band", "-10000000000000000", "5", "0"}, /* (-(1 bsl 64)) band (5) */
    {"band", "-10000000000000000", "-5", "-10000000000000000"}, /* (-(1 bsl 64)) band (-5) */
    {"band", "-10000000000000000", "F0F0F0F0F0F0F0F0F", "F0000000000000000"}, /* (-(1 bsl 64)) band (16#F0F0F0F0F0F0F0F0F) */
    {"band", "-10000000000000000", "-10000000000000000", "-10000000000000000"}, /* (-(1 bsl 64)) band (-(1 bsl 64)) */
    {"band", "-10000000000000000", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEF10000000000000000"}, /* (-(1 bsl 64)) band (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"band", "-123456789ABCDEF0FEDCBA9876543210", "0", "0"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) band (0) */
    {"band", "-123456789ABCDEF0FEDCBA9876543210", "5", "0"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) band (5) */
    {"band", "-123456789ABCDEF0FEDCBA9876543210", "-5", "-123456789ABCDEF0FEDCBA9876543210"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) band (-5) */
    {"band", "-123456789ABCDEF0FEDCBA9876543210", "F0F0F0F0F0F0F0F0F", "F01030507090B0D00"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) band (16#F0F0F0F0F0F0F0F0F) */
    {"band", "-123456789ABCDEF0FEDCBA9876543210", "-10000000000000000", "-123456789ABCDEF10000000000000000"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) band (-(1 bsl 64)) */
    {"band", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEF0FEDCBA9876543210"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) band (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bor", "0", "0", "0"}, /* (0) bor (0) */
    {"bor", "0", "5", "5"}, /* (0) bor (5) */
    {"bor", "0", "-5", "-5"}, /* (0) bor (-5) */
    {"bor", "0", "F0F0F0F0F0F0F0F0F", "F0F0F0F0F0F0F0F0F"}, /* (0) bor (16#F0F0F0F0F0F0F0F0F) */
    {"bor", "0", "-10000000000000000", "-10000000000000000"}, /* (0) bor (-(1 bsl 64)) */
    {"bor", "0", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEF0FEDCBA9876543210"}, /* (0) bor (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bor", "5", "0", "5"}, /* (5) bor (0) */
    {"bor", "5", "5", "5"}, /* (5) bor (5) */
    {"bor", "5", "-5", "-1"}, /* (5) bor (-5) */
    {"bor", "5", "F0F0F0F0F0F0F0F0F", "F0F0F0F0F0F0F0F0F"}, /* (5) bor (16#F0F0F0F0F0F0F0F0F) */
    {"bor", "5", "-10000000000000000", "-FFFFFFFFFFFFFFFB"}, /* (5) bor (-(1 bsl 64)) */
    {"bor", "5", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEF0FEDCBA987654320B"}, /* (5) bor (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bor", "-5", "0", "-5"}, /* (-5) bor (0) */
    {"bor", "-5", "5", "-1"}, /* (-5) bor (5) */
    {"bor", "-5", "-5", "-5"}, /* (-5) bor (-5) */
    {"bor", "-5", "F0F0F0F0F0F0F0F0F", "-1"}, /* (-5) bor (16#F0F0F0F0F0F0F0F0F) */
    {"bor", "-5", "-10000000000000000", "-5"}, /* (-5) bor (-(1 bsl 64)) */
    {"bor", "-5", "-123456789ABCDEF0FEDCBA9876543210", "-5"}, /* (-5) bor (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bor", "F0F0F0F0F0F0F0F0F", "0", "F0F0F0F0F0F0F0F0F"}, /* (16#F0F0F0F0F0F0F0F0F) bor (0) */
    {"bor", "F0F0F0F0F0F0F0F0F", "5", "F0F0F0F0F0F0F0F0F"}, /* (16#F0F0F0F0F0F0F0F0F) bor (5) */
    {"bor", "F0F0F0F0F0F0F0F0F", "-5", "-1"}, /* (16#F0F0F0F0F0F0F0F0F) bor (-5) */
    {"bor", "F0F0F0F0F0F0F0F0F", "F0F0F0F0F0F0F0F0F", "F0F0F0F0F0F0F0F0F"}, /* (16#F0F0F0F0F0F0F0F0F) bor (16#F0F0F0F0F0F0F0F0F) */
    {"bor", "F0F0F0F0F0F0F0F0F", "-10000000000000000", "-F0F0F0F0F0F0F0F1"}, /* (16#F0F0F0F0F0F0F0F0F) bor (-(1 bsl 64)) */
    {"bor", "F0F0F0F0F0F0F0F0F", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEF0F0D0B09070503001"}, /* (16#F0F0F0F0F0F0F0F0F) bor (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bor", "-10000000000000000", "0", "-10000000000000000"}, /* (-(1 bsl 64)) bor (0) */
    {"bor", "-10000000000000000", "5", "-FFFFFFFFFFFFFFFB"}, /* (-(1 bsl 64)) bor (5) */
    {"bor", "-10000000000000000", "-5", "-5"}, /* (-(1 bsl 64)) bor (-5) */
    {"bor", "-10000000000000000", "F0F0F0F0F0F0F0F0F", "-F0F0F0F0F0F0F0F1"}, /* (-(1 bsl 64)) bor (16#F0F0F0F0F0F0F0F0F) */
    {"bor", "-10000000000000000", "-10000000000000000", "-10000000000000000"}, /* (-(1 bsl 64)) bor (-(1 bsl 64)) */
    {"bor", "-10000000000000000", "-123456789ABCDEF0FEDCBA9876543210", "-FEDCBA9876543210"}, /* (-(1 bsl 64)) bor (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bor", "-123456789ABCDEF0FEDCBA9876543210", "0", "-123456789ABCDEF0FEDCBA9876543210"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) bor (0) */
    {"bor", "-123456789ABCDEF0FEDCBA9876543210", "5", "-123456789ABCDEF0FEDCBA987654320B"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) bor (5) */
    {"bor", "-123456789ABCDEF0FEDCBA9876543210", "-5", "-5"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) bor (-5) */
    {"bor", "-123456789ABCDEF0FEDCBA9876543210", "F0F0F0F0F0F0F0F0F", "-123456789ABCDEF0F0D0B09070503001"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) bor (16#F0F0F0F0F0F0F0F0F) */
    {"bor", "-123456789ABCDEF0FEDCBA9876543210", "-10000000000000000", "-FEDCBA9876543210"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) bor (-(1 bsl 64)) */
    {"bor", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEF0FEDCBA9876543210"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) bor (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bxor", "0", "0", "0"}, /* (0) bxor (0) */
    {"bxor", "0", "5", "5"}, /* (0) bxor (5) */
    {"bxor", "0", "-5", "-5"}, /* (0) bxor (-5) */
    {"bxor", "0", "F0F0F0F0F0F0F0F0F", "F0F0F0F0F0F0F0F0F"}, /* (0) bxor (16#F0F0F0F0F0F0F0F0F) */
    {"bxor", "0", "-10000000000000000", "-10000000000000000"}, /* (0) bxor (-(1 bsl 64)) */
    {"bxor", "0", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEF0FEDCBA9876543210"}, /* (0) bxor (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bxor", "5", "0", "5"}, /* (5) bxor (0) */
    {"bxor", "5", "5", "0"}, /* (5) bxor (5) */
    {"bxor", "5", "-5", "-2"}, /* (5) bxor (-5) */
    {"bxor", "5", "F0F0F0F0F0F0F0F0F", "F0F0F0F0F0F0F0F0A"}, /* (5) bxor (16#F0F0F0F0F0F0F0F0F) */
    {"bxor", "5", "-10000000000000000", "-FFFFFFFFFFFFFFFB"}, /* (5) bxor (-(1 bsl 64)) */
    {"bxor", "5", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEF0FEDCBA987654320B"}, /* (5) bxor (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bxor", "-5", "0", "-5"}, /* (-5) bxor (0) */
    {"bxor", "-5", "5", "-2"}, /* (-5) bxor (5) */
    {"bxor", "-5", "-5", "0"}, /* (-5) bxor (-5) */
    {"bxor", "-5", "F0F0F0F0F0F0F0F0F", "-F0F0F0F0F0F0F0F0C"}, /* (-5) bxor (16#F0F0F0F0F0F0F0F0F) */
    {"bxor", "-5", "-10000000000000000", "FFFFFFFFFFFFFFFB"}, /* (-5) bxor (-(1 bsl 64)) */
    {"bxor", "-5", "-123456789ABCDEF0FEDCBA9876543210", "123456789ABCDEF0FEDCBA987654320B"}, /* (-5) bxor (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bxor", "F0F0F0F0F0F0F0F0F", "0", "F0F0F0F0F0F0F0F0F"}, /* (16#F0F0F0F0F0F0F0F0F) bxor (0) */
    {"bxor", "F0F0F0F0F0F0F0F0F", "5", "F0F0F0F0F0F0F0F0A"}, /* (16#F0F0F0F0F0F0F0F0F) bxor (5) */
    {"bxor", "F0F0F0F0F0F0F0F0F", "-5", "-F0F0F0F0F0F0F0F0C"}, /* (16#F0F0F0F0F0F0F0F0F) bxor (-5) */
    {"bxor", "F0F0F0F0F0F0F0F0F", "F0F0F0F0F0F0F0F0F", "0"}, /* (16#F0F0F0F0F0F0F0F0F) bxor (16#F0F0F0F0F0F0F0F0F) */
    {"bxor", "F0F0F0F0F0F0F0F0F", "-10000000000000000", "-FF0F0F0F0F0F0F0F1"}, /* (16#F0F0F0F0F0F0F0F0F) bxor (-(1 bsl 64)) */
    {"bxor", "F0F0F0F0F0F0F0F0F", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEFFF1D3B597795B3D01"}, /* (16#F0F0F0F0F0F0F0F0F) bxor (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bxor", "-10000000000000000", "0", "-10000000000000000"}, /* (-(1 bsl 64)) bxor (0) */
    {"bxor", "-10000000000000000", "5", "-FFFFFFFFFFFFFFFB"}, /* (-(1 bsl 64)) bxor (5) */
    {"bxor", "-10000000000000000", "-5", "FFFFFFFFFFFFFFFB"}, /* (-(1 bsl 64)) bxor (-5) */
    {"bxor", "-10000000000000000", "F0F0F0F0F0F0F0F0F", "-FF0F0F0F0F0F0F0F1"}, /* (-(1 bsl 64)) bxor (16#F0F0F0F0F0F0F0F0F) */
    {"bxor", "-10000000000000000", "-10000000000000000", "0"}, /* (-(1 bsl 64)) bxor (-(1 bsl 64)) */
    {"bxor", "-10000000000000000", "-123456789ABCDEF0FEDCBA9876543210", "123456789ABCDEF00123456789ABCDF0"}, /* (-(1 bsl 64)) bxor (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bxor", "-123456789ABCDEF0FEDCBA9876543210", "0", "-123456789ABCDEF0FEDCBA9876543210"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) bxor (0) */
    {"bxor", "-123456789ABCDEF0FEDCBA9876543210", "5", "-123456789ABCDEF0FEDCBA987654320B"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) bxor (5) */
    {"bxor", "-123456789ABCDEF0FEDCBA9876543210", "-5", "123456789ABCDEF0FEDCBA987654320B"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) bxor (-5) */
    {"bxor", "-123456789ABCDEF0FEDCBA9876543210", "F0F0F0F0F0F0F0F0F", "-123456789ABCDEFFF1D3B597795B3D01"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) bxor (16#F0F0F0F0F0F0F0F0F) */
    {"bxor", "-123456789ABCDEF0FEDCBA9876543210", "-10000000000000000", "123456789ABCDEF00123456789ABCDF0"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) bxor (-(1 bsl 64)) */
    {"bxor", "-123456789ABCDEF0FEDCBA9876543210", "-123456789ABCDEF0FEDCBA9876543210", "0"}, /* (-16#123456789ABCDEF0FEDCBA9876543210) bxor (-16#123456789ABCDEF0FEDCBA9876543210) */
    {"bnot", "0", "0", "-1"}, /* bnot (0) */
    {"bnot", "1", "0", "-2"}, /* bnot (1) */
    {"bnot", "-1", "0", "0"}, /* bnot (-1) */
    {"bnot", "FFFFFFFFFFFFFFFF", "0", "-10000000000000000"}, /* bnot ((1 bsl 64) - 1) */
    {"bnot", "-10000000000000000", "0", "FFFFFFFFFFFFFFFF"}, /* bnot (-(1 bsl 64)) */
    {"bnot", "10000000000000000", "0", "-10000000000000001"}, /* bnot (1 bsl 64) */
    {"bnot", "-100000001", "0", "100000000"}, /* bnot (-((1 bsl 32) + 1)) */
    {"bnot", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "0", "-100000000000000000000000000000000"}, /* bnot ((1 bsl 128) - 1) */
    {"bsl", "1", "0", "1"}, /* (1) bsl (0) */
    {"bsl", "1", "1", "2"}, /* (1) bsl (1) */
    {"bsl", "1", "1F", "80000000"}, /* (1) bsl (31) */
    {"bsl", "1", "20", "100000000"}, /* (1) bsl (32) */
    {"bsl", "1", "40", "10000000000000000"}, /* (1) bsl (64) */
    {"bsl", "1", "41", "20000000000000000"}, /* (1) bsl (65) */
    {"bsl", "1", "C8", "100000000000000000000000000000000000000000000000000"}, /* (1) bsl (200) */
    {"bsl", "-1", "0", "-1"}, /* (-1) bsl (0) */
    {"bsl", "-1", "1", "-2"}, /* (-1) bsl (1) */
    {"bsl", "-1", "1F", "-80000000"}, /* (-1) bsl (31) */
    {"bsl", "-1", "20", "-100000000"}, /* (-1) bsl (32) */
    {"bsl", "-1", "40", "-10000000000000000"}, /* (-1) bsl (64) */
    {"bsl", "-1", "41", "-20000000000000000"}, /* (-1) bsl (65) */
    {"bsl", "-1", "C8", "-100000000000000000000000000000000000000000000000000"}, /* (-1) bsl (200) */
    {"bsl", "-5", "0", "-5"}, /* (-5) bsl (0) */
    {"bsl", "-5", "1", "-A"}, /* (-5) bsl (1) */
    {"bsl", "-5", "1F", "-280000000"}, /* (-5) bsl (31) */
    {"bsl", "-5", "20", "-500000000"}, /* (-5) bsl (32) */
    {"bsl", "-5", "40", "-50000000000000000"}, /* (-5) bsl (64) */
    {"bsl", "-5", "41", "-A0000000000000000"}, /* (-5) bsl (65) */
    {"bsl", "-5", "C8", "-500000000000000000000000000000000000000000000000000"}, /* (-5) bsl (200) */
    {"bsl", "123456789ABCDEF", "0", "123456789ABCDEF"}, /* (16#123456789ABCDEF) bsl (0) */
    {"bsl", "123456789ABCDEF", "1", "2468ACF13579BDE"}, /* (16#123456789ABCDEF) bsl (1) */
    {"bsl", "123456789ABCDEF", "1F", "91A2B3C4D5E6F780000000"}, /* (16#123456789ABCDEF) bsl (31) */
    {"bsl", "123456789ABCDEF", "20", "123456789ABCDEF00000000"}, /* (16#123456789ABCDEF) bsl (32) */
    {"bsl", "123456789ABCDEF", "40", "123456789ABCDEF0000000000000000"}, /* (16#123456789ABCDEF) bsl (64) */
    {"bsl", "123456789ABCDEF", "41", "2468ACF13579BDE0000000000000000"}, /* (16#123456789ABCDEF) bsl (65) */
    {"bsl", "123456789ABCDEF", "C8", "123456789ABCDEF00000000000000000000000000000000000000000000000000"}, /* (16#123456789ABCDEF) bsl (200) */
    {"bsl", "-10000000000000000", "0", "-10000000000000000"}, /* (-(1 bsl 64)) bsl (0) */
    {"bsl", "-10000000000000000", "1", "-20000000000000000"}, /* (-(1 bsl 64)) bsl (1) */
    {"bsl", "-10000000000000000", "1F", "-800000000000000000000000"}, /* (-(1 bsl 64)) bsl (31) */
    {"bsl", "-10000000000000000", "20", "-1000000000000000000000000"}, /* (-(1 bsl 64)) bsl (32) */
    {"bsl", "-10000000000000000", "40", "-100000000000000000000000000000000"}, /* (-(1 bsl 64)) bsl (64) */
    {"bsl", "-10000000000000000", "41", "-200000000000000000000000000000000"}, /* (-(1 bsl 64)) bsl (65) */
    {"bsl", "-10000000000000000", "C8", "-1000000000000000000000000000000000000000000000000000000000000000000"}, /* (-(1 bsl 64)) bsl (200) */
    {"bsl", "-10000000000000001", "0", "-10000000000000001"}, /* (-((1 bsl 64) + 1)) bsl (0) */
    {"bsl", "-10000000000000001", "1", "-20000000000000002"}, /* (-((1 bsl 64) + 1)) bsl (1) */
    {"bsl", "-10000000000000001", "1F", "-800000000000000080000000"}, /* (-((1 bsl 64) + 1)) bsl (31) */
    {"bsl", "-10000000000000001", "20", "-1000000000000000100000000"}, /* (-((1 bsl 64) + 1)) bsl (32) */
    {"bsl", "-10000000000000001", "40", "-100000000000000010000000000000000"}, /* (-((1 bsl 64) + 1)) bsl (64) */
    {"bsl", "-10000000000000001", "41", "-200000000000000020000000000000000"}, /* (-((1 bsl 64) + 1)) bsl (65) */
    {"bsl", "-10000000000000001", "C8", "-1000000000000000100000000000000000000000000000000000000000000000000"}, /* (-((1 bsl 64) + 1)) bsl (200) */
    {"bsr", "1", "0", "1"}, /* (1) bsr (0) */
    {"bsr", "1", "1", "0"}, /* (1) bsr (1) */
    {"bsr", "1", "1F", "0"}, /* (1) bsr (31) */
    {"bsr", "1", "20", "0"}, /* (1) bsr (32) */
    {"bsr", "1", "40", "0"}, /* (1) bsr (64) */
    {"bsr", "1", "41", "0"}, /* (1) bsr (65) */
    {"bsr", "1", "C8", "0"}, /* (1) bsr (200) */
    {"bsr", "-1", "0", "-1"}, /* (-1) bsr (0) */
    {"bsr", "-1", "1", "-1"}, /* (-1) bsr (1) */
    {"bsr", "-1", "1F", "-1"}, /* (-1) bsr (31) */
    {"bsr", "-1", "20", "-1"}, /* (-1) bsr (32) */
    {"bsr", "-1", "40", "-1"}, /* (-1) bsr (64) */
    {"bsr", "-1", "41", "-1"}, /* (-1) bsr (65) */
    {"bsr", "-1", "C8", "-1"}, /* (-1) bsr (200) */
    {"bsr", "-5", "0", "-5"}, /* (-5) bsr (0) */
    {"bsr", "-5", "1", "-3"}, /* (-5) bsr (1) */
    {"bsr", "-5", "1F", "-1"}, /* (-5) bsr (31) */
    {"bsr", "-5", "20", "-1"}, /* (-5) bsr (32) */
    {"bsr", "-5", "40", "-1"}, /* (-5) bsr (64) */
    {"bsr", "-5", "41", "-1"}, /* (-5) bsr (65) */
    {"bsr", "-5", "C8", "-1"}, /* (-5) bsr (200) */
    {"bsr", "123456789ABCDEF", "0", "123456789ABCDEF"}, /* (16#123456789ABCDEF) bsr (0) */
    {"bsr", "123456789ABCDEF", "1", "91A2B3C4D5E6F7"}, /* (16#123456789ABCDEF) bsr (1) */
    {"bsr", "123456789ABCDEF", "1F", "2468ACF"}, /* (16#123456789ABCDEF) bsr (31) */
    {"bsr", "123456789ABCDEF", "20", "1234567"}, /* (16#123456789ABCDEF) bsr (32) */
    {"bsr", "123456789ABCDEF", "40", "0"}, /* (16#123456789ABCDEF) bsr (64) */
    {"bsr", "123456789ABCDEF", "41", "0"}, /* (16#123456789ABCDEF) bsr (65) */
    {"bsr", "123456789ABCDEF", "C8", "0"}, /* (16#123456789ABCDEF) bsr (200) */
    {"bsr", "-10000000000000000", "0", "-10000000000000000"}, /* (-(1 bsl 64)) bsr (0) */
    {"bsr", "-10000000000000000", "1", "-8000000000000000"}, /* (-(1 bsl 64)) bsr (1) */
    {"bsr", "-10000000000000000", "1F", "-200000000"}, /* (-(1 bsl 64)) bsr (31) */
    {"bsr", "-10000000000000000", "20", "-100000000"}, /* (-(1 bsl 64)) bsr (32) */
    {"bsr", "-10000000000000000", "40", "-1"}, /* (-(1 bsl 64)) bsr (64) */
    {"bsr", "-10000000000000000", "41", "-1"}, /* (-(1 bsl 64)) bsr (65) */
    {"bsr", "-10000000000000000", "C8", "-1"}, /* (-(1 bsl 64)) bsr (200) */
    {"bsr", "-10000000000000001", "0", "-10000000000000001"}, /* (-((1 bsl 64) + 1)) bsr (0) */
    {"bsr", "-10000000000000001", "1", "-8000000000000001"}, /* (-((1 bsl 64) + 1)) bsr (1) */
    {"bsr", "-10000000000000001", "1F", "-200000001"}, /* (-((1 bsl 64) + 1)) bsr (31) */
    {"bsr", "-10000000000000001", "20", "-100000001"}, /* (-((1 bsl 64) + 1)) bsr (32) */
    {"bsr", "-10000000000000001", "40", "-2"}, /* (-((1 bsl 64) + 1)) bsr (64) */
    {"bsr", "-10000000000000001", "41", "-1"}, /* (-((1 bsl 64) + 1)) bsr (65) */
    {"bsr", "-10000000000000001", "C8", "-1"}, /* (-((1 bsl 64) + 1)) bsr (200) */
    {"bsl", "0", "5", "0"}, /* (0) bsl (5) */
    {"bsr", "0", "5", "0"}, /* (0) bsr (5) */
    {"bsr", "-10000000000000000", "3F", "-2"}, /* (-(1 bsl 64)) bsr (63) */
    {"bsr", "-10000000000000000", "3E8", "-1"}, /* (-(1 bsl 64)) bsr (1000) */
};

/* Rare steps of division for the digit width named (the other width's
** rows run too, as ordinary divisions).  Knuth D's add-back fires on the
** first three: two found by an instrumented brute-force search over
** structured digits, and one by construction (u = q V B^3 + low,
** v = V B + 1, where the 3-by-2 estimate of the second quotient digit is
** exactly q).  The last two reach div2by1's second correction with a
** remainder equal to the divisor (found by an instrumented search over
** exact multiples). */
static const Vec addback64[] = {
    {"div", "1000000000000000000000000000000000000000000000000", "100000000000000000000000000000001", "FFFFFFFFFFFFFFFF"}, /* ((1 bsl 64) * (1 bsl 64) * (1 bsl 64)) div ((1 bsl 64) * (1 bsl 64) + 1) */
    {"rem", "1000000000000000000000000000000000000000000000000", "100000000000000000000000000000001", "FFFFFFFFFFFFFFFF0000000000000001"}, /* ((1 bsl 64) * (1 bsl 64) * (1 bsl 64)) rem ((1 bsl 64) * (1 bsl 64) + 1) */
    {"div", "1000000000000000000000000000000000000000000000000", "200000000000000000000000000000001", "7FFFFFFFFFFFFFFF"}, /* ((1 bsl 64) * (1 bsl 64) * (1 bsl 64)) div (2 * (1 bsl 64) * (1 bsl 64) + 1) */
    {"rem", "1000000000000000000000000000000000000000000000000", "200000000000000000000000000000001", "1FFFFFFFFFFFFFFFF8000000000000001"}, /* ((1 bsl 64) * (1 bsl 64) * (1 bsl 64)) rem (2 * (1 bsl 64) * (1 bsl 64) + 1) */
    {"div", "8000000000003035FFFFFFFFFFFEE1B2FFFFFFFFFFFFEDCA000000000000000000000000000000000000000123456789", "800000000000303900000000000003090000000000000001", "FFFFFFFFFFFFFFF9FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFE"}, /* (((1 bsl 64) - 6) * (((1 bsl 64) div 2 + 12345) * (1 bsl 64) + 777) * (1 bsl 64) * (1 bsl 64) * (1 bsl 64) + 16#123456789) div ((((1 bsl 64) div 2 + 12345) * (1 bsl 64) + 777) * (1 bsl 64) + 1) */
    {"rem", "8000000000003035FFFFFFFFFFFEE1B2FFFFFFFFFFFFEDCA000000000000000000000000000000000000000123456789", "800000000000303900000000000003090000000000000001", "60780000000000000612000000012345678B"}, /* (((1 bsl 64) - 6) * (((1 bsl 64) div 2 + 12345) * (1 bsl 64) + 777) * (1 bsl 64) * (1 bsl 64) * (1 bsl 64) + 16#123456789) rem ((((1 bsl 64) div 2 + 12345) * (1 bsl 64) + 777) * (1 bsl 64) + 1) */
    /* exact quotients where div2by1's second correction lands on rem == d */
    {"div", "94A7AEFAFDED617DE2FA3300865D03ED", "9B1E842F6E862629", "F554F503555D8025"}, /* (16#94A7AEFAFDED617DE2FA3300865D03ED) div (16#9B1E842F6E862629) */
    {"rem", "94A7AEFAFDED617DE2FA3300865D03ED", "9B1E842F6E862629", "0"}, /* (16#94A7AEFAFDED617DE2FA3300865D03ED) rem (16#9B1E842F6E862629) */
    {"div", "812BFA40E68C2948BEFD7E01C5D20A65", "860C1FB090599265", "F6B05302E5531801"}, /* (16#812BFA40E68C2948BEFD7E01C5D20A65) div (16#860C1FB090599265) */
    {"rem", "812BFA40E68C2948BEFD7E01C5D20A65", "860C1FB090599265", "0"}, /* (16#812BFA40E68C2948BEFD7E01C5D20A65) rem (16#860C1FB090599265) */
};

static const Vec addback32[] = {
    {"div", "1000000000000000000000000", "10000000000000001", "FFFFFFFF"}, /* ((1 bsl 32) * (1 bsl 32) * (1 bsl 32)) div ((1 bsl 32) * (1 bsl 32) + 1) */
    {"rem", "1000000000000000000000000", "10000000000000001", "FFFFFFFF00000001"}, /* ((1 bsl 32) * (1 bsl 32) * (1 bsl 32)) rem ((1 bsl 32) * (1 bsl 32) + 1) */
    {"div", "1000000000000000000000000", "20000000000000001", "7FFFFFFF"}, /* ((1 bsl 32) * (1 bsl 32) * (1 bsl 32)) div (2 * (1 bsl 32) * (1 bsl 32) + 1) */
    {"rem", "1000000000000000000000000", "20000000000000001", "1FFFFFFFF80000001"}, /* ((1 bsl 32) * (1 bsl 32) * (1 bsl 32)) rem (2 * (1 bsl 32) * (1 bsl 32) + 1) */
    {"div", "80003035FFFEE1B2FFFFEDCA000000000000000123456789", "800030390000030900000001", "FFFFFFF9FFFFFFFFFFFFFFFE"}, /* (((1 bsl 32) - 6) * (((1 bsl 32) div 2 + 12345) * (1 bsl 32) + 777) * (1 bsl 32) * (1 bsl 32) * (1 bsl 32) + 16#123456789) div ((((1 bsl 32) div 2 + 12345) * (1 bsl 32) + 777) * (1 bsl 32) + 1) */
    {"rem", "80003035FFFEE1B2FFFFEDCA000000000000000123456789", "800030390000030900000001", "6078000006132345678B"}, /* (((1 bsl 32) - 6) * (((1 bsl 32) div 2 + 12345) * (1 bsl 32) + 777) * (1 bsl 32) * (1 bsl 32) * (1 bsl 32) + 16#123456789) rem ((((1 bsl 32) div 2 + 12345) * (1 bsl 32) + 777) * (1 bsl 32) + 1) */
    /* exact quotients where div2by1's second correction lands on rem == d */
    {"div", "B5F294B2F4CB2A6A", "B867B496", "FC969E7F"}, /* (16#B5F294B2F4CB2A6A) div (16#B867B496) */
    {"rem", "B5F294B2F4CB2A6A", "B867B496", "0"}, /* (16#B5F294B2F4CB2A6A) rem (16#B867B496) */
    {"div", "75B2D21EB5B0BA20", "878CEA0C", "DE48F0D8"}, /* (16#75B2D21EB5B0BA20) div (16#878CEA0C) */
    {"rem", "75B2D21EB5B0BA20", "878CEA0C", "0"}, /* (16#75B2D21EB5B0BA20) rem (16#878CEA0C) */
};

static int is(const char *op, const char *name) { return strcmp(op, name) == 0; }

/*
** a op b as a fresh Num.  With alias set the operation runs in place: the
** result buffer starts as a copy of a and is passed as both a and r.
*/
static Num compute(const char *op, Num a, Num b, int alias) {
  uint64_t sh = 0;
  if (is(op, "bsl") || is(op, "bsr")) ck_assert(bn_to_uint64(b.sign, b.d, b.n, &sh));
  Num r = num_new(a.n + b.n + 2 + (is(op, "bsl") ? (size_t)sh / BN_DIGIT_BITS + 1 : 0));
  BnDigit *s = calloc(bn_divrem_scratch(a.n, b.n) + bn_mul_scratch(a.n, b.n), sizeof *s);
  const BnDigit *ad = a.d;
  if (alias) {
    memcpy(r.d, a.d, a.n * sizeof *r.d);
    ad = r.d;
  }
  if (is(op, "+"))
    r.n = bn_sadd(r.d, &r.sign, a.sign, ad, a.n, b.sign, b.d, b.n);
  else if (is(op, "-"))
    r.n = bn_ssub(r.d, &r.sign, a.sign, ad, a.n, b.sign, b.d, b.n);
  else if (is(op, "*")) {
    r.n = bn_mul(r.d, a.d, a.n, b.d, b.n, s);
    r.sign = r.n > 0 && (a.sign ^ b.sign);
  } else if (is(op, "div"))
    r.n = bn_sdiv(r.d, &r.sign, a.sign, ad, a.n, b.sign, b.d, b.n, s);
  else if (is(op, "rem"))
    r.n = bn_srem(r.d, &r.sign, a.sign, ad, a.n, b.sign, b.d, b.n, s);
  else if (is(op, "band"))
    r.n = bn_band(r.d, &r.sign, a.sign, ad, a.n, b.sign, b.d, b.n);
  else if (is(op, "bor"))
    r.n = bn_bor(r.d, &r.sign, a.sign, ad, a.n, b.sign, b.d, b.n);
  else if (is(op, "bxor"))
    r.n = bn_bxor(r.d, &r.sign, a.sign, ad, a.n, b.sign, b.d, b.n);
  else if (is(op, "bnot"))
    r.n = bn_bnot(r.d, &r.sign, a.sign, ad, a.n);
  else if (is(op, "bsl")) {
    r.n = bn_bsl(r.d, ad, a.n, (size_t)sh);
    r.sign = a.sign && r.n > 0;
  } else if (is(op, "bsr"))
    r.n = bn_bsr(r.d, &r.sign, a.sign, ad, a.n, (size_t)sh);
  else
    ck_abort_msg("unknown op %s", op);
  free(s);
  return r;
}

/* Runs the rows whose op is in ops (space-separated), plain and in place. */
static void run_vectors(const Vec *v, size_t count, const char *ops) {
  size_t ran = 0;
  for (size_t i = 0; i < count; i++) {
    char key[16];
    snprintf(key, sizeof key, " %s ", v[i].op);
    char all[64];
    snprintf(all, sizeof all, " %s ", ops);
    if (strstr(all, key) == NULL) continue;
    Num a = parse(v[i].a, 16), b = parse(v[i].b, 16);
    char what[512];
    snprintf(what, sizeof what, "%s %s %s", v[i].a, v[i].op, v[i].b);
    for (int alias = 0; alias <= !is(v[i].op, "*"); alias++) {
      Num r = compute(v[i].op, a, b, alias);
      check_text(r, 16, v[i].r, what);
      num_free(&r);
    }
    num_free(&a);
    num_free(&b);
    ran++;
  }
  ck_assert_uint_gt(ran, 0);
}

#define RUN(table, ops) run_vectors(table, sizeof table / sizeof *table, ops)

/* ---- basics ---- */

static const struct {
  const char *a, *b;
  int cmp;
  size_t bits;
} compares[] = {
    {"0", "0", 0, 0}, /* compare (0) with (0); bit length of the first */
    {"0", "1", -1, 0}, /* compare (0) with (1); bit length of the first */
    {"-1", "0", -1, 1}, /* compare (-1) with (0); bit length of the first */
    {"-1", "-2", 1, 1}, /* compare (-1) with (-2); bit length of the first */
    {"FFFFFFFFFFFFFFFF", "10000000000000000", -1, 64}, /* compare ((1 bsl 64) - 1) with (1 bsl 64); bit length of the first */
    {"10000000000000000", "FFFFFFFFFFFFFFFF", 1, 65}, /* compare (1 bsl 64) with ((1 bsl 64) - 1); bit length of the first */
    {"-10000000000000000", "-FFFFFFFFFFFFFFFF", -1, 65}, /* compare (-(1 bsl 64)) with (-((1 bsl 64) - 1)); bit length of the first */
    {"100000000", "100000000", 0, 33}, /* compare ((1 bsl 32)) with ((1 bsl 32)); bit length of the first */
    {"-10000000000000000000000000", "1", -1, 101}, /* compare (-(1 bsl 100)) with (1); bit length of the first */
    {"10000000000000000000000001", "10000000000000000000000002", -1, 101}, /* compare ((1 bsl 100) + 1) with ((1 bsl 100) + 2); bit length of the first */
    {"-10000000000000000000000001", "-10000000000000000000000002", 1, 101}, /* compare (-(1 bsl 100) - 1) with (-(1 bsl 100) - 2); bit length of the first */
    {"80000000", "8000000000000000", -1, 32}, /* compare (1 bsl 31) with (1 bsl 63); bit length of the first */
};

START_TEST(compare_and_bitlen) {
  for (size_t i = 0; i < sizeof compares / sizeof *compares; i++) {
    Num a = parse(compares[i].a, 16), b = parse(compares[i].b, 16);
    ck_assert_int_eq(bn_scmp(a.sign, a.d, a.n, b.sign, b.d, b.n), compares[i].cmp);
    ck_assert_int_eq(bn_scmp(b.sign, b.d, b.n, a.sign, a.d, a.n), -compares[i].cmp);
    ck_assert_uint_eq(bn_bitlen(a.d, a.n), compares[i].bits);
    if (!a.sign && !b.sign) ck_assert_int_eq(bn_cmp(a.d, a.n, b.d, b.n), compares[i].cmp);
    num_free(&a);
    num_free(&b);
  }
  BnDigit z[3] = {5, 0, 0};
  ck_assert_uint_eq(bn_normalize(z, 3), 1);
  ck_assert_uint_eq(bn_normalize(z + 1, 2), 0);
}
END_TEST

START_TEST(add_sub) { RUN(vectors, "+ -"); }
END_TEST

START_TEST(multiply_small) { RUN(vectors, "*"); }
END_TEST

START_TEST(divide_small) { RUN(vectors, "div rem"); }
END_TEST

START_TEST(bitwise) { RUN(vectors, "band bor bxor bnot"); }
END_TEST

START_TEST(shifts) { RUN(vectors, "bsl bsr"); }
END_TEST

START_TEST(division_rare_steps) {
  RUN(addback64, "div rem");
  RUN(addback32, "div rem");
}
END_TEST

/* ---- single-digit operations ---- */

static const struct {
  const char *a;
  uint32_t m, c;
  const char *r;
} mul_digits[] = {
    {"0", 0x0u, 0x0u, "0"}, /* (0) * (0) + (0) */
    {"0", 0x7u, 0x5u, "5"}, /* (0) * (7) + (5) */
    {"FFFFFFFFFFFFFFFF", 0xFFFFFFFFu, 0xFFFFFFFFu, "FFFFFFFF0000000000000000"}, /* ((1 bsl 64) - 1) * (16#FFFFFFFF) + (16#FFFFFFFF) */
    {"FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", 0x2u, 0x1u, "1FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"}, /* ((1 bsl 128) - 1) * (2) + (1) */
    {"123456789ABCDEF0FEDCBA9876543210", 0x3B9ACA00u, 0x3B9AC9FFu, "43D11C71C71C718AFA058E38E38E38E78BB69FF"}, /* (16#123456789ABCDEF0FEDCBA9876543210) * (1000000000) + (999999999) */
    {"1", 0x0u, 0x0u, "0"}, /* (1) * (0) + (0) */
    {"FFFFFFFFFFFFFFFFFFFFFFFF", 0x0u, 0xFFFFFFFFu, "FFFFFFFF"}, /* ((1 bsl 96) - 1) * (0) + (16#FFFFFFFF) */
};

static const struct {
  const char *a;
  uint32_t d;
  const char *q;
  uint32_t r;
} div_digits[] = {
    {"0", 0x7u, "0", 0x0u}, /* (0) div (7), (0) rem (7) */
    {"FFFFFFFFFFFFFFFF", 0x3u, "5555555555555555", 0x0u}, /* ((1 bsl 64) - 1) div (3), ((1 bsl 64) - 1) rem (3) */
    {"100000000000000000000000000000005", 0xFFFFFFFFu, "1000000010000000100000001", 0x6u}, /* ((1 bsl 128) + 5) div (16#FFFFFFFF), ((1 bsl 128) + 5) rem (16#FFFFFFFF) */
    {"1D6329F1C35CA4BFABB9F5610000000000", 0x3B9ACA00u, "7E37BE2022C0914B2680000000", 0x0u}, /* (10000000000000000000000000000000000000000) div (1000000000), (10000000000000000000000000000000000000000) rem (1000000000) */
    {"FFFFFFFFFFFFFFFFFFFFFFFF", 0x80000000u, "1FFFFFFFFFFFFFFFF", 0x7FFFFFFFu}, /* (16#FFFFFFFFFFFFFFFFFFFFFFFF) div (16#80000000), (16#FFFFFFFFFFFFFFFFFFFFFFFF) rem (16#80000000) */
    {"123456789ABCDEF0FEDCBA9876543210", 0x1u, "123456789ABCDEF0FEDCBA9876543210", 0x0u}, /* (16#123456789ABCDEF0FEDCBA9876543210) div (1), (16#123456789ABCDEF0FEDCBA9876543210) rem (1) */
    {"5", 0xFFFFFFFFu, "0", 0x5u}, /* (5) div (16#FFFFFFFF), (5) rem (16#FFFFFFFF) */
};

START_TEST(digit_ops) {
  for (size_t i = 0; i < sizeof mul_digits / sizeof *mul_digits; i++) {
    Num a = parse(mul_digits[i].a, 16), r = num_new(a.n + 1);
    r.n = bn_mul_digit_add(r.d, a.d, a.n, mul_digits[i].m, mul_digits[i].c);
    check_text(r, 16, mul_digits[i].r, "mul_digit_add");
    a.n = bn_mul_digit_add(a.d, a.d, a.n, mul_digits[i].m, mul_digits[i].c); /* in place */
    ck_assert(num_eq(a, r));
    num_free(&a);
    num_free(&r);
  }
  for (size_t i = 0; i < sizeof div_digits / sizeof *div_digits; i++) {
    Num a = parse(div_digits[i].a, 16), q = num_new(a.n);
    BnDigit rem;
    q.n = bn_divrem_digit(q.d, a.d, a.n, div_digits[i].d, &rem);
    check_text(q, 16, div_digits[i].q, "divrem_digit");
    ck_assert_uint_eq(rem, div_digits[i].r);
    a.n = bn_divrem_digit(a.d, a.d, a.n, div_digits[i].d, &rem); /* in place */
    ck_assert(num_eq(a, q));
    num_free(&a);
    num_free(&q);
  }
}
END_TEST

/* ---- multiplication at Karatsuba sizes ---- */

/* Karatsuba (exact-size scratch, so ASan sees any overrun) against
** schoolbook for sizes around the threshold and its multiples. */
START_TEST(karatsuba_vs_schoolbook) {
  static const size_t sizes[] = {1, 2, 31, 32, 33, 40, 63, 64, 65, 66, 95, 127, 128, 129, 200, 257, 513};
  const size_t ns = sizeof sizes / sizeof *sizes;
  Rng g = {0x9e3779b97f4a7c15u};
  for (size_t i = 0; i < ns; i++)
    for (size_t j = 0; j < ns; j++) {
      size_t an = sizes[i], bn = sizes[j];
      BnDigit *a = malloc(an * sizeof *a), *b = malloc(bn * sizeof *b);
      BnDigit *r1 = malloc((an + bn) * sizeof *r1), *r2 = malloc((an + bn) * sizeof *r2);
      BnDigit *s = malloc((bn_mul_scratch(an, bn) + 1) * sizeof *s);
      rnd_digits(&g, a, an);
      rnd_digits(&g, b, bn);
      size_t n1 = bn_mul(r1, a, an, b, bn, s), n2 = bn_mul(r2, a, an, b, bn, NULL);
      ck_assert_msg(bn_cmp(r1, n1, r2, n2) == 0, "%zu x %zu digits", an, bn);
      if (an == bn) { /* squaring: same array twice */
        n1 = bn_mul(r1, a, an, a, an, s);
        memcpy(b, a, an * sizeof *a);
        n2 = bn_mul(r2, a, an, b, bn, NULL);
        ck_assert_msg(bn_cmp(r1, n1, r2, n2) == 0, "%zu squared", an);
      }
      free(a), free(b), free(r1), free(r2), free(s);
    }
}
END_TEST

static const struct {
  unsigned s1, c1, s2, c2;
  Print p;
} big_muls[] = {
    {1, 64, 2, 64, {4096, 0x4804F0510ED92CCC, 0x82D0E458E95F8AC8, 77376223u, 2331486936u}}, /* lcg(1, 64) * lcg(2, 64) */
    {3, 65, 4, 63, {4096, 0x9F24CD36B8FDA938, 0xD6B94A646F8C571B, 3997079886u, 45577829u}}, /* lcg(3, 65) * lcg(4, 63) */
    {5, 127, 6, 200, {10463, 0x6FEB90E707BA69CE, 0xF99E13476F0C342B, 3697552171u, 3952930191u}}, /* lcg(5, 127) * lcg(6, 200) */
    {7, 400, 8, 400, {25599, 0x29A465392100A31C, 0xE3C8811C664225AE, 3027269317u, 2732509003u}}, /* lcg(7, 400) * lcg(8, 400) */
    {9, 1000, 10, 999, {63967, 0xAF68452331B4E6C2, 0xDD3504AE95AA9E68, 403741624u, 28709690u}}, /* lcg(9, 1000) * lcg(10, 999) */
    {11, 3000, 12, 1500, {144000, 0x4B895C6E44CF90BE, 0xB1A488B80853EBEC, 860147149u, 1515855740u}}, /* lcg(11, 3000) * lcg(12, 1500) */
    {13, 4001, 14, 4000, {256031, 0xAE3185761CF78573, 0xDA8C1B4D82D53F40, 2058279988u, 802759220u}}, /* lcg(13, 4001) * lcg(14, 4000) */
    {15, 6000, 16, 6000, {384000, 0x8504674999B7BE52, 0x90485C0E60482A48, 3078389318u, 3352856581u}}, /* lcg(15, 6000) * lcg(16, 6000) */
    {17, 8000, 18, 2500, {335999, 0x99581A385434F9AE, 0xDFD06C9C00453A67, 4273523956u, 1749829621u}}, /* lcg(17, 8000) * lcg(18, 2500) */
    {19, 5000, 19, 5000, {319999, 0x71BC6E1AFE283759, 0x92FCD77985F8015B, 483691036u, 3406883090u}}, /* lcg(19, 5000) * lcg(19, 5000) */
    {20, 33, 21, 2000, {65056, 0xE131609B180743B0, 0x8582DFF5DBA7E910, 300852397u, 2734370109u}}, /* lcg(20, 33) * lcg(21, 2000) */
};

START_TEST(big_multiply) {
  for (size_t i = 0; i < sizeof big_muls / sizeof *big_muls; i++) {
    Num a = lcg_number(big_muls[i].s1, big_muls[i].c1), b = lcg_number(big_muls[i].s2, big_muls[i].c2);
    int square = big_muls[i].s1 == big_muls[i].s2 && big_muls[i].c1 == big_muls[i].c2;
    BnDigit *r1 = malloc((a.n + b.n) * sizeof *r1), *r2 = malloc((a.n + b.n) * sizeof *r2);
    BnDigit *s = malloc((bn_mul_scratch(a.n, b.n) + 1) * sizeof *s);
    size_t n1 = bn_mul(r1, a.d, a.n, square ? a.d : b.d, b.n, s);
    size_t n2 = bn_mul(r2, a.d, a.n, b.d, b.n, NULL);
    char what[64];
    snprintf(what, sizeof what, "lcg(%u,%u) * lcg(%u,%u)", big_muls[i].s1, big_muls[i].c1,
             big_muls[i].s2, big_muls[i].c2);
    check_print(r1, n1, big_muls[i].p, what);
    ck_assert_msg(bn_cmp(r1, n1, r2, n2) == 0, "%s: Karatsuba != schoolbook", what);
    free(r1), free(r2), free(s);
    num_free(&a);
    num_free(&b);
  }
}
END_TEST

/* ---- division ---- */

static const struct {
  unsigned s1, c1, s2, c2;
  Print q, r;
} big_divs[] = {
    {30, 3000, 31, 1000, {64001, 0xE53B080FAF089A99, 0x86B3444C4DC0321A, 659355785u, 2385398747u},
     {31999, 0xC6EFA8C7874F58CA, 0xB34FF7E6AC8AE7A9, 1655841842u, 464159182u}}, /* lcg(30, 3000) div and rem lcg(31, 1000) */
    {32, 2000, 33, 1999, {33, 0x174850B5A, 0x174850B5A, 1954876255u, 1954876267u},
     {63967, 0xE1508E3902D81A46, 0xE435F2795E70604F, 2094678752u, 17593278u}}, /* lcg(32, 2000) div and rem lcg(33, 1999) */
    {34, 4000, 35, 70, {125761, 0xBBBAF7972F5C7622, 0xA5E3C0B0D8014F5C, 448485357u, 2944301136u},
     {2238, 0xDD1E5CDEF1C95823, 0xFF23DB84F09DE237, 814341678u, 3823848479u}}, /* lcg(34, 4000) div and rem lcg(35, 70) */
    {36, 200, 37, 3, {6305, 0x3E536F6741C3B449, 0x800667B220CA24EA, 3814744287u, 2981427402u},
     {96, 0x7246D81D5CAD9CBA, 0xACE185807246D81D, 2048253738u, 502905250u}}, /* lcg(36, 200) div and rem lcg(37, 3) */
    {38, 64, 39, 64, {0, 0x0, 0x0, 0u, 0u},
     {2048, 0x9839961D302FBA38, 0xB0D64F16482D9E97, 2786932204u, 1454073715u}}, /* lcg(38, 64) div and rem lcg(39, 64) */
    {40, 500, 41, 2, {15936, 0x85389EB0741097D5, 0xF3D91B40E6C7804F, 3137588350u, 555721883u},
     {63, 0x6CD43F55BCA1F4D2, 0x6CD43F55BCA1F4D2, 3704041861u, 4139395566u}}, /* lcg(40, 500) div and rem lcg(41, 2) */
};

/* Checks q b + r == a and r < b. */
static void check_division(const BnDigit *a, size_t an, const BnDigit *b, size_t bn,
                           const BnDigit *q, size_t qn, const BnDigit *r, size_t rn) {
  ck_assert_int_lt(bn_cmp(r, rn, b, bn), 0);
  BnDigit *t = malloc((qn + bn + 2) * sizeof *t), *s = malloc((bn_mul_scratch(qn, bn) + 1) * sizeof *s);
  size_t tn = bn_mul(t, q, qn, b, bn, s);
  tn = bn_add(t, t, tn, r, rn);
  ck_assert(bn_cmp(t, tn, a, an) == 0);
  free(t), free(s);
}

START_TEST(big_divide) {
  for (size_t i = 0; i < sizeof big_divs / sizeof *big_divs; i++) {
    Num a = lcg_number(big_divs[i].s1, big_divs[i].c1), b = lcg_number(big_divs[i].s2, big_divs[i].c2);
    Num q = num_new(a.n - b.n + 1), r = num_new(b.n);
    BnDigit *s = malloc(bn_divrem_scratch(a.n, b.n) * sizeof *s);
    bn_divrem(q.d, &q.n, r.d, &r.n, a.d, a.n, b.d, b.n, s);
    char what[64];
    snprintf(what, sizeof what, "lcg(%u,%u) / lcg(%u,%u)", big_divs[i].s1, big_divs[i].c1,
             big_divs[i].s2, big_divs[i].c2);
    check_print(q.d, q.n, big_divs[i].q, what);
    check_print(r.d, r.n, big_divs[i].r, what);
    check_division(a.d, a.n, b.d, b.n, q.d, q.n, r.d, r.n);
    free(s);
    num_free(&a), num_free(&b), num_free(&q), num_free(&r);
  }
}
END_TEST

/* Random structured operands (which make add-back steps common): the
** division identity, plus the quotient-only and remainder-only forms;
** then exact multiples, whose zero remainders exercise div2by1's rare
** second correction. */
START_TEST(divide_random) {
  Rng g = {42};
  for (int it = 0; it < 3000; it++) {
    size_t an = 1 + rnd(&g) % 40, bn = 1 + rnd(&g) % (an + 2);
    BnDigit a[40], b[42], q[41], r[42], q2[41], r2[42], s[84];
    rnd_digits(&g, a, an);
    rnd_digits(&g, b, bn);
    size_t qn, rn, qn2, rn2;
    bn_divrem(q, &qn, r, &rn, a, an, b, bn, s);
    check_division(a, an, b, bn, q, qn, r, rn);
    bn_divrem(q2, &qn2, NULL, NULL, a, an, b, bn, s);
    bn_divrem(NULL, NULL, r2, &rn2, a, an, b, bn, s);
    ck_assert(bn_cmp(q, qn, q2, qn2) == 0 && bn_cmp(r, rn, r2, rn2) == 0);
  }
  for (int it = 0; it < 20000; it++) {
    size_t bn = 1 + rnd(&g) % 4, cn = 1 + rnd(&g) % 4, an, qn, rn;
    BnDigit b[4], c[4], a[8], q[8], r[4], s[13];
    for (size_t i = 0; i < bn; i++) b[i] = (BnDigit)rnd(&g);
    for (size_t i = 0; i < cn; i++) c[i] = (BnDigit)rnd(&g);
    b[bn - 1] |= (BnDigit)1 << (BN_DIGIT_BITS - 1 - rnd(&g) % 3);
    c[cn - 1] |= 1;
    an = bn_mul(a, b, bn, c, cn, NULL);
    bn_divrem(q, &qn, r, &rn, a, an, b, bn, s);
    ck_assert(rn == 0 && bn_cmp(q, qn, c, cn) == 0);
  }
}
END_TEST

/* ---- text ---- */

static const struct {
  const char *x;
  int base;
  const char *text;
} to_texts[] = {
    {"0", 2, "0"}, /* integer_to_list(0, 2) */
    {"0", 10, "0"}, /* integer_to_list(0, 10) */
    {"0", 36, "0"}, /* integer_to_list(0, 36) */
    {"-1", 2, "-1"}, /* integer_to_list(-1, 2) */
    {"-1", 16, "-1"}, /* integer_to_list(-1, 16) */
    {"FF", 2, "11111111"}, /* integer_to_list(255, 2) */
    {"FF", 3, "100110"}, /* integer_to_list(255, 3) */
    {"FF", 8, "377"}, /* integer_to_list(255, 8) */
    {"FF", 16, "FF"}, /* integer_to_list(255, 16) */
    {"FF", 36, "73"}, /* integer_to_list(255, 36) */
    {"-FF", 16, "-FF"}, /* integer_to_list(-255, 16) */
    {"-FF", 10, "-255"}, /* integer_to_list(-255, 10) */
    {"FFFFFFFFFFFFFFFF", 2, "1111111111111111111111111111111111111111111111111111111111111111"}, /* integer_to_list((1 bsl 64) - 1, 2) */
    {"FFFFFFFFFFFFFFFF", 7, "45012021522523134134601"}, /* integer_to_list((1 bsl 64) - 1, 7) */
    {"FFFFFFFFFFFFFFFF", 10, "18446744073709551615"}, /* integer_to_list((1 bsl 64) - 1, 10) */
    {"FFFFFFFFFFFFFFFF", 16, "FFFFFFFFFFFFFFFF"}, /* integer_to_list((1 bsl 64) - 1, 16) */
    {"FFFFFFFFFFFFFFFF", 32, "FVVVVVVVVVVVV"}, /* integer_to_list((1 bsl 64) - 1, 32) */
    {"FFFFFFFFFFFFFFFF", 36, "3W5E11264SGSF"}, /* integer_to_list((1 bsl 64) - 1, 36) */
    {"-10000000000000000", 2, "-10000000000000000000000000000000000000000000000000000000000000000"}, /* integer_to_list(-(1 bsl 64), 2) */
    {"-10000000000000000", 10, "-18446744073709551616"}, /* integer_to_list(-(1 bsl 64), 10) */
    {"-10000000000000000", 16, "-10000000000000000"}, /* integer_to_list(-(1 bsl 64), 16) */
    {"-10000000000000000", 36, "-3W5E11264SGSG"}, /* integer_to_list(-(1 bsl 64), 36) */
    {"C9F2C9CD04674EDEA40000000", 10, "1000000000000000000000000000000"}, /* integer_to_list(1000000000000000000000000000000, 10) */
    {"C9F2C9CD04674EDEA40000000", 16, "C9F2C9CD04674EDEA40000000"}, /* integer_to_list(1000000000000000000000000000000, 16) */
    {"C9F2C9CD04674EDEA40000000", 36, "2OY99WNKL1C76DIOCQ9S"}, /* integer_to_list(1000000000000000000000000000000, 36) */
    {"-A8B8B452291FE820FFFFFFFFFF", 36, "-ZZZZZZZZZZZZZZZZZZZZ"}, /* integer_to_list(-(13367494538843734067838845976576 - 1), 36) */
    {"-A8B8B452291FE820FFFFFFFFFF", 35, "-1QGW1HQPNNTIBU6XCPFK0"}, /* integer_to_list(-(13367494538843734067838845976576 - 1), 35) */
    {"-A8B8B452291FE820FFFFFFFFFF", 10, "-13367494538843734067838845976575"}, /* integer_to_list(-(13367494538843734067838845976576 - 1), 10) */
    {"10000000000000000000000001", 2, "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"}, /* integer_to_list((1 bsl 100) + 1, 2) */
    {"10000000000000000000000001", 4, "100000000000000000000000000000000000000000000000001"}, /* integer_to_list((1 bsl 100) + 1, 4) */
    {"10000000000000000000000001", 8, "2000000000000000000000000000000001"}, /* integer_to_list((1 bsl 100) + 1, 8) */
    {"10000000000000000000000001", 10, "1267650600228229401496703205377"}, /* integer_to_list((1 bsl 100) + 1, 10) */
    {"10000000000000000000000001", 16, "10000000000000000000000001"}, /* integer_to_list((1 bsl 100) + 1, 16) */
    {"10000000000000000000000001", 32, "100000000000000000001"}, /* integer_to_list((1 bsl 100) + 1, 32) */
    {"123456789ABCDEF0FEDCBA9876543210", 3, "1110210002211020111210112112112012222120010001012001020011021022111021000220120"}, /* integer_to_list(16#123456789ABCDEF0FEDCBA9876543210, 3) */
    {"123456789ABCDEF0FEDCBA9876543210", 5, "204221021201211030432122313402213333222113422230044330"}, /* integer_to_list(16#123456789ABCDEF0FEDCBA9876543210, 5) */
    {"123456789ABCDEF0FEDCBA9876543210", 10, "24197857203266734881846307747534221840"}, /* integer_to_list(16#123456789ABCDEF0FEDCBA9876543210, 10) */
    {"123456789ABCDEF0FEDCBA9876543210", 13, "4285AB987856B0629726333663CCCB2377"}, /* integer_to_list(16#123456789ABCDEF0FEDCBA9876543210, 13) */
    {"123456789ABCDEF0FEDCBA9876543210", 16, "123456789ABCDEF0FEDCBA9876543210"}, /* integer_to_list(16#123456789ABCDEF0FEDCBA9876543210, 16) */
    {"123456789ABCDEF0FEDCBA9876543210", 36, "12SRDE28KVWIKQUUGVRUEUJ2O"}, /* integer_to_list(16#123456789ABCDEF0FEDCBA9876543210, 36) */
};

static const struct {
  const char *text;
  int base;
  const char *x; /* NULL: badarg */
} from_texts[] = {
    {"0", 10, "0"}, /* list_to_integer("0", 10) */
    {"-0", 10, "0"}, /* list_to_integer("-0", 10) */
    {"+0", 2, "0"}, /* list_to_integer("+0", 2) */
    {"+ff", 16, "FF"}, /* list_to_integer("+ff", 16) */
    {"-FF", 16, "-FF"}, /* list_to_integer("-FF", 16) */
    {"fF", 16, "FF"}, /* list_to_integer("fF", 16) */
    {"zZ", 36, "50F"}, /* list_to_integer("zZ", 36) */
    {"-Zz", 36, "-50F"}, /* list_to_integer("-Zz", 36) */
    {"0000000000000000000000000000000000000001", 10, "1"}, /* list_to_integer("0000000000000000000000000000000000000001", 10) */
    {"-0000000000000000000000000000000000000000", 7, "0"}, /* list_to_integer("-0000000000000000000000000000000000000000", 7) */
    {"123456789012345678901234567890", 10, "18EE90FF6C373E0EE4E3F0AD2"}, /* list_to_integer("123456789012345678901234567890", 10) */
    {"18446744073709551615", 10, "FFFFFFFFFFFFFFFF"}, /* list_to_integer("18446744073709551615", 10) */
    {"18446744073709551616", 10, "10000000000000000"}, /* list_to_integer("18446744073709551616", 10) */
    {"-100000000000000000000000000000000000000000000000000000000000000000", 2, "-20000000000000000"}, /* list_to_integer("-100000000000000000000000000000000000000000000000000000000000000000", 2) */
    {"1111111111111111111111111111111111111111111111111111111111111111", 2, "FFFFFFFFFFFFFFFF"}, /* list_to_integer("1111111111111111111111111111111111111111111111111111111111111111", 2) */
    {"777777777777777777777777777777777777777777", 8, "3FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"}, /* list_to_integer("777777777777777777777777777777777777777777", 8) */
    {"vvvvvvvvvvvvvvvvvvvvvvvvvvv", 32, "7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"}, /* list_to_integer("vvvvvvvvvvvvvvvvvvvvvvvvvvv", 32) */
    {"2222222222222222222222222222222222222222222", 3, "11CB7B04AA565D7B7A"}, /* list_to_integer("2222222222222222222222222222222222222222222", 3) */
    {"9", 9, NULL}, /* list_to_integer("9", 9) raises badarg */
    {"8", 9, "8"}, /* list_to_integer("8", 9) */
    {"", 10, NULL}, /* list_to_integer([], 10) raises badarg */
    {"-", 10, NULL}, /* list_to_integer("-", 10) raises badarg */
    {"+", 16, NULL}, /* list_to_integer("+", 16) raises badarg */
    {"12a", 10, NULL}, /* list_to_integer("12a", 10) raises badarg */
    {"z", 35, NULL}, /* list_to_integer("z", 35) raises badarg */
    {"1_000", 10, NULL}, /* list_to_integer("1_000", 10) raises badarg */
    {" 12", 10, NULL}, /* list_to_integer(" 12", 10) raises badarg */
    {"12 ", 10, NULL}, /* list_to_integer("12 ", 10) raises badarg */
    {"--1", 10, NULL}, /* list_to_integer("--1", 10) raises badarg */
    {"+-1", 10, NULL}, /* list_to_integer("+-1", 10) raises badarg */
    {"0x10", 16, NULL}, /* list_to_integer("0x10", 16) raises badarg */
    {"1.0", 10, NULL}, /* list_to_integer("1.0", 10) raises badarg */
    {"G", 16, NULL}, /* list_to_integer("G", 16) raises badarg */
    {"2", 2, NULL}, /* list_to_integer("2", 2) raises badarg */
};

START_TEST(text_bases) {
  for (size_t i = 0; i < sizeof to_texts / sizeof *to_texts; i++) {
    Num x = parse(to_texts[i].x, 16);
    check_text(x, to_texts[i].base, to_texts[i].text, to_texts[i].x);
    Num y = parse(to_texts[i].text, to_texts[i].base);
    ck_assert(num_eq(x, y));
    num_free(&x);
    num_free(&y);
  }
}
END_TEST

START_TEST(text_parse) {
  for (size_t i = 0; i < sizeof from_texts / sizeof *from_texts; i++) {
    const char *t = from_texts[i].text;
    size_t len = strlen(t), rn = 99;
    BnDigit *r = malloc(bn_from_text_size(len, from_texts[i].base) * sizeof *r);
    int sign = 7, rc = bn_from_text(r, &rn, &sign, t, len, from_texts[i].base);
    if (from_texts[i].x == NULL) {
      ck_assert_msg(rc == BN_EINVAL, "accepted \"%s\"", t);
      ck_assert(rn == 99 && sign == 7);
    } else {
      ck_assert_msg(rc == BN_OK, "rejected \"%s\"", t);
      check_text((Num){sign, rn, r}, 16, from_texts[i].x, t);
    }
    free(r);
  }
  BnDigit r[4];
  size_t rn;
  int sign;
  ck_assert_int_eq(bn_from_text(r, &rn, &sign, "1", 1, 1), BN_EINVAL);  /* erl: list_to_integer("1", 1) is badarg */
  ck_assert_int_eq(bn_from_text(r, &rn, &sign, "1", 1, 37), BN_EINVAL); /* erl: list_to_integer("1", 37) is badarg */
}
END_TEST

static const struct {
  unsigned seed, chunks;
  int base;
  size_t len;
  const char *head, *tail;
} big_texts[] = {
    {50, 1040, 10, 10019, "121155892697827054782308", "455462596368083110538327"}, /* integer_to_list(lcg(50, 1040), 10) */
    {50, 1040, 36, 6438, "1GJ9HUQ3UIIZ6QYET608TR0F", "MOMXDD0M932FIEQRKCAHSJTJ"}, /* integer_to_list(lcg(50, 1040), 36) */
    {50, 1040, 7, 11855, "164542031105644031251663", "362266622524652155212112"}, /* integer_to_list(lcg(50, 1040), 7) */
    {50, 1040, 16, 8320, "A36DCB3708133FE117906415", "C1D3115D7CB4BDB554072C57"}, /* integer_to_list(lcg(50, 1040), 16) */
    {50, 1040, 2, 33280, "101000110110110111001011", "000001110010110001010111"}, /* integer_to_list(lcg(50, 1040), 2) */
    {51, 300, 10, 2890, "614228580303056311235036", "248507730546507262795909"}, /* integer_to_list(lcg(51, 300), 10) */
    {51, 300, 36, 1857, "JJDQR0UZ6KD756NWXC237KKI", "OZ9NG1ENDPXEBT6RRQ3O9GN9"}, /* integer_to_list(lcg(51, 300), 36) */
    {51, 300, 7, 3420, "233361000641546105253014", "346320326233612012550460"}, /* integer_to_list(lcg(51, 300), 7) */
    {51, 300, 16, 2400, "CB85A976A69F973EB0986BC5", "CCD77AD4E5145657AC592085"}, /* integer_to_list(lcg(51, 300), 16) */
    {51, 300, 2, 9600, "110010111000010110101001", "010110010010000010000101"}, /* integer_to_list(lcg(51, 300), 2) */
};

START_TEST(text_big) {
  for (size_t i = 0; i < sizeof big_texts / sizeof *big_texts; i++) {
    Num x = lcg_number(big_texts[i].seed, big_texts[i].chunks);
    char *t = text_of(0, x.d, x.n, big_texts[i].base);
    size_t len = strlen(t);
    ck_assert_uint_eq(len, big_texts[i].len);
    ck_assert(strncmp(t, big_texts[i].head, strlen(big_texts[i].head)) == 0);
    ck_assert_str_eq(t + len - strlen(big_texts[i].tail), big_texts[i].tail);
    Num y = parse(t, big_texts[i].base);
    ck_assert(num_eq(x, y));
    free(t);
    num_free(&x);
    num_free(&y);
  }
}
END_TEST

/* text -> bn -> text for random digit strings in every base, in mixed case. */
START_TEST(text_roundtrip_random) {
  static const char digs[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  Rng g = {7};
  char in[402], want[402];
  for (int it = 0; it < 3000; it++) {
    int base = 2 + (int)(rnd(&g) % 35), neg = rnd(&g) & 1;
    size_t len = 1 + rnd(&g) % 400, k = 0;
    if (neg) in[k++] = '-';
    for (size_t i = 0; i < len; i++) {
      unsigned v = (unsigned)(rnd(&g) % (unsigned)base);
      if (i == 0 && v == 0) v = 1;
      char c = digs[v];
      in[k] = (rnd(&g) & 1) && c >= 'a' ? (char)(c - 'a' + 'A') : c;
      want[k++] = c >= 'a' ? (char)(c - 'a' + 'A') : c;
    }
    if (neg) want[0] = '-';
    in[k] = want[k] = '\0';
    Num x = parse(in, base);
    check_text(x, base, want, in);
    num_free(&x);
  }
}
END_TEST

/* ---- doubles ---- */

static double from_bits(uint64_t b) {
  double d;
  memcpy(&d, &b, sizeof d);
  return d;
}

static uint64_t to_bits(double d) {
  uint64_t b;
  memcpy(&b, &d, sizeof b);
  return b;
}

static const struct {
  Spec x;
  uint64_t bits;
  int overflow;
} to_doubles[] = {
    {{"0", 0, "0"}, 0x0000000000000000, 0}, /* float(0) */
    {{"1", 0, "0"}, 0x3FF0000000000000, 0}, /* float(1) */
    {{"-1", 0, "0"}, 0xBFF0000000000000, 0}, /* float(-1) */
    {{"1FFFFFFFFFFFFF", 0, "0"}, 0x433FFFFFFFFFFFFF, 0}, /* float((1 bsl 53) - 1) */
    {{"20000000000000", 0, "0"}, 0x4340000000000000, 0}, /* float(1 bsl 53) */
    {{"20000000000001", 0, "0"}, 0x4340000000000000, 0}, /* float((1 bsl 53) + 1) */
    {{"20000000000002", 0, "0"}, 0x4340000000000001, 0}, /* float((1 bsl 53) + 2) */
    {{"20000000000003", 0, "0"}, 0x4340000000000002, 0}, /* float((1 bsl 53) + 3) */
    {{"-20000000000003", 0, "0"}, 0xC340000000000002, 0}, /* float(-((1 bsl 53) + 3)) */
    {{"7FFFFFFFFFFFFFFF", 0, "0"}, 0x43E0000000000000, 0}, /* float((1 bsl 63) - 1) */
    {{"8000000000000000", 0, "0"}, 0x43E0000000000000, 0}, /* float(1 bsl 63) */
    {{"8000000000000400", 0, "0"}, 0x43E0000000000000, 0}, /* float((1 bsl 63) + 1024) */
    {{"8000000000000401", 0, "0"}, 0x43E0000000000001, 0}, /* float((1 bsl 63) + 1025) */
    {{"FFFFFFFFFFFFFFFF", 0, "0"}, 0x43F0000000000000, 0}, /* float((1 bsl 64) - 1) */
    {{"10000000000000000", 0, "0"}, 0x43F0000000000000, 0}, /* float(1 bsl 64) */
    {{"10000000000000800", 0, "0"}, 0x43F0000000000000, 0}, /* float((1 bsl 64) + 2048) */
    {{"10000000000000801", 0, "0"}, 0x43F0000000000001, 0}, /* float((1 bsl 64) + 2049) */
    {{"10000000000001800", 0, "0"}, 0x43F0000000000002, 0}, /* float((1 bsl 64) + 6144) */
    {{"18000000000000801", 0, "0"}, 0x43F8000000000001, 0}, /* float(round53((1 bsl 64) + (1 bsl 63) + (1 bsl 11) + 1)); float() gives 2.7670116110564327e19 */
    {{"80000000000004000000000000000000", 1, "1"}, 0x47F0000000000001, 0}, /* float(round53((1 bsl 128) + (1 bsl 75) + 1)); float() gives 3.402823669209385e38 */
    {{"-80000000000004000000000000000001", 1, "1"}, 0xC7F0000000000001, 0}, /* float(round53(-((1 bsl 128) + (1 bsl 75) + 1))); float() gives -3.402823669209385e38 */
    {{"21E19E0C9BAB2400000", 0, "0"}, 0x4480F0CF064DD592, 0}, /* float(10000000000000000000000) */
    {{"152D02C7E14AF6800000", 0, "0"}, 0x44B52D02C7E14AF6, 0}, /* float(100000000000000000000000) */
    {{"-152D02C7E14AF6800000", 0, "0"}, 0xC4B52D02C7E14AF6, 0}, /* float(-100000000000000000000000) */
    {{"80000000000000000000000000000000", 896, "0"}, 0x7FE0000000000000, 0}, /* float(1 bsl 1023) */
    {{"80000000000000000000000000000000", 896, "1"}, 0x7FE0000000000000, 0}, /* float((1 bsl 1023) + 1) */
    {{"-80000000000000000000000000000000", 896, "0"}, 0xFFE0000000000000, 0}, /* float(-(1 bsl 1023)) */
    {{"FFFFFFFFFFFFF8000000000000000000", 896, "0"}, 0x7FEFFFFFFFFFFFFF, 0}, /* float((1 bsl 1024) - (1 bsl 971)) */
    {{"FFFFFFFFFFFFFC000000000000000000", 896, "-1"}, 0x7FEFFFFFFFFFFFFF, 0}, /* float((1 bsl 1024) - (1 bsl 970) - 1) */
    {{"-FFFFFFFFFFFFFC000000000000000000", 896, "1"}, 0xFFEFFFFFFFFFFFFF, 0}, /* float(-((1 bsl 1024) - (1 bsl 970) - 1)) */
    {{"FFFFFFFFFFFFFC000000000000000000", 896, "0"}, 0, 1}, /* float((1 bsl 1024) - (1 bsl 970)) raises badarg */
    {{"-FFFFFFFFFFFFFC000000000000000000", 896, "0"}, 0, 1}, /* float(-((1 bsl 1024) - (1 bsl 970))) raises badarg */
    {{"80000000000000000000000000000000", 897, "0"}, 0, 1}, /* float(1 bsl 1024) raises badarg */
    {{"100000000000000000000000000000000", 896, "-1"}, 0, 1}, /* float((1 bsl 1024) - 1) raises badarg */
    {{"80000000000000000000000000000000", 1873, "0"}, 0, 1}, /* float(1 bsl 2000) raises badarg */
    {{"-80000000000000000000000000000000", 4873, "0"}, 0, 1}, /* float(-(1 bsl 5000)) raises badarg */
};

static const struct {
  uint64_t bits;
  Spec x;
} from_doubles[] = {
    {0x0000000000000000, {"0", 0, "0"}}, /* trunc(0.0) */
    {0x8000000000000000, {"0", 0, "0"}}, /* trunc(-0.0) */
    {0x3FE0000000000000, {"0", 0, "0"}}, /* trunc(0.5) */
    {0xBFEFAE147AE147AE, {"0", 0, "0"}}, /* trunc(-0.99) */
    {0x3FF0000000000000, {"1", 0, "0"}}, /* trunc(1.0) */
    {0xBFF8000000000000, {"-1", 0, "0"}}, /* trunc(-1.5) */
    {0x0000000000000001, {"0", 0, "0"}}, /* trunc(5.0e-324) */
    {0x419D6F3457F2B021, {"75BCD15", 0, "0"}}, /* trunc(123456789.987) */
    {0x432FFFFFFFFFFFFF, {"FFFFFFFFFFFFF", 0, "0"}}, /* trunc(4503599627370495.5) */
    {0x4340000000000000, {"20000000000000", 0, "0"}}, /* trunc(9007199254740992.0) */
    {0x4340000000000001, {"20000000000002", 0, "0"}}, /* trunc(9007199254740994.0) */
    {0x43E158E460913D00, {"8AC7230489E80000", 0, "0"}}, /* trunc(1.0e19) */
    {0xC3E0000000000000, {"-8000000000000000", 0, "0"}}, /* trunc(-9.223372036854775808e18) */
    {0x43F0000000000000, {"10000000000000000", 0, "0"}}, /* trunc(18446744073709551616.0) */
    {0x7E37E43C8800759C, {"BF21E44003ACE0000000000000000000", 869, "0"}}, /* trunc(1.0e300) */
    {0xFFEFFFFFFFFFFFFF, {"-FFFFFFFFFFFFF8000000000000000000", 896, "0"}}, /* trunc(-1.7976931348623157e308) */
    {0x7FEFFFFFFFFFFFFF, {"FFFFFFFFFFFFF8000000000000000000", 896, "0"}}, /* trunc(1.7976931348623157e308) */
    {0x0010000000000000, {"0", 0, "0"}}, /* trunc(2.2250738585072014e-308) */
};

START_TEST(double_conversion) {
  for (size_t i = 0; i < sizeof to_doubles / sizeof *to_doubles; i++) {
    Num x = build(to_doubles[i].x);
    double d;
    int rc = bn_to_double(x.sign, x.d, x.n, &d);
    if (to_doubles[i].overflow) {
      ck_assert_msg(rc == BN_EOVERFLOW, "row %zu: no overflow", i);
      ck_assert(d == (x.sign ? -HUGE_VAL : HUGE_VAL));
    } else
      ck_assert_msg(rc == BN_OK && to_bits(d) == to_doubles[i].bits, "row %zu: got %a", i, d);
    num_free(&x);
  }
  for (size_t i = 0; i < sizeof from_doubles / sizeof *from_doubles; i++) {
    Num want = build(from_doubles[i].x), got = num_new(BN_DOUBLE_DIGITS);
    ck_assert_int_eq(bn_from_double(got.d, &got.n, &got.sign, from_bits(from_doubles[i].bits)), BN_OK);
    ck_assert_msg(num_eq(got, want), "row %zu", i);
    num_free(&want);
    num_free(&got);
  }
  BnDigit r[BN_DOUBLE_DIGITS];
  size_t rn;
  int sign;
  ck_assert_int_eq(bn_from_double(r, &rn, &sign, HUGE_VAL), BN_EINVAL);
  ck_assert_int_eq(bn_from_double(r, &rn, &sign, -HUGE_VAL), BN_EINVAL);
  ck_assert_int_eq(bn_from_double(r, &rn, &sign, nan("")), BN_EINVAL);
}
END_TEST

/* Integral doubles of every magnitude survive double -> bn -> double. */
START_TEST(double_roundtrip_random) {
  Rng g = {99};
  for (int it = 0; it < 20000; it++) {
    double m = (double)(rnd(&g) >> 11), x = ldexp(m, (int)(rnd(&g) % 972));
    if (rnd(&g) & 1) x = -x;
    BnDigit r[BN_DOUBLE_DIGITS];
    size_t rn;
    int sign;
    double y;
    ck_assert_int_eq(bn_from_double(r, &rn, &sign, x), BN_OK);
    ck_assert_int_eq(bn_to_double(sign, r, rn, &y), BN_OK);
    ck_assert_msg(to_bits(x) == to_bits(y) || x == 0, "%a -> %a", x, y);
  }
}
END_TEST

/* ---- int64 ---- */

static const struct {
  const char *x;
  int fits64, fitsu64;
} int64s[] = {
    {"0", 1, 1}, /* 0: fits int64 true, uint64 true */
    {"1", 1, 1}, /* 1: fits int64 true, uint64 true */
    {"-1", 1, 0}, /* -1: fits int64 true, uint64 false */
    {"7FFFFFFFFFFFFFFF", 1, 1}, /* (1 bsl 63) - 1: fits int64 true, uint64 true */
    {"8000000000000000", 0, 1}, /* 1 bsl 63: fits int64 false, uint64 true */
    {"-8000000000000000", 1, 0}, /* -(1 bsl 63): fits int64 true, uint64 false */
    {"-8000000000000001", 0, 0}, /* -(1 bsl 63) - 1: fits int64 false, uint64 false */
    {"FFFFFFFFFFFFFFFF", 0, 1}, /* (1 bsl 64) - 1: fits int64 false, uint64 true */
    {"10000000000000000", 0, 0}, /* 1 bsl 64: fits int64 false, uint64 false */
    {"-FFFFFFFFFFFFFFFF", 0, 0}, /* -((1 bsl 64) - 1): fits int64 false, uint64 false */
    {"100000000", 1, 1}, /* 1 bsl 32: fits int64 true, uint64 true */
    {"-100000000", 1, 0}, /* -(1 bsl 32): fits int64 true, uint64 false */
    {"10000000000000000000000000", 0, 0}, /* 1 bsl 100: fits int64 false, uint64 false */
};

START_TEST(int64_conversion) {
  for (size_t i = 0; i < sizeof int64s / sizeof *int64s; i++) {
    Num x = parse(int64s[i].x, 16);
    int64_t v;
    uint64_t u;
    ck_assert_int_eq(bn_to_int64(x.sign, x.d, x.n, &v), int64s[i].fits64);
    ck_assert_int_eq(bn_to_uint64(x.sign, x.d, x.n, &u), int64s[i].fitsu64);
    if (int64s[i].fits64) {
      Num y = num_new(BN_INT64_DIGITS);
      y.n = bn_from_int64(y.d, &y.sign, v);
      ck_assert(num_eq(x, y));
      num_free(&y);
    }
    if (int64s[i].fitsu64) {
      Num y = num_new(BN_INT64_DIGITS);
      y.n = bn_from_uint64(y.d, u);
      ck_assert(num_eq(x, y));
      num_free(&y);
    }
    num_free(&x);
  }
  Num m = num_new(BN_INT64_DIGITS);
  m.n = bn_from_int64(m.d, &m.sign, INT64_MIN);
  check_text(m, 10, "-9223372036854775808", "INT64_MIN"); /* erl: integer_to_list(-(1 bsl 63)) */
  num_free(&m);
}
END_TEST

/* ---- timing (informational, with BN_TIMING set) ---- */

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

START_TEST(timing) {
  if (getenv("BN_TIMING") == NULL) return;
  enum { DIGITS = 10000, REPS = 50 };
  static char s1[DIGITS + 1], s2[DIGITS + 1];
  Rng g = {2024};
  for (int i = 0; i < DIGITS; i++) {
    s1[i] = (char)('0' + rnd(&g) % 10);
    s2[i] = (char)('0' + rnd(&g) % 10);
  }
  s1[0] = '7', s2[0] = '3';
  double t0 = now();
  Num a, b;
  for (int i = 0; i < REPS; i++) {
    a = parse(s1, 10);
    if (i + 1 < REPS) num_free(&a);
  }
  double t_parse = (now() - t0) / REPS;
  b = parse(s2, 10);
  BnDigit *r = malloc((a.n + b.n) * sizeof *r), *s = malloc((bn_mul_scratch(a.n, b.n) + 1) * sizeof *s);
  t0 = now();
  for (int i = 0; i < REPS; i++) bn_mul(r, a.d, a.n, b.d, b.n, s);
  double t_kara = (now() - t0) / REPS;
  t0 = now();
  for (int i = 0; i < REPS; i++) bn_mul(r, a.d, a.n, b.d, b.n, NULL);
  double t_school = (now() - t0) / REPS;
  char *t = NULL;
  t0 = now();
  for (int i = 0; i < REPS; i++) {
    free(t);
    t = text_of(0, a.d, a.n, 10);
  }
  double t_text = (now() - t0) / REPS;
  ck_assert_str_eq(t, s1);
  fprintf(stderr,
          "bignum timing, %d-bit digits, %d decimal digits (%zu digits): "
          "parse %.3f ms, to text %.3f ms, multiply %.3f ms (schoolbook %.3f ms)\n",
          BN_DIGIT_BITS, DIGITS, a.n, t_parse * 1e3, t_text * 1e3, t_kara * 1e3, t_school * 1e3);
  free(t), free(r), free(s);
  num_free(&a);
  num_free(&b);
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("bignum");
  TCase *tc = tcase_create("bignum");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, compare_and_bitlen);
  tcase_add_test(tc, add_sub);
  tcase_add_test(tc, multiply_small);
  tcase_add_test(tc, divide_small);
  tcase_add_test(tc, bitwise);
  tcase_add_test(tc, shifts);
  tcase_add_test(tc, division_rare_steps);
  tcase_add_test(tc, digit_ops);
  tcase_add_test(tc, karatsuba_vs_schoolbook);
  tcase_add_test(tc, big_multiply);
  tcase_add_test(tc, big_divide);
  tcase_add_test(tc, divide_random);
  tcase_add_test(tc, text_bases);
  tcase_add_test(tc, text_parse);
  tcase_add_test(tc, text_big);
  tcase_add_test(tc, text_roundtrip_random);
  tcase_add_test(tc, double_conversion);
  tcase_add_test(tc, double_roundtrip_random);
  tcase_add_test(tc, int64_conversion);
  tcase_add_test(tc, timing);
  suite_add_tcase(s, tc);
  return s;
}
