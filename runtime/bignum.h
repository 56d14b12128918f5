/*
** bignum.h — arbitrary-precision integers on digit arrays.
**
** A magnitude is a pair (const BnDigit *d, size_t n): little-endian
** digits, normalised so that n == 0 means zero and otherwise d[n-1] != 0.
** Every function that produces a magnitude writes it into a caller
** buffer and returns its normalised length.  A signed integer is a pair
** (sign, magnitude) with sign 0 for non-negative and 1 for negative;
** zero is never negative.  Functions that take a sign expect this.
**
** The library keeps no global mutable state and never allocates: output
** buffers and scratch space come from the caller, with the sizes given
** below (the *_size and *_scratch helpers compute them).  Unless a
** function says otherwise, outputs must not overlap its inputs.  "May
** alias" below always means the very same array (r == a), never a
** partial overlap.
**
** Errors are reported as BN_* return codes; division by zero and other
** broken preconditions are the caller's responsibility (checked only by
** OS_ASSERT).
**
** BnDigit is uintptr_t: 64 bits on 64-bit hosts, 32 on 32-bit hosts.
** Defining BN_FORCE_DIGIT32 (for the whole program: every file that
** includes this header must agree) selects 32-bit digits on a 64-bit
** host, which is how the 32-bit code paths are tested.
*/
#ifndef BEAMRT_BIGNUM_H
#define BEAMRT_BIGNUM_H

#include <stddef.h>
#include <stdint.h>

#if defined(BN_FORCE_DIGIT32)
typedef uint32_t BnDigit;
#define BN_DIGIT_BITS 32
#elif UINTPTR_MAX == UINT64_MAX
typedef uintptr_t BnDigit;
#define BN_DIGIT_BITS 64
#elif UINTPTR_MAX == UINT32_MAX
typedef uintptr_t BnDigit;
#define BN_DIGIT_BITS 32
#else
#error "bignum.h: uintptr_t must have 32 or 64 bits"
#endif

#define BN_DIGIT_MAX ((BnDigit)-1)

/* Return codes. */
enum { BN_OK = 0, BN_EINVAL = -1, BN_EOVERFLOW = -2 };

/* Digits needed for any int64_t / uint64_t, and for any finite double. */
#define BN_INT64_DIGITS (64 / BN_DIGIT_BITS)
#define BN_DOUBLE_DIGITS (1024 / BN_DIGIT_BITS + 1)

/* ---- basics ---- */

/* Length of a with leading zero digits dropped. */
size_t bn_normalize(const BnDigit *a, size_t n);
/* Number of significant bits of a (0 for zero). */
size_t bn_bitlen(const BnDigit *a, size_t an);
/* Compares magnitudes: -1, 0 or 1. */
int bn_cmp(const BnDigit *a, size_t an, const BnDigit *b, size_t bn);
/* Compares signed values: -1, 0 or 1. */
int bn_scmp(int as, const BnDigit *a, size_t an, int bs, const BnDigit *b, size_t bn);

/* ---- addition and subtraction ---- */

/* r = a + b.  r: max(an, bn) + 1 digits; may alias a or b. */
size_t bn_add(BnDigit *r, const BnDigit *a, size_t an, const BnDigit *b, size_t bn);
/* r = a - b, requires a >= b.  r: an digits; may alias a or b. */
size_t bn_sub(BnDigit *r, const BnDigit *a, size_t an, const BnDigit *b, size_t bn);
/* Signed r = a + b and r = a - b; the sign of r goes to *rs.
** r: max(an, bn) + 1 digits; may alias a or b. */
size_t bn_sadd(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
               int bs, const BnDigit *b, size_t bn);
size_t bn_ssub(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
               int bs, const BnDigit *b, size_t bn);

/* ---- multiplication ---- */

/* Scratch digits bn_mul needs for Karatsuba (0 when it is not used). */
size_t bn_mul_scratch(size_t an, size_t bn);
/* r = a * b.  r: an + bn digits; must not overlap a or b (a and b may be
** the same array).  scratch: bn_mul_scratch(an, bn) digits, or NULL to
** force the quadratic schoolbook method.  The sign of a signed product
** is as ^ bs (and 0 when the result is zero). */
size_t bn_mul(BnDigit *r, const BnDigit *a, size_t an, const BnDigit *b, size_t bn,
              BnDigit *scratch);
/* r = a * m + c, for parsing and small factors.  r: an + 1 digits; may
** alias a. */
size_t bn_mul_digit_add(BnDigit *r, const BnDigit *a, size_t an, BnDigit m, BnDigit c);

/* ---- division (d != 0 and b non-zero are preconditions) ---- */

