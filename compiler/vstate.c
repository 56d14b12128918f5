/*
** vstate.c — the validator's state and its operations (prefix vstate_):
** errors, the State of a program point and how two meet at a label
** (joins with value numbers and phis), registers (reads, writes,
** refinements of a value and its aliases), the frame checks, branches,
** exception forks and the types an instruction needs.  The bottom layer
** of the validator: vshape.c and vinstr.c use it, validate.c drives it.
*/
#define _POSIX_C_SOURCE 200809L /* open_memstream */

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dump.h"
#include "validate_int.h"

/* ---- errors ------------------------------------------------------------ */

static const char *const kind_names[] = {
  "an atom", "a bitstring", "a match context", "a cons", "a float", "a fun",
  "an integer", "a map", "[]", "a pid", "a port", "a reference", "a tuple",
  "a receive marker", "a match position",
};

/* Writes "an atom or []" for the kinds of t (at most 4 named). */
void vstate_describe(char *buf, size_t n, VType t) {
  size_t len = 0;
  int named = 0;
  buf[0] = 0;
  if ((t.bits & VT_TERMS) == VT_TERMS) {
    snprintf(buf, n, "any term");
    return;
  }
  for (unsigned k = 0; k < 15 && len < n; k++) {
    if (!(t.bits & (1u << k))) continue;
    if (named == 4) {
      len += (size_t)snprintf(buf + len, n - len, " or ...");
      break;
    }
    len += (size_t)snprintf(buf + len, n - len, "%s%s", named ? " or " : "", kind_names[k]);
    named++;
  }
}

