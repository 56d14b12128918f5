/*
** bif_binary.c — the BIFs of module binary (the functions binary.erl
** leaves to the VM): at, first, last, part/2,3, copy/1,2,
** decode_unsigned/1,2, encode_unsigned/1,2, list_to_bin,
** longest_common_prefix, longest_common_suffix, referenced_byte_size,
** compile_pattern, match/2,3, matches/2,3, split/2,3.
**
** What erl (OTP 25) does, and so what these do:
**   - a pattern is a non-empty binary, a non-empty list of them, or what
**     compile_pattern made of one; a match is the leftmost one, and of
**     the patterns that match there, the longest; matches/split go on
**     after each match (no overlaps);
**   - {scope, {Start, Length}} limits the search (Length may be
**     negative); a scope outside the subject is badarg;
**   - compile_pattern's result is opaque: erl's holds a magic reference,
**     beamc's is {bm, Binary} or {ac, [Binary]} (the patterns themselves;
**     searching is a plain scan, not Boyer-Moore or Aho-Corasick);
**   - parts of at most 64 bytes are copies, as erl makes them (this shows
**     in referenced_byte_size).
*/
#include <string.h>

#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "bin.h"
#include "bits.h"
#include "integer.h"
#include "os/os.h"
#include "proc.h"
#include "term_build.h"

/* The bytes of binary t (bits_bytes); false when t is not a binary. */
typedef struct Bytes {
  const uint8_t *p;
  size_t n;
  uint8_t *tofree;
} Bytes;

static bool bytes_of(BeamTerm t, Bytes *b) {
  if (!beam_is_binary(t)) return false;
  b->p = bits_bytes(t, &b->n, &b->tofree);
  return true;
}

static void bytes_done(Bytes *b) { os_free(b->tofree); b->tofree = NULL; }

/* ---------------------------------------------------------------------- */
/* Bytes and parts                                                         */
/* ---------------------------------------------------------------------- */

/* A position: a non-negative integer that fits a size. */
static bool pos_arg(BeamTerm t, size_t *out) {
  int64_t v;
  if (!int_host_small(t, &v) || v < 0) return false;
  *out = (size_t)v;
  return true;
}

BeamTerm beam_bif_binary_at_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  size_t i;
  if (!beam_is_binary(a1) || !pos_arg(a2, &i)) return bif_badarg(p);
  Bits b;
  bits_of(a1, &b);
  if (i >= b.n / 8) return bif_badarg(p);
  return BEAM_SMALL(bits_at(&b, i * 8, 8));
}

BeamTerm beam_bif_binary_first_1(BeamProc *p, BeamTerm a1) {
  if (!beam_is_binary(a1) || bits_size(a1) == 0) return bif_badarg(p);
  return beam_bif_binary_at_2(p, a1, BEAM_SMALL(0));
}

BeamTerm beam_bif_binary_last_1(BeamProc *p, BeamTerm a1) {
  if (!beam_is_binary(a1) || bits_size(a1) == 0) return bif_badarg(p);
  return beam_bif_binary_at_2(p, a1, BEAM_SMALL(bits_size(a1) / 8 - 1));
}

/* {Start, Length} with a possibly negative length, within a subject of
   n bytes: the part's offset and length. */
static bool pos_len(BeamTerm start, BeamTerm len, size_t n, size_t *off, size_t *cnt) {
  int64_t s, l;
  if (!int_host_small(start, &s) || !int_host_small(len, &l)) return false;
  if (l < 0) s += l, l = -l;
  if (s < 0 || (uint64_t)s > n || (uint64_t)l > n - (uint64_t)s) return false;
  *off = (size_t)s, *cnt = (size_t)l;
  return true;
}

static bool pos_len_tuple(BeamTerm t, size_t n, size_t *off, size_t *cnt) {
  return BEAM_IS_TUPLE(t) && BEAM_TUPLE_ARITY(t) == 2 &&
         pos_len(BEAM_ELEMENT(t, 0), BEAM_ELEMENT(t, 1), n, off, cnt);
}

BeamTerm beam_bif_binary_part_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  size_t off, n;
  if (!beam_is_binary(a1) || !pos_len(a2, a3, bits_size(a1) / 8, &off, &n)) return bif_badarg(p);
  return bin_part(p, a1, off * 8, n * 8);
}

