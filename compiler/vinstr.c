/*
** vinstr.c — the validator's second pass, one instruction at a time
** (prefix vinstr_): what each instruction needs of the state in v->cur
** (values in its sources, a frame, heap words, a match context, ...) and
** what it leaves (new values and their types, branches to its labels, a
** state for the exception handler).  The rules are OTP's beam_validator's
** as validate.c describes them; the state and its operations are
** validate.c's.
*/
#include <stdio.h>
#include <string.h>

#include "opcodes.h"
#include "validate_int.h"

/* ---- the second pass: BIFs and calls ------------------------------------- */

/* What the validator knows of an erlang BIF: its result, and the
   argument whose type decides whether it can fail. */
typedef struct BifRule {
  const char *name;
  unsigned arity;
  uint32_t result;    /* IRT_* bits of the result */
  bool safe;          /* never fails, whatever the arguments */
  int arg;            /* -1, or the argument that must be of type need */
  uint32_t need;      /* ... for the BIF to succeed (then it cannot fail) */
} BifRule;

static const BifRule bif_rules[] = {
  {"==", 2, IRT_ATOM, true, -1, 0}, {"/=", 2, IRT_ATOM, true, -1, 0},
  {"=<", 2, IRT_ATOM, true, -1, 0}, {"<", 2, IRT_ATOM, true, -1, 0},
  {">=", 2, IRT_ATOM, true, -1, 0}, {">", 2, IRT_ATOM, true, -1, 0},
  {"=:=", 2, IRT_ATOM, true, -1, 0}, {"=/=", 2, IRT_ATOM, true, -1, 0},
  {"is_atom", 1, IRT_ATOM, true, -1, 0}, {"is_boolean", 1, IRT_ATOM, true, -1, 0},
  {"is_binary", 1, IRT_ATOM, true, -1, 0}, {"is_bitstring", 1, IRT_ATOM, true, -1, 0},
  {"is_float", 1, IRT_ATOM, true, -1, 0}, {"is_function", 1, IRT_ATOM, true, -1, 0},
  {"is_integer", 1, IRT_ATOM, true, -1, 0}, {"is_list", 1, IRT_ATOM, true, -1, 0},
  {"is_map", 1, IRT_ATOM, true, -1, 0}, {"is_number", 1, IRT_ATOM, true, -1, 0},
  {"is_pid", 1, IRT_ATOM, true, -1, 0}, {"is_port", 1, IRT_ATOM, true, -1, 0},
  {"is_reference", 1, IRT_ATOM, true, -1, 0}, {"is_tuple", 1, IRT_ATOM, true, -1, 0},
  {"self", 0, IRT_PID, true, -1, 0}, {"node", 0, IRT_ATOM, true, -1, 0},
  {"make_ref", 0, IRT_REFERENCE, true, -1, 0}, {"min", 2, VT_TERMS, true, -1, 0},
  {"max", 2, VT_TERMS, true, -1, 0}, {"date", 0, IRT_TUPLE, true, -1, 0},
  {"time", 0, IRT_TUPLE, true, -1, 0}, {"get", 0, VT_LIST, true, -1, 0},
  {"get", 1, VT_TERMS, true, -1, 0}, {"get_cookie", 0, IRT_ATOM, true, -1, 0},
  {"get_keys", 1, VT_LIST, true, -1, 0}, {"group_leader", 0, IRT_PID, true, -1, 0},
  {"is_alive", 0, IRT_ATOM, true, -1, 0}, {"nodes", 0, VT_LIST, true, -1, 0},
  {"ports", 0, VT_LIST, true, -1, 0}, {"pre_loaded", 0, VT_LIST, true, -1, 0},
  {"processes", 0, VT_LIST, true, -1, 0}, {"registered", 0, VT_LIST, true, -1, 0},
  {"term_to_binary", 1, IRT_BITSTRING, true, -1, 0},
  {"hd", 1, VT_TERMS, false, 0, IRT_CONS}, {"tl", 1, VT_TERMS, false, 0, IRT_CONS},
  {"element", 2, VT_TERMS, false, 1, IRT_TUPLE},
  {"tuple_size", 1, IRT_INTEGER, false, 0, IRT_TUPLE},
  {"map_size", 1, IRT_INTEGER, false, 0, IRT_MAP},
  {"is_map_key", 2, IRT_ATOM, false, 1, IRT_MAP},
  {"byte_size", 1, IRT_INTEGER, false, 0, IRT_BITSTRING},
  {"bit_size", 1, IRT_INTEGER, false, 0, IRT_BITSTRING},
  {"map_get", 2, VT_TERMS, false, -1, 0}, {"length", 1, IRT_INTEGER, false, -1, 0},
  {"size", 1, IRT_INTEGER, false, -1, 0}, {"abs", 1, VT_NUMBER, false, -1, 0},
  {"float", 1, IRT_FLOAT, false, -1, 0}, {"trunc", 1, IRT_INTEGER, false, -1, 0},
  {"round", 1, IRT_INTEGER, false, -1, 0}, {"ceil", 1, IRT_INTEGER, false, -1, 0},
  {"floor", 1, IRT_INTEGER, false, -1, 0}, {"+", 2, VT_NUMBER, false, -1, 0},
  {"-", 2, VT_NUMBER, false, -1, 0}, {"*", 2, VT_NUMBER, false, -1, 0},
  {"+", 1, VT_NUMBER, false, -1, 0}, {"-", 1, VT_NUMBER, false, -1, 0},
  {"/", 2, IRT_FLOAT, false, -1, 0}, {"div", 2, IRT_INTEGER, false, -1, 0},
  {"rem", 2, IRT_INTEGER, false, -1, 0}, {"band", 2, IRT_INTEGER, false, -1, 0},
  {"bor", 2, IRT_INTEGER, false, -1, 0}, {"bxor", 2, IRT_INTEGER, false, -1, 0},
  {"bsl", 2, IRT_INTEGER, false, -1, 0}, {"bsr", 2, IRT_INTEGER, false, -1, 0},
  {"bnot", 1, IRT_INTEGER, false, -1, 0}, {"not", 1, IRT_ATOM, false, -1, 0},
  {"and", 2, IRT_ATOM, false, -1, 0}, {"or", 2, IRT_ATOM, false, -1, 0},
  {"xor", 2, IRT_ATOM, false, -1, 0}, {"node", 1, IRT_ATOM, false, -1, 0},
  {"binary_part", 2, IRT_BITSTRING, false, -1, 0},
  {"binary_part", 3, IRT_BITSTRING, false, -1, 0},
  {"list_to_tuple", 1, IRT_TUPLE, false, -1, 0},
  {"tuple_to_list", 1, VT_LIST, false, -1, 0},
};

static const BifRule *bif_rule(const IrImport *im) {
  if (!cterm_is_atom(im->mod, "erlang")) return NULL;
  for (size_t i = 0; i < sizeof bif_rules / sizeof bif_rules[0]; i++)
    if (bif_rules[i].arity == im->arity && cterm_is_atom(im->fun, bif_rules[i].name))
      return &bif_rules[i];
  return NULL;
}

