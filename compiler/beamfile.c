/*
** beamfile.c — the IFF container of a .beam file (see beamfile.h).
*/
#include "beamfile.h"

#include <string.h>
#include <zlib.h>

#define MAX_INFLATED ((size_t)256 << 20)

uint32_t beamfile_u32(const uint8_t *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

uint16_t beamfile_u16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }

/*
** Inflates a gzip image into the arena.  Grows the output buffer by
** doubling up to MAX_INFLATED; fails on corrupt or oversized data.
*/
static const uint8_t *gunzip(Arena *a, Diag *d, const uint8_t *buf, size_t len,
                             size_t *out_len) {
  z_stream zs;
  memset(&zs, 0, sizeof zs);
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
    diag_fail(d, 0, "cannot start zlib to inflate the gzip-compressed file");
  size_t cap = len * 4 + 4096, used = 0;
  uint8_t *out = NULL;
  int rc = Z_OK;
  zs.next_in = (Bytef *)buf;
  zs.avail_in = (uInt)(len > UINT32_MAX ? UINT32_MAX : len);
  while (rc != Z_STREAM_END) {
    if (out == NULL || used == cap) {
      if (out != NULL) cap *= 2;
      if (cap > MAX_INFLATED) {
        inflateEnd(&zs);
        diag_fail(d, 0, "gzip-compressed file inflates to more than 256 MiB");
      }
      uint8_t *bigger = arena_alloc(a, cap);
      if (used) memcpy(bigger, out, used);
      out = bigger;
    }
    zs.next_out = out + used;
    zs.avail_out = (uInt)(cap - used);
    rc = inflate(&zs, Z_NO_FLUSH);
    used = cap - zs.avail_out;
    if (rc != Z_OK && rc != Z_STREAM_END) {
      inflateEnd(&zs);
      diag_fail(d, (long)zs.total_in, "corrupt gzip data (%s)", zs.msg ? zs.msg : "zlib error");
    }
    if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
      inflateEnd(&zs);
      diag_fail(d, (long)len, "gzip data ends early");
    }
  }
  inflateEnd(&zs);
  *out_len = used;
  return out;
}

/* Copies a chunk id for messages, replacing non-printing bytes. */
static void chunk_id(char out[5], const uint8_t *p) {
  for (int i = 0; i < 4; i++) out[i] = (p[i] >= 0x20 && p[i] < 0x7f) ? (char)p[i] : '?';
  out[4] = '\0';
}

void beamfile_open(Arena *a, Diag *d, const uint8_t *buf, size_t len, BeamFile *bf) {
  memset(bf, 0, sizeof *bf);
  if (len >= 2 && buf[0] == 0x1f && buf[1] == 0x8b) buf = gunzip(a, d, buf, len, &len);
  bf->image = buf;
  bf->len = len;
  if (len < 12)
    diag_fail(d, (long)len, "truncated file: %zu bytes, too short for a BEAM header", len);
  if (memcmp(buf, "FOR1", 4) != 0 || memcmp(buf + 8, "BEAM", 4) != 0)
    diag_fail(d, 0, "not a BEAM file (bad magic: expected \"FOR1\" ... \"BEAM\")");
  uint32_t form = beamfile_u32(buf + 4);
  if ((uint64_t)form + 8 > len)
    diag_fail(d, 4, "truncated file: header says %u bytes, file has %zu", form, len - 8);
  size_t end = (size_t)form + 8, pos = 12;
  while (pos < end) {
    if (end - pos < 8) diag_fail(d, (long)pos, "truncated chunk header (%zu bytes left)", end - pos);
    uint32_t size = beamfile_u32(buf + pos + 4);
    char id[5];
    chunk_id(id, buf + pos);
    if (size > end - pos - 8)
      diag_fail(d, (long)pos + 4, "chunk %s length %u runs past the end of the file", id, size);
    if (beamfile_chunk(bf, id) != NULL) diag_fail(d, (long)pos, "chunk %s appears twice", id);
    if (bf->n_chunks == BEAMFILE_MAX_CHUNKS)
      diag_fail(d, (long)pos, "more than %d chunks", BEAMFILE_MAX_CHUNKS);
    BeamChunk *c = &bf->chunks[bf->n_chunks++];
    memcpy(c->id, id, 5);
    c->size = size;
    c->offset = pos + 8;
    c->data = buf + pos + 8;
    size_t padded = ((size_t)size + 3) & ~(size_t)3;
    pos += 8 + (padded <= end - pos - 8 ? padded : (size_t)size);
  }
}

const BeamChunk *beamfile_chunk(const BeamFile *bf, const char *id) {
  for (uint32_t i = 0; i < bf->n_chunks; i++)
    if (memcmp(bf->chunks[i].id, id, 4) == 0) return &bf->chunks[i];
  return NULL;
}
