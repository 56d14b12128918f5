/*
** bif_map.c — the map BIFs: erlang:map_size/1, map_get/2, is_map_key/2,
** the BIFs of module maps (get, find, from_list, from_keys, is_key, keys,
** merge, put, remove, take, update, values) and erts_internal:map_next/3,
** which maps.erl's iterators, fold, map, filter and to_list are built on.
**
** Errors as erl raises them: {badmap, Term} for a map argument that is
** not a map (maps:merge/2 names its first non-map argument), {badkey, Key}
** for a key a map lacks where one is required, badarg for a bad list
** (from_list, from_keys) and for any bad argument of map_next.
*/
#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "map.h"
#include "term_build.h"

/* Fails with {Tag, V}. */
static BeamTerm fail2(BeamProc *p, BeamTerm tag, BeamTerm v) {
  return bif_error(p, tb_tuple2(p, tag, v));
}

static BeamTerm badmap(BeamProc *p, BeamTerm m) { return fail2(p, ATOM_BADMAP, m); }
static BeamTerm badkey(BeamProc *p, BeamTerm k) { return fail2(p, ATOM_BADKEY, k); }
static BeamTerm boolean(bool b) { return b ? ATOM_TRUE : ATOM_FALSE; }

/* The value of k in m: {badmap, M}, {badkey, K}. */
static BeamTerm get_or_fail(BeamProc *p, BeamTerm k, BeamTerm m) {
  if (!BEAM_IS_MAP(m)) return badmap(p, m);
  BeamTerm v = map_get(m, k);
  return v == BEAM_NONV ? badkey(p, k) : v;
}

/* ---- module erlang ---------------------------------------------------- */

BeamTerm beam_bif_erlang_map_size_1(BeamProc *p, BeamTerm m) {
  if (!BEAM_IS_MAP(m)) return badmap(p, m);
  return BEAM_SMALL(map_size(m));
}

BeamTerm beam_bif_erlang_map_get_2(BeamProc *p, BeamTerm k, BeamTerm m) {
  return get_or_fail(p, k, m);
}

BeamTerm beam_bif_erlang_is_map_key_2(BeamProc *p, BeamTerm k, BeamTerm m) {
  if (!BEAM_IS_MAP(m)) return badmap(p, m);
  return boolean(map_get(m, k) != BEAM_NONV);
}

/* ---- module maps ------------------------------------------------------ */

BeamTerm beam_bif_maps_get_2(BeamProc *p, BeamTerm k, BeamTerm m) {
  return get_or_fail(p, k, m);
}

BeamTerm beam_bif_maps_find_2(BeamProc *p, BeamTerm k, BeamTerm m) {
  if (!BEAM_IS_MAP(m)) return badmap(p, m);
  BeamTerm v = map_get(m, k);
  return v == BEAM_NONV ? ATOM_ERROR : tb_tuple2(p, ATOM_OK, v);
}

BeamTerm beam_bif_maps_is_key_2(BeamProc *p, BeamTerm k, BeamTerm m) {
  return beam_bif_erlang_is_map_key_2(p, k, m);
}

BeamTerm beam_bif_maps_from_list_1(BeamProc *p, BeamTerm list) {
  BeamTerm m = map_from_list(p, list);
  return m == BEAM_NONV ? bif_badarg(p) : m;
}

BeamTerm beam_bif_maps_from_keys_2(BeamProc *p, BeamTerm keys, BeamTerm value) {
  BeamTerm m = map_from_keys(p, keys, value);
  return m == BEAM_NONV ? bif_badarg(p) : m;
}

BeamTerm beam_bif_maps_keys_1(BeamProc *p, BeamTerm m) {
  if (!BEAM_IS_MAP(m)) return badmap(p, m);
  return map_keys_list(p, m, BEAM_NIL);
}

BeamTerm beam_bif_maps_values_1(BeamProc *p, BeamTerm m) {
  if (!BEAM_IS_MAP(m)) return badmap(p, m);
  return map_values_list(p, m, BEAM_NIL);
}

BeamTerm beam_bif_maps_merge_2(BeamProc *p, BeamTerm a, BeamTerm b) {
  if (!BEAM_IS_MAP(a)) return badmap(p, a);
  if (!BEAM_IS_MAP(b)) return badmap(p, b);
  return map_merge(p, a, b);
}

BeamTerm beam_bif_maps_put_3(BeamProc *p, BeamTerm k, BeamTerm v, BeamTerm m) {
  if (!BEAM_IS_MAP(m)) return badmap(p, m);
  return map_put(p, m, k, v);
}

BeamTerm beam_bif_maps_update_3(BeamProc *p, BeamTerm k, BeamTerm v, BeamTerm m) {
  if (!BEAM_IS_MAP(m)) return badmap(p, m);
  BeamTerm r = map_update(p, m, k, v);
  return r == BEAM_NONV ? badkey(p, k) : r;
}

BeamTerm beam_bif_maps_remove_2(BeamProc *p, BeamTerm k, BeamTerm m) {
  if (!BEAM_IS_MAP(m)) return badmap(p, m);
  return map_remove(p, m, k);
}

/* {Value, MapWithoutKey}, or error when m lacks k. */
BeamTerm beam_bif_maps_take_2(BeamProc *p, BeamTerm k, BeamTerm m) {
  if (!BEAM_IS_MAP(m)) return badmap(p, m);
  BeamTerm v = map_get(m, k);
  if (v == BEAM_NONV) return ATOM_ERROR;
  return tb_tuple2(p, v, map_remove(p, m, k));
}

/* ---- module erts_internal ----------------------------------------------- */

/*
** map_next(Path, Map, Acc), the iteration primitive of OTP 25's maps.erl.
** For a flat map (every map here) erl ignores Path once it is a small
** integer from 0 to map_size(Map) and returns everything at once: with
** Acc a list, the {K, V} pairs in key order prepended to Acc (maps:to_list
** passes []); with Acc the atom iterator, the chain {K1, V1, {K2, V2, ...
** none}} (or none), which maps:next/1 hands out one link at a time.  Any
** other argument is badarg.
*/
BeamTerm beam_bif_erts_internal_map_next_3(BeamProc *p, BeamTerm path, BeamTerm m,
                                           BeamTerm acc) {
  if (!BEAM_IS_MAP(m) || !BEAM_IS_SMALL(path) || BEAM_SMALL_VALUE(path) < 0 ||
      (size_t)BEAM_SMALL_VALUE(path) > map_size(m))
    return bif_badarg(p);
  if (BEAM_IS_LIST_OR_NIL(acc)) return map_pairs_list(p, m, acc);
  if (acc == ATOM_ITERATOR) return map_iterator_chain(p, m);
  return bif_badarg(p);
}
