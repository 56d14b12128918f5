/*
** diag.c — error reporting for readers (see diag.h).
*/
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>

void diag_fail(Diag *d, long offset, const char *fmt, ...) {
  int n;
  if (offset >= 0)
    n = snprintf(d->msg, sizeof d->msg, "%s: at byte %ld: ", d->file, offset);
  else
    n = snprintf(d->msg, sizeof d->msg, "%s: ", d->file);
  if (n < 0 || (size_t)n >= sizeof d->msg) n = 0;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(d->msg + n, sizeof d->msg - (size_t)n, fmt, ap);
  va_end(ap);
  longjmp(d->env, 1);
}
