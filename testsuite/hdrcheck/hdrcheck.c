/*
** hdrcheck.c — the header check's driver: options, parsing, TAP output.
**
**   hdrcheck [-I DIR]... [--bif-table=TABLE --bif-header=HEADER] HEADER...
**
** Parses each HEADER alone (clang -x c -std=c11 -pedantic-errors -Wall
** -Wextra, the -I directories) and reports, in TAP:
**   - whether it parses without any diagnostic of severity warning or more;
**   - whether every identifier it declares carries a project prefix.
** With --bif-table and --bif-header, the BIF header (checked as above too,
** listed or not) must also declare every BIF of TABLE as the table gives
** it: see bifsig.c.  This file also holds what the checks share: the
** Report (report_*) and hdrcheck_in_file.
** Exit status: 0 when every test passed, 1 when one failed, 2 on bad usage.
**
** "Alone" means as the translation unit of a C file that includes the
** header and nothing else: `#include "HEADER"` and one declaration of its
** own, since C11 (6.9) wants a unit to declare something and a header of
** macros alone (beamrt_abi.h) declares nothing.  Parsing the header itself
** as the main file would be stricter than any includer is: clang warns of
** unused static inline functions only in the main file, where a header's
** are meant to go unused.
*/
#include "hdrcheck.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The options, as given. */
typedef struct Options {
  const char **incdirs;
  unsigned n_incdirs;
  const char **headers;
  unsigned n_headers;
  const char *bif_table, *bif_header;
} Options;

static unsigned tests_run, tests_failed;

/* realloc that never returns NULL: out of memory ends the program. */
static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n);
  if (!q) {
    fputs("hdrcheck: out of memory\n", stderr);
    exit(2);
  }
  return q;
}

/* Appends text to the report's buffer, growing it as needed. */
static void report_vappend(Report *r, const char *fmt, va_list ap) {
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  if (n < 0) n = 0;
  if (r->len + (size_t)n + 2 > r->cap) {
    r->cap = (r->len + (size_t)n + 2) * 2;
    r->text = xrealloc(r->text, r->cap);
  }
  vsnprintf(r->text + r->len, (size_t)n + 1, fmt, again);
  va_end(again);
  r->len += (size_t)n;
}

void report_fail(Report *r, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report_vappend(r, fmt, ap);
  va_end(ap);
  r->text[r->len++] = '\n';
  r->text[r->len] = '\0';
  r->failures++;
}

/* Prints s with '#' escaped, so a name in a description is never read as
   a TAP directive. */
static void print_escaped(const char *s) {
  for (; *s; s++) {
    if (*s == '#') putchar('\\');
    putchar(*s);
  }
}

void report_emit(Report *r, const char *fmt, ...) {
  char desc[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(desc, sizeof desc, fmt, ap);
  va_end(ap);
  tests_run++;
  if (r->failures) tests_failed++;
  printf("%sok %u - ", r->failures ? "not " : "", tests_run);
  print_escaped(desc);
  putchar('\n');
  for (size_t i = 0; i < r->len;) {
    size_t end = i;
    while (r->text[end] != '\n') end++;
    printf("#   %.*s\n", (int)(end - i), r->text + i);
    i = end + 1;
  }
  r->len = 0;
  r->failures = 0;
  if (r->text) r->text[0] = '\0';
}

/* Says on stderr how hdrcheck is called. */
static void usage(void) {
  fputs("usage: hdrcheck [-I DIR]... [--bif-table=TABLE --bif-header=HEADER]"
        " HEADER...\n", stderr);
}

/* Appends s to the list *v of *n strings. */
static void push(const char ***v, unsigned *n, const char *s) {
  *v = xrealloc((void *)*v, (*n + 1) * sizeof **v);
  (*v)[(*n)++] = s;
}

/*
** Fills o from argv.  Returns 0 (after saying why on stderr) when the
** command line is wrong: an unknown option, no header, or only one of the
** two BIF options.  The BIF header is added to the headers when absent.
*/
static int parse_args(int argc, char **argv, Options *o) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-I") == 0 && i + 1 < argc)
      push(&o->incdirs, &o->n_incdirs, argv[++i]);
    else if (strncmp(a, "-I", 2) == 0 && a[2])
      push(&o->incdirs, &o->n_incdirs, a + 2);
    else if (strncmp(a, "--bif-table=", 12) == 0)
      o->bif_table = a + 12;
    else if (strncmp(a, "--bif-header=", 13) == 0)
      o->bif_header = a + 13;
    else if (a[0] == '-') {
      fprintf(stderr, "hdrcheck: unknown option %s\n", a);
      return 0;
    } else
      push(&o->headers, &o->n_headers, a);
  }
  if (!o->bif_table != !o->bif_header) {
    fputs("hdrcheck: --bif-table and --bif-header go together\n", stderr);
    return 0;
  }
  if (o->bif_header) {
    unsigned i = 0;
    while (i < o->n_headers && strcmp(o->headers[i], o->bif_header) != 0) i++;
    if (i == o->n_headers) push(&o->headers, &o->n_headers, o->bif_header);
  }
  if (o->n_headers == 0) {
    fputs("hdrcheck: no header to check\n", stderr);
    return 0;
  }
  return 1;
}

