/*
** emit_ctx.c — the emitter's context (emit_ctx.h): the state of one
** module's translation, and the C written from that state alone — atoms,
** literals as static data, operands, the C names of functions, source
** locations, resume points and warnings.
**
** This is the bottom of the emitter: it calls nothing of emit_code.c or
** emit.c, and knows no instruction and no section of the generated file
** but the literal data it appends to e->lits.  Both layers above write
** operands, atom references, literals and function names through it.
*/
#define _POSIX_C_SOURCE 200809L /* open_memstream, strdup */

#include "emit_ctx.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cname.h"
#include "lithash.h"

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (q == NULL) {
    fputs("beamc: out of memory\n", stderr);
    exit(2);
  }
  return q;
}

/* ---- the module ---------------------------------------------------------- */

/* The function each label starts (-1 for the other labels), and which
   functions the module exports (a function is exported when an export
   names its entry label). */
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

void ctx_begin(Emitter *e, const IrModule *m, const EmitOptions *o, FILE *warn) {
  memset(e, 0, sizeof *e);
  e->m = m;
  e->opt = o;
  e->warn = warn;
  map_labels(e);
}

void ctx_end(Emitter *e) {
  free(e->atoms);
  free(e->entries);
  free(e->label_fn);
  free(e->exported);
}

void ctx_warn(Emitter *e, const char *fmt, ...) {
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

void ctx_atom_rec(Emitter *e, FILE *out, const CTerm *atom) {
  note_atom(e, atom);
  fputs("beam_atom_", out);
  cname_mangle(out, atom->u.atom.name, atom->u.atom.len);
}

void ctx_atom_ref(Emitter *e, FILE *out, const CTerm *atom) {
  fputs("BEAM_ATOM(", out);
  ctx_atom_rec(e, out, atom);
  fputc(')', out);
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
    ctx_atom_ref(e, out, t);
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
  obj_word(e, "BEAM_HEADER(4, BEAM_SUB_SUBBIN)");
  obj_word(e, "%llu", (unsigned long long)(t->u.bin.bits / 8));
  obj_word(e, "0");
  obj_word(e, "%u", (unsigned)(t->u.bin.bits % 8));
  obj_word(e, "%s", bin);
  free(bin);
  return obj_end(e, id, "BEAM_MAKE_BOXED");
}

static int cmp_keys(const void *x, const void *y) {
  return cterm_compare_keys(*(const CTerm *const *)x, *(const CTerm *const *)y);
}

/* A trie's leaf: the cons cell [Key | Value]. */
static char *lit_leaf(Emitter *e, const LhPair *p) {
  char *k = lit_value(e, p->key), *v = lit_value(e, p->val);
  unsigned id = obj_begin(e);
  obj_word(e, "%s", k);
  obj_word(e, "%s", v);
  free(k);
  free(v);
  return obj_end(e, id, "BEAM_MAKE_LIST");
}

/*
** The trie node at depth d for the n > 0 pairs p (in trie order, sharing
** the slots above d), as runtime/hamt.c builds it: a leaf for one pair
** below the head, a collision node at depth 8, else a node (the head
** when head is set) with a child for each slot used.
*/
static char *lit_trie(Emitter *e, const LhPair *p, uint32_t n, unsigned d, bool head) {
  if (n == 1 && !head) return lit_leaf(e, p);
  char **kids = xrealloc(NULL, (n + 16) * sizeof *kids);
  unsigned bm = 0;
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; k++) {
    uint32_t run = 1;
    if (d == 8) kids[k] = lit_leaf(e, p + i);
    else {
      unsigned s = (p[i].hash >> (4 * d)) & 15;
      while (i + run < n && ((p[i + run].hash >> (4 * d)) & 15) == s) run++;
      bm |= 1u << s;
      kids[k] = lit_trie(e, p + i, run, d + 1, false);
    }
    i += run;
  }
  unsigned id = obj_begin(e);
  if (head) {
    obj_word(e, "BEAM_HEADER(%u, BEAM_SUB_HASHMAP)", (unsigned)k + 2);
    obj_word(e, "BEAM_SMALL(%u)", (unsigned)n);
  } else obj_word(e, "BEAM_HEADER(%u, BEAM_SUB_HAMT)", (unsigned)k + 1);
  obj_word(e, "BEAM_SMALL(%u)", bm);
  for (uint32_t i = 0; i < k; i++) {
    obj_word(e, "%s", kids[i]);
    free(kids[i]);
  }
  free(kids);
  return obj_end(e, id, "BEAM_MAKE_BOXED");
}

