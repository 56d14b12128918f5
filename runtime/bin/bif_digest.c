/*
** bif_digest.c — checksums and digests of iodata: erlang:crc32/1,2,
** crc32_combine/3, adler32/1,2, adler32_combine/3, md5/1, md5_init/0,
** md5_update/2, md5_final/1.
**
** CRC-32 is the one of zlib and erl (reflected polynomial 0xEDB88320,
** register starting at all ones, result inverted); Adler-32 is RFC 1950's;
** MD5 is RFC 1321's.  An MD5 context is a binary of MD5_CTX_BYTES bytes
** (erl's is opaque too: its bytes are not comparable): the four state
** words, the message length in bits and the buffered bytes, all little
** endian.  The *_combine functions compute the checksum of A ++ B from
** those of A and B and B's length, as zlib's do.
*/
#include <string.h>

#include "beamrt_bifs.h"
#include "bif.h"
#include "bin.h"
#include "bits.h"
#include "integer.h"
#include "iolist.h"
#include "os/os.h"

/* An unsigned 32-bit argument (a small on every target erl has). */
static bool u32_arg(BeamTerm t, uint32_t *out) {
  int64_t v;
  if (!int_host_small(t, &v) || v < 0 || v > 0xFFFFFFFF) return false;
  *out = (uint32_t)v;
  return true;
}

/* ---------------------------------------------------------------------- */
/* CRC-32                                                                  */
/* ---------------------------------------------------------------------- */

/* crc_table[i]: the register after byte i from zero (the polynomial's
   remainders; generated once, by the same loop as zlib documents). */
static const uint32_t crc_table[256] = {
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f,
  0xe963a535, 0x9e6495a3, 0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988,
  0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91, 0x1db71064, 0x6ab020f2,
  0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9,
  0xfa0f3d63, 0x8d080df5, 0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172,
  0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b, 0x35b5a8fa, 0x42b2986c,
  0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423,
  0xcfba9599, 0xb8bda50f, 0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924,
  0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d, 0x76dc4190, 0x01db7106,
  0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d,
  0x91646c97, 0xe6635c01, 0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e,
  0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457, 0x65b0d9c6, 0x12b7e950,
  0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7,
  0xa4d1c46d, 0xd3d6f4fb, 0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0,
  0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9, 0x5005713c, 0x270241aa,
  0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81,
  0xb7bd5c3b, 0xc0ba6cad, 0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a,
  0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683, 0xe3630b12, 0x94643b84,
  0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb,
  0x196c3671, 0x6e6b06e7, 0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc,
  0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5, 0xd6d6a3e8, 0xa1d1937e,
  0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55,
  0x316e8eef, 0x4669be79, 0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236,
  0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f, 0xc5ba3bbe, 0xb2bd0b28,
  0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f,
  0x72076785, 0x05005713, 0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38,
  0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21, 0x86d3d2d4, 0xf1d4e242,
  0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69,
  0x616bffd3, 0x166ccf45, 0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2,
  0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db, 0xaed16a4a, 0xd9d65adc,
  0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693,
  0x54de5729, 0x23d967bf, 0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94,
  0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
};

static uint32_t crc_update(uint32_t crc, const uint8_t *b, size_t n) {
  uint32_t c = ~crc;
  for (size_t i = 0; i < n; i++) c = crc_table[(c ^ b[i]) & 0xFF] ^ (c >> 8);
  return ~c;
}

/* The checksum of iodata t from `start` with `update`, or badarg. */
static BeamTerm checksum(BeamProc *p, BeamTerm t, uint32_t start,
                         uint32_t (*update)(uint32_t, const uint8_t *, size_t)) {
  size_t n;
  uint8_t *b = beam_is_binary(t) || BEAM_IS_LIST_OR_NIL(t) ? iol_flatten(t, &n) : NULL;
  if (b == NULL) return bif_badarg(p);
  uint32_t r = update(start, b, n);
  os_free(b);
  return int_from_uint64(p, r);
}

BeamTerm beam_bif_erlang_crc32_1(BeamProc *p, BeamTerm a1) {
  return checksum(p, a1, 0, crc_update);
}

/* The checksum of iodata t continuing the checksum `start` (a term). */
static BeamTerm checksum_from(BeamProc *p, BeamTerm start, BeamTerm t,
                              uint32_t (*update)(uint32_t, const uint8_t *, size_t)) {
  uint32_t s;
  if (!u32_arg(start, &s)) return bif_badarg(p);
  return checksum(p, t, s, update);
}

BeamTerm beam_bif_erlang_crc32_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return checksum_from(p, a1, a2, crc_update);
}

/* A 32x32 matrix over GF(2), column j the image of bit j. */
typedef struct Gf2 {
  uint32_t col[32];
} Gf2;

static uint32_t gf2_apply(const Gf2 *m, uint32_t v) {
  uint32_t r = 0;
  for (int j = 0; v != 0; j++, v >>= 1)
    if (v & 1) r ^= m->col[j];
  return r;
}

