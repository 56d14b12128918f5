/*
** test_etf.c — the external term format decoder: every accepted tag,
** the odd encodings erl accepts, and clean failure on hostile input
** (truncation at every length, bad tags, huge counts, deep nesting,
** trailing bytes, broken compression).
**
** Byte arrays marked "erl:" were produced by erl (OTP 25) with
**   io:format("~w", [term_to_binary(T)])   (or with the options shown);
** expected printed forms are erl's io:format("~w", [T]).  Arrays marked
** "crafted" were written by hand; where erl accepts them, the comment
** gives what erl's binary_to_term returns.
*/
#include <string.h>
#include <zlib.h>

#include "etf.h"
#include "unit.h"

static Arena *A;

static void setup(void) { A = arena_new(); }
static void teardown(void) { arena_free(A); }

#define BYTES(...) (const uint8_t[]){__VA_ARGS__}, sizeof((const uint8_t[]){__VA_ARGS__})

static const char *show(const CTerm *t) {
  FILE *f = tmpfile();
  ck_assert_ptr_nonnull(f);
  cterm_print(f, t);
  long n = ftell(f);
  char *s = arena_alloc(A, (size_t)n + 1);
  rewind(f);
  ck_assert_uint_eq(fread(s, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  return s;
}

/* Decodes bytes that must decode. */
static CTerm *decode(const uint8_t *b, size_t n) {
  static Diag d;
  d.file = "t";
  if (setjmp(d.env) != 0) ck_abort_msg("decode failed: %s", d.msg);
  return etf_decode(A, &d, b, n, 0);
}

/* Decodes bytes that must fail; returns the message. */
static const char *decode_error_at(const uint8_t *b, size_t n, long base) {
  static Diag d;
  d.file = "t";
  if (setjmp(d.env) != 0) return arena_strndup(A, d.msg, strlen(d.msg));
  CTerm *t = etf_decode(A, &d, b, n, base);
  ck_abort_msg("decode of %zu bytes succeeded: %s", n, show(t));
  return NULL;
}

static const char *decode_error(const uint8_t *b, size_t n) { return decode_error_at(b, n, 0); }

#define ck_assert_has(s, part) ck_assert_msg(strstr((s), (part)) != NULL, "\"%s\" lacks \"%s\"", (s), (part))

/* ---------------------------------------------------------------------
** Accepted input
*/

static const struct {
  const uint8_t *bytes;
  size_t len;
  const char *text;
} samples[] = {
    {BYTES(131, 97, 42), "42"},                                 /* erl: 42 */
    {BYTES(131, 98, 255, 255, 255, 255), "-1"},                 /* erl: -1 */
    {BYTES(131, 98, 0, 0, 3, 232), "1000"},                     /* erl: 1000 */
    {BYTES(131, 98, 128, 0, 0, 0), "-2147483648"},              /* erl: -2147483648 */
    {BYTES(131, 98, 127, 255, 255, 255), "2147483647"},         /* erl: 2147483647 */
    {BYTES(131, 110, 4, 0, 0, 0, 0, 128), "2147483648"},        /* erl: 2147483648 */
    /* erl: 1.5, -0.1, 1.0e-300, each with [{minor_version,0}] */
    {BYTES(131, 99, 49, 46, 53, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 101, 43,
           48, 48, 0, 0, 0, 0, 0),
     "1.5"},
    {BYTES(131, 99, 45, 49, 46, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 53, 53, 53, 49, 101,
           45, 48, 49, 0, 0, 0, 0),
     "-0.1"},
    {BYTES(131, 99, 49, 46, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 50, 53, 48, 54, 101, 45,
           51, 48, 48, 0, 0, 0, 0),
     "1.0e-300"},
    {BYTES(131, 70, 63, 248, 0, 0, 0, 0, 0, 0), "1.5"},                 /* erl: 1.5 */
    {BYTES(131, 70, 128, 0, 0, 0, 0, 0, 0, 0), "-0.0"},                 /* erl: -0.0 */
    {BYTES(131, 70, 63, 185, 153, 153, 153, 153, 153, 154), "0.1"},     /* erl: 0.1 */
    {BYTES(131, 70, 61, 219, 124, 223, 217, 215, 189, 187), "1.0e-10"}, /* erl: 1.0e-10 */
    {BYTES(131, 70, 126, 81, 235, 45, 102, 0, 88, 53), "3.0e300"},      /* erl: 3.0e300 */
    {BYTES(131, 70, 65, 157, 111, 52, 84, 0, 0, 0), "123456789.0"},     /* erl: 123456789.0 */
    {BYTES(131, 100, 0, 3, 97, 98, 99), "abc"},                         /* erl: abc */
    /* erl: 'Hello World' */
    {BYTES(131, 100, 0, 11, 72, 101, 108, 108, 111, 32, 87, 111, 114, 108, 100), "'Hello World'"},
    {BYTES(131, 100, 0, 1, 233), "\303\251"},                 /* erl: 'é' (Latin-1 in, UTF-8 out) */
    {BYTES(131, 119, 2, 195, 169), "\303\251"},               /* erl: 'é' with [{minor_version,2}] */
    {BYTES(131, 119, 3, 97, 98, 99), "abc"},                  /* erl: abc with [{minor_version,2}] */
    {BYTES(131, 119, 2, 206, 187), "'\\x{3BB}'"},             /* erl: 'λ' */
    {BYTES(131, 115, 3, 97, 98, 99), "abc"},                  /* crafted SMALL_ATOM_EXT; erl: abc */
    {BYTES(131, 104, 2, 100, 0, 1, 97, 100, 0, 1, 98), "{a,b}"}, /* erl: {a,b} */
    {BYTES(131, 104, 0), "{}"},                                  /* erl: {} */
    {BYTES(131, 106), "[]"},                                     /* erl: [] */
    {BYTES(131, 107, 0, 3, 97, 98, 99), "[97,98,99]"},           /* erl: "abc" */
    {BYTES(131, 108, 0, 0, 0, 2, 97, 1, 97, 2, 97, 3), "[1,2|3]"},             /* erl: [1,2|3] */
    {BYTES(131, 108, 0, 0, 0, 2, 100, 0, 1, 97, 100, 0, 1, 98, 106), "[a,b]"}, /* erl: [a,b] */
    {BYTES(131, 108, 0, 0, 0, 2, 98, 0, 0, 3, 232, 106, 106), "[1000,[]]"},    /* erl: [1000,[]] */
    {BYTES(131, 109, 0, 0, 0, 3, 1, 2, 3), "<<1,2,3>>"},                       /* erl: <<1,2,3>> */
    {BYTES(131, 109, 0, 0, 0, 0), "<<>>"},                                     /* erl: <<>> */
    {BYTES(131, 109, 0, 0, 0, 3, 120, 121, 122), "<<\"xyz\">>"},  /* erl: <<"xyz">>, printed as ~p does */
    {BYTES(131, 77, 0, 0, 0, 3, 4, 1, 2, 48), "<<1,2,3:4>>"},      /* erl: <<1,2,3:4>> */
    {BYTES(131, 77, 0, 0, 0, 1, 3, 160), "<<5:3>>"},               /* erl: <<5:3>> */
    {BYTES(131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), "18446744073709551616"},  /* erl: 1 bsl 64 */
    {BYTES(131, 110, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1), "-18446744073709551616"}, /* erl: -(1 bsl 64) */
    {BYTES(131, 110, 8, 0, 0, 0, 0, 0, 0, 0, 0, 128), "9223372036854775808"},    /* erl: 1 bsl 63 */
    {BYTES(131, 110, 8, 1, 0, 0, 0, 0, 0, 0, 0, 128), "-9223372036854775808"},   /* erl: -(1 bsl 63) */
    {BYTES(131, 110, 8, 1, 1, 0, 0, 0, 0, 0, 0, 128), "-9223372036854775809"},   /* erl: -(1 bsl 63) - 1 */
    /* erl: 10^100 */
    {BYTES(131, 110, 42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 143, 46, 168, 8, 67, 178, 170, 124, 26, 33, 142,
           64, 206, 138, 243, 11, 206, 196, 132, 39, 11, 235, 124, 195, 148, 37, 173, 73, 18),
     "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
    /* erl: #{a => 1,b => 2} */
    {BYTES(131, 116, 0, 0, 0, 2, 100, 0, 1, 97, 97, 1, 100, 0, 1, 98, 97, 2), "#{a => 1,b => 2}"},
    {BYTES(131, 116, 0, 0, 0, 0), "#{}"}, /* erl: #{} */
    /* erl: #{{x} => [y], 1 => 2.5} */
    {BYTES(131, 116, 0, 0, 0, 2, 97, 1, 70, 64, 4, 0, 0, 0, 0, 0, 0, 104, 1, 100, 0, 1, 120, 108, 0, 0, 0, 1, 100, 0,
           1, 121, 106),
     "#{1 => 2.5,{x} => [y]}"},
    /* erl: fun lists:map/2 */
    {BYTES(131, 113, 100, 0, 5, 108, 105, 115, 116, 115, 100, 0, 3, 109, 97, 112, 97, 2), "fun lists:map/2"},
    /* erl: fun 'Mod':'f g'/0 */
    {BYTES(131, 113, 100, 0, 3, 77, 111, 100, 100, 0, 3, 102, 32, 103, 97, 0), "fun 'Mod':'f g'/0"},
    /* erl: {lists:seq(1,50), lists:duplicate(20, hello)} with [compressed] */
    {BYTES(131, 80, 0, 0, 0, 221, 120, 156, 203, 96, 202, 102, 48, 98, 100, 98, 102, 97, 101, 99, 231, 224, 228, 226,
           230, 225, 229, 227, 23, 16, 20, 18, 22, 17, 21, 19, 151, 144, 148, 146, 150, 145, 149, 147, 87, 80, 84, 82,
           86, 81, 85, 83, 215, 208, 212, 210, 214, 209, 213, 211, 55, 48, 52, 202, 97, 96, 96, 16, 73, 97, 96, 205,
           72, 205, 201, 201, 31, 172, 116, 22, 0, 123, 124, 56, 177),
     "{[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,"
     "39,40,41,42,43,44,45,46,47,48,49,50],[hello,hello,hello,hello,hello,hello,hello,hello,hello,hello,hello,hello,"
     "hello,hello,hello,hello,hello,hello,hello,hello]}"},
    /* erl: lists:duplicate(40, <<"xy">>) with [compressed] (printed as ~p) */
    {BYTES(131, 80, 0, 0, 1, 30, 120, 156, 203, 97, 96, 96, 208, 200, 5, 18, 76, 21, 149, 163, 20, 26, 149, 5, 0, 227,
           18, 55, 255),
     "[<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,"
     "<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,"
     "<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,"
     "<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,"
     "<<\"xy\">>,<<\"xy\">>,<<\"xy\">>,<<\"xy\">>]"},
};

START_TEST(every_tag) {
  for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
    const char *s = show(decode(samples[i].bytes, samples[i].len));
    ck_assert_msg(strcmp(s, samples[i].text) == 0, "sample %zu: printed %s, erl prints %s", i, s, samples[i].text);
  }
}
END_TEST

/* Encodings erl never writes but accepts; the comments give what
** binary_to_term returns for each. */
static const struct {
  const uint8_t *bytes;
  size_t len;
  const char *text;
} oddities[] = {
    {BYTES(131, 110, 2, 0, 5, 0), "5"},                  /* unnormalised bignum: 5 */
    {BYTES(131, 110, 0, 1), "0"},                        /* negative bignum of no digits: 0 */
    {BYTES(131, 108, 0, 0, 0, 0, 97, 1), "1"},           /* LIST_EXT of no elements: its tail, 1 */
    {BYTES(131, 77, 0, 0, 0, 0, 0), "<<>>"},             /* empty BIT_BINARY_EXT: <<>> */
    {BYTES(131, 77, 0, 0, 0, 1, 8, 255), "<<255>>"},     /* whole last byte: <<255>> */
    {BYTES(131, 77, 0, 0, 0, 1, 3, 255), "<<7:3>>"},     /* unused bits set: <<7:3>> */
    /* EXPORT_EXT arity as INTEGER_EXT: fun a:b/1 */
    {BYTES(131, 113, 100, 0, 1, 97, 100, 0, 1, 98, 98, 0, 0, 0, 1), "fun a:b/1"},
    /* FLOAT_EXT text: "1.5" then NUL and junk, "+1.5", "1.0e-400" give 1.5, 1.5, 0.0 */
    {BYTES(131, 99, '1', '.', '5', 0, 'x', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
           0),
     "1.5"},
    {BYTES(131, 99, '+', '1', '.', '5', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
           0),
     "1.5"},
    {BYTES(131, 99, '1', '.', '0', 'e', '-', '4', '0', '0', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
           0, 0, 0, 0),
     "0.0"},
};

START_TEST(accepted_oddities) {
  for (size_t i = 0; i < sizeof oddities / sizeof oddities[0]; i++) {
    const char *s = show(decode(oddities[i].bytes, oddities[i].len));
    ck_assert_msg(strcmp(s, oddities[i].text) == 0, "oddity %zu: printed %s, erl gives %s", i, s, oddities[i].text);
  }
}
END_TEST

START_TEST(integer_kinds) {
  /* erl: -(1 bsl 63) fits int64_t, 1 bsl 63 does not */
  CTerm *t = decode(BYTES(131, 110, 8, 1, 0, 0, 0, 0, 0, 0, 0, 128));
  ck_assert_int_eq(t->kind, CT_INT);
  ck_assert(t->u.i == INT64_MIN);
  t = decode(BYTES(131, 110, 8, 0, 0, 0, 0, 0, 0, 0, 0, 128));
  ck_assert_int_eq(t->kind, CT_BIG);
  t = decode(BYTES(131, 110, 2, 0, 5, 0)); /* crafted */
  ck_assert_int_eq(t->kind, CT_INT);
}
END_TEST

/* crafted; erl: binary_to_term of each is 'aé', and they are =:= */
START_TEST(atom_encodings_agree) {
  CTerm *a = decode(BYTES(131, 100, 0, 2, 'a', 233));
  CTerm *b = decode(BYTES(131, 115, 2, 'a', 233));
  CTerm *c = decode(BYTES(131, 119, 3, 'a', 195, 169));
  CTerm *d = decode(BYTES(131, 118, 0, 3, 'a', 195, 169));
  ck_assert(cterm_equal(a, b) && cterm_equal(a, c) && cterm_equal(a, d));
  ck_assert(cterm_is_atom(a, "a\303\251"));
  ck_assert_uint_eq(a->u.atom.len, 3);
}
END_TEST

/* erl: term_to_binary(list_to_tuple(lists:duplicate(256, a))) is
** <<131,105,0,0,1,0>> then 256 times <<100,0,1,97>>. */
START_TEST(large_tuple) {
  uint8_t b[6 + 256 * 4] = {131, 105, 0, 0, 1, 0};
  for (int i = 0; i < 256; i++) memcpy(b + 6 + 4 * i, "\x64\x00\x01\x61", 4);
  CTerm *t = decode(b, sizeof b);
  ck_assert_int_eq(t->kind, CT_TUPLE);
  ck_assert_uint_eq(t->u.tuple.arity, 256);
  ck_assert(cterm_is_atom(t->u.tuple.elems[255], "a"));
}
END_TEST

/* erl: term_to_binary(1 bsl 2048) is <<131,111,0,0,1,1,0>>, 256 zero
** bytes, then 1; term_to_binary(-(1 bsl 2048) + 1) is
** <<131,111,0,0,1,0,1>> then 256 bytes of 255.  Their ~w: */
static const char two_pow_2048[] =
    "32317006071311007300714876688669951960444102669715484032130345427524655138867890893197201411522913463688717960"
    "92189801949411955915049092109508815238644828312063087736730099609175019775038965210679605763838406756827679221"
    "86426197561618380943384761704705816458520363050428875758915410658086075523991239303855219143333896683424206849"
    "74786564569494856176035326322058077805659331026192708460314150258592864177116725943603718461857357598351152301"
    "64590440369761323328723122712568471082020972515710172693132346967854258065669793504599726835299863821552516638"
    "9437335543602135433229604645318478604952148193555853611059596230656";
static const char minus_two_pow_2048_plus_1[] =
    "-3231700607131100730071487668866995196044410266971548403213034542752465513886789089319720141152291346368871796"
    "09218980194941195591504909210950881523864482831206308773673009960917501977503896521067960576383840675682767922"
    "18642619756161838094338476170470581645852036305042887575891541065808607552399123930385521914333389668342420684"
    "97478656456949485617603532632205807780565933102619270846031415025859286417711672594360371846185735759835115230"
    "16459044036976132332872312271256847108202097251571017269313234696785425806566979350459972683529986382155251663"
    "89437335543602135433229604645318478604952148193555853611059596230655";

START_TEST(large_big) {
  uint8_t pos[7 + 257] = {131, 111, 0, 0, 1, 1, 0};
  pos[7 + 256] = 1;
  ck_assert_str_eq(show(decode(pos, sizeof pos)), two_pow_2048);
  uint8_t neg[7 + 256] = {131, 111, 0, 0, 1, 0, 1};
  memset(neg + 7, 255, 256);
  ck_assert_str_eq(show(decode(neg, sizeof neg)), minus_two_pow_2048_plus_1);
}
END_TEST

/* erl: term_to_binary(list_to_atom(lists:duplicate(130, 955))) is
** <<131,118,1,4>> then 130 times <<206,187>> (260 bytes, 130 chars). */
START_TEST(long_utf8_atom) {
  uint8_t b[4 + 260] = {131, 118, 1, 4};
  for (int i = 0; i < 130; i++) memcpy(b + 4 + 2 * i, "\xce\xbb", 2);
  CTerm *t = decode(b, sizeof b);
  ck_assert_int_eq(t->kind, CT_ATOM);
  ck_assert_uint_eq(t->u.atom.len, 260);
  /* 255 characters is the limit (erl rejects 256) */
  uint8_t max[4 + 255 * 2] = {131, 118, 1, 254};
  for (int i = 0; i < 255; i++) memcpy(max + 4 + 2 * i, "\xce\xbb", 2);
  ck_assert_uint_eq(decode(max, sizeof max)->u.atom.len, 510);
}
END_TEST

/* ---------------------------------------------------------------------
** Rejected input
*/

/* erl: term_to_binary({#{a => [1,2.5,"str"|t], <<"bin">> =>
** {-(1 bsl 70), 'λ', 'é'}}, <<1,2,3:4>>, fun m:f/3, [], 1.5e-7, -300,
** 70000}) — it holds most tags. */
static const uint8_t rich[] = {
    131, 104, 7,   116, 0,   0,   0,   2,   100, 0,   1,   97,  108, 0,   0,   0,   3,   97,  1,   70,
    64,  4,   0,   0,   0,   0,   0,   0,   107, 0,   3,   115, 116, 114, 100, 0,   1,   116, 109, 0,
    0,   0,   3,   98,  105, 110, 104, 3,   110, 9,   1,   0,   0,   0,   0,   0,   0,   0,   0,   64,
    119, 2,   206, 187, 100, 0,   1,   233, 77,  0,   0,   0,   3,   4,   1,   2,   48,  113, 100, 0,
    1,   109, 100, 0,   1,   102, 97,  3,   106, 70,  62,  132, 33,  245, 244, 13,  131, 118, 98,  255,
    255, 254, 212, 98,  0,   1,   17,  112};

/* erl: ~w of the term above, but with <<"bin">> as cterm_print writes it */
START_TEST(rich_term) {
  ck_assert_str_eq(show(decode(rich, sizeof rich)),
                   "{#{a => [1,2.5,[115,116,114]|t],<<\"bin\">> => {-1180591620717411303424,'\\x{3BB}',\303\251}},"
                   "<<1,2,3:4>>,fun m:f/3,[],1.5e-7,-300,70000}");
}
END_TEST

START_TEST(every_prefix_fails) {
  for (size_t n = 0; n < sizeof rich; n++) {
    const char *msg = decode_error(rich, n);
    ck_assert_msg(strstr(msg, "truncated") != NULL, "prefix %zu: %s", n, msg);
  }
  /* the compressed sample: erl: lists:duplicate(40, <<"xy">>), [compressed] */
  const uint8_t z[] = {131, 80, 0,   0,  1,  30,  120, 156, 203, 97, 96, 96, 208, 200, 5,
                       18,  76, 21,  149, 163, 20, 26, 149, 5,   0,   227, 18, 55, 255};
  for (size_t n = 0; n < sizeof z; n++) decode_error(z, n);
  ck_assert_str_eq(decode_error(z, 0), "t: at byte 0: term truncated: version byte needs 1 byte(s), 0 left");
}
END_TEST

START_TEST(trailing_bytes) {
  uint8_t b[sizeof rich + 1];
  memcpy(b, rich, sizeof rich);
  b[sizeof rich] = 106;
  ck_assert_str_eq(decode_error(b, sizeof b), "t: at byte 108: 1 trailing byte(s) after the term");
  ck_assert_str_eq(decode_error(BYTES(131, 106, 106, 106)), "t: at byte 2: 2 trailing byte(s) after the term");
  /* erl: {} is <<131,104,0>>; erl's binary_to_term ignores the extra byte,
  ** the decoder does not. */
  ck_assert_has(decode_error(BYTES(131, 104, 0, 1)), "trailing");
}
END_TEST

START_TEST(bad_version) {
  ck_assert_str_eq(decode_error(BYTES(130, 106)), "t: at byte 0: term starts with 130, not the version byte 131");
  ck_assert_str_eq(decode_error(BYTES(131)), "t: at byte 1: term truncated: term tag needs 1 byte(s), 0 left");
}
END_TEST

/* The tags erl writes for what a literal cannot hold.  erl: the first
** two bytes of term_to_binary(self()), (make_ref()), (hd(erlang:ports()))
** and (fun() -> ok end) are <<131,88>>, <<131,90>>, <<131,89>>,
** <<131,112>>; the others are older or distribution-only tags. */
START_TEST(unsupported_tags) {
  static const struct {
    int tag;
    const char *name;
  } tags[] = {{88, "NEW_PID_EXT"}, {90, "NEWER_REFERENCE_EXT"}, {89, "NEW_PORT_EXT"}, {112, "NEW_FUN_EXT"},
              {103, "PID_EXT"},    {101, "REFERENCE_EXT"},      {102, "PORT_EXT"},     {117, "FUN_EXT"},
              {114, "NEW_REFERENCE_EXT"}, {120, "V4_PORT_EXT"}, {82, "ATOM_CACHE_REF"}, {121, "LOCAL_EXT"},
              {68, "DIST_HEADER"}};
  for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
    uint8_t b[] = {131, 104, 2, 106, (uint8_t)tags[i].tag, 0, 0, 0, 0, 0, 0, 0, 0};
    char want[128];
    snprintf(want, sizeof want, "t: at byte 4: unsupported term tag %d (%s)", tags[i].tag, tags[i].name);
    ck_assert_str_eq(decode_error(b, sizeof b), want);
  }
  ck_assert_str_eq(decode_error(BYTES(131, 200)), "t: at byte 1: unknown term tag 200");
  ck_assert_str_eq(decode_error(BYTES(131, 0)), "t: at byte 1: unknown term tag 0");
  /* a compressed term only at the top */
  ck_assert_has(decode_error(BYTES(131, 104, 1, 80, 0, 0, 0, 1, 120, 156)), "at byte 3: unsupported term tag 80");
}
END_TEST

/* Counts far beyond the input fail before anything is allocated. */
START_TEST(huge_counts) {
  const struct {
    const uint8_t *bytes;
    size_t len;
  } cases[] = {
      {BYTES(131, 108, 255, 255, 255, 255, 106)},    /* LIST_EXT */
      {BYTES(131, 105, 255, 255, 255, 255, 106)},    /* LARGE_TUPLE_EXT */
      {BYTES(131, 116, 255, 255, 255, 255, 106, 106)}, /* MAP_EXT */
      {BYTES(131, 109, 255, 255, 255, 255, 1)},      /* BINARY_EXT */
      {BYTES(131, 77, 255, 255, 255, 255, 8, 1)},    /* BIT_BINARY_EXT */
      {BYTES(131, 111, 255, 255, 255, 255, 0, 1)},   /* LARGE_BIG_EXT */
      {BYTES(131, 110, 255, 0, 1)},                  /* SMALL_BIG_EXT */
      {BYTES(131, 107, 255, 255, 97)},               /* STRING_EXT */
      {BYTES(131, 100, 255, 255, 97)},               /* ATOM_EXT */
      {BYTES(131, 118, 255, 255, 97)},               /* ATOM_UTF8_EXT */
      {BYTES(131, 104, 255, 106)},                   /* SMALL_TUPLE_EXT */
      {BYTES(131, 108, 0, 0, 0, 2, 106, 106)},       /* two elements and a tail in two bytes */
      {BYTES(131, 116, 0, 0, 0, 1, 106)},            /* a pair in one byte */
      {BYTES(131, 80, 255, 255, 255, 255, 120, 156, 3, 0)}, /* 4 GiB from 4 bytes */
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    size_t before = arena_used(A);
    const char *msg = decode_error(cases[i].bytes, cases[i].len);
    ck_assert_msg(arena_used(A) - before < 4096, "case %zu allocated %zu bytes (%s)", i, arena_used(A) - before, msg);
  }
  ck_assert_str_eq(decode_error(BYTES(131, 108, 255, 255, 255, 255, 106)),
                   "t: at byte 1: term truncated: list of 4294967295 elements cannot fit in the 1 byte(s) left");
}
END_TEST

/* n levels of SMALL_TUPLE_EXT of arity 1 around [] (crafted; erl:
** term_to_binary({{[]}}) is <<131,104,1,104,1,106>>). */
static const uint8_t *nested(int n, size_t *len, uint8_t open0, uint8_t open1, size_t open_len, const uint8_t *close,
                             size_t close_len) {
  *len = 1 + (size_t)n * (open_len + close_len) + 1;
  uint8_t *b = arena_alloc(A, *len), *p = b;
  *p++ = 131;
  for (int i = 0; i < n; i++) {
    const uint8_t open[5] = {open0, open1, 0, 0, 1};
    memcpy(p, open, open_len);
    p += open_len;
  }
  *p++ = 106;
  for (int i = 0; i < n && close_len > 0; i++) {
    memcpy(p, close, close_len);
    p += close_len;
  }
  return b;
}

START_TEST(deep_nesting) {
  size_t len;
  /* tuples: the outermost term is depth 1, so 9999 tuples around [] is
  ** 10000 deep and decodes; one more fails at the innermost [] */
  const uint8_t *b = nested(9999, &len, 104, 1, 2, NULL, 0);
  CTerm *t = decode(b, len);
  ck_assert(strstr(show(t), "...") == NULL); /* cterm_print shows every level */
  b = nested(10000, &len, 104, 1, 2, NULL, 0);
  ck_assert_str_eq(decode_error(b, len), "t: at byte 20001: term nested deeper than 10000 levels");
  /* lists nested in their heads: LIST_EXT 1 [ ... ] NIL_EXT */
  static const uint8_t nil = 106;
  b = nested(9999, &len, 108, 0, 5, &nil, 1);
  decode(b, len);
  b = nested(10000, &len, 108, 0, 5, &nil, 1);
  ck_assert_has(decode_error(b, len), "nested deeper than 10000");
  /* lists nested in their tails: LIST_EXT 1, an element, then the tail */
  uint8_t *tails = arena_alloc(A, 1 + 10000 * 7 + 1);
  size_t k = 0;
  tails[k++] = 131;
  for (int i = 0; i < 10000; i++) {
    memcpy(tails + k, "\x6c\x00\x00\x00\x01\x61\x07", 7);
    k += 7;
  }
  tails[k++] = 106;
  ck_assert_has(decode_error(tails, k), "nested deeper than 10000");
  /* map values */
  uint8_t *maps = arena_alloc(A, 1 + 10000 * 7 + 1);
  k = 0;
  maps[k++] = 131;
  for (int i = 0; i < 10000; i++) {
    memcpy(maps + k, "\x74\x00\x00\x00\x01\x61\x01", 7);
    k += 7;
  }
  maps[k++] = 106;
  ck_assert_has(decode_error(maps, k), "nested deeper than 10000");
  /* a million nested tuples fails as cleanly */
  b = nested(1000000, &len, 104, 1, 2, NULL, 0);
  ck_assert_has(decode_error(b, len), "nested deeper than 10000");
}
END_TEST

/* Compresses raw with zlib and wraps it as a compressed term stating
** `size` as its inflated size. */
static const uint8_t *compressed(const uint8_t *raw, size_t raw_len, uint32_t size, size_t *len) {
  uLongf zlen = compressBound(raw_len);
  uint8_t *b = arena_alloc(A, 6 + zlen + 1);
  ck_assert_int_eq(compress(b + 6, &zlen, raw, raw_len), Z_OK);
  b[0] = 131;
  b[1] = 80;
  b[2] = (uint8_t)(size >> 24);
  b[3] = (uint8_t)(size >> 16);
  b[4] = (uint8_t)(size >> 8);
  b[5] = (uint8_t)size;
  *len = 6 + zlen;
  return b;
}

START_TEST(bad_compressed) {
  size_t len;
  /* {1,2} (erl: term_to_binary({1,2}) less its version byte) */
  const uint8_t raw[] = {104, 2, 97, 1, 97, 2};
  const uint8_t *b = compressed(raw, sizeof raw, sizeof raw, &len);
  ck_assert_str_eq(show(decode(b, len)), "{1,2}");
  b = compressed(raw, sizeof raw, sizeof raw + 1, &len);
  ck_assert_str_eq(decode_error(b, len), "t: at byte 1: compressed term inflates to fewer bytes than its stated size");
  b = compressed(raw, sizeof raw, sizeof raw - 1, &len);
  ck_assert_str_eq(decode_error(b, len), "t: at byte 1: compressed term inflates to more bytes than its stated size");
  b = compressed(raw, sizeof raw, 0, &len);
  ck_assert_has(decode_error(b, len), "cannot inflate to 0 bytes");
  /* bytes after the zlib stream */
  b = compressed(raw, sizeof raw, sizeof raw, &len);
  uint8_t *extra = arena_alloc(A, len + 1);
  memcpy(extra, b, len);
  extra[len] = 0;
  ck_assert_has(decode_error(extra, len + 1), "after the end of the zlib data");
  /* corrupt zlib data: a flipped byte in the stream */
  uint8_t *bad = arena_alloc(A, len);
  memcpy(bad, b, len);
  bad[8] ^= 0xff;
  ck_assert_has(decode_error(bad, len), "t: at byte 1: compressed term");
  bad[6] = 0; /* not a zlib header */
  ck_assert_has(decode_error(bad, len), "corrupt");
  /* the stream truncated */
  ck_assert_has(decode_error(b, len - 3), "corrupt or truncated");
  /* an inflated term with a byte left over, and one with a bad tag:
  ** offsets within the inflated data are named as such */
  const uint8_t two[] = {106, 106};
  b = compressed(two, 2, 2, &len);
  ck_assert_str_eq(decode_error(b, len),
                   "t: at byte 1: compressed term, inflated byte 1: 1 trailing byte(s) after the term");
  const uint8_t pid[] = {104, 1, 88};
  b = compressed(pid, 3, 3, &len);
  ck_assert_str_eq(decode_error_at(b, len, 500),
                   "t: at byte 501: compressed term, inflated byte 2: unsupported term tag 88 (NEW_PID_EXT)");
  /* a stated size over 1100 times the compressed size (zlib's best is
  ** about 1032), or over 256 MiB, fails before anything is allocated */
  b = compressed(raw, sizeof raw, sizeof raw, &len);
  uint8_t *liar = arena_alloc(A, len);
  memcpy(liar, b, len);
  uint32_t claim = (uint32_t)(len - 6) * 1100 + 1;
  liar[2] = (uint8_t)(claim >> 24), liar[3] = (uint8_t)(claim >> 16), liar[4] = (uint8_t)(claim >> 8), liar[5] = (uint8_t)claim;
  size_t big_len = 6 + (1u << 20);
  uint8_t *big = arena_alloc(A, big_len);
  memcpy(big, "\x83\x50\x10\x00\x00\x01\x78\x9c", 8); /* 256 MiB + 1 */
  size_t before = arena_used(A);
  ck_assert_has(decode_error(liar, len), "cannot inflate to");
  ck_assert_str_eq(decode_error(big, big_len),
                   "t: at byte 1: compressed term of 1048576 bytes cannot inflate to 268435457 bytes");
  ck_assert_uint_lt(arena_used(A) - before, 4096);
}
END_TEST

START_TEST(bad_floats) {
  /* erl: binary_to_term fails on each (NaN, infinity; FLOAT_EXT text
  ** "1", "inf", "1.5e400", "1.5 ", " 1.5", ".5", "1e5", "1.", "1.5e",
  ** "nan", "") */
  ck_assert_str_eq(decode_error(BYTES(131, 70, 127, 248, 0, 0, 0, 0, 0, 0)),
                   "t: at byte 1: NEW_FLOAT_EXT is not a finite float");
  ck_assert_has(decode_error(BYTES(131, 70, 255, 240, 0, 0, 0, 0, 0, 0)), "not a finite float");
  const char *texts[] = {"1", "inf", "1.5e400", "1.5 ", " 1.5", ".5", "1e5", "1.", "1.5e", "nan", ""};
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    uint8_t b[33] = {131, 99};
    memcpy(b + 2, texts[i], strlen(texts[i]));
    ck_assert_has(decode_error(b, sizeof b), "at byte 1: FLOAT_EXT");
  }
}
END_TEST

