/*
** test_slex.c — tests of the .S term reader (slex.c).
**
** Terms are checked through show(), a printer local to this file that
** needs nothing from term.c but the data layout: it writes integers in
** decimal (bignums too), floats in the shortest %g form that reads back
** (with ".0" added when that has no '.' or 'e'), atoms always quoted with
** bytes outside printable ASCII as \xHH, lists as [..|..], binaries as
** <<bytes,Value:Bits>>, maps in the order read, funs as fun 'm':'f'/A.
**
** Inputs marked "erlc -S" were copied byte for byte from .S files that
** erlc 8.2.3 (OTP 25) wrote for the Erlang source quoted next to them.
*/
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "slex.h"
#include "term.h"
#include "unit.h"

static Arena *A;
static Diag D;

static void setup(void) {
  A = arena_new();
  D.file = "test.S";
  D.msg[0] = '\0';
}

static void teardown(void) { arena_free(A); }


/* ------------------------------------------------------------------ */
/* Printer                                                             */
/* ------------------------------------------------------------------ */

typedef struct Str {
  char *p;
  size_t n, cap;
} Str;

static void put(Str *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(Str *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int k = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (s->n + (size_t)k + 1 > s->cap) {
    s->cap = 2 * (s->n + (size_t)k + 1);
    s->p = realloc(s->p, s->cap);
    ck_assert_ptr_nonnull(s->p);
  }
  va_start(ap, fmt);
  vsnprintf(s->p + s->n, s->cap - s->n, fmt, ap);
  va_end(ap);
  s->n += (size_t)k;
}

/* Decimal digits of a bignum, by repeated division by 10^9. */
static void show_big(Str *s, const CTerm *t) {
  uint32_t n = t->u.big.n;
  uint32_t *l = malloc((n + 1) * sizeof *l), *parts = malloc((2 * n + 2) * sizeof *parts);
  size_t np = 0;
  memcpy(l, t->u.big.limbs, n * sizeof *l);
  do {
    uint64_t r = 0;
    for (uint32_t i = n; i-- > 0;) {
      uint64_t cur = r << 32 | l[i];
      l[i] = (uint32_t)(cur / 1000000000u);
      r = cur % 1000000000u;
    }
    parts[np++] = (uint32_t)r;
    while (n > 0 && l[n - 1] == 0) n--;
  } while (n > 0);
  put(s, "%s%u", t->u.big.neg ? "-" : "", parts[np - 1]);
  for (size_t i = np - 1; i-- > 0;) put(s, "%09u", parts[i]);
  free(l);
  free(parts);
}

static void show_float(Str *s, double f) {
  char buf[64];
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*g", prec, f);
    if (strtod(buf, NULL) == f) break;
  }
  put(s, "%s%s", buf, strpbrk(buf, ".en") ? "" : ".0");
}

static void show_atom(Str *s, const CTerm *t) {
  put(s, "'");
  for (uint32_t i = 0; i < t->u.atom.len; i++) {
    unsigned char c = (unsigned char)t->u.atom.name[i];
    if (c < 32 || c > 126 || c == '\'' || c == '\\') put(s, "\\x%02X", c);
    else put(s, "%c", c);
  }
  put(s, "'");
}

static void show_binary(Str *s, const CTerm *t) {
  uint64_t bits = t->u.bin.bits;
  put(s, "<<");
  for (uint64_t i = 0; i < bits / 8; i++) put(s, "%s%u", i ? "," : "", t->u.bin.data[i]);
  if (bits % 8 != 0) {
    unsigned rest = (unsigned)(bits % 8);
    put(s, "%s%u:%u", bits >= 8 ? "," : "", t->u.bin.data[bits / 8] >> (8 - rest), rest);
  }
  put(s, ">>");
}

static void show_term(Str *s, const CTerm *t);

static void show_list(Str *s, const CTerm *t) {
  put(s, "[");
  for (;;) {
    show_term(s, t->u.cons.head);
    t = t->u.cons.tail;
    if (t->kind != CT_CONS) break;
    put(s, ",");
  }
  if (t->kind != CT_NIL) {
    put(s, "|");
    show_term(s, t);
  }
  put(s, "]");
}

static void show_term(Str *s, const CTerm *t) {
  switch (t->kind) {
  case CT_INT: put(s, "%lld", (long long)t->u.i); break;
  case CT_BIG: show_big(s, t); break;
  case CT_FLOAT: show_float(s, t->u.f); break;
  case CT_ATOM: show_atom(s, t); break;
  case CT_NIL: put(s, "[]"); break;
  case CT_CONS: show_list(s, t); break;
  case CT_BINARY: show_binary(s, t); break;
  case CT_TUPLE:
    put(s, "{");
    for (uint32_t i = 0; i < t->u.tuple.arity; i++) {
      if (i > 0) put(s, ",");
      show_term(s, t->u.tuple.elems[i]);
    }
    put(s, "}");
    break;
  case CT_MAP:
    put(s, "#{");
    for (uint32_t i = 0; i < t->u.map.n; i++) {
      if (i > 0) put(s, ",");
      show_term(s, t->u.map.keys[i]);
      put(s, "=>");
      show_term(s, t->u.map.vals[i]);
    }
    put(s, "}");
    break;
  case CT_EXPORT:
    put(s, "fun ");
    show_atom(s, t->u.fun.mod);
    put(s, ":");
    show_atom(s, t->u.fun.fun);
    put(s, "/%u", t->u.fun.arity);
    break;
  }
}

/* The canonical text of t, allocated in the test arena. */
static const char *show(const CTerm *t) {
  Str s = {0};
  show_term(&s, t);
  char *r = arena_strndup(A, s.p, s.n);
  free(s.p);
  return r;
}


/* ------------------------------------------------------------------ */
/* Parsing helpers                                                     */
/* ------------------------------------------------------------------ */

/* The input is copied into a buffer of exactly n bytes, so that reading
** past the end shows up under valgrind or ASan. */
static char *exact_copy(const char *src, size_t n) {
  char *p = malloc(n > 0 ? n : 1);
  ck_assert_ptr_nonnull(p);
  if (n > 0) memcpy(p, src, n);
  return p;
}

/* Parses src[0..n) as one term; the test fails if it does not parse. */
static CTerm *term_n(const char *src, size_t n) {
  char *copy = exact_copy(src, n);
  CTerm *t = NULL;
  if (setjmp(D.env) == 0) {
    t = slex_parse_term(A, &D, copy, n);
  } else {
    free(copy);
    ck_abort_msg("parse of \"%s\" failed: %s", src, D.msg);
  }
  free(copy);
  return t;
}

static CTerm *term(const char *src) { return term_n(src, strlen(src)); }

/* Parses src[0..n) as one term and returns the error message, or NULL if
** it parsed. */
static const char *term_error_n(const char *src, size_t n) {
  char *copy = exact_copy(src, n);
  const char *volatile msg = NULL;
  if (setjmp(D.env) == 0) slex_parse_term(A, &D, copy, n);
  else msg = D.msg;
  free(copy);
  return msg;
}

/* Parses forms; returns the error message, or NULL with *out filled. */
static const char *forms_error_n(const char *src, size_t n, SForms *out) {
  char *copy = exact_copy(src, n);
  const char *volatile msg = NULL;
  if (setjmp(D.env) == 0) slex_parse_forms(A, &D, copy, n, out);
  else msg = D.msg;
  free(copy);
  return msg;
}

