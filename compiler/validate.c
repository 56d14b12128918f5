/*
** validate.c — the code validator (see validate.h).
**
** Two passes per function.  The first looks at every instruction,
** reachable or not, for what would stop the C compiler or mislead the
** emitter: operand kinds, register numbers, labels (defined once, inside
** the function, a call's target a function entry), arities, list shapes.
** The second follows the paths from the entry, as OTP's beam_validator
** does, with a State per program point: which registers hold values and
** what is known of them, the stack frame, the open catch and try tags,
** the heap words a test guaranteed, the float registers set, the receive
** loop.  States meet at labels (vj_join); a label whose state changes is
** visited again, so backward branches (receive loops, a jump to the
** function_clause label) are followed to a fixed point.  Registers hold
** value numbers, as in beam_validator: a move makes an alias, and a test
** of one register teaches the same thing about its aliases.
**
** Where OTP's validator relies on type annotations that a .beam does not
** keep ({'%',{var_info,...}}: a function's argument and return types), a
** source type it would prove may be merely possible here; such an
** instruction is flagged IRF_UNPROVEN and checked at run time instead of
** rejected.  A type known to be wrong is always an error.
*/

#include "validate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opcodes.h"
#include "validate_int.h"

/* ---- functions -------------------------------------------------------------- */

/* The registers the function names: x, y and fr counts for its states. */
static void count_regs(Val *v, const IrFunction *f) {
  uint32_t nx = f->arity + 3, ny = 1, nf = 1;
  for (uint32_t i = 0; i < f->n; i++) {
    const IrInstr *in = &f->code[i];
    for (int k = 0; k < in->n; k++) {
      const IrOperand *o = &in->args[k];
      uint32_t cnt = o->kind == IR_LIST ? o->v.list.n : 1;
      for (uint32_t j = 0; j < cnt; j++) {
        const IrOperand *e = o->kind == IR_LIST ? &o->v.list.elems[j] : o;
        IrOpKind kind = e->kind == IR_TR ? e->v.tr.reg_kind : e->kind;
        uint32_t r = e->kind == IR_TR ? e->v.tr.reg : e->v.reg;
        if (kind == IR_X && r + 1 > nx) nx = r + 1;
        if (kind == IR_Y && r + 1 > ny) ny = r + 1;
        if (kind == IR_FR && r + 1 > nf) nf = r + 1;
      }
    }
    /* live counts, frame sizes and call arities name registers too */
    if ((in->op == OP_allocate || in->op == OP_allocate_zero || in->op == OP_allocate_heap ||
         in->op == OP_allocate_heap_zero) && in->args[0].v.u + 1 > ny)
      ny = (uint32_t)in->args[0].v.u + 1;
  }
  v->nx = nx > MAX_X ? MAX_X : nx;
  v->ny = ny > MAX_Y ? MAX_Y : ny;
  v->nf = nf > MAX_FR ? MAX_FR : nf;
  /* counts in u operands (live, arities) above nx: no register beyond nx
     can be initialised, so a check of "x[n] live" reports it */
}

/* Visits the block that starts at instruction p (a label). */
static void run_block(Val *v, uint32_t p) {
  IrFunction *f = v->f;
  uint32_t label = (uint32_t)f->code[p].args[0].v.u;
  v->dirty[label] = false;
  v->at = p;
  if (++v->visits[label] > MAX_VISITS)
    vstate_fail(v, "the types at label %u do not settle (too many paths)", label);
  vstate_copy(v, &v->cur, v->st[label]);
  for (uint32_t i = p + 1; i < f->n; i++) {
    IrInstr *in = &f->code[i];
    v->at = i;
    if (in->op == OP_label) {
      uint32_t next = (uint32_t)in->args[0].v.u;
      if (vstate_join(v, next, &v->cur)) vstate_mark_dirty(v, next);
      return;
    }
    vinstr_step(v, in);
    if (!v->cur.live) return;
  }
  vstate_fail(v, "the function's last instruction falls through past its end");
}

