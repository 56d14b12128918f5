/*
** sread.c — builds the IR of a module from the forms of its .S file.
**
** `erlc -S` writes the code just before beam_asm assembles it, so this
** file does what beam_asm does on the way to a .beam: it rewrites the
** symbolic forms (test, bif, gc_bif, bs_add, kill, make_fun2/3,
** call_fun2) into generic instructions, turns literals that are atoms,
** [] or integers into immediates, floats and huge integers into literals,
** field flags into their bits, and interns imports, funs, lines and types
** into tables like the .beam's.  It also moves an on_load attribute into
** an on_load instruction, as beam_asm does.
*/
#include "sread.h"

#include <string.h>

#include "opcodes.h"
#include "slex.h"

typedef struct SReader {
  Arena *a;
  Diag *d;
  IrModule *m;
  uint32_t line;          /* source line of the form being read */
  uint32_t cap_imports, cap_lambdas, cap_lines, cap_types;
  const SForms *forms;
} SReader;

static _Noreturn void fail(SReader *s, const char *what, const CTerm *t) {
  (void)t;
  diag_fail(s->d, DIAG_NO_OFFSET, "line %u: %s", s->line, what);
}

/* Grows an arena array of elem bytes to hold at least n+1 elements. */
static void *grow(SReader *s, void *arr, uint32_t n, uint32_t *cap, size_t elem) {
  if (n < *cap) return arr;
  uint32_t ncap = *cap ? *cap * 2 : 16;
  void *bigger = arena_alloc(s->a, elem * ncap);
  if (n) memcpy(bigger, arr, elem * n);
  *cap = ncap;
  return bigger;
}

static CTerm *elem(const CTerm *t, uint32_t i) { return t->u.tuple.elems[i]; }

static bool is_tuple_of(const CTerm *t, uint32_t arity) {
  return t->kind == CT_TUPLE && t->u.tuple.arity == arity;
}

static uint32_t get_u32(SReader *s, const CTerm *t, const char *what) {
  int64_t v;
  if (!cterm_get_int(t, &v) || v < 0 || v > UINT32_MAX) fail(s, what, t);
  return (uint32_t)v;
}

static CTerm *get_atom(SReader *s, CTerm *t, const char *what) {
  if (t->kind != CT_ATOM) fail(s, what, t);
  return t;
}

/* ---- tables ---- */

static uint32_t intern_import(SReader *s, CTerm *mod, CTerm *fun, uint32_t arity) {
  IrModule *m = s->m;
  for (uint32_t i = 0; i < m->n_imports; i++) {
    IrImport *imp = &m->imports[i];
    if (imp->arity == arity && cterm_equal(imp->mod, mod) && cterm_equal(imp->fun, fun)) return i;
  }
  m->imports = grow(s, m->imports, m->n_imports, &s->cap_imports, sizeof(IrImport));
  m->imports[m->n_imports] = (IrImport){mod, fun, arity};
  return m->n_imports++;
}

static const IrFunction *function_at_entry(const IrModule *m, uint32_t label) {
  for (uint32_t i = 0; i < m->n_functions; i++)
    if (m->functions[i].entry == label) return &m->functions[i];
  return NULL;
}

/* A fun entry for the function at label, shared per label as beam_dict does. */
static uint32_t intern_lambda(SReader *s, uint32_t label, uint32_t num_free) {
  IrModule *m = s->m;
  for (uint32_t i = 0; i < m->n_lambdas; i++)
    if (m->lambdas[i].label == label) return i;
  const IrFunction *f = function_at_entry(m, label);
  if (f == NULL) fail(s, "fun refers to a label that is no function's entry", NULL);
  if (num_free > f->arity) fail(s, "fun has more free variables than its function has arguments", NULL);
  m->lambdas = grow(s, m->lambdas, m->n_lambdas, &s->cap_lambdas, sizeof(IrLambda));
  m->lambdas[m->n_lambdas] = (IrLambda){f->name, f->arity, label, m->n_lambdas, num_free, 0};
  return m->n_lambdas++;
}

