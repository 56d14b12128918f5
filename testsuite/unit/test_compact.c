/*
** test_compact.c — the compact term decoder: every tag, the three size
** forms, large and negative integers, the extended forms, and errors.
** Byte sequences marked "erl:" were produced by
**   iolist_to_binary([beam_asm:encode(Tag, N)])
** on the reference OTP 25.
*/
#include <string.h>

#include "compact.h"
#include "unit.h"

static Arena *arena;
static CTerm *atoms[3];
static CTerm *literals[2];

static void setup(void) {
  arena = arena_new();
  atoms[1] = cterm_atom(arena, "lit", 3);
  atoms[2] = cterm_atom(arena, "ok", 2);
  literals[0] = cterm_float(arena, 2.5);
  literals[1] = cterm_atom(arena, "x", 1);
}

static void teardown(void) { arena_free(arena); }

/* Decodes one operand from bytes; fails the test if the decoder fails. */
static IrOperand decode(const uint8_t *bytes, size_t len, size_t *used) {
  Diag d = {.file = "t"};
  CompactReader r = {arena, &d, bytes, bytes, bytes + len, atoms, 2, literals, 2, 3};
  IrOperand op;
  if (setjmp(d.env) != 0) ck_abort_msg("decoder failed: %s", d.msg);
  compact_read(&r, &op);
  if (used) *used = (size_t)(r.p - bytes);
  return op;
}

/* Decodes bytes that must fail; returns the message. */
static const char *decode_error(const uint8_t *bytes, size_t len) {
  static Diag d;
  d.file = "t";
  CompactReader r = {arena, &d, bytes, bytes, bytes + len, atoms, 2, literals, 2, 3};
  IrOperand op;
  if (setjmp(d.env) == 0) {
    compact_read(&r, &op);
    ck_abort_msg("decoder accepted bad input");
  }
  return d.msg;
}

#define DECODE(...) ({ static const uint8_t b_[] = {__VA_ARGS__}; size_t u_; \
  IrOperand o_ = decode(b_, sizeof b_, &u_); ck_assert_uint_eq(u_, sizeof b_); o_; })
#define ERROR(...) ({ static const uint8_t b_[] = {__VA_ARGS__}; decode_error(b_, sizeof b_); })

START_TEST(untagged_forms) {
  IrOperand op = DECODE(0); /* erl: encode(0,0) */
  ck_assert_int_eq(op.kind, IR_U);
  ck_assert_uint_eq(op.v.u, 0);
  ck_assert_uint_eq(DECODE(240).v.u, 15);                    /* erl: encode(0,15) */
  ck_assert_uint_eq(DECODE(8, 16).v.u, 16);                  /* erl: encode(0,16) */
  ck_assert_uint_eq(DECODE(232, 255).v.u, 2047);             /* erl: encode(0,2047) */
  ck_assert_uint_eq(DECODE(24, 8, 0).v.u, 2048);             /* erl: encode(0,2048) */
  ck_assert_uint_eq(DECODE(88, 127, 255, 255, 255).v.u, 0x7fffffff); /* erl: encode(0,16#7fffffff) */
}
END_TEST

START_TEST(negative_integers) {
  IrOperand op = DECODE(25, 255, 255); /* erl: encode(1,-1) */
  ck_assert_int_eq(op.kind, IR_INT);
  ck_assert_int_eq(op.v.i, -1);
  ck_assert_int_eq(DECODE(25, 128, 0).v.i, -32768);          /* erl: encode(1,-16#8000) */
  ck_assert_int_eq(DECODE(57, 255, 127, 255).v.i, -32769);   /* erl: encode(1,-16#8001) */
  op = DECODE(217, 128, 0, 0, 0, 0, 0, 0, 0);                /* erl: encode(1,-(1 bsl 63)) */
  ck_assert_int_eq(op.kind, IR_INT);
  ck_assert(op.v.i == INT64_MIN);
}
END_TEST

