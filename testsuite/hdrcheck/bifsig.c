/*
** bifsig.c — "every BIF in the BIF table is declared with the signature
** the table gives".
**
** The table comes from biftab.c, read on its own terms, not through
** runtime/gen-bifs.awk: the point is to cross-check the generator.  Row i
** (counting from 0) promises, in the generated header:
**   BeamTerm beam_bif_<cname>(BeamProc *, BeamTerm, ... arity times);
** with external linkage, a prototype and no "...", and the enumerator
** BEAM_BIF_<cname> = i (the index generated code passes to beam_raise_bif).
** Types are compared as written (after clang's normalisation of spacing,
** and without a parameter's top-level qualifiers, which C ignores there):
** "BeamTerm" and "BeamProc *", the typedefs of the ABI, so a declaration
** with uintptr_t or struct BeamProc * is a mismatch even where it would
** compile.  The header must also declare no beam_bif_ function and no
** BEAM_BIF_ enumerator the table lacks, and BEAM_BIF_COUNT, if it has it,
** must be the number of rows.
*/
#include "hdrcheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FN_PREFIX "beam_bif_"
#define ENUM_PREFIX "BEAM_BIF_"
#define COUNT_NAME "BEAM_BIF_COUNT"
#define SIG_MAX 8192   /* a signature's text: 255 arguments fit */

/* What the header declares that concerns BIFs: its functions and its
   enumerators (cursors stay valid while the unit lives). */
typedef struct Decls {
  CXFile file;
  CXCursor *fns, *enums;
  unsigned n_fns, n_enums;
} Decls;

/* Appends c to the list *v of *n cursors. */
static void push_cursor(CXCursor **v, unsigned *n, CXCursor c) {
  *v = realloc(*v, (*n + 1) * sizeof **v);
  if (!*v) abort();
  (*v)[(*n)++] = c;
}

/* The visitor: gathers the header's functions and enumerators. */
static enum CXChildVisitResult collect(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  Decls *d = data;
  if (!hdrcheck_in_file(c, d->file)) return CXChildVisit_Continue;
  switch (clang_getCursorKind(c)) {
  case CXCursor_FunctionDecl: push_cursor(&d->fns, &d->n_fns, c); break;
  case CXCursor_EnumConstantDecl: push_cursor(&d->enums, &d->n_enums, c); break;
  case CXCursor_EnumDecl: return CXChildVisit_Recurse;
  default: break;
  }
  return CXChildVisit_Continue;
}

/* Whether the cursor's name is s. */
static int named(CXCursor c, const char *s) {
  CXString n = clang_getCursorSpelling(c);
  int same = strcmp(clang_getCString(n), s) == 0;
  clang_disposeString(n);
  return same;
}

/* The first of the n cursors named s, or the null cursor. */
static CXCursor find(const CXCursor *v, unsigned n, const char *s) {
  for (unsigned i = 0; i < n; i++)
    if (named(v[i], s)) return v[i];
  return clang_getNullCursor();
}

/* Appends s to buf (of SIG_MAX bytes) at *len, truncating if it must. */
static void append(char *buf, size_t *len, const char *s) {
  int n = snprintf(buf + *len, SIG_MAX - *len, "%s", s);
  if (n > 0) *len += (size_t)n < SIG_MAX - *len ? (size_t)n : SIG_MAX - 1 - *len;
}

/* Appends the spelling of type t to buf (of SIG_MAX bytes) at *len. */
static void append_type(char *buf, size_t *len, CXType t) {
  CXString s = clang_getTypeSpelling(t);
  append(buf, len, clang_getCString(s));
  clang_disposeString(s);
}

/* Whether the first len bytes of text end in the word w (after a space or
   a '*'). */
static int ends_in_word(const char *text, size_t len, const char *w) {
  size_t n = strlen(w);
  return len > n && (text[len - n - 1] == ' ' || text[len - n - 1] == '*') &&
         memcmp(text + len - n, w, n) == 0;
}

