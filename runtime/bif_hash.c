/*
** bif_hash.c — erl's two portable hashes of a term: make_hash, the hash
** of erlang:phash/2, and make_hash2, the hash of erlang:phash2/1,2.
**
** Both are defined by a term's value, not by its layout: erl gives the
** same numbers on 32- and 64-bit hosts and across releases (OTP's
** hash_SUITE pins them), and so does this file on every target.  Where
** beamc's identifiers are not erl's (pids, ports, references) the hash
** is of the numbers erl would give the same term: the pid's 15-bit
** number (ptab.h: not its serial), the port number, and a reference's
** first number (ref.h: the 18 low bits, the last of the printed three).
**
** Common to both: an atom's hash is the hashpjw of its name in which a
** UTF-8 pair encoding a Latin-1 character counts as that character's byte
** (erts' atom table hash, kept from when atoms were Latin-1); a float -0.0
** hashes as 0.0; integers by their magnitude and sign, never by whether
** they are small on some host; a bitstring by its bits wherever they
** start.
**
** make_hash (phash/2) folds every term into h with multiplications by
** primes just above 2^28 (P1..P14):
**   []           h*P3 + 1
**   atom         h*P1 + atom hash
**   integer      the magnitude's bytes, least significant first, one 32-bit
**                word at least (h*P2 + byte each), then h*P4 if negative
**                else h*P3
**   float        h*P6 + (low 32 bits ^ high 32 bits)
**   tuple        the elements, then h*P9 + arity
**   list         a head that is a byte: h*P2 + byte; another head: its
**                hash; then the tail (a cons goes on); after the last
**                tail, h*P8
**   closure      h*P10 + free variables, h*P1 + module's hash, h*P2 +
**                index, h*P2 + old uniq, then the free variables
**   fun M:F/A    h*P11 + A, h*P1 + M's hash, h*P1 + F's hash
**   bitstring    h*P1 + byte for each whole byte; k bits left over:
**                (h*P1 + their value)*P12 + k; then h*P4 + whole bytes
**   pid          the number's four bytes, h*P5 + byte, then h*P6
**   port         (high word with P11 if not 0) low word with P9, h*P10
**   reference    its first number's bytes with P9, then h*P10
**   map          h*P13 + P14 + the map's make_hash2
**
** make_hash2 (phash2) mixes 32-bit words into h with Bob Jenkins' mix of
** three words (lookup2): "mix(x, y, K)" below is a = K + x, b = K + y,
** mix(a, b, h), and mix(x, K) is mix(x, 0, K).  BEAM_IH_K(1)..BEAM_IH_K(22) are the golden
** ratio 0x9e3779b9 times 1..22 (mod 2^32).  h starts at 0 and every term
** goes on from the h of what came before:
**   atom         h == 0 ? atom hash : mix(atom hash, BEAM_IH_K(3))
**   []           h == 0 ? 3468870702 : mix(2, BEAM_IH_K(2))
**   integer      -2^27 <= n < 2^27: mix(|n|, BEAM_IH_K(1)) if n < 0, then mix(n as
**                32 bits, BEAM_IH_K(1)); else per 64 bits of |n| from the lowest,
**                mix(low 32, high 32, n < 0 ? BEAM_IH_K(10) : BEAM_IH_K(11))
**   float        mix(high 32 bits, low 32 bits, BEAM_IH_K(12))
**   tuple        mix(arity, BEAM_IH_K(9)), then the elements
**   list         runs of byte heads four at a time as one big-endian word
**                (a shorter last run as a smaller number), mix(w, BEAM_IH_K(4))
**                each; other heads in turn; then the tail as a term
**   map          mix(size, BEAM_IH_K(16)); if not empty, the xor over its pairs of
**                the hash of key then value from h = 0 (so independent of
**                order and layout), mix(xor, BEAM_IH_K(19))
**   closure      mix(free variables, module's hash, BEAM_IH_K(1)), mix(index, old
**                uniq, BEAM_IH_K(1)), then the free variables
**   fun M:F/A    mix(A, M's hash, BEAM_IH_K(1)), mix(F's hash, BEAM_IH_K(14))
**   bitstring    empty: h + BEAM_IH_K(13); else lookup2 of its whole bytes with
**                initial value h + BEAM_IH_K(13), then if k bits are left over
**                mix(k, their value, BEAM_IH_K(15))
**   pid          mix(number, BEAM_IH_K(5))
**   port         mix(low 32, high 32 bits of the number, BEAM_IH_K(6))
**   reference    mix(first number, BEAM_IH_K(7))
** phash2/1 is the low 27 bits of h; phash2/2 is h rem Range.
**
** Neither recurses on the C stack: a walk keeps its pending work in a
** growable os_alloc'd stack.
*/
#include <stdbool.h>
#include <string.h>

