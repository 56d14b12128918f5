/*
** errfmt.c — exceptions as escript prints them.
**
** escript hands an uncaught exception to erl_error:format_exception,
** which prints terms with  io_lib:format("~.<Col>P", [Term, 50])
** (pretty_print) and atoms in names with ~w (pretty_atom).  The columns
** it passes count from the start of "exception error: ", not from
** escript's "escript: " before it; so do these.
*/
#include "errfmt.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "atom.h"
#include "atoms_gen.h"
#include "pretty.h"

/* The line length of ~p. */
#define ERRFMT_LINE 80

static void puts_b(PrintBuf *b, const char *s) { print_append(b, s, strlen(s)); }

static bool tagged(BeamTerm t, BeamTerm tag, unsigned arity) {
  return BEAM_IS_TUPLE(t) && BEAM_TUPLE_ARITY(t) == arity &&
         BEAM_ELEMENT(t, 0) == tag;
}

/* The width of "exception Class: " (erl_error's exited_size). */
static long exited_size(BeamTerm cls) {
  return cls == ATOM_EXIT ? (long)strlen("exception exit: ") : (long)strlen("exception error: ");
}

/* t as ~p prints it from column col. */
static void pp_term(PrintBuf *b, BeamTerm t, long col) {
  pretty_print(b, t, col, ERRFMT_LINE, PRETTY_ERROR_DEPTH);
}

static size_t count_nl(const PrintBuf *b) {
  size_t n = 0;
  for (size_t i = 0; i < b->len; i++) n += b->s[i] == '\n';
  return n;
}

static void spaces(PrintBuf *b, long n) {
  for (long i = 0; i < n; i++) puts_b(b, " ");
}

static const char *simple_reason(BeamTerm r) {
  if (r == ATOM_BADARG) return "bad argument";
  if (r == ATOM_BADARITH) return "an error occurred when evaluating an arithmetic expression";
  if (r == ATOM_IF_CLAUSE) return "no true branch found when evaluating an if expression";
  if (r == ATOM_SYSTEM_LIMIT) return "a system limit has been reached";
  if (r == ATOM_TIMEOUT_VALUE) return "bad receive timeout value";
  if (r == ATOM_NOPROC) return "no such process or port";
  return NULL;
}

/*
** erl_error's format_value: `err` and then v, printed after it; when
** that takes more than two lines and starting v on a line of its own
** (indented past "exception Class: ") takes fewer, it goes there.
*/
static void format_value(PrintBuf *b, BeamTerm cls, const char *err, BeamTerm v) {
  long pre = exited_size(cls);
  PrintBuf s1, s2;
  print_init(&s1);
  print_init(&s2);
  puts_b(b, err);
  pp_term(&s1, v, pre + (long)strlen(err) + 1);
  size_t n1 = count_nl(&s1);
  if (n1 > 1) pp_term(&s2, v, pre + 1);
  if (n1 > 1 && count_nl(&s2) < n1) {
    puts_b(b, "\n");
    spaces(b, pre);
    print_append(b, s2.s, s2.len);
  } else {
    print_append(b, s1.s, s1.len);
  }
  print_free(&s1);
  print_free(&s2);
}

/*
** erl_error's pp_arguments: the argument list printed from column col
** (the column of its opening bracket, minus one), in parentheses.  A
** list of arguments that are all character codes would print as a
** string, so its first argument is laid out as an atom of as many
** characters and then written as the number.
*/
static void pp_arguments(PrintBuf *out, BeamTerm args, long col) {
  PrintBuf s;
  print_init(&s);
  bool chars = BEAM_IS_LIST(args);
  for (BeamTerm a = args; chars && BEAM_IS_LIST(a); a = BEAM_CDR(a)) {
    BeamTerm c = BEAM_CAR(a);
    BeamSint v = BEAM_IS_SMALL(c) ? BEAM_SMALL_VALUE(c) : -1;
    chars = (v >= 32 && v <= 126) || (v >= 160 && v <= 255) || v == '\n' || v == '\r' ||
            v == '\t' || v == '\v' || v == '\b' || v == '\f' || v == 27;
  }
  if (chars) {
    char digits[8];
    int nd = snprintf(digits, sizeof digits, "%ld", (long)BEAM_SMALL_VALUE(BEAM_CAR(args)));
    BeamTerm cell[2] = {atom_intern("aaa", (size_t)nd), BEAM_CDR(args)};
    pp_term(&s, BEAM_MAKE_LIST(cell), col + 1);
    memcpy(s.s + 1, digits, (size_t)nd);
  } else {
    pp_term(&s, args, col + 1);
  }
  s.s[0] = '(';
  s.s[s.len - 1] = ')';
  print_append(out, s.s, s.len);
  print_free(&s);
}

