/*
** emit.c — the module level of the C emitter: the file's layout, atoms,
** literals as static data, operands, and per-function scaffolding (the
** entry switch and the resume descriptors).  Instructions are in
** emit_code.c.
**
** Layout of a generated file:
**   header comment, #include "beamrt.h", BEAM_ABI_CHECK
**   atom records (weak)           const BeamAtom beam_atom_<name>
**   module record declaration     extern const BeamModule beam_mod_<mod>
**   function prototypes, MFAs
**   literal data                  static const BeamTerm lit<N>[]
**   per function: its descriptors, then the function
**   export table and the module record
*/
#define _POSIX_C_SOURCE 200809L /* open_memstream, strdup */

#include "emit.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "beamrt_abi.h"
#include "cname.h"
#include "emit_int.h"
#include "opcodes.h"

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (q == NULL) {
    fputs("beamc: out of memory\n", stderr);
    exit(2);
  }
  return q;
}

void emit_warn(Emitter *e, const char *fmt, ...) {
  va_list ap;
  fprintf(e->warn, "beamc: %s: warning: ", e->opt->source);
  va_start(ap, fmt);
  vfprintf(e->warn, fmt, ap);
  va_end(ap);
  fputc('\n', e->warn);
  e->warnings++;
}

/* ---- atoms ---------------------------------------------------------- */

static void note_atom(Emitter *e, const CTerm *a) {
  for (unsigned i = 0; i < e->n_atoms; i++)
    if (e->atoms[i]->u.atom.len == a->u.atom.len &&
        memcmp(e->atoms[i]->u.atom.name, a->u.atom.name, a->u.atom.len) == 0)
      return;
  if (e->n_atoms == e->cap_atoms) {
    e->cap_atoms = e->cap_atoms ? 2 * e->cap_atoms : 64;
    e->atoms = xrealloc(e->atoms, e->cap_atoms * sizeof *e->atoms);
  }
  e->atoms[e->n_atoms++] = a;
}

/* Writes the name of an atom's record (beam_atom_<mangled>). */
void emit_atom_rec(Emitter *e, FILE *out, const CTerm *atom) {
  note_atom(e, atom);
  fputs("beam_atom_", out);
  cname_mangle(out, atom->u.atom.name, atom->u.atom.len);
}

/* Writes an atom as a term expression. */
void emit_atom_ref(Emitter *e, FILE *out, const CTerm *atom) {
  fputs("BEAM_ATOM(", out);
  emit_atom_rec(e, out, atom);
  fputc(')', out);
}

/* An atom CTerm for a name the emitter itself needs (lives in the
   module's arena). */
const CTerm *emit_atom_named(Emitter *e, const char *name) {
  return cterm_atom(e->m->arena, name, strlen(name));
}

static void write_atoms(Emitter *e, FILE *out) {
  for (unsigned i = 0; i < e->n_atoms; i++) {
    const CTerm *a = e->atoms[i];
    fputs("BEAM_WEAK const BeamAtom beam_atom_", out);
    cname_mangle(out, a->u.atom.name, a->u.atom.len);
    fputs(" = {\"", out);
    cname_cstring(out, a->u.atom.name, a->u.atom.len);
    fprintf(out, "\", %u, 0x%08xu, %u};\n", (unsigned)a->u.atom.len,
            (unsigned)cname_hash(a->u.atom.name, a->u.atom.len),
            (unsigned)cname_chars(a->u.atom.name, a->u.atom.len));
  }
}

/* ---- literals --------------------------------------------------------- */
/*
** Every boxed object and cons cell of a literal is its own static array
** `lit<N>`, written children first; a pointer to it is an address
** constant plus the tag, which GCC and Clang accept in static
** initialisers.  Words that depend on the word size (floats, bignum
** digits, binary bytes) are written as macros of beamrt.h, so one
** generated file serves 32- and 64-bit targets.
*/

static bool is_immediate(const CTerm *t) {
  return t->kind == CT_ATOM || t->kind == CT_NIL ||
         (t->kind == CT_INT && t->u.i >= -((int64_t)1 << 27) &&
          t->u.i < ((int64_t)1 << 27));
}

