/*
** test_sread.c — .S forms to IR: each rewrite beam_asm applies, the type
** reduction of typed registers, the on_load move, the header forms as
** erlc reads them, and errors.
** The instruction forms are as erlc -S (OTP 25) writes them.
*/
#include <stdio.h>
#include <string.h>

#include "opcodes.h"
#include "sread.h"
#include "unit.h"

static Arena *arena;
static IrModule *mod;
static void setup(void) { arena = arena_new(); }
static void teardown(void) { arena_free(arena); }

/* Wraps instruction forms into a module with f/1 (entry 2) and g/0
** (entry 4), reads it, and returns f's instructions after the entry label. */
static const IrInstr *read_body(const char *attrs, const char *body) {
  static char text[8192];
  snprintf(text, sizeof text,
           "{module, m}.  %%%% version = 0\n{exports, [{f,1}]}.\n{attributes, %s}.\n{labels, 5}.\n"
           "{function, f, 1, 2}.\n  {label,1}.\n    {line,[{location,\"m.erl\",3}]}.\n"
           "    {func_info,{atom,m},{atom,f},1}.\n  {label,2}.\n%s\n"
           "{function, g, 0, 4}.\n  {label,3}.\n    {line,[]}.\n    {func_info,{atom,m},{atom,g},0}.\n"
           "  {label,4}.\n    return.\n",
           attrs, body);
  Diag d = {.file = "m.S"};
  if (setjmp(d.env) != 0) ck_abort_msg("sread failed: %s", d.msg);
  mod = sread_module(arena, &d, text, strlen(text));
  return &mod->functions[0].code[4];
}

static const char *read_error(const char *body) {
  static Diag d;
  static char text[4096];
  snprintf(text, sizeof text,
           "{module, m}.\n{exports, []}.\n{attributes, []}.\n{labels, 3}.\n"
           "{function, f, 1, 2}.\n  {label,1}.\n    {func_info,{atom,m},{atom,f},1}.\n  {label,2}.\n%s\n",
           body);
  d.file = "m.S";
  if (setjmp(d.env) == 0) {
    sread_module(arena, &d, text, strlen(text));
    ck_abort_msg("sread accepted: %s", body);
  }
  return d.msg;
}

/* The error reading the whole text t as module m.S. */
static const char *header_error(const char *t) {
  static Diag d;
  d.file = "m.S";
  if (setjmp(d.env) == 0) {
    sread_module(arena, &d, t, strlen(t));
    ck_abort_msg("sread accepted: %s", t);
  }
  return d.msg;
}

static bool is_import(const IrOperand *op, const char *m, const char *f, uint32_t a) {
  if (op->kind != IR_IMPORT) return false;
  const IrImport *imp = &mod->imports[op->v.u];
  return cterm_is_atom(imp->mod, m) && cterm_is_atom(imp->fun, f) && imp->arity == a;
}

START_TEST(module_header) {
  read_body("[{author,me}]", "    return.");
  ck_assert(cterm_is_atom(mod->name, "m"));
  ck_assert_uint_eq(mod->label_count, 5);
  ck_assert_uint_eq(mod->n_functions, 2);
  ck_assert_uint_eq(mod->functions[1].entry, 4);
  ck_assert_uint_eq(mod->n_exports, 1);
  ck_assert_uint_eq(mod->exports[0].label, 2);
  ck_assert_uint_eq(mod->n_locals, 1);
  ck_assert(cterm_is_atom(mod->locals[0].fun, "g"));
  const IrInstr *in = &mod->functions[0].code[1];
  ck_assert_int_eq(in->op, OP_line);
  ck_assert_str_eq(mod->lines[in->args[0].v.u].file, "m.erl");
  ck_assert_uint_eq(mod->lines[in->args[0].v.u].line, 3);
  ck_assert_uint_eq(mod->functions[1].code[1].args[0].v.u, 0); /* {line,[]} */
}
END_TEST

