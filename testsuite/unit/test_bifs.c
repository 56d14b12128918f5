/*
** test_bifs.c — the BIFs of bif_*.c against erl (OTP 25): arithmetic and
** bignums, comparisons and type tests, tuples, lists, text conversions
** and float_to_list's options, time units (bif_cases.h: each row is the
** outcome of apply(M, F, Args) on erl), the process dictionary's order
** (sequences replayed from erl), the integer limits, the clocks and
** statistics/1, the generated BIF table, and the calendar BIFs' dates
** against the C library's.
**
** BIFs are called through the generated wrappers of bifs_rt_gen.c, in a
** process made by gc_init.  Arguments and expected values are parsed
** into an arena outside the process (the collector sees them as
** literals), so they stay put whatever the BIFs allocate.
**
** Links with: runtime/{bif,bif_arith,bif_misc,bif_tuple,bif_list,
** bif_conv,bif_dict,bif_time,integer,bignum,atom,compare,print,gc}.c and the
** generated atoms_gen.c and bifs_rt_gen.c.  The BIFs other files
** implement have weak stubs here; beam_raise_bif is this file's.
*/
#define _POSIX_C_SOURCE 200809L /* setenv: the calendar test's time zone */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "term_build.h"
#include "gc.h"
#include "integer.h"
#include "print.h"
#include "unit.h"

#include "bif_cases.h"

/* ---------------------------------------------------------------------- */
/* Stubs: the runtime functions this test does not link                    */
/* ---------------------------------------------------------------------- */

/* What the last failing wrapper raised. */
static struct {
  unsigned bif, calls;
  BeamTerm cls, reason;
} raised;

/* Linked with -Wl,--wrap=beam_gc: the wrappers collect when a BIF made a
   heap fragment, but this test keeps terms in C variables, which are not
   roots; the collector is tested by test_gc. */
void __wrap_beam_gc(BeamProc *p, size_t need, unsigned live);
void __wrap_beam_gc(BeamProc *p, size_t need, unsigned live) {
  (void)p, (void)need, (void)live;
}

/* Linked with -Wl,--wrap=beam_raise_bif: the wrappers' raises land here. */
BeamTerm __wrap_beam_raise_bif(BeamProc *p, unsigned bif, const BeamMfa *caller,
                               BeamLoc loc);
BeamTerm __wrap_beam_raise_bif(BeamProc *p, unsigned bif, const BeamMfa *caller,
                               BeamLoc loc) {
  (void)caller, (void)loc;
  raised.bif = bif;
  raised.cls = p->bif_class;
  raised.reason = p->bif_reason;
  raised.calls++;
  return BEAM_NONV;
}

BEAM_WEAK int beam_is_boolean(BeamTerm t) { return t == ATOM_TRUE || t == ATOM_FALSE; }
BEAM_WEAK int beam_is_binary(BeamTerm t) {
  return BEAM_HAS_SUB(t, BEAM_SUB_BIN) || BEAM_HAS_SUB(t, BEAM_SUB_REFBIN) ||
         (BEAM_HAS_SUB(t, BEAM_SUB_SUBBIN) && (BEAM_PTR(t)[3] & 7) == 0);
}

#define STUB(name, ...)                                                     \
  BEAM_WEAK BeamTerm beam_bif_##name(BeamProc *p, ##__VA_ARGS__) {          \
    p->bif_class = ATOM_ERROR;                                              \
    p->bif_reason = ATOM_UNDEF;                                             \
    return BEAM_NONV;                                                       \
  }
#define T BeamTerm __attribute__((unused))
STUB(erlang_is_function_2, T a, T b)
STUB(erlang_display_1, T a)
STUB(erlang_halt_0)
STUB(erlang_halt_1, T a)
STUB(erlang_halt_2, T a, T b)
STUB(erlang_error_1, T a)
STUB(erlang_error_2, T a, T b)
STUB(erlang_error_3, T a, T b, T c)
STUB(erlang_throw_1, T a)
STUB(erlang_exit_1, T a)
STUB(erlang_raise_3, T a, T b, T c)
STUB(erlang_fun_info_1, T a)
STUB(erlang_fun_info_2, T a, T b)
STUB(erlang_self_0)
STUB(erlang_node_0)
STUB(erlang_get_module_info_1, T a)
STUB(erlang_get_module_info_2, T a, T b)
STUB(erlang_function_exported_3, T a, T b, T c)
#undef T

/* ---------------------------------------------------------------------- */
/* Fixtures                                                                */
/* ---------------------------------------------------------------------- */

static Proc *proc;
static BeamProc *bp;

/* Literal memory: outside every area of the process. */
static BeamTerm *arena;
static size_t arena_used;
#define ARENA_WORDS ((size_t)1 << 20)

static void setup(void) {
  atom_init();
  proc = calloc(1, sizeof *proc);
  ck_assert_ptr_nonnull(proc);
  bp = &proc->pub;
  bp->x = calloc(BEAM_MAX_X, sizeof *bp->x); /* a scheduler's registers */
  ck_assert_ptr_nonnull(bp->x);
  gc_init(proc, 0);
  proc->dict = proc->exc_reason = proc->exc_trace = proc->result = BEAM_NIL;
  proc->exc_class = proc->exc_site.args = BEAM_NONV;
  proc->pid = BEAM_NIL;
  arena = calloc(ARENA_WORDS, sizeof *arena);
  ck_assert_ptr_nonnull(arena);
  arena_used = 0;
  memset(&raised, 0, sizeof raised);
}

