/*
** registry.c — the name registry (registry.h) and its BIFs.
**
** A chained hash table from atom to pid, keyed by the atom's own hash; a
** process also knows its name (p->name), so a name goes when its process
** ends (sig_terminate) and a process holds at most one.
** registered/0 lists the names in the table's order, which, as erl's,
** promises nothing.  One lock guards the table and every process's
** `name`; a process that ended has the name GONE, so a register/2 racing
** with its end fails as on a dead pid, and leaves no name behind.
*/
#include "registry.h"

#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "os/os.h"
#include "ptab.h"
#include "term_build.h"

typedef struct Entry {
  BeamTerm name, pid;
  struct Entry *next;
} Entry;

#define GONE ATOM_UNDEFINED /* p->name of an ended process: never a name */

static OsMutex lock;
static Entry **table;
static size_t cap, count;

void reg_init(void) { thr_mutex_init(&lock); }

static size_t slot(BeamTerm name) {
  return BEAM_ATOM_REC(name)->hash & (cap - 1);
}

static void grow(void) {
  size_t old_cap = cap;
  Entry **old = table;
  cap = cap ? cap * 2 : 64;
  table = os_alloc_zeroed(cap, sizeof *table, "registry");
  for (size_t i = 0; i < old_cap; i++)
    for (Entry *e = old[i], *n; e != NULL; e = n) {
      n = e->next;
      e->next = table[slot(e->name)];
      table[slot(e->name)] = e;
    }
  os_free(old);
}

/* The pid of name, or BEAM_NONV (the lock held). */
static BeamTerm lookup(BeamTerm name) {
  if (cap == 0) return BEAM_NONV;
  for (Entry *e = table[slot(name)]; e != NULL; e = e->next)
    if (e->name == name) return e->pid;
  return BEAM_NONV;
}

BeamTerm reg_whereis(BeamTerm name) {
  thr_lock(&lock);
  BeamTerm pid = lookup(name);
  thr_unlock(&lock);
  return pid;
}

/* Forgets name, and its process's knowledge of it; false when it is not
   registered (the lock held). */
static bool drop(BeamTerm name) {
  if (cap == 0) return false;
  for (Entry **l = &table[slot(name)]; *l != NULL; l = &(*l)->next)
    if ((*l)->name == name) {
      Entry *e = *l;
      *l = e->next;
      Proc *p = ptab_lookup(e->pid);
      if (p != NULL && p->name == name) p->name = 0;
      os_free(e);
      count--;
      return true;
    }
  return false;
}

/* Registers p as name unless either is taken or p has ended. */
static bool add(BeamTerm name, Proc *p) {
  thr_lock(&lock);
  bool ok = p->name == 0 && lookup(name) == BEAM_NONV;
  if (ok) {
    if (count >= cap) grow();
    Entry *e = os_alloc(sizeof *e, "registry");
    *e = (Entry){name, p->pid, table[slot(name)]};
    table[slot(name)] = e;
    count++;
    p->name = name;
  }
  thr_unlock(&lock);
  return ok;
}

void reg_add(BeamTerm name, Proc *p) {
  if (!add(name, p)) os_panic("beamrt: internal error: a first name is taken\n");
}

void reg_leave(Proc *p) {
  thr_lock(&lock);
  if (p->name != 0) drop(p->name);
  p->name = GONE;
  thr_unlock(&lock);
}

BeamTerm reg_name_of(const Proc *p) {
  thr_lock(&lock);
  BeamTerm name = p->name == GONE ? 0 : p->name;
  thr_unlock(&lock);
  return name;
}

/* ---- BIFs ------------------------------------------------------------------ */

BeamTerm beam_bif_erlang_register_2(BeamProc *bp, BeamTerm name, BeamTerm pid) {
  Proc *p = ptab_lookup(pid);
  if (!BEAM_IS_ATOM(name) || name == ATOM_UNDEFINED || p == NULL || !add(name, p))
    return bif_badarg(bp);
  return ATOM_TRUE;
}

BeamTerm beam_bif_erlang_unregister_1(BeamProc *bp, BeamTerm name) {
  thr_lock(&lock);
  bool ok = BEAM_IS_ATOM(name) && drop(name);
  thr_unlock(&lock);
  return ok ? ATOM_TRUE : bif_badarg(bp);
}

BeamTerm beam_bif_erlang_whereis_1(BeamProc *bp, BeamTerm name) {
  if (!BEAM_IS_ATOM(name)) return bif_badarg(bp);
  BeamTerm pid = reg_whereis(name);
  return pid != BEAM_NONV ? pid : ATOM_UNDEFINED;
}

BeamTerm beam_bif_erlang_registered_0(BeamProc *bp) {
  BeamTerm list = BEAM_NIL;
  thr_lock(&lock);
  for (size_t i = 0; i < cap; i++)
    for (Entry *e = table[i]; e != NULL; e = e->next) list = tb_cons(bp, e->name, list);
  thr_unlock(&lock);
  return list;
}