/* "M:F" with the atoms as ~w writes them. */
static void mf_text(PrintBuf *b, BeamTerm m, BeamTerm f) {
  pretty_atom(b, m);
  puts_b(b, ":");
  pretty_atom(b, f);
}

/*
** erl_error's format_call after `err` (already written): M:F(Args) on
** the same line, or on a new line indented past "exception error: " when
** even two short arguments would not fit after the error text, or when
** the arguments take fewer lines there.
*/
static void format_call(PrintBuf *b, const char *err, BeamTerm f) {
  long pre = exited_size(ATOM_ERROR);
  PrintBuf mf, s1, s2, s3;
  print_init(&mf);
  print_init(&s1);
  print_init(&s2);
  print_init(&s3);
  mf_text(&mf, BEAM_ELEMENT(f, 0), BEAM_ELEMENT(f, 1));
  long i1 = pre + (long)strlen(err) + (long)mf.len;
  BeamTerm two[4] = {atom_intern("a2345", 5), BEAM_MAKE_LIST(two + 2), atom_intern("b2345", 5),
                     BEAM_NIL};
  pp_arguments(&s1, BEAM_ELEMENT(f, 2), i1);
  pp_arguments(&s2, BEAM_ELEMENT(f, 2), pre + (long)mf.len);
  pp_arguments(&s3, BEAM_MAKE_LIST(two), i1);
  bool next_line = count_nl(&s3) > 0 || count_nl(&s2) < count_nl(&s1);
  if (next_line) {
    puts_b(b, "\n");
    spaces(b, pre);
  }
  print_append(b, mf.s, mf.len);
  if (next_line) print_append(b, s2.s, s2.len);
  else print_append(b, s1.s, s1.len);
  print_free(&mf);
  print_free(&s1);
  print_free(&s2);
  print_free(&s3);
}

/* "M:F/A" as erl_error's mfa_to_string writes it for a function that is
   neither an auto-imported BIF nor an operator (those it names without
   the module, "map_get/2"; here they keep it). */
static void mfa_text(PrintBuf *b, BeamTerm m, BeamTerm f, long arity) {
  char num[32];
  mf_text(b, m, f);
  snprintf(num, sizeof num, "/%ld", arity);
  puts_b(b, num);
}

static long arity_of(BeamTerm a) {
  long n = 0;
  if (BEAM_IS_SMALL(a)) return (long)BEAM_SMALL_VALUE(a);
  for (; BEAM_IS_LIST(a); a = BEAM_CDR(a)) n++;
  return n;
}

/* function_clause and undef name the function of the top frame. */
static bool frame_reason(PrintBuf *b, BeamTerm r, BeamTerm trace) {
  BeamTerm f = BEAM_IS_LIST(trace) ? BEAM_CAR(trace) : BEAM_NIL;
  if (!BEAM_IS_TUPLE(f) || BEAM_TUPLE_ARITY(f) != 4) return false;
  bool args = BEAM_IS_LIST(BEAM_ELEMENT(f, 2)) || BEAM_ELEMENT(f, 2) == BEAM_NIL;
  if (r == ATOM_FUNCTION_CLAUSE && args) {
    const char *err = "no function clause matching ";
    puts_b(b, err);
    format_call(b, err, f);
    puts_b(b, " ");
    errfmt_location(b, BEAM_ELEMENT(f, 3));
    return true;
  }
  if (r == ATOM_UNDEF) {
    puts_b(b, "undefined function ");
    mfa_text(b, BEAM_ELEMENT(f, 0), BEAM_ELEMENT(f, 1), arity_of(BEAM_ELEMENT(f, 2)));
    return true;
  }
  return false;
}

