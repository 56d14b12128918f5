/*
** beamread.c — builds the IR of a module from a .beam file.
**
** Reads the chunks OTP 25 writes (AtU8 or Atom, Code, StrT, ImpT, ExpT,
** LocT, FunT, LitT, Line, Attr, CInf, Type; others are ignored), decodes
** every instruction with compact.c, resolves each operand by the kind its
** opcode gives it (opcodes.tab), and splits the code into functions.
** Every count and index is checked against the bytes and tables present.
*/
#include "beamread.h"

#include <string.h>
#include <zlib.h>

#include "beamfile.h"
#include "compact.h"
#include "etf.h"
#include "md5.h"
#include "opcodes.h"

#define MAX_LITT_SIZE ((uint64_t)256 << 20)

typedef struct Reader {
  Arena *a;
  Diag *d;
  BeamFile bf;
  IrModule *m;
  CTerm **atoms;        /* atoms[1..n_atoms] */
  uint32_t n_atoms;
  CTerm **literals;
  uint32_t n_literals;
} Reader;

/* A bounded view of a chunk's data. */
typedef struct Cursor {
  const char *what;     /* chunk id, for messages */
  const uint8_t *base;  /* start of the file */
  const uint8_t *p, *end;
} Cursor;

static long cur_offset(const Cursor *c) { return (long)(c->p - c->base); }

static Cursor cursor(const Reader *r, const BeamChunk *ch) {
  Cursor c = {ch->id, r->bf.image, ch->data, ch->data + ch->size};
  return c;
}

static void cur_need(Reader *r, const Cursor *c, size_t n) {
  if ((size_t)(c->end - c->p) < n)
    diag_fail(r->d, cur_offset(c), "chunk %s is truncated (needs %zu more bytes, has %zu)",
              c->what, n, (size_t)(c->end - c->p));
}

static uint32_t cur_u32(Reader *r, Cursor *c) {
  cur_need(r, c, 4);
  uint32_t v = beamfile_u32(c->p);
  c->p += 4;
  return v;
}

/* Reads a count of records of rec_size bytes each and checks they fit. */
static uint32_t cur_count(Reader *r, Cursor *c, size_t rec_size) {
  long at = cur_offset(c);
  uint32_t n = cur_u32(r, c);
  if ((uint64_t)n * rec_size > (uint64_t)(c->end - c->p))
    diag_fail(r->d, at, "chunk %s claims %u entries, more than its %zu bytes hold",
              c->what, n, (size_t)(c->end - c->p));
  return n;
}

static const BeamChunk *need_chunk(Reader *r, const char *id) {
  const BeamChunk *ch = beamfile_chunk(&r->bf, id);
  if (ch == NULL) diag_fail(r->d, DIAG_NO_OFFSET, "missing %s chunk", id);
  return ch;
}

/* An atom by index (1-based), checked. */
static CTerm *atom_at(Reader *r, long at, uint32_t idx) {
  if (idx == 0 || idx > r->n_atoms)
    diag_fail(r->d, at, "atom index %u out of range (module has %u atoms)", idx, r->n_atoms);
  return r->atoms[idx];
}

/* Converts Latin-1 bytes to UTF-8 (the old "Atom" chunk). */
static CTerm *latin1_atom(Arena *a, const uint8_t *s, size_t len) {
  char *buf = arena_alloc(a, 2 * len + 1);
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] < 0x80) {
      buf[n++] = (char)s[i];
    } else {
      buf[n++] = (char)(0xc0 | s[i] >> 6);
      buf[n++] = (char)(0x80 | (s[i] & 0x3f));
    }
  }
  return cterm_atom(a, buf, n);
}

