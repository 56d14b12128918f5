/*
** test_map.c — runtime/map.c: lookups, put/update/remove against a
** reference model under random operations (keys of every kind, 1 and
** 1.0, 0.0 and -0.0), from_pairs and its duplicates, merge, the lists
** and the iterator chain, and the put_map instructions' entry point
** (beam_map_put) with collections at every call.
**
** Keys are built in an arena outside the process (the collector sees
** them as literals), so only maps live in the process; after every step
** the map's invariants are checked: keys strictly increasing in map-key
** order, values those of the model.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "atoms_gen.h"
#include "compare.h"
#include "gc.h"
#include "map.h"
#include "os/os.h"
#include "unit.h"

#define REQUIRE(c)                                                          \
  do {                                                                      \
    if (!(c)) ck_abort_msg("Assertion '%s' failed", #c);                    \
  } while (0)

/* ---------------------------------------------------------------------- */
/* Fixtures                                                                */
/* ---------------------------------------------------------------------- */

static Proc *proc;
static BeamProc *bp;
static BeamTerm *arena;
static size_t arena_used;
#define ARENA_WORDS ((size_t)1 << 16)

static void setup(void) {
  atom_init();
  proc = calloc(1, sizeof *proc);
  ck_assert_ptr_nonnull(proc);
  bp = &proc->pub;
  bp->x = calloc(BEAM_MAX_X, sizeof *bp->x); /* a scheduler's registers */
  ck_assert_ptr_nonnull(bp->x);
  gc_init(proc, 0);
  proc->dict = proc->exc_reason = proc->exc_trace = proc->result = BEAM_NIL;
  proc->exc_class = proc->exc_site.args = BEAM_NONV;
  proc->pid = BEAM_NIL;
  arena = calloc(ARENA_WORDS, sizeof *arena);
  ck_assert_ptr_nonnull(arena);
  arena_used = 0;
}

static void teardown(void) {
  gc_free(proc);
  free(bp->x);
  free(proc);
  free(arena);
  atom_shutdown();
}

static BeamTerm *lit(size_t n) {
  ck_assert_uint_le(arena_used + n, ARENA_WORDS);
  BeamTerm *r = arena + arena_used;
  arena_used += n;
  return r;
}

static BeamTerm lfloat(double d) {
  BeamTerm *hp = lit(1 + BEAM_FLOAT_WORDS);
  hp[0] = BEAM_HEADER(BEAM_FLOAT_WORDS, BEAM_SUB_FLOAT);
  memcpy(hp + 1, &d, sizeof d);
  return BEAM_MAKE_BOXED(hp);
}

static BeamTerm ltuple2(BeamTerm a, BeamTerm b) {
  BeamTerm *hp = lit(3);
  hp[0] = BEAM_HEADER(2, BEAM_SUB_TUPLE);
  hp[1] = a;
  hp[2] = b;
  return BEAM_MAKE_BOXED(hp);
}

static BeamTerm latom(const char *s) { return atom_intern(s, strlen(s)); }

/* A pool of distinct keys (no two =:=) of every kind, in no order. */
#define NKEYS 40
static BeamTerm keys[NKEYS];

static void make_keys(void) {
  int n = 0;
  static const char *names[] = {"a", "b", "zz", "map", "ok", "k1", "k10", "k2"};
  for (int i = 0; i < 8; i++) keys[n++] = latom(names[i]);
  for (int i = -5; i < 7; i++) keys[n++] = BEAM_SMALL(i * 7);
  keys[n++] = lfloat(1.0);
  keys[n++] = lfloat(-1.0);
  keys[n++] = lfloat(0.0);
  keys[n++] = lfloat(2.5);
  keys[n++] = lfloat(-1e300);
  keys[n++] = BEAM_NIL;
  for (int i = 0; i < 6; i++) keys[n++] = ltuple2(keys[i], BEAM_SMALL(i));
  keys[n++] = ltuple2(keys[0], keys[20]); /* {a, 1.0} */
  keys[n++] = ltuple2(keys[0], BEAM_SMALL(1));
  for (; n < NKEYS; n++) keys[n] = ltuple2(BEAM_NIL, BEAM_SMALL(n));
}