START_TEST(bad_atoms) {
  /* erl: binary_to_term fails on each: bytes that are not UTF-8, an
  ** overlong form, a surrogate, 256 characters */
  ck_assert_str_eq(decode_error(BYTES(131, 118, 0, 2, 255, 255)), "t: at byte 1: atom is not valid UTF-8");
  ck_assert_has(decode_error(BYTES(131, 118, 0, 2, 192, 128)), "not valid UTF-8");
  ck_assert_has(decode_error(BYTES(131, 119, 3, 237, 160, 128)), "not valid UTF-8");
  ck_assert_has(decode_error(BYTES(131, 119, 1, 195)), "not valid UTF-8");
  ck_assert_has(decode_error(BYTES(131, 119, 2, 195, 'a')), "not valid UTF-8");
  ck_assert_has(decode_error(BYTES(131, 119, 4, 244, 144, 128, 128)), "not valid UTF-8"); /* > 0x10FFFF */
  uint8_t latin1[4 + 256] = {131, 100, 1, 0};
  memset(latin1 + 4, 'a', 256);
  ck_assert_str_eq(decode_error(latin1, sizeof latin1), "t: at byte 1: atom has 256 characters (at most 255)");
  latin1[2] = 0, latin1[3] = 255; /* erl: 255 characters decode */
  ck_assert_uint_eq(decode(latin1, sizeof latin1 - 1)->u.atom.len, 255);
  uint8_t utf8[4 + 256] = {131, 118, 1, 0};
  memset(utf8 + 4, 'a', 256);
  ck_assert_has(decode_error(utf8, sizeof utf8), "256 characters");
}
END_TEST

