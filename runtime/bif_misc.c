/*
** bif_misc.c — type tests, comparisons and boolean operators as BIFs.
**
** Comparisons follow compare.h (the term order of OTP 25); and, or, xor
** and not take the atoms true and false only (badarg otherwise, even
** when the first argument would decide: true and 1 is badarg).
*/
#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"

#define BOOL(c) ((c) ? ATOM_TRUE : ATOM_FALSE)

/* ---------------------------------------------------------------------- */
/* Type tests                                                              */
/* ---------------------------------------------------------------------- */

BeamTerm beam_bif_erlang_is_atom_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(BEAM_IS_ATOM(a1));
}

BeamTerm beam_bif_erlang_is_binary_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(beam_is_binary(a1));
}

BeamTerm beam_bif_erlang_is_bitstring_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(BEAM_IS_BITSTRING(a1));
}

BeamTerm beam_bif_erlang_is_boolean_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(beam_is_boolean(a1));
}

BeamTerm beam_bif_erlang_is_float_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(BEAM_IS_FLOAT(a1));
}

BeamTerm beam_bif_erlang_is_function_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(BEAM_IS_FUN(a1));
}

BeamTerm beam_bif_erlang_is_integer_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(BEAM_IS_INTEGER(a1));
}

BeamTerm beam_bif_erlang_is_list_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(BEAM_IS_LIST_OR_NIL(a1));
}

BeamTerm beam_bif_erlang_is_map_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(BEAM_IS_MAP(a1));
}

BeamTerm beam_bif_erlang_is_number_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(BEAM_IS_NUMBER(a1));
}

BeamTerm beam_bif_erlang_is_pid_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(BEAM_IS_PID(a1));
}

BeamTerm beam_bif_erlang_is_port_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(BEAM_IS_PORT(a1));
}

BeamTerm beam_bif_erlang_is_reference_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(BEAM_IS_REF(a1));
}

BeamTerm beam_bif_erlang_is_tuple_1(BeamProc *p, BeamTerm a1) {
  (void)p;
  return BOOL(BEAM_IS_TUPLE(a1));
}

/* is_record(T, Tag): Tag must be an atom (badarg); T a tuple whose
   first element is Tag. */
BeamTerm beam_bif_erlang_is_record_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!BEAM_IS_ATOM(a2)) return bif_badarg(p);
  return BOOL(BEAM_IS_TUPLE(a1) && BEAM_TUPLE_ARITY(a1) > 0 && BEAM_ELEMENT(a1, 0) == a2);
}

/* is_record(T, Tag, Size): Tag an atom and Size a small integer, else
   badarg (a negative Size is false, a bignum badarg, as erl). */
BeamTerm beam_bif_erlang_is_record_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  if (!BEAM_IS_ATOM(a2) || !BEAM_IS_SMALL(a3)) return bif_badarg(p);
  BeamSint size = BEAM_SMALL_VALUE(a3);
  return BOOL(BEAM_IS_TUPLE(a1) && size > 0 && BEAM_TUPLE_ARITY(a1) == (BeamTerm)size &&
              BEAM_ELEMENT(a1, 0) == a2);
}

/* ---------------------------------------------------------------------- */
/* Comparisons                                                             */
/* ---------------------------------------------------------------------- */

BeamTerm beam_bif_erlang_eq_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  (void)p;
  return BOOL(BEAM_EQ(a1, a2));
}

BeamTerm beam_bif_erlang_ne_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  (void)p;
  return BOOL(!BEAM_EQ(a1, a2));
}

BeamTerm beam_bif_erlang_exeq_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  (void)p;
  return BOOL(BEAM_EQ_EXACT(a1, a2));
}

BeamTerm beam_bif_erlang_exne_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  (void)p;
  return BOOL(!BEAM_EQ_EXACT(a1, a2));
}

BeamTerm beam_bif_erlang_lt_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  (void)p;
  return BOOL(BEAM_LT(a1, a2));
}

BeamTerm beam_bif_erlang_gt_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  (void)p;
  return BOOL(BEAM_LT(a2, a1));
}

BeamTerm beam_bif_erlang_le_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  (void)p;
  return BOOL(!BEAM_LT(a2, a1));
}

BeamTerm beam_bif_erlang_ge_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  (void)p;
  return BOOL(!BEAM_LT(a1, a2));
}

/* ---------------------------------------------------------------------- */
/* Boolean operators                                                       */
/* ---------------------------------------------------------------------- */

BeamTerm beam_bif_erlang_and_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!beam_is_boolean(a1) || !beam_is_boolean(a2)) return bif_badarg(p);
  return BOOL(a1 == ATOM_TRUE && a2 == ATOM_TRUE);
}

BeamTerm beam_bif_erlang_or_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!beam_is_boolean(a1) || !beam_is_boolean(a2)) return bif_badarg(p);
  return BOOL(a1 == ATOM_TRUE || a2 == ATOM_TRUE);
}

BeamTerm beam_bif_erlang_xor_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!beam_is_boolean(a1) || !beam_is_boolean(a2)) return bif_badarg(p);
  return BOOL(a1 != a2);
}

BeamTerm beam_bif_erlang_not_1(BeamProc *p, BeamTerm a1) {
  if (!beam_is_boolean(a1)) return bif_badarg(p);
  return BOOL(a1 == ATOM_FALSE);
}
