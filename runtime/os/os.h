/*
** os.h — the OS layer: every service of the operating system and of the
** hosted C library that the runtime uses.
**
** The rest of the runtime reaches memory, the standard streams, messages
** on stderr, process exit and abort, the clocks, signals and the C stack's
** bounds only through the functions declared here; outside runtime/os/ it
** calls nothing of the C library but the pure functions that
** docs/ARCHITECTURE.md lists ("The OS layer"), and
** testsuite/hdrcheck/oslayer.sh holds it to that.  A port to another
** system (a bare-metal microcontroller) keeps this header and replaces
** the files of runtime/os/ that implement it, and nothing else.  The
** layer calls nothing of the runtime above it.
**
** Five files implement it for POSIX (Linux, glibc), one prefix each:
**   os.c      os_      memory, messages on stderr, exit and abort, clocks
**   out.c     out_     the program's standard streams, as erl has them
**   cstack.c  cstack_  each thread's C stack: bounds, limit, overflow
**   thread.c  thr_     threads, mutexes, condition variables
**   zip.c     zip_     zlib streams (term_to_binary's compressed form)
**
** Threads: the SMP runtime's schedulers are threads (thr_start); built
** with configure --disable-smp (BEAMRT_SMP 0) it has one thread and
** thread.c takes nothing from the system's thread library.  Per-thread
** state is C11 _Thread_local, which needs no call (cstack.c's current
** stack).
**
** Out of memory has one policy, os_out_of_memory: one line on stderr,
** "beamrt: out of memory (WHAT)", and exit status 1, as erl's "Cannot
** allocate N bytes of memory" is one line and status 1.  The os_alloc
** family never returns NULL; os_try_alloc and os_try_alloc_block leave
** the failure to their caller.
*/
#ifndef BEAMRT_OS_H
#define BEAMRT_OS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* 1 for the runtime with SMP schedulers, 0 for one scheduler and no
   threads (configure --disable-smp). */
#ifndef BEAMRT_SMP
#define BEAMRT_SMP 1
#endif

#define OS_PRINTF(f, a) __attribute__((format(printf, f, a)))

/* ---------------------------------------------------------------------- */
/* Memory (os.c)                                                           */
/* ---------------------------------------------------------------------- */

/* bytes of memory (at least one byte when bytes is 0), aligned for any
   object; never NULL: when there is none, os_out_of_memory("%s", what)
   (what names the memory's use: "atom table", "map"). */
void *os_alloc(size_t bytes, const char *what);

/* count objects of size bytes, every byte zero; never NULL (what as for
   os_alloc, also when count * size overflows). */
void *os_alloc_zeroed(size_t count, size_t size, const char *what);

/* bytes (a multiple of align, a power of two) at an address that is a
   multiple of align; never NULL.  Freed by os_free. */
void *os_alloc_aligned(size_t align, size_t bytes, const char *what);

/* p (NULL, or from this family) resized to bytes, contents kept up to
   the smaller size; never NULL. */
void *os_realloc(void *p, size_t bytes, const char *what);

/* bytes of memory (at least one byte when bytes is 0), or NULL when
   there is none. */
void *os_try_alloc(size_t bytes);

/*
** A block for a process heap, which the collector writes whole soon after
** it gets it; NULL when there is no memory.  Blocks of several MiB are
** asked to be backed by huge pages where the system has them (page faults
** would otherwise cost as much as the copying).
*/
void *os_try_alloc_block(size_t bytes);

/* Gives back memory from any of the functions above; NULL is ignored. */
void os_free(void *p);

/* The out-of-memory policy: "beamrt: out of memory (" fmt ")" and a
   newline on stderr, exit status 1. */
_Noreturn void os_out_of_memory(const char *fmt, ...) OS_PRINTF(1, 2);

/* ---------------------------------------------------------------------- */
/* Messages, exit and fatal errors (os.c)                                  */
/* ---------------------------------------------------------------------- */

/* Formats a message and writes it on stderr now, in one out_write: the
   runtime's only way to report on stderr outside the program's own
   output.  fmt carries its own newline. */
