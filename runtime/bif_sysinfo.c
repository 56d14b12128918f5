/*
** bif_sysinfo.c — erlang:system_info/1's keys about the system: what it
** is (machine, version, otp_release, system_version, system_architecture,
** wordsize and {wordsize, internal | external}, endian, os_type,
** os_version, ...), its limits and counts (atoms, ports), its settings
** (heap sizes, time warp mode, ...).  The keys about processes and
** schedulers are bif_pinfo.c's, whose BIF asks here for the others.
**
** The answers are erl's (OTP 25, erts 13.1.5, as Debian 12 installs it)
** where beamc stands in for it: a program sees the OTP release and erts
** version it was written against, "BEAM" as the machine, erl's default
** settings.  Where beamc differs, the answer is beamc's own: wordsize 4
** on a 32-bit target, no ports, no async threads (thread_pool_size 0),
** threads only in an SMP build, "[beamc]" in system_version.  Keys beamc
** has nothing to answer with (allocators, dirty schedulers, check_io,
** NIF and driver versions, ...) are badarg, as unknown keys are.
*/
#include <stdio.h>

#include "atom.h"
#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "gc.h"
#include "os/os.h"
#include "sched.h"
#include "term_build.h"

#define OTP_RELEASE "25"
#define ERTS_VERSION "13.1.5"

/* erl's default limit of ports (+Q), and of the binary virtual heap. */
#define PORT_LIMIT 65536
#define MIN_BIN_VHEAP 46422

#if defined(__x86_64__)
#define ARCH "x86_64-pc-linux-gnu"
#elif defined(__aarch64__)
#define ARCH "aarch64-unknown-linux-gnu"
#elif defined(__arm__) && defined(__ARM_PCS_VFP)
#define ARCH "arm-unknown-linux-gnueabihf"
#elif defined(__arm__)
#define ARCH "arm-unknown-linux-gnueabi"
#elif defined(__i386__)
#define ARCH "i686-pc-linux-gnu"
#else
#define ARCH "unknown-unknown-linux-gnu"
#endif

/* "Erlang/OTP 25 [erts-13.1.5] [beamc] [64-bit] [smp:S:S]\n", S the
   schedulers (made and online), as erl's banner names its own. */
static BeamTerm system_version(BeamProc *p) {
  char buf[128];
  snprintf(buf, sizeof buf, "Erlang/OTP %s [erts-%s] [beamc] [%d-bit] [smp:%u:%u]\n",
           OTP_RELEASE, ERTS_VERSION, BEAM_WORD_BITS, sched_count(false), sched_count(true));
  return tb_string(p, buf);
}

static BeamTerm os_version_term(BeamProc *p) {
  int v[3];
  os_version(v);
  return tb_tuple3(p, BEAM_SMALL(v[0]), BEAM_SMALL(v[1]), BEAM_SMALL(v[2]));
}

/* What the system is. */
static BeamTerm identity(BeamProc *p, BeamTerm key) {
  if (key == ATOM_MACHINE) return tb_string(p, "BEAM");
  if (key == ATOM_VERSION) return tb_string(p, ERTS_VERSION);
  if (key == ATOM_OTP_RELEASE) return tb_string(p, OTP_RELEASE);
  if (key == ATOM_SYSTEM_VERSION) return system_version(p);
  if (key == ATOM_SYSTEM_ARCHITECTURE) return tb_string(p, ARCH);
  if (key == ATOM_ENDIAN) return BEAM_LE ? ATOM_LITTLE : ATOM_BIG;
  if (key == ATOM_OS_TYPE) return tb_tuple2(p, ATOM_UNIX, ATOM_LINUX);
  if (key == ATOM_OS_VERSION) return os_version_term(p);
  if (key == ATOM_SMP_SUPPORT) return ATOM_TRUE;
  if (key == ATOM_THREADS) return BEAMRT_SMP ? ATOM_TRUE : ATOM_FALSE;
  if (key == ATOM_THREAD_POOL_SIZE) return BEAM_SMALL(0);
  if (key == ATOM_EMU_FLAVOR) return ATOM_JIT; /* native code, as the JIT's */
  if (key == ATOM_EMU_TYPE || key == ATOM_BUILD_TYPE) return ATOM_OPT;
  if (key == ATOM_DEBUG_COMPILED) return ATOM_FALSE;
  if (key == ATOM_HEAP_TYPE) return ATOM_PRIVATE;
  if (key == ATOM_COMPAT_REL) return BEAM_SMALL(25);
  if (key == ATOM_HIPE_ARCHITECTURE) return ATOM_UNDEFINED;
  return BEAM_NONV;
}

/* Limits, counts and settings. */
static BeamTerm settings(BeamProc *p, BeamTerm key) {
  if (key == ATOM_ATOM_LIMIT) return BEAM_SMALL((BeamSint)ATOM_LIMIT);
  if (key == ATOM_ATOM_COUNT) return BEAM_SMALL((BeamSint)atom_count());
  if (key == ATOM_PORT_LIMIT) return BEAM_SMALL(PORT_LIMIT);
  if (key == ATOM_PORT_COUNT) return BEAM_SMALL(0);
  if (key == ATOM_CREATION) return BEAM_SMALL(0);
  if (key == ATOM_DIST_CTRL) return BEAM_NIL;
  if (key == ATOM_CONTEXT_REDUCTIONS) return BEAM_SMALL(SCHED_SLICE);
  if (key == ATOM_TRACE_CONTROL_WORD) return BEAM_SMALL(0);
  if (key == ATOM_SEQUENTIAL_TRACER) return tb_tuple2(p, key, ATOM_FALSE);
  if (key == ATOM_MULTI_SCHEDULING) return sched_count(true) > 1 ? ATOM_ENABLED : ATOM_DISABLED;
  if (key == ATOM_MIN_HEAP_SIZE) return tb_tuple2(p, key, BEAM_SMALL(GC_MIN_WORDS));
  if (key == ATOM_MIN_BIN_VHEAP_SIZE) return tb_tuple2(p, key, BEAM_SMALL(MIN_BIN_VHEAP));
  if (key == ATOM_FULLSWEEP_AFTER) return tb_tuple2(p, key, BEAM_SMALL(GC_FULLSWEEP_AFTER));
  return bif_time_info(p, key);
}

/* {wordsize, internal | external}: the word, in bytes, both ways. */
static BeamTerm wordsize_of(BeamTerm key) {
  if (!BEAM_IS_TUPLE(key) || BEAM_TUPLE_ARITY(key) != 2 || BEAM_ELEMENT(key, 0) != ATOM_WORDSIZE)
    return BEAM_NONV;
  BeamTerm kind = BEAM_ELEMENT(key, 1);
  if (kind != ATOM_INTERNAL && kind != ATOM_EXTERNAL) return BEAM_NONV;
  return BEAM_SMALL((BeamSint)sizeof(BeamTerm));
}

BeamTerm bif_sysinfo(BeamProc *p, BeamTerm key) {
  if (!BEAM_IS_ATOM(key)) return wordsize_of(key);
  BeamTerm v = identity(p, key);
  return v != BEAM_NONV ? v : settings(p, key);
}
