/*
** bif_bin.c — the BIFs of binaries and iolists: byte_size, bit_size,
** list_to_binary, iolist_to_binary, iolist_size, list_to_bitstring,
** binary_to_list/1,3, bitstring_to_list, split_binary, binary_part/2,3.
**
** What erl (OTP 25) does, and so what these do:
**   - an iolist is a binary, or a possibly improper list of bytes
**     (0..255), binaries and iolists whose tail is [] or a binary;
**     list_to_bitstring takes bitstrings wherever binaries go;
**   - list_to_binary wants a list, iolist_to_binary also a binary (which
**     it returns as it is); anything else is badarg;
**   - binary_part's {Start, Length} may have a negative length (the part
**     ends at Start); a part outside the binary is badarg.
*/
#include <string.h>

#include "beamrt_bifs.h"
#include "bif.h"
#include "bin.h"
#include "bits.h"
#include "integer.h"
#include "os/os.h"
#include "proc.h"

/* ---------------------------------------------------------------------- */
/* Walking iolists                                                         */
/* ---------------------------------------------------------------------- */

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
static bool iolist_walk(BeamTerm t, bool bits, Sink *k) {
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

/* The bitstring the iolist t makes, or badarg. */
static BeamTerm iolist_bits(BeamProc *p, BeamTerm t, bool bits) {
  Sink k = {NULL, 0};
  if (!iolist_walk(t, bits, &k)) return bif_badarg(p);
  size_t n = k.bits;
  uint8_t *data;
  if (n % 8 == 0) {
    BeamTerm r = bin_new(p, n / 8, &data);
    k = (Sink){data, 0};
    iolist_walk(t, bits, &k);
    return r;
  }
  BeamTerm *hp = beam_alloc(p, bin_words(n / 8 + 1) + BIN_SUB_WORDS);
  BeamTerm orig = bin_make(hp + BIN_SUB_WORDS, &PROC(p)->bins, n / 8 + 1, &data);
  data[n / 8] = 0;
  k = (Sink){data, 0};
  iolist_walk(t, bits, &k);
  return bin_sub(hp, orig, 0, n);
}

BeamTerm beam_bif_erlang_list_to_binary_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_LIST_OR_NIL(a1)) return bif_badarg(p);
  return iolist_bits(p, a1, false);
}

BeamTerm beam_bif_erlang_iolist_to_binary_1(BeamProc *p, BeamTerm a1) {
  if (beam_is_binary(a1)) return a1;
  if (!BEAM_IS_LIST_OR_NIL(a1)) return bif_badarg(p);
  return iolist_bits(p, a1, false);
}

BeamTerm beam_bif_erlang_list_to_bitstring_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_LIST_OR_NIL(a1)) return bif_badarg(p);
  return iolist_bits(p, a1, true);
}

BeamTerm beam_bif_erlang_iolist_size_1(BeamProc *p, BeamTerm a1) {
  Sink k = {NULL, 0};
  if (!BEAM_IS_LIST_OR_NIL(a1) && !beam_is_binary(a1)) return bif_badarg(p);
  if (!iolist_walk(a1, false, &k)) return bif_badarg(p);
  return int_from_uint64(p, k.bits / 8);
}

/* ---------------------------------------------------------------------- */
/* Sizes, parts and lists                                                  */
/* ---------------------------------------------------------------------- */

BeamTerm beam_bif_erlang_byte_size_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_BITSTRING(a1)) return bif_badarg(p);
  return int_from_uint64(p, (bits_size(a1) + 7) / 8);
}

BeamTerm beam_bif_erlang_bit_size_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_BITSTRING(a1)) return bif_badarg(p);
  return int_from_uint64(p, bits_size(a1));
}

/* The bitstring of `bits` bits starting `off` bits into t. */
static BeamTerm part(BeamProc *p, BeamTerm t, size_t off, size_t bits) {
  const BeamTerm *w = BEAM_PTR(t);
  if (BEAM_HEADER_SUB(w[0]) == BEAM_SUB_SUBBIN) {
    off += (size_t)w[2] * 8 + (w[3] >> 3);
    t = w[4];
  }
  return bin_sub(beam_alloc(p, BIN_SUB_WORDS), t, off, bits);
}