/* ---------------------------------------------------------------------- */
/* The model and the invariants                                            */
/* ---------------------------------------------------------------------- */

/* model[i]: the value of keys[i], or BEAM_NONV. */
static BeamTerm model[NKEYS];

/* The hash bits of the slots above depth d (the slots of depths < d). */
static uint32_t slot_mask(unsigned d) { return d >= 8 ? 0xFFFFFFFFu : (1u << (4 * d)) - 1; }

/*
** Checks the trie node n at depth d, whose path so far is `path`: its
** bitmap against its children, every leaf's hash against its slots, the
** collision nodes' key order, and the canonical shape (a node below the
** head has two or more keys, and is never a lone leaf's); returns its
** number of leaves.
*/
static size_t check_trie(BeamTerm n, unsigned d, uint32_t path) {
  size_t k, leaves = 0;
  const BeamTerm *c = hamt_kids(n, &k);
  unsigned b = hamt_bitmap(n);
  if (d == 8) {
    REQUIRE(b == 0 && k >= 2);
    for (size_t i = 0; i < k; i++) {
      REQUIRE(BEAM_IS_LIST(c[i]) && hamt_hash(BEAM_CAR(c[i])) == path);
      REQUIRE(i == 0 || cmp_map_keys(BEAM_CAR(c[i - 1]), BEAM_CAR(c[i])) < 0);
    }
    return k;
  }
  REQUIRE((size_t)__builtin_popcount(b) == k);
  for (size_t i = 0; i < k; i++, b &= b - 1) {
    uint32_t p = path | (uint32_t)__builtin_ctz(b) << (4 * d);
    if (BEAM_IS_LIST(c[i])) {
      REQUIRE((hamt_hash(BEAM_CAR(c[i])) & slot_mask(d + 1)) == p);
      leaves++;
    } else leaves += check_trie(c[i], d + 1, p);
  }
  if (!hamt_is(n)) REQUIRE(leaves >= 2 && !(k == 1 && BEAM_IS_LIST(c[0])));
  return leaves;
}

/* The layout's invariants: a flatmap of at most 32 pairs with sorted
   keys, or a well-formed trie of more. */
static void check_layout(BeamTerm m) {
  REQUIRE(BEAM_IS_MAP(m));
  size_t n = map_size(m);
  if (hamt_is(m)) {
    REQUIRE(n > MAP_FLAT_MAX);
    REQUIRE(check_trie(m, 0, 0) == n);
    return;
  }
  const BeamTerm *k = map_keys(m);
  REQUIRE(n <= MAP_FLAT_MAX);
  REQUIRE(BEAM_TUPLE_ARITY(BEAM_PTR(m)[1]) == n);
  for (size_t i = 1; i < n; i++) REQUIRE(cmp_map_keys(k[i - 1], k[i]) < 0);
}

static void check_against_model(BeamTerm m) {
  check_layout(m);
  size_t n = map_size(m), expect = 0;
  for (int i = 0; i < NKEYS; i++) {
    BeamTerm got = map_get(m, keys[i]);
    REQUIRE(got == model[i]);
    expect += model[i] != BEAM_NONV;
  }
  REQUIRE(n == expect);
  BeamTerm *kv = os_alloc(2 * n * sizeof *kv + 1, "test");
  map_pairs(m, kv);
  for (size_t i = 0; i < n; i++) REQUIRE(map_get(m, kv[2 * i]) == kv[2 * i + 1]);
  os_free(kv);
}

/* ---------------------------------------------------------------------- */
/* Tests                                                                   */
/* ---------------------------------------------------------------------- */

START_TEST(empty_and_singletons) {
  make_keys();
  BeamTerm e = map_empty();
  ck_assert_uint_eq(map_size(e), 0);
  ck_assert(map_get(e, keys[0]) == BEAM_NONV);
  ck_assert(map_remove(bp, e, keys[0]) == e);
  ck_assert(map_update(bp, e, keys[0], BEAM_SMALL(1)) == BEAM_NONV);
  BeamTerm m = map_put(bp, e, keys[0], BEAM_SMALL(1));
  ck_assert_uint_eq(map_size(m), 1);
  ck_assert(map_get(m, keys[0]) == BEAM_SMALL(1));
  ck_assert(map_remove(bp, m, keys[0]) == map_empty());
  /* the same value again: the map itself */
  ck_assert(map_put(bp, m, keys[0], BEAM_SMALL(1)) == m);
}
END_TEST

