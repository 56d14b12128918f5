/*
** pretty.h — terms as io_lib's ~p and ~w print them (prefix pretty_).
**
** escript reports an uncaught exception through erl_error, which prints
** every term with  io_lib:format("~.<Col>P", [Term, 50]), for a latin1
** device (the encoding escript's io:getopts() reports when its output is
** redirected).  pretty_print writes the same characters, one byte per
** character:
**   - the text of a term (io_lib:write's, latin1): integers in decimal;
**     floats in the shortest form that reads back (print_float_short:
**     1.0, 0.1, 1.0e100); atoms quoted when erl_scan would not read them
**     bare (reserved words such as 'case' too; '@' is a name character),
**     inside quotes \' \\ \n \r \t \v \b \f \e \d, other controls below
**     160 in three-digit octal, 160..255 raw and code points above 255 as
**     \x{HEX}; a proper list of printable Latin-1 characters (32..126,
**     160..255, \n \r \t \v \b \f \e) as a string in double quotes;
**     #{K => V, ...}; a binary as <<"text">> when its first bytes are
**     printable, else <<1,2,3>> (<<1,5:3>> for a bitstring); funs, pids,
**     ports and references as erlang:display writes them;
**   - the depth limit: the n-th element of a list or tuple (and the n-th
**     pair of a map) is one level deeper than the first, and what lies
**     beyond the limit is "...": [1,2|...], {a,...}, #{...}, <<1,...>>;
**   - the layout of io_lib_pretty: a term that fits on the line from
**     column Col (line length Ll) is written on one line; else its parts
**     go on lines of their own, indented to the column after the opening
**     bracket, a tuple that starts with an atom keeps the atom and its
**     first element on the first line, and the parts that are written
**     bare (atoms, numbers, strings) are packed several to a line.  The
**     widths and tests are io_lib_pretty's to the character, so line
**     breaks fall where erl puts them.
** Records, chars_limit, the Unicode device encoding and Unicode printable
** ranges are not supported (escript's error printer uses none of them).
** The C stack use is bounded by the depth limit: every level of nesting
** is one level deeper.
*/
#ifndef BEAMRT_PRETTY_H
#define BEAMRT_PRETTY_H

#include "print.h"

/* The depth erl_error (and so escript) prints terms to. */
#define PRETTY_ERROR_DEPTH 50

/* Appends t as  io_lib:format("~.<col>P", [t, depth])  with line length
   ll would write it (ll 80 is the default of ~p).  depth >= 1. */
void pretty_print(PrintBuf *b, BeamTerm t, long col, long ll, int depth);

/* Appends an atom as io_lib:write_atom_as_latin1/1 (and ~w) writes it. */
void pretty_atom(PrintBuf *b, BeamTerm atom);

#endif
