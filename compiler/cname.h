/*
** cname.h — C names for Erlang names in generated code.
**
** Mangling (shared with the runtime, see include/beamrt.h): ASCII letters
** and digits stay, '_' becomes "__", any other byte becomes "_XX" with
** two upper-case hex digits.  "_S" never occurs in a mangled name, so it
** separates the parts of compound names.
*/
#ifndef BEAMC_CNAME_H
#define BEAMC_CNAME_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Writes the mangled form of name[0..len). */
void cname_mangle(FILE *out, const char *name, size_t len);
/* 32-bit FNV-1a of the bytes, as the runtime's atom table computes it. */
uint32_t cname_hash(const char *name, size_t len);
/* Number of UTF-8 code points in name (bytes that are not continuation
   bytes). */
uint32_t cname_chars(const char *name, size_t len);
/* Writes s as the body of a C string literal (no quotes), escaping
   everything that is not printable ASCII, and breaking "??" trigraphs. */
void cname_cstring(FILE *out, const char *s, size_t len);
/* Writes s for the inside of a C comment: '*' before '/' or at the end,
   '?', '\\' and every byte that is not printable ASCII become '.', so
   the text can neither end the comment (whatever follows it), form a
   trigraph nor splice lines. */
void cname_comment(FILE *out, const char *s, size_t len);

#endif
