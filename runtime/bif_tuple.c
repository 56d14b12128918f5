/*
** bif_tuple.c — tuple BIFs: element, setelement, tuple_size, size,
** make_tuple/2,3, append_element, insert_element, delete_element,
** tuple_to_list, list_to_tuple.
**
** Tuples have at most TUPLE_MAX elements (erl's limit, 2^24 - 1); every
** BIF that would make a larger one raises badarg, as erl does.  Indices
** are small integers from 1; anything else is badarg.
*/
#include "beamrt_bifs.h"
#include "bif.h"
#include "integer.h"
#include "term_build.h"

#define TUPLE_MAX ((BeamSint)0xFFFFFF)

/* A fresh tuple of n elements, uninitialised. */
static BeamTerm *new_tuple(BeamProc *p, size_t n) {
  BeamTerm *hp = beam_alloc(p, n + 1);
  hp[0] = BEAM_HEADER(n, BEAM_SUB_TUPLE);
  return hp;
}

/* The index a (1-based) into tuple t as 0-based, or -1 if a is not a
   valid index of t (or t no tuple). */
static BeamSint index_of(BeamTerm a, BeamTerm t) {
  if (!BEAM_IS_SMALL(a) || !BEAM_IS_TUPLE(t)) return -1;
  BeamSint i = BEAM_SMALL_VALUE(a);
  if (i < 1 || (BeamTerm)i > BEAM_TUPLE_ARITY(t)) return -1;
  return i - 1;
}

BeamTerm beam_bif_erlang_element_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  BeamSint i = index_of(a1, a2);
  if (i < 0) return bif_badarg(p);
  return BEAM_ELEMENT(a2, i);
}

BeamTerm beam_bif_erlang_setelement_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  BeamSint i = index_of(a1, a2);
  if (i < 0) return bif_badarg(p);
  size_t n = BEAM_TUPLE_ARITY(a2);
  BeamTerm *hp = new_tuple(p, n);
  __builtin_memcpy(hp + 1, BEAM_PTR(a2) + 1, n * sizeof *hp);
  hp[1 + i] = a3;
  return BEAM_MAKE_BOXED(hp);
}

BeamTerm beam_bif_erlang_tuple_size_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_TUPLE(a1)) return bif_badarg(p);
  return BEAM_SMALL(BEAM_TUPLE_ARITY(a1));
}

/* size/1: a tuple's size, or a bitstring's whole bytes. */
BeamTerm beam_bif_erlang_size_1(BeamProc *p, BeamTerm a1) {
  if (BEAM_IS_TUPLE(a1)) return BEAM_SMALL(BEAM_TUPLE_ARITY(a1));
  if (BEAM_IS_BITSTRING(a1)) return int_from_uint64(p, (uint64_t)BEAM_PTR(a1)[1]);
  return bif_badarg(p);
}

/* The arity a of make_tuple: 0..TUPLE_MAX, else -1. */
static BeamSint tuple_arity(BeamTerm a) {
  if (!BEAM_IS_SMALL(a)) return -1;
  BeamSint n = BEAM_SMALL_VALUE(a);
  return n >= 0 && n <= TUPLE_MAX ? n : -1;
}

BeamTerm beam_bif_erlang_make_tuple_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  BeamSint n = tuple_arity(a1);
  if (n < 0) return bif_badarg(p);
  BeamTerm *hp = new_tuple(p, (size_t)n);
  for (BeamSint i = 0; i < n; i++) hp[1 + i] = a2;
  return BEAM_MAKE_BOXED(hp);
}

