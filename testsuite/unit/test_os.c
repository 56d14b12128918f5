/*
** test_os.c — the OS layer's memory and its ways to stop (runtime/os/os.c):
** the allocation functions give what they promise, out of memory is one
** line "beamrt: out of memory (WHAT)" and status 1 whichever function ran
** out, os_fatal exits with 1 and os_panic and a failed OS_ASSERT abort,
** each after its message on stderr, written whole; the clocks tell the
** time, and the processor-time clock counts work.
*/
#define _POSIX_C_SOURCE 200809L /* fork, pipe, dup2, nanosleep */

#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "os/os.h"
#define UNIT_MALLOC_MAY_FAIL /* the out-of-memory tests */
#include "unit.h"

/* Beyond any memory, and still a valid size: three quarters of the
   address space (a 32-bit target's 3 GiB cannot be had either). */
#define HUGE (SIZE_MAX / 4 * 3)

/* What a child running one of the cases below wrote on stderr, and how it
   ended (waitpid's status). */
typedef struct {
  char err[4096];
  int status;
} Outcome;

static void run_child(void (*body)(int), int arg, Outcome *o) {
  int fd[2];
  ck_assert_int_eq(pipe(fd), 0);
  pid_t pid = fork();
  ck_assert_int_ge(pid, 0);
  if (pid == 0) {
    close(fd[0]);
    dup2(fd[1], 2);
    body(arg);
    _exit(99); /* body should not return */
  }
  close(fd[1]);
  memset(o->err, 0, sizeof o->err);
  size_t got = 0;
  ssize_t n;
  while (got < sizeof o->err - 1 &&
         (n = read(fd[0], o->err + got, sizeof o->err - 1 - got)) > 0)
    got += (size_t)n;
  close(fd[0]);
  ck_assert_int_eq(waitpid(pid, &o->status, 0), pid);
}

static void expect_exit(const Outcome *o, int status) {
  ck_assert_msg(WIFEXITED(o->status) && WEXITSTATUS(o->status) == status,
                "wanted exit status %d, got wait status %d", status, o->status);
}

/* Also drops from o->err the line qemu-user adds after the program's own
   when the guest dies of a signal ("qemu: uncaught target signal 6 ..."). */
static void expect_abort(Outcome *o) {
  ck_assert_msg(WIFSIGNALED(o->status) && WTERMSIG(o->status) == SIGABRT,
                "wanted SIGABRT, got wait status %d", o->status);
  char *q = strstr(o->err, "qemu: uncaught target signal");
  if (q != NULL && (q == o->err || q[-1] == '\n')) *q = '\0';
}

START_TEST(allocation_gives_what_it_promises) {
  unsigned char *p = os_alloc(0, "test");
  ck_assert_ptr_nonnull(p);
  os_free(p);
  unsigned *z = os_alloc_zeroed(1000, sizeof *z, "test");
  for (int i = 0; i < 1000; i++) ck_assert_uint_eq(z[i], 0);
  for (unsigned i = 0; i < 1000; i++) z[i] = i;
  z = os_realloc(z, 100000 * sizeof *z, "test");
  for (unsigned i = 0; i < 1000; i++) ck_assert_uint_eq(z[i], i);
  os_free(z);
  void *a = os_alloc_aligned(64, 640, "test");
  ck_assert_uint_eq((uintptr_t)a % 64, 0);
  os_free(a);
  os_free(NULL);
  /* a heap block large enough for huge pages is usable to its end */
  size_t big = (size_t)9 << 20;
  unsigned char *b = os_try_alloc_block(big);
  ck_assert_ptr_nonnull(b);
  b[0] = 1;
  b[big - 1] = 2;
  os_free(b);
  ck_assert_ptr_null(os_try_alloc(HUGE));
  ck_assert_ptr_null(os_try_alloc_block(HUGE));
}
END_TEST

/* A block the failed os_realloc leaves (reachable: no leak at exit). */
static void *volatile kept;

static void oom_case(int k) {
  switch (k) {
  case 0: os_alloc(HUGE, "test"); break;
  case 1: os_alloc_zeroed(HUGE, 16, "test"); break; /* count * size overflows */
  case 2: kept = os_alloc(8, "test"), os_realloc(kept, HUGE, "test"); break;
  case 3: os_alloc_aligned(64, HUGE / 64 * 64, "test"); break;
  case 4: os_out_of_memory("te%st", "s"); break;
  }
}

/* err past the lines a sanitizer writes first ("==PID==WARNING: ...
   failed to allocate"). */
static const char *past_sanitizer(const char *err) {
  while (strncmp(err, "==", 2) == 0 && strchr(err, '\n') != NULL) err = strchr(err, '\n') + 1;
  return err;
}