static Gf2 gf2_mul(const Gf2 *a, const Gf2 *b) {
  Gf2 r;
  for (int j = 0; j < 32; j++) r.col[j] = gf2_apply(a, b->col[j]);
  return r;
}

/*
** crc(A ++ B) = Z(crc(A)) xor crc(B), where Z feeds len(B) zero bytes
** through the register without the inversions (the inversions cancel).
** Z is the matrix of one zero bit raised to 8 * len(B), by squaring.
*/
static uint32_t crc_combine(uint32_t c1, uint32_t c2, uint64_t len2) {
  Gf2 bit, acc;
  bit.col[0] = 0xEDB88320u;
  for (int j = 1; j < 32; j++) bit.col[j] = 1u << (j - 1);
  for (int j = 0; j < 32; j++) acc.col[j] = 1u << j;
  Gf2 sq = gf2_mul(&bit, &bit);
  sq = gf2_mul(&sq, &sq);
  sq = gf2_mul(&sq, &sq); /* one zero byte */
  for (; len2 != 0; len2 >>= 1) {
    if (len2 & 1) acc = gf2_mul(&sq, &acc);
    sq = gf2_mul(&sq, &sq);
  }
  return gf2_apply(&acc, c1) ^ c2;
}

/* The arguments of the *_combine BIFs. */
static bool combine_args(BeamTerm a1, BeamTerm a2, BeamTerm a3, uint32_t *c1, uint32_t *c2,
                         uint64_t *len) {
  int64_t n;
  if (!u32_arg(a1, c1) || !u32_arg(a2, c2) || !int_host_small(a3, &n) || n < 0) return false;
  *len = (uint64_t)n;
  return true;
}

BeamTerm beam_bif_erlang_crc32_combine_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  uint32_t c1, c2;
  uint64_t len;
  if (!combine_args(a1, a2, a3, &c1, &c2, &len)) return bif_badarg(p);
  return int_from_uint64(p, crc_combine(c1, c2, len));
}

/* ---------------------------------------------------------------------- */
/* Adler-32                                                                */
/* ---------------------------------------------------------------------- */

#define ADLER_MOD 65521u

static uint32_t adler_update(uint32_t adler, const uint8_t *b, size_t n) {
  uint32_t s1 = adler & 0xFFFF, s2 = adler >> 16;
  while (n > 0) {
    size_t k = n < 5552 ? n : 5552; /* no overflow of s2 within a block */
    n -= k;
    while (k--) s1 += *b++, s2 += s1;
    s1 %= ADLER_MOD, s2 %= ADLER_MOD;
  }
  return s2 << 16 | s1;
}

BeamTerm beam_bif_erlang_adler32_1(BeamProc *p, BeamTerm a1) {
  return checksum(p, a1, 1, adler_update);
}

BeamTerm beam_bif_erlang_adler32_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return checksum_from(p, a1, a2, adler_update);
}

/* s1 = s1A + s1B - 1, s2 = s2A + s2B + len(B) * (s1A - 1), modulo. */
BeamTerm beam_bif_erlang_adler32_combine_3(BeamProc *p, BeamTerm a1, BeamTerm a2, BeamTerm a3) {
  uint32_t c1, c2;
  uint64_t len;
  if (!combine_args(a1, a2, a3, &c1, &c2, &len)) return bif_badarg(p);
  uint64_t m = ADLER_MOD, a1l = c1 & 0xFFFF, a1h = c1 >> 16, a2l = c2 & 0xFFFF, a2h = c2 >> 16;
  uint64_t s1 = (a1l + a2l + m - 1) % m;
  uint64_t s2 = (a1h + a2h + (len % m) * ((a1l + m - 1) % m)) % m;
  return int_from_uint64(p, (uint32_t)(s2 << 16 | s1));
}

/* ---------------------------------------------------------------------- */
/* MD5                                                                     */
/* ---------------------------------------------------------------------- */

typedef struct Md5 {
  uint32_t st[4];
  uint64_t bits;
  uint8_t buf[64];
} Md5;

#define MD5_CTX_BYTES 88

static uint32_t rotl(uint32_t x, unsigned c) { return x << c | x >> (32 - c); }

