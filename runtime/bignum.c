/*
** bignum.c — arbitrary-precision integers on digit arrays (see bignum.h).
**
** Algorithms: schoolbook and Karatsuba multiplication, Knuth's algorithm
** D for division with a precomputed reciprocal for the 2-by-1 digit
** steps, digit-streamed two's complement for the bitwise operations, and
** chunked base conversion (one long division by the largest power of the
** base that fits in a digit per chunk; power-of-two bases are handled by
** bit extraction in linear time).
*/
#include "bignum.h"

#include <math.h>
#include <string.h>

#include "os/os.h"

#define DBITS BN_DIGIT_BITS
#define DMAX BN_DIGIT_MAX

#if DBITS == 64
__extension__ typedef unsigned __int128 Wide;
#else
typedef uint64_t Wide;
#endif

/* Below this many digits (in the shorter operand) bn_mul is schoolbook;
** measured crossover on x86-64 is 24..32. */
#ifndef KARATSUBA_THRESHOLD
#define KARATSUBA_THRESHOLD 32
#endif

#define HI(w) ((BnDigit)((w) >> DBITS))
#define LO(w) ((BnDigit)(w))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

/* ------------------------------------------------------------------ */
/* basics                                                              */
/* ------------------------------------------------------------------ */

/* Leading zero bits of x; x != 0. */
static int clz(BnDigit x) {
  OS_ASSERT(x != 0);
#if defined(__GNUC__) && DBITS == 64
  return __builtin_clzll((unsigned long long)x);
#elif defined(__GNUC__)
  return __builtin_clz((unsigned)x);
#else
  int n = 0;
  while (!(x >> (DBITS - 1))) x <<= 1, n++;
  return n;
#endif
}

size_t bn_normalize(const BnDigit *a, size_t n) {
  while (n > 0 && a[n - 1] == 0) n--;
  return n;
}

size_t bn_bitlen(const BnDigit *a, size_t an) {
  if (an == 0) return 0;
  return an * DBITS - (size_t)clz(a[an - 1]);
}

int bn_cmp(const BnDigit *a, size_t an, const BnDigit *b, size_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  while (an-- > 0)
    if (a[an] != b[an]) return a[an] < b[an] ? -1 : 1;
  return 0;
}

int bn_scmp(int as, const BnDigit *a, size_t an, int bs, const BnDigit *b, size_t bn) {
  if (as != bs) return as ? -1 : 1;
  int c = bn_cmp(a, an, b, bn);
  return as ? -c : c;
}

/* 64 bits of a starting at bit pos (bits past the top read as zero). */
static uint64_t bits_at(const BnDigit *a, size_t an, size_t pos) {
  uint64_t v = 0;
  unsigned got = 0, off = (unsigned)(pos % DBITS);
  for (size_t i = pos / DBITS; got < 64 && i < an; i++, off = 0) {
    v |= (uint64_t)(a[i] >> off) << got;
    got += DBITS - off;
  }
  return v;
}

/* Is any bit of a below bit pos set? */
static int any_below(const BnDigit *a, size_t an, size_t pos) {
  size_t w = pos / DBITS;
  unsigned s = (unsigned)(pos % DBITS);
  for (size_t i = 0; i < w && i < an; i++)
    if (a[i] != 0) return 1;
  return w < an && s != 0 && (a[w] & ((BnDigit)-1 >> (DBITS - s))) != 0;
}

/* ------------------------------------------------------------------ */
/* digit-vector primitives (fixed lengths, no normalisation)           */
/* ------------------------------------------------------------------ */

/* r[0..n) = a + b; returns the carry.  Exact aliasing is fine. */
static BnDigit add_n(BnDigit *r, const BnDigit *a, const BnDigit *b, size_t n) {
  BnDigit c = 0;
  for (size_t i = 0; i < n; i++) {
    BnDigit s = a[i] + c;
    c = s < c;
    s += b[i];
    c += s < b[i];
    r[i] = s;
  }
  return c;
}

/* r[0..n) = a + c; returns the carry.  Exact aliasing is fine. */
static BnDigit add_1(BnDigit *r, const BnDigit *a, size_t n, BnDigit c) {
  for (size_t i = 0; i < n; i++) {
    BnDigit s = a[i] + c;
    c = s < c;
    r[i] = s;
  }
  return c;
}

/* r[0..n) = a - b; returns the borrow.  Exact aliasing is fine. */
static BnDigit sub_n(BnDigit *r, const BnDigit *a, const BnDigit *b, size_t n) {
  BnDigit c = 0;
  for (size_t i = 0; i < n; i++) {
    BnDigit x = a[i], d = x - b[i];
    BnDigit c1 = d > x;
    r[i] = d - c;
    c = c1 | (c > d);
  }
  return c;
}