#include "beamrt_bifs.h"
#include "beamrt_ihash.h"
#include "bif.h"
#include "bits.h"
#include "hamt.h"
#include "integer.h"
#include "map.h"
#include "os/os.h"
#include "ptab.h"

#define WHAT "hashing a term" /* what os_alloc reports */

/* ---- the work stack ------------------------------------------------------ */

/* One pending piece of work: kind says what; x is its term or number, h
   and sum the state a map's end restores (make_hash2). */
typedef struct Work {
  uintptr_t x;
  uint32_t kind, h, sum;
} Work;

typedef struct Stack {
  Work *w;
  size_t len, cap;
} Stack;

/* Pushes work of that kind on x; returns it, for h and sum. */
static Work *push(Stack *s, uint32_t kind, uintptr_t x) {
  if (s->len == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 64;
    s->w = os_realloc(s->w, s->cap * sizeof *s->w, WHAT);
  }
  s->w[s->len] = (Work){x, kind, 0, 0};
  return &s->w[s->len++];
}

/* Pushes the terms v[0..n) so that v[0] comes off the stack first. */
static void push_terms(Stack *s, uint32_t kind, const BeamTerm *v, size_t n) {
  while (n-- > 0) push(s, kind, v[n]);
}

/* ---- what both hashes take from a term ----------------------------------- */

/* erts' hash of atom a: hashpjw over its name, a UTF-8 pair of a Latin-1
   character taken as that character's byte. */
static uint32_t atom_hash(BeamTerm a) {
  const BeamAtom *r = BEAM_ATOM_REC(a);
  const uint8_t *c = (const uint8_t *)r->name;
  uint32_t h = 0;
  for (size_t i = 0; i < r->len; i++) {
    uint8_t v = c[i];
    if (i + 1 < r->len && (v & 0xFE) == 0xC2 && (c[i + 1] & 0xC0) == 0x80)
      v = (uint8_t)(v << 6 | (c[++i] & 0x3F));
    h = (h << 4) + v;
    uint32_t g = h & 0xF0000000u;
    if (g) h ^= g ^ (g >> 24);
  }
  return h;
}

/* The number of port t. */
static uint64_t port_number(BeamTerm t) { return (uint64_t)(t >> 6); }

/* The first number of reference t (erl's 18-bit one). */
static uint32_t ref_number(BeamTerm t) { return (uint32_t)BEAM_PTR(t)[1]; }

/* The bits of an integer's magnitude. */
static size_t magnitude_bits(const IntView *v) {
  if (v->n == 0) return 0;
  size_t bits = (v->n - 1) * BN_DIGIT_BITS;
  for (BnDigit top = v->d[v->n - 1]; top; top >>= 1) bits++;
  return bits;
}

/* Word i (32 bits) of a magnitude, 0 beyond its digits. */
static uint32_t mag32(const IntView *v, size_t i) {
  size_t per = BN_DIGIT_BITS / 32, d = i / per;
  return d < v->n ? (uint32_t)(v->d[d] >> (32 * (i % per))) : 0;
}

