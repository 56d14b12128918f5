/*
** cstack.c — the C stack's bounds, the unwinding limit, and the report
** of an overflow (rules in os.h, "The C stack").
**
** Bounds: pthread_getattr_np (glibc) gives any thread's stack.  For the
** main thread it reads /proc/self/maps for the end of the stack mapping
** and subtracts RLIMIT_STACK (clamped to the mapping below), which is
** exactly how far the kernel lets that stack grow, arguments and
** environment included.  Elsewhere the bounds are unknown for now.
**
** The overflow handler runs on the thread's alternate stack, since the
** faulting thread has no stack left; it only calls async-signal-safe
** functions (write, _exit, sigaction, raise).
*/
#define _GNU_SOURCE /* pthread_getattr_np, sigaltstack */

#include "os.h"

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#if defined(__GLIBC__)
#include <pthread.h>
#define HAVE_STACK_BOUNDS 1
#endif

#if defined(__SANITIZE_ADDRESS__)
#define ASAN_HANDLES_SEGV 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ASAN_HANDLES_SEGV 1
#endif
#endif
#ifndef ASAN_HANDLES_SEGV
#define ASAN_HANDLES_SEGV 0
#endif

/* Bytes of the alternate signal stack: the handler formats one line. */
#define ALT_STACK_SIZE ((size_t)64 << 10)

static _Thread_local CStack *current;
static uintptr_t page_size; /* set before the handler is installed */

const CStack *cstack_current(void) { return current; }

/* Stores the calling thread's stack bounds in cs (NULL when unknown). */
static void find_bounds(CStack *cs) {
  cs->low = cs->high = NULL;
#ifdef HAVE_STACK_BOUNDS
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
  void *addr;
  size_t size;
  if (pthread_attr_getstack(&attr, &addr, &size) == 0 && size > 0) {
    cs->low = addr;
    cs->high = (char *)addr + size;
  }
  pthread_attr_destroy(&attr);
#endif
}

/* Appends the decimal digits of v at *p. */
static void put_num(char **p, size_t v) {
  char digits[24];
  int n = 0;
  do digits[n++] = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  while (n > 0) *(*p)++ = digits[--n];
}

static void put_str(char **p, const char *s) {
  size_t n = strlen(s);
  memcpy(*p, s, n);
  *p += n;
}

/* Whether a fault at addr is the attached thread's stack overflowing:
   within the window below its bound, or in its lowest page. */
static bool is_overflow(const CStack *cs, const char *addr) {
  if (cs == NULL || cs->low == NULL) return false;
  uintptr_t a = (uintptr_t)addr, low = (uintptr_t)cs->low;
  uintptr_t floor = low > CSTACK_GUARD_WINDOW ? low - CSTACK_GUARD_WINDOW : 0;
  return a >= floor && a < low + page_size;
}

/*
** SIGSEGV: a stack overflow is reported as one line on stderr and exit
** status 1.  Any other fault (or a SIGSEGV sent by kill) gets the default
** action back and is raised again: it is delivered when the handler
** returns, and kills the program with SIGSEGV (and a core dump where
** enabled) at the faulting instruction.
*/
static void on_segv(int sig, siginfo_t *si, void *uc) {
  (void)uc;
  const CStack *cs = current;
  if (si->si_code > 0 && is_overflow(cs, si->si_addr)) {
    char msg[160], *p = msg;
    put_str(&p, "beamrt: C stack overflow (");
    put_num(&p, (size_t)(cs->high - cs->low) >> 10);
    put_str(&p, " KiB of C stack for the program; ulimit -s is ");
    if (cs->rlimit == 0) put_str(&p, "unlimited");
    else put_num(&p, cs->rlimit >> 10);
    put_str(&p, cs->rlimit == 0 ? ")\n" : " KiB)\n");
    ssize_t unused = write(2, msg, (size_t)(p - msg));
    (void)unused;
    _exit(1);
  }
  struct sigaction dfl = {.sa_handler = SIG_DFL};
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, NULL);
  raise(sig);
}

/* Installs on_segv for the whole program, once (not under ASan). */
static void install_handler(void) {
  static bool done;
  if (done || ASAN_HANDLES_SEGV) return;
  done = true;
  long page = sysconf(_SC_PAGESIZE);
  page_size = page > 0 ? (uintptr_t)page : 4096;
  struct sigaction sa = {.sa_sigaction = on_segv, .sa_flags = SA_SIGINFO | SA_ONSTACK};
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
}

void cstack_attach(CStack *cs) {
  struct rlimit rl;
  find_bounds(cs);
  cs->rlimit = getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY
                   ? (size_t)rl.rlim_cur : 0;
  cs->alt = malloc(ALT_STACK_SIZE);
  cs->alt_size = cs->alt ? ALT_STACK_SIZE : 0;
  if (cs->alt != NULL) {
    stack_t ss = {.ss_sp = cs->alt, .ss_size = cs->alt_size, .ss_flags = 0};
    if (sigaltstack(&ss, NULL) != 0) {
      free(cs->alt);
      cs->alt = NULL;
      cs->alt_size = 0;
    }
  }
  current = cs;
  if (cs->alt != NULL) install_handler();
}

void cstack_detach(void) {
  CStack *cs = current;
  if (cs == NULL) return;
  if (cs->alt != NULL) {
    stack_t ss = {.ss_sp = NULL, .ss_size = 0, .ss_flags = SS_DISABLE};
    sigaltstack(&ss, NULL);
    free(cs->alt);
    cs->alt = NULL;
    cs->alt_size = 0;
  }
  current = NULL;
}

/* The older rule, for unknown bounds: CSTACK_BUDGET, or a quarter of a
   smaller RLIMIT_STACK. */
static size_t budget_without_bounds(void) {
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
      rl.rlim_cur / 4 < CSTACK_BUDGET)
    return (size_t)rl.rlim_cur / 4;
  return CSTACK_BUDGET;
}

char *cstack_limit(char *frame) {
  const CStack *cs = current;
  if (cs == NULL || cs->low == NULL || frame <= cs->low || frame > cs->high)
    return frame - budget_without_bounds();
  size_t avail = (size_t)(frame - cs->low);
  size_t reserve = avail / 2 < CSTACK_RESERVE ? avail / 2 : CSTACK_RESERVE;
  size_t budget = avail - reserve;
  return frame - (budget < CSTACK_BUDGET ? budget : CSTACK_BUDGET);
}
