/*
** vtype.h — what the validator knows of a value (prefix vtype_).
**
** A VType is a set of the kinds a value may be (the IRT_* bits of ir.h,
** plus the validator's own kinds for things that are not terms), with a
** little more for the kinds whose shape matters to the code: a tuple's
** least arity (exact or not), and for an atom the atom itself when it is
** known.  The order: a type with more bits, or less shape, knows less.
** Invariants:
**   - bits != 0 for the type of any value (0 is "no value": a conflict);
**   - `size` and `exact` mean something only when bits has IRT_TUPLE;
**   - `atom` is non-NULL only when bits is exactly IRT_ATOM.
** join (two paths meet) only forgets, meet (a test succeeded) only
** learns; both are commutative, so merging states at a label does not
** depend on the order the paths are found in.
*/
#ifndef BEAMC_VTYPE_H
#define BEAMC_VTYPE_H

#include <stdbool.h>
#include <stdint.h>

#include "ir.h"

/* Kinds that are not Erlang terms: a match context may be moved and
   passed, the others only used by their own instructions. */
enum {
  VT_MATCHCTX = IRT_BS_MATCHSTATE,
  VT_MARKER = 1 << 13,   /* a receive marker (recv_marker_reserve) */
  VT_MSPOS = 1 << 14,    /* a saved match position (bs_get_position) */
  VT_TERMS = IRT_ANY & ~IRT_BS_MATCHSTATE,  /* every term kind */
  VT_NONTERM = VT_MATCHCTX | VT_MARKER | VT_MSPOS,
  VT_NUMBER = IRT_INTEGER | IRT_FLOAT,
  VT_LIST = IRT_CONS | IRT_NIL
};

typedef struct VType {
  uint32_t bits;        /* the IRT_* / VT_* kinds the value may be */
  uint32_t size;        /* a tuple's arity is at least this */
  bool exact;           /* ... and exactly this */
  const CTerm *atom;    /* the atom, when known (bits == IRT_ATOM) */
} VType;

/* A type of the given kinds and nothing more known. */
VType vtype_of(uint32_t bits);
/* Any term. */
VType vtype_any(void);
/* What a function's caller may pass: any term or a match context. */
VType vtype_arg(void);
/* A tuple of arity `size` (exactly, or at least). */
VType vtype_tuple(uint32_t size, bool exact);
/* The type of a literal operand (atom, integer, nil, literal term). */
VType vtype_literal(const IrOperand *o);

/* Least upper bound: what is known on both paths. */
VType vtype_join(VType a, VType b);
/* Greatest lower bound: a value of type a that also has type b.  The
   result's bits are 0 when no value has both. */
VType vtype_meet(VType a, VType b);
/* What a value of type a can be when a test for exactly the values of
   type b failed.  Only exact tests may subtract: the caller passes b
   only when every value of type b would have passed. */
VType vtype_subtract(VType a, VType b);
/* True when every value of type a is a value of type b. */
bool vtype_within(VType a, VType b);
/* True when a and b are the same type. */
bool vtype_equal(VType a, VType b);
/* True when the type has exactly one value ([] or a known atom). */
bool vtype_singleton(VType a);

#endif
