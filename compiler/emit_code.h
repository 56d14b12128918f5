/*
** emit_code.h — the instruction translator, the middle layer of the
** emitter (see emit_ctx.h for the layers).  Internal to the emitter.
*/
#ifndef BEAMC_EMIT_CODE_H
#define BEAMC_EMIT_CODE_H

#include "emit_ctx.h"
#include "ir.h"

/*
** Writes f's instructions to e->body as the C statements of its body,
** and records in e the resume points
** the body jumps to (e->entries) and the X and float registers it uses
** (e->max_x, e->max_fr).  Assumes emit.c has set e->fn to f's index,
** reset the per-function fields and opened e->body; the body refers to
** the file-scope names emit.c writes (mfa<fn>, rp<fn>_<k>, fe<k>,
** rpi<k>).  Instructions it cannot translate yet become code that raises
** {notsup, Name}, with a warning.
*/
void code_function_body(Emitter *e, const IrFunction *f);

#endif
