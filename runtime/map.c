/*
** map.c — maps: lookup, building, and the put_map instructions.
**
** See map.h for the layouts and their invariants.  Flatmaps are handled
** here: their keys stay strictly sorted in map-key order; lookups are
** binary searches (a linear scan of words for an immediate key in a
** small map), and every update copies the map: O(n) words, n <= 32.
** Tries go to hamt.c; the functions here choose, and switch layouts
** where a map crosses 32 pairs.
*/
#include "map.h"

#include <stdlib.h>
#include <string.h>

#include "atoms_gen.h"
#include "bif.h"
#include "compare.h"
#include "os/os.h"
#include "term_build.h"

#define W sizeof(BeamTerm)

/* Up to this many keys, a lookup of an immediate key compares words. */
#define LINEAR_MAX 8
/* Up to this many pairs, sorting works in C stack buffers. */
#define INLINE_PAIRS 16

/* The empty map: static data, so a literal to the collector. */
static const BeamTerm empty_keys[1] BEAM_ALIGNED(8) = {BEAM_HEADER(0, BEAM_SUB_TUPLE)};
static const BeamTerm empty_map[2] BEAM_ALIGNED(8) = {
    BEAM_HEADER(1, BEAM_SUB_MAP), BEAM_MAKE_BOXED(empty_keys)};

BeamTerm map_empty(void) { return BEAM_MAKE_BOXED(empty_map); }

/* ---------------------------------------------------------------------- */
/* Lookup                                                                  */
/* ---------------------------------------------------------------------- */

/* The map-key order of a and b (<0, 0, >0), with the common cases
   (identical words, two small integers, two atoms) decided here. */
static int key_cmp(BeamTerm a, BeamTerm b) {
  if (a == b) return 0;
  if (BEAM_IS_SMALL(a) && BEAM_IS_SMALL(b)) return (BeamSint)a < (BeamSint)b ? -1 : 1;
  if (BEAM_IS_ATOM(a) && BEAM_IS_ATOM(b)) return cmp_atoms(a, b);
  return cmp_map_keys(a, b);
}

size_t map_search(BeamTerm m, BeamTerm key, bool *found) {
  const BeamTerm *k = map_keys(m);
  size_t lo = 0, hi = map_size(m);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = key_cmp(k[mid], key);
    if (c == 0) {
      *found = true;
      return mid;
    }
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  *found = false;
  return lo;
}

/*
** An immediate is =:= only to the very same word (a small integer is never
** =:= to a bignum or a float), so a small map is searched for one by
** comparing words.
*/
BeamTerm map_get(BeamTerm m, BeamTerm key) {
  if (hamt_is(m)) return hamt_get(m, key);
  size_t n = map_size(m);
  if (BEAM_IS_IMMED(key) && n <= LINEAR_MAX) {
    const BeamTerm *k = map_keys(m);
    for (size_t i = 0; i < n; i++)
      if (k[i] == key) return map_values(m)[i];
    return BEAM_NONV;
  }
  bool found;
  size_t i = map_search(m, key, &found);
  return found ? map_values(m)[i] : BEAM_NONV;
}

BeamTerm beam_map_get(BeamTerm m, BeamTerm key) {
  return BEAM_IS_MAP(m) ? map_get(m, key) : BEAM_NONV;
}

/* ---------------------------------------------------------------------- */
/* Building                                                                */
/* ---------------------------------------------------------------------- */

/*
** A map of n > 0 pairs with a fresh keys tuple, in one allocation (the
** map, then the tuple): only the headers and the keys pointer are set;
** *keys is the tuple's first element.
*/
static BeamTerm *new_map(BeamProc *p, size_t n, BeamTerm **keys) {
  BeamTerm *hp = beam_alloc(p, 2 * n + 3);
  BeamTerm *kt = hp + n + 2;
  kt[0] = BEAM_HEADER(n, BEAM_SUB_TUPLE);
  hp[0] = BEAM_HEADER(n + 1, BEAM_SUB_MAP);
  hp[1] = BEAM_MAKE_BOXED(kt);
  *keys = kt + 1;
  return hp;
}

