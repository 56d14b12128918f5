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

/* Minor collections after which the next collection is a full sweep
   (the BEAM's default fullsweep_after). */
#ifndef GC_FULLSWEEP_AFTER
#define GC_FULLSWEEP_AFTER 65535
#endif

/* The smallest heap fragment beam_alloc makes, in words. */
#define GC_FRAG_MIN 1024

/* Gives p a fresh block of at least `words` words (never fewer than
   GC_MIN_WORDS): empty heap, empty stack, no old heap, no fragments.
   The other roots of p (dict, exc_*, exc_site's terms, result, pid) are
   the caller's to set: any word whose primary tag is not list or boxed (0
   included) is safe for a collection. */
void gc_init(Proc *p, size_t words);

/* Releases the block, the old heap and the fragments of p. */
void gc_free(Proc *p);

/* Collects p so that afterwards stop - htop >= need; x[0..live-1] are
   roots.  A minor collection unless `full` or the policy (gc.c) says a
   full sweep.  beam_gc(p, need, live) is gc_collect(p, need, live, false). */
void gc_collect(Proc *p, size_t need, unsigned live, bool full);

/* Memory figures of a process, in words. */
typedef struct GcStats {
  size_t block;        /* the heap+stack block */
  size_t heap_used;    /* htop - heap */
  size_t stack;        /* hend - stop */
  size_t old_size, old_used;
  size_t frags, frag_words, frag_used;
  unsigned minor_gcs;  /* since the last full sweep */
} GcStats;

void gc_stats(const Proc *p, GcStats *st);

/* Checks the heap of p: every object parses, every pointer in the young
   heap, the old heap, the fragments and the stack points into a used part
   of one of them or outside all of them (a literal), the old heap points
   to nothing younger.  Returns NULL, or what is wrong. */
const char *gc_verify(const Proc *p);

#endif
