/*
** except.c — exceptions: raising, stack traces, finding the handler.
**
** Raising never unwinds by itself: the raise functions record the class,
** reason and where it happened (the ExcSite) in the process and return
** BEAM_NONV; generated code passes BEAM_NONV up to the scheduler, leaving
** every frame and continuation on the Erlang stack.  The scheduler then
** calls exc_unwind, which builds the stack trace from the ExcSite and the
** continuations on the stack, finds the innermost catch tag, cuts the
** stack there and pushes the handler as the next point to resume, with
** x0 = BEAM_NONV, x1 = class, x2 = reason, x3 = the raw stack trace.
**
** A raw stack trace is the 2-tuple {Class, Frames}: the raise instruction
** needs the class back, build_stacktrace needs the frames.
*/
#include "except.h"

#include <string.h>

#include "atom.h"
#include "atoms_gen.h"
#include "bif.h"
#include "proc.h"
#include "term_build.h"

#define BACKTRACE_DEPTH 8

static BeamTerm mfa_mod(const BeamMfa *m) { return BEAM_ATOM(*m->module->name); }
static BeamTerm mfa_fun(const BeamMfa *m) { return BEAM_ATOM(*m->fun); }

/* Records a pending exception; always returns BEAM_NONV.  exc_trace is
   BEAM_NONV whenever no exception is pending (exc_unwind clears it), so a
   trace set before (raise/3, the raise instruction) is kept, and
   exc_unwind builds one otherwise. */
static BeamTerm pend(Proc *p, BeamTerm cls, BeamTerm reason) {
  p->exc_class = cls;
  p->exc_reason = reason;
  return BEAM_NONV;
}

static void site_mfa(Proc *p, const BeamMfa *mfa, BeamTerm args, BeamLoc loc) {
  ExcSite *s = &p->exc_site;
  memset(s, 0, sizeof *s);
  if (mfa) {
    s->mod = mfa_mod(mfa);
    s->fun = mfa_fun(mfa);
    s->args = args == BEAM_NONV ? BEAM_SMALL(mfa->arity) : args;
  } else {
    s->mod = s->fun = BEAM_NONV; /* no top frame of its own */
    s->args = BEAM_NIL;
  }
  s->loc = loc;
}

/* The site of a failed call of mod:fun with the argument list args: the
   top frame is that function's (with error_info when bif), then caller's
   at loc when caller is not NULL. */
static void site_callee(Proc *p, BeamTerm mod, BeamTerm fun, BeamTerm args, bool bif,
                        const BeamMfa *caller, BeamLoc loc) {
  ExcSite *s = &p->exc_site;
  memset(s, 0, sizeof *s);
  s->mod = mod;
  s->fun = fun;
  s->args = args;
  s->bif = bif;
  s->caller = caller;
  s->caller_loc = loc;
}

BeamTerm beam_raise(BeamProc *bp, BeamTerm cls, BeamTerm reason,
                    const BeamMfa *mfa, BeamLoc loc) {
  Proc *p = PROC(bp);
  site_mfa(p, mfa, BEAM_NONV, loc);
  return pend(p, cls, reason);
}

BeamTerm beam_raise_args(BeamProc *bp, BeamTerm reason, BeamTerm args,
                         const BeamMfa *mfa, BeamLoc loc) {
  Proc *p = PROC(bp);
  site_mfa(p, mfa, args, loc);
  return pend(p, ATOM_ERROR, reason);
}

BeamTerm beam_raise_kind(BeamProc *bp, unsigned kind, BeamTerm v,
                         const BeamMfa *mfa, BeamLoc loc) {
  BeamTerm tag, reason;
  switch (kind) {
  case BEAM_EXC_BADMATCH: tag = ATOM_BADMATCH; break;
  case BEAM_EXC_CASE_CLAUSE: tag = ATOM_CASE_CLAUSE; break;
  case BEAM_EXC_TRY_CLAUSE: tag = ATOM_TRY_CLAUSE; break;
  case BEAM_EXC_BADRECORD: tag = ATOM_BADRECORD; break;
  case BEAM_EXC_NOTSUP: tag = ATOM_NOTSUP; break;
  case BEAM_EXC_IF_CLAUSE: tag = BEAM_NONV; reason = ATOM_IF_CLAUSE; break;
  case BEAM_EXC_TIMEOUT_VALUE: tag = BEAM_NONV; reason = ATOM_TIMEOUT_VALUE; break;
  default: tag = BEAM_NONV; reason = ATOM_BADARITH; break;
  }
  if (tag != BEAM_NONV) reason = tb_tuple2(bp, tag, v);
  return beam_raise(bp, ATOM_ERROR, reason, mfa, loc);
}

