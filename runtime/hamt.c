/*
** hamt.c — maps of more than 32 keys as erl's hash array mapped trie.
**
** See hamt.h for the layout and its invariants.  The hash is erl's
** internal one (Bob Jenkins' mix over 32-bit words, with erl's
** constants), computed on the words a 64-bit erl would see, so that a
** trie here has the shape erl's has for the same keys: the order of
** maps:fold, maps:to_list and printing follows from that.
*/
#include "hamt.h"

#include <stdlib.h>
#include <string.h>

#include "beamrt_ihash.h"
#include "bits.h"
#include "compare.h"
#include "integer.h"
#include "map.h"
#include "os/os.h"
#include "wstack.h"

/* ---------------------------------------------------------------------- */
/* The hash                                                                */
/* ---------------------------------------------------------------------- */

/* The word erl would have for immediate t (its tag bits included). */
static uint64_t erl_immediate(BeamTerm t) {
  if (t == BEAM_NIL) return BEAM_IH_ERL_NIL;
  if (BEAM_IS_SMALL(t)) return beam_ih_erl_small(BEAM_SMALL_VALUE(t));
  if (BEAM_IS_ATOM(t)) return beam_ih_erl_atom(BEAM_ATOM_REC(t)->hash);
  if (BEAM_IS_PID(t)) return (uint64_t)(t >> 4) << 4 | 0x3;
  return (uint64_t)(t >> 6) << 4 | 0x7; /* a port */
}

uint32_t hamt_hash_digits(uint32_t h, BeamTerm t) {
  IntView iv;
  int_view(t, &iv);
  uint32_t k = iv.sign ? BEAM_IH_K(10) : BEAM_IH_K(11);
  size_t per = 64 / BN_DIGIT_BITS;
  for (size_t i = 0; i < iv.n; i += per) {
    uint64_t w = iv.d[i];
    if (per == 2 && i + 1 < iv.n) w |= (uint64_t)iv.d[i + 1] << 32;
    h = beam_ih_mix64(h, w, k);
  }
  return h;
}

static uint32_t hash_integer(uint32_t h, BeamTerm t) {
  int64_t v;
  if (int_to_int64(t, &v) && v >= BEAM_IH_SMALL_MIN && v <= BEAM_IH_SMALL_MAX)
    return beam_ih_mix64(h, beam_ih_erl_small(v), BEAM_IH_K1);
  return hamt_hash_digits(h, t);
}

uint32_t hamt_hash_bits(uint32_t h, BeamTerm t) {
  Bits b;
  bits_of(t, &b);
  size_t n;
  uint8_t *tofree;
  const uint8_t *bytes = bits_bytes(t, &n, &tofree);
  unsigned rest = (unsigned)(b.n % 8);
  h = beam_ih_bits(h, bytes, n, rest, rest ? bits_at(&b, 8 * n, rest) : 0);
  os_free(tofree);
  return h;
}

/* Marks the end of a list whose tail is not a cons, on the hash stack. */
#define CDR_MARK BEAM_NONV

/* A list from cell l: runs of byte heads four at a time, then the first
   other head (returned, to hash next) with the rest pushed, or the tail. */
static BeamTerm hash_list(uint32_t *h, BeamTerm l, WStack *s) {
  uint32_t sh = 0, c = 0;
  BeamTerm t = l;
  for (;;) {
    BeamTerm hd = BEAM_CAR(t);
    if (!BEAM_IS_SMALL(hd) || (BeamTerm)BEAM_SMALL_VALUE(hd) > 255) break;
    sh = (sh << 8) + (uint32_t)BEAM_SMALL_VALUE(hd);
    if (++c == 4) *h = beam_ih_bytes(*h, sh, c), c = sh = 0;
    t = BEAM_CDR(t);
    if (!BEAM_IS_LIST(t)) break;
  }
  if (c > 0) *h = beam_ih_bytes(*h, sh, c);
  if (!BEAM_IS_LIST(t)) return t;
  BeamTerm tl = BEAM_CDR(t);
  *h = beam_ih_fold(*h, BEAM_IH_K(17));
  ws_push(s, tl);
  if (!BEAM_IS_LIST(tl)) ws_push(s, CDR_MARK);
  return BEAM_CAR(t);
}

/* Pushes the n terms at v so that v[0] comes off first. */
static void push_run(WStack *s, const BeamTerm *v, size_t n) {
  while (n-- > 0) ws_push(s, v[n]);
}

/* The children of trie node o: their count in *k. */
static BeamTerm *kids(BeamTerm *o, size_t *k) {
  return (BeamTerm *)hamt_kids(BEAM_MAKE_BOXED(o), k);
}

