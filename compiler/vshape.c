/*
** vshape.c — the validator's first pass (prefix vshape_): every
** instruction of a function, reachable or not, has operands of the kinds
** its role table names, registers within the BEAM's limits, labels that
** exist inside the function, calls of the right arity and lists of the
** right shape, so that the emitter can translate it into C that
** compiles.  See validate.c for the whole.
*/
#include <stdio.h>
#include <string.h>

#include "opcodes.h"
#include "validate_int.h"

/* ---- the first pass: operand kinds and labels --------------------------- */

/*
** Operand roles, one letter per operand of each opcode:
**   u untagged integer   s source (register or literal)   r register source
**   d destination        y Y register     F float register
**   a atom               l label (0: none)   c call target (a function entry)
**   e import   L lambda   T lambda or atom (call_fun2)   S string   n line
**   j list (checked by the instruction)   h heap need   * checked later
** NULL: an opcode OTP 25's validator does not accept.
*/
static const char *const roles[IR_MAX_OPCODE + 1] = {
  [OP_label] = "u", [OP_func_info] = "aau", [OP_call] = "uc", [OP_call_last] = "ucu",
  [OP_call_only] = "uc", [OP_call_ext] = "ue", [OP_call_ext_last] = "ueu",
  [OP_bif0] = "ed", [OP_bif1] = "lesd", [OP_bif2] = "lessd", [OP_allocate] = "uu",
  [OP_allocate_heap] = "uhu", [OP_allocate_zero] = "uu", [OP_allocate_heap_zero] = "uhu",
  [OP_test_heap] = "hu", [OP_init] = "y", [OP_deallocate] = "u", [OP_return] = "",
  [OP_send] = "", [OP_remove_message] = "", [OP_timeout] = "", [OP_loop_rec] = "ld",
  [OP_loop_rec_end] = "l", [OP_wait] = "l", [OP_wait_timeout] = "ls",
  [OP_is_lt] = "lss", [OP_is_ge] = "lss", [OP_is_eq] = "lss", [OP_is_ne] = "lss",
  [OP_is_eq_exact] = "lss", [OP_is_ne_exact] = "lss", [OP_is_integer] = "ls",
  [OP_is_float] = "ls", [OP_is_number] = "ls", [OP_is_atom] = "ls", [OP_is_pid] = "ls",
  [OP_is_reference] = "ls", [OP_is_port] = "ls", [OP_is_nil] = "ls", [OP_is_binary] = "ls",
  [OP_is_list] = "ls", [OP_is_nonempty_list] = "ls", [OP_is_tuple] = "ls",
  [OP_test_arity] = "lsu", [OP_select_val] = "slj", [OP_select_tuple_arity] = "slj",
  [OP_jump] = "l", [OP_catch] = "yl", [OP_catch_end] = "y", [OP_move] = "sd",
  [OP_get_list] = "rdd", [OP_get_tuple_element] = "rud", [OP_set_tuple_element] = "sru",
  [OP_put_list] = "ssd", [OP_badmatch] = "s", [OP_if_end] = "", [OP_case_end] = "s",
  [OP_call_fun] = "u", [OP_is_function] = "ls", [OP_call_ext_only] = "ue",
  [OP_bs_put_integer] = "lsuus", [OP_bs_put_binary] = "lsuus", [OP_bs_put_float] = "lsuus",
  [OP_bs_put_string] = "uS", [OP_fmove] = "**", [OP_fconv] = "sF", [OP_fadd] = "lFFF",
  [OP_fsub] = "lFFF", [OP_fmul] = "lFFF", [OP_fdiv] = "lFFF", [OP_fnegate] = "lFF",
  [OP_make_fun2] = "L", [OP_try] = "yl", [OP_try_end] = "y", [OP_try_case] = "y",
  [OP_try_case_end] = "s", [OP_raise] = "ss", [OP_bs_init2] = "lsuuud",
  [OP_bs_add] = "lssud", [OP_apply] = "u", [OP_apply_last] = "uu", [OP_is_boolean] = "ls",
  [OP_is_function2] = "lss", [OP_bs_get_integer2] = "lrusuud",
  [OP_bs_get_float2] = "lrusuud", [OP_bs_get_binary2] = "lrusuud",
  [OP_bs_skip_bits2] = "lrsuu", [OP_bs_test_tail2] = "lru", [OP_gc_bif1] = "luesd",
  [OP_gc_bif2] = "luessd", [OP_is_bitstr] = "ls", [OP_bs_test_unit] = "lru",
  [OP_bs_match_string] = "lruS", [OP_bs_init_writable] = "", [OP_bs_append] = "lsuuusud",
  [OP_bs_private_append] = "lsusud", [OP_trim] = "uu", [OP_bs_init_bits] = "lsuuud",
  [OP_bs_get_utf8] = "lruud", [OP_bs_skip_utf8] = "lruu", [OP_bs_get_utf16] = "lruud",
  [OP_bs_skip_utf16] = "lruu", [OP_bs_get_utf32] = "lruud", [OP_bs_skip_utf32] = "lruu",
  [OP_bs_utf8_size] = "lsd", [OP_bs_put_utf8] = "lus", [OP_bs_utf16_size] = "lsd",
  [OP_bs_put_utf16] = "lus", [OP_bs_put_utf32] = "lus", [OP_on_load] = "",
  [OP_gc_bif3] = "luesssd", [OP_line] = "n", [OP_put_map_assoc] = "lsduj",
  [OP_put_map_exact] = "lsduj", [OP_is_map] = "ls", [OP_has_map_fields] = "lsj",
  [OP_get_map_elements] = "lrj", [OP_is_tagged_tuple] = "lsua", [OP_build_stacktrace] = "",
  [OP_raw_raise] = "", [OP_get_hd] = "rd", [OP_get_tl] = "rd", [OP_put_tuple2] = "dj",
  [OP_bs_get_tail] = "rdu", [OP_bs_start_match3] = "lsud", [OP_bs_get_position] = "rdu",
  [OP_bs_set_position] = "rr", [OP_swap] = "rr", [OP_bs_start_match4] = "*usd",
  [OP_make_fun3] = "Ldj", [OP_init_yregs] = "j", [OP_recv_marker_bind] = "rr",
  [OP_recv_marker_clear] = "r", [OP_recv_marker_reserve] = "d", [OP_recv_marker_use] = "r",
  [OP_bs_create_bin] = "lhuudj", [OP_call_fun2] = "Tus", [OP_nif_start] = "",
  [OP_badrecord] = "s",
};