static void teardown(void) {
  gc_free(proc);
  free(bp->x);
  free(proc);
  free(arena);
  atom_shutdown();
}

static BeamTerm *lit(size_t n) {
  ck_assert_uint_le(arena_used + n, ARENA_WORDS);
  BeamTerm *r = arena + arena_used;
  arena_used += n;
  return r;
}

/* ---------------------------------------------------------------------- */
/* Terms as text: a parser for erl's ~w output, and printing               */
/* ---------------------------------------------------------------------- */

static const char *src;

static void skip_blanks(void) {
  while (*src == ' ' || *src == '\n') src++;
}

static int expect_char(char c) {
  skip_blanks();
  if (*src != c) ck_abort_msg("parse: expected '%c' at \"%.20s\"", c, src);
  src++;
  return 1;
}

/* One character of a quoted atom or string, escapes decoded. */
static uint32_t quoted_char(void) {
  uint32_t c = (unsigned char)*src++;
  if (c != '\\') return c;
  c = (unsigned char)*src++;
  switch (c) {
  case 'n': return '\n';
  case 't': return '\t';
  case 'r': return '\r';
  case 's': return ' ';
  case 'e': return 27;
  case 'f': return '\f';
  case 'b': return '\b';
  case 'v': return '\v';
  case 'd': return 127;
  case 'x':
    if (*src == '{') {
      uint32_t v = (uint32_t)strtoul(src + 1, (char **)&src, 16);
      src++;
      return v;
    } else {
      char hex[3] = {src[0], src[1], 0};
      src += 2;
      return (uint32_t)strtoul(hex, NULL, 16);
    }
  default:
    if (c >= '0' && c <= '7') {
      uint32_t v = c - '0';
      for (int i = 0; i < 2 && *src >= '0' && *src <= '7'; i++) v = v * 8 + (uint32_t)(*src++ - '0');
      return v;
    }
    return c;
  }
}

static size_t put_utf8(char *out, uint32_t c) {
  if (c < 0x80) return out[0] = (char)c, 1;
  if (c < 0x800) return out[0] = (char)(0xC0 | c >> 6), out[1] = (char)(0x80 | (c & 63)), 2;
  if (c < 0x10000)
    return out[0] = (char)(0xE0 | c >> 12), out[1] = (char)(0x80 | (c >> 6 & 63)),
           out[2] = (char)(0x80 | (c & 63)), 3;
  return out[0] = (char)(0xF0 | c >> 18), out[1] = (char)(0x80 | (c >> 12 & 63)),
         out[2] = (char)(0x80 | (c >> 6 & 63)), out[3] = (char)(0x80 | (c & 63)), 4;
}

static BeamTerm lit_cons(BeamTerm h, BeamTerm t) {
  BeamTerm *c = lit(2);
  c[0] = h;
  c[1] = t;
  return BEAM_MAKE_LIST(c);
}

static BeamTerm parse_term(void);

static BeamTerm parse_number(void) {
  const char *start = src;
  if (*src == '-') src++;
  while (*src >= '0' && *src <= '9') src++;
  if (*src == '.' && src[1] >= '0' && src[1] <= '9') {
    double d = strtod(start, (char **)&src);
    BeamTerm *hp = lit(1 + BEAM_FLOAT_WORDS);
    hp[0] = BEAM_HEADER(BEAM_FLOAT_WORDS, BEAM_SUB_FLOAT);
    memcpy(hp + 1, &d, sizeof d);
    return BEAM_MAKE_BOXED(hp);
  }
  size_t len = (size_t)(src - start), cap = bn_from_text_size(len, 10), n;
  int sign;
  BeamTerm *hp = lit(cap + 1);
  ck_assert_int_eq(bn_from_text((BnDigit *)(hp + 1), &n, &sign, start, len, 10), BN_OK);
  if (n == 0) return BEAM_SMALL(0);
  if (n == 1 && hp[1] <= (BeamTerm)BEAM_SMALL_MAX)
    return BEAM_SMALL(sign ? -(BeamSint)hp[1] : (BeamSint)hp[1]);
  if (n == 1 && sign && hp[1] == (BeamTerm)BEAM_SMALL_MAX + 1) return BEAM_SMALL(BEAM_SMALL_MIN);
  hp[0] = BEAM_HEADER(n, sign ? BEAM_SUB_NEGBIG : BEAM_SUB_POSBIG);
  return BEAM_MAKE_BOXED(hp);
}

