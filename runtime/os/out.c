/*
** out.c — the program's standard streams (rules in os.h, "The standard
** streams").
**
** Only write(2) is used, never stdio's stdout, so there is no buffer to
** flush at exit, at halt/1, before an uncaught exception's report or
** when the program is killed.
*/
#define _POSIX_C_SOURCE 200809L /* sigaction */

#include "os.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <unistd.h>

/* Puts /dev/null on descriptor fd if fd is closed (open returns the
   lowest free descriptor, so calling this for 0, 1, 2 in order fills
   exactly the closed ones). */
static void reopen_if_closed(int fd, int mode) {
  if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) return;
  int got = open("/dev/null", mode);
  if (got != -1 && got != fd) close(got); /* a lower one was closed too */
}

void out_init(void) {
  static bool done;
  if (done) return;
  done = true;
  reopen_if_closed(0, O_RDONLY);
  reopen_if_closed(1, O_WRONLY);
  reopen_if_closed(2, O_WRONLY);
  struct sigaction sa = {.sa_handler = SIG_IGN};
  sigemptyset(&sa.sa_mask);
  sigaction(SIGPIPE, &sa, NULL);
}

/* Waits until fd takes more bytes; false if it never will. */
static bool wait_writable(int fd) {
  struct pollfd pfd = {.fd = fd, .events = POLLOUT};
  for (;;) {
    int n = poll(&pfd, 1, -1);
    if (n > 0) return (pfd.revents & (POLLERR | POLLNVAL)) == 0;
    if (n < 0 && errno != EINTR) return false;
  }
}

int out_write(int fd, const void *buf, size_t len) {
  const char *p = buf;
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n > 0) {
      p += n;
      len -= (size_t)n;
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && wait_writable(fd)) {
      continue;
    } else {
      return -1;
    }
  }
  return 0;
}