/* {badarity, {Fun, Args}}: "M:F/A called with N arguments". */
static bool badarity(PrintBuf *b, BeamTerm r) {
  if (!tagged(r, ATOM_BADARITY, 2) || !BEAM_IS_TUPLE(BEAM_ELEMENT(r, 1)) ||
      BEAM_TUPLE_ARITY(BEAM_ELEMENT(r, 1)) != 2)
    return false;
  BeamTerm fun = BEAM_ELEMENT(BEAM_ELEMENT(r, 1), 0), args = BEAM_ELEMENT(BEAM_ELEMENT(r, 1), 1);
  if (BEAM_HAS_SUB(fun, BEAM_SUB_FUN)) {
    const BeamFunEntry *fe = (const BeamFunEntry *)BEAM_PTR(fun)[1];
    mfa_text(b, BEAM_ATOM(*fe->mfa->module->name), BEAM_ATOM(*fe->mfa->fun), fe->arity);
  } else if (BEAM_HAS_SUB(fun, BEAM_SUB_EXPORT)) {
    const BeamTerm *w = BEAM_PTR(fun);
    mfa_text(b, w[1], w[2], (long)BEAM_SMALL_VALUE(w[3]));
  } else {
    return false;
  }
  static const char *const few[] = {"no arguments", "one argument", "two arguments"};
  long n = arity_of(args);
  char num[48];
  snprintf(num, sizeof num, "%ld arguments", n);
  puts_b(b, " called with ");
  puts_b(b, n < 3 ? few[n] : num);
  return true;
}

/* True when the top frame of trace has the error_info of a failed binary
   construction (erl_erts_errors:format_bs_fail explains it). */
static bool bs_failure(BeamTerm trace) {
  BeamTerm f = BEAM_IS_LIST(trace) ? BEAM_CAR(trace) : BEAM_NIL;
  if (!BEAM_IS_TUPLE(f) || BEAM_TUPLE_ARITY(f) != 4) return false;
  for (BeamTerm l = BEAM_ELEMENT(f, 3); BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm kv = BEAM_CAR(l);
    if (tagged(kv, ATOM_ERROR_INFO, 2) && BEAM_IS_MAP(BEAM_ELEMENT(kv, 1)))
      return beam_map_get(BEAM_ELEMENT(kv, 1), ATOM_FUNCTION) == ATOM_FORMAT_BS_FAIL;
  }
  return false;
}

bool errfmt_reason(PrintBuf *b, BeamTerm cls, BeamTerm r, BeamTerm trace) {
  if (cls == ATOM_ERROR && r == ATOM_BADARG && bs_failure(trace)) {
    puts_b(b, "construction of binary failed");
    return false;
  }
  const char *s = cls == ATOM_ERROR ? simple_reason(r) : NULL;
  if (s) {
    puts_b(b, s);
    return false;
  }
  if (cls == ATOM_ERROR && frame_reason(b, r, trace)) return true;
  if (cls == ATOM_ERROR && badarity(b, r)) return false;
  if (cls == ATOM_ERROR && BEAM_IS_TUPLE(r) && BEAM_TUPLE_ARITY(r) == 2) {
    BeamTerm tag = BEAM_ELEMENT(r, 0), v = BEAM_ELEMENT(r, 1);
    const char *t = tag == ATOM_BADMATCH ? "no match of right hand side value "
                  : tag == ATOM_CASE_CLAUSE ? "no case clause matching "
                  : tag == ATOM_TRY_CLAUSE ? "no try clause matching "
                  : tag == ATOM_BADFUN ? "bad function "
                  : tag == ATOM_BADARG ? "bad argument: "
                  : tag == ATOM_BADKEY ? "bad key: "
                  : tag == ATOM_BADMAP ? "bad map: "
                  : NULL; /* OTP 25 has no text for badrecord */
    if (t) {
      format_value(b, cls, t, v);
      return false;
    }
  }
  pp_term(b, r, 1 + exited_size(cls));
  return false;
}

void errfmt_frame(PrintBuf *b, BeamTerm f) {
  mfa_text(b, BEAM_ELEMENT(f, 0), BEAM_ELEMENT(f, 1), arity_of(BEAM_ELEMENT(f, 2)));
  puts_b(b, " ");
  errfmt_location(b, BEAM_ELEMENT(f, 3));
}

void errfmt_location(PrintBuf *b, BeamTerm loc) {
  char num[32];
  BeamTerm file = BEAM_NONV, line = BEAM_NONV;
  for (BeamTerm l = loc; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm kv = BEAM_CAR(l);
    if (tagged(kv, ATOM_FILE, 2) && file == BEAM_NONV) file = BEAM_ELEMENT(kv, 1);
    if (tagged(kv, ATOM_LINE, 2) && line == BEAM_NONV) line = BEAM_ELEMENT(kv, 1);
  }
  if (file == BEAM_NONV || line == BEAM_NONV) return;
  puts_b(b, "(");
  for (; BEAM_IS_LIST(file); file = BEAM_CDR(file)) {
    char c = (char)BEAM_SMALL_VALUE(BEAM_CAR(file));
    print_append(b, &c, 1);
  }
  snprintf(num, sizeof num, ", line %ld)", (long)BEAM_SMALL_VALUE(line));
  puts_b(b, num);
}
