/*
** emit_code.c — one Erlang function's instructions to C statements: the
** middle layer of the emitter (emit_ctx.h).  It writes function bodies
** only, calling down to the context for operands, atoms, names and
** resume points, and never up to emit.c, whose file-scope names
** (mfa<fn>, rp<fn>_<k>, fe<k>, rpi<k>) the bodies refer to.
**
** The shape (docs/ARCHITECTURE.md, "Generated code"): X registers are C
** locals X0..Xn, Y registers live on the Erlang stack (BEAM_Y), float
** registers are C doubles F0..Fn.  Every call site counts a reduction and
** checks the C stack; when it must stop, it saves the arguments in p->x,
** pushes a "redo" resume point and returns BEAM_NONV.  A non-tail call
** pushes a "return" resume point, calls the callee directly, and pops the
** point when the callee returns; BEAM_NONV from the callee is passed up
** at once with the point left on the stack.  An instruction beamc cannot
** translate yet is compiled to code that raises {notsup, Name} and
** reported as a warning: it is never miscompiled.
*/
#define _POSIX_C_SOURCE 200809L /* open_memstream */

#include "emit_code.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cname.h"
#include "opcodes.h"

/*
** emitf writes to the function body with printf-like directives:
**   %o  an operand (const IrOperand *)     %u  unsigned
**   %s  a string                           %d  int
**   %L  the current source location        %M  "&mfa<N>" of this function
*/
static void emitf(Emitter *e, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  for (const char *p = fmt; *p; p++) {
    if (*p != '%') {
      fputc(*p, e->body);
      continue;
    }
    switch (*++p) {
    case 'o': ctx_operand(e, e->body, va_arg(ap, const IrOperand *)); break;
    case 'u': fprintf(e->body, "%u", va_arg(ap, unsigned)); break;
    case 'd': fprintf(e->body, "%d", va_arg(ap, int)); break;
    case 's': fputs(va_arg(ap, const char *), e->body); break;
    case 'L': ctx_loc(e, e->body, e->line, false); break;
    case 'M': fprintf(e->body, "&mfa%u", e->fn); break;
    default: fputc(*p, e->body); break;
    }
  }
  va_end(ap);
}

static void spill(Emitter *e, unsigned from, unsigned to) {
  for (unsigned r = from; r < to; r++) emitf(e, " P->x[%u] = X%u;", r, r);
  if (to > e->max_x) e->max_x = to;
}

static void reload(Emitter *e, unsigned from, unsigned to) {
  for (unsigned r = from; r < to; r++) emitf(e, " X%u = P->x[%u];", r, r);
}

/* An atom CTerm for a name the emitter itself needs (lives in the
   module's arena). */
static const CTerm *atom_named(Emitter *e, const char *name) {
  return cterm_atom(e->m->arena, name, strlen(name));
}

static bool import_is(const IrModule *m, uint64_t k, const char *mod,
                      const char *fun, unsigned arity) {
  const IrImport *im = &m->imports[k];
  return im->arity == arity && cterm_is_atom(im->mod, mod) &&
         cterm_is_atom(im->fun, fun);
}

static void runtime_call(Emitter *e, const char *call, const char *rps,
                         unsigned arity, unsigned nargs, bool tail,
                         unsigned dealloc);

/* ---- calls ----------------------------------------------------------------- */

/*
** A non-tail call site.  `call` is the C call expression; `nargs` the X
** registers the callee reads; `all` says whether they all go through p->x
** (runtime dispatch) or only those beyond the fourth (direct calls).  The
** continuation goes in the frame's slot for the call and is cleared after
** it, so the stack names a continuation only while the call is running.
*/
static void call_site(Emitter *e, const char *call, unsigned nargs, bool all) {
  unsigned k = ++e->calls;
  Entry redo = {ENTRY_REDO, k, 0, nargs, e->line};
  Entry ret = {ENTRY_RETURN, k, 0, 0, e->line};
  unsigned re = ctx_add_entry(e, redo), rt = ctx_add_entry(e, ret);
  emitf(e, " C%u: if (%s(P)) {", k, all ? "BEAM_MUST_YIELD" : "BEAM_MUST_YIELD_REDS");
  spill(e, 0, nargs);
  emitf(e, " *--P->stop = BEAM_RESUME_TERM(&rp%u_%u); return BEAM_NONV; }\n ",
        e->fn, re);
  spill(e, all ? 0 : 4, nargs);
  emitf(e, " BEAM_CONT(P) = BEAM_RESUME_TERM(&rp%u_%u);\n", e->fn, rt);
  emitf(e, "  R = %s;\n  if (BEAM_UNLIKELY(R == BEAM_NONV)) return BEAM_NONV;\n"
           "  BEAM_CONT(P) = BEAM_NIL; X0 = R;\n R%u:;\n", call, k);
}

/* A tail call: yield check, then `return call` (or goto for self, which
   does not deepen the C stack and so checks only the time slice). */
static void tail_site(Emitter *e, const char *call, const char *start_rp,
                      unsigned nargs, bool all, int self_label) {
  emitf(e, "  if (%s(P)) {",
        self_label >= 0 ? "BEAM_MUST_YIELD_REDS" : "BEAM_MUST_YIELD");
  spill(e, 0, nargs);
  emitf(e, " *--P->stop = BEAM_RESUME_TERM(&%s); return BEAM_NONV; }\n",
        start_rp);
  if (self_label >= 0) {
    emitf(e, "  goto L%d;\n", self_label);
    return;
  }
  emitf(e, " ");
  spill(e, all ? 0 : 4, nargs);
  emitf(e, "  return %s;\n", call);
}

/* The C call of a compiled function's direct entry: the callee's
   arguments only (at most four; the rest go in p->x). */
static void direct_call_expr(char *buf, size_t n, const char *name,
                             unsigned arity) {
  static const char *const args[] = {"", ", X0", ", X0, X1", ", X0, X1, X2",
                                     ", X0, X1, X2, X3"};
  snprintf(buf, n, "%s(P%s)", name, args[arity < 4 ? arity : 4]);
}

static void local_call(Emitter *e, const IrInstr *in, bool tail,
                       unsigned dealloc) {
  unsigned arity = (unsigned)in->args[0].v.u;
  uint64_t label = in->args[1].v.u;
  int fn = label <= e->m->label_count ? e->label_fn[label] : -1;
  if (fn < 0) {
    emitf(e, "  return beam_raise_kind(P, BEAM_EXC_NOTSUP, BEAM_NIL, %M, %L);\n");
    return;
  }
  char name[300], call[400], rp[64];
  char *s = NULL;
  size_t len;
  FILE *o = open_memstream(&s, &len);
  ctx_fn_name(e, o, (unsigned)fn, true);
  fclose(o);
  snprintf(name, sizeof name, "%s", s);
  free(s);
  direct_call_expr(call, sizeof call, name, arity);
  if (!tail) {
    call_site(e, call, arity, false);
    return;
  }
  if (dealloc) emitf(e, "  P->stop += %u;\n", dealloc);
  snprintf(rp, sizeof rp, "rp%d_0", fn);
  tail_site(e, call, rp, arity, false,
            (unsigned)fn == e->fn ? (int)e->m->functions[fn].entry : -1);
}

/* The BIF call of call_ext: on failure, raise with the BIF's frame. */
static void bif_call(Emitter *e, int bif, unsigned arity) {
  emitf(e, "  R = beam_bif_%s(P", bif_table[bif].cname);
  for (unsigned r = 0; r < arity; r++) emitf(e, ", X%u", r);
  emitf(e, ");\n  if (BEAM_UNLIKELY(R == BEAM_NONV)) {");
  spill(e, 0, arity);
  emitf(e, " return beam_raise_bif(P, %d, %M, %L); }\n  X0 = R;\n", bif);
  emitf(e, "  if (BEAM_UNLIKELY(P->gc_wanted)) { P->x[0] = X0; beam_gc(P, 0, 1);"
           " X0 = P->x[0]; }\n");
}

