/*
** term_build.h — building small terms on a process heap (prefix tb_).
** All allocate with beam_alloc: they never collect, so terms held in C
** locals stay valid.
*/
#ifndef BEAMRT_TERM_BUILD_H
#define BEAMRT_TERM_BUILD_H

#include <stddef.h>

#include "beamrt.h"

BeamTerm tb_cons(BeamProc *p, BeamTerm head, BeamTerm tail);
BeamTerm tb_tuple2(BeamProc *p, BeamTerm a, BeamTerm b);
BeamTerm tb_tuple3(BeamProc *p, BeamTerm a, BeamTerm b, BeamTerm c);
/* A three-word boxed object of subtag sub (a tuple, an export fun). */
BeamTerm tb_boxed3(BeamProc *p, unsigned sub, BeamTerm a, BeamTerm b, BeamTerm c);
/* The proper list of v[0..n-1]. */
BeamTerm tb_list_from(BeamProc *p, const BeamTerm *v, size_t n);
/* The list of the bytes of a NUL-terminated string (Latin-1). */
BeamTerm tb_string(BeamProc *p, const char *s);
/* Length of a proper list, or -1. */
long tb_list_length(BeamTerm list);
/* A copy of the proper list `list` with t added at the end. */
BeamTerm tb_append1(BeamProc *p, BeamTerm list, BeamTerm t);

#endif