/* The list of the bytes [from, from + n) of b. */
static BeamTerm byte_list(BeamProc *p, const Bits *b, size_t from, size_t n, BeamTerm tail) {
  BeamTerm *c = beam_alloc(p, 2 * n), list = tail;
  for (size_t i = n; i-- > 0;) {
    c[2 * i] = BEAM_SMALL(bits_at(b, (from + i) * 8, 8));
    c[2 * i + 1] = list;
    list = BEAM_MAKE_LIST(c + 2 * i);
  }
  return list;
}

BeamTerm beam_bif_erlang_binary_to_list_1(BeamProc *p, BeamTerm a1) {
  if (!beam_is_binary(a1)) return bif_badarg(p);
  Bits b;
  bits_of(a1, &b);
  return byte_list(p, &b, 0, b.n / 8, BEAM_NIL);
}

/* A position argument: a non-negative integer, as a size; false if not. */
static bool size_arg(BeamTerm t, size_t *out) {
  int64_t v;
  if (!int_host_small(t, &v) || v < 0) return false;
  *out = (size_t)v;
  return (uint64_t)*out == (uint64_t)v;
}

BeamTerm beam_bif_erlang_binary_to_list_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  size_t from, to;
  if (!beam_is_binary(a1) || !size_arg(a2, &from) || !size_arg(a3, &to)) return bif_badarg(p);
  Bits b;
  bits_of(a1, &b);
  if (from < 1 || from > to || to > b.n / 8) return bif_badarg(p);
  return byte_list(p, &b, from - 1, to - from + 1, BEAM_NIL);
}

BeamTerm beam_bif_erlang_bitstring_to_list_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_BITSTRING(a1)) return bif_badarg(p);
  Bits b;
  bits_of(a1, &b);
  size_t whole = b.n / 8, rest = b.n % 8;
  BeamTerm tail = BEAM_NIL;
  if (rest != 0) {
    BeamTerm *c = beam_alloc(p, 2);
    c[0] = part(p, a1, whole * 8, rest);
    c[1] = BEAM_NIL;
    tail = BEAM_MAKE_LIST(c);
  }
  return byte_list(p, &b, 0, whole, tail);
}

BeamTerm beam_bif_erlang_split_binary_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  size_t at;
  if (!BEAM_IS_BITSTRING(a1) || !size_arg(a2, &at)) return bif_badarg(p);
  size_t n = bits_size(a1);
  if (at > n / 8) return bif_badarg(p);
  BeamTerm l = part(p, a1, 0, at * 8), r = part(p, a1, at * 8, n - at * 8);
  BeamTerm *t = beam_alloc(p, 3);
  t[0] = BEAM_HEADER(2, BEAM_SUB_TUPLE), t[1] = l, t[2] = r;
  return BEAM_MAKE_BOXED(t);
}

/* binary_part(Bin, Start, Length): Length may be negative. */
static BeamTerm binary_part(BeamProc *p, BeamTerm bin, BeamTerm start, BeamTerm len) {
  int64_t s, l;
  if (!beam_is_binary(bin) || !int_host_small(start, &s) || !int_host_small(len, &l))
    return bif_badarg(p);
  int64_t size = (int64_t)(bits_size(bin) / 8);
  if (l < 0) s += l, l = -l;
  if (s < 0 || s > size || l > size - s) return bif_badarg(p);
  return part(p, bin, (size_t)s * 8, (size_t)l * 8);
}

BeamTerm beam_bif_erlang_binary_part_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  return binary_part(p, a1, a2, a3);
}

BeamTerm beam_bif_erlang_binary_part_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!BEAM_IS_TUPLE(a2) || BEAM_TUPLE_ARITY(a2) != 2) return bif_badarg(p);
  return binary_part(p, a1, BEAM_ELEMENT(a2, 0), BEAM_ELEMENT(a2, 1));
}
