/*
** test_thread.c — the OS layer's threads, mutexes and conditions
** (runtime/os/thread.c): with SMP, threads start and are joined, a mutex
** excludes (a counter incremented under it by several threads loses no
** increment), trylock fails while another holds the lock, a signal wakes
** a waiter and a timed wait returns by its deadline; without SMP
** (configure --disable-smp) no thread starts, a mutex still pairs, and a
** timed wait sleeps until its deadline.
*/
#include <stdatomic.h>

#include "os/os.h"
#include "unit.h"

#define THREADS 4
#define ROUNDS 100000

typedef struct {
  OsMutex m;
  OsCond c;
  long counter;
  int flag;
  atomic_int seen; /* try_held's result: 1 locked, 2 refused */
} Shared;

static void *count(void *arg) {
  Shared *s = arg;
  for (int i = 0; i < ROUNDS; i++) {
    thr_lock(&s->m);
    s->counter++;
    thr_unlock(&s->m);
  }
  return NULL;
}

START_TEST(mutex_excludes) {
  Shared s = {.counter = 0};
  thr_mutex_init(&s.m);
  OsThread t[THREADS];
  int started = 0;
  for (int i = 0; i < THREADS; i++) started += thr_start(&t[i], count, &s);
  if (!BEAMRT_SMP) {
    ck_assert_int_eq(started, 0);
    count(&s);
    ck_assert_int_eq(s.counter, ROUNDS);
  } else {
    ck_assert_int_eq(started, THREADS);
    count(&s);
    for (int i = 0; i < THREADS; i++) thr_join(&t[i]);
    ck_assert_int_eq(s.counter, (long)(THREADS + 1) * ROUNDS);
  }
  thr_mutex_destroy(&s.m);
}
END_TEST

static void *try_held(void *arg) {
  Shared *s = arg;
  atomic_store(&s->seen, thr_trylock(&s->m) ? 1 : 2);
  return NULL;
}

START_TEST(trylock_fails_while_held) {
  Shared s = {.flag = 0};
  atomic_init(&s.seen, 0);
  thr_mutex_init(&s.m);
  ck_assert(thr_trylock(&s.m));
  if (BEAMRT_SMP) {
    OsThread t;
    ck_assert(thr_start(&t, try_held, &s));
    thr_join(&t);
    ck_assert_int_eq(atomic_load(&s.seen), 2);
  } else {
    ck_assert(!thr_trylock(&s.m));
  }
  thr_unlock(&s.m);
  ck_assert(thr_trylock(&s.m));
  thr_unlock(&s.m);
  thr_mutex_destroy(&s.m);
}
END_TEST

static void *raise_flag(void *arg) {
  Shared *s = arg;
  thr_lock(&s->m);
  s->flag = 1;
  thr_signal(&s->c);
  thr_unlock(&s->m);
  return NULL;
}

/* The waiter sees the flag a signal announced; no deadline. */
START_TEST(signal_wakes_waiter) {
  if (!BEAMRT_SMP) return;
  Shared s = {.flag = 0};
  thr_mutex_init(&s.m);
  thr_cond_init(&s.c);
  OsThread t;
  thr_lock(&s.m);
  ck_assert(thr_start(&t, raise_flag, &s));
  while (!s.flag) thr_wait(&s.c, &s.m, -1);
  thr_unlock(&s.m);
  thr_join(&t);
  thr_cond_destroy(&s.c);
  thr_mutex_destroy(&s.m);
}
END_TEST

/* Nobody signals: the wait ends at its deadline, not long after. */
START_TEST(timed_wait_ends) {
  Shared s;
  thr_mutex_init(&s.m);
  thr_cond_init(&s.c);
  thr_lock(&s.m);
  int64_t until = os_monotonic_ns() + 20000000; /* 20 ms */
  while (os_monotonic_ns() < until) thr_wait(&s.c, &s.m, until);
  int64_t late = os_monotonic_ns() - until;
  thr_unlock(&s.m);
  ck_assert_int_ge(late, 0);
  ck_assert_int_lt(late, 2000000000); /* a loaded machine, under qemu */
  thr_cond_destroy(&s.c);
  thr_mutex_destroy(&s.m);
}
END_TEST

Suite *make_suite(void) {
  Suite *s = suite_create("thread");
  TCase *tc = tcase_create("thread");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, mutex_excludes);
  tcase_add_test(tc, trylock_fails_while_held);
  tcase_add_test(tc, signal_wakes_waiter);
  tcase_add_test(tc, timed_wait_ends);
  suite_add_tcase(s, tc);
  return s;
}
