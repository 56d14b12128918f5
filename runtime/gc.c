/*
** gc.c — generational copying collector of a process's memory.
**
** Spaces.  A process's objects live in three places (proc.h): the young
** heap [heap, htop) at the start of its heap+stack block, the heap
** fragments beam_alloc made since the last collection, and the old heap
** [old_heap, old_htop).  A pointer to anywhere else is a literal: static
** data of generated code or of the runtime; it is never followed.
**
** Collections.  A minor collection copies the live young objects (young
** heap and fragments): those below the high-water mark hwm survived one
** collection already and are promoted to the end of the old heap, the
** others go to the to-space block.  The old heap is not a from-space: objects
** there point only to older objects (proc.h), so they hold no roots.  A
** full sweep copies every live object, young and old, into a new block
** and drops the old heap.  Either way hwm becomes the new htop, the stack
** moves to the end of the new block, the fragments are freed and the old
** block becomes the spare or is freed (Sizing).
**
** A full sweep happens instead of a minor collection when
**   - the caller asks for one (gc_collect with full), or
**   - GC_FULLSWEEP_AFTER minor collections were made since the last one, or
**   - the old heap may lack room for the promotion: its free words are
**     fewer than hwm - heap.  This is the case where a minor collection
**     cannot free enough: a minor collection always leaves `need` words
**     free in the young block, but space held by dead old objects comes
**     back only through a full sweep, and this is when the old heap has
**     filled up.
** The old heap is created when a minor collection first promotes, with
** room for twice the promotion (rounded up to the size series), so full
** sweeps come after the old generation has grown by a constant factor.
**
** Copying (Cheney).  Roots are evacuated first; then the new young heap
** and the promoted part of the old heap are scanned word by word until
** both scan pointers meet their allocation pointers: the to-spaces are the
** queue, and the C stack depth is constant whatever the shape of the
** terms.  A scan steps over a header together with the words that are
** not terms: all words of POSBIG, NEGBIG, REF, FLOAT and BIN, the entry
** pointer (word 1) of a FUN.  Every other word is a term.
**
** Forwarding.  When an object is copied its original is overwritten:
**   - a boxed object's header becomes a boxed pointer to the copy.  A live
**     header has primary tag 00, so tag 10 in a header position means
**     "moved"; the one header word is enough, even for {};
**   - a cons cell's car becomes BEAM_NONV, and its cdr the list pointer
**     to the copy.  No live cons cell has THE_NON_VALUE as its car.
** A second reference to a moved object picks up the copy, so sharing is
** preserved and every object is copied once.
**
** Sizing.  Block sizes follow a series: Fibonacci-like from GC_MIN_WORDS
** (233, 377, 610, ...) up to about a million words, then 20% steps.  The
** part of the block in use, [heap, hend), is the process's target, which
** each collection sets from two figures:
**   - what the live data calls for: L + L/2 + need, L the words of young
**     heap and stack the collection left.  So at least need + L/2 words
**     are free afterwards: blocks grow geometrically with the live data,
**     and the cost of collections stays linear in the words allocated and
**     pushed;
**   - the process's floor.  It starts at GC_MIN_WORDS.  A collection is
**     costly when it was due (the block or a fragment was full) and its
**     work, the words it copied and the stack it scanned plus
**     GC_FIXED_WORDS for its fixed costs, was more than 1/GC_GROW_RATIO of
**     the words asked for since the last one (allocated, and the need),
**     and more than the reductions the process spent since then (so a
**     process that mostly passes messages keeps erl's small heap).
**     GC_GROW_AFTER costly collections in a row double the floor, up to
**     GC_FLOOR_MAX.  So a process that allocates much and keeps little
**     soon gets a block in which collections are rare next to its
**     allocation, while an idle process, or one that seldom fills its
**     block, keeps a small one.  The floor does not come down: it is
**     bounded by GC_FLOOR_MAX, and it tells what the process does.
** The target rises at once to the larger of the two; it comes down to it
** only after GC_SHRINK_AFTER collections in a row found it more than
** GC_SHRINK_FACTOR times too big, so live data that comes and goes does
** not make the block swing.
**
** Blocks.  The to-space must hold the worst case (all B words of the
** from-space live but what is promoted, the S words of the stack, need)
** and the target: its capacity is max(target, the series size of B + S +
** need).  Copying fills it from its start; the stack is evacuated where
** it is and then copied to the end of the part in use, min(target,
** capacity) words, so nothing moves after the collection.  (When the
** capacity is short of the target, because live data grew past the
** rounding of the worst case, at least need words are free and the next
** collection's to-space has the target.)  The block copied from is kept
** as the process's spare when its capacity suits the target (target <=
** capacity <= 2 target) and is GC_SPARE_MIN words or more, else freed; a collection copies into the spare
** when it is large enough, so a process in a steady state swaps two
** blocks without allocating or freeing, and a large block's pages stay
** mapped.
** A block much larger than the target (a full sweep of a mostly dead old
** heap) is used for one collection cycle, its tail untouched, then freed.
** Blocks come from os_try_alloc_block, which has those of 8 MB and more
** aligned and marked for transparent huge pages (Linux).
*/
#include "gc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bin/bin.h"
#include "os/os.h"

