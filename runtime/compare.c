/*
** compare.c — the term order (see compare.h for the rules).
**
** beam_compare walks both terms together.  A pair whose words differ is
** decided at once (different kinds, numbers, atoms, ...) or, for
** compound terms, replaced by the pairs of their parts: those go on an
** explicit stack as ranges of word pairs, consumed left to right.  A
** list pushes the range [head, tail] of its cell, so walking a long list
** keeps the stack at one entry.
*/
#include "compare.h"

#include <stdbool.h>
#include <string.h>

#include "bignum.h"
#include "bits.h"
#include "map.h"
#include "os/os.h"

_Static_assert(sizeof(BnDigit) == sizeof(BeamTerm),
               "bignum digits must be words: bignums are stored as digit words");

/* Kinds in the order of the standard term order. */
enum {
  R_NUMBER, R_ATOM, R_REF, R_FUN, R_PORT, R_PID, R_TUPLE, R_MAP, R_NIL,
  R_LIST, R_BITS
};

static int sign_of(int c) { return (c > 0) - (c < 0); }

#define CMP(x, y) ((x) < (y) ? -1 : (x) > (y))

/* ---------------------------------------------------------------------
** The pair stack
*/

typedef struct Range {
  const BeamTerm *a, *b; /* the next pair is a[0], b[0] */
  size_t n;              /* pairs left */
  int exact;
} Range;

#define STACK_INLINE 32

/* A trie's keys in map-key order and its values in that order, made for
   one comparison (chained on the stack, freed with it). */
typedef struct Sorted {
  struct Sorted *next;
  BeamTerm *keys, *vals;
} Sorted;

typedef struct Stack {
  Range *r;
  size_t len, cap;
  Sorted *sorted;
  Range inline_r[STACK_INLINE];
} Stack;

static void stack_init(Stack *s) {
  s->r = s->inline_r;
  s->len = 0;
  s->cap = STACK_INLINE;
  s->sorted = NULL;
}

static void stack_free(Stack *s) {
  if (s->r != s->inline_r) os_free(s->r);
  while (s->sorted != NULL) {
    Sorted *next = s->sorted->next;
    os_free(s->sorted);
    s->sorted = next;
  }
}

/* Doubles the stack, moving it off the C stack the first time. */
static void stack_grow(Stack *s) {
  size_t cap = s->cap * 2;
  Range *r = os_realloc(s->r == s->inline_r ? NULL : s->r, cap * sizeof *r, "term comparison");
  if (s->r == s->inline_r) memcpy(r, s->inline_r, sizeof s->inline_r);
  s->r = r;
  s->cap = cap;
}

static void push(Stack *s, const BeamTerm *a, const BeamTerm *b, size_t n, int exact) {
  if (n == 0) return;
  if (s->len == s->cap) stack_grow(s);
  s->r[s->len++] = (Range){a, b, n, exact};
}

/* Takes the next pair; false when none is left. */
static bool pop(Stack *s, BeamTerm *a, BeamTerm *b, int *exact) {
  if (s->len == 0) return false;
  Range *r = &s->r[s->len - 1];
  *a = *r->a++;
  *b = *r->b++;
  *exact = r->exact;
  if (--r->n == 0) s->len--;
  return true;
}

/* ---------------------------------------------------------------------
** Kinds
*/

static int boxed_rank(BeamTerm t) {
  switch (BEAM_HEADER_SUB(BEAM_BOXED_HEADER(t))) {
    case BEAM_SUB_TUPLE: return R_TUPLE;
    case BEAM_SUB_POSBIG: case BEAM_SUB_NEGBIG: case BEAM_SUB_FLOAT: return R_NUMBER;
    case BEAM_SUB_REF: return R_REF;
    case BEAM_SUB_FUN: case BEAM_SUB_EXPORT: return R_FUN;
    case BEAM_SUB_MAP: case BEAM_SUB_HASHMAP: return R_MAP;
    default: return R_BITS; /* BEAM_SUB_BIN, BEAM_SUB_SUBBIN */
  }
}