/* The type an argument of a BIF must have for it to succeed (element/2
   with a literal position: a tuple at least that long). */
static VType bif_need(const BifRule *r, const IrOperand *args) {
  VType t = vtype_of(r->need);
  if (r->need == IRT_TUPLE && r->arg == 1 && args[0].kind == IR_INT && args[0].v.i >= 1 &&
      (uint64_t)args[0].v.i < MAX_INDEX)
    t.size = (uint32_t)args[0].v.i;
  return t;
}

/* True when the BIF cannot fail with these arguments. */
static bool bif_cannot_fail(Val *v, const BifRule *r, const IrOperand *args) {
  if (r == NULL) return false;
  if (r->safe) return true;
  if (r->arg < 0) return false;
  if (r->need == IRT_TUPLE && r->arg == 1 && bif_need(r, args).size == 0) return false;
  return vtype_within(vstate_term(v, &v->cur, &args[r->arg]), bif_need(r, args));
}

/* After a BIF succeeded: what it taught about its argument. */
static void bif_learn(Val *v, const BifRule *r, const IrOperand *args) {
  if (r == NULL || r->arg < 0) return;
  if (!vstate_refine(v, &v->cur, &args[r->arg], bif_need(r, args), false)) v->cur.live = false;
}

/* bif0..bif2 and gc_bif1..3: the sources, the fail path or the
   exception, the result. */
static void bif_instr(Val *v, IrInstr *in, uint64_t fail, const IrOperand *bifop,
                      const IrOperand *args, unsigned n, const IrOperand *dst, int gc_live) {
  State *s = &v->cur;
  bool fragile = false;
  for (unsigned i = 0; i < n; i++) {
    vstate_term(v, s, &args[i]);
    Reg *r = vstate_reg_of(v, s, &args[i]);
    fragile |= r != NULL && r->fragile;
  }
  const BifRule *rule = bif_rule(&v->m->imports[bifop->v.u]);
  bool sure = gc_live < 0 && bif_cannot_fail(v, rule, args);
  if (gc_live >= 0) {
    vstate_verify_live(v, s, (uint64_t)gc_live);
    vstate_verify_y_init(v, s);
    s->heap = s->floats = s->funs = 0;
    vstate_kill_x(v, s, (uint32_t)gc_live);
  }
  if (!sure) {   /* (whether OTP expects a failure depends on types it knows better) */
    if (fail) vstate_branch(v, (uint32_t)fail, s);
    else vstate_fork(v, s, gc_live >= 0);
  }
  if (gc_live < 0) bif_learn(v, rule, args);
  if (!s->live) return;
  vstate_set_value(v, s, dst, vtype_of(rule ? rule->result : VT_TERMS), fragile && gc_live < 0);
  (void)in;
}

bool vinstr_is_exit_bif(const IrImport *im) {
  if (!cterm_is_atom(im->mod, "erlang")) return false;
  return (im->arity == 1 && (cterm_is_atom(im->fun, "exit") || cterm_is_atom(im->fun, "throw") ||
                             cterm_is_atom(im->fun, "error"))) ||
         (im->arity == 2 && cterm_is_atom(im->fun, "error"));
}

/* The type of x0 after a successful remote call. */
static VType call_result(Val *v, const IrImport *im) {
  if (!cterm_is_atom(im->mod, "erlang")) return vtype_any();
  if (im->arity == 3 && cterm_is_atom(im->fun, "setelement")) {
    VType t = vtype_tuple(0, false);
    const Reg *tup = &v->cur.x[1];
    if (v->nx > 1 && tup->tag == R_VALUE && tup->t.bits == IRT_TUPLE) t = tup->t;
    return t;
  }
  const BifRule *r = bif_rule(im);
  return vtype_of(r ? r->result : VT_TERMS);
}

/*
** A call that returns here (call, call_ext, apply, call_fun, send, ...):
** a frame for the continuation, the Y registers initialised, `live`
** arguments; then nothing but x0 survives.  `fails`: the callee never
** returns.  `remote`: the arguments leave this module's code, so they
** must be terms.
*/
static void body_call(Val *v, uint64_t live, bool fails, bool remote, VType result) {
  State *s = &v->cur;
  if (s->numy == NUMY_NONE) vstate_fail(v, "a call that returns needs a stack frame, and there is none");
  if (s->numy == NUMY_UNDECIDED) vstate_fail(v, "the size of the stack frame differs between paths");
  vstate_verify_y_init(v, s);
  vstate_verify_live(v, s, live);
  for (uint32_t i = 0; remote && i < live; i++) {
    IrOperand o = {.kind = IR_X};
    o.v.reg = i;
    vstate_term(v, s, &o);
  }
  vstate_fork(v, s, true);
  if (fails) {
    s->live = false;
    return;
  }
  vstate_schedule_out(v, s, 0);
  IrOperand x0 = {.kind = IR_X};
  vstate_set_value(v, s, &x0, result, false);
}

/*
** A tail call: it must drop exactly the frame there is (`dealloc` words
** of Y registers, or no frame when dealloc < 0), with no catch open and
** no receive in progress.
*/
static void tail_call(Val *v, uint64_t live, int64_t dealloc, bool fails) {
  State *s = &v->cur;
  vstate_verify_y_init(v, s);
  vstate_verify_live(v, s, live);
  vstate_fork(v, s, true);
  if (fails) {
    s->live = false;
    return;
  }
  if (dealloc < 0 && s->numy != NUMY_NONE)
    vstate_fail(v, "a tail call with the stack frame still allocated");
  if (dealloc >= 0 && s->numy != dealloc) {
    if (s->numy == NUMY_NONE) vstate_fail(v, "the tail call drops a frame of %lld, but there is none", (long long)dealloc);
    if (s->numy == NUMY_UNDECIDED) vstate_fail(v, "the size of the stack frame differs between paths");
    vstate_fail(v, "the tail call drops a frame of %lld, but the frame has %d", (long long)dealloc, (int)s->numy);
  }
  vstate_verify_no_ct(v, s);
  if (s->nct) vstate_fail(v, "a tail call inside a catch or try");
  if (s->recv != RECV_NONE) vstate_fail(v, "a tail call in the middle of a receive");
  s->live = false;
}

/*
** A local call of function g passes x0..: an inference pass widens what
** g's arguments may be; the final pass checks that they are within what
** was inferred (they are, once the inference has settled).
*/
static void learn_args(Val *v, uint32_t g) {
  const IrFunction *f = &v->m->functions[g];
  if (v->open[g]) return;
  for (uint32_t i = 0; i < f->arity; i++) {
    VType t = v->cur.x[i].tag == R_VALUE ? v->cur.x[i].t : vtype_arg();
    VType *p = &v->param[v->pstart[g] + i];
    if (v->infer) v->changed |= vstate_widen(p, t);
    else if (!vtype_within(t, *p)) vstate_fail(v, "internal error: the argument types did not settle");
  }
}

