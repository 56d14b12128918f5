/*
** driver.h — from modules to a native executable (prefix driver_).
**
** The pipeline: every input module is translated to C in a work
** directory; the modules they import that are not inputs are looked up in
** the installed OTP (its ebin directories) and translated too, until no
** import is left unresolved; a link unit with main() is written; the C
** compiler compiles each file and links them with libbeamrt.  Translated
** OTP modules are cached as objects, keyed by the .beam's content and the
** options.  Everything is made in the work directory of workdir.h and
** installed at the outputs' names at the end.
*/
#ifndef BEAMC_DRIVER_H
#define BEAMC_DRIVER_H

#include <stdbool.h>

typedef struct DriverOptions {
  const char *out;        /* -o: the executable (or object with -c) */
  const char *erlc;
  const char *cc;         /* $CC or "cc" */
  const char *entry_mod;  /* -e Mod:Fun; NULL: the first module's main/1 */
  const char *entry_fun;
  const char *cflags;     /* -O / -g as given */
  bool keep_c;            /* --emit-c: keep the C next to the output */
  bool object_only;       /* -c */
  bool verbose;           /* -v: show each command */
  bool gc_stress;
  const char *target;     /* --target: a cross target's triple; NULL: the host */
  bool link_static;       /* --static */
} DriverOptions;

/* The C compiler of a cross target: TRIPLE-gcc (malloc'd). */
char *driver_target_cc(const char *target);

/* Builds the program from the input files; returns the exit status: 0;
   1 after "beamc: cannot write PATH: REASON" when an output cannot be
   written (checked before the work starts where it can be); 2 after a
   message for bad input, an output that is one of the inputs, or a
   failing erlc, C compiler or linker.  Whatever the status, nothing is
   left in the work directory (workdir.h), and an output is either
   complete or untouched. */
int driver_build(const DriverOptions *o, const char *const *inputs, int n);

#endif