#define WORD sizeof(BeamTerm)
#define FIB_LIMIT ((size_t)1 << 20)          /* then 20% steps */
#define MAX_WORDS (SIZE_MAX / WORD / 4)      /* no size beyond this */

#define IS_PTR(t) (((t)&BEAM_TAG_PRIMARY) - 1u < 2u) /* list or boxed */
#define IS_HEADER(t) (((t)&BEAM_TAG_PRIMARY) == BEAM_TAG_HEADER)
#define ADDR(p) ((uintptr_t)(p))

/* ---------------------------------------------------------------------- */
/* Memory                                                                  */
/* ---------------------------------------------------------------------- */

static _Noreturn void out_of_memory(size_t words) {
  os_out_of_memory("heap of %zu words", words);
}

static _Noreturn void corrupt(const char *what, BeamTerm w) {
  os_panic("beamrt: gc: corrupt heap (%s: 0x%llx)\n", what, (unsigned long long)w);
}

/* a + b, or out of memory when the sum overflows the size limit. */
static size_t add(size_t a, size_t b) {
  if (a > MAX_WORDS || b > MAX_WORDS - a) out_of_memory(a > b ? a : b);
  return a + b;
}

/*
** A block of n words; exits the program when there is none.  Large blocks
** are asked to be backed by huge pages where the system has them
** (os_try_alloc_block): a collection writes every word of its new block
** once, and page faults would otherwise cost as much as the copying.
*/
static BeamTerm *alloc_words(size_t n) {
  if (n == 0) n = 1;
  if (n > MAX_WORDS) out_of_memory(n);
  BeamTerm *m = os_try_alloc_block(n * WORD);
  if (m == NULL) out_of_memory(n);
  return m;
}

/*
** The smallest size of the series that is >= n (see the top comment).
** Consecutive sizes differ by a factor of at most 1.62.
*/
static size_t series_size(size_t n) {
  size_t a = GC_MIN_WORDS, b = 377;
  while (a < n) {
    if (a > MAX_WORDS / 2) out_of_memory(n);
    if (a < FIB_LIMIT) {
      size_t c = a + b;
      a = b;
      b = c;
    } else {
      a += a / 5;
    }
  }
  return a;
}

/* The block size for `used` words of heap and stack plus `need` free. */
static size_t block_size(size_t used, size_t need) {
  return series_size(add(add(used, used / 2), need));
}

/* ---------------------------------------------------------------------- */
/* Allocation outside the compiler's heap tests                            */
/* ---------------------------------------------------------------------- */

/*
** Links a fragment of at least n words in front of p->frags.  Fragments
** are at least as large as all earlier ones together, so their number
** stays logarithmic in the words allocated between collections.
*/
static HeapFrag *new_frag(Proc *p, size_t n) {
  size_t size = n;
  if (size < GC_FRAG_MIN) size = GC_FRAG_MIN;
  if (size < p->frag_words) size = p->frag_words;
  if (size > MAX_WORDS) out_of_memory(n);
  HeapFrag *f = os_try_alloc(sizeof(HeapFrag) + size * WORD);
  if (f == NULL) out_of_memory(size);
  f->next = p->frags;
  f->size = size;
  f->used = 0;
  p->frags = f;
  p->frag_words += size;
  p->pub.gc_wanted |= GC_WANTED; /* generated code collects after the BIF returns */
  return f;
}

/* n words from the first fragment of p, or a new one.  Out of line, so
   that beam_alloc's common path saves no registers. */
static BEAM_NOINLINE BeamTerm *frag_alloc(Proc *p, size_t n) {
  HeapFrag *f = p->frags;
  if (f == NULL || f->size - f->used < n) f = new_frag(p, n);
  BeamTerm *r = f->mem + f->used;
  f->used += n;
  return r;
}