static void check_function(Val *v, uint32_t fn) {
  IrFunction *f = &v->m->functions[fn];
  v->fn = fn;
  v->f = f;
  for (uint32_t i = 0; i < f->n; i++) {
    v->at = i;
    vshape_check(v, &f->code[i]);
  }
  v->scratch = arena_new();
  count_regs(v, f);
  v->npairs = 16;
  while (v->npairs < 4 * (v->nx + v->ny)) v->npairs *= 2;
  v->pairs = ARENA_ARRAY(v->scratch, PairSlot, v->npairs);
  vstate_alloc(v, &v->cur);
  vstate_alloc(v, &v->alt);
  vstate_alloc(v, &v->tmp);
  State init;
  vstate_alloc(v, &init);
  init.live = true;
  init.numy = NUMY_NONE;
  for (uint32_t i = 0; i < f->arity; i++) {
    VType p = v->param[v->pstart[fn] + i];
    init.x[i] = (Reg){.tag = R_VALUE, .vid = ++v->next_vid, .t = p.bits ? p : vtype_arg()};
  }
  for (uint32_t i = 0; i < f->n; i++)
    if (f->code[i].op == OP_label) {
      uint32_t l = (uint32_t)f->code[i].args[0].v.u;
      v->st[l] = NULL, v->dirty[l] = false, v->visits[l] = 0;
    }
  v->cursor = 0;
  vstate_join(v, f->entry, &init);
  vstate_mark_dirty(v, f->entry);
  for (;;) {   /* the lowest dirty label next; mark_dirty may move back */
    uint32_t i = v->cursor;
    while (i < f->n && !(f->code[i].op == OP_label && v->dirty[f->code[i].args[0].v.u])) i++;
    if (i >= f->n) break;
    v->cursor = i + 1;
    run_block(v, i);
  }
  arena_free(v->scratch);
  v->scratch = NULL;
}

/* ---- the module -------------------------------------------------------------- */

/* Every label defined once, in range; where each is. */
static void index_labels(Val *v) {
  IrModule *m = v->m;
  for (uint32_t fn = 0; fn < m->n_functions; fn++) {
    IrFunction *f = &m->functions[fn];
    v->fn = fn, v->f = f;
    for (uint32_t i = 0; i < f->n; i++) {
      if (f->code[i].op != OP_label) continue;
      v->at = i;
      uint64_t l = f->code[i].args[0].v.u;
      if (l == 0 || l >= m->label_count)
        vstate_fail(v, "label %llu is out of range (the module has labels 1..%u)", (unsigned long long)l,
              m->label_count ? m->label_count - 1 : 0);
      if (v->lab_fn[l] >= 0) vstate_fail(v, "label %llu is defined twice", (unsigned long long)l);
      v->lab_fn[l] = (int32_t)fn;
      v->lab_at[l] = i;
    }
  }
}

/* A function starts with its label(s) and lines, func_info naming it,
   and its entry label. */
static void check_header(Val *v, uint32_t fn) {
  IrFunction *f = &v->m->functions[fn];
  v->fn = fn, v->f = f, v->at = 0;
  uint32_t i = 0;
  while (i < f->n && (f->code[i].op == OP_label || f->code[i].op == OP_line)) i++;
  v->at = i < f->n ? i : 0;
  if (i == 0 || i >= f->n || f->code[i].op != OP_func_info)
    vstate_fail(v, "a function must start with a label and func_info");
  const IrOperand *a = f->code[i].args;
  if (a[1].kind != IR_ATOM || a[2].kind != IR_U || !cterm_equal(a[1].v.term, f->name) ||
      a[2].v.u != f->arity)
    vstate_fail(v, "func_info does not name the function");
  if (f->arity > MAX_ARITY) vstate_fail(v, "an arity of %u is beyond %d", (unsigned)f->arity, MAX_ARITY);
  if (i + 1 >= f->n || f->code[i + 1].op != OP_label || f->code[i + 1].args[0].v.u != f->entry)
    vstate_fail(v, "func_info must be followed by the function's entry label");
}

