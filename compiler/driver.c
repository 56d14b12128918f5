/*
** driver.c — from modules to a native executable (see driver.h).
*/
#define _POSIX_C_SOURCE 200809L /* open_memstream */

#include "driver.h"

#include <errno.h>
#include <glob.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "beamread.h"
#include "beamrt_abi.h"
#include "cname.h"
#include "emit.h"
#include "input.h"
#include "reach.h"
#include "sread.h"
#include "validate.h"
#include "workdir.h"

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
#ifndef BEAMC_SMP_LIBS
#define BEAMC_SMP_LIBS "-lpthread" /* what the SMP runtime links with */
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
  bool in_tree;
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
    paths = in_tree ? (RtPaths){BEAMC_INCDIR, BEAMC_GENINCDIR, BEAMC_LIBDIR, true}
                    : (RtPaths){BEAMC_INST_INCDIR, BEAMC_INST_INCDIR, BEAMC_INST_LIBDIR, false};
    done = true;
  }
  return &paths;
}

#define MAX_MODULES 4096

/* A module of the build.  Files in the work directory are named by the
   module's index (m<i>.c, m<i>.o), never by its name, which could be
   anything, even the name of another file there. */
typedef struct Mod {
  char *name;        /* module name */
  char *beam;        /* the file read (.beam or .S) */
  char *src;         /* what the user named, for messages */
  char *c, *obj;     /* translation and object */
  char *out_c;       /* --emit-c: where its C goes (inputs only) */
  char *out_obj;     /* -c: where its object goes */
  bool otp;          /* pulled in from the installed OTP */
  Arena *arena;
  IrModule *ir;
} Mod;

