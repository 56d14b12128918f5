/*
** rtmain.c — the program: start-up, the entry call, and exit as escript.
**
** The generated link unit's main() calls beamrt_main with the modules of
** the executable and the entry function.  Like escript, the entry gets the
** command-line arguments as a list of strings; returning ends the program
** with status 0, halt/1 exits with its status, and an uncaught exception
** prints "escript: exception Class: Reason" and the stack trace on stderr
** and exits with 127.  Before the entry, the modules' on_load functions
** run (run_on_loads).  First of all, the standard streams are set up as
** erl has them (out_init) and the main thread's C stack is attached
** (cstack_attach; both in the OS layer, os/os.h).  The program ends when
** the main process does, whatever other processes still run, as escript
** halts when main/1 returns.
*/
#include "beamrt_main.h"

#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "atoms_gen.h"
#include "bif.h"
#include "call.h"
#include "errfmt.h"
#include "os/os.h"
#include "print.h"
#include "ptab.h"
#include "registry.h"
#include "sched.h"
#include "term_build.h"
#include "timer.h"
#include "user.h"

/* The group leader of the first processes (user.h). */
static Proc *user;

/* Decodes UTF-8 (falling back to Latin-1 for bytes that are not) into a
   list of code points, as escript receives its arguments. */
static BeamTerm arg_string(BeamProc *p, const char *s) {
  size_t n = strlen(s);
  BeamTerm *cps = os_alloc((n + 1) * sizeof *cps, "arguments");
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    unsigned len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3
                 : (c >> 3) == 30 ? 4 : 0;
    uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    bool ok = len > 0 && i + len <= n;
    for (unsigned j = 1; ok && j < len; j++) {
      unsigned char d = (unsigned char)s[i + j];
      ok = (d & 0xC0) == 0x80;
      cp = cp << 6 | (d & 0x3F);
    }
    if (!ok) len = 1, cp = c;
    cps[k++] = BEAM_SMALL(cp);
    i += len;
  }
  BeamTerm list = tb_list_from(p, cps, k);
  os_free(cps);
  return list;
}

static bool print_class_reason(PrintBuf *b, BeamTerm cls, BeamTerm reason,
                               BeamTerm trace) {
  print_append(b, "escript: exception ", 19);
  print_atom(b, cls);
  print_append(b, ": ", 2);
  bool top_used = errfmt_reason(b, cls, reason, trace);
  print_append(b, "\n", 1);
  return top_used;
}

static void print_frames(PrintBuf *b, BeamTerm st) {
  bool first = true;
  for (; BEAM_IS_LIST(st); st = BEAM_CDR(st)) {
    BeamTerm f = BEAM_CAR(st);
    if (!BEAM_IS_TUPLE(f) || BEAM_TUPLE_ARITY(f) != 4) continue;
    print_append(b, first ? "  in function  " : "  in call from ", 15);
    first = false;
    errfmt_frame(b, f);
    print_append(b, "\n", 1);
  }
}

static int report_uncaught(Proc *p) {
  PrintBuf b;
  print_init(&b);
  BeamTerm st = p->exc_trace;
  if (print_class_reason(&b, p->exc_class, p->exc_reason, st) && BEAM_IS_LIST(st))
    st = BEAM_CDR(st);
  print_frames(&b, st);
  out_write(2, b.s, b.len);
  print_free(&b);
  return 127;
}

/*
** The main process ended by an exit signal: escript's process is the
** boot process, and erl stops as init does then, with
** {"init terminating in do_boot",Reason} on stdout (as erlang:display
** writes it, the line ending in CR LF), a line on stderr and status 1.  (erl also writes a crash
** dump, erl_crash.dump; beamc does not.)
*/
static int report_killed(Proc *p) {
  PrintBuf b;
  print_init(&b);
  print_append(&b, "{\"init terminating in do_boot\",", 31);
  print_term(&b, p->exit_reason);
  print_append(&b, "}\r\n", 3);
  out_write(1, b.s, b.len);
  b.len = 0;
  print_append(&b, "init terminating in do_boot (", 29);
  print_term(&b, p->exit_reason);
  print_append(&b, ")\n", 2);
  out_write(2, b.s, b.len);
  print_free(&b);
  return 1;
}