static void read_atoms(Reader *r) {
  const BeamChunk *ch = beamfile_chunk(&r->bf, "AtU8");
  bool utf8 = ch != NULL;
  if (ch == NULL) ch = beamfile_chunk(&r->bf, "Atom");
  if (ch == NULL) diag_fail(r->d, DIAG_NO_OFFSET, "missing atom table (no AtU8 or Atom chunk)");
  Cursor c = cursor(r, ch);
  long at = cur_offset(&c);
  uint32_t n = cur_u32(r, &c);
  if (n & 0x80000000u)
    diag_fail(r->d, at, "atom table in the format of OTP 28 or later (negative count); "
              "beamc reads OTP 25 modules");
  if (n > (size_t)(c.end - c.p) || n == 0)
    diag_fail(r->d, at, "atom table claims %u atoms, which its %zu bytes cannot hold", n,
              (size_t)(c.end - c.p));
  r->n_atoms = n;
  r->atoms = ARENA_ARRAY(r->a, CTerm *, (size_t)n + 1);
  for (uint32_t i = 1; i <= n; i++) {
    cur_need(r, &c, 1);
    size_t len = *c.p++;
    cur_need(r, &c, len);
    r->atoms[i] = utf8 ? cterm_atom(r->a, (const char *)c.p, len) : latin1_atom(r->a, c.p, len);
    c.p += len;
  }
  r->m->name = r->atoms[1];
}

static void read_imports(Reader *r) {
  Cursor c = cursor(r, need_chunk(r, "ImpT"));
  uint32_t n = cur_count(r, &c, 12);
  r->m->n_imports = n;
  r->m->imports = ARENA_ARRAY(r->a, IrImport, n);
  for (uint32_t i = 0; i < n; i++) {
    long at = cur_offset(&c);
    IrImport *imp = &r->m->imports[i];
    imp->mod = atom_at(r, at, cur_u32(r, &c));
    imp->fun = atom_at(r, at + 4, cur_u32(r, &c));
    imp->arity = cur_u32(r, &c);
    if (imp->arity > 255) diag_fail(r->d, at + 8, "import arity %u out of range", imp->arity);
  }
}

/* ExpT and LocT: (function atom, arity, label) triples. */
static IrExport *read_exports(Reader *r, const BeamChunk *ch, uint32_t *count) {
  if (ch == NULL) {
    *count = 0;
    return NULL;
  }
  Cursor c = cursor(r, ch);
  uint32_t n = cur_count(r, &c, 12);
  IrExport *ex = ARENA_ARRAY(r->a, IrExport, n);
  for (uint32_t i = 0; i < n; i++) {
    long at = cur_offset(&c);
    ex[i].fun = atom_at(r, at, cur_u32(r, &c));
    ex[i].arity = cur_u32(r, &c);
    ex[i].label = cur_u32(r, &c);
    if (ex[i].arity > 255) diag_fail(r->d, at + 4, "function arity %u out of range", ex[i].arity);
  }
  *count = n;
  return ex;
}

static void read_lambdas(Reader *r) {
  const BeamChunk *ch = beamfile_chunk(&r->bf, "FunT");
  if (ch == NULL) return;
  Cursor c = cursor(r, ch);
  uint32_t n = cur_count(r, &c, 24);
  r->m->n_lambdas = n;
  r->m->lambdas = ARENA_ARRAY(r->a, IrLambda, n);
  for (uint32_t i = 0; i < n; i++) {
    long at = cur_offset(&c);
    IrLambda *l = &r->m->lambdas[i];
    l->fun = atom_at(r, at, cur_u32(r, &c));
    l->arity = cur_u32(r, &c);
    l->label = cur_u32(r, &c);
    l->index = cur_u32(r, &c);
    l->num_free = cur_u32(r, &c);
    l->old_uniq = cur_u32(r, &c);
    if (l->arity > 255 || l->num_free > l->arity)
      diag_fail(r->d, at + 4, "fun entry %u has arity %u with %u free variables", i, l->arity,
                l->num_free);
  }
}