/*
** Fails the validation: "function F/A, instruction K (TEXT): what".
** The scratch arena is freed first; diag_fail longjmps to the reader's
** caller, which frees the module.
*/
_Noreturn void vstate_fail(Val *v, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
_Noreturn void vstate_fail(Val *v, const char *fmt, ...) {
  char what[512], *text = NULL;
  size_t len = 0;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(what, sizeof what, fmt, ap);
  va_end(ap);
  FILE *s = open_memstream(&text, &len);
  if (s != NULL) {
    if (v->f != NULL && v->at < v->f->n) dump_instr(s, v->m, &v->f->code[v->at]);
    fclose(s);
  }
  char where[1200];
  if (v->f == NULL)
    snprintf(where, sizeof where, "%s", what);
  else
    snprintf(where, sizeof where, "function %.*s/%u, instruction %u (%.300s): %s",
             (int)v->f->name->u.atom.len, v->f->name->u.atom.name, (unsigned)v->f->arity,
             (unsigned)v->at + 1, text ? text : "?", what);
  free(text);
  if (v->scratch) arena_free(v->scratch);
  v->scratch = NULL;
  if (v->infer) longjmp(v->give_up, 1);
  diag_fail(v->d, DIAG_NO_OFFSET, "%s", where);
}

/* The name of a register operand, for messages ("x3", "y0"). */
const char *vstate_reg_name(const IrOperand *o, char buf[16]) {
  IrOpKind k = o->kind == IR_TR ? o->v.tr.reg_kind : o->kind;
  unsigned r = o->kind == IR_TR ? o->v.tr.reg : o->v.reg;
  snprintf(buf, 16, "%c%u", k == IR_X ? 'x' : k == IR_Y ? 'y' : 'f', r);
  return buf;
}

/* ---- states -------------------------------------------------------------- */

void vstate_alloc(Val *v, State *s) {
  memset(s, 0, sizeof *s);
  s->x = ARENA_ARRAY(v->scratch, Reg, v->nx + 1);
  s->y = ARENA_ARRAY(v->scratch, Reg, v->ny + 1);
  s->fr = ARENA_ARRAY(v->scratch, uint8_t, v->nf + 1);
  s->ct = ARENA_ARRAY(v->scratch, CtTag, v->ny + 1);
}

void vstate_copy(Val *v, State *dst, const State *src) {
  Reg *x = dst->x, *y = dst->y;
  uint8_t *fr = dst->fr;
  CtTag *ct = dst->ct;
  *dst = *src;
  dst->x = x, dst->y = y, dst->fr = fr, dst->ct = ct;
  memcpy(x, src->x, v->nx * sizeof *x);
  memcpy(y, src->y, v->ny * sizeof *y);
  memcpy(fr, src->fr, v->nf);
  memcpy(ct, src->ct, v->ny * sizeof *ct);
}

static bool reg_equal(const Reg *a, const Reg *b) {
  if (a->tag != b->tag) return false;
  if (a->tag == R_VALUE)
    return a->vid == b->vid && a->fragile == b->fragile && vtype_equal(a->t, b->t);
  return a->tag != R_CATCH && a->tag != R_TRY ? true : a->label == b->label;
}

static bool state_equal(const Val *v, const State *a, const State *b) {
  if (a->live != b->live || a->numy != b->numy || a->heap != b->heap ||
      a->floats != b->floats || a->funs != b->funs || a->recv != b->recv ||
      a->setelem != b->setelem || a->ct_undecided != b->ct_undecided || a->nct != b->nct)
    return false;
  for (uint32_t i = 0; i < v->nx; i++)
    if (!reg_equal(&a->x[i], &b->x[i])) return false;
  for (uint32_t i = 0; i < v->ny; i++)
    if (!reg_equal(&a->y[i], &b->y[i])) return false;
  for (uint32_t i = 0; i < a->nct; i++)
    if (a->ct[i].kind != b->ct[i].kind || a->ct[i].label != b->ct[i].label) return false;
  return memcmp(a->fr, b->fr, v->nf) == 0;
}

static uint64_t min64(uint64_t a, uint64_t b) { return a < b ? a : b; }

/* The register of index i: X registers first, then Y. */
Reg *vstate_reg_at(const Val *v, const State *s, uint32_t i) {
  return i < v->nx ? &s->x[i] : &s->y[i - v->nx];
}

/* A phi's value number: the label, the first register of its class, and
   a salt that keeps it apart from the numbers kept by the same join. */
static uint64_t phi_vid(uint32_t label, uint32_t rep, uint32_t salt) {
  return (uint64_t)1 << 63 | (uint64_t)salt << 48 | (uint64_t)label << 16 | rep;
}

static PairSlot *pair_slot(Val *v, uint64_t a, uint64_t b) {
  uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b + 0x632BE59BD9B4E019ull);
  uint32_t i = (uint32_t)(h >> 32) & (v->npairs - 1);
  while (v->pairs[i].used && (v->pairs[i].a != a || v->pairs[i].b != b))
    i = (i + 1) & (v->npairs - 1);
  return &v->pairs[i];
}

/* True when a kept value number of the join equals id. */
static bool vid_kept(Val *v, uint64_t id) {
  PairSlot *s = pair_slot(v, id, id);
  return s->used;
}

/* Joins the tags of two registers that do not both hold values. */
static Reg join_tags(const Reg *a, const Reg *b) {
  Reg r = {0};
  if (a->tag == R_UNINIT || b->tag == R_UNINIT) {
    r.tag = R_UNINIT;
  } else if (a->tag == b->tag && (a->tag == R_CATCH || a->tag == R_TRY)) {
    r.tag = a->tag;
    r.label = a->label == b->label ? a->label : 0;
  } else {
    r.tag = R_INIT;
  }
  return r;
}

static void join_ct(State *r, const State *a, const State *b) {
  r->ct_undecided = a->ct_undecided || b->ct_undecided || a->nct != b->nct;
  r->nct = r->ct_undecided ? 0 : a->nct;
  for (uint32_t i = 0; i < r->nct; i++) {
    if (a->ct[i].kind != b->ct[i].kind) {
      r->ct_undecided = true;
      r->nct = 0;
      return;
    }
    r->ct[i] = a->ct[i];
    if (a->ct[i].label != b->ct[i].label) r->ct[i].label = 0;
  }
}

