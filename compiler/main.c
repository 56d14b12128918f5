/*
** main.c — the beamc command-line driver.
**
** Exit status: 0 on success, 2 for bad input or bad usage (one line on
** stderr says what is wrong), 1 when the output cannot be written.
*/
#define _POSIX_C_SOURCE 200809L /* strdup */

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "beamread.h"
#include "dump.h"
#include "driver.h"
#include "emit.h"
#include "input.h"
#include "sread.h"
#include "validate.h"
#include "workdir.h"

#ifndef BEAMC_GC_STRESS_DEFAULT
#define BEAMC_GC_STRESS_DEFAULT 0
#endif


typedef struct Options {
  DriverOptions drv;
  bool dump;
  bool emit_c;          /* translate to C only (FILE.erl -> MODULE.c) */
  bool gc_stress;
  const char *erlc;
  const char *out;      /* -o */
  const char **files;   /* the inputs */
  int n_files;
  char *entry;          /* -e's argument, split at the colon */
  char *target_cc;      /* --target: its C compiler */
} Options;

static void usage(FILE *out) {
  fputs("usage: beamc [-o PROG] [-c] [--emit-c] [-O|-g] [-v] [-e MOD:FUN]\n"
        "             [--target=TRIPLE] [--static] FILE...\n"
        "       beamc --dump [--erlc PATH] FILE...\n"
        "       beamc --c-only [-o FILE.c] [--erlc PATH] FILE\n"
        "\n"
        "  Compiles Erlang modules (.erl, .beam or .S) to a native executable whose\n"
        "  entry is main/1 of the first module (escript's contract).\n"
        "  -o PROG       the output (default a.out; with -c, the object)\n"
        "  -c            stop at objects (MODULE.o)\n"
        "  --emit-c      keep the generated C (MODULE.c, next to the output)\n"
        "  -O, -O2, -g   passed to the C compiler ($CC, default cc)\n"
        "  -v            show each command run\n"
        "  --target=TRIPLE  build for a cross target (e.g. aarch64-linux-gnu,\n"
        "                arm-linux-gnueabihf) with TRIPLE-gcc and the runtime\n"
        "                built for it (configure --enable-targets=TRIPLE)\n"
        "  --static      link a static executable (no shared libraries)\n"
        "  -e MOD:FUN    the entry (arity 1 with the arguments, or 0)\n"
        "  --gc-stress   collect at every heap test (the default in a build\n"
        "                configured with --enable-gc-stress; --no-gc-stress)\n"
        "  --c-only      translate to C and stop (MODULE.c, or -o's name)\n"
        "  --dump        print the intermediate representation of each FILE\n"
        "                (.beam, .S, or .erl compiled with erlc first)\n"
        "  --erlc PATH   the erlc to run on .erl inputs (default: erlc on PATH)\n"
        "  -h, --help    show this help\n"
        "  --version     show the version\n"
        "\n"
        "The executable reads from its environment:\n"
        "  BEAMRT_MAX_PROCESSES  the most processes alive at once (erl's +P;\n"
        "                default 262144)\n"
        "  BEAMRT_SCHEDULERS  schedulers, one OS thread each (erl's +S: 1 to\n"
        "                1024; default, or 0: one per processor; no more run\n"
        "                than there are processors; always 1 in a runtime\n"
        "                configured with --disable-smp)\n"
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

/* Writes the C translation of m to -o's file, or MODULE.c: made in the
** work directory and installed whole.  Returns the exit status. */
static int write_c(const Options *o, const char *path, const IrModule *m) {
  const char *mod = m->name->u.atom.name;
  char *name = malloc(strlen(o->out ? o->out : mod) + 3);
  strcpy(name, o->out ? o->out : mod);
  if (o->out == NULL) strcat(name, ".c");
  const char *dir = workdir_get();
  char *tmp = dir ? malloc(strlen(dir) + 8) : NULL;
  int status = 2;
  if (dir != NULL) {
    sprintf(tmp, "%s/out.c", dir);
    status = o->out ? 0 : workdir_check_output(name, o->files, o->n_files);
  }
  FILE *f = status == 0 ? fopen(tmp, "w") : NULL;
  if (f != NULL) {
    EmitOptions eo = {.gc_stress = o->gc_stress, .line_directives = true,
                      .source = path};
    emit_module(f, stderr, m, &eo);
    bool ok = !ferror(f);
    if (fclose(f) != 0 || !ok) f = NULL;
  }
  if (status == 0 && f == NULL) {
    fprintf(stderr, "beamc: cannot write %s: %s\n", tmp, strerror(errno));
    status = 1;
  }
  if (status == 0 && !workdir_install(tmp, name)) status = 1;
  free(tmp);
  free(name);
  return status;
}

/* Reads one module from buf into the arena, and validates it when
** `check` (the code is to be translated); NULL after printing the
** reader's or the validator's message.  The only function here that
** catches diag_fail's longjmp. */
static IrModule *read_module(Arena *a, const char *path, const uint8_t *buf, size_t len,
                             bool is_s, bool check) {
  Diag d = {.file = path};
  if (setjmp(d.env) != 0) {
    fprintf(stderr, "beamc: %s\n", d.msg);
    return NULL;
  }
  IrModule *m = is_s ? sread_module(a, &d, (const char *)buf, len) : beamread_module(a, &d, buf, len);
  if (check) validate_module(m, &d);
  return m;
}

/* Reads one module from buf and dumps it, or with --c-only translates
** it; returns the exit status. */
static int read_and_dump(const Options *o, const char *path, const uint8_t *buf, size_t len, bool is_s) {
  Arena *a = arena_new();
  IrModule *m = read_module(a, path, buf, len, is_s, o->emit_c);
  int status = 0;
  if (m == NULL) {
    status = 2;
  } else if (o->emit_c) {
    status = write_c(o, path, m);
  } else {
    dump_module(stdout, m);
    if (fflush(stdout) != 0 || ferror(stdout)) {
      fprintf(stderr, "beamc: cannot write the dump: %s\n", strerror(errno));
      status = 1;
    }
  }
  arena_free(a);
  return status;
}

/* Reads one input (compiling an .erl into the work directory first) and
** dumps or translates it. */
static int dump_one(const Options *o, const char *path) {
  char *beam = NULL;
  const char *file = path;
  if (input_has_suffix(path, ".erl")) {
    const char *dir = workdir_get();
    if (dir == NULL || (beam = input_erlc(o->erlc, path, dir, o->drv.verbose)) == NULL)
      return 2;
    file = beam;
  }
  size_t len;
  const char *err = NULL;
  uint8_t *buf = input_read_file(file, &len, &err);
  int status;
  if (buf == NULL) {
    fprintf(stderr, "beamc: %s: %s\n", file, err);
    status = 2;
  } else {
    bool is_s = input_has_suffix(file, ".S") && !(len >= 4 && memcmp(buf, "FOR1", 4) == 0);
    status = read_and_dump(o, path, buf, len, is_s);
  }
  free(buf);
  if (beam != NULL) unlink(beam);
  free(beam);
  return status;
}

/* Reads the command line into o; returns -1 to go on, or the exit status
** (after --help or --version; a usage error exits with 2 at once). */
static int parse_args(Options *o, int argc, char **argv) {
  bool only_files = false;
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i];
    if (only_files || arg[0] != '-' || arg[1] == '\0') {
      o->files[o->n_files++] = arg;
    } else if (strcmp(arg, "--") == 0) {
      only_files = true;
    } else if (strcmp(arg, "--dump") == 0) {
      o->dump = true;
    } else if (strcmp(arg, "--emit-c") == 0) {
      o->drv.keep_c = true;
    } else if (strcmp(arg, "--c-only") == 0) {
      o->emit_c = true;
    } else if (strcmp(arg, "--gc-stress") == 0) {
      o->gc_stress = o->drv.gc_stress = true;
    } else if (strcmp(arg, "--no-gc-stress") == 0) {
      o->gc_stress = o->drv.gc_stress = false;
    } else if (strcmp(arg, "-c") == 0) {
      o->drv.object_only = true;
    } else if (strcmp(arg, "-v") == 0) {
      o->drv.verbose = true;
    } else if (strcmp(arg, "--static") == 0) {
      o->drv.link_static = true;
    } else if (strncmp(arg, "--target=", 9) == 0 || strcmp(arg, "--target") == 0) {
      const char *t = arg[8] == '=' ? arg + 9 : ++i < argc ? argv[i] : NULL;
      if (t == NULL || *t == '\0' || strchr(t, '/') != NULL || t[0] == '-')
        fail_usage("%s needs a target triple (e.g. --target=aarch64-linux-gnu)", "--target");
      o->drv.target = t;
    } else if (strcmp(arg, "-g") == 0 || (arg[1] == 'O' && strlen(arg) <= 3)) {
      o->drv.cflags = arg;
    } else if (strcmp(arg, "-e") == 0) {
      if (++i == argc || strchr(argv[i], ':') == NULL)
        fail_usage("%s needs Mod:Fun", arg);
      free(o->entry);
      o->entry = strdup(argv[i]);
      char *colon = strchr(o->entry, ':');
      *colon = 0;
      o->drv.entry_mod = o->entry;
      o->drv.entry_fun = colon + 1;
    } else if (strcmp(arg, "-o") == 0) {
      if (++i == argc) fail_usage("%s needs a file name", arg);
      o->out = o->drv.out = argv[i];
    } else if (strcmp(arg, "--erlc") == 0) {
      if (++i == argc) fail_usage("%s needs a path", arg);
      o->erlc = argv[i];
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
  if (o->n_files == 0) fail_usage("%s", "no input files");
  /* as gcc: one -o cannot name the outputs of several files */
  if (o->out && o->n_files > 1 && !o->dump && (o->emit_c || o->drv.object_only))
    fail_usage("cannot specify -o with %s and several input files",
               o->emit_c ? "--c-only" : "-c");
  return -1;
}

/* Builds, dumps or translates as o says; returns the exit status. */
static int run(Options *o) {
  if (!o->dump && !o->emit_c) {
    o->drv.erlc = o->erlc;
    o->drv.cc = getenv("CC") ? getenv("CC") : "cc";
    if (o->drv.target) o->drv.cc = o->target_cc = driver_target_cc(o->drv.target);
    return driver_build(&o->drv, o->files, o->n_files);
  }
  if (o->emit_c && o->out) {
    int st = workdir_check_output(o->out, o->files, o->n_files);
    if (st != 0) return st;
  }
  int status = 0;
  for (int i = 0; i < o->n_files; i++) {
    int s = dump_one(o, o->files[i]);
    if (s > status) status = s;
  }
  return status;
}

/* The work directory (workdir.h) is removed at exit, whatever the way
** out. */
int main(int argc, char **argv) {
  Options o = {.dump = false, .erlc = "erlc"};
  memset(&o.drv, 0, sizeof o.drv);
  o.gc_stress = o.drv.gc_stress = BEAMC_GC_STRESS_DEFAULT; /* configure --enable-gc-stress */
  o.files = calloc((size_t)argc, sizeof *o.files);
  int status = parse_args(&o, argc, argv);
  if (status < 0) status = run(&o);
  free(o.files);
  free(o.entry);
  free(o.target_cc);
  return status;
}
