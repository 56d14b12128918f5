/*
** except.h — exceptions (internal part; the raise functions generated
** code calls are in beamrt.h).
*/
#ifndef BEAMRT_EXCEPT_H
#define BEAMRT_EXCEPT_H

#include <stdbool.h>

#include "proc.h"

/* Raises error:reason in the BIF mod:fun called with the argument list
   args: the top frame is {mod, fun, args, [{error_info, ...}]}, then
   the frame of caller at loc when caller is not NULL (a tail call's),
   and the frames of the continuations on the stack (the caller of a
   non-tail call has pushed its own).  Returns BEAM_NONV. */
/* Raises error:reason from the function mfa at loc, its frame with the
   error_info erl gives a failed binary construction (cause, function
   format_bs_fail, module erl_erts_errors). */
BeamTerm exc_raise_bs(Proc *p, BeamTerm reason, BeamTerm cause, const BeamMfa *mfa,
                      BeamLoc loc);
BeamTerm exc_raise_bif_frame(Proc *p, BeamTerm mod, BeamTerm fun, BeamTerm args,
                             BeamTerm reason, const BeamMfa *caller, BeamLoc loc);

/* Handles p's pending exception: true when a handler will run next (it
   was pushed on the stack), false when none catches it. */
bool exc_unwind(Proc *p);

#endif