/* A map or trie node: its size first (not for inner nodes), then the
   pairs of a flatmap in key order, the children of a node from the last
   (a leaf's key before its value). */
static void hash_map_parts(uint32_t *h, BeamTerm t, WStack *s) {
  BeamTerm *o = BEAM_PTR(t);
  if (BEAM_HEADER_SUB(o[0]) == BEAM_SUB_MAP) {
    size_t n = map_size(t);
    *h = beam_ih_mix2(*h, (uint32_t)n, 0, BEAM_IH_K(16));
    for (size_t i = n; i-- > 0;) {
      ws_push(s, map_values(t)[i]);
      ws_push(s, map_keys(t)[i]);
    }
    return;
  }
  if (BEAM_HEADER_SUB(o[0]) == BEAM_SUB_HASHMAP)
    *h = beam_ih_mix2(*h, (uint32_t)hamt_size(t), 0, BEAM_IH_K(16));
  size_t k;
  BeamTerm *c = kids(o, &k);
  for (size_t i = 0; i < k; i++) {
    if (BEAM_IS_LIST(c[i])) {
      ws_push(s, BEAM_CDR(c[i]));
      ws_push(s, BEAM_CAR(c[i]));
    } else ws_push(s, c[i]);
  }
}

/* Hashes the boxed t; returns the next term to hash, or BEAM_NONV to
   take the next one from the stack. */
static BeamTerm hash_boxed(uint32_t *h, BeamTerm t, WStack *s) {
  BeamTerm *o = BEAM_PTR(t);
  size_t n = BEAM_HEADER_ARITY(o[0]);
  switch (BEAM_HEADER_SUB(o[0])) {
  case BEAM_SUB_TUPLE:
    *h = beam_ih_mix2(*h, (uint32_t)n, 0, BEAM_IH_K(9));
    if (n == 0) return BEAM_NONV;
    push_run(s, o + 2, n - 1);
    return o[1];
  case BEAM_SUB_FUN: {
    const BeamFunEntry *fe = (const BeamFunEntry *)o[1];
    uint64_t mod = erl_immediate(BEAM_ATOM(*fe->mfa->module->name));
    *h = beam_ih_mix2(*h, fe->num_free, (uint32_t)mod, BEAM_IH_K(20));
    *h = beam_ih_mix2(*h, fe->index, fe->old_uniq, BEAM_IH_K(21));
    if (n < 2) return BEAM_NONV;
    push_run(s, o + 3, n - 2);
    return o[2];
  }
  case BEAM_SUB_EXPORT:
    *h = beam_ih_mix2(*h, BEAM_ATOM_REC(o[1])->hash,
              BEAM_ATOM_REC(o[2])->hash ^ (uint32_t)BEAM_SMALL_VALUE(o[3]), BEAM_IH_K(14));
    return BEAM_NONV;
  case BEAM_SUB_REF:
    *h = beam_ih_mix2(*h, (uint32_t)o[1], 0, BEAM_IH_K(7));
    *h = beam_ih_mix2(*h, (uint32_t)o[2], (uint32_t)o[3], BEAM_IH_K(8));
    return BEAM_NONV;
  case BEAM_SUB_FLOAT: *h = beam_ih_float(*h, BEAM_FLOAT_VALUE(t)); return BEAM_NONV;
  case BEAM_SUB_POSBIG: case BEAM_SUB_NEGBIG: *h = hash_integer(*h, t); return BEAM_NONV;
  case BEAM_SUB_MAP: case BEAM_SUB_HASHMAP: case BEAM_SUB_HAMT:
    hash_map_parts(h, t, s);
    return BEAM_NONV;
  default: *h = hamt_hash_bits(*h, t); return BEAM_NONV;
  }
}

uint32_t hamt_hash(BeamTerm t) {
  uint32_t h = BEAM_IH_SEED;
  if (BEAM_IS_IMMED(t)) return beam_ih_mix64(h, erl_immediate(t), BEAM_IH_K1);
  WStack s;
  ws_init(&s);
  for (;;) {
    if (BEAM_IS_IMMED(t) && t != CDR_MARK) {
      h = beam_ih_mix64(h, erl_immediate(t), BEAM_IH_K1);
      t = BEAM_NONV;
    } else if (BEAM_IS_LIST(t)) t = hash_list(&h, t, &s);
    else if (BEAM_IS_BOXED(t)) t = hash_boxed(&h, t, &s);
    if (t != BEAM_NONV) continue;
    for (;;) {
      if (s.len == 0) {
        ws_free(&s);
        return h;
      }
      t = ws_pop(&s);
      if (t != CDR_MARK) break;
      h = beam_ih_fold(h, BEAM_IH_K(18));
    }
  }
}

