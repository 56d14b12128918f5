/*
** integer.c — integer terms over bignum.h (see integer.h).
**
** Results are built in place: int_alloc reserves the largest size the
** operation can produce, the bn_* function writes the digits there, and
** int_finish turns the block into a small or a bignum, filling the words
** it does not need with [] (a heap walk reads them as immediates).
*/
#include "integer.h"

#include <math.h>
#include <string.h>

#include "bif.h"
#include "os/os.h"

_Static_assert(sizeof(BnDigit) == sizeof(BeamTerm),
               "bignum digits must be words: do not define BN_FORCE_DIGIT32");

#define DBITS BN_DIGIT_BITS

/* Scratch arrays below this many digits live on the C stack. */
#define LOCAL_DIGITS 64

/* n digits of scratch: local (LOCAL_DIGITS long) when big enough. */
static BnDigit *scratch_get(size_t n, BnDigit *local) {
  if (n <= LOCAL_DIGITS) return local;
  return os_alloc(n * sizeof(BnDigit), "integer arithmetic");
}

static void scratch_put(BnDigit *s, BnDigit *local) {
  if (s != local) os_free(s);
}

/* ---------------------------------------------------------------------- */
/* Views and construction                                                  */
/* ---------------------------------------------------------------------- */

void int_view(BeamTerm t, IntView *v) {
  if (BEAM_IS_SMALL(t)) {
    BeamSint s = BEAM_SMALL_VALUE(t);
    v->sign = s < 0;
    v->n = bn_from_uint64(v->buf, s < 0 ? -(uint64_t)s : (uint64_t)s);
    v->d = v->buf;
    return;
  }
  BeamTerm h = BEAM_BOXED_HEADER(t);
  v->sign = BEAM_HEADER_SUB(h) == BEAM_SUB_NEGBIG;
  v->n = BEAM_HEADER_ARITY(h);
  v->d = (const BnDigit *)(BEAM_PTR(t) + 1);
}

int int_sign(BeamTerm t) {
  if (BEAM_IS_SMALL(t)) {
    BeamSint s = BEAM_SMALL_VALUE(t);
    return (s > 0) - (s < 0);
  }
  return BEAM_HAS_SUB(t, BEAM_SUB_NEGBIG) ? -1 : 1;
}

/* The small for sign * d[0..n) (normalised), or BEAM_NONV if it does
   not fit one. */
static BeamTerm as_small(int sign, const BnDigit *d, size_t n) {
  if (n == 0) return BEAM_SMALL(0);
  if (n > 1 || d[0] > (BnDigit)BEAM_SMALL_MAX + (sign ? 1u : 0u)) return BEAM_NONV;
  return sign ? BEAM_SMALL(-(BeamSint)(d[0] - 1) - 1) : BEAM_SMALL((BeamSint)d[0]);
}

static void fill(BeamTerm *w, size_t n) {
  for (size_t i = 0; i < n; i++) w[i] = BEAM_NIL;
}

BnDigit *int_alloc(BeamProc *p, size_t cap) {
  BeamTerm *mem = beam_alloc(p, cap + 1);
  return (BnDigit *)(mem + 1);
}

/*
** Guarantees: the result is normalised (a small when it fits); every word
** of the block [d - 1, d + cap) is either part of the result or [];
** results over INT_MAX_BITS give BEAM_NONV with system_limit set.
*/
BeamTerm int_finish(BeamProc *p, BnDigit *d, size_t cap, int sign, size_t n) {
  BeamTerm *mem = (BeamTerm *)d - 1;
  n = bn_normalize(d, n);
  BeamTerm s = as_small(sign, d, n);
  if (s != BEAM_NONV || bn_bitlen(d, n) > INT_MAX_BITS) {
    fill(mem, cap + 1);
    return s != BEAM_NONV ? s : bif_system_limit(p);
  }
  mem[0] = BEAM_HEADER(n, sign ? BEAM_SUB_NEGBIG : BEAM_SUB_POSBIG);
  fill(mem + 1 + n, cap - n);
  return BEAM_MAKE_BOXED(mem);
}

