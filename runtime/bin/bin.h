/*
** bin.h — binaries and their memory (prefix bin_).
**
** A bitstring term is one of three boxed objects (beamrt.h has the
** subtags and the words' layout):
**
**   heap binary  [BEAM_HEADER(1 + words, BEAM_SUB_BIN), bytes, data...]
**                up to BIN_HEAP_MAX bytes on a process heap; any size in
**                a literal.
**   ProcBin      [BEAM_HEADER(3, BEAM_SUB_REFBIN), bytes, BinBlob *, next]
**                a binary of more than BIN_HEAP_MAX bytes: the bytes are in
**                a reference-counted BinBlob outside every heap; the
**                ProcBin is the process's handle on it.
**   sub-binary   [BEAM_HEADER(4, BEAM_SUB_SUBBIN), bytes, offset, bits, orig]
**                `bytes` whole bytes plus (bits & 7) bits, starting
**                `offset` bytes plus (bits >> 3) bits into orig, a heap
**                binary or a ProcBin.  Bitstrings whose size is not whole
**                bytes, and slices of binaries, are sub-binaries.
**
** Invariants:
** - Every ProcBin on a process's heap, old heap or heap fragments is on
**   one of its two lists (`bins` for the young heap and the fragments,
**   `old_bins` for the old heap), linked through `next` (the address of
**   the next ProcBin's header, or NULL).  A ProcBin in a signal's
**   fragment is on that fragment's list.  Each ProcBin holds one reference
**   to its blob.
** - The collector (gc.c) keeps the lists: a ProcBin it did not copy is
**   dead, and its reference is released (bin_sweep).  Freeing a fragment
**   or a process releases the references of its lists (bin_release).
** - A blob's bits [0, wbits) never change once a term refers to them;
**   appends write after wbits, and only to a blob with one reference,
**   which alone may also move to a larger block (bs_make.c).
*/
#ifndef BEAMRT_BIN_H
#define BEAMRT_BIN_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "beamrt.h"

/* Binaries of at most this many bytes live on the heap (erl's limit). */
#define BIN_HEAP_MAX 64

typedef struct BinBlob {
  _Atomic size_t refc;  /* the ProcBins (of any process) that refer to it */
  size_t size;          /* bytes in use */
  size_t cap;           /* bytes allocated for data */
  uint64_t wbits;       /* appends may write from this bit on (the end of
                           what was written), or BIN_NOT_WRITABLE */
  uint8_t data[];
} BinBlob;
#define BIN_NOT_WRITABLE UINT64_MAX

/* Words of a ProcBin, and of a sub-binary. */
#define BIN_PROC_WORDS 4
#define BIN_SUB_WORDS 5

/* The heap words a new binary of n bytes takes: a heap binary's up to
   BIN_HEAP_MAX bytes, else a ProcBin's. */
size_t bin_words(size_t n);

/* A new binary of n bytes at hp, which has bin_words(n) words; its bytes
   (not initialised) at *data.  A ProcBin is put on the list *list (the
   owner's `bins`, or a signal fragment's).  Exits the program when there
   is no memory for the bytes. */
BeamTerm bin_make(BeamTerm *hp, BeamTerm **list, size_t n, uint8_t **data);

/* A ProcBin at hp (BIN_PROC_WORDS words) of no bytes whose new blob
   (at *blob) has room for cap: what appends grow (bs_make.c). */
BeamTerm bin_make_blob(BeamTerm *hp, BeamTerm **list, size_t cap, BinBlob **blob);

/* b (with one reference) moved to a block of cap >= b->cap bytes; the
   caller points its ProcBin at the result. */
BinBlob *bin_blob_grow(BinBlob *b, size_t cap);

/* The same on p's heap (beam_alloc: never collects). */
BeamTerm bin_new(BeamProc *p, size_t n, uint8_t **data);

/* A sub-binary at hp (BIN_SUB_WORDS words) of `bits` bits starting `off`
   bits into orig (a heap binary or ProcBin). */
BeamTerm bin_sub(BeamTerm *hp, BeamTerm orig, size_t off, size_t bits);

/* The part of `bits` bits starting `off` bits into the bitstring t, on
   p's heap: a copy when it is whole bytes and at most BIN_HEAP_MAX of
   them, else a sub-binary of t's binary (as erl extracts parts: this
   shows in binary:referenced_byte_size). */
BeamTerm bin_part(BeamProc *p, BeamTerm t, size_t off, size_t bits);

/* A copy at hp (BIN_PROC_WORDS words) of the ProcBin pb, with a reference
   of its own, put on *list. */
BeamTerm bin_share(BeamTerm *hp, BeamTerm **list, const BeamTerm *pb);

/* The blob of the ProcBin t. */
static inline BinBlob *bin_blob(BeamTerm t) { return (BinBlob *)BEAM_PTR(t)[2]; }

/* Releases the references of every ProcBin on the list, which is then
   empty. */
void bin_release(BeamTerm **list);

/*
** After a collection has copied every live object: every ProcBin on
** *list that was copied (its header replaced by a forwarding pointer) is
** re-linked at its new address, onto *old when in_old(its new address,
** ctx), else onto *young; the others are dead and released.  *list is
** then empty (unless it is *young or *old).
*/
void bin_sweep(BeamTerm **list, BeamTerm **young, BeamTerm **old,
               int (*in_old)(const void *ctx, const BeamTerm *a), const void *ctx);

/* Appends the list *from to *to (a message joins the receiver's heap). */
void bin_splice(BeamTerm **to, BeamTerm **from);

#endif