static void check_limits(Val *v, const IrOperand *o) {
  IrOpKind k = o->kind == IR_TR ? o->v.tr.reg_kind : o->kind;
  uint32_t r = o->kind == IR_TR ? o->v.tr.reg : o->v.reg;
  char b[16];
  if ((k == IR_X && r >= MAX_X) || (k == IR_Y && r >= MAX_Y) || (k == IR_FR && r >= MAX_FR))
    vstate_fail(v, "register %s is beyond the limit of the BEAM (%s)", vstate_reg_name(o, b),
          k == IR_Y ? "y1023" : "x1022, fr1022");
  if (o->kind == IR_TR && o->v.tr.reg_kind != IR_X && o->v.tr.reg_kind != IR_Y)
    vstate_fail(v, "a typed register must be an x or y register");
}

/* A label operand: in range, defined, and in this function; 0 only when
   `none_ok`. */
static void check_label(Val *v, const IrOperand *o, int i, bool none_ok) {
  if (o->kind != IR_LABEL) vstate_fail(v, "operand %d must be a label", i + 1);
  uint64_t l = o->v.u;
  if (l == 0) {
    if (!none_ok) vstate_fail(v, "operand %d must be a label, not {f,0}", i + 1);
    return;
  }
  if (l >= v->m->label_count)
    vstate_fail(v, "label %llu is out of range (the module has %u labels)", (unsigned long long)l,
          v->m->label_count);
  if (v->lab_fn[l] < 0) vstate_fail(v, "label %llu is not defined", (unsigned long long)l);
  if ((uint32_t)v->lab_fn[l] != v->fn)
    vstate_fail(v, "label %llu belongs to another function", (unsigned long long)l);
}