/* erlang:error/1, throw/1, exit/1: the frame is the caller's. */
static bool raise_call(Emitter *e, uint64_t k) {
  static const char *const cls[] = {"error", "throw", "exit"};
  for (int i = 0; i < 3; i++)
    if (import_is(e->m, k, "erlang", cls[i], 1)) {
      emitf(e, "  return beam_raise(P, ");
      ctx_atom_ref(e, e->body, atom_named(e, cls[i]));
      emitf(e, ", X0, %M, %L);\n");
      return true;
    }
  if (import_is(e->m, k, "erlang", "error", 2)) {
    emitf(e, "  return beam_raise_args(P, X0, X1, %M, %L);\n");
    return true;
  }
  return false;
}

static void ext_call(Emitter *e, const IrInstr *in, bool tail, unsigned dealloc) {
  unsigned arity = (unsigned)in->args[0].v.u;
  uint64_t k = in->args[1].v.u;
  const IrImport *im = &e->m->imports[k];
  if (raise_call(e, k)) return;
  int bif = bif_import(im);
  char call[600], rp[64];
  if (import_is(e->m, k, "erlang", "apply", 3) ||
      import_is(e->m, k, "erlang", "apply", 2)) {
    snprintf(call, sizeof call, "beam_apply%u(P)", arity);
    runtime_call(e, call, arity == 3 ? "beam_rp_apply3" : "beam_rp_apply2",
                 0, arity, tail, dealloc);
    return;
  }
  if (bif >= 0) {
    bif_call(e, bif, arity);
    if (tail) emitf(e, "  P->stop += %u;\n  return X0;\n", dealloc);
    return;
  }
  if (cterm_is_atom(im->mod, "erlang")) {
    ctx_warn(e, "erlang:%s/%u is not implemented yet: calling it raises undef",
             im->fun->u.atom.name, (unsigned)im->arity);
  }
  char *s = NULL;
  size_t len;
  FILE *o = open_memstream(&s, &len);
  ctx_fn_symbol(o, im->mod, im->fun, im->arity, true);
  fclose(o);
  direct_call_expr(call, sizeof call, s, arity);
  free(s);
  if (!tail) {
    call_site(e, call, arity, false);
    return;
  }
  if (dealloc) emitf(e, "  P->stop += %u;\n", dealloc);
  snprintf(rp, sizeof rp, "rpi%u", (unsigned)k);
  tail_site(e, call, rp, arity, false, -1);
}

/*
** Calls dispatched by the runtime (funs, apply) read every argument from
** p->x.  In tail position they yield through the runtime's resume points
** beam_rp_call_fun[arity] and beam_rp_apply[arity], which dispatch again,
** and leave their site (function and line) in P->tail_site for the
** caller's frame of the error the runtime may raise before the call.
*/
static void runtime_call(Emitter *e, const char *call, const char *rps,
                         unsigned arity, unsigned nargs, bool tail,
                         unsigned dealloc) {
  if (!tail) {
    call_site(e, call, nargs, true);
    return;
  }
  emitf(e, "  { static const BeamSite ts = {%M, ");
  ctx_loc(e, e->body, e->line, true);
  emitf(e, "}; P->tail_site = &ts; }\n");
  if (dealloc) emitf(e, "  P->stop += %u;\n", dealloc);
  char rp[64];
  snprintf(rp, sizeof rp, "%s[%u]", rps, arity);
  tail_site(e, call, rp, nargs, true, -1);
}

static void fun_call(Emitter *e, unsigned arity, const IrOperand *fun,
                     bool tail, unsigned dealloc) {
  if (fun) emitf(e, "  X%u = %o;\n", arity, fun);
  char call[64];
  snprintf(call, sizeof call, "beam_call_fun(P, %u)", arity);
  runtime_call(e, call, "beam_rp_call_fun", arity, arity + 1, tail, dealloc);
}

static void apply_call(Emitter *e, unsigned arity, bool tail, unsigned dealloc) {
  char call[64];
  snprintf(call, sizeof call, "beam_apply_n(P, %u)", arity);
  runtime_call(e, call, "beam_rp_apply", arity, arity + 2, tail, dealloc);
}

/* ---- heap and stack ------------------------------------------------------- */

/* Words of heap an allocation list asks for: `words` whatever the word
   size, and `floats` floats, whose size is the target's (a header and
   BEAM_FLOAT_WORDS words), so it is left to the C compiler. */
typedef struct HeapNeed {
  uint64_t words, floats;
} HeapNeed;

static HeapNeed heap_need(const IrOperand *o) {
  if (o->kind == IR_ALLOC)
    return (HeapNeed){o->v.alloc.words + o->v.alloc.funs * 4, o->v.alloc.floats};
  return (HeapNeed){o->v.u, 0};
}

/* The words of need as a C expression, in buf (64 bytes). */
static const char *need_text(HeapNeed need, char *buf) {
  if (need.floats == 0)
    snprintf(buf, 64, "%u", (unsigned)need.words);
  else
    snprintf(buf, 64, "%u + %u * (1 + BEAM_FLOAT_WORDS)", (unsigned)need.words,
             (unsigned)need.floats);
  return buf;
}

static void heap_test(Emitter *e, HeapNeed need, unsigned live) {
  char n[64];
  need_text(need, n);
  if (e->opt->gc_stress)
    emitf(e, "  {");
  else
    emitf(e, "  if (BEAM_UNLIKELY(BEAM_HEAP_FREE(P) < %s + BEAM_STACK_SLACK)) {", n);
  spill(e, 0, live);
  emitf(e, " beam_gc(P, %s, %u);", n, live);
  reload(e, 0, live);
  emitf(e, " }\n");
}

/* The words of a frame of ny Y registers: the continuation slot (at
   stop[0]) and the Y registers (BEAM_Y, stop[1..ny]). */
#define FRAME_WORDS(ny) ((unsigned)(ny) + 1)

/* Frames of more words than this are cleared by a loop. */
#define FRAME_UNROLL 16

/*
** allocate: the C-stack depth check of the function (a non-tail call, the
** only way generated code deepens the C stack, needs a frame), with a
** resume point that redoes it; then the heap test and the frame.
*/
static void allocate(Emitter *e, unsigned ny, HeapNeed heap, unsigned live) {
  unsigned k = ++e->calls;
  Entry redo = {ENTRY_REDO, k, 0, live, e->line};
  unsigned re = ctx_add_entry(e, redo);
  emitf(e, " C%u: if (BEAM_STACK_DEEP(P)) {", k);
  spill(e, 0, live);
  emitf(e, " *--P->stop = BEAM_RESUME_TERM(&rp%u_%u); return BEAM_NONV; }\n",
        e->fn, re);
  heap.words += ny + 1;
  heap_test(e, heap, live);
  emitf(e, "  P->stop -= %u;", ny + 1);
  if (ny + 1 > FRAME_UNROLL)   /* C that does not grow with the frame */
    emitf(e, " for (unsigned w_ = 0; w_ <= %u; w_++) P->stop[w_] = BEAM_NIL;", ny);
  else
    for (unsigned w = 0; w <= ny; w++) emitf(e, " P->stop[%u] = BEAM_NIL;", w);
  emitf(e, "\n");
}

/* ---- tests and BIFs -------------------------------------------------------- */

static void fail_to(Emitter *e, uint64_t label) { emitf(e, "goto L%u;", (unsigned)label); }

/*
** The run-time check of a source type the validator could not prove
** (IRF_UNPROVEN): the condition `cond` (a format over `src`, which
** names it twice at most) must hold.  Code erlc wrote always passes it;
** other code raises badarg instead of reading what is not there.
*/
static void type_guard(Emitter *e, const IrInstr *in, const char *cond, const IrOperand *src) {
  if (!(in->flags & IRF_UNPROVEN)) return;
  emitf(e, "  if (BEAM_UNLIKELY(!(");
  emitf(e, cond, src, src);
  emitf(e, "))) return beam_raise(P, ");
  ctx_atom_ref(e, e->body, atom_named(e, "error"));
  emitf(e, ", ");
  ctx_atom_ref(e, e->body, atom_named(e, "badarg"));
  emitf(e, ", %M, %L);\n");
}

