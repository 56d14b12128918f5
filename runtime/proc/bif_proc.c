/*
** bif_proc.c — the BIFs of processes: spawning, sending, exit signals,
** links, monitors, process_info and process_flag, group leaders, yield
** and hibernate, references.
**
** A BIF that asks about another process first handles the signals
** already sent to it (settled), as erl orders such a request after every
** signal the caller sent before: exit(P, kill) followed by
** is_process_alive(P) answers false.  The other process is held
** meanwhile (sched_hold: it does not run), so its queues are the
** caller's to handle.
*/
#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "copy.h"
#include "gc.h"
#include "mailbox.h"
#include "map.h"
#include "ptab.h"
#include "ref.h"
#include "registry.h"
#include "sched.h"
#include "signal.h"
#include "term_build.h"

/* ---- helpers --------------------------------------------------------------- */

/* The live process pid names, its pending signals handled; NULL when
   there is none or it is ending.  Without `wait`, a process that runs
   counts as alive (the signals the caller sends next reach it after
   those before, or are answered if it ends first). */
static Proc *settled(Proc *self, BeamTerm pid, bool wait) {
  Proc *p = wait ? sched_hold(self, pid) : ptab_lookup(pid);
  if (p == NULL || p == self) return p;
  if (!wait && !sched_try_hold(p)) return p;
  mbox_fetch(p);
  bool alive = p->exit_reason == BEAM_NONV;
  sched_release(self, p);
  return alive ? p : NULL;
}

static bool is_proper_list(BeamTerm l) { return tb_list_length(l) >= 0; }

/* Handles the signals the caller sent itself; bif_leave when one ends it. */
static BeamTerm after_self_signal(BeamProc *bp, BeamTerm result) {
  Proc *p = PROC(bp);
  mbox_fetch(p);
  return p->exit_reason != BEAM_NONV ? bif_leave(bp) : result;
}

/* ---- spawning -------------------------------------------------------------- */

/* Reads spawn_opt's options into o; false on a bad one. */
static bool spawn_options(BeamTerm l, SpawnOpts *o) {
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm t = BEAM_CAR(l);
    if (t == ATOM_LINK) { o->link = true; continue; }
    if (t == ATOM_MONITOR) { o->monitor = true; continue; }
    if (!BEAM_IS_TUPLE(t) || BEAM_TUPLE_ARITY(t) != 2) return false;
    BeamTerm k = BEAM_ELEMENT(t, 0), v = BEAM_ELEMENT(t, 1);
    if (k == ATOM_PRIORITY) {
      if (v == ATOM_MAX) o->prio = PRIO_MAX;
      else if (v == ATOM_HIGH) o->prio = PRIO_HIGH;
      else if (v == ATOM_NORMAL) o->prio = PRIO_NORMAL;
      else if (v == ATOM_LOW) o->prio = PRIO_LOW;
      else return false;
    } else if (k == ATOM_MIN_HEAP_SIZE || k == ATOM_FULLSWEEP_AFTER) {
      if (!BEAM_IS_SMALL(v) || BEAM_SMALL_VALUE(v) < 0) return false;
      if (k == ATOM_MIN_HEAP_SIZE) o->min_heap = (size_t)BEAM_SMALL_VALUE(v);
    } else if (k == ATOM_MAX_HEAP_SIZE) {
      if (BEAM_IS_MAP(v)) v = map_get(v, ATOM_SIZE);
      if (!BEAM_IS_SMALL(v) || BEAM_SMALL_VALUE(v) < 0) return false;
      o->max_heap = (size_t)BEAM_SMALL_VALUE(v);
    } else if (k == ATOM_MESSAGE_QUEUE_DATA) {
      if (v != ATOM_ON_HEAP && v != ATOM_OFF_HEAP) return false;
    } else {
      return false;
    }
  }
  return l == BEAM_NIL;
}