START_TEST(tests_and_bifs) {
  const IrInstr *in = read_body("[]",
      "    {test,is_eq_exact,{f,1},[{x,0},{atom,a}]}.\n"
      "    {test,bs_start_match3,{f,1},1,[{x,0}],{x,1}}.\n"
      "    {test,has_map_fields,{f,1},{x,0},{list,[{atom,k}]}}.\n"
      "    {bif,self,{f,0},[],{x,0}}.\n"
      "    {bif,raise,{f,0},[{x,2},{x,1}],{x,0}}.\n"
      "    {bif,fadd,{f,0},[{fr,0},{fr,1}],{fr,0}}.\n"
      "    {bif,element,{f,1},[{integer,1},{x,0}],{x,0}}.\n"
      "    {gc_bif,length,{f,0},1,[{x,0}],{x,0}}.\n"
      "    {kill,{y,0}}.\n"
      "    return.");
  ck_assert_int_eq(in[0].op, OP_is_eq_exact);
  ck_assert_int_eq(in[0].args[0].kind, IR_LABEL);
  ck_assert(cterm_is_atom(in[0].args[2].v.term, "a"));
  ck_assert_int_eq(in[1].op, OP_bs_start_match3);    /* Fail Src Live Dst */
  ck_assert_int_eq(in[1].args[1].kind, IR_X);
  ck_assert_int_eq(in[1].args[2].kind, IR_U);
  ck_assert_uint_eq(in[1].args[3].v.reg, 1);
  ck_assert_int_eq(in[2].op, OP_has_map_fields);
  ck_assert_int_eq(in[2].args[2].kind, IR_LIST);
  ck_assert_int_eq(in[3].op, OP_bif0);
  ck_assert(is_import(&in[3].args[0], "erlang", "self", 0));
  ck_assert_int_eq(in[4].op, OP_raise);
  ck_assert_uint_eq(in[4].args[0].v.reg, 2);
  ck_assert_int_eq(in[5].op, OP_fadd);
  ck_assert_int_eq(in[5].args[3].kind, IR_FR);
  ck_assert_int_eq(in[6].op, OP_bif2);
  ck_assert(is_import(&in[6].args[1], "erlang", "element", 2));
  ck_assert_int_eq(in[7].op, OP_gc_bif1);
  ck_assert_uint_eq(in[7].args[1].v.u, 1);
  ck_assert(is_import(&in[7].args[2], "erlang", "length", 1));
  ck_assert_int_eq(in[8].op, OP_init);
}
END_TEST

START_TEST(operands_as_beam_asm_encodes_them) {
  const IrInstr *in = read_body("[]",
      "    {move,{literal,[]},{x,0}}.\n"
      "    {move,{literal,ok},{x,0}}.\n"
      "    {move,{literal,7},{x,0}}.\n"
      "    {move,{float,2.5},{x,0}}.\n"
      "    {move,{integer,340282366920938463463374607431768211456},{x,0}}.\n"
      "    {move,{integer,340282366920938463463374607431768211455},{x,0}}.\n"
      "    {move,{literal,{a,b}},{x,0}}.\n"
      "    {bs_put_integer,{f,0},{integer,16},1,{field_flags,[{anno,[1]},little,signed]},{x,0}}.\n"
      "    {bs_put_string,3,{string,<<\"abc\">>}}.\n"
      "    {test_heap,{alloc,[{words,2},{floats,1},{funs,0}]},1}.\n"
      "    return.");
  ck_assert_int_eq(in[0].args[0].kind, IR_NIL);
  ck_assert_int_eq(in[1].args[0].kind, IR_ATOM);
  ck_assert_int_eq(in[2].args[0].kind, IR_INT);
  ck_assert_int_eq(in[2].args[0].v.i, 7);
  ck_assert_int_eq(in[3].args[0].kind, IR_LITERAL);         /* floats are literals */
  ck_assert_int_eq(in[4].args[0].kind, IR_LITERAL);         /* 2^128 is a literal */
  ck_assert_int_eq(in[5].args[0].kind, IR_BIGINT);          /* 2^128-1 is inline */
  ck_assert_int_eq(in[6].args[0].kind, IR_LITERAL);
  ck_assert_int_eq(in[7].args[3].kind, IR_U);
  ck_assert_uint_eq(in[7].args[3].v.u, 6);                  /* little | signed */
  ck_assert_int_eq(in[8].args[1].kind, IR_STRING);
  ck_assert_uint_eq(in[8].args[1].v.str.len, 3);
  ck_assert_int_eq(memcmp(in[8].args[1].v.str.data, "abc", 3), 0);
  ck_assert_int_eq(in[9].args[0].kind, IR_ALLOC);
  ck_assert_uint_eq(in[9].args[0].v.alloc.words, 2);
  ck_assert_uint_eq(in[9].args[0].v.alloc.floats, 1);
}
END_TEST