BeamTerm int_make(BeamProc *p, int sign, const BnDigit *d, size_t n) {
  n = bn_normalize(d, n);
  BeamTerm s = as_small(sign, d, n);
  if (s != BEAM_NONV) return s;
  if (bn_bitlen(d, n) > INT_MAX_BITS) return bif_system_limit(p);
  BnDigit *r = int_alloc(p, n);
  memcpy(r, d, n * sizeof *r);
  return int_finish(p, r, n, sign, n);
}

BeamTerm int_from_uint64(BeamProc *p, uint64_t v) {
  BnDigit d[BN_INT64_DIGITS];
  size_t n = bn_from_uint64(d, v);
  return int_make(p, 0, d, n);
}

BeamTerm int_from_int64(BeamProc *p, int64_t v) {
  BnDigit d[BN_INT64_DIGITS];
  int sign;
  size_t n = bn_from_int64(d, &sign, v);
  return int_make(p, sign, d, n);
}

BeamTerm int_from_sint(BeamProc *p, BeamSint v) {
  if (BEAM_FITS_SMALL(v)) return BEAM_SMALL(v);
  return int_from_int64(p, (int64_t)v);
}

/* ---------------------------------------------------------------------- */
/* Conversions                                                             */
/* ---------------------------------------------------------------------- */

int int_to_int64(BeamTerm t, int64_t *out) {
  if (BEAM_IS_SMALL(t)) {
    *out = BEAM_SMALL_VALUE(t);
    return 1;
  }
  if (!BEAM_IS_BIG(t)) return 0;
  IntView v;
  int_view(t, &v);
  return bn_to_int64(v.sign, v.d, v.n, out);
}

int int_host_small(BeamTerm t, int64_t *out) {
  if (BEAM_IS_SMALL(t)) {
    *out = BEAM_SMALL_VALUE(t);
    return 1;
  }
  const int64_t lim = (int64_t)1 << 59;
  return BEAM_IS_BIG(t) && int_to_int64(t, out) && *out >= -lim && *out < lim;
}

/*
** erl's conversion, not the nearest double: Horner's rule in double
** arithmetic over the 64-bit digits, most significant first, each digit
** rounded to a double before it is added.  Overflow is an infinity on
** the way.
*/
int int_to_double(BeamTerm t, double *out) {
  if (BEAM_IS_SMALL(t)) {
    *out = (double)BEAM_SMALL_VALUE(t);
    return 1;
  }
  IntView v;
  int_view(t, &v);
  const size_t per = 64 / DBITS; /* digits per 64-bit chunk */
  double d = 0;
  for (size_t i = (v.n + per - 1) / per; i-- > 0;) {
    uint64_t chunk = 0;
    for (size_t k = per; k-- > 0;)
      if (i * per + k < v.n) chunk = chunk << (DBITS % 64) | v.d[i * per + k];
    d = d * 18446744073709551616.0 + (double)chunk;
    if (isinf(d)) return 0;
  }
  *out = v.sign ? -d : d;
  return 1;
}

BeamTerm int_from_double(BeamProc *p, double d) {
  if (d > -9.0e18 && d < 9.0e18) return int_from_int64(p, (int64_t)d);
  BnDigit r[BN_DOUBLE_DIGITS];
  size_t n = 0;
  int sign = 0;
  if (bn_from_double(r, &n, &sign, d) != BN_OK) return BEAM_SMALL(0);
  return int_make(p, sign, r, n);
}

char *int_to_text(BeamTerm t, int base, size_t *len) {
  IntView v;
  int_view(t, &v);
  size_t size = v.n == 0 ? 1 : bn_text_size(v.n, base);
  char *out = os_alloc(size + 1, "integer arithmetic");
  if (v.n == 0) {
    out[0] = '0';
    *len = 1;
  } else {
    BnDigit local[LOCAL_DIGITS];
    BnDigit *scratch = scratch_get(v.n, local);
    *len = bn_to_text(out, v.sign, v.d, v.n, base, scratch);
    scratch_put(scratch, local);
  }
  out[*len] = '\0';
  return out;
}

