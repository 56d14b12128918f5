/*
** bif_dict.c — the process dictionary: put/2, get/1, get/0, erase/1,
** erase/0, get_keys/0, get_keys/1.
**
** erl keeps the dictionary in a linear hash table and get/0, get_keys/0
** and erase/0 list it in table order, so programs print entries in that
** order.  This file reproduces the table, as observed on erl (OTP 25)
** with thousands of random put/erase sequences:
**
**   - U slots, 8 at first; a key with hash h lives in slot h mod 2M if
**     that is below U, else in slot h mod M, M the largest power of two
**     not above U;
**   - a slot holds its entries newest first; listing walks the slots
**     from 0 up and each slot's entries in order, consing each onto the
**     result (so the last slot's last entry comes first);
**   - put of a new key, once the count reaches U, splits (U / 4) mod 16
**     slots (at least 1): slot U - M is redistributed between itself and
**     the new slot U, its entries taken in order and each pushed onto the
**     front of its new slot;
**   - erase of a key that leaves fewer than U / 2 entries merges 3U/10
**     slots (keeping at least 8): slot U - 1 into slot U - 1 - M' (M' the
**     largest power of two not above U - 1), as [lo | hi] when the low
**     slot had one entry, [hi | lo] when the high one had, else the high
**     entries pushed one by one onto the low ones;
**   - a put of an existing key replaces its value in place (keeping the
**     key as first stored: put(0.0, a), put(-0.0, b) leaves 0.0).
**
** The hash of a small integer is its value modulo 2^32, as in erl, so
** dictionaries with integer keys list exactly as in erl.  erl hashes an
** atom by its index in the VM's atom table, which depends on what the
** VM loaded before; atoms here hash by their name (FNV-1a), so the order
** of atom keys (and of other keys, hashed structurally) differs from
** erl's: put(a, 1), put(b, 2), get() is [{a,1},{b,2}] in erl and may
** come out in the other order here.
**
** Representation: Proc.dict is [] for an empty dictionary (8 slots),
** otherwise a tuple {Count, Slots, Depth, Root}: the slots are the leaves
** of a tree of 16-element tuples of height Depth (an absent subtree is
** []), each slot [] or a list of {Key, Value}.  Every update copies the
** path to the slot it changes (nothing is mutated, so the collector's
** old-to-young invariant holds) and makes a new root tuple.
*/
#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "bits.h"
#include "integer.h"
#include "proc.h"

#define FANOUT 16
#define FANOUT_BITS 4
#define MIN_SLOTS 8

typedef struct Dict {
  size_t count, slots;
  unsigned depth;
  BeamTerm root;
} Dict;

/* ---------------------------------------------------------------------- */
/* Hashing                                                                 */
/* ---------------------------------------------------------------------- */

static uint32_t mix(uint32_t h, uint64_t w) {
  w ^= h;
  w *= 0x9E3779B97F4A7C15u;
  return (uint32_t)(w >> 32) ^ (uint32_t)w;
}

/*
** A hash of t consistent with =:= (equal terms hash equal): structural
** over at most 64 subterms (the rest is ignored), bit sizes for
** bitstrings, sizes for maps and closures, -0.0 as 0.0.
*/
static uint32_t term_hash(BeamTerm t) {
  BeamTerm stack[32];
  unsigned sp = 0, budget = 64;
  uint32_t h = 0x811C9DC5u;
  stack[sp++] = t;
  while (sp > 0 && budget-- > 0) {
    t = stack[--sp];
    if (BEAM_IS_ATOM(t)) {
      h = mix(h, BEAM_ATOM_REC(t)->hash);
    } else if (BEAM_IS_IMMED(t)) {
      h = mix(h, t);
    } else if (BEAM_IS_LIST(t)) {
      h = mix(h, 1);
      if (sp + 2 <= 32) {
        stack[sp++] = BEAM_CDR(t);
        stack[sp++] = BEAM_CAR(t);
      }
    } else {
      const BeamTerm *o = BEAM_PTR(t);
      unsigned sub = BEAM_HEADER_SUB(o[0]);
      size_t n = BEAM_HEADER_ARITY(o[0]);
      double d;
      switch (sub) {
      case BEAM_SUB_TUPLE:
        h = mix(h, 2 + n);
        for (size_t i = n; i-- > 0 && sp < 32;) stack[sp++] = o[1 + i];
        break;
      case BEAM_SUB_FLOAT:
        d = BEAM_FLOAT_VALUE(t);
        if (d == 0) d = 0.0;
        uint64_t bits;
        __builtin_memcpy(&bits, &d, sizeof bits);
        h = mix(h, bits);
        break;
      case BEAM_SUB_POSBIG:
      case BEAM_SUB_NEGBIG:
      case BEAM_SUB_REF:
      case BEAM_SUB_EXPORT:
        h = mix(h, sub);
        for (size_t i = 0; i < n && i < 8; i++) h = mix(h, o[1 + i]);
        break;
      case BEAM_SUB_BIN:
      case BEAM_SUB_SUBBIN:
      case BEAM_SUB_REFBIN:
        h = mix(h, bits_size(t));
        break;
      default: /* closures, maps */
        h = mix(h, sub * 65536u + n);
        break;
      }
    }
  }
  return h;
}