/* Encodes a string term (a list of code points) as UTF-8 in the arena. */
static const char *utf8_of_string(SReader *s, const CTerm *str) {
  long n = cterm_list_length(str);
  if (n < 0) fail(s, "expected a string", str);
  char *buf = arena_alloc(s->a, (size_t)n * 4 + 1), *p = buf;
  for (const CTerm *l = str; l->kind == CT_CONS; l = l->u.cons.tail) {
    int64_t c;
    if (!cterm_get_int(l->u.cons.head, &c) || c < 0 || c > 0x10ffff) fail(s, "bad character in string", str);
    if (c < 0x80) {
      *p++ = (char)c;
    } else if (c < 0x800) {
      *p++ = (char)(0xc0 | c >> 6);
      *p++ = (char)(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      *p++ = (char)(0xe0 | c >> 12);
      *p++ = (char)(0x80 | ((c >> 6) & 0x3f));
      *p++ = (char)(0x80 | (c & 0x3f));
    } else {
      *p++ = (char)(0xf0 | c >> 18);
      *p++ = (char)(0x80 | ((c >> 12) & 0x3f));
      *p++ = (char)(0x80 | ((c >> 6) & 0x3f));
      *p++ = (char)(0x80 | (c & 0x3f));
    }
  }
  *p = '\0';
  return buf;
}

/* {line,[]} is index 0; {line,[...,{location,File,Line},...]} is interned. */
static uint32_t intern_line(SReader *s, const CTerm *locs) {
  IrModule *m = s->m;
  for (const CTerm *l = locs; l->kind == CT_CONS; l = l->u.cons.tail) {
    const CTerm *loc = l->u.cons.head;
    if (!cterm_is_tagged(loc, "location", 3)) continue;
    const char *file = utf8_of_string(s, elem(loc, 1));
    uint32_t line = get_u32(s, elem(loc, 2), "bad line number in location");
    for (uint32_t i = 1; i < m->n_lines; i++)
      if (m->lines[i].line == line && strcmp(m->lines[i].file, file) == 0) return i;
    m->lines = grow(s, m->lines, m->n_lines, &s->cap_lines, sizeof(IrLine));
    m->lines[m->n_lines] = (IrLine){file, line};
    return m->n_lines++;
  }
  if (cterm_list_length(locs) < 0) fail(s, "line instruction needs a list of locations", locs);
  return 0;
}

/* ---- types of typed registers (beam_types:encode_ext) ---- */

static uint16_t type_bits(SReader *s, const CTerm *t);

static uint16_t record_bits(SReader *s, const CTerm *t) {
  static const struct { const char *tag; uint16_t bits; } map[] = {
      {"t_atom", IRT_ATOM},         {"t_bitstring", IRT_BITSTRING},
      {"t_bs_context", IRT_BS_MATCHSTATE},
      {"t_bs_matchable", IRT_BITSTRING | IRT_BS_MATCHSTATE},
      {"t_cons", IRT_CONS},         {"t_list", IRT_CONS | IRT_NIL},
      {"t_float", IRT_FLOAT},       {"t_integer", IRT_INTEGER},
      {"t_fun", IRT_FUN},           {"t_map", IRT_MAP},
      {"t_tuple", IRT_TUPLE}};
  const CTerm *tag = elem(t, 0);
  if (cterm_is_tagged(t, "t_union", 6)) {
    uint16_t bits = 0;
    for (uint32_t i = 1; i < 6; i++) bits |= type_bits(s, elem(t, i));
    return bits;
  }
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if (cterm_is_atom(tag, map[i].tag)) return map[i].bits;
  fail(s, "unknown type in typed register", t);
}

/* The Type chunk's bits for a type term of beam_types, as ~p prints it. */
static uint16_t type_bits(SReader *s, const CTerm *t) {
  static const struct { const char *name; uint16_t bits; } atoms[] = {
      {"any", IRT_ANY}, {"none", 0}, {"number", IRT_FLOAT | IRT_INTEGER},
      {"nil", IRT_NIL}, {"pid", IRT_PID}, {"port", IRT_PORT},
      {"reference", IRT_REFERENCE}};
  if (t->kind == CT_ATOM) {
    for (size_t i = 0; i < sizeof atoms / sizeof atoms[0]; i++)
      if (cterm_is_atom(t, atoms[i].name)) return atoms[i].bits;
    fail(s, "unknown type in typed register", t);
  }
  if (t->kind == CT_CONS) return IRT_TUPLE; /* a set of record types */
  if (t->kind != CT_TUPLE || t->u.tuple.arity == 0 || elem(t, 0)->kind != CT_ATOM)
    fail(s, "unknown type in typed register", t);
  return record_bits(s, t);
}

/* Integer range of a type when both ends are 64-bit smalls (|n| < 2^59). */
static bool type_range(const CTerm *t, int64_t *min, int64_t *max) {
  if (cterm_is_tagged(t, "t_union", 6)) return type_range(elem(t, 3), min, max);
  if (!cterm_is_tagged(t, "t_integer", 2) || !is_tuple_of(elem(t, 1), 2)) return false;
  const int64_t lim = (int64_t)1 << 59;
  return cterm_get_int(elem(elem(t, 1), 0), min) && cterm_get_int(elem(elem(t, 1), 1), max) &&
         *min >= -lim && *min <= lim - 1 && *max >= -lim && *max <= lim - 1;
}

static uint32_t intern_type(SReader *s, const CTerm *t) {
  IrModule *m = s->m;
  IrType ty = {.bits = type_bits(s, t)};
  ty.has_range = type_range(t, &ty.min, &ty.max);
  for (uint32_t i = 0; i < m->n_types; i++) {
    const IrType *o = &m->types[i];
    if (o->bits == ty.bits && o->has_range == ty.has_range &&
        (!ty.has_range || (o->min == ty.min && o->max == ty.max)))
      return i;
  }
  m->types = grow(s, m->types, m->n_types, &s->cap_types, sizeof(IrType));
  m->types[m->n_types] = ty;
  return m->n_types++;
}

/* ---- operands ---- */

static void convert(SReader *s, CTerm *t, IrOperand *out);

/* 2^128 <= |n|: beam_asm stores such integers as literals. */
static bool is_huge(const CTerm *t) {
  return t->kind == CT_BIG && t->u.big.n > 4; /* 4 limbs hold up to 2^128-1 */
}

static void convert_integer(CTerm *t, IrOperand *out) {
  if (t->kind == CT_INT) {
    out->kind = IR_INT;
    out->v.i = t->u.i;
  } else if (is_huge(t)) {
    out->kind = IR_LITERAL;
    out->v.term = t;
  } else {
    out->kind = IR_BIGINT;
    out->v.term = t;
  }
}

/* {literal,T}: [] and atoms and integers become immediates. */
static void convert_literal(CTerm *t, IrOperand *out) {
  if (t->kind == CT_NIL) {
    out->kind = IR_NIL;
  } else if (t->kind == CT_ATOM) {
    out->kind = IR_ATOM;
    out->v.term = t;
  } else if (t->kind == CT_INT || t->kind == CT_BIG) {
    convert_integer(t, out);
  } else {
    out->kind = IR_LITERAL;
    out->v.term = t;
  }
}

static void convert_list(SReader *s, CTerm *list, IrOperand *out) {
  long n = cterm_list_length(list);
  if (n < 0) fail(s, "{list,L} needs a proper list", list);
  out->kind = IR_LIST;
  out->v.list.n = (uint32_t)n;
  out->v.list.elems = ARENA_ARRAY(s->a, IrOperand, (size_t)n);
  uint32_t i = 0;
  for (CTerm *l = list; l->kind == CT_CONS; l = l->u.cons.tail)
    convert(s, l->u.cons.head, &out->v.list.elems[i++]);
}

static void convert_alloc(SReader *s, CTerm *list, IrOperand *out) {
  out->kind = IR_ALLOC;
  if (cterm_list_length(list) < 0) fail(s, "{alloc,L} needs a proper list", list);
  for (CTerm *l = list; l->kind == CT_CONS; l = l->u.cons.tail) {
    CTerm *p = l->u.cons.head;
    if (!is_tuple_of(p, 2)) fail(s, "bad allocation list entry", p);
    uint64_t v = get_u32(s, elem(p, 1), "bad allocation size");
    if (cterm_is_atom(elem(p, 0), "words")) out->v.alloc.words += v;
    else if (cterm_is_atom(elem(p, 0), "floats")) out->v.alloc.floats += v;
    else if (cterm_is_atom(elem(p, 0), "funs")) out->v.alloc.funs += v;
    else fail(s, "unknown kind in allocation list", p);
  }
}

static uint64_t field_flags(SReader *s, CTerm *flags) {
  uint64_t bits = 0;
  if (cterm_list_length(flags) < 0) fail(s, "field_flags needs a list", flags);
  for (CTerm *l = flags; l->kind == CT_CONS; l = l->u.cons.tail) {
    CTerm *f = l->u.cons.head;
    if (cterm_is_atom(f, "little")) bits |= 0x02;
    else if (cterm_is_atom(f, "signed")) bits |= 0x04;
    else if (cterm_is_atom(f, "native")) bits |= 0x10;
    else if (!cterm_is_atom(f, "big") && !cterm_is_atom(f, "unsigned") && !cterm_is_tagged(f, "anno", 2))
      fail(s, "unknown field flag", f);
  }
  return bits;
}

static void convert_register(SReader *s, CTerm *t, IrOperand *out) {
  const char *tag = elem(t, 0)->u.atom.name;
  uint32_t n = get_u32(s, elem(t, 1), "bad register number");
  out->kind = tag[0] == 'x' ? IR_X : tag[0] == 'y' ? IR_Y : IR_FR;
  out->v.reg = n;
}

static void convert_typed(SReader *s, CTerm *t, IrOperand *out) {
  CTerm *reg = elem(t, 1);
  if (!cterm_is_tagged(reg, "x", 2) && !cterm_is_tagged(reg, "y", 2))
    fail(s, "typed register must be {x,N} or {y,N}", t);
  out->kind = IR_TR;
  out->v.tr.reg_kind = cterm_is_atom(elem(reg, 0), "x") ? IR_X : IR_Y;
  out->v.tr.reg = get_u32(s, elem(reg, 1), "bad register number");
  out->v.tr.type = intern_type(s, elem(t, 2));
}

static void convert_string(SReader *s, CTerm *t, IrOperand *out) {
  CTerm *bin = elem(t, 1);
  if (bin->kind != CT_BINARY || bin->u.bin.bits % 8 != 0) fail(s, "{string,S} needs a binary", t);
  out->kind = IR_STRING;
  out->v.str.len = (uint32_t)(bin->u.bin.bits / 8);
  out->v.str.data = bin->u.bin.data;
}

static void convert_tuple(SReader *s, CTerm *t, IrOperand *out) {
  uint32_t n = t->u.tuple.arity;
  CTerm *tag = n ? elem(t, 0) : NULL;
  if (n == 2 && (cterm_is_atom(tag, "x") || cterm_is_atom(tag, "y") || cterm_is_atom(tag, "fr"))) {
    convert_register(s, t, out);
  } else if (n == 2 && cterm_is_atom(tag, "atom")) {
    out->kind = IR_ATOM;
    out->v.term = get_atom(s, elem(t, 1), "{atom,A} needs an atom");
  } else if (n == 2 && cterm_is_atom(tag, "integer")) {
    if (elem(t, 1)->kind != CT_INT && elem(t, 1)->kind != CT_BIG) fail(s, "{integer,N} needs an integer", t);
    convert_integer(elem(t, 1), out);
  } else if (n == 2 && cterm_is_atom(tag, "float")) {
    if (elem(t, 1)->kind != CT_FLOAT) fail(s, "{float,F} needs a float", t);
    out->kind = IR_LITERAL;
    out->v.term = elem(t, 1);
  } else if (n == 2 && cterm_is_atom(tag, "literal")) {
    convert_literal(elem(t, 1), out);
  } else if (n == 2 && cterm_is_atom(tag, "f")) {
    out->kind = IR_LABEL;
    out->v.u = get_u32(s, elem(t, 1), "bad label");
  } else if (n == 2 && cterm_is_atom(tag, "list")) {
    convert_list(s, elem(t, 1), out);
  } else if (n == 2 && cterm_is_atom(tag, "alloc")) {
    convert_alloc(s, elem(t, 1), out);
  } else if (n == 2 && cterm_is_atom(tag, "string")) {
    convert_string(s, t, out);
  } else if (n == 2 && cterm_is_atom(tag, "field_flags")) {
    out->kind = IR_U;
    out->v.u = field_flags(s, elem(t, 1));
  } else if (n == 3 && cterm_is_atom(tag, "tr")) {
    convert_typed(s, t, out);
  } else if (n == 4 && cterm_is_atom(tag, "extfunc")) {
    out->kind = IR_IMPORT;
    out->v.u = intern_import(s, get_atom(s, elem(t, 1), "bad extfunc"), get_atom(s, elem(t, 2), "bad extfunc"),
                             get_u32(s, elem(t, 3), "bad extfunc arity"));
  } else {
    fail(s, "unknown operand", t);
  }
}

/* Converts one operand as beam_asm's encode_arg would encode it. */
static void convert(SReader *s, CTerm *t, IrOperand *out) {
  memset(out, 0, sizeof *out);
  if (t->kind == CT_INT) {
    if (t->u.i < 0) fail(s, "negative untagged operand", t);
    out->kind = IR_U;
    out->v.u = (uint64_t)t->u.i;
  } else if (cterm_is_atom(t, "nil")) {
    out->kind = IR_NIL;
  } else if (t->kind == CT_TUPLE) {
    convert_tuple(s, t, out);
  } else {
    fail(s, "unknown operand", t);
  }
}

/* ---- instructions ---- */

/* Builds instruction op from the n operand terms in args. */
static void make_instr(SReader *s, IrInstr *in, const char *name, CTerm **args, uint32_t n) {
  int op = opcode_lookup(name, (int)n);
  if (op < 0) {
    const NewerOp *newer = opcode_newer_by_name(name);
    if (newer != NULL)
      diag_fail(s->d, DIAG_NO_OFFSET,
                "line %u: instruction %s/%d was introduced in OTP %d; beamc supports the OTP 25 "
                "instruction set", s->line, newer->name, newer->arity, newer->release);
    diag_fail(s->d, DIAG_NO_OFFSET, "line %u: unknown instruction %s/%u", s->line, name, n);
  }
  in->op = (uint16_t)op;
  in->n = (uint16_t)n;
  in->args = ARENA_ARRAY(s->a, IrOperand, n);
  for (uint32_t i = 0; i < n; i++) convert(s, args[i], &in->args[i]);
}

/* Appends the elements of a proper list to v (room for them is known). */
static uint32_t spread(SReader *s, CTerm **v, uint32_t n, CTerm *list) {
  if (cterm_list_length(list) < 0) fail(s, "expected a list of operands", list);
  for (CTerm *l = list; l->kind == CT_CONS; l = l->u.cons.tail) v[n++] = l->u.cons.head;
  return n;
}

static CTerm *extfunc(SReader *s, CTerm *fun, uint32_t arity) {
  CTerm *t = cterm_tuple(s->a, 4);
  t->u.tuple.elems[0] = cterm_atom(s->a, "extfunc", 7);
  t->u.tuple.elems[1] = cterm_atom(s->a, "erlang", 6);
  t->u.tuple.elems[2] = fun;
  t->u.tuple.elems[3] = cterm_int(s->a, arity);
  return t;
}

/* {bif,Name,Fail,Args,Dst}: bif0/1/2, raise, or an f-op (fadd ...). */
static void convert_bif(SReader *s, IrInstr *in, CTerm *t) {
  CTerm *name = get_atom(s, elem(t, 1), "bif needs a name"), *args = elem(t, 3);
  long arity = cterm_list_length(args);
  CTerm *v[8];
  uint32_t n = 0;
  if (arity < 0 || arity > 2) fail(s, "bif needs a list of at most two arguments", t);
  if (arity == 0) {
    v[n++] = extfunc(s, name, 0);
  } else if (cterm_is_atom(name, "raise") && arity == 2) {
    make_instr(s, in, "raise", v, spread(s, v, 0, args));
    return;
  } else {
    static const char *const fops[] = {"fnegate", "fadd", "fsub", "fmul", "fdiv"};
    for (size_t i = 0; i < 5; i++) {
      if (cterm_is_atom(name, fops[i]) && arity == (i == 0 ? 1 : 2)) {
        v[n++] = elem(t, 2);
        n = spread(s, v, n, args);
        v[n++] = elem(t, 4);
        make_instr(s, in, fops[i], v, n);
        return;
      }
    }
    v[n++] = elem(t, 2);
    v[n++] = extfunc(s, name, (uint32_t)arity);
  }
  n = spread(s, v, n, args);
  v[n++] = elem(t, 4);
  make_instr(s, in, arity == 0 ? "bif0" : arity == 1 ? "bif1" : "bif2", v, n);
}

/* {gc_bif,Name,Fail,Live,Args,Dst} -> gc_bifN Fail Live Ext Args... Dst. */
static void convert_gc_bif(SReader *s, IrInstr *in, CTerm *t) {
  CTerm *args = elem(t, 4), *v[8];
  long arity = cterm_list_length(args);
  if (arity < 1 || arity > 3) fail(s, "gc_bif needs one to three arguments", t);
  v[0] = elem(t, 2);
  v[1] = elem(t, 3);
  v[2] = extfunc(s, get_atom(s, elem(t, 1), "gc_bif needs a name"), (uint32_t)arity);
  uint32_t n = spread(s, v, 3, args);
  v[n++] = elem(t, 5);
  static const char *const names[] = {"gc_bif1", "gc_bif2", "gc_bif3"};
  make_instr(s, in, names[arity - 1], v, n);
}

/* The three shapes of {test,...} (beam_asm's make_op). */
static void convert_test(SReader *s, IrInstr *in, CTerm *t) {
  uint32_t n = t->u.tuple.arity;
  CTerm *name = get_atom(s, elem(t, 1), "test needs a name");
  long len;
  CTerm **v;
  uint32_t k = 0;
  if (n == 5 && cterm_is_tagged(elem(t, 4), "list", 2)) {
    v = ARENA_ARRAY(s->a, CTerm *, 3);
    v[k++] = elem(t, 2);
    v[k++] = elem(t, 3);
    v[k++] = elem(t, 4);
  } else if (n == 4 && (len = cterm_list_length(elem(t, 3))) >= 0) {
    v = ARENA_ARRAY(s->a, CTerm *, (size_t)len + 1);
    v[k++] = elem(t, 2);
    k = spread(s, v, k, elem(t, 3));
  } else if (n == 6 && (len = cterm_list_length(elem(t, 4))) >= 1) {
    CTerm *ops = elem(t, 4);
    v = ARENA_ARRAY(s->a, CTerm *, (size_t)len + 3);
    v[k++] = elem(t, 2);
    v[k++] = ops->u.cons.head;
    v[k++] = elem(t, 3);
    k = spread(s, v, k, ops->u.cons.tail);
    v[k++] = elem(t, 5);
  } else {
    fail(s, "malformed test instruction", t);
  }
  make_instr(s, in, name->u.atom.name, v, k);
}

static void lambda_instr(SReader *s, IrInstr *in, const char *name, uint32_t n, uint32_t label,
                         uint32_t num_free) {
  in->op = (uint16_t)opcode_lookup(name, (int)n);
  in->n = (uint16_t)n;
  in->args = ARENA_ARRAY(s->a, IrOperand, n);
  in->args[0].kind = IR_LAMBDA;
  in->args[0].v.u = intern_lambda(s, label, num_free);
}

/* make_fun2, make_fun3 and call_fun2 name funs by label in .S files. */
static bool convert_fun_instr(SReader *s, IrInstr *in, CTerm *t) {
  uint32_t n = t->u.tuple.arity;
  CTerm *name = elem(t, 0);
  if (n == 5 && cterm_is_atom(name, "make_fun2") && cterm_is_tagged(elem(t, 1), "f", 2)) {
    lambda_instr(s, in, "make_fun2", 1, get_u32(s, elem(elem(t, 1), 1), "bad label"),
                 get_u32(s, elem(t, 4), "bad free variable count"));
  } else if (n == 6 && cterm_is_atom(name, "make_fun3") && cterm_is_tagged(elem(t, 1), "f", 2) &&
             cterm_is_tagged(elem(t, 5), "list", 2)) {
    long env = cterm_list_length(elem(elem(t, 5), 1));
    if (env < 0) fail(s, "make_fun3 needs an environment list", t);
    lambda_instr(s, in, "make_fun3", 3, get_u32(s, elem(elem(t, 1), 1), "bad label"), (uint32_t)env);
    convert(s, elem(t, 4), &in->args[1]);
    convert(s, elem(t, 5), &in->args[2]);
  } else if (n == 4 && cterm_is_atom(name, "call_fun2") && cterm_is_tagged(elem(t, 1), "f", 2)) {
    /* The fun's type names its target {Name,TotalArity}: free = total - arity. */
    CTerm *func = elem(t, 3), *type = is_tuple_of(func, 3) ? elem(func, 2) : NULL;
    if (type == NULL || !cterm_is_tagged(type, "t_fun", 4) || !is_tuple_of(elem(type, 2), 2))
      fail(s, "call_fun2 of a local fun needs the fun's type", t);
    uint32_t total = get_u32(s, elem(elem(type, 2), 1), "bad fun arity");
    uint32_t arity = get_u32(s, elem(t, 2), "bad call arity");
    if (arity > total) fail(s, "call_fun2 arity exceeds the fun's arity", t);
    lambda_instr(s, in, "call_fun2", 3, get_u32(s, elem(elem(t, 1), 1), "bad label"), total - arity);
    convert(s, elem(t, 2), &in->args[1]);
    convert(s, func, &in->args[2]);
  } else {
    return false;
  }
  return true;
}

/*
** Converts one instruction form; returns false for forms that assemble
** to nothing ({'%',...} comments).
*/
static bool convert_instr(SReader *s, IrInstr *in, CTerm *t) {
  if (t->kind == CT_ATOM) {
    make_instr(s, in, t->u.atom.name, NULL, 0);
    return true;
  }
  if (t->kind != CT_TUPLE || t->u.tuple.arity == 0 || elem(t, 0)->kind != CT_ATOM)
    fail(s, "expected an instruction", t);
  CTerm *name = elem(t, 0);
  uint32_t n = t->u.tuple.arity;
  if (cterm_is_atom(name, "%")) return false;
  if (n == 2 && cterm_is_atom(name, "line")) {
    in->op = OP_line;
    in->n = 1;
    in->args = ARENA_ARRAY(s->a, IrOperand, 1);
    in->args[0].kind = IR_LINE;
    in->args[0].v.u = intern_line(s, elem(t, 1));
  } else if (n == 5 && cterm_is_atom(name, "bif")) {
    convert_bif(s, in, t);
  } else if (n == 6 && cterm_is_atom(name, "gc_bif")) {
    convert_gc_bif(s, in, t);
  } else if (cterm_is_atom(name, "test") && n >= 4) {
    convert_test(s, in, t);
  } else if (n == 4 && cterm_is_atom(name, "bs_add")) {
    CTerm *v[5] = {elem(t, 1)};
    if (cterm_list_length(elem(t, 2)) != 3) fail(s, "bs_add needs three operands", t);
    uint32_t k = spread(s, v, 1, elem(t, 2));
    v[k++] = elem(t, 3);
    make_instr(s, in, "bs_add", v, k);
  } else if (n == 2 && cterm_is_atom(name, "kill")) {
    make_instr(s, in, "init", &t->u.tuple.elems[1], 1);
  } else if (!convert_fun_instr(s, in, t)) {
    make_instr(s, in, name->u.atom.name, &t->u.tuple.elems[1], n - 1);
  }
  return true;
}

/* ---- the module ---- */

/* The header forms: what comes before the first {function,...}.  As
** compile:collect_asm reads them, each of {module,M}, {exports,L},
** {attributes,L} and {labels,N} may come in any order, any number of
** times (the last wins), or not at all; any other form there is an
** error.  Without exports erlc fails in a later pass, so that is an error
** here too; a missing module is the atom `undefined` (erlc writes such a
** .beam), missing attributes are [], and the label count is computed from
** the code (beam_clean renumbers the labels, whatever {labels,N} says). */
typedef struct Headers {
  CTerm *module, *exports, *attributes, *labels;
  uint32_t lines[4];       /* where each was, in that order */
  uint32_t first_function; /* the index of the first function form */
} Headers;

static void read_headers(SReader *s, Headers *h) {
  static const char *const tags[] = {"module", "exports", "attributes", "labels"};
  CTerm **slots[] = {&h->module, &h->exports, &h->attributes, &h->labels};
  uint32_t i = 0;
  for (; i < s->forms->n && !cterm_is_tagged(s->forms->forms[i], "function", 4); i++) {
    s->line = s->forms->lines[i];
    CTerm *t = s->forms->forms[i];
    size_t k = 0;
    while (k < 4 && !cterm_is_tagged(t, tags[k], 2)) k++;
    if (k == 4)
      fail(s, "expected {module,...}, {exports,...}, {attributes,...}, {labels,...} "
              "or {function,...}", t);
    *slots[k] = elem(t, 1);
    h->lines[k] = s->line;
  }
  h->first_function = i;
  if (h->exports == NULL) diag_fail(s->d, DIAG_NO_OFFSET, "missing {exports,...} form");
  if (h->module == NULL) h->module = cterm_atom(s->a, "undefined", 9);
  if (h->attributes == NULL) h->attributes = cterm_nil(s->a);
}

/* The label count: one more than the highest label the code defines (a
** label instruction or a function's entry), or the {labels,N} form's
** count when that is larger, as erlc's own .S files have it. */
static uint32_t count_labels(const IrModule *m, const CTerm *header) {
  int64_t n = 1, v;
  for (uint32_t i = 0; i < m->n_functions; i++) {
    const IrFunction *f = &m->functions[i];
    if ((int64_t)f->entry >= n) n = (int64_t)f->entry + 1;
    for (uint32_t k = 0; k < f->n; k++)
      if (f->code[k].op == OP_label && (int64_t)f->code[k].args[0].v.u >= n)
        n = (int64_t)f->code[k].args[0].v.u + 1;
  }
  if (header && cterm_get_int(header, &v) && v > n && v <= UINT32_MAX) n = v;
  return (uint32_t)n;
}

/* Pass 1: function headers {function,Name,Arity,Entry}. */
static void collect_functions(SReader *s, uint32_t first) {
  IrModule *m = s->m;
  uint32_t n = 0;
  for (uint32_t i = first; i < s->forms->n; i++)
    if (cterm_is_tagged(s->forms->forms[i], "function", 4)) n++;
  m->functions = ARENA_ARRAY(s->a, IrFunction, n);
  for (uint32_t i = first; i < s->forms->n; i++) {
    CTerm *t = s->forms->forms[i];
    s->line = s->forms->lines[i];
    if (!cterm_is_tagged(t, "function", 4)) {
      if (m->n_functions == 0) fail(s, "instruction outside a function", t);
      continue;
    }
    IrFunction *f = &m->functions[m->n_functions++];
    f->name = get_atom(s, elem(t, 1), "function name must be an atom");
    f->arity = get_u32(s, elem(t, 2), "bad function arity");
    f->entry = get_u32(s, elem(t, 3), "bad entry label");
    if (f->arity > 255) fail(s, "function arity out of range", t);
  }
}

/* Pass 2: each function's instructions. */
static void convert_functions(SReader *s, uint32_t first) {
  const SForms *fs = s->forms;
  uint32_t k = 0;
  for (uint32_t i = first; i < fs->n; k++) {
    IrFunction *f = &s->m->functions[k];
    uint32_t j = i + 1;
    while (j < fs->n && !cterm_is_tagged(fs->forms[j], "function", 4)) j++;
    f->code = ARENA_ARRAY(s->a, IrInstr, j - i);
    for (uint32_t x = i + 1; x < j; x++) {
      s->line = fs->lines[x];
      if (convert_instr(s, &f->code[f->n], fs->forms[x])) f->n++;
    }
    i = j;
  }
}

/* The function on_load names gets an on_load instruction after its entry
** label, and the attribute goes, as beam_asm does. */
static void move_on_load(SReader *s) {
  IrModule *m = s->m;
  CTerm *prev = NULL, *fun = NULL;
  for (CTerm *l = m->attributes; l->kind == CT_CONS; prev = l, l = l->u.cons.tail) {
    CTerm *a = l->u.cons.head;
    if (!is_tuple_of(a, 2) || !cterm_is_atom(elem(a, 0), "on_load")) continue;
    CTerm *v = elem(a, 1);
    if (v->kind != CT_CONS || !is_tuple_of(v->u.cons.head, 2)) fail(s, "bad on_load attribute", a);
    fun = elem(v->u.cons.head, 0);
    if (prev == NULL) m->attributes = l->u.cons.tail;
    else prev->u.cons.tail = l->u.cons.tail;
    break;
  }
  if (fun == NULL) return;
  for (uint32_t i = 0; i < m->n_functions; i++) {
    IrFunction *f = &m->functions[i];
    if (f->arity != 0 || !cterm_equal(f->name, fun)) continue;
    IrInstr *code = ARENA_ARRAY(s->a, IrInstr, (size_t)f->n + 1);
    uint32_t k = 0, j = 0;
    for (; j < f->n; j++) {
      code[k++] = f->code[j];
      if (f->code[j].op == OP_label && f->code[j].args[0].v.u == f->entry) break;
    }
    if (j == f->n) fail(s, "on_load function has no entry label", NULL);
    code[k].op = OP_on_load;
    code[k++].n = 0;
    for (j++; j < f->n; j++) code[k++] = f->code[j];
    f->code = code;
    f->n = k;
    return;
  }
  fail(s, "on_load names a function the module does not define", NULL);
}

/* Exports get their labels from the function headers; every other
** function is a local, as in LocT.  As erlc does, an entry that names no
** function of the module (or is no {Name,Arity} at all) and a repeated
** entry are left out; the list itself must be proper. */
static void make_export_tables(SReader *s, CTerm *exports) {
  IrModule *m = s->m;
  long n = cterm_list_length(exports);
  if (n < 0) fail(s, "exports must be a list", exports);
  m->exports = ARENA_ARRAY(s->a, IrExport, (size_t)n);
  m->locals = ARENA_ARRAY(s->a, IrExport, m->n_functions);
  bool *exported = ARENA_ARRAY(s->a, bool, m->n_functions);
  for (CTerm *l = exports; l->kind == CT_CONS; l = l->u.cons.tail) {
    CTerm *e = l->u.cons.head;
    int64_t arity;
    if (!is_tuple_of(e, 2) || !cterm_get_int(elem(e, 1), &arity)) continue;
    uint32_t i = 0;
    while (i < m->n_functions &&
           !(m->functions[i].arity == arity && cterm_equal(m->functions[i].name, elem(e, 0))))
      i++;
    if (i == m->n_functions || exported[i]) continue;
    exported[i] = true;
    m->exports[m->n_exports++] =
        (IrExport){m->functions[i].name, (uint32_t)arity, m->functions[i].entry};
  }
  for (uint32_t i = 0; i < m->n_functions; i++)
    if (!exported[i])
      m->locals[m->n_locals++] = (IrExport){m->functions[i].name, m->functions[i].arity, m->functions[i].entry};
}

IrModule *sread_module(Arena *a, Diag *d, const char *text, size_t len) {
  SForms forms;
  slex_parse_forms(a, d, text, len, &forms);
  SReader s = {.a = a, .d = d, .forms = &forms};
  IrModule *m = s.m = ARENA_NEW(a, IrModule);
  m->arena = a;
  m->lines = grow(&s, NULL, 0, &s.cap_lines, sizeof(IrLine));
  m->n_lines = 1;                           /* index 0: no location */
  m->types = grow(&s, NULL, 0, &s.cap_types, sizeof(IrType));
  m->types[m->n_types++].bits = IRT_ANY;    /* index 0: any */
  Headers h = {0};
  read_headers(&s, &h);
  s.line = h.lines[0];
  m->name = get_atom(&s, h.module, "module name must be an atom");
  m->attributes = h.attributes;
  s.line = h.lines[2];
  if (cterm_list_length(m->attributes) < 0) fail(&s, "attributes must be a list", m->attributes);
  collect_functions(&s, h.first_function);
  s.line = h.lines[1];
  make_export_tables(&s, h.exports);
  convert_functions(&s, h.first_function);
  m->label_count = count_labels(m, h.labels);
  move_on_load(&s);
  return m;
}
