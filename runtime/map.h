/*
** map.h — maps (prefix map_).
**
** Two layouts.  A map of at most MAP_FLAT_MAX (32) pairs is a flatmap
** (beamrt.h, BEAM_SUB_MAP) of n + 2 words:
**
**   [BEAM_HEADER(n + 1, BEAM_SUB_MAP), Keys, V1, ..., Vn]
**
** where Keys is a tuple {K1, ..., Kn} and Vi is the value of Ki; a larger
** one is a hash trie (hamt.h), as in erl.  Invariants:
**   - flatmap keys are K1 < K2 < ... < Kn strictly in the map-key order
**     (cmp_map_keys, the order of =:=, where every integer is below every
**     float): no two keys are =:=, and a lookup is a binary search;
**   - a map of more than 32 pairs is a trie, and of 32 or fewer a
**     flatmap, as erl's (the translator writes literals so too); the
**     functions here would still take a larger flatmap (iterated in key
**     order), as a map read from elsewhere might be;
**   - maps and their Keys tuples are never written after they are built:
**     a map whose update replaced values only shares its Keys tuple with
**     the original, and the empty maps this file makes share one static
**     Keys tuple {} (static data: a literal to the collector).
**
** Iteration order: a flatmap's is its key order; a trie's is erl's
** (hamt.h).  maps:keys, maps:values and maps:to_list list a flatmap in
** iteration order and a trie in the reverse, as erl does.
**
** Allocation.  The functions that return new terms allocate with
** beam_alloc: they never collect, so the terms a caller holds in C
** locals stay valid; their scratch space comes from os_alloc.  The ABI
** entry points beam_map_put (which may collect) and beam_map_get are
** declared in beamrt.h.
*/
#ifndef BEAMRT_MAP_H
#define BEAMRT_MAP_H

#include <stdbool.h>
#include <stddef.h>

#include "beamrt.h"
#include "hamt.h"

/* The number of pairs of map m. */
static inline size_t map_size(BeamTerm m) {
  return hamt_is(m) ? hamt_size(m) : BEAM_HEADER_ARITY(BEAM_BOXED_HEADER(m)) - 1;
}
/* The keys of flatmap m, in order: map_size(m) words. */
static inline const BeamTerm *map_keys(BeamTerm m) {
  return BEAM_PTR(BEAM_PTR(m)[1]) + 1;
}
/* The values of flatmap m, in key order. */
static inline const BeamTerm *map_values(BeamTerm m) { return BEAM_PTR(m) + 2; }

/* Where key is or would go in flatmap m: the index of the first key of m not
   below key in map-key order; *found says whether it is key itself. */
size_t map_search(BeamTerm m, BeamTerm key, bool *found);

/* The value of key in m, or BEAM_NONV when m has no such key. */
BeamTerm map_get(BeamTerm m, BeamTerm key);

/* ---- building (beam_alloc: never collect) ----------------------------- */

/* The empty map (static: allocates nothing). */
BeamTerm map_empty(void);

/* m with key => value: replaced if m has key, else added. */
BeamTerm map_put(BeamProc *p, BeamTerm m, BeamTerm key, BeamTerm value);

/* m with key's value replaced, or BEAM_NONV when m has no key (nothing
   is allocated then). */
BeamTerm map_update(BeamProc *p, BeamTerm m, BeamTerm key, BeamTerm value);

/* m without key; m itself when it has no key. */
BeamTerm map_remove(BeamProc *p, BeamTerm m, BeamTerm key);

/* The map of n pairs kv[0] => kv[1], kv[2] => kv[3], ... in any order;
   of equal keys the last wins (maps:from_list). */
BeamTerm map_from_pairs(BeamProc *p, const BeamTerm *kv, size_t n);

/* The map of a list of {Key, Value} (maps:from_list/1; the last of
   equal keys wins), or BEAM_NONV when list is not a proper list of
   2-tuples (nothing is allocated then). */
BeamTerm map_from_list(BeamProc *p, BeamTerm list);

/* The map of every element of list to value (maps:from_keys/2), or
   BEAM_NONV when list is not a proper list. */
BeamTerm map_from_keys(BeamProc *p, BeamTerm list, BeamTerm value);

/* The pairs of a and of b; b's value wins for a key of both. */
BeamTerm map_merge(BeamProc *p, BeamTerm a, BeamTerm b);

/* The pairs of m in iteration order: kv[2i] a key, kv[2i+1] its value
   (2 * map_size(m) words). */
void map_pairs(BeamTerm m, BeamTerm *kv);

/* Sorts the n pairs kv[2i], kv[2i+1] by key in map-key order (the keys
   are distinct). */
void map_sort_pairs(BeamTerm *kv, size_t n);

/* The keys, the values, and the {Key, Value} tuples of m as lists ending
   in tail: in iteration order for a flatmap, the reverse for a trie. */
BeamTerm map_keys_list(BeamProc *p, BeamTerm m, BeamTerm tail);
BeamTerm map_values_list(BeamProc *p, BeamTerm m, BeamTerm tail);
BeamTerm map_pairs_list(BeamProc *p, BeamTerm m, BeamTerm tail);

/* The iterator chain of m in iteration order, as erts_internal:map_next/3
   returns it: {K1, V1, {K2, V2, ... {Kn, Vn, none}}}, or none for the
   empty map. */
BeamTerm map_iterator_chain(BeamProc *p, BeamTerm m);

#endif
