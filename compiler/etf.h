/*
** etf.h — decoder for Erlang's external term format.
**
** The LitT, Attr and CInf chunks of a .beam hold terms in this format.
*/
#ifndef BEAMC_ETF_H
#define BEAMC_ETF_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"
#include "term.h"

/* Decodes the term in buf[0..len), which must start with the version
** byte 131 and be consumed exactly.  base is the byte offset of buf in the
** file, used in messages.  Accepts every tag a literal, attribute or
** compile-info term can hold (integers of any size, floats old and new,
** atoms in all four encodings, tuples, lists, strings, binaries,
** bitstrings, maps, export funs, and zlib-compressed terms); anything else
** (pids, ports, references, local funs, truncation, trailing bytes, a
** nesting deeper than 10000) fails through diag_fail naming the offset. */
CTerm *etf_decode(Arena *a, Diag *d, const uint8_t *buf, size_t len, long base);

#endif
