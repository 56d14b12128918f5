/*
** print.c — erlang:display/1 and float formatting (rules in print.h).
**
** print_term walks the term with an explicit stack of frames, one per
** open tuple, list or map: writing a compound term writes its opening
** bracket and pushes a frame; the frame then hands out its parts one at
** a time, writing the separators, and finally writes the closing bracket.
*/
#include "print.h"

#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bignum.h"
#include "bits.h"
#include "hamt.h"
#include "os/os.h"
#include "ptab.h"

_Static_assert(sizeof(BnDigit) == sizeof(BeamTerm),
               "bignum digits must be words: bignums are stored as digit words");

#define NO_MEMORY "printing a term" /* what os_alloc reports */

/* ---------------------------------------------------------------------
** The buffer
*/

void print_init(PrintBuf *b) { *b = (PrintBuf){NULL, 0, 0}; }

void print_free(PrintBuf *b) {
  os_free(b->s);
  print_init(b);
}

/* Makes room for n more bytes and the NUL after them. */
static void reserve(PrintBuf *b, size_t n) {
  if (b->cap - b->len > n) return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap - b->len <= n) cap *= 2;
  b->s = os_realloc(b->s, cap, NO_MEMORY);
  b->cap = cap;
}

void print_append(PrintBuf *b, const char *s, size_t len) {
  reserve(b, len);
  memcpy(b->s + b->len, s, len);
  b->len += len;
  b->s[b->len] = '\0';
}

static void put_c(PrintBuf *b, char c) { print_append(b, &c, 1); }
static void put_s(PrintBuf *b, const char *s) { print_append(b, s, strlen(s)); }

static void put_uint(PrintBuf *b, uintmax_t v) {
  char tmp[24];
  print_append(b, tmp, (size_t)snprintf(tmp, sizeof tmp, "%" PRIuMAX, v));
}

/* ---------------------------------------------------------------------
** Atoms
*/

long print_utf8_next(const char *str, size_t len, size_t *i) {
  const unsigned char *s = (const unsigned char *)str;
  unsigned c = s[(*i)++];
  int extra = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xC2 && c <= 0xDF ? 1 : 0;
  if (extra == 0 || len - *i < (size_t)extra) return c;
  long cp = c & (0x3F >> extra);
  for (int k = 0; k < extra; k++) {
    if ((s[*i + (size_t)k] & 0xC0) != 0x80) return c;
    cp = cp << 6 | (s[*i + (size_t)k] & 0x3F);
  }
  *i += (size_t)extra;
  return cp;
}

static bool is_lower(long c) { return (c >= 'a' && c <= 'z') || (c >= 223 && c <= 255 && c != 247); }

