/*
** bif_sys.c — BIFs about control and the system: raising, halt, funs'
** metadata, self, node, display; and the small type helpers generated
** code calls (beam_is_boolean, beam_to_double, ...).  The BIFs about
** modules are in bif_code.c.
**
** error/1,2,3, exit/1, throw/1 and raise/3 are BIFs that always fail:
** they leave class and reason in the process; their frame in a stack
** trace is the caller's (beam_raise_bif knows them by bif_raises).
*/
#include <math.h>
#include <stdbool.h>
#include <string.h>

#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "integer.h"
#include "os/os.h"
#include "print.h"
#include "proc.h"
#include "sched.h"
#include "term_build.h"

static BeamTerm fail(BeamProc *p, BeamTerm cls, BeamTerm reason) {
  p->bif_class = cls;
  p->bif_reason = reason;
  return BEAM_NONV;
}


BeamTerm beam_bif_erlang_error_1(BeamProc *p, BeamTerm r) { return fail(p, ATOM_ERROR, r); }
BeamTerm beam_bif_erlang_error_2(BeamProc *p, BeamTerm r, BeamTerm a) {
  (void)a;
  return fail(p, ATOM_ERROR, r);
}
BeamTerm beam_bif_erlang_error_3(BeamProc *p, BeamTerm r, BeamTerm a, BeamTerm o) {
  (void)a, (void)o;
  return fail(p, ATOM_ERROR, r);
}
BeamTerm beam_bif_erlang_throw_1(BeamProc *p, BeamTerm r) { return fail(p, ATOM_THROW, r); }
BeamTerm beam_bif_erlang_exit_1(BeamProc *p, BeamTerm r) { return fail(p, ATOM_EXIT, r); }

/* A stack trace entry raise/3 accepts, as the catcher will see it, or
   BEAM_NONV: {M, F, A, Loc} and {Fun, A, Loc} with a list Loc stay,
   {M, F, A} gains an empty location. */
static BeamTerm raise_frame(BeamProc *p, BeamTerm e) {
  if (!BEAM_IS_TUPLE(e)) return BEAM_NONV;
  unsigned n = BEAM_TUPLE_ARITY(e);
  bool mf = n >= 3 && BEAM_IS_ATOM(BEAM_ELEMENT(e, 0)) && BEAM_IS_ATOM(BEAM_ELEMENT(e, 1));
  BeamTerm last = BEAM_ELEMENT(e, n - 1);
  bool loc = n >= 3 && (BEAM_IS_LIST(last) || last == BEAM_NIL);
  if (n == 4 && mf && loc) return e;
  if (n == 3 && BEAM_IS_FUN(BEAM_ELEMENT(e, 0)) && loc) return e;
  if (n == 3 && mf) {
    BeamTerm *t = beam_alloc(p, 5);
    t[0] = BEAM_HEADER(4, BEAM_SUB_TUPLE);
    memcpy(t + 1, BEAM_PTR(e) + 1, 3 * sizeof *t);
    t[4] = BEAM_NIL;
    return BEAM_MAKE_BOXED(t);
  }
  return BEAM_NONV;
}

/* raise(Class, Reason, Stacktrace): like erl, returns the atom badarg
   (raises nothing) unless Class is a class and the stack trace a proper
   list of entries raise_frame accepts; the trace the catcher sees is the
   one given (pending with the exception; see except.c). */
BeamTerm beam_bif_erlang_raise_3(BeamProc *p, BeamTerm c, BeamTerm r, BeamTerm st) {
  if (c != ATOM_ERROR && c != ATOM_EXIT && c != ATOM_THROW) return ATOM_BADARG;
  long n = tb_list_length(st);
  if (n < 0) return ATOM_BADARG;
  BeamTerm *frames = os_try_alloc(((size_t)n + 1) * sizeof *frames);
  if (frames == NULL) return bif_system_limit(p);
  size_t k = 0;
  for (BeamTerm l = st; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    frames[k] = raise_frame(p, BEAM_CAR(l));
    if (frames[k++] == BEAM_NONV) {
      os_free(frames);
      return ATOM_BADARG;
    }
  }
  PROC(p)->exc_trace = tb_list_from(p, frames, k);
  os_free(frames);
  return fail(p, c, r);
}

/* ---- halt -------------------------------------------------------------- */

/* The runtime holds no output back (os/os.h, out_write), so halting is
   parking the other schedulers and exiting. */
static _Noreturn void halt(int status) {
  sched_stop();
  os_exit(status);
}

BeamTerm beam_bif_erlang_halt_0(BeamProc *p) {
  (void)p;
  halt(0);
}

BeamTerm beam_bif_erlang_halt_1(BeamProc *p, BeamTerm s) {
  if (BEAM_IS_SMALL(s) && BEAM_SMALL_VALUE(s) >= 0) halt((int)(BEAM_SMALL_VALUE(s) & 0xFF));
  if (s == ATOM_ABORT) os_abort();
  if (BEAM_IS_LIST(s) || s == BEAM_NIL) halt(1);
  return bif_badarg(p);
}

BeamTerm beam_bif_erlang_halt_2(BeamProc *p, BeamTerm s, BeamTerm opts) {
  if (opts != BEAM_NIL && !BEAM_IS_LIST(opts)) return bif_badarg(p);
  return beam_bif_erlang_halt_1(p, s);
}

/* ---- funs -------------------------------------------------------------- */

static const BeamFunEntry *closure_entry(BeamTerm f) {
  return (const BeamFunEntry *)BEAM_PTR(f)[1];
}

