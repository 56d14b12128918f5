/*
** bif_code.c — the BIFs about modules: module_info's get_module_info/1,2,
** function_exported/3, module_loaded/1, pre_loaded/0, loaded/0, and
** nif_error/1,2, which OTP's stubs call.
**
** An executable's modules are all there from the start ("loaded" in erl's
** words): those it was linked from, and `erlang`, which the runtime
** itself implements (its BIFs in bif.tab; erlang.beam is never
** translated).  A module whose on_load failed is not loaded (call.c's
** call_unload).  erl loads a module when it is first called, so a module
** linked in but not called yet is loaded here and not in erl.
*/
#include <string.h>

#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "bin/bin.h"
#include "call.h"
#include "term_build.h"

static BeamTerm exports_list(BeamProc *p, const BeamModule *m) {
  BeamTerm list = BEAM_NIL;
  size_t n = 0;
  while (m->exports[n].fun) n++;
  while (n-- > 0)
    list = tb_cons(p, tb_tuple2(p, BEAM_ATOM(*m->exports[n].fun),
                                BEAM_SMALL(m->exports[n].arity)), list);
  return list;
}

/* The module's MD5 as erl computes it from its .beam (BeamModule.md5):
   16 zero bytes for a module beamc read from a .S, or the runtime's own
   erlang, which have none. */
static BeamTerm md5_binary(BeamProc *p, const BeamModule *m) {
  uint8_t *d;
  BeamTerm bin = bin_new(p, 16, &d);
  if (m->md5 != NULL) memcpy(d, m->md5, 16);
  else memset(d, 0, 16);
  return bin;
}

BeamTerm beam_bif_erlang_get_module_info_2(BeamProc *p, BeamTerm mod, BeamTerm item) {
  const BeamModule *m = call_module(mod);
  if (m == NULL) return bif_badarg(p);
  if (item == ATOM_MODULE) return mod;
  if (item == ATOM_EXPORTS) return exports_list(p, m);
  if (item == ATOM_MD5) return md5_binary(p, m);
  if (item == ATOM_ATTRIBUTES || item == ATOM_COMPILE || item == ATOM_FUNCTIONS ||
      item == ATOM_NATIVE)
    return item == ATOM_NATIVE ? ATOM_FALSE : BEAM_NIL;
  return bif_badarg(p);
}

BeamTerm beam_bif_erlang_get_module_info_1(BeamProc *p, BeamTerm mod) {
  static const BeamAtom *const items[] = {&beam_atom_module, &beam_atom_exports,
                                          &beam_atom_attributes, &beam_atom_compile,
                                          &beam_atom_md5};
  if (call_module(mod) == NULL) return bif_badarg(p);
  BeamTerm list = BEAM_NIL;
  for (size_t n = 5; n-- > 0;) {
    BeamTerm k = BEAM_ATOM(*items[n]);
    list = tb_cons(p, tb_tuple2(p, k, beam_bif_erlang_get_module_info_2(p, mod, k)), list);
  }
  return list;
}

/*
** function_exported(M, F, A): whether apply(M, F, Args) of A arguments
** finds a function: an export of a module that is loaded, a BIF of
** bif.tab whatever its module (erl too answers true for math:sin/1 before
** math is loaded), or erlang:apply/2,3 (call.c enters them).  erl also
** answers true for every function of module erlang, those beamc does not
** implement included; beamc answers false for those, so that a program
** that asks before it calls takes the path that works.  A negative arity
** is false; one that is not an integer, or a bignum, is badarg.
*/
BeamTerm beam_bif_erlang_function_exported_3(BeamProc *p, BeamTerm m, BeamTerm f, BeamTerm a) {
  if (!BEAM_IS_ATOM(m) || !BEAM_IS_ATOM(f) || !BEAM_IS_SMALL(a)) return bif_badarg(p);
  BeamSint arity = BEAM_SMALL_VALUE(a);
  if (arity < 0 || arity > 255) return ATOM_FALSE;
  return call_lookup(m, f, (unsigned)arity) ? ATOM_TRUE : ATOM_FALSE;
}

static int loaded(BeamTerm m) { return m == ATOM_ERLANG || call_module(m) != NULL; }

BeamTerm beam_bif_erlang_module_loaded_1(BeamProc *p, BeamTerm m) {
  if (!BEAM_IS_ATOM(m)) return bif_badarg(p);
  return loaded(m) ? ATOM_TRUE : ATOM_FALSE;
}

/* The modules of the runtime itself: erlang. */
BeamTerm beam_bif_erlang_pre_loaded_0(BeamProc *p) {
  return tb_cons(p, ATOM_ERLANG, BEAM_NIL);
}

/* erlang, then the modules linked in that are loaded, in link order. */
BeamTerm beam_bif_erlang_loaded_0(BeamProc *p) {
  size_t n = 0;
  while (call_module_at(n)) n++;
  BeamTerm list = BEAM_NIL;
  while (n-- > 0) {
    BeamTerm name = BEAM_ATOM(*call_module_at(n)->name);
    if (name != ATOM_ERLANG && loaded(name)) list = tb_cons(p, name, list);
  }
  return tb_cons(p, ATOM_ERLANG, list);
}

/* erlang:nif_error/1,2, which the stubs of OTP modules call where the VM
   supplies the code (math:sin/1 ...: bif.tab replaces those beamc has):
   as in erl, error:Reason, the top frame nif_error's own. */
BeamTerm beam_bif_erlang_nif_error_1(BeamProc *p, BeamTerm reason) {
  return bif_error(p, reason);
}

BeamTerm beam_bif_erlang_nif_error_2(BeamProc *p, BeamTerm reason, BeamTerm args) {
  (void)args;
  return bif_error(p, reason);
}
