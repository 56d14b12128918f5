/*
** atom.c — the atom table: open addressing with linear probing over a
** power-of-two array of record pointers, at most half full, keyed by the
** FNV-1a hash each record carries.
*/
#include "atom.h"

#include <stdbool.h>
#include <string.h>

#include "atoms_gen.h"
#include "os/os.h"

#define INITIAL_SLOTS 1024 /* a power of two */

/* A record made at run time, with its name after it.  Records are kept
   on a list so that atom_shutdown can free them. */
typedef struct OwnedAtom {
  BeamAtom rec; /* first: the atom term points here */
  struct OwnedAtom *next;
  char name[];
} OwnedAtom;

static OsMutex lock;            /* over everything below */
static const BeamAtom **slots; /* NULL: not initialised */
static size_t mask;            /* slots - 1 */
static size_t count;
static OwnedAtom *owned;

uint32_t atom_hash(const char *s, size_t len) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

size_t atom_utf8_chars(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

static bool same_name(const BeamAtom *a, const char *name, size_t len, uint32_t h) {
  return a->hash == h && a->len == len && memcmp(a->name, name, len) == 0;
}

/*
** The slot holding the record named name, or the empty slot where it
** would go.  The table always has an empty slot, so the probe ends.
*/
static size_t find_slot(const char *name, size_t len, uint32_t h) {
  size_t i = h & mask;
  while (slots[i] != NULL && !same_name(slots[i], name, len, h)) i = (i + 1) & mask;
  return i;
}

static void alloc_slots(size_t n) {
  slots = os_alloc_zeroed(n, sizeof *slots, "atom table");
  mask = n - 1;
}

/* Doubles the array, placing every record again. */
static void grow(void) {
  const BeamAtom **old = slots;
  size_t old_n = mask + 1;
  alloc_slots(old_n * 2);
  for (size_t i = 0; i < old_n; i++)
    if (old[i] != NULL) slots[find_slot(old[i]->name, old[i]->len, old[i]->hash)] = old[i];
  os_free(old);
}

/*
** The table is full: erl stops the whole program with this line on
** stderr (its "slogan"; the CR is erl's) and status 1.  erl then writes
** erl_crash.dump and says so on the next lines unless
** ERL_CRASH_DUMP_SECONDS=0; beamc writes no dump (docs/ARCHITECTURE.md).
*/
static _Noreturn void table_full(void) {
  os_fatal("no more index entries in atom_tab (max=%lu)\r\n", (unsigned long)ATOM_LIMIT);
}

/*
** Puts a into the table unless a record of its name is there; returns
** the record the table holds for the name afterwards.  A new name past
** ATOM_LIMIT ends the program (table_full).
*/
static const BeamAtom *insert(const BeamAtom *a) {
  size_t i = find_slot(a->name, a->len, a->hash);
  if (slots[i] != NULL) return slots[i];
  if (count >= ATOM_LIMIT) table_full();
  slots[i] = a;
  if (++count * 2 > mask + 1) grow();
  return a;
}

/* Lock: the table grows, so readers take the lock as writers do (every
   function below but atom_init, which runs first, on one thread).  The
   terms handed out point at records, which never move. */

void atom_init(void) {
  if (slots != NULL) return;
  thr_mutex_init(&lock);
  alloc_slots(INITIAL_SLOTS);
  for (size_t i = 0; i < atom_builtin_count; i++) insert(atom_builtin[i]);
}

void atom_register(const BeamAtom *a) {
  atom_init();
  OS_ASSERT(a->hash == atom_hash(a->name, a->len));
  OS_ASSERT(a->chars == atom_utf8_chars(a->name, a->len));
  thr_lock(&lock);
  insert(a);
  thr_unlock(&lock);
}

BeamTerm atom_lookup(const char *name, size_t len) {
  atom_init();
  uint32_t h = atom_hash(name, len);
  thr_lock(&lock);
  const BeamAtom *a = slots[find_slot(name, len, h)];
  thr_unlock(&lock);
  return a != NULL ? BEAM_ATOM(*a) : BEAM_NONV;
}

/* Makes a record for a name that is not in the table. */
static const BeamAtom *make_record(const char *name, size_t len, uint32_t h, size_t chars) {
  size_t align = _Alignof(OwnedAtom);
  size_t size = (sizeof(OwnedAtom) + len + align - 1) / align * align;
  OwnedAtom *o = os_alloc_aligned(align, size, "atom table");
  memcpy(o->name, name, len);
  o->rec = (BeamAtom){o->name, (uint32_t)len, h, (uint32_t)chars};
  o->next = owned;
  owned = o;
  return &o->rec;
}

BeamTerm atom_intern(const char *name, size_t len) {
  atom_init();
  uint32_t h = atom_hash(name, len);
  size_t chars = atom_utf8_chars(name, len);
  thr_lock(&lock);
  const BeamAtom *a = slots[find_slot(name, len, h)];
  if (a == NULL && chars <= ATOM_MAX_CHARS) a = insert(make_record(name, len, h, chars));
  thr_unlock(&lock);
  return a != NULL ? BEAM_ATOM(*a) : BEAM_NONV;
}

size_t atom_count(void) {
  atom_init();
  thr_lock(&lock);
  size_t n = count;
  thr_unlock(&lock);
  return n;
}

void atom_shutdown(void) {
  if (slots == NULL) return;
  thr_mutex_destroy(&lock);
  os_free(slots);
  slots = NULL;
  mask = 0;
  count = 0;
  while (owned != NULL) {
    OwnedAtom *next = owned->next;
    os_free(owned);
    owned = next;
  }
}