/* The same for a test: what fails the check fails the test. */
static void type_guard_fail(Emitter *e, const IrInstr *in, const char *cond,
                            const IrOperand *src, uint64_t fail) {
  if (!(in->flags & IRF_UNPROVEN)) return;
  emitf(e, "  if (!(");
  emitf(e, cond, src);
  emitf(e, ")) ");
  fail_to(e, fail);
  emitf(e, "\n");
}

/* A tuple of more than `index` elements. */
static void tuple_guard(Emitter *e, const IrInstr *in, const IrOperand *src, uint64_t index) {
  char cond[96];
  snprintf(cond, sizeof cond, "BEAM_IS_TUPLE(%%o) && BEAM_TUPLE_ARITY(%%o) > %u", (unsigned)index);
  type_guard(e, in, cond, src);
}


/* A type test.  erl's loader turns is_nonempty_list and is_function of a
   literal operand (a boxed constant) into a jump to the fail label,
   whatever the literal; so does this.  (The other tests of literals test
   them.) */
static void type_test(Emitter *e, const IrInstr *in, const char *macro) {
  if (in->args[1].kind == IR_LITERAL &&
      (in->op == OP_is_nonempty_list || in->op == OP_is_function)) {
    emitf(e, "  ");
    fail_to(e, in->args[0].v.u);
    emitf(e, "\n");
    return;
  }
  emitf(e, "  if (!%s(%o)) ", macro, &in->args[1]);
  fail_to(e, in->args[0].v.u);
  emitf(e, "\n");
}

static void compare_test(Emitter *e, const IrInstr *in) {
  const IrOperand *a = &in->args[1], *b = &in->args[2];
  const char *c = NULL;
  switch (in->op) {
  case OP_is_lt: c = "!BEAM_LT(%o, %o)"; break;
  case OP_is_ge: c = "BEAM_LT(%o, %o)"; break;
  case OP_is_eq: c = "!BEAM_EQ(%o, %o)"; break;
  case OP_is_ne: c = "BEAM_EQ(%o, %o)"; break;
  case OP_is_eq_exact: c = "!BEAM_EQ_EXACT(%o, %o)"; break;
  default: c = "BEAM_EQ_EXACT(%o, %o)"; break;
  }
  emitf(e, "  if (");
  emitf(e, c, a, b);
  emitf(e, ") ");
  fail_to(e, in->args[0].v.u);
  emitf(e, "\n");
}

static bool is_reg(const IrOperand *o) {
  return o->kind == IR_X || o->kind == IR_Y || o->kind == IR_TR;
}

static bool is_small_int(const IrOperand *o, int64_t min) {
  return o->kind == IR_INT && o->v.i >= min && o->v.i < ((int64_t)1 << 59);
}

/*
** True when erl raises this BIF's error from the caller, without a frame
** for the BIF: its loader turns Reg + Int, Int + Reg and Reg - Int (Int a
** small, >= 0 for '-') into an increment instruction whose failure
** names no BIF.  Checked against erl on every sign and edge of Int.
*/
static bool raises_in_caller(int bif, const IrOperand *args, unsigned n) {
  const BifInfo *b = &bif_table[bif];
  if (strcmp(b->mod, "erlang") != 0) return false;
  if (n == 1 && strcmp(b->fun, "+") == 0) return is_reg(&args[0]); /* +X is X + 0 */
  if (n != 2) return false;
  if (strcmp(b->fun, "+") == 0)
    return (is_reg(&args[0]) && is_small_int(&args[1], -((int64_t)1 << 59))) ||
           (is_reg(&args[1]) && is_small_int(&args[0], -((int64_t)1 << 59)));
  if (strcmp(b->fun, "-") == 0)
    return is_reg(&args[0]) && is_small_int(&args[1], 0);
  return false;
}

/*
** bif0..bif2 and gc_bif1..3: arguments as operands.  Inline fast paths
** for small-integer arithmetic are macros of beamrt.h (BEAM_ADD_FAST ...)
** that fall back to the BIF function.
*/
static void bif_instr(Emitter *e, uint64_t fail, const IrOperand *bifop,
                      const IrOperand *args, unsigned n, const IrOperand *dst,
                      int gc_live) {
  const IrImport *im = &e->m->imports[bifop->v.u];
  int bif = bif_import(im);
  if (bif < 0) {
    ctx_warn(e, "BIF %s:%s/%u is not implemented yet: it raises undef",
             im->mod->u.atom.name, im->fun->u.atom.name, (unsigned)im->arity);
    emitf(e, "  {");
    for (unsigned i = 0; i < n; i++) emitf(e, " P->x[%u] = %o;", i, &args[i]);
    emitf(e, " return beam_undef(P, &");
    ctx_atom_rec(e, e->body, im->mod);
    emitf(e, ", &");
    ctx_atom_rec(e, e->body, im->fun);
    emitf(e, ", %u, %M, %L); }\n", (unsigned)im->arity);
    return;
  }
  emitf(e, "  R = beam_bif_%s(P", bif_table[bif].cname);
  for (unsigned i = 0; i < n; i++) emitf(e, ", %o", &args[i]);
  emitf(e, ");\n  if (BEAM_UNLIKELY(R == BEAM_NONV)) ");
  if (fail) {
    fail_to(e, fail);
  } else if (raises_in_caller(bif, args, n)) {
    emitf(e, "return beam_raise(P, P->bif_class, P->bif_reason, %M, %L);");
  } else {
    emitf(e, "{");
    for (unsigned i = 0; i < n; i++) emitf(e, " P->x[%u] = %o;", i, &args[i]);
    emitf(e, " return beam_raise_bif(P, %d, %M, %L); }", bif);
  }
  emitf(e, "\n  %o = R;\n", dst);
  if (gc_live >= 0) {
    emitf(e, "  if (BEAM_UNLIKELY(P->gc_wanted)) {");
    spill(e, 0, (unsigned)gc_live);
    emitf(e, " P->x[%u] = R; beam_gc(P, 0, %u);", (unsigned)gc_live,
          (unsigned)gc_live + 1);
    reload(e, 0, (unsigned)gc_live);
    emitf(e, " %o = P->x[%u]; }\n", dst, (unsigned)gc_live);
  }
}

/* What the Type chunk (or the literal itself) says an operand can be:
   IRT_* bits. */
static unsigned operand_types(const Emitter *e, const IrOperand *o) {
  switch (o->kind) {
  case IR_TR: return e->m->types[o->v.tr.type].bits;
  case IR_INT: return IRT_INTEGER;
  case IR_LITERAL: return o->v.term->kind == CT_FLOAT ? IRT_FLOAT : IRT_ANY;
  default: return IRT_ANY;
  }
}

/* Inline paths of the arithmetic BIFs: on smalls (NULL: none) and on
   floats mixed with smalls (NULL: none). */
static const struct {
  const char *fun, *small, *flt;
} arith_paths[] = {
  {"+", "BEAM_ADD_SMALL", "BEAM_ADD_FLT"},
  {"-", "BEAM_SUB_SMALL", "BEAM_SUB_FLT"},
  {"*", "BEAM_MUL_SMALL", "BEAM_MUL_FLT"},
  {"/", NULL, "BEAM_DIV_FLT"},
  {"div", "BEAM_DIV_SMALL", NULL},
  {"rem", "BEAM_REM_SMALL", NULL},
  {"band", "BEAM_BAND_SMALL", NULL},
  {"bor", "BEAM_BOR_SMALL", NULL},
  {"bxor", "BEAM_BXOR_SMALL", NULL},
  {"bsl", "BEAM_BSL_SMALL", NULL},
  {"bsr", "BEAM_BSR_SMALL", NULL},
};

