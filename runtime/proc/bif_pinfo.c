/*
** bif_pinfo.c — what programs ask about processes and set in them:
** process_info/1,2, process_flag/2, and the process keys of
** erlang:system_info/1.
**
** process_info of another process holds it (sched_hold: it does not run
** meanwhile) and handles its pending signals first (as bif_proc.c's
** `settled`), so the answer reflects every signal the caller sent
** before.  Sizes are in words, memory in bytes, as erl gives them.
*/
#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "copy.h"
#include "gc.h"
#include "mailbox.h"
#include "map.h"
#include "os/os.h"
#include "ptab.h"
#include "registry.h"
#include "sched.h"
#include "signal.h"
#include "term_build.h"

/* The live process pid names, held (sched_hold), every signal sent to
   it handled (the caller's own too, so that its queue is complete); NULL
   when there is none or it is ending. */
static Proc *info_target(Proc *self, BeamTerm pid) {
  Proc *p = sched_hold(self, pid);
  if (p == NULL) return NULL;
  mbox_fetch(p);
  if (p->exit_reason == BEAM_NONV || p == self) return p;
  sched_release(self, p);
  return NULL;
}

/* A copy of t (of another process, or a message) on bp's heap. */
static BeamTerm copied(BeamProc *bp, BeamTerm t) {
  BeamTerm *hp = beam_alloc(bp, copy_size(t));
  return copy_term(t, &hp, &PROC(bp)->bins);
}

static BeamTerm prio_atom(unsigned prio) {
  switch (prio) {
  case PRIO_MAX: return ATOM_MAX;
  case PRIO_HIGH: return ATOM_HIGH;
  case PRIO_LOW: return ATOM_LOW;
  default: return ATOM_NORMAL;
  }
}

static BeamTerm status(const Proc *self, const Proc *p) {
  if (p == self || p->state == PROC_RUNNING) return ATOM_RUNNING; /* or lent */
  return p->state == PROC_WAITING ? ATOM_WAITING : ATOM_RUNNABLE;
}

/* The function p runs in: that of the resume point on top of its stack
   (for the caller itself, the function its innermost pending call
   returns to). */
static BeamTerm current_function(BeamProc *bp, const Proc *p) {
  for (const BeamTerm *s = p->pub.stop; s < p->hend; s++) {
    if (!BEAM_IS_RESUME(*s)) continue;
    const BeamResume *r = (const BeamResume *)*s;
    if (r->mfa != NULL)
      return tb_tuple3(bp, BEAM_ATOM(*r->mfa->module->name), BEAM_ATOM(*r->mfa->fun),
                       BEAM_SMALL(r->mfa->arity));
  }
  return tb_tuple3(bp, p->init_mod, p->init_fun, BEAM_SMALL(p->init_arity));
}

static BeamTerm message_list(BeamProc *bp, const Proc *p) {
  BeamTerm list = BEAM_NIL, *last = &list;
  for (const HeapFrag *m = p->mq_first; m != NULL; m = m->next) {
    BeamTerm *c = beam_alloc(bp, 2);
    c[0] = copied(bp, m->term);
    c[1] = BEAM_NIL;
    *last = BEAM_MAKE_LIST(c);
    last = &c[1];
  }
  return list;
}

/* [{process, Pid or {Name, Node}}] of the monitors p holds, or the pids
   of those that monitor it. */
static BeamTerm monitor_list(BeamProc *bp, const Proc *p, bool mine) {
  BeamTerm list = BEAM_NIL;
  for (unsigned i = p->n_mons; i-- > 0;) {
    const Monitor *m = &p->mons[i];
    if (m->mine != mine) continue;
    BeamTerm v = m->pid;
    if (mine) {
      if (m->name) v = tb_tuple2(bp, m->name, ATOM_NONODE_NOHOST);
      v = tb_tuple2(bp, ATOM_PROCESS, v);
    }
    list = tb_cons(bp, v, list);
  }
  return list;
}

