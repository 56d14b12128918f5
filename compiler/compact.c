/*
** compact.c — decoder of the compact term encoding (see compact.h).
*/
#include "compact.h"

#include <string.h>

#define MAX_LIST_DEPTH 64

long compact_offset(const CompactReader *r) { return (long)(r->p - r->base); }

static uint8_t next_byte(CompactReader *r) {
  if (r->p >= r->end) diag_fail(r->d, compact_offset(r), "code ends inside an operand");
  return *r->p++;
}

/* A decoded number before it is given a kind: the bytes of its value. */
typedef struct Number {
  int tag;
  long offset;            /* where the operand starts */
  const uint8_t *bytes;   /* big-endian value, if nbytes > 0 */
  size_t nbytes;
  uint64_t small;         /* the value if nbytes == 0 */
} Number;

static uint32_t read_small_u(CompactReader *r);

/* Reads the tag byte and the value bytes of one compact term (tag < 7,
** or the header of a z term). */
static void read_number(CompactReader *r, Number *n) {
  n->offset = compact_offset(r);
  uint8_t b = next_byte(r);
  n->tag = b & 7;
  n->nbytes = 0;
  if ((b & 0x08) == 0) {
    n->small = b >> 4;
  } else if ((b & 0x10) == 0) {
    n->small = ((uint64_t)(b & 0xe0) << 3) | next_byte(r);
  } else if (n->tag == CTAG_Z) {
    diag_fail(r->d, n->offset, "bad extended operand byte 0x%02x", b);
  } else {
    size_t len = (size_t)(b >> 5) + 2;
    if (len == 9) len = (size_t)read_small_u(r) + 9;
    if ((size_t)(r->end - r->p) < len)
      diag_fail(r->d, n->offset, "operand of %zu bytes runs past the end of the code", len);
    n->bytes = r->p;
    n->nbytes = len;
    r->p += len;
  }
}

/* The value of n as an unsigned number; fails if it exceeds max. */
static uint64_t number_unsigned(CompactReader *r, const Number *n, uint64_t max) {
  uint64_t v = n->small;
  if (n->nbytes > 0) {
    size_t i = 0;
    while (i < n->nbytes && n->bytes[i] == 0) i++;
    if (n->nbytes - i > 8) diag_fail(r->d, n->offset, "operand value too large");
    v = 0;
    for (; i < n->nbytes; i++) v = v << 8 | n->bytes[i];
  }
  if (v > max)
    diag_fail(r->d, n->offset, "operand value %llu out of range (at most %llu)",
              (unsigned long long)v, (unsigned long long)max);
  return v;
}

static uint32_t read_small_u(CompactReader *r) {
  Number n;
  read_number(r, &n);
  if (n.tag != CTAG_U) diag_fail(r->d, n.offset, "expected an untagged number (tag u), found tag %d", n.tag);
  return (uint32_t)number_unsigned(r, &n, UINT32_MAX);
}

uint32_t compact_read_u32(CompactReader *r) { return read_small_u(r); }

uint64_t compact_read_raw(CompactReader *r, int *tag) {
  Number n;
  read_number(r, &n);
  if (n.tag == CTAG_Z) diag_fail(r->d, n.offset, "unexpected extended operand");
  if (n.tag == CTAG_I && n.nbytes > 0 && (n.bytes[0] & 0x80))
    diag_fail(r->d, n.offset, "unexpected negative number");
  *tag = n.tag;
  return number_unsigned(r, &n, UINT64_MAX);
}

/*
** The value of an i-tagged number: two's complement of any length.
** Fits int64 -> IR_INT with v.i; otherwise IR_BIGINT with a CT_BIG term.
*/
static void number_integer(CompactReader *r, const Number *n, IrOperand *out) {
  out->kind = IR_INT;
  if (n->nbytes == 0) {
    out->v.i = (int64_t)n->small;
    return;
  }
  bool neg = (n->bytes[0] & 0x80) != 0;
  size_t len = n->nbytes, nlimbs = (len + 3) / 4;
  uint32_t *limbs = ARENA_ARRAY(r->a, uint32_t, nlimbs);
  for (size_t i = 0; i < len; i++) {  /* i counts from the least significant byte */
    uint8_t byte = n->bytes[len - 1 - i];
    limbs[i / 4] |= (uint32_t)byte << (8 * (i % 4));
  }
  if (len % 4 != 0 && neg)            /* sign-extend the top limb */
    limbs[nlimbs - 1] |= ~(uint32_t)0 << (8 * (len % 4));
  if (neg) {                          /* magnitude = two's complement */
    uint64_t carry = 1;
    for (size_t i = 0; i < nlimbs; i++) {
      uint64_t s = (uint64_t)(uint32_t)~limbs[i] + carry;
      limbs[i] = (uint32_t)s;
      carry = s >> 32;
    }
  }
  CTerm *t = cterm_big(r->a, neg, limbs, (uint32_t)nlimbs);
  if (t->kind == CT_INT) {
    out->v.i = t->u.i;
  } else {
    out->kind = IR_BIGINT;
    out->v.term = t;
  }
}

static void read_operand(CompactReader *r, IrOperand *out, int depth);