/*
** The new process calls erlang:apply(Fun, []) or apply(M, F, Args)
** (nargs 2 or 3 in x); returns its pid, or {Pid, Ref} with the monitor
** option.  badarg for bad arguments, system_limit when the table is full.
*/
static BeamTerm spawn(BeamProc *bp, const BeamTerm *x, unsigned nargs, SpawnOpts *o) {
  Proc *self = PROC(bp);
  BeamTerm m = ATOM_ERLANG, f = ATOM_APPLY;
  unsigned a = 2;
  if (nargs == 2 && !BEAM_IS_FUN(x[0])) return bif_badarg(bp);
  if (nargs == 3) {
    if (!BEAM_IS_ATOM(x[0]) || !BEAM_IS_ATOM(x[1]) || !is_proper_list(x[2]))
      return bif_badarg(bp);
    m = x[0], f = x[1], a = (unsigned)tb_list_length(x[2]);
  }
  const BeamResume *start = nargs == 2 ? beam_rp_apply2 : beam_rp_apply3;
  if (o->monitor) o->monitor_ref = ref_new_id();
  Proc *p = sched_spawn(self, start, x, nargs, m, f, a, o);
  if (p == NULL) return bif_system_limit(bp);
  if (!o->monitor) return p->pid;
  return tb_tuple2(bp, p->pid, ref_make(bp, o->monitor_ref));
}

static BeamTerm spawn_fun(BeamProc *bp, BeamTerm fun, SpawnOpts o) {
  BeamTerm x[2] = {fun, BEAM_NIL};
  return spawn(bp, x, 2, &o);
}

static BeamTerm spawn_mfa(BeamProc *bp, BeamTerm m, BeamTerm f, BeamTerm a, SpawnOpts o) {
  BeamTerm x[3] = {m, f, a};
  return spawn(bp, x, 3, &o);
}

static const SpawnOpts plain = {false, false, PRIO_NORMAL, 0, 0, 0};
static const SpawnOpts linked = {true, false, PRIO_NORMAL, 0, 0, 0};
static const SpawnOpts monitored = {false, true, PRIO_NORMAL, 0, 0, 0};

BeamTerm beam_bif_erlang_spawn_1(BeamProc *bp, BeamTerm fun) {
  return spawn_fun(bp, fun, plain);
}
BeamTerm beam_bif_erlang_spawn_3(BeamProc *bp, BeamTerm m, BeamTerm f, BeamTerm a) {
  return spawn_mfa(bp, m, f, a, plain);
}
BeamTerm beam_bif_erlang_spawn_link_1(BeamProc *bp, BeamTerm fun) {
  return spawn_fun(bp, fun, linked);
}
BeamTerm beam_bif_erlang_spawn_link_3(BeamProc *bp, BeamTerm m, BeamTerm f, BeamTerm a) {
  return spawn_mfa(bp, m, f, a, linked);
}
BeamTerm beam_bif_erlang_spawn_monitor_1(BeamProc *bp, BeamTerm fun) {
  return spawn_fun(bp, fun, monitored);
}
BeamTerm beam_bif_erlang_spawn_monitor_3(BeamProc *bp, BeamTerm m, BeamTerm f, BeamTerm a) {
  return spawn_mfa(bp, m, f, a, monitored);
}
BeamTerm beam_bif_erlang_spawn_opt_2(BeamProc *bp, BeamTerm fun, BeamTerm opts) {
  SpawnOpts o = plain;
  if (!spawn_options(opts, &o)) return bif_badarg(bp);
  return spawn_fun(bp, fun, o);
}
BeamTerm beam_bif_erlang_spawn_opt_4(BeamProc *bp, BeamTerm m, BeamTerm f, BeamTerm a,
                                     BeamTerm opts) {
  SpawnOpts o = plain;
  if (!spawn_options(opts, &o)) return bif_badarg(bp);
  return spawn_mfa(bp, m, f, a, o);
}
/* The spawns on a node: only this one, nonode@nohost, exists. */
static BeamTerm spawn_fun_at(BeamProc *bp, BeamTerm node, BeamTerm fun, SpawnOpts o) {
  if (node != ATOM_NONODE_NOHOST) return bif_badarg(bp);
  return spawn_fun(bp, fun, o);
}
static BeamTerm spawn_mfa_at(BeamProc *bp, BeamTerm node, BeamTerm m, BeamTerm f,
                             BeamTerm a, SpawnOpts o) {
  if (node != ATOM_NONODE_NOHOST) return bif_badarg(bp);
  return spawn_mfa(bp, m, f, a, o);
}
BeamTerm beam_bif_erlang_spawn_2(BeamProc *bp, BeamTerm node, BeamTerm fun) {
  return spawn_fun_at(bp, node, fun, plain);
}
BeamTerm beam_bif_erlang_spawn_4(BeamProc *bp, BeamTerm node, BeamTerm m, BeamTerm f,
                                 BeamTerm a) {
  return spawn_mfa_at(bp, node, m, f, a, plain);
}
BeamTerm beam_bif_erlang_spawn_link_2(BeamProc *bp, BeamTerm node, BeamTerm fun) {
  return spawn_fun_at(bp, node, fun, linked);
}
BeamTerm beam_bif_erlang_spawn_link_4(BeamProc *bp, BeamTerm node, BeamTerm m, BeamTerm f,
                                      BeamTerm a) {
  return spawn_mfa_at(bp, node, m, f, a, linked);
}
BeamTerm beam_bif_erlang_spawn_monitor_2(BeamProc *bp, BeamTerm node, BeamTerm fun) {
  return spawn_fun_at(bp, node, fun, monitored);
}
BeamTerm beam_bif_erlang_spawn_monitor_4(BeamProc *bp, BeamTerm node, BeamTerm m,
                                         BeamTerm f, BeamTerm a) {
  return spawn_mfa_at(bp, node, m, f, a, monitored);
}
BeamTerm beam_bif_erlang_spawn_opt_3(BeamProc *bp, BeamTerm node, BeamTerm fun,
                                     BeamTerm opts) {
  SpawnOpts o = plain;
  if (!spawn_options(opts, &o)) return bif_badarg(bp);
  return spawn_fun_at(bp, node, fun, o);
}
BeamTerm beam_bif_erlang_spawn_opt_5(BeamProc *bp, BeamTerm node, BeamTerm m, BeamTerm f,
                                     BeamTerm a, BeamTerm opts) {
  SpawnOpts o = plain;
  if (!spawn_options(opts, &o)) return bif_badarg(bp);
  return spawn_mfa_at(bp, node, m, f, a, o);
}