/*
** Opens the inline paths of an arithmetic gc_bif2 ("if (!(fast)) {"); the
** caller emits the BIF call as the slow branch.  A path is left out when
** the operands' types rule it out (no small path for floats, no float
** path for integers).  False when there is no inline path.
*/
static bool arith_fast(Emitter *e, const IrInstr *in, int bifop, int a1, int a2) {
  const IrImport *im = &e->m->imports[in->args[bifop].v.u];
  if (!cterm_is_atom(im->mod, "erlang") || im->arity != 2) return false;
  const IrOperand *x = &in->args[a1], *y = &in->args[a2];
  unsigned tx = operand_types(e, x), ty = operand_types(e, y);
  for (size_t i = 0; i < sizeof arith_paths / sizeof arith_paths[0]; i++) {
    if (!cterm_is_atom(im->fun, arith_paths[i].fun)) continue;
    const char *sm = arith_paths[i].small, *fl = arith_paths[i].flt;
    bool divide = !sm;
    if (sm && !((tx & IRT_INTEGER) && (ty & IRT_INTEGER))) sm = NULL;
    if (fl && !(divide || ((tx | ty) & IRT_FLOAT))) fl = NULL;
    if (fl && !((tx & (IRT_INTEGER | IRT_FLOAT)) && (ty & (IRT_INTEGER | IRT_FLOAT))))
      fl = NULL;
    if (!sm && !fl) return false;
    emitf(e, "  if (!(");
    if (sm) emitf(e, "%s(R, %o, %o)", sm, x, y);
    if (sm && fl) emitf(e, " || ");
    if (fl) emitf(e, "%s(P, R, %o, %o)", fl, x, y);
    emitf(e, ")) {\n");
    return true;
  }
  return false;
}

static void select_val(Emitter *e, const IrInstr *in) {
  const IrOperand *v = &in->args[0], *l = &in->args[2];
  uint32_t n = l->v.list.n;
  bool all_small = true;
  for (uint32_t i = 0; i < n; i += 2) {
    const IrOperand *c = &l->v.list.elems[i];
    if (!(c->kind == IR_INT && c->v.i >= -((int64_t)1 << 27) &&
          c->v.i < ((int64_t)1 << 27)))
      all_small = false;
  }
  if (all_small && n > 0) {
    emitf(e, "  switch (%o) {\n", v);
    for (uint32_t i = 0; i < n; i += 2)
      emitf(e, "  case BEAM_SMALL(%d): goto L%u;\n",
            (int)l->v.list.elems[i].v.i, (unsigned)l->v.list.elems[i + 1].v.u);
    emitf(e, "  default: goto L%u;\n  }\n", (unsigned)in->args[1].v.u);
    return;
  }
  for (uint32_t i = 0; i < n; i += 2) {
    const IrOperand *c = &l->v.list.elems[i];
    bool imm = c->kind == IR_ATOM || c->kind == IR_NIL ||
               (c->kind == IR_INT && c->v.i >= -((int64_t)1 << 27) &&
                c->v.i < ((int64_t)1 << 27));
    emitf(e, imm ? "  if (%o == %o) goto L%u;\n"
                 : "  if (BEAM_EQ_EXACT(%o, %o)) goto L%u;\n",
          v, c, (unsigned)l->v.list.elems[i + 1].v.u);
  }
  emitf(e, "  goto L%u;\n", (unsigned)in->args[1].v.u);
}

static void select_arity(Emitter *e, const IrInstr *in) {
  const IrOperand *v = &in->args[0], *l = &in->args[2];
  emitf(e, "  if (!BEAM_IS_TUPLE(%o)) goto L%u;\n  switch (BEAM_TUPLE_ARITY(%o)) {\n",
        v, (unsigned)in->args[1].v.u, v);
  for (uint32_t i = 0; i < l->v.list.n; i += 2)
    emitf(e, "  case %u: goto L%u;\n", (unsigned)l->v.list.elems[i].v.u,
          (unsigned)l->v.list.elems[i + 1].v.u);
  emitf(e, "  default: goto L%u;\n  }\n", (unsigned)in->args[1].v.u);
}

/* ---- exceptions ---------------------------------------------------------- */

static void catch_instr(Emitter *e, const IrInstr *in) {
  unsigned y = (unsigned)in->args[0].v.reg, label = (unsigned)in->args[1].v.u;
  Entry h = {ENTRY_HANDLER, label, y, 4, e->line};
  unsigned n = ctx_add_entry(e, h);
  emitf(e, "  BEAM_Y(P, %u) = BEAM_RESUME_TERM(&rp%u_%u); P->catches++;\n", y,
        e->fn, n);
}

/* ---- receive --------------------------------------------------------------- */

/* A resume point that goes on at label `label`, no X register live. */
static unsigned label_entry(Emitter *e, uint64_t label) {
  Entry r = {ENTRY_LABEL, (unsigned)label, 0, 0, e->line};
  return ctx_add_entry(e, r);
}

/* loop_rec_end: the next message; a reduction, so that scanning a long
   queue again and again starves nobody. */
static void loop_rec_end(Emitter *e, uint64_t label) {
  emitf(e, "  beam_loop_rec_end(P);\n  if (BEAM_MUST_YIELD_REDS(P)) {"
           " *--P->stop = BEAM_RESUME_TERM(&rp%u_%u); return BEAM_NONV; }\n"
           "  goto L%u;\n", e->fn, label_entry(e, label), (unsigned)label);
}

/* wait and wait_timeout: suspend, to be resumed at the loop_rec. */
static void wait_instr(Emitter *e, uint64_t label, const IrOperand *timeout) {
  unsigned rp = label_entry(e, label);
  emitf(e, "  switch (beam_wait(P, ");
  if (timeout) emitf(e, "%o", timeout); else emitf(e, "BEAM_NONV");
  emitf(e, ")) {\n  case BEAM_WAIT_SUSPEND:"
           " *--P->stop = BEAM_RESUME_TERM(&rp%u_%u); return BEAM_NONV;\n"
           "  case BEAM_WAIT_BADARG:"
           " return beam_raise_kind(P, BEAM_EXC_TIMEOUT_VALUE, BEAM_NIL, %M, %L);\n"
           "  default: break;\n  }\n", e->fn, rp);
}

static bool translate_receive(Emitter *e, const IrInstr *in) {
  const IrOperand *a = in->args;
  switch (in->op) {
  case OP_send: bif_call(e, bif_lookup("erlang", 6, "send", 4, 2), 2); return true;
  case OP_loop_rec:
    emitf(e, "  R = beam_loop_rec(P);\n  if (R == BEAM_NONV) goto L%u;\n  %o = R;\n",
          (unsigned)a[0].v.u, &a[1]);
    return true;
  case OP_loop_rec_end: loop_rec_end(e, a[0].v.u); return true;
  case OP_remove_message: emitf(e, "  beam_remove_message(P);\n"); return true;
  case OP_wait: wait_instr(e, a[0].v.u, NULL); return true;
  case OP_wait_timeout: wait_instr(e, a[0].v.u, &a[1]); return true;
  case OP_timeout: emitf(e, "  beam_timeout(P);\n"); return true;
  default: return false;
  }
}

static void raise_kind(Emitter *e, const char *kind, const IrOperand *v) {
  emitf(e, "  return beam_raise_kind(P, %s, ", kind);
  if (v) emitf(e, "%o", v); else emitf(e, "BEAM_NIL");
  emitf(e, ", %M, %L);\n");
}

static void notsup(Emitter *e, const IrInstr *in) {
  const char *name = opcode_table[in->op].name;
  const IrFunction *f = &e->m->functions[e->fn];
  ctx_warn(e, "%s/%u: instruction %s is not supported yet: it raises "
              "{notsup,%s} at run time",
           f->name->u.atom.name, (unsigned)f->arity, name, name);
  emitf(e, "  return beam_raise_kind(P, BEAM_EXC_NOTSUP, ");
  ctx_atom_ref(e, e->body, atom_named(e, name));
  emitf(e, ", %M, %L);\n");
}

