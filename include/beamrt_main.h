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
   stderr).  halt/0,1,2 exit the program directly. */
int beamrt_main(int argc, char **argv, const BeamModule *const *mods,
                const BeamAtom *mod, const BeamAtom *fun, unsigned arity);

#endif