/* The bits of the double d, -0.0 as 0.0. */
static uint64_t float_bits(double d) {
  uint64_t u;
  if (d == 0.0) d = 0.0;
  memcpy(&u, &d, sizeof u);
  return u;
}

/* ---- make_hash (phash/2) -------------------------------------------------- */

enum {
  P1 = 268440163u, P2 = 268439161u, P3 = 268435459u, P4 = 268436141u,
  P5 = 268438633u, P6 = 268437017u, P8 = 268437511u, P9 = 268439627u,
  P10 = 268440479u, P11 = 268440577u, P12 = 268440581u, P13 = 268440593u,
  P14 = 268440611u
};

/* make_hash's pending work: a term, the end of a tuple (x: its arity),
   the rest of a list, the end of a list. */
enum { PH_TERM, PH_TUPLE_END, PH_LIST_REST, PH_LIST_END };

static uint32_t make_hash2(BeamTerm t);

/* Four bytes of x, least significant first, each as h*prime + byte. */
static uint32_t step32(uint32_t h, uint32_t x, uint32_t prime) {
  for (int i = 0; i < 4; i++, x >>= 8) h = h * prime + (x & 0xFF);
  return h;
}

/* h after integer t: its magnitude's 32-bit words (one at least) byte by
   byte, then its sign. */
static uint32_t ph_integer(uint32_t h, BeamTerm t) {
  IntView v;
  int_view(t, &v);
  size_t words = (magnitude_bits(&v) + 31) / 32;
  for (size_t i = 0; i < (words ? words : 1); i++) h = step32(h, mag32(&v, i), P2);
  return h * (v.sign ? P4 : P3);
}

/* h after the float d: its two 32-bit halves xor'ed. */
static uint32_t ph_float(uint32_t h, double d) {
  uint64_t u = float_bits(d);
  return h * P6 + ((uint32_t)u ^ (uint32_t)(u >> 32));
}

/* h after bitstring t: its whole bytes, its bits left over, its byte
   count. */
static uint32_t ph_bits(uint32_t h, BeamTerm t) {
  Bits b;
  bits_of(t, &b);
  size_t bytes = b.n / 8;
  for (size_t i = 0; i < bytes; i++) h = h * P1 + bits_at(&b, 8 * i, 8);
  unsigned rest = (unsigned)(b.n % 8);
  if (rest) h = (h * P1 + bits_at(&b, 8 * bytes, rest)) * P12 + rest;
  return h * P4 + (uint32_t)bytes;
}

/* A list from cell l: the byte heads at once, then the first other head
   (its hash pending before the rest) or the tail. */
static uint32_t ph_list(uint32_t h, BeamTerm l, Stack *s) {
  for (;;) {
    BeamTerm hd = BEAM_CAR(l), tl = BEAM_CDR(l);
    if (!BEAM_IS_SMALL(hd) || (BeamTerm)BEAM_SMALL_VALUE(hd) > 255) {
      push(s, PH_LIST_REST, tl);
      push(s, PH_TERM, hd);
      return h;
    }
    h = h * P2 + (uint32_t)BEAM_SMALL_VALUE(hd);
    if (!BEAM_IS_LIST(tl)) {
      push(s, PH_LIST_END, 0);
      push(s, PH_TERM, tl);
      return h;
    }
    l = tl;
  }
}

/* h after the boxed term t, as far as it goes without its subterms,
   which it pushes on s (with what comes after them). */
