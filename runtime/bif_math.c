/*
** bif_math.c — the BIFs of module math: every function of math.erl but
** pi/0, which is Erlang code (math.beam holds only erlang:nif_error stubs
** for these; bif.tab lists them, so they replace the stubs).
**
** The rules, as erl's (OTP 25) and checked against it:
**   - an argument that is not a number raises badarg; an integer beyond
**     the double range raises badarith (math:sin(1 bsl 2000)); of two
**     arguments the first is converted, and fails, first;
**   - the C library computes the result (erl calls the same functions);
**     a result that is not finite (NaN or an infinity: math:log(0),
**     math:sqrt(-1), math:pow(10, 400), math:fmod(1, 0)) raises badarith;
**   - floor/1 and ceil/1 return floats (erlang:floor/1 is the integer
**     one).
** The stack trace's frame is math's, with erl_stdlib_errors as its
** error_info module (except.c).
*/
#include <math.h>

#include "beamrt_bifs.h"
#include "bif.h"
#include "integer.h"

/* The double of a number argument: 1 and *d set, or 0 with the error
   erl raises for it (badarg for a non-number, badarith for an integer
   the double range cannot hold) set in p. */
static int arg_double(BeamProc *p, BeamTerm t, double *d) {
  if (BEAM_IS_FLOAT(t)) {
    *d = BEAM_FLOAT_VALUE(t);
    return 1;
  }
  if (!BEAM_IS_INTEGER(t)) {
    bif_badarg(p);
    return 0;
  }
  if (int_to_double(t, d)) return 1;
  bif_badarith(p);
  return 0;
}

/* A result: the float, or badarith when it is not finite. */
static BeamTerm result(BeamProc *p, double r) {
  return isfinite(r) ? beam_make_float(p, r) : bif_badarith(p);
}

static BeamTerm call1(BeamProc *p, double (*f)(double), BeamTerm a) {
  double x;
  return arg_double(p, a, &x) ? result(p, f(x)) : BEAM_NONV;
}

static BeamTerm call2(BeamProc *p, double (*f)(double, double), BeamTerm a, BeamTerm b) {
  double x, y;
  if (!arg_double(p, a, &x) || !arg_double(p, b, &y)) return BEAM_NONV;
  return result(p, f(x, y));
}

#define MATH1(name)                                                         \
  BeamTerm beam_bif_math_##name##_1(BeamProc *p, BeamTerm a) {              \
    return call1(p, name, a);                                               \
  }
#define MATH2(name)                                                         \
  BeamTerm beam_bif_math_##name##_2(BeamProc *p, BeamTerm a, BeamTerm b) {  \
    return call2(p, name, a, b);                                            \
  }

MATH1(sin)
MATH1(cos)
MATH1(tan)
MATH1(asin)
MATH1(acos)
MATH1(atan)
MATH1(sinh)
MATH1(cosh)
MATH1(tanh)
MATH1(asinh)
MATH1(acosh)
MATH1(atanh)
MATH1(exp)
MATH1(log)
MATH1(log2)
MATH1(log10)
MATH1(sqrt)
MATH1(erf)
MATH1(erfc)
MATH1(floor)
MATH1(ceil)
MATH2(atan2)
MATH2(pow)
MATH2(fmod)
