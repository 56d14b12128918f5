/*
** bif_list.c — list BIFs: length, hd, tl, ++, --, and the BIFs of
** module lists (reverse/2, member/2, keyfind/3, keymember/3,
** keysearch/3).
**
** As in erl: ++ copies its first list, which must be proper (the second
** is any term); -- needs two proper lists and removes, for each element
** of the right one, the first element of the left one that is exactly
** equal (=:=) to it; member/2 matches with =:=, the key functions with
** ==; the lists functions fail with badarg on an improper tail only if
** they reach it.
*/
#include <stdlib.h>

#include "atom.h"
#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "os/os.h"
#include "term_build.h"

/* Right lists of -- up to this long are searched linearly. */
#define SUBTRACT_LINEAR 16

BeamTerm beam_bif_erlang_length_1(BeamProc *p, BeamTerm a1) {
  long n = tb_list_length(a1);
  if (n < 0) return bif_badarg(p);
  return BEAM_SMALL(n);
}

BeamTerm beam_bif_erlang_hd_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_LIST(a1)) return bif_badarg(p);
  return BEAM_CAR(a1);
}

BeamTerm beam_bif_erlang_tl_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_LIST(a1)) return bif_badarg(p);
  return BEAM_CDR(a1);
}

/* The first n elements of list l, copied, ending in tail. */
static BeamTerm copy_prefix(BeamProc *p, BeamTerm l, size_t n, BeamTerm tail) {
  if (n == 0) return tail;
  BeamTerm *c = beam_alloc(p, 2 * n);
  for (size_t i = 0; i < n; i++, l = BEAM_CDR(l)) {
    c[2 * i] = BEAM_CAR(l);
    c[2 * i + 1] = i + 1 < n ? BEAM_MAKE_LIST(c + 2 * i + 2) : tail;
  }
  return BEAM_MAKE_LIST(c);
}

BeamTerm beam_bif_erlang_append_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  long n = tb_list_length(a1);
  if (n < 0) return bif_badarg(p);
  if (a2 == BEAM_NIL) return a1;
  return copy_prefix(p, a1, (size_t)n, a2);
}

/* ---------------------------------------------------------------------- */
/* --                                                                      */
/* ---------------------------------------------------------------------- */

/* A distinct element of the right list and how many copies are left. */
typedef struct Multi {
  BeamTerm value;
  size_t count;
} Multi;

static int cmp_terms(const void *a, const void *b) {
  return beam_compare(*(const BeamTerm *)a, *(const BeamTerm *)b, 1);
}

/*
** The right list as a sorted multiset: m[0..*n) with distinct values in
** the exact (=:=) order.  Removing the first occurrence of each right
** element in turn removes, for every distinct value v occurring k times
** on the right, the first k occurrences of v on the left: which is what
** the scan of the left list does with the counts.
*/
static Multi *multiset(BeamTerm b, size_t nb, size_t *n) {
  BeamTerm *v = os_alloc(nb * sizeof *v, "list subtraction");
  for (size_t i = 0; i < nb; i++, b = BEAM_CDR(b)) v[i] = BEAM_CAR(b);
  qsort(v, nb, sizeof *v, cmp_terms);
  Multi *m = os_alloc(nb * sizeof *m, "list subtraction");
  size_t k = 0;
  for (size_t i = 0; i < nb; i++) {
    if (k > 0 && beam_compare(m[k - 1].value, v[i], 1) == 0) {
      m[k - 1].count++;
    } else {
      m[k].value = v[i];
      m[k].count = 1;
      k++;
    }
  }
  os_free(v);
  *n = k;
  return m;
}

/* The entry of m equal (=:=) to x, or NULL. */
static Multi *multi_find(Multi *m, size_t n, BeamTerm x) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = beam_compare(x, m[mid].value, 1);
    if (c == 0) return &m[mid];
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return NULL;
}