static SForms forms(const char *src) {
  SForms f = {0};
  const char *msg = forms_error_n(src, strlen(src), &f);
  ck_assert_msg(msg == NULL, "forms failed: %s", msg);
  return f;
}

#define CHECK_TERM(src, want) ck_assert_str_eq(show(term(src)), want)

#define CHECK_ERROR(src, fragment)                                            \
  do {                                                                        \
    const char *m_ = term_error_n((src), strlen(src));                         \
    ck_assert_msg(m_ != NULL, "\"%s\" parsed but should not", (src));        \
    ck_assert_msg(strstr(m_, (fragment)) != NULL, "\"%s\": message \"%s\" lacks \"%s\"", \
                  (src), m_, (fragment));                                     \
  } while (0)

#define CHECK_FORMS_ERROR(src, fragment)                                      \
  do {                                                                        \
    SForms f_;                                                                \
    const char *m_ = forms_error_n((src), strlen(src), &f_);                   \
    ck_assert_msg(m_ != NULL, "\"%s\" parsed but should not", (src));        \
    ck_assert_msg(strstr(m_, (fragment)) != NULL, "\"%s\": message \"%s\" lacks \"%s\"", \
                  (src), m_, (fragment));                                     \
  } while (0)


/* ------------------------------------------------------------------ */
/* Integers and floats                                                 */
/* ------------------------------------------------------------------ */

START_TEST(small_integers) {
  CHECK_TERM("0", "0");
  CHECK_TERM("42", "42");
  CHECK_TERM("-7", "-7");
  CHECK_TERM("+5", "5");
  CHECK_TERM("007", "7");
  CHECK_TERM("1_000_000", "1000000");  /* erl_scan accepts digit separators */
  CHECK_TERM("9223372036854775807", "9223372036854775807");
  CHECK_TERM("-9223372036854775808", "-9223372036854775808");
  ck_assert_int_eq(term("9223372036854775807")->kind, CT_INT);
  CTerm *min = term("-9223372036854775808");
  ck_assert_int_eq(min->kind, CT_INT);
  ck_assert(min->u.i == INT64_MIN);
}
END_TEST

START_TEST(big_integers) {
  CTerm *t = term("9223372036854775808");  /* 2^63 */
  ck_assert_int_eq(t->kind, CT_BIG);
  ck_assert(!t->u.big.neg);
  ck_assert_uint_eq(t->u.big.n, 2);
  ck_assert_uint_eq(t->u.big.limbs[0], 0);
  ck_assert_uint_eq(t->u.big.limbs[1], 0x80000000u);
  t = term("-9223372036854775809");
  ck_assert_int_eq(t->kind, CT_BIG);
  ck_assert(t->u.big.neg);
  ck_assert_uint_eq(t->u.big.limbs[0], 1);
  ck_assert_uint_eq(t->u.big.limbs[1], 0x80000000u);
  t = term("18446744073709551616");  /* 2^64 */
  ck_assert_uint_eq(t->u.big.n, 3);
  ck_assert_uint_eq(t->u.big.limbs[2], 1);
  CHECK_TERM("12345678901234567890123456789", "12345678901234567890123456789");
  CHECK_TERM("-79228162514264337593543950335", "-79228162514264337593543950335");
  CHECK_TERM("1000000000000000000000000000000000000000000000000000000000000000000000001",
             "1000000000000000000000000000000000000000000000000000000000000000000000001");
  CHECK_TERM("-1_000_000_000_000_000_000_000", "-1000000000000000000000");
}
END_TEST

/* A 3000-digit number 123...0123... round-trips through limbs. */
START_TEST(huge_integer) {
  char *digits = malloc(3001);
  for (int i = 0; i < 3000; i++) digits[i] = (char)('1' + i % 9);
  digits[3000] = '\0';
  ck_assert_str_eq(show(term(digits)), digits);
  free(digits);
}
END_TEST

START_TEST(based_integers) {
  CHECK_TERM("16#FF", "255");
  CHECK_TERM("16#fF", "255");
  CHECK_TERM("2#1010", "10");
  CHECK_TERM("8#777", "511");
  CHECK_TERM("36#zz", "1295");
  CHECK_TERM("-16#10", "-16");
  CHECK_TERM("+16#10", "16");
  CHECK_TERM("16#FFFF_FFFF", "4294967295");
  CHECK_TERM("16#FFFFFFFFFFFFFFFFFFFF", "1208925819614629174706175");
  CHECK_TERM("-16#8000000000000000", "-9223372036854775808");
  CTerm *t = term("16#100000000000000000000000000000000");  /* 2^128 */
  ck_assert_int_eq(t->kind, CT_BIG);
  ck_assert_uint_eq(t->u.big.n, 5);
  ck_assert_uint_eq(t->u.big.limbs[4], 1);
  for (int i = 0; i < 4; i++) ck_assert_uint_eq(t->u.big.limbs[i], 0);
}
END_TEST

START_TEST(bad_integers) {
  CHECK_ERROR("37#1", "base");
  CHECK_ERROR("1#1", "base");
  CHECK_ERROR("16#", "expected base-16 digits");
  CHECK_ERROR("16#G", "expected base-16 digits");
  CHECK_ERROR("2#102", "expected end of input");  /* erl: syntax error before 2 */
  CHECK_ERROR("1_", "unexpected variable _");  /* erl: 1 then _ */
  CHECK_ERROR("1__0", "unexpected variable __0");
  CHECK_ERROR("- 5", "unexpected character '-'");
  CHECK_ERROR("--5", "unexpected character '-'");
  CHECK_ERROR("12abc", "expected end of input");
}
END_TEST

START_TEST(integer_too_long) {
  size_t n = 100001;
  char *s = malloc(n);
  memset(s, '7', n);
  const char *m = term_error_n(s, n);
  ck_assert_ptr_nonnull(m);
  ck_assert_ptr_nonnull(strstr(m, "longer than"));
  ck_assert_int_eq(term_n(s, n - 1)->kind, CT_BIG);
  free(s);
}
END_TEST

/* Decimal texts from ~p; the C compiler's conversion is exact as well. */
START_TEST(floats) {
  ck_assert(term("1.0")->u.f == 1.0);
  ck_assert(term("0.1")->u.f == 0.1);
  ck_assert(term("3.0e300")->u.f == 3.0e300);
  ck_assert(term("1.0e-10")->u.f == 1.0e-10);
  ck_assert(term("1.5E3")->u.f == 1500.0);
  ck_assert(term("1.0e+3")->u.f == 1000.0);
  ck_assert(term("123456789.0")->u.f == 123456789.0);
  ck_assert(term("5.0e-324")->u.f == 5.0e-324);
  ck_assert(term("1.7976931348623157e308")->u.f == 1.7976931348623157e308);
  ck_assert(term("-2.5")->u.f == -2.5);
  ck_assert(term("+2.5")->u.f == 2.5);
  ck_assert(term("1_0.2_5")->u.f == 10.25);
  CTerm *z = term("-0.0");
  ck_assert_int_eq(z->kind, CT_FLOAT);
  ck_assert(z->u.f == 0.0 && signbit(z->u.f));
  ck_assert(!signbit(term("0.0")->u.f));
  ck_assert(term("1.0e-400")->u.f == 0.0);  /* erl reads this as 0.0 too */
  CHECK_TERM("[1.0,2.5e-5]", "[1.0,2.5e-05]");
}
END_TEST

