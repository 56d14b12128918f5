/*
** mailbox.h — a process's signal queues (prefix mbox_).
**
** Senders push signals (messages, exit signals, link and monitor
** requests, timeouts; signal.h) onto the receiver's in-queue, a
** lock-free stack, without any lock of the receiver.  Only the receiver
** takes them off (mbox_fetch): it reverses them into arrival order and
** handles each (sig_handle), which appends the messages to its private
** queue.  Selective receive walks the private queue with the save pointer
** (beamrt.h: beam_loop_rec and the rest, defined in mailbox.c).
*/
#ifndef BEAMRT_MAILBOX_H
#define BEAMRT_MAILBOX_H

#include "proc.h"

/* A signal of `kind` from pid `from`, with room for `words` words of
   terms; its term is [] and its id and name 0. */
HeapFrag *mbox_signal(unsigned kind, BeamTerm from, size_t words);
/* A message: a copy of t in a new signal of kind SIG_MSG. */
HeapFrag *mbox_message(BeamTerm from, BeamTerm t);
/* Sends a copy of t to process `to` as a message from pid `from`: the
   copy on to's heap when the sender can take it (proc_heap_try: to is
   not running) and it has room, or on to's heap through beam_alloc when
   `self` (the sender is to), else in a fragment (mbox_message).  False
   when to is exiting and takes no more signals. */
bool mbox_send(Proc *to, bool self, BeamTerm from, BeamTerm t);
/* Pushes s onto p's in-queue and wakes p; false (s untouched) when p is
   exiting and takes no more signals. */
bool mbox_push(Proc *p, HeapFrag *s);
/* Takes the in-queue and handles its signals in arrival order.  Stops
   early when one ends the process (p->exit_reason is set): the rest are
   put back for mbox_close. */
void mbox_fetch(Proc *p);
/* True when signals wait in p's in-queue. */
bool mbox_pending(Proc *p);
/* Appends message m to the private queue. */
void mbox_append(Proc *p, HeapFrag *m);
/* Closes p's in-queue for good; returns the signals it held, in arrival
   order (the caller answers and frees them). */
HeapFrag *mbox_close(Proc *p);
/* Takes the message *l out of the private queue and frees it (nothing of
   the process may point into it: it was never received). */
void mbox_remove(Proc *p, HeapFrag **l);
/* Frees the private queue's messages. */
void mbox_free(Proc *p);

#endif
