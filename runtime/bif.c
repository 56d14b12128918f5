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

BeamTerm bif_leave(BeamProc *p) {
  p->bif_class = BIF_LEAVE;
  return BEAM_NONV;
}