/* 28-bit integers are small on every target; wider ones go through
   BEAM_LIT_INT, which picks a small or the boxed copy per target. */
static void write_immediate(Emitter *e, FILE *out, const CTerm *t) {
  if (t->kind == CT_ATOM)
    emit_atom_ref(e, out, t);
  else if (t->kind == CT_NIL)
    fputs("BEAM_NIL", out);
  else
    fprintf(out, "BEAM_SMALL(%lldLL)", (long long)t->u.i);
}

static unsigned obj_begin(Emitter *e) {
  unsigned id = e->n_lits++;
  fprintf(e->lits, "static const BeamTerm lit%u[] = {", id);
  return id;
}

static void obj_word(Emitter *e, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(e->lits, fmt, ap);
  va_end(ap);
  fputs(", ", e->lits);
}

static char *obj_end(Emitter *e, unsigned id, const char *tag) {
  char buf[64];
  fputs("};\n", e->lits);
  snprintf(buf, sizeof buf, "%s(lit%u)", tag, id);
  return strdup(buf);
}

static char *lit_value(Emitter *e, const CTerm *t);

static char *lit_tuple(Emitter *e, const CTerm *t) {
  uint32_t n = t->u.tuple.arity;
  char **v = xrealloc(NULL, (n + 1) * sizeof *v);
  for (uint32_t i = 0; i < n; i++) v[i] = lit_value(e, t->u.tuple.elems[i]);
  unsigned id = obj_begin(e);
  obj_word(e, "BEAM_HEADER(%u, BEAM_SUB_TUPLE)", (unsigned)n);
  for (uint32_t i = 0; i < n; i++) {
    obj_word(e, "%s", v[i]);
    free(v[i]);
  }
  free(v);
  return obj_end(e, id, "BEAM_MAKE_BOXED");
}

/* Lists are walked iteratively: the heads first, then the cells from the
   last to the first, so a long string does not recurse. */
static char *lit_list(Emitter *e, const CTerm *t) {
  size_t n = 0, cap = 16;
  char **heads = xrealloc(NULL, cap * sizeof *heads);
  const CTerm *c = t;
  for (; c->kind == CT_CONS; c = c->u.cons.tail) {
    if (n == cap) heads = xrealloc(heads, (cap *= 2) * sizeof *heads);
    heads[n++] = lit_value(e, c->u.cons.head);
  }
  char *tail = lit_value(e, c);
  while (n-- > 0) {
    unsigned id = obj_begin(e);
    obj_word(e, "%s", heads[n]);
    obj_word(e, "%s", tail);
    free(heads[n]);
    free(tail);
    tail = obj_end(e, id, "BEAM_MAKE_LIST");
  }
  free(heads);
  return tail;
}

static char *lit_float(Emitter *e, double d) {
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  unsigned id = obj_begin(e);
  obj_word(e, "BEAM_HEADER(BEAM_FLOAT_WORDS, BEAM_SUB_FLOAT)");
  obj_word(e, "BEAM_LIT_F64(0x%016llxULL)", (unsigned long long)bits);
  return obj_end(e, id, "BEAM_MAKE_BOXED");
}

static char *lit_big(Emitter *e, bool neg, const uint32_t *limbs, uint32_t n) {
  unsigned id = obj_begin(e);
  obj_word(e, "BEAM_HEADER(BEAM_LIMB_WORDS(%u), %s)", (unsigned)n,
           neg ? "BEAM_SUB_NEGBIG" : "BEAM_SUB_POSBIG");
  for (uint32_t i = 0; i + 1 < n; i += 2)
    obj_word(e, "BEAM_LIT_LIMBS(0x%08xu, 0x%08xu)", limbs[i], limbs[i + 1]);
  if (n % 2) obj_word(e, "BEAM_LIT_LIMB(0x%08xu)", limbs[n - 1]);
  return obj_end(e, id, "BEAM_MAKE_BOXED");
}

/* An int64 wider than 28 bits: a small on 64-bit targets when it fits
   60 bits (BEAM_LIT_INT chooses), a bignum otherwise. */
static char *lit_int64(Emitter *e, int64_t v) {
  uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  uint32_t limbs[2] = {(uint32_t)mag, (uint32_t)(mag >> 32)};
  char *big = lit_big(e, v < 0, limbs, limbs[1] ? 2 : 1);
  if (v < -((int64_t)1 << 59) || v >= ((int64_t)1 << 59)) return big;
  char buf[200];
  snprintf(buf, sizeof buf, "BEAM_LIT_INT(%lldLL, %s)", (long long)v, big);
  free(big);
  return strdup(buf);
}

static char *lit_binary(Emitter *e, const CTerm *t) {
  uint64_t bytes = (t->u.bin.bits + 7) / 8;
  unsigned id = obj_begin(e);
  obj_word(e, "BEAM_HEADER(1 + BEAM_BYTE_WORDS(%llu), BEAM_SUB_BIN)",
           (unsigned long long)bytes);
  obj_word(e, "%llu", (unsigned long long)bytes);
  for (uint64_t i = 0; i < bytes; i += 8) {
    fputs("BEAM_LIT_BYTES(", e->lits);
    for (uint64_t k = i; k < i + 8; k++)
      fprintf(e->lits, "%s%u", k > i ? ", " : "",
              k < bytes ? t->u.bin.data[k] : 0);
    obj_word(e, ")");
  }
  char *bin = obj_end(e, id, "BEAM_MAKE_BOXED");
  if (t->u.bin.bits % 8 == 0) return bin;
  id = obj_begin(e);
  obj_word(e, "BEAM_HEADER(3, BEAM_SUB_SUBBIN)");
  obj_word(e, "BEAM_SMALL(%llu)", (unsigned long long)t->u.bin.bits);
  obj_word(e, "BEAM_SMALL(0)");
  obj_word(e, "%s", bin);
  free(bin);
  return obj_end(e, id, "BEAM_MAKE_BOXED");
}

static int cmp_keys(const void *x, const void *y) {
  return cterm_compare_keys(*(const CTerm *const *)x, *(const CTerm *const *)y);
}

/* A flat map: its keys as a sorted tuple, then the values in key order. */
static char *lit_map(Emitter *e, const CTerm *t) {
  uint32_t n = t->u.map.n;
  CTerm *kt = cterm_tuple(e->m->arena, n);
  memcpy(kt->u.tuple.elems, t->u.map.keys, n * sizeof *kt->u.tuple.elems);
  qsort(kt->u.tuple.elems, n, sizeof *kt->u.tuple.elems, cmp_keys);
  char *ktv = lit_value(e, kt);
  char **v = xrealloc(NULL, (n + 1) * sizeof *v);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t j = 0;
    while (t->u.map.keys[j] != kt->u.tuple.elems[i]) j++;
    v[i] = lit_value(e, t->u.map.vals[j]);
  }
  unsigned id = obj_begin(e);
  obj_word(e, "BEAM_HEADER(%u, BEAM_SUB_MAP)", (unsigned)n + 1);
  obj_word(e, "%s", ktv);
  free(ktv);
  for (uint32_t i = 0; i < n; i++) {
    obj_word(e, "%s", v[i]);
    free(v[i]);
  }
  free(v);
  return obj_end(e, id, "BEAM_MAKE_BOXED");
}

static char *lit_export(Emitter *e, const CTerm *t) {
  char *m = NULL, *f = NULL;
  size_t ml, fl;
  FILE *s = open_memstream(&m, &ml);
  emit_atom_ref(e, s, t->u.fun.mod);
  fclose(s);
  s = open_memstream(&f, &fl);
  emit_atom_ref(e, s, t->u.fun.fun);
  fclose(s);
  unsigned id = obj_begin(e);
  obj_word(e, "BEAM_HEADER(3, BEAM_SUB_EXPORT)");
  obj_word(e, "%s", m);
  obj_word(e, "%s", f);
  obj_word(e, "BEAM_SMALL(%u)", (unsigned)t->u.fun.arity);
  free(m);
  free(f);
  return obj_end(e, id, "BEAM_MAKE_BOXED");
}

