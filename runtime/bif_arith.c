/*
** bif_arith.c — arithmetic BIFs: + - * / div rem, the bitwise operators,
** unary - and +, abs, min, max, trunc, round, floor, ceil, float.
**
** The rules, all checked against erl (OTP 25):
**   - integers are exact (integer.c); an integer result over
**     INT_MAX_BITS bits raises system_limit;
**   - a float operand makes the operation a float one: each integer
**     operand is converted to the nearest double (one past the double
**     range raises badarith), and a result that is not finite raises
**     badarith; `/` is always a float division, by zero badarith;
**   - div, rem and the bitwise operators take integers only (badarith);
**   - operands that are not numbers raise badarith, except for the guard
**     BIFs abs, trunc, round, floor, ceil and float, which raise badarg;
**   - min and max use the term order and return the first argument when
**     the two compare equal (min(1, 1.0) is 1, min(1.0, 1) is 1.0).
*/
#include <math.h>

#include "beamrt_bifs.h"
#include "bif.h"
#include "compare.h"
#include "integer.h"

/* The double value of a number: 1, or 0 if t is not a number or is an
   integer beyond the double range. */
static int to_double(BeamTerm t, double *d) {
  if (BEAM_IS_FLOAT(t)) {
    *d = BEAM_FLOAT_VALUE(t);
    return 1;
  }
  if (BEAM_IS_INTEGER(t)) return int_to_double(t, d);
  return 0;
}

/* A float result: badarith unless finite. */
static BeamTerm float_result(BeamProc *p, double d) {
  if (!isfinite(d)) return bif_badarith(p);
  return beam_make_float(p, d);
}

enum { OP_ADD, OP_SUB, OP_MUL };

/*
** + - * on any two terms: integers exactly, anything else with a float
** through doubles, non-numbers badarith.
*/
static BeamTerm arith(BeamProc *p, int op, BeamTerm a, BeamTerm b) {
  if (BEAM_IS_INTEGER(a) && BEAM_IS_INTEGER(b)) {
    switch (op) {
    case OP_ADD: return int_add(p, a, b);
    case OP_SUB: return int_sub(p, a, b);
    default: return int_mul(p, a, b);
    }
  }
  double x, y;
  if (!BEAM_IS_NUMBER(a) || !BEAM_IS_NUMBER(b) || !to_double(a, &x) ||
      !to_double(b, &y))
    return bif_badarith(p);
  switch (op) {
  case OP_ADD: return float_result(p, x + y);
  case OP_SUB: return float_result(p, x - y);
  default: return float_result(p, x * y);
  }
}

BeamTerm beam_bif_erlang_plus_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  BeamTerm r;
  if (beam_add_small(&r, a1, a2)) return r;
  return arith(p, OP_ADD, a1, a2);
}

BeamTerm beam_bif_erlang_minus_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  BeamTerm r;
  if (beam_sub_small(&r, a1, a2)) return r;
  return arith(p, OP_SUB, a1, a2);
}

BeamTerm beam_bif_erlang_times_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return arith(p, OP_MUL, a1, a2);
}

BeamTerm beam_bif_erlang_div_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  double x, y;
  if (!to_double(a1, &x) || !to_double(a2, &y) || y == 0.0) return bif_badarith(p);
  return float_result(p, x / y);
}

/* The operands of an integer-only operator: both integers, else
   badarith (0). */
static int int_args(BeamProc *p, BeamTerm a, BeamTerm b) {
  if (BEAM_IS_INTEGER(a) && BEAM_IS_INTEGER(b)) return 1;
  bif_badarith(p);
  return 0;
}

BeamTerm beam_bif_erlang_intdiv_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!int_args(p, a1, a2)) return BEAM_NONV;
  if (a2 == BEAM_SMALL(0)) return bif_badarith(p);
  return int_div(p, a1, a2);
}

