/*
** ref.h — references (prefix ref_): make_ref's terms and the numbers
** monitors and timers know them by.
**
** A reference is [header(3, REF), N0, N1, N2]: three numbers, printed
** #Ref<0.N2.N1.N0> and written in this order by term_to_binary.  As in
** erl, N0 has 18 bits and the others 32: the references made here carry
** a 64-bit number that is never given twice, its low 18 bits in N0, the
** next 32 in N1 and the top 14 in N2, so that erl reads them back
** (binary_to_term refuses an N0 of more than 18 bits).  References read
** from text or from the external format may hold any numbers erl
** accepts; ref_id says which are the runtime's.
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
/* The number of reference t, or 0 when t cannot be one made here. */
uint64_t ref_id(BeamTerm t);

#endif