/* [a, b | t], {a, b}, "..", <<1,2>>, #{}, atoms, numbers. */
static BeamTerm parse_term(void) {
  skip_blanks();
  char c = *src;
  if (c == '[' || c == '{') {
    char close = c == '[' ? ']' : '}';
    BeamTerm items[4096], tail = BEAM_NIL;
    size_t n = 0;
    src++;
    skip_blanks();
    if (*src != close) {
      for (;;) {
        ck_assert_uint_lt(n, 4096);
        items[n++] = parse_term();
        skip_blanks();
        if (*src == ',') { src++; continue; }
        if (*src == '|' && c == '[') { src++; tail = parse_term(); skip_blanks(); }
        break;
      }
    }
    expect_char(close);
    if (c == '[') {
      while (n > 0) tail = lit_cons(items[--n], tail);
      return tail;
    }
    BeamTerm *hp = lit(n + 1);
    hp[0] = BEAM_HEADER(n, BEAM_SUB_TUPLE);
    memcpy(hp + 1, items, n * sizeof *items);
    return BEAM_MAKE_BOXED(hp);
  }
  if (c == '"') {
    uint32_t chars[8192];
    size_t n = 0;
    src++;
    while (*src != '"') chars[n++] = quoted_char();
    src++;
    BeamTerm l = BEAM_NIL;
    while (n > 0) l = lit_cons(BEAM_SMALL(chars[--n]), l);
    return l;
  }
  if (c == '<' && src[1] == '<') {
    unsigned char bytes[1024];
    size_t n = 0;
    src += 2;
    skip_blanks();
    while (*src != '>') {
      bytes[n++] = (unsigned char)strtoul(src, (char **)&src, 10);
      skip_blanks();
      if (*src == ',') src++;
    }
    src += 2;
    BeamTerm *hp = lit(2 + BEAM_BYTE_WORDS(n));
    hp[0] = BEAM_HEADER(1 + BEAM_BYTE_WORDS(n), BEAM_SUB_BIN);
    hp[1] = n;
    memcpy(hp + 2, bytes, n);
    return BEAM_MAKE_BOXED(hp);
  }
  if (c == '#' && src[1] == '{' && src[2] == '}') {
    src += 3;
    BeamTerm *hp = lit(3);
    hp[0] = BEAM_HEADER(0, BEAM_SUB_TUPLE);
    hp[1] = BEAM_HEADER(1, BEAM_SUB_MAP);
    hp[2] = BEAM_MAKE_BOXED(hp);
    return BEAM_MAKE_BOXED(hp + 1);
  }
  if (c == '-' || (c >= '0' && c <= '9')) return parse_number();
  char name[1024];
  size_t n = 0;
  if (c == '\'') {
    src++;
    while (*src != '\'') n += put_utf8(name + n, quoted_char());
    src++;
  } else {
    while ((*src >= 'a' && *src <= 'z') || (*src >= 'A' && *src <= 'Z') ||
           (*src >= '0' && *src <= '9') || *src == '_' || *src == '@' ||
           (unsigned char)*src >= 0xC0) /* Latin-1 letters, as ~w writes them */
      n += put_utf8(name + n, (unsigned char)*src++);
    if (n == 0) ck_abort_msg("parse: unexpected \"%.20s\"", src);
  }
  return atom_intern(name, n);
}

static BeamTerm parse(const char *text) {
  src = text;
  BeamTerm t = parse_term();
  skip_blanks();
  ck_assert_msg(*src == '\0', "parse: trailing \"%.20s\"", src);
  return t;
}

/* Structural equality, floats by their bits (0.0 and -0.0 differ). */
static int same(BeamTerm a, BeamTerm b) {
  if (a == b) return 1;
  if (BEAM_IS_LIST(a) && BEAM_IS_LIST(b))
    return same(BEAM_CAR(a), BEAM_CAR(b)) && same(BEAM_CDR(a), BEAM_CDR(b));
  if (!BEAM_IS_BOXED(a) || !BEAM_IS_BOXED(b)) return 0;
  BeamTerm ha = BEAM_BOXED_HEADER(a), hb = BEAM_BOXED_HEADER(b);
  if (ha != hb) return 0;
  size_t n = BEAM_HEADER_ARITY(ha);
  switch (BEAM_HEADER_SUB(ha)) {
  case BEAM_SUB_TUPLE:
  case BEAM_SUB_MAP:
    for (size_t i = 1; i <= n; i++)
      if (!same(BEAM_PTR(a)[i], BEAM_PTR(b)[i])) return 0;
    return 1;
  case BEAM_SUB_BIN:
    return BEAM_PTR(a)[1] == BEAM_PTR(b)[1] &&
           memcmp(BEAM_PTR(a) + 2, BEAM_PTR(b) + 2, BEAM_PTR(a)[1]) == 0;
  default:
    return memcmp(BEAM_PTR(a) + 1, BEAM_PTR(b) + 1, n * sizeof(BeamTerm)) == 0;
  }
}

/* display/1's text of t, in a static buffer. */
static const char *show(BeamTerm t) {
  static char out[2][600];
  static int k;
  PrintBuf b;
  print_init(&b);
  if (t == BEAM_NONV) print_append(&b, "NONV", 4);
  else print_term(&b, t);
  k ^= 1;
  snprintf(out[k], sizeof out[k], "%s%s", b.len ? b.s : "", b.len > 590 ? "..." : "");
  print_free(&b);
  return out[k];
}

/* ---------------------------------------------------------------------- */
/* Running cases                                                           */
/* ---------------------------------------------------------------------- */

static int find_bif(const char *mod, const char *fun, unsigned arity) {
  for (int i = 0; i < bif_count(); i++) {
    const BifEntry *e = bif_entry((unsigned)i);
    if (e->arity == arity && strlen(mod) == e->mod->len &&
        memcmp(mod, e->mod->name, e->mod->len) == 0 && strlen(fun) == e->fun->len &&
        memcmp(fun, e->fun->name, e->fun->len) == 0)
      return i;
  }
  return -1;
}

/* Calls M:F through its wrapper with the arguments of list args. */
static BeamTerm call(const char *mod, const char *fun, BeamTerm args, int *bif) {
  BeamTerm a[8] = {0};
  unsigned n = 0;
  for (BeamTerm l = args; BEAM_IS_LIST(l); l = BEAM_CDR(l)) a[n++] = BEAM_CAR(l);
  *bif = find_bif(mod, fun, n);
  ck_assert_msg(*bif >= 0, "no BIF %s:%s/%u", mod, fun, n);
  raised.calls = 0;
  bp->gc_wanted = 0;
  return bif_entry((unsigned)*bif)->wrapper(bp, 0, a[0], a[1], a[2], a[3]);
}

