/*
** prefix.c — "every identifier the header exports carries the project's
** prefix".
**
** Looked at: every identifier declared at file scope in the header itself
** (what it includes, project headers among them, is checked on its own):
** functions, variables, typedefs, struct/union/enum tags, enumerators
** (enumerators and nested tags live at file scope in C, so tags are
** searched inside), and macros, the include guard among them.  Members,
** parameters and macro parameters are scoped and not looked at.
**
** The accepted prefixes, and what carries each in include/:
**   BEAMRT_  include guards                     BEAMRT_H, BEAMRT_BIFS_H
**   BEAM_    macros and enumerators             BEAM_NIL, BEAM_SUB_TUPLE
**   beamrt_  the embedding API                  beamrt_main
**   beam_    runtime functions and variables    beam_gc, beam_bif_erlang_abs_1
**   Beam     types and tags, then a capital     BeamTerm, struct BeamProc
** A prefix alone is not a name: something must follow it.
*/
#include "hdrcheck.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const struct {
  const char *prefix;
  int capital; /* the next character must be an upper-case letter */
} prefixes[] = {
    {"BEAMRT_", 0}, {"BEAM_", 0}, {"beamrt_", 0}, {"beam_", 0}, {"Beam", 1},
};
#define PREFIX_LIST "BEAMRT_, BEAM_, beamrt_, beam_, Beam + capital"

/* What the visit carries: the report and the identifiers seen so far (an
   identifier declared twice is counted, and reported, once). */
typedef struct Visit {
  CXFile file;
  Report *r;
  char **seen;
  unsigned n_seen;
} Visit;

/* Whether name begins with one of the project prefixes, followed by more. */
static int prefix_ok(const char *name) {
  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
    size_t n = strlen(prefixes[i].prefix);
    if (strncmp(name, prefixes[i].prefix, n) != 0 || name[n] == '\0') continue;
    if (!prefixes[i].capital || isupper((unsigned char)name[n])) return 1;
  }
  return 0;
}

/* What a cursor of this kind declares at file scope, or NULL when it
   declares nothing there. */
static const char *declared_kind(enum CXCursorKind k) {
  switch (k) {
  case CXCursor_FunctionDecl: return "function";
  case CXCursor_VarDecl: return "variable";
  case CXCursor_TypedefDecl: return "typedef";
  case CXCursor_StructDecl: return "struct tag";
  case CXCursor_UnionDecl: return "union tag";
  case CXCursor_EnumDecl: return "enum tag";
  case CXCursor_EnumConstantDecl: return "enumerator";
  case CXCursor_MacroDefinition: return "macro";
  default: return NULL;
  }
}

/* Whether name was seen before; remembers it if not. */
static int seen_before(Visit *v, const char *name) {
  for (unsigned i = 0; i < v->n_seen; i++)
    if (strcmp(v->seen[i], name) == 0) return 1;
  size_t n = strlen(name) + 1;
  char *copy = malloc(n);
  char **grown = realloc(v->seen, (v->n_seen + 1) * sizeof *grown);
  if (!copy || !grown) abort();
  memcpy(copy, name, n);
  v->seen = grown;
  v->seen[v->n_seen++] = copy;
  return 0;
}

/* An unnamed tag (struct { ... } inside a typedef, enum { ... }) declares
   no name; libclang spells it "" or, in newer versions, "(unnamed ...)". */
static int unnamed(CXCursor c, const char *name) {
  return name[0] == '\0' || strchr(name, ' ') || strchr(name, '(') ||
         clang_Cursor_isAnonymous(c);
}

/* Checks the identifier cursor c declares: a failure naming the file, the
   line, the kind and the name when it has no project prefix. */
static void prefix_one(Visit *v, CXCursor c, const char *kind) {
  CXString s = clang_getCursorSpelling(c);
  const char *name = clang_getCString(s);
  int is_tag = strstr(kind, "tag") != NULL;
  if (!name || (is_tag && unnamed(c, name)) || seen_before(v, name)) {
    clang_disposeString(s);
    return;
  }
  if (!prefix_ok(name)) {
    CXFile file;
    unsigned line;
    clang_getExpansionLocation(clang_getCursorLocation(c), &file, &line, NULL, NULL);
    CXString fname = clang_getFileName(file);
    report_fail(v->r, "%s:%u: %s %s has no project prefix (" PREFIX_LIST ")",
                clang_getCString(fname), line, kind, name);
    clang_disposeString(fname);
  }
  clang_disposeString(s);
}

/* The visitor: checks the names declared in the header, and looks inside
   tags for the enumerators and nested tags they declare. */
static enum CXChildVisitResult prefix_visit(CXCursor c, CXCursor parent,
                                            CXClientData data) {
  (void)parent;
  if (!hdrcheck_in_file(c, ((Visit *)data)->file)) return CXChildVisit_Continue;
  enum CXCursorKind k = clang_getCursorKind(c);
  const char *kind = declared_kind(k);
  if (!kind) return CXChildVisit_Continue;
  prefix_one(data, c, kind);
  if (k == CXCursor_StructDecl || k == CXCursor_UnionDecl || k == CXCursor_EnumDecl)
    return CXChildVisit_Recurse;
  return CXChildVisit_Continue;
}

unsigned prefix_check(CXTranslationUnit tu, CXFile file, Report *r) {
  Visit v = {file, r, NULL, 0};
  clang_visitChildren(clang_getTranslationUnitCursor(tu), prefix_visit, &v);
  for (unsigned i = 0; i < v.n_seen; i++) free(v.seen[i]);
  free(v.seen);
  return v.n_seen;
}