START_TEST(big_integers) {
  /* erl: encode(1, 1 bsl 63): nine bytes, so the length escape 249. */
  IrOperand op = DECODE(249, 0, 0, 128, 0, 0, 0, 0, 0, 0, 0);
  ck_assert_int_eq(op.kind, IR_BIGINT);
  ck_assert(!op.v.term->u.big.neg);
  ck_assert_uint_eq(op.v.term->u.big.n, 2);
  ck_assert_uint_eq(op.v.term->u.big.limbs[1], 0x80000000u);
  ck_assert_uint_eq(op.v.term->u.big.limbs[0], 0);
  /* erl: encode(1, -(1 bsl 64)) */
  op = DECODE(249, 0, 255, 0, 0, 0, 0, 0, 0, 0, 0);
  ck_assert_int_eq(op.kind, IR_BIGINT);
  ck_assert(op.v.term->u.big.neg);
  ck_assert_uint_eq(op.v.term->u.big.n, 3);
  ck_assert_uint_eq(op.v.term->u.big.limbs[2], 1);
  /* erl: encode(1, 1 bsl 200): the length itself in the 11-bit form. */
  op = DECODE(249, 8, 17, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  ck_assert_int_eq(op.kind, IR_BIGINT);
  ck_assert_uint_eq(op.v.term->u.big.n, 7);
  ck_assert_uint_eq(op.v.term->u.big.limbs[6], 0x100);
  /* erl: encode(1, -(1 bsl 100)) */
  op = DECODE(249, 64, 240, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  ck_assert(op.v.term->u.big.neg);
  ck_assert_uint_eq(op.v.term->u.big.n, 4);
  ck_assert_uint_eq(op.v.term->u.big.limbs[3], 0x10);
}
END_TEST

START_TEST(registers_atoms_labels) {
  IrOperand op = DECODE(18); /* erl: encode(2,1) */
  ck_assert_int_eq(op.kind, IR_ATOM);
  ck_assert(cterm_is_atom(op.v.term, "lit"));
  ck_assert_int_eq(DECODE(2).kind, IR_NIL);                  /* atom 0 is [] */
  op = DECODE(83);                                           /* erl: encode(3,5) */
  ck_assert_int_eq(op.kind, IR_X);
  ck_assert_uint_eq(op.v.reg, 5);
  op = DECODE(44, 44);                                       /* erl: encode(4,300) */
  ck_assert_int_eq(op.kind, IR_Y);
  ck_assert_uint_eq(op.v.reg, 300);
  op = DECODE(29, 48, 57);                                   /* erl: encode(5,12345) */
  ck_assert_int_eq(op.kind, IR_LABEL);
  ck_assert_uint_eq(op.v.u, 12345);
  op = DECODE(0x16);                                         /* tag h, value 1 */
  ck_assert_int_eq(op.kind, IR_CHAR);
  ck_assert_uint_eq(op.v.u, 1);
}
END_TEST

START_TEST(extended_forms) {
  /* {list,[{x,0},{atom,ok}]}: z1, u2, x0, a2 (beam_asm encode_arg) */
  IrOperand op = DECODE(0x17, 0x20, 0x03, 0x22);
  ck_assert_int_eq(op.kind, IR_LIST);
  ck_assert_uint_eq(op.v.list.n, 2);
  ck_assert_int_eq(op.v.list.elems[0].kind, IR_X);
  ck_assert(cterm_is_atom(op.v.list.elems[1].v.term, "ok"));
  op = DECODE(0x27, 0x30);                                   /* {fr,3} */
  ck_assert_int_eq(op.kind, IR_FR);
  ck_assert_uint_eq(op.v.reg, 3);
  op = DECODE(0x37, 0x30, 0x00, 0x40, 0x10, 0x10, 0x20, 0x00); /* {alloc,[{words,4},{floats,1},{funs,0}]} */
  ck_assert_int_eq(op.kind, IR_ALLOC);
  ck_assert_uint_eq(op.v.alloc.words, 4);
  ck_assert_uint_eq(op.v.alloc.floats, 1);
  ck_assert_uint_eq(op.v.alloc.funs, 0);
  op = DECODE(0x47, 0x00);                                   /* {literal,0} */
  ck_assert_int_eq(op.kind, IR_LITERAL);
  ck_assert(op.v.term == literals[0]);
  op = DECODE(0x57, 0x13, 0x20);                             /* typed {x,1}, type 2 */
  ck_assert_int_eq(op.kind, IR_TR);
  ck_assert_int_eq(op.v.tr.reg_kind, IR_X);
  ck_assert_uint_eq(op.v.tr.reg, 1);
  ck_assert_uint_eq(op.v.tr.type, 2);
  op = DECODE(0x07, 0x40, 0x04, 0, 0, 0, 0, 0, 0);           /* old float: 2.5 */
  ck_assert_int_eq(op.kind, IR_LITERAL);
  ck_assert(op.v.term->kind == CT_FLOAT && op.v.term->u.f == 2.5);
}
END_TEST

START_TEST(errors) {
  ck_assert_str_eq(ERROR(0x32), "t: at byte 0: atom index 3 out of range (module has 2 atoms)");
  ck_assert_str_eq(ERROR(0x47, 0x20), "t: at byte 1: literal index 2 out of range (module has 2 literals)");
  ck_assert_str_eq(ERROR(0x57, 0x13, 0x30), "t: at byte 2: type index 3 out of range (module has 3 types)");
  ck_assert_str_eq(ERROR(0x57, 0x12, 0x00), "t: at byte 1: typed register must be an x or y register (tag 2)");
  ck_assert_str_eq(ERROR(0x18, 0x08), "t: at byte 0: operand of 2 bytes runs past the end of the code");
  ck_assert_str_eq(ERROR(0x08), "t: at byte 1: code ends inside an operand");
  ck_assert_str_eq(ERROR(0x1f), "t: at byte 0: bad extended operand byte 0x1f");
  ck_assert_str_eq(ERROR(0x67), "t: at byte 0: unknown extended operand kind 6");
  ck_assert_ptr_nonnull(strstr(ERROR(0x1b, 0x40, 0x00), "out of range")); /* {x,16384} */
  ck_assert_str_eq(ERROR(0x17, 0xf0), "t: at byte 1: list of 15 operands runs past the end of the code");
  ck_assert_str_eq(ERROR(0x37, 0x10, 0x30, 0x00), "t: at byte 1: allocation list has unknown kind 3");
  /* Lists nested 100 deep are refused, not a stack overflow. */
  uint8_t deep[200];
  for (int i = 0; i < 100; i++) { deep[2 * i] = 0x17; deep[2 * i + 1] = 0x10; }
  ck_assert_str_eq(decode_error(deep, sizeof deep), "t: at byte 129: operand lists nested too deeply");
}
END_TEST

START_TEST(truncation_never_crashes) {
  static const uint8_t good[] = {249, 8, 17, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  for (size_t n = 0; n < sizeof good; n++) ck_assert_ptr_nonnull(decode_error(good, n));
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("compact");
  TCase *tc = tcase_create("decode");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, untagged_forms);
  tcase_add_test(tc, negative_integers);
  tcase_add_test(tc, big_integers);
  tcase_add_test(tc, registers_atoms_labels);
  tcase_add_test(tc, extended_forms);
  tcase_add_test(tc, errors);
  tcase_add_test(tc, truncation_never_crashes);
  suite_add_tcase(s, tc);
  return s;
}
