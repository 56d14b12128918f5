/*
** except.h — exceptions (internal part; the raise functions generated
** code calls are in beamrt.h).
*/
#ifndef BEAMRT_EXCEPT_H
#define BEAMRT_EXCEPT_H

#include <stdbool.h>

#include "proc.h"

/* Handles p's pending exception: true when a handler will run next (it
   was pushed on the stack), false when none catches it. */
bool exc_unwind(Proc *p);

#endif
