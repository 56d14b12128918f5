/*
** arena.c — region allocator (see arena.h).
*/
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK_SIZE (64 * 1024)

typedef struct Block {
  struct Block *next;
  size_t size, used;
  max_align_t data[];
} Block;

struct Arena {
  Block *head;
  size_t total;
};

static void *xcalloc(size_t size) {
  void *p = calloc(1, size);
  if (p == NULL) {
    fputs("beamc: out of memory\n", stderr);
    abort();
  }
  return p;
}

Arena *arena_new(void) { return xcalloc(sizeof(Arena)); }

void arena_free(Arena *a) {
  if (a == NULL) return;
  for (Block *b = a->head, *next; b != NULL; b = next) {
    next = b->next;
    free(b);
  }
  free(a);
}

/* Large requests get a block of their own so small ones keep packing. */
void *arena_alloc(Arena *a, size_t size) {
  const size_t align = sizeof(max_align_t);
  size = (size + align - 1) & ~(align - 1);
  if (size == 0) size = align;
  Block *b = a->head;
  if (b == NULL || b->size - b->used < size) {
    size_t cap = size > BLOCK_SIZE / 4 ? size : BLOCK_SIZE;
    b = xcalloc(sizeof(Block) + cap);
    b->size = cap;
    if (size > BLOCK_SIZE / 4 && a->head != NULL) {
      b->next = a->head->next; /* keep the partly used block at the head */
      a->head->next = b;
    } else {
      b->next = a->head;
      a->head = b;
    }
  }
  void *p = (char *)b->data + b->used;
  b->used += size;
  a->total += size;
  return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

size_t arena_used(const Arena *a) { return a->total; }