static int rank(BeamTerm t) {
  switch (t & BEAM_TAG_PRIMARY) {
    case BEAM_TAG_LIST: return R_LIST;
    case BEAM_TAG_BOXED: return boxed_rank(t);
    default: break;
  }
  if (BEAM_IS_SMALL(t)) return R_NUMBER;
  if (BEAM_IS_ATOM(t)) return R_ATOM;
  if (BEAM_IS_PID(t)) return R_PID;
  if (BEAM_IS_PORT(t)) return R_PORT;
  return R_NIL;
}

/* ---------------------------------------------------------------------
** Numbers
*/

static double float_value(BeamTerm t) {
  double d;
  memcpy(&d, BEAM_PTR(t) + 1, sizeof d);
  return d;
}

static int big_sign(BeamTerm t) {
  return BEAM_HEADER_SUB(BEAM_BOXED_HEADER(t)) == BEAM_SUB_NEGBIG;
}

static const BnDigit *big_digits(BeamTerm t) { return (const BnDigit *)(BEAM_PTR(t) + 1); }
static size_t big_len(BeamTerm t) { return BEAM_HEADER_ARITY(BEAM_BOXED_HEADER(t)); }

/* Two integers.  Bignums lie outside the small range (normalised), so a
   bignum's sign orders it against any small. */
static int int_cmp(BeamTerm a, BeamTerm b) {
  bool sa = BEAM_IS_SMALL(a), sb = BEAM_IS_SMALL(b);
  if (sa && sb) return CMP(BEAM_SMALL_VALUE(a), BEAM_SMALL_VALUE(b));
  if (sa) return big_sign(b) ? 1 : -1;
  if (sb) return big_sign(a) ? -1 : 1;
  return bn_scmp(big_sign(a), big_digits(a), big_len(a), big_sign(b), big_digits(b),
                 big_len(b));
}

/* True if f (finite) has a fractional part. */
static bool has_fraction(double f) {
  if (f >= 4503599627370496.0 || f <= -4503599627370496.0) return false; /* 2^52 */
  return (double)(int64_t)f != f;
}