/* ---- floats ----------------------------------------------------------------- */

static void float_op(Emitter *e, const IrInstr *in, const char *op) {
  emitf(e, "  %o = %o %s %o;\n  if (BEAM_UNLIKELY(!__builtin_isfinite(%o))) ",
        &in->args[3], &in->args[1], op, &in->args[2], &in->args[3]);
  raise_kind(e, "BEAM_EXC_BADARITH", NULL);
}

static void fmove(Emitter *e, const IrInstr *in) {
  const IrOperand *s = &in->args[0], *d = &in->args[1];
  if (s->kind == IR_FR && d->kind == IR_FR)
    emitf(e, "  %o = %o;\n", d, s);
  else if (s->kind == IR_FR)
    emitf(e, "  %o = BEAM_BOX_FLOAT(P, %o);\n", d, s);
  else {
    type_guard(e, in, "BEAM_IS_FLOAT(%o)", s);
    emitf(e, "  %o = BEAM_FLOAT_VALUE(%o);\n", d, s);
  }
}

/* ---- maps ------------------------------------------------------------------ */

/* The X registers a runtime entry point can be handed (BEAM_MAX_X of
   beamrt.h). */
#define MAP_MAX_X 1024

/*
** put_map_assoc / put_map_exact Fail Src Dst Live {list,[K1,V1,...]}.
** The result's size depends on the map, so beam_map_put makes room
** itself: the source and the pairs go to p->x[Live..], the live
** registers to p->x[0..Live-1] (they are the collection's roots) and are
** reloaded after.  A failure ({badmap, Src}, or {badkey, K} for :=) goes
** to Fail, or raises from this function's frame as erl does.
*/
static void put_map(Emitter *e, const IrInstr *in, bool exact) {
  const IrOperand *a = in->args, *l = &a[4];
  unsigned live = (unsigned)a[3].v.u, n = l->v.list.n / 2;
  uint64_t fail = a[0].v.u;
  if (live + 1 + 2 * n > MAP_MAX_X) {
    notsup(e, in);
    return;
  }
  emitf(e, "  P->x[%u] = %o;", live, &a[1]);
  for (unsigned i = 0; i < 2 * n; i++)
    emitf(e, " P->x[%u] = %o;", live + 1 + i, &l->v.list.elems[i]);
  spill(e, 0, live);
  char flags[80];
  snprintf(flags, sizeof flags, "%s%s%s", exact ? " | BEAM_MAP_EXACT" : "",
           e->opt->gc_stress ? " | BEAM_MAP_STRESS" : "", fail ? "" : " | BEAM_MAP_REASON");
  emitf(e, "\n  R = beam_map_put(P, %u, %u, 0%s);\n  if (BEAM_UNLIKELY(R == BEAM_NONV)) ",
        live, n, flags);
  if (fail)
    fail_to(e, fail);
  else
    emitf(e, "return beam_raise(P, P->bif_class, P->bif_reason, %M, %L);");
  emitf(e, "\n ");
  reload(e, 0, live);
  emitf(e, " %o = R;\n", &a[2]);
}

/*
** get_map_elements Fail Src {list,[K1,D1,...]}: every key is looked up
** before any destination is written, since a destination may be the
** source or a later key's register.  Any missing key goes to Fail (the
** compiler never omits it; the destinations are then unspecified).
*/
static void get_map_elements(Emitter *e, const IrInstr *in) {
  const IrOperand *l = &in->args[2];
  unsigned n = l->v.list.n / 2;
  if (n == 0) return;
  type_guard_fail(e, in, "BEAM_IS_MAP(%o)", &in->args[1], in->args[0].v.u);
  emitf(e, "  { BeamTerm m_ = %o, v_[%u];\n", &in->args[1], n);
  for (unsigned i = 0; i < n; i++) {
    emitf(e, "  if ((v_[%u] = beam_map_get(m_, %o)) == BEAM_NONV) ", i,
          &l->v.list.elems[2 * i]);
    fail_to(e, in->args[0].v.u);
    emitf(e, "\n");
  }
  emitf(e, " ");
  for (unsigned i = 0; i < n; i++) emitf(e, " %o = v_[%u];", &l->v.list.elems[2 * i + 1], i);
  emitf(e, " }\n");
}

/* has_map_fields Fail Src {list,[K1,...]}: every key is in the map. */
static void has_map_fields(Emitter *e, const IrInstr *in) {
  const IrOperand *l = &in->args[2];
  type_guard_fail(e, in, "BEAM_IS_MAP(%o)", &in->args[1], in->args[0].v.u);
  for (uint32_t i = 0; i < l->v.list.n; i++) {
    emitf(e, "  if (beam_map_get(%o, %o) == BEAM_NONV) ", &in->args[1], &l->v.list.elems[i]);
    fail_to(e, in->args[0].v.u);
    emitf(e, "\n");
  }
}

/* ---- the bit syntax ------------------------------------------------------------ */

/* The BEAM_BSF_* bits of a bs_create_bin segment's flags (nil or a
   literal list of atoms). */
static unsigned bs_flags(const IrOperand *o) {
  unsigned f = 0;
  if (o->kind != IR_LITERAL) return 0;
  for (const CTerm *l = o->v.term; l->kind == CT_CONS; l = l->u.cons.tail) {
    const CTerm *a = l->u.cons.head;
    if (cterm_is_atom(a, "little")) f |= 2;
    else if (cterm_is_atom(a, "signed")) f |= 4;
    else if (cterm_is_atom(a, "native")) f |= 16;
  }
  return f;
}

static const char *bs_type(const IrOperand *o) {
  static const char *const types[][2] = {
    {"integer", "BEAM_BS_INTEGER"}, {"float", "BEAM_BS_FLOAT"}, {"binary", "BEAM_BS_BINARY"},
    {"utf8", "BEAM_BS_UTF8"}, {"utf16", "BEAM_BS_UTF16"}, {"utf32", "BEAM_BS_UTF32"},
    {"string", "BEAM_BS_STRING"}, {"append", "BEAM_BS_APPEND"},
    {"private_append", "BEAM_BS_PRIVATE_APPEND"}};
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
    if (o->kind == IR_ATOM && cterm_is_atom(o->v.term, types[i][0])) return types[i][1];
  return NULL;
}

/* Writes n bytes as a static array bs<N> to the literal data; returns N. */
static unsigned bs_bytes(Emitter *e, const uint8_t *b, size_t n) {
  unsigned id = e->n_bs++;
  fprintf(e->lits, "static const uint8_t bs%u[%zu] = {", id, n ? n : 1);
  for (size_t i = 0; i < n; i++) fprintf(e->lits, "%s%u", i ? "," : "", b[i]);
  fprintf(e->lits, "%s};\n", n ? "" : "0");
  return id;
}

/* A segment's constant size for its descriptor, or NULL when the size
   is a register (the value array carries it). */
static const char *bs_size(const IrOperand *z, char *buf) {
  if (z->kind == IR_INT) return snprintf(buf, 32, "%lld", (long long)z->v.i), buf;
  if (z->kind == IR_ATOM && cterm_is_atom(z->v.term, "all")) return "BEAM_BS_ALL";
  if (z->kind == IR_ATOM) return "0"; /* undefined: utf segments */
  return NULL;
}

