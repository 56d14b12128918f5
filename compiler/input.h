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
/* Runs erlc on an .erl file into a fresh directory *dir; returns the
   .beam path (malloc'd) or NULL after printing why. */
char *input_erlc(const char *erlc, const char *src, char **dir);

#endif
