/*
** emit_int.h — state shared by emit.c (module level, literals, operands)
** and emit_code.c (instructions).  Internal to the emitter.
*/
#ifndef BEAMC_EMIT_INT_H
#define BEAMC_EMIT_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "emit.h"
#include "ir.h"

/* A resume point of the function being emitted. */
typedef struct Entry {
  unsigned kind;      /* ENTRY_* */
  unsigned label;     /* handler: the label; call: the call number */
  unsigned yreg;      /* handler: the Y register of the catch tag */
  unsigned arity;     /* redo: registers to reload */
  uint32_t line;      /* index into m->lines */
} Entry;

enum { ENTRY_RETURN, ENTRY_REDO, ENTRY_HANDLER };

typedef struct Emitter {
  const IrModule *m;
  const EmitOptions *opt;
  FILE *warn;
  int warnings;
  FILE *lits;          /* literal data, written before the functions */
  unsigned n_lits;
  /* atoms named by the module (deduplicated by name) */
  const CTerm **atoms;
  unsigned n_atoms, cap_atoms;
  /* label -> function index, and which functions are exported */
  int *label_fn;
  bool *exported;
  /* the function being emitted */
  unsigned fn;
  FILE *body;          /* its body, written after its entry switch */
  Entry *entries;
  unsigned n_entries, cap_entries;
  unsigned max_x, max_fr;
  uint32_t line;       /* current line index (0: none) */
  unsigned calls;      /* call sites so far */
} Emitter;

/* emit.c */
void emit_warn(Emitter *e, const char *fmt, ...);
void emit_atom_ref(Emitter *e, FILE *out, const CTerm *atom);
void emit_atom_rec(Emitter *e, FILE *out, const CTerm *atom);
void emit_operand(Emitter *e, FILE *out, const IrOperand *o);
void emit_term(Emitter *e, FILE *out, const CTerm *t);
void emit_fn_name(Emitter *e, FILE *out, unsigned fn, bool direct);
void emit_loc(Emitter *e, FILE *out, bool init);
unsigned emit_add_entry(Emitter *e, Entry en);
const CTerm *emit_atom_named(Emitter *e, const char *name);

/* emit_code.c */
void emit_function_body(Emitter *e, const IrFunction *f);
void emit_import_resumes(Emitter *e, FILE *out);

#endif