/* A copy of m sharing its keys tuple, to replace values in. */
static BeamTerm *copy_sharing_keys(BeamProc *p, BeamTerm m) {
  size_t words = map_size(m) + 2;
  BeamTerm *hp = beam_alloc(p, words);
  memcpy(hp, BEAM_PTR(m), words * W);
  return hp;
}

/* m with the value at index i replaced (m itself if it is that word). */
static BeamTerm replace_at(BeamProc *p, BeamTerm m, size_t i, BeamTerm value) {
  if (map_values(m)[i] == value) return m;
  BeamTerm *hp = copy_sharing_keys(p, m);
  hp[2 + i] = value;
  return BEAM_MAKE_BOXED(hp);
}

/*
** Flatmap m with the n pairs (k[i], v[i]) that are all new keys (none
** when n is 0), as a trie: m's pairs and those make more than
** MAP_FLAT_MAX.
*/
static BeamTerm grown(BeamProc *p, BeamTerm m, const BeamTerm *k, const BeamTerm *v, size_t n) {
  size_t mn = map_size(m);
  BeamTerm *kv = os_alloc(2 * (mn + n) * sizeof *kv, "map");
  map_pairs(m, kv);
  for (size_t i = 0; i < n; i++) kv[2 * (mn + i)] = k[i], kv[2 * (mn + i) + 1] = v[i];
  BeamTerm r = hamt_build(p, kv, mn + n);
  os_free(kv);
  return r;
}

BeamTerm map_update(BeamProc *p, BeamTerm m, BeamTerm key, BeamTerm value) {
  if (hamt_is(m))
    return hamt_get(m, key) == BEAM_NONV ? BEAM_NONV : hamt_put(p, m, key, value, false);
  bool found;
  size_t i = map_search(m, key, &found);
  return found ? replace_at(p, m, i, value) : BEAM_NONV;
}

BeamTerm map_put(BeamProc *p, BeamTerm m, BeamTerm key, BeamTerm value) {
  if (hamt_is(m)) return hamt_put(p, m, key, value, false);
  bool found;
  size_t i = map_search(m, key, &found);
  if (found) return replace_at(p, m, i, value);
  size_t n = map_size(m);
  if (n + 1 > MAP_FLAT_MAX) return grown(p, m, &key, &value, 1);
  BeamTerm *keys, *hp = new_map(p, n + 1, &keys);
  const BeamTerm *ok = map_keys(m), *ov = map_values(m);
  memcpy(keys, ok, i * W);
  keys[i] = key;
  memcpy(keys + i + 1, ok + i, (n - i) * W);
  memcpy(hp + 2, ov, i * W);
  hp[2 + i] = value;
  memcpy(hp + 3 + i, ov + i, (n - i) * W);
  return BEAM_MAKE_BOXED(hp);
}

BeamTerm map_remove(BeamProc *p, BeamTerm m, BeamTerm key) {
  if (hamt_is(m)) return hamt_remove(p, m, key);
  bool found;
  size_t i = map_search(m, key, &found);
  if (!found) return m;
  size_t n = map_size(m);
  if (n == 1) return map_empty();
  BeamTerm *keys, *hp = new_map(p, n - 1, &keys);
  const BeamTerm *ok = map_keys(m), *ov = map_values(m);
  memcpy(keys, ok, i * W);
  memcpy(keys + i, ok + i + 1, (n - i - 1) * W);
  memcpy(hp + 2, ov, i * W);
  memcpy(hp + 2 + i, ov + i + 1, (n - i - 1) * W);
  return BEAM_MAKE_BOXED(hp);
}

/* ---- from unsorted pairs ------------------------------------------------ */

typedef struct Pair {
  BeamTerm k, v;
} Pair;
/* A Pair array is a kv array (hamt_build takes it as one). */
_Static_assert(sizeof(Pair) == 2 * sizeof(BeamTerm), "Pair is two words");

