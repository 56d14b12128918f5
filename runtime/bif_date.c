/*
** bif_date.c — the calendar BIFs: erlang:localtime/0, universaltime/0,
** date/0, time/0, localtime_to_universaltime/1,2 and
** universaltime_to_localtime/1.
**
** A date and time is {{Year, Month, Day}, {Hour, Minute, Second}}.  The
** clock is the system's (os_system_ns, the OS layer), in whole seconds.
** Universal time is computed here, in the proleptic Gregorian calendar;
** local time is the system's (os_local_time, os_local_to_utc: the TZ
** environment variable, else /etc/localtime), as erl's is.
**
** A date and time given as an argument must be valid as erl checks it:
** a year from 1902 to 2^31 - 2, a month 1..12, a day that month has
** (leap years: every fourth but centuries not divisible by 400), an hour
** 0..23, a minute and a second 0..59; anything else, or a local time the
** system cannot convert, is badarg.  localtime_to_universaltime/2's IsDst
** is true, false or undefined (the system decides), as C's tm_isdst.
*/
#include <stdbool.h>
#include <stdint.h>

#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "integer.h"
#include "os/os.h"
#include "term_build.h"

#define SECS_PER_DAY INT64_C(86400)
#define YEAR_MIN 1902
#define YEAR_MAX (INT32_MAX - 1)

/* ---- the Gregorian calendar ---------------------------------------------- */

static bool leap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

static int month_days(int64_t y, int m) {
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

/* floor(a / b) for b > 0. */
static int64_t fdiv(int64_t a, int64_t b) { return a / b - (a % b < 0); }

/* Days from 1970-01-01 to y-m-d: the days of the whole years since 1 March
   of year 0 (counted in 400-year eras of 146097 days), with March as the
   first month so that February's leap day ends a year. */
static int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = fdiv(y, 400), yoe = y - era * 400;       /* 0..399 */
  int64_t mp = (m + 9) % 12;                             /* March = 0 */
  int64_t doy = (153 * mp + 2) / 5 + d - 1;              /* 0..365 */
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;   /* 0..146096 */
  return era * 146097 + doe - 719468;                    /* 0000-03-01 to 1970-01-01 */
}

/* The date of day z after 1970-01-01: the inverse of days_from_civil. */
static void civil_from_days(int64_t z, OsDate *d) {
  z += 719468;
  int64_t era = fdiv(z, 146097), doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  d->day = (int)(doy - (153 * mp + 2) / 5 + 1);
  d->month = (int)(mp < 10 ? mp + 3 : mp - 9);
  d->year = (int)(yoe + era * 400 + (d->month <= 2));
}

/* The universal date and time of secs seconds since the epoch. */
static void utc_of(int64_t secs, OsDate *d) {
  int64_t day = fdiv(secs, SECS_PER_DAY), s = secs - day * SECS_PER_DAY;
  civil_from_days(day, d);
  d->hour = (int)(s / 3600);
  d->minute = (int)(s / 60 % 60);
  d->second = (int)(s % 60);
  d->micro = 0;
}

static int64_t secs_of(const OsDate *d) {
  return days_from_civil(d->year, d->month, d->day) * SECS_PER_DAY + d->hour * 3600 +
         d->minute * 60 + d->second;
}

/* ---- terms ---------------------------------------------------------------- */

/* The small integer element i of tuple t, within lo..hi, into *out. */
static bool field(BeamTerm t, unsigned i, int64_t lo, int64_t hi, int *out) {
  BeamTerm v = BEAM_ELEMENT(t, i);
  int64_t x;
  if (!int_to_int64(v, &x) || x < lo || x > hi) return false;
  *out = (int)x;
  return true;
}

static bool is_triple(BeamTerm t) { return BEAM_IS_TUPLE(t) && BEAM_TUPLE_ARITY(t) == 3; }

/* Reads {{Y, Mo, D}, {H, Mi, S}} into *d; false unless it is a valid
   date and time (the rules above). */
static bool read_datetime(BeamTerm t, OsDate *d) {
  if (!BEAM_IS_TUPLE(t) || BEAM_TUPLE_ARITY(t) != 2) return false;
  BeamTerm date = BEAM_ELEMENT(t, 0), time = BEAM_ELEMENT(t, 1);
  if (!is_triple(date) || !is_triple(time)) return false;
  *d = (OsDate){0};
  return field(date, 0, YEAR_MIN, YEAR_MAX, &d->year) && field(date, 1, 1, 12, &d->month) &&
         field(date, 2, 1, month_days(d->year, d->month), &d->day) &&
         field(time, 0, 0, 23, &d->hour) && field(time, 1, 0, 59, &d->minute) &&
         field(time, 2, 0, 59, &d->second);
}

static BeamTerm date_term(BeamProc *p, const OsDate *d) {
  return tb_tuple3(p, int_from_int64(p, d->year), BEAM_SMALL(d->month), BEAM_SMALL(d->day));
}

static BeamTerm time_term(BeamProc *p, const OsDate *d) {
  return tb_tuple3(p, BEAM_SMALL(d->hour), BEAM_SMALL(d->minute), BEAM_SMALL(d->second));
}

static BeamTerm datetime_term(BeamProc *p, const OsDate *d) {
  return tb_tuple2(p, date_term(p, d), time_term(p, d));
}

/* ---- the BIFs --------------------------------------------------------------- */

static int64_t now_secs(void) { return fdiv(os_system_ns(), INT64_C(1000000000)); }

/* The local date and time now; the universal one if the system cannot
   tell (it always can on a POSIX host). */
static void local_now(OsDate *d) {
  int64_t secs = now_secs();
  if (!os_local_time(secs, d)) utc_of(secs, d);
}

BeamTerm beam_bif_erlang_universaltime_0(BeamProc *p) {
  OsDate d;
  utc_of(now_secs(), &d);
  return datetime_term(p, &d);
}

BeamTerm beam_bif_erlang_localtime_0(BeamProc *p) {
  OsDate d;
  local_now(&d);
  return datetime_term(p, &d);
}

BeamTerm beam_bif_erlang_date_0(BeamProc *p) {
  OsDate d;
  local_now(&d);
  return date_term(p, &d);
}

BeamTerm beam_bif_erlang_time_0(BeamProc *p) {
  OsDate d;
  local_now(&d);
  return time_term(p, &d);
}

BeamTerm beam_bif_erlang_universaltime_to_localtime_1(BeamProc *p, BeamTerm t) {
  OsDate d;
  if (!read_datetime(t, &d) || !os_local_time(secs_of(&d), &d)) return bif_badarg(p);
  return datetime_term(p, &d);
}

static BeamTerm local_to_utc(BeamProc *p, BeamTerm t, int isdst) {
  OsDate d;
  int64_t secs;
  if (!read_datetime(t, &d) || !os_local_to_utc(&d, isdst, &secs)) return bif_badarg(p);
  utc_of(secs, &d);
  return datetime_term(p, &d);
}

BeamTerm beam_bif_erlang_localtime_to_universaltime_1(BeamProc *p, BeamTerm t) {
  return local_to_utc(p, t, -1);
}

BeamTerm beam_bif_erlang_localtime_to_universaltime_2(BeamProc *p, BeamTerm t, BeamTerm dst) {
  int isdst = dst == ATOM_TRUE ? 1 : dst == ATOM_FALSE ? 0 : -1;
  if (isdst < 0 && dst != ATOM_UNDEFINED) return bif_badarg(p);
  return local_to_utc(p, t, isdst);
}