static size_t total_words(const Proc *p) {
  GcStats st;
  gc_stats(p, &st);
  return st.block + st.old_size + st.frag_words;
}

static BeamTerm memory_bytes(const Proc *p) {
  size_t bytes = sizeof *p + total_words(p) * sizeof(BeamTerm);
  for (const HeapFrag *m = p->mq_first; m != NULL; m = m->next)
    bytes += sizeof *m + m->size * sizeof(BeamTerm);
  return BEAM_SMALL((BeamSint)bytes);
}

/* garbage_collection: [{max_heap_size, Map}, {min_bin_vheap_size, N},
   {min_heap_size, N}, {fullsweep_after, N}, {minor_gcs, N}]. */
static BeamTerm gc_info(BeamProc *bp, const Proc *p, const GcStats *st) {
  BeamTerm kv[8] = {ATOM_ERROR_LOGGER, ATOM_TRUE, ATOM_INCLUDE_SHARED_BINARIES, ATOM_FALSE,
                    ATOM_KILL, ATOM_TRUE, ATOM_SIZE, BEAM_SMALL((BeamSint)p->max_heap)};
  size_t min = p->min_heap > GC_MIN_WORDS ? p->min_heap : GC_MIN_WORDS;
  BeamTerm items[5] = {
      tb_tuple2(bp, ATOM_MAX_HEAP_SIZE, map_from_pairs(bp, kv, 4)),
      tb_tuple2(bp, ATOM_MIN_BIN_VHEAP_SIZE, BEAM_SMALL(46422)),
      tb_tuple2(bp, ATOM_MIN_HEAP_SIZE, BEAM_SMALL((BeamSint)min)),
      tb_tuple2(bp, ATOM_FULLSWEEP_AFTER, BEAM_SMALL(GC_FULLSWEEP_AFTER)),
      tb_tuple2(bp, ATOM_MINOR_GCS, BEAM_SMALL((BeamSint)st->minor_gcs))};
  return tb_list_from(bp, items, 5);
}

/* The value of item for p, or BEAM_NONV when item is not one. */
static BeamTerm item_value(BeamProc *bp, Proc *p, BeamTerm item) {
  Proc *self = PROC(bp);
  GcStats st;
  if (item == ATOM_STATUS) return status(self, p);
  if (item == ATOM_MESSAGE_QUEUE_LEN) return BEAM_SMALL((BeamSint)p->mq_len);
  if (item == ATOM_MESSAGES) return message_list(bp, p);
  if (item == ATOM_LINKS) return tb_list_from(bp, p->links, p->n_links);
  if (item == ATOM_MONITORS) return monitor_list(bp, p, true);
  if (item == ATOM_MONITORED_BY) return monitor_list(bp, p, false);
  if (item == ATOM_DICTIONARY)
    return p == self ? bif_dict_list(bp) : copied(bp, bif_dict_list(&p->pub));
  if (item == ATOM_TRAP_EXIT) return p->trap_exit ? ATOM_TRUE : ATOM_FALSE;
  if (item == ATOM_PRIORITY) return prio_atom(p->prio);
  if (item == ATOM_REDUCTIONS) {
    uint64_t r = p->reductions + (p == self ? (uint64_t)(SCHED_SLICE - bp->fcalls) : 0);
    return BEAM_SMALL((BeamSint)r);
  }
  if (item == ATOM_REGISTERED_NAME) {
    BeamTerm name = reg_name_of(p);
    return name ? name : BEAM_NIL;
  }
  if (item == ATOM_CURRENT_FUNCTION) return current_function(bp, p);
  if (item == ATOM_INITIAL_CALL)
    return tb_tuple3(bp, p->init_mod, p->init_fun, BEAM_SMALL(p->init_arity));
  if (item == ATOM_GROUP_LEADER) return p->group_leader;
  if (item == ATOM_MEMORY) return memory_bytes(p);
  gc_stats(p, &st);
  if (item == ATOM_HEAP_SIZE) return BEAM_SMALL((BeamSint)st.block);
  if (item == ATOM_TOTAL_HEAP_SIZE) return BEAM_SMALL((BeamSint)total_words(p));
  if (item == ATOM_STACK_SIZE) return BEAM_SMALL((BeamSint)st.stack);
  if (item == ATOM_ERROR_HANDLER) return ATOM_ERROR_HANDLER;
  if (item == ATOM_SUSPENDING) return BEAM_NIL;
  if (item == ATOM_GARBAGE_COLLECTION) return gc_info(bp, p, &st);
  return BEAM_NONV;
}

/* process_info(P, Item): {Item, Value}, or [] for an unnamed process's
   registered_name. */
static BeamTerm item_pair(BeamProc *bp, Proc *p, BeamTerm item) {
  BeamTerm v = item_value(bp, p, item);
  if (v == BEAM_NONV) return BEAM_NONV;
  if (item == ATOM_REGISTERED_NAME && v == BEAM_NIL) return BEAM_NIL;
  return tb_tuple2(bp, item, v);
}

/* process_info(P, Item) of p (held), or of a dead process (NULL). */
static BeamTerm info_2(BeamProc *bp, Proc *p, BeamTerm item) {
  if (BEAM_IS_ATOM(item)) {
    if (p == NULL) return item_value(bp, PROC(bp), item) == BEAM_NONV ? bif_badarg(bp)
                                                                  : ATOM_UNDEFINED;
    BeamTerm r = item_pair(bp, p, item);
    return r == BEAM_NONV ? bif_badarg(bp) : r;
  }
  long n = tb_list_length(item);
  if (n < 0) return bif_badarg(bp);
  BeamTerm out = BEAM_NIL, *last = &out;
  for (BeamTerm l = item; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm it = BEAM_CAR(l);
    BeamTerm v = BEAM_IS_ATOM(it) ? item_value(bp, p ? p : PROC(bp), it) : BEAM_NONV;
    if (v == BEAM_NONV) return bif_badarg(bp);
    if (p == NULL) continue;
    BeamTerm pair = tb_tuple2(bp, it, v);
    BeamTerm *c = beam_alloc(bp, 2);
    c[0] = pair, c[1] = BEAM_NIL;
    *last = BEAM_MAKE_LIST(c);
    last = &c[1];
  }
  return p == NULL ? ATOM_UNDEFINED : out;
}

BeamTerm beam_bif_erlang_process_info_2(BeamProc *bp, BeamTerm pid, BeamTerm item) {
  if (!BEAM_IS_PID(pid)) return bif_badarg(bp);
  Proc *p = info_target(PROC(bp), pid);
  BeamTerm r = info_2(bp, p, item);
  sched_release(PROC(bp), p);
  return r;
}

/* process_info(P) of p (held). */
static BeamTerm info_1(BeamProc *bp, Proc *p) {
  BeamTerm keys[] = {ATOM_CURRENT_FUNCTION, ATOM_INITIAL_CALL, ATOM_STATUS,
                     ATOM_MESSAGE_QUEUE_LEN, ATOM_LINKS, ATOM_DICTIONARY, ATOM_TRAP_EXIT,
                     ATOM_ERROR_HANDLER, ATOM_PRIORITY, ATOM_GROUP_LEADER,
                     ATOM_TOTAL_HEAP_SIZE, ATOM_HEAP_SIZE, ATOM_STACK_SIZE, ATOM_REDUCTIONS,
                     ATOM_GARBAGE_COLLECTION, ATOM_SUSPENDING};
  size_t n = sizeof keys / sizeof keys[0];
  BeamTerm out = BEAM_NIL;
  for (size_t i = n; i-- > 0;) out = tb_cons(bp, item_pair(bp, p, keys[i]), out);
  BeamTerm name = reg_name_of(p);
  if (name) out = tb_cons(bp, tb_tuple2(bp, ATOM_REGISTERED_NAME, name), out);
  return out;
}

