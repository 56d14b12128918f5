/*
** os.c — memory, messages on stderr, exit and abort, and the clocks, for
** POSIX hosts (rules in os.h).
**
** Memory comes from the C library's malloc family; blocks for process
** heaps of HUGE_MIN bytes or more are aligned to HUGE_PAGE and advised
** (madvise) to be backed by huge pages where the kernel has them.
** Messages are formatted into a buffer (on the stack when short) and
** written with one out_write on descriptor 2, so nothing of stdio's
** streams is used.  The clocks are clock_gettime's; local time is the C
** library's (localtime_r, mktime: the TZ environment variable and
** /etc/localtime), the kernel's release uname's.
*/
#define _DEFAULT_SOURCE /* madvise */
/* A 64-bit time_t on 32-bit glibc hosts too (ARM), for dates past 2038. */
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64

#include "os.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>

#if defined(__linux__)
#include <sys/mman.h>
#include <errno.h>
#include <unistd.h>
#endif

#define HUGE_PAGE ((size_t)2 << 20) /* bytes */
#define HUGE_MIN ((size_t)8 << 20)  /* blocks from here on */

/* Bytes of a message formatted on the stack; a longer one is formatted
   in allocated memory, or cut to this when there is none. */
#define MESSAGE_LOCAL 512

/* ---------------------------------------------------------------------- */
/* Messages, exit and abort                                                */
/* ---------------------------------------------------------------------- */

/* Appends what (len bytes) to buf[*n..cap), as much of it as leaves room
   for a NUL. */
static void append(char *buf, size_t *n, size_t cap, const char *what, size_t len) {
  size_t room = cap - 1 - *n;
  if (len > room) len = room;
  memcpy(buf + *n, what, len);
  *n += len;
}

/* Writes prefix, then fmt formatted with ap, then suffix on stderr in one
   out_write; the whole of it unless memory for a long one runs out. */
static void write_message(const char *prefix, const char *fmt, va_list ap,
                          const char *suffix) {
  char local[MESSAGE_LOCAL];
  va_list probe;
  va_copy(probe, ap);
  int k = vsnprintf(NULL, 0, fmt, probe);
  va_end(probe);
  size_t np = strlen(prefix), ns = strlen(suffix);
  size_t cap = np + (k > 0 ? (size_t)k : 0) + ns + 1;
  char *buf = cap <= sizeof local ? local : os_try_alloc(cap);
  if (buf == NULL) {
    buf = local;
    cap = sizeof local;
  }
  size_t n = 0;
  append(buf, &n, cap, prefix, np);
  int w = vsnprintf(buf + n, cap - n, fmt, ap);
  if (w > 0) n += (size_t)w < cap - 1 - n ? (size_t)w : cap - 1 - n;
  append(buf, &n, cap, suffix, ns);
  out_write(2, buf, n);
  if (buf != local) os_free(buf);
}

void os_message(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  write_message("", fmt, ap, "");
  va_end(ap);
}

_Noreturn void os_fatal(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  write_message("", fmt, ap, "");
  va_end(ap);
  os_exit(1);
}

_Noreturn void os_panic(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  write_message("", fmt, ap, "");
  va_end(ap);
  os_abort();
}

/* exit, not _exit: an embedding program's stdio buffers and atexit
   handlers still run. */
_Noreturn void os_exit(int status) { exit(status); }

_Noreturn void os_abort(void) { abort(); }

/* ---------------------------------------------------------------------- */
/* Memory                                                                  */
/* ---------------------------------------------------------------------- */

_Noreturn void os_out_of_memory(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  write_message("beamrt: out of memory (", fmt, ap, ")\n");
  va_end(ap);
  os_exit(1);
}

void *os_try_alloc(size_t bytes) { return malloc(bytes ? bytes : 1); }

void *os_alloc(size_t bytes, const char *what) {
  void *p = os_try_alloc(bytes);
  if (p == NULL) os_out_of_memory("%s", what);
  return p;
}

void *os_alloc_zeroed(size_t count, size_t size, const char *what) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (p == NULL) os_out_of_memory("%s", what);
  return p;
}

void *os_alloc_aligned(size_t align, size_t bytes, const char *what) {
  void *p = aligned_alloc(align, bytes ? bytes : align);
  if (p == NULL) os_out_of_memory("%s", what);
  return p;
}

void *os_realloc(void *p, size_t bytes, const char *what) {
  void *r = realloc(p, bytes ? bytes : 1);
  if (r == NULL) os_out_of_memory("%s", what);
  return r;
}

void *os_try_alloc_block(size_t bytes) {
#ifdef MADV_HUGEPAGE
  if (bytes >= HUGE_MIN && bytes <= SIZE_MAX - HUGE_PAGE) {
    bytes = (bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    void *m = aligned_alloc(HUGE_PAGE, bytes);
    if (m != NULL) madvise(m, bytes, MADV_HUGEPAGE);
    return m;
  }
#endif
  return os_try_alloc(bytes);
}

void os_free(void *p) { free(p); }

/* ---------------------------------------------------------------------- */
/* Clocks                                                                  */
/* ---------------------------------------------------------------------- */

/* clock's time in nanoseconds; 0 if the system lacks that clock. */
static int64_t clock_ns(clockid_t clock) {
  struct timespec ts;
  if (clock_gettime(clock, &ts) != 0) return 0;
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t os_monotonic_ns(void) { return clock_ns(CLOCK_MONOTONIC); }

int64_t os_system_ns(void) { return clock_ns(CLOCK_REALTIME); }

const char *os_getenv(const char *name) { return getenv(name); }

int os_cpu_count(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

void os_sleep_ns(int64_t ns) {
  if (ns < 0) {
    for (;;) pause();
  }
  struct timespec ts = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) continue;
}

void os_local_date(int64_t ns, OsDate *d) {
  time_t secs = (time_t)(ns / 1000000000);
  struct tm tm;
  if (localtime_r(&secs, &tm) == NULL) memset(&tm, 0, sizeof tm);
  *d = (OsDate){tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                tm.tm_min,         tm.tm_sec,    (int)(ns % 1000000000 / 1000)};
}
bool os_local_time(int64_t secs, OsDate *d) {
  time_t t = (time_t)secs;
  struct tm tm;
  if ((int64_t)t != secs || localtime_r(&t, &tm) == NULL) return false;
  *d = (OsDate){tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                tm.tm_min,         tm.tm_sec,    0};
  return true;
}

/* mktime answers -1 for an error and for 1969-12-31T23:59:59Z alike; a
   tm_wday it left alone tells the two apart. */
bool os_local_to_utc(const OsDate *d, int isdst, int64_t *secs) {
  struct tm tm = {.tm_year = d->year - 1900, .tm_mon = d->month - 1, .tm_mday = d->day,
                  .tm_hour = d->hour, .tm_min = d->minute, .tm_sec = d->second,
                  .tm_isdst = isdst, .tm_wday = -1};
  time_t t = mktime(&tm);
  if (t == (time_t)-1 && tm.tm_wday == -1) return false;
  *secs = (int64_t)t;
  return true;
}

bool os_version(int v[3]) {
  struct utsname u;
  v[0] = v[1] = v[2] = 0;
  if (uname(&u) != 0) return false;
  const char *s = u.release;
  for (int i = 0; i < 3; i++) {
    while (*s >= '0' && *s <= '9') v[i] = v[i] * 10 + (*s++ - '0');
    if (*s != '.') break;
    s++;
  }
  return true;
}

int64_t os_cpu_ns(void) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }
