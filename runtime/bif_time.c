/*
** bif_time.c — time: erlang:monotonic_time/0,1, system_time/0,1,
** time_offset/0,1, convert_time_unit/3, timestamp/0, statistics/1 (the
** keys runtime and wall_clock), os:system_time/0,1 and os:timestamp/0.
**
** The clocks are the OS layer's (os/os.h): os_monotonic_ns, os_system_ns
** and os_cpu_ns; nothing else is asked of the system.
**
** Units, as erl's (OTP 25 on Linux): the native unit is the nanosecond
** (convert_time_unit(1, second, native) is 10^9), and so is perf_counter.
** A unit is native, perf_counter, second, millisecond, microsecond,
** nanosecond, one of the deprecated seconds, milli_seconds,
** micro_seconds, nano_seconds, or a positive integer of any size (parts
** per second).  A time in another unit is floor(T * To / From): rounded
** towards minus infinity, negative times included.  Anything else is
** badarg, and so is a result beyond the integer limit (erl's
** system_limit becomes badarg there too).
**
** Monotonic time starts, in native units, at MONO_START when the program
** starts (bif_time_init, called by beamrt_main) and follows
** os_monotonic_ns from there: it is negative for the program's first
** eighteen years, as in erl, and a small integer on a 64-bit target.
** The time offset is fixed then (erl's default no_time_warp mode): the
** system clock at start minus MONO_START, so that in native units
** system_time() = monotonic_time() + time_offset() exactly, and
** erlang:system_time follows the monotonic clock (which NTP slews but
** never steps) while os:system_time reads the system clock each time.
**
** Native-unit values need 61 or more bits: on a 32-bit target they are
** bignums, made by integer.h like every result here.
**
** Threads: the origin is set once (an atomic state, whoever comes first),
** and statistics' "since the last call" is one global total per key,
** updated with compare-and-swap, so concurrent callers are safe.
*/
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "integer.h"
#include "os/os.h"
#include "sched.h"
#include "term_build.h"

#define NS_PER_S INT64_C(1000000000)
#define NS_PER_MS INT64_C(1000000)
#define US_PER_S INT64_C(1000000)

/* Monotonic time at start, in native units: erl's
   erlang:system_info(start_time) on a 64-bit host (-576460752 s, about
   -2^59 ns, so that the value stays a small integer for 36 years). */
#define MONO_START (INT64_C(-576460752) * NS_PER_S)

/* ---------------------------------------------------------------------- */
/* The origin                                                              */
/* ---------------------------------------------------------------------- */

enum { ORIGIN_UNSET, ORIGIN_SETTING, ORIGIN_SET };
static atomic_int origin_state;
static int64_t mono_origin; /* os_monotonic_ns() when monotonic time was MONO_START */
static int64_t offset_ns;   /* erlang:time_offset() in native units */

/* Sets the origin of monotonic time and the time offset, once: the first
   call (from any thread) reads the clocks, the others wait until it has;
   every call returns with both set. */
void bif_time_init(void) {
  if (atomic_load_explicit(&origin_state, memory_order_acquire) == ORIGIN_SET) return;
  int unset = ORIGIN_UNSET;
  if (atomic_compare_exchange_strong(&origin_state, &unset, ORIGIN_SETTING)) {
    mono_origin = os_monotonic_ns();
    offset_ns = os_system_ns() - MONO_START;
    atomic_store_explicit(&origin_state, ORIGIN_SET, memory_order_release);
  }
  while (atomic_load_explicit(&origin_state, memory_order_acquire) != ORIGIN_SET) {}
}

/* Nanoseconds since the origin: never negative, never less than an
   earlier call's. */
static int64_t elapsed_ns(void) {
  bif_time_init();
  return os_monotonic_ns() - mono_origin;
}

/* erlang:monotonic_time(), erlang:time_offset() and erlang:system_time()
   in native units. */
static int64_t monotonic_ns(void) { return MONO_START + elapsed_ns(); }

static int64_t time_offset_ns(void) {
  bif_time_init();
  return offset_ns;
}

static int64_t erlang_system_ns(void) { return monotonic_ns() + time_offset_ns(); }

/* The last monotonic time erl's clock reaches (system_info(end_time)):
   the start plus the whole seconds, but one, that an int64 of
   nanoseconds holds. */
#define MONO_END (MONO_START + (INT64_MAX / NS_PER_S - 1) * NS_PER_S)