/* ---------------------------------------------------------------------- */
/* Nodes                                                                   */
/* ---------------------------------------------------------------------- */

#define DEPTH_MAX 8 /* 8 slots of 4 bits spend the 32-bit hash */

static unsigned slot_of(uint32_t h, unsigned depth) { return (h >> (4 * depth)) & 15; }

static bool is_head(const BeamTerm *o) { return BEAM_HEADER_SUB(o[0]) == BEAM_SUB_HASHMAP; }

static unsigned bitmap_of(const BeamTerm *o) { return hamt_bitmap(BEAM_MAKE_BOXED(o)); }

/* Words before the children of a head (or node): header, size, bitmap. */
static size_t prefix(bool head) { return head ? 3 : 2; }

/* A fresh node of k children (unset), with its header and bitmap; a head
   also gets size. */
static BeamTerm *new_node(BeamProc *p, bool head, size_t k, unsigned bm, size_t size) {
  BeamTerm *o = beam_alloc(p, prefix(head) + k);
  o[0] = head ? BEAM_HEADER(2 + k, BEAM_SUB_HASHMAP) : BEAM_HEADER(1 + k, BEAM_SUB_HAMT);
  if (head) o[1] = BEAM_SMALL(size);
  o[head ? 2 : 1] = BEAM_SMALL(bm);
  return o;
}

static BeamTerm leaf(BeamProc *p, BeamTerm k, BeamTerm v) {
  BeamTerm *c = beam_alloc(p, 2);
  c[0] = k, c[1] = v;
  return BEAM_MAKE_LIST(c);
}

static bool keys_equal(BeamTerm a, BeamTerm b) {
  return a == b || (!BEAM_IS_IMMED(a) && !BEAM_IS_IMMED(b) && beam_eq_exact(a, b));
}

/* The index among o's children of slot s's child, -1 when it has none;
   a collision node is searched for key instead. */
static long find_kid(const BeamTerm *o, unsigned s, BeamTerm key, bool collision) {
  size_t k;
  BeamTerm *c = kids((BeamTerm *)o, &k);
  if (collision) {
    for (size_t i = 0; i < k; i++)
      if (keys_equal(BEAM_CAR(c[i]), key)) return (long)i;
    return -1;
  }
  unsigned bm = bitmap_of(o);
  if (!(bm >> s & 1)) return -1;
  return __builtin_popcount(bm & ((1u << s) - 1));
}

BeamTerm hamt_get(BeamTerm m, BeamTerm key) {
  uint32_t h = hamt_hash(key);
  const BeamTerm *o = BEAM_PTR(m);
  for (unsigned d = 0;; d++) {
    long i = find_kid(o, slot_of(h, d), key, d == DEPTH_MAX);
    if (i < 0) return BEAM_NONV;
    size_t k;
    BeamTerm c = kids((BeamTerm *)o, &k)[i];
    if (BEAM_IS_LIST(c)) return keys_equal(BEAM_CAR(c), key) ? BEAM_CDR(c) : BEAM_NONV;
    o = BEAM_PTR(c);
  }
}

/* ---------------------------------------------------------------------- */
/* Building from pairs                                                     */
/* ---------------------------------------------------------------------- */

typedef struct Ent {
  uint32_t path; /* the hash with its 4-bit slots reversed: depth 0 on top */
  uint32_t hash;
  BeamTerm k, v;
} Ent;

/* By path; keys of one hash in map-key order (a collision node's). */
static int ent_cmp(const void *x, const void *y) {
  const Ent *a = x, *b = y;
  if (a->path != b->path) return a->path < b->path ? -1 : 1;
  return cmp_map_keys(a->k, b->k);
}

/* The child for the n > 0 entries e (sorted, sharing the slots of depths
   below d): a leaf for one, else a node; the head when head is set. */
static BeamTerm build(BeamProc *p, const Ent *e, size_t n, unsigned d, bool head) {
  if (n == 1 && !head) return leaf(p, e[0].k, e[0].v);
  if (d == DEPTH_MAX) {
    BeamTerm *o = new_node(p, false, n, 0, 0);
    for (size_t i = 0; i < n; i++) o[2 + i] = leaf(p, e[i].k, e[i].v);
    return BEAM_MAKE_BOXED(o);
  }
  unsigned bm = 0;
  for (size_t i = 0; i < n; i++) bm |= 1u << slot_of(e[i].hash, d);
  size_t k = (size_t)__builtin_popcount(bm);
  BeamTerm *o = new_node(p, head, k, bm, n), *c = o + prefix(head);
  for (size_t i = 0, j = 0; i < n; j++) {
    size_t run = 1;
    unsigned s = slot_of(e[i].hash, d);
    while (i + run < n && slot_of(e[i + run].hash, d) == s) run++;
    c[j] = build(p, e + i, run, d + 1, false);
    i += run;
  }
  return BEAM_MAKE_BOXED(o);
}

