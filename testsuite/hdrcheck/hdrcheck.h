/*
** hdrcheck.h — the header check: what its files share.
**
** The check parses each header alone with libclang, as the translation unit
** a C file gets that includes nothing else (see hdrcheck.c), and runs three
** kinds of test on it, each reported as one or more TAP tests:
**   strict.c  the header parses as strict C11 (no diagnostic at all);
**   prefix.c  every identifier it declares at file scope carries a project
**             prefix;
**   bifsig.c  (the generated BIF header only) every BIF of bif.tab (as
**             biftab.c reads it) is declared with the signature and index
**             the table gives.
** A check never prints: it writes what is wrong into a Report, one line per
** problem, and hdrcheck.c turns the report into "ok"/"not ok" and "#" lines.
*/
#ifndef HDRCHECK_H
#define HDRCHECK_H

#include <stddef.h>

#include <clang-c/Index.h>

/* What one TAP test found wrong: `failures` lines of text in `text`, each
   ending in '\n'.  A report with no failures is an "ok". */
typedef struct Report {
  char *text;
  size_t len, cap;
  unsigned failures;
} Report;

/* Adds one failure line (printf format, no newline needed). */
void report_fail(Report *r, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* The TAP test "ok N - what" or "not ok N - what" with the report's lines
   as "#" comments; empties the report for the next test. */
void report_emit(Report *r, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Adds a failure for every diagnostic of severity warning or above in tu,
   formatted as clang prints it (file:line:col: severity: text [flag]). */
void strict_check(CXTranslationUnit tu, Report *r);

/* Whether cursor c is written in file (where a macro is expanded, for a
   declaration a macro expands to). */
int hdrcheck_in_file(CXCursor c, CXFile file);

/* Adds a failure for every identifier declared at file scope in file, the
   header of tu (functions, variables, typedefs, tags, enumerators, macros)
   that carries none of the project prefixes; returns how many distinct
   identifiers it looked at. */
unsigned prefix_check(CXTranslationUnit tu, CXFile file, Report *r);

/* One row of bif.tab. */
typedef struct Bif {
  char *mod, *fun, *cname;
  unsigned arity;
  unsigned line;   /* in the table, from 1 */
  unsigned index;  /* among the rows, from 0 */
} Bif;

typedef struct BifTable {
  Bif *rows;
  unsigned n;
} BifTable;

/* Reads the table at path into t (which it fills from empty); adds a
   failure to r for each malformed line and returns 0 when it could not
   read the file at all, 1 otherwise. */
int biftab_read(const char *path, BifTable *t, Report *r);
void biftab_free(BifTable *t);

/* Emits one TAP test per row of t (the BIF's prototype and index, as file,
   the header of tu, declares them), then one that the header declares no
   BIF beyond t. */
void bifsig_check(CXTranslationUnit tu, CXFile file, const char *header,
                  const char *table, const BifTable *t, Report *r);

#endif