/* r[0..n) = a - c; returns the borrow.  Exact aliasing is fine. */
static BnDigit sub_1(BnDigit *r, const BnDigit *a, size_t n, BnDigit c) {
  for (size_t i = 0; i < n; i++) {
    BnDigit x = a[i];
    r[i] = x - c;
    c = c > x;
  }
  return c;
}

/* r[0..n) = a * m + c; returns the high digit. */
static BnDigit mul_1(BnDigit *r, const BnDigit *a, size_t n, BnDigit m, BnDigit c) {
  for (size_t i = 0; i < n; i++) {
    Wide t = (Wide)a[i] * m + c;
    r[i] = LO(t);
    c = HI(t);
  }
  return c;
}

/* r[0..n) += a * m; returns the carry digit. */
static BnDigit addmul_1(BnDigit *r, const BnDigit *a, size_t n, BnDigit m) {
  BnDigit c = 0;
  for (size_t i = 0; i < n; i++) {
    Wide t = (Wide)a[i] * m + r[i] + c;
    r[i] = LO(t);
    c = HI(t);
  }
  return c;
}

/* r[0..n) -= a * m; returns the borrow digit. */
static BnDigit submul_1(BnDigit *r, const BnDigit *a, size_t n, BnDigit m) {
  BnDigit c = 0;
  for (size_t i = 0; i < n; i++) {
    Wide t = (Wide)a[i] * m + c;
    BnDigit lo = LO(t), x = r[i];
    c = HI(t) + (lo > x);
    r[i] = x - lo;
  }
  return c;
}

/*
** r[0..n) = a << s for 0 <= s < DBITS; returns the bits shifted out of
** the top.  Works from the top down, so r may alias a or lie above it.
*/
static BnDigit lshift(BnDigit *r, const BnDigit *a, size_t n, unsigned s) {
  if (n == 0) return 0;
  if (s == 0) {
    memmove(r, a, n * sizeof *r);
    return 0;
  }
  BnDigit out = a[n - 1] >> (DBITS - s);
  for (size_t i = n - 1; i > 0; i--) r[i] = (a[i] << s) | (a[i - 1] >> (DBITS - s));
  r[0] = a[0] << s;
  return out;
}

/*
** r[0..n) = a >> s for 0 <= s < DBITS.  Works from the bottom up, so r
** may alias a or lie below it.
*/
static void rshift(BnDigit *r, const BnDigit *a, size_t n, unsigned s) {
  if (n == 0) return;
  if (s == 0) {
    memmove(r, a, n * sizeof *r);
    return;
  }
  for (size_t i = 0; i + 1 < n; i++) r[i] = (a[i] >> s) | (a[i + 1] << (DBITS - s));
  r[n - 1] = a[n - 1] >> s;
}

/* ------------------------------------------------------------------ */
/* addition and subtraction                                            */
/* ------------------------------------------------------------------ */

size_t bn_add(BnDigit *r, const BnDigit *a, size_t an, const BnDigit *b, size_t bn) {
  if (an < bn) {
    const BnDigit *t = a;
    a = b, b = t;
    size_t tn = an;
    an = bn, bn = tn;
  }
  BnDigit c = add_n(r, a, b, bn);
  c = add_1(r + bn, a + bn, an - bn, c);
  r[an] = c;
  return an + (c != 0);
}

size_t bn_sub(BnDigit *r, const BnDigit *a, size_t an, const BnDigit *b, size_t bn) {
  OS_ASSERT(bn_cmp(a, an, b, bn) >= 0);
  BnDigit c = sub_n(r, a, b, bn);
  c = sub_1(r + bn, a + bn, an - bn, c);
  OS_ASSERT(c == 0);
  (void)c;
  return bn_normalize(r, an);
}

/*
** Signed addition: same signs add magnitudes, different signs subtract
** the smaller magnitude from the larger and take the larger's sign.
*/
size_t bn_sadd(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
               int bs, const BnDigit *b, size_t bn) {
  if (as == bs) {
    size_t n = bn_add(r, a, an, b, bn);
    *rs = n > 0 && as;
    return n;
  }
  int c = bn_cmp(a, an, b, bn);
  if (c == 0) {
    *rs = 0;
    return 0;
  }
  if (c > 0) {
    *rs = as;
    return bn_sub(r, a, an, b, bn);
  }
  *rs = bs;
  return bn_sub(r, b, bn, a, an);
}