BeamTerm beam_bif_erlang_process_info_1(BeamProc *bp, BeamTerm pid) {
  if (!BEAM_IS_PID(pid)) return bif_badarg(bp);
  Proc *p = info_target(PROC(bp), pid);
  if (p == NULL) return ATOM_UNDEFINED;
  BeamTerm r = info_1(bp, p);
  sched_release(PROC(bp), p);
  return r;
}

/* ---- process_flag ------------------------------------------------------------ */

static bool prio_of(BeamTerm v, unsigned *prio) {
  if (v == ATOM_MAX) *prio = PRIO_MAX;
  else if (v == ATOM_HIGH) *prio = PRIO_HIGH;
  else if (v == ATOM_NORMAL) *prio = PRIO_NORMAL;
  else if (v == ATOM_LOW) *prio = PRIO_LOW;
  else return false;
  return true;
}

BeamTerm beam_bif_erlang_process_flag_2(BeamProc *bp, BeamTerm flag, BeamTerm v) {
  Proc *p = PROC(bp);
  BeamTerm old;
  if (flag == ATOM_TRAP_EXIT) {
    if (v != ATOM_TRUE && v != ATOM_FALSE) return bif_badarg(bp);
    old = p->trap_exit ? ATOM_TRUE : ATOM_FALSE;
    p->trap_exit = v == ATOM_TRUE;
    return old;
  }
  if (flag == ATOM_PRIORITY) {
    unsigned prio;
    if (!prio_of(v, &prio)) return bif_badarg(bp);
    old = prio_atom(p->prio);
    p->prio = prio;
    return old;
  }
  if (flag == ATOM_MIN_HEAP_SIZE || flag == ATOM_MAX_HEAP_SIZE) {
    if (!BEAM_IS_SMALL(v) || BEAM_SMALL_VALUE(v) < 0) return bif_badarg(bp);
    size_t *field = flag == ATOM_MIN_HEAP_SIZE ? &p->min_heap : &p->max_heap;
    old = BEAM_SMALL((BeamSint)(flag == ATOM_MIN_HEAP_SIZE && *field < GC_MIN_WORDS
                                    ? GC_MIN_WORDS : *field));
    *field = (size_t)BEAM_SMALL_VALUE(v);
    return old;
  }
  if (flag == ATOM_MESSAGE_QUEUE_DATA) {
    if (v != ATOM_ON_HEAP && v != ATOM_OFF_HEAP) return bif_badarg(bp);
    return ATOM_ON_HEAP;
  }
  return bif_badarg(bp);
}

/* ---- system_info: the process keys ----------------------------------------- */

static BeamTerm system_info_proc(BeamProc *bp, BeamTerm key) {
  (void)bp;
  if (key == ATOM_SCHEDULERS || key == ATOM_SCHEDULERS_ONLINE)
    return BEAM_SMALL(sched_count(key == ATOM_SCHEDULERS_ONLINE));
  if (key == ATOM_PROCESS_COUNT) return BEAM_SMALL((BeamSint)ptab_count());
  if (key == ATOM_PROCESS_LIMIT) return BEAM_SMALL((BeamSint)ptab_limit());
  if (key == ATOM_LOGICAL_PROCESSORS) return BEAM_SMALL(os_cpu_count());
  if (key == ATOM_WORDSIZE) return BEAM_SMALL((BeamSint)sizeof(BeamTerm));
  return BEAM_NONV;
}

BeamTerm beam_bif_erlang_system_info_1(BeamProc *bp, BeamTerm key) {
  BeamTerm v = system_info_proc(bp, key);
  if (v == BEAM_NONV) v = bif_sysinfo(bp, key); /* the other keys */
  return v == BEAM_NONV ? bif_badarg(bp) : v;
}
