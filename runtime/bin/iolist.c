/*
** iolist.c — walking iolists (iolist.h).
*/
#include "iolist.h"

#include <string.h>

#include "bits.h"
#include "os/os.h"

typedef struct Walk {
  BeamTerm *w;
  size_t n, cap;
  BeamTerm small[32];
} Walk;

static void walk_push(Walk *s, BeamTerm t) {
  if (s->n == s->cap) {
    size_t cap = s->cap * 2;
    BeamTerm *w = os_alloc(cap * sizeof *w, "iolist stack");
    memcpy(w, s->w, s->n * sizeof *w);
    if (s->w != s->small) os_free(s->w);
    s->w = w, s->cap = cap;
  }
  s->w[s->n++] = t;
}

/* What to do with each element of an iolist: called with a byte (a
   small) or a bitstring, in order. */
typedef struct Sink {
  uint8_t *out;    /* NULL when measuring */
  size_t bits;     /* written (or counted) so far */
} Sink;

static void sink_put(Sink *k, BeamTerm t) {
  if (BEAM_IS_SMALL(t)) {
    uint8_t byte = (uint8_t)BEAM_SMALL_VALUE(t);
    if (k->out == NULL) ;
    else if (k->bits % 8 == 0) k->out[k->bits / 8] = byte;
    else bits_copy(k->out, k->bits, &byte, 0, 8);
    k->bits += 8;
    return;
  }
  Bits b;
  bits_of(t, &b);
  if (k->out != NULL) bits_copy(k->out, k->bits, b.p, b.off, b.n);
  k->bits += b.n;
}

/*
** Feeds the elements of the iolist t to k, in order; false when t is not
** an iolist (with bitstrings when `bits`).  Walks with a stack of its
** own: a list nested a million deep is fine.
*/
static bool walk(BeamTerm t, bool bits, Sink *k) {
  Walk s = {.cap = 32};
  s.w = s.small;
  bool ok = true;
  walk_push(&s, t);
  while (ok && s.n > 0) {
    BeamTerm u = s.w[--s.n];
    if (BEAM_IS_BITSTRING(u)) {
      if (!bits && !beam_is_binary(u)) ok = false;
      else sink_put(k, u);
    } else if (BEAM_IS_LIST(u)) {
      BeamTerm h = BEAM_CAR(u), tl = BEAM_CDR(u);
      if (tl != BEAM_NIL) {
        if (!BEAM_IS_LIST(tl) && !BEAM_IS_BITSTRING(tl)) ok = false;
        walk_push(&s, tl);
      }
      if (BEAM_IS_SMALL(h)) {
        if (BEAM_SMALL_VALUE(h) < 0 || BEAM_SMALL_VALUE(h) > 255) ok = false;
        else sink_put(k, h);
      } else if (BEAM_IS_LIST(h) || BEAM_IS_BITSTRING(h)) {
        walk_push(&s, h);
      } else if (h != BEAM_NIL) {
        ok = false;
      }
    } else if (u != BEAM_NIL) {
      ok = false;
    }
  }
  if (s.w != s.small) os_free(s.w);
  return ok;
}

bool iol_size(BeamTerm t, bool bits, size_t *nbits) {
  Sink k = {NULL, 0};
  if (!walk(t, bits, &k)) return false;
  *nbits = k.bits;
  return true;
}

void iol_write(BeamTerm t, bool bits, uint8_t *out) {
  Sink k = {out, 0};
  walk(t, bits, &k);
}

uint8_t *iol_flatten(BeamTerm t, size_t *n) {
  size_t bits;
  if (!iol_size(t, false, &bits)) return NULL;
  *n = bits / 8;
  uint8_t *b = os_alloc(*n ? *n : 1, "iolist bytes");
  iol_write(t, false, b);
  return b;
}
