/*
** mailbox.c — a process's signal queues and selective receive
** (mailbox.h).
**
** The in-queue is a stack of signals linked through `next`, pushed with a
** compare-and-swap: any thread may push, none takes a lock, and a
** sender's signals keep their order.  The receiver swaps the whole stack
** out at once and reverses it.  A closed queue (the process is exiting)
** holds the marker CLOSED, which makes every push fail, so no signal is
** left behind in a process that is gone: its sender answers it instead
** (signal.c).
**
** The private queue is a list of messages, oldest first, with `mq_last`
** the link to append at and `mq_save` the save pointer: the link whose
** message the next loop_rec looks at.  A message is one heap fragment
** holding a copy of the term the sender made; remove_message moves it to
** the process's fragments, from which the next collection copies what is
** live.  Messages still queued point only into their own fragment, which
** the collector takes for a literal and does not follow.  A sender copies
** the message straight onto the receiver's heap instead when it can take
** that heap (proc_heap_try fails while the receiver runs: its scheduler
** holds the heap for the slice) and it has room (mbox_send), as erl does
** when it gets the receiver's lock: then the signal is a node with a
** term, the queues are roots of the receiver's collector (gc.c), and the
** message costs the receiver no fragment.
*/
#include "mailbox.h"

#include "bin/bin.h"
#include "copy.h"
#include "gc.h"
#include "os/os.h"
#include "sched.h"
#include "signal.h"
#include "timer.h"

#define CLOSED ((HeapFrag *)(uintptr_t)1)

HeapFrag *mbox_signal(unsigned kind, BeamTerm from, size_t words) {
  HeapFrag *s = os_alloc(sizeof *s + words * sizeof(BeamTerm), "message");
  s->next = NULL;
  s->size = words;
  s->used = 0;
  s->kind = kind;
  s->from = from;
  s->term = BEAM_NIL;
  s->id = 0;
  s->name = 0;
  s->bins = NULL;
  return s;
}

HeapFrag *mbox_message(BeamTerm from, BeamTerm t) {
  size_t n = copy_size(t);
  HeapFrag *s = mbox_signal(SIG_MSG, from, n);
  BeamTerm *hp = s->mem;
  s->term = copy_term(t, &hp, &s->bins);
  s->used = n;
  return s;
}

bool mbox_send(Proc *to, bool self, BeamTerm from, BeamTerm t) {
  size_t n = copy_size(t);
  bool held = !self && proc_heap_try(to);
  BeamTerm *hp = NULL;
  if (self) hp = beam_alloc(&to->pub, n);
  else if (held && BEAM_HEAP_FREE(&to->pub) >= n + BEAM_STACK_SLACK) hp = to->pub.htop, to->pub.htop += n;
  HeapFrag *s;
  if (hp != NULL) {
    s = mbox_signal(SIG_MSG, from, 0);
    s->term = copy_term(t, &hp, &to->bins);
  } else {
    s = mbox_message(from, t);
  }
  /* pushed before the heap is given back: a collection of `to` then
     finds the message among its roots */
  bool ok = mbox_push(to, s);
  if (held) proc_heap_give(to);
  if (!ok) gc_frag_free(s);
  return ok;
}

bool mbox_push(Proc *p, HeapFrag *s) {
  HeapFrag *head = atomic_load_explicit(&p->inq, memory_order_relaxed);
  do {
    if (head == CLOSED) return false;
    s->next = head;
  } while (!atomic_compare_exchange_weak_explicit(
      &p->inq, &head, s, memory_order_release, memory_order_relaxed));
  sched_wake(p);
  return true;
}

bool mbox_pending(Proc *p) {
  HeapFrag *head = atomic_load_explicit(&p->inq, memory_order_relaxed);
  return head != NULL && head != CLOSED;
}

/* The list l, newest first, in arrival order. */
static HeapFrag *reverse(HeapFrag *l) {
  HeapFrag *r = NULL;
  while (l != NULL) {
    HeapFrag *n = l->next;
    l->next = r;
    r = l;
    l = n;
  }
  return r;
}