/*
** n words for a BIF: from the block when that leaves BEAM_STACK_SLACK
** words free (the continuation a call site may push after the BIF), else
** from a fragment.  Never collects.
*/
BeamTerm *beam_alloc(BeamProc *bp, size_t n) {
  if (BEAM_UNLIKELY((size_t)(bp->stop - bp->htop) < n + BEAM_STACK_SLACK))
    return frag_alloc(PROC(bp), n);
  BeamTerm *r = bp->htop;
  bp->htop += n;
  return r;
}

/* Frees the fragments of p (their ProcBins are on p's lists). */
static void free_frags(Proc *p) {
  HeapFrag *f = p->frags;
  while (f != NULL) {
    HeapFrag *next = f->next;
    os_free(f);
    f = next;
  }
  p->frags = NULL;
  p->frag_words = 0;
}

void gc_frag_free(HeapFrag *f) {
  if (f == NULL) return;
  bin_release(&f->bins);
  os_free(f);
}

static void free_old_heap(Proc *p) {
  os_free(p->old_heap);
  p->old_heap = p->old_htop = p->old_hend = NULL;
}

void gc_init(Proc *p, size_t words) {
  size_t size = series_size(words);
  p->heap = p->hwm = p->pub.htop = alloc_words(size);
  p->hend = p->pub.stop = p->heap + size;
  p->block_cap = p->target = size;
  p->floor = GC_MIN_WORDS;
  p->costly = p->oversized = 0;
  p->spare = NULL;
  p->spare_cap = 0;
  p->old_heap = p->old_htop = p->old_hend = NULL;
  p->frags = NULL;
  p->frag_words = 0;
  p->minor_gcs = 0;
  p->bins = p->old_bins = NULL;
}

void gc_free(Proc *p) {
  bin_release(&p->bins); /* the ProcBins are in the memory freed below */
  bin_release(&p->old_bins);
  os_free(p->heap);
  os_free(p->spare);
  p->heap = p->hend = p->hwm = p->pub.htop = p->pub.stop = p->spare = NULL;
  p->block_cap = p->spare_cap = 0;
  free_old_heap(p);
  free_frags(p);
}

/* ---------------------------------------------------------------------- */
/* Roots and heap walks                                                    */
/* ---------------------------------------------------------------------- */

typedef void (*SlotFn)(void *ctx, BeamTerm *slot);

size_t gc_header_skip(BeamTerm h) {
  switch (BEAM_HEADER_SUB(h)) {
  case BEAM_SUB_TUPLE:
  case BEAM_SUB_EXPORT:
  case BEAM_SUB_MAP:
  case BEAM_SUB_HASHMAP:
  case BEAM_SUB_HAMT:
    return 1;
  case BEAM_SUB_SUBBIN:
    return 4;
  case BEAM_SUB_MATCHCTX:
    return 3;
  case BEAM_SUB_FUN:
    return BEAM_HEADER_ARITY(h) > 0 ? 2 : 1;
  case BEAM_SUB_POSBIG:
  case BEAM_SUB_NEGBIG:
  case BEAM_SUB_REF:
  case BEAM_SUB_FLOAT:
  case BEAM_SUB_BIN:
  case BEAM_SUB_REFBIN:
    return 1 + BEAM_HEADER_ARITY(h);
  default:
    corrupt("unknown header", h);
  }
}

/*
** Calls fn on every root slot of p: x[0..live-1], the term words of the
** stack (not the resume pointers, tag 00), and the roots of Proc.
*/
static void each_root(Proc *p, unsigned live, SlotFn fn, void *ctx) {
  for (unsigned i = 0; i < live; i++) fn(ctx, &p->pub.x[i]);
  for (BeamTerm *s = p->pub.stop; s < p->hend; s++)
    if (!IS_HEADER(*s)) fn(ctx, s);
  BeamTerm *fixed[] = {&p->dict,          &p->bs_error_info, &p->exc_class,    &p->exc_reason,
                       &p->exc_trace,     &p->exc_site.mod, &p->exc_site.fun,
                       &p->exc_site.args, &p->exc_site.error_info,
                       &p->result,        &p->pid,          &p->exit_reason};
  for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) fn(ctx, fixed[i]);
  /* messages a sender put on the heap (mailbox.c); those in their own
     fragments are outside every space and stay where they are */
  for (HeapFrag *m = p->mq_first; m != NULL; m = m->next) fn(ctx, &m->term);
  for (HeapFrag *m = atomic_load_explicit(&p->inq, memory_order_acquire);
       (uintptr_t)m > 1; m = m->next)
    if (m->kind == 0) fn(ctx, &m->term);
}

