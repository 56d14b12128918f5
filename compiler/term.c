/*
** term.c — compile-time Erlang terms: construction, order, printing and
** the bignum arithmetic they need (see term.h).
**
** Bignums are little-endian base 2^32 magnitudes.  The only arithmetic
** the translator needs is multiply-add by a small number (decimal input)
** and division by 10^9 (decimal output), so that is all there is.
**
** Printed forms (erl's ~w except where noted): integers in decimal;
** floats as erl writes them (see below); atoms quoted only where erl
** quotes them; {a,b}; [1,2|3]; #{k => v,k2 => v2} with the pairs in
** cterm_compare order; <<"abc">> when every byte is printable ASCII
** (escaping only \" and \\), else <<1,2,3>>, and <<1,2,3:4>> for a
** bitstring; fun m:f/2.  Nesting deeper than 10000 prints as ... .
** Output depends on the C locale for '.' (the translator never calls
** setlocale).
*/
#include "term.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PRINT_DEPTH 10000
#define TWO_POW_53 9007199254740992.0

static void *xmalloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (p == NULL) {
    fputs("beamc: out of memory\n", stderr);
    abort();
  }
  return p;
}

static CTerm *new_term(Arena *a, CTermKind kind) {
  CTerm *t = ARENA_NEW(a, CTerm);
  t->kind = kind;
  return t;
}

/* ---------------------------------------------------------------------
** Constructors
*/

CTerm *cterm_int(Arena *a, int64_t v) {
  CTerm *t = new_term(a, CT_INT);
  t->u.i = v;
  return t;
}

/* Returns the integer sign·mag if it fits int64_t, through *out. */
static bool fits_int64(bool neg, uint64_t mag, int64_t *out) {
  if (!neg && mag <= (uint64_t)INT64_MAX) {
    *out = (int64_t)mag;
    return true;
  }
  if (neg && mag <= (uint64_t)INT64_MAX + 1) {
    *out = mag == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)mag;
    return true;
  }
  return false;
}

CTerm *cterm_big(Arena *a, bool neg, const uint32_t *limbs, uint32_t n) {
  while (n > 0 && limbs[n - 1] == 0) n--;
  if (n <= 2) {
    uint64_t mag = n == 0 ? 0 : limbs[0];
    if (n == 2) mag |= (uint64_t)limbs[1] << 32;
    int64_t v;
    if (fits_int64(neg, mag, &v)) return cterm_int(a, v);
  }
  CTerm *t = new_term(a, CT_BIG);
  uint32_t *copy = ARENA_ARRAY(a, uint32_t, n);
  memcpy(copy, limbs, sizeof(uint32_t) * n);
  t->u.big.neg = neg;
  t->u.big.n = n;
  t->u.big.limbs = copy;
  return t;
}

/* limbs[0..*n) = limbs * mul + add.  The array must have room for one
** more limb than *n. */
static void mul_add(uint32_t *limbs, uint32_t *n, uint32_t mul, uint32_t add) {
  uint64_t carry = add;
  for (uint32_t i = 0; i < *n; i++) {
    uint64_t x = (uint64_t)limbs[i] * mul + carry;
    limbs[i] = (uint32_t)x;
    carry = x >> 32;
  }
  if (carry != 0) limbs[(*n)++] = (uint32_t)carry;
}

/* Parses digits s[0..len) (all known to be decimal digits) into a
** magnitude, nine digits at a time. */
static CTerm *big_from_digits(Arena *a, bool neg, const char *s, size_t len) {
  uint32_t *limbs = xmalloc(sizeof(uint32_t) * (len / 9 + 2));
  uint32_t n = 0;
  size_t i = 0;
  while (i < len) {
    size_t k = len - i < 9 ? len - i : 9;
    uint32_t chunk = 0, scale = 1;
    for (size_t j = 0; j < k; j++, i++) {
      chunk = chunk * 10 + (uint32_t)(s[i] - '0');
      scale *= 10;
    }
    mul_add(limbs, &n, scale, chunk);
  }
  CTerm *t = cterm_big(a, neg, limbs, n);
  free(limbs);
  return t;
}