size_t bn_ssub(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
               int bs, const BnDigit *b, size_t bn) {
  return bn_sadd(r, rs, as, a, an, bn > 0 && !bs, b, bn);
}

/* ------------------------------------------------------------------ */
/* multiplication                                                      */
/* ------------------------------------------------------------------ */

/* r[0..an+bn) = a * b for an, bn >= 1; r must not overlap a or b. */
static void mul_school(BnDigit *r, const BnDigit *a, size_t an, const BnDigit *b, size_t bn) {
  r[an] = mul_1(r, a, an, b[0], 0);
  for (size_t i = 1; i < bn; i++) r[an + i] = addmul_1(r + i, a, an, b[i]);
}

/* r[0..2n) = a * a for n >= 1: the cross products once, doubled, plus the
** squares on the diagonal. */
static void sqr_school(BnDigit *r, const BnDigit *a, size_t n) {
  memset(r, 0, 2 * n * sizeof *r);
  for (size_t i = 0; i + 1 < n; i++) r[n + i] = addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
  r[2 * n - 1] = lshift(r, r, 2 * n - 1, 1);
  BnDigit c = 0;
  for (size_t i = 0; i < n; i++) {
    Wide sq = (Wide)a[i] * a[i];
    Wide lo = (Wide)r[2 * i] + LO(sq) + c;
    r[2 * i] = LO(lo);
    Wide hi = (Wide)r[2 * i + 1] + HI(sq) + HI(lo);
    r[2 * i + 1] = LO(hi);
    c = HI(hi);
  }
  OS_ASSERT(c == 0);
}

static void mul_rec(BnDigit *r, const BnDigit *a, size_t an, const BnDigit *b, size_t bn,
                    BnDigit *s);

/*
** *d = |x - y| over n digits (x has n digits, y has yn <= n); returns 1
** when x < y.
*/
static int diff_abs(BnDigit *d, const BnDigit *x, const BnDigit *y, size_t n, size_t yn) {
  size_t xn = bn_normalize(x, n);
  yn = bn_normalize(y, yn);
  if (bn_cmp(x, xn, y, yn) >= 0) {
    BnDigit c = sub_n(d, x, y, yn);
    sub_1(d + yn, x + yn, n - yn, c);
    return 0;
  }
  BnDigit c = sub_n(d, y, x, xn);
  sub_1(d + xn, y + xn, yn - xn, c);
  memset(d + yn, 0, (n - yn) * sizeof *d);
  return 1;
}

/*
** Karatsuba for an >= bn > h = ceil(an / 2): with a = a1 B^h + a0 and
** b = b1 B^h + b0,  a b = z2 B^2h + (z0 + z2 - (a0-a1)(b0-b1)) B^h + z0.
** Writes r[0..an+bn).  Scratch use: 4h digits plus the recursion's, or
** 6h + 1 for the middle term, whichever is more (see bn_mul_scratch).
*/
static void karatsuba(BnDigit *r, const BnDigit *a, size_t an, const BnDigit *b, size_t bn,
                      BnDigit *s) {
  size_t h = (an + 1) / 2, rn = an + bn;
  mul_rec(r, a, h, b, h, s);
  mul_rec(r + 2 * h, a + h, an - h, b + h, bn - h, s);
  BnDigit *da = s, *db = s + h, *t = s + 2 * h, *mid = s + 4 * h;
  int neg = diff_abs(da, a, a + h, h, an - h);
  if (a == b && an == bn) { /* squaring: (a0 - a1)^2 >= 0 */
    neg = 0;
    mul_rec(t, da, h, da, h, s + 4 * h);
  } else {
    neg ^= diff_abs(db, b, b + h, h, bn - h);
    mul_rec(t, da, h, db, h, s + 4 * h);
  }
  /* mid = z0 + z2 -+ t, the exact a0 b1 + a1 b0 < 2 B^2h: 2h + 1 digits */
  size_t z2n = rn - 2 * h;
  BnDigit c = add_n(mid, r, r + 2 * h, z2n);
  mid[2 * h] = add_1(mid + z2n, r + z2n, 2 * h - z2n, c);
  if (neg)
    mid[2 * h] += add_n(mid, mid, t, 2 * h);
  else
    mid[2 * h] -= sub_n(mid, mid, t, 2 * h);
  size_t mn = bn_normalize(mid, 2 * h + 1);
  OS_ASSERT(mn <= rn - h);
  c = add_n(r + h, r + h, mid, mn);
  c = add_1(r + h + mn, r + h + mn, rn - h - mn, c);
  OS_ASSERT(c == 0);
}