START_TEST(bad_structure) {
  /* erl: binary_to_term fails on a map with a repeated key,
  ** <<131,116,0,0,0,2,97,1,97,2,97,1,97,3>> */
  ck_assert_str_eq(decode_error(BYTES(131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 1, 97, 3)),
                   "t: at byte 1: map has a repeated key");
  /* erl: term_to_binary(#{1 => 2, 2 => 1}) decodes */
  ck_assert_str_eq(show(decode(BYTES(131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 2, 97, 1))), "#{1 => 2,2 => 1}");
  /* a repeated key spelled in two atom encodings is still repeated */
  ck_assert_has(decode_error(BYTES(131, 116, 0, 0, 0, 2, 100, 0, 1, 'a', 106, 119, 1, 'a', 106)), "repeated key");
  /* erl: binary_to_term fails on BIT_BINARY_EXT with 8 bits of no bytes,
  ** 0 bits or 9 bits of one byte */
  ck_assert_str_eq(decode_error(BYTES(131, 77, 0, 0, 0, 0, 8)),
                   "t: at byte 1: BIT_BINARY_EXT of 0 bytes cannot end in 8 bits");
  ck_assert_has(decode_error(BYTES(131, 77, 0, 0, 0, 1, 0, 255)), "cannot end in 0 bits");
  ck_assert_has(decode_error(BYTES(131, 77, 0, 0, 0, 1, 9, 255)), "cannot end in 9 bits");
  /* erl: EXPORT_EXT with an integer for the function fails */
  ck_assert_str_eq(decode_error(BYTES(131, 113, 100, 0, 1, 97, 97, 1, 97, 1)),
                   "t: at byte 6: EXPORT_EXT needs an atom here");
  ck_assert_has(decode_error(BYTES(131, 113, 106, 100, 0, 1, 97, 97, 1)), "at byte 2: EXPORT_EXT needs an atom");
  /* arity 256: stricter than erl, which makes fun a:b/256 of it, though
  ** no function has more than 255 arguments */
  ck_assert_has(decode_error(BYTES(131, 113, 100, 0, 1, 97, 100, 0, 1, 98, 98, 0, 0, 1, 0)), "arity");
  ck_assert_has(decode_error(BYTES(131, 113, 100, 0, 1, 97, 100, 0, 1, 98, 98, 255, 255, 255, 255)), "arity");
  ck_assert_has(decode_error(BYTES(131, 113, 100, 0, 1, 97, 100, 0, 1, 98, 106)), "arity");
  /* crafted: a bignum sign byte must be 0 or 1 (stricter than erl, whose
  ** binary_to_term(<<131,110,1,2,5>>) is -5; no encoder writes it) */
  ck_assert_str_eq(decode_error(BYTES(131, 110, 1, 2, 5)), "t: at byte 1: bignum sign byte is 2, not 0 or 1");
}
END_TEST

