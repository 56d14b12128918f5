/*
** test_md5.c — MD5 (compiler/md5.c) against RFC 1321's test suite, fed
** whole and in pieces; and the module checksum beamread computes for
** .beam files of the reference OTP (Debian 12's OTP 25), against erl's
** beam_lib:md5/1 (figures from erl).
*/
#include <stdio.h>
#include <string.h>

#include "beamread.h"
#include "input.h"
#include "md5.h"
#include "unit.h"

static void hex(const uint8_t d[16], char out[33]) {
  for (int i = 0; i < 16; i++) snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static void md5_hex(const char *s, size_t piece, char out[33]) {
  Md5 m;
  uint8_t d[16];
  size_t n = strlen(s);
  md5_init(&m);
  for (size_t i = 0; i < n; i += piece) md5_update(&m, s + i, n - i < piece ? n - i : piece);
  md5_final(&m, d);
  hex(d, out);
}

static const struct {
  const char *text, *digest;
} rfc1321[] = {
    {"", "d41d8cd98f00b204e9800998ecf8427e"},
    {"a", "0cc175b9c0f1b6a831c399e269772661"},
    {"abc", "900150983cd24fb0d6963f7d28e17f72"},
    {"message digest", "f96b697d7cb7938d525a2f31aaf161d0"},
    {"abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"},
    {"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
     "d174ab98d277d9f5a5611c2c9f419d9f"},
    {"1234567890123456789012345678901234567890123456789012345678901234567890123456789"
     "0",
     "57edf4a22be3c955ac49da2e2107b67a"},
};

START_TEST(rfc1321_suite) {
  char got[33];
  for (size_t i = 0; i < sizeof rfc1321 / sizeof rfc1321[0]; i++) {
    for (size_t piece = 1; piece <= 65; piece += 16) {
      md5_hex(rfc1321[i].text, piece, got);
      ck_assert_str_eq(got, rfc1321[i].digest);
    }
  }
}
END_TEST

/* Lengths around the padding's edges (55, 56, 63, 64 bytes): one update
   and byte-by-byte updates agree. */
START_TEST(padding_edges) {
  char text[130], a[33], b[33];
  for (size_t n = 50; n < 130; n++) {
    for (size_t i = 0; i < n; i++) text[i] = (char)('a' + i % 26);
    text[n] = 0;
    md5_hex(text, 1, a);
    md5_hex(text, 1000, b);
    ck_assert_str_eq(a, b);
  }
}
END_TEST

/* The module checksum beamread computes for the .beam at path, in hex. */
static void module_md5(const char *path, char out[33]) {
  size_t len;
  const char *err;
  uint8_t *buf = input_read_file(path, &len, &err);
  ck_assert_msg(buf != NULL, "%s: %s", path, err);
  Arena *a = arena_new();
  Diag d = {.file = path};
  if (setjmp(d.env) != 0) ck_abort_msg("%s", d.msg);
  IrModule *m = beamread_module(a, &d, buf, len);
  ck_assert(m->has_md5);
  hex(m->md5, out);
  arena_free(a);
  free(buf);
}

/* module_info(md5) of two stdlib modules, lists (with funs: its FunT
   entries' old uniq counts as zero) and queue. */
START_TEST(otp_module_md5) {
  char got[33];
  module_md5("/usr/lib/erlang/lib/stdlib-4.2/ebin/lists.beam", got);
  ck_assert_str_eq(got, "26b381e159a421b7bd959eb2f5453421");
  module_md5("/usr/lib/erlang/lib/stdlib-4.2/ebin/queue.beam", got);
  ck_assert_str_eq(got, "de4d9160f521b49542ebf8bc156a99bf");
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("md5");
  TCase *tc = tcase_create("md5");
  tcase_add_test(tc, rfc1321_suite);
  tcase_add_test(tc, padding_edges);
  tcase_add_test(tc, otp_module_md5);
  suite_add_tcase(s, tc);
  return s;
}