/* One 64-byte block: four rounds of sixteen steps (RFC 1321, 3.4). */
static void md5_block(uint32_t st[4], const uint8_t *blk) {
  static const uint8_t shift[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
  /* floor(abs(sin(i + 1)) * 2^32) (RFC 1321, 3.4) */
  static const uint32_t k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
  uint32_t m[16];
  for (int i = 0; i < 16; i++)
    m[i] = (uint32_t)blk[4 * i] | (uint32_t)blk[4 * i + 1] << 8 | (uint32_t)blk[4 * i + 2] << 16 |
           (uint32_t)blk[4 * i + 3] << 24;
  uint32_t a = st[0], b = st[1], c = st[2], d = st[3];
  for (int i = 0; i < 64; i++) {
    uint32_t f;
    int g, r = i / 16;
    if (r == 0) f = (b & c) | (~b & d), g = i;
    else if (r == 1) f = (d & b) | (~d & c), g = (5 * i + 1) % 16;
    else if (r == 2) f = b ^ c ^ d, g = (3 * i + 5) % 16;
    else f = c ^ (b | ~d), g = (7 * i) % 16;
    uint32_t t = d;
    d = c;
    c = b;
    b = b + rotl(a + f + k[i] + m[g], shift[r][i % 4]);
    a = t;
  }
  st[0] += a, st[1] += b, st[2] += c, st[3] += d;
}

static void md5_start(Md5 *c) {
  c->st[0] = 0x67452301, c->st[1] = 0xefcdab89, c->st[2] = 0x98badcfe, c->st[3] = 0x10325476;
  c->bits = 0;
}

static void md5_feed(Md5 *c, const uint8_t *b, size_t n) {
  size_t have = (size_t)(c->bits / 8 % 64);
  c->bits += (uint64_t)n * 8;
  while (n > 0) {
    size_t k = 64 - have < n ? 64 - have : n;
    memcpy(c->buf + have, b, k);
    have += k, b += k, n -= k;
    if (have == 64) md5_block(c->st, c->buf), have = 0;
  }
}

static void md5_end(Md5 *c, uint8_t out[16]) {
  uint64_t bits = c->bits;
  static const uint8_t pad[64] = {0x80};
  size_t have = (size_t)(bits / 8 % 64);
  md5_feed(c, pad, have < 56 ? 56 - have : 120 - have);
  uint8_t len[8];
  for (int i = 0; i < 8; i++) len[i] = (uint8_t)(bits >> (8 * i));
  md5_feed(c, len, 8);
  for (int i = 0; i < 16; i++) out[i] = (uint8_t)(c->st[i / 4] >> (8 * (i % 4)));
}

/* A context as its binary, and back (false when b is not one). */
static BeamTerm ctx_binary(BeamProc *p, const Md5 *c) {
  uint8_t *d;
  BeamTerm r = bin_new(p, MD5_CTX_BYTES, &d);
  for (int i = 0; i < 16; i++) d[i] = (uint8_t)(c->st[i / 4] >> (8 * (i % 4)));
  for (int i = 0; i < 8; i++) d[16 + i] = (uint8_t)(c->bits >> (8 * i));
  memcpy(d + 24, c->buf, 64);
  return r;
}

static bool ctx_of(BeamTerm t, Md5 *c) {
  if (!beam_is_binary(t) || bits_size(t) != MD5_CTX_BYTES * 8) return false;
  uint8_t *tmp;
  size_t n;
  const uint8_t *d = bits_bytes(t, &n, &tmp);
  for (int i = 0; i < 4; i++)
    c->st[i] = (uint32_t)d[4 * i] | (uint32_t)d[4 * i + 1] << 8 | (uint32_t)d[4 * i + 2] << 16 |
               (uint32_t)d[4 * i + 3] << 24;
  c->bits = 0;
  for (int i = 0; i < 8; i++) c->bits |= (uint64_t)d[16 + i] << (8 * i);
  memcpy(c->buf, d + 24, 64);
  os_free(tmp);
  return true;
}

/* Feeds the iodata t to c; false when t is not iodata. */
static bool md5_iodata(Md5 *c, BeamTerm t) {
  size_t n;
  uint8_t *b = beam_is_binary(t) || BEAM_IS_LIST_OR_NIL(t) ? iol_flatten(t, &n) : NULL;
  if (b == NULL) return false;
  md5_feed(c, b, n);
  os_free(b);
  return true;
}

BeamTerm beam_bif_erlang_md5_1(BeamProc *p, BeamTerm a1) {
  Md5 c;
  md5_start(&c);
  if (!md5_iodata(&c, a1)) return bif_badarg(p);
  uint8_t *d;
  BeamTerm r = bin_new(p, 16, &d);
  md5_end(&c, d);
  return r;
}

BeamTerm beam_bif_erlang_md5_init_0(BeamProc *p) {
  Md5 c;
  md5_start(&c);
  memset(c.buf, 0, sizeof c.buf);
  return ctx_binary(p, &c);
}

BeamTerm beam_bif_erlang_md5_update_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  Md5 c;
  if (!ctx_of(a1, &c) || !md5_iodata(&c, a2)) return bif_badarg(p);
  return ctx_binary(p, &c);
}

BeamTerm beam_bif_erlang_md5_final_1(BeamProc *p, BeamTerm a1) {
  Md5 c;
  if (!ctx_of(a1, &c)) return bif_badarg(p);
  uint8_t *d;
  BeamTerm r = bin_new(p, 16, &d);
  md5_end(&c, d);
  return r;
}