/* node/1: every pid, reference and port is of this node. */
BeamTerm beam_bif_erlang_node_1(BeamProc *bp, BeamTerm t) {
  if (!BEAM_IS_PID(t) && !BEAM_IS_PORT(t) && !BEAM_IS_REF(t)) return bif_badarg(bp);
  return ATOM_NONODE_NOHOST;
}

/* ---- sending --------------------------------------------------------------- */

/* The pid a send goes to: a pid as it is (dead or alive), a registered
   name; {Name, Node} of an unregistered name is [] (the message is
   dropped, as erl does); BEAM_NONV for anything else. */
static BeamTerm destination(BeamTerm to) {
  if (BEAM_IS_PID(to)) return to;
  if (BEAM_IS_TUPLE(to) && BEAM_TUPLE_ARITY(to) == 2 && BEAM_IS_ATOM(BEAM_ELEMENT(to, 0)) &&
      BEAM_IS_ATOM(BEAM_ELEMENT(to, 1))) {
    BeamTerm pid = reg_whereis(BEAM_ELEMENT(to, 0));
    return pid != BEAM_NONV ? pid : BEAM_NIL;
  }
  return BEAM_IS_ATOM(to) ? reg_whereis(to) : BEAM_NONV;
}

BeamTerm beam_bif_erlang_send_2(BeamProc *bp, BeamTerm to, BeamTerm msg) {
  BeamTerm pid = destination(to);
  if (pid == BEAM_NONV) return bif_badarg(bp);
  if (pid != BEAM_NIL) sig_send_msg(PROC(bp), pid, msg);
  return msg;
}

BeamTerm beam_bif_erlang_send_3(BeamProc *bp, BeamTerm to, BeamTerm msg, BeamTerm opts) {
  BeamTerm l = opts;
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l))
    if (BEAM_CAR(l) != ATOM_NOSUSPEND && BEAM_CAR(l) != ATOM_NOCONNECT) return bif_badarg(bp);
  if (l != BEAM_NIL) return bif_badarg(bp);
  if (beam_bif_erlang_send_2(bp, to, msg) == BEAM_NONV) return BEAM_NONV;
  return ATOM_OK;
}

/* ---- exit signals and links ---------------------------------------------- */

BeamTerm beam_bif_erlang_exit_2(BeamProc *bp, BeamTerm pid, BeamTerm reason) {
  Proc *self = PROC(bp);
  if (!BEAM_IS_PID(pid)) return bif_badarg(bp);
  sig_send_exit(self->pid, pid, reason, SIG_EXIT);
  return pid == self->pid ? after_self_signal(bp, ATOM_TRUE) : ATOM_TRUE;
}

BeamTerm beam_bif_erlang_link_1(BeamProc *bp, BeamTerm pid) {
  Proc *self = PROC(bp);
  if (!BEAM_IS_PID(pid)) return bif_badarg(bp);
  if (pid == self->pid) return ATOM_TRUE;
  if (settled(self, pid, false) != NULL) {
    sig_add_link(self, pid);
    if (sig_send(self->pid, pid, SIG_LINK, 0, 0)) return ATOM_TRUE;
    sig_remove_link(self, pid); /* it ended meanwhile */
  }
  if (!self->trap_exit) return bif_error(bp, ATOM_NOPROC);
  sig_send_msg(self, self->pid, tb_tuple3(bp, ATOM_EXIT_CAPS, pid, ATOM_NOPROC));
  return ATOM_TRUE;
}

BeamTerm beam_bif_erlang_unlink_1(BeamProc *bp, BeamTerm pid) {
  Proc *self = PROC(bp);
  if (!BEAM_IS_PID(pid)) return bif_badarg(bp);
  if (sig_remove_link(self, pid)) sig_send(self->pid, pid, SIG_UNLINK, 0, 0);
  return ATOM_TRUE;
}

/* ---- monitors ---------------------------------------------------------------- */

BeamTerm beam_bif_erlang_monitor_2(BeamProc *bp, BeamTerm type, BeamTerm target) {
  Proc *self = PROC(bp);
  BeamTerm name = 0, obj = target;
  if (type != ATOM_PROCESS) return bif_badarg(bp);
  if (BEAM_IS_TUPLE(target) && BEAM_TUPLE_ARITY(target) == 2 &&
      BEAM_IS_ATOM(BEAM_ELEMENT(target, 0)) && BEAM_IS_ATOM(BEAM_ELEMENT(target, 1))) {
    if (BEAM_ELEMENT(target, 1) != ATOM_NONODE_NOHOST) return bif_badarg(bp);
    name = BEAM_ELEMENT(target, 0);
  } else if (BEAM_IS_ATOM(target)) {
    name = target;
    obj = tb_tuple2(bp, name, ATOM_NONODE_NOHOST);
  } else if (!BEAM_IS_PID(target)) {
    return bif_badarg(bp);
  }
  uint64_t ref = ref_new_id();
  BeamTerm pid = name ? reg_whereis(name) : target;
  if (pid == self->pid) return ref_make(bp, ref); /* erl makes no monitor of itself */
  Proc *p = settled(self, pid, false);
  if (p != NULL) {
    sig_add_monitor(self, (Monitor){ref, p->pid, name, true});
    if (sig_send(self->pid, p->pid, SIG_MONITOR, ref, name)) return ref_make(bp, ref);
    sig_remove_monitor(self, sig_find_monitor(self, ref, true)); /* it ended meanwhile */
  }
  /* 'DOWN' at once, through the monitor like any other */
  sig_add_monitor(self, (Monitor){ref, name ? BEAM_NIL : target, name, true});
  sig_send_down(obj, self->pid, ref, obj, ATOM_NOPROC);
  return ref_make(bp, ref);
}

/* Takes out of the queue the 'DOWN' messages of monitor ref. */
static void flush_down(Proc *p, uint64_t ref) {
  mbox_fetch(p);
  for (HeapFrag **l = &p->mq_first; *l != NULL;) {
    BeamTerm m = (*l)->term;
    if (BEAM_IS_TUPLE(m) && BEAM_TUPLE_ARITY(m) == 5 && BEAM_ELEMENT(m, 0) == ATOM_DOWN &&
        ref_id(BEAM_ELEMENT(m, 1)) == ref)
      mbox_remove(p, l);
    else
      l = &(*l)->next;
  }
}