/* q = a / d, *rem = a % d.  q: an digits; may alias a. */
size_t bn_divrem_digit(BnDigit *q, const BnDigit *a, size_t an, BnDigit d, BnDigit *rem);
/* Scratch digits bn_divrem, bn_sdiv and bn_srem need: an + bn + 1. */
size_t bn_divrem_scratch(size_t an, size_t bn);
/* Truncating division of magnitudes: q = a / b (length *qn), r = a % b
** (length *rn).  q: an - bn + 1 digits when an >= bn (none otherwise);
** r: bn digits.  q or r may be NULL when not wanted (then qn or rn may
** be NULL too).  q and r may alias a or b, but not each other.
** scratch: bn_divrem_scratch(an, bn) digits. */
void bn_divrem(BnDigit *q, size_t *qn, BnDigit *r, size_t *rn,
               const BnDigit *a, size_t an, const BnDigit *b, size_t bn, BnDigit *scratch);
/* Erlang's  A div B  (truncates toward zero: -7 div 2 = -3) and  A rem B
** (sign of the dividend: -7 rem 2 = -1).  Buffers and aliasing as for
** bn_divrem (q: an - bn + 1 digits, r: bn digits). */
size_t bn_sdiv(BnDigit *q, int *qs, int as, const BnDigit *a, size_t an,
               int bs, const BnDigit *b, size_t bn, BnDigit *scratch);
size_t bn_srem(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
               int bs, const BnDigit *b, size_t bn, BnDigit *scratch);

/* ---- bitwise operations on signed values (infinite two's complement) ---- */

/* r = a band b, a bor b, a bxor b.  r: max(an, bn) + 1 digits; may alias
** a or b. */
size_t bn_band(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
               int bs, const BnDigit *b, size_t bn);
size_t bn_bor(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
              int bs, const BnDigit *b, size_t bn);
size_t bn_bxor(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an,
               int bs, const BnDigit *b, size_t bn);
/* r = bnot a = -a - 1.  r: an + 1 digits; may alias a. */
size_t bn_bnot(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an);
/* Digits for bn_bsl / bn_bsr results (the caller checks that a huge
** shift's size is affordable before calling). */
size_t bn_bsl_size(size_t an, size_t shift);
size_t bn_bsr_size(size_t an, size_t shift);
/* r = a bsl shift; the sign is unchanged.  r: bn_bsl_size digits
** (an + shift / BN_DIGIT_BITS + 1); may alias a. */
size_t bn_bsl(BnDigit *r, const BnDigit *a, size_t an, size_t shift);
/* r = a bsr shift, rounding toward minus infinity (-5 bsr 1 = -3,
** -1 bsr 100 = -1).  r: bn_bsr_size digits; may alias a. */
size_t bn_bsr(BnDigit *r, int *rs, int as, const BnDigit *a, size_t an, size_t shift);

/* ---- text ---- */

/* Upper bound on bn_to_text's output for an n-digit magnitude in base
** 2..36, counting a '-' sign and one spare byte for a terminating NUL
** (which bn_to_text does not write). */
size_t bn_text_size(size_t n, int base);
/* Writes a in base 2..36, uppercase digits, '-' first when sign is set;
** no NUL.  out: bn_text_size(an, base) chars.  scratch: an digits
** (unused, may be NULL, when base is a power of two).  Returns the
** number of chars written. */
size_t bn_to_text(char *out, int sign, const BnDigit *a, size_t an, int base, BnDigit *scratch);
/* Digits bn_from_text may need for len chars of text. */
size_t bn_from_text_size(size_t len, int base);
/* Parses [+-]digits in base 2..36 (either case), the whole of s[0..len).
** r: bn_from_text_size(len, base) digits.  Returns BN_OK with *rn and
** *sign set, or BN_EINVAL (bad base, no digits, or a character that is
** not a digit of the base) leaving *rn and *sign untouched. */
int bn_from_text(BnDigit *r, size_t *rn, int *sign, const char *s, size_t len, int base);

/* ---- machine numbers ---- */

/* r: BN_INT64_DIGITS digits. */
size_t bn_from_uint64(BnDigit *r, uint64_t v);
size_t bn_from_int64(BnDigit *r, int *sign, int64_t v);
/* Return 1 and set *out if the value fits, else return 0. */
int bn_to_uint64(int sign, const BnDigit *a, size_t an, uint64_t *out);
int bn_to_int64(int sign, const BnDigit *a, size_t an, int64_t *out);
/* Converts to the nearest double (ties to even).  Returns BN_OK, or
** BN_EOVERFLOW with *out = +-HUGE_VAL when the rounded value is 2^1024
** or more in magnitude (Erlang raises an error there). */
int bn_to_double(int sign, const BnDigit *a, size_t an, double *out);
/* Truncates x toward zero.  r: BN_DOUBLE_DIGITS digits.  Returns BN_OK,
** or BN_EINVAL for an infinity or NaN. */
int bn_from_double(BnDigit *r, size_t *rn, int *sign, double x);

#endif
