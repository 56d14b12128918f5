/*
** dump.c — the readable text form of the IR (see dump.h, docs/ir.md).
**
** Operands print in the notation of `erlc -S` where one exists ({x,0},
** {atom,ok}, {f,3}, {literal,T}, {list,[...]}); what the two sources
** encode differently prints resolved: imports as {extfunc,M,F,A}, funs as
** {lambda,Name,Arity,{f,Label},NumFree}, lines as {location,File,Line},
** strings as {string,<<...>>}, and types of typed registers as the bits
** and integer range of the Type chunk.
*/
#include "dump.h"

#include <stdlib.h>
#include <string.h>

#include "opcodes.h"

static const char *const type_names[] = {
    "atom", "bitstring", "bs_matchstate", "cons", "float", "fun", "integer",
    "map", "nil", "pid", "port", "reference", "tuple"};

static void print_type(FILE *out, const IrType *t) {
  if (t->bits == IRT_ANY) {
    fputs("any", out);
  } else if (t->bits == 0) {
    fputs("none", out);
  } else {
    const char *sep = "";
    for (int i = 0; i < 13; i++) {
      if (!(t->bits & (1 << i))) continue;
      fprintf(out, "%s%s", sep, type_names[i]);
      sep = "|";
    }
  }
  if (t->has_range) fprintf(out, ":%lld..%lld", (long long)t->min, (long long)t->max);
}

static void print_atom(FILE *out, const CTerm *atom) {
  cterm_print_atom(out, atom->u.atom.name, atom->u.atom.len);
}

static void print_bytes(FILE *out, const uint8_t *data, uint32_t len) {
  CTerm bin = {.kind = CT_BINARY};
  bin.u.bin.bits = (uint64_t)len * 8;
  bin.u.bin.data = data;
  cterm_print(out, &bin);
}

static void print_operand(FILE *out, const IrModule *m, const IrOperand *op);

static void print_list(FILE *out, const IrModule *m, const IrOperand *op) {
  fputs("{list,[", out);
  for (uint32_t i = 0; i < op->v.list.n; i++) {
    if (i) fputc(',', out);
    print_operand(out, m, &op->v.list.elems[i]);
  }
  fputs("]}", out);
}

static void print_reference(FILE *out, const IrModule *m, const IrOperand *op) {
  switch (op->kind) {
    case IR_IMPORT: {
      const IrImport *imp = &m->imports[op->v.u];
      fputs("{extfunc,", out);
      print_atom(out, imp->mod);
      fputc(',', out);
      print_atom(out, imp->fun);
      fprintf(out, ",%u}", imp->arity);
      break;
    }
    case IR_LAMBDA: {
      const IrLambda *l = &m->lambdas[op->v.u];
      fputs("{lambda,", out);
      print_atom(out, l->fun);
      fprintf(out, ",%u,{f,%u},%u}", l->arity, l->label, l->num_free);
      break;
    }
    case IR_LINE: {
      const IrLine *line = &m->lines[op->v.u];
      if (line->file == NULL) {
        fputs("[]", out);
      } else {
        fputs("{location,", out);
        cterm_print_string(out, (const uint8_t *)line->file, strlen(line->file));
        fprintf(out, ",%u}", line->line);
      }
      break;
    }
    default:
      abort();
  }
}