START_TEST(bad_floats) {
  CHECK_ERROR("1.0e999", "float out of range");  /* erl: illegal float */
  CHECK_ERROR("1.0e", "exponent");
  CHECK_ERROR("1.0e+", "exponent");
  CHECK_ERROR("1.e5", "white space after '.'");
  CHECK_ERROR("1.", "expected end of input");
  CHECK_ERROR(".5", "white space after '.'");
}
END_TEST


/* ------------------------------------------------------------------ */
/* Atoms, strings, characters                                          */
/* ------------------------------------------------------------------ */

START_TEST(bare_atoms) {
  CHECK_TERM("abc", "'abc'");
  CHECK_TERM("a_B9", "'a_B9'");
  CHECK_TERM("nonode@nohost", "'nonode@nohost'");
  CHECK_TERM("a@b@", "'a@b@'");
  /* erlc -S writes 'ÿ' and 'éa' bare, UTF-8 encoded */
  CHECK_TERM("\xC3\xBF", "'\\xC3\\xBF'");
  CHECK_TERM("\xC3\xA9" "a", "'\\xC3\\xA9a'");
  CHECK_TERM("h\xC3\xA9llo", "'h\\xC3\\xA9llo'");
  /* a Latin-1 byte that is not UTF-8 is taken as that character */
  CHECK_TERM("h\xE9llo", "'h\\xC3\\xA9llo'");
  CHECK_TERM("\xFF", "'\\xC3\\xBF'");
  CHECK_TERM("end", "'end'");
  CHECK_TERM("{true,false}", "{'true','false'}");
}
END_TEST

START_TEST(quoted_atoms) {
  CHECK_TERM("'Foo'", "'Foo'");
  CHECK_TERM("'a b'", "'a b'");
  CHECK_TERM("''", "''");
  CHECK_TERM("'_x'", "'_x'");
  CHECK_TERM("'fun'", "'fun'");
  CHECK_TERM("'[]'", "'[]'");
  CHECK_TERM("'it\\'s'", "'it\\x27s'");
  CHECK_TERM("'a\"b'", "'a\"b'");
  CHECK_TERM("'%'", "'%'");
  CHECK_TERM("'a\nb'", "'a\\x0Ab'");
  CHECK_TERM("'\xC3\x89" "a'", "'\\xC3\\x89a'");
  CHECK_TERM("'\\x{1234}'", "'\\xE1\\x88\\xB4'");
  CHECK_TERM("'\\x{10FFFF}'", "'\\xF4\\x8F\\xBF\\xBF'");
  CHECK_TERM("'a\\x{3BB}'", "'a\\xCE\\xBB'");
  CHECK_TERM("'\\x{20ac}'", "'\\xE2\\x82\\xAC'");
  /* a raw UTF-8 character above 255 is read as that character */
  CHECK_TERM("'\xE2\x82\xAC'", "'\\xE2\\x82\\xAC'");
}
END_TEST

/* Every escape, checked against erl_scan's values (erl: "\b\d..." is
** [8,127,27,12,10,13,32,9,11,39,34,92]). */
START_TEST(escapes) {
  CHECK_TERM("\"\\b\\d\\e\\f\\n\\r\\s\\t\\v\\'\\\"\\\\\"",
             "[8,127,27,12,10,13,32,9,11,39,34,92]");
  CHECK_TERM("'\\b\\d\\e\\f\\n\\r\\s\\t\\v\\'\\\"\\\\'",
             "'\\x08\\x7F\\x1B\\x0C\\x0A\\x0D \\x09\\x0B\\x27\"\\x5C'");
  /* erl: "\0\12\123\1234" is [0,10,83,83,52] */
  CHECK_TERM("\"\\0\\12\\123\\1234\"", "[0,10,83,83,52]");
  CHECK_TERM("\"\\777\\8\"", "[511,56]");
  CHECK_TERM("'\\777'", "'\\xC7\\xBF'");
  /* erl: "\xfff" is [255,102]; \x{...} takes any number of digits */
  CHECK_TERM("\"\\xfff\\x41\"", "[255,102,65]");
  CHECK_TERM("\"\\x{1F600}\\x{0000041}\"", "[128512,65]");
  CHECK_TERM("'\\x41\\xe9'", "'A\\xC3\\xA9'");
  /* erl: "\^a\^A\^?\^@\^[\^z\^1" is [1,1,31,0,27,26,17] */
  CHECK_TERM("\"\\^a\\^A\\^?\\^@\\^[\\^z\\^1\"", "[1,1,31,0,27,26,17]");
  /* erl: an unknown escape is the character itself: "\z\q" is [122,113] */
  CHECK_TERM("\"\\z\\q\\%\"", "[122,113,37]");
  /* erl: backslash-newline is a newline */
  CHECK_TERM("\"\\\n\"", "[10]");
  /* erlc -S wrote '\e\d\001\v\f\b \\"' for '\e\d\^A\v\f\b\s\\\"' */
  CHECK_TERM("'\\e\\d\\001\\v\\f\\b \\\\\"'", "'\\x1B\\x7F\\x01\\x0B\\x0C\\x08 \\x5C\"'");
}
END_TEST

START_TEST(bad_escapes) {
  CHECK_ERROR("\"\\x4\"", "two hex digits");  /* erl: illegal character */
  CHECK_ERROR("\"\\xg0\"", "two hex digits");
  CHECK_ERROR("\"\\x{}\"", "hex digits");
  CHECK_ERROR("\"\\x{12z}\"", "hex digits or '}'");
  CHECK_ERROR("\"\\x{D800}\"", "not a Unicode character");
  CHECK_ERROR("\"\\x{110000}\"", "not a Unicode character");
  CHECK_ERROR("'\\x{FFFFFFFFFFFFFFFFFFFF}'", "not a Unicode character");
  CHECK_ERROR("\"\\x{12", "unterminated string");
  CHECK_ERROR("\"\\x1", "unterminated string");
  CHECK_ERROR("\"\\^", "unterminated string");
  CHECK_ERROR("\"\\", "unterminated string");
  CHECK_ERROR("'\\", "unterminated quoted atom");
}
END_TEST

START_TEST(strings) {
  CHECK_TERM("\"abc\"", "[97,98,99]");
  CHECK_TERM("\"\"", "[]");
  CHECK_TERM("\"a'b%c\"", "[97,39,98,37,99]");
  CHECK_TERM("\"h\xC3\xA9llo \xC3\xBF\"", "[104,233,108,108,111,32,255]");
  CHECK_TERM("\"h\xE9\"", "[104,233]");
  CHECK_TERM("\"\xE2\x82\xAC\"", "[8364]");
  CHECK_TERM("\"\xF0\x9F\x98\x80\"", "[128512]");
  /* bytes that are not UTF-8: a lone lead, overlong forms, a surrogate */
  CHECK_TERM("\"\xC3!\"", "[195,33]");
  CHECK_TERM("\"\xC0\xAF\"", "[192,175]");
  CHECK_TERM("\"\xED\xA0\x80\"", "[237,160,128]");
  CHECK_TERM("\"\xF4\x90\x80\x80\"", "[244,144,128,128]");
  CHECK_TERM("\"\xE2\x82\"", "[226,130]");
  CHECK_TERM("\"a\nb\"", "[97,10,98]");
  CHECK_TERM("[\"\",\"x\"]", "[[],[120]]");
}
END_TEST

