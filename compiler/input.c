/*
** input.c — reading input files, and running erlc on .erl sources.
*/

#include "input.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "workdir.h"

#define MAX_INPUT ((size_t)1 << 30)

/* Reads a whole file; NULL (and *err set) if it cannot. */
uint8_t *input_read_file(const char *path, size_t *len, const char **err) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) {
    *err = strerror(errno);
    return NULL;
  }
  size_t cap = 65536, n = 0;
  uint8_t *buf = malloc(cap);
  while (buf != NULL) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    if (cap >= MAX_INPUT) {
      free(buf);
      buf = NULL;
      *err = "file larger than 1 GiB";
      break;
    }
    uint8_t *bigger = realloc(buf, cap * 2);
    if (bigger == NULL) free(buf);
    buf = bigger;
    cap *= 2;
  }
  if (buf != NULL && ferror(f)) {
    free(buf);
    buf = NULL;
    *err = strerror(errno);
  }
  fclose(f);
  *len = n;
  return buf;
}

bool input_has_suffix(const char *s, const char *suffix) {
  size_t ls = strlen(s), lx = strlen(suffix);
  return ls >= lx && strcmp(s + ls - lx, suffix) == 0;
}

/* Runs erlc on an .erl file with its output in dir; returns the .beam
** path (malloc'd) or NULL after printing why. */
char *input_erlc(const char *erlc, const char *src, const char *dir, bool verbose) {
  char *argv[] = {(char *)erlc, "-o", (char *)dir, (char *)src, NULL};
  int st = workdir_run(argv, verbose);
  if (st != 0) {
    if (st != 127) fprintf(stderr, "beamc: %s: erlc failed\n", src);
    return NULL;
  }
  const char *base = strrchr(src, '/');
  base = base ? base + 1 : src;
  size_t plen = strlen(dir) + strlen(base) + 8;
  char *beam = malloc(plen);
  if (beam != NULL) snprintf(beam, plen, "%s/%.*s.beam", dir, (int)(strlen(base) - 4), base);
  return beam;
}
