/*
** biftab.c — reads bif.tab, on its own terms: the table's header comment,
** not runtime/gen-bifs.awk, says what a row is.
**
** A row is `module function arity cname`, fields separated by blanks; a
** line that is empty (or blank) or starts with '#' is no row.  The arity
** is 0..255 and the C name an identifier used by no other row, as the
** generator demands.  Rows count from 0 in their order in the table.
*/
#include "hdrcheck.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A copy of s in memory of its own (strdup is not C11). */
static char *copy_string(const char *s) {
  size_t n = strlen(s) + 1;
  char *c = malloc(n);
  if (!c) abort();
  return memcpy(c, s, n);
}

/* Whether s is a C identifier. */
static int is_identifier(const char *s) {
  if (!isalpha((unsigned char)*s) && *s != '_') return 0;
  while (*++s)
    if (!isalnum((unsigned char)*s) && *s != '_') return 0;
  return 1;
}

/* The arity field: decimal digits, 0..255; -1 when it is not that. */
static int parse_arity(const char *s) {
  int a = 0;
  if (!*s) return -1;
  for (; *s; s++) {
    if (!isdigit((unsigned char)*s)) return -1;
    a = a * 10 + (*s - '0');
    if (a > 255) return -1;
  }
  return a;
}

/* The row of t whose C name is cname, or NULL. */
static const Bif *find_row(const BifTable *t, const char *cname) {
  for (unsigned i = 0; i < t->n; i++)
    if (strcmp(t->rows[i].cname, cname) == 0) return &t->rows[i];
  return NULL;
}

/*
** Adds the row one line's fields make to the table when they are valid;
** otherwise adds a failure naming the table, the line and what is wrong.
*/
static void read_row(char *line, const char *path, unsigned lineno,
                     BifTable *t, Report *r) {
  char *f[5];
  int nf = 0;
  for (char *tok = strtok(line, " \t\r\n"); tok && nf < 5; tok = strtok(NULL, " \t\r\n"))
    f[nf++] = tok;
  if (nf == 0) return;
  if (nf != 4) {
    report_fail(r, "%s:%u: expected 4 fields (module function arity cname)", path, lineno);
    return;
  }
  int arity = parse_arity(f[2]);
  const Bif *dup = find_row(t, f[3]);
  if (arity < 0)
    report_fail(r, "%s:%u: bad arity %s (0..255)", path, lineno, f[2]);
  else if (!is_identifier(f[3]))
    report_fail(r, "%s:%u: bad C name %s", path, lineno, f[3]);
  else if (dup)
    report_fail(r, "%s:%u: C name %s already used on line %u", path, lineno, f[3], dup->line);
  if (arity < 0 || !is_identifier(f[3]) || dup) return;
  t->rows = realloc(t->rows, (t->n + 1) * sizeof *t->rows);
  if (!t->rows) abort();
  t->rows[t->n] = (Bif){copy_string(f[0]), copy_string(f[1]), copy_string(f[3]),
                        (unsigned)arity, lineno, t->n};
  t->n++;
}

int biftab_read(const char *path, BifTable *t, Report *r) {
  FILE *f = fopen(path, "r");
  if (!f) {
    report_fail(r, "%s: cannot open: %s", path, strerror(errno));
    return 0;
  }
  char line[4096];
  unsigned lineno = 0;
  while (fgets(line, sizeof line, f)) {
    lineno++;
    size_t len = strlen(line);
    if (len == sizeof line - 1 && line[len - 1] != '\n') {
      report_fail(r, "%s:%u: line too long", path, lineno);
      int c;
      while ((c = getc(f)) != EOF && c != '\n') {}
      continue;
    }
    if (line[0] != '#') read_row(line, path, lineno, t, r);
  }
  if (ferror(f)) report_fail(r, "%s: read error", path);
  fclose(f);
  return 1;
}

void biftab_free(BifTable *t) {
  for (unsigned i = 0; i < t->n; i++) {
    free(t->rows[i].mod);
    free(t->rows[i].fun);
    free(t->rows[i].cname);
  }
  free(t->rows);
  t->rows = NULL;
  t->n = 0;
}