/* Accepts [+-]?[0-9]+ and nothing else; small values skip the bignum
** path. */
CTerm *cterm_int_from_decimal(Arena *a, const char *s, size_t len) {
  bool neg = false;
  if (len > 0 && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s++;
    len--;
  }
  if (len == 0) return NULL;
  for (size_t i = 0; i < len; i++)
    if (s[i] < '0' || s[i] > '9') return NULL;
  if (len <= 18) {
    int64_t v = 0;
    for (size_t i = 0; i < len; i++) v = v * 10 + (s[i] - '0');
    return cterm_int(a, neg ? -v : v);
  }
  return big_from_digits(a, neg, s, len);
}

CTerm *cterm_float(Arena *a, double v) {
  CTerm *t = new_term(a, CT_FLOAT);
  t->u.f = v;
  return t;
}

CTerm *cterm_atom(Arena *a, const char *name, size_t len) {
  CTerm *t = new_term(a, CT_ATOM);
  t->u.atom.len = (uint32_t)len;
  t->u.atom.name = arena_strndup(a, name, len);
  return t;
}

CTerm *cterm_nil(Arena *a) { return new_term(a, CT_NIL); }

CTerm *cterm_cons(Arena *a, CTerm *head, CTerm *tail) {
  CTerm *t = new_term(a, CT_CONS);
  t->u.cons.head = head;
  t->u.cons.tail = tail;
  return t;
}

CTerm *cterm_tuple(Arena *a, uint32_t arity) {
  CTerm *t = new_term(a, CT_TUPLE);
  t->u.tuple.arity = arity;
  t->u.tuple.elems = ARENA_ARRAY(a, CTerm *, arity);
  return t;
}

/* Copies the bits and clears the unused low bits of a partial last byte,
** so equal bitstrings have equal bytes. */
CTerm *cterm_binary(Arena *a, const uint8_t *data, uint64_t bits) {
  CTerm *t = new_term(a, CT_BINARY);
  size_t nbytes = (size_t)((bits + 7) / 8);
  uint8_t *copy = arena_alloc(a, nbytes);
  if (nbytes > 0) memcpy(copy, data, nbytes);
  if (bits % 8 != 0) copy[nbytes - 1] &= (uint8_t)(0xff << (8 - bits % 8));
  t->u.bin.bits = bits;
  t->u.bin.data = copy;
  return t;
}

CTerm *cterm_map(Arena *a, uint32_t n) {
  CTerm *t = new_term(a, CT_MAP);
  t->u.map.n = n;
  t->u.map.keys = ARENA_ARRAY(a, CTerm *, n);
  t->u.map.vals = ARENA_ARRAY(a, CTerm *, n);
  return t;
}

CTerm *cterm_export(Arena *a, CTerm *mod, CTerm *fun, uint32_t arity) {
  CTerm *t = new_term(a, CT_EXPORT);
  t->u.fun.mod = mod;
  t->u.fun.fun = fun;
  t->u.fun.arity = arity;
  return t;
}

/* ---------------------------------------------------------------------
** Accessors
*/

bool cterm_is_atom(const CTerm *t, const char *name) {
  size_t len = strlen(name);
  return t != NULL && t->kind == CT_ATOM && t->u.atom.len == len &&
         memcmp(t->u.atom.name, name, len) == 0;
}

bool cterm_is_tagged(const CTerm *t, const char *tag, uint32_t arity) {
  return t != NULL && t->kind == CT_TUPLE && t->u.tuple.arity == arity && arity > 0 &&
         cterm_is_atom(t->u.tuple.elems[0], tag);
}

long cterm_list_length(const CTerm *t) {
  long n = 0;
  for (; t->kind == CT_CONS; t = t->u.cons.tail) n++;
  return t->kind == CT_NIL ? n : -1;
}

bool cterm_get_int(const CTerm *t, int64_t *out) {
  if (t == NULL || t->kind != CT_INT) return false;
  *out = t->u.i;
  return true;
}

/* ---------------------------------------------------------------------
** Term order
**
** cmp() is Erlang's order when exact is false (1 == 1.0) and its exact
** order when true: integers before floats whatever their values, and
** -0.0 before 0.0.  Map keys are always ordered exactly, as erl orders
** them.  cterm_compare breaks ties of the first with the second, which
** makes it a total order that refines Erlang's.
*/

