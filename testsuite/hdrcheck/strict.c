/*
** strict.c — "the header parses on its own as strict C11".
**
** The unit was parsed with -std=c11 -pedantic-errors -Wall -Wextra (see
** hdrcheck.c), so an extension outside C11 is an error and anything -Wall
** or -Wextra dislikes is a warning; either fails the test.  Notes are not
** failures by themselves (clang attaches them to the diagnostic they
** explain).  Diagnostics in system headers are suppressed by clang itself;
** those in project headers the header includes count, since the header
** does not parse cleanly without them.
*/
#include "hdrcheck.h"

/* The name of a severity, as clang's own output spells it. */
static const char *severity_name(enum CXDiagnosticSeverity s) {
  switch (s) {
  case CXDiagnostic_Warning: return "warning";
  case CXDiagnostic_Error: return "error";
  case CXDiagnostic_Fatal: return "fatal error";
  default: return "note";
  }
}

/* Adds a failure for diagnostic d when it is a warning or worse; the text
   names its place, its severity, its message and the flag behind it. */
static void strict_one(CXDiagnostic d, Report *r) {
  enum CXDiagnosticSeverity s = clang_getDiagnosticSeverity(d);
  if (s < CXDiagnostic_Warning) return;
  CXString text = clang_formatDiagnostic(
      d, CXDiagnostic_DisplaySourceLocation | CXDiagnostic_DisplayColumn |
             CXDiagnostic_DisplayOption);
  const char *t = clang_getCString(text);
  report_fail(r, "%s", t && *t ? t : severity_name(s));
  clang_disposeString(text);
}

void strict_check(CXTranslationUnit tu, Report *r) {
  unsigned n = clang_getNumDiagnostics(tu);
  for (unsigned i = 0; i < n; i++) {
    CXDiagnostic d = clang_getDiagnostic(tu, i);
    strict_one(d, r);
    clang_disposeDiagnostic(d);
  }
}