/* Offsets count from base, the position of the term in its file. */
START_TEST(offsets_from_base) {
  ck_assert_str_eq(decode_error_at(BYTES(131, 104, 2, 97, 1, 103), 1000),
                   "t: at byte 1005: unsupported term tag 103 (PID_EXT)");
  ck_assert_str_eq(decode_error_at(BYTES(131, 104, 2, 97, 1), 1000),
                   "t: at byte 1005: term truncated: term tag needs 1 byte(s), 0 left");
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("etf");
  struct {
    const char *name;
    const TTest *test;
  } cases[] = {
      {"every_tag", every_tag},
      {"accepted_oddities", accepted_oddities},
      {"integer_kinds", integer_kinds},
      {"atom_encodings_agree", atom_encodings_agree},
      {"large_tuple", large_tuple},
      {"large_big", large_big},
      {"long_utf8_atom", long_utf8_atom},
      {"rich_term", rich_term},
      {"every_prefix_fails", every_prefix_fails},
      {"trailing_bytes", trailing_bytes},
      {"bad_version", bad_version},
      {"unsupported_tags", unsupported_tags},
      {"huge_counts", huge_counts},
      {"deep_nesting", deep_nesting},
      {"bad_compressed", bad_compressed},
      {"bad_floats", bad_floats},
      {"bad_atoms", bad_atoms},
      {"bad_structure", bad_structure},
      {"offsets_from_base", offsets_from_base},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    TCase *tc = tcase_create(cases[i].name);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, cases[i].test);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
  }
  return s;
}