/* What a function returns: a return's x0, or what a tail call returns. */
static void learn_return(Val *v, VType t) {
  VType *r = &v->ret[v->fn];
  if (v->infer) v->changed |= vstate_widen(r, t);
  else if (!vtype_within(t, *r)) vstate_fail(v, "internal error: the return types did not settle");
}

static void call_instr(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  uint64_t n = a[0].v.u;
  switch (in->op) {
  case OP_call: case OP_call_last: case OP_call_only: {
    uint32_t g = (uint32_t)v->lab_fn[a[1].v.u];
    VType r = v->ret[g];
    bool fails = v->fails[g] || r.bits == 0;  /* (an inference pass: not yet known) */
    learn_args(v, g);
    if (in->op == OP_call) {
      body_call(v, n, fails, false, r);
    } else {
      if (!fails) learn_return(v, r);
      tail_call(v, n, in->op == OP_call_last ? (int64_t)a[2].v.u : -1, fails);
    }
    return;
  }
  default: break;
  }
  const IrImport *im = &v->m->imports[a[1].v.u];
  bool fails = vinstr_is_exit_bif(im);
  if (in->op == OP_call_ext) {
    VType r = call_result(v, im);
    bool setel = cterm_is_atom(im->mod, "erlang") && cterm_is_atom(im->fun, "setelement") &&
                 im->arity == 3;
    body_call(v, n, fails, true, r);
    if (setel && v->cur.live) {   /* a fresh tuple: set_tuple_element may follow */
      v->cur.setelem = true;
      v->cur.setelem_vid = v->cur.x[0].vid;
    }
  } else {
    if (!fails) learn_return(v, call_result(v, im));
    tail_call(v, n, in->op == OP_call_ext_last ? (int64_t)a[2].v.u : -1, fails);
  }
}

/* ---- the second pass: frames, moves, terms ------------------------------ */

static void eat_heap(Val *v, uint64_t words) {
  if (v->cur.heap < words)
    vstate_fail(v, "builds %llu heap words, but the last heap test left %llu", (unsigned long long)words,
          (unsigned long long)v->cur.heap);
  v->cur.heap -= words;
}

static void heap_from(State *s, const IrOperand *o) {
  if (o->kind == IR_ALLOC) {
    s->heap = o->v.alloc.words, s->floats = o->v.alloc.floats, s->funs = o->v.alloc.funs;
  } else {
    s->heap = o->v.u, s->floats = s->funs = 0;
  }
}

static void allocate(Val *v, uint64_t ny, const IrOperand *heap, uint64_t live, bool zero) {
  State *s = &v->cur;
  if (s->numy != NUMY_NONE)
    vstate_fail(v, "allocates a stack frame where there is one already");
  if (ny > MAX_Y) vstate_fail(v, "a frame of %llu Y registers is beyond the limit of %d", (unsigned long long)ny, MAX_Y);
  vstate_verify_live(v, s, live);
  s->numy = (int32_t)ny;
  for (uint32_t i = 0; i < v->ny; i++) s->y[i] = (Reg){.tag = i < ny && zero ? R_INIT : R_UNINIT};
  vstate_kill_x(v, s, (uint32_t)live);
  if (heap) heap_from(s, heap);
  else s->heap = s->floats = s->funs = 0;
}

static void deallocate(Val *v, uint64_t ny) {
  State *s = &v->cur;
  if (s->numy == NUMY_NONE) vstate_fail(v, "deallocates a stack frame, but there is none");
  if (s->numy == NUMY_UNDECIDED) vstate_fail(v, "the size of the stack frame differs between paths");
  if ((uint64_t)s->numy != ny)
    vstate_fail(v, "deallocates a frame of %llu, but the frame has %d", (unsigned long long)ny, (int)s->numy);
  vstate_verify_no_ct(v, s);
  s->numy = NUMY_NONE;
  for (uint32_t i = 0; i < v->ny; i++) s->y[i] = (Reg){.tag = R_UNINIT};
}

static void trim(Val *v, uint64_t n, uint64_t remaining) {
  State *s = &v->cur;
  if (s->numy < 0 || n > (uint64_t)s->numy || n + remaining != (uint64_t)s->numy)
    vstate_fail(v, "trims %llu of %llu Y registers, but the frame has %s", (unsigned long long)n,
          (unsigned long long)(n + remaining), s->numy == NUMY_NONE ? "none" : "another size");
  for (uint32_t i = 0; i < n; i++)
    if (s->y[i].tag == R_CATCH || s->y[i].tag == R_TRY)
      vstate_fail(v, "trims y%u away, which holds a catch or try tag", i);
  memmove(s->y, s->y + n, remaining * sizeof *s->y);
  for (uint32_t i = (uint32_t)remaining; i < v->ny; i++) s->y[i] = (Reg){.tag = R_UNINIT};
  s->numy = (int32_t)remaining;
}

/* init, init_yregs: a Y register holds [] and no value. */
static void init_y(Val *v, const IrOperand *o) {
  Reg *r = vstate_reg_of(v, &v->cur, o);
  char b[16];
  if (r->tag == R_CATCH || r->tag == R_TRY)
    vstate_fail(v, "%s holds a catch or try tag and cannot be overwritten", vstate_reg_name(o, b));
  *r = (Reg){.tag = R_INIT};
}

static void move(Val *v, const IrOperand *src, const IrOperand *dst) {
  State *s = &v->cur;
  if (src->kind == IR_Y && dst->kind == IR_Y && vstate_reg_of(v, s, src)->tag == R_INIT) {
    init_y(v, dst);  /* from a frame slot trimmed into place, with no value */
    return;
  }
  Reg *r = vstate_movable(v, s, src);
  if (r == NULL) {
    vstate_set_value(v, s, dst, vtype_literal(src), false);
    return;
  }
  Reg copy = *r;
  Reg *d = vstate_reg_of(v, s, dst);
  char b[16];
  if (d->tag == R_CATCH || d->tag == R_TRY)
    vstate_fail(v, "%s holds a catch or try tag and cannot be overwritten", vstate_reg_name(dst, b));
  *d = copy;
}

static void swap(Val *v, const IrOperand *a, const IrOperand *b) {
  Reg *ra = vstate_movable(v, &v->cur, a), *rb = vstate_movable(v, &v->cur, b);
  Reg t = *ra;
  *ra = *rb;
  *rb = t;
  ra->fragile = rb->fragile = ra->fragile || rb->fragile;
}

/* A value taken out of src (an element, a head): fragile if src is. */
static void extract(Val *v, const IrOperand *src, const IrOperand *dst, bool fragile) {
  (void)src;
  vstate_set_value(v, &v->cur, dst, vtype_any(), fragile);
}

static bool fragile_op(Val *v, const IrOperand *o) {
  Reg *r = vstate_reg_of(v, &v->cur, o);
  return r != NULL && r->tag == R_VALUE && r->fragile;
}

