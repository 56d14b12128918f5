/*
** fuzz_bs.c — libFuzzer target: the bit syntax as erlc compiles it, on
** arbitrary bytes.  The Erlang module bs_fuzzmatch
** (testsuite/diff/progs/bs_fuzzmatch.erl, also a differential program) is
** translated by beamc and linked with the runtime's sources; each input
** becomes a binary (a heap binary up to 64 bytes, a ProcBin beyond) and
** bs_fuzzmatch:run/1 runs on it in a process of its own, scheduled as a
** program's first process is.  The module splits the data at a bit
** offset the input chooses and runs every match instruction OTP 25 emits
** on the sub-binary (sizes from the input: negative, huge, bignums, not
** integers), heads that backtrack, binary comprehensions, an append loop,
** and constructions from what matched; what matched must build back into
** the bits it came from.  So a bug is:
**   - a crash, hang, leak or sanitizer report,
**   - run/1 ending in an exception ({bsfuzz_invariant, ...}, or any error
**     the module does not expect: only construction may fail, with badarg
**     or system_limit, and it catches those),
**   - a heap that gc_verify refuses after the run.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "atoms_gen.h"
#include "bif.h"
#include "bin/bin.h"
#include "call.h"
#include "gc.h"
#include "os/os.h"
#include "print.h"
#include "proc.h"
#include "ptab.h"
#include "registry.h"
#include "sched.h"
#include "timer.h"
#include "user.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

extern const BeamModule beam_mod_bs__fuzzmatch;
static const BeamModule *const modules[] = {&beam_mod_bs__fuzzmatch, NULL};

static Proc *user;
static BeamCode run_code;
static BeamTerm mod_atom, fun_atom;

/* The runtime as rtmain.c sets it up for a program, with one scheduler
   (this thread); run/1's code looked up once. */
static void start_runtime(void) {
  static CStack stack;
  cstack_attach(&stack);
  atom_init();
  bif_register_atoms();
  bif_time_init();
  tmr_init();
  reg_init();
  for (size_t i = 0; modules[i]; i++)
    for (uint32_t k = 0; k < modules[i]->n_atoms; k++) atom_register(modules[i]->atoms[k]);
  call_init(modules);
  ptab_init(PTAB_DEFAULT);
  sched_init(1);
  user = user_start();
  mod_atom = atom_intern("bs_fuzzmatch", 12);
  fun_atom = atom_intern("run", 3);
  run_code = call_lookup(mod_atom, fun_atom, 1);
  if (run_code == NULL) abort();
}

/* Prints what the process ended with, then aborts: a bug. */
static void report(Proc *p, const char *what) {
  PrintBuf b;
  print_init(&b);
  if (p->exc_class != BEAM_NONV) {
    print_term(&b, p->exc_class);
    print_append(&b, ":", 1);
    print_term(&b, p->exc_reason);
  } else {
    print_term(&b, p->exit_reason);
  }
  fprintf(stderr, "fuzz_bs: %s: %.*s\n", what, (int)b.len, b.s);
  print_free(&b);
  abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (run_code == NULL) start_runtime();
  Proc *p = sched_spawn_code(user, run_code, 1, mod_atom, fun_atom);
  uint8_t *bytes;
  p->xsave[0] = bin_new(&p->pub, size, &bytes);
  if (size > 0) memcpy(bytes, data, size);
  sched_run_until(p);
  if (p->exc_class != BEAM_NONV) report(p, "run/1 raised");
  if (p->exit_reason != ATOM_NORMAL) report(p, "run/1 exited");
  if (gc_verify(p) != NULL) abort();
  sched_free(p);
  return 0;
}