BeamTerm beam_bif_binary_part_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  size_t off, n;
  if (!beam_is_binary(a1) || !pos_len_tuple(a2, bits_size(a1) / 8, &off, &n))
    return bif_badarg(p);
  return bin_part(p, a1, off * 8, n * 8);
}

BeamTerm beam_bif_binary_copy_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  size_t times;
  Bytes b;
  if (!pos_arg(a2, &times) || !bytes_of(a1, &b)) return bif_badarg(p);
  if (b.n != 0 && times > SIZE_MAX / 2 / b.n) {
    bytes_done(&b);
    return bif_system_limit(p);
  }
  uint8_t *d;
  BeamTerm r = bin_new(p, b.n * times, &d);
  for (size_t i = 0; i < times; i++) memcpy(d + i * b.n, b.p, b.n);
  bytes_done(&b);
  return r;
}

BeamTerm beam_bif_binary_copy_1(BeamProc *p, BeamTerm a1) {
  return beam_bif_binary_copy_2(p, a1, BEAM_SMALL(1));
}

/* big (0) or little (1); -1 for anything else. */
static int endian_of(BeamTerm t) {
  return t == ATOM_BIG ? 0 : t == ATOM_LITTLE ? 1 : -1;
}

BeamTerm beam_bif_binary_decode_unsigned_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  Bytes b;
  int e = endian_of(a2);
  if (e < 0 || !bytes_of(a1, &b)) return bif_badarg(p);
  uint8_t *le = os_alloc(b.n + 1, "decode_unsigned");
  for (size_t i = 0; i < b.n; i++) le[i] = e ? b.p[i] : b.p[b.n - 1 - i];
  le[b.n] = 0;
  BeamTerm r = int_from_bytes_le(p, le, b.n + 1, 8, 0);
  os_free(le);
  bytes_done(&b);
  return r;
}

BeamTerm beam_bif_binary_decode_unsigned_1(BeamProc *p, BeamTerm a1) {
  return beam_bif_binary_decode_unsigned_2(p, a1, ATOM_BIG);
}

BeamTerm beam_bif_binary_encode_unsigned_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  int e = endian_of(a2);
  if (e < 0 || !BEAM_IS_INTEGER(a1) || int_sign(a1) < 0) return bif_badarg(p);
  IntView v;
  int_view(a1, &v);
  size_t bytes = 0;
  for (size_t i = 0; i < v.n * sizeof(BnDigit); i++)
    if ((v.d[i / sizeof(BnDigit)] >> (8 * (i % sizeof(BnDigit)))) & 0xFF) bytes = i + 1;
  if (bytes == 0) bytes = 1;
  uint8_t *d;
  BeamTerm r = bin_new(p, bytes, &d);
  for (size_t i = 0; i < bytes; i++) {
    uint8_t byte = i / sizeof(BnDigit) < v.n
                       ? (uint8_t)(v.d[i / sizeof(BnDigit)] >> (8 * (i % sizeof(BnDigit))))
                       : 0;
    d[e ? i : bytes - 1 - i] = byte;
  }
  return r;
}

BeamTerm beam_bif_binary_encode_unsigned_1(BeamProc *p, BeamTerm a1) {
  return beam_bif_binary_encode_unsigned_2(p, a1, ATOM_BIG);
}

BeamTerm beam_bif_binary_list_to_bin_1(BeamProc *p, BeamTerm a1) {
  return beam_bif_erlang_list_to_binary_1(p, a1);
}

BeamTerm beam_bif_binary_referenced_byte_size_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_BITSTRING(a1)) return bif_badarg(p); /* erl takes any bitstring */
  const BeamTerm *w = BEAM_PTR(a1);
  BeamTerm base = BEAM_HEADER_SUB(w[0]) == BEAM_SUB_SUBBIN ? w[4] : a1;
  if (BEAM_HAS_SUB(base, BEAM_SUB_REFBIN)) return int_from_uint64(p, bin_blob(base)->size);
  return int_from_uint64(p, BEAM_PTR(base)[1]);
}