START_TEST(one_and_one_point_zero_differ) {
  make_keys();
  BeamTerm one = BEAM_SMALL(1), onef = lfloat(1.0);
  BeamTerm m = map_put(bp, map_empty(), onef, latom("f"));
  m = map_put(bp, m, one, latom("i"));
  ck_assert_uint_eq(map_size(m), 2);
  ck_assert(map_keys(m)[0] == one); /* integers below floats */
  ck_assert(map_get(m, one) == latom("i"));
  ck_assert(map_get(m, lfloat(1.0)) == latom("f"));
  /* 0.0 and -0.0 are one key; put keeps the key it had */
  BeamTerm pz = lfloat(0.0), nz = lfloat(-0.0);
  BeamTerm z = map_put(bp, map_put(bp, map_empty(), pz, BEAM_SMALL(1)), nz, BEAM_SMALL(2));
  ck_assert_uint_eq(map_size(z), 1);
  ck_assert(map_keys(z)[0] == pz);
  ck_assert(map_values(z)[0] == BEAM_SMALL(2));
}
END_TEST

START_TEST(random_put_update_remove) {
  make_keys();
  for (int i = 0; i < NKEYS; i++) model[i] = BEAM_NONV;
  srand(12345);
  bp->x[0] = map_empty();
  for (int step = 0; step < 20000; step++) {
    BeamTerm m = bp->x[0];
    int k = rand() % NKEYS, op = rand() % 4;
    BeamTerm v = BEAM_SMALL(rand() % 100);
    if (op <= 1) {
      m = map_put(bp, m, keys[k], v);
      model[k] = v;
    } else if (op == 2) {
      BeamTerm r = map_update(bp, m, keys[k], v);
      REQUIRE((r == BEAM_NONV) == (model[k] == BEAM_NONV));
      if (r != BEAM_NONV) {
        m = r;
        model[k] = v;
      }
    } else {
      m = map_remove(bp, m, keys[k]);
      model[k] = BEAM_NONV;
    }
    check_against_model(m);
    bp->x[0] = m;
    if (step % 500 == 0) {
      gc_collect(proc, 0, 1, step % 1000 == 0);
      ck_assert_ptr_null(gc_verify(proc));
      check_against_model(bp->x[0]);
    }
  }
}
END_TEST

START_TEST(from_pairs_last_wins) {
  make_keys();
  BeamTerm kv[2 * 3 * NKEYS];
  for (int i = 0; i < NKEYS; i++) model[i] = BEAM_NONV;
  srand(7);
  size_t n = 0;
  for (int i = 0; i < 3 * NKEYS; i++) {
    int k = rand() % NKEYS;
    kv[2 * n] = keys[k];
    kv[2 * n + 1] = BEAM_SMALL(i);
    model[k] = BEAM_SMALL(i);
    n++;
  }
  check_against_model(map_from_pairs(bp, kv, n));
  ck_assert(map_from_pairs(bp, kv, 0) == map_empty());
  /* of 0.0 and -0.0, the later key and value */
  BeamTerm z[4] = {lfloat(0.0), BEAM_SMALL(1), lfloat(-0.0), BEAM_SMALL(2)};
  BeamTerm m = map_from_pairs(bp, z, 2);
  ck_assert_uint_eq(map_size(m), 1);
  ck_assert(map_keys(m)[0] == z[2]);
  ck_assert(map_values(m)[0] == BEAM_SMALL(2));
}
END_TEST

/* A map of the keys whose bit is set in mask, each to value base + i. */
static BeamTerm masked(unsigned long long mask, int base) {
  BeamTerm m = map_empty();
  for (int i = 0; i < NKEYS; i++)
    if (mask >> i & 1) m = map_put(bp, m, keys[i], BEAM_SMALL(base + i));
  return m;
}

