/*
** compact.h — decoder of the compact term encoding of BEAM code.
**
** Every operand in the Code chunk (and every item of the Line chunk) is
** one compact term: a first byte whose low three bits are the tag
**   0 u (untagged)  1 i (integer)  2 a (atom)  3 x  4 y  5 f (label)
**   6 h (character) 7 z (extended)
** and whose high bits hold the value: 4 bits if bit 3 is clear; 11 bits
** (3 here and 8 in the next byte) if bits 3..4 are 01; otherwise a
** big-endian number of 2..8 bytes, or of N+9 bytes where N is itself a
** compact u.  Integers (tag i) are two's complement.  Extended terms (tag
** z, value in the high nibble): 0 float, 1 list, 2 float register,
** 3 allocation list, 4 literal, 5 typed register.
*/
#ifndef BEAMC_COMPACT_H
#define BEAMC_COMPACT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"
#include "ir.h"

/* Limits on register numbers; larger ones are rejected as corrupt. */
#define COMPACT_MAX_X 1024
#define COMPACT_MAX_Y (1u << 24)
#define COMPACT_MAX_FR 1024

enum { CTAG_U, CTAG_I, CTAG_A, CTAG_X, CTAG_Y, CTAG_F, CTAG_H, CTAG_Z };

typedef struct CompactReader {
  Arena *a;
  Diag *d;
  const uint8_t *base;       /* start of the file: offsets are from here */
  const uint8_t *p, *end;    /* what is left to read */
  CTerm *const *atoms;       /* atoms[1..n_atoms]; index 0 means [] */
  uint32_t n_atoms;
  CTerm *const *literals;
  uint32_t n_literals;
  uint32_t n_types;
} CompactReader;

/* Reads one operand into *out.  Atoms and literals are resolved through
** the reader's tables; u, f, h, x, y and fr values must fit their kind;
** typed registers must name an x or y register and an existing type.
** Untagged values come back as IR_U, labels as IR_LABEL; indices that
** only the instruction gives meaning to (imports, lambdas, strings, lines)
** stay IR_U.  Fails through diag_fail with the byte offset. */
void compact_read(CompactReader *r, IrOperand *out);

/* Reads one operand that must have tag u and fit in 32 bits. */
uint32_t compact_read_u32(CompactReader *r);

/* Reads one non-extended operand as its tag and unsigned value (a
** negative integer fails); used where a table gives tags its own meaning,
** as the Line chunk does. */
uint64_t compact_read_raw(CompactReader *r, int *tag);

/* Offset of the reader's position in the file. */
long compact_offset(const CompactReader *r);

#endif