/* Puts the signals of l (arrival order) back under whatever came since. */
static void put_back(Proc *p, HeapFrag *l) {
  HeapFrag *rev = reverse(l), *last = rev;
  while (last->next != NULL) last = last->next;
  HeapFrag *head = atomic_load_explicit(&p->inq, memory_order_relaxed);
  do {
    last->next = head;
  } while (!atomic_compare_exchange_weak_explicit(
      &p->inq, &head, rev, memory_order_release, memory_order_relaxed));
}

void mbox_fetch(Proc *p) {
  HeapFrag *l = atomic_load_explicit(&p->inq, memory_order_relaxed);
  if (l == NULL || l == CLOSED) return;
  l = reverse(atomic_exchange_explicit(&p->inq, NULL, memory_order_acquire));
  while (l != NULL) {
    HeapFrag *s = l;
    l = l->next;
    s->next = NULL;
    sig_handle(p, s);
    if (p->exit_reason != BEAM_NONV && l != NULL) {
      put_back(p, l);
      return;
    }
  }
}

void mbox_append(Proc *p, HeapFrag *m) {
  m->next = NULL;
  *p->mq_last = m;
  p->mq_last = &m->next;
  p->mq_len++;
}

HeapFrag *mbox_close(Proc *p) {
  HeapFrag *l = atomic_exchange_explicit(&p->inq, CLOSED, memory_order_acquire);
  return l == CLOSED ? NULL : reverse(l);
}

void mbox_free(Proc *p) {
  for (HeapFrag *m = p->mq_first, *n; m != NULL; m = n) {
    n = m->next;
    gc_frag_free(m);
  }
  p->mq_first = NULL;
  p->mq_last = p->mq_save = &p->mq_first;
  p->mq_len = 0;
}

void mbox_remove(Proc *p, HeapFrag **l) {
  HeapFrag *m = *l;
  *l = m->next;
  if (p->mq_last == &m->next) p->mq_last = l;
  if (p->mq_save == &m->next) p->mq_save = l;
  p->mq_len--;
  gc_frag_free(m);
}

/* ---- the receive instructions (beamrt.h) --------------------------------- */

BeamTerm beam_loop_rec(BeamProc *bp) {
  Proc *p = PROC(bp);
  if (*p->mq_save == NULL) {
    mbox_fetch(p);
    if (*p->mq_save == NULL || p->exit_reason != BEAM_NONV) return BEAM_NONV;
  }
  return (*p->mq_save)->term;
}

void beam_loop_rec_end(BeamProc *bp) {
  Proc *p = PROC(bp);
  p->mq_save = &(*p->mq_save)->next;
}

/* The receive is over: back to the first message, no timer. */
static void receive_done(Proc *p) {
  p->mq_save = &p->mq_first;
  if (p->recv_timer != 0) tmr_cancel_receive(p);
  p->timed_out = false;
}

void beam_remove_message(BeamProc *bp) {
  Proc *p = PROC(bp);
  HeapFrag *m = *p->mq_save;
  *p->mq_save = m->next;
  if (p->mq_last == &m->next) p->mq_last = p->mq_save;
  p->mq_len--;
  if (m->used == 0) {
    gc_frag_free(m);
  } else { /* the message's words become the process's */
    m->next = p->frags;
    p->frags = m;
    p->frag_words += m->size;
    bin_splice(&p->bins, &m->bins);
  }
  receive_done(p);
}

int beam_wait(BeamProc *bp, BeamTerm timeout) {
  Proc *p = PROC(bp);
  if (p->exit_reason == BEAM_NONV && timeout != BEAM_NONV && p->recv_timer == 0) {
    if (p->timed_out) return BEAM_WAIT_TIMEOUT;
    int r = tmr_start_receive(p, timeout);
    if (r != BEAM_WAIT_SUSPEND) return r;
  }
  p->waiting = true;
  return BEAM_WAIT_SUSPEND;
}

void beam_timeout(BeamProc *bp) { receive_done(PROC(bp)); }