BeamTerm bif_time_info(BeamProc *p, BeamTerm key) {
  if (key == ATOM_START_TIME) return int_from_int64(p, MONO_START);
  if (key == ATOM_END_TIME) return int_from_int64(p, MONO_END);
  if (key == ATOM_TIME_OFFSET) return ATOM_FINAL;
  if (key == ATOM_TIME_WARP_MODE) return ATOM_NO_TIME_WARP;
  return BEAM_NONV;
}

int64_t bif_time_os_ns(int64_t native) {
  bif_time_init();
  if (native < MONO_START) return -1;
  uint64_t since = (uint64_t)native - (uint64_t)MONO_START;
  return since > (uint64_t)(INT64_MAX - mono_origin) ? -1 : mono_origin + (int64_t)since;
}

/* ---------------------------------------------------------------------- */
/* Units and conversion                                                    */
/* ---------------------------------------------------------------------- */

/* A time unit: n parts per second when that fits int64, else n is 0 and
   big is the unit, a positive bignum. */
typedef struct Unit {
  int64_t n;
  BeamTerm big;
} Unit;

static const Unit NATIVE = {NS_PER_S, BEAM_NIL};

/* The parts per second of a named unit, 0 for any other term. */
static int64_t named_unit(BeamTerm t) {
  if (t == ATOM_NATIVE || t == ATOM_PERF_COUNTER || t == ATOM_NANOSECOND ||
      t == ATOM_NANO_SECONDS)
    return NS_PER_S;
  if (t == ATOM_MICROSECOND || t == ATOM_MICRO_SECONDS) return 1000000;
  if (t == ATOM_MILLISECOND || t == ATOM_MILLI_SECONDS) return 1000;
  if (t == ATOM_SECOND || t == ATOM_SECONDS) return 1;
  return 0;
}

/* Fills u from the unit term t; false if t is not a unit. */
static bool unit_of(BeamTerm t, Unit *u) {
  u->big = t;
  u->n = named_unit(t);
  if (u->n > 0) return true;
  if (!BEAM_IS_INTEGER(t) || int_sign(t) <= 0) return false;
  if (!int_to_int64(t, &u->n)) u->n = 0;
  return true;
}

/* The unit's parts per second as an integer term. */
static BeamTerm unit_term(BeamProc *p, const Unit *u) {
  return u->n > 0 ? int_from_int64(p, u->n) : u->big;
}

static int64_t gcd64(int64_t a, int64_t b) {
  while (b != 0) {
    int64_t r = a % b;
    a = b;
    b = r;
  }
  return a;
}

/* floor(a / b) for b > 0. */
static int64_t floor_div64(int64_t a, int64_t b) {
  int64_t q = a / b;
  return a % b < 0 ? q - 1 : q;
}

/* floor(v * to / from) for integer terms v, to, from with from > 0; or
   BEAM_NONV (p's error system_limit) when the product is too large. */
static BeamTerm scale_terms(BeamProc *p, BeamTerm v, BeamTerm to, BeamTerm from) {
  BeamTerm prod = int_mul(p, v, to);
  if (prod == BEAM_NONV) return BEAM_NONV;
  BeamTerm q = int_div(p, prod, from);
  if (int_sign(int_rem(p, prod, from)) < 0) q = int_sub(p, q, BEAM_SMALL(1));
  return q;
}

/* x, a time in unit from, in unit to (floor); BEAM_NONV as scale_terms.
   In int64 arithmetic when the units, reduced by their common divisor,
   keep the product in range: every named unit with any clock's value. */
static BeamTerm scale64(BeamProc *p, int64_t x, const Unit *to, const Unit *from) {
  if (to->n > 0 && from->n > 0) {
    int64_t g = gcd64(to->n, from->n), r;
    if (!__builtin_mul_overflow(x, to->n / g, &r))
      return int_from_int64(p, floor_div64(r, from->n / g));
  }
  return scale_terms(p, int_from_int64(p, x), unit_term(p, to), unit_term(p, from));
}

/* The integer term v, a time in unit from, in unit to; as scale64. */
static BeamTerm scale(BeamProc *p, BeamTerm v, const Unit *to, const Unit *from) {
  int64_t x;
  if (int_to_int64(v, &x)) return scale64(p, x, to, from);
  return scale_terms(p, v, unit_term(p, to), unit_term(p, from));
}

/* ns, a time in native units, in the unit term u; badarg when u is not a
   unit or the result is too large. */
static BeamTerm in_unit(BeamProc *p, int64_t ns, BeamTerm u) {
  Unit unit;
  if (!unit_of(u, &unit)) return bif_badarg(p);
  BeamTerm r = scale64(p, ns, &unit, &NATIVE);
  return r == BEAM_NONV ? bif_badarg(p) : r;
}