/* An integer seen as sign and normalised magnitude; buf holds the limbs
** of a small integer or of the integral part of a float. */
typedef struct IntView {
  bool neg;
  uint32_t n;
  const uint32_t *limbs;
  uint32_t buf[34];
} IntView;

static void view_strip(IntView *v) {
  while (v->n > 0 && v->limbs[v->n - 1] == 0) v->n--;
  if (v->n == 0) v->neg = false;
}

static void view_int(const CTerm *t, IntView *v) {
  if (t->kind == CT_BIG) {
    v->neg = t->u.big.neg;
    v->n = t->u.big.n;
    v->limbs = t->u.big.limbs;
  } else {
    uint64_t mag = t->u.i < 0 ? -(uint64_t)t->u.i : (uint64_t)t->u.i;
    v->neg = t->u.i < 0;
    v->buf[0] = (uint32_t)mag;
    v->buf[1] = (uint32_t)(mag >> 32);
    v->n = 2;
    v->limbs = v->buf;
  }
  view_strip(v);
}

/* Sets v to the integral part of the finite double f and returns whether
** f has a non-zero fractional part. */
static bool view_float(double f, IntView *v) {
  uint64_t bits;
  memcpy(&bits, &f, sizeof bits);
  int bexp = (int)((bits >> 52) & 0x7ff);
  uint64_t mant = bits & ((UINT64_C(1) << 52) - 1);
  memset(v->buf, 0, sizeof v->buf);
  v->neg = (bits >> 63) != 0;
  v->limbs = v->buf;
  v->n = 0;
  if (bexp == 0) return mant != 0; /* zero or subnormal: |f| < 1 */
  mant |= UINT64_C(1) << 52;
  int e2 = bexp - 1075; /* f = ±mant · 2^e2 */
  bool frac = false;
  if (e2 < 0) {
    frac = e2 <= -53 || (mant & ((UINT64_C(1) << -e2) - 1)) != 0;
    mant = e2 <= -53 ? 0 : mant >> -e2;
    e2 = 0;
  }
  unsigned word = (unsigned)e2 / 32, shift = (unsigned)e2 % 32;
  uint64_t lo = mant << shift, hi = shift ? mant >> (64 - shift) : 0;
  v->buf[word] = (uint32_t)lo;
  v->buf[word + 1] = (uint32_t)(lo >> 32);
  v->buf[word + 2] = (uint32_t)hi;
  v->n = word + 3;
  view_strip(v);
  return frac;
}

static int sign_of(int c) { return (c > 0) - (c < 0); }

/* Compares two integers by value. */
static int view_cmp(const IntView *a, const IntView *b) {
  if (a->neg != b->neg) return a->neg ? -1 : 1;
  int c = 0;
  if (a->n != b->n) {
    c = a->n < b->n ? -1 : 1;
  } else {
    for (uint32_t i = a->n; i-- > 0 && c == 0;)
      if (a->limbs[i] != b->limbs[i]) c = a->limbs[i] < b->limbs[i] ? -1 : 1;
  }
  return a->neg ? -c : c;
}

static bool is_integer(const CTerm *t) { return t->kind == CT_INT || t->kind == CT_BIG; }

static int int_cmp(const CTerm *a, const CTerm *b) {
  IntView va, vb;
  view_int(a, &va);
  view_int(b, &vb);
  return view_cmp(&va, &vb);
}

/* Compares integer i with double f exactly (no rounding of i). */
static int int_float_cmp(const CTerm *i, double f) {
  if (f != f) return -1; /* NaN cannot come from Erlang; any answer will do */
  if (f > 1.7976931348623157e308) return -1;
  if (f < -1.7976931348623157e308) return 1;
  IntView vi, vf;
  view_int(i, &vi);
  bool frac = view_float(f, &vf);
  int c = view_cmp(&vi, &vf);
  if (c != 0 || !frac) return c;
  return f > 0 ? -1 : 1; /* same integral part; f is further from zero */
}

