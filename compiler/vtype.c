/*
** vtype.c — the validator's type lattice (see vtype.h).
*/
#include "vtype.h"

VType vtype_of(uint32_t bits) {
  VType t = {bits, 0, false, NULL};
  return t;
}

VType vtype_any(void) { return vtype_of(VT_TERMS); }

VType vtype_arg(void) { return vtype_of(VT_TERMS | VT_MATCHCTX); }

VType vtype_tuple(uint32_t size, bool exact) {
  VType t = {IRT_TUPLE, size, exact, NULL};
  return t;
}

static VType of_term(const CTerm *t) {
  switch (t->kind) {
  case CT_INT: case CT_BIG: return vtype_of(IRT_INTEGER);
  case CT_FLOAT: return vtype_of(IRT_FLOAT);
  case CT_ATOM: {
    VType a = vtype_of(IRT_ATOM);
    a.atom = t;
    return a;
  }
  case CT_NIL: return vtype_of(IRT_NIL);
  case CT_CONS: return vtype_of(IRT_CONS);
  case CT_TUPLE: return vtype_tuple(t->u.tuple.arity, true);
  case CT_BINARY: return vtype_of(IRT_BITSTRING);
  case CT_MAP: return vtype_of(IRT_MAP);
  case CT_EXPORT: return vtype_of(IRT_FUN);
  }
  return vtype_any();
}

VType vtype_literal(const IrOperand *o) {
  switch (o->kind) {
  case IR_INT: case IR_BIGINT: case IR_CHAR: return vtype_of(IRT_INTEGER);
  case IR_NIL: return vtype_of(IRT_NIL);
  case IR_ATOM: case IR_LITERAL: return of_term(o->v.term);
  default: return vtype_any();
  }
}

static bool same_atom(const CTerm *a, const CTerm *b) {
  return a != NULL && b != NULL && cterm_equal(a, b);
}

/* Drops what the bits no longer allow. */
static VType tidy(VType t) {
  if (!(t.bits & IRT_TUPLE)) t.size = 0, t.exact = false;
  if (t.bits != IRT_ATOM) t.atom = NULL;
  return t;
}

VType vtype_join(VType a, VType b) {
  VType r = {a.bits | b.bits, 0, false, NULL};
  if ((a.bits & IRT_TUPLE) && (b.bits & IRT_TUPLE)) {
    r.size = a.size < b.size ? a.size : b.size;
    r.exact = a.exact && b.exact && a.size == b.size;
  } else if (a.bits & IRT_TUPLE) {
    r.size = a.size, r.exact = a.exact;
  } else if (b.bits & IRT_TUPLE) {
    r.size = b.size, r.exact = b.exact;
  }
  if (r.bits == IRT_ATOM && same_atom(a.atom, b.atom)) r.atom = a.atom;
  return tidy(r);
}

VType vtype_meet(VType a, VType b) {
  VType r = {a.bits & b.bits, 0, false, NULL};
  if (r.bits & IRT_TUPLE) {
    bool clash = (a.exact && b.exact && a.size != b.size) ||
                 (a.exact && a.size < b.size) || (b.exact && b.size < a.size);
    if (clash) {
      r.bits &= ~(uint32_t)IRT_TUPLE;
    } else {
      r.exact = a.exact || b.exact;
      r.size = a.exact ? a.size : b.exact ? b.size : a.size > b.size ? a.size : b.size;
    }
  }
  if (r.bits == IRT_ATOM) {
    const CTerm *x = a.bits == IRT_ATOM ? a.atom : NULL;
    const CTerm *y = b.bits == IRT_ATOM ? b.atom : NULL;
    if (x != NULL && y != NULL && !cterm_equal(x, y)) r.bits = 0;
    else r.atom = x ? x : y;
  }
  return tidy(r);
}

VType vtype_subtract(VType a, VType b) {
  uint32_t drop = b.bits & ~(uint32_t)(IRT_TUPLE | IRT_ATOM);
  if (b.bits & IRT_TUPLE) {
    bool whole = !b.exact && b.size == 0;
    bool same = b.exact && a.exact && a.size == b.size;
    if (whole || same) drop |= IRT_TUPLE;
  }
  if (b.bits & IRT_ATOM) {
    if (b.bits != IRT_ATOM || b.atom == NULL) drop |= IRT_ATOM;
    else if (a.bits == IRT_ATOM && same_atom(a.atom, b.atom)) drop |= IRT_ATOM;
  }
  VType r = a;
  r.bits &= ~drop;
  return tidy(r);
}

bool vtype_equal(VType a, VType b) {
  return a.bits == b.bits && a.size == b.size && a.exact == b.exact &&
         (a.atom == b.atom || same_atom(a.atom, b.atom));
}

bool vtype_within(VType a, VType b) { return vtype_equal(vtype_meet(b, a), a); }

bool vtype_singleton(VType a) {
  return a.bits == IRT_NIL || (a.bits == IRT_ATOM && a.atom != NULL);
}