/* One row: 1 if the outcome is erl's, else 0 with a message. */
static int run_case(const BifCase *c) {
  BeamTerm args = parse(c->args);
  int error = strncmp(c->expect, "error:", 6) == 0, bif;
  BeamTerm want = parse(error ? c->expect + 6 : c->expect);
  BeamTerm got = call(c->mod, c->fun, args, &bif);
  const char *heap = gc_verify(proc);
  int ok;
  if (error) {
    ok = got == BEAM_NONV && raised.calls == 1 && raised.bif == (unsigned)bif &&
         raised.cls == ATOM_ERROR && same(raised.reason, want);
    BeamTerm l = args;
    for (unsigned i = 0; ok && BEAM_IS_LIST(l); i++, l = BEAM_CDR(l))
      ok = bp->x[i] == BEAM_CAR(l);
  } else {
    ok = got != BEAM_NONV && raised.calls == 0 && same(got, want);
  }
  if (!ok || heap) {
    fprintf(stderr, "%s:%s(%.200s): got %s%s, want %.200s%s%s\n", c->mod, c->fun, c->args,
            got == BEAM_NONV ? "error:" : "", show(got == BEAM_NONV ? raised.reason : got),
            c->expect, heap ? "; heap: " : "", heap ? heap : "");
    return 0;
  }
  return 1;
}

static void run_table(const BifCase *cases, size_t n) {
  size_t failed = 0;
  for (size_t i = 0; i < n; i++) failed += !run_case(&cases[i]);
  ck_assert_msg(failed == 0, "%zu of %zu cases differ from erl", failed, n);
}

#define RUN_TABLE(t) run_table(t, sizeof t / sizeof t[0])

START_TEST(arith_against_erl) { RUN_TABLE(arith_cases); }
END_TEST

START_TEST(terms_against_erl) { RUN_TABLE(term_cases); }
END_TEST

START_TEST(conversions_against_erl) { RUN_TABLE(conv_cases); }
END_TEST

/* ---------------------------------------------------------------------- */
/* Integer limits (erl: 1 bsl 33554367 is the largest power of two)        */
/* ---------------------------------------------------------------------- */

static BeamTerm bif2(int bif, BeamTerm a, BeamTerm b) {
  raised.calls = 0;
  return bif_entry((unsigned)bif)->wrapper(bp, 0, a, b, 0, 0);
}

static void expect_reason(BeamTerm r, BeamTerm reason) {
  ck_assert(r == BEAM_NONV);
  ck_assert_uint_eq(raised.calls, 1);
  ck_assert(raised.reason == reason);
}

START_TEST(integer_limits) {
  /* erl: X = 1 bsl 33554367 works; X + X, X * 2, -X - X are system_limit */
  BeamTerm x = bif2(BEAM_BIF_erlang_bsl_2, BEAM_SMALL(1), BEAM_SMALL(33554367));
  ck_assert(BEAM_IS_BIG(x));
  ck_assert_uint_eq(BEAM_HEADER_ARITY(BEAM_BOXED_HEADER(x)) * sizeof(BeamTerm) * 8, INT_MAX_BITS);
  expect_reason(bif2(BEAM_BIF_erlang_plus_2, x, x), ATOM_SYSTEM_LIMIT);
  expect_reason(bif2(BEAM_BIF_erlang_times_2, x, BEAM_SMALL(2)), ATOM_SYSTEM_LIMIT);
  BeamTerm neg = beam_bif_erlang_neg_1(bp, x);
  expect_reason(bif2(BEAM_BIF_erlang_minus_2, neg, x), ATOM_SYSTEM_LIMIT);
  /* erl: X - 1 + X fits (33554368 bits), bnot of it is system_limit */
  BeamTerm y = bif2(BEAM_BIF_erlang_plus_2, bif2(BEAM_BIF_erlang_minus_2, x, BEAM_SMALL(1)), x);
  ck_assert(BEAM_IS_BIG(y));
  raised.calls = 0;
  expect_reason(bif_entry(BEAM_BIF_erlang_bnot_1)->wrapper(bp, 0, y, 0, 0, 0), ATOM_SYSTEM_LIMIT);
  /* erl: (-X) - 1 and abs(-X) fit */
  ck_assert(bif2(BEAM_BIF_erlang_minus_2, neg, BEAM_SMALL(1)) != BEAM_NONV);
  ck_assert(same(beam_bif_erlang_abs_1(bp, neg), x));
  /* erl: (1 bsl 16777184) squared is system_limit (refused unmultiplied) */
  BeamTerm h = bif2(BEAM_BIF_erlang_bsl_2, BEAM_SMALL(1), BEAM_SMALL(16777184));
  expect_reason(bif2(BEAM_BIF_erlang_times_2, h, h), ATOM_SYSTEM_LIMIT);
  ck_assert_ptr_null(gc_verify(proc));
}
END_TEST

/* A decimal integer's text, parsed by int_from_text: system_limit when
   its value certainly has too many bits, without converting it. */