/*
** Inflates the LitT chunk: <uncompressed size:32> <zlib data>, or (size 0)
** the table stored uncompressed.  The table is <count:32> then, per
** literal, <size:32> <external term>.
*/
static const uint8_t *inflate_literals(Reader *r, const BeamChunk *ch, size_t *len) {
  Cursor c = cursor(r, ch);
  uint32_t size = cur_u32(r, &c);
  if (size == 0) {
    *len = (size_t)(c.end - c.p);
    return c.p;
  }
  if (size > MAX_LITT_SIZE || (uint64_t)size > (uint64_t)(c.end - c.p) * 1100 + 64)
    diag_fail(r->d, (long)ch->offset, "LitT claims %u uncompressed bytes, implausible for %zu compressed",
              size, (size_t)(c.end - c.p));
  uint8_t *out = arena_alloc(r->a, size);
  uLongf out_len = size;
  int rc = uncompress(out, &out_len, c.p, (uLong)(c.end - c.p));
  if (rc != Z_OK || out_len != size)
    diag_fail(r->d, cur_offset(&c), "corrupt LitT chunk: zlib %s",
              rc == Z_OK ? "data shorter than its stated size"
              : rc == Z_BUF_ERROR ? "data longer than its stated size or truncated"
              : "data is invalid");
  *len = size;
  return out;
}

static void read_literals(Reader *r) {
  const BeamChunk *ch = beamfile_chunk(&r->bf, "LitT");
  if (ch == NULL) return;
  size_t len;
  const uint8_t *tab = inflate_literals(r, ch, &len);
  /* Offsets inside the inflated table are reported from the chunk start. */
  Cursor c = {"LitT", tab - ch->offset, tab, tab + len};
  uint32_t n = cur_count(r, &c, 5);
  r->n_literals = n;
  r->literals = ARENA_ARRAY(r->a, CTerm *, n);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t size = cur_u32(r, &c);
    cur_need(r, &c, size);
    r->literals[i] = etf_decode(r->a, r->d, c.p, size, cur_offset(&c));
    c.p += size;
  }
}

/* The name of file index k of the Line chunk: 0 is "<module>.erl". */
static const char *module_file(Reader *r) {
  CTerm *name = r->m->name;
  char *s = arena_alloc(r->a, name->u.atom.len + 5);
  memcpy(s, name->u.atom.name, name->u.atom.len);
  memcpy(s + name->u.atom.len, ".erl", 5);
  return s;
}

/*
** Line chunk: <version:32>=0 <flags:32> <line instrs:32> <lines:32>
** <fnames:32>, then the line items as compact terms (i = a line in the
** current file, a = switch file), then <len:16><name> per file name.
*/
static void read_lines(Reader *r) {
  IrModule *m = r->m;
  m->n_lines = 1;
  m->lines = ARENA_ARRAY(r->a, IrLine, 1);
  const BeamChunk *ch = beamfile_chunk(&r->bf, "Line");
  if (ch == NULL) return;
  Cursor c = cursor(r, ch);
  long at = cur_offset(&c);
  uint32_t version = cur_u32(r, &c);
  if (version != 0) diag_fail(r->d, at, "Line chunk version %u not supported (expected 0)", version);
  cur_u32(r, &c); /* flags */
  cur_u32(r, &c); /* number of line instructions */
  at = cur_offset(&c);
  uint32_t n = cur_u32(r, &c), n_fnames = cur_u32(r, &c);
  if (n > (size_t)(c.end - c.p) || n_fnames > (size_t)(c.end - c.p))
    diag_fail(r->d, at, "Line chunk claims %u lines and %u file names, more than it holds", n, n_fnames);
  uint32_t *file_of = ARENA_ARRAY(r->a, uint32_t, (size_t)n + 1);
  m->lines = ARENA_ARRAY(r->a, IrLine, (size_t)n + 1);
  m->n_lines = n + 1;
  CompactReader cr = {r->a, r->d, r->bf.image, c.p, c.end, NULL, 0, NULL, 0, 0};
  uint32_t file = 0;
  for (uint32_t i = 1; i <= n;) {
    long item_at = compact_offset(&cr);
    int tag;
    uint64_t v = compact_read_raw(&cr, &tag);
    if (tag == CTAG_A) {
      if (v > n_fnames) diag_fail(r->d, item_at, "file index %llu out of range in Line chunk",
                                  (unsigned long long)v);
      file = (uint32_t)v;
    } else if (tag == CTAG_I && v <= UINT32_MAX) {
      m->lines[i].line = (uint32_t)v;
      file_of[i++] = file;
    } else {
      diag_fail(r->d, item_at, "bad item in Line chunk (tag %d)", tag);
    }
  }
  c.p = cr.p;
  const char **fnames = ARENA_ARRAY(r->a, const char *, (size_t)n_fnames + 1);
  fnames[0] = module_file(r);
  for (uint32_t k = 1; k <= n_fnames; k++) {
    cur_need(r, &c, 2);
    size_t len = beamfile_u16(c.p);
    c.p += 2;
    cur_need(r, &c, len);
    fnames[k] = arena_strndup(r->a, (const char *)c.p, len);
    c.p += len;
  }
  for (uint32_t i = 1; i <= n; i++) m->lines[i].file = fnames[file_of[i]];
}