/*
** Unbalanced product (2 bn <= an + 1): a is cut into bn-digit chunks,
** each multiplied by b into scratch and added in.  Uses 2 bn scratch
** digits plus the recursion's.
*/
static void mul_chunked(BnDigit *r, const BnDigit *a, size_t an, const BnDigit *b, size_t bn,
                        BnDigit *s) {
  BnDigit *t = s;
  memset(r, 0, (an + bn) * sizeof *r);
  for (size_t i = 0; i < an; i += bn) {
    size_t cn = an - i < bn ? an - i : bn;
    mul_rec(t, a + i, cn, b, bn, s + 2 * bn);
    BnDigit c = add_n(r + i, r + i, t, cn + bn);
    c = add_1(r + i + cn + bn, r + i + cn + bn, an - i - cn, c);
    OS_ASSERT(c == 0);
  }
}

/*
** r[0..an+bn) = a * b for any lengths (operands need not be normalised);
** s is scratch per bn_mul_scratch, or NULL for schoolbook only.
*/
static void mul_rec(BnDigit *r, const BnDigit *a, size_t an, const BnDigit *b, size_t bn,
                    BnDigit *s) {
  if (an < bn) {
    const BnDigit *t = a;
    a = b, b = t;
    size_t tn = an;
    an = bn, bn = tn;
  }
  if (bn == 0)
    memset(r, 0, an * sizeof *r);
  else if (s == NULL || bn < KARATSUBA_THRESHOLD) {
    if (a == b && an == bn)
      sqr_school(r, a, an);
    else
      mul_school(r, a, an, b, bn);
  } else if (bn > (an + 1) / 2)
    karatsuba(r, a, an, b, bn, s);
  else
    mul_chunked(r, a, an, b, bn, s);
}

/*
** Bound F(n) = 4 n + 4 ceil(log2 n) on the scratch of an n-digit product
** (n the longer operand; the measured peak is just under 4 n).  With
** h = ceil(n / 2), so that ceil(log2 h) = ceil(log2 n) - 1, Karatsuba
** uses max(4h + F(h), 6h + 1) <= 4n + 4 + 4 ceil(log2 h) = F(n), and the
** chunked case (2 bn <= n + 1) uses 2 bn + F(bn) <= 3n + 3 + 4 ceil(log2 n)
** <= F(n).
*/
size_t bn_mul_scratch(size_t an, size_t bn) {
  if (an < KARATSUBA_THRESHOLD || bn < KARATSUBA_THRESHOLD) return 0;
  size_t n = MAX(an, bn), s = 4 * n;
  for (size_t x = n - 1; x > 0; x >>= 1) s += 4;
  return s;
}

size_t bn_mul(BnDigit *r, const BnDigit *a, size_t an, const BnDigit *b, size_t bn,
              BnDigit *scratch) {
  if (an == 0 || bn == 0) return 0;
  mul_rec(r, a, an, b, bn, scratch);
  return an + bn - (r[an + bn - 1] == 0);
}

size_t bn_mul_digit_add(BnDigit *r, const BnDigit *a, size_t an, BnDigit m, BnDigit c) {
  r[an] = mul_1(r, a, an, m, c);
  return bn_normalize(r, an + 1);
}

/* ------------------------------------------------------------------ */
/* division                                                            */
/* ------------------------------------------------------------------ */

/*
** Reciprocal of a normalised digit d (top bit set):
** v = floor((B^2 - 1) / d) - B, which fits in a digit.
*/
static BnDigit reciprocal(BnDigit d) {
  OS_ASSERT(d >> (DBITS - 1));
  Wide num = ((Wide)(BnDigit)~d << DBITS) | DMAX;
  return (BnDigit)(num / d);
}

/*
** Divides the two-digit u1 B + u0 by the normalised d, given u1 < d and
** v = reciprocal(d), using two multiplications instead of a division:
** the candidate quotient from v is at most one off either way, fixed by
** the two adjustments.  Returns the quotient digit, remainder in *r.
*/
static BnDigit div2by1(BnDigit *r, BnDigit u1, BnDigit u0, BnDigit d, BnDigit v) {
  Wide p = (Wide)v * u1 + (((Wide)u1 + 1) << DBITS) + u0;
  BnDigit q = HI(p), q0 = LO(p);
  BnDigit rem = u0 - q * d;
  if (rem > q0) {
    q--;
    rem += d;
  }
  if (rem >= d) {
    q++;
    rem -= d;
  }
  *r = rem;
  return q;
}

