/*
** emit_ctx.h — the emitter's context: the state of one module's
** translation, and the C the rest of the emitter writes from that state
** alone.  Internal to the emitter.
**
** The emitter is three files in layers; each calls only the ones below
** it (testsuite/hdrcheck/layers.sh checks this on the objects):
**
**   emit.c       emit_   the generated file: its sections, the module's
**                        tables and record, each function's entries,
**                        resume descriptors and prototypes
**   emit_code.c  code_   one function's instructions as C statements
**   emit_ctx.c   ctx_    this header: the state, atoms, literals as
**                        static data, operands, the C names of functions,
**                        source locations, resume points, warnings
**   bifs.c       bif_    the BIF table
**
** Why these three: the module level and the instruction translator both
** write atoms, literals, operands and function names, and the module
** level needs the translator for the bodies.  With that shared part in
** either of the two, each called the other (emit.c and emit_code.c did,
** through one internal header); below both, every call goes down.
**
** The split follows what each part needs to know.  The context knows
** terms and operands but no instruction and no section of the file
** (literal data goes to a stream the top places); the instruction
** translator knows instructions and writes function bodies only; emit.c
** alone decides the file's layout, and writes the file-scope names the
** bodies refer to: mfa<fn>, rp<fn>_<k>, fe<k>, rpi<k>.
**
** Invariants of an Emitter, from ctx_begin to ctx_end:
**   - m, opt, warn and the tables label_fn and exported are set by
**     ctx_begin and never change;
**   - atoms holds each atom named so far through ctx_atom_rec (and so
**     ctx_atom_ref, ctx_term, ctx_operand), once by name, in the order of
**     first use: emit.c writes the atom records and table from it;
**   - lits (a stream emit.c opens) receives the literal data;
**   - the fields under "the function being emitted" describe the one
**     function whose body is being written: emit.c resets them before
**     each function, emit_code.c and the operand writers advance them.
*/
#ifndef BEAMC_EMIT_CTX_H
#define BEAMC_EMIT_CTX_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "emit.h"
#include "ir.h"

/* A resume point of the function being emitted: entry k of its uniform
   entry (k from 1) and its descriptor rp<fn>_<k>. */
typedef struct Entry {
  unsigned kind;      /* ENTRY_* */
  unsigned label;     /* handler, receive: the label; call: the call number */
  unsigned yreg;      /* handler: the Y register of the catch tag */
  unsigned arity;     /* redo: registers to reload */
  uint32_t line;      /* index into m->lines */
} Entry;

/* ENTRY_LABEL: a receive that waits, or scans on after a yield, goes on
   at label `label` with no live X register. */
enum { ENTRY_RETURN, ENTRY_REDO, ENTRY_HANDLER, ENTRY_LABEL };

typedef struct Emitter {
  const IrModule *m;
  const EmitOptions *opt;
  FILE *warn;
  int warnings;
  FILE *lits;          /* literal data, written before the functions */
  unsigned n_lits;
  unsigned n_bs;       /* bit-syntax tables written to lits (bs<N>) */
  /* atoms named by the module (deduplicated by name) */
  const CTerm **atoms;
  unsigned n_atoms, cap_atoms;
  /* label -> function index (-1: none), and which functions are exported */
  int *label_fn;
  bool *exported;
  /* the function being emitted */
  unsigned fn;
  FILE *body;          /* its body, written after its entry switch */
  Entry *entries;
  unsigned n_entries, cap_entries;
  unsigned max_x, max_fr; /* X and float registers its C locals must cover */
  uint32_t line;       /* current line index (0: none) */
  unsigned calls;      /* call sites so far */
} Emitter;

/* Starts the translation of m: e is emptied, then holds m, o, warn and
   the module's label and export tables.  e->lits is left to the caller
   to open. */
void ctx_begin(Emitter *e, const IrModule *m, const EmitOptions *o, FILE *warn);
/* Frees what the context allocated (not the streams). */
void ctx_end(Emitter *e);

/* Writes one warning line ("beamc: SOURCE: warning: ...") and counts it. */
void ctx_warn(Emitter *e, const char *fmt, ...);

/* Writes the name of an atom's record (beam_atom_<mangled>), and adds the
   atom to e->atoms. */
void ctx_atom_rec(Emitter *e, FILE *out, const CTerm *atom);
/* Writes an atom as a term expression, BEAM_ATOM(<record>). */
void ctx_atom_ref(Emitter *e, FILE *out, const CTerm *atom);
/* Writes a term as a C expression in parentheses: immediates inline,
   anything else as a reference to static literal data, which goes to
   e->lits first. */
void ctx_term(Emitter *e, FILE *out, const CTerm *t);
/* Writes an operand as a C lvalue (registers) or expression; notes the X
   and float registers it names in max_x and max_fr. */
void ctx_operand(Emitter *e, FILE *out, const IrOperand *o);

/* Writes the C symbol of an exported Erlang function: its uniform entry
   (a BeamCode), or when `direct`, its direct-call entry
   (beam_fn_/beam_fd_<mod>_S<fun>_S<arity>). */
void ctx_fn_symbol(FILE *out, const CTerm *mod, const CTerm *fun,
                   unsigned arity, bool direct);
/* Writes the C name of the module's function fn: its symbol when
   exported, else f<label> (uniform) or d<label> (direct). */
void ctx_fn_name(Emitter *e, FILE *out, unsigned fn, bool direct);
/* Writes the source location of line index `line` (0: none) as a BeamLoc
   expression, or as a brace initialiser when `init`. */
void ctx_loc(Emitter *e, FILE *out, uint32_t line, bool init);

/* Adds a resume point to the function being emitted; returns its entry
   number k (from 1), the k of rp<fn>_<k>. */
unsigned ctx_add_entry(Emitter *e, Entry en);

#endif
