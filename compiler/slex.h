/*
** slex.h — reader of Erlang term text, as `erlc -S` writes it.
**
** A .S file is a sequence of forms "Term." with %-comments.  The term
** syntax accepted is what io:format's ~p produces: integers of any size
** (decimal, with optional sign, also Base#Digits), floats, atoms (bare
** and quoted, with escapes), strings (with escapes; adjacent strings
** concatenate, as ~p breaks long strings that way), tuples, proper and
** improper lists, binaries (<<"...">>, <<1,2,3:4>>, mixed segments),
** maps (#{K => V}), and external funs (fun M:F/A).  Character literals
** ($a) are accepted too.
*/
#ifndef BEAMC_SLEX_H
#define BEAMC_SLEX_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"
#include "term.h"

typedef struct SForms {
  uint32_t n;
  CTerm **forms;
  uint32_t *lines;   /* source line where each form starts (1-based) */
} SForms;

/* Parses all forms of text[0..len).  On a syntax error, fails through
** diag_fail with a message "line L: what is wrong" (offset DIAG_NO_OFFSET).
** Nesting deeper than 10000 is an error, not a stack overflow. */
void slex_parse_forms(Arena *a, Diag *d, const char *text, size_t len, SForms *out);

/* Parses text[0..len) as exactly one term, with no final dot. */
CTerm *slex_parse_term(Arena *a, Diag *d, const char *text, size_t len);

#endif