static void insertion_sort(Pair *a, size_t n) {
  for (size_t i = 1; i < n; i++) {
    Pair x = a[i];
    size_t j = i;
    while (j > 0 && key_cmp(a[j - 1].k, x.k) > 0) {
      a[j] = a[j - 1];
      j--;
    }
    a[j] = x;
  }
}

/*
** Sorts a[0..n-1] by key, stably (so that of equal keys the one given
** last stays last); tmp has room for n / 2 pairs.  A run already in
** order (lists:seq keys, say) costs one comparison per merge.
*/
static void sort_pairs(Pair *a, Pair *tmp, size_t n) {
  if (n <= INLINE_PAIRS) {
    insertion_sort(a, n);
    return;
  }
  size_t h = n / 2;
  sort_pairs(a, tmp, h);
  sort_pairs(a + h, tmp, n - h);
  if (key_cmp(a[h - 1].k, a[h].k) <= 0) return;
  memcpy(tmp, a, h * sizeof *a);
  size_t i = 0, j = h, o = 0;
  while (i < h && j < n) a[o++] = key_cmp(a[j].k, tmp[i].k) < 0 ? a[j++] : tmp[i++];
  while (i < h) a[o++] = tmp[i++];
}

/* Keeps the last pair of each run of equal keys; returns the new count. */
static size_t dedupe_last(Pair *a, size_t n) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    if (o > 0 && key_cmp(a[o - 1].k, a[i].k) == 0) a[o - 1] = a[i];
    else a[o++] = a[i];
  }
  return o;
}

/* The map of the n pairs of a (any order, last wins); sorts a in place,
   tmp has room for n / 2 pairs. */
static BeamTerm from_pair_array(BeamProc *p, Pair *a, Pair *tmp, size_t n) {
  sort_pairs(a, tmp, n);
  n = dedupe_last(a, n);
  if (n == 0) return map_empty();
  if (n > MAP_FLAT_MAX) return hamt_build(p, (const BeamTerm *)a, n);
  BeamTerm *keys, *hp = new_map(p, n, &keys);
  for (size_t i = 0; i < n; i++) {
    keys[i] = a[i].k;
    hp[2 + i] = a[i].v;
  }
  return BEAM_MAKE_BOXED(hp);
}

BeamTerm map_from_pairs(BeamProc *p, const BeamTerm *kv, size_t n) {
  Pair *a = os_alloc((n + n / 2) * sizeof *a, "map");
  for (size_t i = 0; i < n; i++) a[i] = (Pair){kv[2 * i], kv[2 * i + 1]};
  BeamTerm r = from_pair_array(p, a, a + n, n);
  os_free(a);
  return r;
}

/* ---- merge ----------------------------------------------------------- */

/* The number of keys a and b have in common (one linear merge walk). */
static size_t common_keys(BeamTerm a, BeamTerm b) {
  const BeamTerm *ka = map_keys(a), *kb = map_keys(b);
  size_t na = map_size(a), nb = map_size(b), i = 0, j = 0, c = 0;
  while (i < na && j < nb) {
    int r = key_cmp(ka[i], kb[j]);
    if (r <= 0) i++;
    if (r >= 0) j++;
    c += r == 0;
  }
  return c;
}

/*
** a with the values of b when every key of b is a key of a as the very
** same word (then a's keys tuple is shared); else BEAM_NONV (b's keys must
** win: 0.0 and -0.0 are one key).
*/
static BeamTerm overwrite_values(BeamProc *p, BeamTerm a, BeamTerm b) {
  const BeamTerm *ka = map_keys(a), *kb = map_keys(b), *vb = map_values(b);
  size_t na = map_size(a), nb = map_size(b), j = 0;
  for (size_t i = 0; i < na && j < nb; i++)
    if (ka[i] == kb[j]) j++;
  if (j < nb) return BEAM_NONV;
  BeamTerm *hp = copy_sharing_keys(p, a);
  j = 0;
  for (size_t i = 0; i < na && j < nb; i++)
    if (ka[i] == kb[j]) hp[2 + i] = vb[j++];
  return BEAM_MAKE_BOXED(hp);
}