BeamTerm int_to_list(BeamProc *p, BeamTerm t, int base) {
  size_t len;
  char *s = int_to_text(t, base, &len);
  BeamTerm *c = beam_alloc(p, 2 * len), list = BEAM_NIL;
  for (size_t i = len; i-- > 0;) {
    c[2 * i] = BEAM_SMALL((unsigned char)s[i]);
    c[2 * i + 1] = list;
    list = BEAM_MAKE_LIST(c + 2 * i);
  }
  os_free(s);
  return list;
}

/* Value of c as a digit of base 36, or 36 when it is none. */
static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 36;
}

/*
** Validates the text before any allocation; a value that certainly has
** more than INT_MAX_BITS bits (judged from its number of significant
** digits) is refused without converting it.
*/
BeamTerm int_from_text(BeamProc *p, const char *s, size_t len, int base) {
  if (base < 2 || base > 36) return bif_badarg(p);
  size_t i = len > 0 && (s[0] == '+' || s[0] == '-');
  if (i == len) return bif_badarg(p);
  for (size_t k = i; k < len; k++)
    if (digit_value(s[k]) >= base) return bif_badarg(p);
  size_t first = i;
  while (first < len && s[first] == '0') first++;
  size_t digits = len - first;
  int neg = s[0] == '-';
  if (digits == 0) return BEAM_SMALL(0);
  /* the value is at least base^(digits - 1): more than INT_MAX_BITS
     bits when (digits - 1) * log2(base) is (the margin covers rounding) */
  if ((double)(digits - 1) * (log2((double)base) - 1e-9) > (double)INT_MAX_BITS)
    return bif_system_limit(p);
  if (digits <= 18 && base == 10) {
    int64_t v = 0;
    for (size_t k = first; k < len; k++) v = v * 10 + (s[k] - '0');
    return int_from_int64(p, neg ? -v : v);
  }
  size_t cap = bn_from_text_size(digits, base), n = 0;
  int sign = 0;
  BnDigit *d = int_alloc(p, cap);
  bn_from_text(d, &n, &sign, s + first, digits, base);
  return int_finish(p, d, cap, neg, n);
}

/* ---------------------------------------------------------------------- */
/* Arithmetic                                                              */
/* ---------------------------------------------------------------------- */

static size_t max_size(size_t a, size_t b) { return a > b ? a : b; }

/*
** The fast path of the arithmetic below for integers that fit 64 bits:
** on a 32-bit target every integer from 2^27 to 2^63 is a bignum of one
** or two digits, and a loop counter past 2^27 would otherwise pay for
** views, scratch and normalisation at every step.
*/

/* Whether the integer t fits an int64_t (then its value is in *v). */
static inline int fits64(BeamTerm t, int64_t *v) {
  if (BEAM_IS_SMALL(t)) {
    *v = BEAM_SMALL_VALUE(t);
    return 1;
  }
  BeamTerm h = BEAM_BOXED_HEADER(t);
  size_t n = BEAM_HEADER_ARITY(h);
  if (n > BN_INT64_DIGITS) return 0;
  const BnDigit *d = (const BnDigit *)(BEAM_PTR(t) + 1);
  uint64_t m = 0;
  for (size_t i = 0; i < n; i++) m |= (uint64_t)d[i] << (i * DBITS);
  if (m > (uint64_t)INT64_MAX) return 0;
  *v = BEAM_HEADER_SUB(h) == BEAM_SUB_NEGBIG ? -(int64_t)m : (int64_t)m;
  return 1;
}

/* The integer v: a small when it fits, else a bignum of the digits it
   needs, allocated exactly. */