/* One {Item, Value} of fun_info/2, or BEAM_NONV for an unknown item. */
static BeamTerm fun_item(BeamProc *p, BeamTerm f, BeamTerm item) {
  bool local = BEAM_HAS_SUB(f, BEAM_SUB_FUN);
  const BeamFunEntry *fe = local ? closure_entry(f) : NULL;
  BeamTerm *e = BEAM_PTR(f);
  BeamTerm v;
  if (item == ATOM_ARITY)
    v = local ? BEAM_SMALL(fe->arity) : e[3];
  else if (item == ATOM_MODULE)
    v = local ? BEAM_ATOM(*fe->mfa->module->name) : e[1];
  else if (item == ATOM_NAME)
    v = local ? BEAM_ATOM(*fe->mfa->fun) : e[2];
  else if (item == ATOM_TYPE)
    v = local ? ATOM_LOCAL : ATOM_EXTERNAL;
  else if (item == ATOM_ENV) {
    v = BEAM_NIL;
    for (unsigned i = local ? fe->num_free : 0; i > 0; i--) v = tb_cons(p, e[1 + i], v);
  } else if (item == ATOM_INDEX || item == ATOM_NEW_INDEX)
    v = local ? BEAM_SMALL(fe->index) : ATOM_UNDEFINED;
  else if (item == ATOM_UNIQ || item == ATOM_NEW_UNIQ)
    v = local ? BEAM_SMALL(fe->old_uniq) : ATOM_UNDEFINED;
  else if (item == ATOM_PID)
    v = local ? PROC(p)->pid : ATOM_UNDEFINED;
  else
    return BEAM_NONV;
  return tb_tuple2(p, item, v);
}

BeamTerm beam_bif_erlang_fun_info_2(BeamProc *p, BeamTerm f, BeamTerm item) {
  if (!BEAM_IS_FUN(f) || !BEAM_IS_ATOM(item)) return bif_badarg(p);
  BeamTerm r = fun_item(p, f, item);
  return r == BEAM_NONV ? bif_badarg(p) : r;
}

BeamTerm beam_bif_erlang_fun_info_1(BeamProc *p, BeamTerm f) {
  if (!BEAM_IS_FUN(f)) return bif_badarg(p);
  static const BeamAtom *const local[] = {
      &beam_atom_pid, &beam_atom_module, &beam_atom_new__index,
      &beam_atom_new__uniq, &beam_atom_index, &beam_atom_uniq,
      &beam_atom_name, &beam_atom_arity, &beam_atom_env, &beam_atom_type};
  static const BeamAtom *const ext[] = {&beam_atom_module, &beam_atom_name,
                                        &beam_atom_arity, &beam_atom_env,
                                        &beam_atom_type};
  bool is_local = BEAM_HAS_SUB(f, BEAM_SUB_FUN);
  const BeamAtom *const *items = is_local ? local : ext;
  size_t n = is_local ? 10 : 5;
  BeamTerm list = BEAM_NIL;
  while (n-- > 0) list = tb_cons(p, fun_item(p, f, BEAM_ATOM(*items[n])), list);
  return list;
}

/* fun M:F/A built at run time: an export object (the function need not
   exist; calling it raises undef then, as in erl). */
BeamTerm beam_bif_erlang_make_fun_3(BeamProc *p, BeamTerm m, BeamTerm f, BeamTerm a) {
  if (!BEAM_IS_ATOM(m) || !BEAM_IS_ATOM(f) || !BEAM_IS_SMALL(a) ||
      BEAM_SMALL_VALUE(a) < 0 || BEAM_SMALL_VALUE(a) > 255)
    return bif_badarg(p);
  return tb_boxed3(p, BEAM_SUB_EXPORT, m, f, a);
}

BeamTerm beam_bif_erlang_is_function_2(BeamProc *p, BeamTerm f, BeamTerm a) {
  if (!BEAM_IS_SMALL(a) || BEAM_SMALL_VALUE(a) < 0) return bif_badarg(p);
  return beam_is_function2(f, a) ? ATOM_TRUE : ATOM_FALSE;
}

/* ---- the system ---------------------------------------------------------------- */

BeamTerm beam_bif_erlang_self_0(BeamProc *p) { return PROC(p)->pid; }
BeamTerm beam_bif_erlang_node_0(BeamProc *p) {
  (void)p;
  return ATOM_NONODE_NOHOST;
}

BeamTerm beam_bif_erlang_display_1(BeamProc *p, BeamTerm t) {
  (void)p;
  print_display(t);
  return ATOM_TRUE;
}

/* ---- helpers of generated code --------------------------------------------- */

int beam_is_boolean(BeamTerm t) { return t == ATOM_TRUE || t == ATOM_FALSE; }

int beam_is_binary(BeamTerm t) {
  if (!BEAM_IS_BITSTRING(t)) return 0;
  return !BEAM_HAS_SUB(t, BEAM_SUB_SUBBIN) || (BEAM_PTR(t)[3] & 7) == 0;
}

int beam_to_double(BeamTerm t, double *out) {
  if (BEAM_IS_SMALL(t)) {
    *out = (double)BEAM_SMALL_VALUE(t);
    return 1;
  }
  if (BEAM_IS_FLOAT(t)) {
    *out = BEAM_FLOAT_VALUE(t);
    return 1;
  }
  if (BEAM_IS_BIG(t)) return int_to_double(t, out);
  return 0;
}
