/*
** emit.c — the top of the C emitter (layers in emit_ctx.h): the generated
** file's sections, the module's tables and record, and around each
** function's body (emit_code.c) its entries, entry switch, prototypes and
** resume descriptors.  It calls down only: atoms, literals, operands and
** names come from the context (emit_ctx.c), bodies from emit_code.c.  It
** writes every file-scope name the bodies refer to: mfa<fn>, rp<fn>_<k>,
** fe<k>, rpi<k>.
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
#define _POSIX_C_SOURCE 200809L /* open_memstream */

#include "emit.h"

#include <stdlib.h>
#include <string.h>

#include "beamrt_abi.h"
#include "cname.h"
#include "emit_code.h"
#include "emit_ctx.h"
#include "opcodes.h"

/* ---- atoms ------------------------------------------------------------- */

/* The atom records of every atom the file names: weak definitions, which
   the linker merges across objects (docs/ARCHITECTURE.md, "Terms"). */
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

/* ---- names ------------------------------------------------------------- */

void emit_module_symbol(FILE *out, const CTerm *mod) {
  fputs("beam_mod_", out);
  cname_mangle(out, mod->u.atom.name, mod->u.atom.len);
}

void emit_direct_params(FILE *out, unsigned arity) {
  fputs("(BeamProc *P", out);
  for (unsigned r = 0; r < arity && r < 4; r++) fprintf(out, ", BeamTerm a%u", r);
  fputs(")", out);
}

/* ---- functions ---------------------------------------------------------- */

#define UNIFORM_PARAMS                                                      \
  "(BeamProc *P, unsigned entry, BeamTerm a0, BeamTerm a1, BeamTerm a2, "   \
  "BeamTerm a3)"

/* The declarator of a function's uniform entry, or of its direct one. */
static void write_prototype(Emitter *e, FILE *out, unsigned fn, bool direct) {
  fputs(e->exported[fn] ? "BeamTerm " : "static BeamTerm ", out);
  ctx_fn_name(e, out, fn, direct);
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
    ctx_fn_name(e, out, fn, false);
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
                                        "BEAM_RESUME_CATCH", "BEAM_RESUME_CP"};
    /* live: the value of a call; a redo's arguments; a handler's x0..x3;
       nothing at a receive */
    unsigned live = en->kind == ENTRY_RETURN ? 1 : en->kind == ENTRY_REDO ? en->arity
                  : en->kind == ENTRY_HANDLER ? 4 : 0;
    fprintf(out, "static const BeamResume rp%u_%u = {", fn, i + 1);
    ctx_fn_name(e, out, fn, false);
    fprintf(out, ", %u, %s, %u, %u, &mfa%u, ", i + 1, kinds[en->kind], en->yreg,
            live, fn);
    ctx_loc(e, out, en->line, true);
    fputs("};\n", out);
  }
  fprintf(out, "static const BeamResume rp%u_0 = {", fn);
  ctx_fn_name(e, out, fn, false);
  fprintf(out, ", 0, BEAM_RESUME_CP, 0, %u, &mfa%u, {0, 0}};\n",
          (unsigned)e->m->functions[fn].arity, fn);
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
    } else { /* a handler, or a receive resumed at its loop_rec */
      fprintf(out, " goto L%u;\n", en->label);
    }
  }
  fputs("  default: return beam_bad_entry(P, entry);\n  }\n", out);
}

/*
** One Erlang function: the per-function state of e is reset, the body is
** translated first (into a buffer: the descriptors and the entry switch
** depend on the resume points and registers it uses), then come the
** descriptors, the uniform entry (or the inlined body b<fn> and an
** entry calling it) and the direct entry.
*/
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
  code_function_body(e, f);
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
    ctx_atom_rec(e, out, f->name);
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
  ctx_fn_symbol(out, im->mod, im->fun, im->arity, direct);
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
  ctx_atom_rec(e, out, im->mod);
  fputs(", &", out);
  ctx_atom_rec(e, out, im->fun);
  fprintf(out, ", %u, 0, BEAM_NOLOC);\n}\n", (unsigned)im->arity);
}

/* Start points of imported functions, for tail calls that yield (the
   rpi<k> of emit_code.c's remote calls). */
static void write_import_resumes(Emitter *e, FILE *out) {
  for (uint32_t k = 0; k < e->m->n_imports; k++) {
    const IrImport *im = &e->m->imports[k];
    if (bif_import(im) >= 0) continue;
    fprintf(out, "static const BeamResume rpi%u = {", (unsigned)k);
    ctx_fn_symbol(out, im->mod, im->fun, im->arity, false);
    fprintf(out, ", 0, BEAM_RESUME_CP, 0, %u, 0, {0, 0}};\n", (unsigned)im->arity);
  }
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
  write_import_resumes(e, out);
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
    ctx_atom_rec(e, out, m->exports[k].fun);
    fprintf(out, ", %u, ", (unsigned)m->exports[k].arity);
    ctx_fn_name(e, out, (unsigned)fn, false);
    fputs("},\n", out);
  }
  fputs("  {0, 0, 0}\n};\n", out);
  fputs("static const BeamFunEntry *const funs[] = {\n", out);
  for (uint32_t k = 0; k < m->n_lambdas; k++) fprintf(out, "  &fe%u,\n", (unsigned)k);
  fputs("  0\n};\n", out);
}

/* The module's MD5 (module_info(md5)), when it came from a .beam. */
static void write_md5(const IrModule *m, FILE *out) {
  if (!m->has_md5) return;
  fputs("static const uint8_t md5[16] = {", out);
  for (int i = 0; i < 16; i++) fprintf(out, "%s%u", i ? ", " : "", (unsigned)m->md5[i]);
  fputs("};\n", out);
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
      ctx_fn_name(e, out, (unsigned)fn, false);
    }
    fprintf(out, ", %u, %u, %u, %u};\n", (unsigned)(l->arity - l->num_free),
            (unsigned)l->num_free, (unsigned)l->index, (unsigned)l->old_uniq);
  }
}

int emit_module(FILE *out, FILE *warn, const IrModule *m,
                const EmitOptions *o) {
  Emitter e;
  ctx_begin(&e, m, o, warn);
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
  write_md5(m, tl);
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
  ctx_atom_rec(&e, tl, m->name);
  fprintf(tl, ", exports, %u, atoms, %u, funs, %u, BEAM_NIL, BEAM_NIL, ",
          (unsigned)m->n_exports, e.n_atoms, (unsigned)m->n_lambdas);
  int on_load = on_load_function(m);
  if (on_load >= 0) ctx_fn_name(&e, tl, (unsigned)on_load, false);
  else fputs("0", tl);
  fputs(m->has_md5 ? ", md5};\n" : ", 0};\n", tl);
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
  int warnings = e.warnings;
  ctx_end(&e);
  return warnings;
}
