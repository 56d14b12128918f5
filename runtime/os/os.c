/*
** os.c — memory, messages on stderr, exit and abort, for POSIX hosts
** (rules in os.h).
**
** Memory comes from the C library's malloc family; blocks for process
** heaps of HUGE_MIN bytes or more are aligned to HUGE_PAGE and advised
** (madvise) to be backed by huge pages where the kernel has them.
** Messages are formatted into a buffer on the stack and written with one
** out_write on descriptor 2, as fprintf on the unbuffered stderr wrote
** them before, so nothing of stdio is used.
*/
#define _DEFAULT_SOURCE /* madvise */

#include "os.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#define HUGE_PAGE ((size_t)2 << 20) /* bytes */
#define HUGE_MIN ((size_t)8 << 20)  /* blocks from here on */

/* Bytes of a message formatted on the stack; a longer one is cut. */
#define MESSAGE_MAX 1024

/* ---------------------------------------------------------------------- */
/* Messages, exit and abort                                                */
/* ---------------------------------------------------------------------- */

/* Formats into buf (prefix first) and writes it on stderr. */
static void write_message(const char *prefix, const char *fmt, va_list ap,
                          const char *suffix) {
  char buf[MESSAGE_MAX];
  size_t n = (size_t)snprintf(buf, sizeof buf, "%s", prefix);
  if (n < sizeof buf) {
    int k = vsnprintf(buf + n, sizeof buf - n, fmt, ap);
    if (k > 0) n += (size_t)k;
  }
  if (n < sizeof buf) n += (size_t)snprintf(buf + n, sizeof buf - n, "%s", suffix);
  if (n >= sizeof buf) n = sizeof buf - 1;
  out_write(2, buf, n);
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

/* Out of memory for a caller that said what it wanted (or nothing). */
static _Noreturn void no_memory(const char *what) {
  if (what == NULL) os_fatal("beamrt: out of memory\n");
  os_out_of_memory("%s", what);
}

void *os_try_alloc(size_t bytes) { return malloc(bytes ? bytes : 1); }

void *os_alloc(size_t bytes, const char *what) {
  void *p = os_try_alloc(bytes);
  if (p == NULL) no_memory(what);
  return p;
}

void *os_alloc_zeroed(size_t count, size_t size, const char *what) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (p == NULL) no_memory(what);
  return p;
}

void *os_alloc_aligned(size_t align, size_t bytes, const char *what) {
  void *p = aligned_alloc(align, bytes ? bytes : align);
  if (p == NULL) no_memory(what);
  return p;
}

void *os_realloc(void *p, size_t bytes, const char *what) {
  void *r = realloc(p, bytes ? bytes : 1);
  if (r == NULL) no_memory(what);
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
