/*
** workdir.c — the work directory, the commands run for it, and the
** outputs (see workdir.h).
**
** The signal handler may run at any point, so what it reads lives in
** fixed storage set before it can be needed, and it uses system calls
** only: the directory is emptied with getdents64 and unlinkat, not
** readdir.  The work directory is flat (beamc names every file in it),
** so emptying it needs no recursion.
*/
#define _GNU_SOURCE /* getdents64 */

#include "workdir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char dir_path[PATH_MAX];
static volatile sig_atomic_t dir_made;
/* a copy being written next to an output (workdir_copy), when set */
static char partial_path[PATH_MAX + 8];
static volatile sig_atomic_t partial_set;
/* the command running (workdir_run), or 0 */
static volatile sig_atomic_t child;

static const int fatal_signals[] = {SIGHUP, SIGINT, SIGPIPE, SIGQUIT, SIGTERM};
#define N_FATAL (sizeof fatal_signals / sizeof fatal_signals[0])
/* whether our handler is installed (a signal ignored at start stays so) */
static bool handled[N_FATAL];

static void block_fatal(sigset_t *old) {
  sigset_t set;
  sigemptyset(&set);
  for (size_t i = 0; i < N_FATAL; i++) sigaddset(&set, fatal_signals[i]);
  sigprocmask(SIG_BLOCK, &set, old);
}

static void restore_mask(const sigset_t *old) { sigprocmask(SIG_SETMASK, old, NULL); }

/* Empties and removes the work directory if it exists; returns 0 or an
   errno value.  System calls only: the signal handler calls it. */
static int remove_dir(void) {
  int err = 0;
  for (int pass = 0; dir_made && pass < 3; pass++) {
    int fd = open(dir_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
      long buf[1024]; /* long: aligned for the records */
      ssize_t len;
      while ((len = getdents64(fd, buf, sizeof buf)) > 0)
        for (ssize_t off = 0; off < len;) {
          const struct dirent64 *e = (const struct dirent64 *)((char *)buf + off);
          const char *name = e->d_name;
          off += e->d_reclen;
          if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
            continue;
          if (unlinkat(fd, name, 0) != 0 && errno == EISDIR) unlinkat(fd, name, AT_REMOVEDIR);
        }
      close(fd);
    }
    if (rmdir(dir_path) == 0 || errno == ENOENT) {
      dir_made = 0;
      return 0;
    }
    err = errno;
  }
  return err;
}

static void remove_at_exit(void) {
  int err = remove_dir();
  if (err != 0)
    fprintf(stderr, "beamc: warning: cannot remove %s: %s\n", dir_path, strerror(err));
}

/* Stops the running command (SIGTERM, so a C compiler removes its own
   temporary files; SIGKILL if it is still there after 5 s), removes the
   partial copy and the work directory, then dies of sig. */
static void on_fatal_signal(int sig) {
  pid_t pid = (pid_t)child;
  if (pid > 0) {
    kill(pid, SIGTERM);
    struct timespec tick = {0, 10 * 1000 * 1000};
    int i = 0;
    while (waitpid(pid, NULL, WNOHANG) == 0 && i++ < 500) nanosleep(&tick, NULL);
    if (i > 500) {
      kill(pid, SIGKILL);
      waitpid(pid, NULL, 0);
    }
  }
  if (partial_set) unlink(partial_path);
  remove_dir();
  signal(sig, SIG_DFL);
  raise(sig); /* delivered when the handler returns: the signal is blocked here */
}

