/*
** md5.h — MD5 (RFC 1321), for the module checksum erl computes
** (module_info(md5), beam_lib:md5/1), which funs carry in the external
** term format.
*/
#ifndef BEAMC_MD5_H
#define BEAMC_MD5_H

#include <stddef.h>
#include <stdint.h>

typedef struct Md5 {
  uint32_t h[4];       /* the state A, B, C, D */
  uint64_t len;        /* bytes hashed so far */
  uint8_t block[64];   /* the partial block: len % 64 bytes of it */
} Md5;

void md5_init(Md5 *m);
void md5_update(Md5 *m, const void *data, size_t n);
/* Pads, and writes the 16-byte digest (A, B, C, D, each little-endian). */
void md5_final(Md5 *m, uint8_t out[16]);

#endif
