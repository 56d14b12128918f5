/*
** integer.h — integer terms: smalls and bignums over bignum.h.
**
** An integer term is a small (beamrt.h) when its value fits, else a boxed
** bignum: header BEAM_SUB_POSBIG or BEAM_SUB_NEGBIG with the number of
** digit words as arity, then the magnitude, least significant digit
** first, normalised (the top digit is not zero).  Every function here
** returns normalised terms: a value that fits a small is a small.
**
** Like erl (OTP 25, 64-bit), integers are limited to INT_MAX_BITS bits
** of magnitude; a function whose result would be larger returns
** BEAM_NONV with p's BIF error set to system_limit.  Terms are allocated
** with beam_alloc, so nothing here collects.
*/
#ifndef BEAMRT_INTEGER_H
#define BEAMRT_INTEGER_H

#include <stddef.h>
#include <stdint.h>

#include "beamrt.h"
#include "bignum.h"

/* erl's limit: 1 bsl 33554367 is an integer, 1 bsl 33554368 raises
   system_limit (2^19 - 1 digits of 64 bits). */
#define INT_MAX_BITS ((size_t)33554368)

/*
** The sign and magnitude of an integer term.  d points into the term or,
** for a small, into `buf`: a view must not be copied or outlive the term.
*/
typedef struct IntView {
  int sign;                     /* 1 when negative */
  size_t n;                     /* digits in d (0 for zero) */
  const BnDigit *d;
  BnDigit buf[BN_INT64_DIGITS];
} IntView;

/* Fills v from t, which must be an integer (BEAM_IS_INTEGER). */
void int_view(BeamTerm t, IntView *v);

/* -1, 0 or 1: the sign of the integer t. */
int int_sign(BeamTerm t);

/* ---- making integers ------------------------------------------------------ */

/* The integer sign * d[0..n) (n need not be normalised). */
BeamTerm int_make(BeamProc *p, int sign, const BnDigit *d, size_t n);
BeamTerm int_from_sint(BeamProc *p, BeamSint v);
BeamTerm int_from_int64(BeamProc *p, int64_t v);
BeamTerm int_from_uint64(BeamProc *p, uint64_t v);

/*
** Building a result in place: int_alloc reserves a bignum of up to cap
** digits on p's heap and returns its digit array; after writing n <= cap
** digits (not necessarily normalised), int_finish makes the term (a small
** when it fits; words left over become filler the collector skips).
*/
BnDigit *int_alloc(BeamProc *p, size_t cap);
BeamTerm int_finish(BeamProc *p, BnDigit *d, size_t cap, int sign, size_t n);

/* ---- conversions ------------------------------------------------------------ */

/* 1 and *out set when t is an integer that fits, else 0 (any term). */
int int_to_int64(BeamTerm t, int64_t *out);
/* The reference erl is a 64-bit system, whose small integers have 60
   bits.  1 and *out set when t is an integer that would be a small there
   (-2^59 <= t < 2^59), on any target: the BIFs whose result in erl
   depends on whether an argument is a small decide with this, so a
   32-bit target answers as the host does. */
int int_host_small(BeamTerm t, int64_t *out);
/* The double erl makes of t (float/1, mixed arithmetic): exact for a
   small; for a bignum not always the nearest double, as erl computes it
   digit by digit (erl: float(2333101228864841410110025071462136532499)
   is 2.3331012288648413e39, the nearest is ...416e39).  0 when it
   overflows (erl raises there), else 1. */
int int_to_double(BeamTerm t, double *out);
/* The integer trunc(d); d must be finite. */
BeamTerm int_from_double(BeamProc *p, double d);

/* Text of t in base 2..36 (upper-case digits, '-' first if negative), in
   an os_alloc'd buffer of *len chars plus a NUL (os_free it); ends the
   program if memory runs out (os_out_of_memory). */
char *int_to_text(BeamTerm t, int base, size_t *len);
/* The n bytes of the two's complement of the integer t, least
   significant first: t modulo 2^(8n), sign-extended when n bytes are
   more than t needs (the bit syntax's integer segments). */
void int_to_bytes_le(BeamTerm t, uint8_t *out, size_t n);
/* The integer whose two's complement (when `is_signed`, else plain
   binary) is the n bytes b, least significant first; the top byte's
   bits above `topbits` (1..8) are ignored, and its bit topbits-1 is the
   sign bit.  BEAM_NONV (system_limit) beyond INT_MAX_BITS. */
BeamTerm int_from_bytes_le(BeamProc *p, const uint8_t *b, size_t n, unsigned topbits,
                           int is_signed);

/* The list of characters of t in base 2..36 (integer_to_list). */
BeamTerm int_to_list(BeamProc *p, BeamTerm t, int base);

/* Parses [+-]digits, the whole of s[0..len), in base 2..36 (digits of
   either case).  Returns the integer, or BEAM_NONV with p's BIF error
   set: badarg when the text or base is not valid, system_limit when the
   value is too large. */
BeamTerm int_from_text(BeamProc *p, const char *s, size_t len, int base);

/* ---- arithmetic (a and b integers; BEAM_NONV only for system_limit) ---- */

BeamTerm int_add(BeamProc *p, BeamTerm a, BeamTerm b);
BeamTerm int_sub(BeamProc *p, BeamTerm a, BeamTerm b);
BeamTerm int_mul(BeamProc *p, BeamTerm a, BeamTerm b);
BeamTerm int_neg(BeamProc *p, BeamTerm a);
/* Truncating division and its remainder (sign of a); b must not be 0. */
BeamTerm int_div(BeamProc *p, BeamTerm a, BeamTerm b);
BeamTerm int_rem(BeamProc *p, BeamTerm a, BeamTerm b);
/* Bitwise operations in infinite two's complement. */
BeamTerm int_band(BeamProc *p, BeamTerm a, BeamTerm b);
BeamTerm int_bor(BeamProc *p, BeamTerm a, BeamTerm b);
BeamTerm int_bxor(BeamProc *p, BeamTerm a, BeamTerm b);
BeamTerm int_bnot(BeamProc *p, BeamTerm a);
/* a bsl shift (right = 0) or a bsr shift (right = 1): a * 2^n for a
   left shift by n >= 0, floor(a / 2^n) for a right shift by n >= 0; a
   negative n shifts the other way.  shift is any integer term: huge
   shifts give 0, -1 or system_limit, as erl. */
BeamTerm int_shift(BeamProc *p, BeamTerm a, BeamTerm shift, int right);

#endif