/* ---------------------------------------------------------------------- */
/* The copying collector                                                   */
/* ---------------------------------------------------------------------- */

typedef struct Span {
  uintptr_t lo, hi;
} Span;

/* One collection.  Addresses are compared as integers. */
typedef struct Gc {
  uintptr_t young, mark, htop; /* from-space young heap; below mark: promote */
  uintptr_t old, old_top;      /* from-space old heap (full sweep only) */
  Span *frags;                 /* fragments, sorted by address */
  size_t nfrags;
  BeamTerm *ytop;              /* allocation pointer of the new block */
  BeamTerm *otop;              /* allocation pointer of the old heap */
  uintptr_t old_lo;            /* sweep_bins: where promoted objects start */
} Gc;

static int span_cmp(const void *a, const void *b) {
  uintptr_t x = ((const Span *)a)->lo, y = ((const Span *)b)->lo;
  return x < y ? -1 : x > y;
}

/* Fills g->frags with the used parts of p's fragments; returns their words. */
static size_t collect_frags(Gc *g, const Proc *p) {
  size_t n = 0, words = 0;
  for (const HeapFrag *f = p->frags; f != NULL; f = f->next) n++;
  g->nfrags = n;
  g->frags = n ? os_try_alloc(n * sizeof(Span)) : NULL;
  if (n && g->frags == NULL) out_of_memory(n);
  n = 0;
  for (const HeapFrag *f = p->frags; f != NULL; f = f->next, n++) {
    g->frags[n].lo = ADDR(f->mem);
    g->frags[n].hi = ADDR(f->mem + f->used);
    words += f->used;
  }
  if (g->nfrags > 1) qsort(g->frags, g->nfrags, sizeof(Span), span_cmp);
  return words;
}

static bool in_frag(const Gc *g, uintptr_t a) {
  size_t lo = 0, hi = g->nfrags;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a < g->frags[mid].lo) hi = mid;
    else if (a >= g->frags[mid].hi) lo = mid + 1;
    else return true;
  }
  return false;
}

/*
** Where the object at ptr is copied to: the allocation pointer of its
** to-space, or NULL when it stays (old object in a minor collection, or a
** literal).
*/
static BeamTerm **dest(Gc *g, const BeamTerm *ptr) {
  uintptr_t a = ADDR(ptr);
  if (a - g->young < g->htop - g->young)
    return a < g->mark ? &g->otop : &g->ytop;
  if (a - g->old < g->old_top - g->old) return &g->ytop;
  if (g->nfrags != 0 && in_frag(g, a)) return &g->ytop;
  return NULL;
}

/* The copy of the cons cell at src (made now unless src is forwarded). */
static BeamTerm move_cons(BeamTerm **to, BeamTerm *src) {
  if (src[0] == BEAM_NONV) return src[1];
  BeamTerm *n = *to;
  *to = n + 2;
  n[0] = src[0];
  n[1] = src[1];
  src[0] = BEAM_NONV;
  src[1] = BEAM_MAKE_LIST(n);
  return src[1];
}

/* The copy of the boxed object at src (made now unless src is forwarded). */
static BeamTerm move_boxed(BeamTerm **to, BeamTerm *src) {
  BeamTerm h = src[0];
  if (BEAM_IS_BOXED(h)) return h;
  if (!IS_HEADER(h)) corrupt("boxed pointer to a non-header", h);
  size_t n = 1 + BEAM_HEADER_ARITY(h);
  BeamTerm *d = *to;
  *to = d + n;
  memcpy(d, src, n * WORD);
  src[0] = BEAM_MAKE_BOXED(d);
  return src[0];
}

/*
** Makes the term in *slot point to the to-space copy of its object,
** copying the object (not what it points to) if it was not yet copied.
** Immediates, literals and objects that stay are left alone.
*/
static inline void evacuate(void *ctx, BeamTerm *slot) {
  BeamTerm t = *slot;
  if (!IS_PTR(t)) return;
  Gc *g = ctx;
  BeamTerm **to = dest(g, BEAM_PTR(t));
  if (to == NULL) return;
  *slot = BEAM_IS_LIST(t) ? move_cons(to, BEAM_PTR(t)) : move_boxed(to, BEAM_PTR(t));
}