START_TEST(merge_against_model) {
  make_keys();
  srand(99);
  for (int round = 0; round < 300; round++) {
    unsigned long long ma = ((unsigned long long)rand() << 20 ^ (unsigned long long)rand()) &
                            ((1ull << NKEYS) - 1);
    unsigned long long mb = round % 3 == 0 ? ma & (unsigned long long)rand()
                            : round % 3 == 1 ? ma | (unsigned long long)rand()
                                             : (unsigned long long)rand();
    mb &= (1ull << NKEYS) - 1;
    BeamTerm a = masked(ma, 0), b = masked(mb, 1000);
    for (int i = 0; i < NKEYS; i++)
      model[i] = mb >> i & 1 ? BEAM_SMALL(1000 + i)
                 : ma >> i & 1 ? BEAM_SMALL(i) : BEAM_NONV;
    check_against_model(map_merge(bp, a, b));
  }
}
END_TEST

START_TEST(merge_takes_the_second_key) {
  BeamTerm pz = lfloat(0.0), nz = lfloat(-0.0), x = latom("x");
  BeamTerm a = map_put(bp, map_put(bp, map_empty(), pz, BEAM_SMALL(1)), x, BEAM_SMALL(2));
  BeamTerm b = map_put(bp, map_empty(), nz, BEAM_SMALL(3));
  BeamTerm m = map_merge(bp, a, b);
  ck_assert_uint_eq(map_size(m), 2);
  ck_assert(map_keys(m)[0] == nz);
  ck_assert(map_values(m)[0] == BEAM_SMALL(3));
  ck_assert(map_values(m)[1] == BEAM_SMALL(2));
}
END_TEST

START_TEST(lists_and_iterator_chain) {
  make_keys();
  BeamTerm m = masked(0xFFull, 0);
  BeamTerm ks = map_keys_list(bp, m, BEAM_NIL), vs = map_values_list(bp, m, BEAM_NIL);
  BeamTerm ps = map_pairs_list(bp, m, latom("tail")), it = map_iterator_chain(bp, m);
  for (size_t i = 0; i < map_size(m); i++) {
    BeamTerm k = map_keys(m)[i], v = map_values(m)[i];
    ck_assert(BEAM_CAR(ks) == k);
    ck_assert(BEAM_CAR(vs) == v);
    BeamTerm t = BEAM_CAR(ps);
    ck_assert(BEAM_ELEMENT(t, 0) == k && BEAM_ELEMENT(t, 1) == v);
    ck_assert_uint_eq(BEAM_TUPLE_ARITY(it), 3);
    ck_assert(BEAM_ELEMENT(it, 0) == k && BEAM_ELEMENT(it, 1) == v);
    ks = BEAM_CDR(ks);
    vs = BEAM_CDR(vs);
    ps = BEAM_CDR(ps);
    it = BEAM_ELEMENT(it, 2);
  }
  ck_assert(ks == BEAM_NIL && vs == BEAM_NIL);
  ck_assert(ps == latom("tail"));
  ck_assert(it == ATOM_NONE);
  ck_assert(map_iterator_chain(bp, map_empty()) == ATOM_NONE);
}
END_TEST

/* beam_map_put with x[0..live-1] live: the registers survive its
   collections and the result is the model's. */
START_TEST(put_instruction_collects) {
  make_keys();
  for (int i = 0; i < NKEYS; i++) model[i] = BEAM_NONV;
  BeamTerm m = map_empty();
  for (int step = 0; step < 2000; step++) {
    unsigned live = 2, n = 1 + (unsigned)(step % 3);
    bp->x[0] = m;                       /* a live register holding a map */
    bp->x[1] = BEAM_SMALL(step);
    bp->x[live] = m;
    for (unsigned j = 0; j < n; j++) {
      int k = (step * 7 + (int)j * 13) % NKEYS;
      bp->x[live + 1 + 2 * j] = keys[k];
      bp->x[live + 2 + 2 * j] = BEAM_SMALL(step);
      model[k] = BEAM_SMALL(step);
    }
    BeamTerm r = beam_map_put(bp, live, n, BEAM_MAP_STRESS | BEAM_MAP_REASON);
    REQUIRE(r != BEAM_NONV);
    REQUIRE(bp->x[1] == BEAM_SMALL(step));
    REQUIRE(BEAM_IS_MAP(bp->x[0]));
    check_against_model(r);
    m = r;
  }
  ck_assert_ptr_null(gc_verify(proc));
}
END_TEST

