/*
** driver.c — from modules to a native executable (see driver.h).
*/
#define _POSIX_C_SOURCE 200809L /* mkdtemp, open_memstream */

#include "driver.h"

#include <errno.h>
#include <glob.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "beamread.h"
#include "beamrt_abi.h"
#include "cname.h"
#include "emit.h"
#include "input.h"
#include "sread.h"
#include "validate.h"

#ifndef BEAMC_INCDIR
#define BEAMC_INCDIR "/usr/local/include/beamc"
#endif
#ifndef BEAMC_GENINCDIR
#define BEAMC_GENINCDIR BEAMC_INCDIR
#endif
/* Flags the runtime was built with that programs must share (the
   sanitizers of configure --enable-sanitizers), space-separated. */
#ifndef BEAMC_RT_FLAGS
#define BEAMC_RT_FLAGS ""
#endif
#ifndef BEAMC_LIBDIR
#define BEAMC_LIBDIR "/usr/local/lib"
#endif
#ifndef BEAMC_OTP_ROOT
#define BEAMC_OTP_ROOT "/usr/lib/erlang"
#endif
/* The build tree this beamc was built in (its runtime is used from there
   when beamc runs from there too), and the installed locations. */
#ifndef BEAMC_BUILDDIR
#define BEAMC_BUILDDIR ""
#endif
#ifndef BEAMC_INST_INCDIR
#define BEAMC_INST_INCDIR BEAMC_INCDIR
#endif
#ifndef BEAMC_INST_LIBDIR
#define BEAMC_INST_LIBDIR BEAMC_LIBDIR
#endif

/* Where the runtime's headers and library are. */
typedef struct RtPaths {
  const char *inc, *geninc, *lib;
} RtPaths;

/* The build tree's runtime when this beamc is the one in the build tree's
   top directory, else the installed one.  Computed once. */
static const RtPaths *rt_paths(void) {
  static RtPaths paths;
  static bool done;
  if (!done) {
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    bool in_tree = false;
    if (n > 0) {
      exe[n] = '\0';
      char *slash = strrchr(exe, '/');
      if (slash) *slash = '\0';
      in_tree = strcmp(exe, BEAMC_BUILDDIR) == 0;
    }
    paths = in_tree ? (RtPaths){BEAMC_INCDIR, BEAMC_GENINCDIR, BEAMC_LIBDIR}
                    : (RtPaths){BEAMC_INST_INCDIR, BEAMC_INST_INCDIR, BEAMC_INST_LIBDIR};
    done = true;
  }
  return &paths;
}

#define MAX_MODULES 4096

typedef struct Mod {
  char *name;        /* module name */
  char *beam;        /* the file read (.beam or .S) */
  char *src;         /* what the user named, for messages */
  char *c, *obj;     /* translation and object */
  bool otp;          /* pulled in from the installed OTP */
  Arena *arena;
  IrModule *ir;
} Mod;

typedef struct Build {
  const DriverOptions *o;
  char *dir;
  Mod mods[MAX_MODULES];
  int n;
} Build;

static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static char *fmt(const char *f, ...) {
  char *s = NULL;
  size_t len;
  FILE *m = open_memstream(&s, &len);
  va_list ap;
  va_start(ap, f);
  vfprintf(m, f, ap);
  va_end(ap);
  fclose(m);
  return s;
}

