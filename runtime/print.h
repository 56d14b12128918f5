/*
** print.h — terms as text: erlang:display/1 and the float formats.
**
** print_term writes a term exactly as erlang:display/1 of OTP 25 does
** (testsuite/unit/test_print.c holds erl's output for every rule):
**   - integers in decimal; floats as C's "%e" (3.140000e+00, -0.000000e+00,
**     1.000000e+100);
**   - atoms bare when they start with a lower-case letter (a-z, or
**     Latin-1 223..255 but 247) and go on with letters, digits and '_'
**     (Latin-1 letters 192..255 but 215 and 247 count; '@' does not);
**     otherwise quoted, with \b \t \n \v \f \r \' \\, other controls and
**     128..159 in three-digit octal, and everything else (127 and all
**     code points from 160 up) as its UTF-8 bytes.  Reserved words are
**     bare (after, and, fun);
**   - a non-empty proper list of characters 9, 10, 13, 32..126 and
**     160..255 prints as a string: "\n" for 10, \" for a quote, every
**     other character as one raw byte (Latin-1, backslash included);
**   - binaries of printable ASCII (32..126) as <<"ab">> (\" for a quote),
**     others as <<1,2,3>>, a bitstring ending in Value:Bits (<<97,1:3>>);
**   - {a,b}, [1,2|3], #{k=>v,...} (keys in the map's own, map-key, order);
**   - fun m:f/2 (atoms quoted as above), #Fun<m.Index.Uniq> (module name
**     bare), <0.N.S> (erl's number and serial, ptab.h), #Port<0.N>,
**     #Ref<0.A.B.C>.
** Deep and long terms do not recurse on the C stack.
*/
#ifndef BEAMRT_PRINT_H
#define BEAMRT_PRINT_H

#include <stddef.h>

#include "beamrt.h"

/* A growable byte buffer; s[len] is a NUL once anything was written. */
typedef struct PrintBuf {
  char *s;
  size_t len, cap;
} PrintBuf;

/* Room a float formatter needs, NUL included. */
#define PRINT_FLOAT_BUF 32

/* What erlang:display writes after the term.  erl 25 writes "\r\n" even
   when stdout is a pipe or a file (its printf adds the CR). */
#define PRINT_DISPLAY_EOL "\r\n"

void print_init(PrintBuf *b);
void print_free(PrintBuf *b);
/* Appends len bytes; ends the program if memory runs out (os/os.h). */
void print_append(PrintBuf *b, const char *s, size_t len);

/* Appends t as erlang:display/1 writes it (no newline). */
void print_term(PrintBuf *b, BeamTerm t);
/* Appends an atom, quoted where display quotes it. */
void print_atom(PrintBuf *b, BeamTerm atom);

/* Decodes the UTF-8 code point at str[*i] (i < len) and advances *i; a
   byte that does not start a well-formed sequence counts as one character
   of its own value (so any bytes decode). */
long print_utf8_next(const char *str, size_t len, size_t *i);

/* erlang:display/1: the term and PRINT_DISPLAY_EOL on descriptor 1, in
   one out_write (written when this returns; os/os.h). */
void print_display(BeamTerm t);

/* The shortest text that reads back as d (finite), laid out as erl's
   float_to_list(D, [short]) and io_lib's ~p: plain (123456789.0, 0.001)
   or scientific (1.0e100, 1.0e-10), whichever is shorter, plain on a
   tie; scientific always from 2^53 up.  buf: PRINT_FLOAT_BUF bytes.
   Returns the length. */
size_t print_float_short(char *buf, double d);

/* float_to_list/1: 20 digits after the point, "%.20e"
   (3.14000000000000012434e+00).  buf: PRINT_FLOAT_BUF bytes. */
size_t print_float_default(char *buf, double d);

#endif
