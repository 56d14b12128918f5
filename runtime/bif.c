/*
** bif.c — what the BIF files share: failure, floats, list lengths, and
** the registration of the BIF table's atoms.
*/
#include "bif.h"

#include "atom.h"
#include "atoms_gen.h"

void bif_register_atoms(void) {
  for (int i = 0; i < bif_count(); i++) {
    atom_register(bif_entry((unsigned)i)->mod);
    atom_register(bif_entry((unsigned)i)->fun);
  }
}

BeamTerm bif_error(BeamProc *p, BeamTerm reason) {
  p->bif_class = ATOM_ERROR;
  p->bif_reason = reason;
  return BEAM_NONV;
}

BeamTerm bif_badarg(BeamProc *p) { return bif_error(p, ATOM_BADARG); }
BeamTerm bif_badarith(BeamProc *p) { return bif_error(p, ATOM_BADARITH); }
BeamTerm bif_system_limit(BeamProc *p) { return bif_error(p, ATOM_SYSTEM_LIMIT); }

BeamTerm bif_float(BeamProc *p, double d) {
  BeamTerm *hp = beam_alloc(p, 1 + BEAM_FLOAT_WORDS);
  hp[0] = BEAM_HEADER(BEAM_FLOAT_WORDS, BEAM_SUB_FLOAT);
  __builtin_memcpy(hp + 1, &d, sizeof d);
  return BEAM_MAKE_BOXED(hp);
}

/*
** Walks the whole list once; stops at the first tail that is not a cons,
** so an improper list of any length costs one pass and no memory.
*/
intptr_t bif_list_length(BeamTerm t) {
  intptr_t n = 0;
  while (BEAM_IS_LIST(t)) {
    n++;
    t = BEAM_CDR(t);
  }
  return t == BEAM_NIL ? n : -1;
}
