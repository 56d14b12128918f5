/*
** workdir.h — what beamc creates and runs (prefix workdir_).
**
** Every file beamc makes on the way to its outputs (erlc's .beam, the
** generated C, objects, the linked program) lives in one private work
** directory, $TMPDIR/beamc.XXXXXX (/tmp without TMPDIR), made on first
** use.  It is removed with everything in it on every way out: at exit
** (an atexit hook), and on SIGHUP, SIGINT, SIGPIPE, SIGQUIT and SIGTERM,
** whose handler first stops the command running (erlc, the C compiler),
** then removes the directory and dies of the signal.  A signal ignored
** when beamc starts stays ignored.
**
** The user's outputs are checked before the work starts
** (workdir_check_output) and installed only when complete
** (workdir_install): a failed build leaves no partial output, and an
** output that cannot be written is reported in one line,
** "beamc: cannot write PATH: REASON".
*/
#ifndef BEAMC_WORKDIR_H
#define BEAMC_WORKDIR_H

#include <stdbool.h>

/* The work directory (mode 0700), made on the first call; NULL after
   printing "beamc: cannot create a temporary directory: REASON". */
const char *workdir_get(void);

/* Runs argv (argv[0] searched in PATH) and waits for it; with verbose,
   prints the command on stderr first.  Returns its exit status, 128 + N
   when signal N ended it, or 127 when it could not be started (after
   saying so). */
int workdir_run(char *const argv[], bool verbose);

/* Checks, before any work, that path can be written as an output and is
   none of the n inputs (compared by device and inode, so links count).
   Returns 0; 2 after "beamc: input file 'IN' is the same as output
   file"; 1 after "beamc: cannot write PATH: REASON". */
int workdir_check_output(const char *path, const char *const *inputs, int n);

/* Makes the complete file `from` (in the work directory) the output
   path: renamed into place, or copied through a temporary file next to
   path and renamed when they are on different file systems; written in
   place when path exists and is not a regular file (a device, a FIFO).
   A symbolic link is followed: its target is written, as gcc does.
   False after "beamc: cannot write PATH: REASON". */
bool workdir_install(const char *from, const char *path);

/* Copies `from` to path through a temporary file next to path, renamed
   into place: path is then either the whole copy or what it was.
   Returns 0 or an errno value; prints nothing. */
int workdir_copy(const char *from, const char *path);

#endif
