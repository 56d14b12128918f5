/*
** opcodes.h — the table of generic BEAM opcodes (from opcodes.tab).
*/
#ifndef BEAMC_OPCODES_H
#define BEAMC_OPCODES_H

#include <stdbool.h>

#include "ir.h"
#include "opcodes_gen.h"

typedef struct OpInfo {
  const char *name;   /* NULL for numbers OTP 25 does not define */
  int arity;
  bool obsolete;      /* OTP 25's compiler no longer emits it */
  const char *kinds;  /* one kind letter per operand (see opcodes.tab) */
  const char *const *operand_names;
} OpInfo;

/* An opcode of a later OTP release, which beamc does not support yet. */
typedef struct NewerOp {
  int number;
  const char *name;
  int arity;
  int release;        /* the OTP release that introduced it */
} NewerOp;

extern const OpInfo opcode_table[IR_MAX_OPCODE + 1];
extern const NewerOp opcode_newer_table[]; /* ends with number 0 */

/* The opcode number for name/arity, or -1. */
int opcode_lookup(const char *name, int arity);
/* The entry of a later-release opcode, or NULL if number is not one. */
const NewerOp *opcode_newer(int number);
/* The entry of a later-release opcode by name, or NULL. */
const NewerOp *opcode_newer_by_name(const char *name);

#endif
