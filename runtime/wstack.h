/*
** wstack.h — a growable stack of words (prefix ws_), for the walks over
** terms that must not recurse on the C stack.
**
** The first WS_INLINE words live in the struct itself (on the C stack
** where the walk keeps it); past that the words move to os_alloc memory,
** which ws_free releases.  Never NULL, never fails: out of memory ends the
** program through os_alloc.
*/
#ifndef BEAMRT_WSTACK_H
#define BEAMRT_WSTACK_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "os/os.h"

#define WS_INLINE 32

typedef struct WStack {
  uintptr_t *w;
  size_t len, cap;
  uintptr_t inline_w[WS_INLINE];
} WStack;

static inline void ws_init(WStack *s) {
  s->w = s->inline_w;
  s->len = 0;
  s->cap = WS_INLINE;
}

/* Releases the memory of s (s is empty and unusable after). */
static inline void ws_free(WStack *s) {
  if (s->w != s->inline_w) os_free(s->w);
}

/* Doubles s's room. */
static inline void ws_grow(WStack *s) {
  bool first = s->w == s->inline_w;
  uintptr_t *w = os_realloc(first ? NULL : s->w, 2 * s->cap * sizeof *w, "term walk");
  if (first) memcpy(w, s->inline_w, sizeof s->inline_w);
  s->w = w;
  s->cap *= 2;
}

static inline void ws_push(WStack *s, uintptr_t x) {
  if (s->len == s->cap) ws_grow(s);
  s->w[s->len++] = x;
}

/* The word pushed last (s must not be empty). */
static inline uintptr_t ws_pop(WStack *s) { return s->w[--s->len]; }

#endif
