/*
** arena.h — region allocator for the translator.
**
** Everything read from one input file (terms, IR, tables) lives in one
** arena and is freed at once with arena_free.  This keeps error paths
** simple: a reader that fails part-way (diag_fail longjmps out) leaks
** nothing, because its caller frees the arena.
*/
#ifndef BEAMC_ARENA_H
#define BEAMC_ARENA_H

#include <stddef.h>

typedef struct Arena Arena;

Arena *arena_new(void);
void arena_free(Arena *a);
/* Returns zeroed memory aligned for any object; aborts only if the host
** is out of memory (the translator has no way to continue then). */
void *arena_alloc(Arena *a, size_t size);
/* Copies n bytes and appends a NUL, so the copy is also a C string. */
char *arena_strndup(Arena *a, const char *s, size_t n);
/* Bytes handed out so far (for limits on hostile input). */
size_t arena_used(const Arena *a);

#define ARENA_NEW(a, type) ((type *)arena_alloc((a), sizeof(type)))
#define ARENA_ARRAY(a, type, n) ((type *)arena_alloc((a), sizeof(type) * (size_t)(n)))

#endif
