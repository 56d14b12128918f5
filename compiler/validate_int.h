/*
** validate_int.h — the validator's state, shared by its three files
** (internal to the validator; validate.h is its interface):
**   validate.c  (validate_) the driver: follows the paths of each
**                           function, infers argument and return types,
**                           checks the module
**   vshape.c    (vshape_)   the first pass: operand kinds, labels, arities
**   vinstr.c    (vinstr_)   the second pass: what each instruction needs
**                           and does to the state
**   vstate.c    (vstate_)   states, registers, joins, branches, errors
** Calls go down: validate.c -> vshape.c, vinstr.c -> vstate.c.
*/
#ifndef BEAMC_VALIDATE_INT_H
#define BEAMC_VALIDATE_INT_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "ir.h"
#include "vtype.h"

/* Limits of OTP's validator and loader (x1023 is the loader's own). */
#define MAX_X 1023
#define MAX_Y 1024
#define MAX_FR 1023
#define MAX_ARITY 255
#define MAX_HEAP ((uint64_t)1 << 28)   /* words one heap test may ask for */
#define MAX_INDEX ((uint64_t)1 << 24)  /* tuple element indices */
/* A label visited more often than this means the states do not settle. */
#define MAX_VISITS 64

/* What a register holds. */
enum { R_UNINIT, R_INIT, R_VALUE, R_CATCH, R_TRY };
/* State.numy when there is no frame, or the paths disagree. */
enum { NUMY_NONE = -1, NUMY_UNDECIDED = -2 };
/* The receive loop (OTP's recv_state). */
enum { RECV_NONE, RECV_MARKED, RECV_ENTERED, RECV_UNDECIDED };

typedef struct Reg {
  uint64_t vid;       /* R_VALUE: the value number */
  VType t;            /* R_VALUE: its type */
  uint32_t label;     /* R_CATCH, R_TRY: the handler (0: several) */
  uint8_t tag;        /* R_* */
  bool fragile;       /* part of a message not yet removed */
} Reg;

typedef struct CtTag {
  uint8_t kind;       /* R_CATCH or R_TRY */
  uint32_t label;     /* the handler, 0 when paths disagree */
} CtTag;

typedef struct State {
  bool live;          /* reachable */
  int32_t numy;       /* Y registers of the frame, or NUMY_* */
  uint64_t heap, floats, funs;   /* what the last heap test left */
  uint8_t recv;       /* RECV_* */
  bool setelem;       /* the last instruction called setelement/3 ... */
  uint64_t setelem_vid;   /* ... whose fresh tuple is this value */
  bool ct_undecided;  /* paths disagree on the open tags */
  uint32_t nct;       /* open catch/try tags, innermost last */
  Reg *x, *y;
  uint8_t *fr;        /* float register set */
  CtTag *ct;
} State;

typedef struct PairSlot {   /* a join's map from value pairs to phis */
  uint64_t a, b, phi;
  bool used;
} PairSlot;

typedef struct Val {
  IrModule *m;
  Diag *d;
  Arena *scratch;     /* the current function's states */
  int32_t *lab_fn;    /* label -> function, -1 if undefined */
  uint32_t *lab_at;   /* label -> instruction index in its function */
  bool *fails;        /* function -> its body is a jump (always fails) */
  /* the function being checked */
  uint32_t fn, at;
  IrFunction *f;
  uint32_t nx, ny, nf;
  State **st;         /* label -> state there (this function's labels) */
  bool *dirty;        /* label -> to visit (again) */
  uint8_t *visits;
  uint32_t cursor;    /* no dirty label before this instruction */
  uint64_t next_vid;
  State cur, alt, tmp;
  PairSlot *pairs;
  uint32_t npairs;
  /* what the module's own calls say of its functions (infer_types) */
  VType *ret;         /* function -> what it returns (bits 0: nothing yet) */
  VType *param;       /* pstart[fn] + i -> what its x_i is on entry */
  uint32_t *pstart;
  bool *open;         /* function -> also called from outside the module */
  bool infer;         /* an inference pass: a failure only gives up */
  bool changed;       /* ... and the pass learnt something */
  jmp_buf give_up;
} Val;

