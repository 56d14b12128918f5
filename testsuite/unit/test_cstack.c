/*
** test_cstack.c — the C stack's bounds and limit (runtime/os/cstack.c): the
** bounds hold the running frame; the unwinding limit keeps its reserve
** above the real bound in a small stack and its budget below the frame
** in a large one; an overflow is reported in one line with status 1,
** while other faults still kill the program with SIGSEGV.
*/
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "os/os.h"
#include "unit.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1 /* ASan reports overflows itself; no handler here */
#endif

/* Sets the soft stack limit (this process only: each test runs forked);
   false if the hard limit does not allow it. */
static bool set_stack_limit(rlim_t bytes) {
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) != 0) return false;
  if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < bytes) return false;
  rl.rlim_cur = bytes;
  return setrlimit(RLIMIT_STACK, &rl) == 0;
}

/* The bounds contain this frame, and the thread's record is the one
   attached; after detaching there is none. */
START_TEST(bounds_hold_the_frame) {
  CStack cs;
  char here;
  cstack_attach(&cs);
  ck_assert_ptr_eq(cstack_current(), &cs);
  ck_assert_ptr_nonnull(cs.low);
  ck_assert(cs.low < &here && &here < cs.high);
  ck_assert_ptr_nonnull(cs.alt);
  cstack_detach();
  ck_assert_ptr_null(cstack_current());
}
END_TEST

/* In a 64 MiB stack the limit is the whole budget below the frame. */
START_TEST(large_stack_gives_the_budget) {
  if (!set_stack_limit((rlim_t)64 << 20)) return;
  CStack cs;
  char here;
  cstack_attach(&cs);
  ck_assert_uint_eq((uintptr_t)&here - (uintptr_t)cstack_limit(&here), CSTACK_BUDGET);
  cstack_detach();
}
END_TEST

/*
** In a 192 KiB stack (ulimit -s 192) the bound is at most 192 KiB below
** the top, and the limit lies between the bound and the frame, keeping
** the reserve (CSTACK_RESERVE, or half the room when that is less) above
** the bound.  The older rule put the limit a quarter of ulimit -s below
** the frame whatever the arguments and environment used.
*/
START_TEST(small_stack_keeps_the_reserve) {
  if (!set_stack_limit((rlim_t)192 << 10)) return;
  CStack cs;
  char here;
  cstack_attach(&cs);
  ck_assert_uint_le((size_t)(cs.high - cs.low), (size_t)192 << 10);
  char *limit = cstack_limit(&here);
  size_t avail = (size_t)(&here - cs.low);
  size_t reserve = avail / 2 < CSTACK_RESERVE ? avail / 2 : CSTACK_RESERVE;
  ck_assert(limit < &here);
  ck_assert_uint_ge((size_t)(limit - cs.low), reserve);
  ck_assert_uint_le((size_t)(&here - limit), CSTACK_BUDGET);
  ck_assert_uint_eq(cs.rlimit, (size_t)192 << 10);
  cstack_detach();
}
END_TEST

/* Without an attached record the older rule applies: a quarter of a
   small ulimit -s below the frame. */
START_TEST(unattached_falls_back) {
  if (!set_stack_limit((rlim_t)256 << 10)) return;
  char here;
  ck_assert_ptr_null(cstack_current());
  ck_assert_uint_eq((uintptr_t)&here - (uintptr_t)cstack_limit(&here), 64 << 10);
}
END_TEST

static volatile int stop_recursing;

/* Recurses until the stack runs out (stop_recursing is never set). */
static int recurse(int n) {
  volatile char pad[1024];
  pad[n % 1024] = (char)n;
  if (stop_recursing) return 0;
  return recurse(n + 1) + pad[n % 1024];
}

/* Runs f in a child with stderr on a pipe; returns the wait status and
   the text (NUL-terminated) in out. */
static int run_child(void (*f)(void), char *out, size_t cap) {
  int p[2];
  ck_assert_int_eq(pipe(p), 0);
  pid_t pid = fork();
  ck_assert_int_ne(pid, -1);
  if (pid == 0) {
    dup2(p[1], 2);
    close(p[0]);
    close(p[1]);
    f();
    _exit(0);
  }
  close(p[1]);
  size_t len = 0;
  ssize_t n;
  while (len + 1 < cap && (n = read(p[0], out + len, cap - 1 - len)) > 0) len += (size_t)n;
  out[len] = '\0';
  close(p[0]);
  int status;
  ck_assert_int_eq(waitpid(pid, &status, 0), pid);
  return status;
}

static void overflow(void) {
  CStack cs;
  if (!set_stack_limit((rlim_t)256 << 10)) _exit(77);
  cstack_attach(&cs);
  recurse(0);
}

/* A C stack overflow: one line on stderr, status 1 (not a silent
   SIGSEGV). */
START_TEST(overflow_is_reported) {
#ifndef UNDER_ASAN
  char err[512];
  int status = run_child(overflow, err, sizeof err);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 77) return; /* no such limit */
  ck_assert_msg(WIFEXITED(status), "status %d, stderr: %s", status, err);
  ck_assert_int_eq(WEXITSTATUS(status), 1);
  ck_assert_msg(strncmp(err, "beamrt: C stack overflow (", 26) == 0, "stderr: %s", err);
  ck_assert_ptr_nonnull(strstr(err, "; ulimit -s is 256 KiB)\n"));
  ck_assert_ptr_eq(strchr(err, '\n'), err + strlen(err) - 1); /* one line */
#endif
}
END_TEST

static void null_store(void) {
  CStack cs;
  cstack_attach(&cs);
  volatile int *volatile p = NULL;
  *p = 1;
}

/* Runs f in a child and checks that SIGSEGV killed it, silently. */
static void assert_dies_of_segv(void (*f)(void)) {
#ifndef UNDER_ASAN
  char err[512];
  int status = run_child(f, err, sizeof err);
  ck_assert(WIFSIGNALED(status));
  ck_assert_int_eq(WTERMSIG(status), SIGSEGV);
  /* nothing from the program (under qemu-user, the emulator's own line
     "qemu: uncaught target signal 11 ..." may come) */
  if (strncmp(err, "qemu: uncaught target signal", 28) == 0) err[0] = '\0';
  ck_assert_str_eq(err, "");
#else
  (void)f;
#endif
}

/* Any other fault is still a crash: the program dies of SIGSEGV and
   prints nothing. */
START_TEST(other_faults_still_crash) { assert_dies_of_segv(null_store); }
END_TEST

static void sent_segv(void) {
  CStack cs;
  cstack_attach(&cs);
  raise(SIGSEGV);
}

/* So is a SIGSEGV sent by kill or raise, which faults nowhere. */
START_TEST(sent_segv_still_kills) { assert_dies_of_segv(sent_segv); }
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("cstack");
  TCase *tc = tcase_create("cstack");
  tcase_add_test(tc, bounds_hold_the_frame);
  tcase_add_test(tc, large_stack_gives_the_budget);
  tcase_add_test(tc, small_stack_keeps_the_reserve);
  tcase_add_test(tc, unattached_falls_back);
  tcase_add_test(tc, overflow_is_reported);
  tcase_add_test(tc, other_faults_still_crash);
  tcase_add_test(tc, sent_segv_still_kills);
  suite_add_tcase(s, tc);
  return s;
}
