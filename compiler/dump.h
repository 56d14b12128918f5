/*
** dump.h — the readable text form of the IR (beamc --dump).
*/
#ifndef BEAMC_DUMP_H
#define BEAMC_DUMP_H

#include <stdio.h>

#include "ir.h"

/* Prints m, one instruction per line.  The text depends only on what the
** .beam and the .S of a module share (docs/ir.md lists what is left out),
** so the dumps of the two agree. */
void dump_module(FILE *out, const IrModule *m);
/* Prints one instruction as the dump does, without indent or newline. */
void dump_instr(FILE *out, const IrModule *m, const IrInstr *in);

#endif