/* The longest common prefix (or suffix) of a non-empty list of binaries. */
static BeamTerm common(BeamProc *p, BeamTerm l, bool suffix) {
  if (!BEAM_IS_LIST(l)) return bif_badarg(p);
  Bytes first;
  if (!bytes_of(BEAM_CAR(l), &first)) return bif_badarg(p);
  size_t best = first.n;
  for (BeamTerm t = BEAM_CDR(l); ; t = BEAM_CDR(t)) {
    if (t == BEAM_NIL) break;
    Bytes b;
    if (!BEAM_IS_LIST(t) || !bytes_of(BEAM_CAR(t), &b)) {
      bytes_done(&first);
      return bif_badarg(p);
    }
    size_t k = 0;
    while (k < best && k < b.n &&
           (suffix ? first.p[first.n - 1 - k] == b.p[b.n - 1 - k] : first.p[k] == b.p[k]))
      k++;
    best = k;
    bytes_done(&b);
  }
  bytes_done(&first);
  return BEAM_SMALL(best);
}

BeamTerm beam_bif_binary_longest_common_prefix_1(BeamProc *p, BeamTerm a1) {
  return common(p, a1, false);
}

BeamTerm beam_bif_binary_longest_common_suffix_1(BeamProc *p, BeamTerm a1) {
  return common(p, a1, true);
}

/* ---------------------------------------------------------------------- */
/* Searching                                                               */
/* ---------------------------------------------------------------------- */

#define MAX_PATTERNS 256

typedef struct Pats {
  Bytes b[MAX_PATTERNS];
  unsigned n;
} Pats;

static void pats_done(Pats *ps) {
  for (unsigned i = 0; i < ps->n; i++) bytes_done(&ps->b[i]);
  ps->n = 0;
}

static bool pat_add(Pats *ps, BeamTerm t) {
  if (ps->n == MAX_PATTERNS || !bytes_of(t, &ps->b[ps->n])) return false;
  if (ps->b[ps->n].n == 0) {
    bytes_done(&ps->b[ps->n]);
    return false;
  }
  ps->n++;
  return true;
}

/* Reads a pattern argument (binary, list of binaries, compiled). */
static bool pats_of(BeamTerm t, Pats *ps) {
  ps->n = 0;
  if (BEAM_IS_TUPLE(t) && BEAM_TUPLE_ARITY(t) == 2 &&
      (BEAM_ELEMENT(t, 0) == ATOM_BM || BEAM_ELEMENT(t, 0) == ATOM_AC))
    t = BEAM_ELEMENT(t, 1);
  if (BEAM_IS_BITSTRING(t)) return pat_add(ps, t);
  if (!BEAM_IS_LIST(t)) return false;
  for (; BEAM_IS_LIST(t); t = BEAM_CDR(t))
    if (!pat_add(ps, BEAM_CAR(t))) {
      pats_done(ps);
      return false;
    }
  if (t != BEAM_NIL) pats_done(ps);
  return ps->n > 0;
}

/* The leftmost-longest match of ps in s[from, to): its offset and
   length, or false. */
static bool find(const Pats *ps, const uint8_t *s, size_t from, size_t to, size_t *at,
                 size_t *len) {
  for (size_t i = from; i < to; i++) {
    size_t best = 0;
    for (unsigned k = 0; k < ps->n; k++) {
      size_t m = ps->b[k].n;
      if (m > best && m <= to - i && memcmp(s + i, ps->b[k].p, m) == 0) best = m;
    }
    if (best) return *at = i, *len = best, true;
  }
  return false;
}

typedef struct Opts {
  size_t from, to;     /* the scope */
  bool global, trim, trim_all;
} Opts;

/* Reads the options (scope always; global and trims when `split`). */
static bool opts_of(BeamTerm l, size_t n, bool split, Opts *o) {
  *o = (Opts){0, n, false, false, false};
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm x = BEAM_CAR(l);
    size_t off, cnt;
    if (BEAM_IS_TUPLE(x) && BEAM_TUPLE_ARITY(x) == 2 && BEAM_ELEMENT(x, 0) == ATOM_SCOPE &&
        pos_len_tuple(BEAM_ELEMENT(x, 1), n, &off, &cnt))
      o->from = off, o->to = off + cnt;
    else if (split && x == ATOM_GLOBAL) o->global = true;
    else if (split && x == ATOM_TRIM) o->trim = true;
    else if (split && x == ATOM_TRIM_ALL) o->trim_all = true;
    else return false;
  }
  return l == BEAM_NIL;
}

