/*
** bif_term.c — BIFs that look at a whole term: its size in words as erl
** lays it out (erts_debug:flat_size/1, size/1), the exact order
** (erts_internal:cmp_term/2) and erl's portable hash (erlang:phash/2).
**
** Sizes are erl's (OTP 25) for its term layout on a 64-bit host, whatever
** the target and however beamc lays the term out, so that a program
** prints the same numbers under erl and natively:
**   - immediates (atoms, [], pids, ports, integers of 60 bits: -2^59 to
**     2^59 - 1) and the empty tuple (a literal in erl) take 0 words;
**   - a cons cell 2, a tuple of n > 0 elements 1 + n, a float 2, a
**     bignum 1 + one word per 64 bits of magnitude, a reference 3;
**   - a fun 5, plus 1 per free variable of a closure (and its value);
**   - a map of n keys (erl's flatmap, up to 32 keys) 3 + n, plus its
**     keys tuple (1 + n, none when n = 0) and the keys' and values' own;
**   - a bitstring as erl sizes a binary made whole: a heap binary
**     (2 + one word per 8 bytes) up to 64 bytes, a ProcBin (6) above.
** flat_size/1 counts every subterm wherever it occurs; size/1 counts each
** object once however many times it is shared (erl's erts_debug:size/1,
** written in Erlang there, finds sharing by identity as this does by
** address).  Not as erl: maps of more than 32 keys (erl's hash trie's
** nodes depend on its internal hash; these count as flatmaps) and
** sub-binaries (erl counts the ErlSubBin too).
**
** Nothing recurses on the C stack: walks keep their pending terms in a
** growable os_alloc'd stack.
*/
#include <stdbool.h>
#include <string.h>

#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "bits.h"
#include "hamt.h"
#include "integer.h"
#include "os/os.h"

#define WHAT "measuring a term" /* what os_alloc reports */

/* ---- a growable stack of words ------------------------------------------ */

typedef struct Stack {
  uintptr_t *w;
  size_t len, cap;
} Stack;

static void push(Stack *s, uintptr_t x) {
  if (s->len == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 64;
    s->w = os_realloc(s->w, s->cap * sizeof *s->w, WHAT);
  }
  s->w[s->len++] = x;
}

static uintptr_t pop(Stack *s) { return s->w[--s->len]; }

/* ---- a set of object addresses (size/1) --------------------------------- */

typedef struct AddrSet {
  uintptr_t *slot; /* 0: empty */
  size_t n, cap;   /* cap a power of two, n < cap / 2 */
} AddrSet;

static size_t addr_slot(uintptr_t a, size_t cap) {
  return (size_t)((uint64_t)a * UINT64_C(0x9E3779B97F4A7C15) >> 17) & (cap - 1);
}

static void addr_grow(AddrSet *s) {
  AddrSet bigger = {os_alloc_zeroed(s->cap ? 2 * s->cap : 256, sizeof(uintptr_t), WHAT), 0,
                    s->cap ? 2 * s->cap : 256};
  for (size_t i = 0; i < s->cap; i++) {
    if (s->slot[i] == 0) continue;
    size_t k = addr_slot(s->slot[i], bigger.cap);
    while (bigger.slot[k]) k = (k + 1) & (bigger.cap - 1);
    bigger.slot[k] = s->slot[i];
    bigger.n++;
  }
  os_free(s->slot);
  *s = bigger;
}

/* Adds a; true when it was not in the set yet. */
static bool addr_add(AddrSet *s, uintptr_t a) {
  if (2 * (s->n + 1) >= s->cap) addr_grow(s);
  size_t k = addr_slot(a, s->cap);
  for (; s->slot[k]; k = (k + 1) & (s->cap - 1))
    if (s->slot[k] == a) return false;
  s->slot[k] = a;
  s->n++;
  return true;
}

/* ---- erl's words -------------------------------------------------------- */

/* The bits of an integer's magnitude. */
static size_t magnitude_bits(BeamTerm t) {
  IntView v;
  int_view(t, &v);
  if (v.n == 0) return 0;
  size_t bits = (v.n - 1) * BN_DIGIT_BITS;
  for (BnDigit top = v.d[v.n - 1]; top; top >>= 1) bits++;
  return bits;
}

static uint64_t integer_words(BeamTerm t) {
  int64_t v;
  if (int_host_small(t, &v)) return 0;
  return 1 + (magnitude_bits(t) + 63) / 64;
}

static uint64_t bitstring_words(BeamTerm t) {
  size_t bytes = (bits_size(t) + 7) / 8;
  return bytes <= 64 ? 2 + (bytes + 7) / 8 : 6;
}

/* The words erl gives the object t itself, not counting what it refers
   to; pushes on s the subterms that may take words of their own. */
static uint64_t own_words(BeamTerm t, Stack *s) {
  if (BEAM_IS_LIST(t)) {
    push(s, BEAM_CAR(t));
    push(s, BEAM_CDR(t));
    return 2;
  }
  if (!BEAM_IS_BOXED(t)) return 0;
  BeamTerm *o = BEAM_PTR(t);
  size_t n = BEAM_HEADER_ARITY(o[0]);
  switch (BEAM_HEADER_SUB(o[0])) {
  case BEAM_SUB_TUPLE:
    for (size_t i = 1; i <= n; i++) push(s, o[i]);
    return n ? 1 + n : 0;
  case BEAM_SUB_POSBIG: case BEAM_SUB_NEGBIG: return integer_words(t);
  case BEAM_SUB_FLOAT: return 2;
  case BEAM_SUB_REF: return 3;
  case BEAM_SUB_EXPORT: return 5;
  case BEAM_SUB_FUN:
    for (size_t i = 2; i <= n; i++) push(s, o[i]);
    return 5 + (n - 1);
  case BEAM_SUB_MAP:
    for (size_t i = 1; i <= n; i++) push(s, o[i]); /* the keys tuple, the values */
    return 3 + (n - 1);
  case BEAM_SUB_HASHMAP: case BEAM_SUB_HAMT: { /* erl's: no bitmap word */
    size_t k;
    const BeamTerm *c = hamt_kids(t, &k);
    for (size_t i = 0; i < k; i++) push(s, c[i]);
    return (hamt_is(t) ? 2 : 1) + k;
  }
  default: return BEAM_IS_BITSTRING(t) ? bitstring_words(t) : 0;
  }
}

/* The words of t and everything it refers to; each object once when
   `shared` is set (size/1), at each occurrence otherwise (flat_size/1). */
static uint64_t term_words(BeamTerm t, bool shared) {
  Stack s = {0};
  AddrSet seen = {0};
  uint64_t words = 0;
  push(&s, t);
  while (s.len > 0) {
    BeamTerm x = pop(&s);
    if (BEAM_IS_IMMED(x)) continue;
    if (shared && !addr_add(&seen, (uintptr_t)BEAM_PTR(x))) continue;
    words += own_words(x, &s);
  }
  os_free(s.w);
  os_free(seen.slot);
  return words;
}

BeamTerm beam_bif_erts_debug_flat_size_1(BeamProc *p, BeamTerm t) {
  return int_from_uint64(p, term_words(t, false));
}

BeamTerm beam_bif_erts_debug_size_1(BeamProc *p, BeamTerm t) {
  return int_from_uint64(p, term_words(t, true));
}

/* erts_internal:cmp_term/2: -1, 0 or 1 in the exact (map-key) order,
   where every integer is below every float. */
BeamTerm beam_bif_erts_internal_cmp_term_2(BeamProc *p, BeamTerm a, BeamTerm b) {
  (void)p;
  int c = beam_compare(a, b, 1);
  return BEAM_SMALL(c < 0 ? -1 : c > 0);
}