/* Evacuates the terms of the objects from s up to *top, which may grow. */
static BeamTerm *scan_area(Gc *g, BeamTerm *s, BeamTerm *const *top) {
  while (s != *top) {
    BeamTerm w = *s;
    if (IS_HEADER(w)) s += gc_header_skip(w);
    else if (IS_PTR(w)) evacuate(g, s++);
    else s++;
  }
  return s;
}

/* The Cheney loop: scans both to-spaces until nothing is left to copy. */
static void scan(Gc *g, BeamTerm *ys, BeamTerm *os) {
  while (ys != g->ytop || os != g->otop) {
    ys = scan_area(g, ys, &g->ytop);
    os = scan_area(g, os, &g->otop);
  }
}

/*
** True when a minor collection may promote [heap, hwm) into the old heap;
** creates the old heap when there is none and something to promote.
*/
static bool old_heap_has_room(Proc *p) {
  size_t promote = (size_t)(p->hwm - p->heap);
  if (promote == 0) return true;
  if (p->old_heap == NULL) {
    size_t size = series_size(add(promote, promote));
    p->old_heap = p->old_htop = alloc_words(size);
    p->old_hend = p->old_heap + size;
  }
  return (size_t)(p->old_hend - p->old_htop) >= promote;
}

/*
** Sets up g for a collection of p; returns the words that may be copied
** into the new block (all of the from-space but what is promoted).
*/
static size_t gc_setup(Gc *g, Proc *p, bool full) {
  g->young = ADDR(p->heap);
  g->htop = ADDR(p->pub.htop);
  g->mark = full ? g->young : ADDR(p->hwm);
  g->old = full ? ADDR(p->old_heap) : 0;
  g->old_top = full ? ADDR(p->old_htop) : 0;
  g->otop = full ? NULL : p->old_htop;
  size_t words = collect_frags(g, p);
  words += (size_t)(p->pub.htop - (full ? p->heap : p->hwm));
  if (full && p->old_heap != NULL) words += (size_t)(p->old_htop - p->old_heap);
  return words;
}

/*
** Checking builds (configure --enable-gc-stress defines BEAMRT_GC_VERIFY):
** the heap is verified before and after every collection, and the used
** parts of the block a collection leaves (its heap and its stack) are
** overwritten before the block is kept as the spare or freed, so a root
** the collector missed fails fast instead of reading stale data.
*/
#ifdef BEAMRT_GC_VERIFY
/* The words of everything p holds: heap, old heap, fragments, stack. */
static size_t proc_words(const Proc *p) {
  return (size_t)(p->hend - p->heap) + p->frag_words +
         (p->old_heap ? (size_t)(p->old_htop - p->old_heap) : 0);
}

/* Checks p's heap: at every collection while p is small, else once the
   words collected since the last check reach p's size (a check reads
   everything, a minor collection only the young objects). */
static void verify(Proc *p, const char *when) {
  size_t size = proc_words(p);
  if (size >= ((size_t)1 << 16) && p->unverified < size) return;
  p->unverified = 0;
  const char *err = gc_verify(p);
  if (err != NULL) {
    os_panic("beamrt: gc: heap check %s a collection failed: %s\n", when, err);
  }
}
#define VERIFY(p, when) verify(p, when)
#define POISON(mem, words) memset(mem, 0xA5, (words)*WORD)
#else
#define VERIFY(p, when) ((void)0)
#define POISON(mem, words) ((void)(mem), (void)(words))
#endif

/* ---------------------------------------------------------------------- */
/* Sizing policy and blocks                                                */
/* ---------------------------------------------------------------------- */

/* The words p allocated since its last collection: the young heap above
   the mark and the used words of the fragments. */
static size_t allocated(const Proc *p) {
  size_t words = (size_t)(p->pub.htop - p->hwm);
  for (const HeapFrag *f = p->frags; f != NULL; f = f->next) words += f->used;
  return words;
}

/*
** After a due collection: counts it as costly when its work (words copied
** and stack words scanned) plus GC_FIXED_WORDS exceeded 1/GC_GROW_RATIO
** of the words asked for since the last one, and the reductions the
** process spent since then too: a process that does much between its
** collections (one that mostly passes messages) keeps a small heap, as in
** erl, however little it keeps.  GC_GROW_AFTER costly ones
** in a row double p's floor (to a size of the series, at most
** GC_FLOOR_MAX).
*/
static void adapt_floor(Proc *p, size_t asked, size_t work) {
  uint64_t reds = proc_reductions(p), spent = reds - p->gc_reds;
  p->gc_reds = reds;
  work = add(work, GC_FIXED_WORDS);
  if (asked / GC_GROW_RATIO >= work || spent >= work) {
    p->costly = 0;
    return;
  }
  if (++p->costly < GC_GROW_AFTER || p->floor >= GC_FLOOR_MAX) return;
  p->costly = 0;
  size_t f = series_size(2 * p->floor);
  p->floor = f < GC_FLOOR_MAX ? f : GC_FLOOR_MAX;
}

