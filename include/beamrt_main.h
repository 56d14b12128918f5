/*
** beamrt_main.h — the public entry of libbeamrt: running a program.
*/
#ifndef BEAMRT_MAIN_H
#define BEAMRT_MAIN_H

#include "beamrt.h"

/* Runs the program made of the NULL-terminated module list: calls
   mod:fun/arity (arity 0, or 1 with the command-line arguments as a list
   of strings) in a new process and returns the exit status escript would
   give: 0 when it returns, 127 after an uncaught exception (reported on
   stderr).  halt/0,1,2 exit the program directly.  Before that, the
   on_load functions run, each in a process of its own: mod's, then those
   of the first n_named modules of the list (the modules the program was
   built from; OTP modules pulled in come after them), in list order.  A
   failed on_load of mod ends the program as escript does (status 127);
   a failed one of another module leaves that module's functions out of
   the export table (apply and fun M:F/A then raise undef). */
int beamrt_main(int argc, char **argv, const BeamModule *const *mods, unsigned n_named,
                const BeamAtom *mod, const BeamAtom *fun, unsigned arity);

#endif
