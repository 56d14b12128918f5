/*
** copy.h — copying a term out of a process (prefix copy_): what a send,
** an exit signal or a timer's message carries to another heap.
*/
#ifndef BEAMRT_COPY_H
#define BEAMRT_COPY_H

#include <stddef.h>

#include "beamrt.h"

/* The words a copy of t takes (nothing is shared in a copy: a term
   that shares a subterm twice is copied twice, as erl does). */
size_t copy_size(BeamTerm t);
/* Copies t to *hp, which has copy_size(t) words, and advances *hp past
   the copy; returns the copy.  The copies of ProcBins go on the list
   *bins (the owner's of *hp, bin.h).  Walks with a stack of its own, so
   any depth of nesting works. */
BeamTerm copy_term(BeamTerm t, BeamTerm **hp, BeamTerm **bins);

#endif