/* Fail labels that may be {f,0} (the instruction raises instead). */
static bool fail_may_be_none(int op) {
  switch (op) {
  case OP_bif1: case OP_bif2: case OP_gc_bif1: case OP_gc_bif2: case OP_gc_bif3:
  case OP_put_map_assoc: case OP_put_map_exact: case OP_fadd: case OP_fsub:
  case OP_fmul: case OP_fdiv: case OP_fnegate: case OP_bs_put_integer:
  case OP_bs_put_binary: case OP_bs_put_float: case OP_bs_init2: case OP_bs_add:
  case OP_bs_append: case OP_bs_private_append: case OP_bs_init_bits:
  case OP_bs_utf8_size: case OP_bs_put_utf8: case OP_bs_utf16_size: case OP_bs_put_utf16:
  case OP_bs_put_utf32: case OP_bs_create_bin:
    return true;
  default:
    return false;
  }
}

static void check_call_target(Val *v, const IrOperand *o, uint64_t arity) {
  if (o->kind != IR_LABEL) vstate_fail(v, "the call target must be a label");
  uint64_t l = o->v.u;
  if (l == 0 || l >= v->m->label_count || v->lab_fn[l] < 0)
    vstate_fail(v, "the call target, label %llu, is not defined", (unsigned long long)l);
  const IrFunction *g = &v->m->functions[v->lab_fn[l]];
  if (g->entry != l) vstate_fail(v, "the call target, label %llu, is not a function's entry", (unsigned long long)l);
  if (g->arity != arity)
    vstate_fail(v, "calls %.*s/%u with %llu arguments", (int)g->name->u.atom.len, g->name->u.atom.name,
          (unsigned)g->arity, (unsigned long long)arity);
}

static void check_heap(Val *v, const IrOperand *o) {
  if (o->kind == IR_U) {
    if (o->v.u > MAX_HEAP) vstate_fail(v, "heap need of %llu words is beyond %llu", (unsigned long long)o->v.u, (unsigned long long)MAX_HEAP);
  } else if (o->kind == IR_ALLOC) {
    if (o->v.alloc.words > MAX_HEAP || o->v.alloc.floats > MAX_HEAP || o->v.alloc.funs > MAX_HEAP)
      vstate_fail(v, "heap need is beyond %llu", (unsigned long long)MAX_HEAP);
  } else {
    vstate_fail(v, "the heap need must be a number or an allocation list");
  }
}

/* One operand against its role. */
static void check_operand(Val *v, const IrInstr *in, int i, char role) {
  const IrOperand *o = &in->args[i];
  bool ok = true;
  switch (role) {
  case 'u': ok = o->kind == IR_U; break;
  case 's': ok = vstate_is_reg(o) || vstate_is_literal(o); break;
  case 'r': ok = vstate_is_reg(o); break;
  case 'd': ok = vstate_is_reg(o); break;
  case 'y': ok = o->kind == IR_Y; break;
  case 'F': ok = o->kind == IR_FR; break;
  case 'a': ok = o->kind == IR_ATOM; break;
  case 'l': check_label(v, o, i, fail_may_be_none(in->op)); break;
  case 'c': check_call_target(v, o, in->args[0].v.u); break;
  case 'e': ok = o->kind == IR_IMPORT; break;
  case 'L': ok = o->kind == IR_LAMBDA; break;
  case 'T': ok = o->kind == IR_LAMBDA || o->kind == IR_ATOM; break;
  case 'S': ok = o->kind == IR_STRING; break;
  case 'n': ok = o->kind == IR_LINE; break;
  case 'j': ok = o->kind == IR_LIST; break;
  case 'h': check_heap(v, o); break;
  default: break;
  }
  if (!ok) {
    static const char *const what[128] = {
      ['u'] = "an untagged integer", ['s'] = "a register or a literal", ['r'] = "a register",
      ['d'] = "a register (x or y)", ['y'] = "a y register", ['F'] = "a float register",
      ['a'] = "an atom", ['e'] = "an imported function", ['L'] = "a fun",
      ['T'] = "a fun or an atom", ['S'] = "a string", ['n'] = "a line", ['j'] = "a list",
    };
    vstate_fail(v, "operand %d must be %s", i + 1, what[(unsigned char)role]);
  }
  check_limits(v, o);
}