/*
** Sets p's target after a collection that left `used` words of heap and
** stack: want = the larger of the floor and the size for used + need with
** headroom.  The target rises to want at once and comes down to it only
** when it was more than GC_SHRINK_FACTOR times want for GC_SHRINK_AFTER
** collections in a row.  Afterwards target >= want, or target was kept.
*/
static void adapt_target(Proc *p, size_t used, size_t need) {
  size_t want = block_size(used, need);
  if (want < p->floor) want = p->floor;
  if (want >= p->target || p->target / GC_SHRINK_FACTOR < want) {
    if (want > p->target) p->target = want;
    p->oversized = 0;
  } else if (++p->oversized >= GC_SHRINK_AFTER) {
    p->target = want;
    p->oversized = 0;
  }
}

/*
** A to-space of at least `words` words: the spare when it is as large,
** else a new block of exactly `words` (the spare, too small, is freed).
** *cap receives the block's words.  Afterwards p has no spare.
*/
static BeamTerm *take_block(Proc *p, size_t words, size_t *cap) {
  BeamTerm *b = p->spare;
  *cap = p->spare_cap;
  p->spare = NULL;
  p->spare_cap = 0;
  if (b != NULL && *cap >= words) return b;
  os_free(b);
  *cap = words;
  return alloc_words(words);
}

/* Keeps the block copied from, of cap words, as p's spare when it suits
   the target (target <= cap <= 2 target) and is of GC_SPARE_MIN words or
   more, else frees it: a small block costs little to allocate, and
   thousands of small processes need not hold two each. */
static void release_block(Proc *p, BeamTerm *block, size_t cap) {
  if (cap >= GC_SPARE_MIN && cap >= p->target && cap / 2 <= p->target) {
    p->spare = block;
    p->spare_cap = cap;
  } else {
    os_free(block);
  }
}

/*
** Makes the to-space nb (cap words, objects in [nb, ytop)) p's block: its
** part in use is min(target, cap) words, the stack is copied to its end,
** and the block copied from is kept or freed.  Assumes that part holds
** the objects, the stack and need free words (cap covers the worst case).
*/
static void install(Proc *p, BeamTerm *nb, size_t cap, BeamTerm *ytop) {
  size_t size = p->target < cap ? p->target : cap;
  size_t stack = (size_t)(p->hend - p->pub.stop);
  BeamTerm *nstop = nb + size - stack;
  memcpy(nstop, p->pub.stop, stack * WORD);
  /* the from-space holds nothing live now */
  POISON(p->heap, p->pub.htop - p->heap);
  POISON(p->pub.stop, stack);
  release_block(p, p->heap, p->block_cap);
  p->heap = nb;
  p->hend = nb + size;
  p->block_cap = cap;
  p->pub.stop = nstop;
  p->pub.htop = p->hwm = ytop;
}

/* ---------------------------------------------------------------------- */
/* A collection                                                            */
/* ---------------------------------------------------------------------- */

static int promoted_to(const void *ctx, const BeamTerm *a) {
  const Gc *g = ctx;
  return ADDR(a) - g->old_lo < ADDR(g->otop) - g->old_lo;
}

/* Keeps the ProcBins the collection copied, releases the others (bin.h):
   the young ones always, the old ones in a full sweep.  The young list
   goes first: a full sweep moves the old survivors onto it, and their
   copies must not be taken for dead ProcBins. */
static void sweep_bins(Proc *p, Gc *g, bool full) {
  g->old_lo = full ? 0 : ADDR(p->old_heap);
  bin_sweep(&p->bins, &p->bins, &p->old_bins, promoted_to, g);
  if (full) bin_sweep(&p->old_bins, &p->bins, &p->old_bins, promoted_to, g);
}

/* Finishes the generations after copying: a minor collection extends the
   old heap by what it promoted, a full sweep drops the old heap. */
static void end_generations(Proc *p, const Gc *g, bool full) {
  if (full) {
    free_old_heap(p);
    p->minor_gcs = 0;
  } else {
    p->old_htop = g->otop;
    p->minor_gcs++;
  }
}

