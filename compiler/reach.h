/*
** reach.h — what the program reaches of the OTP modules it is built with,
** and the warnings about what beamc does not implement there.
**
** The emitter warns about each call of a program's own module to an
** erlang function beamc lacks.  A call inside an OTP module is not the
** user's code, so the emitter says nothing about it (and a cached OTP
** module is not even emitted again); reach_warn looks for such calls in
** the OTP functions the program can reach, and warns once about each,
** naming the first function of the program that reaches it and the
** chain of OTP functions in between.
*/
#ifndef BEAMC_REACH_H
#define BEAMC_REACH_H

#include <stdbool.h>
#include <stdio.h>

#include "ir.h"

/* A module of the build: its IR (NULL for a module that was not found),
   whether it was pulled in from OTP, and the file named for it in
   messages. */
typedef struct ReachModule {
  const IrModule *ir;
  bool otp;
  const char *src;
} ReachModule;

/*
** Follows every call the program's functions (those of the modules that
** are not OTP's) make into OTP modules, transitively through local and
** remote calls, funs made and export funs named, but not into what a BIF
** of bif.tab replaces.  Where it reaches a function that calls an erlang
** function that is not a BIF beamc implements (nor apply/2,3), or that is
** a stub the VM replaces (its code calls erlang:nif_error), it writes one
** warning per such function to out:
**
**   beamc: SRC: warning: erlang:F/A is not implemented yet: M:G/N reaches
**   it through OTP:H/K -> ...; calling it raises undef
**
** (SRC the source of M, the program module whose function G/N comes
** first in the chain; a chain of more than three OTP functions shows the
** first, the number left out and the last).  A stub is named instead of
** erlang:nif_error, "(OTP's code is a stub for the VM to replace)", and
** "calling it raises the stub's error".  Returns the number of warnings.
*/
int reach_warn(const ReachModule *mods, int n, FILE *out);

#endif