static void install_handlers(void) {
  static bool done;
  if (done) return;
  done = true;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_fatal_signal;
  sigemptyset(&sa.sa_mask);
  for (size_t i = 0; i < N_FATAL; i++) sigaddset(&sa.sa_mask, fatal_signals[i]);
  for (size_t i = 0; i < N_FATAL; i++) {
    struct sigaction old;
    if (sigaction(fatal_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    handled[i] = sigaction(fatal_signals[i], &sa, NULL) == 0;
  }
}

const char *workdir_get(void) {
  if (dir_made) return dir_path;
  const char *tmp = getenv("TMPDIR");
  if (tmp == NULL || *tmp == '\0') tmp = "/tmp";
  int err = ENAMETOOLONG;
  if ((size_t)snprintf(dir_path, sizeof dir_path, "%s/beamc.XXXXXX", tmp) < sizeof dir_path) {
    install_handlers();
    sigset_t old;
    block_fatal(&old);
    dir_made = mkdtemp(dir_path) != NULL;
    err = errno;
    restore_mask(&old);
  }
  if (!dir_made) {
    fprintf(stderr, "beamc: cannot create a temporary directory in %s: %s\n", tmp,
            strerror(err));
    return NULL;
  }
  static bool hooked;
  if (!hooked) hooked = atexit(remove_at_exit) == 0;
  return dir_path;
}

int workdir_run(char *const argv[], bool verbose) {
  if (verbose) {
    for (int i = 0; argv[i]; i++) fprintf(stderr, "%s%s", i ? " " : "", argv[i]);
    fputc('\n', stderr);
  }
  /* blocked until the pid is recorded, so the handler never misses the
     command; the command itself starts with the dispositions and mask
     beamc had */
  sigset_t old;
  block_fatal(&old);
  pid_t pid = fork();
  if (pid == 0) {
    for (size_t i = 0; i < N_FATAL; i++)
      if (handled[i]) signal(fatal_signals[i], SIG_DFL);
    restore_mask(&old);
    execvp(argv[0], argv);
    fprintf(stderr, "beamc: cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  int err = errno;
  if (pid > 0) child = pid;
  restore_mask(&old);
  if (pid < 0) {
    fprintf(stderr, "beamc: cannot run %s: %s\n", argv[0], strerror(err));
    return 127;
  }
  int st = 0;
  pid_t w;
  while ((w = waitpid(pid, &st, 0)) < 0 && errno == EINTR) continue;
  child = 0;
  if (w != pid) return 127;
  if (WIFEXITED(st)) return WEXITSTATUS(st);
  return WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 127;
}

/* ---- outputs ------------------------------------------------------------ */

static void report(const char *path, int err) {
  fprintf(stderr, "beamc: cannot write %s: %s\n", path, strerror(err));
}

/* path with its symbolic links followed as far as they go (a dangling
   link gives the file it names), malloc'd: an output that is a link is
   written at its target, as gcc does. */
static char *final_path(const char *path) {
  char *p = strdup(path);
  struct stat st;
  for (int hops = 0; p && hops < 40 && lstat(p, &st) == 0 && S_ISLNK(st.st_mode); hops++) {
    char target[PATH_MAX];
    ssize_t n = readlink(p, target, sizeof target - 1);
    if (n < 0) break;
    target[n] = '\0';
    const char *slash = strrchr(p, '/');
    size_t keep = target[0] == '/' || slash == NULL ? 0 : (size_t)(slash - p) + 1;
    char *next = malloc(keep + (size_t)n + 1);
    if (next != NULL) {
      memcpy(next, p, keep);
      memcpy(next + keep, target, (size_t)n + 1);
    }
    free(p);
    p = next;
  }
  return p;
}

/* An existing output that is not a regular file (a device, a FIFO) is
   written in place, as cp would; any other is replaced by renaming. */
static bool in_place(const char *path) {
  struct stat st;
  return lstat(path, &st) == 0 && !S_ISREG(st.st_mode);
}

/* Why path cannot be written as an output (an errno value), or 0: it
   is a directory, or it is written in place and not writable, or it is
   replaced and its directory cannot take a new file. */
static int unwritable(const char *path) {
  struct stat st;
  if (stat(path, &st) == 0) {
    if (S_ISDIR(st.st_mode)) return EISDIR;
  } else if (errno != ENOENT) {
    return errno;
  }
  if (in_place(path)) return access(path, W_OK) == 0 ? 0 : errno;
  const char *slash = strrchr(path, '/');
  char *dir = slash == NULL ? strdup(".")
              : slash == path ? strdup("/")
                              : strndup(path, (size_t)(slash - path));
  int err = dir == NULL ? ENOMEM : access(dir, W_OK | X_OK) == 0 ? 0 : errno;
  free(dir);
  return err;
}

int workdir_check_output(const char *path, const char *const *inputs, int n) {
  struct stat out, in;
  if (stat(path, &out) == 0)
    for (int i = 0; i < n; i++)
      if (stat(inputs[i], &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
        fprintf(stderr, "beamc: input file '%s' is the same as output file\n", inputs[i]);
        return 2;
      }
  char *real = final_path(path);
  int err = real == NULL ? ENOMEM : unwritable(real);
  free(real);
  if (err != 0) {
    report(path, err);
    return 1;
  }
  return 0;
}

static int write_all(int fd, const char *buf, size_t n) {
  while (n > 0) {
    ssize_t k = write(fd, buf, n);
    if (k < 0 && errno != EINTR) return errno;
    if (k > 0) buf += k, n -= (size_t)k;
  }
  return 0;
}

/* Appends the bytes of file `from` to the open descriptor out; returns 0
   or an errno value. */
static int copy_to_fd(const char *from, int out) {
  int in = open(from, O_RDONLY | O_CLOEXEC);
  if (in < 0) return errno;
  static char buf[1 << 16];
  int err = 0;
  for (;;) {
    ssize_t r = read(in, buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) err = errno;
    if (r <= 0 || (err = write_all(out, buf, (size_t)r)) != 0) break;
  }
  close(in);
  return err;
}

int workdir_copy(const char *from, const char *path) {
  struct stat st;
  if (stat(from, &st) != 0) return errno;
  if ((size_t)snprintf(partial_path, sizeof partial_path, "%s.XXXXXX", path) >= sizeof partial_path)
    return ENAMETOOLONG;
  sigset_t old;
  block_fatal(&old);
  int out = mkstemp(partial_path);
  int err = out < 0 ? errno : 0;
  partial_set = out >= 0;
  restore_mask(&old);
  if (out < 0) return err;
  err = copy_to_fd(from, out);
  if (err == 0 && fchmod(out, st.st_mode & 07777) != 0) err = errno;
  if (close(out) != 0 && err == 0) err = errno;
  if (err == 0 && rename(partial_path, path) != 0) err = errno;
  if (err != 0) unlink(partial_path);
  partial_set = 0;
  return err;
}

bool workdir_install(const char *from, const char *path) {
  char *real = final_path(path);
  int err = 0;
  if (real == NULL) {
    err = ENOMEM;
  } else if (in_place(real)) {
    int out = open(real, O_WRONLY | O_TRUNC | O_CLOEXEC);
    err = out < 0 ? errno : copy_to_fd(from, out);
    if (out >= 0 && close(out) != 0 && err == 0) err = errno;
  } else if (rename(from, real) != 0) {
    err = errno == EXDEV ? workdir_copy(from, real) : errno;
  }
  free(real);
  if (err != 0) report(path, err);
  return err == 0;
}