/* Returns a malloc'd C expression for the term t, writing the objects it
   needs into the literal section. */
static char *lit_value(Emitter *e, const CTerm *t) {
  if (is_immediate(t)) {
    char *s = NULL;
    size_t len;
    FILE *o = open_memstream(&s, &len);
    write_immediate(e, o, t);
    fclose(o);
    return s;
  }
  switch (t->kind) {
  case CT_INT: return lit_int64(e, t->u.i);
  case CT_BIG: return lit_big(e, t->u.big.neg, t->u.big.limbs, t->u.big.n);
  case CT_FLOAT: return lit_float(e, t->u.f);
  case CT_TUPLE: return lit_tuple(e, t);
  case CT_CONS: return lit_list(e, t);
  case CT_BINARY: return lit_binary(e, t);
  case CT_MAP: return lit_map(e, t);
  case CT_EXPORT: return lit_export(e, t);
  default: return strdup("BEAM_NIL");
  }
}

/* Writes a term as a C expression: immediates inline, anything else as
   static literal data. */
void emit_term(Emitter *e, FILE *out, const CTerm *t) {
  char *v = lit_value(e, t);
  fprintf(out, "(%s)", v);
  free(v);
}

/* ---- operands ---------------------------------------------------------- */

static void note_x(Emitter *e, unsigned r) {
  if (r + 1 > e->max_x) e->max_x = r + 1;
}

void emit_operand(Emitter *e, FILE *out, const IrOperand *o) {
  switch (o->kind) {
  case IR_X: note_x(e, o->v.reg); fprintf(out, "X%u", (unsigned)o->v.reg); break;
  case IR_Y: fprintf(out, "BEAM_Y(P, %u)", (unsigned)o->v.reg); break;
  case IR_TR:
    if (o->v.tr.reg_kind == IR_X) {
      note_x(e, o->v.tr.reg);
      fprintf(out, "X%u", (unsigned)o->v.tr.reg);
    } else {
      fprintf(out, "BEAM_Y(P, %u)", (unsigned)o->v.tr.reg);
    }
    break;
  case IR_FR:
    if (o->v.reg + 1 > e->max_fr) e->max_fr = o->v.reg + 1;
    fprintf(out, "F%u", (unsigned)o->v.reg);
    break;
  case IR_INT: emit_term(e, out, cterm_int(e->m->arena, o->v.i)); break;
  case IR_CHAR: fprintf(out, "BEAM_SMALL(%llu)", (unsigned long long)o->v.u); break;
  case IR_BIGINT:
  case IR_LITERAL:
  case IR_ATOM: emit_term(e, out, o->v.term); break;
  case IR_NIL: fputs("BEAM_NIL", out); break;
  default: fputs("BEAM_NIL /* ? */", out); break;
  }
}

/* ---- names ------------------------------------------------------------- */

void emit_function_symbol(FILE *out, const CTerm *mod, const CTerm *fun,
                          unsigned arity, bool direct) {
  fputs(direct ? "beam_fd_" : "beam_fn_", out);
  cname_mangle(out, mod->u.atom.name, mod->u.atom.len);
  fputs("_S", out);
  cname_mangle(out, fun->u.atom.name, fun->u.atom.len);
  fprintf(out, "_S%u", arity);
}

void emit_module_symbol(FILE *out, const CTerm *mod) {
  fputs("beam_mod_", out);
  cname_mangle(out, mod->u.atom.name, mod->u.atom.len);
}

void emit_direct_params(FILE *out, unsigned arity) {
  fputs("(BeamProc *P", out);
  for (unsigned r = 0; r < arity && r < 4; r++) fprintf(out, ", BeamTerm a%u", r);
  fputs(")", out);
}

