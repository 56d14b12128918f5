/*
** sread.h — builds the IR of a module from the forms of its .S file.
*/
#ifndef BEAMC_SREAD_H
#define BEAMC_SREAD_H

#include <stddef.h>

#include "diag.h"
#include "ir.h"

/* Reads the .S text into a module allocated in arena a, applying the same
** rewrites beam_asm applies when it assembles the .S forms into a .beam
** (see ir.h), so the result equals what beamread gives for the .beam. */
IrModule *sread_module(Arena *a, Diag *d, const char *text, size_t len);

#endif