/* {MegaSecs, Secs, MicroSecs} of ns nanoseconds since the epoch, each
   part rounded down. */
static BeamTerm timestamp(BeamProc *p, int64_t ns) {
  int64_t us = floor_div64(ns, 1000), s = floor_div64(us, US_PER_S);
  int64_t mega = floor_div64(s, US_PER_S);
  return tb_tuple3(p, int_from_int64(p, mega), BEAM_SMALL(s - mega * US_PER_S),
                   BEAM_SMALL(us - s * US_PER_S));
}

/* ---------------------------------------------------------------------- */
/* The BIFs                                                                */
/* ---------------------------------------------------------------------- */

BeamTerm beam_bif_erlang_monotonic_time_0(BeamProc *p) {
  return int_from_int64(p, monotonic_ns());
}

BeamTerm beam_bif_erlang_monotonic_time_1(BeamProc *p, BeamTerm unit) {
  return in_unit(p, monotonic_ns(), unit);
}

BeamTerm beam_bif_erlang_system_time_0(BeamProc *p) {
  return int_from_int64(p, erlang_system_ns());
}

BeamTerm beam_bif_erlang_system_time_1(BeamProc *p, BeamTerm unit) {
  return in_unit(p, erlang_system_ns(), unit);
}

BeamTerm beam_bif_erlang_time_offset_0(BeamProc *p) {
  return int_from_int64(p, time_offset_ns());
}

BeamTerm beam_bif_erlang_time_offset_1(BeamProc *p, BeamTerm unit) {
  return in_unit(p, time_offset_ns(), unit);
}

BeamTerm beam_bif_erlang_timestamp_0(BeamProc *p) { return timestamp(p, erlang_system_ns()); }

BeamTerm beam_bif_os_system_time_0(BeamProc *p) { return int_from_int64(p, os_system_ns()); }

BeamTerm beam_bif_os_system_time_1(BeamProc *p, BeamTerm unit) {
  return in_unit(p, os_system_ns(), unit);
}

BeamTerm beam_bif_os_timestamp_0(BeamProc *p) { return timestamp(p, os_system_ns()); }

/* convert_time_unit(Time, From, To): floor(Time * To / From); badarg
   unless Time is an integer and both units are units. */
BeamTerm beam_bif_erlang_convert_time_unit_3(BeamProc *p, BeamTerm t, BeamTerm from,
                                             BeamTerm to) {
  Unit f, u;
  if (!BEAM_IS_INTEGER(t) || !unit_of(from, &f) || !unit_of(to, &u)) return bif_badarg(p);
  BeamTerm r = scale(p, t, &u, &f);
  return r == BEAM_NONV ? bif_badarg(p) : r;
}

/* ---------------------------------------------------------------------- */
/* statistics/1                                                            */
/* ---------------------------------------------------------------------- */

/* Each key's total, in milliseconds, at the last call of statistics/1
   with that key, from any process: erl's "since last call" is global. */
static _Atomic int64_t last_runtime_ms, last_wall_clock_ms;

/*
** {Total, SinceLastCall} in milliseconds, SinceLastCall being Total less
** the total of the previous call with the same key (0 before the first).
** A total lower than the one recorded (another thread read its clock
** earlier and recorded later) is raised to it: Totals never decrease, no
** SinceLastCall is negative, and they add up to the latest Total.
*/
static BeamTerm since_last(BeamProc *p, _Atomic int64_t *last, int64_t total) {
  int64_t prev = atomic_load_explicit(last, memory_order_relaxed);
  do {
    if (total < prev) total = prev;
  } while (!atomic_compare_exchange_weak_explicit(last, &prev, total, memory_order_relaxed,
                                                  memory_order_relaxed));
  return tb_tuple2(p, int_from_int64(p, total), int_from_int64(p, total - prev));
}

/*
** statistics(Key): one branch per key, badarg for a key not listed.
** runtime is the processor time of the whole program, wall_clock the
** time since it started.  The keys of processes and schedulers
** (reductions, run_queue, context_switches, exact_reductions, ...)
** belong to the scheduler: each is one more branch here, calling a
** function that sched.h declares.
*/
BeamTerm beam_bif_erlang_statistics_1(BeamProc *p, BeamTerm key) {
  if (key == ATOM_RUNTIME) return since_last(p, &last_runtime_ms, os_cpu_ns() / NS_PER_MS);
  if (key == ATOM_WALL_CLOCK)
    return since_last(p, &last_wall_clock_ms, elapsed_ns() / NS_PER_MS);
  BeamTerm v = sched_statistics(p, key);
  return v == BEAM_NONV ? bif_badarg(p) : v;
}