/* ~p of older OTP versions breaks long strings as adjacent literals. */
START_TEST(adjacent_strings) {
  CHECK_TERM("\"ab\" \"cd\"", "[97,98,99,100]");
  CHECK_TERM("\"ab\"\n   \"cd\"\n\"\"\"e\"", "[97,98,99,100,101]");
  CHECK_TERM("\"ab\" % comment \"not a string\n \"cd\"", "[97,98,99,100]");
  CHECK_TERM("{\"a\" \"b\",\"c\"}", "{[97,98],[99]}");
  CHECK_TERM("<<\"ab\"\n  \"cd\">>", "<<97,98,99,100>>");
}
END_TEST

START_TEST(char_literals) {
  CHECK_TERM("$a", "97");
  CHECK_TERM("$\\n", "10");
  CHECK_TERM("$\\s", "32");
  CHECK_TERM("$ ", "32");
  CHECK_TERM("$%", "37");
  CHECK_TERM("$\"", "34");
  CHECK_TERM("$'", "39");
  CHECK_TERM("$\\\\", "92");
  CHECK_TERM("$\\^?", "31");
  CHECK_TERM("$\\x{1F600}", "128512");
  CHECK_TERM("$\xC3\xA9", "233");
  CHECK_TERM("[$a,$b|$c]", "[97,98|99]");
  CHECK_TERM("<<$a,$b>>", "<<97,98>>");
  CHECK_ERROR("$", "expected a character after '$'");
  CHECK_ERROR("$\\", "unterminated character literal");
  CHECK_ERROR("$ab", "expected end of input");
}
END_TEST

START_TEST(variables_rejected) {
  CHECK_ERROR("Foo", "unexpected variable Foo");
  CHECK_ERROR("_", "unexpected variable _");
  CHECK_ERROR("{a,_x}", "unexpected variable _x");
  CHECK_ERROR("\xC3\x89" "a", "unexpected variable");
}
END_TEST


/* ------------------------------------------------------------------ */
/* Compound terms                                                      */
/* ------------------------------------------------------------------ */

START_TEST(tuples) {
  CHECK_TERM("{}", "{}");
  CHECK_TERM("{a}", "{'a'}");
  CHECK_TERM("{ a , { b,c } ,{}}", "{'a',{'b','c'},{}}");
  CHECK_TERM("{move,{x,0},{y,1}}", "{'move',{'x',0},{'y',1}}");
  ck_assert_uint_eq(term("{1,2,3}")->u.tuple.arity, 3);
  CHECK_ERROR("{a,}", "expected a term, found '}'");
  CHECK_ERROR("{,}", "expected a term, found ','");
  CHECK_ERROR("{a b}", "expected ',' or '}' in a tuple, found atom 'b'");
  CHECK_ERROR("{a]", "expected ',' or '}' in a tuple, found ']'");
}
END_TEST

START_TEST(lists) {
  CHECK_TERM("[]", "[]");
  CHECK_TERM("[ ]", "[]");
  CHECK_TERM("[a]", "['a']");
  CHECK_TERM("[a,b|c]", "['a','b'|'c']");
  CHECK_TERM("[1|2]", "[1|2]");
  CHECK_TERM("[a|[b]]", "['a','b']");
  CHECK_TERM("[a|[]]", "['a']");
  CHECK_TERM("[[]]", "[[]]");
  CHECK_TERM("[97|x]", "[97|'x']");
  CHECK_ERROR("[a|b|c]", "expected ']' after the tail of a list, found '|'");
  CHECK_ERROR("[a|]", "expected a term, found ']'");
  CHECK_ERROR("[|a]", "expected a term, found '|'");
  CHECK_ERROR("[a,]", "expected a term, found ']'");
  CHECK_ERROR("[a b]", "expected ',', '|' or ']' in a list");
  CHECK_ERROR("[a||b]", "expected a term, found '|'");
}
END_TEST

/* A long list is read without deep recursion. */
START_TEST(long_list) {
  size_t n = 200000;
  char *s = malloc(2 * n + 2), *p = s;
  *p++ = '[';
  for (size_t i = 0; i < n; i++) {
    *p++ = '7';
    *p++ = i + 1 < n ? ',' : ']';
  }
  CTerm *t = term_n(s, (size_t)(p - s));
  size_t len = 0;
  for (; t->kind == CT_CONS; t = t->u.cons.tail, len++) ck_assert_int_eq(t->u.cons.head->u.i, 7);
  ck_assert_int_eq(t->kind, CT_NIL);
  ck_assert_uint_eq(len, n);
  free(s);
}
END_TEST

START_TEST(binaries) {
  CHECK_TERM("<<>>", "<<>>");
  CHECK_TERM("<< >>", "<<>>");
  CHECK_TERM("<<\"abc\">>", "<<97,98,99>>");
  CHECK_TERM("<<\"\">>", "<<>>");
  CHECK_TERM("<<1,2,3>>", "<<1,2,3>>");
  CHECK_TERM("<<1,2,3:4>>", "<<1,2,3:4>>");
  CHECK_TERM("<<\"abc\",0>>", "<<97,98,99,0>>");
  CHECK_TERM("<<97,98,99,1:1>>", "<<97,98,99,1:1>>");
  CHECK_TERM("<<1:1>>", "<<1:1>>");
  CHECK_TERM("<<0:0>>", "<<>>");
  CHECK_TERM("<<5:3,1:5>>", "<<161>>");
  CHECK_TERM("<<1:4,\"a\">>", "<<22,1:4>>");
  CHECK_TERM("<<1:64>>", "<<0,0,0,0,0,0,0,1>>");
  CHECK_TERM("<<16#0102030405060708:64>>", "<<1,2,3,4,5,6,7,8>>");
  /* erl truncates values to the segment size: <<256>> is <<0>>, <<-1>> is <<255>> */
  CHECK_TERM("<<256,-1,-1:4>>", "<<0,255,15:4>>");
  CHECK_TERM("<<1:7,1:7,1:2>>", "<<2,5>>");
  CHECK_TERM("<<\"a\\n\\t\\e\\\"\\\\\">>", "<<97,10,9,27,34,92>>");
  CTerm *t = term("<<1,2,3:4>>");
  ck_assert_int_eq(t->kind, CT_BINARY);
  ck_assert_uint_eq(t->u.bin.bits, 20);
  ck_assert_uint_eq(t->u.bin.data[2], 0x30);
}
END_TEST

/* erlc -S writes a binary's bytes as Latin-1 characters, UTF-8 encoded:
** <<"héllo">> as <<"h\xC3\xA9llo">> and <<"héllo"/utf8>> as <<"hÃ©llo">>. */
START_TEST(binary_encoding) {
  CHECK_TERM("<<\"h\xC3\xA9llo\">>", "<<104,233,108,108,111>>");
  CHECK_TERM("<<\"h\xC3\x83\xC2\xA9llo\">>", "<<104,195,169,108,108,111>>");
  CHECK_TERM("<<\"\\x{ff}\">>", "<<255>>");
  CHECK_ERROR("<<\"\xCE\xBB\">>", "above 255");
  CHECK_ERROR("<<\"\\x{100}\">>", "above 255");
}
END_TEST

