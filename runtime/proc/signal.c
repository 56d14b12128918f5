/*
** signal.c — signals between processes (signal.h).
**
** Exit signals follow erl: one from exit/2 with reason kill ends the
** receiver with reason killed, trapping or not; otherwise a trapping
** receiver gets {'EXIT', From, Reason} as a message; a receiver that does
** not trap ignores reason normal, unless it sent the signal to itself,
** and ends with any other reason.  An exit signal of a link that is no
** longer there (unlink came first) is dropped.
*/
#include "signal.h"

#include "atoms_gen.h"
#include "bin/bin.h"
#include "copy.h"
#include "gc.h"
#include "mailbox.h"
#include "os/os.h"
#include "ptab.h"
#include "ref.h"
#include "registry.h"
#include "timer.h"

/* ---- sending ------------------------------------------------------------- */

bool sig_send_msg(Proc *from, BeamTerm to, BeamTerm msg) {
  Proc *t = ptab_lookup(to);
  if (t == NULL) return false;
  return mbox_send(t, t == from, from ? from->pid : BEAM_NIL, msg);
}

/* A signal holding a copy of t and `extra` more words. */
static HeapFrag *with_term(unsigned kind, BeamTerm from, BeamTerm t, size_t extra) {
  size_t n = copy_size(t);
  HeapFrag *s = mbox_signal(kind, from, n + extra);
  BeamTerm *hp = s->mem;
  s->term = copy_term(t, &hp, &s->bins);
  s->used = n;
  return s;
}

static bool push_to(BeamTerm to, HeapFrag *s) {
  Proc *t = ptab_lookup(to);
  if (t != NULL && mbox_push(t, s)) return true;
  gc_frag_free(s);
  return false;
}

bool sig_send_exit(BeamTerm from, BeamTerm to, BeamTerm reason, unsigned kind) {
  /* 4 words for {'EXIT', From, Reason} if the receiver traps exits */
  return push_to(to, with_term(kind, from, reason, 4));
}

bool sig_send(BeamTerm from, BeamTerm to, unsigned kind, uint64_t id, BeamTerm name) {
  HeapFrag *s = mbox_signal(kind, from, 0);
  s->id = id;
  s->name = name;
  return push_to(to, s);
}

void sig_send_down(BeamTerm from, BeamTerm to, uint64_t ref, BeamTerm obj,
                   BeamTerm reason) {
  /* {'DOWN', Ref, process, Obj, Reason}: 6 words and the reference's */
  HeapFrag *s = with_term(SIG_DOWN, from, reason, 6 + REF_WORDS + copy_size(obj));
  BeamTerm *hp = s->mem + s->used, *t = hp;
  BeamTerm r = ref_write(hp + 6, ref);
  hp += 6 + REF_WORDS;
  BeamTerm o = copy_term(obj, &hp, &s->bins);
  t[0] = BEAM_HEADER(5, BEAM_SUB_TUPLE);
  t[1] = ATOM_DOWN, t[2] = r, t[3] = ATOM_PROCESS, t[4] = o, t[5] = s->term;
  s->term = BEAM_MAKE_BOXED(t);
  s->used = s->size;
  s->id = ref;
  push_to(to, s);
}

/* ---- links and monitors ---------------------------------------------------- */

bool sig_has_link(const Proc *p, BeamTerm pid) {
  for (unsigned i = 0; i < p->n_links; i++)
    if (p->links[i] == pid) return true;
  return false;
}

void sig_add_link(Proc *p, BeamTerm pid) {
  if (sig_has_link(p, pid)) return;
  if (p->n_links == p->links_cap) {
    p->links_cap = p->links_cap ? 2 * p->links_cap : 4;
    p->links = os_realloc(p->links, p->links_cap * sizeof *p->links, "links");
  }
  p->links[p->n_links++] = pid;
}

bool sig_remove_link(Proc *p, BeamTerm pid) {
  for (unsigned i = 0; i < p->n_links; i++)
    if (p->links[i] == pid) {
      p->links[i] = p->links[--p->n_links];
      return true;
    }
  return false;
}

Monitor *sig_find_monitor(Proc *p, uint64_t ref, bool mine) {
  for (unsigned i = 0; i < p->n_mons; i++)
    if (p->mons[i].ref == ref && p->mons[i].mine == mine) return &p->mons[i];
  return NULL;
}

void sig_add_monitor(Proc *p, Monitor m) {
  if (p->n_mons == p->mons_cap) {
    p->mons_cap = p->mons_cap ? 2 * p->mons_cap : 4;
    p->mons = os_realloc(p->mons, p->mons_cap * sizeof *p->mons, "monitors");
  }
  p->mons[p->n_mons++] = m;
}

/* Keeps the order of the others: process_info lists them as made. */
void sig_remove_monitor(Proc *p, Monitor *m) {
  size_t i = (size_t)(m - p->mons);
  for (; i + 1 < p->n_mons; i++) p->mons[i] = p->mons[i + 1];
  p->n_mons--;
}

/* ---- handling ------------------------------------------------------------ */

/* p ends with the reason s carries: s joins p's fragments, so the reason
   stays valid until the end. */