static int float_cmp(double a, double b, bool exact) {
  if (a < b) return -1;
  if (a > b) return 1;
  if (!exact) return 0;
  uint64_t ba, bb;
  memcpy(&ba, &a, sizeof ba);
  memcpy(&bb, &b, sizeof bb);
  return (int)(bb >> 63) - (int)(ba >> 63); /* -0.0 before 0.0 */
}

static int num_cmp(const CTerm *a, const CTerm *b, bool exact) {
  bool ia = is_integer(a), ib = is_integer(b);
  if (ia && ib) return int_cmp(a, b);
  if (!ia && !ib) return float_cmp(a->u.f, b->u.f, exact);
  if (exact) return ia ? -1 : 1;
  return ia ? int_float_cmp(a, b->u.f) : -int_float_cmp(b, a->u.f);
}

static int rank(const CTerm *t) {
  switch (t->kind) {
    case CT_INT: case CT_BIG: case CT_FLOAT: return 0;
    case CT_ATOM: return 1;
    case CT_EXPORT: return 2;
    case CT_TUPLE: return 3;
    case CT_MAP: return 4;
    case CT_NIL: return 5;
    case CT_CONS: return 6;
    case CT_BINARY: return 7;
  }
  return 8;
}

/* Atoms order by their UTF-8 bytes, which is code point order. */
static int atom_cmp(const CTerm *a, const CTerm *b) {
  uint32_t la = a->u.atom.len, lb = b->u.atom.len;
  int c = memcmp(a->u.atom.name, b->u.atom.name, la < lb ? la : lb);
  if (c != 0) return sign_of(c);
  return la < lb ? -1 : la > lb;
}

/* Bitstrings order bit by bit, then a prefix before the longer one. */
static int bits_cmp(const CTerm *a, const CTerm *b) {
  uint64_t na = a->u.bin.bits, nb = b->u.bin.bits, m = na < nb ? na : nb;
  size_t full = (size_t)(m / 8);
  int c = full ? memcmp(a->u.bin.data, b->u.bin.data, full) : 0;
  if (c != 0) return sign_of(c);
  if (m % 8 != 0) {
    uint8_t mask = (uint8_t)(0xff << (8 - m % 8));
    int x = a->u.bin.data[full] & mask, y = b->u.bin.data[full] & mask;
    if (x != y) return x < y ? -1 : 1;
  }
  return na < nb ? -1 : na > nb;
}

static int cmp(const CTerm *a, const CTerm *b, bool exact);

typedef struct Pair {
  const CTerm *key, *val;
} Pair;

static int pair_exact_cmp(const void *x, const void *y) {
  return cmp(((const Pair *)x)->key, ((const Pair *)y)->key, true);
}

static int pair_total_cmp(const void *x, const void *y) {
  return cterm_compare(((const Pair *)x)->key, ((const Pair *)y)->key);
}

/* Returns a malloc'ed copy of m's pairs sorted by key with order. */
static Pair *sorted_pairs(const CTerm *m, int (*order)(const void *, const void *)) {
  Pair *p = xmalloc(sizeof(Pair) * m->u.map.n);
  for (uint32_t i = 0; i < m->u.map.n; i++) p[i] = (Pair){m->u.map.keys[i], m->u.map.vals[i]};
  qsort(p, m->u.map.n, sizeof(Pair), order);
  return p;
}

/* Maps order by size, then by their keys in exact order, then by the
** values in that key order (as erl orders them). */
static int map_cmp(const CTerm *a, const CTerm *b, bool exact) {
  uint32_t n = a->u.map.n;
  if (n != b->u.map.n) return n < b->u.map.n ? -1 : 1;
  Pair *pa = sorted_pairs(a, pair_exact_cmp), *pb = sorted_pairs(b, pair_exact_cmp);
  int c = 0;
  for (uint32_t i = 0; i < n && c == 0; i++) c = cmp(pa[i].key, pb[i].key, true);
  for (uint32_t i = 0; i < n && c == 0; i++) c = cmp(pa[i].val, pb[i].val, exact);
  free(pa);
  free(pb);
  return c;
}