/*
** A parameter's type without its top-level qualifiers, which are no part
** of the function's type (C11 6.7.6.3p15): "const BeamTerm" is BeamTerm,
** "BeamProc *const" is BeamProc *.  libclang 14 has no call for the
** unqualified type, so the qualifiers come off the spelling: clang writes
** them first for a named type, after the '*' for a pointer.
*/
static void append_param(char *buf, size_t *len, CXType t) {
  CXString s = clang_getTypeSpelling(t);
  const char *text = clang_getCString(s);
  size_t n = strlen(text);
  static const char *const quals[] = {"const", "volatile", "restrict"};
  int stripped = 1;
  while (stripped) {
    stripped = 0;
    for (size_t q = 0; q < 3; q++) {
      size_t ql = strlen(quals[q]);
      if (t.kind == CXType_Pointer && ends_in_word(text, n, quals[q])) {
        n -= ql;
        if (text[n - 1] == ' ') n--;
        stripped = 1;
      } else if (t.kind != CXType_Pointer && n > ql && strncmp(text, quals[q], ql) == 0 &&
                 text[ql] == ' ') {
        text += ql + 1;
        n -= ql + 1;
        stripped = 1;
      }
    }
  }
  char part[SIG_MAX];
  snprintf(part, sizeof part, "%.*s", (int)n, text);
  append(buf, len, part);
  clang_disposeString(s);
}

/* The signature row b promises, as C: "BeamTerm NAME(BeamProc *, BeamTerm)". */
static void expected_sig(char *buf, const char *name, unsigned arity) {
  size_t len = 0;
  buf[0] = '\0';
  append(buf, &len, "BeamTerm ");
  append(buf, &len, name);
  append(buf, &len, "(BeamProc *");
  for (unsigned k = 0; k < arity; k++) append(buf, &len, ", BeamTerm");
  append(buf, &len, ")");
}

/* The signature function f has, written the same way; a declaration
   without a prototype shows as "NAME()", a variadic one ends in "...". */
static void found_sig(char *buf, const char *name, CXType ft) {
  size_t len = 0;
  buf[0] = '\0';
  if (ft.kind != CXType_FunctionProto && ft.kind != CXType_FunctionNoProto) {
    append_type(buf, &len, ft);
    append(buf, &len, " ");
    append(buf, &len, name);
    return;
  }
  append_type(buf, &len, clang_getResultType(ft));
  append(buf, &len, " ");
  append(buf, &len, name);
  append(buf, &len, "(");
  int n = clang_getNumArgTypes(ft);
  for (int k = 0; k < n; k++) {
    if (k) append(buf, &len, ", ");
    append_param(buf, &len, clang_getArgType(ft, (unsigned)k));
  }
  if (ft.kind == CXType_FunctionProto && clang_isFunctionTypeVariadic(ft))
    append(buf, &len, n ? ", ..." : "...");
  append(buf, &len, ")");
}

/* "FILE:LINE" of a cursor, into buf. */
static void where(CXCursor c, char *buf, size_t cap) {
  CXFile file;
  unsigned line;
  clang_getExpansionLocation(clang_getCursorLocation(c), &file, &line, NULL, NULL);
  CXString f = clang_getFileName(file);
  snprintf(buf, cap, "%s:%u", clang_getCString(f), line);
  clang_disposeString(f);
}

/* Checks that the function of row b is declared as the row says. */
static void check_function(const Decls *d, const char *header, const Bif *b, Report *r) {
  static char want[SIG_MAX], got[SIG_MAX];
  char name[300], at[1024];
  snprintf(name, sizeof name, FN_PREFIX "%s", b->cname);
  expected_sig(want, name, b->arity);
  CXCursor f = find(d->fns, d->n_fns, name);
  if (clang_Cursor_isNull(f)) {
    report_fail(r, "%s: no declaration of %s; expected %s", header, name, want);
    return;
  }
  where(f, at, sizeof at);
  found_sig(got, name, clang_getCursorType(f));
  if (strcmp(want, got) != 0)
    report_fail(r, "%s: expected %s, found %s", at, want, got);
  if (clang_getCursorLinkage(f) != CXLinkage_External)
    report_fail(r, "%s: %s does not have external linkage", at, name);
}

