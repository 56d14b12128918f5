/*
** ref.c — references (ref.h).  The counter is atomic: every scheduler
** thread makes references.
*/
#include "ref.h"

#include <stdatomic.h>

static _Atomic uint64_t next_id = 1;

uint64_t ref_new_id(void) {
  return atomic_fetch_add_explicit(&next_id, 1, memory_order_relaxed);
}

/* The bits of each number (ref.h). */
#define N0_BITS 18
#define N2_BITS (64 - 32 - N0_BITS)

BeamTerm ref_write(BeamTerm *hp, uint64_t id) {
  hp[0] = BEAM_HEADER(3, BEAM_SUB_REF);
  hp[1] = (BeamTerm)(id & ((UINT64_C(1) << N0_BITS) - 1));
  hp[2] = (BeamTerm)(uint32_t)(id >> N0_BITS);
  hp[3] = (BeamTerm)(id >> (N0_BITS + 32));
  return BEAM_MAKE_BOXED(hp);
}

BeamTerm ref_make(BeamProc *p, uint64_t id) {
  return ref_write(beam_alloc(p, REF_WORDS), id);
}

uint64_t ref_id(BeamTerm t) {
  if (!BEAM_HAS_SUB(t, BEAM_SUB_REF) || BEAM_HEADER_ARITY(BEAM_BOXED_HEADER(t)) != 3)
    return 0;
  const BeamTerm *w = BEAM_PTR(t);
  if (w[1] >> N0_BITS != 0 || (uint64_t)w[2] >> 32 != 0 || w[3] >> N2_BITS != 0) return 0;
  return (uint64_t)w[3] << (N0_BITS + 32) | (uint64_t)w[2] << N0_BITS | w[1];
}