static int tuple_cmp(const CTerm *a, const CTerm *b, bool exact) {
  uint32_t n = a->u.tuple.arity;
  if (n != b->u.tuple.arity) return n < b->u.tuple.arity ? -1 : 1;
  for (uint32_t i = 0; i < n; i++) {
    int c = cmp(a->u.tuple.elems[i], b->u.tuple.elems[i], exact);
    if (c != 0) return c;
  }
  return 0;
}

static int export_cmp(const CTerm *a, const CTerm *b, bool exact) {
  int c = cmp(a->u.fun.mod, b->u.fun.mod, exact);
  if (c == 0) c = cmp(a->u.fun.fun, b->u.fun.fun, exact);
  if (c == 0 && a->u.fun.arity != b->u.fun.arity) c = a->u.fun.arity < b->u.fun.arity ? -1 : 1;
  return c;
}

/* Walks list spines iteratively; recursion is only into elements. */
static int cmp(const CTerm *a, const CTerm *b, bool exact) {
  while (a->kind == CT_CONS && b->kind == CT_CONS) {
    int c = cmp(a->u.cons.head, b->u.cons.head, exact);
    if (c != 0) return c;
    a = a->u.cons.tail;
    b = b->u.cons.tail;
  }
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a->kind) {
    case CT_INT: case CT_BIG: case CT_FLOAT: return num_cmp(a, b, exact);
    case CT_ATOM: return atom_cmp(a, b);
    case CT_EXPORT: return export_cmp(a, b, exact);
    case CT_TUPLE: return tuple_cmp(a, b, exact);
    case CT_MAP: return map_cmp(a, b, exact);
    case CT_BINARY: return bits_cmp(a, b);
    case CT_NIL: case CT_CONS: return 0;
  }
  return 0;
}

int cterm_compare(const CTerm *a, const CTerm *b) {
  int c = cmp(a, b, false);
  return c != 0 ? c : cmp(a, b, true);
}

int cterm_compare_keys(const CTerm *a, const CTerm *b) { return cmp(a, b, true); }

/* =:= as the translator needs it: integers never equal floats, and
** 0.0 and -0.0 are different literals. */
bool cterm_equal(const CTerm *a, const CTerm *b) { return cmp(a, b, true) == 0; }

/* ---------------------------------------------------------------------
** Printing: characters and atoms
*/

/* Decodes one UTF-8 character at s[*i], advancing *i; returns -1 and
** skips one byte if the bytes there are not well-formed UTF-8 (overlong
** forms and surrogates included). */
static long utf8_next(const uint8_t *s, size_t len, size_t *i) {
  uint8_t c = s[(*i)++];
  if (c < 0x80) return c;
  int extra = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xc2 && c <= 0xdf ? 1 : -1;
  if (extra < 0 || len - *i < (size_t)extra) return -1;
  long cp = c & (0x3f >> extra);
  for (int k = 0; k < extra; k++) {
    uint8_t b = s[*i + (size_t)k];
    if ((b & 0xc0) != 0x80) return -1;
    cp = cp << 6 | (b & 0x3f);
  }
  static const long min_cp[4] = {0, 0x80, 0x800, 0x10000};
  if (cp < min_cp[extra] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  *i += (size_t)extra;
  return cp;
}

static void put_utf8(FILE *out, long cp) {
  if (cp < 0x80) {
    fputc((int)cp, out);
  } else if (cp < 0x800) {
    fputc((int)(0xc0 | cp >> 6), out);
    fputc((int)(0x80 | (cp & 0x3f)), out);
  } else if (cp < 0x10000) {
    fputc((int)(0xe0 | cp >> 12), out);
    fputc((int)(0x80 | ((cp >> 6) & 0x3f)), out);
    fputc((int)(0x80 | (cp & 0x3f)), out);
  } else {
    fputc((int)(0xf0 | cp >> 18), out);
    fputc((int)(0x80 | ((cp >> 12) & 0x3f)), out);
    fputc((int)(0x80 | ((cp >> 6) & 0x3f)), out);
    fputc((int)(0x80 | (cp & 0x3f)), out);
  }
}

/* Writes character cp inside a literal quoted with `quote`, escaped as
** erl's io_lib escapes it: \n \r \t \v \b \f \e \d by name, other
** controls and 0x80..0x9f as three octal digits, Latin-1 printables as
** themselves (in UTF-8).  Above 0xff, atoms (wide_raw false) get
** \x{HEX} as ~w writes them, strings the character itself.  A byte that
** is not UTF-8 (cp = -byte-1) is written in octal. */
static void put_char(FILE *out, long cp, int quote, bool wide_raw) {
  static const char named[] = "\nn\rr\tt\vv\bb\ff\033e\177d";
  const char *e = cp > 0 && cp < 0x80 ? strchr(named, (int)cp) : NULL;
  if (cp < 0) {
    fprintf(out, "\\%03lo", -cp - 1);
  } else if (cp == quote || cp == '\\') {
    fputc('\\', out);
    fputc((int)cp, out);
  } else if (e != NULL && (e - named) % 2 == 0) {
    fputc('\\', out);
    fputc(e[1], out);
  } else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
    fprintf(out, "\\%03lo", cp);
  } else if (cp > 0xff && !wide_raw) {
    fprintf(out, "\\x{%lX}", cp);
  } else {
    put_utf8(out, cp);
  }
}