BeamTerm beam_bif_erlang_rem_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!int_args(p, a1, a2)) return BEAM_NONV;
  if (a2 == BEAM_SMALL(0)) return bif_badarith(p);
  return int_rem(p, a1, a2);
}

BeamTerm beam_bif_erlang_band_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!int_args(p, a1, a2)) return BEAM_NONV;
  return int_band(p, a1, a2);
}

BeamTerm beam_bif_erlang_bor_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!int_args(p, a1, a2)) return BEAM_NONV;
  return int_bor(p, a1, a2);
}

BeamTerm beam_bif_erlang_bxor_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!int_args(p, a1, a2)) return BEAM_NONV;
  return int_bxor(p, a1, a2);
}

BeamTerm beam_bif_erlang_bsl_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!int_args(p, a1, a2)) return BEAM_NONV;
  return int_shift(p, a1, a2, 0);
}

BeamTerm beam_bif_erlang_bsr_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!int_args(p, a1, a2)) return BEAM_NONV;
  return int_shift(p, a1, a2, 1);
}

BeamTerm beam_bif_erlang_bnot_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_INTEGER(a1)) return bif_badarith(p);
  return int_bnot(p, a1);
}

BeamTerm beam_bif_erlang_neg_1(BeamProc *p, BeamTerm a1) {
  if (BEAM_IS_INTEGER(a1)) return int_neg(p, a1);
  if (BEAM_IS_FLOAT(a1)) return beam_make_float(p, -BEAM_FLOAT_VALUE(a1));
  return bif_badarith(p);
}

BeamTerm beam_bif_erlang_pos_1(BeamProc *p, BeamTerm a1) {
  if (BEAM_IS_NUMBER(a1)) return a1;
  return bif_badarith(p);
}

/* abs(-0.0) is -0.0 in erl: only values below zero are negated. */
BeamTerm beam_bif_erlang_abs_1(BeamProc *p, BeamTerm a1) {
  if (BEAM_IS_INTEGER(a1)) return int_sign(a1) < 0 ? int_neg(p, a1) : a1;
  if (BEAM_IS_FLOAT(a1)) {
    double d = BEAM_FLOAT_VALUE(a1);
    return d < 0 ? beam_make_float(p, -d) : a1;
  }
  return bif_badarg(p);
}

BeamTerm beam_bif_erlang_min_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  (void)p;
  return beam_compare(a2, a1, 0) < 0 ? a2 : a1;
}

BeamTerm beam_bif_erlang_max_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  (void)p;
  return beam_compare(a1, a2, 0) < 0 ? a2 : a1;
}

/* trunc, round, floor, ceil: an integer is itself; a float goes through
   the C function f (exact for every double); others badarg. */
static BeamTerm to_integer(BeamProc *p, BeamTerm t, double (*f)(double)) {
  if (BEAM_IS_INTEGER(t)) return t;
  if (BEAM_IS_FLOAT(t)) return int_from_double(p, f(BEAM_FLOAT_VALUE(t)));
  return bif_badarg(p);
}

BeamTerm beam_bif_erlang_trunc_1(BeamProc *p, BeamTerm a1) {
  return to_integer(p, a1, trunc);
}

/* C's round() rounds halfway cases away from zero, as erl does. */
BeamTerm beam_bif_erlang_round_1(BeamProc *p, BeamTerm a1) {
  return to_integer(p, a1, round);
}

BeamTerm beam_bif_erlang_floor_1(BeamProc *p, BeamTerm a1) {
  return to_integer(p, a1, floor);
}

BeamTerm beam_bif_erlang_ceil_1(BeamProc *p, BeamTerm a1) {
  return to_integer(p, a1, ceil);
}

BeamTerm beam_bif_erlang_float_1(BeamProc *p, BeamTerm a1) {
  double d;
  if (BEAM_IS_FLOAT(a1)) return a1;
  if (!BEAM_IS_INTEGER(a1) || !int_to_double(a1, &d)) return bif_badarg(p);
  return beam_make_float(p, d);
}
