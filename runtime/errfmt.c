/*
** errfmt.c — exceptions as escript prints them.
*/
#include "errfmt.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "atoms_gen.h"

/* Where erl_error indents continued lines: the width of "exception error: "
   (function_clause is always an error). */
#define ERRFMT_INDENT 17

static void puts_b(PrintBuf *b, const char *s) { print_append(b, s, strlen(s)); }

static bool tagged(BeamTerm t, BeamTerm tag, unsigned arity) {
  return BEAM_IS_TUPLE(t) && BEAM_TUPLE_ARITY(t) == arity &&
         BEAM_ELEMENT(t, 0) == tag;
}

static const char *simple_reason(BeamTerm r) {
  if (r == ATOM_BADARG) return "bad argument";
  if (r == ATOM_BADARITH) return "an error occurred when evaluating an arithmetic expression";
  if (r == ATOM_IF_CLAUSE) return "no true branch found when evaluating an if expression";
  if (r == ATOM_SYSTEM_LIMIT) return "a system limit has been reached";
  return NULL;
}

/* Printed length of a term, in bytes. */
static size_t printed_len(BeamTerm t) {
  PrintBuf tmp;
  print_init(&tmp);
  print_term(&tmp, t);
  size_t n = tmp.len;
  print_free(&tmp);
  return n;
}

/* erl_error's pretty printer keeps a term of len characters on the line
   begun at column col when it ends before column 80. */
static bool fits(size_t col, size_t len) { return col + 1 + len < 80; }

/*
** M:F(A1,...) of a frame whose third element is the argument list, after
** `err` (already written).  Like erl_error:format_call, the call moves to
** a new line indented ERRFMT_INDENT when a two-atom argument list would
** not fit after the error text, or when only the new line has room for
** the arguments (all measured as display prints them, on one line).
*/
static void call_of(PrintBuf *b, const char *err, BeamTerm f) {
  PrintBuf mf;
  print_init(&mf);
  print_atom(&mf, BEAM_ELEMENT(f, 0));
  puts_b(&mf, ":");
  print_atom(&mf, BEAM_ELEMENT(f, 1));
  size_t args = printed_len(BEAM_ELEMENT(f, 2));
  size_t i1 = ERRFMT_INDENT + strlen(err) + mf.len, i2 = ERRFMT_INDENT + mf.len;
  bool long_call = !fits(i1, strlen("[a2345,b2345]"));
  if (long_call || (!fits(i1, args) && fits(i2, args))) {
    puts_b(b, "\n");
    for (int i = 0; i < ERRFMT_INDENT; i++) puts_b(b, " ");
  }
  print_append(b, mf.s, mf.len);
  print_free(&mf);
  puts_b(b, "(");
  for (BeamTerm a = BEAM_ELEMENT(f, 2); BEAM_IS_LIST(a); a = BEAM_CDR(a)) {
    print_term(b, BEAM_CAR(a));
    if (BEAM_IS_LIST(BEAM_CDR(a))) puts_b(b, ",");
  }
  puts_b(b, ")");
}

/* function_clause and undef name the function of the top frame. */
static bool frame_reason(PrintBuf *b, BeamTerm r, BeamTerm trace) {
  BeamTerm f = BEAM_IS_LIST(trace) ? BEAM_CAR(trace) : BEAM_NIL;
  if (!BEAM_IS_TUPLE(f) || BEAM_TUPLE_ARITY(f) != 4) return false;
  bool args = BEAM_IS_LIST(BEAM_ELEMENT(f, 2)) || BEAM_ELEMENT(f, 2) == BEAM_NIL;
  if (r == ATOM_FUNCTION_CLAUSE && args) {
    const char *err = "no function clause matching ";
    puts_b(b, err);
    call_of(b, err, f);
    puts_b(b, " ");
    errfmt_location(b, BEAM_ELEMENT(f, 3));
    return true;
  }
  if (r == ATOM_UNDEF) {
    puts_b(b, "undefined function ");
    errfmt_frame(b, f);
    b->len -= b->len > 0 && b->s[b->len - 1] == ' '; /* no location */
    return true;
  }
  return false;
}

bool errfmt_reason(PrintBuf *b, BeamTerm cls, BeamTerm r, BeamTerm trace) {
  const char *s = cls == ATOM_ERROR ? simple_reason(r) : NULL;
  if (s) {
    puts_b(b, s);
    return false;
  }
  if (cls == ATOM_ERROR && frame_reason(b, r, trace)) return true;
  if (cls == ATOM_ERROR && BEAM_IS_TUPLE(r) && BEAM_TUPLE_ARITY(r) == 2) {
    BeamTerm tag = BEAM_ELEMENT(r, 0), v = BEAM_ELEMENT(r, 1);
    const char *t = tag == ATOM_BADMATCH ? "no match of right hand side value "
                  : tag == ATOM_CASE_CLAUSE ? "no case clause matching "
                  : tag == ATOM_TRY_CLAUSE ? "no try clause matching "
                  : tag == ATOM_BADFUN ? "bad function "
                  : NULL; /* OTP 25 has no text for badrecord */
    if (t) {
      puts_b(b, t);
      print_term(b, v);
      return false;
    }
  }
  print_term(b, r);
  return false;
}

void errfmt_frame(PrintBuf *b, BeamTerm f) {
  print_atom(b, BEAM_ELEMENT(f, 0));
  puts_b(b, ":");
  print_atom(b, BEAM_ELEMENT(f, 1));
  BeamTerm a = BEAM_ELEMENT(f, 2);
  char num[32];
  long arity = 0;
  if (BEAM_IS_SMALL(a)) {
    arity = (long)BEAM_SMALL_VALUE(a);
  } else {
    for (; BEAM_IS_LIST(a); a = BEAM_CDR(a)) arity++;
  }
  snprintf(num, sizeof num, "/%ld ", arity);
  puts_b(b, num);
  errfmt_location(b, BEAM_ELEMENT(f, 3));
}

void errfmt_location(PrintBuf *b, BeamTerm loc) {
  char num[32];
  BeamTerm file = BEAM_NONV, line = BEAM_NONV;
  for (BeamTerm l = loc; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm kv = BEAM_CAR(l);
    if (tagged(kv, ATOM_FILE, 2)) file = BEAM_ELEMENT(kv, 1);
    if (tagged(kv, ATOM_LINE, 2)) line = BEAM_ELEMENT(kv, 1);
  }
  if (file == BEAM_NONV) return;
  puts_b(b, "(");
  for (; BEAM_IS_LIST(file); file = BEAM_CDR(file)) {
    char c = (char)BEAM_SMALL_VALUE(BEAM_CAR(file));
    print_append(b, &c, 1);
  }
  if (line != BEAM_NONV) {
    snprintf(num, sizeof num, ", line %ld", (long)BEAM_SMALL_VALUE(line));
    puts_b(b, num);
  }
  puts_b(b, ")");
}