/* The import of a BIF instruction, with its arity checked. */
static const IrImport *bif_import(Val *v, const IrOperand *o, unsigned arity) {
  const IrImport *im = &v->m->imports[o->v.u];
  if (im->arity != arity)
    vstate_fail(v, "the BIF %.*s/%u is called with %u arguments", (int)im->fun->u.atom.len,
          im->fun->u.atom.name, (unsigned)im->arity, arity);
  return im;
}


/* Lists of values and labels (select_val, select_tuple_arity). */
static void check_choices(Val *v, const IrInstr *in) {
  const IrOperand *l = &in->args[2];
  if (l->v.list.n % 2) vstate_fail(v, "the list of choices has an odd length");
  int kind = -1;
  for (uint32_t i = 0; i < l->v.list.n; i += 2) {
    const IrOperand *c = &l->v.list.elems[i];
    check_label(v, &l->v.list.elems[i + 1], 2, false);
    int k;
    if (in->op == OP_select_tuple_arity) {
      if (c->kind != IR_U || c->v.u > MAX_INDEX) vstate_fail(v, "a tuple arity must be an untagged integer");
      k = 0;
    } else if (c->kind == IR_ATOM) {
      k = 1;
    } else if (c->kind == IR_INT || c->kind == IR_BIGINT ||
               (c->kind == IR_LITERAL && (c->v.term->kind == CT_INT || c->v.term->kind == CT_BIG))) {
      k = 2;
    } else if (c->kind == IR_LITERAL && c->v.term->kind == CT_FLOAT) {
      k = 3;
    } else {
      vstate_fail(v, "select_val values must be atoms, integers or floats");
    }
    if (kind >= 0 && k != kind) vstate_fail(v, "select_val values must all be of one kind");
    kind = k;
    for (uint32_t j = 0; j < i; j += 2) {
      const IrOperand *p = &l->v.list.elems[j];
      bool same = in->op == OP_select_tuple_arity
                      ? p->v.u == c->v.u
                      : (p->kind == IR_INT && c->kind == IR_INT) ? p->v.i == c->v.i
                      : (p->kind == IR_INT || c->kind == IR_INT) ? false
                                                                 : cterm_equal(p->v.term, c->v.term);
      if (same) vstate_fail(v, "the value in choice %u is listed twice", i / 2 + 1);
    }
  }
}

static void check_list_elems(Val *v, const IrOperand *l, char role, uint32_t step, char role2) {
  for (uint32_t i = 0; i < l->v.list.n; i++) {
    const IrOperand *o = &l->v.list.elems[i];
    char r = (step == 2 && i % 2) ? role2 : role;
    bool ok = r == 's' ? vstate_is_reg(o) || vstate_is_literal(o) : r == 'd' ? vstate_is_reg(o)
            : r == 'y' ? o->kind == IR_Y : true;
    if (!ok) vstate_fail(v, "list element %u must be %s", i + 1,
                   r == 'y' ? "a y register" : r == 'd' ? "a register" : "a register or a literal");
    check_limits(v, o);
  }
}

