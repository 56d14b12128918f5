/*
** unit.h — shared main() for the check-based unit tests.
**
** Each test program defines `Suite *make_suite(void)` and includes this
** header once; the suite runs forked, and reports in TAP on stdout so the
** test driver counts every test case.
*/
#ifndef BEAMC_UNIT_H
#define BEAMC_UNIT_H

#include <check.h>
#include <stdlib.h>

Suite *make_suite(void);

/* A test program of the runtime's answer to an allocation that fails
   defines UNIT_MALLOC_MAY_FAIL before including this header.  In a build
   with AddressSanitizer (configure --enable-sanitizers), ASan's allocator
   aborts on a request it cannot satisfy where malloc returns NULL, so
   such a program asks ASan for NULL.  __asan_default_options is ASan's
   hook for a program's own defaults (read at start-up; ASAN_OPTIONS
   still wins), hence the reserved name. */
#ifdef UNIT_MALLOC_MAY_FAIL
#if defined(__SANITIZE_ADDRESS__)
#define UNIT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNIT_ASAN 1
#endif
#endif
#ifdef UNIT_ASAN
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "allocator_may_return_null=1"; }
#endif
#endif

int main(void) {
  SRunner *sr = srunner_create(make_suite());
  srunner_set_tap(sr, "-");
  srunner_run_all(sr, CK_SILENT);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif
