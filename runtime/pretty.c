/*
** pretty.c — io_lib's ~p and ~w (rules in pretty.h).
**
** Printing is two passes, as in io_lib_pretty.  measure() turns the term
** into a tree of Nodes, cut at the depth limit; every node knows the
** length of its one-line text, and the leaves hold that text.  The
** layout (pp_*) then writes each node on one line or breaks it, deciding
** from those lengths alone.  Before the layout, cind_* runs the layout's
** decisions without writing, to see whether indenting the elements of a
** tuple that starts with an atom past that atom would cross the middle of
** the line; if it would, such tuples get a fixed indentation (4, else 1).
**
** The layout's parameters, named as io_lib_pretty names them:
**   col  the column the node starts at (1 is the first);
**   ll   the line length; m the length of the whole term on one line;
**   ind  the indentation of continuation lines, in spaces;
**   ld   "last depth": how many closing brackets follow the node;
**   w    the width already used on the current line by the enclosing
**        elements (only compared with m).
*/
#include "pretty.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bits.h"
#include "map.h"
#include "os/os.h"

static void put_c(PrintBuf *b, char c) { print_append(b, &c, 1); }
static void put_s(PrintBuf *b, const char *s) { print_append(b, s, strlen(s)); }

/* ---------------------------------------------------------------------
** Text: characters, atoms, strings
*/

/*
** One character inside quotes q, as io_lib's string_char writes it for
** a latin1 device: the quote and backslash escaped, printable Latin-1
** raw (one byte), named escapes, other controls below 160 in octal, and
** code points above 255 as \x{HEX}.
*/
static void put_quoted(PrintBuf *b, long c, char q) {
  static const char named[] = "\nn\rr\tt\vv\bb\ff\033e\177d";
  char tmp[24];
  if (c == q || c == '\\') {
    char esc[2] = {'\\', (char)c};
    print_append(b, esc, 2);
  } else if ((c >= 32 && c <= 126) || (c >= 160 && c <= 255)) {
    put_c(b, (char)c);
  } else if (c > 255) {
    print_append(b, tmp, (size_t)snprintf(tmp, sizeof tmp, "\\x{%lX}", (unsigned long)c));
  } else {
    const char *e = c > 0 ? memchr(named, (int)c, sizeof named - 1) : NULL;
    if (e != NULL && (e - named) % 2 == 0) {
      char esc[2] = {'\\', e[1]};
      print_append(b, esc, 2);
    } else {
      print_append(b, tmp, (size_t)snprintf(tmp, sizeof tmp, "\\%03lo", (unsigned long)c));
    }
  }
}

/* erl_scan's reserved words (OTP 25 enables no feature keywords). */
static bool reserved_word(const char *s, size_t len) {
  static const char *const words[] = {
      "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case",
      "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or", "orelse",
      "receive", "rem", "try", "when", "xor"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strlen(words[i]) == len && memcmp(words[i], s, len) == 0) return true;
  return false;
}

static bool atom_first_char(long c) {
  return (c >= 'a' && c <= 'z') || (c >= 223 && c <= 255 && c != 247);
}

static bool atom_name_char(long c) {
  return atom_first_char(c) || (c >= 'A' && c <= 'Z') || (c >= 192 && c <= 222 && c != 215) ||
         (c >= '0' && c <= '9') || c == '_' || c == '@';
}

void pretty_atom(PrintBuf *b, BeamTerm atom) {
  const BeamAtom *a = BEAM_ATOM_REC(atom);
  bool quote = a->len == 0 || reserved_word(a->name, a->len);
  for (size_t i = 0, k = 0; !quote && i < a->len; k++) {
    long c = print_utf8_next(a->name, a->len, &i);
    quote = k == 0 ? !atom_first_char(c) : !atom_name_char(c);
  }
  if (quote) put_c(b, '\'');
  for (size_t i = 0; i < a->len;) {
    long c = print_utf8_next(a->name, a->len, &i);
    if (quote) put_quoted(b, c, '\'');
    else put_c(b, (char)c); /* a bare atom's characters are Latin-1 */
  }
  if (quote) put_c(b, '\'');
}

/* The characters io_lib_pretty prints as part of a string. */
static bool printable(long c) {
  return (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || c == '\n' || c == '\r' ||
         c == '\t' || c == '\v' || c == '\b' || c == '\f' || c == 27;
}

/* A proper list of printable characters (t a cons). */
static bool printable_list(BeamTerm t) {
  for (; BEAM_IS_LIST(t); t = BEAM_CDR(t))
    if (!BEAM_IS_SMALL(BEAM_CAR(t)) || !printable((long)BEAM_SMALL_VALUE(BEAM_CAR(t))))
      return false;
  return t == BEAM_NIL;
}

/* The text of a term that is neither compound nor an atom. */
static void put_leaf(PrintBuf *b, BeamTerm x) {
  if (BEAM_IS_FLOAT(x)) {
    double d;
    char tmp[PRINT_FLOAT_BUF];
    memcpy(&d, BEAM_PTR(x) + 1, sizeof d);
    print_append(b, tmp, print_float_short(tmp, d));
  } else {
    print_term(b, x); /* integers, funs, pids, ports, refs: as display */
  }
}

/* ---------------------------------------------------------------------
** The tree
*/

typedef enum { N_TEXT, N_DOTS, N_LIST, N_TUPLE, N_MAP, N_PAIR, N_BIN } NodeKind;

typedef struct Node {
  NodeKind kind;
  bool tagged;  /* N_TUPLE: an atom first, and more than one element */
  bool tail;    /* the last kid is no element: for N_LIST the tail after
                   '|' (a term or N_DOTS), for N_TUPLE and N_MAP N_DOTS */
  long len;     /* characters of the one-line text */
  size_t at, n; /* N_TEXT, N_BIN: the text is text.s[at..at+n);
                   N_LIST, N_TUPLE, N_MAP, N_PAIR: the kids node[at..at+n) */
} Node;

typedef struct Tree {
  Node *node;
  size_t len, cap;
  PrintBuf text;
} Tree;

/* k new zeroed nodes; returns the index of the first.  Nodes move: hold
   indices, not pointers, while the tree grows. */
static size_t add_nodes(Tree *t, size_t k) {
  if (t->cap - t->len < k) {
    size_t cap = t->cap ? t->cap : 64;
    while (cap - t->len < k) cap *= 2;
    t->node = os_realloc(t->node, cap * sizeof *t->node, "printing a term");
    t->cap = cap;
  }
  memset(t->node + t->len, 0, k * sizeof *t->node);
  t->len += k;
  return t->len - k;
}

/* Makes node i the text leaf written since text offset from. */
static void end_text(Tree *t, size_t i, size_t from) {
  Node *n = &t->node[i];
  n->kind = N_TEXT;
  n->at = from;
  n->n = t->text.len - from;
  n->len = (long)n->n;
}

static void text_leaf(Tree *t, size_t i, const char *s) {
  size_t from = t->text.len;
  put_s(&t->text, s);
  end_text(t, i, from);
}

/* Node i becomes a compound of kind with k kids (the last a tail if
   tail); returns the index of the first kid. */
static size_t compound(Tree *t, size_t i, NodeKind kind, size_t k, bool tail) {
  size_t at = add_nodes(t, k);
  Node *n = &t->node[i];
  n->kind = kind;
  n->tail = tail;
  n->at = at;
  n->n = k;
  return at;
}

/* The one-line length of compound i: brackets of open + close
   characters, the kids, a separator between two kids. */
static void sum_len(Tree *t, size_t i, long brackets) {
  Node *n = &t->node[i];
  long len = brackets + (n->n > 0 ? (long)n->n - 1 : 0);
  for (size_t j = 0; j < n->n; j++) len += t->node[n->at + j].len;
  n->len = len;
}

static void dots(Tree *t, size_t i) {
  t->node[i].kind = N_DOTS;
  t->node[i].len = 3;
}

static void measure(Tree *t, size_t i, BeamTerm x, int d);

/* Elements while the depth lasts (each one level deeper than the last),
   then [] (nothing), "..." or the improper tail. */
static void measure_list(Tree *t, size_t i, BeamTerm x, int d) {
  size_t k = 0;
  BeamTerm rest = x;
  for (int dd = d; BEAM_IS_LIST(rest) && dd > 1; dd--, k++) rest = BEAM_CDR(rest);
  bool tail = rest != BEAM_NIL;
  size_t at = compound(t, i, N_LIST, k + tail, tail);
  rest = x;
  for (size_t j = 0; j < k; j++, rest = BEAM_CDR(rest)) measure(t, at + j, BEAM_CAR(rest), d - 1 - (int)j);
  if (tail && d - (int)k == 1) dots(t, at + k);
  else if (tail) measure(t, at + k, rest, d - (int)k - 1);
  sum_len(t, i, 2);
}

static void measure_tuple(Tree *t, size_t i, BeamTerm x, int d) {
  size_t arity = BEAM_TUPLE_ARITY(x), k = arity < (size_t)d - 1 ? arity : (size_t)d - 1;
  size_t at = compound(t, i, N_TUPLE, k + (k < arity), k < arity);
  t->node[i].tagged = arity > 1 && BEAM_IS_ATOM(BEAM_ELEMENT(x, 0));
  for (size_t j = 0; j < k; j++) measure(t, at + j, BEAM_ELEMENT(x, j), d - 1 - (int)j);
  if (k < arity) dots(t, at + k);
  sum_len(t, i, 2);
}

/* Pairs while the depth lasts; keys and values all one level deeper
   than the map. */
static void measure_map(Tree *t, size_t i, BeamTerm x, int d) {
  size_t size = map_size(x), k = size < (size_t)d - 1 ? size : (size_t)d - 1;
  BeamTerm *pairs = os_alloc(2 * size * sizeof *pairs, "printing");
  map_pairs(x, pairs); /* in iteration order, as io_lib prints them */
  size_t at = compound(t, i, N_MAP, k + (k < size), k < size);
  for (size_t j = 0; j < k; j++) {
    size_t kv = compound(t, at + j, N_PAIR, 2, false);
    measure(t, kv, pairs[2 * j], d - 1);
    measure(t, kv + 1, pairs[2 * j + 1], d - 1);
    t->node[at + j].len = t->node[kv].len + 4 + t->node[kv + 1].len; /* " => " */
  }
  os_free(pairs);
  if (k < size) dots(t, at + k);
  sum_len(t, i, 3);
}

/* The length of the run of printable bytes of x from byte `from`, at
   most `max` long. */
static size_t printable_run(const Bits *x, size_t from, size_t max) {
  size_t k = 0;
  while (k < max && printable((long)bits_at(x, (from + k) * 8, 8))) k++;
  return k;
}

/*
** Whether io_lib_pretty prints binary x (whole bytes, not empty) at
** depth d (>= 1, one less than the binary's) as text: it looks at no
** more than 4d bytes, and prints them as text when the first 20 (or all
** of them) are printable, or when a run of at least d printable bytes
** starts the binary; *pre is how many bytes the text shows, *whole
** whether that is all of them.
*/
static bool printable_bin(const Bits *x, size_t d, size_t *pre, bool *whole) {
  size_t size = x->n / 8, len = 4 * d < size ? 4 * d : size, n = len < 20 ? len : 20;
  size_t k = printable_run(x, 0, n);
  *whole = false;
  if (k < n) {
    *pre = k;
    return k >= d;
  }
  if (n == size || n == len) {
    *pre = n;
    *whole = n == size;
    return true;
  }
  size_t run = n + printable_run(x, n, len - n); /* leading printable bytes, <= len */
  *pre = run;
  *whole = run == size;
  return *whole || run >= d;
}

/* <<1,2,3>>, <<1,2,...>> past the depth, <<1,5:3>> for trailing bits. */
static void write_binary(PrintBuf *b, const Bits *x, int d) {
  char tmp[24];
  put_s(b, "<<");
  for (size_t pos = 0; pos < x->n; pos += 8, d--) {
    size_t left = x->n - pos;
    if (pos > 0) put_c(b, ',');
    if (d == 1) {
      put_s(b, "...");
      break;
    }
    if (left >= 8) {
      print_append(b, tmp, (size_t)snprintf(tmp, sizeof tmp, "%u", bits_at(x, pos, 8)));
    } else {
      print_append(b, tmp, (size_t)snprintf(tmp, sizeof tmp, "%u:%u",
                                            bits_at(x, pos, (unsigned)left), (unsigned)left));
    }
  }
  put_s(b, ">>");
}

static void measure_bits(Tree *t, size_t i, BeamTerm x, int d) {
  Bits bs;
  bits_of(x, &bs);
  size_t from = t->text.len, pre;
  bool whole;
  if (bs.n == 0) {
    text_leaf(t, i, "<<>>");
  } else if (d == 1) {
    text_leaf(t, i, "<<...>>");
  } else if (bs.n % 8 == 0 && printable_bin(&bs, (size_t)d - 1, &pre, &whole)) {
    put_s(&t->text, "<<\"");
    for (size_t j = 0; j < pre; j++) put_quoted(&t->text, (long)bits_at(&bs, j * 8, 8), '"');
    put_s(&t->text, whole ? "\">>" : "\"...>>");
    end_text(t, i, from);
  } else {
    write_binary(&t->text, &bs, d);
    end_text(t, i, from);
    t->node[i].kind = N_BIN;
  }
}

/* Node i: the term x at depth d (>= 1). */
static void measure(Tree *t, size_t i, BeamTerm x, int d) {
  size_t from = t->text.len;
  if (x == BEAM_NIL) {
    text_leaf(t, i, "[]");
  } else if (BEAM_IS_ATOM(x)) {
    pretty_atom(&t->text, x);
    end_text(t, i, from);
  } else if (BEAM_IS_LIST(x) && d != 1 && printable_list(x)) {
    put_c(&t->text, '"');
    for (; BEAM_IS_LIST(x); x = BEAM_CDR(x)) put_quoted(&t->text, (long)BEAM_SMALL_VALUE(BEAM_CAR(x)), '"');
    put_c(&t->text, '"');
    end_text(t, i, from);
  } else if (BEAM_IS_LIST(x)) {
    measure_list(t, i, x, d);
  } else if (BEAM_IS_TUPLE(x)) {
    if (BEAM_TUPLE_ARITY(x) == 0) text_leaf(t, i, "{}");
    else if (d == 1) text_leaf(t, i, "{...}");
    else measure_tuple(t, i, x, d);
  } else if (BEAM_IS_MAP(x)) {
    if (map_size(x) == 0) text_leaf(t, i, "#{}");
    else if (d == 1) text_leaf(t, i, "#{...}");
    else measure_map(t, i, x, d);
  } else if (BEAM_IS_BITSTRING(x)) {
    measure_bits(t, i, x, d);
  } else {
    put_leaf(&t->text, x);
    end_text(t, i, from);
  }
}

/* ---------------------------------------------------------------------
** Writing on one line
*/

typedef struct Lay {
  const Tree *t;
  PrintBuf *b;
  long ll, m;
  long tind; /* the indentation of tagged tuples: -1 (after the tag), 4 or 1 */
} Lay;

/* The elements of a compound from some element on, and its tail. */
typedef struct Seq {
  const Node *e; /* the next element */
  size_t n;      /* elements left */
  const Node *tail;
} Seq;

static Seq seq_of(const Lay *L, const Node *c) {
  const Node *k = L->t->node + c->at;
  return (Seq){k, c->n - c->tail, c->tail ? k + c->n - 1 : NULL};
}

static const Node *seq_next(Seq *s) {
  s->n--;
  return s->e++;
}

/* How many closing brackets follow the element before s. */
static long last_depth(const Seq *s, long ld) { return s->n > 0 ? 0 : ld + 1; }

static bool is_text(const Node *n) { return n->kind == N_TEXT; }

static bool pair_is_text(const Lay *L, const Node *p) {
  const Node *kv = L->t->node + p->at;
  return is_text(&kv[0]) && is_text(&kv[1]);
}

static void write_node(const Lay *L, const Node *n);

static void write_seq(const Lay *L, const Node *c, char sep) {
  Seq s = seq_of(L, c);
  for (size_t j = 0; s.n > 0; j++) {
    if (j > 0) put_c(L->b, ',');
    write_node(L, seq_next(&s));
  }
  if (s.tail == NULL) return;
  if (c->n > 1) put_c(L->b, sep);
  write_node(L, s.tail);
}

static void write_node(const Lay *L, const Node *n) {
  switch (n->kind) {
    case N_TEXT: case N_BIN: print_append(L->b, L->t->text.s + n->at, n->n); break;
    case N_DOTS: put_s(L->b, "..."); break;
    case N_LIST: put_c(L->b, '['); write_seq(L, n, '|'); put_c(L->b, ']'); break;
    case N_TUPLE: put_c(L->b, '{'); write_seq(L, n, ','); put_c(L->b, '}'); break;
    case N_MAP: put_s(L->b, "#{"); write_seq(L, n, ','); put_c(L->b, '}'); break;
    case N_PAIR:
      write_node(L, L->t->node + n->at);
      put_s(L->b, " => ");
      write_node(L, L->t->node + n->at + 1);
      break;
  }
}

/* ---------------------------------------------------------------------
** The layout
*/

static void newline(const Lay *L, long ind) {
  put_c(L->b, '\n');
  for (long k = 0; k < ind; k++) put_c(L->b, ' ');
}

/* Whether len characters fit on the line from col with ld brackets to
   close after them, w being used already. */
static bool fits(const Lay *L, long len, long col, long ld, long w) {
  return len < L->ll - col - ld && len + w + ld <= L->m;
}

/* Whether the next element (elen: its length with the comma before it)
   stays on the line: after the last element the closing brackets must
   fit too, otherwise one more character. */
static bool fits_after(const Lay *L, long elen, long col, long ld1, long w) {
  return ld1 == 0 ? elen + 1 < L->ll - col && w + elen + 1 <= L->m
                  : fits(L, elen, col, ld1, w);
}

static void pp(const Lay *L, const Node *n, long col, long ind, long ld, long w);

/* Writes an element; returns the width it takes, or ll when it broke
   lines or is not text (so the next element starts a line). */
static long pp_element(const Lay *L, const Node *e, long col, long ind, long ld, long w) {
  if (is_text(e) && fits(L, e->len, col, ld, w)) {
    write_node(L, e);
    return e->len;
  }
  pp(L, e, col, ind, ld, w);
  return L->ll;
}

/* The elements after the first: packed on the line while they fit and
   are text, else each on a new line at col0; then the tail. */
static void pp_tail(const Lay *L, Seq s, long col0, long col, long ind, long ld, char sep, long w) {
  while (s.n > 0) {
    const Node *e = seq_next(&s);
    long ld1 = last_depth(&s, ld), elen = 1 + e->len;
    put_c(L->b, ',');
    if (is_text(e) && fits_after(L, elen, col, ld1, w)) {
      write_node(L, e);
      col += elen;
      w += elen;
    } else {
      newline(L, ind);
      w = pp_element(L, e, col0, ind, ld1, 0);
      col = col0 + w;
    }
  }
  if (s.tail == NULL) return;
  put_c(L->b, sep);
  if (s.tail->kind == N_DOTS || (is_text(s.tail) && fits_after(L, 1 + s.tail->len, col, ld + 1, w))) {
    write_node(L, s.tail);
  } else {
    newline(L, ind);
    pp(L, s.tail, col0, ind, ld + 1, 0);
  }
}

static void pp_list(const Lay *L, Seq s, long col0, long ind, long ld, char sep, long w) {
  if (s.n == 0) { /* a list cut at its first element */
    if (s.tail) put_s(L->b, "...");
    return;
  }
  const Node *e = seq_next(&s);
  long we = pp_element(L, e, col0, ind, last_depth(&s, ld), w);
  pp_tail(L, s, col0, col0 + we, ind, ld, sep, w + we);
}

/* {Tag,...}: the elements indented past the tag, or by tind when that
   is less. */
static void pp_tag_tuple(const Lay *L, const Node *n, long col, long ind, long ld, long w) {
  Seq s = seq_of(L, n);
  const Node *tag = seq_next(&s);
  long tagind = tag->len + 2, tcol = col + tagind;
  write_node(L, tag);
  if (L->tind > 0 && tagind > L->tind) {
    pp_tail(L, s, col + L->tind, tcol, ind + L->tind, ld, ',', w + tag->len);
  } else {
    put_c(L->b, ',');
    pp_list(L, s, tcol, ind + tagind, ld, ',', w + tag->len + 1);
  }
}

/* K => V on one line, or K, then V on the next line indented. */
static long pp_pair(const Lay *L, const Node *p, long col, long ind, long ld, long w) {
  if (fits(L, p->len, col, ld, w)) {
    write_node(L, p);
    return pair_is_text(L, p) ? p->len : L->ll;
  }
  long i = L->tind > 0 ? L->tind : 4;
  const Node *kv = L->t->node + p->at;
  pp(L, &kv[0], col, ind, ld, w);
  put_s(L->b, " =>");
  newline(L, ind + i);
  pp(L, &kv[1], col + i, ind + i, ld, 0);
  return L->ll;
}

static void pp_map(const Lay *L, Seq s, long col, long ind, long ld, long w) {
  if (s.n == 0) return;
  const Node *p = seq_next(&s);
  long pw = pp_pair(L, p, col, ind, last_depth(&s, ld), w);
  long c = col + pw;
  w = pw; /* io_lib_pretty restarts the width here */
  while (s.n > 0) {
    p = seq_next(&s);
    long ld1 = last_depth(&s, ld), elen = 1 + p->len;
    put_c(L->b, ',');
    if (pair_is_text(L, p) && fits_after(L, elen, c, ld1, w)) {
      write_node(L, p);
      c += elen;
      w += elen;
    } else {
      newline(L, ind);
      w = pp_pair(L, p, col, ind, ld1, 0);
      c = col + w;
    }
  }
  if (s.tail) put_s(L->b, ",...");
}

/* <<1,2,...>> with the bytes filling lines of at least 8 characters. */
static void pp_binary(const Lay *L, const Node *n, long col, long ind, long ld, long w) {
  long room = (L->ll - col < L->m - 4 - w ? L->ll - col : L->m - 4 - w) - ld;
  if (room < 8) room = 8;
  const char *s = L->t->text.s + n->at + 2, *end = L->t->text.s + n->at + n->n - 2;
  long left = room;
  put_s(L->b, "<<");
  while (s < end) {
    const char *comma = memchr(s, ',', (size_t)(end - s));
    if (comma == NULL) { /* the last item */
      if (end - s > left) newline(L, ind);
      print_append(L->b, s, (size_t)(end - s));
      break;
    }
    long len = comma - s + 1;
    if (left - len < 0) {
      newline(L, ind);
      left = room - len;
    } else {
      left -= len;
    }
    print_append(L->b, s, (size_t)len);
    s = comma + 1;
  }
  put_s(L->b, ">>");
}

static void pp(const Lay *L, const Node *n, long col, long ind, long ld, long w) {
  if (fits(L, n->len, col, ld, w)) {
    write_node(L, n);
    return;
  }
  switch (n->kind) {
    case N_LIST:
      put_c(L->b, '[');
      pp_list(L, seq_of(L, n), col + 1, ind + 1, ld, '|', w + 1);
      put_c(L->b, ']');
      break;
    case N_TUPLE:
      put_c(L->b, '{');
      if (n->tagged) pp_tag_tuple(L, n, col, ind, ld, w + 1);
      else pp_list(L, seq_of(L, n), col + 1, ind + 1, ld, ',', w + 1);
      put_c(L->b, '}');
      break;
    case N_MAP:
      put_s(L->b, "#{");
      pp_map(L, seq_of(L, n), col + 2, ind + 2, ld, w + 1);
      put_c(L->b, '}');
      break;
    case N_BIN: pp_binary(L, n, col + 2, ind + 2, ld, w); break;
    default: write_node(L, n); break;
  }
}

/* ---------------------------------------------------------------------
** Choosing the indentation of tagged tuples: the layout's walk with
** L->tind the candidate, false where a tagged tuple's elements would
** start past the middle of the line without room for the whole term.
*/

static bool cind(const Lay *L, const Node *n, long col, long ld, long w);

/* The width an element takes (as pp_element), or -1 for no good. */
static long cind_element(const Lay *L, const Node *e, long col, long ld, long w) {
  if (is_text(e) && fits(L, e->len, col, ld, w)) return e->len;
  return cind(L, e, col, ld, w) ? L->ll : -1;
}

static bool cind_tail(const Lay *L, Seq s, long col0, long col, long ld, long w) {
  while (s.n > 0) {
    const Node *e = seq_next(&s);
    long ld1 = last_depth(&s, ld), elen = 1 + e->len;
    if (is_text(e) && fits_after(L, elen, col, ld1, w)) {
      col += elen;
      w += elen;
    } else {
      if ((w = cind_element(L, e, col0, ld1, 0)) < 0) return false;
      col = col0 + w;
    }
  }
  if (s.tail == NULL || s.tail->kind == N_DOTS) return true;
  if (is_text(s.tail) && fits_after(L, 1 + s.tail->len, col, ld + 1, w)) return true;
  return cind(L, s.tail, col, ld + 1, 0); /* io_lib_pretty checks at col here */
}

static bool cind_list(const Lay *L, Seq s, long col0, long ld, long w) {
  if (s.n == 0) return true;
  const Node *e = seq_next(&s);
  long we = cind_element(L, e, col0, last_depth(&s, ld), w);
  return we >= 0 && cind_tail(L, s, col0, col0 + we, ld, w + we);
}

static bool cind_tag_tuple(const Lay *L, const Node *n, long col, long ld, long w) {
  Seq s = seq_of(L, n);
  const Node *tag = seq_next(&s);
  long tagind = tag->len + 2, tcol = col + tagind;
  if (L->tind > 0 && tagind > L->tind) {
    long col1 = col + L->tind;
    return (L->m + col1 <= L->ll || col1 <= L->ll / 2) &&
           cind_tail(L, s, col1, tcol, ld, w + tag->len);
  }
  return (L->m + tcol < L->ll || tcol < L->ll / 2) &&
         cind_list(L, s, tcol, ld, w + tag->len + 1);
}

static long cind_pair(const Lay *L, const Node *p, long col, long ld, long w) {
  if (fits(L, p->len, col, ld, w)) return pair_is_text(L, p) ? p->len : L->ll;
  const Node *kv = L->t->node + p->at;
  long i = L->tind > 0 ? L->tind : 4;
  return cind(L, &kv[0], col, ld, w) && cind(L, &kv[1], col + i, ld, 0) ? L->ll : -1;
}

static bool cind_map(const Lay *L, Seq s, long col0, long ld, long w) {
  if (s.n == 0) return true;
  const Node *p = seq_next(&s);
  long pw = cind_pair(L, p, col0, last_depth(&s, ld), w);
  if (pw < 0) return false;
  long col = col0 + pw;
  w += pw;
  while (s.n > 0) {
    p = seq_next(&s);
    long ld1 = last_depth(&s, ld), elen = 1 + p->len;
    if (pair_is_text(L, p) && fits_after(L, elen, col, ld1, w)) {
      col += elen;
      w += elen;
    } else {
      if ((w = cind_pair(L, p, col0, ld1, 0)) < 0) return false;
      col = col0 + w;
    }
  }
  return true;
}

static bool cind(const Lay *L, const Node *n, long col, long ld, long w) {
  if (fits(L, n->len, col, ld, w)) return true;
  switch (n->kind) {
    case N_LIST: return cind_list(L, seq_of(L, n), col + 1, ld, w + 1);
    case N_TUPLE:
      return n->tagged ? cind_tag_tuple(L, n, col, ld, w + 1)
                       : cind_list(L, seq_of(L, n), col + 1, ld, w + 1);
    case N_MAP: return cind_map(L, seq_of(L, n), col + 2, ld, w + 2);
    default: return true;
  }
}

/* ---------------------------------------------------------------------
** The entry
*/

void pretty_print(PrintBuf *b, BeamTerm x, long col, long ll, int depth) {
  if (col < 1) col = 1;
  if (BEAM_IS_ATOM(x)) {
    pretty_atom(b, x);
    return;
  }
  if (!BEAM_IS_LIST(x) && x != BEAM_NIL && !BEAM_IS_TUPLE(x) && !BEAM_IS_MAP(x) &&
      !BEAM_IS_BITSTRING(x)) {
    put_leaf(b, x);
    return;
  }
  Tree t = {NULL, 0, 0, {NULL, 0, 0}};
  print_init(&t.text);
  size_t root = add_nodes(&t, 1);
  measure(&t, root, x, depth < 1 ? 1 : depth);
  const Node *r = &t.node[root];
  Lay L = {&t, b, ll, r->len, -1};
  if (ll == 0 || r->len < ll - col) {
    write_node(&L, r);
  } else {
    if (!cind(&L, r, col, 0, 0)) {
      L.tind = 4;
      if (!cind(&L, r, col, 0, 0)) L.tind = 1;
    }
    pp(&L, r, col, col - 1, 0, 0);
  }
  os_free(t.node);
  print_free(&t.text);
}
