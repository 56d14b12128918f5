/*
** call.c — calls the runtime dispatches: funs, apply, and the export table
** that maps {Module, Function, Arity} to code.
**
** The export table is built once at start-up from the modules linked into
** the executable and the BIF table; it is read-only afterwards, so the
** schedulers share it without locks.  Every dispatch function is entered
** after the generated caller pushed its continuation, with the arguments
** in p->x; it calls the target with the uniform signature and returns its
** result (or BEAM_NONV).
*/
#include "call.h"

#include <string.h>

#include "atoms_gen.h"
#include "bif.h"
#include "except.h"
#include "os/os.h"
#include "proc.h"
#include "term_build.h"

typedef struct Export {
  BeamTerm mod, fun;
  unsigned arity;
  BeamCode code;
} Export;

static Export *table;      /* open addressing; code == NULL: empty */
static size_t table_cap;
static const BeamModule *const *modules;
static BeamTerm *unloaded; /* modules call_unload took out */
static size_t n_unloaded;

static size_t slot_of(BeamTerm m, BeamTerm f, unsigned a) {
  uint64_t h = BEAM_ATOM_REC(m)->hash * 31u + BEAM_ATOM_REC(f)->hash;
  h = h * 31u + a;
  return (size_t)(h * 0x9E3779B97F4A7C15ull >> 20) & (table_cap - 1);
}

static void put(BeamTerm m, BeamTerm f, unsigned a, BeamCode code) {
  size_t i = slot_of(m, f, a);
  while (table[i].code) {
    if (table[i].mod == m && table[i].fun == f && table[i].arity == a) return;
    i = (i + 1) & (table_cap - 1);
  }
  table[i] = (Export){m, f, a, code};
}

static BeamTerm apply2_entry(BeamProc *p, unsigned entry, BeamTerm a0, BeamTerm a1,
                             BeamTerm a2, BeamTerm a3);
static BeamTerm apply3_entry(BeamProc *p, unsigned entry, BeamTerm a0, BeamTerm a1,
                             BeamTerm a2, BeamTerm a3);

/* Builds the table; modules is NULL-terminated.  Module functions win
   over BIFs of the same name, except the BIFs that replace OTP functions
   written as stubs (lists:reverse/2 ...), which are entered first, and
   erlang:apply/2,3, which generated code calls through beam_apply2/3 and
   apply/3 and funs find here. */
void call_init(const BeamModule *const *mods) {
  size_t n = (size_t)bif_count() + 3;
  modules = mods;
  for (size_t i = 0; mods[i]; i++) n += mods[i]->n_exports;
  for (table_cap = 64; table_cap < 2 * n; table_cap *= 2) {}
  table = os_alloc_zeroed(table_cap, sizeof *table, "export table");
  for (int i = 0; i < bif_count(); i++) {
    const BifEntry *b = bif_entry((unsigned)i);
    put(BEAM_ATOM(*b->mod), BEAM_ATOM(*b->fun), b->arity, b->wrapper);
  }
  put(ATOM_ERLANG, ATOM_APPLY, 2, apply2_entry);
  put(ATOM_ERLANG, ATOM_APPLY, 3, apply3_entry);
  for (size_t i = 0; mods[i]; i++)
    for (const BeamExport *e = mods[i]->exports; e->fun; e++)
      put(BEAM_ATOM(*mods[i]->name), BEAM_ATOM(*e->fun), e->arity, e->code);
}

BeamCode call_lookup(BeamTerm m, BeamTerm f, unsigned a) {
  if (!BEAM_IS_ATOM(m) || !BEAM_IS_ATOM(f)) return NULL;
  for (size_t i = slot_of(m, f, a); table[i].code; i = (i + 1) & (table_cap - 1))
    if (table[i].mod == m && table[i].fun == f && table[i].arity == a)
      return table[i].code;
  return NULL;
}

const BeamModule *call_module(BeamTerm name) {
  for (size_t i = 0; i < n_unloaded; i++)
    if (unloaded[i] == name) return NULL;
  for (size_t i = 0; modules && modules[i]; i++)
    if (BEAM_ATOM(*modules[i]->name) == name) return modules[i];
  return NULL;
}

const BeamModule *call_module_at(size_t i) {
  for (size_t k = 0; modules && modules[k]; k++)
    if (k == i) return modules[k];
  return NULL;
}

/* The entries stay in the table (a probe must go on past them) under a
   module that matches no atom. */
void call_unload(BeamTerm name) {
  for (size_t i = 0; i < table_cap; i++)
    if (table[i].code && table[i].mod == name) table[i].mod = BEAM_NONV;
  unloaded = os_realloc(unloaded, (n_unloaded + 1) * sizeof *unloaded, "export table");
  unloaded[n_unloaded++] = name;
}