/*
** bs_create_bin Fail Alloc Live Unit Dst {list,Segments}: the segments'
** descriptor goes to the literal data, their values and sizes to a C
** array; beam_bs_create allocates with beam_alloc only, so the heap test
** before it (Alloc words for what follows, BEAM_BS_CREATE_WORDS for the
** result) is the only place it collects.  A failure goes to Fail, or
** raises from this function with erl's error_info.
*/
static void bs_create(Emitter *e, const IrInstr *in) {
  const IrOperand *a = in->args, *l = &a[5];
  unsigned n = l->v.list.n / 6;
  HeapNeed need = heap_need(&a[1]);
  need.words += 16; /* BEAM_BS_CREATE_WORDS */
  for (unsigned i = 0; i < n; i++)
    if (bs_type(&l->v.list.elems[6 * i]) == NULL) {
      notsup(e, in);
      return;
    }
  heap_test(e, need, (unsigned)a[2].v.u);
  unsigned id = e->n_bs++;
  unsigned *strs = calloc(n + 1, sizeof *strs);
  for (unsigned i = 0; i < n; i++) {
    const IrOperand *s = &l->v.list.elems[6 * i];
    if (s[4].kind == IR_STRING) strs[i] = bs_bytes(e, s[4].v.str.data, s[4].v.str.len);
  }
  fprintf(e->lits, "static const BeamBsSeg bs%u[%u] = {\n", id, n ? n : 1);
  for (unsigned i = 0; i < n; i++) {
    const IrOperand *s = &l->v.list.elems[6 * i];
    char buf[32], str[32] = "NULL";
    const char *size = bs_size(&s[5], buf);
    if (s[4].kind == IR_STRING) {
      snprintf(str, sizeof str, "bs%u", strs[i]);
      snprintf(buf, sizeof buf, "%u", (unsigned)s[4].v.str.len);
      size = buf;
    }
    fprintf(e->lits, "  {%s, %u, %u, %u, %s, %s},\n", bs_type(&s[0]), bs_flags(&s[3]),
            (unsigned)s[2].v.u, (unsigned)s[1].v.u, size ? size : "BEAM_BS_VAR", str);
  }
  if (n == 0) fprintf(e->lits, "  {0, 0, 0, 0, 0, NULL},\n");
  fprintf(e->lits, "};\n");
  free(strs);
  emitf(e, "  { BeamTerm v_[%u] = {", 2 * n + 1);
  for (unsigned i = 0; i < n; i++) {
    const IrOperand *s = &l->v.list.elems[6 * i];
    char buf[32];
    if (s[4].kind == IR_STRING) emitf(e, "BEAM_NIL, ");
    else emitf(e, "%o, ", &s[4]);
    if (bs_size(&s[5], buf) == NULL) emitf(e, "%o, ", &s[5]);
    else emitf(e, "BEAM_NIL, ");
  }
  emitf(e, "0};\n    R = beam_bs_create(P, bs%u, %u, v_); }\n  if (BEAM_UNLIKELY(R == BEAM_NONV)) ",
        id, n);
  if (a[0].v.u) fail_to(e, a[0].v.u);
  else emitf(e, "return beam_raise_bs(P, %M, %L);");
  emitf(e, "\n  %o = R;\n", &a[4]);
}

/* `R = call` that goes to Fail when it gives BEAM_NONV, then Dst = R. */
static void bs_get(Emitter *e, const char *call, const IrOperand *ctx, const IrOperand *dst,
                   uint64_t fail, ...) {
  emitf(e, "  R = ");
  va_list ap;
  va_start(ap, fail);
  for (const char *p = call; *p; p++) { /* %o: the context, %p: the next operand */
    if (*p == '%' && p[1] == 'o') emitf(e, "%o", ctx), p++;
    else if (*p == '%' && p[1] == 'p') emitf(e, "%o", va_arg(ap, const IrOperand *)), p++;
    else fputc(*p, e->body);
  }
  va_end(ap);
  emitf(e, ";\n  if (R == BEAM_NONV) ");
  fail_to(e, fail);
  if (dst) emitf(e, "\n  %o = R;\n", dst);
  else emitf(e, "\n");
}

/* bs_start_match3 Fail Src Live Dst, bs_start_match4 Fail Live Src Dst
   (Fail no_fail or resume: the source is known to be a bitstring or a
   context; anything else raises badarg, as for unproven code). */
static void bs_start(Emitter *e, const IrInstr *in) {
  const IrOperand *a = in->args;
  bool m4 = in->op == OP_bs_start_match4;
  const IrOperand *src = m4 ? &a[2] : &a[1], *dst = &a[3];
  emitf(e, "  R = beam_bs_start(P, %o);\n  if (R == BEAM_NONV) ", src);
  if (a[0].kind == IR_LABEL && a[0].v.u) {
    fail_to(e, a[0].v.u);
  } else {
    emitf(e, "return beam_raise(P, ");
    ctx_atom_ref(e, e->body, atom_named(e, "error"));
    emitf(e, ", ");
    ctx_atom_ref(e, e->body, atom_named(e, "badarg"));
    emitf(e, ", %M, %L);");
  }
  emitf(e, "\n  %o = R;\n", dst);
}

static bool translate_bs(Emitter *e, const IrInstr *in) {
  const IrOperand *a = in->args;
  char buf[96];
  switch (in->op) {
  case OP_bs_create_bin: bs_create(e, in); return true;
  case OP_bs_init_writable: emitf(e, "  X0 = beam_bs_init_writable(P);\n"); return true;
  case OP_bs_start_match3: case OP_bs_start_match4: bs_start(e, in); return true;
  case OP_bs_get_position: emitf(e, "  %o = beam_bs_get_position(P, %o);\n", &a[1], &a[0]); return true;
  case OP_bs_set_position: emitf(e, "  beam_bs_set_position(%o, %o);\n", &a[0], &a[1]); return true;
  case OP_bs_get_tail: emitf(e, "  %o = beam_bs_get_tail(P, %o);\n", &a[1], &a[0]); return true;
  case OP_bs_get_integer2: case OP_bs_get_float2:
    snprintf(buf, sizeof buf, "beam_bs_get_%s(P, %%o, %%p, %u, %u)",
             in->op == OP_bs_get_integer2 ? "integer" : "float", (unsigned)a[4].v.u,
             (unsigned)a[5].v.u);
    bs_get(e, buf, &a[1], &a[6], a[0].v.u, &a[3]);
    return true;
  case OP_bs_get_binary2:
    snprintf(buf, sizeof buf, "beam_bs_get_binary(P, %%o, %%p, %u)", (unsigned)a[4].v.u);
    bs_get(e, buf, &a[1], &a[6], a[0].v.u, &a[3]);
    return true;
  case OP_bs_skip_bits2:
    snprintf(buf, sizeof buf, "(beam_bs_skip(%%o, %%p, %u) ? BEAM_NIL : BEAM_NONV)", (unsigned)a[3].v.u);
    bs_get(e, buf, &a[1], NULL, a[0].v.u, &a[2]);
    return true;
  case OP_bs_test_tail2:
    emitf(e, "  if (BEAM_BS_LEFT(%o) != %u) ", &a[1], (unsigned)a[2].v.u);
    fail_to(e, a[0].v.u);
    emitf(e, "\n");
    return true;
  case OP_bs_test_unit:
    emitf(e, "  if (BEAM_BS_LEFT(%o) %% %u != 0) ", &a[1], (unsigned)a[2].v.u);
    fail_to(e, a[0].v.u);
    emitf(e, "\n");
    return true;
  case OP_bs_match_string: {
    unsigned id = bs_bytes(e, a[3].v.str.data, a[3].v.str.len);
    snprintf(buf, sizeof buf, "(beam_bs_match_string(%%o, bs%u, %u) ? BEAM_NIL : BEAM_NONV)",
             id, (unsigned)a[2].v.u);
    bs_get(e, buf, &a[1], NULL, a[0].v.u);
    return true;
  }
  case OP_bs_get_utf8: case OP_bs_get_utf16: case OP_bs_get_utf32:
  case OP_bs_skip_utf8: case OP_bs_skip_utf16: case OP_bs_skip_utf32: {
    bool skip = in->op == OP_bs_skip_utf8 || in->op == OP_bs_skip_utf16 || in->op == OP_bs_skip_utf32;
    unsigned bits = in->op == OP_bs_get_utf8 || in->op == OP_bs_skip_utf8 ? 8
                  : in->op == OP_bs_get_utf16 || in->op == OP_bs_skip_utf16 ? 16 : 32;
    snprintf(buf, sizeof buf, "beam_bs_get_utf(P, %%o, %u, %u, %d)", bits, (unsigned)a[3].v.u, skip);
    bs_get(e, buf, &a[1], skip ? NULL : &a[4], a[0].v.u);
    return true;
  }
  default: return false;
  }
}