void emit_fn_name(Emitter *e, FILE *out, unsigned fn, bool direct) {
  const IrFunction *f = &e->m->functions[fn];
  if (e->exported[fn])
    emit_function_symbol(out, e->m->name, f->name, f->arity, direct);
  else
    fprintf(out, "%c%u", direct ? 'd' : 'f', (unsigned)f->entry);
}

/* Writes the current source location as a BeamLoc expression, or as a
   brace initialiser when `init`. */
void emit_loc(Emitter *e, FILE *out, bool init) {
  const IrLine *l = &e->m->lines[e->line];
  if (e->line == 0 || l->file == NULL) {
    fputs(init ? "{0, 0}" : "BEAM_NOLOC", out);
    return;
  }
  fputs(init ? "{\"" : "(BeamLoc){\"", out);
  cname_cstring(out, l->file, strlen(l->file));
  fprintf(out, "\", %u}", (unsigned)l->line);
}

unsigned emit_add_entry(Emitter *e, Entry en) {
  if (e->n_entries == e->cap_entries) {
    e->cap_entries = e->cap_entries ? 2 * e->cap_entries : 16;
    e->entries = xrealloc(e->entries, e->cap_entries * sizeof *e->entries);
  }
  e->entries[e->n_entries++] = en;
  return e->n_entries; /* entry numbers start at 1 */
}

/* ---- functions ---------------------------------------------------------- */

#define UNIFORM_PARAMS                                                      \
  "(BeamProc *P, unsigned entry, BeamTerm a0, BeamTerm a1, BeamTerm a2, "   \
  "BeamTerm a3)"

/* The declarator of a function's uniform entry, or of its direct one. */
static void write_prototype(Emitter *e, FILE *out, unsigned fn, bool direct) {
  fputs(e->exported[fn] ? "BeamTerm " : "static BeamTerm ", out);
  emit_fn_name(e, out, fn, direct);
  if (direct)
    emit_direct_params(out, e->m->functions[fn].arity);
  else
    fputs(UNIFORM_PARAMS, out);
}

/* Functions of at most this many instructions have their body compiled
   into both entries (see beamrt.h, section 3): a third of the
   instructions of a call on fib, and the C compiler's time twice over. */
#define INLINE_BODY_MAX 60

/* The body of a direct entry: a call of the function's uniform entry, or
   of its inlined body b<fn>, with entry 0. */
static void write_direct_body(Emitter *e, FILE *out, unsigned fn, bool body) {
  unsigned arity = e->m->functions[fn].arity;
  fputs(" {\n  return ", out);
  if (body)
    fprintf(out, "b%u", fn);
  else
    emit_fn_name(e, out, fn, false);
  fputs("(P, 0", out);
  for (unsigned r = 0; r < 4; r++) fprintf(out, r < arity ? ", a%u" : ", 0", r);
  fputs(");\n}\n", out);
}

/* The resume descriptors of the function just emitted. */
static void write_descriptors(Emitter *e, FILE *out) {
  unsigned fn = e->fn;
  for (unsigned i = 0; i < e->n_entries; i++) {
    const Entry *en = &e->entries[i];
    static const char *const kinds[] = {"BEAM_RESUME_CP", "BEAM_RESUME_CP",
                                        "BEAM_RESUME_CATCH"};
    fprintf(out, "static const BeamResume rp%u_%u = {", fn, i + 1);
    emit_fn_name(e, out, fn, false);
    fprintf(out, ", %u, %s, %u, &mfa%u, ", i + 1, kinds[en->kind], en->yreg,
            fn);
    uint32_t saved = e->line;
    e->line = en->line;
    emit_loc(e, out, true);
    e->line = saved;
    fputs("};\n", out);
  }
  fprintf(out, "static const BeamResume rp%u_0 = {", fn);
  emit_fn_name(e, out, fn, false);
  fprintf(out, ", 0, BEAM_RESUME_CP, 0, &mfa%u, {0, 0}};\n", fn);
}

/* The entry switch: entry 0 starts the function; the others reload the
   registers the scheduler passes and jump to their resume point. */
