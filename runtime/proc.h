/*
** proc.h — the runtime's view of a process (internal).
**
** Memory of a process:
**
**   heap                     htop          stop                 hend
**   | young objects ... free ...           | Erlang stack ...   |
**
** One block (os_try_alloc_block) holds the young heap (growing up) and
** the stack (growing down); htop <= stop.  The block may be longer than
** [heap, hend) (`block_cap` words): the collector sizes the part in use
** by its policy and reuses blocks (gc.c), so their capacity and use
** differ.
** Objects allocated by BIFs when the block is full go into heap fragments
** (`frags`), which the next collection empties.  Objects that survived a
** collection below the high-water mark `hwm` are promoted to the old heap
** [old_heap, old_htop) by the next minor collection.  Pointers to
** anything outside the young heap, fragments and old heap point to
** literals (static data) and are never followed by the collector.  A
** process may also hold a spare block for its next collection.
**
** Invariants the collector relies on:
**   - every word of the stack is a term or a BeamResume pointer (tag 00);
**   - an object never points to a younger object, except tuples written by
**     set_tuple_element right after they were built (no safe point between);
**   - nothing but the roots listed in gc.c points into the young heap.
*/
#ifndef BEAMRT_PROC_H
#define BEAMRT_PROC_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "beamrt.h"

/*
** A heap fragment: words a BIF allocated outside the block, or a signal
** (a message, an exit signal, ...) with the terms it carries.  A signal
** travels in the receiver's queues (mailbox.c); a message taken out of
** the queue joins the receiver's fragments, which the next collection
** empties, so a message is copied once, by its sender.
*/
typedef struct HeapFrag {
  struct HeapFrag *next;
  size_t size, used;    /* words of mem */
  unsigned kind;        /* SIG_*: what the fragment carries as a signal */
  BeamTerm from;        /* signal: the sender's pid */
  BeamTerm term;        /* signal: the message, or the exit reason */
  uint64_t id;          /* signal: a monitor's reference number, a timer's */
  BeamTerm name;        /* signal: the name a monitor was made by, or 0 */
  BeamTerm *bins;       /* the ProcBins in mem (bin.h), or NULL */
  BeamTerm mem[];
} HeapFrag;

/* A monitor a process holds (`mine`: it monitors `pid`) or is the target
   of (`pid` monitors it); `ref` is the reference's number, `name` the
   registered name it was made by, or 0. */
typedef struct Monitor {
  uint64_t ref;
  BeamTerm pid;
  BeamTerm name;
  bool mine;
} Monitor;

/* Where an exception was raised: what the stack trace's top frames say. */
typedef struct ExcSite {
  BeamTerm mod, fun;    /* atoms of the top frame */
  BeamTerm args;        /* the top frame's argument list, or its arity (a
                           small integer) */
  BeamLoc loc;
  bool bif;             /* the top frame is a BIF's: it gets error_info,
                           and the caller's frame follows it */
  BeamTerm error_info;  /* erlang:error/3's {error_info, I} to add to
                           the location of the top frame, or 0 */
  const BeamMfa *caller;/* for a BIF: the calling function ... */
  BeamLoc caller_loc;   /* ... and the line of the call */
} ExcSite;