START_TEST(put_instruction_errors) {
  make_keys();
  BeamTerm m = masked(0x3ull, 0);
  bp->x[0] = latom("notmap");
  bp->x[1] = keys[0];
  bp->x[2] = BEAM_SMALL(1);
  ck_assert(beam_map_put(bp, 0, 1, BEAM_MAP_REASON) == BEAM_NONV);
  ck_assert(BEAM_IS_TUPLE(bp->bif_reason) && BEAM_ELEMENT(bp->bif_reason, 0) == ATOM_BADMAP);
  /* exact: the first missing key in key order is reported */
  bp->x[0] = m;
  bp->x[1] = keys[5];
  bp->x[2] = BEAM_SMALL(1);
  bp->x[3] = keys[4];
  bp->x[4] = BEAM_SMALL(2);
  bp->x[5] = keys[0];
  bp->x[6] = BEAM_SMALL(3);
  ck_assert(beam_map_put(bp, 0, 3, BEAM_MAP_EXACT | BEAM_MAP_REASON) == BEAM_NONV);
  BeamTerm want = cmp_map_keys(keys[4], keys[5]) < 0 ? keys[4] : keys[5];
  ck_assert(BEAM_ELEMENT(bp->bif_reason, 0) == ATOM_BADKEY);
  ck_assert(BEAM_ELEMENT(bp->bif_reason, 1) == want);
  /* assoc of duplicate keys: the last pair wins */
  bp->x[0] = m;
  bp->x[1] = keys[9];
  bp->x[2] = BEAM_SMALL(1);
  bp->x[3] = keys[9];
  bp->x[4] = BEAM_SMALL(2);
  BeamTerm r = beam_map_put(bp, 0, 2, 0);
  m = bp->x[0]; /* it may have collected */
  ck_assert_uint_eq(map_size(r), 3);
  ck_assert(map_get(r, keys[9]) == BEAM_SMALL(2));
  /* nothing changes: the map itself */
  bp->x[0] = m;
  bp->x[1] = keys[0];
  bp->x[2] = map_get(m, keys[0]);
  ck_assert(beam_map_put(bp, 0, 1, BEAM_MAP_EXACT) == m);
}
END_TEST

START_TEST(big_from_pairs_sorted_and_reversed) {
  enum { N = 5000 };
  static BeamTerm kv[2 * N];
  for (int i = 0; i < N; i++) {
    kv[2 * i] = BEAM_SMALL(i % 2 ? N - i : i);
    kv[2 * i + 1] = BEAM_SMALL(i);
  }
  BeamTerm m = map_from_pairs(bp, kv, N);
  /* keys 0..N-1 with the odd i's N-i colliding with even ones */
  check_layout(m);
  for (int i = 0; i < N; i++) {
    BeamTerm key = kv[2 * i];
    int last = i;
    for (int j = i + 1; j < N; j++)
      if (kv[2 * j] == key) last = j;
    ck_assert(map_get(m, key) == BEAM_SMALL(last));
  }
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("map");
  TCase *tc = tcase_create("map");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, empty_and_singletons);
  tcase_add_test(tc, one_and_one_point_zero_differ);
  tcase_add_test(tc, random_put_update_remove);
  tcase_add_test(tc, from_pairs_last_wins);
  tcase_add_test(tc, merge_against_model);
  tcase_add_test(tc, merge_takes_the_second_key);
  tcase_add_test(tc, lists_and_iterator_chain);
  tcase_add_test(tc, put_instruction_collects);
  tcase_add_test(tc, put_instruction_errors);
  tcase_add_test(tc, big_from_pairs_sorted_and_reversed);
  suite_add_tcase(s, tc);
  return s;
}