typedef struct Build {
  const DriverOptions *o;
  const char *const *inputs; /* the files the user named */
  int n_inputs;
  const char *dir;           /* the work directory */
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

/* ---- reading modules -------------------------------------------------- */

static bool read_ir(Mod *m) {
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
  return ok;
}

static void mod_free(Mod *m) {
  if (m->arena) arena_free(m->arena);
  free(m->name), free(m->beam), free(m->src);
  free(m->c), free(m->obj), free(m->out_c), free(m->out_obj);
  memset(m, 0, sizeof *m);
}

/* The next free slot, cleared; NULL after a message when there is none. */
static Mod *new_mod(Build *b) {
  if (b->n == MAX_MODULES) {
    fprintf(stderr, "beamc: more than %d modules\n", MAX_MODULES);
    return NULL;
  }
  Mod *m = &b->mods[b->n];
  memset(m, 0, sizeof *m);
  return m;
}

static Mod *find_mod(Build *b, const char *name, size_t len) {
  for (int i = 0; i < b->n; i++)
    if (strlen(b->mods[i].name) == len && memcmp(b->mods[i].name, name, len) == 0)
      return &b->mods[i];
  return NULL;
}

/* Reads an input (through erlc into the work directory for an .erl) and
   adds its module; false after a message, with nothing added. */
static bool add_input(Build *b, const char *path) {
  Mod *m = new_mod(b);
  if (m == NULL) return false;
  m->src = strdup(path);
  m->beam = input_has_suffix(path, ".erl")
                ? input_erlc(b->o->erlc, path, b->dir, b->o->verbose)
                : strdup(path);
  bool ok = m->beam != NULL && read_ir(m);
  if (ok && find_mod(b, m->name, strlen(m->name))) {
    fprintf(stderr, "beamc: %s: module %s is given twice\n", path, m->name);
    ok = false;
  }
  if (ok) b->n++;
  else mod_free(m);
  return ok;
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
  Mod *m = new_mod(b);
  if (m == NULL) return false;
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
  if (!read_ir(m)) {
    mod_free(m);
    return false;
  }
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

/* Warns about what the program reaches in the OTP modules and beamc does
   not implement (reach.h). */
static void warn_reached(const Build *b) {
  ReachModule *rm = calloc((size_t)b->n + 1, sizeof *rm);
  if (rm == NULL) return;
  for (int i = 0; i < b->n; i++)
    rm[i] = (ReachModule){b->mods[i].ir, b->mods[i].otp, b->mods[i].src};
  reach_warn(rm, b->n, stderr);
  free(rm);
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

char *driver_target_cc(const char *target) { return fmt("%s-gcc", target); }

/* The runtime library programs link with: the host's, or with --target
   the one configure --enable-targets built for that target (in the
   build tree's targets/TRIPLE/, or installed in LIBDIR/beamc/TRIPLE/). */
static char *rt_lib(const DriverOptions *o) {
  if (o->target == NULL) return fmt("%s/libbeamrt.a", rt_paths()->lib);
  if (rt_paths()->in_tree) return fmt("%s/targets/%s/libbeamrt.a", BEAMC_BUILDDIR, o->target);
  return fmt("%s/beamc/%s/libbeamrt.a", BEAMC_INST_LIBDIR, o->target);
}

/* Appends the words of BEAMC_RT_FLAGS to argv[n..] (at most 8) when the
   program is for the host (a cross target's runtime has no sanitizers);
   returns the new count.  The words live in a static copy. */
static int add_rt_flags(const DriverOptions *o, char **argv, int n) {
  if (o->target) return n;
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

/* Writes the C of m into the work directory (m->c). */
static bool translate(Build *b, Mod *m) {
  m->c = fmt("%s/m%d.c", b->dir, (int)(m - b->mods));
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
  bool ok = !ferror(f);
  if (fclose(f) != 0 || !ok) {
    fprintf(stderr, "beamc: cannot write %s: %s\n", m->c, strerror(errno));
    return false;
  }
  return true;
}

/* Compiles the C file c into the object obj; `what` names it in the
   message when the C compiler fails. */
static bool compile_c(Build *b, const char *c, const char *obj, const char *what) {
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
  n = add_rt_flags(o, argv, n);
  argv[n++] = inc1;
  argv[n++] = inc2;
  argv[n++] = "-c";
  argv[n++] = (char *)c;
  argv[n++] = "-o";
  argv[n++] = (char *)obj;
  argv[n] = NULL;
  bool ok = workdir_run(argv, o->verbose) == 0;
  free(inc1);
  free(inc2);
  if (!ok) fprintf(stderr, "beamc: the C compiler failed on %s\n", what);
  return ok;
}

/* Makes directory path and its missing parents; true when it is a
   directory afterwards. */
static bool make_dirs(const char *path) {
  char *p = strdup(path);
  for (char *s = p + 1; *p != '\0'; s++) {
    if (*s != '/' && *s != '\0') continue;
    char c = *s;
    *s = '\0';
    if (mkdir(p, 0777) != 0 && errno != EEXIST) break;
    *s = c;
    if (c == '\0') break;
  }
  free(p);
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Compiles a module, through the cache for OTP modules. */
static bool build_object(Build *b, Mod *m) {
  char *cache = m->otp ? cache_dir() : NULL;
  char *salt = fmt("%d %s %d %s %016llx", BEAM_ABI_VERSION,
                   b->o->cflags ? b->o->cflags : "-O2", b->o->gc_stress,
                   b->o->target ? b->o->target : "host", (unsigned long long)tools_key());
  if (cache) {
    m->obj = fmt("%s/%s-%016llx.o", cache, m->name,
                 (unsigned long long)file_key(m->beam, salt));
    if (access(m->obj, R_OK) == 0) {
      free(salt);
      free(cache);
      return true;
    }
    if (!make_dirs(cache)) {
      free(m->obj);
      m->obj = NULL;
    }
  }
  free(salt);
  /* a cache that cannot be written is not an error: the object is used
     from the work directory */
  char *tmp = fmt("%s/m%d.o", b->dir, (int)(m - b->mods));
  bool ok = translate(b, m) && compile_c(b, m->c, tmp, m->src);
  if (ok && m->obj && workdir_copy(tmp, m->obj) != 0) {
    free(m->obj);
    m->obj = NULL;
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

/* Links the program into prog (in the work directory). */
static bool link_all(Build *b, const char *prog) {
  char *mainc = fmt("%s/main.c", b->dir), *maino = fmt("%s/main.o", b->dir);
  bool ok = write_main(b, mainc) && compile_c(b, mainc, maino, "the program's main()");
  if (ok) {
    char **argv = calloc((size_t)b->n + 24, sizeof *argv);
    int n = 0;
    argv[n++] = (char *)b->o->cc;
    if (b->o->cflags && strcmp(b->o->cflags, "-g") == 0) argv[n++] = "-g";
    argv[n++] = "-o";
    argv[n++] = (char *)prog;
    if (b->o->link_static) argv[n++] = "-static";
    n = add_rt_flags(b->o, argv, n);
    argv[n++] = maino;
    for (int i = 0; i < b->n; i++)
      if (b->mods[i].obj) argv[n++] = b->mods[i].obj;
    char *lib = rt_lib(b->o);
    argv[n++] = lib;
    /* zlib, for term_to_binary's compressed form (runtime/os/zip.c): the
       system's on the host; linked in whole for a cross target, so that
       the program needs no libz.so on the board or under qemu-user */
    if (b->o->target) argv[n++] = "-Wl,-Bstatic";
    argv[n++] = "-lz";
    if (b->o->target && !b->o->link_static) argv[n++] = "-Wl,-Bdynamic";
    argv[n++] = "-lm";
    if (BEAMC_SMP_LIBS[0]) argv[n++] = BEAMC_SMP_LIBS; /* the runtime's threads */
    argv[n] = NULL;
    ok = workdir_run(argv, b->o->verbose) == 0;
    if (!ok) fprintf(stderr, "beamc: linking failed\n");
    free(lib);
    free(argv);
  }
  free(mainc);
  free(maino);
  return ok;
}

/* Names the outputs of the input modules (with -c, each one's object:
   MODULE.o, or -o's name; with --emit-c, each one's C: MODULE.c in the
   output's directory) and checks that each can be written and is not an
   input, before anything is compiled.  Returns 0 or the exit status. */
static int plan_outputs(Build *b) {
  const DriverOptions *o = b->o;
  const char *slash = o->out ? strrchr(o->out, '/') : NULL;
  int dirlen = slash ? (int)(slash - o->out) + 1 : 0;
  int st = 0;
  for (int i = 0; st == 0 && i < b->n; i++) {
    Mod *m = &b->mods[i];
    if (o->object_only) {
      m->out_obj = o->out ? strdup(o->out) : fmt("%s.o", m->name);
      if (o->out == NULL) st = workdir_check_output(m->out_obj, b->inputs, b->n_inputs);
    }
    if (o->keep_c && st == 0) {
      m->out_c = fmt("%.*s%s.c", dirlen, o->out ? o->out : "", m->name);
      st = workdir_check_output(m->out_c, b->inputs, b->n_inputs);
    }
  }
  return st;
}

/* Installs what the build made: the program or the objects when it
   succeeded, and with --emit-c the C it translated even when a later
   step failed.  Returns the exit status given the build's. */
static int install_outputs(Build *b, int status, const char *prog) {
  const DriverOptions *o = b->o;
  if (status == 0 && !o->object_only && !workdir_install(prog, o->out ? o->out : "a.out"))
    status = 1;
  for (int i = 0; status == 0 && o->object_only && i < b->n; i++)
    if (!workdir_install(b->mods[i].obj, b->mods[i].out_obj)) status = 1;
  for (int i = 0; o->keep_c && i < b->n; i++)
    if (b->mods[i].c && b->mods[i].out_c && !workdir_install(b->mods[i].c, b->mods[i].out_c) &&
        status == 0)
      status = 1;
  return status;
}

/* 0 when the program can be linked as o asks, else 2 after one line on
   stderr: a cross target whose runtime was not built, or --static with a
   host runtime built with sanitizers (whose libraries link only
   dynamically). */
static int check_runtime(const DriverOptions *o) {
  if (o->object_only) return 0;
  if (o->target == NULL) {
    if (o->link_static && BEAMC_RT_FLAGS[0] != '\0') {
      fprintf(stderr, "beamc: --static: this beamc's runtime is built with sanitizers "
                      "(configure --enable-sanitizers), which link only dynamically\n");
      return 2;
    }
    return 0;
  }
  char *lib = rt_lib(o);
  bool found = access(lib, R_OK) == 0;
  free(lib);
  if (found) return 0;
  fprintf(stderr, "beamc: no runtime for the target %s: configure beamc with "
                  "--enable-targets=%s\n", o->target, o->target);
  return 2;
}

int driver_build(const DriverOptions *o, const char *const *inputs, int n) {
  static Build b;
  memset(&b, 0, sizeof b);
  b.o = o;
  b.inputs = inputs;
  b.n_inputs = n;
  int status = check_runtime(o);
  if (status == 0 && (!o->object_only || o->out))
    status = workdir_check_output(o->out ? o->out : "a.out", inputs, n);
  if (status == 0 && (b.dir = workdir_get()) == NULL) status = 2;
  bool ok = status == 0;
  for (int i = 0; ok && i < n; i++) ok = add_input(&b, inputs[i]);
  if (ok) status = plan_outputs(&b);
  ok = ok && status == 0;
  if (ok && !o->object_only) ok = add_imports(&b);
  if (ok && !o->object_only) warn_reached(&b);
  for (int i = 0; ok && i < b.n; i++)
    if (b.mods[i].ir) ok = build_object(&b, &b.mods[i]);
  char *prog = b.dir ? fmt("%s/prog", b.dir) : NULL;
  if (ok && !o->object_only) ok = link_all(&b, prog);
  if (status == 0 && !ok) status = 2;
  status = install_outputs(&b, status, prog);
  free(prog);
  for (int i = 0; i < b.n; i++) mod_free(&b.mods[i]);
  return status;
}
