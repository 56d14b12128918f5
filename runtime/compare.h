/*
** compare.h — Erlang's term order, as OTP 25 defines it.
**
** The ABI functions beam_compare, beam_eq and beam_eq_exact (beamrt.h)
** live in compare.c, with these helpers.  The order:
**
**   number < atom < reference < fun < port < pid < tuple < map < nil
**   < list < bitstring
**
** Two modes, chosen by beam_compare's `exact`:
**
**   arithmetic (exact = 0): the order of <, ==, lists:sort.  Integers and
**     floats compare by value, exactly (a bignum against a float loses no
**     precision), and are equal when their values are: 1 == 1.0, and
**     lists:sort([1.0, 1]) keeps the order it was given.
**
**   map-key (exact = 1): the order of =:= and of map keys.  Every integer
**     is below every float (erl: #{2 => a} < #{1.0 => a}, and the keys of
**     #{2 => a, 1.0 => b, -3.0 => c} print as 2, -3.0, 1.0), so 1 and 1.0
**     differ; otherwise as above.
**
** In both modes 0.0 and -0.0 are equal (OTP 25: 0.0 =:= -0.0 is true,
** and they are one map key).  Further rules (each checked against erl in
** testsuite/unit/test_compare.c):
**   - atoms by their text, code point by code point (UTF-8 byte order);
**   - references by their words, the last (printed first) most significant;
**   - funs: closures before export funs; closures by module, index, uniq,
**     then their free variables (count, then values); export funs by
**     module, function, arity;
**   - ports and pids by number;
**   - tuples by size, then element by element;
**   - maps by size, then their keys in map-key order (always, even in
**     arithmetic mode: #{1 => a} /= #{1.0 => a}), then their values in
**     that key order in the mode asked for (#{1 => 2} == #{1 => 2.0});
**   - lists element by element, a shorter list first; an improper tail
**     compares as a term ([1|a] < [1|2] is false: number < atom);
**   - bitstrings bit by bit, then the shorter first (<<1:1>> < <<128>>).
**
** Nothing recurses on the C stack: pending pairs go on an explicit stack
** that lives on the C stack while small and in os_alloc memory after.
*/
#ifndef BEAMRT_COMPARE_H
#define BEAMRT_COMPARE_H

#include "beamrt.h"

/* Two atoms by their text: -1, 0, 1. */
int cmp_atoms(BeamTerm a, BeamTerm b);

/* An integer term (small or big) against a finite double, exactly. */
int cmp_int_float(BeamTerm i, double f);

/* The map-key order: beam_compare(a, b, 1), under the name map code
   should use to keep a flatmap's keys sorted. */
int cmp_map_keys(BeamTerm a, BeamTerm b);

#endif