/*
** The state where a (the label's) and b (a path into it) meet, into r:
** a register keeps its value where both paths have the same one; where
** they have different values, registers that are aliases on both paths
** share one new value (a phi).  Types join; frame sizes, receive states
** and catch tags that differ become undecided; heap words take the
** minimum.
*/
static void join_states(Val *v, State *r, const State *a, const State *b, uint32_t label) {
  r->live = true;
  r->numy = a->numy == b->numy ? a->numy : NUMY_UNDECIDED;
  r->heap = min64(a->heap, b->heap);
  r->floats = r->funs = 0;  /* as OTP's validator: only words survive a join */
  r->recv = a->recv == b->recv ? a->recv : RECV_UNDECIDED;
  r->setelem = false;
  join_ct(r, a, b);
  for (uint32_t i = 0; i < v->nf; i++) r->fr[i] = a->fr[i] & b->fr[i];
  memset(v->pairs, 0, v->npairs * sizeof *v->pairs);
  uint32_t n = v->nx + v->ny;
  for (uint32_t i = 0; i < n; i++) {   /* kept values and tags */
    const Reg *ra = vstate_reg_at(v, a, i), *rb = vstate_reg_at(v, b, i);
    Reg *rr = vstate_reg_at(v, r, i);
    if (ra->tag != R_VALUE || rb->tag != R_VALUE) {
      *rr = join_tags(ra, rb);
    } else if (ra->vid == rb->vid) {
      *rr = *ra;
      rr->t = vtype_join(ra->t, rb->t);
      rr->fragile = ra->fragile || rb->fragile;
      PairSlot *s = pair_slot(v, ra->vid, ra->vid);
      s->used = true, s->a = s->b = s->phi = ra->vid;
    }
  }
  for (uint32_t i = 0; i < n; i++) {   /* phis */
    const Reg *ra = vstate_reg_at(v, a, i), *rb = vstate_reg_at(v, b, i);
    if (ra->tag != R_VALUE || rb->tag != R_VALUE || ra->vid == rb->vid) continue;
    PairSlot *s = pair_slot(v, ra->vid, rb->vid);
    if (!s->used) {
      uint32_t salt = 0;
      uint64_t id = phi_vid(label, i, salt);
      while (vid_kept(v, id)) id = phi_vid(label, i, ++salt);
      s = pair_slot(v, ra->vid, rb->vid); /* the probe may have moved */
      s->used = true, s->a = ra->vid, s->b = rb->vid, s->phi = id;
    }
    Reg *rr = vstate_reg_at(v, r, i);
    rr->tag = R_VALUE;
    rr->vid = s->phi;
    rr->t = vtype_join(ra->t, rb->t);
    rr->fragile = ra->fragile || rb->fragile;
    rr->label = 0;
  }
}

/* Merges state s into the state at label; true when that changed. */
bool vstate_join(Val *v, uint32_t label, const State *s) {
  State *at = v->st[label];
  if (at == NULL) {
    at = v->st[label] = ARENA_NEW(v->scratch, State);
    vstate_alloc(v, at);
  }
  if (!at->live) {
    vstate_copy(v, at, s);
    return true;
  }
  join_states(v, &v->tmp, at, s, label);
  if (state_equal(v, &v->tmp, at)) return false;
  vstate_copy(v, at, &v->tmp);
  return true;
}

/* Records that label must be visited (again). */
void vstate_mark_dirty(Val *v, uint32_t label) {
  v->dirty[label] = true;
  if (v->lab_at[label] < v->cursor) v->cursor = v->lab_at[label];
}

/* ---- registers ------------------------------------------------------------ */