/*
** Runs module m's on_load function to completion in a process of its own,
** as erl's code server does; true when it returned ok.  Anything else (a
** value, an exception) is a failed load.  erl reports a value that is not
** an atom, and an exception, through the logger, which escript seldom
** lets print before it halts; nothing is reported here.
*/
static bool on_load_ok(const BeamModule *m) {
  Proc *p = sched_spawn_code(user, m->on_load, 0, BEAM_ATOM(*m->name), ATOM_ON_LOAD);
  sched_run_until(p);
  bool ok = p->exc_class == BEAM_NONV && p->result == ATOM_OK;
  sched_free(p);
  return ok;
}

/*
** The on_load functions: the entry module's first, as escript loads it
** before calling main; when it fails, escript stops with its internal
** error (status 127).  Then those of the other named modules, which erl
** would run when the program first calls them: an executable has them
** all from the start.  A failed one takes its module out (call_unload).
*/
static bool run_on_loads(const BeamModule *const *mods, unsigned n_named, BeamTerm entry) {
  const BeamModule *em = call_module(entry);
  if (em && em->on_load && !on_load_ok(em)) {
    static const char msg[] = "escript: Internal error: {badmatch,{error,on_load_failure}}\n";
    out_write(2, msg, sizeof msg - 1);
    return false;
  }
  for (unsigned i = 0; i < n_named && mods[i]; i++)
    if (mods[i] != em && mods[i]->on_load && !on_load_ok(mods[i]))
      call_unload(BEAM_ATOM(*mods[i]->name));
  return true;
}

/* The schedulers to make: $BEAMRT_SCHEDULERS (erl's +S: 1 to 1024), or
   0 (unset or 0) for sched_init's default, one per processor. */
static unsigned scheduler_count(void) {
  const char *v = os_getenv("BEAMRT_SCHEDULERS");
  if (v == NULL) return 0;
  char *end;
  unsigned long n = strtoul(v, &end, 10);
  if (*v < '0' || *v > '9' || *end != '\0' || n > 1024)
    os_fatal("beamrt: BEAMRT_SCHEDULERS must be a number from 0 (the default) to 1024, "
             "not \"%s\"\n", v);
  return (unsigned)n;
}

static int run_program(int argc, char **argv, const BeamModule *const *mods, unsigned n_named,
                        const BeamAtom *mod, const BeamAtom *fun, unsigned arity) {
  static CStack main_stack; /* the main thread's: it runs the scheduler */
  out_init();
  cstack_attach(&main_stack);
  atom_init();
  bif_register_atoms();
  bif_time_init(); /* monotonic time and wall_clock count from here */
  tmr_init();
  reg_init();
  for (size_t i = 0; mods[i]; i++)
    for (uint32_t k = 0; k < mods[i]->n_atoms; k++) atom_register(mods[i]->atoms[k]);
  call_init(mods);
  const char *limit = os_getenv("BEAMRT_MAX_PROCESSES");
  ptab_init(limit != NULL ? strtoul(limit, NULL, 10) : PTAB_DEFAULT);
  sched_init(scheduler_count());
  user = user_start();
  BeamTerm m = atom_intern(mod->name, mod->len), f = atom_intern(fun->name, fun->len);
  if (!run_on_loads(mods, n_named, m)) return 127;
  BeamCode code = call_lookup(m, f, arity);
  if (code == NULL) {
    os_message("escript: exception error: undefined function %.*s:%.*s/%u\n",
               (int)mod->len, mod->name, (int)fun->len, fun->name, arity);
    return 127;
  }
  Proc *p = sched_spawn_code(user, code, arity, m, f);
  if (arity == 1) {
    BeamTerm *args = os_alloc((size_t)(argc > 1 ? argc : 1) * sizeof *args, "arguments");
    for (int i = 1; i < argc; i++) args[i - 1] = arg_string(&p->pub, argv[i]);
    p->xsave[0] = tb_list_from(&p->pub, args, (size_t)(argc > 1 ? argc - 1 : 0));
    os_free(args);
  }
  sched_run_until(p);
  int status = p->exc_class != BEAM_NONV ? report_uncaught(p)
             : p->exit_reason != ATOM_NORMAL ? report_killed(p) : 0;
  sched_free(p);
  return status;
}

int beamrt_main(int argc, char **argv, const BeamModule *const *mods, unsigned n_named,
                const BeamAtom *mod, const BeamAtom *fun, unsigned arity) {
  int status = run_program(argc, argv, mods, n_named, mod, fun, arity);
  sched_stop(); /* the other schedulers' processes end with the program */
  return status;
}