/* a and b (one a trie) merged one pair at a time into the larger (b's
   values win). */
static BeamTerm merge_into(BeamProc *p, BeamTerm a, BeamTerm b) {
  bool into_b = map_size(b) >= map_size(a);
  BeamTerm base = into_b ? b : a, from = into_b ? a : b;
  if (!hamt_is(base)) base = grown(p, base, NULL, NULL, 0); /* a flatmap this large */
  size_t n = map_size(from);
  BeamTerm *kv = os_alloc(2 * n * sizeof *kv, "map");
  map_pairs(from, kv);
  for (size_t i = 0; i < n; i++) base = hamt_put(p, base, kv[2 * i], kv[2 * i + 1], into_b);
  os_free(kv);
  return base;
}

/* Two flatmaps of more than MAP_FLAT_MAX pairs together: a trie. */
static BeamTerm merge_flat_big(BeamProc *p, BeamTerm a, BeamTerm b) {
  size_t na = map_size(a), nb = map_size(b);
  Pair *kv = os_alloc((na + nb + (na + nb) / 2) * sizeof *kv, "map");
  map_pairs(a, (BeamTerm *)kv);
  map_pairs(b, (BeamTerm *)(kv + na));
  BeamTerm r = from_pair_array(p, kv, kv + na + nb, na + nb);
  os_free(kv);
  return r;
}

BeamTerm map_merge(BeamProc *p, BeamTerm a, BeamTerm b) {
  size_t na = map_size(a), nb = map_size(b);
  if (nb == 0) return a;
  if (na == 0) return b;
  if (hamt_is(a) || hamt_is(b)) return merge_into(p, a, b);
  size_t c = common_keys(a, b);
  if (c == na) return b;  /* b has every key of a, and its values win */
  if (c == nb) {
    BeamTerm r = overwrite_values(p, a, b);
    if (r != BEAM_NONV) return r;
  }
  size_t n = na + nb - c, i = 0, j = 0;
  if (n > MAP_FLAT_MAX) return merge_flat_big(p, a, b);
  const BeamTerm *ka = map_keys(a), *kb = map_keys(b);
  const BeamTerm *va = map_values(a), *vb = map_values(b);
  BeamTerm *keys, *hp = new_map(p, n, &keys);
  for (size_t o = 0; o < n; o++) {
    int r = i == na ? 1 : j == nb ? -1 : key_cmp(ka[i], kb[j]);
    if (r < 0) {
      keys[o] = ka[i];
      hp[2 + o] = va[i++];
    } else {
      keys[o] = kb[j];
      hp[2 + o] = vb[j++];
      i += r == 0;
    }
  }
  return BEAM_MAKE_BOXED(hp);
}

/* ---- lists ------------------------------------------------------------ */

static int pair_cmp(const void *a, const void *b) {
  return key_cmp(*(const BeamTerm *)a, *(const BeamTerm *)b);
}

void map_sort_pairs(BeamTerm *kv, size_t n) { qsort(kv, n, 2 * sizeof *kv, pair_cmp); }

void map_pairs(BeamTerm m, BeamTerm *kv) {
  if (hamt_is(m)) {
    hamt_pairs(m, kv);
    return;
  }
  size_t n = map_size(m);
  const BeamTerm *k = map_keys(m), *v = map_values(m);
  for (size_t i = 0; i < n; i++) kv[2 * i] = k[i], kv[2 * i + 1] = v[i];
}

/* What a list of m's pairs holds. */
enum { L_KEYS, L_VALUES, L_PAIRS };

/* The element of kind `what` for pair kv[0], kv[1], made at hp (three
   words for a tuple). */
