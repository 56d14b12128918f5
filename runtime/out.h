/*
** out.h — the program's standard streams, as erl treats them (prefix
** out_).
**
** erl writes erlang:display's text to file descriptor 1 as it goes, with
** no buffer in the process: when display returns, the bytes are in the
** kernel (a file, a pipe, a terminal), so a program killed a moment later
** loses nothing it printed, and what it printed to stdout comes before
** anything it prints to stderr afterwards.  The runtime writes the same
** way: every piece of output is one out_write, which is one write(2) in
** the usual case, and nothing is ever held back in a buffer (stdio's
** stdout is not used for program output).
**
** erl also ignores SIGPIPE, so a write to a pipe whose reader has gone
** fails with EPIPE instead of killing the program, and display carries on
** as if it had written; and it puts /dev/null on any of descriptors 0, 1
** and 2 that is closed at start-up, so `prog >&-` runs to its end with
** its output discarded (and no file the program opens later can land on
** descriptor 1 and receive its output).  out_init does both.
*/
#ifndef BEAMRT_OUT_H
#define BEAMRT_OUT_H

#include <stddef.h>

/* Start-up, before any output: descriptors 0, 1 and 2 are open (those
   that were closed now read from or write to /dev/null) and SIGPIPE is
   ignored.  Idempotent. */
void out_init(void);

/*
** Writes len bytes to descriptor fd now, retrying after a signal and
** after a partial write, and waiting while a non-blocking descriptor is
** full.  Any other failure (EPIPE from a closed pipe, EBADF, ENOSPC, EIO)
** drops the rest of the bytes silently: erl's display reports nothing
** either and returns true.  Returns 0 when everything was written, -1
** when bytes were dropped.
*/
int out_write(int fd, const void *buf, size_t len);

#endif