static void read_list(CompactReader *r, IrOperand *out, int depth) {
  long at = compact_offset(r);
  uint32_t n = read_small_u(r);
  if (n > (size_t)(r->end - r->p)) diag_fail(r->d, at, "list of %u operands runs past the end of the code", n);
  if (depth >= MAX_LIST_DEPTH) diag_fail(r->d, at, "operand lists nested too deeply");
  out->kind = IR_LIST;
  out->v.list.n = n;
  out->v.list.elems = ARENA_ARRAY(r->a, IrOperand, n);
  for (uint32_t i = 0; i < n; i++) read_operand(r, &out->v.list.elems[i], depth + 1);
}

static void read_alloc(CompactReader *r, IrOperand *out) {
  long at = compact_offset(r);
  uint32_t n = read_small_u(r);
  out->kind = IR_ALLOC;
  memset(&out->v.alloc, 0, sizeof out->v.alloc);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t kind = read_small_u(r), value = read_small_u(r);
    switch (kind) {
      case 0: out->v.alloc.words += value; break;
      case 1: out->v.alloc.floats += value; break;
      case 2: out->v.alloc.funs += value; break;
      default: diag_fail(r->d, at, "allocation list has unknown kind %u", kind);
    }
  }
}

static void read_typed_register(CompactReader *r, IrOperand *out) {
  Number n;
  read_number(r, &n);
  if (n.tag != CTAG_X && n.tag != CTAG_Y)
    diag_fail(r->d, n.offset, "typed register must be an x or y register (tag %d)", n.tag);
  out->kind = IR_TR;
  out->v.tr.reg_kind = n.tag == CTAG_X ? IR_X : IR_Y;
  out->v.tr.reg = (uint32_t)number_unsigned(r, &n, n.tag == CTAG_X ? COMPACT_MAX_X - 1 : COMPACT_MAX_Y - 1);
  long at = compact_offset(r);
  out->v.tr.type = read_small_u(r);
  if (out->v.tr.type >= r->n_types)
    diag_fail(r->d, at, "type index %u out of range (module has %u types)", out->v.tr.type, r->n_types);
}

static void read_old_float(CompactReader *r, IrOperand *out) {
  long at = compact_offset(r);
  if (r->end - r->p < 8) diag_fail(r->d, at, "float operand runs past the end of the code");
  uint64_t bits = 0;
  for (int i = 0; i < 8; i++) bits = bits << 8 | *r->p++;
  double v;
  memcpy(&v, &bits, sizeof v);
  out->kind = IR_LITERAL;
  out->v.term = cterm_float(r->a, v);
}

static void read_extended(CompactReader *r, const Number *n, IrOperand *out, int depth) {
  switch (n->small) {
    case 0: read_old_float(r, out); break;
    case 1: read_list(r, out, depth); break;
    case 2: {
      long at = compact_offset(r);
      uint32_t fr = read_small_u(r);
      if (fr >= COMPACT_MAX_FR) diag_fail(r->d, at, "float register %u out of range", fr);
      out->kind = IR_FR;
      out->v.reg = fr;
      break;
    }
    case 3: read_alloc(r, out); break;
    case 4: {
      long at = compact_offset(r);
      uint32_t idx = read_small_u(r);
      if (idx >= r->n_literals)
        diag_fail(r->d, at, "literal index %u out of range (module has %u literals)", idx, r->n_literals);
      out->kind = IR_LITERAL;
      out->v.term = r->literals[idx];
      break;
    }
    case 5: read_typed_register(r, out); break;
    default: diag_fail(r->d, n->offset, "unknown extended operand kind %llu", (unsigned long long)n->small);
  }
}

static void read_operand(CompactReader *r, IrOperand *out, int depth) {
  Number n;
  memset(out, 0, sizeof *out);
  read_number(r, &n);
  switch (n.tag) {
    case CTAG_U: out->kind = IR_U; out->v.u = number_unsigned(r, &n, UINT64_MAX); break;
    case CTAG_I: number_integer(r, &n, out); break;
    case CTAG_A: {
      uint64_t idx = number_unsigned(r, &n, UINT32_MAX);
      if (idx > r->n_atoms)
        diag_fail(r->d, n.offset, "atom index %llu out of range (module has %u atoms)",
                  (unsigned long long)idx, r->n_atoms);
      if (idx == 0) {
        out->kind = IR_NIL;
      } else {
        out->kind = IR_ATOM;
        out->v.term = r->atoms[idx];
      }
      break;
    }
    case CTAG_X: out->kind = IR_X; out->v.reg = (uint32_t)number_unsigned(r, &n, COMPACT_MAX_X - 1); break;
    case CTAG_Y: out->kind = IR_Y; out->v.reg = (uint32_t)number_unsigned(r, &n, COMPACT_MAX_Y - 1); break;
    case CTAG_F: out->kind = IR_LABEL; out->v.u = number_unsigned(r, &n, UINT32_MAX); break;
    case CTAG_H: out->kind = IR_CHAR; out->v.u = number_unsigned(r, &n, 0x10ffff); break;
    default: read_extended(r, &n, out, depth); break;
  }
}

void compact_read(CompactReader *r, IrOperand *out) { read_operand(r, out, 0); }