/*
** A machine integer against a finite double, exactly: beyond +-2^62 the
** double is larger in magnitude than any small; within, its integer part
** fits int64_t and f - trunc(f) is exact.
*/
static int sint_float_cmp(int64_t v, double f) {
  if (f >= 4611686018427387904.0) return -1; /* 2^62 */
  if (f <= -4611686018427387904.0) return 1;
  int64_t t = (int64_t)f;
  if (v != t) return CMP(v, t);
  double frac = f - (double)t;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

/*
** A bignum against a finite double: by sign, then the bignum's magnitude
** against the double's integer part (bn_from_double truncates), then the
** double's fraction.
*/
static int big_float_cmp(BeamTerm a, double f) {
  int as = big_sign(a);
  if (f == 0 || (f < 0) != as) return as ? -1 : 1;
  BnDigit d[BN_DOUBLE_DIGITS];
  size_t dn;
  int fs;
  bn_from_double(d, &dn, &fs, f);
  int c = bn_cmp(big_digits(a), big_len(a), d, dn);
  if (c == 0 && has_fraction(f)) c = -1; /* |f| beyond its integer part */
  return as ? -c : c;
}

int cmp_int_float(BeamTerm i, double f) {
  if (BEAM_IS_SMALL(i)) return sint_float_cmp((int64_t)BEAM_SMALL_VALUE(i), f);
  return big_float_cmp(i, f);
}

/* In map-key order (exact) every integer is below every float. */
static int num_cmp(BeamTerm a, BeamTerm b, int exact) {
  bool fa = BEAM_IS_FLOAT(a), fb = BEAM_IS_FLOAT(b);
  if (fa && fb) return CMP(float_value(a), float_value(b)); /* 0.0 == -0.0 */
  if (!fa && !fb) return int_cmp(a, b);
  if (exact) return fa ? 1 : -1;
  return fa ? -cmp_int_float(b, float_value(a)) : cmp_int_float(a, float_value(b));
}

/* ---------------------------------------------------------------------
** Atoms, references, funs
*/

int cmp_atoms(BeamTerm a, BeamTerm b) {
  if (a == b) return 0;
  const BeamAtom *x = BEAM_ATOM_REC(a), *y = BEAM_ATOM_REC(b);
  int c = memcmp(x->name, y->name, x->len < y->len ? x->len : y->len);
  return c != 0 ? sign_of(c) : CMP(x->len, y->len);
}

static int atom_rec_cmp(const BeamAtom *a, const BeamAtom *b) {
  return cmp_atoms(BEAM_ATOM(*a), BEAM_ATOM(*b));
}

/* References: the number of words, then the words from the last. */
static int ref_cmp(BeamTerm a, BeamTerm b) {
  size_t n = BEAM_HEADER_ARITY(BEAM_BOXED_HEADER(a)), m = BEAM_HEADER_ARITY(BEAM_BOXED_HEADER(b));
  if (n != m) return CMP(n, m);
  for (size_t i = n; i > 0; i--) {
    BeamTerm x = BEAM_PTR(a)[i], y = BEAM_PTR(b)[i];
    if (x != y) return CMP(x, y);
  }
  return 0;
}

static const BeamFunEntry *fun_entry(BeamTerm t) {
  return (const BeamFunEntry *)BEAM_PTR(t)[1];
}

/* Closures of two entries: module, index, uniq (then free variables). */
static int entry_cmp(const BeamFunEntry *a, const BeamFunEntry *b) {
  if (a == b) return 0;
  int c = atom_rec_cmp(a->mfa->module->name, b->mfa->module->name);
  if (c == 0) c = CMP(a->index, b->index);
  if (c == 0) c = CMP(a->old_uniq, b->old_uniq);
  return c;
}

/* Export funs: module, function (atoms) and arity (a small). */
static int export_cmp(BeamTerm a, BeamTerm b) {
  const BeamTerm *x = BEAM_PTR(a), *y = BEAM_PTR(b);
  int c = cmp_atoms(x[1], y[1]);
  if (c == 0) c = cmp_atoms(x[2], y[2]);
  if (c == 0) c = CMP(BEAM_SMALL_VALUE(x[3]), BEAM_SMALL_VALUE(y[3]));
  return c;
}

/* Funs; equal closures leave their free variables on the stack. */
static int fun_cmp(Stack *s, BeamTerm a, BeamTerm b, int exact) {
  bool ca = BEAM_HAS_SUB(a, BEAM_SUB_FUN), cb = BEAM_HAS_SUB(b, BEAM_SUB_FUN);
  if (ca != cb) return ca ? -1 : 1;
  if (!ca) return export_cmp(a, b);
  int c = entry_cmp(fun_entry(a), fun_entry(b));
  if (c != 0) return c;
  size_t n = BEAM_HEADER_ARITY(BEAM_BOXED_HEADER(a)), m = BEAM_HEADER_ARITY(BEAM_BOXED_HEADER(b));
  if (n != m) return CMP(n, m);
  push(s, BEAM_PTR(a) + 2, BEAM_PTR(b) + 2, n - 1, exact);
  return 0;
}

/* ---------------------------------------------------------------------
** Bitstrings
*/

static int bits_cmp(BeamTerm a, BeamTerm b) {
  Bits x, y;
  bits_of(a, &x);
  bits_of(b, &y);
  size_t m = x.n < y.n ? x.n : y.n, full = m / 8;
  if (x.off % 8 == 0 && y.off % 8 == 0) {
    int c = full ? memcmp(x.p + x.off / 8, y.p + y.off / 8, full) : 0;
    if (c != 0) return sign_of(c);
  } else {
    for (size_t i = 0; i < full; i++) {
      unsigned u = bits_at(&x, i * 8, 8), v = bits_at(&y, i * 8, 8);
      if (u != v) return CMP(u, v);
    }
  }
  if (m % 8 != 0) {
    unsigned u = bits_at(&x, full * 8, m % 8), v = bits_at(&y, full * 8, m % 8);
    if (u != v) return CMP(u, v);
  }
  return CMP(x.n, y.n);
}

/* ---------------------------------------------------------------------
** The walk
*/

/* Tuples: by size, then the elements (pushed). */
static int tuple_cmp(Stack *s, BeamTerm a, BeamTerm b, int exact) {
  size_t n = BEAM_TUPLE_ARITY(a), m = BEAM_TUPLE_ARITY(b);
  if (n != m) return CMP(n, m);
  push(s, BEAM_PTR(a) + 1, BEAM_PTR(b) + 1, n, exact);
  return 0;
}

/* The keys of map m in map-key order and its values in that order: a
   flatmap's own arrays, or for a trie sorted copies that live as long
   as s. */
static void sorted_view(Stack *s, BeamTerm m, const BeamTerm **keys, const BeamTerm **vals) {
  if (!hamt_is(m)) {
    *keys = map_keys(m), *vals = map_values(m);
    return;
  }
  size_t n = map_size(m);
  Sorted *v = os_alloc(sizeof *v + 4 * n * sizeof(BeamTerm), "term comparison");
  BeamTerm *kv = (BeamTerm *)(v + 1);
  map_pairs(m, kv);
  map_sort_pairs(kv, n);
  v->keys = kv + 2 * n, v->vals = kv + 3 * n;
  for (size_t i = 0; i < n; i++) v->keys[i] = kv[2 * i], v->vals[i] = kv[2 * i + 1];
  v->next = s->sorted, s->sorted = v;
  *keys = v->keys, *vals = v->vals;
}

/* Maps: by size, then the sorted keys in map-key order, then the values
   in the mode asked for.  The values go on the stack first so that the
   keys are compared first. */
static int map_cmp(Stack *s, BeamTerm a, BeamTerm b, int exact) {
  size_t n = map_size(a), m = map_size(b);
  if (n != m) return CMP(n, m);
  const BeamTerm *ka, *va, *kb, *vb;
  sorted_view(s, a, &ka, &va);
  sorted_view(s, b, &kb, &vb);
  push(s, va, vb, n, exact);
  push(s, ka, kb, n, 1);
  return 0;
}

/*
** Decides a pair of different words, or pushes the pairs of their parts
** and returns 0.
*/
static int step(Stack *s, BeamTerm a, BeamTerm b, int exact) {
  if (BEAM_IS_SMALL(a) && BEAM_IS_SMALL(b)) return CMP(BEAM_SMALL_VALUE(a), BEAM_SMALL_VALUE(b));
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return CMP(ra, rb);
  switch (ra) {
    case R_NUMBER: return num_cmp(a, b, exact);
    case R_ATOM: return cmp_atoms(a, b);
    case R_REF: return ref_cmp(a, b);
    case R_FUN: return fun_cmp(s, a, b, exact);
    case R_PORT: case R_PID: return CMP(a, b); /* number << tag bits */
    case R_TUPLE: return tuple_cmp(s, a, b, exact);
    case R_MAP: return map_cmp(s, a, b, exact);
    case R_LIST: push(s, BEAM_PTR(a), BEAM_PTR(b), 2, exact); return 0;
    case R_BITS: return bits_cmp(a, b);
    default: return 0; /* R_NIL: the words are equal */
  }
}

int beam_compare(BeamTerm a, BeamTerm b, int exact) {
  if (a == b) return 0;
  Stack s;
  stack_init(&s);
  int c = 0;
  do {
    if (a != b && (c = step(&s, a, b, exact)) != 0) break;
  } while (pop(&s, &a, &b, &exact));
  stack_free(&s);
  return c;
}

int cmp_map_keys(BeamTerm a, BeamTerm b) { return beam_compare(a, b, 1); }

/* Two different immediates are equal only when both are atoms of one
   name in two records (tolerated duplicates). */
static bool immediates_equal(BeamTerm a, BeamTerm b) {
  return BEAM_IS_ATOM(a) && BEAM_IS_ATOM(b) && cmp_atoms(a, b) == 0;
}

int beam_eq_exact(BeamTerm a, BeamTerm b) {
  if (a == b) return 1;
  if (BEAM_IS_IMMED(a) || BEAM_IS_IMMED(b)) return immediates_equal(a, b);
  return beam_compare(a, b, 1) == 0;
}

int beam_eq(BeamTerm a, BeamTerm b) {
  if (a == b) return 1;
  if (BEAM_IS_IMMED(a) && BEAM_IS_IMMED(b)) return immediates_equal(a, b);
  return beam_compare(a, b, 0) == 0;
}