/*
** O((n + m) log m) for m right elements, linear for short right lists.
** The result shares the left list's cells after the last one removed.
*/
BeamTerm beam_bif_erlang_subtract_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  long na = tb_list_length(a1), nb = tb_list_length(a2);
  if (na < 0 || nb < 0) return bif_badarg(p);
  if (na == 0 || nb == 0) return a1;
  unsigned char *drop = os_alloc((size_t)na, "list subtraction");
  size_t left = (size_t)nb, last = 0, kept = 0, nm = 0;
  BeamTerm lin[SUBTRACT_LINEAR];
  Multi *m = NULL;
  if (nb <= SUBTRACT_LINEAR) {
    BeamTerm b = a2;
    for (intptr_t i = 0; i < nb; i++, b = BEAM_CDR(b)) lin[i] = BEAM_CAR(b);
  } else {
    m = multiset(a2, (size_t)nb, &nm);
  }
  BeamTerm l = a1;
  size_t i = 0;
  for (; left > 0 && i < (size_t)na; i++, l = BEAM_CDR(l)) {
    BeamTerm x = BEAM_CAR(l);
    drop[i] = 0;
    if (m == NULL) {
      for (size_t k = 0; k < left; k++)
        if (BEAM_EQ_EXACT(x, lin[k])) {
          lin[k] = lin[--left];
          drop[i] = 1;
          break;
        }
    } else {
      Multi *e = multi_find(m, nm, x);
      if (e != NULL && e->count > 0) {
        e->count--;
        left--;
        drop[i] = 1;
      }
    }
    if (drop[i]) last = i + 1;
  }
  os_free(m);
  /* cells [0, last) are copied unless dropped; the rest is shared */
  l = a1;
  for (size_t k = 0; k < last; k++) kept += !drop[k];
  BeamTerm tail = a1;
  for (size_t k = 0; k < last; k++) tail = BEAM_CDR(tail);
  BeamTerm *c = kept ? beam_alloc(p, 2 * kept) : NULL, result = tail;
  BeamTerm *link = &result;
  for (size_t k = 0, j = 0; k < last; k++, l = BEAM_CDR(l)) {
    if (drop[k]) continue;
    c[2 * j] = BEAM_CAR(l);
    *link = BEAM_MAKE_LIST(c + 2 * j);
    link = &c[2 * j + 1];
    j++;
  }
  *link = tail;
  os_free(drop);
  return result;
}

/* ---------------------------------------------------------------------- */
/* Module lists                                                            */
/* ---------------------------------------------------------------------- */

BeamTerm beam_bif_lists_reverse_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  long n = tb_list_length(a1);
  if (n < 0) return bif_badarg(p);
  BeamTerm *c = beam_alloc(p, 2 * (size_t)n), acc = a2;
  for (intptr_t i = 0; i < n; i++, a1 = BEAM_CDR(a1)) {
    c[2 * i] = BEAM_CAR(a1);
    c[2 * i + 1] = acc;
    acc = BEAM_MAKE_LIST(c + 2 * i);
  }
  return acc;
}

BeamTerm beam_bif_lists_member_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  for (; BEAM_IS_LIST(a2); a2 = BEAM_CDR(a2))
    if (BEAM_EQ_EXACT(BEAM_CAR(a2), a1)) return ATOM_TRUE;
  if (a2 != BEAM_NIL) return bif_badarg(p);
  return ATOM_FALSE;
}

/*
** The first tuple of list l with at least n elements whose n-th is == to
** key; BEAM_NIL when there is none, BEAM_NONV (badarg set) when n is
** not a positive small or the search reaches an improper tail.
*/
static BeamTerm key_find(BeamProc *p, BeamTerm key, BeamTerm n, BeamTerm l) {
  if (!BEAM_IS_SMALL(n) || BEAM_SMALL_VALUE(n) < 1) return bif_badarg(p);
  BeamTerm i = (BeamTerm)BEAM_SMALL_VALUE(n);
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm t = BEAM_CAR(l);
    if (BEAM_IS_TUPLE(t) && BEAM_TUPLE_ARITY(t) >= i && BEAM_EQ(BEAM_ELEMENT(t, i - 1), key))
      return t;
  }
  if (l != BEAM_NIL) return bif_badarg(p);
  return BEAM_NIL;
}

BeamTerm beam_bif_lists_keyfind_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  BeamTerm t = key_find(p, a1, a2, a3);
  return t == BEAM_NIL ? ATOM_FALSE : t;
}

BeamTerm beam_bif_lists_keymember_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  BeamTerm t = key_find(p, a1, a2, a3);
  if (t == BEAM_NONV) return t;
  return t == BEAM_NIL ? ATOM_FALSE : ATOM_TRUE;
}

/* The atom value: atoms.tab may not list it. */
static BeamTerm atom_value(void) {
#ifdef ATOM_VALUE
  return ATOM_VALUE;
#else
  return atom_intern("value", 5);
#endif
}

BeamTerm beam_bif_lists_keysearch_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  BeamTerm t = key_find(p, a1, a2, a3);
  if (t == BEAM_NONV) return t;
  if (t == BEAM_NIL) return ATOM_FALSE;
  BeamTerm *hp = beam_alloc(p, 3);
  hp[0] = BEAM_HEADER(2, BEAM_SUB_TUPLE);
  hp[1] = atom_value();
  hp[2] = t;
  return BEAM_MAKE_BOXED(hp);
}
