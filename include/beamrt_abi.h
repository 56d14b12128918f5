/*
** beamrt_abi.h — the ABI version, the one number the translator and the
** runtime must agree on.  Bumped whenever generated C and the runtime
** would disagree; every generated file checks it (BEAM_ABI_CHECK).
*/
#ifndef BEAMRT_ABI_H
#define BEAMRT_ABI_H

#define BEAM_ABI_VERSION 6

#endif