/* Writes s[0..len) between quotes, decoding UTF-8. */
static void put_quoted(FILE *out, const uint8_t *s, size_t len, int quote, bool wide_raw) {
  fputc(quote, out);
  for (size_t i = 0; i < len;) {
    size_t at = i;
    long cp = utf8_next(s, len, &i);
    put_char(out, cp < 0 ? -(long)s[at] - 1 : cp, quote, wide_raw);
  }
  fputc(quote, out);
}

static bool is_lower(long c) { return (c >= 'a' && c <= 'z') || (c >= 0xdf && c <= 0xff && c != 0xf7); }

static bool is_name_char(long c) {
  return is_lower(c) || (c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7) ||
         (c >= '0' && c <= '9') || c == '_' || c == '@';
}

/* The words erl_scan reserves in OTP 25 (maybe and else are only
** reserved with the maybe_expr feature, and erl 25 does not quote them). */
static bool is_reserved(const char *s, size_t len) {
  static const char *const words[] = {
      "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr",
      "bxor", "case", "catch", "cond", "div", "end", "fun", "if", "let", "not",
      "of", "or", "orelse", "receive", "rem", "try", "when", "xor"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strlen(words[i]) == len && memcmp(words[i], s, len) == 0) return true;
  return false;
}

/* An atom goes unquoted when it starts with a lower-case letter, has only
** letters, digits, _ and @ (Latin-1 letters count, as in erl) and is not
** a reserved word. */
static bool atom_needs_quotes(const char *name, size_t len) {
  const uint8_t *s = (const uint8_t *)name;
  if (len == 0 || is_reserved(name, len)) return true;
  size_t i = 0;
  if (!is_lower(utf8_next(s, len, &i))) return true;
  while (i < len)
    if (!is_name_char(utf8_next(s, len, &i))) return true;
  return false;
}

void cterm_print_atom(FILE *out, const char *name, size_t len) {
  if (atom_needs_quotes(name, len))
    put_quoted(out, (const uint8_t *)name, len, '\'', false);
  else
    fwrite(name, 1, len, out);
}

/* Strings are read as UTF-8; characters above 0x9f are written as
** themselves, so the literal read back as UTF-8 source is the same
** string.  Bytes that are not UTF-8 are written in octal. */
void cterm_print_string(FILE *out, const uint8_t *s, size_t len) {
  put_quoted(out, s, len, '"', true);
}

/* ---------------------------------------------------------------------
** Printing: floats
**
** erl writes the shortest digit string that reads back as the same
** double (the nearest to it when there are several), in plain notation
** (123.45, 0.001) or scientific (1.0e-5, 1.2345e17).  Below 2^53 it takes
** the shorter of the two, plain on a tie; from 2^53 up always scientific.
*/

typedef struct Decimal {
  char digits[24]; /* no leading or trailing zeros */
  int n;           /* number of digits */
  int exp;         /* value = d[0].d[1..n) x 10^exp */
} Decimal;

