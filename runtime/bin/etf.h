/*
** etf.h — the external term format (prefix etf_): term_to_binary and
** binary_to_term, byte for byte as erl (OTP 25) writes and reads them.
** docs/ARCHITECTURE.md, "The external term format", says what is settled
** and where beamc differs.
**
** Both allocate with beam_alloc only (never collect), so the terms a
** caller holds in C locals stay valid.
*/
#ifndef BEAMRT_ETF_H
#define BEAMRT_ETF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "beamrt.h"

/* term_to_binary/2's options. */
typedef struct EtfOptions {
  int level;          /* compressed: zlib level 1..9; 0 not compressed */
  int minor;          /* minor_version 0, 1 (erl's default) or 2 */
  bool deterministic; /* maps in key order whatever their size */
} EtfOptions;
#define ETF_DEFAULTS ((EtfOptions){0, 1, false})

/* The binary term_to_binary(t, Options) returns. */
BeamTerm etf_encode(BeamProc *p, BeamTerm t, const EtfOptions *o);

/*
** The pairs of map m as the encoder writes them, into kv (2 * size
** words: key, value, key, value ...).  This is the one place that
** decides the order, erl's: key order for flatmaps (up to 32 keys) and
** with `deterministic`; a trie's pairs in the reverse of its iteration
** order (the order of maps:to_list).
*/
void etf_map_pairs(BeamTerm m, bool deterministic, BeamTerm *kv);

/*
** The term binary_to_term reads from in[0..n) (the version byte first),
** or BEAM_NONV when the bytes are not a term beamc can make (erl's
** badarg, and beamc's own limits: docs).  With `safe`, atoms, and the
** exports of EXPORT_EXT, must already exist.  *used (if not NULL): the
** bytes the term took, the version byte included (binary_to_term/2's
** `used`).  Any input is safe: every length is checked against the
** bytes before anything is allocated, so memory stays proportional to n
** (for the compressed form, to the size it declares, itself limited to
** what zlib can make of n bytes).
*/
BeamTerm etf_decode(BeamProc *p, const uint8_t *in, size_t n, bool safe, size_t *used);

#endif