START_TEST(huge_text_is_system_limit) {
  size_t n = 11000000;
  char *s = malloc(n);
  ck_assert_ptr_nonnull(s);
  memset(s, '9', n);
  bp->bif_reason = 0;
  ck_assert(int_from_text(bp, s, n, 10) == BEAM_NONV);
  ck_assert(bp->bif_reason == ATOM_SYSTEM_LIMIT);
  s[5] = 'x';
  ck_assert(int_from_text(bp, s, n, 10) == BEAM_NONV);
  ck_assert(bp->bif_reason == ATOM_BADARG);
  free(s);
}
END_TEST

/* integer_to_list and list_to_integer agree in every base, on numbers
   from one digit to a few hundred. */
START_TEST(text_round_trip) {
  BeamTerm x = BEAM_SMALL(1);
  for (int k = 0; k < 120; k++) {
    x = int_add(bp, int_mul(bp, x, BEAM_SMALL(-7919)), BEAM_SMALL(k));
    for (int base = 2; base <= 36; base += 1 + k % 5) {
      BeamTerm b = BEAM_SMALL(base);
      BeamTerm l = beam_bif_erlang_integer_to_list_2(bp, x, b);
      BeamTerm back = beam_bif_erlang_list_to_integer_2(bp, l, b);
      ck_assert_msg(same(back, x), "base %d: %s", base, show(x));
    }
  }
  ck_assert_ptr_null(gc_verify(proc));
}
END_TEST

/* ---------------------------------------------------------------------- */
/* The process dictionary                                                  */
/* ---------------------------------------------------------------------- */

static BeamTerm put(int64_t k, BeamTerm v) {
  return beam_bif_erlang_put_2(bp, int_from_int64(bp, k), v);
}

START_TEST(dict_basics) {
  BeamTerm a = parse("a"), b = parse("b");
  /* erl: put(x,1) -> undefined, put(x,2) -> 1, get(x) -> 2 */
  ck_assert(beam_bif_erlang_put_2(bp, a, BEAM_SMALL(1)) == ATOM_UNDEFINED);
  ck_assert(beam_bif_erlang_put_2(bp, a, BEAM_SMALL(2)) == BEAM_SMALL(1));
  ck_assert(beam_bif_erlang_get_1(bp, a) == BEAM_SMALL(2));
  ck_assert(beam_bif_erlang_get_1(bp, b) == ATOM_UNDEFINED);
  /* erl: erase(foo) -> undefined; erase(x) -> 2 */
  ck_assert(beam_bif_erlang_erase_1(bp, b) == ATOM_UNDEFINED);
  ck_assert(beam_bif_erlang_erase_1(bp, a) == BEAM_SMALL(2));
  ck_assert(beam_bif_erlang_get_0(bp) == BEAM_NIL);
  /* erl: put(1,a), get(1.0) -> undefined */
  put(1, a);
  ck_assert(beam_bif_erlang_get_1(bp, parse("1.0")) == ATOM_UNDEFINED);
  /* erl: put(0.0,a), put(-0.0,b), get() -> [{0.0,b}] */
  proc->dict = BEAM_NIL;
  beam_bif_erlang_put_2(bp, parse("0.0"), a);
  ck_assert(beam_bif_erlang_put_2(bp, parse("-0.0"), b) == a);
  ck_assert(same(beam_bif_erlang_get_0(bp), parse("[{0.0,b}]")));
  /* erl: put(1,a),put(9,b),put(17,c),put(9,x), get_keys() -> [1,9,17] */
  proc->dict = BEAM_NIL;
  put(1, a), put(9, b), put(17, parse("c")), put(9, parse("x"));
  ck_assert(same(beam_bif_erlang_get_keys_0(bp), parse("[1,9,17]")));
  ck_assert(same(beam_bif_erlang_get_0(bp), parse("[{1,a},{9,x},{17,c}]")));
  /* erl: ... erase(9), put(9,d), get_keys() -> [1,17,9] */
  beam_bif_erlang_erase_1(bp, BEAM_SMALL(9));
  put(9, parse("d"));
  ck_assert(same(beam_bif_erlang_get_keys_0(bp), parse("[1,17,9]")));
  /* erl: put(3,c),put(1,a),{erase(), get()} -> {[{3,c},{1,a}],[]} */
  proc->dict = BEAM_NIL;
  put(3, parse("c")), put(1, a);
  ck_assert(same(beam_bif_erlang_erase_0(bp), parse("[{3,c},{1,a}]")));
  ck_assert(beam_bif_erlang_get_0(bp) == BEAM_NIL);
  /* erl: [put(I, I rem 2) || I <- lists:seq(1,30)], get_keys(1) ->
     [29,27,...,1]; get_keys(1.0) -> [] */
  for (int i = 1; i <= 30; i++) put(i, BEAM_SMALL(i % 2));
  ck_assert(same(beam_bif_erlang_get_keys_1(bp, BEAM_SMALL(1)),
                 parse("[29,27,25,23,21,19,17,15,13,11,9,7,5,3,1]")));
  ck_assert(beam_bif_erlang_get_keys_1(bp, parse("1.0")) == BEAM_NIL);
  /* erl: put(1 bsl 40, a), put(-1, b), put(-2, c), get_keys() */
  proc->dict = BEAM_NIL;
  put((int64_t)1 << 40, a), put(-1, b), put(-2, parse("c"));
  ck_assert(same(beam_bif_erlang_get_keys_0(bp), parse("[-1,-2,1099511627776]")));
  ck_assert_ptr_null(gc_verify(proc));
}
END_TEST

