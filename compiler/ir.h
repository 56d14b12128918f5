/*
** ir.h — the translator's intermediate representation of a BEAM module.
**
** Both readers (beamread.c for .beam, sread.c for .S) produce an IrModule;
** everything after them (dump, C emitter) reads only the IR.  The IR is
** the generic BEAM instruction set of OTP 25 (opcodes 1..180, see
** opcodes.tab) with every operand decoded and resolved:
**   - atom, literal, import, lambda, string and line operands hold what
**     they name, not indices into chunk tables (the tables stay in the
**     module for whoever wants them);
**   - .S forms that beam_asm rewrites (test, bif, gc_bif, kill, make_fun3,
**     ...) are already rewritten to the generic instruction;
**   - literals that are atoms, [] or small integers are IR_ATOM, IR_NIL and
**     IR_INT, floats are IR_LITERAL, and integers of 2^128 or more in
**     magnitude are IR_LITERAL — exactly as beam_asm encodes them.
** All memory belongs to the module's arena.
*/
#ifndef BEAMC_IR_H
#define BEAMC_IR_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "term.h"

/* Type bits of the Type chunk (OTP 25, version 1). */
enum {
  IRT_ATOM = 1 << 0,
  IRT_BITSTRING = 1 << 1,
  IRT_BS_MATCHSTATE = 1 << 2,
  IRT_CONS = 1 << 3,
  IRT_FLOAT = 1 << 4,
  IRT_FUN = 1 << 5,
  IRT_INTEGER = 1 << 6,
  IRT_MAP = 1 << 7,
  IRT_NIL = 1 << 8,
  IRT_PID = 1 << 9,
  IRT_PORT = 1 << 10,
  IRT_REFERENCE = 1 << 11,
  IRT_TUPLE = 1 << 12,
  IRT_ANY = (1 << 13) - 1
};

/* What the compiler knows of a register's value (a Type chunk entry). */
typedef struct IrType {
  uint16_t bits;     /* IRT_* */
  bool has_range;    /* integer range known (then min <= max) */
  int64_t min, max;
} IrType;

typedef enum IrOpKind {
  IR_U,       /* untagged integer (tag u): v.u */
  IR_INT,     /* tagged integer (tag i) that fits int64_t: v.i */
  IR_BIGINT,  /* tagged integer (tag i) beyond int64_t: v.term, a CT_BIG */
  IR_ATOM,    /* v.term, a CT_ATOM */
  IR_NIL,     /* [] (tag a, index 0) */
  IR_X,       /* v.reg */
  IR_Y,       /* v.reg */
  IR_FR,      /* float register: v.reg */
  IR_LABEL,   /* {f,L}: v.u, 0 means "no label" */
  IR_CHAR,    /* tag h (never written by OTP 25): v.u */
  IR_LITERAL, /* v.term */
  IR_LIST,    /* extended list: v.list */
  IR_ALLOC,   /* allocation list: v.alloc */
  IR_TR,      /* typed register: v.tr */
  IR_IMPORT,  /* {extfunc,M,F,A}: v.u, index into IrModule.imports */
  IR_LAMBDA,  /* a FunT entry: v.u, index into IrModule.lambdas */
  IR_STRING,  /* bytes of the string table: v.str */
  IR_LINE     /* a line instruction's location: v.u, index into IrModule.lines */
} IrOpKind;

typedef struct IrOperand IrOperand;

struct IrOperand {
  IrOpKind kind;
  union {
    uint64_t u;
    int64_t i;
    uint32_t reg;
    CTerm *term;
    struct {
      uint32_t n;
      IrOperand *elems;
    } list;
    struct {
      uint64_t words, floats, funs;
    } alloc;
    struct {
      IrOpKind reg_kind; /* IR_X or IR_Y */
      uint32_t reg;
      uint32_t type;     /* index into IrModule.types */
    } tr;
    struct {
      uint32_t len;
      const uint8_t *data;
    } str;
  } v;
};

typedef struct IrInstr {
  uint16_t op;        /* generic opcode number, 1..IR_MAX_OPCODE */
  uint16_t n;         /* number of operands (the opcode's arity) */
  uint16_t flags;     /* IRF_*, set by the validator */
  IrOperand *args;
} IrInstr;

/* IrInstr.flags.  IRF_UNPROVEN: the instruction assumes a type of its
   source (a cons for get_list, a tuple of enough elements for
   get_tuple_element, ...) that the validator could not prove; the
   emitter checks it at run time. */
enum { IRF_UNPROVEN = 1 };

typedef struct IrFunction {
  CTerm *name;        /* atom */
  uint32_t arity;
  uint32_t entry;     /* label of the entry point */
  uint32_t n;         /* instructions, from the label before func_info */
  IrInstr *code;
} IrFunction;

typedef struct IrImport {
  CTerm *mod, *fun;   /* atoms */
  uint32_t arity;
} IrImport;

typedef struct IrExport {
  CTerm *fun;         /* atom */
  uint32_t arity, label;
} IrExport;

typedef struct IrLambda {
  CTerm *fun;         /* atom: the function implementing the fun */
  uint32_t arity, label, index, num_free, old_uniq;
} IrLambda;

typedef struct IrLine {
  const char *file;   /* NULL for index 0, "no location" */
  uint32_t line;
} IrLine;

typedef struct IrModule {
  Arena *arena;
  CTerm *name;                     /* atom */
  uint32_t label_count;            /* labels are 1..label_count-1 */
  uint32_t n_imports, n_exports, n_locals, n_lambdas, n_lines, n_types,
      n_functions;
  IrImport *imports;
  IrExport *exports, *locals;
  IrLambda *lambdas;
  IrLine *lines;                   /* lines[0] is "no location" */
  IrType *types;                   /* types[0] is "any" */
  IrFunction *functions;
  const uint8_t *strings;          /* the StrT chunk */
  uint32_t strings_len;
  CTerm *attributes;               /* list, or NULL */
  CTerm *compile_info;             /* list, or NULL (.S files have none) */
  bool has_md5;                    /* false for a .S: no .beam to hash */
  uint8_t md5[16];                 /* module_info(md5): beam_lib:md5/1's
                                      checksum of the .beam (beamread.c) */
} IrModule;

#define IR_MAX_OPCODE 180

#endif