/*
** Collects p (see the top comment).  Afterwards: stop - htop >= need; the
** roots point to the copies; fragments are gone; hwm == htop; a minor
** collection leaves the old heap extended by the promoted objects, a full
** sweep leaves no old heap; the block, the spare and the floor follow the
** sizing policy.
*/
void gc_collect(Proc *p, size_t need, unsigned live, bool full) {
  VERIFY(p, "before");
  if (p->pub.gc_wanted & GC_WANTED_FULL) full = true;
  p->pub.gc_wanted = 0;
  bool due = BEAM_HEAP_FREE(&p->pub) < need || p->frags != NULL;
  size_t asked = add(allocated(p), need);
  if (!full && (p->minor_gcs >= GC_FULLSWEEP_AFTER || !old_heap_has_room(p)))
    full = true;
  Gc g;
  size_t stack = (size_t)(p->hend - p->pub.stop);
  size_t bound = gc_setup(&g, p, full);
  size_t cap, worst = series_size(add(add(bound, stack), need));
  BeamTerm *nb = take_block(p, worst > p->target ? worst : p->target, &cap);
#ifdef BEAMRT_GC_VERIFY
  p->unverified += (size_t)(p->hend - p->heap) + p->frag_words;
#endif
  BeamTerm *promoted = g.otop;
  g.ytop = nb;
  each_root(p, live, evacuate, &g); /* the stack where it is */
  scan(&g, nb, promoted);
  sweep_bins(p, &g, full);
  size_t young = (size_t)(g.ytop - nb);
  size_t old = promoted != NULL ? (size_t)(g.otop - promoted) : 0;
  if (young > bound || (!full && promoted != NULL && g.otop > p->old_hend))
    corrupt("to-space overflow", (BeamTerm)bound);
  if (due) adapt_floor(p, asked, young + old + stack);
  adapt_target(p, young + stack, need);
  install(p, nb, cap, g.ytop);
  os_free(g.frags);
  free_frags(p);
  end_generations(p, &g, full);
  VERIFY(p, "after");
}

#ifdef BEAMRT_GC_VERIFY
/* Processes of up to this many words (heap, old heap and stack) collect
   at every heap test in a GC-stress program. */
#define STRESS_SMALL ((size_t)1 << 10)

/*
** GC-stress programs call beam_gc at every heap test.  A small process
** collects every time; a larger one once it has allocated 1/16 of its
** size since the last collection, so that a stress run stays linear in
** the work (a collection scans the whole stack: at every heap test, a
** body recursion a million calls deep would be quadratic).
*/
static bool stress_due(const Proc *p) {
  size_t size = (size_t)(p->hwm - p->heap) + (size_t)(p->hend - p->pub.stop) +
                (p->old_heap ? (size_t)(p->old_htop - p->old_heap) : 0);
  size_t fresh = (size_t)(p->pub.htop - p->hwm) + p->frag_words;
  return size < STRESS_SMALL || fresh * 16 >= size;
}
#define STRESS_SKIP(p, need) \
  (BEAM_HEAP_FREE(&(p)->pub) >= (need) && !stress_due(p))
#else
#define STRESS_SKIP(p, need) false
#endif

void beam_gc(BeamProc *bp, size_t need, unsigned live) {
  Proc *p = PROC(bp);
  if (STRESS_SKIP(p, need + BEAM_STACK_SLACK)) return;
  gc_collect(p, need + BEAM_STACK_SLACK, live, false);
}

/* ---------------------------------------------------------------------- */
/* Statistics and checking                                                 */
/* ---------------------------------------------------------------------- */

void gc_stats(const Proc *p, GcStats *st) {
  st->block = (size_t)(p->hend - p->heap);
  st->capacity = p->block_cap;
  st->spare = p->spare != NULL ? p->spare_cap : 0;
  st->target = p->target;
  st->floor = p->floor;
  st->heap_used = (size_t)(p->pub.htop - p->heap);
  st->stack = (size_t)(p->hend - p->pub.stop);
  st->old_size = p->old_heap ? (size_t)(p->old_hend - p->old_heap) : 0;
  st->old_used = p->old_heap ? (size_t)(p->old_htop - p->old_heap) : 0;
  st->frags = st->frag_words = st->frag_used = 0;
  for (const HeapFrag *f = p->frags; f != NULL; f = f->next) {
    st->frags++;
    st->frag_words += f->size;
    st->frag_used += f->used;
  }
  st->minor_gcs = p->minor_gcs;
}

enum { AREA_LITERAL, AREA_YOUNG, AREA_OLD, AREA_UNUSED };