START_TEST(bad_binaries) {
  CHECK_ERROR("<<a>>", "expected an integer or a string in a binary, found atom 'a'");
  CHECK_ERROR("<<1,>>", "expected an integer or a string in a binary, found '>>'");
  CHECK_ERROR("<<1:>>", "segment size");
  CHECK_ERROR("<<1:65>>", "segment size must be between 0 and 64");
  CHECK_ERROR("<<1:-1>>", "segment size must be between 0 and 64");
  CHECK_ERROR("<<1:a>>", "expected segment size");
  CHECK_ERROR("<<1.5>>", "found float");
  CHECK_ERROR("<<<<>>>>", "expected an integer or a string in a binary, found '<<'");
  CHECK_ERROR("<<1 2>>", "expected ',' or '>>' in a binary, found integer");
  CHECK_ERROR("<<\"a\":8>>", "expected ',' or '>>' in a binary, found ':'");
  CHECK_ERROR("<<16#10000000000000000>>", "does not fit 64 bits");
  CHECK_ERROR("<1>", "unexpected character '<'");
  CHECK_ERROR("<<1>", "unexpected character '>'");
}
END_TEST

START_TEST(maps) {
  CHECK_TERM("#{}", "#{}");
  CHECK_TERM("#{a => 1}", "#{'a'=>1}");
  CHECK_TERM("#{a=>1,b=>2}", "#{'a'=>1,'b'=>2}");
  /* erlc -S output for #{a => 1, #{x=>y} => [1|2], <<"k">> => {}} */
  CHECK_TERM("#{a => 1,#{x => y} => [1|2],<<\"k\">> => {}}",
             "#{'a'=>1,#{'x'=>'y'}=>[1|2],<<107>>=>{}}");
  CTerm *m = term("#{1 => 2, 3 => 4}");
  ck_assert_int_eq(m->kind, CT_MAP);
  ck_assert_uint_eq(m->u.map.n, 2);
  ck_assert_int_eq(m->u.map.keys[1]->u.i, 3);
  ck_assert_int_eq(m->u.map.vals[1]->u.i, 4);
  CHECK_ERROR("# {}", "unexpected character '#'");
  CHECK_ERROR("#{a}", "expected '=>' after a map key, found '}'");
  CHECK_ERROR("#{a => }", "expected a term, found '}'");
  CHECK_ERROR("#{a := 1}", "expected '=>' after a map key, found ':'");
  CHECK_ERROR("#{a => 1,}", "expected a term, found '}'");
  CHECK_ERROR("#{a => 1 b => 2}", "expected ',' or '}' in a map");
  CHECK_ERROR("#{a = 1}", "unexpected character '='");
}
END_TEST

START_TEST(funs) {
  CHECK_TERM("fun lists:map/2", "fun 'lists':'map'/2");
  CHECK_TERM("fun erlang:'+'/2", "fun 'erlang':'+'/2");
  CHECK_TERM("fun 'a b':'C'/0", "fun 'a b':'C'/0");
  CHECK_TERM("fun m:f/255", "fun 'm':'f'/255");
  CHECK_TERM("[fun m:f/1|fun n:g/0]", "[fun 'm':'f'/1|fun 'n':'g'/0]");
  CHECK_TERM("fun\n  m : f / 1", "fun 'm':'f'/1");
  CTerm *f = term("fun m:f/3");
  ck_assert_int_eq(f->kind, CT_EXPORT);
  ck_assert_uint_eq(f->u.fun.arity, 3);
  CHECK_ERROR("fun m:f/256", "arity in fun M:F/A must be between 0 and 255");
  CHECK_ERROR("fun (X) -> X end", "only fun M:F/A is a term");
  CHECK_ERROR("fun f/1", "expected ':' in fun M:F/A, found '/'");
  CHECK_ERROR("fun m:f", "expected '/' in fun M:F/A, found end of input");
  CHECK_ERROR("fun M:f/1", "unexpected variable M");
  CHECK_ERROR("fun m:f/a", "expected the arity");
  CHECK_ERROR("fun", "found end of input");
}
END_TEST

START_TEST(fun_prefix_atoms) {
  CHECK_TERM("funny", "'funny'");
  CHECK_TERM("{fun_info,'fun'}", "{'fun_info','fun'}");
}
END_TEST


/* ------------------------------------------------------------------ */
/* Forms, comments, lines                                              */
/* ------------------------------------------------------------------ */

/* The start of an erlc -S listing (uni.S, see below). */
START_TEST(forms_and_lines) {
  SForms f = forms("{module, uni}.  %% version = 0\n"
                   "\n"
                   "{exports, [{a,0},\n"
                   "           {b,0}]}.\n"
                   "\n"
                   "{attributes, []}.\n"
                   "\n"
                   "{labels, 23}.\n"
                   "\n"
                   "\n"
                   "{function, a, 0, 2}.\n"
                   "  {label,1}.\n"
                   "    {call,1,{f,4}}. % s/0\n"
                   "    return.\n");
  static const uint32_t lines[] = {1, 3, 6, 8, 11, 12, 13, 14};
  ck_assert_uint_eq(f.n, 8);
  for (int i = 0; i < 8; i++) ck_assert_uint_eq(f.lines[i], lines[i]);
  ck_assert_str_eq(show(f.forms[0]), "{'module','uni'}");
  ck_assert_str_eq(show(f.forms[1]), "{'exports',[{'a',0},{'b',0}]}");
  ck_assert_str_eq(show(f.forms[3]), "{'labels',23}");
  ck_assert_str_eq(show(f.forms[6]), "{'call',1,{'f',4}}");
  ck_assert_str_eq(show(f.forms[7]), "'return'");
}
END_TEST

START_TEST(comments_and_blanks) {
  SForms f = forms("% leading comment\n"
                   "%% another { [ \" ' unbalanced\n"
                   "\t\r\n"
                   "  a. % after a dot\n"
                   "% between\n"
                   "{b, % inside a term\n"
                   " c}.\r\n"
                   "'%'.%no space after the dot\n"
                   "\"x%y\".");
  ck_assert_uint_eq(f.n, 4);
  ck_assert_uint_eq(f.lines[0], 4);
  ck_assert_uint_eq(f.lines[1], 6);
  ck_assert_uint_eq(f.lines[2], 8);
  ck_assert_uint_eq(f.lines[3], 9);
  ck_assert_str_eq(show(f.forms[1]), "{'b','c'}");
  ck_assert_str_eq(show(f.forms[2]), "'%'");
  ck_assert_str_eq(show(f.forms[3]), "[120,37,121]");
}
END_TEST

START_TEST(empty_inputs) {
  SForms f = forms("");
  ck_assert_uint_eq(f.n, 0);
  f = forms("  % only a comment");
  ck_assert_uint_eq(f.n, 0);
  f = forms("\n\n%x\n");
  ck_assert_uint_eq(f.n, 0);
  SForms g;
  ck_assert_ptr_null(forms_error_n(NULL, 0, &g));
  ck_assert_uint_eq(g.n, 0);
  CHECK_ERROR("", "expected a term, found end of input");
  CHECK_ERROR("  % nothing", "expected a term, found end of input");
}
END_TEST

/* Lines counted inside strings and quoted atoms, and across comments. */
START_TEST(lines_inside_tokens) {
  SForms f = forms("\"a\nb\nc\".\n'x\ny'.\n\"p\\\nq\" % c\n\n\"r\".\nlast.");
  ck_assert_uint_eq(f.n, 4);
  ck_assert_uint_eq(f.lines[0], 1);
  ck_assert_uint_eq(f.lines[1], 4);
  ck_assert_uint_eq(f.lines[2], 6);
  ck_assert_uint_eq(f.lines[3], 10);
  ck_assert_str_eq(show(f.forms[2]), "[112,10,113,114]");
  CHECK_FORMS_ERROR("a.\n\"x\ny\"\nfoo.", "line 4: expected '.' at the end of a form, found atom 'foo'");
}
END_TEST

