/*
** bif_ident.c — identities and their text: unique_integer/0,1, and pids,
** ports, references and funs to and from lists of characters
** (pid_to_list, list_to_pid, port_to_list, list_to_port, ref_to_list,
** list_to_ref, fun_to_list).
**
** The text is erlang:display's (print.c): <0.N.S>, #Port<0.N>,
** #Ref<0.A.B.C>, #Fun<Module.Index.Uniq>, fun M:F/A.  Reading it back
** accepts what erl accepts in form (decimal numbers, leading zeros, node 0
** for this node, nothing before or after but a NUL and any bytes after
** it) and gives the very term whose text it is.  A pid's number and
** serial have erl's widths, 15 and 13 bits (ptab.h: beamc's pid number is
** erl's pid data, so <0.5.1> is the pid binary_to_term makes of erl's); a
** reference's last number fits 18 bits and the others 32, as erl's (erl
** also refuses some middle numbers that would mark another kind of
** reference, which beamc does not have).
*/
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "integer.h"
#include "print.h"
#include "ptab.h"
#include "ref.h"
#include "term_build.h"

/* ---- unique_integer ----------------------------------------------------- */

static _Atomic uint64_t unique_next; /* numbers given so far */

/* The options' flags: positive, monotonic (each at most once or more);
   -1 for anything but a proper list of those atoms. */
static int unique_options(BeamTerm opts) {
  int flags = 0;
  for (; BEAM_IS_LIST(opts); opts = BEAM_CDR(opts)) {
    BeamTerm o = BEAM_CAR(opts);
    if (o == ATOM_POSITIVE) flags |= 1;
    else if (o != ATOM_MONOTONIC) return -1;
  }
  return opts == BEAM_NIL ? flags : -1;
}

/*
** Every call takes the next number of one counter, so the integers are
** unique among all the program's calls and strictly increase in the order
** the calls take them (monotonic, across processes too).  Positive ones
** count from 1; the others from erl's -2^59 (the smallest 64-bit small,
** where erl's start), so both kinds stay small integers for a long time
** on a 64-bit host.
*/
static BeamTerm unique(BeamProc *p, bool positive) {
  uint64_t n = atomic_fetch_add_explicit(&unique_next, 1, memory_order_relaxed);
  if (positive) return int_from_uint64(p, n + 1);
  return int_from_int64(p, (int64_t)n - (INT64_C(1) << 59));
}

BeamTerm beam_bif_erlang_unique_integer_0(BeamProc *p) { return unique(p, false); }

BeamTerm beam_bif_erlang_unique_integer_1(BeamProc *p, BeamTerm opts) {
  int flags = unique_options(opts);
  return flags < 0 ? bif_badarg(p) : unique(p, flags & 1);
}

/* ---- to text ------------------------------------------------------------ */

/* The list of the characters display prints for t. */
static BeamTerm text_of(BeamProc *p, BeamTerm t) {
  PrintBuf b;
  print_init(&b);
  print_term(&b, t);
  BeamTerm l = tb_string(p, b.s);
  print_free(&b);
  return l;
}

BeamTerm beam_bif_erlang_pid_to_list_1(BeamProc *p, BeamTerm t) {
  return BEAM_IS_PID(t) ? text_of(p, t) : bif_badarg(p);
}

BeamTerm beam_bif_erlang_port_to_list_1(BeamProc *p, BeamTerm t) {
  return BEAM_IS_PORT(t) ? text_of(p, t) : bif_badarg(p);
}

BeamTerm beam_bif_erlang_ref_to_list_1(BeamProc *p, BeamTerm t) {
  return BEAM_IS_REF(t) ? text_of(p, t) : bif_badarg(p);
}

BeamTerm beam_bif_erlang_fun_to_list_1(BeamProc *p, BeamTerm t) {
  return BEAM_IS_FUN(t) ? text_of(p, t) : bif_badarg(p);
}

/* ---- from text ---------------------------------------------------------- */

/* A reader of a list of characters: `l` is what is left; `bad` is set
   once something was not as expected (the reader then reads nothing). */
typedef struct Text {
  BeamTerm l;
  bool bad;
} Text;

/* Reads the characters of s, in order; false (and bad) if the text
   does not go on with them. */