/* Sets d to the digits of m x 10^q. */
static void set_decimal(Decimal *d, uint64_t m, int q) {
  d->n = snprintf(d->digits, sizeof d->digits, "%" PRIu64, m);
  d->exp = q + d->n - 1;
  while (d->n > 1 && d->digits[d->n - 1] == '0') d->digits[--d->n] = '\0';
}

static bool reads_back(uint64_t m, int q, double v) {
  char buf[48];
  snprintf(buf, sizeof buf, "%" PRIu64 "e%d", m, q);
  return strtod(buf, NULL) == v;
}

/* Finds the shortest decimal reading back as v (finite, > 0).  At each
** length it tries the correctly rounded digits and, since the rounding
** interval of a power of two is lopsided, the neighbour on v's other
** side; together these are the nearest candidates of that length. */
static void shortest_decimal(double v, Decimal *d) {
  for (int p = 1; p <= 17; p++) {
    char buf[48];
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    char *e = strchr(buf, 'e');
    uint64_t m = 0;
    for (const char *c = buf; c < e; c++)
      if (*c != '.') m = m * 10 + (uint64_t)(*c - '0');
    int q = atoi(e + 1) - (p - 1);
    double r = strtod(buf, NULL);
    uint64_t other = r > v ? m - 1 : m + 1;
    if (r == v || reads_back(other, q, v)) {
      set_decimal(d, r == v ? m : other, q);
      return;
    }
  }
  set_decimal(d, 0, 0); /* unreachable: 17 digits always read back */
}

/* Writes d in plain notation into buf (room for 400 bytes). */
static int plain_form(const Decimal *d, char *buf) {
  int k = 0;
  if (d->exp < 0) {
    k += sprintf(buf, "0.");
    for (int i = 0; i < -d->exp - 1; i++) buf[k++] = '0';
    memcpy(buf + k, d->digits, (size_t)d->n);
    k += d->n;
  } else {
    for (int i = 0; i <= d->exp || i < d->n; i++) {
      if (i == d->exp + 1) buf[k++] = '.';
      buf[k++] = i < d->n ? d->digits[i] : '0';
    }
    if (d->n <= d->exp + 1) k += sprintf(buf + k, ".0");
  }
  buf[k] = '\0';
  return k;
}

static int scientific_form(const Decimal *d, char *buf) {
  return sprintf(buf, "%c.%se%d", d->digits[0], d->n > 1 ? d->digits + 1 : "0", d->exp);
}

void cterm_print_float(FILE *out, double v) {
  if (v != v || v - v != 0) { /* no Erlang float is NaN or infinite */
    fputs(v != v ? "nan" : v > 0 ? "inf" : "-inf", out);
    return;
  }
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  if (bits >> 63) fputc('-', out);
  double mag = bits >> 63 ? -v : v;
  if (mag == 0) {
    fputs("0.0", out);
    return;
  }
  Decimal d;
  shortest_decimal(mag, &d);
  char plain[400], sci[48];
  int ls = scientific_form(&d, sci);
  if (mag >= TWO_POW_53 || ls < plain_form(&d, plain))
    fputs(sci, out);
  else
    fputs(plain, out);
}

/* ---------------------------------------------------------------------
** Printing: terms
*/

/* limbs[0..*n) /= d, returning the remainder; strips leading zeros. */
static uint32_t div_small(uint32_t *limbs, uint32_t *n, uint32_t d) {
  uint64_t r = 0;
  for (uint32_t i = *n; i-- > 0;) {
    r = r << 32 | limbs[i];
    limbs[i] = (uint32_t)(r / d);
    r %= d;
  }
  while (*n > 0 && limbs[*n - 1] == 0) (*n)--;
  return (uint32_t)r;
}

/* Converts to base 10^9 by repeated division, then prints the chunks
** most significant first, all but the first padded to nine digits. */
static void print_big(FILE *out, const CTerm *t) {
  uint32_t n = t->u.big.n, k = 0;
  uint32_t *q = xmalloc(sizeof(uint32_t) * n);
  uint32_t *chunks = xmalloc(sizeof(uint32_t) * ((size_t)n * 32 / 29 + 2));
  memcpy(q, t->u.big.limbs, sizeof(uint32_t) * n);
  while (n > 0 && q[n - 1] == 0) n--;
  do chunks[k++] = div_small(q, &n, 1000000000u);
  while (n > 0);
  if (t->u.big.neg) fputc('-', out);
  fprintf(out, "%" PRIu32, chunks[--k]);
  while (k > 0) fprintf(out, "%09" PRIu32, chunks[--k]);
  free(q);
  free(chunks);
}