/* ---- the dispatcher ----------------------------------------------------------- */

static void put_tuple2(Emitter *e, const IrInstr *in) {
  const IrOperand *l = &in->args[1];
  emitf(e, "  { BeamTerm *hp = P->htop; hp[0] = BEAM_HEADER(%u, BEAM_SUB_TUPLE);",
        (unsigned)l->v.list.n);
  for (uint32_t i = 0; i < l->v.list.n; i++)
    emitf(e, " hp[%u] = %o;", (unsigned)i + 1, &l->v.list.elems[i]);
  emitf(e, " P->htop = hp + %u; %o = BEAM_MAKE_BOXED(hp); }\n",
        (unsigned)l->v.list.n + 1, &in->args[0]);
}

static void make_fun(Emitter *e, const IrInstr *in) {
  const IrOperand *l = &in->args[2];
  for (uint32_t i = 0; i < l->v.list.n; i++)
    emitf(e, "  P->x[%u] = %o;\n", (unsigned)i, &l->v.list.elems[i]);
  emitf(e, "  %o = beam_make_fun(P, &fe%u);\n", &in->args[1],
        (unsigned)in->args[0].v.u);
}

static bool translate_move(Emitter *e, const IrInstr *in) {
  const IrOperand *a = in->args;
  if (in->op == OP_get_list || in->op == OP_get_hd || in->op == OP_get_tl)
    type_guard(e, in, "BEAM_IS_LIST(%o)", &a[0]);
  if (in->op == OP_get_tuple_element) tuple_guard(e, in, &a[0], a[1].v.u);
  if (in->op == OP_set_tuple_element) tuple_guard(e, in, &a[1], a[2].v.u);
  switch (in->op) {
  case OP_move: emitf(e, "  %o = %o;\n", &a[1], &a[0]); return true;
  case OP_get_list:
    emitf(e, "  { BeamTerm s_ = %o; %o = BEAM_CAR(s_); %o = BEAM_CDR(s_); }\n",
          &a[0], &a[1], &a[2]);
    return true;
  case OP_get_hd: emitf(e, "  %o = BEAM_CAR(%o);\n", &a[1], &a[0]); return true;
  case OP_get_tl: emitf(e, "  %o = BEAM_CDR(%o);\n", &a[1], &a[0]); return true;
  case OP_get_tuple_element:
    emitf(e, "  %o = BEAM_ELEMENT(%o, %u);\n", &a[2], &a[0], (unsigned)a[1].v.u);
    return true;
  case OP_set_tuple_element:
    emitf(e, "  BEAM_ELEMENT(%o, %u) = %o;\n", &a[1], (unsigned)a[2].v.u, &a[0]);
    return true;
  case OP_put_list:
    emitf(e, "  { BeamTerm *hp = P->htop; hp[0] = %o; hp[1] = %o; P->htop = hp + 2;"
             " %o = BEAM_MAKE_LIST(hp); }\n", &a[0], &a[1], &a[2]);
    return true;
  case OP_put_tuple2: put_tuple2(e, in); return true;
  case OP_put_map_assoc: put_map(e, in, false); return true;
  case OP_put_map_exact: put_map(e, in, true); return true;
  case OP_get_map_elements: get_map_elements(e, in); return true;
  case OP_swap:
    emitf(e, "  { BeamTerm t_ = %o; %o = %o; %o = t_; }\n", &a[0], &a[0], &a[1], &a[1]);
    return true;
  case OP_init_yregs:
    for (uint32_t i = 0; i < a[0].v.list.n; i++)
      emitf(e, "  %o = BEAM_NIL;\n", &a[0].v.list.elems[i]);
    return true;
  case OP_init: emitf(e, "  %o = BEAM_NIL;\n", &a[0]); return true;
  default: return false;
  }
}

static bool translate_control(Emitter *e, const IrInstr *in) {
  const IrOperand *a = in->args;
  switch (in->op) {
  case OP_label: emitf(e, " L%u:;\n", (unsigned)a[0].v.u); return true;
  case OP_line:
    e->line = (uint32_t)a[0].v.u;
    if (e->opt->line_directives && e->line && e->m->lines[e->line].file) {
      fprintf(e->body, "#line %u \"", (unsigned)e->m->lines[e->line].line);
      cname_cstring(e->body, e->m->lines[e->line].file,
                    strlen(e->m->lines[e->line].file));
      fputs("\"\n", e->body);
    }
    return true;
  case OP_func_info:
    emitf(e, " ");
    spill(e, 0, e->m->functions[e->fn].arity);
    emitf(e, "\n  return beam_raise_fc(P, %M, %L);\n");
    return true;
  case OP_int_code_end: case OP_on_load: case OP_fclearerror:
  case OP_fcheckerror: case OP_recv_marker_bind: case OP_recv_marker_clear:
  case OP_recv_marker_reserve: case OP_recv_marker_use:
    if (in->op == OP_recv_marker_reserve) emitf(e, "  %o = BEAM_NIL;\n", &a[0]);
    return true;
  case OP_jump: emitf(e, "  goto L%u;\n", (unsigned)a[0].v.u); return true;
  case OP_return: emitf(e, "  return X0;\n"); return true;
  case OP_allocate: case OP_allocate_zero:
    allocate(e, (unsigned)a[0].v.u, (HeapNeed){0, 0}, (unsigned)a[1].v.u);
    return true;
  case OP_allocate_heap: case OP_allocate_heap_zero:
    allocate(e, (unsigned)a[0].v.u, heap_need(&a[1]), (unsigned)a[2].v.u);
    return true;
  case OP_test_heap: heap_test(e, heap_need(&a[0]), (unsigned)a[1].v.u); return true;
  case OP_deallocate:
    emitf(e, "  P->stop += %u;\n", FRAME_WORDS(a[0].v.u));
    return true;
  case OP_trim:  /* the slot moves up over the Y registers dropped */
    emitf(e, "  P->stop += %u; BEAM_CONT(P) = BEAM_NIL;\n", (unsigned)a[0].v.u);
    return true;
  case OP_select_val: select_val(e, in); return true;
  case OP_select_tuple_arity: select_arity(e, in); return true;
  default: return false;
  }
}

static bool translate_call(Emitter *e, const IrInstr *in) {
  const IrOperand *a = in->args;
  switch (in->op) {
  case OP_call: local_call(e, in, false, 0); return true;
  case OP_call_only: local_call(e, in, true, 0); return true;
  case OP_call_last: local_call(e, in, true, FRAME_WORDS(a[2].v.u)); return true;
  case OP_call_ext: ext_call(e, in, false, 0); return true;
  case OP_call_ext_only: ext_call(e, in, true, 0); return true;
  case OP_call_ext_last: ext_call(e, in, true, FRAME_WORDS(a[2].v.u)); return true;
  case OP_call_fun: fun_call(e, (unsigned)a[0].v.u, NULL, false, 0); return true;
  case OP_call_fun2: fun_call(e, (unsigned)a[1].v.u, &a[2], false, 0); return true;
  case OP_apply: apply_call(e, (unsigned)a[0].v.u, false, 0); return true;
  case OP_apply_last:
    apply_call(e, (unsigned)a[0].v.u, true, FRAME_WORDS(a[1].v.u));
    return true;
  case OP_make_fun3: make_fun(e, in); return true;
  case OP_bif0: bif_instr(e, 0, &a[0], NULL, 0, &a[1], -1); return true;
  case OP_bif1: bif_instr(e, a[0].v.u, &a[1], &a[2], 1, &a[3], -1); return true;
  case OP_bif2: bif_instr(e, a[0].v.u, &a[1], &a[2], 2, &a[4], -1); return true;
  case OP_gc_bif1:
    bif_instr(e, a[0].v.u, &a[2], &a[3], 1, &a[4], (int)a[1].v.u);
    return true;
  case OP_gc_bif2:
    if (arith_fast(e, in, 2, 3, 4)) {
      bif_instr(e, a[0].v.u, &a[2], &a[3], 2, &a[5], (int)a[1].v.u);
      emitf(e, "  } else %o = R;\n", &a[5]);
    } else {
      bif_instr(e, a[0].v.u, &a[2], &a[3], 2, &a[5], (int)a[1].v.u);
    }
    return true;
  case OP_gc_bif3:
    bif_instr(e, a[0].v.u, &a[2], &a[3], 3, &a[6], (int)a[1].v.u);
    return true;
  default: return false;
  }
}