/* The arguments of match, matches and split, read; false if bad. */
static bool search_args(BeamTerm subj, BeamTerm pat, BeamTerm opts, bool split, Bytes *s,
                        Pats *ps, Opts *o) {
  if (!bytes_of(subj, s)) return false;
  if (!pats_of(pat, ps)) return bytes_done(s), false;
  if (!opts_of(opts, s->n, split, o)) return bytes_done(s), pats_done(ps), false;
  return true;
}

static BeamTerm found(BeamProc *p, size_t at, size_t len) {
  return tb_tuple2(p, int_from_uint64(p, at), int_from_uint64(p, len));
}

BeamTerm beam_bif_binary_match_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  Bytes s;
  Pats ps;
  Opts o;
  if (!search_args(a1, a2, a3, false, &s, &ps, &o)) return bif_badarg(p);
  size_t at, len;
  BeamTerm r = find(&ps, s.p, o.from, o.to, &at, &len) ? found(p, at, len) : ATOM_NOMATCH;
  bytes_done(&s);
  pats_done(&ps);
  return r;
}

BeamTerm beam_bif_binary_match_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return beam_bif_binary_match_3(p, a1, a2, BEAM_NIL);
}

BeamTerm beam_bif_binary_matches_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  Bytes s;
  Pats ps;
  Opts o;
  if (!search_args(a1, a2, a3, false, &s, &ps, &o)) return bif_badarg(p);
  BeamTerm list = BEAM_NIL, *link = &list;
  size_t at, len;
  for (size_t from = o.from; find(&ps, s.p, from, o.to, &at, &len); from = at + len) {
    BeamTerm *c = beam_alloc(p, 2);
    c[0] = found(p, at, len);
    *link = BEAM_MAKE_LIST(c);
    link = &c[1];
  }
  *link = BEAM_NIL;
  bytes_done(&s);
  pats_done(&ps);
  return list;
}

BeamTerm beam_bif_binary_matches_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return beam_bif_binary_matches_3(p, a1, a2, BEAM_NIL);
}

/* The parts of s between the matches (one match unless global); trim
   drops the empty parts at the end, trim_all every empty part. */
BeamTerm beam_bif_binary_split_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  Bytes s;
  Pats ps;
  Opts o;
  if (!search_args(a1, a2, a3, true, &s, &ps, &o)) return bif_badarg(p);
  size_t n = 0, cap = 16, at, len, start = 0;
  size_t (*parts)[2] = os_alloc(cap * sizeof *parts, "binary:split");
  for (size_t from = o.from; find(&ps, s.p, from, o.to, &at, &len); from = at + len) {
    if (n + 2 > cap) cap *= 2, parts = os_realloc(parts, cap * sizeof *parts, "binary:split");
    parts[n][0] = start, parts[n][1] = at - start, n++;
    start = at + len;
    if (!o.global) break;
  }
  parts[n][0] = start, parts[n][1] = s.n - start, n++;
  size_t keep = n;
  if (o.trim || o.trim_all)
    while (keep > 0 && parts[keep - 1][1] == 0) keep--;
  BeamTerm list = BEAM_NIL;
  for (size_t i = keep; i-- > 0;) {
    if (o.trim_all && parts[i][1] == 0) continue;
    BeamTerm part = bin_part(p, a1, parts[i][0] * 8, parts[i][1] * 8);
    list = tb_cons(p, part, list);
  }
  os_free(parts);
  bytes_done(&s);
  pats_done(&ps);
  return list;
}

BeamTerm beam_bif_binary_split_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return beam_bif_binary_split_3(p, a1, a2, BEAM_NIL);
}

BeamTerm beam_bif_binary_compile_pattern_1(BeamProc *p, BeamTerm a1) {
  Pats ps;
  if (!pats_of(a1, &ps)) return bif_badarg(p);
  bool single = ps.n == 1;
  pats_done(&ps);
  if (BEAM_IS_TUPLE(a1)) return a1;
  if (single && BEAM_IS_LIST(a1)) a1 = BEAM_CAR(a1);
  return tb_tuple2(p, single ? ATOM_BM : ATOM_AC, a1);
}
