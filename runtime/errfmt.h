/*
** errfmt.h — exceptions as escript prints them (prefix errfmt_).
*/
#ifndef BEAMRT_ERRFMT_H
#define BEAMRT_ERRFMT_H

#include "print.h"

/* The text after "exception Class: " for a reason, as erl_error writes it
   for the common error reasons; other reasons print as terms. */
void errfmt_reason(PrintBuf *b, BeamTerm cls, BeamTerm reason);
/* One stack frame {M, F, ArityOrArgs, Location}: "M:F/A (File, line L)". */
void errfmt_frame(PrintBuf *b, BeamTerm frame);

#endif