/* True when function fn may return: it has a return instruction, or a
   tail call of something that may (given what fails[] says now). */
static bool may_return(Val *v, const IrFunction *f) {
  for (uint32_t i = 0; i < f->n; i++) {
    const IrInstr *in = &f->code[i];
    switch (in->op) {
    case OP_return: case OP_apply_last: return true;
    case OP_call_only: case OP_call_last: {
      uint64_t l = in->args[1].v.u;
      if (l < v->m->label_count && v->lab_fn[l] >= 0 && !v->fails[v->lab_fn[l]]) return true;
      break;
    }
    case OP_call_ext_only: case OP_call_ext_last:
      if (in->args[1].kind == IR_IMPORT && !vinstr_is_exit_bif(&v->m->imports[in->args[1].v.u]))
        return true;
      break;
    default: break;
    }
  }
  return false;
}

/*
** fails[fn]: the function never returns (it always raises), which OTP's
** compiler tells its validator with a type annotation a .beam does not
** keep; code after a call of such a function is not reached.  The least
** set of functions that may return, found by iteration.
*/
static void find_noreturn(Val *v) {
  for (uint32_t fn = 0; fn < v->m->n_functions; fn++) v->fails[fn] = true;
  for (bool changed = true; changed;) {
    changed = false;
    for (uint32_t fn = 0; fn < v->m->n_functions; fn++)
      if (v->fails[fn] && may_return(v, &v->m->functions[fn])) v->fails[fn] = false, changed = true;
  }
}

static const IrFunction *entry_function(Val *v, uint32_t label) {
  if (label == 0 || label >= v->m->label_count || v->lab_fn[label] < 0) return NULL;
  const IrFunction *f = &v->m->functions[v->lab_fn[label]];
  return f->entry == label ? f : NULL;
}

/* Exports and funs name function entries with their arities. */
static void check_tables(Val *v) {
  IrModule *m = v->m;
  v->f = NULL;
  for (uint32_t k = 0; k < m->n_exports; k++) {
    const IrExport *e = &m->exports[k];
    const IrFunction *f = entry_function(v, e->label);
    if (f == NULL || f->arity != e->arity || !cterm_equal(f->name, e->fun))
      vstate_fail(v, "export %.*s/%u: label %u is not the entry of that function",
            (int)e->fun->u.atom.len, e->fun->u.atom.name, (unsigned)e->arity, (unsigned)e->label);
  }
  for (uint32_t k = 0; k < m->n_lambdas; k++) {
    const IrLambda *l = &m->lambdas[k];
    const IrFunction *f = entry_function(v, l->label);
    if (f == NULL || f->arity != l->arity || l->num_free > l->arity)
      vstate_fail(v, "fun %u: label %u is not the entry of a function of arity %u", (unsigned)k,
            (unsigned)l->label, (unsigned)l->arity);
  }
  for (uint32_t k = 0; k < m->n_imports; k++)
    if (m->imports[k].arity > MAX_ARITY)
      vstate_fail(v, "import %u has an arity of %u, beyond %d", (unsigned)k,
            (unsigned)m->imports[k].arity, MAX_ARITY);
}

/* The functions called from outside: exported, made into funs, on_load. */
static void find_open(Val *v) {
  IrModule *m = v->m;
  for (uint32_t k = 0; k < m->n_exports; k++) v->open[v->lab_fn[m->exports[k].label]] = true;
  for (uint32_t k = 0; k < m->n_lambdas; k++) v->open[v->lab_fn[m->lambdas[k].label]] = true;
  for (uint32_t fn = 0; fn < m->n_functions; fn++)
    for (uint32_t i = 0; i < m->functions[fn].n; i++)
      if (m->functions[fn].code[i].op == OP_on_load) v->open[fn] = true;
}

