/*
** user.h — the group leader of the first processes (prefix user_).
*/
#ifndef BEAMRT_USER_H
#define BEAMRT_USER_H

#include "proc.h"

/* Starts the process registered as `user`, which the program's first
   processes have as their group leader; returns it. */
Proc *user_start(void);

#endif