/* erl's hash for the integers that are small in 64-bit erl (the value
   mod 2^32; bignums here on 32-bit hosts), ours for other terms. */
static uint32_t key_hash(BeamTerm k) {
  int64_t v;
  if (BEAM_IS_SMALL(k)) return (uint32_t)(uint64_t)BEAM_SMALL_VALUE(k);
  if (BEAM_IS_BIG(k) && int_to_int64(k, &v) && v >= -((int64_t)1 << 59) &&
      v < ((int64_t)1 << 59))
    return (uint32_t)(uint64_t)v;
  return term_hash(k);
}

static size_t pow2_floor(size_t n) {
  size_t m = 1;
  while (m <= n / 2) m *= 2;
  return m;
}

static size_t slot_of(uint32_t h, size_t slots) {
  size_t m = pow2_floor(slots), s = h & (2 * m - 1);
  return s < slots ? s : h & (m - 1);
}

/* ---------------------------------------------------------------------- */
/* The slot tree                                                           */
/* ---------------------------------------------------------------------- */

static void dict_load(BeamProc *p, Dict *d) {
  BeamTerm t = PROC(p)->dict;
  if (!BEAM_IS_TUPLE(t)) {
    d->count = 0;
    d->slots = MIN_SLOTS;
    d->depth = 1;
    d->root = BEAM_NIL;
    return;
  }
  d->count = (size_t)BEAM_SMALL_VALUE(BEAM_ELEMENT(t, 0));
  d->slots = (size_t)BEAM_SMALL_VALUE(BEAM_ELEMENT(t, 1));
  d->depth = (unsigned)BEAM_SMALL_VALUE(BEAM_ELEMENT(t, 2));
  d->root = BEAM_ELEMENT(t, 3);
}

static void dict_store(BeamProc *p, const Dict *d) {
  BeamTerm *hp = beam_alloc(p, 5);
  hp[0] = BEAM_HEADER(4, BEAM_SUB_TUPLE);
  hp[1] = BEAM_SMALL(d->count);
  hp[2] = BEAM_SMALL(d->slots);
  hp[3] = BEAM_SMALL(d->depth);
  hp[4] = d->root;
  PROC(p)->dict = BEAM_MAKE_BOXED(hp);
}

static BeamTerm slot_get(const Dict *d, size_t i) {
  BeamTerm node = d->root;
  for (unsigned level = d->depth; level-- > 0;) {
    if (node == BEAM_NIL) return BEAM_NIL;
    node = BEAM_ELEMENT(node, (i >> (FANOUT_BITS * level)) & (FANOUT - 1));
  }
  return node;
}

/* node (a subtree of height level, or []) with slot i set to v: the
   copied path.  Recursion depth is the tree height. */
static BeamTerm node_set(BeamProc *p, BeamTerm node, unsigned level, size_t i, BeamTerm v) {
  size_t k = (i >> (FANOUT_BITS * (level - 1))) & (FANOUT - 1);
  BeamTerm *hp = beam_alloc(p, FANOUT + 1);
  hp[0] = BEAM_HEADER(FANOUT, BEAM_SUB_TUPLE);
  for (size_t j = 0; j < FANOUT; j++) hp[1 + j] = node == BEAM_NIL ? BEAM_NIL : BEAM_ELEMENT(node, j);
  hp[1 + k] = level == 1 ? v : node_set(p, hp[1 + k], level - 1, i, v);
  return BEAM_MAKE_BOXED(hp);
}