static void write_entry_switch(Emitter *e, FILE *out, const IrFunction *f) {
  unsigned nx = e->max_x > 4 ? e->max_x : 4;
  if (nx <= f->arity) nx = f->arity + 1;
  fputs("  BeamTerm X0 = a0, X1 = a1, X2 = a2, X3 = a3", out);
  for (unsigned r = 4; r < nx; r++)
    fprintf(out, ", X%u = BEAM_NIL", r);
  fputs(";\n", out);
  for (unsigned r = 0; r < e->max_fr; r++) fprintf(out, "  double F%u = 0;\n", r);
  fputs("  BeamTerm R;\n  (void)R;\n", out);
  for (unsigned r = 4; r < f->arity; r++) fprintf(out, "  X%u = P->x[%u];\n", r, r);
  /* the body starts with the func_info block; entry 0 (every direct call)
     skips it with one test, before the resume switch's jump table */
  fprintf(out, "  if (BEAM_LIKELY(entry == 0)) goto L%u;\n", (unsigned)f->entry);
  fprintf(out, "  switch (entry) {\n  case 0: goto L%u;\n", (unsigned)f->entry);
  for (unsigned i = 0; i < e->n_entries; i++) {
    const Entry *en = &e->entries[i];
    fprintf(out, "  case %u:", i + 1);
    if (en->kind == ENTRY_RETURN) {
      /* the scheduler took the continuation out of the frame's slot */
      fprintf(out, " *--P->stop = BEAM_NIL; goto R%u;\n", en->label);
    } else if (en->kind == ENTRY_REDO) {
      for (unsigned r = 4; r < en->arity; r++) fprintf(out, " X%u = P->x[%u];", r, r);
      fprintf(out, " goto C%u;\n", en->label);
    } else {
      fprintf(out, " goto L%u;\n", en->label);
    }
  }
  fputs("  default: return beam_bad_entry(P, entry);\n  }\n", out);
}

static void emit_function(Emitter *e, FILE *out, unsigned fn) {
  const IrFunction *f = &e->m->functions[fn];
  char *body = NULL;
  size_t len;
  e->fn = fn;
  e->n_entries = 0;
  e->max_x = f->arity;
  e->max_fr = 0;
  e->line = 0;
  e->calls = 0;
  e->body = open_memstream(&body, &len);
  emit_function_body(e, f);
  fclose(e->body);
  write_descriptors(e, out);
  fputs("\n/* ", out);
  cname_comment(out, f->name->u.atom.name, f->name->u.atom.len);
  fprintf(out, "/%u */\n", (unsigned)f->arity);
  bool twice = f->n <= INLINE_BODY_MAX;
  if (twice)
    fprintf(out, "static inline BEAM_ALWAYS_INLINE BeamTerm b%u" UNIFORM_PARAMS, fn);
  else
    write_prototype(e, out, fn, false);
  fputs(" {\n", out);
  write_entry_switch(e, out, f);
  fputs(body, out);
  fputs("}\n", out);
  free(body);
  if (twice) {
    write_prototype(e, out, fn, false);
    fprintf(out, " {\n  return b%u(P, entry, a0, a1, a2, a3);\n}\n", fn);
  }
  write_prototype(e, out, fn, true);
  write_direct_body(e, out, fn, twice);
  fputs("\n", out);
}

/* ---- the module ---------------------------------------------------------- */

static void map_labels(Emitter *e) {
  const IrModule *m = e->m;
  e->label_fn = xrealloc(NULL, (m->label_count + 1) * sizeof *e->label_fn);
  e->exported = xrealloc(NULL, (m->n_functions + 1) * sizeof *e->exported);
  for (uint32_t l = 0; l <= m->label_count; l++) e->label_fn[l] = -1;
  for (uint32_t i = 0; i < m->n_functions; i++) {
    const IrFunction *f = &m->functions[i];
    if (f->entry <= m->label_count) e->label_fn[f->entry] = (int)i;
    e->exported[i] = false;
    for (uint32_t k = 0; k < m->n_exports; k++)
      if (m->exports[k].label == f->entry) e->exported[i] = true;
  }
}