static BeamTerm invoke(BeamProc *p, BeamCode code) {
  return code(p, 0, p->x[0], p->x[1], p->x[2], p->x[3]);
}

/* The site a tail call left in p->tail_site, or NULL; clears it. */
static const BeamSite *take_site(BeamProc *p) {
  const BeamSite *s = p->tail_site;
  p->tail_site = NULL;
  return s;
}

/* {badarity, {Fun, Args}} or {badfun, F}: the arguments are in p->x.  The
   caller's frame comes from the tail call's site, or from its
   continuation on the stack. */
static BeamTerm bad_call(BeamProc *p, BeamTerm fun, unsigned arity, bool badfun,
                         const BeamSite *site) {
  BeamTerm reason;
  if (badfun) {
    reason = tb_tuple2(p, ATOM_BADFUN, fun);
  } else {
    BeamTerm args = tb_list_from(p, p->x, arity);
    reason = tb_tuple2(p, ATOM_BADARITY, tb_tuple2(p, fun, args));
  }
  if (site) return beam_raise(p, ATOM_ERROR, reason, site->mfa, site->loc);
  return beam_raise(p, ATOM_ERROR, reason, NULL, BEAM_NOLOC);
}

/* undef has no frame of the caller's even in a tail call: the call has
   been made when it is found out. */
static BeamTerm undef(BeamProc *p, BeamTerm m, BeamTerm f, unsigned arity) {
  return beam_undef(p, BEAM_ATOM_REC(m), BEAM_ATOM_REC(f), arity, NULL,
                    BEAM_NOLOC);
}

static BeamTerm call_fun(BeamProc *p, unsigned arity, const BeamSite *site) {
  BeamTerm f = p->x[arity];
  if (BEAM_HAS_SUB(f, BEAM_SUB_FUN)) {
    BeamTerm *c = BEAM_PTR(f);
    const BeamFunEntry *fe = (const BeamFunEntry *)c[1];
    if (fe->arity != arity) return bad_call(p, f, arity, false, site);
    for (unsigned i = 0; i < fe->num_free; i++) p->x[arity + i] = c[2 + i];
    return invoke(p, fe->code);
  }
  if (BEAM_HAS_SUB(f, BEAM_SUB_EXPORT)) {
    BeamTerm *e = BEAM_PTR(f);
    if ((unsigned)BEAM_SMALL_VALUE(e[3]) != arity) return bad_call(p, f, arity, false, site);
    BeamCode code = call_lookup(e[1], e[2], arity);
    return code ? invoke(p, code) : undef(p, e[1], e[2], arity);
  }
  return bad_call(p, f, arity, true, site);
}

BeamTerm beam_call_fun(BeamProc *p, unsigned arity) {
  return call_fun(p, arity, take_site(p));
}

/*
** badarg from erlang:apply/2,3, or from the apply instruction, which erl
** reports as apply/3: the top frame is erlang:apply's, with the arguments
** apply was given (n of them, in p->x).  Below it is the caller's frame:
** from the tail call's site, or from its continuation on the stack.
*/
static BeamTerm apply_badarg(BeamProc *p, unsigned n, const BeamSite *site) {
  BeamTerm args = tb_list_from(p, p->x, n);
  return exc_raise_bif_frame(PROC(p), ATOM_ERLANG, ATOM_APPLY, args, ATOM_BADARG,
                             site ? site->mfa : NULL, site ? site->loc : BEAM_NOLOC);
}

static BeamTerm apply_n(BeamProc *p, unsigned arity, const BeamSite *site) {
  BeamTerm m = p->x[arity], f = p->x[arity + 1];
  if (!BEAM_IS_ATOM(m) || !BEAM_IS_ATOM(f)) {
    BeamTerm args = tb_list_from(p, p->x, arity);
    p->x[0] = m, p->x[1] = f, p->x[2] = args;
    return apply_badarg(p, 3, site);
  }
  BeamCode code = call_lookup(m, f, arity);
  return code ? invoke(p, code) : undef(p, m, f, arity);
}

BeamTerm beam_apply_n(BeamProc *p, unsigned arity) {
  return apply_n(p, arity, take_site(p));
}

/* Spreads a proper list into p->x[0..]; returns its length or -1. */
static long spread(BeamProc *p, BeamTerm args) {
  long n = tb_list_length(args);
  if (n < 0 || n > BEAM_MAX_X - 2) return -1;
  for (long i = 0; i < n; i++, args = BEAM_CDR(args)) p->x[i] = BEAM_CAR(args);
  return n;
}

BeamTerm beam_apply3(BeamProc *p) {
  const BeamSite *site = take_site(p);
  BeamTerm m = p->x[0], f = p->x[1];
  long n = spread(p, p->x[2]);
  if (n < 0) return apply_badarg(p, 3, site);
  p->x[n] = m;
  p->x[n + 1] = f;
  return apply_n(p, (unsigned)n, site);
}

