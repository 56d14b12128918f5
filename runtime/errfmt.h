/*
** errfmt.h — exceptions as escript prints them (prefix errfmt_).
*/
#ifndef BEAMRT_ERRFMT_H
#define BEAMRT_ERRFMT_H

#include <stdbool.h>

#include "print.h"

/* The text after "exception Class: " for a reason, as erl_error writes it
   for the common error reasons (function_clause and undef name the top
   frame of the stack trace); other reasons print as terms.  True when
   the text took the place of the top frame (function_clause and undef),
   which the stack trace lines then leave out, as erl_error does. */
bool errfmt_reason(PrintBuf *b, BeamTerm cls, BeamTerm reason, BeamTerm trace);
/* One stack frame {M, F, ArityOrArgs, Location}: "M:F/A (File, line L)". */
void errfmt_frame(PrintBuf *b, BeamTerm frame);
/* A frame's location list as "(File, line L)"; nothing when it has none. */
void errfmt_location(PrintBuf *b, BeamTerm loc);

#endif