/* The state's register an operand names, or NULL for a literal. */
Reg *vstate_reg_of(Val *v, State *s, const IrOperand *o) {
  IrOpKind k = o->kind;
  uint32_t r = o->v.reg;
  if (k == IR_TR) k = o->v.tr.reg_kind, r = o->v.tr.reg;
  if (k == IR_X) return &s->x[r];
  if (k != IR_Y) return NULL;
  char b[16];
  if (s->numy == NUMY_NONE) vstate_fail(v, "%s is read or written with no stack frame", vstate_reg_name(o, b));
  if (s->numy >= 0 && r >= (uint32_t)s->numy)
    vstate_fail(v, "%s is outside the stack frame of %d Y registers", vstate_reg_name(o, b), (int)s->numy);
  return &s->y[r];
}

bool vstate_is_reg(const IrOperand *o) {
  return o->kind == IR_X || o->kind == IR_Y || o->kind == IR_TR;
}

/* True when two register operands name the same register. */
bool vstate_same_reg(const IrOperand *a, const IrOperand *b) {
  IrOpKind ka = a->kind == IR_TR ? a->v.tr.reg_kind : a->kind;
  IrOpKind kb = b->kind == IR_TR ? b->v.tr.reg_kind : b->kind;
  uint32_t ra = a->kind == IR_TR ? a->v.tr.reg : a->v.reg;
  uint32_t rb = b->kind == IR_TR ? b->v.tr.reg : b->v.reg;
  return ka == kb && ra == rb;
}

/* The register of a source, checked to hold a value; NULL for a
   literal.  A match context or another non-term is allowed. */
Reg *vstate_movable(Val *v, State *s, const IrOperand *o) {
  Reg *r = vstate_reg_of(v, s, o);
  char b[16];
  if (r == NULL) return NULL;
  switch (r->tag) {
  case R_VALUE: return r;
  case R_UNINIT: vstate_fail(v, "%s is read before it is initialised", vstate_reg_name(o, b));
  case R_INIT: vstate_fail(v, "%s is read but holds no value (only initialised)", vstate_reg_name(o, b));
  default: vstate_fail(v, "%s holds a catch or try tag, not a value", vstate_reg_name(o, b));
  }
}

/* The type of a source, which must be a term. */
VType vstate_term(Val *v, State *s, const IrOperand *o) {
  Reg *r = vstate_movable(v, s, o);
  if (r == NULL) return vtype_literal(o);
  char b[16];
  if (!(r->t.bits & VT_TERMS))
    vstate_fail(v, "%s holds a %s, not a term", vstate_reg_name(o, b),
          r->t.bits & VT_MATCHCTX ? "match context" : "receive marker or match position");
  return r->t;
}

/* A term that is not part of an unremoved message. */
VType vstate_durable(Val *v, State *s, const IrOperand *o) {
  VType t = vstate_term(v, s, o);
  Reg *r = vstate_reg_of(v, s, o);
  char b[16];
  if (r != NULL && r->fragile)
    vstate_fail(v, "%s holds part of a message that receive has not removed", vstate_reg_name(o, b));
  return t;
}

/* Writes a new value of type t to a destination register. */
void vstate_set_value(Val *v, State *s, const IrOperand *o, VType t, bool fragile) {
  Reg *r = vstate_reg_of(v, s, o);
  char b[16];
  if (r->tag == R_CATCH || r->tag == R_TRY)
    vstate_fail(v, "%s holds a catch or try tag and cannot be overwritten", vstate_reg_name(o, b));
  r->tag = R_VALUE;
  r->vid = ++v->next_vid;
  r->t = t;
  r->fragile = fragile;
  r->label = 0;
}

/* Refines the value in register r (and its aliases) with meet or
   subtract; false when no value is left (the path is impossible). */