/* A map literal: a flat map up to 32 keys (its keys as a sorted tuple,
   then the values in key order), else a hash trie, as the runtime would
   make it. */
static char *lit_map(Emitter *e, const CTerm *t) {
  uint32_t n = t->u.map.n;
  if (n > 32) return lit_trie(e, lh_trie_order(e->m->arena, t), n, 0, true);
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
  ctx_atom_ref(e, s, t->u.fun.mod);
  fclose(s);
  s = open_memstream(&f, &fl);
  ctx_atom_ref(e, s, t->u.fun.fun);
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

void ctx_term(Emitter *e, FILE *out, const CTerm *t) {
  char *v = lit_value(e, t);
  fprintf(out, "(%s)", v);
  free(v);
}

/* ---- operands ---------------------------------------------------------- */

static void note_x(Emitter *e, unsigned r) {
  if (r + 1 > e->max_x) e->max_x = r + 1;
}

void ctx_operand(Emitter *e, FILE *out, const IrOperand *o) {
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
  case IR_INT: ctx_term(e, out, cterm_int(e->m->arena, o->v.i)); break;
  case IR_CHAR: fprintf(out, "BEAM_SMALL(%llu)", (unsigned long long)o->v.u); break;
  case IR_BIGINT:
  case IR_LITERAL:
  case IR_ATOM: ctx_term(e, out, o->v.term); break;
  case IR_NIL: fputs("BEAM_NIL", out); break;
  default: fputs("BEAM_NIL /* ? */", out); break;
  }
}

/* ---- names and locations ---------------------------------------------- */

void ctx_fn_symbol(FILE *out, const CTerm *mod, const CTerm *fun,
                   unsigned arity, bool direct) {
  fputs(direct ? "beam_fd_" : "beam_fn_", out);
  cname_mangle(out, mod->u.atom.name, mod->u.atom.len);
  fputs("_S", out);
  cname_mangle(out, fun->u.atom.name, fun->u.atom.len);
  fprintf(out, "_S%u", arity);
}

void ctx_fn_name(Emitter *e, FILE *out, unsigned fn, bool direct) {
  const IrFunction *f = &e->m->functions[fn];
  if (e->exported[fn])
    ctx_fn_symbol(out, e->m->name, f->name, f->arity, direct);
  else
    fprintf(out, "%c%u", direct ? 'd' : 'f', (unsigned)f->entry);
}

void ctx_loc(Emitter *e, FILE *out, uint32_t line, bool init) {
  const IrLine *l = &e->m->lines[line];
  if (line == 0 || l->file == NULL) {
    fputs(init ? "{0, 0}" : "BEAM_NOLOC", out);
    return;
  }
  fputs(init ? "{\"" : "(BeamLoc){\"", out);
  cname_cstring(out, l->file, strlen(l->file));
  fprintf(out, "\", %u}", (unsigned)l->line);
}

/* ---- resume points ----------------------------------------------------- */

unsigned ctx_add_entry(Emitter *e, Entry en) {
  if (e->n_entries == e->cap_entries) {
    e->cap_entries = e->cap_entries ? 2 * e->cap_entries : 16;
    e->entries = xrealloc(e->entries, e->cap_entries * sizeof *e->entries);
  }
  e->entries[e->n_entries++] = en;
  return e->n_entries; /* entry numbers start at 1 */
}