BeamTerm beam_raise_fc(BeamProc *bp, const BeamMfa *mfa, BeamLoc loc) {
  BeamTerm args = tb_list_from(bp, bp->x, mfa->arity);
  Proc *p = PROC(bp);
  site_mfa(p, mfa, args, loc);
  return pend(p, ATOM_ERROR, ATOM_FUNCTION_CLAUSE);
}

/* The {error_info, I} element of erlang:error/3's option list, or 0. */
static BeamTerm error_info_option(BeamTerm opts) {
  for (; BEAM_IS_LIST(opts); opts = BEAM_CDR(opts)) {
    BeamTerm o = BEAM_CAR(opts);
    if (BEAM_IS_TUPLE(o) && BEAM_TUPLE_ARITY(o) == 2 && BEAM_ELEMENT(o, 0) == ATOM_ERROR_INFO)
      return o;
  }
  return 0;
}

/*
** A BIF failed: its frame (with the arguments, in p->x) goes on top, the
** caller's frame with the line of the call below it.  error/1,2,3,
** exit/1 and throw/1 called through apply come here too; their frame is
** the caller's alone, as in erl.
*/
BeamTerm beam_raise_bif(BeamProc *bp, unsigned bif, const BeamMfa *caller,
                        BeamLoc loc) {
  Proc *p = PROC(bp);
  const BifEntry *b = bif_entry(bif);
  ExcSite *s = &p->exc_site;
  if (bp->bif_class == BIF_LEAVE) { /* not an error: bif_leave */
    bp->bif_class = 0;
    return BEAM_NONV;
  }
  if (b->raises) {
    site_mfa(p, caller, BEAM_NONV, loc);
    if (bp->bif_class == ATOM_ERROR && b->arity >= 2)
      s->args = bp->x[1];  /* error(Reason, Args) */
    if (bp->bif_class == ATOM_ERROR && b->arity == 3)
      s->error_info = error_info_option(bp->x[2]); /* error(R, A, Options) */
  } else {
    site_callee(p, BEAM_ATOM(*b->mod), BEAM_ATOM(*b->fun),
                tb_list_from(bp, bp->x, b->arity), true, caller, loc);
  }
  BeamTerm cls = bp->bif_class ? bp->bif_class : ATOM_ERROR;
  bp->bif_class = 0;
  return pend(p, cls, bp->bif_reason);
}

BeamTerm beam_undef(BeamProc *bp, const BeamAtom *m, const BeamAtom *f,
                    unsigned arity, const BeamMfa *caller, BeamLoc loc) {
  Proc *p = PROC(bp);
  site_callee(p, BEAM_ATOM(*m), BEAM_ATOM(*f), tb_list_from(bp, bp->x, arity), false,
              caller, loc);
  return pend(p, ATOM_ERROR, ATOM_UNDEF);
}

BeamTerm exc_raise_bs(Proc *p, BeamTerm reason, BeamTerm cause, const BeamMfa *mfa,
                      BeamLoc loc) {
  BeamProc *bp = &p->pub;
  BeamTerm *m = beam_alloc(bp, 4 + 5);
  m[0] = BEAM_HEADER(3, BEAM_SUB_TUPLE); /* the keys, in map order */
  m[1] = ATOM_CAUSE, m[2] = ATOM_FUNCTION, m[3] = ATOM_MODULE;
  m[4] = BEAM_HEADER(4, BEAM_SUB_MAP);
  m[5] = BEAM_MAKE_BOXED(m);
  m[6] = cause, m[7] = ATOM_FORMAT_BS_FAIL, m[8] = ATOM_ERL_ERTS_ERRORS;
  BeamTerm info = tb_tuple2(bp, ATOM_ERROR_INFO, BEAM_MAKE_BOXED(m + 4));
  site_mfa(p, mfa, BEAM_NONV, loc);
  p->exc_site.error_info = info;
  return pend(p, ATOM_ERROR, reason);
}

