/*
** fuzz_beam.c — libFuzzer target: the .beam reader, the dump, the validator
** and the emitter on arbitrary bytes.  Any crash, hang, leak or sanitizer report is a bug;
** a diag_fail error is the expected outcome for garbage.
*/
#include <stdint.h>
#include <stdio.h>

#include "beamread.h"
#include "dump.h"
#include "emit.h"
#include "validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FILE *null_out;
  if (null_out == NULL) null_out = fopen("/dev/null", "w");
  Arena *a = arena_new();
  Diag d = {.file = "fuzz.beam"};
  if (setjmp(d.env) == 0) {
    IrModule *m = beamread_module(a, &d, data, size);
    dump_module(null_out, m);
    validate_module(m, &d);      /* what passes is translated */
    EmitOptions eo = {.source = d.file};
    emit_module(null_out, null_out, m, &eo);
  }
  arena_free(a);
  return 0;
}