static int64_t be_i64(const uint8_t *p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; i++) v = v << 8 | p[i];
  return (int64_t)v;
}

/*
** Type chunk: <version:32>=1 <count:32>, then per type <bits:16>
** <min:64> <max:64>; min=0, max=-1 means no integer range.  Without the
** chunk the module has the single type "any" (index 0).
*/
static void read_types(Reader *r) {
  IrModule *m = r->m;
  const BeamChunk *ch = beamfile_chunk(&r->bf, "Type");
  if (ch == NULL) {
    m->n_types = 1;
    m->types = ARENA_ARRAY(r->a, IrType, 1);
    m->types[0].bits = IRT_ANY;
    return;
  }
  Cursor c = cursor(r, ch);
  long at = cur_offset(&c);
  uint32_t version = cur_u32(r, &c);
  if (version != 1)
    diag_fail(r->d, at, "Type chunk version %u not supported (OTP 25 writes version 1)", version);
  uint32_t n = cur_count(r, &c, 18);
  m->n_types = n;
  m->types = ARENA_ARRAY(r->a, IrType, n);
  for (uint32_t i = 0; i < n; i++) {
    IrType *t = &m->types[i];
    if (beamfile_u16(c.p) > IRT_ANY)
      diag_fail(r->d, cur_offset(&c), "type %u has unknown type bits 0x%x", i, beamfile_u16(c.p));
    t->bits = beamfile_u16(c.p);
    t->min = be_i64(c.p + 2);
    t->max = be_i64(c.p + 10);
    t->has_range = !(t->min == 0 && t->max == -1);
    if (t->has_range && t->min > t->max)
      diag_fail(r->d, cur_offset(&c), "type %u has an empty integer range", i);
    c.p += 18;
  }
}

/* Attr and CInf hold one term each, in external format. */
static CTerm *read_term_chunk(Reader *r, const char *id) {
  const BeamChunk *ch = beamfile_chunk(&r->bf, id);
  if (ch == NULL) return NULL;
  return etf_decode(r->a, r->d, ch->data, ch->size, (long)ch->offset);
}

/* The string table, copied into the module's arena: the IR outlives
   the file's bytes. */
static void read_strings(Reader *r) {
  const BeamChunk *ch = beamfile_chunk(&r->bf, "StrT");
  if (ch == NULL) return;
  uint8_t *copy = ARENA_ARRAY(r->a, uint8_t, ch->size + 1);
  memcpy(copy, ch->data, ch->size);
  r->m->strings = copy;
  r->m->strings_len = ch->size;
}

/* ---- the Code chunk ---- */

typedef struct CodeState {
  Reader *r;
  CompactReader cr;
  uint32_t label_count, function_count;
  IrInstr *code;
  uint32_t n, cap;
} CodeState;

static void check_label(CodeState *s, long at, uint64_t label) {
  if (label >= s->label_count)
    diag_fail(s->r->d, at, "label %llu out of range (module has %u labels)",
              (unsigned long long)label, s->label_count);
}

static IrOperand string_operand(CodeState *s, long at, uint64_t offset, uint64_t len) {
  IrModule *m = s->r->m;
  if (offset > m->strings_len || len > m->strings_len - offset)
    diag_fail(s->r->d, at, "string at offset %llu of %llu bytes lies outside the string table (%u bytes)",
              (unsigned long long)offset, (unsigned long long)len, m->strings_len);
  IrOperand op = {.kind = IR_STRING};
  op.v.str.len = (uint32_t)len;
  op.v.str.data = m->strings + offset;
  return op;
}