START_TEST(funs_become_lambdas) {
  const IrInstr *in = read_body("[]",
      "    {make_fun3,{f,4},0,12345,{x,0},{list,[]}}.\n"
      "    {call_fun2,{f,2},0,{tr,{x,0},{t_fun,0,{f,1},any}}}.\n"
      "    {call_fun2,{atom,safe},1,{x,1}}.\n"
      "    return.");
  ck_assert_int_eq(in[0].op, OP_make_fun3);
  ck_assert_int_eq(in[0].args[0].kind, IR_LAMBDA);
  const IrLambda *l = &mod->lambdas[in[0].args[0].v.u];
  ck_assert(cterm_is_atom(l->fun, "g"));
  ck_assert_uint_eq(l->label, 4);
  ck_assert_uint_eq(l->num_free, 0);
  l = &mod->lambdas[in[1].args[0].v.u];
  ck_assert(cterm_is_atom(l->fun, "f"));
  ck_assert_uint_eq(l->num_free, 1);                        /* total arity 1, called with 0 */
  ck_assert_int_eq(in[2].args[0].kind, IR_ATOM);
}
END_TEST

/* The Type chunk keeps bits and a small integer range (beam_types:encode_ext). */
START_TEST(typed_registers) {
  const IrInstr *in = read_body("[]",
      "    {move,{tr,{x,0},{t_integer,{0,10}}},{x,1}}.\n"
      "    {move,{tr,{x,0},{t_list,any,nil}},{x,1}}.\n"
      "    {move,{tr,{y,0},{t_union,{t_atom,[a,b]},nil,number,none,none}},{x,1}}.\n"
      "    {move,{tr,{x,0},{t_integer,{'-inf',5}}},{x,1}}.\n"
      "    {move,{tr,{x,0},{t_integer,{0,576460752303423488}}},{x,1}}.\n"
      "    {move,{tr,{x,0},{t_bs_matchable,8}},{x,1}}.\n"
      "    {move,{tr,{x,0},[{{2,{t_atom,[r]}},{t_tuple,2,true,#{}}}]},{x,1}}.\n"
      "    return.");
  const IrType *t = &mod->types[in[0].args[0].v.tr.type];
  ck_assert_uint_eq(t->bits, IRT_INTEGER);
  ck_assert(t->has_range && t->min == 0 && t->max == 10);
  ck_assert_uint_eq(mod->types[in[1].args[0].v.tr.type].bits, IRT_CONS | IRT_NIL);
  ck_assert_int_eq(in[2].args[0].v.tr.reg_kind, IR_Y);
  ck_assert_uint_eq(mod->types[in[2].args[0].v.tr.type].bits, IRT_ATOM | IRT_NIL | IRT_FLOAT | IRT_INTEGER);
  ck_assert(!mod->types[in[3].args[0].v.tr.type].has_range); /* infinite end */
  ck_assert(!mod->types[in[4].args[0].v.tr.type].has_range); /* 2^59 is no small */
  ck_assert_uint_eq(mod->types[in[5].args[0].v.tr.type].bits, IRT_BITSTRING | IRT_BS_MATCHSTATE);
  ck_assert_uint_eq(mod->types[in[6].args[0].v.tr.type].bits, IRT_TUPLE);
  ck_assert_uint_eq(mod->types[0].bits, IRT_ANY);
}
END_TEST

START_TEST(on_load_moves_into_code) {
  read_body("[{on_load,[{g,0}]},{author,me}]", "    return.");
  const IrFunction *g = &mod->functions[1];
  ck_assert_int_eq(g->code[3].op, OP_label);
  ck_assert_int_eq(g->code[4].op, OP_on_load);
  ck_assert_int_eq(g->code[5].op, OP_return);
  ck_assert_int_eq(cterm_list_length(mod->attributes), 1);
}
END_TEST