static uint32_t lcg(uint32_t x) { return (x * 1103515245u + 12345u) & 0x7fffffffu; }

static BeamTerm dict_key(int kind, uint32_t x) {
  switch (kind) {
  case 0: return BEAM_SMALL(x % 5000);
  case 1: return BEAM_SMALL((BeamSint)(x % 5000) - 2500);
  case 2: return int_from_int64(bp, (int64_t)(x % 8) * 4294967296 + (x >> 8) % 3);
  default: return BEAM_SMALL((BeamSint)(x % 64) * 256);
  }
}

/* Replays the sequence of rows[0] and checks every row of it; returns
   the number of rows checked. */
static size_t replay(const DictCheck *rows, size_t left) {
  const DictCheck *s = rows;
  size_t row = 0;
  proc->dict = BEAM_NIL;
  for (int phase = 0; phase < 2; phase++) {
    uint32_t x = (uint32_t)s->seed;
    int n = phase == 0 ? s->puts : s->erases;
    for (int i = 1; i <= n; i++) {
      x = lcg(x);
      BeamTerm k = dict_key(s->kind, x);
      if (phase == 0) beam_bif_erlang_put_2(bp, k, BEAM_SMALL(i));
      else beam_bif_erlang_erase_1(bp, k);
      if (i % s->every != 0) continue;
      ck_assert_uint_lt(row, left);
      ck_assert(rows[row].phase == phase && rows[row].at == i);
      ck_assert_msg(same(beam_bif_erlang_get_keys_0(bp), parse(rows[row].expect)),
                    "kind %d phase %d op %d: get_keys() is %s", s->kind, phase, i,
                    show(beam_bif_erlang_get_keys_0(bp)));
      row++;
    }
  }
  ck_assert(rows[row].phase == 2);
  ck_assert_msg(same(beam_bif_erlang_get_0(bp), parse(rows[row].expect)), "kind %d: get()",
                s->kind);
  return row + 1;
}

START_TEST(dict_order_as_erl) {
  size_t n = sizeof dict_checks / sizeof dict_checks[0];
  for (size_t i = 0; i < n;) i += replay(dict_checks + i, n - i);
  ck_assert_ptr_null(gc_verify(proc));
}
END_TEST