START_TEST(dots) {
  SForms f = forms("a.");
  ck_assert_uint_eq(f.n, 1);
  f = forms("1.\n2.5.\n-3.");
  ck_assert_uint_eq(f.n, 3);
  ck_assert_str_eq(show(f.forms[0]), "1");
  ck_assert_str_eq(show(f.forms[1]), "2.5");
  ck_assert_str_eq(show(f.forms[2]), "-3");
  CHECK_FORMS_ERROR("{a}.{b}.", "line 1: expected white space after '.'");
  CHECK_FORMS_ERROR("{a}", "expected '.' at the end of a form, found end of input");
  CHECK_FORMS_ERROR("a.\nb\n", "line 3: expected '.' at the end of a form");
  CHECK_FORMS_ERROR("a b.", "expected '.' at the end of a form, found atom 'b'");
  CHECK_FORMS_ERROR("a..", "expected white space after '.'");
  CHECK_FORMS_ERROR(". ", "expected a term, found '.'");
  CHECK_ERROR("a.", "expected end of input after the term, found '.'");
  CHECK_ERROR("a b", "expected end of input after the term, found atom 'b'");
  CHECK_TERM("  a  % comment\n", "'a'");
}
END_TEST


/* ------------------------------------------------------------------ */
/* Bad input                                                           */
/* ------------------------------------------------------------------ */

START_TEST(unterminated) {
  CHECK_ERROR("\"abc", "line 1: unterminated string");
  CHECK_ERROR("'abc", "line 1: unterminated quoted atom");
  CHECK_FORMS_ERROR("a.\n\n'abc\n\ndef", "line 3: unterminated quoted atom");
  CHECK_FORMS_ERROR("a.\n\"ok\" \"abc\n", "line 2: unterminated string");
  CHECK_ERROR("{a,b", "expected ',' or '}' in a tuple, found end of input");
  CHECK_ERROR("{", "expected a term, found end of input");
  CHECK_ERROR("[a", "expected ',', '|' or ']' in a list, found end of input");
  CHECK_ERROR("<<1,2", "expected ',' or '>>' in a binary, found end of input");
  CHECK_ERROR("#{a => 1", "expected ',' or '}' in a map, found end of input");
  CHECK_ERROR("<<1:", "expected segment size, found end of input");
  CHECK_ERROR("<", "unexpected character '<'");
  CHECK_ERROR("#", "unexpected character '#'");
  CHECK_ERROR("=", "unexpected character '='");
}
END_TEST

START_TEST(stray_characters) {
  CHECK_ERROR(";", "unexpected character ';'");
  CHECK_ERROR("{a;b}", "unexpected character ';'");
  CHECK_ERROR("(a)", "expected a term, found '('");
  CHECK_ERROR("{a)", "expected ',' or '}' in a tuple, found ')'");
  CHECK_ERROR("a&", "unexpected character '&'");
  CHECK_ERROR("\x01", "unexpected byte 0x01");
  CHECK_ERROR("\x7F", "unexpected byte 0x7F");
  CHECK_ERROR("\x80", "unexpected byte 0x80");
  CHECK_ERROR("\xC2\x80", "unexpected byte 0xC2");
  CHECK_ERROR("\xE2\x82\xAC", "unexpected byte 0xE2");
  CHECK_ERROR("#Fun<erl_eval.6.1>", "unexpected character '#'");
  CHECK_ERROR("<0.1.0>", "unexpected character '<'");
  const char *m = term_error_n("a\0", 2);
  ck_assert_ptr_nonnull(m);
  ck_assert_ptr_nonnull(strstr(m, "unexpected byte 0x00"));
  CHECK_FORMS_ERROR("ok.\n\n  {x, @}.", "line 3: unexpected character '@'");
  CHECK_FORMS_ERROR("ok.\n}.", "line 2: expected a term, found '}'");
}
END_TEST

/* The message starts with the file name from the Diag. */
START_TEST(message_format) {
  CHECK_ERROR("{a", "test.S: line 1: expected ',' or '}' in a tuple, found end of input");
}
END_TEST

/* Builds open^n then close^n (n levels of nesting). */
static char *nested(const char *open, const char *close, size_t n, size_t *len) {
  size_t lo = strlen(open), lc = strlen(close);
  char *s = malloc(n * (lo + lc) + 1), *p = s;
  for (size_t i = 0; i < n; i++, p += lo) memcpy(p, open, lo);
  *p++ = 'x';
  for (size_t i = 0; i < n; i++, p += lc) memcpy(p, close, lc);
  *len = (size_t)(p - s);
  return s;
}

START_TEST(deep_nesting) {
  static const char *const kinds[][2] = {
    {"[", "]"}, {"{", "}"}, {"#{a=>", "}"}, {"[a|", "]"}, {"#{", "=>1}"}, {"{[", "]}"}};
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
    size_t len, levels = strlen(kinds[k][0]) == 2 && kinds[k][0][0] == '{' ? 5000 : 10000;
    char *s = nested(kinds[k][0], kinds[k][1], levels, &len);
    ck_assert_ptr_nonnull(term_n(s, len));
    free(s);
    s = nested(kinds[k][0], kinds[k][1], levels + 1, &len);
    const char *m = term_error_n(s, len);
    ck_assert_msg(m != NULL && strstr(m, "nested deeper than 10000") != NULL,
                  "kind %zu: %s", k, m ? m : "parsed");
    free(s);
  }
  size_t len;
  char *s = nested("[", "]", 1000000, &len);
  ck_assert_ptr_nonnull(strstr(term_error_n(s, len), "nested deeper"));
  free(s);
}
END_TEST

/* A form with every kind of token; every proper prefix must fail cleanly
** (each prefix is copied to a buffer of exactly its length). */
static const char sample_form[] =
    "{move,{literal,{\"a\\n\\t\\e\\b\\f\\v\\r\\\"\\\\'\",'a\\n\\t\"\\\\\\'',\n"
    "  <<\"h\xC3\xA9llo\",1,2:3>>,'h\xC3\xA9',\xC3\xBF,$a,$\\n,$\\x{1F600},\n"
    "  -12345678901234567890123456789,16#FF,-0.0,3.0e300,1.0e-10,\n"
    "  #{a => [1|2],#{} => <<>>}, % a comment\n"
    "  fun 'a b':c/0,[a,b|c],[],\"ab\" \"cd\",'\\x{1234}','\\^A\\101'}},\n"
    "  {x,0}}.";

START_TEST(sample_parses) {
  SForms f = forms(sample_form);
  ck_assert_uint_eq(f.n, 1);
  ck_assert_str_eq(show(f.forms[0]),
      "{'move',{'literal',{[97,10,9,27,8,12,11,13,34,92,39],'a\\x0A\\x09\"\\x5C\\x27',"
      "<<104,233,108,108,111,1,2:3>>,'h\\xC3\\xA9','\\xC3\\xBF',97,10,128512,"
      "-12345678901234567890123456789,255,-0.0,3e+300,1e-10,"
      "#{'a'=>[1|2],#{}=><<>>},"
      "fun 'a b':'c'/0,['a','b'|'c'],[],[97,98,99,100],'\\xE1\\x88\\xB4','\\x01A'}},"
      "{'x',0}}");
}
END_TEST