/* Runs argv; true when it exits with status 0.  With -v, prints it. */
static bool run(const Build *b, char *const argv[]) {
  if (b->o->verbose) {
    for (int i = 0; argv[i]; i++) fprintf(stderr, "%s%s", i ? " " : "", argv[i]);
    fputc('\n', stderr);
  }
  pid_t pid = fork();
  if (pid == 0) {
    execvp(argv[0], argv);
    fprintf(stderr, "beamc: cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  int st = 0;
  return pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

/* ---- reading modules -------------------------------------------------- */

static bool read_ir(Build *b, Mod *m) {
  size_t len;
  const char *err = NULL;
  uint8_t *buf = input_read_file(m->beam, &len, &err);
  if (buf == NULL) {
    fprintf(stderr, "beamc: %s: %s\n", m->beam, err);
    return false;
  }
  m->arena = arena_new();
  Diag d = {.file = m->src};
  bool ok = true;
  if (setjmp(d.env) == 0) {
    bool is_s = input_has_suffix(m->beam, ".S") && !(len >= 4 && memcmp(buf, "FOR1", 4) == 0);
    m->ir = is_s ? sread_module(m->arena, &d, (const char *)buf, len)
                 : beamread_module(m->arena, &d, buf, len);
    validate_module(m->ir, &d);
    m->name = strdup(m->ir->name->u.atom.name);
  } else {
    fprintf(stderr, "beamc: %s\n", d.msg);
    ok = false;
  }
  free(buf);
  (void)b;
  return ok;
}

static Mod *find_mod(Build *b, const char *name, size_t len) {
  for (int i = 0; i < b->n; i++)
    if (strlen(b->mods[i].name) == len && memcmp(b->mods[i].name, name, len) == 0)
      return &b->mods[i];
  return NULL;
}

static bool add_input(Build *b, const char *path) {
  Mod *m = &b->mods[b->n];
  memset(m, 0, sizeof *m);
  m->src = strdup(path);
  if (input_has_suffix(path, ".erl")) {
    char *dir = NULL;
    m->beam = input_erlc(b->o->erlc, path, &dir);
    if (m->beam == NULL) return false;
  } else {
    m->beam = strdup(path);
  }
  if (!read_ir(b, m)) return false;
  if (find_mod(b, m->name, strlen(m->name))) {
    fprintf(stderr, "beamc: %s: module %s is given twice\n", path, m->name);
    return false;
  }
  b->n++;
  return true;
}

/* The .beam of an OTP module, or NULL: searched in every application's
   ebin directory under the OTP root (listed once per build). */
static char *otp_beam(const char *name) {
  static glob_t ebins;
  static bool listed;
  if (!listed) {
    const char *root = getenv("BEAMC_OTP_ROOT");
    char *pat = fmt("%s/lib/*/ebin", root ? root : BEAMC_OTP_ROOT);
    if (glob(pat, 0, NULL, &ebins) != 0) ebins.gl_pathc = 0;
    free(pat);
    listed = true;
  }
  for (size_t i = 0; i < ebins.gl_pathc; i++) {
    char *p = fmt("%s/%s.beam", ebins.gl_pathv[i], name);
    if (access(p, R_OK) == 0) return p;
    free(p);
  }
  return NULL;
}

/* Makes sure module `name` is part of the build: an input, an OTP module
   read now, or a placeholder for one that does not exist (warned about
   once; calls to it raise undef).  False on a hard error. */
static bool need_module(Build *b, const CTerm *name) {
  if (cterm_is_atom(name, "erlang")) return true;
  if (find_mod(b, name->u.atom.name, name->u.atom.len)) return true;
  if (b->n == MAX_MODULES) {
    fprintf(stderr, "beamc: more than %d modules\n", MAX_MODULES);
    return false;
  }
  Mod *m = &b->mods[b->n];
  memset(m, 0, sizeof *m);
  m->beam = otp_beam(name->u.atom.name);
  if (m->beam == NULL) {
    fprintf(stderr, "beamc: warning: module %s not found: calls to it raise undef\n",
            name->u.atom.name);
    m->name = strdup(name->u.atom.name);
    b->n++;
    return true;
  }
  m->src = strdup(m->beam);
  m->otp = true;
  if (!read_ir(b, m)) return false;
  b->n++;
  return true;
}

/* The modules of the export funs (fun M:F/A) inside a literal. */
static bool need_literal(Build *b, const CTerm *t) {
  switch (t->kind) {
  case CT_EXPORT: return need_module(b, t->u.fun.mod);
  case CT_CONS:
    return need_literal(b, t->u.cons.head) && need_literal(b, t->u.cons.tail);
  case CT_TUPLE:
    for (uint32_t i = 0; i < t->u.tuple.arity; i++)
      if (!need_literal(b, t->u.tuple.elems[i])) return false;
    return true;
  case CT_MAP:
    for (uint32_t i = 0; i < t->u.map.n; i++)
      if (!need_literal(b, t->u.map.keys[i]) || !need_literal(b, t->u.map.vals[i]))
        return false;
    return true;
  default: return true;
  }
}

static bool need_operands(Build *b, const IrOperand *o, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    if (o[i].kind == IR_LITERAL && !need_literal(b, o[i].v.term)) return false;
    if (o[i].kind == IR_LIST && !need_operands(b, o[i].v.list.elems, o[i].v.list.n))
      return false;
  }
  return true;
}

/* Adds the OTP modules the program calls, transitively: those it imports
   (but BIFs) and those its literals name in export funs. */
static bool add_imports(Build *b) {
  for (int i = 0; i < b->n; i++) {
    const IrModule *ir = b->mods[i].ir;
    if (ir == NULL) continue; /* a module that was not found */
    for (uint32_t k = 0; k < ir->n_imports; k++) {
      const IrImport *im = &ir->imports[k];
      if (bif_lookup(im->mod->u.atom.name, im->mod->u.atom.len, im->fun->u.atom.name,
                     im->fun->u.atom.len, (int)im->arity) < 0 &&
          !need_module(b, im->mod))
        return false;
    }
    for (uint32_t f = 0; f < ir->n_functions; f++)
      for (uint32_t k = 0; k < ir->functions[f].n; k++) {
        const IrInstr *in = &ir->functions[f].code[k];
        if (!need_operands(b, in->args, in->n)) return false;
      }
  }
  return true;
}

/* ---- translating and compiling ----------------------------------------- */

static char *cache_dir(void) {
  const char *env = getenv("BEAMC_CACHE");
  if (env) return strdup(env);
  const char *home = getenv("XDG_CACHE_HOME");
  if (home) return fmt("%s/beamc", home);
  home = getenv("HOME");
  return home ? fmt("%s/.cache/beamc", home) : NULL;
}

/* Appends the words of BEAMC_RT_FLAGS to argv[n..] (at most 8); returns
   the new count.  The words live in a static copy. */
static int add_rt_flags(char **argv, int n) {
  static char flags[] = BEAMC_RT_FLAGS;
  static char *words[8];
  static int nwords = -1;
  if (nwords < 0) {
    nwords = 0;
    for (char *w = strtok(flags, " "); w && nwords < 8; w = strtok(NULL, " "))
      words[nwords++] = w;
  }
  for (int i = 0; i < nwords; i++) argv[n++] = words[i];
  return n;
}

static uint64_t file_key(const char *path, const char *salt) {
  size_t len;
  const char *err;
  uint8_t *buf = input_read_file(path, &len, &err);
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; buf && i < len; i++) h = (h ^ buf[i]) * 1099511628211ull;
  for (const char *s = salt; *s; s++) h = (h ^ (uint8_t)*s) * 1099511628211ull;
  free(buf);
  return h;
}

/* What a cached object depends on besides its .beam and the options:
   this translator and the headers generated C includes.  Computed once. */
static uint64_t tools_key(void) {
  static uint64_t key;
  if (key == 0) {
    char *h1 = fmt("%s/beamrt.h", rt_paths()->inc);
    char *h2 = fmt("%s/beamrt_bifs.h", rt_paths()->geninc);
    key = file_key("/proc/self/exe", "") ^ file_key(h1, "1") ^ file_key(h2, "2");
    free(h1);
    free(h2);
  }
  return key;
}

static bool translate(Build *b, Mod *m) {
  m->c = fmt("%s/%s.c", b->dir, m->name);
  FILE *f = fopen(m->c, "w");
  if (f == NULL) {
    fprintf(stderr, "beamc: cannot write %s: %s\n", m->c, strerror(errno));
    return false;
  }
  EmitOptions eo = {.gc_stress = b->o->gc_stress, .line_directives = true,
                    .source = m->src};

/* OTP modules' warnings are the runtime's business, not the user's */
  FILE *warn = m->otp ? fopen("/dev/null", "w") : stderr;
  emit_module(f, warn ? warn : stderr, m->ir, &eo);
  if (m->otp && warn) fclose(warn);
  return fclose(f) == 0;
}

static bool compile_c(Build *b, const char *c, const char *obj) {
  const DriverOptions *o = b->o;
  char *inc1 = fmt("-I%s", rt_paths()->inc), *inc2 = fmt("-I%s", rt_paths()->geninc);
  char *argv[24];
  int n = 0;
  argv[n++] = (char *)o->cc;
  argv[n++] = "-std=gnu11";
  argv[n++] = (char *)(o->cflags ? o->cflags : "-O2");
  argv[n++] = "-w";
  /* GCC's SLP vectoriser merges the adjacent stores to P->htop and
     P->stop into one 16-byte store that the next call's loads stall on
     (nrev: 45% of its time; docs/bench.md) */
  argv[n++] = "-fno-tree-slp-vectorize";
  if (o->gc_stress) argv[n++] = "-DBEAM_GC_STRESS";
  n = add_rt_flags(argv, n);
  argv[n++] = inc1;
  argv[n++] = inc2;
  argv[n++] = "-c";
  argv[n++] = (char *)c;
  argv[n++] = "-o";
  argv[n++] = (char *)obj;
  argv[n] = NULL;
  bool ok = run(b, argv);
  free(inc1);
  free(inc2);
  if (!ok) fprintf(stderr, "beamc: the C compiler failed on %s\n", c);
  return ok;
}

/* Compiles a module, through the cache for OTP modules. */
static bool build_object(Build *b, Mod *m) {
  char *cache = m->otp ? cache_dir() : NULL;
  char *salt = fmt("%d %s %d %016llx", BEAM_ABI_VERSION,
                   b->o->cflags ? b->o->cflags : "-O2", b->o->gc_stress,
                   (unsigned long long)tools_key());
  if (cache) {
    m->obj = fmt("%s/%s-%016llx.o", cache, m->name,
                 (unsigned long long)file_key(m->beam, salt));
    if (access(m->obj, R_OK) == 0) {
      free(salt);
      free(cache);
      return true;
    }
    char *mk = fmt("mkdir -p '%s'", cache);
    if (system(mk) != 0) {
      free(m->obj);
      m->obj = NULL;
    }
    free(mk);
  }
  free(salt);
  char *tmp = fmt("%s/%s.o", b->dir, m->name);
  bool ok = translate(b, m) && compile_c(b, m->c, tmp);
  if (ok && m->obj) {
    char *part = fmt("%s.%d", m->obj, (int)getpid());
    char *cp = fmt("cp '%s' '%s' && mv '%s' '%s'", tmp, part, part, m->obj);
    if (system(cp) != 0) { free(m->obj); m->obj = NULL; }
    free(cp);
    free(part);
  }
  if (m->obj == NULL) m->obj = tmp; else free(tmp);
  free(cache);
  return ok;
}

/* The entry's arity: 1 if Mod exports Fun/1, else 0 if it exports Fun/0,
   else 1 after a warning (the program then raises undef, as escript
   does). */
static int entry_arity(const Build *b, const char *mod, const char *fun) {
  const Mod *m = find_mod((Build *)b, mod, strlen(mod));
  bool has0 = false, has1 = false;
  for (uint32_t k = 0; m && m->ir && k < m->ir->n_exports; k++) {
    if (!cterm_is_atom(m->ir->exports[k].fun, fun)) continue;
    has1 |= m->ir->exports[k].arity == 1;
    has0 |= m->ir->exports[k].arity == 0;
  }
  if (!has0 && !has1)
    fprintf(stderr, "beamc: warning: the entry %s:%s/1 is not exported: the program "
                    "will raise undef\n", mod, fun);
  return has0 && !has1 ? 0 : 1;
}

/* A static BeamAtom record named `var` for the name s. */
static void write_atom_record(FILE *f, const char *var, const char *s) {
  fprintf(f, "static const BeamAtom %s = {\"", var);
  cname_cstring(f, s, strlen(s));
  fprintf(f, "\", %u, 0, %u};\n", (unsigned)strlen(s),
          (unsigned)cname_chars(s, strlen(s)));
}

/* The link unit: the module table and main(). */
static bool write_main(Build *b, const char *path) {
  FILE *f = fopen(path, "w");
  if (f == NULL) return false;
  const char *em = b->o->entry_mod ? b->o->entry_mod : b->mods[0].name;
  const char *ef = b->o->entry_fun ? b->o->entry_fun : "main";
  fputs("/* Generated by beamc: the program's module table and main(). */\n"
        "#include \"beamrt.h\"\n#include \"beamrt_main.h\"\n", f);
  for (int i = 0; i < b->n; i++) {
    if (!b->mods[i].ir) continue;
    fputs("extern const BeamModule ", f);
    emit_module_symbol(f, b->mods[i].ir->name);
    fputs(";\n", f);
  }
  fputs("static const BeamModule *const modules[] = {\n", f);
  for (int i = 0; i < b->n; i++) {
    if (!b->mods[i].ir) continue;
    fputs("  &", f);
    emit_module_symbol(f, b->mods[i].ir->name);
    fputs(",\n", f);
  }
  fputs("  0\n};\n", f);
  /* the inputs come first in the table (OTP modules are added after
     them): their on_load functions run at start-up */
  unsigned named = 0;
  for (int i = 0; i < b->n && !b->mods[i].otp; i++) named += b->mods[i].ir != NULL;
  write_atom_record(f, "entry_mod", em);
  write_atom_record(f, "entry_fun", ef);
  fprintf(f, "int main(int argc, char **argv) {\n"
             "  return beamrt_main(argc, argv, modules, %u, &entry_mod, &entry_fun, %d);\n}\n",
          named, entry_arity(b, em, ef));
  return fclose(f) == 0;
}

static bool link_all(Build *b) {
  char *mainc = fmt("%s/beamc_main.c", b->dir), *maino = fmt("%s/beamc_main.o", b->dir);
  bool ok = write_main(b, mainc) && compile_c(b, mainc, maino);
  if (ok) {
    char **argv = calloc((size_t)b->n + 24, sizeof *argv);
    int n = 0;
    argv[n++] = (char *)b->o->cc;
    if (b->o->cflags && strcmp(b->o->cflags, "-g") == 0) argv[n++] = "-g";
    argv[n++] = "-o";
    argv[n++] = (char *)(b->o->out ? b->o->out : "a.out");
    n = add_rt_flags(argv, n);
    argv[n++] = maino;
    for (int i = 0; i < b->n; i++)
      if (b->mods[i].obj) argv[n++] = b->mods[i].obj;
    char *lib = fmt("%s/libbeamrt.a", rt_paths()->lib);
    argv[n++] = lib;
    argv[n++] = "-lm";
    argv[n] = NULL;
    ok = run(b, argv);
    if (!ok) fprintf(stderr, "beamc: linking failed\n");
    free(lib);
    free(argv);
  }
  free(mainc);
  free(maino);
  return ok;
}

int driver_build(const DriverOptions *o, const char *const *inputs, int n) {
  static Build b;
  memset(&b, 0, sizeof b);
  b.o = o;
  const char *tmp = getenv("TMPDIR");
  b.dir = fmt("%s/beamc.XXXXXX", tmp ? tmp : "/tmp");
  if (mkdtemp(b.dir) == NULL) {
    fprintf(stderr, "beamc: cannot create a temporary directory: %s\n", strerror(errno));
    return 2;
  }
  bool ok = true;
  for (int i = 0; ok && i < n; i++) ok = add_input(&b, inputs[i]);
  if (ok && !o->object_only) ok = add_imports(&b);
  for (int i = 0; ok && i < b.n; i++)
    if (b.mods[i].ir) ok = build_object(&b, &b.mods[i]);
  if (ok && !o->object_only) ok = link_all(&b);
  if (ok && o->object_only) {
    for (int i = 0; ok && i < b.n; i++) {
      char *dst = n == 1 && o->out ? strdup(o->out) : fmt("%s.o", b.mods[i].name);
      char *cp = fmt("cp '%s' '%s'", b.mods[i].obj, dst);
      ok = system(cp) == 0;
      free(cp);
      free(dst);
    }
  }
  if (o->keep_c)
    for (int i = 0; i < b.n; i++)
      if (b.mods[i].c && !b.mods[i].otp) {
        char *cp = fmt("cp '%s' '%s.c'", b.mods[i].c, b.mods[i].name);
        if (system(cp) != 0) ok = false;
        free(cp);
      }
  char *rm = fmt("rm -rf '%s'", b.dir);
  if (system(rm) != 0) fprintf(stderr, "beamc: warning: cannot remove %s\n", b.dir);
  free(rm);
  for (int i = 0; i < b.n; i++) {
    if (b.mods[i].arena) arena_free(b.mods[i].arena);
    free(b.mods[i].name), free(b.mods[i].beam), free(b.mods[i].src);
    free(b.mods[i].c), free(b.mods[i].obj);
  }
  free(b.dir);
  return ok ? 0 : 2;
}
