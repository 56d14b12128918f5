/*
** bif_term.c — BIFs that look at a whole term: its size in words as erl
** lays it out (erts_debug:flat_size/1, size/1) and the exact order
** (erts_internal:cmp_term/2).  erl's portable hashes are in bif_hash.c.
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
**   - a binary as a heap binary (2 + one word per 8 bytes) up to 64
**     bytes, a ProcBin (6) above or when it is one; a sub-binary that is
**     whole bytes from a byte boundary as the binary of its bytes (a
**     ProcBin when it lies in one), any other as erl copies it: the
**     sub-binary (5) and its binary, a ProcBin or a heap binary of the
**     bytes it touches.  beamc extracts and appends as erl does (heap
**     copies of small whole-byte parts, ProcBins under appends), so its
**     objects are erl's.
** flat_size/1 counts every subterm wherever it occurs; size/1 counts each
** object once however many times it is shared (erl's erts_debug:size/1,
** written in Erlang there, finds sharing by identity as this does by
** address).  Not as erl: maps of more than 32 keys (erl's hash trie's
** nodes depend on its internal hash; these count as flatmaps).
**
** Nothing recurses on the C stack: walks keep their pending terms in a
** growable os_alloc'd stack.
*/
#include <stdbool.h>

#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "bin/bin.h"
#include "hamt.h"
#include "integer.h"
#include "os/os.h"
#include "wstack.h"

#define WHAT "measuring a term" /* what os_alloc reports */

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

/* erl's words for a binary of n bytes: a heap binary's up to 64 bytes
   (erl's limit), else a ProcBin's (a literal of beamc's that is a large
   heap binary is a ProcBin in erl). */
static uint64_t binary_words(size_t n) {
  return n <= BIN_HEAP_MAX ? 2 + (n + 7) / 8 : 6;
}

/* A bitstring as erl copies it (erts' size_object): a binary, or a
   sub-binary that is whole bytes at a byte boundary, as the binary of its
   bytes (a ProcBin when it lies in one); any other sub-binary as one (5
   words) plus its binary, a ProcBin or a heap binary of only the bytes it
   touches (one or two more than its whole bytes, as its bits straddle). */
static uint64_t bitstring_words(BeamTerm t) {
  const BeamTerm *w = BEAM_PTR(t);
  switch (BEAM_HEADER_SUB(w[0])) {
  case BEAM_SUB_REFBIN: return 6;
  case BEAM_SUB_BIN: return binary_words((size_t)w[1]);
  default: break;
  }
  size_t bytes = (size_t)w[1], bitoff = (size_t)(w[3] >> 3), bits = (size_t)(w[3] & 7);
  size_t extra = bitoff + bits > 8 ? 2 : bitoff + bits > 0;
  BeamTerm orig = w[4];
  bool procbin = BEAM_HEADER_SUB(BEAM_BOXED_HEADER(orig)) == BEAM_SUB_REFBIN ||
                 (size_t)BEAM_PTR(orig)[1] > BIN_HEAP_MAX;
  return (extra ? BIN_SUB_WORDS : 0) + (procbin ? 6 : binary_words(bytes + extra));
}

/* The words erl gives the object t itself, not counting what it refers
   to; pushes on s the subterms that may take words of their own. */
static uint64_t own_words(BeamTerm t, WStack *s) {
  if (BEAM_IS_LIST(t)) {
    ws_push(s, BEAM_CAR(t));
    ws_push(s, BEAM_CDR(t));
    return 2;
  }
  if (!BEAM_IS_BOXED(t)) return 0;
  BeamTerm *o = BEAM_PTR(t);
  size_t n = BEAM_HEADER_ARITY(o[0]);
  switch (BEAM_HEADER_SUB(o[0])) {
  case BEAM_SUB_TUPLE:
    for (size_t i = 1; i <= n; i++) ws_push(s, o[i]);
    return n ? 1 + n : 0;
  case BEAM_SUB_POSBIG: case BEAM_SUB_NEGBIG: return integer_words(t);
  case BEAM_SUB_FLOAT: return 2;
  case BEAM_SUB_REF: return 3;
  case BEAM_SUB_EXPORT: return 5;
  case BEAM_SUB_FUN:
    for (size_t i = 2; i <= n; i++) ws_push(s, o[i]);
    return 5 + (n - 1);
  case BEAM_SUB_MAP:
    for (size_t i = 1; i <= n; i++) ws_push(s, o[i]); /* the keys tuple, the values */
    return 3 + (n - 1);
  case BEAM_SUB_HASHMAP: case BEAM_SUB_HAMT: { /* erl's: no bitmap word */
    size_t k;
    const BeamTerm *c = hamt_kids(t, &k);
    for (size_t i = 0; i < k; i++) ws_push(s, c[i]);
    return (hamt_is(t) ? 2 : 1) + k;
  }
  default: return BEAM_IS_BITSTRING(t) ? bitstring_words(t) : 0;
  }
}

/* The words of t and everything it refers to; each object once when
   `shared` is set (size/1), at each occurrence otherwise (flat_size/1). */
static uint64_t term_words(BeamTerm t, bool shared) {
  WStack s;
  ws_init(&s);
  AddrSet seen = {0};
  uint64_t words = 0;
  ws_push(&s, t);
  while (s.len > 0) {
    BeamTerm x = ws_pop(&s);
    if (BEAM_IS_IMMED(x)) continue;
    if (shared && !addr_add(&seen, (uintptr_t)BEAM_PTR(x))) continue;
    words += own_words(x, &s);
  }
  ws_free(&s);
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