/* ---- erlang:phash/2 ------------------------------------------------------ */
/*
** erl's make_hash, the hash of phash/2, which stays the same across
** releases and representations (OTP's hash_SUITE pins its values).  Each
** term folds into a 32-bit h with multiplications by primes just above
** 2^28:
**   []           h*P3 + 1
**   atom         h*P1 + the hashpjw of its name (a UTF-8 pair of a
**                Latin-1 character taken as that character's byte)
**   integer      its magnitude's bytes, least significant first, one 32-bit
**                word at least (h*P2 + byte each), then h*P4 if negative
**                else h*P3
**   float        h*P6 + (low 32 bits ^ high 32 bits), -0.0 as 0.0
**   tuple        the elements, then h*P9 + arity
**   list         a head that is a byte: h*P2 + byte; another head: its
**                hash; then the tail (a cons goes on); after the last tail,
**                h*P8
**   closure      h*P10 + free variables, h*P1 + module's hash, h*P2 + index,
**                h*P2 + uniq, then the free variables
**   fun M:F/A    h*P11 + A, h*P1 + M's hash, h*P1 + F's hash
**   binary       h*P1 + byte for each whole byte; k bits left over:
**                (h*P1 + their value)*P12 + k; then h*P4 + whole bytes
**   pid          its number's four bytes with P5, then h*P6
**   port         (high word with P11 if not 0) low word with P9, h*P10
**   reference    its lowest word with P9, then h*P10
** beamc's pids, ports and references do not carry erl's numbers, so their
** hashes are not erl's; and a map's would need erl's phash2, which beamc
** does not have: here it hashes as its keys tuple and its values in turn
** (the same for equal maps, but not erl's value).
*/

enum {
  P1 = 268440163u, P2 = 268439161u, P3 = 268435459u, P4 = 268436141u,
  P5 = 268438633u, P6 = 268437017u, P8 = 268437511u, P9 = 268439627u,
  P10 = 268440479u, P11 = 268440577u, P12 = 268440581u
};

/* Pending work on the hash stack: a term, the end of a tuple of some
   arity, the rest of a list, the end of a list.  Two words each: the
   operand, then the kind. */
enum { PH_TERM, PH_TUPLE_END, PH_LIST_REST, PH_LIST_END };

static void push2(Stack *s, uintptr_t x, uintptr_t kind) {
  push(s, x);
  push(s, kind);
}

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

/* Four bytes of x, least significant first, each as h*prime + byte. */
static uint32_t step32(uint32_t h, uint32_t x, uint32_t prime) {
  for (int i = 0; i < 4; i++, x >>= 8) h = h * prime + (x & 0xFF);
  return h;
}

/* Word i (32 bits) of a magnitude. */
static uint32_t mag32(const IntView *v, size_t i) {
  size_t per = BN_DIGIT_BITS / 32, d = i / per;
  return d < v->n ? (uint32_t)(v->d[d] >> (32 * (i % per))) : 0;
}

static uint32_t hash_integer(uint32_t h, BeamTerm t) {
  IntView v;
  int_view(t, &v);
  size_t words = (magnitude_bits(t) + 31) / 32;
  for (size_t i = 0; i < (words ? words : 1); i++) h = step32(h, mag32(&v, i), P2);
  return h * (v.sign ? P4 : P3);
}

static uint32_t hash_float(uint32_t h, double d) {
  uint64_t u;
  if (d == 0.0) d = 0.0; /* -0.0 hashes as 0.0 */
  memcpy(&u, &d, sizeof u);
  return h * P6 + ((uint32_t)u ^ (uint32_t)(u >> 32));
}