static bool translate_test(Emitter *e, const IrInstr *in) {
  const IrOperand *a = in->args;
  static const struct { int op; const char *mac; } tests[] = {
    {OP_is_integer, "BEAM_IS_INTEGER"}, {OP_is_float, "BEAM_IS_FLOAT"},
    {OP_is_number, "BEAM_IS_NUMBER"}, {OP_is_atom, "BEAM_IS_ATOM"},
    {OP_is_pid, "BEAM_IS_PID"}, {OP_is_reference, "BEAM_IS_REF"},
    {OP_is_port, "BEAM_IS_PORT"}, {OP_is_nil, "BEAM_IS_NIL"},
    {OP_is_binary, "BEAM_IS_BINARY"}, {OP_is_list, "BEAM_IS_LIST_OR_NIL"},
    {OP_is_nonempty_list, "BEAM_IS_LIST"}, {OP_is_tuple, "BEAM_IS_TUPLE"},
    {OP_is_function, "BEAM_IS_FUN"}, {OP_is_boolean, "BEAM_IS_BOOLEAN"},
    {OP_is_bitstr, "BEAM_IS_BITSTRING"}, {OP_is_map, "BEAM_IS_MAP"},
  };
  for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++)
    if (tests[i].op == in->op) {
      type_test(e, in, tests[i].mac);
      return true;
    }
  switch (in->op) {
  case OP_is_lt: case OP_is_ge: case OP_is_eq: case OP_is_ne:
  case OP_is_eq_exact: case OP_is_ne_exact:
    compare_test(e, in);
    return true;
  case OP_test_arity:
    type_guard_fail(e, in, "BEAM_IS_TUPLE(%o)", &a[1], a[0].v.u);
    emitf(e, "  if (BEAM_TUPLE_ARITY(%o) != %u) goto L%u;\n", &a[1],
          (unsigned)a[2].v.u, (unsigned)a[0].v.u);
    return true;
  case OP_is_tagged_tuple:
    emitf(e, "  if (!BEAM_IS_TUPLE(%o) || BEAM_TUPLE_ARITY(%o) != %u || "
             "BEAM_ELEMENT(%o, 0) != %o) goto L%u;\n",
          &a[1], &a[1], (unsigned)a[2].v.u, &a[1], &a[3], (unsigned)a[0].v.u);
    return true;
  case OP_has_map_fields: has_map_fields(e, in); return true;
  case OP_is_function2:
    emitf(e, "  if (!beam_is_function2(%o, %o)) goto L%u;\n", &a[1], &a[2],
          (unsigned)a[0].v.u);
    return true;
  default: return false;
  }
}

static bool translate_exc(Emitter *e, const IrInstr *in) {
  const IrOperand *a = in->args;
  switch (in->op) {
  case OP_catch: case OP_try: catch_instr(e, in); return true;
  case OP_try_end:
    emitf(e, "  %o = BEAM_NIL; P->catches--;\n", &a[0]);
    return true;
  case OP_catch_end:
    emitf(e, "  %o = BEAM_NIL; P->catches--;\n  if (X0 == BEAM_NONV) "
             "X0 = beam_catch_value(P, X1, X2, X3);\n", &a[0]);
    return true;
  case OP_try_case:
    emitf(e, "  %o = BEAM_NIL; P->catches--; X0 = X1; X1 = X2; X2 = X3;\n", &a[0]);
    return true;
  case OP_try_case_end: raise_kind(e, "BEAM_EXC_TRY_CLAUSE", &a[0]); return true;
  case OP_badmatch: raise_kind(e, "BEAM_EXC_BADMATCH", &a[0]); return true;
  case OP_case_end: raise_kind(e, "BEAM_EXC_CASE_CLAUSE", &a[0]); return true;
  case OP_if_end: raise_kind(e, "BEAM_EXC_IF_CLAUSE", NULL); return true;
  case OP_badrecord: raise_kind(e, "BEAM_EXC_BADRECORD", &a[0]); return true;
  case OP_raise: emitf(e, "  return beam_reraise(P, %o, %o);\n", &a[0], &a[1]); return true;
  case OP_build_stacktrace: emitf(e, "  X0 = beam_build_stacktrace(P, X0);\n"); return true;
  case OP_raw_raise:
    emitf(e, "  P->x[0] = X0; P->x[1] = X1; P->x[2] = X2;\n"
             "  R = beam_raw_raise(P); if (R == BEAM_NONV) return R; X0 = R;\n");
    return true;
  default: return false;
  }
}

static bool translate_float(Emitter *e, const IrInstr *in) {
  const IrOperand *a = in->args;
  switch (in->op) {
  case OP_fmove: fmove(e, in); return true;
  case OP_fconv:
    emitf(e, "  if (!beam_to_double(%o, &%o)) ", &a[0], &a[1]);
    raise_kind(e, "BEAM_EXC_BADARITH", NULL);
    return true;
  case OP_fadd: float_op(e, in, "+"); return true;
  case OP_fsub: float_op(e, in, "-"); return true;
  case OP_fmul: float_op(e, in, "*"); return true;
  case OP_fdiv: float_op(e, in, "/"); return true;
  /* erl negates as 0.0 - x: 0.0 stays 0.0 */
  case OP_fnegate: emitf(e, "  %o = 0.0 - %o;\n", &a[2], &a[1]); return true;
  default: return false;
  }
}

/* call_fun followed by return (after an optional deallocate) is a tail
   call, as the BEAM's loader makes it: loops through funs then run in
   constant stack.  Returns the instructions consumed, or 0. */
static uint32_t fuse_fun_tail(Emitter *e, const IrFunction *f, uint32_t i) {
  const IrInstr *in = &f->code[i];
  if (in->op != OP_call_fun && in->op != OP_call_fun2) return 0;
  uint32_t j = i + 1;
  unsigned dealloc = 0;
  if (j < f->n && f->code[j].op == OP_deallocate)
    dealloc = FRAME_WORDS(f->code[j++].args[0].v.u);
  if (j >= f->n || f->code[j].op != OP_return) return 0;
  if (in->op == OP_call_fun)
    fun_call(e, (unsigned)in->args[0].v.u, NULL, true, dealloc);
  else
    fun_call(e, (unsigned)in->args[1].v.u, &in->args[2], true, dealloc);
  return j - i + 1;
}

void code_function_body(Emitter *e, const IrFunction *f) {
  for (uint32_t i = 0; i < f->n; i++) {
    const IrInstr *in = &f->code[i];
    uint32_t used = fuse_fun_tail(e, f, i);
    if (used) {
      i += used - 1;
      continue;
    }
    if (translate_move(e, in) || translate_control(e, in) ||
        translate_call(e, in) || translate_test(e, in) || translate_exc(e, in) ||
        translate_float(e, in) || translate_receive(e, in) || translate_bs(e, in))
      continue;
    notsup(e, in);
  }
}