static BeamTerm element(int what, const BeamTerm *kv, BeamTerm *hp) {
  if (what != L_PAIRS) return kv[what];
  hp[0] = BEAM_HEADER(2, BEAM_SUB_TUPLE);
  hp[1] = kv[0];
  hp[2] = kv[1];
  return BEAM_MAKE_BOXED(hp);
}

/* The list of m's keys, values or pairs ending in tail: iteration order
   for a flatmap, the reverse for a trie (erl's orders). */
static BeamTerm pairs_list(BeamProc *p, BeamTerm m, int what, BeamTerm tail) {
  size_t n = map_size(m), cell = what == L_PAIRS ? 5 : 2;
  if (n == 0) return tail;
  BeamTerm *kv = os_alloc(2 * n * sizeof *kv, "map");
  map_pairs(m, kv);
  bool reverse = hamt_is(m);
  BeamTerm *hp = beam_alloc(p, cell * n), list = tail;
  for (size_t j = 0; j < n; j++, hp += cell) {
    size_t i = reverse ? j : n - 1 - j;
    hp[0] = element(what, kv + 2 * i, hp + 2);
    hp[1] = list;
    list = BEAM_MAKE_LIST(hp);
  }
  os_free(kv);
  return list;
}

BeamTerm map_keys_list(BeamProc *p, BeamTerm m, BeamTerm tail) {
  return pairs_list(p, m, L_KEYS, tail);
}

BeamTerm map_values_list(BeamProc *p, BeamTerm m, BeamTerm tail) {
  return pairs_list(p, m, L_VALUES, tail);
}

BeamTerm map_pairs_list(BeamProc *p, BeamTerm m, BeamTerm tail) {
  return pairs_list(p, m, L_PAIRS, tail);
}

BeamTerm map_iterator_chain(BeamProc *p, BeamTerm m) {
  size_t n = map_size(m);
  if (n == 0) return ATOM_NONE;
  BeamTerm *kv = os_alloc(2 * n * sizeof *kv, "map");
  map_pairs(m, kv);
  BeamTerm *hp = beam_alloc(p, 4 * n), next = ATOM_NONE;
  for (size_t i = n; i-- > 0;) {
    BeamTerm *t = hp + 4 * i;
    t[0] = BEAM_HEADER(3, BEAM_SUB_TUPLE);
    t[1] = kv[2 * i];
    t[2] = kv[2 * i + 1];
    t[3] = next;
    next = BEAM_MAKE_BOXED(t);
  }
  os_free(kv);
  return next;
}

/* ---------------------------------------------------------------------- */
/* The put_map_assoc and put_map_exact instructions                        */
/* ---------------------------------------------------------------------- */

/* One pair of the instruction: where its key is or goes in the map. */
typedef struct Place {
  unsigned src;       /* the pair's index in the instruction */
  size_t at;          /* map_search's index */
  bool found;
} Place;

/*
** Sorts the n pairs kv[0..2n-1] by key, stably, into pl (their indices),
** keeps the last of equal keys (as if applied one by one) and places
** each in m; returns how many are left.
*/
static size_t place_pairs(Place *pl, const BeamTerm *kv, unsigned n, BeamTerm m) {
  for (unsigned i = 0; i < n; i++) {
    unsigned j = i;
    while (j > 0 && key_cmp(kv[2 * pl[j - 1].src], kv[2 * i]) > 0) {
      pl[j] = pl[j - 1];
      j--;
    }
    pl[j].src = i;
  }
  size_t u = 0;
  for (unsigned i = 0; i < n; i++) {
    if (u > 0 && key_cmp(kv[2 * pl[u - 1].src], kv[2 * pl[i].src]) == 0) pl[u - 1] = pl[i];
    else pl[u++] = pl[i];
  }
  for (size_t j = 0; j < u; j++) pl[j].at = map_search(m, kv[2 * pl[j].src], &pl[j].found);
  return u;
}