/*
** q = a / d (q may be NULL, or alias a), returns a % d.  The dividend is
** shifted on the fly so that d is normalised.
*/
static BnDigit divrem_1(BnDigit *q, const BnDigit *a, size_t an, BnDigit d) {
  OS_ASSERT(d != 0);
  if (an == 0) return 0;
  unsigned s = (unsigned)clz(d);
  BnDigit dn = d << s, v = reciprocal(dn), r = 0, qd;
  if (s == 0) {
    for (size_t i = an; i-- > 0;) {
      qd = div2by1(&r, r, a[i], dn, v);
      if (q) q[i] = qd;
    }
    return r;
  }
  r = a[an - 1] >> (DBITS - s);
  for (size_t i = an; i-- > 0;) {
    BnDigit u = (a[i] << s) | (i > 0 ? a[i - 1] >> (DBITS - s) : 0);
    qd = div2by1(&r, r, u, dn, v);
    if (q) q[i] = qd;
  }
  return r >> s;
}

size_t bn_divrem_digit(BnDigit *q, const BnDigit *a, size_t an, BnDigit d, BnDigit *rem) {
  *rem = divrem_1(q, a, an, d);
  return bn_normalize(q, an);
}

size_t bn_divrem_scratch(size_t an, size_t bn) { return an + bn + 1; }

/*
** Knuth's algorithm D.  un[0..an] is the dividend and vn[0..bn) the
** divisor, both shifted so that vn's top bit is set (bn >= 2, an >= bn).
** Each step estimates a quotient digit from the top two digits of the
** window and the top digit of vn, refines it with vn's second digit (it
** is then exact or one too big), multiplies and subtracts, and adds back
** in the rare case it was one too big.  Leaves the remainder in
** un[0..bn) and writes the quotient to q[0..an-bn] unless q is NULL.
*/
static void divrem_knuth(BnDigit *q, BnDigit *un, size_t an, const BnDigit *vn, size_t bn) {
  BnDigit vt = vn[bn - 1], v2 = vn[bn - 2], inv = reciprocal(vt);
  for (size_t j = an - bn + 1; j-- > 0;) {
    BnDigit *u = un + j, qh, rh;
    int rover = 0;
    if (u[bn] >= vt) { /* then u[bn] == vt: the estimate B - 1 */
      qh = DMAX;
      rh = u[bn - 1] + vt;
      rover = rh < vt;
    } else
      qh = div2by1(&rh, u[bn], u[bn - 1], vt, inv);
    while (!rover && (Wide)qh * v2 > (((Wide)rh << DBITS) | u[bn - 2])) {
      qh--;
      rh += vt;
      rover = rh < vt;
    }
    BnDigit borrow = submul_1(u, vn, bn, qh);
    int neg = borrow > u[bn];
    u[bn] -= borrow;
    if (neg) { /* add back */
      qh--;
      u[bn] += add_n(u, u, vn, bn);
    }
    if (q) q[j] = qh;
  }
}

/*
** Short dividends are their own remainder, one-digit divisors take the
** reciprocal loop, and the rest go through algorithm D on copies of a and
** b in scratch (shifted so b's top bit is set), which is what lets q and
** r alias the inputs.
*/
void bn_divrem(BnDigit *q, size_t *qn, BnDigit *r, size_t *rn,
               const BnDigit *a, size_t an, const BnDigit *b, size_t bn, BnDigit *scratch) {
  OS_ASSERT(bn > 0 && b[bn - 1] != 0);
  size_t nq = 0, nr;
  if (an < bn) {
    if (r) memmove(r, a, an * sizeof *r);
    nr = an;
  } else if (bn == 1) {
    BnDigit rem = divrem_1(q, a, an, b[0]);
    if (q) nq = bn_normalize(q, an);
    if (r) r[0] = rem;
    nr = rem != 0;
  } else {
    unsigned s = (unsigned)clz(b[bn - 1]);
    BnDigit *vn = scratch, *un = scratch + bn;
    lshift(vn, b, bn, s);
    un[an] = lshift(un, a, an, s);
    divrem_knuth(q, un, an, vn, bn);
    if (q) nq = bn_normalize(q, an - bn + 1);
    nr = 0;
    if (r) {
      rshift(r, un, bn, s);
      nr = bn_normalize(r, bn);
    }
  }
  if (qn) *qn = nq;
  if (rn) *rn = nr;
}