/* Turns an untagged index into the table entry its kind names. */
static void resolve_index(CodeState *s, long at, char kind, IrOperand *op) {
  IrModule *m = s->r->m;
  uint64_t idx = op->v.u;
  const char *what = kind == 'e' ? "import" : kind == 'l' ? "line" : "fun";
  uint32_t limit = kind == 'e' ? m->n_imports : kind == 'l' ? m->n_lines : m->n_lambdas;
  if (idx >= limit)
    diag_fail(s->r->d, at, "%s index %llu out of range (module has %u)", what,
              (unsigned long long)idx, limit);
  op->kind = kind == 'e' ? IR_IMPORT : kind == 'l' ? IR_LINE : IR_LAMBDA;
}

static const char *kind_name(char kind) {
  switch (kind) {
    case 'u': return "an untagged integer";
    case 'f': return "a label";
    case 'j': return "a list";
    case 'h': return "a heap size or allocation list";
    default: return "an index (untagged integer)";
  }
}

/*
** Checks operand i of instruction op against its kind letter and resolves
** it.  String operands are resolved later, when the length is known.
*/
static void apply_kind(CodeState *s, long at, int op, int i, IrOperand *arg) {
  char kind = opcode_table[op].kinds[i];
  bool ok;
  switch (kind) {
    case 'u': case 'S': ok = arg->kind == IR_U; break;
    case 'f': ok = arg->kind == IR_LABEL; break;
    case 'j': ok = arg->kind == IR_LIST; break;
    case 'h': ok = arg->kind == IR_U || arg->kind == IR_ALLOC; break;
    case 'e': case 'l': case 'L': ok = arg->kind == IR_U; break;
    case 'T': ok = true; break;
    default: ok = arg->kind != IR_LIST && arg->kind != IR_ALLOC; break;
  }
  if (!ok)
    diag_fail(s->r->d, at, "operand %d (%s) of %s must be %s", i + 1,
              opcode_table[op].operand_names[i], opcode_table[op].name, kind_name(kind));
  if (arg->kind == IR_LABEL) check_label(s, at, arg->v.u);
  if (kind == 'e' || kind == 'l' || kind == 'L' || (kind == 'T' && arg->kind == IR_U))
    resolve_index(s, at, kind == 'T' ? 'L' : kind, arg);
  if (op == OP_label) check_label(s, at, arg->v.u);
}

/* bs_put_string Len Str, put_string Len Str Dst, bs_match_string F C Bits Str. */
static void resolve_strings(CodeState *s, long at, IrInstr *in) {
  for (int i = 0; i < in->n; i++) {
    if (opcode_table[in->op].kinds[i] != 'S') continue;
    uint64_t len = in->op == OP_bs_match_string ? (in->args[2].v.u + 7) / 8 : in->args[0].v.u;
    in->args[i] = string_operand(s, at, in->args[i].v.u, len);
  }
}

/*
** In bs_create_bin's segment list (6 operands per segment: type, segment,
** unit, flags, value, size) the value of a `string` segment is a string
** table offset whose length is size * unit / 8 bytes.
*/
static void resolve_create_bin(CodeState *s, long at, IrInstr *in) {
  IrOperand *list = &in->args[5];
  if (list->v.list.n % 6 != 0)
    diag_fail(s->r->d, at, "bs_create_bin segment list has %u operands, not a multiple of 6",
              list->v.list.n);
  for (uint32_t i = 0; i < list->v.list.n; i += 6) {
    IrOperand *seg = &list->v.list.elems[i];
    if (seg[0].kind != IR_ATOM || !cterm_is_atom(seg[0].v.term, "string")) continue;
    if (seg[4].kind != IR_U || seg[5].kind != IR_INT || seg[5].v.i < 0 || seg[2].kind != IR_U)
      diag_fail(s->r->d, at, "bs_create_bin string segment must have an offset, a unit and a size");
    uint64_t bits = (uint64_t)seg[5].v.i * seg[2].v.u;
    seg[4] = string_operand(s, at, seg[4].v.u, bits / 8);
  }
}

