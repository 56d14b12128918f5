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

BeamTerm ref_write(BeamTerm *hp, uint64_t id) {
  hp[0] = BEAM_HEADER(3, BEAM_SUB_REF);
  hp[1] = (BeamTerm)(uint32_t)id;
  hp[2] = (BeamTerm)(uint32_t)(id >> 32);
  hp[3] = 0;
  return BEAM_MAKE_BOXED(hp);
}

BeamTerm ref_make(BeamProc *p, uint64_t id) {
  return ref_write(beam_alloc(p, REF_WORDS), id);
}

uint64_t ref_id(BeamTerm t) {
  if (!BEAM_HAS_SUB(t, BEAM_SUB_REF) || BEAM_HEADER_ARITY(BEAM_BOXED_HEADER(t)) != 3)
    return 0;
  const BeamTerm *w = BEAM_PTR(t);
  return (uint64_t)(uint32_t)w[2] << 32 | (uint32_t)w[1];
}
