/*
** zip.c — zlib streams for the OS layer (os.h, "Compression"): what
** term_to_binary's compressed form and binary_to_term's reading of it
** need, and nothing else.
**
** zlib is the system's (Debian's zlib1g, the library erl links too), so
** the same input at the same level gives erl's bytes.  Its memory comes
** from os_alloc, so running out of it follows the runtime's one policy.
** zlib counts in `uInt`, 32 bits: larger buffers go through in pieces.
*/
#include <limits.h>
#include <string.h>
#include <zlib.h>

#include "os.h"

static voidpf zip_mem(voidpf opaque, uInt items, uInt size) {
  (void)opaque;
  return os_alloc_zeroed(items, size, "zlib");
}

static void zip_mem_free(voidpf opaque, voidpf p) {
  (void)opaque;
  os_free(p);
}

/* The most a piece fed to zlib may hold. */
static uInt piece(size_t left) { return left > UINT_MAX ? UINT_MAX : (uInt)left; }

/*
** deflate with the default window and memory (deflateInit: what zlib's
** compress2 and erl use), one Z_FINISH stream into a buffer of cap bytes.
** Feeding the input in pieces changes nothing in the output: deflate
** decides blocks on what it has buffered, not on the calls.
*/
bool zip_deflate(int level, const uint8_t *in, size_t n, uint8_t *out, size_t cap,
                 size_t *len) {
  z_stream z;
  memset(&z, 0, sizeof z);
  z.zalloc = zip_mem;
  z.zfree = zip_mem_free;
  if (deflateInit(&z, level) != Z_OK) return false;
  size_t in_left = n, out_left = cap;
  int st = Z_OK;
  while (st == Z_OK) {
    if (z.avail_in == 0) {
      z.next_in = (Bytef *)(uintptr_t)in;
      z.avail_in = piece(in_left);
      in += z.avail_in;
      in_left -= z.avail_in;
    }
    if (z.avail_out == 0) {
      if (out_left == 0) break; /* does not fit */
      z.next_out = out;
      z.avail_out = piece(out_left);
      out += z.avail_out;
      out_left -= z.avail_out;
    }
    st = deflate(&z, in_left == 0 ? Z_FINISH : Z_NO_FLUSH);
    if (st == Z_BUF_ERROR) st = Z_OK; /* no progress possible this call: refill */
  }
  bool ok = st == Z_STREAM_END;
  if (ok) *len = cap - out_left - z.avail_out;
  deflateEnd(&z);
  return ok;
}

/*
** inflate of one zlib stream that must produce exactly cap bytes: a stream
** that is bad, ends early, produces more, or does not end within the n
** input bytes fails.  *used: the bytes of input the stream took.
*/
bool zip_inflate(const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *used) {
  z_stream z;
  memset(&z, 0, sizeof z);
  z.zalloc = zip_mem;
  z.zfree = zip_mem_free;
  if (inflateInit(&z) != Z_OK) return false;
  size_t in_left = n, out_left = cap;
  uint8_t spill[1]; /* where output beyond cap goes: its arrival fails */
  int st = Z_OK;
  bool over = false;
  while (st == Z_OK) {
    if (z.avail_in == 0) {
      if (in_left == 0) break; /* the stream goes on past the input */
      z.next_in = (Bytef *)(uintptr_t)in;
      z.avail_in = piece(in_left);
      in += z.avail_in;
      in_left -= z.avail_in;
    }
    if (z.avail_out == 0) {
      if (out_left == 0) {
        if (over) break;
        over = true; /* one byte more tells a longer stream from the end */
        z.next_out = spill;
        z.avail_out = 1;
      } else {
        z.next_out = out;
        z.avail_out = piece(out_left);
        out += z.avail_out;
        out_left -= z.avail_out;
      }
    }
    st = inflate(&z, Z_NO_FLUSH);
  }
  bool ok = st == Z_STREAM_END && out_left == 0 && !(over && z.avail_out == 0) &&
            (over || z.avail_out == 0);
  if (ok) *used = n - in_left - z.avail_in;
  inflateEnd(&z);
  return ok;
}
