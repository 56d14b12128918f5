/*
** gc.h — the garbage collector of a process's memory (see proc.h).
**
** gc.c owns a process's heap+stack block, its heap fragments and its old
** heap: gc_init creates them, the collector replaces them, gc_free
** releases them.  Generated code reaches the collector through beam_gc
** and BIFs allocate through beam_alloc (both declared in beamrt.h).
*/
#ifndef BEAMRT_GC_H
#define BEAMRT_GC_H

#include <stdbool.h>
#include <stddef.h>

#include "proc.h"

/* The smallest heap+stack block, in words (the BEAM's default too). */
#define GC_MIN_WORDS 233

/* The sizing policy of the block (gc.c, "Sizing").  A due collection
   whose work (words copied, stack words scanned, plus GC_FIXED_WORDS)
   exceeds 1/GC_GROW_RATIO of the words asked for since the last one is
   costly; GC_GROW_AFTER costly ones in a row double the process's floor,
   up to GC_FLOOR_MAX words (a size of the series: 362 KB on 64-bit
   hosts; larger blocks come from live data).  The block comes down to
   what the data calls for after GC_SHRINK_AFTER collections in a row
   found it GC_SHRINK_FACTOR times too big. */
#ifndef GC_FLOOR_MAX
#define GC_FLOOR_MAX 46368
#endif
#define GC_GROW_RATIO 32
#define GC_FIXED_WORDS 64
#define GC_GROW_AFTER 3
#define GC_SHRINK_FACTOR 4
#define GC_SHRINK_AFTER 3

/* Minor collections after which the next collection is a full sweep
   (the BEAM's default fullsweep_after). */
#ifndef GC_FULLSWEEP_AFTER
#define GC_FULLSWEEP_AFTER 65535
#endif

/* The smallest block kept as a spare for the next collection (gc.c). */
#ifndef GC_SPARE_MIN
#define GC_SPARE_MIN 4181
#endif

/* The smallest heap fragment beam_alloc makes, in words. */
#define GC_FRAG_MIN 1024

/* Gives p a fresh block of at least `words` words (never fewer than
   GC_MIN_WORDS): empty heap, empty stack, no old heap, no fragments, no
   spare block, the smallest floor.
   The other roots of p (dict, exc_*, exc_site's terms, result, pid) are
   the caller's to set: any word whose primary tag is not list or boxed (0
   included) is safe for a collection. */
void gc_init(Proc *p, size_t words);

/* Releases the block, the spare block, the old heap and the fragments of
   p, and p's references to binaries. */
void gc_free(Proc *p);

/* Frees a fragment that is no process's (a signal's), releasing the
   references of the ProcBins in it; NULL is ignored. */
void gc_frag_free(HeapFrag *f);

/* Bits of BeamProc.gc_wanted: a BIF left objects in fragments; a BIF
   (garbage_collect/0) asks for a full sweep.  Generated code collects
   after a BIF that set either. */
#define GC_WANTED 1
#define GC_WANTED_FULL 2

/* Collects p so that afterwards stop - htop >= need; x[0..live-1] are
   roots.  A minor collection unless `full` or the policy (gc.c) says a
   full sweep.  beam_gc(p, need, live) is gc_collect(p, need, live, false). */
void gc_collect(Proc *p, size_t need, unsigned live, bool full);

/* The words to step over at header h in a walk of a heap: the header and
   those of its words that are not terms (the rest are).  Panics on an
   unknown subtag. */
size_t gc_header_skip(BeamTerm h);

/* Memory figures of a process, in words. */
typedef struct GcStats {
  size_t block;        /* the heap+stack block in use (hend - heap) */
  size_t capacity;     /* the words allocated for it */
  size_t spare;        /* the spare block's words, 0 without one */
  size_t target, floor;/* of the sizing policy */
  size_t heap_used;    /* htop - heap */
  size_t stack;        /* hend - stop */
  size_t old_size, old_used;
  size_t frags, frag_words, frag_used;
  unsigned minor_gcs;  /* since the last full sweep */
} GcStats;

void gc_stats(const Proc *p, GcStats *st);

/* Checks the heap of p: every object parses, every pointer in the young
   heap, the old heap, the fragments and the stack points into a used part
   of one of them or outside all of them and the spare block (a literal),
   the old heap points to nothing younger.  Returns NULL, or what is
   wrong. */
const char *gc_verify(const Proc *p);

#endif
