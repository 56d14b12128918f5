/*
** beamread.h — builds the IR of a module from a .beam file.
*/
#ifndef BEAMC_BEAMREAD_H
#define BEAMC_BEAMREAD_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "ir.h"

/* Reads the .beam image buf[0..len) into a module allocated in arena a.
** Any malformation fails through diag_fail with the byte offset. */
IrModule *beamread_module(Arena *a, Diag *d, const uint8_t *buf, size_t len);

#endif