static uint32_t ph_boxed(uint32_t h, BeamTerm t, Stack *s) {
  BeamTerm *o = BEAM_PTR(t);
  size_t n = BEAM_HEADER_ARITY(o[0]);
  switch (BEAM_HEADER_SUB(o[0])) {
  case BEAM_SUB_TUPLE:
    push(s, PH_TUPLE_END, n);
    push_terms(s, PH_TERM, o + 1, n);
    return h;
  case BEAM_SUB_POSBIG: case BEAM_SUB_NEGBIG: return ph_integer(h, t);
  case BEAM_SUB_FLOAT: return ph_float(h, BEAM_FLOAT_VALUE(t));
  case BEAM_SUB_REF: return step32(h, ref_number(t), P9) * P10;
  case BEAM_SUB_EXPORT:
    h = h * P11 + (uint32_t)BEAM_SMALL_VALUE(o[3]);
    return (h * P1 + atom_hash(o[1])) * P1 + atom_hash(o[2]);
  case BEAM_SUB_FUN: {
    const BeamFunEntry *fe = (const BeamFunEntry *)o[1];
    h = h * P10 + fe->num_free;
    h = h * P1 + atom_hash(BEAM_ATOM(*fe->mfa->module->name));
    h = (h * P2 + fe->index) * P2 + fe->old_uniq;
    push_terms(s, PH_TERM, o + 2, n - 1);
    return h;
  }
  case BEAM_SUB_MAP: case BEAM_SUB_HASHMAP: return h * P13 + P14 + make_hash2(t);
  default: return BEAM_IS_BITSTRING(t) ? ph_bits(h, t) : h;
  }
}

/* h after term t, its subterms pending on s (ph_boxed). */
static uint32_t ph_term(uint32_t h, BeamTerm t, Stack *s) {
  if (t == BEAM_NIL) return h * P3 + 1;
  if (BEAM_IS_ATOM(t)) return h * P1 + atom_hash(t);
  if (BEAM_IS_SMALL(t)) return ph_integer(h, t);
  if (BEAM_IS_PID(t)) return step32(h, ptab_erl_number(t), P5) * P6;
  if (BEAM_IS_PORT(t)) {
    uint64_t num = port_number(t);
    if (num >> 32) h = step32(h, (uint32_t)(num >> 32), P11);
    return step32(h, (uint32_t)num, P9) * P10;
  }
  if (BEAM_IS_LIST(t)) return ph_list(h, t, s);
  return ph_boxed(h, t, s);
}

/* make_hash of t. */
static uint32_t make_hash(BeamTerm t) {
  Stack s = {0};
  uint32_t h = 0;
  push(&s, PH_TERM, t);
  while (s.len > 0) {
    Work w = s.w[--s.len];
    if (w.kind == PH_TERM) h = ph_term(h, (BeamTerm)w.x, &s);
    else if (w.kind == PH_TUPLE_END) h = h * P9 + (uint32_t)w.x;
    else if (w.kind == PH_LIST_END) h *= P8;
    else if (BEAM_IS_LIST((BeamTerm)w.x)) h = ph_list(h, (BeamTerm)w.x, &s);
    else {
      push(&s, PH_LIST_END, 0);
      push(&s, PH_TERM, w.x);
    }
  }
  os_free(s.w);
  return h;
}

/* ---- make_hash2 (phash2/1,2) ---------------------------------------------- */

/* make_hash2's pending work: a term; the end of a map pair (its hash
   joins the map's sum); the end of a map (h and sum: the state to
   restore). */
enum { H2_TERM, H2_PAIR_END, H2_MAP_END };

/* The walk's state: the hash so far, the xor of the pairs of the map
   being hashed, the pending work. */
typedef struct H2 {
  uint32_t h, sum;
  Stack s;
} H2;


/* h with the word x mixed in under k (and 0 beside it); the mix and the
   constants are erl's internal hash's, beamrt_ihash.h. */
static uint32_t mix1(uint32_t h, uint32_t x, uint32_t k) { return beam_ih_mix2(h, x, 0, k); }

/* h after integer t: by its value, whatever its representation here or
   in erl (a small of 28 or 60 bits, bignum digits of 32 or 64). */