START_TEST(truncation) {
  size_t len = strlen(sample_form);
  for (size_t n = 1; n < len; n++) {
    SForms f;
    ck_assert_msg(forms_error_n(sample_form, n, &f) != NULL, "prefix of %zu bytes parsed", n);
    ck_assert_msg(strncmp(D.msg, "test.S: line ", 13) == 0, "odd message %s", D.msg);
    term_error_n(sample_form, n);  /* may parse or fail, must not crash */
    arena_free(A);
    A = arena_new();
  }
}
END_TEST

/* Random byte mutations of the sample: parse or fail, never crash. */
START_TEST(mutations) {
  static const char spice[] = "{}[]<>#$\\\"'%.,|:/=-+_0e9xX^ \n\x80\xC3\xA9\xFF";
  size_t len = strlen(sample_form);
  char *buf = malloc(len);
  uint32_t seed = 12345;
  for (int iter = 0; iter < 5000; iter++) {
    memcpy(buf, sample_form, len);
    for (int k = 0; k < 1 + iter % 4; k++) {
      seed = seed * 1103515245u + 12345u;
      size_t at = (seed >> 8) % len;
      seed = seed * 1103515245u + 12345u;
      buf[at] = spice[(seed >> 8) % (sizeof spice - 1)];
    }
    seed = seed * 1103515245u + 12345u;
    size_t n = iter % 2 ? len : (seed >> 8) % (len + 1);
    SForms f;
    forms_error_n(buf, n, &f);
    term_error_n(buf, n);
    arena_free(A);
    A = arena_new();
  }
  free(buf);
}
END_TEST


/* ------------------------------------------------------------------ */
/* Output of erlc -S                                                   */
/* ------------------------------------------------------------------ */

/* From fix.S, written by `erlc -S` for this source (UTF-8):
**   t() -> {"a\n\t\e\b\f\v\r\"\\'", 'a\n\t\e\b\f\v\r"\\\'', <<"a\n\t\e\"\\">>,
**           "héllo ÿ", 'héllo', ÿ, éa, 'Éa', 'a b', 'A', '_x', 'fun', 'end',
**           a@b, '', <<"héllo">>, <<"héllo"/utf8>>, <<1,2,3:4>>,
**           <<"abc",1:1>>, <<>>, <<0,255>>, -12345678901234567890123456789,
**           18446744073709551616, -9223372036854775808, 9223372036854775808,
**           -0.0, 0.1, 3.0e300, 1.0e-10, 123456789.0, 4.9e-324,
**           1.7976931348623157e308, #{a => 1, #{x => y} => [1|2], <<"k">> => {}},
**           fun lists:map/2, fun 'a b':'C'/0, [a|b], [[]], "", [$a|x]}. */
static const char fix_s[] =
    "    {move,{literal,{\"a\\n\\t\\e\\b\\f\\v\\r\\\"\\\\'\",'a\\n\\t\\e\\b\\f\\v\\r\"\\\\\\'',\n"
    "                    <<\"a\\n\\t\\e\\\"\\\\\">>,\"h\xC3\xA9llo \xC3\xBF\",h\xC3\xA9llo,\xC3\xBF,\xC3\xA9"
    "a,'\xC3\x89" "a','a b','A',\n"
    "                    '_x','fun','end',a@b,'',<<\"h\xC3\xA9llo\">>,<<\"h\xC3\x83\xC2\xA9llo\">>,\n"
    "                    <<1,2,3:4>>,\n"
    "                    <<97,98,99,1:1>>,\n"
    "                    <<>>,\n"
    "                    <<0,255>>,\n"
    "                    -12345678901234567890123456789,18446744073709551616,\n"
    "                    -9223372036854775808,9223372036854775808,-0.0,0.1,3.0e300,\n"
    "                    1.0e-10,123456789.0,5.0e-324,1.7976931348623157e308,\n"
    "                    #{a => 1,#{x => y} => [1|2],<<\"k\">> => {}},\n"
    "                    fun lists:map/2,fun 'a b':'C'/0,\n"
    "                    [a|b],\n"
    "                    [[]],\n"
    "                    [],\n"
    "                    [97|x]}},\n"
    "          {x,0}}.\n";

START_TEST(erlc_literals) {
  static const char *const want[] = {
    "[97,10,9,27,8,12,11,13,34,92,39]",
    "'a\\x0A\\x09\\x1B\\x08\\x0C\\x0B\\x0D\"\\x5C\\x27'",
    "<<97,10,9,27,34,92>>",
    "[104,233,108,108,111,32,255]",
    "'h\\xC3\\xA9llo'", "'\\xC3\\xBF'", "'\\xC3\\xA9a'", "'\\xC3\\x89a'",
    "'a b'", "'A'", "'_x'", "'fun'", "'end'", "'a@b'", "''",
    "<<104,233,108,108,111>>", "<<104,195,169,108,108,111>>",
    "<<1,2,3:4>>", "<<97,98,99,1:1>>", "<<>>", "<<0,255>>",
    "-12345678901234567890123456789", "18446744073709551616",
    "-9223372036854775808", "9223372036854775808",
    "-0.0", "0.1", "3e+300", "1e-10", "123456789.0", "5e-324", "1.7976931348623157e+308",
    "#{'a'=>1,#{'x'=>'y'}=>[1|2],<<107>>=>{}}",
    "fun 'lists':'map'/2", "fun 'a b':'C'/0",
    "['a'|'b']", "[[]]", "[]", "[97|'x']"};
  SForms f = forms(fix_s);
  ck_assert_uint_eq(f.n, 1);
  ck_assert_uint_eq(f.lines[0], 1);
  const CTerm *lit = f.forms[0]->u.tuple.elems[1]->u.tuple.elems[1];
  size_t n = sizeof want / sizeof want[0];
  ck_assert_uint_eq(lit->u.tuple.arity, n);
  for (size_t i = 0; i < n; i++) ck_assert_str_eq(show(lit->u.tuple.elems[i]), want[i]);
  ck_assert(lit->u.tuple.elems[30]->u.f == 4.9e-324);
}
END_TEST

/* From uni.S, written by `erlc -S` for
**   f() -> {'a\nb', 'it\'s', "tab\there\0", 'Ünïcode_atom_λ', "λx", [255,256], 'ÿ'}.
**   h() -> {"\e\d\^A\v\f\b\s\\\"", '\e\d\^A\v\f\b\s\\\"', "€", '€', 'a€', <<"€"/utf8>>}. */
static const char uni_s[] =
    "{function, f, 0, 14}.\n"
    "  {label,13}.\n"
    "    {line,[{location,\"uni.erl\",10}]}.\n"
    "    {func_info,{atom,uni},{atom,f},0}.\n"
    "  {label,14}.\n"
    "    {move,{literal,{'a\\nb','it\\'s',\n"
    "                           [116,97,98,9,104,101,114,101,0],\n"
    "                           '\xC3\x9Cn\xC3\xAF" "code_atom_\\x{3BB}',\n"
    "                           [955,120],\n"
    "                           [255,256],\n"
    "                           \xC3\xBF}},\n"
    "          {x,0}}.\n"
    "    return.\n"
    "\n"
    "\n"
    "{function, h, 0, 18}.\n"
    "  {label,17}.\n"
    "    {line,[{location,\"uni.erl\",12}]}.\n"
    "    {func_info,{atom,uni},{atom,h},0}.\n"
    "  {label,18}.\n"
    "    {move,{literal,{[27,127,1,11,12,8,32,92,34],\n"
    "                    '\\e\\d\\001\\v\\f\\b \\\\\"',\n"
    "                    [8364],\n"
    "                    '\\x{20AC}','a\\x{20AC}',\n"
    "                    <<226,130,172>>}},\n"
    "          {x,0}}.\n"
    "    return.\n";