static void write_mfas(Emitter *e, FILE *out) {
  for (uint32_t i = 0; i < e->m->n_functions; i++) {
    const IrFunction *f = &e->m->functions[i];
    write_prototype(e, out, i, false);
    fputs(";\n", out);
    write_prototype(e, out, i, true);
    fputs(";\n", out);
    fprintf(out, "static const BeamMfa mfa%u = {&", (unsigned)i);
    emit_module_symbol(out, e->m->name);
    fputs(", &", out);
    emit_atom_rec(e, out, f->name);
    fprintf(out, ", %u};\n", (unsigned)f->arity);
  }
}

/*
** Every imported function that is not a BIF is called through its C
** symbol.  A weak definition here raises undef; the module's own strong
** definition replaces it when the module is linked in.
*/
/* True when im names a function this module exports: its symbol is
   defined here.  (A remote call to one of its own unexported functions
   raises undef, as in erl.) */
static bool exported_here(const IrModule *m, const IrImport *im) {
  if (!cterm_equal(im->mod, m->name)) return false;
  for (uint32_t k = 0; k < m->n_exports; k++)
    if (m->exports[k].arity == im->arity && cterm_equal(m->exports[k].fun, im->fun))
      return true;
  return false;
}

/* The declaration of an imported function's entry (uniform or direct),
   with a weak definition that raises undef unless the module is `own`. */
static void write_import_stub(Emitter *e, FILE *out, const IrImport *im,
                              bool own, bool direct) {
  fputs(own ? "BeamTerm " : "BEAM_WEAK BeamTerm ", out);
  emit_function_symbol(out, im->mod, im->fun, im->arity, direct);
  if (direct)
    emit_direct_params(out, im->arity);
  else
    fputs(UNIFORM_PARAMS, out);
  if (own) {
    fputs(";\n", out);
    return;
  }
  fputs(direct ? " {\n " : " {\n  (void)entry;", out);
  for (unsigned r = 0; r < im->arity && r < 4; r++)
    fprintf(out, " P->x[%u] = a%u;", r, r);
  if (!direct)
    for (unsigned r = im->arity; r < 4; r++) fprintf(out, " (void)a%u;", r);
  fputs("\n  return beam_undef(P, &", out);
  emit_atom_rec(e, out, im->mod);
  fputs(", &", out);
  emit_atom_rec(e, out, im->fun);
  fprintf(out, ", %u, 0, BEAM_NOLOC);\n}\n", (unsigned)im->arity);
}

static void write_imports(Emitter *e, FILE *out) {
  const IrModule *m = e->m;
  for (uint32_t k = 0; k < m->n_imports; k++) {
    const IrImport *im = &m->imports[k];
    if (bif_import(im) >= 0) continue;
    bool own = exported_here(m, im);
    for (int direct = 0; direct < 2; direct++)
      write_import_stub(e, out, im, own, direct);
  }
  emit_import_resumes(e, out);
  for (uint32_t i = 0; i < m->n_functions; i++)
    fprintf(out, "static const BeamResume rp%u_0;\n", (unsigned)i);
}

static void write_module_record(Emitter *e, FILE *out) {
  const IrModule *m = e->m;
  fputs("static const BeamExport exports[] = {\n", out);
  for (uint32_t k = 0; k < m->n_exports; k++) {
    int fn = m->exports[k].label <= m->label_count
                 ? e->label_fn[m->exports[k].label] : -1;
    if (fn < 0) continue;
    fputs("  {&", out);
    emit_atom_rec(e, out, m->exports[k].fun);
    fprintf(out, ", %u, ", (unsigned)m->exports[k].arity);
    emit_fn_name(e, out, (unsigned)fn, false);
    fputs("},\n", out);
  }
  fputs("  {0, 0, 0}\n};\n", out);
  fputs("static const BeamFunEntry *const funs[] = {\n", out);
  for (uint32_t k = 0; k < m->n_lambdas; k++) fprintf(out, "  &fe%u,\n", (unsigned)k);
  fputs("  0\n};\n", out);
}

