/*
** input.h — reading input files, and running erlc (prefix input_).
*/
#ifndef BEAMC_INPUT_H
#define BEAMC_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Reads a whole file (at most 1 GiB); NULL and *err set if it cannot. */
uint8_t *input_read_file(const char *path, size_t *len, const char **err);
bool input_has_suffix(const char *s, const char *suffix);
/* Runs erlc on an .erl file with its output in dir (the work directory);
   returns the .beam path (malloc'd) or NULL after printing why.  With
   verbose, prints the command first. */
char *input_erlc(const char *erlc, const char *src, const char *dir, bool verbose);

#endif