START_TEST(errors) {
  ck_assert_str_eq(read_error("    {mvoe,{x,0},{x,1}}."), "m.S: line 9: unknown instruction mvoe/2");
  ck_assert_str_eq(read_error("    {bs_match,{f,0},{x,0},{commands,[]}}."),
                   "m.S: line 9: instruction bs_match/3 was introduced in OTP 26; beamc supports the OTP 25 instruction set");
  ck_assert_str_eq(read_error("    {move,{q,0},{x,1}}."), "m.S: line 9: unknown operand");
  ck_assert_str_eq(read_error("    {make_fun3,{f,9},0,0,{x,0},{list,[]}}."),
                   "m.S: line 9: fun refers to a label that is no function's entry");
  ck_assert_str_eq(read_error("    {move,{tr,{x,0},{t_bogus}},{x,1}}."), "m.S: line 9: unknown type in typed register");
  ck_assert_str_eq(header_error("{module, m}.\n{labels, 1}.\n"), "m.S: missing {exports,...} form");
  ck_assert_str_eq(header_error("{module, m}.\n{exports, []}.\n{vsn, 1}.\n"),
                   "m.S: line 3: expected {module,...}, {exports,...}, {attributes,...}, "
                   "{labels,...} or {function,...}");
  ck_assert_str_eq(header_error("{module, \"m\"}.\n{exports, []}.\n"),
                   "m.S: line 1: module name must be an atom");
  ck_assert_str_eq(header_error("{module, m}.\n{exports, [{f,0}|x]}.\n"),
                   "m.S: line 2: exports must be a list");
  ck_assert_str_eq(header_error("{module, m}.\n{exports, []}.\n{attributes, x}.\n"),
                   "m.S: line 3: attributes must be a list");
}
END_TEST

/* The header forms as erlc reads them (compile:collect_asm): any order,
** repeated (the last wins), attributes, labels and even the module name
** optional; the label count comes from the code; exports that name no
** function, or twice the same, are left out. */
START_TEST(header_forms_as_erlc_reads_them) {
  static const char body[] =
      "{function, f, 0, 2}.\n  {label,1}.\n    {func_info,{atom,m},{atom,f},0}.\n"
      "  {label,2}.\n    return.\n";
  static char text[4096];
  Diag d = {.file = "m.S"};
  if (setjmp(d.env) != 0) ck_abort_msg("sread failed: %s", d.msg);
  snprintf(text, sizeof text, "{labels, 1}.\n{exports, []}.\n{module, x}.\n{module, m}.\n"
           "{exports, [g, {f,0}, {f,0}, {f,x}, {h,1}, {f,0,0}]}.\n%s", body);
  mod = sread_module(arena, &d, text, strlen(text));
  ck_assert(cterm_is_atom(mod->name, "m"));
  ck_assert_int_eq(cterm_list_length(mod->attributes), 0);
  ck_assert_uint_eq(mod->label_count, 3);
  ck_assert_uint_eq(mod->n_exports, 1);
  ck_assert(cterm_is_atom(mod->exports[0].fun, "f"));
  ck_assert_uint_eq(mod->n_locals, 0);
  snprintf(text, sizeof text, "{exports, [{f,0}]}.\n{labels, 9}.\n{attributes, [x]}.\n%s", body);
  mod = sread_module(arena, &d, text, strlen(text));
  ck_assert(cterm_is_atom(mod->name, "undefined"));
  ck_assert_int_eq(cterm_list_length(mod->attributes), 1);
  ck_assert_uint_eq(mod->label_count, 9); /* a larger count stays */
  snprintf(text, sizeof text, "{module, m}.\n{exports, []}.\n{labels, foo}.\n%s", body);
  mod = sread_module(arena, &d, text, strlen(text));
  ck_assert_uint_eq(mod->label_count, 3);
  ck_assert_uint_eq(mod->n_locals, 1);
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("sread");
  TCase *tc = tcase_create("rewrites");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, module_header);
  tcase_add_test(tc, tests_and_bifs);
  tcase_add_test(tc, operands_as_beam_asm_encodes_them);
  tcase_add_test(tc, funs_become_lambdas);
  tcase_add_test(tc, typed_registers);
  tcase_add_test(tc, on_load_moves_into_code);
  tcase_add_test(tc, errors);
  tcase_add_test(tc, header_forms_as_erlc_reads_them);
  suite_add_tcase(s, tc);
  return s;
}