void os_message(const char *fmt, ...) OS_PRINTF(1, 2);

/* A fatal error of the program's circumstances (no memory, the atom
   table full): os_message, then exit status 1. */
_Noreturn void os_fatal(const char *fmt, ...) OS_PRINTF(1, 2);

/* A fault of the runtime itself (a corrupt heap, an unknown resume
   entry, a failed OS_ASSERT): os_message, then os_abort, so that a
   debugger or a core dump sees the state. */
_Noreturn void os_panic(const char *fmt, ...) OS_PRINTF(1, 2);

/* Ends the program with status (0..255) at once; there is no buffer of
   the runtime's to flush. */
_Noreturn void os_exit(int status);

/* Ends the program abnormally (SIGABRT on POSIX), as halt(abort) does. */
_Noreturn void os_abort(void);

/* An invariant of the runtime; a failure is an os_panic naming the
   file, line, function and condition.  Nothing when NDEBUG is set. */
#ifdef NDEBUG
#define OS_ASSERT(c) ((void)0)
#else
#define OS_ASSERT(c)                                                           \
  ((c) ? (void)0                                                               \
       : os_panic("beamrt: %s:%d: %s: assertion failed: %s\n", __FILE__,       \
                  __LINE__, __func__, #c))
#endif

/* ---------------------------------------------------------------------- */
/* Clocks (os.c)                                                           */
/* ---------------------------------------------------------------------- */
/*
** The time the runtime can know, in nanoseconds: what the time BIFs
** (bif_time.c: erlang:monotonic_time, system_time, statistics/1, ...)
** are built on, and the timeouts of receive ... after will be.  A port
** without a real-time clock may return from os_system_ns a fixed date
** plus the monotonic time; one that cannot measure processor time may
** return os_monotonic_ns from os_cpu_ns.
*/

/* Nanoseconds since an unspecified moment; never less than an earlier
   call's value in the same program, and not stepped when the system's
   date is set. */
int64_t os_monotonic_ns(void);

/* Nanoseconds since 1970-01-01T00:00:00Z (the system's date and time;
   it moves when the date is set). */
int64_t os_system_ns(void);

/* The value of environment variable name, or NULL (always NULL where
   there is no environment). */
const char *os_getenv(const char *name);

/* The processors online (at least 1). */
int os_cpu_count(void);

/* Sleeps ns nanoseconds (at least; a signal does not cut it short), or
   for ever when ns < 0.  The single-scheduler runtime sleeps here when
   no process can run before the next timer. */
void os_sleep_ns(int64_t ns);

/* The local date and time of system time ns (os_system_ns), as
   erl's reports print it. */
typedef struct OsDate {
  int year, month, day, hour, minute, second, micro;
} OsDate;
void os_local_date(int64_t ns, OsDate *d);
/* The local date and time of secs seconds since 1970-01-01T00:00:00Z
   (any, before 1970 too): true and *d set (micro 0), or false when the
   system cannot tell (a year beyond its time type). */
bool os_local_time(int64_t secs, OsDate *d);
/* The seconds since 1970-01-01T00:00:00Z of the local date and time *d
   (micro ignored): true and *secs set, or false when the system cannot
   tell.  isdst says whether *d is in daylight saving time: 1 yes, 0 no,
   -1 let the system decide (C's tm_isdst). */
bool os_local_to_utc(const OsDate *d, int isdst, int64_t *secs);
/* The kernel's release as three numbers (Linux 6.1.0: 6, 1, 0; missing
   ones 0): true, or false when the system cannot tell. */
bool os_version(int v[3]);
/* Nanoseconds of processor time the program has used since it started,
   all its threads together, user and system time (statistics(runtime));
   0 if the system cannot tell. */
int64_t os_cpu_ns(void);

/* ---------------------------------------------------------------------- */
/* Threads, mutexes and condition variables (thread.c)                     */
/* ---------------------------------------------------------------------- */
/*
** Opaque storage the runtime embeds in its own structures (thread.c
** asserts that the system's types fit).  Without SMP no thread starts, a
** mutex only checks that it is used in pairs, and a wait sleeps.
*/
typedef struct OsMutex { _Alignas(16) unsigned char opaque[64]; } OsMutex;
typedef struct OsCond { _Alignas(16) unsigned char opaque[64]; } OsCond;
typedef struct OsThread { _Alignas(16) unsigned char opaque[16]; } OsThread;

/* Starts fn(arg) on a new thread t; false when the system has none to
   give (always false without SMP). */
bool thr_start(OsThread *t, void *(*fn)(void *), void *arg);
/* Waits for thread t to end. */
void thr_join(OsThread *t);
/* Lets another thread run (a spinning wait's pause); nothing without
   SMP. */
void thr_pause(void);
/* A mutex is initialised before use and destroyed unlocked. */
void thr_mutex_init(OsMutex *m);
void thr_mutex_destroy(OsMutex *m);
void thr_lock(OsMutex *m);
void thr_unlock(OsMutex *m);
/* Locks m if nobody holds it: true then, false at once otherwise. */
bool thr_trylock(OsMutex *m);
void thr_cond_init(OsCond *c);
void thr_cond_destroy(OsCond *c);
/* With m locked by the caller: unlocks m, waits for a signal or until
   the monotonic time `until` (os_monotonic_ns; for ever when < 0), and
   locks m again.  May return early (a spurious wake-up): the caller
   checks its condition in a loop. */
void thr_wait(OsCond *c, OsMutex *m, int64_t until);
/* Wakes one waiter of c / every waiter. */
void thr_signal(OsCond *c);
void thr_broadcast(OsCond *c);

/* ---------------------------------------------------------------------- */
/* The standard streams (out.c)                                            */
/* ---------------------------------------------------------------------- */
/*
** erl writes erlang:display's text to file descriptor 1 as it goes, with
** no buffer in the process: when display returns, the bytes are in the
** kernel (a file, a pipe, a terminal), so a program killed a moment later
** loses nothing it printed, and what it printed to stdout comes before
** anything it prints to stderr afterwards.  The runtime writes the same
** way: every piece of output is one out_write, which is one write(2) in
** the usual case, and nothing is ever held back in a buffer (stdio's
** stdout is not used for program output).
**
** erl also ignores SIGPIPE, so a write to a pipe whose reader has gone
** fails with EPIPE instead of killing the program, and display carries on
** as if it had written; and it puts /dev/null on any of descriptors 0, 1
** and 2 that is closed at start-up, so `prog >&-` runs to its end with
** its output discarded (and no file the program opens later can land on
** descriptor 1 and receive its output).  out_init does both.
*/

/* Start-up, before any output: descriptors 0, 1 and 2 are open (those
   that were closed now read from or write to /dev/null) and SIGPIPE is
   ignored.  Idempotent. */
void out_init(void);

/*
** Writes len bytes to descriptor fd (1 stdout, 2 stderr) now, retrying
** after a signal and after a partial write, and waiting while a
** non-blocking descriptor is full.  Any other failure (EPIPE from a
** closed pipe, EBADF, ENOSPC, EIO) drops the rest of the bytes silently:
** erl's display reports nothing either and returns true.  Returns 0 when
** everything was written, -1 when bytes were dropped.
*/
int out_write(int fd, const void *buf, size_t len);

/* ---------------------------------------------------------------------- */
/* The C stack of a thread that runs generated code (cstack.c)             */
/* ---------------------------------------------------------------------- */
/*
** Generated code deepens the C stack with every non-tail call, and leaves
** it (unwinds to the scheduler loop, which resumes from the Erlang stack)
** when the stack pointer passes the process's `cstack_limit` (beamrt.h,
** BEAM_STACK_DEEP and BEAM_MUST_YIELD).  That limit must leave room,
** between it and the real end of the stack, for the runtime functions
** called from the deepest generated frame; and it must be measured from
** where the stack really ends, not from the scheduler loop's frame: on
** the main thread the kernel puts the arguments, the environment and the
** auxiliary vector at the top of the stack, and RLIMIT_STACK (ulimit -s)
** counts them, so a program started with 120 KB of environment under
** `ulimit -s 170` has 50 KB left where the loop starts.
**
** Each thread that runs generated code (the main thread now; every
** scheduler thread once there are several) owns one CStack and calls
** cstack_attach on itself first.  That records the thread's stack bounds
** and gives the thread an alternate signal stack, and the first call
** installs a SIGSEGV handler for the whole program: a fault within
** CSTACK_GUARD_WINDOW below the faulting thread's stack bound (or in its
** lowest page) is a C stack overflow, reported on stderr as "beamrt: C
** stack overflow ..." with exit status 1, as the runtime's other fatal
** errors; any other fault kills the program with SIGSEGV as before.
**
** Invariants:
**   - a CStack is attached to at most one thread, and stays valid while
**     that thread runs generated code;
**   - for the main thread, [low, high) is the part of the stack below the
**     arguments and environment that RLIMIT_STACK still allows;
**   - low == NULL means the bounds are unknown (the platform does not
**     say): the limit then follows the older rule (below) and no fault
**     is recognised as an overflow.
*/

/* The most C stack one run of generated code uses below the scheduler
   loop before it unwinds: unwinding costs little, but not nothing. */
#define CSTACK_BUDGET ((size_t)1 << 20)
/* Room kept below the limit (when the stack has it) for the runtime
   functions called from the deepest generated frame and for that
   frame's locals. */
#define CSTACK_RESERVE ((size_t)64 << 10)
/* A fault this far below the stack's bound still counts as an overflow
   (one frame may jump past the bound by its size; Linux keeps 1 MiB
   unmapped below a growing stack). */
#define CSTACK_GUARD_WINDOW ((size_t)1 << 20)

typedef struct CStack {
  char *low;        /* the lowest address the stack may use, or NULL */
  char *high;       /* one past its highest address, or NULL */
  size_t rlimit;    /* RLIMIT_STACK when attached, 0 if unlimited */
  void *alt;        /* the alternate signal stack (malloc'd), or NULL */
  size_t alt_size;
} CStack;

/* Binds cs to the calling thread: its stack bounds, an alternate signal
   stack for the overflow report, and (on the first call in the program)
   the SIGSEGV handler.  Call it before the thread runs generated code.
   Builds with AddressSanitizer get
   no handler: ASan reports stack overflows itself. */
void cstack_attach(CStack *cs);

/* Undoes cstack_attach on the calling thread (frees the alternate stack).
   For threads that end and for tests. */
void cstack_detach(void);

/*
** The address below which generated code called from `frame` (the
** scheduler loop's) must unwind.  With the bounds known, `avail` being
** the stack between frame and low: the limit keeps min(CSTACK_RESERVE,
** avail / 2) above low and lies at most CSTACK_BUDGET below frame.
** Without them (no thread attached, or bounds unknown): CSTACK_BUDGET,
** or a quarter of RLIMIT_STACK when that is smaller, below frame.
*/
char *cstack_limit(char *frame);

/* The calling thread's CStack, or NULL if it is not attached. */
const CStack *cstack_current(void);

/* ---------------------------------------------------------------------- */
/* Compression (zip.c)                                                     */
/* ---------------------------------------------------------------------- */
/*
** zlib streams (RFC 1950), as the external term format's compressed form
** holds them (bin/etf.c).  A port without zlib may answer false from
** both: term_to_binary then writes the uncompressed form (as erl does
** when compressing fails) and binary_to_term refuses the compressed one.
*/

/* Compresses in[0..n) at level 1..9 into one zlib stream in out, which
   has room for cap bytes: the bytes of zlib's compress2 at that level.
   True and *len set when the whole stream fits in cap, else false. */
bool zip_deflate(int level, const uint8_t *in, size_t n, uint8_t *out, size_t cap,
                 size_t *len);

/* Inflates the zlib stream at in[0..n) into out: true, and *used set to
   the bytes the stream takes, when it ends within in having produced
   exactly cap bytes; false when it is bad, ends before cap bytes, would
   produce more, or runs past in. */
bool zip_inflate(const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *used);

#endif
