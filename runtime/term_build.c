/*
** term_build.c — small terms on a process heap.
*/
#include "term_build.h"

#include <string.h>

BeamTerm tb_cons(BeamProc *p, BeamTerm head, BeamTerm tail) {
  BeamTerm *hp = beam_alloc(p, 2);
  hp[0] = head;
  hp[1] = tail;
  return BEAM_MAKE_LIST(hp);
}

BeamTerm tb_tuple2(BeamProc *p, BeamTerm a, BeamTerm b) {
  BeamTerm *hp = beam_alloc(p, 3);
  hp[0] = BEAM_HEADER(2, BEAM_SUB_TUPLE);
  hp[1] = a;
  hp[2] = b;
  return BEAM_MAKE_BOXED(hp);
}

BeamTerm tb_boxed3(BeamProc *p, unsigned sub, BeamTerm a, BeamTerm b, BeamTerm c) {
  BeamTerm *hp = beam_alloc(p, 4);
  hp[0] = BEAM_HEADER(3, sub);
  hp[1] = a;
  hp[2] = b;
  hp[3] = c;
  return BEAM_MAKE_BOXED(hp);
}

BeamTerm tb_tuple3(BeamProc *p, BeamTerm a, BeamTerm b, BeamTerm c) {
  return tb_boxed3(p, BEAM_SUB_TUPLE, a, b, c);
}

BeamTerm tb_list_from(BeamProc *p, const BeamTerm *v, size_t n) {
  if (n == 0) return BEAM_NIL;
  BeamTerm *hp = beam_alloc(p, 2 * n);
  for (size_t i = 0; i < n; i++) {
    hp[2 * i] = v[i];
    hp[2 * i + 1] = i + 1 < n ? BEAM_MAKE_LIST(hp + 2 * i + 2) : BEAM_NIL;
  }
  return BEAM_MAKE_LIST(hp);
}

BeamTerm tb_string(BeamProc *p, const char *s) {
  size_t n = strlen(s);
  if (n == 0) return BEAM_NIL;
  BeamTerm *hp = beam_alloc(p, 2 * n);
  for (size_t i = 0; i < n; i++) {
    hp[2 * i] = BEAM_SMALL((unsigned char)s[i]);
    hp[2 * i + 1] = i + 1 < n ? BEAM_MAKE_LIST(hp + 2 * i + 2) : BEAM_NIL;
  }
  return BEAM_MAKE_LIST(hp);
}

BeamTerm tb_append1(BeamProc *p, BeamTerm list, BeamTerm t) {
  long n = tb_list_length(list);
  BeamTerm *hp = beam_alloc(p, 2 * ((size_t)n + 1));
  for (long i = 0; i < n; i++, list = BEAM_CDR(list)) {
    hp[2 * i] = BEAM_CAR(list);
    hp[2 * i + 1] = BEAM_MAKE_LIST(hp + 2 * i + 2);
  }
  hp[2 * n] = t;
  hp[2 * n + 1] = BEAM_NIL;
  return BEAM_MAKE_LIST(hp);
}

long tb_list_length(BeamTerm list) {
  long n = 0;
  while (BEAM_IS_LIST(list)) {
    n++;
    list = BEAM_CDR(list);
  }
  return list == BEAM_NIL ? n : -1;
}

/* beam_make_float (beamrt.h): the caller need not have made room. */
BeamTerm beam_make_float(BeamProc *p, double d) {
  BeamTerm *hp = beam_alloc(p, 1 + BEAM_FLOAT_WORDS);
  hp[0] = BEAM_HEADER(BEAM_FLOAT_WORDS, BEAM_SUB_FLOAT);
  memcpy(hp + 1, &d, sizeof d);
  return BEAM_MAKE_BOXED(hp);
}