int hdrcheck_in_file(CXCursor c, CXFile file) {
  CXFile f;
  clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
  return f && file && clang_File_isEqual(f, file);
}

/* The C file a header is parsed through, and its text. */
#define MAIN_NAME "hdrcheck-main.c"
#define MAIN_TEXT "#include \"%s\"\ntypedef int hdrcheck_nonempty;\n"

/*
** Parses header alone as strict C11, with the preprocessing record (so
** macro definitions are cursors too).  Returns NULL, with the reason in r,
** when libclang produced no translation unit at all; a unit with errors is
** still returned, for the other checks to look at what did parse.
*/
static CXTranslationUnit parse_header(CXIndex idx, const Options *o,
                                      const char *header, Report *r) {
  static const char *const base[] = {"-x", "c", "-std=c11", "-pedantic-errors",
                                     "-Wall", "-Wextra"};
  enum { NBASE = sizeof base / sizeof base[0] };
  const char **args = xrealloc(NULL, (NBASE + 2 * o->n_incdirs) * sizeof *args);
  int n = 0;
  for (; n < NBASE; n++) args[n] = base[n];
  for (unsigned i = 0; i < o->n_incdirs; i++) {
    args[n++] = "-I";
    args[n++] = o->incdirs[i];
  }
  size_t len = strlen(MAIN_TEXT) + strlen(header);
  char *text = xrealloc(NULL, len);
  snprintf(text, len, MAIN_TEXT, header);
  struct CXUnsavedFile main_file = {MAIN_NAME, text, (unsigned long)strlen(text)};
  CXTranslationUnit tu = NULL;
  enum CXErrorCode e = clang_parseTranslationUnit2(
      idx, MAIN_NAME, args, n, &main_file, 1,
      CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing,
      &tu);
  free(args);
  free(text);
  if (e != CXError_Success || !tu) {
    report_fail(r, "%s: libclang could not parse it (CXErrorCode %d)", header, (int)e);
    return NULL;
  }
  return tu;
}

/* The BIF tests of the generated header: the table must read, then each
   row is a test (bifsig.c). */
static void check_bifs(CXTranslationUnit tu, CXFile file, const Options *o, Report *r) {
  BifTable t = {NULL, 0};
  int readable = biftab_read(o->bif_table, &t, r);
  report_emit(r, "%s is well-formed (%u BIFs)", o->bif_table, t.n);
  if (readable && tu) bifsig_check(tu, file, o->bif_header, o->bif_table, &t, r);
  if (readable && !tu) {
    report_fail(r, "%s did not parse: no BIF can be checked", o->bif_header);
    report_emit(r, "%s declares the BIFs of %s", o->bif_header, o->bif_table);
  }
  biftab_free(&t);
}

/* The tests of one header: strict C11, prefixes, and the BIFs when it is
   the BIF header. */
static void check_header(CXIndex idx, const Options *o, const char *h, Report *r) {
  CXTranslationUnit tu = parse_header(idx, o, h, r);
  CXFile file = tu ? clang_getFile(tu, h) : NULL;
  if (tu) strict_check(tu, r);
  report_emit(r, "%s parses alone as strict C11", h);
  unsigned seen = 0;
  if (tu) seen = prefix_check(tu, file, r);
  else report_fail(r, "%s did not parse: its identifiers are unknown", h);
  if (tu && seen == 0)
    report_fail(r, "%s: no identifier found, not even an include guard", h);
  report_emit(r, "%s: all %u file-scope identifiers carry a project prefix", h, seen);
  if (o->bif_header && strcmp(h, o->bif_header) == 0) check_bifs(tu, file, o, r);
  if (tu) clang_disposeTranslationUnit(tu);
}

int main(int argc, char **argv) {
  Options o = {NULL, 0, NULL, 0, NULL, NULL};
  if (!parse_args(argc, argv, &o)) {
    usage();
    return 2;
  }
  CXIndex idx = clang_createIndex(0, 0);
  Report r = {NULL, 0, 0, 0};
  for (unsigned i = 0; i < o.n_headers; i++) check_header(idx, &o, o.headers[i], &r);
  printf("1..%u\n", tests_run);
  clang_disposeIndex(idx);
  free(r.text);
  free((void *)o.incdirs);
  free((void *)o.headers);
  return tests_failed ? 1 : 0;
}
