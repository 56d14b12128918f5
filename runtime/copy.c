/*
** copy.c — copying a term out of a process (copy.h).
**
** Both walks keep their pending subterms on a stack of their own (a C
** array that grows), never on the C stack: a list nested a million deep
** copies like a flat one.  A cons cell pushes its tail before its head,
** so the stack holds one entry per level of nesting, not per element.
** Words that are not terms (gc_header_skip) are copied as they are; a
** ProcBin's copy shares the bytes (bin_share).
*/
#include "copy.h"

#include <string.h>

#include "bin/bin.h"
#include "gc.h"
#include "os/os.h"

typedef struct Work {
  BeamTerm src;
  BeamTerm *dst;  /* where the copy goes (copy_term); NULL when sizing */
} Work;

typedef struct Stack {
  Work *w;
  size_t n, cap;
  Work small[32];
} Stack;

static void push(Stack *s, BeamTerm src, BeamTerm *dst) {
  if (s->n == s->cap) {
    size_t cap = s->cap * 2;
    Work *w = os_alloc(cap * sizeof *w, "copy stack");
    memcpy(w, s->w, s->n * sizeof *w);
    if (s->w != s->small) os_free(s->w);
    s->w = w, s->cap = cap;
  }
  s->w[s->n++] = (Work){src, dst};
}

static void init(Stack *s) { s->w = s->small, s->n = 0, s->cap = 32; }
static void done(Stack *s) { if (s->w != s->small) os_free(s->w); }

size_t copy_size(BeamTerm t) {
  Stack s;
  size_t words = 0;
  init(&s);
  push(&s, t, NULL);
  while (s.n) {
    BeamTerm u = s.w[--s.n].src;
    if (BEAM_IS_LIST(u)) {
      words += 2;
      push(&s, BEAM_CDR(u), NULL);
      push(&s, BEAM_CAR(u), NULL);
    } else if (BEAM_IS_BOXED(u)) {
      BeamTerm h = BEAM_BOXED_HEADER(u), *o = BEAM_PTR(u);
      size_t n = 1 + BEAM_HEADER_ARITY(h);
      words += n;
      for (size_t i = gc_header_skip(h); i < n; i++) push(&s, o[i], NULL);
    }
  }
  done(&s);
  return words;
}

BeamTerm copy_term(BeamTerm t, BeamTerm **hp, BeamTerm **bins) {
  Stack s;
  BeamTerm result, *top = *hp;
  init(&s);
  push(&s, t, &result);
  while (s.n) {
    Work w = s.w[--s.n];
    BeamTerm u = w.src;
    if (BEAM_IS_LIST(u)) {
      BeamTerm *c = top;
      top += 2;
      *w.dst = BEAM_MAKE_LIST(c);
      push(&s, BEAM_CDR(u), &c[1]);
      push(&s, BEAM_CAR(u), &c[0]);
    } else if (BEAM_IS_BOXED(u)) {
      BeamTerm h = BEAM_BOXED_HEADER(u), *o = BEAM_PTR(u), *c = top;
      size_t n = 1 + BEAM_HEADER_ARITY(h), raw = gc_header_skip(h);
      top += n;
      if (BEAM_HEADER_SUB(h) == BEAM_SUB_REFBIN) *w.dst = bin_share(c, bins, o);
      else memcpy(c, o, raw * sizeof *c), *w.dst = BEAM_MAKE_BOXED(c);
      for (size_t i = raw; i < n; i++) push(&s, o[i], &c[i]);
    } else {
      *w.dst = u;
    }
  }
  done(&s);
  *hp = top;
  return result;
}