typedef struct Proc {
  BeamProc pub;               /* must be first: generated code sees this */
  BeamTerm *heap, *hend;      /* the block: heap start, stack bottom */
  BeamTerm *hwm;              /* high-water mark of the last collection */
  size_t block_cap;           /* words of the block (>= hend - heap) */
  BeamTerm *spare;            /* a block kept for the next collection */
  size_t spare_cap;           /* its words */
  size_t target;              /* the size [heap, hend) the sizing policy wants
                                 (gc.c); >= hend - heap */
  size_t floor;               /* the least target: grows while collections
                                 are frequent (gc.c) */
  unsigned costly;            /* costly collections in a row (gc.c) */
  unsigned oversized;         /* collections in a row that found the block
                                 far too big */
  BeamTerm *old_heap, *old_htop, *old_hend;
  HeapFrag *frags;
  size_t frag_words;          /* total words in fragments */
  unsigned minor_gcs;         /* since the last full sweep */
  BeamTerm *bins;             /* ProcBins of the young heap and fragments */
  BeamTerm *old_bins;         /* ProcBins of the old heap (bin.h) */
  size_t unverified;          /* words collected since the last heap check
                                 (GC-stress builds, gc.c) */

  /* The pending exception (exc_class is BEAM_NONV when none). */
  BeamTerm exc_class, exc_reason, exc_trace;
  ExcSite exc_site;

  BeamTerm dict;              /* process dictionary: list of {Key, Value} */
  BeamTerm bs_error_info;     /* a failed bs_create_bin's cause, until
                                 beam_raise_bs raises it ([] when none) */
  BeamTerm pid;
  BeamTerm result;            /* x0 when the process finished */
  _Atomic int state;          /* PROC_*: written by its scheduler, read
                                 by others */

  /* Scheduling (sched.c). */
  struct Proc *rq_next;       /* the run queue's link */
  atomic_int active;          /* 1 while in a run queue or running */
  atomic_int heap_held;       /* HEAP_*: its heap is in use: it runs (or
                                 has ended), a sender copies a message
                                 onto it, or another process looks at it
                                 (proc_heap_*, sched_hold) */
  atomic_bool wanted;         /* another process waits to look at it:
                                 its next reduction check yields */
  _Atomic unsigned prio;      /* PRIO_*: read by who wakes it */
  unsigned skipped;           /* low priority: times passed over */
  uint64_t reductions;        /* counted at the end of each slice */
  uint64_t retired;           /* ended: the grace period to wait (sched.c) */
  uint64_t gc_reds;           /* reductions at the last collection (gc.c) */
  BeamTerm *xsave;            /* the live X registers while switched out */
  unsigned nxsave, xsave_cap;
  BeamTerm xsave_inline[4];
  BeamTerm exit_reason;       /* BEAM_NONV, or why the process must end */
  bool trap_exit;
  bool waiting;               /* suspended in a receive */
  bool timed_out;             /* the receive timer fired */
  atomic_bool timed;          /* a BIF timer was aimed at it, maybe by
                                 another process (bif_timer.c) */
  uint64_t recv_timer;        /* the receive's timer, 0 when none */

  /* Messages and signals (mailbox.c, signal.c). */
  _Atomic(HeapFrag *) inq;    /* pushed by senders, newest first */
  HeapFrag *mq_first;         /* the private queue, oldest first */
  HeapFrag **mq_last;         /* its last link */
  HeapFrag **mq_save;         /* the save pointer: the link to the next
                                 message a receive looks at */
  size_t mq_len;

  /* Links, monitors, name (signal.c, registry.c). */
  BeamTerm *links;
  unsigned n_links, links_cap;
  Monitor *mons;
  unsigned n_mons, mons_cap;
  BeamTerm name;              /* registered name, or 0 */
  BeamTerm group_leader;
  BeamTerm init_mod, init_fun;/* initial call */
  unsigned init_arity;
  BeamResume *start;          /* a start point sched_spawn_code made, or
                                 NULL; such a process is freed by the
                                 caller of sched_run_until, not by the
                                 scheduler */
  size_t min_heap;            /* spawn_opt/process_flag min_heap_size */
  size_t max_heap;            /* max_heap_size, 0: none */
} Proc;

enum { PROC_RUNNABLE, PROC_WAITING, PROC_RUNNING, PROC_EXITED };

/* Reductions in a time slice (sched.c). */
#define SCHED_SLICE 4000

/* The reductions p has spent, this slice's included (p is running). */
static inline uint64_t proc_reductions(const Proc *p) {
  return p->reductions + (uint64_t)(SCHED_SLICE - p->pub.fcalls);
}
enum { PRIO_MAX, PRIO_HIGH, PRIO_NORMAL, PRIO_LOW };

/*
** Who has a process's heap (Proc.heap_held): nobody (FREE); its
** scheduler, a sender or an inspector (HELD); the process itself while it
** waits in a BIF to look at another (LENT: an inspector may take it, as
** LENT_TAKEN, to read it and handle its signals, but never allocates on
** it, so what the process reserved stays reserved).
*/
enum { HEAP_FREE, HEAP_HELD, HEAP_LENT, HEAP_LENT_TAKEN };

/* p's heap for a sender to copy a message onto: true when taken, false
   at once when anyone else has it (the message then goes in a
   fragment). */
static inline bool proc_heap_try(Proc *p) {
  int free = HEAP_FREE;
  return atomic_compare_exchange_strong_explicit(&p->heap_held, &free, HEAP_HELD,
                                                 memory_order_acquire, memory_order_relaxed);
}
/* p's heap for the scheduler that runs p: waits out a sender's copy or
   an inspection, which are short. */
static inline void proc_heap_take(Proc *p) {
  while (!proc_heap_try(p))
    while (atomic_load_explicit(&p->heap_held, memory_order_relaxed) != HEAP_FREE) continue;
}
/* Gives p's heap back (what was written on it is visible to the next
   taker). */
static inline void proc_heap_give(Proc *p) {
  atomic_store_explicit(&p->heap_held, HEAP_FREE, memory_order_release);
}

#define PROC(p) ((Proc *)(p))

#endif
