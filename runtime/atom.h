/*
** atom.h — the atom table.
**
** An atom is a pointer to a BeamAtom record plus tag 3 (beamrt.h).  The
** table maps names to records so that every name has one record in a
** running program: static records (generated code's beam_atom_* and the
** runtime's own, from atoms.tab) are registered at start-up, and atoms
** made at run time (list_to_atom, binary_to_atom) get an os_alloc'd record.
**
** Invariants:
**   - every record in the table has a distinct name, and its hash field
**     is atom_hash() of the name;
**   - records are never removed or moved while the program runs, so an
**     atom term stays valid for ever;
**   - names are UTF-8 of at most 255 characters (code points);
**   - the table never holds more than ATOM_LIMIT records.
**
** The table is single-threaded for now; atom.c marks where a lock goes
** when schedulers run in several threads.
*/
#ifndef BEAMRT_ATOM_H
#define BEAMRT_ATOM_H

#include <stddef.h>
#include <stdint.h>

#include "beamrt.h"

/* The longest atom, in characters (Erlang's limit). */
#define ATOM_MAX_CHARS 255

/* The most atoms the table holds, erl's default (its +t option): the
   runtime's own, those of every linked module, and those made at run
   time all count.  Making one more ends the program as erl does: "no
   more index entries in atom_tab (max=1048576)" on stderr, status 1. */
#define ATOM_LIMIT ((size_t)1 << 20)

/* 32-bit FNV-1a of len bytes (the translator computes the same). */
uint32_t atom_hash(const char *s, size_t len);

/* Characters (code points) in len bytes of UTF-8: the bytes that are
   not continuation bytes (10xxxxxx).  The input is assumed valid. */
size_t atom_utf8_chars(const char *s, size_t len);

/* Registers the runtime's own atoms (atoms.tab); the other functions do
   it on first use, so calling this is optional.  Idempotent. */
void atom_init(void);

/* Adds a static record.  If a record of the same name is registered
   already, the table keeps that one (duplicates are tolerated: the
   linker normally merges the weak definitions).  Past ATOM_LIMIT, ends
   the program as atom_intern does. */
void atom_register(const BeamAtom *a);

/* The atom named by len bytes at name, or BEAM_NONV if there is none. */
BeamTerm atom_lookup(const char *name, size_t len);

/* The atom named by len bytes of UTF-8 at name, made if needed.  Returns
   BEAM_NONV when the name has more than ATOM_MAX_CHARS characters (the
   caller raises system_limit).  Ends the program (status 1) when a new
   atom would pass ATOM_LIMIT, and when memory runs out (os_out_of_memory). */
BeamTerm atom_intern(const char *name, size_t len);

/* Number of atoms in the table. */
size_t atom_count(void);

/* Frees the table and every record atom_intern made; afterwards no atom
   made at run time may be used.  For tests and leak checkers. */
void atom_shutdown(void);

#endif
