/*
** ref.h — references (prefix ref_): make_ref's terms and the numbers
** monitors and timers know them by.
**
** A reference is [header(3, REF), low 32 bits, high 32 bits, 0] of a
** 64-bit number that is never given twice; erl prints it as
** #Ref<0.0.High.Low>.
*/
#ifndef BEAMRT_REF_H
#define BEAMRT_REF_H

#include <stdint.h>

#include "beamrt.h"

#define REF_WORDS 4

/* A number no reference has had. */
uint64_t ref_new_id(void);
/* The reference of number id, on p's heap. */
BeamTerm ref_make(BeamProc *p, uint64_t id);
/* The reference of number id, written to hp[0..REF_WORDS-1]. */
BeamTerm ref_write(BeamTerm *hp, uint64_t id);
/* The number of reference t, or 0 when t is not one made here. */
uint64_t ref_id(BeamTerm t);

#endif
