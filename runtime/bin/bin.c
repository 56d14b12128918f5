/*
** bin.c — binaries and their memory (bin.h).
*/
#include "bin.h"

#include <string.h>

#include "bits.h"
#include "os/os.h"
#include "proc.h"

size_t bin_words(size_t n) {
  return n <= BIN_HEAP_MAX ? 2 + BEAM_BYTE_WORDS(n) : BIN_PROC_WORDS;
}

/* A blob for n bytes with one reference; exits when there is no memory. */
static BinBlob *blob_new(size_t n) {
  if (n > SIZE_MAX - sizeof(BinBlob)) os_out_of_memory("a binary of %zu bytes", n);
  BinBlob *b = os_try_alloc(sizeof(BinBlob) + n);
  if (b == NULL) os_out_of_memory("a binary of %zu bytes", n);
  atomic_init(&b->refc, 1);
  b->size = b->cap = n;
  b->wbits = BIN_NOT_WRITABLE;
  return b;
}

BinBlob *bin_blob_grow(BinBlob *b, size_t cap) {
  if (cap > SIZE_MAX - sizeof(BinBlob)) os_out_of_memory("a binary of %zu bytes", cap);
  BinBlob *n = os_realloc(b, sizeof(BinBlob) + cap, "a binary");
  n->cap = cap;
  return n;
}

static void blob_release(BinBlob *b) {
  if (atomic_fetch_sub_explicit(&b->refc, 1, memory_order_acq_rel) == 1) os_free(b);
}

static BeamTerm procbin_write(BeamTerm *hp, BeamTerm **list, size_t n, BinBlob *b) {
  hp[0] = BEAM_HEADER(3, BEAM_SUB_REFBIN);
  hp[1] = (BeamTerm)n;
  hp[2] = (BeamTerm)(uintptr_t)b;
  hp[3] = (BeamTerm)(uintptr_t)*list;
  *list = hp;
  return BEAM_MAKE_BOXED(hp);
}

BeamTerm bin_make(BeamTerm *hp, BeamTerm **list, size_t n, uint8_t **data) {
  if (n <= BIN_HEAP_MAX) {
    hp[0] = BEAM_HEADER(1 + BEAM_BYTE_WORDS(n), BEAM_SUB_BIN);
    hp[1] = (BeamTerm)n;
    *data = (uint8_t *)(hp + 2);
    return BEAM_MAKE_BOXED(hp);
  }
  BinBlob *b = blob_new(n);
  *data = b->data;
  return procbin_write(hp, list, n, b);
}

BeamTerm bin_make_blob(BeamTerm *hp, BeamTerm **list, size_t cap, BinBlob **blob) {
  BinBlob *b = blob_new(cap);
  b->size = 0;
  *blob = b;
  return procbin_write(hp, list, 0, b);
}

BeamTerm bin_new(BeamProc *bp, size_t n, uint8_t **data) {
  BeamTerm *hp = beam_alloc(bp, bin_words(n));
  return bin_make(hp, &PROC(bp)->bins, n, data);
}

BeamTerm bin_sub(BeamTerm *hp, BeamTerm orig, size_t off, size_t bits) {
  hp[0] = BEAM_HEADER(4, BEAM_SUB_SUBBIN);
  hp[1] = (BeamTerm)(bits / 8);
  hp[2] = (BeamTerm)(off / 8);
  hp[3] = (BeamTerm)((off % 8) << 3 | bits % 8);
  hp[4] = orig;
  return BEAM_MAKE_BOXED(hp);
}

BeamTerm bin_part(BeamProc *p, BeamTerm t, size_t off, size_t bits) {
  if (bits % 8 == 0 && bits / 8 <= BIN_HEAP_MAX) {
    Bits b;
    bits_of(t, &b);
    uint8_t *d;
    BeamTerm r = bin_new(p, bits / 8, &d);
    bits_copy(d, 0, b.p, b.off + off, bits);
    return r;
  }
  const BeamTerm *w = BEAM_PTR(t);
  if (BEAM_HEADER_SUB(w[0]) == BEAM_SUB_SUBBIN) {
    off += (size_t)w[2] * 8 + (w[3] >> 3);
    t = w[4];
  }
  return bin_sub(beam_alloc(p, BIN_SUB_WORDS), t, off, bits);
}

BeamTerm bin_share(BeamTerm *hp, BeamTerm **list, const BeamTerm *pb) {
  BinBlob *b = (BinBlob *)pb[2];
  atomic_fetch_add_explicit(&b->refc, 1, memory_order_relaxed);
  return procbin_write(hp, list, (size_t)pb[1], b);
}

void bin_release(BeamTerm **list) {
  for (BeamTerm *pb = *list, *next; pb != NULL; pb = next) {
    next = (BeamTerm *)pb[3];
    blob_release((BinBlob *)pb[2]);
  }
  *list = NULL;
}

void bin_sweep(BeamTerm **list, BeamTerm **young, BeamTerm **old,
               int (*in_old)(const void *ctx, const BeamTerm *a), const void *ctx) {
  BeamTerm *pb = *list;
  *list = NULL;
  while (pb != NULL) {
    BeamTerm *next = (BeamTerm *)pb[3];
    if (BEAM_IS_BOXED(pb[0])) { /* copied: the header is the forwarding pointer */
      BeamTerm *to = BEAM_PTR(pb[0]);
      BeamTerm **l = in_old(ctx, to) ? old : young;
      to[3] = (BeamTerm)(uintptr_t)*l;
      *l = to;
    } else {
      blob_release((BinBlob *)pb[2]);
    }
    pb = next;
  }
}

void bin_splice(BeamTerm **to, BeamTerm **from) {
  BeamTerm *last = *from;
  if (last == NULL) return;
  while (last[3] != 0) last = (BeamTerm *)last[3];
  last[3] = (BeamTerm)(uintptr_t)*to;
  *to = *from;
  *from = NULL;
}