/*
** make_tuple(N, Default, [{Pos, Value}]): later pairs win.  The list
** must be proper and each element a 2-tuple with 1 =< Pos =< N; on
** badarg the tuple already made is garbage, but a well-formed one.
*/
BeamTerm beam_bif_erlang_make_tuple_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  BeamSint n = tuple_arity(a1);
  if (n < 0) return bif_badarg(p);
  BeamTerm *hp = new_tuple(p, (size_t)n);
  for (BeamSint i = 0; i < n; i++) hp[1 + i] = a2;
  BeamTerm l = a3;
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm pair = BEAM_CAR(l);
    if (!BEAM_IS_TUPLE(pair) || BEAM_TUPLE_ARITY(pair) != 2) return bif_badarg(p);
    BeamTerm pos = BEAM_ELEMENT(pair, 0);
    if (!BEAM_IS_SMALL(pos) || BEAM_SMALL_VALUE(pos) < 1 || BEAM_SMALL_VALUE(pos) > n)
      return bif_badarg(p);
    hp[BEAM_SMALL_VALUE(pos)] = BEAM_ELEMENT(pair, 1);
  }
  if (l != BEAM_NIL) return bif_badarg(p);
  return BEAM_MAKE_BOXED(hp);
}

BeamTerm beam_bif_erlang_append_element_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!BEAM_IS_TUPLE(a1) || (BeamSint)BEAM_TUPLE_ARITY(a1) >= TUPLE_MAX)
    return bif_badarg(p);
  size_t n = BEAM_TUPLE_ARITY(a1);
  BeamTerm *hp = new_tuple(p, n + 1);
  __builtin_memcpy(hp + 1, BEAM_PTR(a1) + 1, n * sizeof *hp);
  hp[1 + n] = a2;
  return BEAM_MAKE_BOXED(hp);
}

/* insert_element(I, Tuple, Term): Term before element I (1..size + 1:
   size + 1 appends); the result's size must stay within TUPLE_MAX. */
BeamTerm beam_bif_erlang_insert_element_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  if (!BEAM_IS_SMALL(a1) || !BEAM_IS_TUPLE(a2)) return bif_badarg(p);
  BeamSint i = BEAM_SMALL_VALUE(a1);
  size_t n = BEAM_TUPLE_ARITY(a2);
  if (i < 1 || (size_t)i > n + 1 || (BeamSint)n >= TUPLE_MAX) return bif_badarg(p);
  BeamTerm *hp = new_tuple(p, n + 1);
  const BeamTerm *src = BEAM_PTR(a2) + 1;
  __builtin_memcpy(hp + 1, src, (size_t)(i - 1) * sizeof *hp);
  hp[i] = a3;
  __builtin_memcpy(hp + 1 + i, src + i - 1, (n - (size_t)(i - 1)) * sizeof *hp);
  return BEAM_MAKE_BOXED(hp);
}

/* delete_element(I, Tuple): Tuple without element I (1..size). */
BeamTerm beam_bif_erlang_delete_element_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  BeamSint i = index_of(a1, a2);
  if (i < 0) return bif_badarg(p);
  size_t n = BEAM_TUPLE_ARITY(a2);
  BeamTerm *hp = new_tuple(p, n - 1);
  const BeamTerm *src = BEAM_PTR(a2) + 1;
  __builtin_memcpy(hp + 1, src, (size_t)i * sizeof *hp);
  __builtin_memcpy(hp + 1 + i, src + i + 1, (n - 1 - (size_t)i) * sizeof *hp);
  return BEAM_MAKE_BOXED(hp);
}

BeamTerm beam_bif_erlang_tuple_to_list_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_TUPLE(a1)) return bif_badarg(p);
  size_t n = BEAM_TUPLE_ARITY(a1);
  BeamTerm *c = beam_alloc(p, 2 * n), list = BEAM_NIL;
  for (size_t i = n; i-- > 0;) {
    c[2 * i] = BEAM_ELEMENT(a1, i);
    c[2 * i + 1] = list;
    list = BEAM_MAKE_LIST(c + 2 * i);
  }
  return list;
}

BeamTerm beam_bif_erlang_list_to_tuple_1(BeamProc *p, BeamTerm a1) {
  long n = tb_list_length(a1);
  if (n < 0 || n > TUPLE_MAX) return bif_badarg(p);
  BeamTerm *hp = new_tuple(p, (size_t)n);
  BeamTerm l = a1;
  for (intptr_t i = 0; i < n; i++, l = BEAM_CDR(l)) hp[1 + i] = BEAM_CAR(l);
  return BEAM_MAKE_BOXED(hp);
}
