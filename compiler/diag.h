/*
** diag.h — how the translator reports bad input.
**
** A reader runs inside diag_try: on the first error it calls diag_fail,
** which formats one line ("FILE: at byte N: what is wrong") into the Diag
** and longjmps back, so no reader has to thread error codes through every
** helper.  Readers allocate only from an Arena, so nothing leaks.
*/
#ifndef BEAMC_DIAG_H
#define BEAMC_DIAG_H

#include <setjmp.h>
#include <stddef.h>

typedef struct Diag {
  const char *file;  /* name used in messages */
  jmp_buf env;       /* where diag_fail returns to */
  char msg[1024];    /* the formatted error line, without newline */
} Diag;

/* Offset value meaning "no byte offset applies". */
#define DIAG_NO_OFFSET ((long)-1)

/* Usage: if (setjmp(d.env) == 0) { ...read... } else { report d.msg } */
_Noreturn void diag_fail(Diag *d, long offset, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
