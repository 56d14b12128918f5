/*
** beamfile.h — the IFF container of a .beam file.
**
** A .beam is "FOR1" <size:32> "BEAM" followed by chunks, each
** <id:4 bytes> <size:32> <data> padded to a multiple of 4 bytes; all
** numbers big-endian.  A gzip-compressed .beam (as erl also loads) is
** inflated first.
*/
#ifndef BEAMC_BEAMFILE_H
#define BEAMC_BEAMFILE_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"

#define BEAMFILE_MAX_CHUNKS 64

typedef struct BeamChunk {
  char id[5];          /* NUL-terminated four-character id */
  uint32_t size;       /* bytes of data, without padding */
  size_t offset;       /* offset of data in the (inflated) image */
  const uint8_t *data;
} BeamChunk;

typedef struct BeamFile {
  const uint8_t *image;  /* the uncompressed file */
  size_t len;
  uint32_t n_chunks;
  BeamChunk chunks[BEAMFILE_MAX_CHUNKS];
} BeamFile;

/* Splits buf[0..len) into chunks.  Checks the magic, the form size, that
** every chunk lies inside the form, and that no chunk id repeats; fails
** through diag_fail otherwise.  A gzip image is inflated into the arena
** (at most 256 MiB).  The chunks point into buf or into that copy. */
void beamfile_open(Arena *a, Diag *d, const uint8_t *buf, size_t len, BeamFile *bf);

/* The chunk with the given id, or NULL. */
const BeamChunk *beamfile_chunk(const BeamFile *bf, const char *id);

/* Big-endian reads; the caller has checked the bounds. */
uint32_t beamfile_u32(const uint8_t *p);
uint16_t beamfile_u16(const uint8_t *p);

#endif
