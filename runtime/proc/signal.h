/*
** signal.h — signals between processes (prefix sig_): messages, exit
** signals, links, monitors, receive timeouts.
**
** Everything one process does to another goes as a signal through the
** other's in-queue (mailbox.h), and only the receiver changes its own
** state when it handles the signal (sig_handle).  So signals from one
** process to another arrive in the order sent, messages included, and a
** process's links and monitors are its own to change: nothing here takes
** a lock.  The sender of a signal to a process that is gone answers for
** it (a link gets noproc, a monitor an immediate 'DOWN').
*/
#ifndef BEAMRT_SIGNAL_H
#define BEAMRT_SIGNAL_H

#include "proc.h"

enum {
  SIG_MSG,          /* term: the message */
  SIG_EXIT,         /* exit/2: term the reason */
  SIG_EXIT_LINKED,  /* a linked process ended: term the reason */
  SIG_LINK,         /* from links itself to the receiver */
  SIG_UNLINK,
  SIG_MONITOR,      /* from monitors the receiver: id the reference,
                       name the registered name used, or 0 */
  SIG_DEMONITOR,    /* id: the reference */
  SIG_DOWN,         /* a monitored process ended: term the whole 'DOWN'
                       message, id the reference */
  SIG_TIMEOUT,      /* id: the receive timer that fired */
  SIG_GROUP_LEADER  /* term: the new group leader */
};

/* Sends a copy of msg to pid `to`; false when no such process lives. */
bool sig_send_msg(Proc *from, BeamTerm to, BeamTerm msg);
/* An exit signal (SIG_EXIT or SIG_EXIT_LINKED) with a copy of reason. */
bool sig_send_exit(BeamTerm from, BeamTerm to, BeamTerm reason, unsigned kind);
/* A signal with no term: link, unlink, monitor, demonitor, timeout,
   group leader (the pid in `name`). */
bool sig_send(BeamTerm from, BeamTerm to, unsigned kind, uint64_t id, BeamTerm name);
/* The 'DOWN' message of monitor `ref` of process/name `obj` to `to`. */
void sig_send_down(BeamTerm from, BeamTerm to, uint64_t ref, BeamTerm obj,
                   BeamTerm reason);

/* Handles signal s, which p's in-queue held (mailbox.c). */
void sig_handle(Proc *p, HeapFrag *s);

/* p's links (pids) and monitors. */
bool sig_has_link(const Proc *p, BeamTerm pid);
void sig_add_link(Proc *p, BeamTerm pid);
bool sig_remove_link(Proc *p, BeamTerm pid);
Monitor *sig_find_monitor(Proc *p, uint64_t ref, bool mine);
void sig_add_monitor(Proc *p, Monitor m);
void sig_remove_monitor(Proc *p, Monitor *m);

/* Ends p with `reason` (on p's heap or a literal): answers the signals
   still queued, sends exit signals to its links and 'DOWN' to its
   monitors, gives up its name and timers, leaves the process table.  Its
   memory is the caller's to free. */
void sig_terminate(Proc *p, BeamTerm reason);

#endif