/* Checks that the enumerator of row b holds the row's index. */
static void check_index(const Decls *d, const char *header, const Bif *b, Report *r) {
  char name[300], at[1024];
  snprintf(name, sizeof name, ENUM_PREFIX "%s", b->cname);
  CXCursor e = find(d->enums, d->n_enums, name);
  if (clang_Cursor_isNull(e)) {
    report_fail(r, "%s: no enumerator %s; expected %s = %u", header, name, name, b->index);
    return;
  }
  long long v = clang_getEnumConstantDeclValue(e);
  where(e, at, sizeof at);
  if (v != (long long)b->index)
    report_fail(r, "%s: expected %s = %u, found %lld", at, name, b->index, v);
}

/* Whether cursor c's name is prefix followed by no cname of the table. */
static int unlisted(CXCursor c, const char *prefix, const BifTable *t) {
  CXString s = clang_getCursorSpelling(c);
  const char *n = clang_getCString(s);
  size_t pl = strlen(prefix);
  int listed = strncmp(n, prefix, pl) != 0;   /* not a BIF's name at all */
  for (unsigned i = 0; !listed && i < t->n; i++) listed = strcmp(n + pl, t->rows[i].cname) == 0;
  clang_disposeString(s);
  return !listed;
}

/* Adds a failure for each BIF function or enumerator the table lacks, and
   for a BEAM_BIF_COUNT other than the number of rows. */
static void check_extras(const Decls *d, const char *table, const BifTable *t, Report *r) {
  char at[1024];
  for (unsigned i = 0; i < d->n_fns; i++)
    if (unlisted(d->fns[i], FN_PREFIX, t)) {
      CXString s = clang_getCursorSpelling(d->fns[i]);
      where(d->fns[i], at, sizeof at);
      report_fail(r, "%s: %s is not a BIF of %s", at, clang_getCString(s), table);
      clang_disposeString(s);
    }
  for (unsigned i = 0; i < d->n_enums; i++) {
    CXCursor e = d->enums[i];
    where(e, at, sizeof at);
    if (named(e, COUNT_NAME)) {
      long long v = clang_getEnumConstantDeclValue(e);
      if (v != (long long)t->n)
        report_fail(r, "%s: expected " COUNT_NAME " = %u, found %lld", at, t->n, v);
    } else if (unlisted(e, ENUM_PREFIX, t)) {
      CXString s = clang_getCursorSpelling(e);
      report_fail(r, "%s: %s is not a BIF of %s", at, clang_getCString(s), table);
      clang_disposeString(s);
    }
  }
}

void bifsig_check(CXTranslationUnit tu, CXFile file, const char *header,
                  const char *table, const BifTable *t, Report *r) {
  Decls d = {file, NULL, NULL, 0, 0};
  clang_visitChildren(clang_getTranslationUnitCursor(tu), collect, &d);
  for (unsigned i = 0; i < t->n; i++) {
    const Bif *b = &t->rows[i];
    check_function(&d, header, b, r);
    check_index(&d, header, b, r);
    report_emit(r, "%s:%u %s:%s/%u: BeamTerm " FN_PREFIX "%s(BeamProc *, %u x BeamTerm), "
                ENUM_PREFIX "%s = %u", table, b->line, b->mod, b->fun, b->arity, b->cname,
                b->arity, b->cname, b->index);
  }
  check_extras(&d, table, t, r);
  report_emit(r, "%s declares no BIF beyond %s", header, table);
  free(d.fns);
  free(d.enums);
}