/* The dictionary is a root: it survives collections, big or small. */
START_TEST(dict_survives_gc) {
  for (int i = 0; i < 5000; i++) put(i * 7, BEAM_SMALL(i));
  gc_collect(proc, 0, 0, true);
  ck_assert_ptr_null(gc_verify(proc));
  for (int i = 0; i < 5000; i += 3)
    ck_assert(beam_bif_erlang_erase_1(bp, BEAM_SMALL(i * 7)) == BEAM_SMALL(i));
  gc_collect(proc, 0, 0, false);
  ck_assert_ptr_null(gc_verify(proc));
  for (int i = 0; i < 5000; i++)
    ck_assert(beam_bif_erlang_get_1(bp, BEAM_SMALL(i * 7)) ==
              (i % 3 ? BEAM_SMALL(i) : ATOM_UNDEFINED));
  ck_assert_int_eq(tb_list_length(beam_bif_erlang_get_keys_0(bp)), 3333);
  ck_assert_int_eq(tb_list_length(bif_dict_list(bp)), 3333);
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Lists at scale                                                          */
/* ---------------------------------------------------------------------- */

static BeamTerm int_list(size_t n, BeamSint (*f)(size_t)) {
  BeamTerm l = BEAM_NIL;
  for (size_t i = n; i-- > 0;) l = lit_cons(BEAM_SMALL(f(i)), l);
  return l;
}

static BeamSint ident(size_t i) { return (BeamSint)i; }
static BeamSint evens_down(size_t i) { return 2 * (BeamSint)(50000 - i); }
static BeamSint mod100(size_t i) { return (BeamSint)(i % 100); }

/* erl: lists:seq(1,100000) -- [100000,99998,...,2] is the odd numbers;
   [I rem 100 || I <- lists:seq(0,99999)] -- lists:seq(0,99) x 500 is
   its second half.  Both take well under a second. */
START_TEST(subtract_big_lists) {
  BeamTerm a = int_list(100001, ident), b = int_list(50000, evens_down);
  BeamTerm r = beam_bif_erlang_subtract_2(bp, a, b);
  ck_assert_int_eq(tb_list_length(r), 50001);
  BeamSint want = 0;
  for (BeamTerm l = r; BEAM_IS_LIST(l); l = BEAM_CDR(l), want = want ? want + 2 : 1)
    ck_assert(BEAM_CAR(l) == BEAM_SMALL(want));
  BeamTerm c = int_list(100000, mod100), d = int_list(50000, mod100);
  r = beam_bif_erlang_subtract_2(bp, c, d);
  ck_assert_int_eq(tb_list_length(r), 50000);
  for (size_t i = 0; i < 50000; i++, c = BEAM_CDR(c)) {}
  ck_assert(r == c); /* the untouched tail is shared */
  ck_assert_ptr_null(gc_verify(proc));
}
END_TEST

/* ---------------------------------------------------------------------- */
/* Time (bif_time.c)                                                       */
/* ---------------------------------------------------------------------- */

START_TEST(time_units_against_erl) { RUN_TABLE(time_cases); }
END_TEST

/* The value of an integer term that fits int64. */
static int64_t i64(BeamTerm t) {
  int64_t v = 0;
  ck_assert_msg(t != BEAM_NONV && int_to_int64(t, &v), "not an int64: %s", show(t));
  return v;
}

/* Waits (busy) until the monotonic clock has moved on by ns. */
static void spin(int64_t ns) {
  int64_t end = i64(beam_bif_erlang_monotonic_time_0(bp)) + ns;
  while (i64(beam_bif_erlang_monotonic_time_0(bp)) < end) {}
}

/* Monotonic time starts near erl's start_time (-576460752 s) and does
   not go back; in native units system time is exactly monotonic time
   plus the offset, which does not change; other units round down;
   timestamp/0 is the system time; os:system_time is the system clock. */
START_TEST(clocks_agree) {
  const int64_t start = INT64_C(-576460752) * 1000000000;
  int64_t m0 = i64(beam_bif_erlang_monotonic_time_0(bp));
  int64_t off = i64(beam_bif_erlang_time_offset_0(bp));
  int64_t s = i64(beam_bif_erlang_system_time_0(bp));
  BeamTerm stamp = beam_bif_erlang_timestamp_0(bp);
  int64_t sec = i64(beam_bif_erlang_monotonic_time_1(bp, ATOM_SECOND));
  BeamTerm unit = int_from_int64(bp, (int64_t)1 << 40);
  BeamTerm big = beam_bif_erlang_monotonic_time_1(bp, unit);
  int64_t m1 = i64(beam_bif_erlang_monotonic_time_0(bp));
  ck_assert_int_ge(m0, start);
  ck_assert_int_lt(m0, start + (int64_t)3600 * 1000000000);
  ck_assert_int_le(m0, m1);
  ck_assert_int_eq(i64(beam_bif_erlang_time_offset_0(bp)), off);
  ck_assert_int_le(m0 + off, s);
  ck_assert_int_le(s, m1 + off);
  /* floor: -576460751.3 s is -576460752 s */
  ck_assert_int_le(sec * 1000000000, m1);
  ck_assert_int_gt((sec + 1) * 1000000000, m0);
  ck_assert(BEAM_IS_TUPLE(stamp) && BEAM_TUPLE_ARITY(stamp) == 3);
  int64_t us = i64(BEAM_ELEMENT(stamp, 0)) * 1000000000000 +
               i64(BEAM_ELEMENT(stamp, 1)) * 1000000 + i64(BEAM_ELEMENT(stamp, 2));
  ck_assert_int_le((m0 + off) / 1000 - 1, us);
  ck_assert_int_le(us, (m1 + off) / 1000);
  ck_assert_int_lt(i64(BEAM_ELEMENT(stamp, 1)), 1000000);
  ck_assert_int_lt(i64(BEAM_ELEMENT(stamp, 2)), 1000000);
  /* a unit of 2^40 per second: back in native units, m0 - 1 to m1 */
  ck_assert(BEAM_IS_INTEGER(big));
  int64_t back = i64(beam_bif_erlang_convert_time_unit_3(bp, big, unit, ATOM_NATIVE));
  ck_assert_int_ge(back, m0 - 1);
  ck_assert_int_le(back, m1);
  /* the system clock and erlang's system time agree here (no date was
     set since the start) */
  int64_t os = i64(beam_bif_os_system_time_0(bp));
  ck_assert_int_lt(os > s ? os - s : s - os, 1000000000);
  ck_assert(beam_bif_os_system_time_1(bp, ATOM_FALSE) == BEAM_NONV);
  ck_assert(bp->bif_reason == ATOM_BADARG);
}
END_TEST

/* Calls statistics(key) until its Total has grown by ms (or 10 s have
   passed), checking each result: {Total, SinceLastCall}, SinceLastCall
   being Total less the previous call's Total (*prev; 0 before the first
   call, so the first is {T, T} as in erl).  Returns the growth. */
static int64_t stat_until(BeamTerm key, int64_t *prev, int64_t ms) {
  int64_t start = *prev, deadline = i64(beam_bif_erlang_monotonic_time_0(bp)) + INT64_C(10000000000);
  do {
    BeamTerm r = beam_bif_erlang_statistics_1(bp, key);
    ck_assert(BEAM_IS_TUPLE(r) && BEAM_TUPLE_ARITY(r) == 2);
    int64_t t = i64(BEAM_ELEMENT(r, 0)), d = i64(BEAM_ELEMENT(r, 1));
    ck_assert_int_ge(d, 0);
    ck_assert_int_eq(d, t - *prev);
    *prev = t;
  } while (*prev - start < ms && i64(beam_bif_erlang_monotonic_time_0(bp)) < deadline);
  return *prev - start;
}

/* statistics(wall_clock) grows by 30 ms when 30 ms pass, statistics(runtime)
   grows while the program works; other keys are badarg. */
START_TEST(statistics_since_last_call) {
  int64_t wall = 0, cpu = 0;
  stat_until(ATOM_WALL_CLOCK, &wall, 0);
  spin(30000000);
  ck_assert_int_ge(stat_until(ATOM_WALL_CLOCK, &wall, 0), 30);
  stat_until(ATOM_RUNTIME, &cpu, 0);
  ck_assert_int_ge(stat_until(ATOM_RUNTIME, &cpu, 5), 5);
  ck_assert(beam_bif_erlang_statistics_1(bp, ATOM_FALSE) == BEAM_NONV);
  ck_assert(bp->bif_reason == ATOM_BADARG);
  ck_assert(beam_bif_erlang_statistics_1(bp, BEAM_SMALL(1)) == BEAM_NONV);
}
END_TEST

/* ---------------------------------------------------------------------- */
/* The generated table                                                     */
/* ---------------------------------------------------------------------- */

START_TEST(generated_table) {
  ck_assert_int_eq(bif_count(), BEAM_BIF_COUNT);
  const BifEntry *e = bif_entry(BEAM_BIF_erlang_exeq_2);
  ck_assert_uint_eq(e->arity, 2);
  ck_assert_uint_eq(e->fun->len, 3);
  ck_assert(memcmp(e->fun->name, "=:=", 3) == 0);
  ck_assert(BEAM_ATOM(*e->fun) == ATOM_EXEQ); /* one record: the strong one */
  ck_assert(BEAM_ATOM(*e->mod) == ATOM_ERLANG);
  /* registered, the table's atoms are the ones list_to_atom finds */
  bif_register_atoms();
  ck_assert(atom_lookup("keysearch", 9) == BEAM_ATOM(*bif_entry(BEAM_BIF_lists_keysearch_3)->fun));
  ck_assert(beam_bif_erlang_list_to_existing_atom_1(bp, parse("\"tuple_to_list\"")) ==
            BEAM_ATOM(*bif_entry(BEAM_BIF_erlang_tuple_to_list_1)->fun));
  e = bif_entry(BEAM_BIF_lists_keysearch_3);
  ck_assert(memcmp(e->mod->name, "lists", 5) == 0 && e->arity == 3);
  for (int i = 0; i < bif_count(); i++) {
    const BeamAtom *f = bif_entry((unsigned)i)->fun;
    ck_assert_uint_eq(f->hash, atom_hash(f->name, f->len));
    ck_assert_uint_eq(f->chars, f->len);
    ck_assert_ptr_nonnull(bif_entry((unsigned)i)->wrapper);
  }
  /* a failing wrapper leaves its arguments in x and raises its own index */
  bp->x[0] = bp->x[1] = 0;
  BeamTerm r = bif2(BEAM_BIF_erlang_element_2, BEAM_SMALL(5), parse("{a}"));
  expect_reason(r, ATOM_BADARG);
  ck_assert_uint_eq(raised.bif, BEAM_BIF_erlang_element_2);
  ck_assert(bp->x[0] == BEAM_SMALL(5) && BEAM_IS_TUPLE(bp->x[1]));
}
END_TEST

/* {{Y, Mo, D}, {H, Mi, S}} on the process heap. */
static BeamTerm datetime(int y, int mo, int d, int h, int mi, int sec) {
  return tb_tuple2(bp, tb_tuple3(bp, BEAM_SMALL(y), BEAM_SMALL(mo), BEAM_SMALL(d)),
                   tb_tuple3(bp, BEAM_SMALL(h), BEAM_SMALL(mi), BEAM_SMALL(sec)));
}

static int month_days(int y, int mo) {
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return days[mo - 1] + (mo == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

/* The calendar arithmetic of bif_date.c against the C library's: in a
   zone of a fixed offset (5 h 30 min east of UTC, no daylight saving),
   universaltime_to_localtime (bif_date.c's days from a date, then
   localtime_r) and localtime_to_universaltime (mktime, then bif_date.c's
   date of a day) move 20:00:07 of every day from 1902 to 2100, and of the
   days around each month's end to 2400, to 01:30:07 of the next day and
   back. */
START_TEST(dates_agree_with_the_c_library) {
  setenv("TZ", "XYZ-05:30", 1);
  int n = 0;
  for (int y = 1902; y <= 2400; y++)
    for (int mo = 1; mo <= 12; mo++)
      for (int d = 1; d <= month_days(y, mo); d++) {
        if (y > 2100 && d < month_days(y, mo) - 1) continue;
        int ny = y, nmo = mo, nd = d + 1;
        if (nd > month_days(y, mo)) nd = 1, nmo++;
        if (nmo > 12) nmo = 1, ny++;
        BeamTerm utc = datetime(y, mo, d, 20, 0, 7), local = datetime(ny, nmo, nd, 1, 30, 7);
        BeamTerm l = beam_bif_erlang_universaltime_to_localtime_1(bp, utc);
        BeamTerm u = beam_bif_erlang_localtime_to_universaltime_1(bp, local);
        ck_assert_msg(l != BEAM_NONV && beam_compare(l, local, 1) == 0, "%s", show(utc));
        ck_assert_msg(u != BEAM_NONV && beam_compare(u, utc, 1) == 0, "%s", show(local));
        n++;
      }
  ck_assert_int_gt(n, 72000);
  unsetenv("TZ");
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("bifs");
  TCase *tc = tcase_create("bifs");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, arith_against_erl);
  tcase_add_test(tc, terms_against_erl);
  tcase_add_test(tc, conversions_against_erl);
  tcase_add_test(tc, integer_limits);
  tcase_add_test(tc, huge_text_is_system_limit);
  tcase_add_test(tc, text_round_trip);
  tcase_add_test(tc, dict_basics);
  tcase_add_test(tc, dict_order_as_erl);
  tcase_add_test(tc, dict_survives_gc);
  tcase_add_test(tc, subtract_big_lists);
  tcase_add_test(tc, time_units_against_erl);
  tcase_add_test(tc, clocks_agree);
  tcase_add_test(tc, statistics_since_last_call);
  tcase_add_test(tc, generated_table);
  tcase_add_test(tc, dates_agree_with_the_c_library);
  suite_add_tcase(s, tc);
  return s;
}