static uint32_t h2_integer(uint32_t h, BeamTerm t) {
  int64_t n;
  if (int_to_int64(t, &n) && n >= -(INT64_C(1) << 27) && n < (INT64_C(1) << 27)) {
    if (n < 0) h = mix1(h, (uint32_t)-n, BEAM_IH_K(1));
    return mix1(h, (uint32_t)n, BEAM_IH_K(1));
  }
  return hamt_hash_digits(h, t);
}

/* Map m: its size; then, if it has pairs, the work of each pair (key,
   value, end) and of the map's end, which restores the state around it,
   and the first pair starts from 0.  The one function that walks a map's
   pairs: in any order they give the same sum. */
static void h2_map(H2 *st, BeamTerm m) {
  size_t n = map_size(m);
  st->h = mix1(st->h, (uint32_t)n, BEAM_IH_K(16));
  if (n == 0) return;
  Work *end = push(&st->s, H2_MAP_END, 0);
  end->h = st->h;
  end->sum = st->sum;
  BeamTerm *kv = os_alloc(2 * n * sizeof *kv, "phash2");
  map_pairs(m, kv);
  for (size_t i = n; i-- > 0;) {
    push(&st->s, H2_PAIR_END, 0);
    push(&st->s, H2_TERM, kv[2 * i + 1]);
    push(&st->s, H2_TERM, kv[2 * i]);
  }
  os_free(kv);
  st->h = st->sum = 0;
}

/* Whether t is an integer 0..255 (a list head of the byte runs). */
static bool is_byte(BeamTerm t) {
  return BEAM_IS_SMALL(t) && (BeamTerm)BEAM_SMALL_VALUE(t) <= 255;
}

/* The list from cell l: its runs of byte heads, four bytes to a word; the
   first other head and the rest of the list, or the tail, pending. */
static void h2_list(H2 *st, BeamTerm l) {
  uint32_t w = 0;
  int c = 0;
  for (; BEAM_IS_LIST(l) && is_byte(BEAM_CAR(l)); l = BEAM_CDR(l)) {
    w = w << 8 | (uint32_t)BEAM_SMALL_VALUE(BEAM_CAR(l));
    if (++c == 4) {
      st->h = mix1(st->h, w, BEAM_IH_K(4));
      w = 0, c = 0;
    }
  }
  if (c > 0) st->h = mix1(st->h, w, BEAM_IH_K(4));
  if (BEAM_IS_LIST(l)) {
    push(&st->s, H2_TERM, BEAM_CDR(l));
    push(&st->s, H2_TERM, BEAM_CAR(l));
  } else {
    push(&st->s, H2_TERM, l);
  }
}

/* st after the boxed term t, as far as it goes without its subterms,
   which it pushes (the first to come off first). */
static void h2_boxed(H2 *st, BeamTerm t) {
  BeamTerm *o = BEAM_PTR(t);
  size_t n = BEAM_HEADER_ARITY(o[0]);
  uint32_t h = st->h;
  switch (BEAM_HEADER_SUB(o[0])) {
  case BEAM_SUB_TUPLE:
    st->h = mix1(h, (uint32_t)n, BEAM_IH_K(9));
    push_terms(&st->s, H2_TERM, o + 1, n);
    return;
  case BEAM_SUB_POSBIG: case BEAM_SUB_NEGBIG: st->h = h2_integer(h, t); return;
  case BEAM_SUB_FLOAT: {
    uint64_t u = float_bits(BEAM_FLOAT_VALUE(t));
    st->h = beam_ih_mix2(h, (uint32_t)(u >> 32), (uint32_t)u, BEAM_IH_K(12));
    return;
  }
  case BEAM_SUB_REF: st->h = mix1(h, ref_number(t), BEAM_IH_K(7)); return;
  case BEAM_SUB_EXPORT:
    h = beam_ih_mix2(h, (uint32_t)BEAM_SMALL_VALUE(o[3]), atom_hash(o[1]), BEAM_IH_K(1));
    st->h = mix1(h, atom_hash(o[2]), BEAM_IH_K(14));
    return;
  case BEAM_SUB_FUN: {
    const BeamFunEntry *fe = (const BeamFunEntry *)o[1];
    h = beam_ih_mix2(h, fe->num_free, atom_hash(BEAM_ATOM(*fe->mfa->module->name)), BEAM_IH_K(1));
    st->h = beam_ih_mix2(h, fe->index, fe->old_uniq, BEAM_IH_K(1));
    push_terms(&st->s, H2_TERM, o + 2, n - 1);
    return;
  }
  case BEAM_SUB_MAP: case BEAM_SUB_HASHMAP: h2_map(st, t); return;
  default:
    if (BEAM_IS_BITSTRING(t)) st->h = hamt_hash_bits(h, t);
  }
}

