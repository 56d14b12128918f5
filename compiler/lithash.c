/*
** lithash.c — erl's internal hash of a literal, as runtime/hamt.c computes
** it for the same term at run time (the pieces are beamrt_ihash.h's; the
** walk is over the translator's terms).  A map literal of more than 32
** keys is emitted as a hash trie in the order lh_trie_order gives.
*/
#include "lithash.h"

#include <stdlib.h>
#include <string.h>

#include "beamrt_ihash.h"
#include "cname.h"

/* The walk's stack: terms still to hash, NULL marking the end of a list
   whose tail is not a cons.  Grown from the arena. */
typedef struct Work {
  Arena *a;
  const CTerm **t;
  size_t len, cap;
} Work;

static void push(Work *w, const CTerm *t) {
  if (w->len == w->cap) {
    size_t cap = w->cap ? 2 * w->cap : 64;
    const CTerm **n = arena_alloc(w->a, cap * sizeof *n);
    if (w->len) memcpy(n, w->t, w->len * sizeof *n);
    w->t = n, w->cap = cap;
  }
  w->t[w->len++] = t;
}

static uint32_t atom_word(uint32_t h, const CTerm *t) {
  return beam_ih_mix64(h, beam_ih_erl_atom(cname_hash(t->u.atom.name, t->u.atom.len)), BEAM_IH_K1);
}

/* An integer: a 64-bit erl's small, else its bignum's 64-bit digits. */
static uint32_t hash_int(uint32_t h, const CTerm *t) {
  if (t->kind == CT_INT) {
    int64_t v = t->u.i;
    if (v >= BEAM_IH_SMALL_MIN && v <= BEAM_IH_SMALL_MAX)
      return beam_ih_mix64(h, beam_ih_erl_small(v), BEAM_IH_K1);
    uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    return beam_ih_mix64(h, mag, v < 0 ? BEAM_IH_K(10) : BEAM_IH_K(11));
  }
  uint32_t k = t->u.big.neg ? BEAM_IH_K(10) : BEAM_IH_K(11);
  for (uint32_t i = 0; i < t->u.big.n; i += 2)
    h = beam_ih_mix2(h, t->u.big.limbs[i], i + 1 < t->u.big.n ? t->u.big.limbs[i + 1] : 0, k);
  return h;
}

/* A list from cell t: runs of byte heads four at a time, then the first
   other head (returned, to hash next) with the rest pushed, or the tail. */
static const CTerm *hash_list(uint32_t *h, const CTerm *t, Work *w) {
  uint32_t sh = 0, c = 0;
  for (;;) {
    const CTerm *hd = t->u.cons.head;
    if (hd->kind != CT_INT || hd->u.i < 0 || hd->u.i > 255) break;
    sh = (sh << 8) + (uint32_t)hd->u.i;
    if (++c == 4) *h = beam_ih_bytes(*h, sh, c), c = sh = 0;
    t = t->u.cons.tail;
    if (t->kind != CT_CONS) break;
  }
  if (c > 0) *h = beam_ih_bytes(*h, sh, c);
  if (t->kind != CT_CONS) return t;
  const CTerm *tl = t->u.cons.tail;
  *h = beam_ih_fold(*h, BEAM_IH_K(17));
  push(w, tl);
  if (tl->kind != CT_CONS) push(w, NULL);
  return t->u.cons.head;
}

/* A map: its size, then a flatmap's pairs in key order, a trie's in the
   reverse of its order (erl pushes a node's children first to last). */
static void hash_map(uint32_t *h, const CTerm *t, Work *w) {
  uint32_t n = t->u.map.n;
  *h = beam_ih_mix2(*h, n, 0, BEAM_IH_K(16));
  LhPair *p = lh_trie_order(w->a, t);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t j = n <= 32 ? n - 1 - i : i;
    push(w, p[j].val);
    push(w, p[j].key);
  }
}

/* Hashes t; returns the next term to hash, or NULL to pop one. */
static const CTerm *step(uint32_t *h, const CTerm *t, Work *w) {
  switch (t->kind) {
  case CT_INT: case CT_BIG: *h = hash_int(*h, t); return NULL;
  case CT_FLOAT: *h = beam_ih_float(*h, t->u.f); return NULL;
  case CT_ATOM: *h = atom_word(*h, t); return NULL;
  case CT_NIL: *h = beam_ih_mix64(*h, BEAM_IH_ERL_NIL, BEAM_IH_K1); return NULL;
  case CT_CONS: return hash_list(h, t, w);
  case CT_TUPLE: {
    uint32_t n = t->u.tuple.arity;
    *h = beam_ih_mix2(*h, n, 0, BEAM_IH_K(9));
    if (n == 0) return NULL;
    for (uint32_t i = n; i-- > 1;) push(w, t->u.tuple.elems[i]);
    return t->u.tuple.elems[0];
  }
  case CT_BINARY: {
    uint64_t bytes = t->u.bin.bits / 8;
    unsigned rest = (unsigned)(t->u.bin.bits % 8);
    unsigned val = rest ? t->u.bin.data[bytes] >> (8 - rest) : 0;
    *h = beam_ih_bits(*h, t->u.bin.data, bytes, rest, val);
    return NULL;
  }
  case CT_MAP: hash_map(h, t, w); return NULL;
  case CT_EXPORT: {
    const CTerm *m = t->u.fun.mod, *f = t->u.fun.fun;
    *h = beam_ih_mix2(*h, cname_hash(m->u.atom.name, m->u.atom.len),
                 cname_hash(f->u.atom.name, f->u.atom.len) ^ t->u.fun.arity, BEAM_IH_K(14));
    return NULL;
  }
  }
  return NULL;
}

uint32_t lh_hash(Arena *a, const CTerm *t) {
  uint32_t h = BEAM_IH_SEED;
  Work w = {a, NULL, 0, 0};
  for (;;) {
    while (t != NULL) t = step(&h, t, &w);
    for (;;) {
      if (w.len == 0) return h;
      t = w.t[--w.len];
      if (t != NULL) break;
      h = beam_ih_fold(h, BEAM_IH_K(18));
    }
  }
}

static int pair_cmp(const void *x, const void *y) {
  const LhPair *a = x, *b = y;
  if (a->path != b->path) return a->path < b->path ? -1 : 1;
  return cterm_compare_keys(a->key, b->key);
}

static int key_cmp(const void *x, const void *y) {
  return cterm_compare_keys(((const LhPair *)x)->key, ((const LhPair *)y)->key);
}

LhPair *lh_trie_order(Arena *a, const CTerm *m) {
  uint32_t n = m->u.map.n;
  LhPair *p = arena_alloc(a, (n + 1) * sizeof *p);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t h = n > 32 ? lh_hash(a, m->u.map.keys[i]) : 0;
    p[i] = (LhPair){beam_ih_path(h), h, m->u.map.keys[i], m->u.map.vals[i]};
  }
  qsort(p, n, sizeof *p, n > 32 ? pair_cmp : key_cmp);
  return p;
}