static void slot_set(BeamProc *p, Dict *d, size_t i, BeamTerm v) {
  while (i >> (FANOUT_BITS * d->depth) != 0) { /* grow the tree upwards */
    BeamTerm *hp = beam_alloc(p, FANOUT + 1);
    hp[0] = BEAM_HEADER(FANOUT, BEAM_SUB_TUPLE);
    hp[1] = d->root;
    for (size_t j = 1; j < FANOUT; j++) hp[1 + j] = BEAM_NIL;
    d->root = BEAM_MAKE_BOXED(hp);
    d->depth++;
  }
  d->root = node_set(p, d->root, d->depth, i, v);
}

static BeamTerm cons(BeamProc *p, BeamTerm h, BeamTerm t) {
  BeamTerm *c = beam_alloc(p, 2);
  c[0] = h;
  c[1] = t;
  return BEAM_MAKE_LIST(c);
}

static BeamTerm pair(BeamProc *p, BeamTerm k, BeamTerm v) {
  BeamTerm *hp = beam_alloc(p, 3);
  hp[0] = BEAM_HEADER(2, BEAM_SUB_TUPLE);
  hp[1] = k;
  hp[2] = v;
  return BEAM_MAKE_BOXED(hp);
}

/* The list l with its element at position at replaced by v (v ==
   BEAM_NONV: removed); the cells after it are shared. */
static BeamTerm list_replace(BeamProc *p, BeamTerm l, size_t at, BeamTerm v) {
  size_t n = at + (v != BEAM_NONV);
  BeamTerm *c = beam_alloc(p, 2 * n), r = BEAM_NIL, *link = &r;
  for (size_t i = 0; i < at; i++, l = BEAM_CDR(l), c += 2) {
    c[0] = BEAM_CAR(l);
    *link = BEAM_MAKE_LIST(c);
    link = &c[1];
  }
  if (v != BEAM_NONV) {
    c[0] = v;
    *link = BEAM_MAKE_LIST(c);
    link = &c[1];
  }
  *link = BEAM_CDR(l);
  return r;
}

/* The entry of key in slot list l and its position, or BEAM_NONV. */
static BeamTerm slot_find(BeamTerm l, BeamTerm key, size_t *at) {
  for (size_t i = 0; BEAM_IS_LIST(l); l = BEAM_CDR(l), i++) {
    BeamTerm e = BEAM_CAR(l);
    if (BEAM_EQ_EXACT(BEAM_ELEMENT(e, 0), key)) {
      *at = i;
      return e;
    }
  }
  return BEAM_NONV;
}

/* Splits slots as erl does when the count reaches the slot count. */
static void grow(BeamProc *p, Dict *d) {
  size_t steps = (d->slots / 4) & 0xF;
  for (size_t s = steps ? steps : 1; s > 0; s--) {
    size_t src = d->slots - pow2_floor(d->slots), dst = d->slots;
    BeamTerm lo = BEAM_NIL, hi = BEAM_NIL;
    for (BeamTerm l = slot_get(d, src); BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
      BeamTerm e = BEAM_CAR(l);
      if (slot_of(key_hash(BEAM_ELEMENT(e, 0)), d->slots + 1) == src) lo = cons(p, e, lo);
      else hi = cons(p, e, hi);
    }
    slot_set(p, d, src, lo);
    slot_set(p, d, dst, hi);
    d->slots++;
  }
}

/* Slot hi merged into slot lo, as erl merges them. */
static BeamTerm merge(BeamProc *p, BeamTerm lo, BeamTerm hi) {
  if (hi == BEAM_NIL) return lo;
  if (lo == BEAM_NIL) return hi;
  if (BEAM_CDR(lo) == BEAM_NIL) return cons(p, BEAM_CAR(lo), hi);
  if (BEAM_CDR(hi) == BEAM_NIL) return cons(p, BEAM_CAR(hi), lo);
  for (; hi != BEAM_NIL; hi = BEAM_CDR(hi)) lo = cons(p, BEAM_CAR(hi), lo);
  return lo;
}

/* Merges slots as erl does when fewer than half are used. */
static void shrink(BeamProc *p, Dict *d) {
  size_t steps = d->slots * 3 / 10;
  if (d->slots - steps < MIN_SLOTS) steps = d->slots - MIN_SLOTS;
  for (; steps > 0; steps--) {
    size_t hi = d->slots - 1, lo = hi - pow2_floor(hi);
    slot_set(p, d, lo, merge(p, slot_get(d, lo), slot_get(d, hi)));
    slot_set(p, d, hi, BEAM_NIL);
    d->slots--;
  }
  while (d->depth > 1 && d->slots <= (size_t)1 << (FANOUT_BITS * (d->depth - 1))) {
    d->root = d->root == BEAM_NIL ? BEAM_NIL : BEAM_ELEMENT(d->root, 0);
    d->depth--;
  }
}