/* ---- vstate.c ---- */

/* Fails the validation with "function F/A, instruction K (TEXT): what";
   in an inference pass, gives up on the function instead. */
_Noreturn void vstate_fail(Val *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Writes the kinds of t ("an atom or []") into buf. */
void vstate_describe(char *buf, size_t n, VType t);
/* "x3", "y0", "f1": a register operand's name, in buf. */
const char *vstate_reg_name(const IrOperand *o, char buf[16]);

void vstate_alloc(Val *v, State *s);
void vstate_copy(Val *v, State *dst, const State *src);
/* Merges s into the state at label; true when that changed it. */
bool vstate_join(Val *v, uint32_t label, const State *s);
/* Records that label must be visited (again). */
void vstate_mark_dirty(Val *v, uint32_t label);
/* Register i of a state: the X registers, then the Y registers. */
Reg *vstate_reg_at(const Val *v, const State *s, uint32_t i);
/* The register an operand names (checked against the frame), or NULL
   for a literal. */
Reg *vstate_reg_of(Val *v, State *s, const IrOperand *o);
bool vstate_is_reg(const IrOperand *o);
bool vstate_is_literal(const IrOperand *o);
bool vstate_same_reg(const IrOperand *a, const IrOperand *b);
/* A source that holds a value (a match context too); NULL: a literal. */
Reg *vstate_movable(Val *v, State *s, const IrOperand *o);
/* The type of a source that must be a term. */
VType vstate_term(Val *v, State *s, const IrOperand *o);
/* A term that is no part of an unremoved message. */
VType vstate_durable(Val *v, State *s, const IrOperand *o);
/* A new value of type t in a destination register. */
void vstate_set_value(Val *v, State *s, const IrOperand *o, VType t, bool fragile);
/* Refines what an operand holds (meet, or subtract); false when no
   value is left: the path is impossible. */
bool vstate_refine(Val *v, State *s, const IrOperand *o, VType with, bool subtract);
void vstate_kill_x(Val *v, State *s, uint32_t live);
/* x0..live-1 hold values. */
void vstate_verify_live(Val *v, State *s, uint64_t live);
/* Every Y register of the frame initialised: the stack may be scanned. */
void vstate_verify_y_init(Val *v, State *s);
/* No catch or try tag in the frame (it is being dropped). */
void vstate_verify_no_ct(Val *v, State *s);
/* After a call or a wait: no X register but the first `live`, no heap
   words, no float register; the receive loop is over. */
void vstate_schedule_out(Val *v, State *s, uint32_t live);
/* A branch to a label (non-zero). */
void vstate_branch(Val *v, uint32_t label, const State *s);
/* An exception may be raised here: the state goes to the handler. */
void vstate_fork(Val *v, const State *s, bool verify);
/* A jump back to a receive loop (keeping `keep`'s register, if any). */
void vstate_back_to_loop(Val *v, uint32_t label, const State *s, const IrOperand *keep);
/* A test's failing path (refined by subtracting fail_t) to label, and
   its passing path, which goes on in v->cur (refined by meeting t). */
void vstate_test_fail(Val *v, uint32_t label, const IrOperand *src, VType fail_t, bool subtract);
void vstate_test_pass(Val *v, const IrOperand *src, VType t);
/* The instruction needs src of type `need`: an error if it cannot be,
   IRF_UNPROVEN if it may not be. */
void vstate_need_type(Val *v, IrInstr *in, const IrOperand *src, VType given, VType need);
/* Joins t into *into; true when that changed it. */
bool vstate_widen(VType *into, VType t);
const IrLambda *vstate_lambda(Val *v, const IrOperand *o);

/* ---- vshape.c ---- */

/* The first pass over one instruction (reachable or not). */
void vshape_check(Val *v, const IrInstr *in);

/* ---- vinstr.c ---- */

/* Follows one instruction from the state in v->cur. */
void vinstr_step(Val *v, IrInstr *in);
/* erlang:exit/1, throw/1, error/1,2: they never return. */
bool vinstr_is_exit_bif(const IrImport *im);

#endif