static void get_list(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  vstate_need_type(v, in, &a[0], vstate_term(v, &v->cur, &a[0]), vtype_of(IRT_CONS));
  bool fragile = fragile_op(v, &a[0]);
  if (in->op == OP_get_list) {
    extract(v, &a[0], &a[1], fragile);
    extract(v, &a[0], &a[2], fragile);
  } else {
    extract(v, &a[0], &a[1], fragile);
  }
}

static void get_tuple_element(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  VType need = vtype_tuple((uint32_t)a[1].v.u + 1, false);
  vstate_need_type(v, in, &a[0], vstate_term(v, &v->cur, &a[0]), need);
  extract(v, &a[0], &a[2], fragile_op(v, &a[0]));
}

/* set_tuple_element writes into the tuple setelement/3 just made, and
   into no other: a literal or a shared tuple must not change. */
static void set_tuple_element(Val *v, IrInstr *in, bool after_setelement) {
  const IrOperand *a = in->args;
  State *s = &v->cur;
  if (!after_setelement)
    vstate_fail(v, "set_tuple_element must follow a call of erlang:setelement/3");
  vstate_term(v, s, &a[0]);
  Reg *t = vstate_movable(v, s, &a[1]);
  if (t->vid != s->setelem_vid)
    vstate_fail(v, "set_tuple_element must write into the tuple erlang:setelement/3 returned");
  vstate_need_type(v, in, &a[1], t->t, vtype_tuple((uint32_t)a[2].v.u + 1, false));
  s->setelem = true;
}

static void put_list(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  vstate_term(v, &v->cur, &a[0]);
  vstate_term(v, &v->cur, &a[1]);
  eat_heap(v, 2);
  vstate_set_value(v, &v->cur, &a[2], vtype_of(IRT_CONS), false);
}

static void put_tuple2(Val *v, IrInstr *in) {
  const IrOperand *l = &in->args[1];
  for (uint32_t i = 0; i < l->v.list.n; i++) vstate_term(v, &v->cur, &l->v.list.elems[i]);
  eat_heap(v, (uint64_t)l->v.list.n + 1);
  vstate_set_value(v, &v->cur, &in->args[0], vtype_tuple(l->v.list.n, true), false);
}

/* make_fun3: our fun takes 2 + free words, the heap test's fun 4 (beamrt's
   layout), so free variables beyond 2 come out of the words. */
static void make_fun3(Val *v, IrInstr *in) {
  const IrOperand *l = &in->args[2];
  for (uint32_t i = 0; i < l->v.list.n; i++) vstate_term(v, &v->cur, &l->v.list.elems[i]);
  if (v->cur.funs == 0) vstate_fail(v, "builds a fun, but the last heap test left room for none");
  v->cur.funs--;
  if (l->v.list.n > 2) eat_heap(v, l->v.list.n - 2);
  vstate_set_value(v, &v->cur, &in->args[1], vtype_of(IRT_FUN), false);
}

static void make_fun2(Val *v, IrInstr *in) {
  uint32_t nfree = vstate_lambda(v, &in->args[0])->num_free;
  vstate_kill_x(v, &v->cur, nfree);
  vstate_verify_live(v, &v->cur, nfree);
  vstate_verify_y_init(v, &v->cur);
  IrOperand x0 = {.kind = IR_X};
  vstate_set_value(v, &v->cur, &x0, vtype_of(IRT_FUN), false);
}

/* ---- the second pass: tests and branches -------------------------------- */

/* The kinds a type test passes, and whether a failing test rules them
   out (is_binary does not: a bitstring may still be one). */
static bool type_test_kinds(int op, uint32_t *bits, bool *subtract) {
  static const struct { int op; uint32_t bits; bool subtract; } tests[] = {
    {OP_is_integer, IRT_INTEGER, true}, {OP_is_float, IRT_FLOAT, true},
    {OP_is_number, VT_NUMBER, true}, {OP_is_atom, IRT_ATOM, true},
    {OP_is_pid, IRT_PID, true}, {OP_is_reference, IRT_REFERENCE, true},
    {OP_is_port, IRT_PORT, true}, {OP_is_nil, IRT_NIL, true},
    {OP_is_binary, IRT_BITSTRING, false}, {OP_is_bitstr, IRT_BITSTRING, true},
    {OP_is_list, VT_LIST, true}, {OP_is_nonempty_list, IRT_CONS, true},
    {OP_is_tuple, IRT_TUPLE, true}, {OP_is_function, IRT_FUN, true},
    {OP_is_boolean, IRT_ATOM, false}, {OP_is_map, IRT_MAP, true},
  };
  for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++)
    if (tests[i].op == op) {
      *bits = tests[i].bits, *subtract = tests[i].subtract;
      return true;
    }
  return false;
}

/* is_eq_exact / is_ne_exact: on the equal path each side has the
   other's type; on the other path a singleton is ruled out. */
static void exact_compare(Val *v, IrInstr *in) {
  const IrOperand *a = &in->args[1], *b = &in->args[2];
  VType ta = vstate_term(v, &v->cur, a), tb = vstate_term(v, &v->cur, b);
  State *ne = in->op == OP_is_eq_exact ? &v->alt : &v->cur;
  State *eq = in->op == OP_is_eq_exact ? &v->cur : &v->alt;
  vstate_copy(v, &v->alt, &v->cur);
  bool ne_ok = (!vtype_singleton(tb) || vstate_refine(v, ne, a, tb, true)) &&
               (!vtype_singleton(ta) || vstate_refine(v, ne, b, ta, true));
  bool eq_ok = vstate_refine(v, eq, a, tb, false) && vstate_refine(v, eq, b, ta, false);
  ne->live = ne->live && ne_ok;
  eq->live = eq->live && eq_ok;
  if (v->alt.live) vstate_branch(v, (uint32_t)in->args[0].v.u, &v->alt);
}

static void select_val(Val *v, IrInstr *in) {
  const IrOperand *src = &in->args[0], *l = &in->args[2];
  bool arity = in->op == OP_select_tuple_arity;
  VType t = vstate_term(v, &v->cur, src);
  if (arity) vstate_need_type(v, in, src, t, vtype_tuple(0, false));
  for (uint32_t i = 0; i < l->v.list.n && v->cur.live; i += 2) {
    const IrOperand *c = &l->v.list.elems[i];
    VType ct = arity ? vtype_tuple((uint32_t)c->v.u, true) : vtype_literal(c);
    vstate_copy(v, &v->alt, &v->cur);   /* the choice's path has the value */
    if (vstate_refine(v, &v->alt, src, ct, false)) vstate_branch(v, (uint32_t)l->v.list.elems[i + 1].v.u, &v->alt);
    if ((arity || vtype_singleton(ct)) && !vstate_refine(v, &v->cur, src, ct, true))
      v->cur.live = false;               /* the others' path has not */
  }
  if (v->cur.live) vstate_branch(v, (uint32_t)in->args[1].v.u, &v->cur);
  v->cur.live = false;
}

/* A test instruction with a fail label. */
static void test_instr(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  uint32_t fail = (uint32_t)a[0].v.u, bits;
  bool subtract;
  if (type_test_kinds(in->op, &bits, &subtract)) {
    vstate_term(v, &v->cur, &a[1]);
    vstate_test_fail(v, fail, &a[1], vtype_of(bits), subtract);
    vstate_test_pass(v, &a[1], vtype_of(bits));
    return;
  }
  switch (in->op) {
  case OP_is_eq_exact: case OP_is_ne_exact: exact_compare(v, in); return;
  case OP_test_arity: {
    VType t = vstate_term(v, &v->cur, &a[1]);
    vstate_need_type(v, in, &a[1], t, vtype_tuple(0, false));
    VType exact = vtype_tuple((uint32_t)a[2].v.u, true);
    vstate_test_fail(v, fail, &a[1], exact, true);
    vstate_test_pass(v, &a[1], exact);
    return;
  }
  case OP_is_tagged_tuple:
    vstate_term(v, &v->cur, &a[1]);
    vstate_test_fail(v, fail, NULL, vtype_any(), false);
    vstate_test_pass(v, &a[1], vtype_tuple((uint32_t)a[2].v.u, true));
    return;
  case OP_is_function2: {
    vstate_term(v, &v->cur, &a[1]);
    vstate_term(v, &v->cur, &a[2]);
    vstate_test_fail(v, fail, NULL, vtype_any(), false);
    vstate_test_pass(v, &a[1], vtype_of(IRT_FUN));
    return;
  }
  default:  /* is_lt, is_ge, is_eq, is_ne */
    vstate_term(v, &v->cur, &a[1]);
    vstate_term(v, &v->cur, &a[2]);
    vstate_test_fail(v, fail, NULL, vtype_any(), false);
    return;
  }
}

/* ---- the second pass: exceptions ---------------------------------------- */

static void open_catch(Val *v, const IrOperand *y, uint32_t label, uint8_t kind) {
  State *s = &v->cur;
  Reg *r = vstate_reg_of(v, s, y);
  if (r->tag == R_CATCH || r->tag == R_TRY)
    vstate_fail(v, "y%u already holds a catch or try tag", (unsigned)y->v.reg);
  for (uint32_t i = 0; i < y->v.reg; i++)
    if (s->y[i].tag == R_CATCH || s->y[i].tag == R_TRY)
      vstate_fail(v, "a catch or try inside another must use a lower Y register (y%u holds a tag)", i);
  if (s->ct_undecided) vstate_fail(v, "the open catch and try tags differ between paths");
  *r = (Reg){.tag = kind, .label = label};
  s->ct[s->nct++] = (CtTag){kind, label};
}

/* catch_end, try_end, try_case: y must hold the innermost tag, of that
   kind; the tag is closed. */
static void close_catch(Val *v, const IrOperand *y, uint8_t kind) {
  State *s = &v->cur;
  Reg *r = vstate_reg_of(v, s, y);
  const char *what = kind == R_CATCH ? "catch" : "try";
  if (s->ct_undecided) vstate_fail(v, "the open catch and try tags differ between paths");
  if (s->nct == 0 || r->tag != kind || s->ct[s->nct - 1].kind != kind ||
      s->ct[s->nct - 1].label != r->label)
    vstate_fail(v, "y%u does not hold the innermost open %s", (unsigned)y->v.reg, what);
  *r = (Reg){.tag = R_INIT};
  s->nct--;
}

/* An instruction that always raises: the value must be a proper term. */
static void raise_with(Val *v, const IrOperand *val) {
  if (val) vstate_durable(v, &v->cur, val);
  vstate_fork(v, &v->cur, true);
  v->cur.live = false;
}

static void exc_instr(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  State *s = &v->cur;
  IrOperand x = {.kind = IR_X};
  switch (in->op) {
  case OP_catch: case OP_try:
    open_catch(v, &a[0], (uint32_t)a[1].v.u, in->op == OP_catch ? R_CATCH : R_TRY);
    return;
  case OP_catch_end:
    close_catch(v, &a[0], R_CATCH);
    vstate_set_value(v, s, &x, vtype_any(), false);
    return;
  case OP_try_end: close_catch(v, &a[0], R_TRY); return;
  case OP_try_case:
    close_catch(v, &a[0], R_TRY);
    vstate_schedule_out(v, s, 0);
    vstate_set_value(v, s, &x, vtype_of(IRT_ATOM), false);
    x.v.reg = 1;
    vstate_set_value(v, s, &x, vtype_any(), false);
    x.v.reg = 2;
    vstate_set_value(v, s, &x, vtype_any(), false);
    return;
  case OP_raise:
    vstate_term(v, s, &a[0]);
    vstate_term(v, s, &a[1]);
    raise_with(v, NULL);
    return;
  case OP_if_end: raise_with(v, NULL); return;
  case OP_build_stacktrace:
    vstate_verify_y_init(v, s);
    vstate_verify_live(v, s, 1);
    vstate_kill_x(v, s, 1);
    vstate_durable(v, s, &x);
    vstate_set_value(v, s, &x, vtype_of(VT_LIST), false);
    return;
  case OP_raw_raise: body_call(v, 3, true, false, vtype_any()); return;
  default: raise_with(v, &a[0]); return;  /* badmatch, case_end, try_case_end, badrecord */
  }
}

/* ---- the second pass: floats ---------------------------------------------- */

static void need_fr(Val *v, const IrOperand *o) {
  if (!v->cur.fr[o->v.reg]) vstate_fail(v, "fr%u is read before it is set", (unsigned)o->v.reg);
}

static void float_instr(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  State *s = &v->cur;
  switch (in->op) {
  case OP_fmove:
    if (a[1].kind == IR_FR) {
      vstate_need_type(v, in, &a[0], vstate_term(v, s, &a[0]), vtype_of(IRT_FLOAT));
      s->fr[a[1].v.reg] = 1;
    } else {
      need_fr(v, &a[0]);
      if (s->floats == 0) vstate_fail(v, "boxes a float, but the last heap test left room for none");
      s->floats--;
      vstate_set_value(v, s, &a[1], vtype_of(IRT_FLOAT), false);
    }
    return;
  case OP_fconv:
    vstate_term(v, s, &a[0]);
    vstate_fork(v, s, true);
    if (!vstate_refine(v, s, &a[0], vtype_of(VT_NUMBER), false)) s->live = false;
    s->fr[a[1].v.reg] = 1;
    return;
  default: /* fadd, fsub, fmul, fdiv, fnegate */
    if (a[0].v.u != 0) vstate_fail(v, "float arithmetic takes no fail label");
    for (int i = 1; i < in->n - 1; i++) need_fr(v, &a[i]);
    vstate_fork(v, s, false);   /* beamc raises badarith here */
    s->fr[a[in->n - 1].v.reg] = 1;
    return;
  }
}

/* ---- the second pass: maps ------------------------------------------------- */

/* Keys of a map instruction: more than one must be distinct literals. */
static void unique_keys(Val *v, const IrOperand *l, uint32_t step) {
  uint32_t n = l->v.list.n / step;
  if (n < 2) return;
  for (uint32_t i = 0; i < l->v.list.n; i += step) {
    const IrOperand *k = &l->v.list.elems[i];
    if (!vstate_is_literal(k)) vstate_fail(v, "with more than one key, every key must be a literal");
    for (uint32_t j = 0; j < i; j += step) {
      const IrOperand *p = &l->v.list.elems[j];
      bool same = (p->kind == IR_INT || k->kind == IR_INT || p->kind == IR_CHAR || k->kind == IR_CHAR)
                      ? p->kind == k->kind && p->v.u == k->v.u
                      : p->kind == IR_NIL || k->kind == IR_NIL ? p->kind == k->kind
                                                               : cterm_equal(p->v.term, k->v.term);
      if (same) vstate_fail(v, "key %u is given twice", i / step + 1);
    }
  }
}

static void map_instr(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  State *s = &v->cur;
  if (in->op == OP_has_map_fields) {
    vstate_need_type(v, in, &a[1], vstate_term(v, s, &a[1]), vtype_of(IRT_MAP));
    unique_keys(v, &a[2], 1);
    for (uint32_t i = 0; i < a[2].v.list.n; i++) vstate_term(v, s, &a[2].v.list.elems[i]);
    vstate_branch(v, (uint32_t)a[0].v.u, s);
    return;
  }
  if (in->op == OP_get_map_elements) {
    const IrOperand *l = &a[2];
    vstate_need_type(v, in, &a[1], vstate_term(v, s, &a[1]), vtype_of(IRT_MAP));
    unique_keys(v, l, 2);
    for (uint32_t i = 0; i < l->v.list.n; i += 2) {
      vstate_term(v, s, &l->v.list.elems[i]);
      for (uint32_t j = 1; j < i; j += 2)
        if (vstate_same_reg(&l->v.list.elems[j], &l->v.list.elems[i + 1]))
          vstate_fail(v, "two keys have the same destination");
    }
    bool fragile = fragile_op(v, &a[1]);
    vstate_copy(v, &v->alt, s);   /* failing: a destination may have been written */
    for (uint32_t i = 1; i < l->v.list.n; i += 2) {
      Reg *d = vstate_reg_of(v, &v->alt, &l->v.list.elems[i]);
      if (d->tag != R_UNINIT) vstate_set_value(v, &v->alt, &l->v.list.elems[i], vtype_any(), fragile);
    }
    vstate_branch(v, (uint32_t)a[0].v.u, &v->alt);
    for (uint32_t i = 1; i < l->v.list.n; i += 2) extract(v, &a[1], &l->v.list.elems[i], fragile);
    return;
  }
  /* put_map_assoc, put_map_exact */
  vstate_need_type(v, in, &a[1], vstate_term(v, s, &a[1]), vtype_of(IRT_MAP));
  vstate_verify_live(v, s, a[3].v.u);
  vstate_verify_y_init(v, s);
  for (uint32_t i = 0; i < a[4].v.list.n; i++) vstate_term(v, s, &a[4].v.list.elems[i]);
  s->heap = s->floats = s->funs = 0;
  if (in->op == OP_put_map_assoc && a[0].v.u != 0)
    vstate_fail(v, "put_map_assoc cannot fail: its fail label must be {f,0}");
  if (a[0].v.u) vstate_branch(v, (uint32_t)a[0].v.u, s);
  else vstate_fork(v, s, in->op == OP_put_map_exact);
  unique_keys(v, &a[4], 2);
  vstate_kill_x(v, s, (uint32_t)a[3].v.u);
  vstate_set_value(v, s, &a[2], vtype_of(IRT_MAP), false);
}

/* ---- the second pass: receive ------------------------------------------------ */

static void receive_instr(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  State *s = &v->cur;
  switch (in->op) {
  case OP_send:
    body_call(v, 2, false, true, vtype_any());
    return;
  case OP_remove_message:
    s->recv = RECV_NONE;
    for (uint32_t i = 0; i < v->nx + v->ny; i++) vstate_reg_at(v, s, i)->fragile = false;
    return;
  case OP_timeout:
    s->recv = RECV_NONE;
    vstate_kill_x(v, s, 0);
    return;
  case OP_loop_rec:
    if (s->recv != RECV_NONE && s->recv != RECV_MARKED)
      vstate_fail(v, "loop_rec inside a receive loop that is not finished");
    s->recv = RECV_ENTERED;
    vstate_branch(v, (uint32_t)a[0].v.u, s);
    vstate_set_value(v, s, &a[1], vtype_any(), true);
    return;
  case OP_loop_rec_end: case OP_wait:
    vstate_verify_y_init(v, s);
    vstate_back_to_loop(v, (uint32_t)a[0].v.u, s, NULL);
    s->live = false;
    return;
  case OP_wait_timeout:
    vstate_term(v, s, &a[1]);
    vstate_verify_y_init(v, s);
    vstate_back_to_loop(v, (uint32_t)a[0].v.u, s, &a[1]);
    vstate_schedule_out(v, s, 0);
    vstate_fork(v, s, true);
    return;
  case OP_recv_marker_reserve:
    vstate_set_value(v, s, &a[0], vtype_of(VT_MARKER), false);
    return;
  case OP_recv_marker_bind: {
    Reg *m = vstate_movable(v, s, &a[0]);
    if (m->t.bits != VT_MARKER) vstate_fail(v, "the first operand must be a receive marker");
    vstate_durable(v, s, &a[1]);
    return;
  }
  default: /* recv_marker_clear, recv_marker_use */
    vstate_durable(v, s, &a[0]);
    if (in->op == OP_recv_marker_use) {
      if (s->recv != RECV_NONE) vstate_fail(v, "marks a receive position inside a receive loop");
      s->recv = RECV_MARKED;
    }
    return;
  }
}

/* ---- the second pass: the bit syntax ------------------------------------------ */

/* A match context operand. */
static void need_ctx(Val *v, IrInstr *in, const IrOperand *o) {
  Reg *r = vstate_movable(v, &v->cur, o);
  vstate_need_type(v, in, o, r->t, vtype_of(VT_MATCHCTX));
}

/* Instructions that take a Live count: live registers checked, Y
   registers initialised (they may collect); the rest die after. */
static void live_point(Val *v, uint64_t live) {
  vstate_verify_live(v, &v->cur, live);
  vstate_verify_y_init(v, &v->cur);
}

/* The fail label of a bit syntax instruction, or the exception. */
static void bs_fail(Val *v, uint64_t fail) {
  if (fail) vstate_branch(v, (uint32_t)fail, &v->cur);
  else vstate_fork(v, &v->cur, true);
}

/* bs_get_* and bs_skip_utf*: Fail Ctx Live ...: a match context, live
   registers, the fail path; then a value of the kinds `bits` in dst (if
   any). */
static void bs_get(Val *v, IrInstr *in, const IrOperand *dst, uint32_t bits) {
  const IrOperand *a = in->args;
  State *s = &v->cur;
  need_ctx(v, in, &a[1]);
  live_point(v, a[2].v.u);
  vstate_branch(v, (uint32_t)a[0].v.u, s);
  vstate_kill_x(v, s, (uint32_t)a[2].v.u);
  if (dst) vstate_set_value(v, s, dst, vtype_of(bits), false);
}

static void bs_match_instr(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  State *s = &v->cur;
  switch (in->op) {
  case OP_bs_start_match3:
    vstate_movable(v, s, &a[1]);
    live_point(v, a[2].v.u);
    vstate_branch(v, (uint32_t)a[0].v.u, s);
    vstate_kill_x(v, s, (uint32_t)a[2].v.u);
    vstate_set_value(v, s, &a[3], vtype_of(VT_MATCHCTX), false);
    return;
  case OP_bs_start_match4:
    live_point(v, a[1].v.u);
    if (a[0].kind == IR_ATOM && cterm_is_atom(a[0].v.term, "resume")) need_ctx(v, in, &a[2]);
    else vstate_movable(v, s, &a[2]);
    if (a[0].kind == IR_LABEL) vstate_branch(v, (uint32_t)a[0].v.u, s);
    vstate_kill_x(v, s, (uint32_t)a[1].v.u);
    vstate_set_value(v, s, &a[3], vtype_of(VT_MATCHCTX), false);
    return;
  case OP_bs_get_integer2: case OP_bs_get_float2: case OP_bs_get_binary2:
    if (vstate_is_reg(&a[3])) vstate_term(v, s, &a[3]);
    bs_get(v, in, &a[6], in->op == OP_bs_get_integer2 ? IRT_INTEGER
                         : in->op == OP_bs_get_float2 ? IRT_FLOAT : IRT_BITSTRING);
    return;
  case OP_bs_get_utf8: case OP_bs_get_utf16: case OP_bs_get_utf32:
    bs_get(v, in, &a[4], IRT_INTEGER);
    return;
  case OP_bs_skip_utf8: case OP_bs_skip_utf16: case OP_bs_skip_utf32:
    bs_get(v, in, NULL, 0);
    return;
  case OP_bs_skip_bits2:
    need_ctx(v, in, &a[1]);
    if (vstate_is_reg(&a[2])) vstate_term(v, s, &a[2]);
    vstate_branch(v, (uint32_t)a[0].v.u, s);
    return;
  case OP_bs_test_tail2: case OP_bs_test_unit: case OP_bs_match_string:
    need_ctx(v, in, &a[1]);
    vstate_branch(v, (uint32_t)a[0].v.u, s);
    return;
  case OP_bs_get_tail: case OP_bs_get_position:
    need_ctx(v, in, &a[0]);
    live_point(v, a[2].v.u);
    vstate_kill_x(v, s, (uint32_t)a[2].v.u);
    vstate_set_value(v, s, &a[1], vtype_of(in->op == OP_bs_get_tail ? IRT_BITSTRING : VT_MSPOS), false);
    return;
  default: { /* bs_set_position */
    need_ctx(v, in, &a[0]);
    Reg *p = vstate_movable(v, s, &a[1]);
    if (p->t.bits != VT_MSPOS) vstate_fail(v, "the position must come from bs_get_position");
    return;
  }
  }
}

/* Construction: the sources, the live registers, the heap words left. */
static void bs_build_instr(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  State *s = &v->cur;
  switch (in->op) {
  case OP_bs_create_bin:
    live_point(v, a[2].v.u);
    for (uint32_t i = 0; i < a[5].v.list.n; i++)
      if (vstate_is_reg(&a[5].v.list.elems[i])) vstate_term(v, s, &a[5].v.list.elems[i]);
    vstate_kill_x(v, s, (uint32_t)a[2].v.u);
    s->heap = s->floats = s->funs = 0;
    bs_fail(v, a[0].v.u);
    heap_from(s, &a[1]);
    vstate_set_value(v, s, &a[4], vtype_of(IRT_BITSTRING), false);
    return;
  case OP_bs_init2: case OP_bs_init_bits:
    live_point(v, a[3].v.u);
    if (vstate_is_reg(&a[1])) vstate_term(v, s, &a[1]);
    s->heap = a[2].v.u, s->floats = s->funs = 0;
    bs_fail(v, a[0].v.u);
    vstate_kill_x(v, s, (uint32_t)a[3].v.u);
    vstate_set_value(v, s, &a[5], vtype_of(IRT_BITSTRING), false);
    return;
  case OP_bs_append:
    live_point(v, a[3].v.u);
    vstate_term(v, s, &a[1]);
    vstate_term(v, s, &a[5]);
    s->heap = a[2].v.u, s->floats = s->funs = 0;
    bs_fail(v, a[0].v.u);
    vstate_kill_x(v, s, (uint32_t)a[3].v.u);
    vstate_set_value(v, s, &a[7], vtype_of(IRT_BITSTRING), false);
    return;
  case OP_bs_private_append:
    vstate_term(v, s, &a[1]);
    vstate_term(v, s, &a[3]);
    bs_fail(v, a[0].v.u);
    vstate_set_value(v, s, &a[5], vtype_of(IRT_BITSTRING), false);
    return;
  case OP_bs_add: case OP_bs_utf8_size: case OP_bs_utf16_size:
    for (int i = 1; i < (in->op == OP_bs_add ? 3 : 2); i++) vstate_term(v, s, &a[i]);
    bs_fail(v, a[0].v.u);
    vstate_set_value(v, s, &a[in->n - 1], vtype_of(IRT_INTEGER), false);
    return;
  case OP_bs_put_integer: case OP_bs_put_binary: case OP_bs_put_float:
    vstate_term(v, s, &a[1]);
    vstate_term(v, s, &a[4]);
    bs_fail(v, a[0].v.u);
    return;
  case OP_bs_put_utf8: case OP_bs_put_utf16: case OP_bs_put_utf32:
    vstate_term(v, s, &a[2]);
    bs_fail(v, a[0].v.u);
    return;
  case OP_bs_init_writable: body_call(v, 1, false, false, vtype_of(IRT_BITSTRING)); return;
  default: return; /* bs_put_string */
  }
}

/* ---- the second pass: one instruction ------------------------------------- */

static void fun_call_instr(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  State *s = &v->cur;
  IrOperand fun = {.kind = IR_X};
  switch (in->op) {
  case OP_call_fun:
    fun.v.reg = (uint32_t)a[0].v.u;
    if (fun.v.reg >= v->nx) vstate_fail(v, "x%u (the fun) is not initialised", fun.v.reg);
    vstate_term(v, s, &fun);
    body_call(v, a[0].v.u + 1, false, true, vtype_any());
    return;
  case OP_call_fun2:
    vstate_term(v, s, &a[2]);
    body_call(v, a[1].v.u, false, true, vtype_any());
    return;
  case OP_apply: body_call(v, a[0].v.u + 2, false, true, vtype_any()); return;
  default: /* apply_last */
    learn_return(v, vtype_any());
    tail_call(v, a[0].v.u + 2, (int64_t)a[1].v.u, false);
    return;
  }
}

static void func_info(Val *v) {
  State *s = &v->cur;
  if (s->numy != NUMY_NONE) vstate_fail(v, "raises function_clause with a stack frame allocated");
  vstate_verify_live(v, s, v->f->arity);
  raise_with(v, NULL);
}

static void ret(Val *v) {
  State *s = &v->cur;
  IrOperand x0 = {.kind = IR_X};
  learn_return(v, vstate_durable(v, s, &x0));
  if (s->numy != NUMY_NONE) vstate_fail(v, "returns with the stack frame still allocated");
  if (s->recv != RECV_NONE) vstate_fail(v, "returns in the middle of a receive");
  if (s->nct) vstate_fail(v, "returns with a catch or try still open");
  s->live = false;
}

/* Instructions that keep "just after setelement/3" (OTP's rule). */
static bool keeps_setelem(int op) {
  return op == OP_move || op == OP_swap || op == OP_get_tuple_element || op == OP_line ||
         op == OP_set_tuple_element;
}

static bool frame_instr(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  switch (in->op) {
  case OP_allocate: case OP_allocate_zero:
    allocate(v, a[0].v.u, NULL, a[1].v.u, in->op == OP_allocate_zero);
    return true;
  case OP_allocate_heap: case OP_allocate_heap_zero:
    allocate(v, a[0].v.u, &a[1], a[2].v.u, in->op == OP_allocate_heap_zero);
    return true;
  case OP_test_heap:
    live_point(v, a[1].v.u);
    vstate_kill_x(v, &v->cur, (uint32_t)a[1].v.u);
    heap_from(&v->cur, &a[0]);
    return true;
  case OP_deallocate: deallocate(v, a[0].v.u); return true;
  case OP_trim: trim(v, a[0].v.u, a[1].v.u); return true;
  case OP_init: init_y(v, &a[0]); return true;
  case OP_init_yregs:
    for (uint32_t i = 0; i < a[0].v.list.n; i++) init_y(v, &a[0].v.list.elems[i]);
    return true;
  case OP_return: ret(v); return true;
  case OP_func_info: func_info(v); return true;
  case OP_jump: vstate_branch(v, (uint32_t)a[0].v.u, &v->cur); v->cur.live = false; return true;
  case OP_line: case OP_on_load: case OP_nif_start: return true;
  default: return false;
  }
}

static bool term_instr(Val *v, IrInstr *in, bool after_setelement) {
  const IrOperand *a = in->args;
  switch (in->op) {
  case OP_move: move(v, &a[0], &a[1]); return true;
  case OP_swap: swap(v, &a[0], &a[1]); return true;
  case OP_get_list: case OP_get_hd: case OP_get_tl: get_list(v, in); return true;
  case OP_get_tuple_element: get_tuple_element(v, in); return true;
  case OP_set_tuple_element: set_tuple_element(v, in, after_setelement); return true;
  case OP_put_list: put_list(v, in); return true;
  case OP_put_tuple2: put_tuple2(v, in); return true;
  case OP_make_fun3: make_fun3(v, in); return true;
  case OP_make_fun2: make_fun2(v, in); return true;
  case OP_select_val: case OP_select_tuple_arity: select_val(v, in); return true;
  default: return false;
  }
}

static bool call_group(Val *v, IrInstr *in) {
  const IrOperand *a = in->args;
  switch (in->op) {
  case OP_call: case OP_call_last: case OP_call_only: case OP_call_ext:
  case OP_call_ext_last: case OP_call_ext_only:
    call_instr(v, in);
    return true;
  case OP_call_fun: case OP_call_fun2: case OP_apply: case OP_apply_last:
    fun_call_instr(v, in);
    return true;
  case OP_bif0: bif_instr(v, in, 0, &a[0], NULL, 0, &a[1], -1); return true;
  case OP_bif1: bif_instr(v, in, a[0].v.u, &a[1], &a[2], 1, &a[3], -1); return true;
  case OP_bif2: bif_instr(v, in, a[0].v.u, &a[1], &a[2], 2, &a[4], -1); return true;
  case OP_gc_bif1: bif_instr(v, in, a[0].v.u, &a[2], &a[3], 1, &a[4], (int)a[1].v.u); return true;
  case OP_gc_bif2: bif_instr(v, in, a[0].v.u, &a[2], &a[3], 2, &a[5], (int)a[1].v.u); return true;
  case OP_gc_bif3: bif_instr(v, in, a[0].v.u, &a[2], &a[3], 3, &a[6], (int)a[1].v.u); return true;
  default: return false;
  }
}

/* Follows one instruction from the state in v->cur. */
void vinstr_step(Val *v, IrInstr *in) {
  bool after_setelement = v->cur.setelem;
  if (!keeps_setelem(in->op)) v->cur.setelem = false;
  if (frame_instr(v, in) || term_instr(v, in, after_setelement) || call_group(v, in)) return;
  switch (in->op) {
  case OP_catch: case OP_try: case OP_catch_end: case OP_try_end: case OP_try_case:
  case OP_try_case_end: case OP_badmatch: case OP_case_end: case OP_if_end:
  case OP_badrecord: case OP_raise: case OP_build_stacktrace: case OP_raw_raise:
    exc_instr(v, in);
    return;
  case OP_fmove: case OP_fconv: case OP_fadd: case OP_fsub: case OP_fmul:
  case OP_fdiv: case OP_fnegate:
    float_instr(v, in);
    return;
  case OP_put_map_assoc: case OP_put_map_exact: case OP_get_map_elements:
  case OP_has_map_fields:
    map_instr(v, in);
    return;
  case OP_send: case OP_remove_message: case OP_timeout: case OP_loop_rec:
  case OP_loop_rec_end: case OP_wait: case OP_wait_timeout: case OP_recv_marker_reserve:
  case OP_recv_marker_bind: case OP_recv_marker_clear: case OP_recv_marker_use:
    receive_instr(v, in);
    return;
  case OP_bs_start_match3: case OP_bs_start_match4: case OP_bs_get_integer2:
  case OP_bs_get_float2: case OP_bs_get_binary2: case OP_bs_get_utf8: case OP_bs_get_utf16:
  case OP_bs_get_utf32: case OP_bs_skip_utf8: case OP_bs_skip_utf16: case OP_bs_skip_utf32:
  case OP_bs_skip_bits2: case OP_bs_test_tail2: case OP_bs_test_unit:
  case OP_bs_match_string: case OP_bs_get_tail: case OP_bs_get_position:
  case OP_bs_set_position:
    bs_match_instr(v, in);
    return;
  case OP_is_lt: case OP_is_ge: case OP_is_eq: case OP_is_ne: case OP_is_eq_exact:
  case OP_is_ne_exact: case OP_test_arity: case OP_is_tagged_tuple: case OP_is_function2:
    test_instr(v, in);
    return;
  default: {
    uint32_t bits;
    bool subtract;
    if (type_test_kinds(in->op, &bits, &subtract)) test_instr(v, in);
    else bs_build_instr(v, in);
    return;
  }
  }
}

