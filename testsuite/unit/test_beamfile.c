/*
** test_beamfile.c — the IFF container: chunks, padding, and every way the
** framing can be wrong.
*/
#include <string.h>
#include <zlib.h>

#include "beamfile.h"
#include "unit.h"

static Arena *arena;
static void setup(void) { arena = arena_new(); }
static void teardown(void) { arena_free(arena); }

/* A form with chunk "AtU8" (5 bytes, padded to 8) and "Code" (4 bytes). */
static const uint8_t good[] = {
    'F', 'O', 'R', '1', 0, 0, 0, 32, 'B', 'E', 'A', 'M',
    'A', 't', 'U', '8', 0, 0, 0, 5, 1, 2, 3, 4, 5, 0, 0, 0,
    'C', 'o', 'd', 'e', 0, 0, 0, 4, 9, 8, 7, 6};

static const char *open_error(const uint8_t *buf, size_t len) {
  static Diag d;
  BeamFile bf;
  d.file = "f.beam";
  if (setjmp(d.env) == 0) {
    beamfile_open(arena, &d, buf, len, &bf);
    return NULL;
  }
  return d.msg;
}

START_TEST(reads_chunks) {
  Diag d = {.file = "f.beam"};
  BeamFile bf;
  if (setjmp(d.env) != 0) ck_abort_msg("%s", d.msg);
  beamfile_open(arena, &d, good, sizeof good, &bf);
  ck_assert_uint_eq(bf.n_chunks, 2);
  const BeamChunk *c = beamfile_chunk(&bf, "Code");
  ck_assert_ptr_nonnull(c);
  ck_assert_uint_eq(c->size, 4);
  ck_assert_uint_eq(c->offset, 36);
  ck_assert_uint_eq(c->data[0], 9);
  ck_assert_uint_eq(beamfile_chunk(&bf, "AtU8")->size, 5);
  ck_assert_ptr_null(beamfile_chunk(&bf, "LitT"));
}
END_TEST

START_TEST(rejects_bad_framing) {
  uint8_t b[sizeof good];
  ck_assert_str_eq(open_error(good, 0), "f.beam: at byte 0: truncated file: 0 bytes, too short for a BEAM header");
  ck_assert_str_eq(open_error(good, 20), "f.beam: at byte 4: truncated file: header says 32 bytes, file has 12");
  memcpy(b, good, sizeof b);
  b[8] = 'X';
  ck_assert_str_eq(open_error(b, sizeof b), "f.beam: at byte 0: not a BEAM file (bad magic: expected \"FOR1\" ... \"BEAM\")");
  memcpy(b, good, sizeof b);
  b[19] = 200;
  ck_assert_str_eq(open_error(b, sizeof b), "f.beam: at byte 16: chunk AtU8 length 200 runs past the end of the file");
  memcpy(b, good, sizeof b);
  memcpy(b + 28, "AtU8", 4);
  ck_assert_str_eq(open_error(b, sizeof b), "f.beam: at byte 28: chunk AtU8 appears twice");
  memcpy(b, good, sizeof b);
  b[7] = 22;  /* the form ends inside the second chunk header */
  ck_assert_str_eq(open_error(b, sizeof b), "f.beam: at byte 28: truncated chunk header (2 bytes left)");
  b[7] = 30;  /* the form ends inside the second chunk's data */
  ck_assert_str_eq(open_error(b, sizeof b), "f.beam: at byte 32: chunk Code length 4 runs past the end of the file");
}
END_TEST

START_TEST(every_prefix_fails_cleanly) {
  for (size_t n = 0; n < sizeof good; n++) ck_assert_ptr_nonnull(open_error(good, n));
}
END_TEST

START_TEST(reads_gzip) {
  uint8_t gz[256];
  z_stream zs;
  memset(&zs, 0, sizeof zs);
  ck_assert_int_eq(deflateInit2(&zs, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  zs.next_in = (Bytef *)good;
  zs.avail_in = sizeof good;
  zs.next_out = gz;
  zs.avail_out = sizeof gz;
  ck_assert_int_eq(deflate(&zs, Z_FINISH), Z_STREAM_END);
  size_t len = sizeof gz - zs.avail_out;
  deflateEnd(&zs);
  Diag d = {.file = "f.beam"};
  BeamFile bf;
  if (setjmp(d.env) != 0) ck_abort_msg("%s", d.msg);
  beamfile_open(arena, &d, gz, len, &bf);
  ck_assert_uint_eq(bf.n_chunks, 2);
  ck_assert_uint_eq(beamfile_chunk(&bf, "Code")->data[3], 6);
  ck_assert_ptr_nonnull(open_error(gz, len / 2));
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("beamfile");
  TCase *tc = tcase_create("container");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, reads_chunks);
  tcase_add_test(tc, rejects_bad_framing);
  tcase_add_test(tc, every_prefix_fails_cleanly);
  tcase_add_test(tc, reads_gzip);
  suite_add_tcase(s, tc);
  return s;
}