BeamTerm exc_raise_bif_frame(Proc *p, BeamTerm mod, BeamTerm fun, BeamTerm args,
                             BeamTerm reason, const BeamMfa *caller, BeamLoc loc) {
  site_callee(p, mod, fun, args, true, caller, loc);
  return pend(p, ATOM_ERROR, reason);
}

/* ---- rethrowing -------------------------------------------------------- */

static bool is_class(BeamTerm c) {
  return c == ATOM_ERROR || c == ATOM_EXIT || c == ATOM_THROW;
}

static bool is_raw(BeamTerm raw) {
  return BEAM_IS_TUPLE(raw) && BEAM_TUPLE_ARITY(raw) == 2 &&
         is_class(BEAM_ELEMENT(raw, 0));
}

/* Re-raises with a given stack trace, which exc_unwind keeps. */
static BeamTerm repend(Proc *p, BeamTerm cls, BeamTerm reason, BeamTerm frames) {
  p->exc_trace = frames;
  return pend(p, cls, reason);
}

BeamTerm beam_reraise(BeamProc *bp, BeamTerm raw, BeamTerm value) {
  Proc *p = PROC(bp);
  if (!is_raw(raw)) return repend(p, ATOM_ERROR, value, BEAM_NIL);
  return repend(p, BEAM_ELEMENT(raw, 0), value, BEAM_ELEMENT(raw, 1));
}

BeamTerm beam_raw_raise(BeamProc *bp) {
  Proc *p = PROC(bp);
  BeamTerm cls = bp->x[0], reason = bp->x[1], st = bp->x[2];
  if (!is_class(cls)) return ATOM_BADARG;
  if (is_raw(st)) st = BEAM_ELEMENT(st, 1);
  return repend(p, cls, reason, st);
}

BeamTerm beam_build_stacktrace(BeamProc *bp, BeamTerm raw) {
  (void)bp;
  return is_raw(raw) ? BEAM_ELEMENT(raw, 1) : BEAM_NIL;
}

/* The value of `catch Expr` when Expr raised. */
BeamTerm beam_catch_value(BeamProc *bp, BeamTerm cls, BeamTerm reason,
                          BeamTerm raw) {
  if (cls == ATOM_THROW) return reason;
  if (cls == ATOM_ERROR)
    reason = tb_tuple2(bp, reason, beam_build_stacktrace(bp, raw));
  return tb_tuple2(bp, ATOM_EXIT_CAPS, reason);
}

/* ---- stack traces -------------------------------------------------------- */

static BeamTerm location(BeamProc *bp, BeamLoc loc) {
  if (loc.file == NULL) return BEAM_NIL;
  BeamTerm file = tb_tuple2(bp, ATOM_FILE, tb_string(bp, loc.file));
  BeamTerm line = tb_tuple2(bp, ATOM_LINE, BEAM_SMALL(loc.line));
  return tb_cons(bp, file, tb_cons(bp, line, BEAM_NIL));
}

static BeamTerm frame(BeamProc *bp, BeamTerm m, BeamTerm f, BeamTerm a,
                      BeamTerm info) {
  BeamTerm *hp = beam_alloc(bp, 5);
  hp[0] = BEAM_HEADER(4, BEAM_SUB_TUPLE);
  hp[1] = m;
  hp[2] = f;
  hp[3] = a;
  hp[4] = info;
  return BEAM_MAKE_BOXED(hp);
}

static BeamTerm mfa_frame(BeamProc *bp, const BeamMfa *mfa, BeamLoc loc) {
  return frame(bp, mfa_mod(mfa), mfa_fun(mfa), BEAM_SMALL(mfa->arity),
               location(bp, loc));
}