/* A bs_create_bin segment (type, segment, unit, flags, value, size): a
   type atom, a unit of 1..256 (0 only for utf8/16/32), a string's value
   from the string table. */
static void check_segment(Val *v, const IrOperand *seg) {
  if (seg[0].kind != IR_ATOM) vstate_fail(v, "a segment's type must be an atom");
  bool utf = cterm_is_atom(seg[0].v.term, "utf8") || cterm_is_atom(seg[0].v.term, "utf16") ||
             cterm_is_atom(seg[0].v.term, "utf32");
  uint64_t unit = seg[2].kind == IR_U ? seg[2].v.u : seg[2].kind == IR_INT ? (uint64_t)seg[2].v.i : 999;
  if (unit > 256 || (unit == 0 && !utf)) vstate_fail(v, "a segment's unit must be 1..256");
  if (cterm_is_atom(seg[0].v.term, "string") && seg[4].kind != IR_STRING)
    vstate_fail(v, "a string segment's value must be a string");
}

/* The list operand of an instruction: its shape. */
static void check_lists(Val *v, const IrInstr *in) {
  const IrOperand *a = in->args;
  switch (in->op) {
  case OP_select_val: case OP_select_tuple_arity: check_choices(v, in); break;
  case OP_put_map_assoc: case OP_put_map_exact:
    if (a[4].v.list.n % 2) vstate_fail(v, "the key-value list has an odd length");
    check_list_elems(v, &a[4], 's', 1, 's');
    break;
  case OP_has_map_fields:
    if (a[2].v.list.n == 0) vstate_fail(v, "the list of keys is empty");
    check_list_elems(v, &a[2], 's', 1, 's');
    break;
  case OP_get_map_elements:
    if (a[2].v.list.n == 0 || a[2].v.list.n % 2) vstate_fail(v, "the key-destination list is empty or odd");
    check_list_elems(v, &a[2], 's', 2, 'd');
    break;
  case OP_put_tuple2:
    if (a[1].v.list.n > MAX_INDEX) vstate_fail(v, "a tuple of %u elements is too large", a[1].v.list.n);
    check_list_elems(v, &a[1], 's', 1, 's');
    break;
  case OP_make_fun3: check_list_elems(v, &a[2], 's', 1, 's'); break;
  case OP_init_yregs:
    if (a[0].v.list.n == 0) vstate_fail(v, "the list of registers is empty");
    check_list_elems(v, &a[0], 'y', 1, 'y');
    for (uint32_t i = 1; i < a[0].v.list.n; i++)
      if (a[0].v.list.elems[i].v.reg <= a[0].v.list.elems[i - 1].v.reg)
        vstate_fail(v, "the registers must be listed in increasing order, once each");
    break;
  case OP_bs_create_bin:
    if (a[5].v.list.n % 6) vstate_fail(v, "the segment list's length is not a multiple of 6");
    for (uint32_t i = 0; i < a[5].v.list.n; i++) {
      const IrOperand *o = &a[5].v.list.elems[i];
      if (o->kind == IR_LIST || o->kind == IR_ALLOC || o->kind == IR_LABEL || o->kind == IR_FR)
        vstate_fail(v, "segment operand %u is not a term or an integer", i + 1);
      if (i % 6 == 0) check_segment(v, o);
      check_limits(v, o);
    }
    break;
  default: break;
  }
}