static void fail_opcode(CodeState *s, long at, unsigned op) {
  const NewerOp *newer = opcode_newer((int)op);
  const CTerm *mod = s->r->m->name;
  if (newer != NULL)
    diag_fail(s->r->d, at,
              "opcode %u (%s/%d) in module %.*s was introduced in OTP %d; beamc supports the "
              "OTP 25 instruction set (opcodes 1..%d)",
              op, newer->name, newer->arity, (int)mod->u.atom.len, mod->u.atom.name,
              newer->release, IR_MAX_OPCODE);
  diag_fail(s->r->d, at, "unknown opcode %u in module %.*s", op, (int)mod->u.atom.len,
            mod->u.atom.name);
}

static IrInstr *push_instr(CodeState *s) {
  if (s->n == s->cap) {
    uint32_t cap = s->cap ? s->cap * 2 : 256;
    IrInstr *bigger = ARENA_ARRAY(s->r->a, IrInstr, cap);
    if (s->n) memcpy(bigger, s->code, sizeof(IrInstr) * s->n);
    s->code = bigger;
    s->cap = cap;
  }
  return &s->code[s->n++];
}

/* Decodes instructions up to and including int_code_end. */
static void decode_instructions(CodeState *s) {
  CompactReader *cr = &s->cr;
  for (;;) {
    long at = compact_offset(cr);
    if (cr->p >= cr->end) diag_fail(s->r->d, at, "code ends without int_code_end");
    unsigned op = *cr->p++;
    if (op == 0 || op > IR_MAX_OPCODE || opcode_table[op].name == NULL) fail_opcode(s, at, op);
    IrInstr *in = push_instr(s);
    in->op = (uint16_t)op;
    in->n = (uint16_t)opcode_table[op].arity;
    in->args = ARENA_ARRAY(s->r->a, IrOperand, in->n);
    for (int i = 0; i < in->n; i++) {
      long arg_at = compact_offset(cr);
      compact_read(cr, &in->args[i]);
      apply_kind(s, arg_at, (int)op, i, &in->args[i]);
    }
    resolve_strings(s, at, in);
    if (op == OP_bs_create_bin) resolve_create_bin(s, at, in);
    if (op == OP_int_code_end) return;
  }
}

/*
** Splits the instruction stream into functions.  A function starts at
** the label before its func_info (line instructions may stand between)
** and its entry is the label right after func_info.
*/
static void split_functions(CodeState *s) {
  IrModule *m = s->r->m;
  uint32_t n_code = s->n - 1; /* without int_code_end */
  uint32_t *starts = ARENA_ARRAY(s->r->a, uint32_t, (size_t)n_code + 1);
  uint32_t nf = 0;
  for (uint32_t i = 0; i < n_code; i++) {
    if (s->code[i].op != OP_func_info) continue;
    uint32_t j = i;
    while (j > 0 && s->code[j - 1].op == OP_line) j--;
    if (j == 0 || s->code[j - 1].op != OP_label)
      diag_fail(s->r->d, DIAG_NO_OFFSET, "function %u does not start with a label", nf + 1);
    if (i + 1 >= n_code || s->code[i + 1].op != OP_label)
      diag_fail(s->r->d, DIAG_NO_OFFSET, "func_info of function %u is not followed by its entry label", nf + 1);
    if (s->code[i].args[1].kind != IR_ATOM || s->code[i].args[2].kind != IR_U)
      diag_fail(s->r->d, DIAG_NO_OFFSET, "func_info of function %u has no name or arity", nf + 1);
    starts[nf++] = j - 1;
  }
  if (nf != s->function_count)
    diag_fail(s->r->d, DIAG_NO_OFFSET, "Code chunk header says %u functions, the code has %u",
              s->function_count, nf);
  if (n_code > 0 && (nf == 0 || starts[0] != 0))
    diag_fail(s->r->d, DIAG_NO_OFFSET, "code before the first function");
  starts[nf] = n_code;
  m->n_functions = nf;
  m->functions = ARENA_ARRAY(s->r->a, IrFunction, nf);
  for (uint32_t k = 0; k < nf; k++) {
    IrFunction *f = &m->functions[k];
    f->code = &s->code[starts[k]];
    f->n = starts[k + 1] - starts[k];
    uint32_t fi = 0;
    while (f->code[fi].op != OP_func_info) fi++;
    f->name = f->code[fi].args[1].v.term;
    f->arity = (uint32_t)f->code[fi].args[2].v.u;
    f->entry = (uint32_t)f->code[fi + 1].args[0].v.u;
  }
}