BeamTerm hamt_build(BeamProc *p, const BeamTerm *kv, size_t n) {
  Ent *e = os_alloc(n * sizeof *e, "map");
  for (size_t i = 0; i < n; i++) {
    uint32_t h = hamt_hash(kv[2 * i]);
    e[i] = (Ent){beam_ih_path(h), h, kv[2 * i], kv[2 * i + 1]};
  }
  qsort(e, n, sizeof *e, ent_cmp);
  BeamTerm m = build(p, e, n, 0, true);
  os_free(e);
  return m;
}

/* ---------------------------------------------------------------------- */
/* Updates: the path from the head is copied                               */
/* ---------------------------------------------------------------------- */

/* Node o with child i replaced by c (head size changed by grow). */
static BeamTerm with_kid(BeamProc *p, const BeamTerm *o, size_t i, BeamTerm c, long grow) {
  size_t words = 1 + BEAM_HEADER_ARITY(o[0]);
  BeamTerm *r = beam_alloc(p, words);
  memcpy(r, o, words * sizeof *r);
  r[prefix(is_head(o)) + i] = c;
  if (is_head(o)) r[1] = BEAM_SMALL(BEAM_SMALL_VALUE(o[1]) + grow);
  return BEAM_MAKE_BOXED(r);
}

/* Node o with child c inserted at index i (slot s; a collision node
   keeps no bitmap); a head's size grows by one. */
static BeamTerm plus_kid(BeamProc *p, const BeamTerm *o, size_t i, unsigned s, BeamTerm c,
                         bool collision) {
  size_t k;
  BeamTerm *oc = kids((BeamTerm *)o, &k);
  bool head = is_head(o);
  unsigned bm = collision ? 0 : bitmap_of(o) | 1u << s;
  size_t size = head ? hamt_size(BEAM_MAKE_BOXED(o)) + 1 : 0;
  BeamTerm *r = new_node(p, head, k + 1, bm, size), *rc = r + prefix(head);
  memcpy(rc, oc, i * sizeof *rc);
  rc[i] = c;
  memcpy(rc + i + 1, oc + i, (k - i) * sizeof *rc);
  return BEAM_MAKE_BOXED(r);
}

/* The subtree at depth d holding leaves a (hash ha) and b (hash hb). */
static BeamTerm two_leaves(BeamProc *p, unsigned d, BeamTerm a, uint32_t ha, BeamTerm b,
                           uint32_t hb) {
  if (d == DEPTH_MAX) {
    BeamTerm *o = new_node(p, false, 2, 0, 0);
    bool a_first = cmp_map_keys(BEAM_CAR(a), BEAM_CAR(b)) < 0;
    o[2] = a_first ? a : b, o[3] = a_first ? b : a;
    return BEAM_MAKE_BOXED(o);
  }
  unsigned sa = slot_of(ha, d), sb = slot_of(hb, d);
  if (sa == sb) {
    BeamTerm *o = new_node(p, false, 1, 1u << sa, 0);
    o[2] = two_leaves(p, d + 1, a, ha, b, hb);
    return BEAM_MAKE_BOXED(o);
  }
  BeamTerm *o = new_node(p, false, 2, 1u << sa | 1u << sb, 0);
  o[2] = sa < sb ? a : b, o[3] = sa < sb ? b : a;
  return BEAM_MAKE_BOXED(o);
}

typedef struct Put {
  BeamProc *p;
  uint32_t h;
  BeamTerm k, v;
  bool keep;
  bool added;
} Put;

/* The index a new key goes to in collision node o (map-key order). */
static size_t collision_index(const BeamTerm *o, BeamTerm key) {
  size_t k, i = 0;
  BeamTerm *c = kids((BeamTerm *)o, &k);
  while (i < k && cmp_map_keys(BEAM_CAR(c[i]), key) < 0) i++;
  return i;
}

