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

int main(void) {
  SRunner *sr = srunner_create(make_suite());
  srunner_set_tap(sr, "-");
  srunner_run_all(sr, CK_SILENT);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif
