/*
** registry.c — the name registry (registry.h) and its BIFs.
**
** A chained hash table from atom to pid, keyed by the atom's own hash; a
** process also knows its name (p->name), so a name goes when its process
** ends (sig_terminate) and a process holds at most one.
** registered/0 lists the names in the table's order, which, as erl's,
** promises nothing.
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

static Entry **table;
static size_t cap, count;

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

BeamTerm reg_whereis(BeamTerm name) {
  if (cap == 0) return BEAM_NONV;
  for (Entry *e = table[slot(name)]; e != NULL; e = e->next)
    if (e->name == name) return e->pid;
  return BEAM_NONV;
}

void reg_remove(BeamTerm name) {
  if (cap == 0) return;
  for (Entry **l = &table[slot(name)]; *l != NULL; l = &(*l)->next)
    if ((*l)->name == name) {
      Entry *e = *l;
      *l = e->next;
      Proc *p = ptab_lookup(e->pid);
      if (p != NULL) p->name = 0;
      os_free(e);
      count--;
      return;
    }
}

void reg_add(BeamTerm name, Proc *p) {
  if (count >= cap) grow();
  Entry *e = os_alloc(sizeof *e, "registry");
  *e = (Entry){name, p->pid, table[slot(name)]};
  table[slot(name)] = e;
  count++;
  p->name = name;
}

/* ---- BIFs ------------------------------------------------------------------ */

BeamTerm beam_bif_erlang_register_2(BeamProc *bp, BeamTerm name, BeamTerm pid) {
  Proc *p = ptab_lookup(pid);
  if (!BEAM_IS_ATOM(name) || name == ATOM_UNDEFINED || p == NULL ||
      p->name != 0 || reg_whereis(name) != BEAM_NONV)
    return bif_badarg(bp);
  reg_add(name, p);
  return ATOM_TRUE;
}

BeamTerm beam_bif_erlang_unregister_1(BeamProc *bp, BeamTerm name) {
  if (!BEAM_IS_ATOM(name) || reg_whereis(name) == BEAM_NONV) return bif_badarg(bp);
  reg_remove(name);
  return ATOM_TRUE;
}

BeamTerm beam_bif_erlang_whereis_1(BeamProc *bp, BeamTerm name) {
  if (!BEAM_IS_ATOM(name)) return bif_badarg(bp);
  BeamTerm pid = reg_whereis(name);
  return pid != BEAM_NONV ? pid : ATOM_UNDEFINED;
}

BeamTerm beam_bif_erlang_registered_0(BeamProc *bp) {
  BeamTerm list = BEAM_NIL;
  for (size_t i = 0; i < cap; i++)
    for (Entry *e = table[i]; e != NULL; e = e->next) list = tb_cons(bp, e->name, list);
  return list;
}
