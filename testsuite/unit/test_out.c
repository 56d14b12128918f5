/*
** test_out.c — the program's standard streams (runtime/os/out.c): closed
** descriptors 0-2 get /dev/null at start-up as erl gives them, a write to
** a pipe without a reader fails instead of killing the program (SIGPIPE
** ignored), and a full non-blocking pipe is waited for, not dropped.
*/
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "os/os.h"
#include "unit.h"

/* The device number of /dev/null, to recognise it on a descriptor. */
static dev_t dev_null_rdev(void) {
  struct stat st;
  ck_assert_int_eq(stat("/dev/null", &st), 0);
  return st.st_rdev;
}

/* erl opens /dev/null on 0 and 1 when they are closed (strace of
   `escript prog >&-`); an open descriptor 2 stays what it was. */
START_TEST(closed_fds_get_dev_null) {
  struct stat before2, st;
  ck_assert_int_eq(fstat(2, &before2), 0);
  close(0);
  close(1);
  out_init();
  ck_assert_int_ne(fcntl(0, F_GETFD), -1);
  ck_assert_int_eq(fstat(1, &st), 0);
  ck_assert(S_ISCHR(st.st_mode) && st.st_rdev == dev_null_rdev());
  ck_assert_int_eq(fcntl(0, F_GETFL) & O_ACCMODE, O_RDONLY);
  ck_assert_int_eq(fcntl(1, F_GETFL) & O_ACCMODE, O_WRONLY);
  ck_assert_int_eq(fstat(2, &st), 0);
  ck_assert(st.st_ino == before2.st_ino && st.st_dev == before2.st_dev);
  ck_assert_int_eq(out_write(1, "gone\r\n", 6), 0);
}
END_TEST

/* With SIGPIPE ignored, writing to a pipe whose reader is gone returns
   -1 (EPIPE) and the program goes on; without out_init it would die of
   SIGPIPE (this test would then fail on the signal). */
START_TEST(closed_pipe_fails_quietly) {
  int p[2];
  out_init();
  ck_assert_int_eq(pipe(p), 0);
  close(p[0]);
  ck_assert_int_eq(out_write(p[1], "abc\r\n", 5), -1);
  ck_assert_int_eq(errno, EPIPE);
  ck_assert_int_eq(out_write(p[1], "def\r\n", 5), -1);
  close(p[1]);
}
END_TEST

/* A non-blocking pipe that fills up is waited on: all of 1 MiB arrives
   (a reader process checks every byte) and out_write reports success. */
START_TEST(full_nonblocking_pipe_is_waited_for) {
  enum { N = 1 << 20 };
  char *buf = malloc(N);
  ck_assert_ptr_nonnull(buf);
  for (size_t i = 0; i < N; i++) buf[i] = (char)(i * 7 + i / 251);
  int p[2];
  ck_assert_int_eq(pipe(p), 0);
  pid_t pid = fork();
  ck_assert_int_ne(pid, -1);
  if (pid == 0) {
    close(p[1]);
    size_t got = 0;
    char chunk[4096];
    ssize_t n;
    while ((n = read(p[0], chunk, sizeof chunk)) > 0) {
      if (got + (size_t)n > N || memcmp(chunk, buf + got, (size_t)n) != 0) _exit(2);
      got += (size_t)n;
    }
    _exit(got == N ? 0 : 3);
  }
  close(p[0]);
  fcntl(p[1], F_SETFL, fcntl(p[1], F_GETFL) | O_NONBLOCK);
  ck_assert_int_eq(out_write(p[1], buf, N), 0);
  close(p[1]);
  int status;
  ck_assert_int_eq(waitpid(pid, &status, 0), pid);
  ck_assert(WIFEXITED(status));
  ck_assert_int_eq(WEXITSTATUS(status), 0);
  free(buf);
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("out");
  TCase *tc = tcase_create("out");
  tcase_add_test(tc, closed_fds_get_dev_null);
  tcase_add_test(tc, closed_pipe_fails_quietly);
  tcase_add_test(tc, full_nonblocking_pipe_is_waited_for);
  suite_add_tcase(s, tc);
  return s;
}