static bool is_name_char(long c) {
  return is_lower(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         (c >= 192 && c <= 222 && c != 215);
}

/* Display writes an atom bare when it is a lower-case letter followed by
   name characters; reserved words are not quoted. */
static bool atom_is_bare(const char *s, size_t len) {
  size_t i = 0;
  if (len == 0 || !is_lower(print_utf8_next(s, len, &i))) return false;
  while (i < len)
    if (!is_name_char(print_utf8_next(s, len, &i))) return false;
  return true;
}

/* Writes the character at s[from..to) (code point cp) inside quotes. */
static void put_quoted_char(PrintBuf *b, long cp, const char *s, size_t from, size_t to) {
  static const char named[] = "\bb\tt\nn\vv\ff\rr''\\\\";
  const char *e = cp > 0 && cp < 128 ? memchr(named, (int)cp, sizeof named - 1) : NULL;
  if (e != NULL && (e - named) % 2 == 0) {
    char esc[2] = {'\\', e[1]};
    print_append(b, esc, 2);
  } else if (cp < 32 || (cp >= 128 && cp < 160)) {
    char tmp[8];
    print_append(b, tmp, (size_t)snprintf(tmp, sizeof tmp, "\\%03lo", (unsigned long)cp));
  } else {
    print_append(b, s + from, to - from);
  }
}

void print_atom(PrintBuf *b, BeamTerm atom) {
  const BeamAtom *a = BEAM_ATOM_REC(atom);
  if (atom_is_bare(a->name, a->len)) {
    print_append(b, a->name, a->len);
    return;
  }
  put_c(b, '\'');
  for (size_t i = 0; i < a->len;) {
    size_t from = i;
    long cp = print_utf8_next(a->name, a->len, &i);
    put_quoted_char(b, cp, a->name, from, i);
  }
  put_c(b, '\'');
}

/* ---------------------------------------------------------------------
** Numbers
*/

size_t print_float_default(char *buf, double d) {
  return (size_t)snprintf(buf, PRINT_FLOAT_BUF, "%.20e", d);
}

static void put_float(PrintBuf *b, BeamTerm t) {
  double d;
  char tmp[PRINT_FLOAT_BUF];
  memcpy(&d, BEAM_PTR(t) + 1, sizeof d);
  print_append(b, tmp, (size_t)snprintf(tmp, sizeof tmp, "%e", d));
}

/* A bignum in decimal, written straight into the buffer. */
static void put_big(PrintBuf *b, BeamTerm t) {
  size_t n = BEAM_HEADER_ARITY(BEAM_BOXED_HEADER(t));
  int sign = BEAM_HEADER_SUB(BEAM_BOXED_HEADER(t)) == BEAM_SUB_NEGBIG;
  size_t room = bn_text_size(n, 10);
  BnDigit *scratch = os_alloc(n * sizeof *scratch, NO_MEMORY);
  reserve(b, room);
  b->len += bn_to_text(b->s + b->len, sign, (const BnDigit *)(BEAM_PTR(t) + 1), n, 10, scratch);
  b->s[b->len] = '\0';
  os_free(scratch);
}

static void put_small(PrintBuf *b, BeamTerm t) {
  char tmp[24];
  print_append(b, tmp, (size_t)snprintf(tmp, sizeof tmp, "%" PRIdPTR, BEAM_SMALL_VALUE(t)));
}

/* ---------------------------------------------------------------------
** Strings and bitstrings
*/

static bool is_string_char(BeamTerm h) {
  if (!BEAM_IS_SMALL(h)) return false;
  BeamSint c = BEAM_SMALL_VALUE(h);
  return c == 9 || c == 10 || c == 13 || (c >= 32 && c <= 126) || (c >= 160 && c <= 255);
}

/* True if the list t (a cons) is proper and all its elements are
   characters display shows as a string. */
static bool is_string(BeamTerm t) {
  for (; BEAM_IS_LIST(t); t = BEAM_CDR(t))
    if (!is_string_char(BEAM_CAR(t))) return false;
  return t == BEAM_NIL;
}

static void put_string(PrintBuf *b, BeamTerm t) {
  put_c(b, '"');
  for (; BEAM_IS_LIST(t); t = BEAM_CDR(t)) {
    char c = (char)BEAM_SMALL_VALUE(BEAM_CAR(t));
    if (c == '\n') put_s(b, "\\n");
    else if (c == '"') put_s(b, "\\\"");
    else put_c(b, c);
  }
  put_c(b, '"');
}

static bool bytes_printable(const Bits *x) {
  if (x->n == 0 || x->n % 8 != 0) return false;
  for (size_t i = 0; i < x->n / 8; i++) {
    unsigned c = bits_at(x, i * 8, 8);
    if (c < 32 || c > 126) return false;
  }
  return true;
}

/* <<"ab">> when all bytes are printable ASCII, else <<1,2,3>> with a
   partial last byte as Value:Bits. */
static void put_bits(PrintBuf *b, BeamTerm t) {
  Bits x;
  bits_of(t, &x);
  size_t full = x.n / 8;
  put_s(b, "<<");
  if (bytes_printable(&x)) {
    put_c(b, '"');
    for (size_t i = 0; i < full; i++) {
      char c = (char)bits_at(&x, i * 8, 8);
      if (c == '"') put_c(b, '\\');
      put_c(b, c);
    }
    put_c(b, '"');
  } else {
    for (size_t i = 0; i < full; i++) {
      if (i) put_c(b, ',');
      put_uint(b, bits_at(&x, i * 8, 8));
    }
    if (x.n % 8) {
      if (full) put_c(b, ',');
      put_uint(b, bits_at(&x, full * 8, (unsigned)(x.n % 8)));
      put_c(b, ':');
      put_uint(b, x.n % 8);
    }
  }
  put_s(b, ">>");
}

/* ---------------------------------------------------------------------
** Funs, pids, ports, references
*/

/* #Fun<Module.Index.Uniq>, the module name bare. */
static void put_closure(PrintBuf *b, BeamTerm t) {
  const BeamFunEntry *fe = (const BeamFunEntry *)BEAM_PTR(t)[1];
  const BeamAtom *m = fe->mfa->module->name;
  put_s(b, "#Fun<");
  print_append(b, m->name, m->len);
  put_c(b, '.');
  put_uint(b, fe->index);
  put_c(b, '.');
  put_uint(b, fe->old_uniq);
  put_c(b, '>');
}

/* fun M:F/A (the arity is a small). */
static void put_export(PrintBuf *b, BeamTerm t) {
  const BeamTerm *w = BEAM_PTR(t);
  put_s(b, "fun ");
  print_atom(b, w[1]);
  put_c(b, ':');
  print_atom(b, w[2]);
  put_c(b, '/');
  put_uint(b, (uintmax_t)BEAM_SMALL_VALUE(w[3]));
}

/* #Ref<0.A.B.C>: the words from the last. */
static void put_ref(PrintBuf *b, BeamTerm t) {
  size_t n = BEAM_HEADER_ARITY(BEAM_BOXED_HEADER(t));
  put_s(b, "#Ref<0");
  for (size_t i = n; i > 0; i--) {
    put_c(b, '.');
    put_uint(b, BEAM_PTR(t)[i]);
  }
  put_c(b, '>');
}

/* <0.Number.Serial>: erl's parts of the pid (ptab.h). */
static void put_pid(PrintBuf *b, BeamTerm t) {
  put_s(b, "<0.");
  put_uint(b, ptab_erl_number(t));
  put_c(b, '.');
  put_uint(b, ptab_erl_serial(t));
  put_c(b, '>');
}

static void put_port(PrintBuf *b, BeamTerm t) {
  put_s(b, "#Port<0.");
  put_uint(b, t >> 6);
  put_c(b, '>');
}

/* ---------------------------------------------------------------------
** The walk
*/

enum { F_TUPLE, F_LIST, F_CLOSE, F_MAP, F_TRIE };

typedef struct Frame {
  int kind;
  BeamTerm t; /* F_TUPLE, F_MAP, F_TRIE: the term; F_LIST: the cell last printed */
  size_t i;   /* F_TUPLE, F_TRIE: next element or child; F_MAP: 2 * pair + 0 (key) or 1;
                 F_LIST: 0 before the first head; F_CLOSE: the bracket */
} Frame;

typedef struct Frames {
  Frame *f;
  size_t len, cap;
} Frames;

static void push(Frames *s, int kind, BeamTerm t, size_t i) {
  if (s->len == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 16;
    s->f = os_realloc(s->f, s->cap * sizeof *s->f, NO_MEMORY);
  }
  s->f[s->len++] = (Frame){kind, t, i};
}

/* A hash trie as erl's display shows it: the head #<bitmap>{...}, a node
   <bitmap>{...} (bitmaps in hexadecimal), the leaves [Key|Value]. */
static void put_trie_node(PrintBuf *b, Frames *s, BeamTerm t) {
  char hex[16];
  snprintf(hex, sizeof hex, "<%x>{", hamt_bitmap(t));
  if (hamt_is(t)) put_c(b, '#');
  put_s(b, hex);
  push(s, F_TRIE, t, 0);
}

static void put_boxed(PrintBuf *b, Frames *s, BeamTerm t) {
  switch (BEAM_HEADER_SUB(BEAM_BOXED_HEADER(t))) {
    case BEAM_SUB_TUPLE: put_c(b, '{'); push(s, F_TUPLE, t, 0); break;
    case BEAM_SUB_POSBIG: case BEAM_SUB_NEGBIG: put_big(b, t); break;
    case BEAM_SUB_FLOAT: put_float(b, t); break;
    case BEAM_SUB_REF: put_ref(b, t); break;
    case BEAM_SUB_FUN: put_closure(b, t); break;
    case BEAM_SUB_EXPORT: put_export(b, t); break;
    case BEAM_SUB_MAP: put_s(b, "#{"); push(s, F_MAP, t, 0); break;
    case BEAM_SUB_HASHMAP: case BEAM_SUB_HAMT: put_trie_node(b, s, t); break;
    default: put_bits(b, t); break; /* BEAM_SUB_BIN, BEAM_SUB_SUBBIN */
  }
}

/* Writes t whole, or its opening bracket and a frame for its parts. */
static void put_open(PrintBuf *b, Frames *s, BeamTerm t) {
  if (BEAM_IS_SMALL(t)) put_small(b, t);
  else if (BEAM_IS_ATOM(t)) print_atom(b, t);
  else if (t == BEAM_NIL) put_s(b, "[]");
  else if (BEAM_IS_PID(t)) put_pid(b, t);
  else if (BEAM_IS_PORT(t)) put_port(b, t);
  else if (BEAM_IS_BOXED(t)) put_boxed(b, s, t);
  else if (!BEAM_IS_LIST(t)) put_s(b, "<bad term>");
  else if (is_string(t)) put_string(b, t);
  else {
    put_c(b, '[');
    push(s, F_LIST, t, 0);
  }
}

/* The next part of the list frame f, writing ',' '|' or ']'. */
static bool list_next(PrintBuf *b, Frames *s, Frame *f, BeamTerm *next) {
  if (f->i == 0) {
    f->i = 1;
    *next = BEAM_CAR(f->t);
    return true;
  }
  BeamTerm tail = BEAM_CDR(f->t);
  if (BEAM_IS_LIST(tail)) {
    put_c(b, ',');
    f->t = tail;
    *next = BEAM_CAR(tail);
  } else if (tail == BEAM_NIL) {
    put_c(b, ']');
    s->len--;
    return false;
  } else {
    put_c(b, '|');
    *f = (Frame){F_CLOSE, 0, ']'};
    *next = tail;
  }
  return true;
}

/* The next part of the map frame f: key, "=>", value, ',' ... '}'. */
static bool map_next(PrintBuf *b, Frames *s, Frame *f, BeamTerm *next) {
  BeamTerm keys = BEAM_PTR(f->t)[1];
  size_t k = f->i / 2;
  if (k == BEAM_TUPLE_ARITY(keys)) {
    put_c(b, '}');
    s->len--;
    return false;
  }
  if (f->i % 2 == 0) {
    if (k > 0) put_c(b, ',');
    *next = BEAM_ELEMENT(keys, k);
  } else {
    put_s(b, "=>");
    *next = BEAM_PTR(f->t)[2 + k];
  }
  f->i++;
  return true;
}

/*
** Finds the next term to write, closing the frames that are done; false
** when the whole term is written.
*/
static bool next_part(PrintBuf *b, Frames *s, BeamTerm *next) {
  while (s->len > 0) {
    Frame *f = &s->f[s->len - 1];
    switch (f->kind) {
      case F_TUPLE:
        if (f->i < BEAM_TUPLE_ARITY(f->t)) {
          if (f->i > 0) put_c(b, ',');
          *next = BEAM_ELEMENT(f->t, f->i++);
          return true;
        }
        put_c(b, '}');
        s->len--;
        break;
      case F_LIST:
        if (list_next(b, s, f, next)) return true;
        break;
      case F_MAP:
        if (map_next(b, s, f, next)) return true;
        break;
      case F_TRIE: {
        size_t k;
        const BeamTerm *c = hamt_kids(f->t, &k);
        if (f->i < k) {
          if (f->i > 0) put_c(b, ',');
          *next = c[f->i++];
          return true;
        }
        put_c(b, '}');
        s->len--;
        break;
      }
      default: /* F_CLOSE */
        put_c(b, (char)f->i);
        s->len--;
        break;
    }
  }
  return false;
}

void print_term(PrintBuf *b, BeamTerm t) {
  Frames s = {NULL, 0, 0};
  do put_open(b, &s, t);
  while (next_part(b, &s, &t));
  os_free(s.f);
}

void print_display(BeamTerm t) {
  PrintBuf b;
  print_init(&b);
  print_term(&b, t);
  print_append(&b, PRINT_DISPLAY_EOL, strlen(PRINT_DISPLAY_EOL));
  out_write(1, b.s, b.len);
  print_free(&b);
}

/* ---------------------------------------------------------------------
** Shortest floats
*/

typedef struct Decimal {
  char d[24]; /* significant digits (not NUL-terminated after trimming) */
  int n;      /* how many */
  int exp;    /* value = d[0].d[1..n) x 10^exp */
} Decimal;

/* Sets x to the digits of m x 10^q (m > 0). */
static void set_decimal(Decimal *x, uint64_t m, int q) {
  x->n = snprintf(x->d, sizeof x->d, "%" PRIu64, m);
  x->exp = q + x->n - 1;
  while (x->n > 1 && x->d[x->n - 1] == '0') x->n--;
}

static bool reads_back(uint64_t m, int q, double v) {
  char tmp[48];
  snprintf(tmp, sizeof tmp, "%" PRIu64 "e%d", m, q);
  return strtod(tmp, NULL) == v;
}

/*
** The shortest decimal that reads back as v (finite, > 0), the nearest
** to v among those.  At each length p the correctly rounded p digits are
** the nearest candidate; when they miss because v is a power of two
** (whose rounding interval is narrower below), the p-digit neighbour on
** v's other side may still hit.  17 digits always read back.
*/
static void shortest(double v, Decimal *x) {
  for (int p = 1; p <= 17; p++) {
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%.*e", p - 1, v);
    char *e = strchr(tmp, 'e');
    uint64_t m = 0;
    for (const char *c = tmp; c < e; c++)
      if (*c != '.') m = m * 10 + (uint64_t)(*c - '0');
    int q = atoi(e + 1) - (p - 1);
    double r = strtod(tmp, NULL);
    uint64_t other = r < v ? m + 1 : m - 1;
    if (r == v || reads_back(other, q, v)) {
      set_decimal(x, r == v ? m : other, q);
      return;
    }
  }
}

/* 123.45, 0.00123, 100.0: at most 345 characters. */
static size_t plain_form(const Decimal *x, char *out) {
  size_t k = 0;
  if (x->exp < 0) {
    out[k++] = '0';
    out[k++] = '.';
    for (int i = 0; i < -x->exp - 1; i++) out[k++] = '0';
    for (int i = 0; i < x->n; i++) out[k++] = x->d[i];
  } else {
    for (int i = 0; i <= x->exp; i++) out[k++] = i < x->n ? x->d[i] : '0';
    out[k++] = '.';
    if (x->n <= x->exp + 1) out[k++] = '0';
    for (int i = x->exp + 1; i < x->n; i++) out[k++] = x->d[i];
  }
  out[k] = '\0';
  return k;
}

/* 1.2345e-7, 1.0e100. */
static size_t sci_form(const Decimal *x, char *out) {
  return (size_t)snprintf(out, PRINT_FLOAT_BUF, "%c.%.*se%d", x->d[0], x->n > 1 ? x->n - 1 : 1,
                          x->n > 1 ? x->d + 1 : "0", x->exp);
}

size_t print_float_short(char *buf, double d) {
  size_t k = 0;
  if (signbit(d)) {
    buf[k++] = '-';
    d = -d;
  }
  if (d == 0 || !isfinite(d)) { /* no Erlang float is infinite or NaN */
    const char *s = d == 0 ? "0.0" : d != d ? "nan" : "inf";
    memcpy(buf + k, s, 4);
    return k + 3;
  }
  Decimal x;
  shortest(d, &x);
  char plain[400], sci[PRINT_FLOAT_BUF];
  size_t ls = sci_form(&x, sci), lp = plain_form(&x, plain);
  bool use_sci = d >= 9007199254740992.0 || ls < lp; /* 2^53 */
  memcpy(buf + k, use_sci ? sci : plain, (use_sci ? ls : lp) + 1);
  return k + (use_sci ? ls : lp);
}
