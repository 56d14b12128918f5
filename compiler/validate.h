/*
** validate.h — checks a module's code before any C is written (prefix
** validate_).
**
** The readers accept any code that is well-formed as a file; the emitter
** assumes code erlc could have written.  The validator stands between
** them, in the spirit of OTP's beam_validator: it follows every path
** through each function and checks labels, the operand kinds of each
** instruction, that registers are initialised before they are read,
** the stack frame along every path (allocate, trim, deallocate, return,
** the frame sizes of tail calls), catch and try nesting, heap needs of
** the instructions that build terms, arities of calls and funs, and the
** types that instructions such as get_list and get_tuple_element assume.
** docs/ARCHITECTURE.md ("The validator") describes the rules and where
** they differ from OTP's.
*/
#ifndef BEAMC_VALIDATE_H
#define BEAMC_VALIDATE_H

#include "diag.h"
#include "ir.h"

/*
** Checks every function of m.  On the first error, fails through
** diag_fail with one line: "FILE: function F/A, instruction K (the
** instruction as --dump prints it): what is wrong".  An instruction whose
** source type could be wrong but could not be proven wrong (code from a
** .beam carries no type annotations) gets IRF_UNPROVEN, so the emitter
** checks the type at run time.  Allocates nothing that outlives the call.
*/
void validate_module(IrModule *m, Diag *d);

#endif