static bool refine(Val *v, State *s, Reg *r, VType with, bool subtract) {
  VType t = subtract ? vtype_subtract(r->t, with) : vtype_meet(r->t, with);
  if (t.bits == 0) return false;
  uint64_t vid = r->vid;
  for (uint32_t i = 0; i < v->nx + v->ny; i++) {
    Reg *q = vstate_reg_at(v, s, i);
    if (q->tag == R_VALUE && q->vid == vid) q->t = t;
  }
  return true;
}

/* Refines what an operand holds; a literal only checks that its type
   allows it.  False when the path is impossible. */
bool vstate_refine(Val *v, State *s, const IrOperand *o, VType with, bool subtract) {
  Reg *r = vstate_reg_of(v, s, o);
  if (r != NULL) return refine(v, s, r, with, subtract);
  VType t = vtype_literal(o);
  return (subtract ? vtype_subtract(t, with) : vtype_meet(t, with)).bits != 0;
}

void vstate_kill_x(Val *v, State *s, uint32_t live) {
  for (uint32_t i = live; i < v->nx; i++) s->x[i].tag = R_UNINIT;
}

void vstate_verify_live(Val *v, State *s, uint64_t live) {
  if (live > MAX_X) vstate_fail(v, "%llu live registers (at most %d)", (unsigned long long)live, MAX_X);
  for (uint32_t i = 0; i < live; i++)
    if (i >= v->nx || s->x[i].tag != R_VALUE)
      vstate_fail(v, "x%u is not initialised but the instruction says %llu registers are live", i,
            (unsigned long long)live);
}

/* Every Y register of the frame initialised, none fragile: the stack may
   be scanned here (a call, a collection, an exception). */
void vstate_verify_y_init(Val *v, State *s) {
  if (s->numy == NUMY_NONE) return;
  uint32_t n = s->numy >= 0 ? (uint32_t)s->numy : v->ny;
  for (uint32_t i = 0; i < n; i++) {
    if (s->numy >= 0 && s->y[i].tag == R_UNINIT)
      vstate_fail(v, "y%u is not initialised where the stack may be scanned", i);
    if (s->y[i].tag == R_VALUE && s->y[i].fragile)
      vstate_fail(v, "y%u holds part of an unremoved message where the stack may be scanned", i);
  }
}

/* No catch or try tag left in the frame (it is being dropped). */
void vstate_verify_no_ct(Val *v, State *s) {
  if (s->numy == NUMY_UNDECIDED) vstate_fail(v, "the size of the stack frame differs between paths");
  for (int32_t i = 0; i < s->numy; i++)
    if (s->y[i].tag == R_CATCH || s->y[i].tag == R_TRY)
      vstate_fail(v, "the frame is dropped with a catch or try still open in y%d", (int)i);
}


/* The state after a call or a wait: no X register, heap word or float
   register survives; a receive loop is over. */
void vstate_schedule_out(Val *v, State *s, uint32_t live) {
  vstate_kill_x(v, s, live);
  s->heap = s->floats = s->funs = 0;
  memset(s->fr, 0, v->nf);
  s->recv = RECV_NONE;
}

bool vstate_is_literal(const IrOperand *o) {
  return o->kind == IR_ATOM || o->kind == IR_INT || o->kind == IR_BIGINT ||
         o->kind == IR_NIL || o->kind == IR_LITERAL || o->kind == IR_CHAR;
}

/* ---- branches -------------------------------------------------------------- */

/* A branch of state s to label (non-zero). */
void vstate_branch(Val *v, uint32_t label, const State *s) {
  for (uint32_t i = 0; i < s->nct; i++)
    if (s->ct[i].kind == R_TRY && s->ct[i].label == label)
      vstate_fail(v, "jumps straight to the handler of an open try (label %u)", label);
  if (vstate_join(v, label, s)) vstate_mark_dirty(v, label);
}