/* The function that holds the on_load instruction (the one -on_load
   names; both readers put the instruction there), or -1. */
static int on_load_function(const IrModule *m) {
  for (uint32_t i = 0; i < m->n_functions; i++)
    for (uint32_t k = 0; k < m->functions[i].n; k++)
      if (m->functions[i].code[k].op == OP_on_load) return (int)i;
  return -1;
}

static void write_lambdas(Emitter *e, FILE *out) {
  const IrModule *m = e->m;
  for (uint32_t k = 0; k < m->n_lambdas; k++) {
    const IrLambda *l = &m->lambdas[k];
    int fn = l->label <= m->label_count ? e->label_fn[l->label] : -1;
    fprintf(out, "static const BeamFunEntry fe%u = {", (unsigned)k);
    if (fn < 0) {
      fputs("0, 0", out);
    } else {
      fprintf(out, "&mfa%d, ", fn);
      emit_fn_name(e, out, (unsigned)fn, false);
    }
    fprintf(out, ", %u, %u, %u, %u};\n", (unsigned)(l->arity - l->num_free),
            (unsigned)l->num_free, (unsigned)l->index, (unsigned)l->old_uniq);
  }
}

int emit_module(FILE *out, FILE *warn, const IrModule *m,
                const EmitOptions *o) {
  Emitter e;
  memset(&e, 0, sizeof e);
  e.m = m;
  e.opt = o;
  e.warn = warn;
  map_labels(&e);
  char *lits = NULL, *fns = NULL, *decls = NULL, *tail = NULL;
  size_t n1, n2, n3, n4;
  e.lits = open_memstream(&lits, &n1);
  FILE *fo = open_memstream(&fns, &n2);
  FILE *dec = open_memstream(&decls, &n3);
  FILE *tl = open_memstream(&tail, &n4);
  write_mfas(&e, dec);
  write_lambdas(&e, dec);
  write_imports(&e, dec);
  for (uint32_t i = 0; i < m->n_functions; i++) emit_function(&e, fo, i);
  write_module_record(&e, tl);
  fclose(dec);
  fclose(fo);

  fputs("/* Generated by beamc from ", out);
  cname_comment(out, o->source, strlen(o->source));
  fputs(": do not edit. */\n", out);
  fprintf(out, "#include \"beamrt.h\"\n#include \"beamrt_bifs.h\"\n"
               "BEAM_ABI_CHECK(%d);\n\n", BEAM_ABI_VERSION);
  fputs("extern const BeamModule ", out);
  emit_module_symbol(out, m->name);
  fputs(";\n", out);
  /* atoms: the module record's list needs every one, so finish the tail
     before writing them */
  fputs("static const BeamAtom *const atoms[];\n", tl);
  fprintf(tl, "const BeamModule ");
  emit_module_symbol(tl, m->name);
  fputs(" = {&", tl);
  emit_atom_rec(&e, tl, m->name);
  fprintf(tl, ", exports, %u, atoms, %u, funs, %u, BEAM_NIL, BEAM_NIL, ",
          (unsigned)m->n_exports, e.n_atoms, (unsigned)m->n_lambdas);
  int on_load = on_load_function(m);
  if (on_load >= 0) emit_fn_name(&e, tl, (unsigned)on_load, false);
  else fputs("0", tl);
  fputs("};\n", tl);
  fclose(e.lits);
  fputs("static const BeamAtom *const atoms[] = {\n", tl);
  for (unsigned i = 0; i < e.n_atoms; i++) {
    fputs("  &beam_atom_", tl);
    cname_mangle(tl, e.atoms[i]->u.atom.name, e.atoms[i]->u.atom.len);
    fputs(",\n", tl);
  }
  fputs("  0\n};\n", tl);
  fclose(tl);
  write_atoms(&e, out);
  fputs(decls, out);
  fputs(lits, out);
  fputs(fns, out);
  fputs(tail, out);
  free(lits);
  free(fns);
  free(decls);
  free(tail);
  free(e.atoms);
  free(e.entries);
  free(e.label_fn);
  free(e.exported);
  return e.warnings;
}