/* Code: <header size:32> then header fields <version> <max opcode>
** <labels> <functions>, then the instructions. */
static void read_code(Reader *r) {
  const BeamChunk *ch = need_chunk(r, "Code");
  Cursor c = cursor(r, ch);
  long at = cur_offset(&c);
  uint32_t hsize = cur_u32(r, &c);
  if (hsize < 16) diag_fail(r->d, at, "Code chunk header of %u bytes is too short", hsize);
  cur_need(r, &c, hsize);
  uint32_t version = beamfile_u32(c.p);
  if (version != 0) diag_fail(r->d, at + 4, "instruction set version %u not supported (expected 0)", version);
  CodeState s = {.r = r};
  s.label_count = beamfile_u32(c.p + 8);
  s.function_count = beamfile_u32(c.p + 12);
  c.p += hsize;
  s.cr = (CompactReader){r->a, r->d, r->bf.image, c.p, c.end, r->atoms, r->n_atoms,
                         r->literals, r->n_literals, r->m->n_types};
  r->m->label_count = s.label_count;
  decode_instructions(&s);
  split_functions(&s);
}

/*
** The module's MD5 as erl computes it (module_info(md5), beam_lib:md5/1;
** funs carry it in the external term format): the data of the chunks
** Atom, AtU8, Code, StrT, ImpT, ExpT, FunT, LitT and Meta that the file
** has, in that order, except each FunT entry's last word (its old uniq),
** which counts as zero.
*/
static void module_md5(Reader *r) {
  static const char *const ids[] = {"Atom", "AtU8", "Code", "StrT", "ImpT",
                                    "ExpT", "FunT", "LitT", "Meta"};
  static const uint8_t zero[4];
  Md5 m;
  md5_init(&m);
  for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
    const BeamChunk *ch = beamfile_chunk(&r->bf, ids[i]);
    if (ch == NULL) continue;
    if (strcmp(ids[i], "FunT") != 0 || ch->size < 4) {
      md5_update(&m, ch->data, ch->size);
      continue;
    }
    /* the count, then entries of 24 bytes; a tail too short for an
       entry is hashed as it is */
    size_t at = 4;
    md5_update(&m, ch->data, 4);
    for (; ch->size - at >= 24; at += 24) {
      md5_update(&m, ch->data + at, 20);
      md5_update(&m, zero, 4);
    }
    md5_update(&m, ch->data + at, ch->size - at);
  }
  md5_final(&m, r->m->md5);
  r->m->has_md5 = true;
}

IrModule *beamread_module(Arena *a, Diag *d, const uint8_t *buf, size_t len) {
  Reader r = {.a = a, .d = d};
  beamfile_open(a, d, buf, len, &r.bf);
  r.m = ARENA_NEW(a, IrModule);
  r.m->arena = a;
  read_atoms(&r);
  read_imports(&r);
  r.m->exports = read_exports(&r, need_chunk(&r, "ExpT"), &r.m->n_exports);
  r.m->locals = read_exports(&r, beamfile_chunk(&r.bf, "LocT"), &r.m->n_locals);
  read_lambdas(&r);
  read_literals(&r);
  read_strings(&r);
  read_lines(&r);
  read_types(&r);
  r.m->attributes = read_term_chunk(&r, "Attr");
  r.m->compile_info = read_term_chunk(&r, "CInf");
  read_code(&r);
  module_md5(&r);
  return r.m;
}
