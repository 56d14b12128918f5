/*
** test_atom.c — the atom table and the generated runtime atoms: hashes
** (FNV-1a test vectors, and the awk generator agreeing with atom_hash),
** the mangling of every atom in atoms.tab, registration of duplicates,
** interning of UTF-8 names and the 255-character limit, and erl's limit
** of 1,048,576 atoms.
*/
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "atom.h"
#include "atoms_gen.h"
#include "unit.h"

static void teardown(void) { atom_shutdown(); }

/* Mangles a name as include/beamrt.h says: letters and digits stay, '_'
   becomes "__", any other byte "_XX" in upper-case hex. */
static void mangle(const char *s, size_t len, char *out) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
      *out++ = (char)c;
    else
      out += sprintf(out, c == '_' ? "__" : "_%02X", c);
  }
  *out = '\0';
}

static int hex(char c) { return c >= 'A' ? c - 'A' + 10 : c - '0'; }

/* The inverse of mangle; returns the length, or -1 if m is not a
   mangled name. */
static long demangle(const char *m, char *out) {
  long n = 0;
  while (*m) {
    if (*m != '_') {
      out[n++] = *m++;
    } else if (m[1] == '_') {
      out[n++] = '_';
      m += 2;
    } else if (strchr("0123456789ABCDEF", m[1]) && m[1] && strchr("0123456789ABCDEF", m[2]) && m[2]) {
      out[n++] = (char)(hex(m[1]) * 16 + hex(m[2]));
      m += 3;
    } else {
      return -1;
    }
  }
  return n;
}

/* Standard FNV-1a 32-bit test vectors. */
START_TEST(hash_vectors) {
  ck_assert_uint_eq(atom_hash("", 0), 2166136261u);
  ck_assert_uint_eq(atom_hash("a", 1), 0xe40c292cu);
  ck_assert_uint_eq(atom_hash("foobar", 6), 0xbf9cf968u);
  ck_assert_uint_eq(atom_hash("\xc3\xa9", 2), 0x1e9de8c1u);
}
END_TEST

typedef struct Builtin {
  const char *mangled;
  const BeamAtom *rec;
  BeamTerm term;
} Builtin;

#define BUILTIN(m, c) {#m, &beam_atom_##m, ATOM_##c},
static const Builtin builtins[] = {ATOMS_GEN_EACH(BUILTIN)};
#define N_BUILTINS (sizeof builtins / sizeof builtins[0])

/* Every atom of atoms.tab: gen-atoms.awk's hash and character count
   agree with atom.c's, its symbol name is the mangling of the name and
   demangles back to it, and its ATOM_ macro is its term. */
START_TEST(generated_atoms) {
  ck_assert_uint_eq(N_BUILTINS, atom_builtin_count);
  for (size_t i = 0; i < N_BUILTINS; i++) {
    const BeamAtom *a = builtins[i].rec;
    char m[1024], d[1024];
    ck_assert_ptr_eq(atom_builtin[i], a);
    ck_assert_uint_eq(a->hash, atom_hash(a->name, a->len));
    ck_assert_uint_eq(a->chars, atom_utf8_chars(a->name, a->len));
    ck_assert_uint_eq((uintptr_t)a % 16, 0);
    mangle(a->name, a->len, m);
    ck_assert_str_eq(m, builtins[i].mangled);
    long n = demangle(m, d);
    ck_assert_int_eq(n, a->len);
    ck_assert(memcmp(d, a->name, a->len) == 0);
    ck_assert(builtins[i].term == BEAM_ATOM(*a));
    ck_assert(atom_lookup(a->name, a->len) == builtins[i].term);
  }
  ck_assert_uint_eq(atom_count(), N_BUILTINS);
}
END_TEST

/* A few names whose C spelling someone will type by hand. */
START_TEST(generated_names) {
  ck_assert_str_eq(beam_atom__2B.name, "+");
  ck_assert_uint_eq(beam_atom_.len, 0);
  ck_assert(ATOM_EMPTY == BEAM_ATOM(beam_atom_));
  ck_assert(ATOM_EXIT_CAPS == BEAM_ATOM(beam_atom_EXIT));
  ck_assert(ATOM_EXEQ == BEAM_ATOM(beam_atom__3D_3A_3D));
  ck_assert(ATOM_FUNCTION_CLAUSE == BEAM_ATOM(beam_atom_function__clause));
  ck_assert(ATOM_NONODE_NOHOST == BEAM_ATOM(beam_atom_nonode_40nohost));
  ck_assert(atom_lookup("=:=", 3) == ATOM_EXEQ);
  ck_assert(atom_lookup("", 0) == ATOM_EMPTY);
}
END_TEST

/* Mangling is injective on awkward names: round trips. */
START_TEST(mangling_round_trips) {
  static const char *const names[] = {"_", "__", "_2B", "a_b", "A", "\xc3\xa9", "a b", "'", "\\"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    char m[64], d[64];
    mangle(names[i], strlen(names[i]), m);
    ck_assert_int_eq(demangle(m, d), (long)strlen(names[i]));
    ck_assert(memcmp(d, names[i], strlen(names[i])) == 0);
  }
  char m[64];
  mangle("_2B", 3, m);
  ck_assert_str_eq(m, "__2B"); /* not "+"'s "_2B" */
}
END_TEST

/* A second record of a registered name is ignored; the first stays. */
START_TEST(duplicate_registration) {
  static const BeamAtom dup_ok = {"ok", 2, 1714698159u, 2};
  size_t n = atom_count();
  atom_register(&dup_ok);
  ck_assert(atom_lookup("ok", 2) == ATOM_OK);
  ck_assert_uint_eq(atom_count(), n);
  static BeamAtom a1 = {"test_atom_x", 11, 0, 11}, a2 = {"test_atom_x", 11, 0, 11};
  a1.hash = a2.hash = atom_hash("test_atom_x", 11);
  atom_register(&a1);
  atom_register(&a2);
  atom_register(&a1);
  ck_assert_uint_eq(atom_count(), n + 1);
  ck_assert(atom_lookup("test_atom_x", 11) == BEAM_ATOM(a1));
  ck_assert(atom_intern("test_atom_x", 11) == BEAM_ATOM(a1));
}
END_TEST

START_TEST(intern_and_lookup) {
  size_t n = atom_count();
  ck_assert(atom_lookup("hello", 5) == BEAM_NONV);
  BeamTerm h = atom_intern("hello", 5);
  ck_assert(BEAM_IS_ATOM(h));
  ck_assert(atom_intern("hello", 5) == h);
  ck_assert(atom_lookup("hello", 5) == h);
  ck_assert(atom_lookup("hell", 4) == BEAM_NONV);
  ck_assert(atom_intern("ok", 2) == ATOM_OK);
  ck_assert_uint_eq(atom_count(), n + 1);
  const BeamAtom *a = BEAM_ATOM_REC(h);
  ck_assert_uint_eq((uintptr_t)a % 16, 0);
  ck_assert_uint_eq(a->len, 5);
  ck_assert_uint_eq(a->chars, 5);
  ck_assert_uint_eq(a->hash, atom_hash("hello", 5));
  ck_assert(memcmp(a->name, "hello", 5) == 0);
  /* The name is copied: the caller's buffer may change. */
  char buf[] = "temp";
  BeamTerm t = atom_intern(buf, 4);
  buf[0] = 'x';
  ck_assert(atom_lookup("temp", 4) == t);
  /* Names are bytes: a NUL inside is part of the name. */
  BeamTerm z = atom_intern("a\0b", 3);
  ck_assert(z != atom_intern("a", 1));
  ck_assert_uint_eq(BEAM_ATOM_REC(z)->len, 3);
}
END_TEST

/* Characters are code points: 'héllo' is 6 bytes, 5 characters. */
START_TEST(utf8_names) {
  BeamTerm a = atom_intern("h\xc3\xa9llo", 6);
  ck_assert_uint_eq(BEAM_ATOM_REC(a)->len, 6);
  ck_assert_uint_eq(BEAM_ATOM_REC(a)->chars, 5);
  BeamTerm g = atom_intern("\xce\xb1\xce\xb2\xce\xb3", 6);
  ck_assert_uint_eq(BEAM_ATOM_REC(g)->chars, 3);
  BeamTerm e = atom_intern("\xf0\x9f\x98\x80", 4);
  ck_assert_uint_eq(BEAM_ATOM_REC(e)->chars, 1);
  ck_assert(a != g && g != e);
  ck_assert_uint_eq(atom_utf8_chars("a\xe2\x82\xac" "b", 5), 3);
}
END_TEST