/*
** m with the u placed pairs, `added` of them new: values replaced in a
** copy sharing the keys tuple when none is new, else a merge of m's keys
** with the new ones (a new key placed at i goes before m's key i).
*/
static BeamTerm put_placed(BeamProc *p, BeamTerm m, const BeamTerm *kv,
                           const Place *pl, size_t u, size_t added) {
  if (added == 0) {
    BeamTerm *hp = copy_sharing_keys(p, m);
    for (size_t j = 0; j < u; j++) hp[2 + pl[j].at] = kv[2 * pl[j].src + 1];
    return BEAM_MAKE_BOXED(hp);
  }
  size_t n = map_size(m), i = 0, j = 0;
  const BeamTerm *mk = map_keys(m), *mv = map_values(m);
  BeamTerm *keys, *hp = new_map(p, n + added, &keys);
  for (size_t o = 0; o < n + added; o++) {
    if (j < u && pl[j].at == i) {
      keys[o] = pl[j].found ? mk[i++] : kv[2 * pl[j].src];
      hp[2 + o] = kv[2 * pl[j++].src + 1];
    } else {
      keys[o] = mk[i];
      hp[2 + o] = mv[i++];
    }
  }
  return BEAM_MAKE_BOXED(hp);
}

/* The instruction's failure: {Tag, V} as the BIF error when asked for. */
static BeamTerm put_fail(BeamProc *p, BeamTerm tag, BeamTerm v, unsigned flags) {
  if (!(flags & BEAM_MAP_REASON)) return BEAM_NONV;
  BeamTerm *hp = beam_alloc(p, 3);
  hp[0] = BEAM_HEADER(2, BEAM_SUB_TUPLE);
  hp[1] = tag;
  hp[2] = v;
  return bif_error(p, BEAM_MAKE_BOXED(hp));
}

/* True when every placed pair is in m with that very value. */
static bool changes_nothing(BeamTerm m, const BeamTerm *kv, const Place *pl, size_t u) {
  for (size_t j = 0; j < u; j++)
    if (!pl[j].found || map_values(m)[pl[j].at] != kv[2 * pl[j].src + 1]) return false;
  return true;
}

/*
** Checks everything before collecting (so a failure leaves the registers
** as they were), then makes room for the result, collecting with the
** live registers, the map and the pairs as roots, and builds it.  Of
** several missing keys of an exact update, the first in key order is the
** one reported, as erl reports it for maps of up to 32 keys.
*/
/* Words a trie of n pairs takes at most: two a leaf, and a chain of
   nodes for each, of up to three words a level (a generous bound). */
static size_t trie_words(size_t n) { return 2 * n + 3 * 9 * n + 32; }

/*
** beam_map_put where the result is a trie: m is one, or a flatmap that
** grows past MAP_FLAT_MAX.  The pairs go in in the instruction's order;
** of an exact update's missing keys the first in that order is reported.
*/
static BeamTerm put_big(BeamProc *p, unsigned live, unsigned n, unsigned flags) {
  BeamTerm m = p->x[live];
  const BeamTerm *kv = p->x + live + 1;
  for (unsigned i = 0; (flags & BEAM_MAP_EXACT) && i < n; i++)
    if (map_get(m, kv[2 * i]) == BEAM_NONV) return put_fail(p, ATOM_BADKEY, kv[2 * i], flags);
  size_t need = hamt_is(m) ? n * trie_words(1) : trie_words(map_size(m) + n);
  if ((flags & BEAM_MAP_STRESS) || BEAM_HEAP_FREE(p) < need + BEAM_STACK_SLACK) {
    beam_gc(p, need, live + 1 + 2 * n);
    m = p->x[live];
  }
  if (!hamt_is(m)) {
    size_t mn = map_size(m), all = mn + n;
    Pair *a = os_alloc((all + all / 2) * sizeof *a, "map");
    map_pairs(m, (BeamTerm *)a);
    for (unsigned i = 0; i < n; i++) a[mn + i] = (Pair){kv[2 * i], kv[2 * i + 1]};
    BeamTerm r = from_pair_array(p, a, a + all, all);
    os_free(a);
    return r;
  }
  for (unsigned i = 0; i < n; i++) m = hamt_put(p, m, kv[2 * i], kv[2 * i + 1], false);
  return m;
}