/*
** An exception may be raised here: the state goes to the innermost open
** catch or try handler (X registers do not survive the unwinding).  With
** `verify`, the Y registers must be initialised, as OTP's validator
** wants wherever it expects an exception.
*/
void vstate_fork(Val *v, const State *s, bool verify) {
  if (s->ct_undecided) vstate_fail(v, "the open catch and try tags differ between paths");
  if (verify) vstate_verify_y_init(v, (State *)s);
  if (s->nct == 0) return;
  const CtTag *top = &s->ct[s->nct - 1];
  if (top->label == 0) vstate_fail(v, "the innermost catch or try has different handlers on different paths");
  vstate_copy(v, &v->alt, s);
  vstate_schedule_out(v, &v->alt, 0);
  if (v->alt.numy >= 0)  /* beamc's frames start as []: some term */
    for (int32_t i = 0; i < v->alt.numy; i++)
      if (v->alt.y[i].tag == R_UNINIT || v->alt.y[i].tag == R_INIT)
        v->alt.y[i] = (Reg){.tag = R_VALUE, .vid = ++v->next_vid, .t = vtype_any()};
  if (vstate_join(v, top->label, &v->alt)) vstate_mark_dirty(v, top->label);
}

/* A jump back to a receive loop's loop_rec: X registers are gone, the
   receive state is the loop's own.  (A wait_timeout that jumps to itself
   keeps its timeout operand: erl reads it only the first time.) */
void vstate_back_to_loop(Val *v, uint32_t label, const State *s, const IrOperand *keep) {
  vstate_copy(v, &v->alt, s);
  Reg kept = keep && keep->kind == IR_X ? s->x[keep->v.reg] : (Reg){0};
  vstate_schedule_out(v, &v->alt, 0);
  if (keep && keep->kind == IR_X) v->alt.x[keep->v.reg] = kept;
  const State *at = v->st[label];
  if (at != NULL && at->live) v->alt.recv = at->recv;
  vstate_branch(v, label, &v->alt);
}

/* Tests with a fail label: the failing path, refined by `fail_t`
   subtracted when `subtract`. */
void vstate_test_fail(Val *v, uint32_t label, const IrOperand *src, VType fail_t, bool subtract) {
  vstate_copy(v, &v->alt, &v->cur);
  if (!subtract || src == NULL || vstate_refine(v, &v->alt, src, fail_t, true))
    vstate_branch(v, label, &v->alt);
}

/* The passing path goes on in cur, refined by `t`; an impossible one ends. */
void vstate_test_pass(Val *v, const IrOperand *src, VType t) {
  if (!vstate_refine(v, &v->cur, src, t, false)) v->cur.live = false;
}

/* ---- needed types --------------------------------------------------------- */

/*
** The instruction needs `src` to be of type `need`: an error if it
** cannot be, IRF_UNPROVEN (a run-time check) if it may not be.  A
** possibly failing check may raise, so the state goes to the handler.
*/
void vstate_need_type(Val *v, IrInstr *in, const IrOperand *src, VType given, VType need) {
  VType met = vtype_meet(need, given);
  if (met.bits == 0) {
    char g[160], n[160], b[16];
    vstate_describe(g, sizeof g, given);
    vstate_describe(n, sizeof n, need);
    if (need.bits == IRT_TUPLE && need.size > 0)
      snprintf(n + strlen(n), sizeof n - strlen(n), " of at least %u elements", need.size);
    vstate_fail(v, "%s is %s, but the instruction needs %s",
          vstate_is_reg(src) ? vstate_reg_name(src, b) : "the operand", g, n);
  }
  if (vtype_equal(met, given)) return;
  in->flags |= IRF_UNPROVEN;
  vstate_fork(v, &v->cur, false);
}

/* Joins t into *into; true when that changed it. */
bool vstate_widen(VType *into, VType t) {
  VType j = into->bits ? vtype_join(*into, t) : t;
  if (vtype_equal(j, *into)) return false;
  *into = j;
  return true;
}

const IrLambda *vstate_lambda(Val *v, const IrOperand *o) {
  return &v->m->lambdas[o->v.u];
}

