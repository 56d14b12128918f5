/*
** bif.h — the BIF table and what the BIF files share.
**
** runtime/bif.tab lists the BIFs; gen-bifs.awk makes beamrt_bifs.h (the
** prototypes, and BEAM_BIF_<cname>, each BIF's index in the table) and
** bifs_rt_gen.c (bif_entries[]).  The BIFs themselves are in bif_*.c:
**
**   bif_arith.c  arithmetic, bitwise operations, number conversions
**   bif_misc.c   type tests, comparisons, boolean operators
**   bif_dict.c   the process dictionary
**   bif_tuple.c  tuples (and size/1)
**   bif_list.c   lists, and the BIFs of module lists
**   bif_conv.c   atoms, integers and floats to and from text
**   bif_time.c   clocks, time units, statistics(runtime | wall_clock)
**   bif_date.c   calendar dates and times, local and universal
**   bif_math.c   module math
**   bif_term.c   sizes (erts_debug), the exact order
**   bif_hash.c   erl's portable hashes: phash/2, phash2/1,2
**   bif_ident.c  unique integers; pids, ports, refs and funs as text
**   bif_code.c   modules: loaded, exported functions, module_info
**   bif_sysinfo.c  erlang:system_info/1's keys about the system
**   bin/bif_bin.c  binaries and iolists
**
** A BIF never collects and never keeps a term across an allocation in a
** place the collector does not see (beam_alloc may open a fragment but
** moves nothing), so C locals holding terms stay valid inside it.
*/
#ifndef BEAMRT_BIF_H
#define BEAMRT_BIF_H

#include <stdbool.h>
#include <stdint.h>

#include "beamrt.h"

/*
** One BIF as apply/3 and fun erlang:F/A see it: `wrapper` has the uniform
** signature of compiled functions (arguments 5+ in p->x[4..]); on
** failure it stores the arguments in p->x and raises the BIF's
** exception (beam_raise_bif), else it returns the result, collecting
** first if the BIF left objects in heap fragments.  The atom records are
** weak definitions (beamrt.h); register them in the atom table at start-up
** so that list_to_atom finds the same records.
*/
typedef struct BifEntry {
  const BeamAtom *mod;
  const BeamAtom *fun;
  uint32_t arity;
  bool raises;        /* erlang:error/1,2,3, exit/1, throw/1, raise/3:
                         always fail, and their frame is the caller's */
  BeamCode wrapper;
} BifEntry;

/* In bif.tab order: bif_entries[BEAM_BIF_<cname>] is that BIF. */
extern const BifEntry bif_entries[];
/* The number of BIFs, and BIF i (0 <= i < bif_count()). */
int bif_count(void);
const BifEntry *bif_entry(unsigned i);

/* Registers the table's module and function atoms in the atom table
   (atom_register), so that list_to_atom("element") is the very atom of
   the table's erlang:element/2: call once at start-up, before any
   process runs. */
void bif_register_atoms(void);

/* ---- shared helpers (bif.c) ---------------------------------------------- */

/* Sets p's BIF error (class error, the given reason) and returns
   BEAM_NONV, for `return bif_error(p, ATOM_BADARG);`. */
BeamTerm bif_error(BeamProc *p, BeamTerm reason);
BeamTerm bif_badarg(BeamProc *p);
/* What a BIF returns when it made the process leave the C stack without
   an error: it must wait (hibernate) or end (an exit signal to itself).
   Its caller returns BEAM_NONV and the scheduler sees why. */
#define BIF_LEAVE BEAM_NIL
BeamTerm bif_leave(BeamProc *p);

/* The OS layer's monotonic time (os_monotonic_ns) of erlang's monotonic
   time `native` (nanoseconds), or -1 for a time before the program
   started or beyond what the OS clock holds (bif_time.c). */
int64_t bif_time_os_ns(int64_t native);
BeamTerm bif_badarith(BeamProc *p);
BeamTerm bif_system_limit(BeamProc *p);

/* Floats are made with beam_make_float (beamrt.h), list lengths taken
   with tb_list_length (term_build.h). */

/* ---- the process dictionary (bif_dict.c) --------------------------------- */

/* ---- time (bif_time.c) ---------------------------------------------------- */

/* erlang:system_info/1 of the time keys start_time, end_time,
   time_offset and time_warp_mode (as erl's in its default time warp
   mode), or BEAM_NONV for another key. */
BeamTerm bif_time_info(BeamProc *p, BeamTerm key);

/* ---- system_info (bif_sysinfo.c) ------------------------------------------ */

/* erlang:system_info/1 of a key about the system (not its processes:
   bif_pinfo.c has those), or BEAM_NONV for a key it does not know. */
BeamTerm bif_sysinfo(BeamProc *p, BeamTerm key);

/* Fixes the origin of erlang:monotonic_time and statistics(wall_clock),
   and the time offset: call at start-up (the time BIFs call it too, so
   the first of them otherwise fixes the origin).  Thread-safe. */
void bif_time_init(void);

/* The value of key in p's dictionary, or BEAM_NONV if it has none. */
BeamTerm bif_dict_get(BeamProc *p, BeamTerm key);
/* The dictionary as get/0 returns it: a list of {Key, Value}, in erl's
   order (process_info(P, dictionary) and crash reports use this). */
BeamTerm bif_dict_list(BeamProc *p);

#endif