BeamTerm beam_map_put(BeamProc *p, unsigned live, unsigned n, unsigned flags) {
  BeamTerm m = p->x[live];
  const BeamTerm *kv = p->x + live + 1;
  if (!BEAM_IS_MAP(m)) return put_fail(p, ATOM_BADMAP, m, flags);
  if (hamt_is(m)) return put_big(p, live, n, flags);
  Place buf[INLINE_PAIRS], *pl = n <= INLINE_PAIRS ? buf : os_alloc(n * sizeof *pl, "map");
  size_t u = place_pairs(pl, kv, n, m), added = 0;
  for (size_t j = 0; j < u; j++) added += !pl[j].found;
  BeamTerm r = m;
  if (map_size(m) + added > MAP_FLAT_MAX && !(added > 0 && (flags & BEAM_MAP_EXACT))) {
    if (pl != buf) os_free(pl);
    return put_big(p, live, n, flags);
  }
  if (added > 0 && (flags & BEAM_MAP_EXACT)) {
    size_t j = 0;
    while (pl[j].found) j++;
    r = put_fail(p, ATOM_BADKEY, kv[2 * pl[j].src], flags);
  } else if (!changes_nothing(m, kv, pl, u)) {
    size_t need = added ? 2 * (map_size(m) + added) + 3 : map_size(m) + 2;
    if ((flags & BEAM_MAP_STRESS) || BEAM_HEAP_FREE(p) < need + BEAM_STACK_SLACK) {
      beam_gc(p, need, live + 1 + 2 * n);
      m = p->x[live];
    }
    r = put_placed(p, m, kv, pl, u, added);
  }
  if (pl != buf) os_free(pl);
  return r;
}

/* ---------------------------------------------------------------------- */
/* From lists (maps:from_list/1, maps:from_keys/2)                          */
/* ---------------------------------------------------------------------- */

/* Room for n pairs and the sort's n / 2: buf when it is large enough. */
static Pair *pair_space(Pair *buf, size_t cap, size_t n) {
  return n + n / 2 <= cap ? buf : os_alloc((n + n / 2) * sizeof(Pair), "map");
}

/* The map of a's n pairs; frees a unless it is buf. */
static BeamTerm from_space(BeamProc *p, Pair *a, Pair *buf, size_t n) {
  BeamTerm r = from_pair_array(p, a, a + n, n);
  if (a != buf) os_free(a);
  return r;
}

BeamTerm map_from_list(BeamProc *p, BeamTerm list) {
  long len = tb_list_length(list);
  if (len < 0) return BEAM_NONV;
  Pair buf[INLINE_PAIRS + INLINE_PAIRS / 2];
  Pair *a = pair_space(buf, sizeof buf / sizeof buf[0], (size_t)len);
  for (long i = 0; i < len; i++, list = BEAM_CDR(list)) {
    BeamTerm t = BEAM_CAR(list);
    if (!BEAM_IS_TUPLE(t) || BEAM_TUPLE_ARITY(t) != 2) {
      if (a != buf) os_free(a);
      return BEAM_NONV;
    }
    a[i] = (Pair){BEAM_ELEMENT(t, 0), BEAM_ELEMENT(t, 1)};
  }
  return from_space(p, a, buf, (size_t)len);
}

BeamTerm map_from_keys(BeamProc *p, BeamTerm list, BeamTerm value) {
  long len = tb_list_length(list);
  if (len < 0) return BEAM_NONV;
  Pair buf[INLINE_PAIRS + INLINE_PAIRS / 2];
  Pair *a = pair_space(buf, sizeof buf / sizeof buf[0], (size_t)len);
  for (long i = 0; i < len; i++, list = BEAM_CDR(list)) a[i] = (Pair){BEAM_CAR(list), value};
  return from_space(p, a, buf, (size_t)len);
}