static BeamTerm from64(BeamProc *p, int64_t v) {
  if (v >= BEAM_SMALL_MIN && v <= BEAM_SMALL_MAX) return BEAM_SMALL((BeamSint)v);
  uint64_t m = v < 0 ? -(uint64_t)v : (uint64_t)v;
  size_t n = m >> (DBITS - 1) >> 1 ? 2 : 1; /* 2 only with 32-bit digits */
  BnDigit *d = int_alloc(p, n);
  for (size_t i = 0; i < n; i++) d[i] = (BnDigit)(m >> (i * DBITS));
  ((BeamTerm *)d)[-1] = BEAM_HEADER(n, v < 0 ? BEAM_SUB_NEGBIG : BEAM_SUB_POSBIG);
  return BEAM_MAKE_BOXED((BeamTerm *)d - 1);
}

/* The operations on two signed magnitudes whose result needs at most one
   digit more than the longer operand: add, subtract, and, or, xor. */
typedef size_t (*DigitOp)(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
                        int bs, const BnDigit *b, size_t bn);

static BeamTerm digit_op(BeamProc *p, DigitOp op, BeamTerm a, BeamTerm b) {
  IntView x, y;
  int_view(a, &x);
  int_view(b, &y);
  size_t cap = max_size(x.n, y.n) + 1;
  int sign;
  BnDigit *d = int_alloc(p, cap);
  size_t n = op(d, &sign, x.sign, x.d, x.n, y.sign, y.d, y.n);
  return int_finish(p, d, cap, sign, n);
}

BeamTerm int_add(BeamProc *p, BeamTerm a, BeamTerm b) {
  if (BEAM_IS_SMALL(a) && BEAM_IS_SMALL(b))
    return int_from_sint(p, BEAM_SMALL_VALUE(a) + BEAM_SMALL_VALUE(b));
  int64_t x, y, r;
  if (fits64(a, &x) && fits64(b, &y) && !__builtin_add_overflow(x, y, &r)) return from64(p, r);
  return digit_op(p, bn_sadd, a, b);
}

BeamTerm int_sub(BeamProc *p, BeamTerm a, BeamTerm b) {
  if (BEAM_IS_SMALL(a) && BEAM_IS_SMALL(b))
    return int_from_sint(p, BEAM_SMALL_VALUE(a) - BEAM_SMALL_VALUE(b));
  int64_t x, y, r;
  if (fits64(a, &x) && fits64(b, &y) && !__builtin_sub_overflow(x, y, &r)) return from64(p, r);
  return digit_op(p, bn_ssub, a, b);
}

BeamTerm int_neg(BeamProc *p, BeamTerm a) {
  if (BEAM_IS_SMALL(a)) return int_from_sint(p, -BEAM_SMALL_VALUE(a));
  IntView x;
  int_view(a, &x);
  return int_make(p, !x.sign, x.d, x.n);
}

/*
** Products whose size is certainly over the limit (the product of an
** i-bit and a j-bit number has at least i + j - 1 bits) are refused
** before multiplying.
*/
BeamTerm int_mul(BeamProc *p, BeamTerm a, BeamTerm b) {
  int64_t xi, yi, r;
  if (fits64(a, &xi) && fits64(b, &yi) && !__builtin_mul_overflow(xi, yi, &r)) return from64(p, r);
  IntView x, y;
  int_view(a, &x);
  int_view(b, &y);
  if (x.n == 0 || y.n == 0) return BEAM_SMALL(0);
  if (bn_bitlen(x.d, x.n) + bn_bitlen(y.d, y.n) - 1 > INT_MAX_BITS)
    return bif_system_limit(p);
  size_t cap = x.n + y.n;
  BnDigit local[LOCAL_DIGITS];
  BnDigit *scratch = scratch_get(bn_mul_scratch(x.n, y.n), local);
  BnDigit *d = int_alloc(p, cap);
  size_t n = bn_mul(d, x.d, x.n, y.d, y.n, scratch);
  scratch_put(scratch, local);
  return int_finish(p, d, cap, x.sign ^ y.sign, n);
}