static uint32_t hash_bits(uint32_t h, BeamTerm t) {
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
static uint32_t hash_list(uint32_t h, BeamTerm l, Stack *s) {
  for (;;) {
    BeamTerm hd = BEAM_CAR(l), tl = BEAM_CDR(l);
    if (!BEAM_IS_SMALL(hd) || (BeamTerm)BEAM_SMALL_VALUE(hd) > 255) {
      push2(s, tl, PH_LIST_REST);
      push2(s, hd, PH_TERM);
      return h;
    }
    h = h * P2 + (uint32_t)BEAM_SMALL_VALUE(hd);
    if (!BEAM_IS_LIST(tl)) {
      push2(s, 0, PH_LIST_END);
      push2(s, tl, PH_TERM);
      return h;
    }
    l = tl;
  }
}

/* Pushes n terms so that v[0] comes off the stack first. */
static void push_terms(Stack *s, const BeamTerm *v, size_t n) {
  while (n-- > 0) push2(s, v[n], PH_TERM);
}

static uint32_t hash_boxed(uint32_t h, BeamTerm t, Stack *s) {
  BeamTerm *o = BEAM_PTR(t);
  size_t n = BEAM_HEADER_ARITY(o[0]);
  switch (BEAM_HEADER_SUB(o[0])) {
  case BEAM_SUB_TUPLE:
    push2(s, n, PH_TUPLE_END);
    push_terms(s, o + 1, n);
    return h;
  case BEAM_SUB_POSBIG: case BEAM_SUB_NEGBIG: return hash_integer(h, t);
  case BEAM_SUB_FLOAT: return hash_float(h, BEAM_FLOAT_VALUE(t));
  case BEAM_SUB_REF: return step32(h, (uint32_t)o[1], P9) * P10;
  case BEAM_SUB_EXPORT:
    h = h * P11 + (uint32_t)BEAM_SMALL_VALUE(o[3]);
    return (h * P1 + atom_hash(o[1])) * P1 + atom_hash(o[2]);
  case BEAM_SUB_FUN: {
    const BeamFunEntry *fe = (const BeamFunEntry *)o[1];
    h = h * P10 + fe->num_free;
    h = h * P1 + atom_hash(BEAM_ATOM(*fe->mfa->module->name));
    h = (h * P2 + fe->index) * P2 + fe->old_uniq;
    push_terms(s, o + 2, n - 1);
    return h;
  }
  case BEAM_SUB_MAP:
    push_terms(s, o + 1, n);
    return h;
  default: return BEAM_IS_BITSTRING(t) ? hash_bits(h, t) : h;
  }
}

static uint32_t hash_term(uint32_t h, BeamTerm t, Stack *s) {
  if (t == BEAM_NIL) return h * P3 + 1;
  if (BEAM_IS_ATOM(t)) return h * P1 + atom_hash(t);
  if (BEAM_IS_SMALL(t)) return hash_integer(h, t);
  if (BEAM_IS_PID(t)) return step32(h, (uint32_t)(t >> 4), P5) * P6;
  if (BEAM_IS_PORT(t)) {
    uint64_t num = (uint64_t)(t >> 6);
    if (num >> 32) h = step32(h, (uint32_t)(num >> 32), P11);
    return step32(h, (uint32_t)num, P9) * P10;
  }
  if (BEAM_IS_LIST(t)) return hash_list(h, t, s);
  return hash_boxed(h, t, s);
}

/* make_hash of t. */
static uint32_t phash(BeamTerm t) {
  Stack s = {0};
  uint32_t h = 0;
  push2(&s, t, PH_TERM);
  while (s.len > 0) {
    uintptr_t kind = pop(&s), x = pop(&s);
    if (kind == PH_TERM) h = hash_term(h, (BeamTerm)x, &s);
    else if (kind == PH_TUPLE_END) h = h * P9 + (uint32_t)x;
    else if (kind == PH_LIST_END) h *= P8;
    else if (BEAM_IS_LIST((BeamTerm)x)) h = hash_list(h, (BeamTerm)x, &s);
    else {
      push2(&s, 0, PH_LIST_END);
      push2(&s, x, PH_TERM);
    }
  }
  os_free(s.w);
  return h;
}

/* phash(Term, Range): 1..Range, Range an integer from 1 to 2^32. */
BeamTerm beam_bif_erlang_phash_2(BeamProc *p, BeamTerm t, BeamTerm range) {
  int64_t r;
  if (!int_to_int64(range, &r) || r < 1 || r > (INT64_C(1) << 32)) return bif_badarg(p);
  uint32_t h = phash(t);
  if (r == (INT64_C(1) << 32)) return int_from_uint64(p, (uint64_t)h + 1);
  return int_from_uint64(p, (uint64_t)(h % (uint64_t)r) + 1);
}