static void end_with(Proc *p, HeapFrag *s, BeamTerm reason) {
  s->next = p->frags;
  p->frags = s;
  p->frag_words += s->size;
  bin_splice(&p->bins, &s->bins);
  p->exit_reason = reason;
}

/* s, an exit signal, turned into the message {'EXIT', From, Reason}. */
static void trap(Proc *p, HeapFrag *s) {
  BeamTerm *t = s->mem + s->used;
  t[0] = BEAM_HEADER(3, BEAM_SUB_TUPLE);
  t[1] = ATOM_EXIT_CAPS, t[2] = s->from, t[3] = s->term;
  s->used += 4;
  s->term = BEAM_MAKE_BOXED(t);
  s->kind = SIG_MSG;
  mbox_append(p, s);
}

static void exit_signal(Proc *p, HeapFrag *s) {
  if (s->kind == SIG_EXIT_LINKED && !sig_remove_link(p, s->from)) {
    gc_frag_free(s);  /* unlinked since */
  } else if (s->kind == SIG_EXIT && s->term == ATOM_KILL) {
    end_with(p, s, ATOM_KILLED);
  } else if (p->trap_exit) {
    trap(p, s);
  } else if (s->term == ATOM_NORMAL && s->from != p->pid) {
    gc_frag_free(s);
  } else {
    end_with(p, s, s->term);
  }
}

/* A monitor request: p, the target, records who monitors it. */
static void monitored(Proc *p, HeapFrag *s) {
  sig_add_monitor(p, (Monitor){s->id, s->from, s->name, false});
  gc_frag_free(s);
}

/* 'DOWN' of a monitor p still holds becomes a message. */
static void down(Proc *p, HeapFrag *s) {
  Monitor *m = sig_find_monitor(p, s->id, true);
  if (m == NULL) {
    gc_frag_free(s);
    return;
  }
  sig_remove_monitor(p, m);
  s->kind = SIG_MSG;
  mbox_append(p, s);
}

void sig_handle(Proc *p, HeapFrag *s) {
  switch (s->kind) {
  case SIG_MSG: mbox_append(p, s); return;
  case SIG_EXIT: case SIG_EXIT_LINKED: exit_signal(p, s); return;
  case SIG_LINK: sig_add_link(p, s->from); break;
  case SIG_UNLINK: sig_remove_link(p, s->from); break;
  case SIG_MONITOR: monitored(p, s); return;
  case SIG_DEMONITOR: {
    Monitor *m = sig_find_monitor(p, s->id, false);
    if (m != NULL) sig_remove_monitor(p, m);
    break;
  }
  case SIG_DOWN: down(p, s); return;
  case SIG_TIMEOUT:
    if (p->recv_timer == s->id) p->recv_timer = 0, p->timed_out = true;
    break;
  case SIG_GROUP_LEADER: p->group_leader = s->name; break;
  default: break;
  }
  gc_frag_free(s);
}

/* ---- the end of a process --------------------------------------------------- */

/* The object a 'DOWN' from p names: its pid, or {Name, Node} for a
   monitor made by name (made on p's heap; the signal copies it). */
static BeamTerm down_object(Proc *p, const Monitor *m) {
  if (m->name == 0) return p->pid;
  BeamTerm *hp = beam_alloc(&p->pub, 3);
  hp[0] = BEAM_HEADER(2, BEAM_SUB_TUPLE);
  hp[1] = m->name, hp[2] = ATOM_NONODE_NOHOST;
  return BEAM_MAKE_BOXED(hp);
}

/* Answers a signal that came to p after it stopped taking them: who links
   or monitors p learns that it is gone. */
static void answer(Proc *p, HeapFrag *s, BeamTerm reason) {
  if (s->kind == SIG_LINK) {
    sig_send_exit(p->pid, s->from, reason, SIG_EXIT_LINKED);
  } else if (s->kind == SIG_MONITOR) {
    Monitor m = {s->id, s->from, s->name, false};
    sig_send_down(p->pid, s->from, s->id, down_object(p, &m), reason);
  }
  gc_frag_free(s);
}

/* The links and monitors p holds are told first, then the signals still
   queued are answered: a 'DOWN' of a monitor made before p ended comes
   before that of one made while it ended, as in erl. */
void sig_terminate(Proc *p, BeamTerm reason) {
  if (p->recv_timer != 0) tmr_cancel_receive(p);
  if (atomic_load(&p->timed)) tmr_cancel_to(p->pid);
  reg_leave(p);
  for (unsigned i = 0; i < p->n_links; i++)
    sig_send_exit(p->pid, p->links[i], reason, SIG_EXIT_LINKED);
  p->n_links = 0;
  for (unsigned i = 0; i < p->n_mons; i++) {
    const Monitor *m = &p->mons[i];
    if (m->mine)
      sig_send(p->pid, m->pid, SIG_DEMONITOR, m->ref, 0);
    else
      sig_send_down(p->pid, m->pid, m->ref, down_object(p, m), reason);
  }
  p->n_mons = 0;
  for (HeapFrag *s = mbox_close(p), *n; s != NULL; s = n) {
    n = s->next;
    answer(p, s, reason);
  }
  mbox_free(p);
  ptab_remove(p);
}
