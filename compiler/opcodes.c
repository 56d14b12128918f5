/*
** opcodes.c — look-ups in the opcode tables generated from opcodes.tab.
*/
#include "opcodes.h"

#include <string.h>

int opcode_lookup(const char *name, int arity) {
  for (int op = 1; op <= IR_MAX_OPCODE; op++) {
    const OpInfo *info = &opcode_table[op];
    if (info->name != NULL && info->arity == arity && strcmp(info->name, name) == 0)
      return op;
  }
  return -1;
}

const NewerOp *opcode_newer(int number) {
  for (const NewerOp *p = opcode_newer_table; p->number != 0; p++)
    if (p->number == number) return p;
  return NULL;
}

const NewerOp *opcode_newer_by_name(const char *name) {
  for (const NewerOp *p = opcode_newer_table; p->number != 0; p++)
    if (strcmp(p->name, name) == 0) return p;
  return NULL;
}