/* Node n (depth d) with the pair of q in it; n itself when unchanged. */
static BeamTerm put_in(Put *q, BeamTerm n, unsigned d) {
  const BeamTerm *o = BEAM_PTR(n);
  bool collision = d == DEPTH_MAX;
  unsigned s = collision ? 0 : slot_of(q->h, d);
  long i = find_kid(o, s, q->k, collision);
  long grow = 0;
  if (i < 0) {
    q->added = true;
    size_t at = collision ? collision_index(o, q->k)
                          : (size_t)__builtin_popcount(bitmap_of(o) & ((1u << s) - 1));
    return plus_kid(q->p, o, at, s, leaf(q->p, q->k, q->v), collision);
  }
  size_t k;
  BeamTerm c = kids((BeamTerm *)o, &k)[i], r;
  if (BEAM_IS_LIST(c) && keys_equal(BEAM_CAR(c), q->k)) {
    if (q->keep || BEAM_CDR(c) == q->v) return n;
    r = leaf(q->p, q->k, q->v);
  } else if (BEAM_IS_LIST(c)) {
    q->added = true;
    grow = 1;
    r = two_leaves(q->p, d + 1, c, hamt_hash(BEAM_CAR(c)), leaf(q->p, q->k, q->v), q->h);
  } else {
    r = put_in(q, c, d + 1);
    if (r == c) return n;
    grow = q->added;
  }
  return with_kid(q->p, o, (size_t)i, r, grow);
}

BeamTerm hamt_put(BeamProc *p, BeamTerm m, BeamTerm key, BeamTerm value, bool keep) {
  Put q = {p, hamt_hash(key), key, value, keep, false};
  return put_in(&q, m, 0);
}

/* Node o without child i; a node below the head left
   with a single leaf is that leaf (the trie stays canonical). */
static BeamTerm minus_kid(BeamProc *p, const BeamTerm *o, size_t i, bool collision) {
  size_t k;
  BeamTerm *oc = kids((BeamTerm *)o, &k);
  bool head = is_head(o);
  if (!head && k == 2 && BEAM_IS_LIST(oc[1 - i])) return oc[1 - i];
  unsigned bm = 0;
  if (!collision) {
    unsigned b = bitmap_of(o);
    for (size_t j = 0; j <= i; j++) bm = b & -b, b &= b - 1; /* slot bit of child i */
    bm = bitmap_of(o) & ~bm;
  }
  size_t size = head ? hamt_size(BEAM_MAKE_BOXED(o)) - 1 : 0;
  BeamTerm *r = new_node(p, head, k - 1, bm, size), *rc = r + prefix(head);
  memcpy(rc, oc, i * sizeof *rc);
  memcpy(rc + i, oc + i + 1, (k - i - 1) * sizeof *rc);
  return BEAM_MAKE_BOXED(r);
}

/* Node n (depth d) without key; n itself when it lacks key. */
static BeamTerm remove_in(BeamProc *p, BeamTerm n, unsigned d, BeamTerm key, uint32_t h) {
  const BeamTerm *o = BEAM_PTR(n);
  bool collision = d == DEPTH_MAX;
  long i = find_kid(o, collision ? 0 : slot_of(h, d), key, collision);
  if (i < 0) return n;
  size_t k;
  BeamTerm c = kids((BeamTerm *)o, &k)[i];
  if (BEAM_IS_LIST(c)) {
    if (!keys_equal(BEAM_CAR(c), key)) return n;
    return minus_kid(p, o, (size_t)i, collision);
  }
  BeamTerm r = remove_in(p, c, d + 1, key, h);
  if (r == c) return n;
  if (!is_head(o) && k == 1 && BEAM_IS_LIST(r)) return r;
  return with_kid(p, o, (size_t)i, r, is_head(o) ? -1 : 0);
}

BeamTerm hamt_remove(BeamProc *p, BeamTerm m, BeamTerm key) {
  BeamTerm r = remove_in(p, m, 0, key, hamt_hash(key));
  size_t n = hamt_size(r);
  if (r == m || n > MAP_FLAT_MAX) return r;
  BeamTerm kv[2 * MAP_FLAT_MAX];
  hamt_pairs(r, kv);
  return map_from_pairs(p, kv, n);
}

/* ---------------------------------------------------------------------- */
/* Walks                                                                   */
/* ---------------------------------------------------------------------- */

static BeamTerm *pairs_of(BeamTerm n, BeamTerm *kv) {
  size_t k;
  BeamTerm *c = kids(BEAM_PTR(n), &k);
  for (size_t i = 0; i < k; i++) {
    if (BEAM_IS_LIST(c[i])) *kv++ = BEAM_CAR(c[i]), *kv++ = BEAM_CDR(c[i]);
    else kv = pairs_of(c[i], kv);
  }
  return kv;
}

void hamt_pairs(BeamTerm m, BeamTerm *kv) { pairs_of(m, kv); }