static bool expect(Text *x, const char *s) {
  for (; *s && !x->bad; s++) {
    if (!BEAM_IS_LIST(x->l) || BEAM_CAR(x->l) != BEAM_SMALL((unsigned char)*s)) x->bad = true;
    else x->l = BEAM_CDR(x->l);
  }
  return !x->bad;
}

static int digit_at(BeamTerm l) {
  if (!BEAM_IS_LIST(l) || !BEAM_IS_SMALL(BEAM_CAR(l))) return -1;
  BeamSint c = BEAM_SMALL_VALUE(BEAM_CAR(l));
  return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
}

/* Reads a decimal number of one digit or more, no larger than max. */
static uint64_t number(Text *x, uint64_t max) {
  uint64_t v = 0;
  if (x->bad || digit_at(x->l) < 0) {
    x->bad = true;
    return 0;
  }
  for (int d; (d = digit_at(x->l)) >= 0; x->l = BEAM_CDR(x->l)) {
    if ((uint64_t)d > max || v > (max - (uint64_t)d) / 10) x->bad = true;
    else v = v * 10 + (uint64_t)d;
  }
  return v;
}

/* True when the text was read as expected to its end.  As erl, which
   reads the list into a C string first, a NUL character ends the text,
   but the rest must still be a proper list of bytes. */
static bool done(const Text *x) {
  if (x->bad) return false;
  if (!BEAM_IS_LIST(x->l) || BEAM_CAR(x->l) != BEAM_SMALL(0)) return x->l == BEAM_NIL;
  BeamTerm l = x->l;
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l))
    if (!BEAM_IS_SMALL(BEAM_CAR(l)) || (BeamTerm)BEAM_SMALL_VALUE(BEAM_CAR(l)) > 255) return false;
  return l == BEAM_NIL;
}

/* The largest number an immediate with `tag_bits` tag bits holds. */
#define IMMED_MAX(tag_bits) ((uint64_t)(UINTPTR_MAX >> (tag_bits)))

/* <0.Number.Serial>, erl's widths (15 and 13 bits): the pid whose text
   it is (ptab.h). */
BeamTerm beam_bif_erlang_list_to_pid_1(BeamProc *p, BeamTerm l) {
  Text x = {l, false};
  expect(&x, "<");
  number(&x, 0); /* the node: this one */
  expect(&x, ".");
  uint64_t n = number(&x, (UINT64_C(1) << PTAB_NUMBER_BITS) - 1);
  expect(&x, ".");
  uint64_t serial = number(&x, (UINT64_C(1) << PTAB_SERIAL_BITS) - 1);
  expect(&x, ">");
  if (!done(&x)) return bif_badarg(p);
  return ptab_pid_of((uint32_t)n, (uint32_t)serial);
}

BeamTerm beam_bif_erlang_list_to_port_1(BeamProc *p, BeamTerm l) {
  Text x = {l, false};
  expect(&x, "#Port<");
  number(&x, 0);
  expect(&x, ".");
  uint64_t n = number(&x, IMMED_MAX(6));
  expect(&x, ">");
  if (!done(&x)) return bif_badarg(p);
  return (BeamTerm)n << 6 | BEAM_TAG_PORT;
}

#define REF_N0_MAX ((UINT64_C(1) << 18) - 1)

/* #Ref<0.N2.N1.N0>: the reference whose words are N0, N1, N2 (print.c
   prints them from the last); N0 has 18 bits, as in erl (ref.h). */
BeamTerm beam_bif_erlang_list_to_ref_1(BeamProc *p, BeamTerm l) {
  Text x = {l, false};
  uint64_t w[3];
  expect(&x, "#Ref<");
  number(&x, 0);
  for (int i = 2; i >= 0; i--) {
    expect(&x, ".");
    w[i] = number(&x, i == 0 ? REF_N0_MAX : UINT32_MAX);
  }
  expect(&x, ">");
  if (!done(&x)) return bif_badarg(p);
  BeamTerm *hp = beam_alloc(p, REF_WORDS);
  hp[0] = BEAM_HEADER(REF_WORDS - 1, BEAM_SUB_REF);
  for (int i = 0; i < 3; i++) hp[1 + i] = (BeamTerm)w[i];
  return BEAM_MAKE_BOXED(hp);
}