/* The arities the instruction's imports and funs must have. */
static void check_arities(Val *v, const IrInstr *in) {
  const IrOperand *a = in->args;
  switch (in->op) {
  case OP_call_ext: case OP_call_ext_last: case OP_call_ext_only: {
    const IrImport *im = &v->m->imports[a[1].v.u];
    if (im->arity != a[0].v.u)
      vstate_fail(v, "calls %.*s:%.*s/%u with %llu arguments", (int)im->mod->u.atom.len,
            im->mod->u.atom.name, (int)im->fun->u.atom.len, im->fun->u.atom.name,
            (unsigned)im->arity, (unsigned long long)a[0].v.u);
    break;
  }
  case OP_bif0: bif_import(v, &a[0], 0); break;
  case OP_bif1: bif_import(v, &a[1], 1); break;
  case OP_bif2: bif_import(v, &a[1], 2); break;
  case OP_gc_bif1: bif_import(v, &a[2], 1); break;
  case OP_gc_bif2: bif_import(v, &a[2], 2); break;
  case OP_gc_bif3: bif_import(v, &a[2], 3); break;
  case OP_make_fun3:
    if (vstate_lambda(v, &a[0])->num_free != a[2].v.list.n)
      vstate_fail(v, "the fun has %u free variables but the instruction gives %u",
            (unsigned)vstate_lambda(v, &a[0])->num_free, a[2].v.list.n);
    break;
  case OP_call_fun2:
    if (a[0].kind == IR_LAMBDA) {
      const IrLambda *l = vstate_lambda(v, &a[0]);
      if (a[1].v.u + l->num_free != l->arity)
        vstate_fail(v, "calls a fun of arity %u with %llu arguments", (unsigned)(l->arity - l->num_free),
              (unsigned long long)a[1].v.u);
    } else if (!cterm_is_atom(a[0].v.term, "safe") && !cterm_is_atom(a[0].v.term, "unsafe")) {
      vstate_fail(v, "the tag of call_fun2 must be safe, unsafe or a fun");
    }
    /* fall through */
  case OP_call_fun: case OP_apply: case OP_apply_last:
    if (a[in->op == OP_call_fun2].v.u > MAX_ARITY)
      vstate_fail(v, "%llu arguments (at most %d)", (unsigned long long)a[in->op == OP_call_fun2].v.u, MAX_ARITY);
    break;
  case OP_get_tuple_element: case OP_test_arity: case OP_is_tagged_tuple:
    if (a[in->op == OP_get_tuple_element ? 1 : 2].v.u >= MAX_INDEX) vstate_fail(v, "tuple index out of range");
    break;
  case OP_set_tuple_element:
    if (a[2].v.u >= MAX_INDEX) vstate_fail(v, "tuple index out of range");
    break;
  default: break;
  }
}

/* The first pass over one instruction. */
void vshape_check(Val *v, const IrInstr *in) {
  const char *r = roles[in->op];
  if (r == NULL)
    vstate_fail(v, "%s is not an instruction of OTP 25's compiler (its validator rejects it)",
          opcode_table[in->op].name);
  if ((int)strlen(r) != in->n) vstate_fail(v, "wrong number of operands");
  for (int i = 0; i < in->n; i++) check_operand(v, in, i, r[i]);
  check_lists(v, in);
  check_arities(v, in);
  if (in->op == OP_fmove || in->op == OP_bs_start_match4) {
    const IrOperand *a = in->args;
    if (in->op == OP_fmove && !((a[0].kind == IR_FR && vstate_is_reg(&a[1])) ||
                                (a[1].kind == IR_FR && (vstate_is_reg(&a[0]) || vstate_is_literal(&a[0])))))
      vstate_fail(v, "fmove moves between a float register and a term");
    if (in->op == OP_bs_start_match4 && a[0].kind != IR_LABEL &&
        !(a[0].kind == IR_ATOM && (cterm_is_atom(a[0].v.term, "no_fail") ||
                                   cterm_is_atom(a[0].v.term, "resume"))))
      vstate_fail(v, "the fail operand must be a label, no_fail or resume");
    if (in->op == OP_bs_start_match4 && a[0].kind == IR_LABEL) check_label(v, &a[0], 0, false);
    check_limits(v, &a[0]);
    check_limits(v, &a[1]);
  }
}

