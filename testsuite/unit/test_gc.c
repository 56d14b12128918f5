/*
** test_gc.c — the process garbage collector: every kind of object,
** sharing, literals, stack roots with resume pointers, fragments,
** promotion and full sweeps, sizing (the floor that grows with the rate
** of collections, the spare block, the slow shrink), deep terms and deep
** stacks, random mutation with collections at every step.
**
** Terms are built twice: in the process under test, and as a reference in
** an arena the collector sees as literal memory (it is outside every area
** of the process).  After collecting, the process's terms must be
** structurally equal to the reference, and after a full sweep the heap
** must hold exactly the words the reference reaches, each shared object
** counted once.
**
** GC_BENCH=1 in the environment makes the scale tests big (a 10-million
** cell list, a 30-million word stack) and prints their timings.
*/
#define _POSIX_C_SOURCE 200809L /* clock_gettime, fork, pipe */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "gc.h"

#include "bin/bin.h"
#include "bits.h"
#include "os/os.h"
#define UNIT_MALLOC_MAY_FAIL /* out_of_memory */
#include "unit.h"

#define W sizeof(BeamTerm)
/* ck_assert for loops: check records a mark point per passed assertion,
   which costs a write to a pipe. */
#define REQUIRE(c)                                                          \
  do {                                                                      \
    if (!(c)) ck_abort_msg("Assertion '%s' failed", #c);                    \
  } while (0)
#define NIL BEAM_NIL
#define SMALL(v) BEAM_SMALL(v)

/* ---------------------------------------------------------------------- */
/* Fixtures: the process, the reference arena, builders                    */
/* ---------------------------------------------------------------------- */

typedef struct Arena {
  BeamTerm *mem;
  size_t used, size;
} Arena;

static Proc *proc;
static BeamProc *bp;
static Arena arena;
static bool to_arena; /* where the builders allocate */

static const BeamAtom atom_a = {"a", 1, 0, 1}, atom_b = {"b", 1, 0, 1};
static const BeamAtom atom_m = {"m", 1, 0, 1}, atom_f = {"f", 1, 0, 1};
static const BeamMfa fun_mfa = {NULL, &atom_f, 3};
static const BeamFunEntry fun_entry = {&fun_mfa, NULL, 1, 2, 0, 0};
static const BeamResume cp_a = {NULL, 1, BEAM_RESUME_CP, 0, NULL, {"t.erl", 1}};
static const BeamResume cp_b = {NULL, 2, BEAM_RESUME_CP, 0, NULL, {"t.erl", 2}};
static const BeamResume catch_a = {NULL, 3, BEAM_RESUME_CATCH, 1, NULL, {"t.erl", 3}};
static const BeamResume bottom = {NULL, 0, BEAM_RESUME_BOTTOM, 0, NULL, {NULL, 0}};

/* Literals: static objects outside the process. */
static BeamTerm lit_mem[16] BEAM_ALIGNED(8);
static BeamTerm lit_tuple, lit_list, lit_float;

static void make_literals(void) {
  double d = 1.5;
  lit_mem[0] = BEAM_HEADER(2, BEAM_SUB_TUPLE);
  lit_mem[1] = BEAM_ATOM(atom_a);
  lit_mem[2] = SMALL(7);
  lit_mem[3] = SMALL(1);
  lit_mem[4] = BEAM_MAKE_LIST(lit_mem + 5);
  lit_mem[5] = SMALL(2);
  lit_mem[6] = NIL;
  lit_mem[7] = BEAM_HEADER(BEAM_FLOAT_WORDS, BEAM_SUB_FLOAT);
  memcpy(lit_mem + 8, &d, sizeof d);
  lit_tuple = BEAM_MAKE_BOXED(lit_mem);
  lit_list = BEAM_MAKE_LIST(lit_mem + 3);
  lit_float = BEAM_MAKE_BOXED(lit_mem + 7);
}

static void setup(void) {
  proc = calloc(1, sizeof *proc);
  ck_assert_ptr_nonnull(proc);
  bp = &proc->pub;
  bp->x = calloc(BEAM_MAX_X, sizeof *bp->x); /* a scheduler's registers */
  ck_assert_ptr_nonnull(bp->x);
  gc_init(proc, 0);
  proc->dict = proc->exc_reason = proc->exc_trace = proc->result = NIL;
  proc->exc_class = proc->exc_site.args = BEAM_NONV;
  proc->pid = (BeamTerm)(5 << 4) | BEAM_TAG_PID;
  arena.size = (size_t)1 << 21;
  arena.used = 0;
  arena.mem = malloc(arena.size * W);
  ck_assert_ptr_nonnull(arena.mem);
  to_arena = false;
  make_literals();
}

static void teardown(void) {
  gc_free(proc);
  free(bp->x);
  free(proc);
  free(arena.mem);
}

static BeamTerm *hp(size_t n) {
  if (!to_arena) return beam_alloc(bp, n);
  REQUIRE(arena.used + n <= arena.size);
  BeamTerm *r = arena.mem + arena.used;
  arena.used += n;
  return r;
}

/* n words of garbage in the process (n > 0): a dead bignum, so that the
   heap stays walkable for gc_verify (BIFs fill what they allocate). */
static void garbage(size_t n) {
  BeamTerm *g = beam_alloc(bp, n);
  g[0] = BEAM_HEADER(n - 1, BEAM_SUB_POSBIG);
  memset(g + 1, 0xA5, (n - 1) * W);
}

static BeamTerm cons(BeamTerm h, BeamTerm t) {
  BeamTerm *c = hp(2);
  c[0] = h;
  c[1] = t;
  return BEAM_MAKE_LIST(c);
}

static BeamTerm boxed(unsigned sub, size_t n, const BeamTerm *words) {
  BeamTerm *t = hp(n + 1);
  t[0] = BEAM_HEADER(n, sub);
  if (n) memcpy(t + 1, words, n * W);
  return BEAM_MAKE_BOXED(t);
}

#define COUNT(...) (sizeof((BeamTerm[]){__VA_ARGS__}) / W)
#define TUPLE(...) boxed(BEAM_SUB_TUPLE, COUNT(__VA_ARGS__), (BeamTerm[]){__VA_ARGS__})
#define RAW(sub, ...) boxed(sub, COUNT(__VA_ARGS__), (BeamTerm[]){__VA_ARGS__})

static BeamTerm flt(double d) {
  BeamTerm w[BEAM_FLOAT_WORDS];
  memcpy(w, &d, sizeof d);
  return boxed(BEAM_SUB_FLOAT, BEAM_FLOAT_WORDS, w);
}

static BeamTerm fun(const BeamFunEntry *e, BeamTerm v0, BeamTerm v1) {
  return boxed(BEAM_SUB_FUN, 3, (BeamTerm[]){(BeamTerm)e, v0, v1});
}

static BeamTerm bin(const void *bytes, size_t len) {
  size_t n = 1 + (len + W - 1) / W;
  BeamTerm words[8] = {len};
  ck_assert_uint_le(n, 8);
  memcpy(words + 1, bytes, len);
  return boxed(BEAM_SUB_BIN, n, words);
}

/* [0, 1, ..., n-1], built from the tail (cdrs point down). */
static BeamTerm int_list(size_t n) {
  BeamTerm l = NIL;
  for (size_t i = n; i-- > 0;) l = cons(SMALL((BeamSint)i), l);
  return l;
}

/* [0, 1, ..., n-1] in one block, head first (cdrs point up). */
static BeamTerm int_list_up(size_t n) {
  if (n == 0) return NIL;
  BeamTerm *c = hp(2 * n);
  for (size_t i = 0; i < n; i++) {
    c[2 * i] = SMALL((BeamSint)i);
    c[2 * i + 1] = i + 1 < n ? BEAM_MAKE_LIST(c + 2 * i + 2) : NIL;
  }
  return BEAM_MAKE_LIST(c);
}

static void check_int_list(BeamTerm l, size_t n) {
  for (size_t i = 0; i < n; i++, l = BEAM_CDR(l)) {
    REQUIRE(BEAM_IS_LIST(l) && BEAM_CAR(l) == SMALL((BeamSint)i));
  }
  REQUIRE(l == NIL);
}

/* ---------------------------------------------------------------------- */
/* Structural equality and reachable size (no recursion)                   */
/* ---------------------------------------------------------------------- */

typedef struct Work {
  BeamTerm *v;
  size_t n, cap;
} Work;

static void push(Work *w, BeamTerm t) {
  if (w->n == w->cap) {
    w->cap = w->cap ? 2 * w->cap : 1024;
    w->v = realloc(w->v, w->cap * W);
    REQUIRE(w->v != NULL);
  }
  w->v[w->n++] = t;
}

static bool raw_sub(unsigned sub) {
  return sub == BEAM_SUB_POSBIG || sub == BEAM_SUB_NEGBIG || sub == BEAM_SUB_REF ||
         sub == BEAM_SUB_FLOAT || sub == BEAM_SUB_BIN || sub == BEAM_SUB_REFBIN;
}

/* The index of the first term word of boxed object o (after the header). */
static size_t first_term(const BeamTerm *o) {
  unsigned sub = (unsigned)BEAM_HEADER_SUB(o[0]);
  if (raw_sub(sub)) return 1 + BEAM_HEADER_ARITY(o[0]);
  if (sub == BEAM_SUB_SUBBIN) return 4;
  return sub == BEAM_SUB_FUN ? 2 : 1;
}

/* Pairs of objects already compared: a's object to b's and back (keys of
   the way back have bit 0 set).  Open addressing. */
typedef struct Memo {
  uintptr_t *keys, *vals;
  size_t cap, n;
} Memo;

static size_t memo_slot(const Memo *m, uintptr_t k) {
  size_t i = (size_t)((k >> 3) * 0x9E3779B97F4A7C15ull) & (m->cap - 1);
  while (m->keys[i] != 0 && m->keys[i] != k) i = (i + 1) & (m->cap - 1);
  return i;
}

static void memo_grow(Memo *m) {
  Memo o = *m;
  m->cap = o.cap ? 2 * o.cap : 1024;
  m->keys = calloc(m->cap, sizeof(uintptr_t));
  m->vals = calloc(m->cap, sizeof(uintptr_t));
  for (size_t i = 0; i < o.cap; i++)
    if (o.keys[i] != 0) {
      size_t j = memo_slot(m, o.keys[i]);
      m->keys[j] = o.keys[i];
      m->vals[j] = o.vals[i];
    }
  free(o.keys);
  free(o.vals);
}

/* 1: k seen with partner v before; 0: new (recorded); -1: another partner. */
static int memo(Memo *m, uintptr_t k, uintptr_t v) {
  if (2 * (m->n + 1) > m->cap) memo_grow(m);
  size_t i = memo_slot(m, k);
  if (m->keys[i] == k) return m->vals[i] == v ? 1 : -1;
  m->keys[i] = k;
  m->vals[i] = v;
  m->n++;
  return 0;
}

/* True when a and b are the same term: same shape, same immediates, same
   raw words, same fun entries, and the same sharing (an object of a that
   is reached twice corresponds to one object of b, and back). */
static bool term_eq(BeamTerm a, BeamTerm b) {
  Work w = {0};
  Memo m = {0};
  bool ok = true;
  push(&w, a);
  push(&w, b);
  while (ok && w.n) {
    b = w.v[--w.n];
    a = w.v[--w.n];
    if (a == b) continue;
    if ((a & 3) != (b & 3) || !(BEAM_IS_LIST(a) || BEAM_IS_BOXED(a))) {
      ok = false;
      continue;
    }
    int seen = memo(&m, (uintptr_t)BEAM_PTR(a), (uintptr_t)BEAM_PTR(b));
    int back = memo(&m, (uintptr_t)BEAM_PTR(b) | 1, (uintptr_t)BEAM_PTR(a));
    if (seen != back || seen < 0) ok = false;
    if (seen != 0) continue;
    if (BEAM_IS_LIST(a)) {
      push(&w, BEAM_CDR(a)), push(&w, BEAM_CDR(b));
      push(&w, BEAM_CAR(a)), push(&w, BEAM_CAR(b));
    } else {
      const BeamTerm *pa = BEAM_PTR(a), *pb = BEAM_PTR(b);
      size_t n = BEAM_HEADER_ARITY(pa[0]), k = first_term(pa);
      ok = pa[0] == pb[0] && memcmp(pa + 1, pb + 1, (k - 1) * W) == 0;
      for (size_t i = k; ok && i <= n; i++) push(&w, pa[i]), push(&w, pb[i]);
    }
  }
  free(w.v);
  free(m.keys);
  free(m.vals);
  return ok;
}

/* Words of the arena objects reachable from roots, each counted once. */
static size_t arena_words(const BeamTerm *roots, size_t n) {
  unsigned char *seen = calloc(arena.size, 1);
  Work w = {0};
  size_t words = 0;
  for (size_t i = 0; i < n; i++) push(&w, roots[i]);
  while (w.n) {
    BeamTerm t = w.v[--w.n];
    if (!BEAM_IS_LIST(t) && !BEAM_IS_BOXED(t)) continue;
    BeamTerm *o = BEAM_PTR(t);
    if (o < arena.mem || o >= arena.mem + arena.used || seen[o - arena.mem]) continue;
    seen[o - arena.mem] = 1;
    if (BEAM_IS_LIST(t)) {
      words += 2;
      push(&w, o[0]), push(&w, o[1]);
    } else {
      size_t n1 = BEAM_HEADER_ARITY(o[0]);
      words += 1 + n1;
      for (size_t i = first_term(o); i <= n1; i++) push(&w, o[i]);
    }
  }
  free(w.v);
  free(seen);
  return words;
}

static GcStats stats(void) {
  GcStats st;
  gc_stats(proc, &st);
  return st;
}

static void verify(void) {
  const char *err = gc_verify(proc);
  if (err != NULL) ck_abort_msg("heap check: %s", err);
}

/* A minor collection, as beam_gc(bp, 0, live) makes one (but in a
   GC-stress build, whose beam_gc may skip it). */
static void minor(unsigned live) {
  gc_collect(proc, BEAM_STACK_SLACK, live, false);
  verify();
}

static void full(unsigned live) {
  gc_collect(proc, 0, live, true);
  verify();
  ck_assert_ptr_null(proc->old_heap);
}

static bool within(BeamTerm t, const BeamTerm *lo, const BeamTerm *hi) {
  uintptr_t a = (uintptr_t)BEAM_PTR(t);
  return a >= (uintptr_t)lo && a < (uintptr_t)hi;
}

static bool in_old(BeamTerm t) { return within(t, proc->old_heap, proc->old_htop); }
static bool in_young(BeamTerm t) { return within(t, proc->heap, bp->htop); }

/* ---------------------------------------------------------------------- */
/* Allocation                                                              */
/* ---------------------------------------------------------------------- */

START_TEST(init_and_free) {
  GcStats st = stats();
  ck_assert_uint_eq(st.block, GC_MIN_WORDS);
  ck_assert_uint_eq(st.capacity, GC_MIN_WORDS);
  ck_assert_uint_eq(st.floor, GC_MIN_WORDS);
  ck_assert_uint_eq(st.spare, 0);
  ck_assert_ptr_eq(bp->htop, proc->heap);
  ck_assert_ptr_eq(bp->stop, proc->hend);
  ck_assert_ptr_eq(proc->hwm, proc->heap);
  ck_assert_ptr_null(proc->old_heap);
  ck_assert_ptr_null(proc->frags);
  gc_free(proc);
  gc_init(proc, 5000);
  ck_assert_uint_ge(stats().block, 5000);
  verify();
}
END_TEST

START_TEST(alloc_block_then_fragments) {
  BeamTerm *a = beam_alloc(bp, 100);
  ck_assert_ptr_eq(a, proc->heap);
  ck_assert_ptr_eq(bp->htop, proc->heap + 100);
  BeamTerm *b = beam_alloc(bp, 200); /* 133 left: a fragment */
  REQUIRE(b < proc->heap || b >= proc->hend);
  ck_assert_uint_eq(stats().frags, 1);
  BeamTerm *c = beam_alloc(bp, 100); /* fits in the block still */
  ck_assert_ptr_eq(c, proc->heap + 100);
  for (int i = 0; i < 100000; i++) *beam_alloc(bp, 3) = SMALL(i);
  GcStats st = stats();
  ck_assert_uint_le(st.frags, 12); /* sizes double: logarithmic */
  ck_assert_uint_ge(st.frag_used, 300000);
  ck_assert_uint_le(st.frag_words, 2 * st.frag_used + 2 * GC_FRAG_MIN);
  beam_alloc(bp, 1000000);
  ck_assert_uint_eq(stats().frags, st.frags + 1);
  minor(0);
  st = stats();
  ck_assert_uint_eq(st.frags, 0);
  ck_assert_uint_eq(st.frag_words, 0);
  ck_assert_uint_eq(proc->frag_words, 0);
  ck_assert_uint_eq(st.heap_used, 0);
}
END_TEST

START_TEST(collect_empty_and_need) {
  for (int i = 0; i < 100; i++) minor(0);
  ck_assert_uint_eq(stats().block, GC_MIN_WORDS);
  size_t needs[] = {1, 233, 1000, 100000, 3000000};
  for (size_t i = 0; i < sizeof needs / sizeof needs[0]; i++) {
    beam_gc(bp, needs[i], 0);
    ck_assert_uint_ge(BEAM_HEAP_FREE(bp), needs[i]);
  }
  /* nothing live, nothing needed: back to a small block after
     GC_SHRINK_AFTER collections (asking for much is not collecting often:
     the floor stays) */
  for (int i = 1; i < GC_SHRINK_AFTER; i++) {
    minor(0);
    ck_assert_uint_ge(stats().block, 3000000);
  }
  minor(0);
  ck_assert_uint_le(stats().block, 1000);
  ck_assert_uint_le(stats().floor, 610);
  full(0);
  ck_assert_uint_le(stats().block, 1000);
  ck_assert_uint_le(stats().capacity, 1000); /* the big block is gone */
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Copying                                                                 */
/* ---------------------------------------------------------------------- */

/* A term with every kind of object; fake: a raw word that looks like a
   pointer into the young heap (the collector must not touch it). */
static BeamTerm every_kind(BeamTerm fake) {
  BeamTerm l = int_list(5);
  BeamTerm f = flt(3.25);
  BeamTerm big = RAW(BEAM_SUB_POSBIG, fake, BEAM_HEADER(1000000, BEAM_SUB_TUPLE));
  BeamTerm neg = RAW(BEAM_SUB_NEGBIG, fake);
  BeamTerm ref = RAW(BEAM_SUB_REF, fake, 1, BEAM_HEADER(2, BEAM_SUB_MAP));
  char bytes[24] = "hello, world";
  memcpy(bytes + 16, &fake, sizeof fake);
  BeamTerm b = bin(bytes, 16 + sizeof fake);
  BeamTerm sub = boxed(BEAM_SUB_SUBBIN, 4, (BeamTerm[]){3, 1, 0, b});
  BeamTerm fn = fun(&fun_entry, l, sub);
  BeamTerm ex = boxed(BEAM_SUB_EXPORT, 3,
                      (BeamTerm[]){BEAM_ATOM(atom_m), BEAM_ATOM(atom_f), SMALL(2)});
  BeamTerm keys = TUPLE(BEAM_ATOM(atom_a), BEAM_ATOM(atom_b));
  BeamTerm map = boxed(BEAM_SUB_MAP, 3, (BeamTerm[]){keys, fn, neg});
  BeamTerm empty = boxed(BEAM_SUB_TUPLE, 0, NULL);
  return TUPLE(l, big, ref, map, ex, empty, cons(f, cons(f, NIL)), lit_tuple, b);
}

START_TEST(copies_every_kind) {
  BeamTerm fake = BEAM_MAKE_LIST(proc->heap + 2);
  bp->x[0] = every_kind(fake);
  to_arena = true;
  BeamTerm ref = every_kind(fake);
  size_t words = arena_words(&ref, 1);
  REQUIRE(term_eq(bp->x[0], ref));
  for (int i = 0; i < 3; i++) {
    minor(1);
    REQUIRE(term_eq(bp->x[0], ref));
  }
  full(1);
  REQUIRE(term_eq(bp->x[0], ref));
  ck_assert_uint_eq(stats().heap_used, words);
  /* the fun keeps its entry, the float is shared, the literal stays */
  BeamTerm map = BEAM_ELEMENT(bp->x[0], 3);
  BeamTerm fn = BEAM_PTR(map)[2];
  REQUIRE(BEAM_PTR(fn)[1] == (BeamTerm)&fun_entry);
  BeamTerm fl = BEAM_ELEMENT(bp->x[0], 6);
  REQUIRE(BEAM_CAR(fl) == BEAM_CAR(BEAM_CDR(fl)));
  REQUIRE(BEAM_ELEMENT(bp->x[0], 7) == lit_tuple);
  /* the subbinary still points at the binary of element 8 */
  BeamTerm sub = BEAM_PTR(fn)[3];
  REQUIRE(BEAM_PTR(sub)[4] == BEAM_ELEMENT(bp->x[0], 8));
}
END_TEST

/* The references a test holds on a blob besides the ProcBins'. */
static size_t refs(const BinBlob *b) { return atomic_load(&b->refc); }

/*
** ProcBins (bin.h): a collection keeps those it copies on the list of
** their generation and releases the others; a full sweep moves the old
** ones back to the young list (the order of the two sweeps matters: a
** full sweep once took the moved survivors for dead ones).
*/
START_TEST(procbins_swept) {
  uint8_t *d;
  BeamTerm keep = bin_new(bp, 100, &d);
  memset(d, 7, 100);
  BinBlob *kb = bin_blob(keep), *db;
  atomic_fetch_add(&kb->refc, 1);
  db = bin_blob(bin_new(bp, 200, &d));
  atomic_fetch_add(&db->refc, 1);
  bp->x[0] = keep;
  minor(1);
  ck_assert_uint_eq(refs(db), 1); /* the dead ProcBin's reference is gone */
  ck_assert_uint_eq(refs(kb), 2);
  REQUIRE(proc->bins == BEAM_PTR(bp->x[0]) && proc->old_bins == NULL);
  minor(1);                       /* promoted now */
  REQUIRE(in_old(bp->x[0]));
  REQUIRE(proc->old_bins == BEAM_PTR(bp->x[0]) && proc->bins == NULL);
  garbage(50);
  full(1);
  ck_assert_uint_eq(refs(kb), 2);
  REQUIRE(proc->bins == BEAM_PTR(bp->x[0]) && proc->old_bins == NULL);
  Bits b;
  bits_of(bp->x[0], &b);
  REQUIRE(b.n == 800 && b.p[99] == 7);
  bp->x[0] = NIL;
  full(1);
  ck_assert_uint_eq(refs(kb), 1);
  REQUIRE(proc->bins == NULL);
  os_free(kb);
  os_free(db);
}
END_TEST

START_TEST(sharing_preserved) {
  BeamTerm l = int_list(10);
  BeamTerm t = TUPLE(l, l, l);
  BeamTerm s = int_list(4);
  BeamTerm f = flt(2.0);
  bp->x[0] = t;
  bp->x[1] = cons(SMALL(1), s);
  bp->x[2] = cons(SMALL(2), s);
  bp->x[3] = f;
  bp->x[4] = cons(f, cons(f, NIL));
  bp->x[5] = l;
  for (int round = 0; round < 4; round++) {
    if (round == 3) full(6);
    else minor(6);
    t = bp->x[0];
    REQUIRE(BEAM_ELEMENT(t, 0) == BEAM_ELEMENT(t, 1));
    REQUIRE(BEAM_ELEMENT(t, 1) == BEAM_ELEMENT(t, 2));
    REQUIRE(BEAM_ELEMENT(t, 0) == bp->x[5]);
    REQUIRE(BEAM_CDR(bp->x[1]) == BEAM_CDR(bp->x[2]));
    REQUIRE(BEAM_CAR(bp->x[4]) == bp->x[3]);
    REQUIRE(BEAM_CAR(BEAM_CDR(bp->x[4])) == bp->x[3]);
    check_int_list(bp->x[5], 10);
  }
  /* tuple 4 + list 20 + list 8 + two conses 4 + float + two conses 4 */
  ck_assert_uint_eq(stats().heap_used, 4 + 20 + 8 + 4 + 1 + BEAM_FLOAT_WORDS + 4);
}
END_TEST

START_TEST(literals_stay) {
  BeamTerm before[16];
  memcpy(before, lit_mem, sizeof before);
  bp->x[0] = TUPLE(lit_tuple, cons(lit_list, lit_float));
  bp->x[1] = lit_tuple;
  bp->x[2] = lit_list;
  bp->stop -= 2;
  bp->stop[0] = lit_float;
  bp->stop[1] = BEAM_RESUME_TERM(&bottom);
  proc->dict = lit_list;
  for (int round = 0; round < 5; round++) {
    if (round == 4) full(3);
    else minor(3);
    REQUIRE(BEAM_ELEMENT(bp->x[0], 0) == lit_tuple);
    REQUIRE(BEAM_CAR(BEAM_ELEMENT(bp->x[0], 1)) == lit_list);
    REQUIRE(BEAM_CDR(BEAM_ELEMENT(bp->x[0], 1)) == lit_float);
    REQUIRE(bp->x[1] == lit_tuple && bp->x[2] == lit_list);
    REQUIRE(bp->stop[0] == lit_float && proc->dict == lit_list);
    REQUIRE(memcmp(before, lit_mem, sizeof before) == 0);
  }
  ck_assert_uint_eq(stats().heap_used, 3 + 2);
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Roots                                                                   */
/* ---------------------------------------------------------------------- */

/* Pushes a frame of six words: resume pointers interleaved with terms. */
static void push_frame(BeamTerm heap_term, BeamSint i) {
  bp->stop -= 6;
  bp->stop[0] = BEAM_RESUME_TERM(i % 2 ? &cp_a : &cp_b);
  bp->stop[1] = heap_term;
  bp->stop[2] = BEAM_RESUME_TERM(&catch_a);
  bp->stop[3] = lit_tuple;
  bp->stop[4] = SMALL(i);
  bp->stop[5] = BEAM_ATOM(atom_a);
}

START_TEST(stack_roots_and_resume) {
  enum { FRAMES = 200 };
  BeamTerm refs[FRAMES];
  beam_gc(bp, 40 * FRAMES, 0); /* room for the terms and the stack */
  bp->stop -= 1;
  bp->stop[0] = BEAM_RESUME_TERM(&bottom);
  for (int i = 0; i < FRAMES; i++) {
    BeamTerm t[2];
    for (int k = 0; k < 2; k++) {
      to_arena = k == 1;
      t[k] = TUPLE(SMALL(i), int_list((size_t)i % 7), flt(i));
      if (i % 3 == 0) t[k] = cons(t[k], t[k]);
    }
    refs[i] = t[1];
    REQUIRE(BEAM_HEAP_FREE(bp) >= 6);
    push_frame(t[0], i);
  }
  size_t words = arena_words(refs, FRAMES);
  for (int round = 0; round < 6; round++) {
    if (round % 3 == 2) full(0);
    else minor(0);
    ck_assert_ptr_eq(bp->stop, proc->hend - (6 * FRAMES + 1));
    REQUIRE(proc->hend[-1] == BEAM_RESUME_TERM(&bottom));
    for (int i = 0; i < FRAMES; i++) {
      BeamTerm *f = proc->hend - 1 - 6 * (i + 1);
      REQUIRE(f[0] == BEAM_RESUME_TERM(i % 2 ? &cp_a : &cp_b));
      REQUIRE(f[2] == BEAM_RESUME_TERM(&catch_a));
      REQUIRE(f[3] == lit_tuple && f[4] == SMALL(i) && f[5] == BEAM_ATOM(atom_a));
      REQUIRE(term_eq(f[1], refs[i]));
      if (i % 3 == 0) REQUIRE(BEAM_CAR(f[1]) == BEAM_CDR(f[1]));
    }
  }
  ck_assert_uint_eq(stats().heap_used, words);
}
END_TEST

START_TEST(other_roots) {
  BeamTerm refs[6];
  for (int k = 0; k < 2; k++) {
    to_arena = k == 1;
    BeamTerm *r = k ? refs : (BeamTerm[6]){0};
    r[0] = cons(TUPLE(BEAM_ATOM(atom_a), int_list(3)), NIL);
    r[1] = TUPLE(BEAM_ATOM(atom_b), flt(1.0));
    r[2] = int_list(4);
    r[3] = cons(SMALL(1), cons(SMALL(2), NIL));
    r[4] = TUPLE(SMALL(9), r[2]);
    r[5] = BEAM_ATOM(atom_m);
    if (k == 0) {
      proc->dict = r[0];
      proc->exc_reason = r[1];
      proc->exc_trace = r[2];
      proc->exc_site.args = r[3];
      proc->result = r[4];
      proc->exc_class = r[5];
    }
  }
  BeamTerm pid = proc->pid;
  for (int round = 0; round < 4; round++) {
    if (round == 3) full(0);
    else minor(0);
    REQUIRE(term_eq(proc->dict, refs[0]));
    REQUIRE(term_eq(proc->exc_reason, refs[1]));
    REQUIRE(term_eq(proc->exc_trace, refs[2]));
    REQUIRE(term_eq(proc->exc_site.args, refs[3]));
    REQUIRE(term_eq(proc->result, refs[4]));
    REQUIRE(proc->exc_class == refs[5] && proc->pid == pid);
    REQUIRE(BEAM_ELEMENT(proc->result, 1) == proc->exc_trace);
  }
  ck_assert_uint_eq(stats().heap_used, arena_words(refs, 6));
}
END_TEST

/* A term spread over the block and fragments, pointers both ways. */
static BeamTerm frag_term(bool check) {
  BeamTerm l = int_list(50); /* in the block */
  BeamTerm elems[300];
  for (int i = 0; i < 300; i++) elems[i] = i % 2 ? l : SMALL(i);
  BeamTerm big = boxed(BEAM_SUB_TUPLE, 300, elems); /* too big: a fragment */
  BeamTerm small = cons(big, l);                    /* fits in the block */
  if (check) REQUIRE(in_young(small) && !in_young(big) && in_young(l));
  return TUPLE(small, int_list(3000), flt(4.5));
}

START_TEST(fragments_collected) {
  garbage(BEAM_HEAP_FREE(bp) - 200);
  bp->x[0] = frag_term(true);
  ck_assert_uint_ge(stats().frags, 1);
  verify();
  to_arena = true;
  BeamTerm ref = frag_term(false);
  minor(1);
  ck_assert_uint_eq(stats().frags, 0);
  REQUIRE(term_eq(bp->x[0], ref));
  minor(1);
  full(1);
  REQUIRE(term_eq(bp->x[0], ref));
  ck_assert_uint_eq(stats().heap_used, arena_words(&ref, 1));
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Generations                                                             */
/* ---------------------------------------------------------------------- */

START_TEST(promotion_to_old_heap) {
  gc_free(proc);
  gc_init(proc, 10000);
  bp->x[0] = TUPLE(int_list(10), flt(1.0), SMALL(3));
  size_t words = 4 + 20 + 1 + BEAM_FLOAT_WORDS;
  minor(1); /* survives once: young, below the mark */
  REQUIRE(in_young(bp->x[0]));
  ck_assert_ptr_eq(proc->hwm, bp->htop);
  ck_assert_uint_eq(stats().heap_used, words);
  ck_assert_uint_eq(stats().old_used, 0);
  minor(1); /* survives twice: promoted */
  REQUIRE(in_old(bp->x[0]));
  ck_assert_uint_eq(stats().old_used, words);
  ck_assert_uint_eq(stats().heap_used, 0);
  BeamTerm old = bp->x[0];
  minor(1); /* old objects do not move in a minor collection */
  REQUIRE(bp->x[0] == old);
  ck_assert_uint_eq(stats().old_used, words);
  /* a young object pointing to an old one */
  bp->x[1] = TUPLE(old, cons(SMALL(1), NIL));
  minor(2);
  REQUIRE(in_young(bp->x[1]) && BEAM_ELEMENT(bp->x[1], 0) == old);
  minor(2);
  REQUIRE(in_old(bp->x[1]) && BEAM_ELEMENT(bp->x[1], 0) == old);
  ck_assert_uint_eq(stats().old_used, words + 3 + 2);
  ck_assert_uint_eq(stats().minor_gcs, 5);
  check_int_list(BEAM_ELEMENT(old, 0), 10);
}
END_TEST

START_TEST(full_sweep_reclaims_old) {
  bp->x[0] = int_list(50);
  bp->x[1] = int_list(70);
  minor(2);
  minor(2);
  REQUIRE(in_old(bp->x[0]) && in_old(bp->x[1]));
  ck_assert_uint_eq(stats().old_used, 240);
  bp->x[1] = NIL;
  minor(1);
  ck_assert_uint_eq(stats().old_used, 240); /* minor: old garbage stays */
  full(1);
  ck_assert_uint_eq(stats().heap_used, 100);
  ck_assert_uint_eq(stats().minor_gcs, 0);
  check_int_list(bp->x[0], 50);
  minor(1); /* after a full sweep everything live is below the mark */
  REQUIRE(in_old(bp->x[0]));
  check_int_list(bp->x[0], 50);
}
END_TEST

START_TEST(full_sweep_when_old_full) {
  bp->x[0] = int_list(10);
  minor(1);
  minor(1);
  REQUIRE(in_old(bp->x[0]));
  size_t old_size = stats().old_size;
  bp->x[1] = int_list(old_size); /* twice the old heap */
  minor(2);
  REQUIRE(in_young(bp->x[1]));
  ck_assert_ptr_nonnull(proc->old_heap);
  minor(2); /* the promotion cannot fit: a full sweep */
  ck_assert_ptr_null(proc->old_heap);
  REQUIRE(in_young(bp->x[0]) && in_young(bp->x[1]));
  check_int_list(bp->x[0], 10);
  check_int_list(bp->x[1], old_size);
  minor(2); /* a new old heap, large enough for everything */
  REQUIRE(in_old(bp->x[0]) && in_old(bp->x[1]));
  check_int_list(bp->x[1], old_size);
}
END_TEST

START_TEST(full_sweep_after_count) {
  bp->x[0] = int_list(3);
  minor(1);
  minor(1);
  REQUIRE(in_old(bp->x[0]));
  unsigned n = 2;
  while (proc->old_heap != NULL) {
    bp->x[1] = cons(SMALL(n), NIL); /* garbage: a tiny young heap */
    beam_gc(bp, 0, 1);
    n++;
    REQUIRE(n <= GC_FULLSWEEP_AFTER + 1);
  }
  ck_assert_uint_eq(n, GC_FULLSWEEP_AFTER + 1);
  ck_assert_uint_eq(proc->minor_gcs, 0);
  verify();
  check_int_list(bp->x[0], 3);
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Sizing                                                                  */
/* ---------------------------------------------------------------------- */

START_TEST(grows_and_shrinks) {
  bp->x[0] = int_list(100000);
  minor(1);
  GcStats st = stats();
  ck_assert_uint_ge(st.block, 200000 + 100000); /* live plus headroom */
  ck_assert_uint_le(st.block, 200000 * 3);
  full(1);
  bp->x[0] = NIL;
  for (int i = 0; i < 10000; i++) cons(SMALL(i), NIL); /* garbage */
  for (int i = 0; i < GC_SHRINK_AFTER; i++) minor(0);
  ck_assert_uint_le(stats().block, 1000);
  /* need is honoured with live data present */
  bp->x[0] = int_list(1000);
  beam_gc(bp, 50000, 1);
  ck_assert_uint_ge(BEAM_HEAP_FREE(bp), 50000);
  check_int_list(bp->x[0], 1000);
  /* a stack that grows gets headroom; the block keeps the stack whole */
  for (int i = 0; i < 20000; i++) {
    if (BEAM_HEAP_FREE(bp) < 6) beam_gc(bp, 6, 1);
    push_frame(bp->x[0], i);
  }
  verify();
  ck_assert_uint_eq(stats().stack, 120000);
  ck_assert_uint_le(stats().block, 4 * 122000);
}
END_TEST

/* A shrink changes the block: every root and young object follows. */
START_TEST(shrink_keeps_roots) {
  bp->x[0] = int_list(20000);
  minor(1); /* a block sized for 40000 live words */
  for (int i = 1; i < GC_SHRINK_AFTER; i++) minor(1); /* the list is old now */
  ck_assert_uint_ge(stats().block, 40000);
  BeamTerm old = bp->x[0];
  BeamTerm t[2];
  for (int k = 0; k < 2; k++) {
    to_arena = k == 1;
    t[k] = TUPLE(int_list(3), flt(2.5), k ? NIL : old, cons(SMALL(7), NIL));
  }
  to_arena = false;
  bp->x[0] = t[0];
  proc->dict = cons(t[0], NIL);
  bp->stop -= 2;
  bp->stop[0] = BEAM_RESUME_TERM(&cp_a);
  bp->stop[1] = t[0];
  minor(1); /* the last of GC_SHRINK_AFTER that found it far too big */
  ck_assert_uint_le(stats().block, 1000);
  BeamTerm x = bp->x[0];
  REQUIRE(in_young(x) && in_young(BEAM_ELEMENT(x, 0)) && in_young(BEAM_ELEMENT(x, 3)));
  REQUIRE(BEAM_ELEMENT(x, 2) == old);
  BEAM_ELEMENT(x, 2) = NIL; /* for the comparison */
  REQUIRE(term_eq(x, t[1]));
  REQUIRE(bp->stop[1] == x && BEAM_CAR(proc->dict) == x);
  REQUIRE(bp->stop[0] == BEAM_RESUME_TERM(&cp_a));
  REQUIRE(bp->stop == proc->hend - 2);
  check_int_list(old, 20000);
}
END_TEST

/* A block far too big for the data comes down only after GC_SHRINK_AFTER
   collections in a row found it so; live data that comes back in between
   starts the count again. */
START_TEST(shrinks_after_several) {
  bp->x[0] = int_list(100000);
  minor(1);
  size_t big = stats().block;
  ck_assert_uint_ge(big, 300000);
  for (int round = 0; round < 2; round++) {
    bp->x[0] = NIL;
    for (int i = 1; i < GC_SHRINK_AFTER; i++) {
      minor(0);
      ck_assert_uint_eq(stats().block, big);
    }
    if (round == 0) { /* the data comes back */
      bp->x[0] = int_list(100000);
      minor(1);
      ck_assert_uint_eq(stats().block, big);
    }
  }
  minor(0);
  ck_assert_uint_le(stats().block, 1000);
  minor(0); /* the big blocks are freed, not kept as spares */
  ck_assert_uint_le(stats().capacity + stats().spare, 2000);
}
END_TEST

/*
** A loop as generated code runs it: a heap test for `words` words, then
** that many words of garbage (a dead bignum), until `total` words were
** allocated.  Returns the collections made.
*/
static unsigned garbage_loop(size_t total, size_t words, unsigned live) {
  unsigned gcs = 0;
  for (size_t done = 0; done < total; done += words) {
    if (BEAM_HEAP_FREE(bp) < words + BEAM_STACK_SLACK) {
      beam_gc(bp, words, live);
      gcs++;
    }
    BeamTerm *g = bp->htop;
    bp->htop += words;
    g[0] = BEAM_HEADER(words - 1, BEAM_SUB_POSBIG);
  }
  return gcs;
}

/* A process that allocates much and keeps little (a list and 200 frames)
   gets the largest floor, and then collects about once per GC_FLOOR_MAX
   words allocated; its data stays intact. */
START_TEST(floor_grows_for_garbage) {
  bp->x[0] = int_list(100);
  for (int i = 0; i < 200; i++) {
    if (BEAM_HEAP_FREE(bp) < 6 + BEAM_STACK_SLACK) beam_gc(bp, 6, 1);
    push_frame(bp->x[0], i);
  }
  size_t total = 4000000;
  unsigned gcs = garbage_loop(total, 8, 1);
  GcStats st = stats();
  ck_assert_uint_eq(st.floor, GC_FLOOR_MAX);
  ck_assert_uint_ge(st.block, GC_FLOOR_MAX);
  /* about total / (GC_FLOOR_MAX - live - stack), plus GC_GROW_AFTER at
     each smaller floor; a block of GC_MIN_WORDS would take 4000000 / 233 */
  ck_assert_uint_le(gcs, total / (GC_FLOOR_MAX - 2000) + 8 * GC_GROW_AFTER);
  verify();
  check_int_list(bp->x[0], 100);
  for (int i = 199; i >= 0; i--, bp->stop += 6) {
    REQUIRE(bp->stop[1] == bp->x[0] && bp->stop[4] == SMALL(i));
  }
  REQUIRE(bp->stop == proc->hend);
}
END_TEST

/* A process that allocates little keeps a small block: collections that
   were not due (explicit ones, stress mode's) leave the floor alone, and a
   few due ones raise it one step at most. */
START_TEST(idle_process_stays_small) {
  bp->x[0] = int_list(20);
  for (int i = 0; i < 100; i++) minor(1);
  GcStats st = stats();
  ck_assert_uint_eq(st.floor, GC_MIN_WORDS);
  ck_assert_uint_eq(st.block, GC_MIN_WORDS);
  unsigned gcs = garbage_loop(1000, 4, 1);
  ck_assert_uint_ge(gcs, GC_GROW_AFTER);
  st = stats();
  ck_assert_uint_le(st.floor, 610);
  ck_assert_uint_le(st.block, 610);
  ck_assert_uint_le(st.capacity + st.spare, 2 * 610);
  check_int_list(bp->x[0], 20);
}
END_TEST

/* In a steady state a collection copies into the block the one before
   left: two blocks take turns, nothing is allocated or freed. */
START_TEST(spare_block_reused) {
  bp->x[0] = int_list(50);
  garbage_loop(1000000, 10, 1);
  BeamTerm *a = proc->heap, *b = proc->spare;
  ck_assert_ptr_nonnull(b);
  for (int i = 0; i < 20; i++) {
    garbage(BEAM_HEAP_FREE(bp) - 20);
    beam_gc(bp, 20, 1);
    REQUIRE(proc->heap == (i % 2 ? a : b) && proc->spare == (i % 2 ? b : a));
  }
  ck_assert_uint_eq(stats().block, stats().floor);
  verify();
  check_int_list(bp->x[0], 50);
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Scale: deep terms, deep stacks                                          */
/* ---------------------------------------------------------------------- */

static bool bench(void) { return getenv("GC_BENCH") != NULL; }

/* CPU time of the process: what a collection costs, on a busy machine too. */
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

START_TEST(deep_lists) {
  size_t n = bench() ? 10000000 : 1000000;
  gc_free(proc);
  gc_init(proc, 2 * n + 1000);
  bp->x[0] = int_list_up(n); /* in the block, cdrs up */
  bp->x[1] = int_list(n);    /* in fragments, cdrs down */
  const char *what[] = {"minor (copy)", "minor (promote)", "minor (old)", "full"};
  for (int round = 0; round < 4; round++) {
    double t0 = now();
    if (round == 3) gc_collect(proc, 0, 2, true);
    else beam_gc(bp, 0, 2);
    double t = now() - t0;
    if (bench()) fprintf(stderr, "gc: %s of two %zu-cell lists: %.3f s cpu\n", what[round], n, t);
    verify();
    check_int_list(bp->x[0], n);
    check_int_list(bp->x[1], n);
  }
}
END_TEST

START_TEST(deep_nesting) {
  size_t n = 1000000;
  BeamTerm t = NIL, l = NIL;
  for (size_t i = 0; i < n; i++) {
    t = TUPLE(SMALL((BeamSint)i), t);
    l = cons(l, SMALL((BeamSint)i)); /* nested in the car */
  }
  bp->x[0] = t;
  bp->x[1] = l;
  minor(2);
  minor(2);
  full(2);
  t = bp->x[0];
  l = bp->x[1];
  for (size_t i = n; i-- > 0;) {
    REQUIRE(BEAM_ELEMENT(t, 0) == SMALL((BeamSint)i));
    REQUIRE(BEAM_CDR(l) == SMALL((BeamSint)i));
    t = BEAM_ELEMENT(t, 1);
    l = BEAM_CAR(l);
  }
  REQUIRE(t == NIL && l == NIL);
  ck_assert_uint_eq(stats().heap_used, 3 * n + 2 * n);
}
END_TEST

/*
** A non-tail recursion as generated code runs it: each level tests the
** heap (5 words: a 3-word frame and a cons), pushes a resume pointer, its
** counter and the list so far, and conses onto the list in x0.
*/
START_TEST(deep_recursion) {
  size_t depth = bench() ? 10000000 : 1000000;
  double t0 = now();
  bp->x[0] = NIL;
  for (size_t i = 0; i < depth; i++) {
    if (BEAM_HEAP_FREE(bp) < 5) beam_gc(bp, 5, 1);
    bp->stop -= 3;
    bp->stop[0] = BEAM_RESUME_TERM(&cp_a);
    bp->stop[1] = SMALL((BeamSint)i);
    bp->stop[2] = bp->x[0];
    BeamTerm *c = bp->htop;
    bp->htop += 2;
    c[0] = SMALL((BeamSint)i);
    c[1] = bp->x[0];
    bp->x[0] = BEAM_MAKE_LIST(c);
  }
  double t1 = now();
  ck_assert_uint_eq(stats().stack, 3 * depth);
  if (bench()) fprintf(stderr, "gc: %zu-deep recursion with collections: %.3f s cpu\n", depth, t1 - t0);
  beam_gc(bp, 0, 1);
  double t2 = now();
  full(1);
  double t3 = now();
  if (bench())
    fprintf(stderr, "gc: stack of %zu words + %zu cells: minor %.3f s, full %.3f s cpu\n",
            3 * depth, depth, t2 - t1, t3 - t2);
  BeamTerm cur = bp->x[0];
  for (size_t i = depth; i-- > 0;) {
    REQUIRE(bp->stop[0] == BEAM_RESUME_TERM(&cp_a));
    REQUIRE(bp->stop[1] == SMALL((BeamSint)i));
    REQUIRE(BEAM_CAR(cur) == SMALL((BeamSint)i));
    REQUIRE(bp->stop[2] == BEAM_CDR(cur));
    cur = bp->stop[2];
    bp->stop += 3;
  }
  REQUIRE(cur == NIL && bp->stop == proc->hend);
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Random mutation, stress mode                                            */
/* ---------------------------------------------------------------------- */

enum { POOL = 16, MAXSTACK = 4000 };

static uint64_t rng;
static BeamTerm fake_word; /* raw data that looks like a young pointer */

static unsigned rnd(unsigned n) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (unsigned)(rng % n);
}

/* A new term over the pool: the same calls of rnd() in both targets. */
static BeamTerm random_term(const BeamTerm *pool) {
  BeamTerm a = pool[rnd(POOL)], b = pool[rnd(POOL)];
  switch (rnd(12)) {
  case 0: return cons(a, b);
  case 1: return TUPLE(a, b, pool[rnd(POOL)]);
  case 2: return flt((double)rnd(1000) / 8);
  case 3: return RAW(BEAM_SUB_POSBIG, fake_word, fake_word + 1);
  case 4: return fun(&fun_entry, a, b);
  case 5: return bin("abcdefghij", rnd(10));
  case 6: return boxed(BEAM_SUB_MAP, 3, (BeamTerm[]){TUPLE(SMALL(1), SMALL(2)), a, b});
  case 7: return int_list(rnd(20));
  case 8: return TUPLE(lit_tuple, a);
  case 9: return boxed(BEAM_SUB_TUPLE, 0, NULL);
  case 10: return cons(a, a);
  default: return SMALL(rnd(100));
  }
}

/* Steps of random building, stack pushes and pops and collections (at
   every step when every is set, with need 0, as in stress mode). */
static void random_run(uint64_t seed, int steps, bool every) {
  BeamTerm ref[POOL], refstack[MAXSTACK], refdict = NIL;
  size_t depth = 0, saw_old = 0, saw_frags = 0;
  rng = seed;
  for (int i = 0; i < POOL; i++) bp->x[i] = ref[i] = NIL;
  for (int step = 0; step < steps; step++) {
    unsigned op = rnd(20), slot = rnd(POOL);
    if (op < 10) {
      uint64_t saved = rng;
      fake_word = BEAM_MAKE_LIST(proc->heap);
      to_arena = false;
      BeamTerm t = random_term(bp->x);
      rng = saved;
      to_arena = true;
      ref[slot] = random_term(ref);
      bp->x[slot] = t;
    } else if (op < 13 && depth < MAXSTACK) {
      if (BEAM_HEAP_FREE(bp) < 2) beam_gc(bp, 2, POOL);
      bp->stop -= 2;
      bp->stop[0] = BEAM_RESUME_TERM(&cp_b);
      bp->stop[1] = bp->x[slot];
      refstack[depth++] = ref[slot];
    } else if (op < 15 && depth > 0) {
      REQUIRE(bp->stop[0] == BEAM_RESUME_TERM(&cp_b));
      REQUIRE(term_eq(bp->stop[1], refstack[--depth]));
      bp->stop += 2;
    } else if (op == 15) {
      gc_collect(proc, rnd(300), POOL, rnd(4) == 0);
    } else if (op == 16) {
      garbage(1 + rnd(2000)); /* maybe in a fragment */
    } else if (op == 17) {
      proc->dict = bp->x[slot]; /* the same term from more roots */
      refdict = ref[slot];
      ref[(slot + 1) % POOL] = ref[slot];
      bp->x[(slot + 1) % POOL] = bp->x[slot];
    }
    saw_old += proc->old_htop != proc->old_heap;
    saw_frags += proc->frags != NULL;
    if (every) beam_gc(bp, 0, POOL);
    if (step % 500 == 0 || step == steps - 1) {
      verify();
      for (int i = 0; i < POOL; i++) REQUIRE(term_eq(bp->x[i], ref[i]));
      REQUIRE(term_eq(proc->dict, refdict));
    }
  }
  if (bench())
    fprintf(stderr, "steps %d: old heap in use %zu, fragments %zu, final stack %zu\n", steps,
            saw_old, saw_frags, depth);
  ck_assert_uint_gt(saw_old, 0);
  ck_assert_uint_gt(saw_frags, 0);
  gc_collect(proc, 0, POOL, true);
  verify();
  static BeamTerm roots[POOL + MAXSTACK + 1];
  memcpy(roots, ref, sizeof ref);
  memcpy(roots + POOL, refstack, depth * W);
  roots[POOL + depth] = refdict;
  ck_assert_uint_eq(stats().heap_used, arena_words(roots, POOL + depth + 1));
}

START_TEST(random_mutation) { random_run(0x9e3779b97f4a7c15ull * (uint64_t)(_i + 1), 20000, false); }
END_TEST

START_TEST(stress_every_step) { random_run(12345 + (uint64_t)_i, 5000, true); }
END_TEST

/* ---------------------------------------------------------------------- */
/* Errors                                                                  */
/* ---------------------------------------------------------------------- */

START_TEST(verify_catches_bad_pointer) {
  proc->dict = BEAM_MAKE_LIST(bp->htop + 4); /* into the free space */
  ck_assert_ptr_nonnull(gc_verify(proc));
  proc->dict = NIL;
  beam_gc(bp, GC_SPARE_MIN, 0); /* a block large enough to be kept */
  minor(0); /* the block left is the spare now: a stale pointer into it */
  ck_assert_ptr_nonnull(proc->spare);
  proc->dict = BEAM_MAKE_LIST(proc->spare + 2);
  ck_assert_ptr_nonnull(gc_verify(proc));
  proc->dict = NIL;
  BeamTerm t = TUPLE(SMALL(1));
  BEAM_PTR(t)[0] = BEAM_HEADER(1, 7); /* unknown subtag */
  ck_assert_ptr_nonnull(gc_verify(proc));
}
END_TEST

/* Runs beam_gc with an impossible need in a child: it must exit(1) and
   say so on stderr; buf receives what it said. */
static void expect_oom(size_t need, char *buf, size_t size) {
  int fd[2];
  ck_assert_int_eq(pipe(fd), 0);
  pid_t pid = fork();
  ck_assert_int_ge(pid, 0);
  if (pid == 0) {
    dup2(fd[1], 2);
    beam_gc(bp, need, 0);
    _exit(0);
  }
  close(fd[1]);
  memset(buf, 0, size);
  size_t got = 0;
  ssize_t n;
  while (got < size - 1 && (n = read(fd[0], buf + got, size - 1 - got)) > 0) got += (size_t)n;
  close(fd[0]);
  int status;
  waitpid(pid, &status, 0);
  REQUIRE(got > 0);
  REQUIRE(WIFEXITED(status) && WEXITSTATUS(status) == 1);
}

START_TEST(out_of_memory) {
  char want[100], got[400];
  size_t huge = (size_t)1 << (BEAM_WORD_BITS - 2); /* beyond any size */
  /* beam_gc asks for the words and the stack slack */
  snprintf(want, sizeof want, "beamrt: out of memory (heap of %zu words)\n",
           huge + BEAM_STACK_SLACK);
  expect_oom(huge, got, sizeof got);
  ck_assert_str_eq(got, want);
  /* malloc fails: 2^59 bytes on a 64-bit target, 3 GiB of a 32-bit
     one's 4 GiB of address space (a board, or qemu-user, may well give
     2^24 words) */
  expect_oom(BEAM_WORD_BITS == 64 ? (size_t)1 << 56 : (size_t)3 << 28, got, sizeof got);
  /* (a sanitizer may warn first) */
  ck_assert_ptr_nonnull(strstr(got, "beamrt: out of memory (heap of "));
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("gc");
  TCase *tc = tcase_create("gc");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 600);
  tcase_add_test(tc, init_and_free);
  tcase_add_test(tc, alloc_block_then_fragments);
  tcase_add_test(tc, collect_empty_and_need);
  tcase_add_test(tc, copies_every_kind);
  tcase_add_test(tc, sharing_preserved);
  tcase_add_test(tc, literals_stay);
  tcase_add_test(tc, stack_roots_and_resume);
  tcase_add_test(tc, other_roots);
  tcase_add_test(tc, fragments_collected);
  tcase_add_test(tc, promotion_to_old_heap);
  tcase_add_test(tc, full_sweep_reclaims_old);
  tcase_add_test(tc, full_sweep_when_old_full);
  tcase_add_test(tc, full_sweep_after_count);
  tcase_add_test(tc, grows_and_shrinks);
  tcase_add_test(tc, shrink_keeps_roots);
  tcase_add_test(tc, shrinks_after_several);
  tcase_add_test(tc, floor_grows_for_garbage);
  tcase_add_test(tc, idle_process_stays_small);
  tcase_add_test(tc, spare_block_reused);
  tcase_add_test(tc, procbins_swept);
  tcase_add_test(tc, deep_lists);
  tcase_add_test(tc, deep_nesting);
  tcase_add_test(tc, deep_recursion);
  tcase_add_loop_test(tc, random_mutation, 0, 4);
  tcase_add_loop_test(tc, stress_every_step, 0, 2);
  tcase_add_test(tc, verify_catches_bad_pointer);
  tcase_add_test(tc, out_of_memory);
  suite_add_tcase(s, tc);
  return s;
}
