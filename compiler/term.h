/*
** term.h — Erlang terms as the translator sees them at compile time.
**
** Literals of a module, its attributes, and every form of a .S file are
** CTerms.  They are immutable trees allocated in an Arena.  Invariants:
**   - an integer that fits int64_t is always CT_INT, never CT_BIG;
**   - a CT_BIG magnitude has no leading zero limbs and is not zero;
**   - lists are chains of CT_CONS ending in any term (CT_NIL if proper);
**   - atom names are UTF-8 bytes, NUL-terminated for convenience (an atom
**     name cannot contain NUL in practice, but len is authoritative).
*/
#ifndef BEAMC_TERM_H
#define BEAMC_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"

typedef enum CTermKind {
  CT_INT,    /* u.i */
  CT_BIG,    /* u.big: sign and magnitude */
  CT_FLOAT,  /* u.f */
  CT_ATOM,   /* u.atom */
  CT_NIL,    /* [] */
  CT_CONS,   /* u.cons */
  CT_TUPLE,  /* u.tuple */
  CT_BINARY, /* u.bin: a bitstring of u.bin.bits bits */
  CT_MAP,    /* u.map: pairs in the order read */
  CT_EXPORT  /* u.fun: fun M:F/A */
} CTermKind;

typedef struct CTerm CTerm;

struct CTerm {
  CTermKind kind;
  union {
    int64_t i;
    struct {
      bool neg;
      uint32_t n;         /* number of limbs */
      uint32_t *limbs;    /* little-endian base 2^32 magnitude */
    } big;
    double f;
    struct {
      uint32_t len;
      const char *name;
    } atom;
    struct {
      CTerm *head, *tail;
    } cons;
    struct {
      uint32_t arity;
      CTerm **elems;
    } tuple;
    struct {
      uint64_t bits;       /* size in bits; data has (bits+7)/8 bytes */
      const uint8_t *data;
    } bin;
    struct {
      uint32_t n;
      CTerm **keys, **vals;
    } map;
    struct {
      CTerm *mod, *fun;    /* atoms */
      uint32_t arity;
    } fun;
  } u;
};

/* Constructors.  All allocate from the arena; none fail. */
CTerm *cterm_int(Arena *a, int64_t v);
/* Builds an integer from a magnitude of n little-endian limbs; normalises
** (strips leading zero limbs, returns CT_INT when it fits int64_t). */
CTerm *cterm_big(Arena *a, bool neg, const uint32_t *limbs, uint32_t n);
/* Parses an optionally signed decimal string of exactly len bytes into an
** integer of any size; returns NULL if it is not one. */
CTerm *cterm_int_from_decimal(Arena *a, const char *s, size_t len);
CTerm *cterm_float(Arena *a, double v);
CTerm *cterm_atom(Arena *a, const char *name, size_t len);
CTerm *cterm_nil(Arena *a);
CTerm *cterm_cons(Arena *a, CTerm *head, CTerm *tail);
CTerm *cterm_tuple(Arena *a, uint32_t arity); /* elems zero; fill them */
CTerm *cterm_binary(Arena *a, const uint8_t *data, uint64_t bits); /* copies */
CTerm *cterm_map(Arena *a, uint32_t n);       /* keys/vals zero; fill them */
CTerm *cterm_export(Arena *a, CTerm *mod, CTerm *fun, uint32_t arity);

/* Accessors for common shapes. */
bool cterm_is_atom(const CTerm *t, const char *name);
/* True if t is a tuple of the given arity whose first element is the atom tag. */
bool cterm_is_tagged(const CTerm *t, const char *tag, uint32_t arity);
/* Length of a proper list, or -1 if t is not one. */
long cterm_list_length(const CTerm *t);
/* True and *out set if t is a CT_INT (no bignums). */
bool cterm_get_int(const CTerm *t, int64_t *out);

/* Total order of Erlang terms (number < atom < fun < tuple < map < nil <
** list < bitstring).  Integers and floats compare by value; when equal by
** value an integer sorts before a float, so the order is also a total
** order on distinct terms (used to print maps deterministically).
** Returns <0, 0, >0. */
int cterm_compare(const CTerm *a, const CTerm *b);
/* Map-key order (erl's exact order): as cterm_compare, but every integer
** is below every float, at any depth; the order of flatmap keys. */
int cterm_compare_keys(const CTerm *a, const CTerm *b);

/* Structural equality (=:=). */
bool cterm_equal(const CTerm *a, const CTerm *b);

/* Prints t as Erlang source text on one line, in the style of io:format's
** ~w with two differences: atoms are quoted only where erl quotes them,
** map pairs are printed in cterm_compare order, and binaries whose bytes
** are all printable ASCII print as <<"...">>.  Floats print in the
** shortest form that reads back to the same double, as erl does
** (1.0, 0.1, 3.0e300, -0.0).  Lists print with [...] (no string
** detection).  Deep terms do not overflow the C stack: lists are walked
** iteratively and nesting deeper than 10000 prints as '...'. */
void cterm_print(FILE *out, const CTerm *t);
/* Prints an atom name quoted as erl would ('foo bar', 'Foo', foo). */
void cterm_print_atom(FILE *out, const char *name, size_t len);
/* Prints a float the way erl's io_lib_format ~w does. */
void cterm_print_float(FILE *out, double v);
/* Prints bytes as an Erlang string literal "..." with escapes. */
void cterm_print_string(FILE *out, const uint8_t *s, size_t len);

#endif