/* 255 characters is the limit, counted in code points not bytes. */
START_TEST(length_limit) {
  char buf[256 * 4];
  memset(buf, 'a', 256);
  ck_assert(atom_intern(buf, 255) != BEAM_NONV);
  ck_assert(atom_intern(buf, 256) == BEAM_NONV);
  ck_assert(atom_lookup(buf, 256) == BEAM_NONV);
  for (int i = 0; i < 256; i++) memcpy(buf + 2 * i, "\xc3\xa9", 2);
  ck_assert(atom_intern(buf, 510) != BEAM_NONV);
  ck_assert_uint_eq(BEAM_ATOM_REC(atom_intern(buf, 510))->chars, 255);
  ck_assert(atom_intern(buf, 512) == BEAM_NONV);
  for (int i = 0; i < 256; i++) memcpy(buf + 4 * i, "\xf0\x9f\x98\x80", 4);
  ck_assert(atom_intern(buf, 1020) != BEAM_NONV);
  ck_assert(atom_intern(buf, 1024) == BEAM_NONV);
}
END_TEST

/* The table grows: many atoms, all still found, builtins included. */
START_TEST(growth) {
  char name[32];
  BeamTerm t[20000];
  for (int i = 0; i < 20000; i++) {
    int n = snprintf(name, sizeof name, "grow_%d", i);
    t[i] = atom_intern(name, (size_t)n);
  }
  for (int i = 0; i < 20000; i++) {
    int n = snprintf(name, sizeof name, "grow_%d", i);
    ck_assert(atom_lookup(name, (size_t)n) == t[i]);
  }
  ck_assert(atom_lookup("badarg", 6) == ATOM_BADARG);
  ck_assert_uint_eq(atom_count(), atom_builtin_count + 20000);
}
END_TEST

/*
** erl holds at most 1,048,576 atoms (erlang:system_info(atom_count)
** reaches 1048576, then the next new name stops it with status 1): the
** table fills to exactly ATOM_LIMIT, names already there are still found
** and interned, and one new name more exits with status 1 (this test is
** registered as an exit test expecting 1).
*/
START_TEST(limit_ends_the_program) {
  char name[32];
  ck_assert_uint_eq(ATOM_LIMIT, 1048576);
  for (size_t i = 0; atom_count() < ATOM_LIMIT; i++) {
    int n = snprintf(name, sizeof name, "lim_%zu", i);
    atom_intern(name, (size_t)n);
  }
  ck_assert_uint_eq(atom_count(), ATOM_LIMIT);
  ck_assert(atom_intern("ok", 2) == ATOM_OK);
  ck_assert(atom_intern("lim_0", 5) == atom_lookup("lim_0", 5));
  ck_assert_uint_eq(atom_count(), ATOM_LIMIT);
  atom_intern("one_too_many", 12);
  ck_abort_msg("the atom past the limit was made");
}
END_TEST

/* After shutdown the table starts again with the builtins only. */
START_TEST(shutdown_and_restart) {
  atom_intern("gone", 4);
  atom_shutdown();
  ck_assert(atom_lookup("gone", 4) == BEAM_NONV);
  ck_assert(atom_lookup("ok", 2) == ATOM_OK);
  ck_assert_uint_eq(atom_count(), atom_builtin_count);
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("atom");
  TCase *tc = tcase_create("atom");
  tcase_add_checked_fixture(tc, NULL, teardown);
  tcase_add_test(tc, hash_vectors);
  tcase_add_test(tc, generated_atoms);
  tcase_add_test(tc, generated_names);
  tcase_add_test(tc, mangling_round_trips);
  tcase_add_test(tc, duplicate_registration);
  tcase_add_test(tc, intern_and_lookup);
  tcase_add_test(tc, utf8_names);
  tcase_add_test(tc, length_limit);
  tcase_add_test(tc, growth);
  tcase_add_test(tc, shutdown_and_restart);
  tcase_add_exit_test(tc, limit_ends_the_program, 1);
  suite_add_tcase(s, tc);
  return s;
}