static bool all_printable(const uint8_t *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < 0x20 || s[i] > 0x7e) return false;
  return true;
}

/* <<"abc">> when every byte is printable ASCII, else <<1,2,3>>; a
** partial last byte ends the list as Value:Bits (<<1,2,3:4>>). */
static void print_binary(FILE *out, const CTerm *t) {
  size_t n = (size_t)(t->u.bin.bits / 8);
  unsigned rem = (unsigned)(t->u.bin.bits % 8);
  const uint8_t *s = t->u.bin.data;
  fputs("<<", out);
  if (rem == 0 && n > 0 && all_printable(s, n)) {
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
      if (s[i] == '"' || s[i] == '\\') fputc('\\', out);
      fputc(s[i], out);
    }
    fputc('"', out);
  } else {
    for (size_t i = 0; i < n; i++) fprintf(out, "%s%u", i ? "," : "", s[i]);
    if (rem) fprintf(out, "%s%u:%u", n ? "," : "", (unsigned)(s[n] >> (8 - rem)), rem);
  }
  fputs(">>", out);
}

static void print_term(FILE *out, const CTerm *t, int depth);

/* Walks the spine iteratively: [1,2|3]. */
static void print_list(FILE *out, const CTerm *t, int depth) {
  fputc('[', out);
  print_term(out, t->u.cons.head, depth + 1);
  for (t = t->u.cons.tail; t->kind == CT_CONS; t = t->u.cons.tail) {
    fputc(',', out);
    print_term(out, t->u.cons.head, depth + 1);
  }
  if (t->kind != CT_NIL) {
    fputc('|', out);
    print_term(out, t, depth + 1);
  }
  fputc(']', out);
}

static void print_tuple(FILE *out, const CTerm *t, int depth) {
  fputc('{', out);
  for (uint32_t i = 0; i < t->u.tuple.arity; i++) {
    if (i) fputc(',', out);
    print_term(out, t->u.tuple.elems[i], depth + 1);
  }
  fputc('}', out);
}

/* #{k1 => v1,k2 => v2} with the keys in cterm_compare order. */
static void print_map(FILE *out, const CTerm *t, int depth) {
  Pair *p = sorted_pairs(t, pair_total_cmp);
  fputs("#{", out);
  for (uint32_t i = 0; i < t->u.map.n; i++) {
    if (i) fputc(',', out);
    print_term(out, p[i].key, depth + 1);
    fputs(" => ", out);
    print_term(out, p[i].val, depth + 1);
  }
  fputc('}', out);
  free(p);
}

static void print_term(FILE *out, const CTerm *t, int depth) {
  if (depth > MAX_PRINT_DEPTH) {
    fputs("...", out);
    return;
  }
  switch (t->kind) {
    case CT_INT: fprintf(out, "%" PRId64, t->u.i); break;
    case CT_BIG: print_big(out, t); break;
    case CT_FLOAT: cterm_print_float(out, t->u.f); break;
    case CT_ATOM: cterm_print_atom(out, t->u.atom.name, t->u.atom.len); break;
    case CT_NIL: fputs("[]", out); break;
    case CT_CONS: print_list(out, t, depth); break;
    case CT_TUPLE: print_tuple(out, t, depth); break;
    case CT_BINARY: print_binary(out, t); break;
    case CT_MAP: print_map(out, t, depth); break;
    case CT_EXPORT:
      fputs("fun ", out);
      print_term(out, t->u.fun.mod, depth + 1);
      fputc(':', out);
      print_term(out, t->u.fun.fun, depth + 1);
      fprintf(out, "/%" PRIu32, t->u.fun.arity);
      break;
  }
}

void cterm_print(FILE *out, const CTerm *t) { print_term(out, t, 1); }
