/*
** fuzz_etf.c — libFuzzer target: binary_to_term's decoder (runtime/bin/
** etf.c) on arbitrary bytes, in a process of its own.  The first byte
** chooses the options (bit 0: safe; bits 1-4: the compression level of
** the re-encoding, 0..9; bits 5-6: its minor version; bit 7:
** deterministic); the rest is the input.  Refusing it is the expected
** outcome for garbage; what is accepted must
**   - report a `used` count within the input,
**   - leave a heap that gc_verify accepts (every object well formed),
**   - encode again (term_to_binary with the chosen options), decode from
**     that to an exactly equal term taking the whole encoding, and encode
**     to the same bytes again.
** Any crash, hang, leak or sanitizer report is a bug.
**
** The program's one module is a stand-in (fzmod) with two funs, so that
** closures (NEW_FUN_EXT) can be decoded too; run.sh seeds the corpus
** with erl's encodings and with closures of fzmod written by hand.
** Atoms the inputs make are dropped now and then (atom_shutdown), with
** the process, so the atom table never fills.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "bif.h"
#include "bits.h"
#include "call.h"
#include "bin/etf.h"
#include "gc.h"
#include "os/os.h"
#include "proc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ---- fzmod: a module with two funs ------------------------------------- */

static BeamAtom fz_name = {"fzmod", 5, 0, 5}; /* hashes set by fresh_atoms */
static BeamAtom fz_fun0 = {"-f/1-fun-0-", 11, 0, 11};
static BeamAtom fz_fun1 = {"-f/1-fun-1-", 11, 0, 11};
static const BeamModule fz_module;
static const BeamMfa fz_mfa0 = {&fz_module, &fz_fun0, 1};
static const BeamMfa fz_mfa1 = {&fz_module, &fz_fun1, 3};
/* index, old uniq and MD5 as run.sh writes them into the seeds */
static const BeamFunEntry fz_fe0 = {&fz_mfa0, NULL, 1, 0, 0, 1234567};
static const BeamFunEntry fz_fe1 = {&fz_mfa1, NULL, 2, 1, 1, 7654321};
static const BeamFunEntry *const fz_funs[] = {&fz_fe0, &fz_fe1, NULL};
static const BeamExport fz_exports[] = {{0, 0, 0}};
static BeamAtom *const fz_atoms[] = {&fz_name, &fz_fun0, &fz_fun1, NULL};
static const uint8_t fz_md5[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
static const BeamModule fz_module = {&fz_name, fz_exports, 0, (const BeamAtom *const *)fz_atoms,
                                     3, fz_funs, 2, BEAM_NIL, BEAM_NIL, NULL, fz_md5};
static const BeamModule *const modules[] = {&fz_module, NULL};

/* ---- the process ---------------------------------------------------------- */

static Proc *proc;
static unsigned runs;

static void fresh_atoms(void) {
  atom_init();
  bif_register_atoms();
  for (size_t i = 0; fz_atoms[i]; i++) {
    fz_atoms[i]->hash = atom_hash(fz_atoms[i]->name, fz_atoms[i]->len);
    atom_register(fz_atoms[i]);
  }
}

static void fresh_proc(void) {
  if (proc != NULL) {
    gc_free(proc);
    free(proc);
  }
  proc = calloc(1, sizeof *proc);
  if (proc == NULL) abort();
  gc_init(proc, 0);
  proc->pid = (BeamTerm)7 << 4 | BEAM_TAG_PID;
}

/* The bytes of binary b (term_to_binary's: aligned, whole bytes). */
static const uint8_t *bytes_of(BeamTerm b, size_t *n) {
  Bits bs;
  bits_of(b, &bs);
  if (bs.off % 8 != 0 || bs.n % 8 != 0) abort();
  *n = bs.n / 8;
  return bs.p + bs.off / 8;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (proc == NULL) {
    fresh_atoms();
    call_init(modules);
    fresh_proc();
  }
  if (size < 1) return 0;
  unsigned flags = data[0];
  bool safe = flags & 1;
  EtfOptions o = {(int)((flags >> 1) & 15) % 10, (int)((flags >> 5) & 3) % 3, (flags & 128) != 0};
  BeamProc *p = &proc->pub;
  size_t used = SIZE_MAX;
  BeamTerm t = etf_decode(p, data + 1, size - 1, safe, &used);
  if (t != BEAM_NONV) {
    if (used > size - 1) abort();
    size_t n1, n2, used2;
    BeamTerm b1 = etf_encode(p, t, &o);
    const uint8_t *e1 = bytes_of(b1, &n1);
    BeamTerm t2 = etf_decode(p, e1, n1, safe, &used2);
    if (t2 == BEAM_NONV || used2 != n1 || beam_compare(t, t2, 1) != 0) abort();
    const uint8_t *e2 = bytes_of(etf_encode(p, t2, &o), &n2);
    if (n1 != n2 || memcmp(e1, e2, n1) != 0) abort();
  }
  if (gc_verify(proc) != NULL) abort();
  fresh_proc();
  if (++runs % 4096 == 0 && atom_count() > 100000) {
    atom_shutdown();
    fresh_atoms();
  }
  return 0;
}