static void print_operand(FILE *out, const IrModule *m, const IrOperand *op) {
  switch (op->kind) {
    case IR_U: fprintf(out, "%llu", (unsigned long long)op->v.u); break;
    case IR_INT: fprintf(out, "{integer,%lld}", (long long)op->v.i); break;
    case IR_BIGINT: fputs("{integer,", out); cterm_print(out, op->v.term); fputc('}', out); break;
    case IR_ATOM: fputs("{atom,", out); print_atom(out, op->v.term); fputc('}', out); break;
    case IR_NIL: fputs("nil", out); break;
    case IR_X: fprintf(out, "{x,%u}", op->v.reg); break;
    case IR_Y: fprintf(out, "{y,%u}", op->v.reg); break;
    case IR_FR: fprintf(out, "{fr,%u}", op->v.reg); break;
    case IR_LABEL: fprintf(out, "{f,%llu}", (unsigned long long)op->v.u); break;
    case IR_CHAR: fprintf(out, "{char,%llu}", (unsigned long long)op->v.u); break;
    case IR_LITERAL: fputs("{literal,", out); cterm_print(out, op->v.term); fputc('}', out); break;
    case IR_LIST: print_list(out, m, op); break;
    case IR_ALLOC:
      fprintf(out, "{alloc,[{words,%llu},{floats,%llu},{funs,%llu}]}",
              (unsigned long long)op->v.alloc.words, (unsigned long long)op->v.alloc.floats,
              (unsigned long long)op->v.alloc.funs);
      break;
    case IR_TR:
      fprintf(out, "{tr,{%c,%u},", op->v.tr.reg_kind == IR_X ? 'x' : 'y', op->v.tr.reg);
      print_type(out, &m->types[op->v.tr.type]);
      fputc('}', out);
      break;
    case IR_STRING: fputs("{string,", out); print_bytes(out, op->v.str.data, op->v.str.len); fputc('}', out); break;
    default: print_reference(out, m, op); break;
  }
}

void dump_instr(FILE *out, const IrModule *m, const IrInstr *in) {
  fputs(opcode_table[in->op].name, out);
  for (int i = 0; i < in->n; i++) {
    fputc(' ', out);
    print_operand(out, m, &in->args[i]);
  }
}

static void print_instr(FILE *out, const IrModule *m, const IrInstr *in) {
  fputs(in->op == OP_label ? "  " : "    ", out);
  dump_instr(out, m, in);
  fputc('\n', out);
}

static int compare_exports(const void *pa, const void *pb) {
  const IrExport *a = pa, *b = pb;
  int c = cterm_compare(a->fun, b->fun);
  return c != 0 ? c : (a->arity > b->arity) - (a->arity < b->arity);
}

/* Exports sorted by name and arity, as `erlc -S` lists them. */
static void print_exports(FILE *out, const IrModule *m) {
  IrExport *sorted = malloc(sizeof(IrExport) * (m->n_exports + 1));
  if (sorted == NULL) abort();
  if (m->n_exports) memcpy(sorted, m->exports, sizeof(IrExport) * m->n_exports);
  qsort(sorted, m->n_exports, sizeof(IrExport), compare_exports);
  fputs("exports [", out);
  for (uint32_t i = 0; i < m->n_exports; i++) {
    fputs(i ? ",{" : "{", out);
    print_atom(out, sorted[i].fun);
    fprintf(out, ",%u}", sorted[i].arity);
  }
  fputs("]\n", out);
  free(sorted);
}

/* Attributes without vsn, which beam_asm adds to the .beam only. */
static void print_attributes(FILE *out, const CTerm *attrs) {
  fputs("attributes [", out);
  const char *sep = "";
  for (const CTerm *l = attrs; l != NULL && l->kind == CT_CONS; l = l->u.cons.tail) {
    const CTerm *a = l->u.cons.head;
    if (a->kind == CT_TUPLE && a->u.tuple.arity == 2 && cterm_is_atom(a->u.tuple.elems[0], "vsn"))
      continue;
    fputs(sep, out);
    cterm_print(out, a);
    sep = ",";
  }
  fputs("]\n", out);
}

void dump_module(FILE *out, const IrModule *m) {
  fputs("module ", out);
  print_atom(out, m->name);
  fputc('\n', out);
  print_exports(out, m);
  print_attributes(out, m->attributes);
  fprintf(out, "labels %u\n", m->label_count);
  for (uint32_t i = 0; i < m->n_functions; i++) {
    const IrFunction *f = &m->functions[i];
    fputs("\nfunction ", out);
    print_atom(out, f->name);
    fprintf(out, "/%u entry %u\n", f->arity, f->entry);
    for (uint32_t k = 0; k < f->n; k++) print_instr(out, m, &f->code[k]);
  }
}
