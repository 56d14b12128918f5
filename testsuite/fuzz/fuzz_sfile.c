/*
** fuzz_sfile.c — libFuzzer target: the .S reader, the dump, the validator
** and the emitter on arbitrary text.
*/
#include <stdint.h>
#include <stdio.h>

#include "dump.h"
#include "emit.h"
#include "validate.h"
#include "sread.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FILE *null_out;
  if (null_out == NULL) null_out = fopen("/dev/null", "w");
  Arena *a = arena_new();
  Diag d = {.file = "fuzz.S"};
  if (setjmp(d.env) == 0) {
    IrModule *m = sread_module(a, &d, (const char *)data, size);
    dump_module(null_out, m);
    validate_module(m, &d);      /* what passes is translated */
    EmitOptions eo = {.source = d.file};
    emit_module(null_out, null_out, m, &eo);
  }
  arena_free(a);
  return 0;
}
