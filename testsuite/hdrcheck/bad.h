/*
** bad.h — the self-test's fixture (selftest.sh): a header wrong in
** exactly three ways, each of which hdrcheck must report.
*/
#ifndef BEAMRT_HDRCHECK_BAD_H
#define BEAMRT_HDRCHECK_BAD_H

#include "beamrt.h"

/* Wrong 1: identifiers without a project prefix, a function and a macro. */
int helper_count(void);
#define HELPER_LIMIT 8

/* Wrong 2: not C11 (a zero-size array is a GNU extension). */
extern BeamTerm beam_bad_table[0];

enum { BEAM_BIF_erlang_good_1 = 0, BEAM_BIF_erlang_bad_2 = 1, BEAM_BIF_COUNT = 2 };

/* Right: as bad.tab gives it. */
BeamTerm beam_bif_erlang_good_1(BeamProc *p, BeamTerm a1);

/* Wrong 3: bad.tab says arity 2. */
BeamTerm beam_bif_erlang_bad_2(BeamProc *p, BeamTerm a1);

#endif