/* ---------------------------------------------------------------------- */
/* Listing                                                                 */
/* ---------------------------------------------------------------------- */

enum { LIST_PAIRS, LIST_KEYS };

/*
** The entries (or keys) in erl's order; with value != BEAM_NONV only the
** keys whose value is =:= to it.
*/
static BeamTerm dict_listing(BeamProc *p, int what, BeamTerm value) {
  Dict d;
  dict_load(p, &d);
  size_t n = 0;
  if (value == BEAM_NONV) {
    n = d.count;
  } else {
    for (size_t i = 0; i < d.slots; i++)
      for (BeamTerm l = slot_get(&d, i); BEAM_IS_LIST(l); l = BEAM_CDR(l))
        n += BEAM_EQ_EXACT(BEAM_ELEMENT(BEAM_CAR(l), 1), value);
  }
  BeamTerm *c = beam_alloc(p, 2 * n), r = BEAM_NIL;
  for (size_t i = 0; i < d.slots; i++)
    for (BeamTerm l = slot_get(&d, i); BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
      BeamTerm e = BEAM_CAR(l);
      if (value != BEAM_NONV && !BEAM_EQ_EXACT(BEAM_ELEMENT(e, 1), value)) continue;
      c[0] = what == LIST_PAIRS ? e : BEAM_ELEMENT(e, 0);
      c[1] = r;
      r = BEAM_MAKE_LIST(c);
      c += 2;
    }
  return r;
}

/* ---------------------------------------------------------------------- */
/* The BIFs                                                                */
/* ---------------------------------------------------------------------- */

BeamTerm bif_dict_get(BeamProc *p, BeamTerm key) {
  Dict d;
  size_t at;
  dict_load(p, &d);
  BeamTerm e = slot_find(slot_get(&d, slot_of(key_hash(key), d.slots)), key, &at);
  return e == BEAM_NONV ? BEAM_NONV : BEAM_ELEMENT(e, 1);
}

BeamTerm bif_dict_list(BeamProc *p) { return dict_listing(p, LIST_PAIRS, BEAM_NONV); }

BeamTerm beam_bif_erlang_put_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  Dict d;
  size_t at = 0;
  dict_load(p, &d);
  size_t i = slot_of(key_hash(a1), d.slots);
  BeamTerm l = slot_get(&d, i), e = slot_find(l, a1, &at);
  if (e != BEAM_NONV) {
    slot_set(p, &d, i, list_replace(p, l, at, pair(p, BEAM_ELEMENT(e, 0), a2)));
    dict_store(p, &d);
    return BEAM_ELEMENT(e, 1);
  }
  slot_set(p, &d, i, cons(p, pair(p, a1, a2), l));
  if (++d.count >= d.slots) grow(p, &d);
  dict_store(p, &d);
  return ATOM_UNDEFINED;
}

BeamTerm beam_bif_erlang_get_1(BeamProc *p, BeamTerm a1) {
  BeamTerm v = bif_dict_get(p, a1);
  return v == BEAM_NONV ? ATOM_UNDEFINED : v;
}

BeamTerm beam_bif_erlang_get_0(BeamProc *p) { return bif_dict_list(p); }

BeamTerm beam_bif_erlang_erase_1(BeamProc *p, BeamTerm a1) {
  Dict d;
  size_t at = 0;
  dict_load(p, &d);
  size_t i = slot_of(key_hash(a1), d.slots);
  BeamTerm l = slot_get(&d, i), e = slot_find(l, a1, &at);
  if (e == BEAM_NONV) return ATOM_UNDEFINED;
  slot_set(p, &d, i, list_replace(p, l, at, BEAM_NONV));
  if (--d.count < d.slots / 2 && d.slots > MIN_SLOTS) shrink(p, &d);
  dict_store(p, &d);
  return BEAM_ELEMENT(e, 1);
}

BeamTerm beam_bif_erlang_erase_0(BeamProc *p) {
  BeamTerm r = bif_dict_list(p);
  PROC(p)->dict = BEAM_NIL;
  return r;
}

BeamTerm beam_bif_erlang_get_keys_0(BeamProc *p) {
  return dict_listing(p, LIST_KEYS, BEAM_NONV);
}

BeamTerm beam_bif_erlang_get_keys_1(BeamProc *p, BeamTerm a1) {
  return dict_listing(p, LIST_KEYS, a1);
}