BeamTerm beam_bif_erlang_demonitor_2(BeamProc *bp, BeamTerm r, BeamTerm opts) {
  Proc *self = PROC(bp);
  bool flush = false, info = false;
  uint64_t ref = ref_id(r);
  BeamTerm l = opts;
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    if (BEAM_CAR(l) == ATOM_FLUSH) flush = true;
    else if (BEAM_CAR(l) == ATOM_INFO) info = true;
    else return bif_badarg(bp);
  }
  if (ref == 0 || l != BEAM_NIL) return bif_badarg(bp);
  Monitor *m = sig_find_monitor(self, ref, true);
  bool found = m != NULL;
  if (found) {
    sig_send(self->pid, m->pid, SIG_DEMONITOR, ref, 0);
    sig_remove_monitor(self, m);
  }
  if (flush) flush_down(self, ref);
  if (self->exit_reason != BEAM_NONV) return bif_leave(bp);
  return info ? (found ? ATOM_TRUE : ATOM_FALSE) : ATOM_TRUE;
}

BeamTerm beam_bif_erlang_demonitor_1(BeamProc *bp, BeamTerm r) {
  return beam_bif_erlang_demonitor_2(bp, r, BEAM_NIL);
}

/* ---- the rest ---------------------------------------------------------------- */

BeamTerm beam_bif_erlang_is_process_alive_1(BeamProc *bp, BeamTerm pid) {
  if (!BEAM_IS_PID(pid)) return bif_badarg(bp);
  return settled(PROC(bp), pid, true) ? ATOM_TRUE : ATOM_FALSE;
}

BeamTerm beam_bif_erlang_processes_0(BeamProc *bp) {
  size_t n = ptab_count(), slot = 0, k = 0;
  BeamTerm *hp = beam_alloc(bp, 2 * n), list = BEAM_NIL;
  BeamTerm *cells = hp;
  for (Proc *p; k < n && (p = ptab_next(&slot)) != NULL; k++) {
    cells[2 * k] = p->pid;
    cells[2 * k + 1] = BEAM_NIL;
    if (k > 0) cells[2 * k - 1] = BEAM_MAKE_LIST(&cells[2 * k]);
  }
  if (k > 0) list = BEAM_MAKE_LIST(cells);
  return list;
}

BeamTerm beam_bif_erlang_make_ref_0(BeamProc *bp) { return ref_make(bp, ref_new_id()); }

BeamTerm beam_bif_erlang_group_leader_0(BeamProc *bp) { return PROC(bp)->group_leader; }

BeamTerm beam_bif_erlang_group_leader_2(BeamProc *bp, BeamTerm gl, BeamTerm pid) {
  Proc *self = PROC(bp);
  if (!BEAM_IS_PID(gl) || !BEAM_IS_PID(pid) || settled(self, pid, false) == NULL)
    return bif_badarg(bp);
  if (pid == self->pid) self->group_leader = gl;
  else sig_send(self->pid, pid, SIG_GROUP_LEADER, 0, gl);
  return ATOM_TRUE;
}

BeamTerm beam_bif_erlang_yield_0(BeamProc *bp) {
  bp->fcalls = 0;  /* the next call site offers the scheduler a switch */
  return ATOM_TRUE;
}

BeamTerm beam_bif_erlang_hibernate_3(BeamProc *bp, BeamTerm m, BeamTerm f, BeamTerm a) {
  if (!BEAM_IS_ATOM(m) || !BEAM_IS_ATOM(f) || !is_proper_list(a)) return bif_badarg(bp);
  sched_hibernate(PROC(bp), m, f, a);
  return bif_leave(bp);
}

/* garbage_collect/0: a full sweep once the BIF has returned (generated
   code collects when gc_wanted is set). */
BeamTerm beam_bif_erlang_garbage_collect_0(BeamProc *p) {
  p->gc_wanted |= GC_WANTED_FULL;
  return ATOM_TRUE;
}