START_TEST(erlc_unicode) {
  SForms f = forms(uni_s);
  static const uint32_t lines[] = {1, 2, 3, 4, 5, 6, 13, 16, 17, 18, 19, 20, 21, 27};
  ck_assert_uint_eq(f.n, 14);
  for (int i = 0; i < 14; i++) ck_assert_uint_eq(f.lines[i], lines[i]);
  ck_assert_str_eq(show(f.forms[5]->u.tuple.elems[1]),
      "{'literal',{'a\\x0Ab','it\\x27s',[116,97,98,9,104,101,114,101,0],"
      "'\\xC3\\x9Cn\\xC3\\xAFcode_atom_\\xCE\\xBB',[955,120],[255,256],'\\xC3\\xBF'}}");
  ck_assert_str_eq(show(f.forms[12]->u.tuple.elems[1]),
      "{'literal',{[27,127,1,11,12,8,32,92,34],'\\x1B\\x7F\\x01\\x0B\\x0C\\x08 \\x5C\"',"
      "[8364],'\\xE2\\x82\\xAC','a\\xE2\\x82\\xAC',<<226,130,172>>}}");
  ck_assert_str_eq(show(f.forms[3]), "{'func_info',{'atom','uni'},{'atom','f'},0}");
}
END_TEST

/* From fq.S and fq2.S, written by `erlc -S`: ~p prints a fun with the
** runtime's fun_to_list, which writes atom names as UTF-8 bytes (so the
** file has them encoded twice), escapes only characters below 0xA0 (as
** octal) and leaves fun, end and e-acute unquoted.  Sources:
**   fun 'é':'λ'/1, fun 'end':'fun'/5, fun '\x{80}é':a/1,
**   fun 'Ω':'\x{80}x'/8, fun 'a\x{7F}':'\x{9F}\x{FF}'/0, fun 'Ã©':b/0,
**   fun 'ñ':'a\\b'/9, fun 'a b':'\e'/0 */
START_TEST(erlc_funs) {
  CHECK_TERM("fun \xC3\x83\xC2\xA9:'\xC3\x8E\xC2\xBB'/1", "fun '\\xC3\\xA9':'\\xCE\\xBB'/1");
  CHECK_TERM("fun end:fun/5", "fun 'end':'fun'/5");
  CHECK_TERM("fun '\\200\xC3\x83\xC2\xA9':a/1", "fun '\\xC2\\x80\\xC3\\xA9':'a'/1");
  CHECK_TERM("fun '\xC3\x8E\xC2\xA9':'\\200x'/8", "fun '\\xCE\\xA9':'\\xC2\\x80x'/8");
  CHECK_TERM("fun 'a\x7F':'\\237\xC3\x83\xC2\xBF'/0", "fun 'a\\x7F':'\\xC2\\x9F\\xC3\\xBF'/0");
  CHECK_TERM("fun '\xC3\x83\xC2\x83\xC3\x82\xC2\xA9':b/0", "fun '\\xC3\\x83\\xC2\\xA9':'b'/0");
  CHECK_TERM("fun \xC3\x83\xC2\xB1:'a\\\\b'/9", "fun '\\xC3\\xB1':'a\\x5Cb'/9");
  CHECK_TERM("fun 'a b':'\\033'/0", "fun 'a b':'\\x1B'/0");
  /* text not written that way (by hand) is read as characters */
  CHECK_TERM("fun '\xC3\xA9':f/1", "fun '\\xC3\\xA9':'f'/1");
  CHECK_TERM("fun \xC3\xA9:'\xCE\xBB'/1", "fun '\\xC3\\xA9':'\\xCE\\xBB'/1");
  CHECK_TERM("fun '\\x{3BB}':'\\x{e9}'/1", "fun '\\xCE\\xBB':'\\xC3\\xA9'/1");
  CHECK_TERM("fun fun:fun/0", "fun 'fun':'fun'/0");
  /* the mode ends with the names: */
  CHECK_TERM("{fun a:b/0,'\xC3\x83\xC2\xA9'}", "{fun 'a':'b'/0,'\\xC3\\x83\\xC2\\xA9'}");
  CHECK_ERROR("{fun a:b/0,\xC3\x83\xC2\xA9}", "unexpected variable");
  CHECK_ERROR("{fun a:b/0,fun}", "expected a module name");
  CHECK_ERROR("fun \xC3\x89:f/0 x", "expected end of input");
}
END_TEST

/* ~p wraps long binaries over lines (erlc -S output for a 80-byte
** binary with a 3-bit tail, shortened). */
START_TEST(erlc_wrapped_binary) {
  CHECK_TERM("<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,\n"
             "                          21,22,23,24,5:3>>",
             "<<1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,5:3>>");
}
END_TEST


/* Adds a test case of the given tests, each run with a fresh arena. */
static TCase *tcase(const char *name) {
  TCase *tc = tcase_create(name);
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 120);
  return tc;
}

Suite *make_suite(void) {
  Suite *s = suite_create("slex");
  TCase *tc = tcase("numbers");
  tcase_add_test(tc, small_integers);
  tcase_add_test(tc, big_integers);
  tcase_add_test(tc, huge_integer);
  tcase_add_test(tc, based_integers);
  tcase_add_test(tc, bad_integers);
  tcase_add_test(tc, integer_too_long);
  tcase_add_test(tc, floats);
  tcase_add_test(tc, bad_floats);
  suite_add_tcase(s, tc);

  tc = tcase("text");
  tcase_add_test(tc, bare_atoms);
  tcase_add_test(tc, quoted_atoms);
  tcase_add_test(tc, escapes);
  tcase_add_test(tc, bad_escapes);
  tcase_add_test(tc, strings);
  tcase_add_test(tc, adjacent_strings);
  tcase_add_test(tc, char_literals);
  tcase_add_test(tc, variables_rejected);
  suite_add_tcase(s, tc);

  tc = tcase("compound");
  tcase_add_test(tc, tuples);
  tcase_add_test(tc, lists);
  tcase_add_test(tc, long_list);
  tcase_add_test(tc, binaries);
  tcase_add_test(tc, binary_encoding);
  tcase_add_test(tc, bad_binaries);
  tcase_add_test(tc, maps);
  tcase_add_test(tc, funs);
  tcase_add_test(tc, fun_prefix_atoms);
  suite_add_tcase(s, tc);

  tc = tcase("forms");
  tcase_add_test(tc, forms_and_lines);
  tcase_add_test(tc, comments_and_blanks);
  tcase_add_test(tc, empty_inputs);
  tcase_add_test(tc, lines_inside_tokens);
  tcase_add_test(tc, dots);
  suite_add_tcase(s, tc);

  tc = tcase("bad_input");
  tcase_add_test(tc, unterminated);
  tcase_add_test(tc, stray_characters);
  tcase_add_test(tc, message_format);
  tcase_add_test(tc, deep_nesting);
  tcase_add_test(tc, sample_parses);
  tcase_add_test(tc, truncation);
  tcase_add_test(tc, mutations);
  suite_add_tcase(s, tc);

  tc = tcase("erlc_output");
  tcase_add_test(tc, erlc_literals);
  tcase_add_test(tc, erlc_unicode);
  tcase_add_test(tc, erlc_wrapped_binary);
  tcase_add_test(tc, erlc_funs);
  suite_add_tcase(s, tc);
  return s;
}