/* st after term t, its subterms pending (h2_boxed). */
static void h2_term(H2 *st, BeamTerm t) {
  uint32_t h = st->h;
  if (BEAM_IS_ATOM(t)) st->h = h == 0 ? atom_hash(t) : mix1(h, atom_hash(t), BEAM_IH_K(3));
  else if (t == BEAM_NIL) st->h = h == 0 ? 3468870702u : mix1(h, 2, BEAM_IH_K(2));
  else if (BEAM_IS_SMALL(t)) st->h = h2_integer(h, t);
  else if (BEAM_IS_PID(t)) st->h = mix1(h, ptab_erl_number(t), BEAM_IH_K(5));
  else if (BEAM_IS_PORT(t)) {
    uint64_t num = port_number(t);
    st->h = beam_ih_mix2(h, (uint32_t)num, (uint32_t)(num >> 32), BEAM_IH_K(6));
  } else if (BEAM_IS_LIST(t)) h2_list(st, t);
  else h2_boxed(st, t);
}

/* make_hash2 of t. */
static uint32_t make_hash2(BeamTerm t) {
  H2 st = {0, 0, {0}};
  push(&st.s, H2_TERM, t);
  while (st.s.len > 0) {
    Work w = st.s.w[--st.s.len];
    if (w.kind == H2_TERM) {
      h2_term(&st, (BeamTerm)w.x);
    } else if (w.kind == H2_PAIR_END) {
      st.sum ^= st.h;
      st.h = 0;
    } else {
      st.h = mix1(w.h, st.sum, BEAM_IH_K(19));
      st.sum = w.sum;
    }
  }
  os_free(st.s.w);
  return st.h;
}

/* ---- the BIFs -------------------------------------------------------------- */

#define TWO_32 (INT64_C(1) << 32)

/* A range of phash/2 or phash2/2: an integer from 1 to 2^32 into *r. */
static bool hash_range(BeamTerm range, int64_t *r) {
  return int_to_int64(range, r) && *r >= 1 && *r <= TWO_32;
}

/* phash(Term, Range): make_hash's 1..Range. */
BeamTerm beam_bif_erlang_phash_2(BeamProc *p, BeamTerm t, BeamTerm range) {
  int64_t r;
  if (!hash_range(range, &r)) return bif_badarg(p);
  return int_from_uint64(p, (uint64_t)make_hash(t) % (uint64_t)r + 1);
}

/* phash2(Term): make_hash2's low 27 bits, 0..2^27-1. */
BeamTerm beam_bif_erlang_phash2_1(BeamProc *p, BeamTerm t) {
  (void)p;
  return BEAM_SMALL(make_hash2(t) & ((UINT32_C(1) << 27) - 1));
}

/* phash2(Term, Range): make_hash2 rem Range, 0..Range-1. */
BeamTerm beam_bif_erlang_phash2_2(BeamProc *p, BeamTerm t, BeamTerm range) {
  int64_t r;
  if (!hash_range(range, &r)) return bif_badarg(p);
  return int_from_uint64(p, (uint64_t)make_hash2(t) % (uint64_t)r);
}