/*
** Inference passes: what each function returns, and what the module's
** own calls pass to the functions nobody else calls, as OTP's compiler
** infers them (it tells its validator with annotations a .beam does not
** keep).  Each pass follows every function with the types known so far
** (optimistic: a function not yet seen to return ends the path after a
** call of it) and widens them; a function that fails in a pass returns
** anything.  Passes repeat until nothing changes; if they do not settle
** in INFER_PASSES, nothing inferred is used.  The final pass then checks
** with these types, and that every call agrees with them.
*/
#define INFER_PASSES 12

/* One function in an inference pass; false when it failed. */
static bool infer_function(Val *v, uint32_t fn) {
  if (setjmp(v->give_up) != 0) return false;
  check_function(v, fn);
  return true;
}

/* A function that failed an inference pass may return anything and pass
   anything to the functions it calls.  It may have failed because of a
   call that names no function (a bad label): such a call is skipped here,
   and the final pass rejects it. */
static void give_up(Val *v, uint32_t fn) {
  const IrFunction *f = &v->m->functions[fn];
  v->changed |= vstate_widen(&v->ret[fn], vtype_arg());
  for (uint32_t i = 0; i < f->n; i++) {
    const IrInstr *in = &f->code[i];
    if (in->op != OP_call && in->op != OP_call_last && in->op != OP_call_only) continue;
    if (in->n < 2 || in->args[1].kind != IR_LABEL) continue;
    const IrFunction *callee = entry_function(v, (uint32_t)in->args[1].v.u);
    if (callee == NULL) continue;
    uint32_t g = (uint32_t)(callee - v->m->functions);
    for (uint32_t k = 0; k < callee->arity; k++)
      v->changed |= vstate_widen(&v->param[v->pstart[g] + k], vtype_arg());
  }
}

static void infer_types(Val *v) {
  IrModule *m = v->m;
  find_open(v);
  v->infer = true;
  bool settled = false;
  for (int pass = 0; pass < INFER_PASSES && !settled; pass++) {
    v->changed = false;
    for (uint32_t fn = 0; fn < m->n_functions; fn++)
      if (!infer_function(v, fn)) give_up(v, fn);
    settled = !v->changed;
  }
  v->infer = false;
  for (uint32_t fn = 0; fn < m->n_functions; fn++) {
    if (!settled) v->ret[fn] = vtype_arg();
    for (uint32_t i = 0; i < m->functions[fn].arity; i++)
      if (!settled || v->open[fn]) v->param[v->pstart[fn] + i] = vtype_arg();
    for (uint32_t i = 0; i < m->functions[fn].n; i++) m->functions[fn].code[i].flags = 0;
  }
}

void validate_module(IrModule *m, Diag *d) {
  Val v = {.m = m, .d = d};
  size_t nl = (size_t)m->label_count + 1;
  v.lab_fn = ARENA_ARRAY(m->arena, int32_t, nl);
  v.lab_at = ARENA_ARRAY(m->arena, uint32_t, nl);
  v.st = ARENA_ARRAY(m->arena, State *, nl);
  v.dirty = ARENA_ARRAY(m->arena, bool, nl);
  v.visits = ARENA_ARRAY(m->arena, uint8_t, nl);
  v.fails = ARENA_ARRAY(m->arena, bool, (size_t)m->n_functions + 1);
  v.open = ARENA_ARRAY(m->arena, bool, (size_t)m->n_functions + 1);
  v.ret = ARENA_ARRAY(m->arena, VType, (size_t)m->n_functions + 1);
  v.pstart = ARENA_ARRAY(m->arena, uint32_t, (size_t)m->n_functions + 1);
  uint32_t np = 0;
  for (uint32_t fn = 0; fn < m->n_functions; fn++) v.pstart[fn] = np, np += m->functions[fn].arity;
  v.param = ARENA_ARRAY(m->arena, VType, (size_t)np + 1);
  for (size_t l = 0; l < nl; l++) v.lab_fn[l] = -1;
  index_labels(&v);
  for (uint32_t fn = 0; fn < m->n_functions; fn++) check_header(&v, fn);
  check_tables(&v);
  find_noreturn(&v);
  infer_types(&v);
  for (uint32_t fn = 0; fn < m->n_functions; fn++) check_function(&v, fn);
}
