/*
** hamt.h — maps of more than 32 keys: erl's hash array mapped trie
** (prefix hamt_).
**
** Layout (beamrt.h's BEAM_SUB_HASHMAP and BEAM_SUB_HAMT headers):
**
**   head   [HEADER(2 + k, HASHMAP), SMALL(size), SMALL(bitmap), C1 .. Ck]
**   node   [HEADER(1 + k, HAMT), SMALL(bitmap), C1 .. Ck]
**
** A child C is a leaf, the cons cell [Key | Value] (a list-tagged
** pointer), or a node (boxed).  Every word after a header is a term, so
** the collector and copy_term treat both kinds as they treat tuples.
**
** Invariants (those of erl's hashmaps, which erlang:display shows and
** erts_debug:flat_size counts):
**   - a key's hash is hamt_hash(key); a node at depth d (the head is at
**     0) puts a key in slot (hash >> 4d) & 15; bit s of its bitmap is
**     set when slot s has a child, and the children are in slot order;
**   - at depth 8 the hash is spent: a collision node (bitmap 0) holds
**     the leaves of keys with one hash, in map-key order;
**   - the trie is canonical: a node below the head exists exactly where
**     two or more keys share its path, so a leaf sits in the deepest
**     node on its path, and the shape depends only on the set of keys;
**   - a map with a head has more than MAP_FLAT_MAX pairs (fewer make a
**     flatmap, map.h), and no two of its keys are =:=;
**   - nodes are never written after they are built: an update copies the
**     path from the head to the change and shares the rest.
**
** Iteration order is erl's: depth first, slots in increasing order.
** erts_internal:map_next, maps:fold and printing go that way; maps:keys,
** maps:values, maps:to_list and term_to_binary give the reverse.
**
** Allocation as in map.c: beam_alloc only, never a collection.
*/
#ifndef BEAMRT_HAMT_H
#define BEAMRT_HAMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "beamrt.h"

/* The most pairs a flatmap holds (erl's MAP_SMALL_MAP_LIMIT). */
#define MAP_FLAT_MAX 32

/* True when m (a map) is a hash trie rather than a flatmap. */
static inline bool hamt_is(BeamTerm m) {
  return BEAM_HEADER_SUB(BEAM_BOXED_HEADER(m)) == BEAM_SUB_HASHMAP;
}
/* The number of pairs of hash trie m. */
static inline size_t hamt_size(BeamTerm m) {
  return (size_t)BEAM_SMALL_VALUE(BEAM_PTR(m)[1]);
}

/* The children of trie head or node n (leaves and nodes, in slot
   order): *k of them. */
static inline const BeamTerm *hamt_kids(BeamTerm n, size_t *k) {
  const BeamTerm *o = BEAM_PTR(n);
  bool head = BEAM_HEADER_SUB(o[0]) == BEAM_SUB_HASHMAP;
  *k = BEAM_HEADER_ARITY(o[0]) - (head ? 2 : 1);
  return o + (head ? 3 : 2);
}
/* The bitmap of trie head or node n (0 for a collision node). */
static inline unsigned hamt_bitmap(BeamTerm n) {
  const BeamTerm *o = BEAM_PTR(n);
  return (unsigned)BEAM_SMALL_VALUE(o[BEAM_HEADER_SUB(o[0]) == BEAM_SUB_HASHMAP ? 2 : 1]);
}

/* erl's internal hash of term t (make_internal_hash with salt 0, as a
   64-bit erl computes it on every target).  Equal (=:=) terms hash
   alike.  Atoms hash by their name's hash, not erl's atom index, and
   pids, ports and export funs by their numbers: for those the value is
   not erl's (docs/ARCHITECTURE.md, "Maps"). */
uint32_t hamt_hash(BeamTerm t);

/* h with the bitstring t mixed in, and with the bignum t's magnitude in
   64-bit digits: the same in erl's internal hash and in phash2. */
uint32_t hamt_hash_bits(uint32_t h, BeamTerm t);
uint32_t hamt_hash_digits(uint32_t h, BeamTerm t);

/* The value of key in trie m, or BEAM_NONV. */
BeamTerm hamt_get(BeamTerm m, BeamTerm key);

/* The trie of the n pairs kv[2i] => kv[2i+1]: n > MAP_FLAT_MAX and no
   two keys =:=. */
BeamTerm hamt_build(BeamProc *p, const BeamTerm *kv, size_t n);

/* Trie m with key => value.  When m has key: its value is replaced, or
   with keep set m is returned unchanged. */
BeamTerm hamt_put(BeamProc *p, BeamTerm m, BeamTerm key, BeamTerm value, bool keep);

/* Trie m without key (m itself when it has no key); a flatmap when the
   result has MAP_FLAT_MAX pairs. */
BeamTerm hamt_remove(BeamProc *p, BeamTerm m, BeamTerm key);

/* Writes the pairs of m in iteration order: kv[2i] the key, kv[2i+1]
   the value (2 * hamt_size(m) words). */
void hamt_pairs(BeamTerm m, BeamTerm *kv);

#endif
