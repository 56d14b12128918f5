/*
** input.c — reading input files, and running erlc on .erl sources.
*/
#define _POSIX_C_SOURCE 200809L /* mkdtemp */

#include "input.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* Runs erlc on an .erl file into a fresh directory; returns the .beam
** path (malloc'd) or NULL after printing why. *dir receives the
** directory to remove afterwards. */
char *input_erlc(const char *erlc, const char *src, char **dir) {
  const char *tmp = getenv("TMPDIR");
  size_t need = strlen(tmp ? tmp : "/tmp") + 32;
  *dir = malloc(need);
  snprintf(*dir, need, "%s/beamc.XXXXXX", tmp ? tmp : "/tmp");
  if (mkdtemp(*dir) == NULL) {
    fprintf(stderr, "beamc: cannot create a temporary directory: %s\n", strerror(errno));
    free(*dir);
    *dir = NULL;
    return NULL;
  }
  pid_t pid = fork();
  if (pid == 0) {
    execlp(erlc, erlc, "-o", *dir, src, (char *)NULL);
    fprintf(stderr, "beamc: cannot run %s: %s\n", erlc, strerror(errno));
    _exit(127);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    if (!(WIFEXITED(status) && WEXITSTATUS(status) == 127))
      fprintf(stderr, "beamc: %s: erlc failed\n", src);
    return NULL;
  }
  const char *base = strrchr(src, '/');
  base = base ? base + 1 : src;
  size_t plen = strlen(*dir) + strlen(base) + 8;
  char *beam = malloc(plen);
  snprintf(beam, plen, "%s/%.*s.beam", *dir, (int)(strlen(base) - 4), base);
  return beam;
}

