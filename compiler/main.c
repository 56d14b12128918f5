/*
** main.c — the beamc command-line driver.
**
** Exit status: 0 on success, 2 for bad input or bad usage (one line on
** stderr says what is wrong), 1 when the output cannot be written.
*/
#define _POSIX_C_SOURCE 200809L /* mkdtemp */

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "beamread.h"
#include "dump.h"
#include "emit.h"
#include "sread.h"

#define MAX_INPUT ((size_t)1 << 30)

typedef struct Options {
  bool dump;
  bool emit_c;          /* translate to C only (FILE.erl -> MODULE.c) */
  bool gc_stress;
  const char *erlc;
  const char *out;      /* -o */
} Options;

static void usage(FILE *out) {
  fputs("usage: beamc --dump [--erlc PATH] FILE...\n"
        "       beamc --emit-c [-o FILE.c] [--erlc PATH] FILE...\n"
        "\n"
        "  --emit-c      translate each FILE to C (MODULE.c, or -o's name)\n"
        "  --dump        print the intermediate representation of each FILE\n"
        "                (.beam, .S, or .erl compiled with erlc first)\n"
        "  --erlc PATH   the erlc to run on .erl inputs (default: erlc on PATH)\n"
        "  -h, --help    show this help\n"
        "  --version     show the version\n"
        "\n"
        "Exit status: 0 success, 1 output error, 2 bad input or usage.\n",
        out);
}

static _Noreturn void fail_usage(const char *fmt, const char *arg) {
  fputs("beamc: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs(" (try beamc --help)\n", stderr);
  exit(2);
}

/* Reads a whole file; NULL (and *err set) if it cannot. */
static uint8_t *read_file(const char *path, size_t *len, const char **err) {
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

static bool has_suffix(const char *s, const char *suffix) {
  size_t ls = strlen(s), lx = strlen(suffix);
  return ls >= lx && strcmp(s + ls - lx, suffix) == 0;
}

/* Runs erlc on an .erl file into a fresh directory; returns the .beam
** path (malloc'd) or NULL after printing why. *dir receives the
** directory to remove afterwards. */
static char *run_erlc(const Options *o, const char *src, char **dir) {
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
    execlp(o->erlc, o->erlc, "-o", *dir, src, (char *)NULL);
    fprintf(stderr, "beamc: cannot run %s: %s\n", o->erlc, strerror(errno));
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

static void remove_dir(char *dir, const char *beam) {
  if (beam != NULL) unlink(beam);
  if (dir != NULL) rmdir(dir);
  free(dir);
}

/* Reads one module from buf into the IR and dumps it; returns the exit
** status.  The only function that catches diag_fail's longjmp. */
/* Writes the C translation of m to -o's file, or MODULE.c. */
static int write_c(const Options *o, const char *path, const IrModule *m) {
  char name[1024];
  if (o->out)
    snprintf(name, sizeof name, "%s", o->out);
  else
    snprintf(name, sizeof name, "%s.c", m->name->u.atom.name);
  FILE *f = fopen(name, "w");
  if (f == NULL) {
    fprintf(stderr, "beamc: cannot write %s: %s\n", name, strerror(errno));
    return 1;
  }
  EmitOptions eo = {.gc_stress = o->gc_stress, .line_directives = true,
                    .source = path};
  emit_module(f, stderr, m, &eo);
  if (fclose(f) != 0) {
    fprintf(stderr, "beamc: cannot write %s: %s\n", name, strerror(errno));
    return 1;
  }
  return 0;
}

static int read_and_dump(const Options *o, const char *path, const uint8_t *buf, size_t len, bool is_s) {
  Arena *a = arena_new();
  Diag d = {.file = path};
  int status = 0;
  if (setjmp(d.env) == 0) {
    IrModule *m = is_s ? sread_module(a, &d, (const char *)buf, len) : beamread_module(a, &d, buf, len);
    if (o->emit_c) {
      status = write_c(o, path, m);
    } else {
      dump_module(stdout, m);
      if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "beamc: cannot write the dump: %s\n", strerror(errno));
        status = 1;
      }
    }
  } else {
    fprintf(stderr, "beamc: %s\n", d.msg);
    status = 2;
  }
  arena_free(a);
  return status;
}

/* Reads one input (compiling an .erl first) and dumps it. */
static int dump_one(const Options *o, const char *path) {
  char *dir = NULL, *beam = NULL;
  const char *file = path;
  if (has_suffix(path, ".erl")) {
    beam = run_erlc(o, path, &dir);
    if (beam == NULL) {
      remove_dir(dir, NULL);
      return 2;
    }
    file = beam;
  }
  size_t len;
  const char *err = NULL;
  uint8_t *buf = read_file(file, &len, &err);
  int status;
  if (buf == NULL) {
    fprintf(stderr, "beamc: %s: %s\n", file, err);
    status = 2;
  } else {
    bool is_s = has_suffix(file, ".S") && !(len >= 4 && memcmp(buf, "FOR1", 4) == 0);
    status = read_and_dump(o, path, buf, len, is_s);
  }
  free(buf);
  remove_dir(dir, beam);
  free(beam);
  return status;
}

int main(int argc, char **argv) {
  Options o = {.dump = false, .erlc = "erlc"};
  const char **files = calloc((size_t)argc, sizeof *files);
  int n_files = 0;
  bool only_files = false;
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i];
    if (only_files || arg[0] != '-' || arg[1] == '\0') {
      files[n_files++] = arg;
    } else if (strcmp(arg, "--") == 0) {
      only_files = true;
    } else if (strcmp(arg, "--dump") == 0) {
      o.dump = true;
    } else if (strcmp(arg, "--emit-c") == 0) {
      o.emit_c = true;
    } else if (strcmp(arg, "--gc-stress") == 0) {
      o.gc_stress = true;
    } else if (strcmp(arg, "-o") == 0) {
      if (++i == argc) fail_usage("%s needs a file name", arg);
      o.out = argv[i];
    } else if (strcmp(arg, "--erlc") == 0) {
      if (++i == argc) fail_usage("%s needs a path", arg);
      o.erlc = argv[i];
    } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
      usage(stdout);
      return 0;
    } else if (strcmp(arg, "--version") == 0) {
      puts("beamc " PACKAGE_VERSION_STRING);
      return 0;
    } else {
      fail_usage("unknown option %s", arg);
    }
  }
  if (n_files == 0) fail_usage("%s", "no input files");
  if (!o.dump && !o.emit_c)
    fail_usage("%s", "compiling to a native executable is not available yet; use --dump");
  int status = 0;
  for (int i = 0; i < n_files; i++) {
    int s = dump_one(&o, files[i]);
    if (s > status) status = s;
  }
  free(files);
  return status;
}