BeamTerm int_div(BeamProc *p, BeamTerm a, BeamTerm b) {
  if (BEAM_IS_SMALL(a) && BEAM_IS_SMALL(b))
    return int_from_sint(p, BEAM_SMALL_VALUE(a) / BEAM_SMALL_VALUE(b));
  IntView x, y;
  int_view(a, &x);
  int_view(b, &y);
  if (x.n < y.n) return BEAM_SMALL(0);
  size_t cap = x.n - y.n + 1;
  int sign;
  BnDigit local[LOCAL_DIGITS];
  BnDigit *scratch = scratch_get(bn_divrem_scratch(x.n, y.n), local);
  BnDigit *d = int_alloc(p, cap);
  size_t n = bn_sdiv(d, &sign, x.sign, x.d, x.n, y.sign, y.d, y.n, scratch);
  scratch_put(scratch, local);
  return int_finish(p, d, cap, sign, n);
}

BeamTerm int_rem(BeamProc *p, BeamTerm a, BeamTerm b) {
  if (BEAM_IS_SMALL(a) && BEAM_IS_SMALL(b))
    return BEAM_SMALL(BEAM_SMALL_VALUE(a) % BEAM_SMALL_VALUE(b));
  IntView x, y;
  int_view(a, &x);
  int_view(b, &y);
  if (x.n < y.n) return a;
  size_t cap = y.n;
  int sign;
  BnDigit local[LOCAL_DIGITS];
  BnDigit *scratch = scratch_get(bn_divrem_scratch(x.n, y.n), local);
  BnDigit *d = int_alloc(p, cap);
  size_t n = bn_srem(d, &sign, x.sign, x.d, x.n, y.sign, y.d, y.n, scratch);
  scratch_put(scratch, local);
  return int_finish(p, d, cap, sign, n);
}

BeamTerm int_band(BeamProc *p, BeamTerm a, BeamTerm b) {
  if (BEAM_IS_SMALL(a) && BEAM_IS_SMALL(b)) return a & b;
  int64_t x, y;
  if (fits64(a, &x) && fits64(b, &y)) return from64(p, x & y);
  return digit_op(p, bn_band, a, b);
}

BeamTerm int_bor(BeamProc *p, BeamTerm a, BeamTerm b) {
  if (BEAM_IS_SMALL(a) && BEAM_IS_SMALL(b)) return a | b;
  int64_t x, y;
  if (fits64(a, &x) && fits64(b, &y)) return from64(p, x | y);
  return digit_op(p, bn_bor, a, b);
}

BeamTerm int_bxor(BeamProc *p, BeamTerm a, BeamTerm b) {
  if (BEAM_IS_SMALL(a) && BEAM_IS_SMALL(b)) return (a ^ b) | BEAM_TAG_SMALL;
  int64_t x, y;
  if (fits64(a, &x) && fits64(b, &y)) return from64(p, x ^ y);
  return digit_op(p, bn_bxor, a, b);
}

BeamTerm int_bnot(BeamProc *p, BeamTerm a) {
  if (BEAM_IS_SMALL(a)) return BEAM_SMALL(~BEAM_SMALL_VALUE(a));
  IntView x;
  int_view(a, &x);
  size_t cap = x.n + 1;
  int sign;
  BnDigit *d = int_alloc(p, cap);
  size_t n = bn_bnot(d, &sign, x.sign, x.d, x.n);
  return int_finish(p, d, cap, sign, n);
}

/* floor(v / 2^r) for r >= 0 without relying on >> of negative values. */
static BeamSint shift_right_small(BeamSint v, uintmax_t r) {
  if (r >= BEAM_WORD_BITS - 1) return v < 0 ? -1 : 0;
  return v >= 0 ? v >> r : ~(~v >> r);
}