/* [{error_info, #{module => M}}] for a BIF of module bif_mod: M is the
   module that explains its errors, erl_stdlib_errors for the BIFs of
   stdlib's lists, maps and math, erl_kernel_errors for kernel's os,
   erl_erts_errors for the others (erlang, erts_internal), as in erl. */
static BeamTerm errors_module(BeamTerm bif_mod) {
  if (bif_mod == ATOM_LISTS || bif_mod == ATOM_MAPS || bif_mod == ATOM_MATH)
    return ATOM_ERL_STDLIB_ERRORS;
  return bif_mod == ATOM_OS ? ATOM_ERL_KERNEL_ERRORS : ATOM_ERL_ERTS_ERRORS;
}

static BeamTerm error_info(BeamProc *bp, BeamTerm bif_mod) {
  BeamTerm *k = beam_alloc(bp, 2 + 3);
  k[0] = BEAM_HEADER(1, BEAM_SUB_TUPLE);
  k[1] = ATOM_MODULE;
  k[2] = BEAM_HEADER(2, BEAM_SUB_MAP);
  k[3] = BEAM_MAKE_BOXED(k);
  k[4] = errors_module(bif_mod);
  BeamTerm ei = tb_tuple2(bp, ATOM_ERROR_INFO, BEAM_MAKE_BOXED(k + 2));
  return tb_cons(bp, ei, BEAM_NIL);
}

/*
** The frames of the pending exception, innermost first, at most
** BACKTRACE_DEPTH: the site's frame(s), then one per continuation on the
** stack (each names the caller and the line of its call).
*/
static BeamTerm build_frames(Proc *p) {
  BeamProc *bp = &p->pub;
  const ExcSite *s = &p->exc_site;
  BeamTerm fr[BACKTRACE_DEPTH];
  unsigned n = 0;
  if (s->mod != BEAM_NONV) {
    BeamTerm info = s->bif ? error_info(bp, s->mod) : location(bp, s->loc);
    if (s->error_info != 0) info = tb_append1(bp, info, s->error_info);
    fr[n++] = frame(bp, s->mod, s->fun, s->args, info);
  }
  if (s->caller && n < BACKTRACE_DEPTH)
    fr[n++] = mfa_frame(bp, s->caller, s->caller_loc);
  const BeamResume *prev = NULL;
  for (BeamTerm *sp = bp->stop; sp < p->hend && n < BACKTRACE_DEPTH; sp++) {
    if (!BEAM_IS_RESUME(*sp)) continue;
    const BeamResume *r = (const BeamResume *)*sp;
    /* like erl, a return point repeated by direct recursion shows once */
    if (r->kind == BEAM_RESUME_CP && r->mfa && r != prev)
      fr[n++] = mfa_frame(bp, r->mfa, r->loc);
    prev = r;
  }
  BeamTerm list = BEAM_NIL;
  while (n > 0) list = tb_cons(bp, fr[--n], list);
  return list;
}

/*
** Handles the pending exception: returns true after arranging for the
** innermost handler to run next, false when no catch is on the stack
** (the process dies; class, reason and exc_trace say why).
*/
bool exc_unwind(Proc *p) {
  BeamProc *bp = &p->pub;
  if (p->exc_trace == BEAM_NONV) p->exc_trace = build_frames(p);
  BeamTerm raw = tb_tuple2(bp, p->exc_class, p->exc_trace);
  if (bp->catches == 0) return false;
  for (BeamTerm *sp = bp->stop; sp < p->hend; sp++) {
    if (!BEAM_IS_RESUME(*sp)) continue;
    const BeamResume *r = (const BeamResume *)*sp;
    if (r->kind != BEAM_RESUME_CATCH) continue;
    bp->stop = sp - r->yreg - 1; /* the frame: slot, then Y registers */
    bp->stop[0] = BEAM_NIL;       /* no call of it is running now */
    *--bp->stop = BEAM_RESUME_TERM(r);
    bp->x[0] = BEAM_NONV;
    bp->x[1] = p->exc_class;
    bp->x[2] = p->exc_reason;
    bp->x[3] = raw;
    p->exc_class = BEAM_NONV;
    p->exc_trace = BEAM_NONV;
    return true;
  }
  return false;
}