START_TEST(out_of_memory_is_one_line_and_status_1) {
  for (int k = 0; k <= 4; k++) {
    Outcome o;
    run_child(oom_case, k, &o);
    expect_exit(&o, 1);
    ck_assert_str_eq(past_sanitizer(o.err), "beamrt: out of memory (test)\n");
  }
}
END_TEST

static void fatal(int unused) {
  os_message("first %d\n", 1);
  os_fatal("no more index entries in atom_tab (max=%lu)\r\n", 1048576UL);
}

START_TEST(fatal_exits_with_1) {
  Outcome o;
  run_child(fatal, 0, &o);
  expect_exit(&o, 1);
  ck_assert_str_eq(o.err, "first 1\nno more index entries in atom_tab (max=1048576)\r\n");
}
END_TEST

static void panic(int unused) { os_panic("beamrt: internal error: %s\n", "here"); }

START_TEST(panic_aborts) {
  Outcome o;
  run_child(panic, 0, &o);
  expect_abort(&o);
  ck_assert_str_eq(o.err, "beamrt: internal error: here\n");
}
END_TEST

static void failed_assert(int two) { OS_ASSERT(1 + 1 == two + 1); }

START_TEST(assert_names_its_condition) {
  Outcome o;
  run_child(failed_assert, 2, &o);
  expect_abort(&o);
  ck_assert_ptr_nonnull(strstr(o.err, "test_os.c:"));
  ck_assert_ptr_nonnull(strstr(o.err, "failed_assert: assertion failed: 1 + 1 == two + 1\n"));
  run_child(failed_assert, 1, &o); /* holds: the child returns from body */
  expect_exit(&o, 99);
  ck_assert_str_eq(o.err, "");
}
END_TEST

static void exit_3(int unused) { os_exit(3); }
static void abort_quietly(int unused) { os_abort(); }

START_TEST(exit_and_abort) {
  Outcome o;
  run_child(exit_3, 0, &o);
  expect_exit(&o, 3);
  ck_assert_str_eq(o.err, "");
  run_child(abort_quietly, 0, &o);
  expect_abort(&o);
  ck_assert_str_eq(o.err, "");
}
END_TEST

/* A message longer than the layer's buffer on the stack is written whole,
   in one piece. */
static void long_message(int unused) {
  static char s[3000];
  memset(s, 'x', sizeof s - 1);
  os_fatal("%s\n", s);
}

START_TEST(long_message_is_whole) {
  Outcome o;
  run_child(long_message, 0, &o);
  expect_exit(&o, 1);
  ck_assert_uint_eq(strlen(o.err), 3000);
  ck_assert_uint_eq(strspn(o.err, "x"), 2999);
  ck_assert_int_eq(o.err[2999], '\n');
}
END_TEST

/* The monotonic clock does not go back and counts nanoseconds; the
   system clock is the date that time() gives. */
START_TEST(clocks_tell_the_time) {
  int64_t m0 = os_monotonic_ns();
  struct timespec pause = {0, 2000000}; /* 2 ms */
  nanosleep(&pause, NULL);
  int64_t m1 = os_monotonic_ns();
  ck_assert_int_ge(m1 - m0, 2000000);
  ck_assert_int_lt(m1 - m0, (int64_t)10 * 1000000000);
  time_t before = time(NULL);
  int64_t s = os_system_ns();
  time_t after = time(NULL);
  ck_assert_int_ge(s / 1000000000, (int64_t)before);
  ck_assert_int_le(s / 1000000000, (int64_t)after);
}
END_TEST

/* The processor-time clock runs while the program works (the loop ends),
   and time passes meanwhile.  Its relation to the monotonic clock is not
   checked: under qemu-user the emulator's own threads count too. */
START_TEST(cpu_clock_counts_work) {
  int64_t c0 = os_cpu_ns(), m0 = os_monotonic_ns();
  ck_assert_int_gt(c0, 0);
  volatile uint64_t x = 1;
  while (os_cpu_ns() - c0 < 20000000) x = x * 6364136223846793005u + 1;
  int64_t c1 = os_cpu_ns(), m1 = os_monotonic_ns();
  ck_assert_int_ge(c1 - c0, 20000000);
  ck_assert_int_gt(m1, m0);
  ck_assert_int_lt(c1 - c0, (int64_t)10 * 1000000000);
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("os");
  TCase *tc = tcase_create("os");
  tcase_add_test(tc, allocation_gives_what_it_promises);
  tcase_add_test(tc, out_of_memory_is_one_line_and_status_1);
  tcase_add_test(tc, fatal_exits_with_1);
  tcase_add_test(tc, panic_aborts);
  tcase_add_test(tc, assert_names_its_condition);
  tcase_add_test(tc, exit_and_abort);
  tcase_add_test(tc, long_message_is_whole);
  tcase_add_test(tc, clocks_tell_the_time);
  tcase_add_test(tc, cpu_clock_counts_work);
  suite_add_tcase(s, tc);
  return s;
}