size_t bn_sdiv(BnDigit *q, int *qs, int as, const BnDigit *a, size_t an,
               int bs, const BnDigit *b, size_t bn, BnDigit *scratch) {
  size_t n;
  bn_divrem(q, &n, NULL, NULL, a, an, b, bn, scratch);
  *qs = n > 0 && (as ^ bs);
  return n;
}

size_t bn_srem(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
               int bs, const BnDigit *b, size_t bn, BnDigit *scratch) {
  (void)bs;
  size_t n;
  bn_divrem(NULL, NULL, r, &n, a, an, b, bn, scratch);
  *rs = n > 0 && as;
  return n;
}

/* ------------------------------------------------------------------ */
/* bitwise operations                                                  */
/* ------------------------------------------------------------------ */

/*
** A signed value read digit by digit in two's complement: a negative
** magnitude m becomes ~m + 1, the +1 carried along while the digits of
** m are zero.  Past the end the digits are the sign extension.
*/
typedef struct {
  const BnDigit *d;
  size_t n;
  int neg;
  BnDigit carry;
} Twos;

static BnDigit twos_next(Twos *t, size_t i) {
  BnDigit x = i < t->n ? t->d[i] : 0;
  if (!t->neg) return x;
  x = (BnDigit)~x + t->carry;
  t->carry = t->carry && x == 0;
  return x;
}

enum { OP_AND, OP_OR, OP_XOR };

static BnDigit apply(int op, BnDigit x, BnDigit y) {
  return op == OP_AND ? x & y : op == OP_OR ? x | y : x ^ y;
}

/*
** r = a op b: combines the two's complement digit streams, then turns a
** negative result (sign extension all ones) back into a magnitude.
** Digit i of r is written after digit i of a and b is read, so r may
** alias either input.
*/
static size_t bitop(int op, BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
                    int bs, const BnDigit *b, size_t bn) {
  size_t n = MAX(an, bn);
  Twos ta = {a, an, as, 1}, tb = {b, bn, bs, 1};
  for (size_t i = 0; i < n; i++) {
    BnDigit x = twos_next(&ta, i);
    r[i] = apply(op, x, twos_next(&tb, i));
  }
  int neg = apply(op, as ? DMAX : 0, bs ? DMAX : 0) != 0;
  *rs = neg;
  if (!neg) return bn_normalize(r, n);
  BnDigit c = 1;
  for (size_t i = 0; i < n; i++) {
    BnDigit x = (BnDigit)~r[i] + c;
    c = c && x == 0;
    r[i] = x;
  }
  r[n] = c;
  return bn_normalize(r, n + 1);
}

size_t bn_band(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
               int bs, const BnDigit *b, size_t bn) {
  return bitop(OP_AND, r, rs, as, a, an, bs, b, bn);
}

size_t bn_bor(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
              int bs, const BnDigit *b, size_t bn) {
  return bitop(OP_OR, r, rs, as, a, an, bs, b, bn);
}

size_t bn_bxor(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
               int bs, const BnDigit *b, size_t bn) {
  return bitop(OP_XOR, r, rs, as, a, an, bs, b, bn);
}

/* bnot a = -a - 1: -(a + 1) for a >= 0, |a| - 1 for a < 0. */
size_t bn_bnot(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an) {
  if (!as) {
    r[an] = add_1(r, a, an, 1);
    *rs = 1;
    return bn_normalize(r, an + 1);
  }
  sub_1(r, a, an, 1);
  size_t n = bn_normalize(r, an);
  *rs = 0;
  return n;
}

size_t bn_bsl_size(size_t an, size_t shift) { return an + shift / DBITS + 1; }

size_t bn_bsr_size(size_t an, size_t shift) {
  size_t w = shift / DBITS;
  return w >= an ? 1 : an - w + 1;
}

size_t bn_bsl(BnDigit *r, const BnDigit *a, size_t an, size_t shift) {
  if (an == 0) return 0;
  size_t w = shift / DBITS;
  r[an + w] = lshift(r + w, a, an, (unsigned)(shift % DBITS));
  memset(r, 0, w * sizeof *r);
  return bn_normalize(r, an + w + 1);
}

/*
** Arithmetic shift right.  For a negative value -m the result is
** floor(-m / 2^shift) = -((m >> shift) + 1) when any 1 bit is shifted
** out, else -(m >> shift).
*/
size_t bn_bsr(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an, size_t shift) {
  size_t w = shift / DBITS;
  int bump = as && any_below(a, an, shift);
  size_t n = 0;
  if (w < an) {
    n = an - w;
    rshift(r, a + w, n, (unsigned)(shift % DBITS));
  }
  if (bump) {
    r[n] = add_1(r, r, n, 1);
    n++;
  }
  n = bn_normalize(r, n);
  *rs = as && n > 0;
  return n;
}

/* ------------------------------------------------------------------ */
/* text                                                                */
/* ------------------------------------------------------------------ */

static const char digit_chars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/* log2(base) when base is a power of two, else 0. */
static unsigned pow2_bits(int base) {
  unsigned k = 0;
  if (base & (base - 1)) return 0;
  while ((1 << k) < base) k++;
  return k;
}

/* The largest k with base^k <= DMAX; base^k goes to *pw. */
static unsigned chunk_chars(int base, BnDigit *pw) {
  BnDigit p = (BnDigit)base;
  unsigned k = 1;
  while (p <= DMAX / (BnDigit)base) p *= (BnDigit)base, k++;
  *pw = p;
  return k;
}

static int valid_base(int base) { return base >= 2 && base <= 36; }

/* Each digit (< B <= base^(k+1)) needs at most k + 1 chars; then the
** sign and the NUL. */
size_t bn_text_size(size_t n, int base) {
  OS_ASSERT(valid_base(base));
  BnDigit pw;
  return n * (chunk_chars(base, &pw) + 1) + 2;
}

/* Writes a (non-zero) in base 2^k, most significant char first. */
static size_t to_text_pow2(char *out, const BnDigit *a, size_t an, unsigned k) {
  size_t chars = (bn_bitlen(a, an) + k - 1) / k;
  for (size_t i = 0; i < chars; i++) {
    size_t pos = (chars - 1 - i) * k;
    out[i] = digit_chars[bits_at(a, an, pos) & ((1u << k) - 1)];
  }
  return chars;
}

/*
** Writes a (non-zero) by repeated division by base^k, filling k chars per
** quotient step from the end of out[0..cap), then moves the text to the
** front.  w is the an-digit scratch copy that the divisions consume.
*/
static size_t to_text_chunked(char *out, size_t cap, const BnDigit *a, size_t an, int base,
                              BnDigit *w) {
  BnDigit pw, ub = (BnDigit)base;
  unsigned k = chunk_chars(base, &pw);
  char *p = out + cap;
  memcpy(w, a, an * sizeof *w);
  while (an > 0) {
    BnDigit rem = divrem_1(w, w, an, pw);
    an = bn_normalize(w, an);
    if (an > 0)
      for (unsigned i = 0; i < k; i++, rem /= ub) *--p = digit_chars[rem % ub];
    else
      for (; rem != 0; rem /= ub) *--p = digit_chars[rem % ub];
  }
  size_t len = (size_t)(out + cap - p);
  memmove(out, p, len);
  return len;
}

/*
** Power-of-two bases read bits straight out of a; the others divide a
** copy of a in scratch.  Either way the text has no leading zeros.
*/
size_t bn_to_text(char *out, int sign, const BnDigit *a, size_t an, int base, BnDigit *scratch) {
  OS_ASSERT(valid_base(base));
  if (an == 0) {
    out[0] = '0';
    return 1;
  }
  size_t neg = sign != 0;
  if (neg) out[0] = '-';
  unsigned k = pow2_bits(base);
  if (k) return neg + to_text_pow2(out + neg, a, an, k);
  return neg + to_text_chunked(out + neg, bn_text_size(an, base) - neg, a, an, base, scratch);
}

size_t bn_from_text_size(size_t len, int base) {
  OS_ASSERT(valid_base(base));
  unsigned bits = 1;
  while ((1 << bits) < base) bits++;
  return (len * bits + DBITS - 1) / DBITS + 1;
}

/* Value of character c as a digit, or 99. */
static int char_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* Packs base-2^k chars into digits, least significant char first. */
static size_t from_text_pow2(BnDigit *r, const char *s, size_t len, unsigned k) {
  size_t n = 0;
  unsigned fill = 0;
  BnDigit acc = 0;
  for (size_t i = len; i-- > 0;) {
    BnDigit v = (BnDigit)char_value(s[i]);
    acc |= v << fill;
    fill += k;
    if (fill >= DBITS) {
      r[n++] = acc;
      fill -= DBITS;
      acc = fill ? v >> (k - fill) : 0;
    }
  }
  if (fill) r[n++] = acc;
  return bn_normalize(r, n);
}

