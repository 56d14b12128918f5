/*
** cname.c — C names and C string literals for generated code.
*/
#include "cname.h"

#include <ctype.h>
#include <stdbool.h>

void cname_mangle(FILE *out, const char *name, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)name[i];
    if (c < 128 && isalnum(c))
      fputc(c, out);
    else if (c == '_')
      fputs("__", out);
    else
      fprintf(out, "_%02X", c);
  }
}

uint32_t cname_hash(const char *name, size_t len) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)name[i];
    h *= 16777619u;
  }
  return h;
}

uint32_t cname_chars(const char *name, size_t len) {
  uint32_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)name[i] & 0xC0) != 0x80) n++;
  return n;
}

/*
** Octal escapes are always three digits, so a following digit cannot be
** taken into the escape; '?' is escaped so no trigraph can form.
*/
void cname_cstring(FILE *out, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      fprintf(out, "\\%c", c);
    else if (c >= 32 && c < 127 && c != '?')
      fputc(c, out);
    else
      fprintf(out, "\\%03o", c);
  }
}

void cname_comment(FILE *out, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    bool closes = c == '*' && (i + 1 == len || s[i + 1] == '/');
    if (closes || c == '?' || c == '\\' || c < 32 || c >= 127)
      fputc('.', out);
    else
      fputc(c, out);
  }
}
