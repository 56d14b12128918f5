/*
** lithash.h — erl's internal hash of a literal (prefix lh_), so that a
** map literal of more than 32 keys is emitted as the hash trie the runtime
** would build (runtime/hamt.h): the same hash as runtime/hamt.c computes
** for the term at run time, from the pieces in beamrt_ihash.h.
*/
#ifndef BEAMC_LITHASH_H
#define BEAMC_LITHASH_H

#include <stdint.h>

#include "term.h"

#include "arena.h"

/* The hamt_hash that term t will have at run time; scratch memory from a. */
uint32_t lh_hash(Arena *a, const CTerm *t);

/* One pair of a map literal with its key's hash. */
typedef struct LhPair {
  uint32_t path, hash; /* beam_ih_path(hash), hash */
  const CTerm *key, *val;
} LhPair;

/* The pairs of map literal m in the runtime's iteration order (its
   u.map.n of them, from a): for more than 32, the trie's — by beam_ih_path of
   their keys' hashes, keys of one hash in map-key order; for a flatmap,
   map-key order (hashes not computed). */
LhPair *lh_trie_order(Arena *a, const CTerm *m);

#endif