BeamTerm beam_apply2(BeamProc *p) {
  const BeamSite *site = take_site(p);
  BeamTerm fun = p->x[0];
  long n = spread(p, p->x[1]);
  if (n < 0) return apply_badarg(p, 2, site);
  p->x[n] = fun;
  return call_fun(p, (unsigned)n, site);
}

BeamTerm beam_make_fun(BeamProc *p, const BeamFunEntry *fe) {
  BeamTerm *hp = beam_alloc(p, 2 + fe->num_free);
  hp[0] = BEAM_HEADER(1 + fe->num_free, BEAM_SUB_FUN);
  hp[1] = (BeamTerm)fe;
  for (unsigned i = 0; i < fe->num_free; i++) hp[2 + i] = p->x[i];
  return BEAM_MAKE_BOXED(hp);
}

/* erlang:apply/2,3 as functions of the export table (apply(erlang,
   apply, [M, F, Args]), fun erlang:apply/3): the arguments into p->x and
   the dispatch of generated code's apply. */
static BeamTerm apply2_entry(BeamProc *p, unsigned entry, BeamTerm a0, BeamTerm a1,
                             BeamTerm a2, BeamTerm a3) {
  (void)entry, (void)a2, (void)a3;
  p->x[0] = a0, p->x[1] = a1;
  return beam_apply2(p);
}

static BeamTerm apply3_entry(BeamProc *p, unsigned entry, BeamTerm a0, BeamTerm a1,
                             BeamTerm a2, BeamTerm a3) {
  (void)entry, (void)a3;
  p->x[0] = a0, p->x[1] = a1, p->x[2] = a2;
  return beam_apply3(p);
}

int beam_is_function2(BeamTerm f, BeamTerm arity) {
  if (!BEAM_IS_SMALL(arity)) return 0;
  BeamSint a = BEAM_SMALL_VALUE(arity);
  if (BEAM_HAS_SUB(f, BEAM_SUB_FUN))
    return ((const BeamFunEntry *)BEAM_PTR(f)[1])->arity == (uint32_t)a;
  if (BEAM_HAS_SUB(f, BEAM_SUB_EXPORT)) return BEAM_PTR(f)[3] == arity;
  return 0;
}

/* ---- resume points for tail calls through the runtime ---------------- */

static BeamTerm resume_call_fun(BeamProc *p, unsigned arity, BeamTerm a0,
                                BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  p->x[0] = a0, p->x[1] = a1, p->x[2] = a2, p->x[3] = a3;
  return beam_call_fun(p, arity);
}

static BeamTerm resume_apply(BeamProc *p, unsigned arity, BeamTerm a0,
                             BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  p->x[0] = a0, p->x[1] = a1, p->x[2] = a2, p->x[3] = a3;
  return beam_apply_n(p, arity);
}

static BeamTerm resume_apply2(BeamProc *p, unsigned e, BeamTerm a0,
                              BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  (void)e;
  p->x[0] = a0, p->x[1] = a1, p->x[2] = a2, p->x[3] = a3;
  return beam_apply2(p);
}

static BeamTerm resume_apply3(BeamProc *p, unsigned e, BeamTerm a0,
                              BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  (void)e;
  p->x[0] = a0, p->x[1] = a1, p->x[2] = a2, p->x[3] = a3;
  return beam_apply3(p);
}

/* Entry n (the arity) of a runtime resume point reads n + x registers:
   the arguments and the fun (x = 1) or the module and function (x = 2). */
#define RP(code, n, x) {code, n, BEAM_RESUME_CP, 0, (n) + (x), NULL, {0, 0}}
#define RP4(c, n, x) RP(c, n, x), RP(c, n + 1, x), RP(c, n + 2, x), RP(c, n + 3, x)
#define RP16(c, n, x) RP4(c, n, x), RP4(c, n + 4, x), RP4(c, n + 8, x), RP4(c, n + 12, x)
#define RP64(c, n, x) RP16(c, n, x), RP16(c, n + 16, x), RP16(c, n + 32, x), RP16(c, n + 48, x)
#define RP256(c, x) RP64(c, 0, x), RP64(c, 64, x), RP64(c, 128, x), RP64(c, 192, x)

const BeamResume beam_rp_call_fun[256] = {RP256(resume_call_fun, 1)};
const BeamResume beam_rp_apply[256] = {RP256(resume_apply, 2)};
const BeamResume beam_rp_apply2[1] = {RP(resume_apply2, 0, 2)};
const BeamResume beam_rp_apply3[1] = {RP(resume_apply3, 0, 3)};