/* Horner's rule on chunks of k chars: r = r * base^k + chunk. */
static size_t from_text_chunked(BnDigit *r, const char *s, size_t len, int base) {
  BnDigit pw, ub = (BnDigit)base;
  unsigned k = chunk_chars(base, &pw);
  size_t n = 0, first = len % k ? len % k : k;
  for (size_t i = 0; i < len;) {
    size_t end = i + (i == 0 ? first : k);
    BnDigit chunk = 0, scale = 1;
    for (; i < end; i++) {
      chunk = chunk * ub + (BnDigit)char_value(s[i]);
      scale *= ub;
    }
    n = bn_mul_digit_add(r, r, n, scale, chunk);
  }
  return n;
}

/*
** Validates the whole string before touching r, so a rejected string
** leaves every output unchanged; leading zeros are skipped so they cost
** nothing.
*/
int bn_from_text(BnDigit *r, size_t *rn, int *sign, const char *s, size_t len, int base) {
  if (!valid_base(base)) return BN_EINVAL;
  int neg = 0;
  if (len > 0 && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s++, len--;
  }
  if (len == 0) return BN_EINVAL;
  for (size_t i = 0; i < len; i++)
    if (char_value(s[i]) >= base) return BN_EINVAL;
  while (len > 1 && s[0] == '0') s++, len--;
  unsigned k = pow2_bits(base);
  size_t n = k ? from_text_pow2(r, s, len, k) : from_text_chunked(r, s, len, base);
  *rn = n;
  *sign = neg && n > 0;
  return BN_OK;
}

/* ------------------------------------------------------------------ */
/* machine numbers                                                     */
/* ------------------------------------------------------------------ */

size_t bn_from_uint64(BnDigit *r, uint64_t v) {
  size_t n = 0;
  for (; v != 0 && n < BN_INT64_DIGITS; n++) {
    r[n] = (BnDigit)v;
    v = DBITS == 64 ? 0 : v >> (DBITS % 64);
  }
  return n;
}

size_t bn_from_int64(BnDigit *r, int *sign, int64_t v) {
  *sign = v < 0;
  return bn_from_uint64(r, v < 0 ? -(uint64_t)v : (uint64_t)v);
}

int bn_to_uint64(int sign, const BnDigit *a, size_t an, uint64_t *out) {
  if (sign || bn_bitlen(a, an) > 64) return 0;
  *out = bits_at(a, an, 0);
  return 1;
}

int bn_to_int64(int sign, const BnDigit *a, size_t an, int64_t *out) {
  if (bn_bitlen(a, an) > 64) return 0;
  uint64_t m = bits_at(a, an, 0);
  if (m > (uint64_t)INT64_MAX + (sign ? 1 : 0)) return 0;
  *out = sign ? (m == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)m) : (int64_t)m;
  return 1;
}

/*
** Rounds to 53 bits by hand: the top 64 bits of a, the round bit just
** below the 53 kept, and a sticky bit for everything lower, so the
** result never depends on the FPU's rounding of wide integers.  ldexp
** then scales exactly.
*/
int bn_to_double(int sign, const BnDigit *a, size_t an, double *out) {
  size_t len = bn_bitlen(a, an);
  if (len == 0) {
    *out = 0.0;
    return BN_OK;
  }
  uint64_t top;
  int sticky = 0;
  if (len <= 64)
    top = bits_at(a, an, 0) << (64 - len);
  else {
    top = bits_at(a, an, len - 64);
    sticky = any_below(a, an, len - 64);
  }
  uint64_t m = top >> 11;
  int round = (top >> 10) & 1;
  sticky |= (top & 0x3ff) != 0;
  if (round && (sticky || (m & 1))) m++;
  if (m >> 53) {
    m >>= 1;
    len++;
  }
  if (len > 1024) {
    *out = sign ? -HUGE_VAL : HUGE_VAL;
    return BN_EOVERFLOW;
  }
  double d = ldexp((double)m, (int)len - 53);
  *out = sign ? -d : d;
  return BN_OK;
}

/*
** |x| = f 2^e with 0.5 <= f < 1, so the integer part is the 53-bit
** mantissa f 2^53 shifted by e - 53: right (dropping the fraction) when
** e <= 53, left otherwise.
*/
int bn_from_double(BnDigit *r, size_t *rn, int *sign, double x) {
  if (!isfinite(x)) return BN_EINVAL;
  int e;
  double f = frexp(fabs(x), &e);
  *sign = 0;
  *rn = 0;
  if (e <= 0) return BN_OK;
  uint64_t m = (uint64_t)ldexp(f, 53);
  if (e <= 53) {
    *rn = bn_from_uint64(r, m >> (53 - e));
  } else {
    size_t n = bn_from_uint64(r, m);
    *rn = bn_bsl(r, r, n, (size_t)e - 53);
  }
  *sign = x < 0;
  return BN_OK;
}