/*
** Zero shifted any way is zero and shifts toward zero of any size give 0
** or -1, as erl; a left shift whose result would pass INT_MAX_BITS, or a
** left shift of a non-zero value by a bignum, is system_limit.
*/
BeamTerm int_shift(BeamProc *p, BeamTerm a, BeamTerm shift, int right) {
  int as = int_sign(a);
  if (as == 0) return BEAM_SMALL(0);
  if (!BEAM_IS_SMALL(shift)) {
    if ((int_sign(shift) > 0) != right) return bif_system_limit(p);
    return BEAM_SMALL(as < 0 ? -1 : 0);
  }
  BeamSint s = BEAM_SMALL_VALUE(shift);
  if (s == 0) return a;
  /* n: the shift's magnitude; `right` now says its direction */
  uintmax_t n = s < 0 ? -(uintmax_t)s : (uintmax_t)s;
  right = right != (s < 0);
  IntView x;
  if (right) {
    if (BEAM_IS_SMALL(a)) return BEAM_SMALL(shift_right_small(BEAM_SMALL_VALUE(a), n));
    int_view(a, &x);
    if (n / DBITS >= x.n) return BEAM_SMALL(as < 0 ? -1 : 0);
    size_t cap = bn_bsr_size(x.n, (size_t)n);
    int sign;
    BnDigit *d = int_alloc(p, cap);
    size_t len = bn_bsr(d, &sign, x.sign, x.d, x.n, (size_t)n);
    return int_finish(p, d, cap, sign, len);
  }
  if (BEAM_IS_SMALL(a) && n < 62) {
    int64_t r;
    if (!__builtin_mul_overflow((int64_t)BEAM_SMALL_VALUE(a), (int64_t)1 << n, &r))
      return int_from_int64(p, r);
  }
  int_view(a, &x);
  if (n > INT_MAX_BITS || bn_bitlen(x.d, x.n) + (size_t)n > INT_MAX_BITS)
    return bif_system_limit(p);
  size_t cap = bn_bsl_size(x.n, (size_t)n);
  BnDigit *d = int_alloc(p, cap);
  size_t len = bn_bsl(d, x.d, x.n, (size_t)n);
  return int_finish(p, d, cap, x.sign, len);
}

/* ---- bytes ------------------------------------------------------------------- */

void int_to_bytes_le(BeamTerm t, uint8_t *out, size_t n) {
  IntView v;
  int_view(t, &v);
  unsigned borrow = 1; /* negating: invert, then add one */
  for (size_t i = 0; i < n; i++) {
    size_t di = i / sizeof(BnDigit);
    unsigned byte = di < v.n ? (unsigned)(v.d[di] >> (8 * (i % sizeof(BnDigit)))) & 0xFFu : 0;
    if (v.sign) {
      byte = (~byte & 0xFFu) + borrow;
      borrow = byte >> 8;
    }
    out[i] = (uint8_t)byte;
  }
}

BeamTerm int_from_bytes_le(BeamProc *p, const uint8_t *b, size_t n, unsigned topbits,
                           int is_signed) {
  if (n == 0) return BEAM_SMALL(0);
  unsigned top = b[n - 1] & ((1u << topbits) - 1);
  int neg = is_signed && (top >> (topbits - 1)) & 1;
  if (n <= 8) { /* the common case, without digits */
    uint64_t u = top;
    for (size_t i = n - 1; i-- > 0;) u = u << 8 | b[i];
    size_t bits = 8 * (n - 1) + topbits;
    if (neg) return int_from_int64(p, (int64_t)(bits == 64 ? u : u | ~(((uint64_t)1 << bits) - 1)));
    if (bits < 64 || u <= INT64_MAX) return int_from_uint64(p, u);
  }
  size_t nd = (n + sizeof(BnDigit) - 1) / sizeof(BnDigit);
  BnDigit *d = os_alloc(nd * sizeof *d, "bit syntax integer");
  memset(d, 0, nd * sizeof *d);
  unsigned carry = 1;
  for (size_t i = 0; i < n; i++) {
    unsigned byte = i == n - 1 ? top : b[i];
    if (neg) { /* magnitude of a negative: invert the sign-extended bits, add one */
      if (i == n - 1) byte |= 0xFFu << topbits & 0xFFu;
      byte = (~byte & 0xFFu) + carry;
      carry = byte >> 8;
      byte &= 0xFFu;
    }
    d[i / sizeof(BnDigit)] |= (BnDigit)byte << (8 * (i % sizeof(BnDigit)));
  }
  BeamTerm r = int_make(p, neg, d, nd);
  os_free(d);
  return r;
}
