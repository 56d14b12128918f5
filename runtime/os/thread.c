/*
** thread.c — threads, mutexes and condition variables of the OS layer
** (os.h, prefix thr_), over POSIX threads.
**
** Built without SMP (configure --disable-smp: BEAMRT_SMP is 0) the
** runtime has one thread and this file takes nothing from the system's
** thread library: no thread starts, a mutex is a flag that checks its
** own use, and waiting on a condition is sleeping, since nobody else
** could signal it.  The objects are opaque storage of a fixed size in
** os.h, so the rest of the runtime embeds them without <pthread.h>; the
** assertions below hold the sizes to what this system's types need.
*/
#define _POSIX_C_SOURCE 200809L /* pthread_*, clock_gettime */

#include "os.h"

#include <errno.h>
#include <time.h>

#if BEAMRT_SMP
#include <pthread.h>
#include <sched.h>

_Static_assert(sizeof(pthread_mutex_t) <= sizeof(OsMutex), "OsMutex too small");
_Static_assert(sizeof(pthread_cond_t) <= sizeof(OsCond), "OsCond too small");
_Static_assert(sizeof(pthread_t) <= sizeof(OsThread), "OsThread too small");

#define MUTEX(m) ((pthread_mutex_t *)(void *)(m)->opaque)
#define COND(c) ((pthread_cond_t *)(void *)(c)->opaque)
#define THREAD(t) ((pthread_t *)(void *)(t)->opaque)

/* A failed call that cannot fail when the runtime uses the objects
   correctly (EINVAL, EDEADLK, EPERM) is an internal error. */
static void check(int rc, const char *what) {
  if (rc != 0) os_panic("beamrt: internal error: %s failed (error %d)\n", what, rc);
}

bool thr_start(OsThread *t, void *(*fn)(void *), void *arg) {
  return pthread_create(THREAD(t), NULL, fn, arg) == 0;
}

void thr_join(OsThread *t) { check(pthread_join(*THREAD(t), NULL), "pthread_join"); }

void thr_pause(void) { sched_yield(); }

void thr_mutex_init(OsMutex *m) { check(pthread_mutex_init(MUTEX(m), NULL), "pthread_mutex_init"); }
void thr_mutex_destroy(OsMutex *m) { check(pthread_mutex_destroy(MUTEX(m)), "pthread_mutex_destroy"); }
void thr_lock(OsMutex *m) { check(pthread_mutex_lock(MUTEX(m)), "pthread_mutex_lock"); }
void thr_unlock(OsMutex *m) { check(pthread_mutex_unlock(MUTEX(m)), "pthread_mutex_unlock"); }

bool thr_trylock(OsMutex *m) {
  int rc = pthread_mutex_trylock(MUTEX(m));
  if (rc == EBUSY) return false;
  check(rc, "pthread_mutex_trylock");
  return true;
}

/* Conditions wait on CLOCK_MONOTONIC, as os_monotonic_ns counts. */
void thr_cond_init(OsCond *c) {
  pthread_condattr_t a;
  check(pthread_condattr_init(&a), "pthread_condattr_init");
  check(pthread_condattr_setclock(&a, CLOCK_MONOTONIC), "pthread_condattr_setclock");
  check(pthread_cond_init(COND(c), &a), "pthread_cond_init");
  pthread_condattr_destroy(&a);
}
void thr_cond_destroy(OsCond *c) { check(pthread_cond_destroy(COND(c)), "pthread_cond_destroy"); }
void thr_signal(OsCond *c) { check(pthread_cond_signal(COND(c)), "pthread_cond_signal"); }
void thr_broadcast(OsCond *c) { check(pthread_cond_broadcast(COND(c)), "pthread_cond_broadcast"); }

void thr_wait(OsCond *c, OsMutex *m, int64_t until) {
  if (until < 0) {
    check(pthread_cond_wait(COND(c), MUTEX(m)), "pthread_cond_wait");
    return;
  }
  struct timespec ts = {(time_t)(until / 1000000000), (long)(until % 1000000000)};
  int rc = pthread_cond_timedwait(COND(c), MUTEX(m), &ts);
  if (rc != ETIMEDOUT) check(rc, "pthread_cond_timedwait");
}

#else /* one thread */

bool thr_start(OsThread *t, void *(*fn)(void *), void *arg) {
  (void)t, (void)fn, (void)arg;
  return false;
}
void thr_join(OsThread *t) {
  (void)t;
  os_panic("beamrt: internal error: thr_join without threads\n");
}

void thr_pause(void) {}

void thr_mutex_init(OsMutex *m) { m->opaque[0] = 0; }
void thr_mutex_destroy(OsMutex *m) { OS_ASSERT(m->opaque[0] == 0); }
void thr_lock(OsMutex *m) {
  OS_ASSERT(m->opaque[0] == 0); /* it would wait for ever */
  m->opaque[0] = 1;
}
void thr_unlock(OsMutex *m) {
  OS_ASSERT(m->opaque[0] == 1);
  m->opaque[0] = 0;
}
bool thr_trylock(OsMutex *m) {
  if (m->opaque[0]) return false;
  m->opaque[0] = 1;
  return true;
}

void thr_cond_init(OsCond *c) { (void)c; }
void thr_cond_destroy(OsCond *c) { (void)c; }
void thr_signal(OsCond *c) { (void)c; }
void thr_broadcast(OsCond *c) { (void)c; }
void thr_wait(OsCond *c, OsMutex *m, int64_t until) {
  (void)c;
  OS_ASSERT(m->opaque[0] == 1);
  if (until < 0) os_sleep_ns(-1);
  int64_t left = until - os_monotonic_ns();
  if (left > 0) os_sleep_ns(left);
}

#endif