static bool within(uintptr_t a, const BeamTerm *lo, const BeamTerm *hi) {
  return lo != NULL && a >= ADDR(lo) && a < ADDR(hi);
}

/* Which area of p address a is in; *end: the end of its used part.  The
   tail of the block past hend and the spare block are unused. */
static int area_of(const Proc *p, uintptr_t a, uintptr_t *end) {
  if (within(a, p->heap, p->pub.htop)) return *end = ADDR(p->pub.htop), AREA_YOUNG;
  if (within(a, p->pub.htop, p->hend)) return AREA_UNUSED;
  if (within(a, p->hend, p->heap + p->block_cap)) return AREA_UNUSED;
  if (p->spare != NULL && within(a, p->spare, p->spare + p->spare_cap)) return AREA_UNUSED;
  if (within(a, p->old_heap, p->old_htop)) return *end = ADDR(p->old_htop), AREA_OLD;
  if (within(a, p->old_htop, p->old_hend)) return AREA_UNUSED;
  for (const HeapFrag *f = p->frags; f != NULL; f = f->next) {
    if (within(a, f->mem, f->mem + f->used)) return *end = ADDR(f->mem + f->used), AREA_YOUNG;
    if (within(a, f->mem + f->used, f->mem + f->size)) return AREA_UNUSED;
  }
  return AREA_LITERAL;
}

static bool known_header(BeamTerm h) {
  unsigned sub = (unsigned)BEAM_HEADER_SUB(h);
  return sub <= BEAM_SUB_EXPORT || sub == BEAM_SUB_BIN || sub == BEAM_SUB_SUBBIN ||
         sub == BEAM_SUB_REFBIN || sub == BEAM_SUB_MAP || sub == BEAM_SUB_MATCHCTX ||
         sub == BEAM_SUB_HASHMAP || sub == BEAM_SUB_HAMT;
}

typedef struct Check {
  const Proc *p;
  const char *err;
  bool in_old; /* checking the old heap */
} Check;

/* Records in c what is wrong with the term in *slot, if anything. */
static void check_slot(void *ctx, BeamTerm *slot) {
  Check *c = ctx;
  BeamTerm t = *slot;
  uintptr_t end = 0, a = ADDR(BEAM_PTR(t));
  if (c->err != NULL || !IS_PTR(t)) return;
  int k = area_of(c->p, a, &end);
  if (k == AREA_LITERAL) return;
  if (k == AREA_UNUSED) c->err = "pointer to an unused word";
  else if (c->in_old && k == AREA_YOUNG) c->err = "old heap points to a young object";
  else if (BEAM_IS_LIST(t) && (end - a < 2 * WORD || BEAM_CAR(t) == BEAM_NONV))
    c->err = "bad or forwarded cons cell";
  else if (BEAM_IS_BOXED(t) && !IS_HEADER(BEAM_BOXED_HEADER(t)))
    c->err = "boxed pointer to a non-header (forwarded?)";
  else if (BEAM_IS_BOXED(t) &&
           (end - a) / WORD <= BEAM_HEADER_ARITY(BEAM_BOXED_HEADER(t)))
    c->err = "boxed object runs past its area";
}

/* Checks the objects of [s, end): headers known, sizes within, terms. */
static void check_objects(Check *c, BeamTerm *s, BeamTerm *end) {
  while (s < end && c->err == NULL) {
    BeamTerm w = *s;
    if (!IS_HEADER(w)) {
      check_slot(c, s++);
    } else if (!known_header(w)) {
      c->err = "unknown header";
    } else if (BEAM_HEADER_ARITY(w) >= (size_t)(end - s)) {
      c->err = "object runs past its area";
    } else {
      s += gc_header_skip(w);
    }
  }
}

const char *gc_verify(const Proc *p) {
  Check c = {p, NULL, false};
  if (p->pub.htop < p->heap || p->pub.stop < p->pub.htop || p->hend < p->pub.stop ||
      p->hwm < p->heap || p->hwm > p->pub.htop)
    return "block pointers out of order";
  check_objects(&c, p->heap, p->pub.htop);
  for (const HeapFrag *f = p->frags; f != NULL; f = f->next)
    check_objects(&c, (BeamTerm *)f->mem, (BeamTerm *)f->mem + f->used);
  each_root((Proc *)p, 0, check_slot, &c);
  c.in_old = true;
  if (p->old_heap != NULL) check_objects(&c, p->old_heap, p->old_htop);
  return c.err;
}
