/*
** bif_bin.c — the BIFs of binaries and iolists: byte_size, bit_size,
** list_to_binary, iolist_to_binary, iolist_size, list_to_bitstring,
** binary_to_list/1,3, bitstring_to_list, split_binary, binary_part/2,3.
**
** What erl (OTP 25) does, and so what these do:
**   - iolists as iolist.h says;
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
#include "iolist.h"
#include "os/os.h"
#include "proc.h"

/* The bitstring the iolist t makes, or badarg. */
static BeamTerm iolist_bits(BeamProc *p, BeamTerm t, bool bits) {
  size_t n;
  if (!iol_size(t, bits, &n)) return bif_badarg(p);
  uint8_t *data;
  if (n % 8 == 0) {
    BeamTerm r = bin_new(p, n / 8, &data);
    iol_write(t, bits, data);
    return r;
  }
  BeamTerm *hp = beam_alloc(p, bin_words(n / 8 + 1) + BIN_SUB_WORDS);
  BeamTerm orig = bin_make(hp + BIN_SUB_WORDS, &PROC(p)->bins, n / 8 + 1, &data);
  data[n / 8] = 0;
  iol_write(t, bits, data);
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
  size_t n;
  if (!BEAM_IS_LIST_OR_NIL(a1) && !beam_is_binary(a1)) return bif_badarg(p);
  if (!iol_size(a1, false, &n)) return bif_badarg(p);
  return int_from_uint64(p, n / 8);
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
  /* a bitstring too, as long as the range is within its whole bytes */
  if (!BEAM_IS_BITSTRING(a1) || !size_arg(a2, &from) || !size_arg(a3, &to)) return bif_badarg(p);
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
    c[0] = bin_part(p, a1, whole * 8, rest);
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
  BeamTerm l = bin_part(p, a1, 0, at * 8), r = bin_part(p, a1, at * 8, n - at * 8);
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
  return bin_part(p, bin, (size_t)s * 8, (size_t)l * 8);
}

BeamTerm beam_bif_erlang_binary_part_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  return binary_part(p, a1, a2, a3);
}

BeamTerm beam_bif_erlang_binary_part_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  if (!BEAM_IS_TUPLE(a2) || BEAM_TUPLE_ARITY(a2) != 2) return bif_badarg(p);
  return binary_part(p, a1, BEAM_ELEMENT(a2, 0), BEAM_ELEMENT(a2, 1));
}
