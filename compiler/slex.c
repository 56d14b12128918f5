/*
** slex.c — tokenizer and recursive-descent parser for `erlc -S` text.
**
** How non-ASCII text appears in a .S file (found with erlc 8.2.3 / OTP 25
** by compiling literals such as 'héllo', "héllo", <<"héllo">>,
** <<"héllo"/utf8>> and '\x{1234}' with `erlc -S` and reading the bytes
** with od -c):
**   - compile.erl opens the listing with encoding utf8 (the default source
**     encoding) but prints terms with ~p, not ~tp, so io_lib treats every
**     value as Latin-1 text and the file server encodes the result as UTF-8;
**   - an atom's characters up to 255 appear as themselves, UTF-8 encoded
**     ('héllo' is the bytes h C3 A9 l l o, and 'ÿ' is even written bare);
**     characters above 255 appear as \x{HHHH} escapes inside quotes;
**   - a list of integers prints as "..." only if every element is a
**     printable Latin-1 character (é again as C3 A9); a list holding any
**     code point above 255 prints as [955,120];
**   - a binary prints its bytes as Latin-1 characters: <<"héllo">> (byte
**     E9) is written C3 A9, and the UTF-8 binary <<"héllo"/utf8>> (bytes
**     C3 A9) is written <<"hÃ©llo">>, i.e. C3 83 C2 A9;
**   - an external fun is printed by the runtime (erlang:fun_to_list), which
**     writes each atom name as its UTF-8 bytes, one character per byte,
**     escapes only characters below 0xA0, and quotes by its own rules
**     (fun end:fun/5 is written unquoted).  The file then encodes each of
**     those bytes again, so fun 'é':'λ'/1 is the bytes
**     fun C3 83 C2 A9:'C3 8E C2 BB'/1.
** So this reader decodes the text as UTF-8 into code points: an atom name
** is stored as the UTF-8 encoding of its code points, a string is a list
** of code points, and each code point of a string inside a binary is one
** byte (a code point above 255 there is an error).  A byte that does not
** start a valid UTF-8 sequence (a hand-written file, or one written by an
** old OTP whose default encoding was Latin-1) is read as the Latin-1
** character of that byte.  Inside fun M:F/A the characters of M and F
** (up to 255, not from escapes) are taken as the bytes of the name when
** they form valid UTF-8, and as characters otherwise.
**
** Other decisions: a sign must touch its number ("- 5" is rejected); "_"
** digit separators are accepted as erl_scan does; binary segments are
** Value or Value:Size with Size in 0..64 bits and Value truncated to Size
** bits as erl does; bare reserved words other than `fun` (end, case, ...)
** are accepted as atoms, since ~p always quotes them anyway.
*/
#include "slex.h"

#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 10000
#define MAX_INT_DIGITS 100000  /* keeps the quadratic conversion fast */
#define MAX_ARITY 0xFFFFFFu

typedef enum TokKind {
  T_EOF, T_INT, T_FLOAT, T_ATOM, T_STRING, T_FUN,
  T_LBRACE, T_RBRACE, T_LBRACK, T_RBRACK, T_COMMA, T_BAR,
  T_LBIN, T_RBIN, T_MAP, T_ARROW, T_COLON, T_SLASH, T_DOT,
  T_LPAREN, T_RPAREN  /* never valid; read for clearer messages */
} TokKind;

typedef struct Tok {
  TokKind kind;
  uint32_t line;
  CTerm *val;  /* T_INT (also $c), T_FLOAT, T_ATOM */
} Tok;

/* A growable array inside the arena; n and cap count elements. */
typedef struct Buf {
  void *p;
  size_t n, cap;
} Buf;

typedef struct Lex {
  Arena *a;
  Diag *d;
  const uint8_t *p, *end;
  uint32_t line;
  Tok tok;        /* the current (lookahead) token */
  Buf str;        /* uint32_t: code points of the current string token */
  Buf utf8;       /* char: scratch for atom names and float text */
  Buf bits;       /* uint8_t: the binary being built */
  uint64_t nbits; /* bits used in `bits` */
  Buf stack;      /* CTerm *: elements of the containers being read */
  unsigned depth; /* containers open */
  bool fun_name;  /* reading the M or F of fun M:F/A (see parse_fun) */
} Lex;

/* In fun_name mode, L->str marks code points that came from escapes. */
#define ESCAPED 0x80000000u


/* ------------------------------------------------------------------ */
/* Errors and buffers                                                  */
/* ------------------------------------------------------------------ */

static _Noreturn void fail(Lex *L, uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Fails with "line L: message". */
static void fail(Lex *L, uint32_t line, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  diag_fail(L->d, DIAG_NO_OFFSET, "line %u: %s", line, msg);
}

/* Returns a slot for one more element of size es at the end of b,
** doubling the array (in the arena) when it is full. */
static void *buf_push(Lex *L, Buf *b, size_t es) {
  if (b->n == b->cap) {
    size_t cap = b->cap ? 2 * b->cap : 64;
    void *p = arena_alloc(L->a, cap * es);
    if (b->n > 0) memcpy(p, b->p, b->n * es);
    b->p = p;
    b->cap = cap;
  }
  return (char *)b->p + b->n++ * es;
}

static void push_cp(Lex *L, uint32_t c) {
  *(uint32_t *)buf_push(L, &L->str, sizeof(uint32_t)) = c;
}

static void push_char(Lex *L, char c) {
  *(char *)buf_push(L, &L->utf8, 1) = c;
}

static void push_term(Lex *L, CTerm *t) {
  *(CTerm **)buf_push(L, &L->stack, sizeof(CTerm *)) = t;
}

static CTerm **stack_at(Lex *L, size_t i) {
  return (CTerm **)L->stack.p + i;
}


/* ------------------------------------------------------------------ */
/* Characters                                                          */
/* ------------------------------------------------------------------ */

static bool is_digit(int c) { return c >= '0' && c <= '9'; }

/* Value of c as a digit in bases up to 36, or 99. */
static int digit_value(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* Decodes the character at s (before end) and stores its length in bytes
** in *n.  A valid UTF-8 sequence (shortest form, no surrogate) gives its
** code point; any other byte gives itself, as a Latin-1 character. */
static uint32_t decode_utf8(const uint8_t *s, const uint8_t *end, size_t *n) {
  uint32_t c = s[0], min;
  size_t len;
  *n = 1;
  if (c < 0x80) return c;
  if (c >= 0xC2 && c <= 0xDF) len = 2, c &= 0x1F, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, c &= 0x0F, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, c &= 0x07, min = 0x10000;
  else return s[0];
  if ((size_t)(end - s) < len) return s[0];
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return s[0];
    c = c << 6 | (s[i] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return s[0];
  *n = len;
  return c;
}

/* Decodes the character at L->p without consuming it. */
static uint32_t peek_char(const Lex *L, size_t *n) {
  return decode_utf8(L->p, L->end, n);
}

static bool is_utf8(const uint8_t *s, size_t len) {
  size_t n;
  for (const uint8_t *e = s + len; s < e; s += n)
    if (decode_utf8(s, e, &n) >= 0x80 && n == 1) return false;
  return true;
}

/* Consumes one character (see peek_char), counting lines. */
static uint32_t read_char(Lex *L) {
  size_t n;
  uint32_t c = peek_char(L, &n);
  L->p += n;
  if (c == '\n') L->line++;
  return c;
}

/* Appends code point c (at most 0x10FFFF) to L->utf8 as UTF-8. */
static void put_utf8(Lex *L, uint32_t c) {
  if (c < 0x80) {
    push_char(L, (char)c);
  } else if (c < 0x800) {
    push_char(L, (char)(0xC0 | c >> 6));
    push_char(L, (char)(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    push_char(L, (char)(0xE0 | c >> 12));
    push_char(L, (char)(0x80 | (c >> 6 & 0x3F)));
    push_char(L, (char)(0x80 | (c & 0x3F)));
  } else {
    push_char(L, (char)(0xF0 | c >> 18));
    push_char(L, (char)(0x80 | (c >> 12 & 0x3F)));
    push_char(L, (char)(0x80 | (c >> 6 & 0x3F)));
    push_char(L, (char)(0x80 | (c & 0x3F)));
  }
}

/* Latin-1 letters erl_scan accepts in names: À..ÿ except × and ÷. */
static bool is_latin1_letter(uint32_t c) {
  return c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7;
}

static bool is_name_char(uint32_t c) {
  return (c < 0x80 && (digit_value((int)c) < 36 || c == '_' || c == '@')) ||
         is_latin1_letter(c);
}

static bool is_lower_start(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

static bool is_upper_start(uint32_t c) {
  return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}


/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

/* Consumes digits of the given base, with single '_' allowed between two
** digits; returns how many digits were read (0 if none). */
static size_t scan_digits(Lex *L, int base) {
  size_t n = 0;
  while (L->p < L->end) {
    if (digit_value(*L->p) < base) {
      L->p++;
      n++;
    } else if (*L->p == '_' && n > 0 && L->p + 1 < L->end &&
               digit_value(L->p[1]) < base) {
      L->p++;
    } else {
      break;
    }
  }
  return n;
}

/* limbs[0..*n) = limbs * m + add; the array has room for the result. */
static void mul_add(uint32_t *limbs, uint32_t *n, uint32_t m, uint32_t add) {
  uint64_t carry = add;
  for (uint32_t i = 0; i < *n; i++) {
    uint64_t t = (uint64_t)limbs[i] * m + carry;
    limbs[i] = (uint32_t)t;
    carry = t >> 32;
  }
  if (carry != 0) limbs[(*n)++] = (uint32_t)carry;
}

/* Builds the integer written as the digits of [s, e) in base (the text
** has been checked: digits valid in base and single '_' separators).
** Small values take a 64-bit path; others are accumulated in limbs,
** several digits at a time. */
static CTerm *make_integer(Lex *L, bool neg, int base, const uint8_t *s,
                           const uint8_t *e, size_t ndigits) {
  uint64_t v = 0;
  const uint8_t *q;
  for (q = s; q < e; q++) {
    if (*q == '_') continue;
    uint64_t dv = (uint64_t)digit_value(*q);
    if (v > (UINT64_MAX - dv) / (uint64_t)base) break;
    v = v * (uint64_t)base + dv;
  }
  if (q == e && v <= (uint64_t)INT64_MAX) return cterm_int(L->a, neg ? -(int64_t)v : (int64_t)v);
  if (q == e && neg && v == (uint64_t)INT64_MAX + 1) return cterm_int(L->a, INT64_MIN);
  if (ndigits > MAX_INT_DIGITS)
    fail(L, L->tok.line, "integer literal longer than %d digits", MAX_INT_DIGITS);
  uint32_t cap = (uint32_t)(ndigits * 6 / 32 + 2), n = 0;
  uint32_t *limbs = ARENA_ARRAY(L->a, uint32_t, cap);
  uint32_t chunk = 0, mul = 1;
  for (q = s; q < e; q++) {
    if (*q == '_') continue;
    if (mul > UINT32_MAX / (uint32_t)base) {
      mul_add(limbs, &n, mul, chunk);
      chunk = 0, mul = 1;
    }
    chunk = chunk * (uint32_t)base + (uint32_t)digit_value(*q);
    mul *= (uint32_t)base;
  }
  mul_add(limbs, &n, mul, chunk);
  return cterm_big(L->a, neg, limbs, n);
}

/* Reads the digits after "Base#", L->p being at the '#'. */
static void scan_based(Lex *L, bool neg, const uint8_t *s, const uint8_t *e) {
  int base = 0;
  for (const uint8_t *q = s; q < e && base <= 36; q++)
    if (*q != '_') base = base * 10 + (*q - '0');
  if (base < 2 || base > 36)
    fail(L, L->line, "integer base must be between 2 and 36");
  L->p++;
  const uint8_t *ds = L->p;
  size_t n = scan_digits(L, base);
  if (n == 0) fail(L, L->line, "expected base-%d digits after '#'", base);
  L->tok.kind = T_INT;
  L->tok.val = make_integer(L, neg, base, ds, L->p, n);
}

/* Reads the rest of a float: L->p is at the '.', which is followed by a
** digit; s is the start of the number, sign included.  The text is
** converted by strtod from a NUL-terminated copy without '_'. */
static void scan_float(Lex *L, const uint8_t *s) {
  L->p++;
  scan_digits(L, 10);
  if (L->p < L->end && (*L->p == 'e' || *L->p == 'E')) {
    L->p++;
    if (L->p < L->end && (*L->p == '-' || *L->p == '+')) L->p++;
    if (scan_digits(L, 10) == 0) fail(L, L->line, "expected digits in the exponent of a float");
  }
  L->utf8.n = 0;
  for (const uint8_t *q = s; q < L->p; q++)
    if (*q != '_') push_char(L, (char)*q);
  push_char(L, '\0');
  double v = strtod((const char *)L->utf8.p, NULL);
  if (isinf(v)) fail(L, L->line, "float out of range");
  L->tok.kind = T_FLOAT;
  L->tok.val = cterm_float(L->a, v);
}

/* Reads an integer or a float, with an optional sign that touches it. */
static void scan_number(Lex *L) {
  const uint8_t *s = L->p;
  bool neg = false;
  if (*L->p == '-' || *L->p == '+') neg = *L->p++ == '-';
  const uint8_t *ds = L->p;
  size_t n = scan_digits(L, 10);
  if (L->p < L->end && *L->p == '#') {
    scan_based(L, neg, ds, L->p);
  } else if (L->p + 1 < L->end && *L->p == '.' && is_digit(L->p[1])) {
    scan_float(L, s);
  } else {
    L->tok.kind = T_INT;
    L->tok.val = make_integer(L, neg, 10, ds, L->p, n);
  }
}


/* ------------------------------------------------------------------ */
/* Quoted text                                                         */
/* ------------------------------------------------------------------ */

static _Noreturn void unterminated(Lex *L, uint32_t line0, const char *what) {
  fail(L, line0, "unterminated %s (it starts on this line)", what);
}

/* Reads the escape after "\x": either two hex digits or {H...}. */
static uint32_t scan_hex_escape(Lex *L, uint32_t line0, const char *what) {
  uint32_t v = 0;
  if (L->p < L->end && *L->p == '{') {
    size_t n = 0;
    for (L->p++;; L->p++, n++) {
      if (L->p >= L->end) unterminated(L, line0, what);
      if (*L->p == '}') break;
      int dv = digit_value(*L->p);
      if (dv >= 16) fail(L, L->line, "expected hex digits or '}' in \\x{...} escape");
      v = v > 0x10FFFF ? v : v * 16 + (uint32_t)dv;
    }
    L->p++;
    if (n == 0) fail(L, L->line, "expected hex digits in \\x{...} escape");
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
      fail(L, L->line, "\\x{...} escape is not a Unicode character");
    return v;
  }
  for (int i = 0; i < 2; i++, L->p++) {
    if (L->p >= L->end) unterminated(L, line0, what);
    int dv = digit_value(*L->p);
    if (dv >= 16) fail(L, L->line, "expected two hex digits or '{' after \\x");
    v = v * 16 + (uint32_t)dv;
  }
  return v;
}

/* Reads an escape sequence, the backslash already consumed, and returns
** the character it stands for (erl_scan's meaning: \^C is C & 31, an
** unknown escape \C is C itself). */
static uint32_t scan_escape(Lex *L, uint32_t line0, const char *what) {
  if (L->p >= L->end) unterminated(L, line0, what);
  uint32_t c = read_char(L);
  switch (c) {
  case 'b': return 8;
  case 'd': return 127;
  case 'e': return 27;
  case 'f': return 12;
  case 'n': return 10;
  case 'r': return 13;
  case 's': return 32;
  case 't': return 9;
  case 'v': return 11;
  case 'x': return scan_hex_escape(L, line0, what);
  case '^':
    if (L->p >= L->end) unterminated(L, line0, what);
    return read_char(L) & 31;
  default:
    if (c >= '0' && c <= '7') {
      c -= '0';
      for (int i = 0; i < 2 && L->p < L->end && *L->p >= '0' && *L->p <= '7'; i++)
        c = c * 8 + (uint32_t)(*L->p++ - '0');
    }
    return c;
  }
}

/* Appends the code points of the quoted text at L->p (opening quote q)
** to L->str, and consumes it with its closing quote. */
static void scan_quoted(Lex *L, uint8_t q, const char *what) {
  uint32_t line0 = L->line;
  L->p++;
  for (;;) {
    if (L->p >= L->end) unterminated(L, line0, what);
    if (*L->p == q) break;
    uint32_t c = read_char(L);
    if (c == '\\') c = scan_escape(L, line0, what) | (L->fun_name ? ESCAPED : 0);
    push_cp(L, c);
  }
  L->p++;
}

static void skip_space(Lex *L);

/* Reads a string literal and any string literals right after it (only
** white space and comments between), as one T_STRING in L->str. */
static void scan_string(Lex *L) {
  L->str.n = 0;
  do {
    scan_quoted(L, '"', "string");
    skip_space(L);
  } while (L->p < L->end && *L->p == '"');
  L->tok.kind = T_STRING;
}

/* The name of the atom in L->str as the runtime wrote it inside a fun:
** characters up to 255 written as themselves are the bytes of the name's
** UTF-8 encoding, escapes are characters.  If the bytes are not UTF-8,
** the text was not written that way; false is returned. */
static bool fun_atom_bytes(Lex *L) {
  const uint32_t *cp = L->str.p;
  L->utf8.n = 0;
  for (size_t i = 0; i < L->str.n; i++) {
    if (cp[i] & ESCAPED) put_utf8(L, cp[i] & ~ESCAPED);
    else if (cp[i] <= 255) push_char(L, (char)cp[i]);
    else put_utf8(L, cp[i]);
  }
  return is_utf8(L->utf8.p, L->utf8.n);
}

/* Makes the current token the atom whose code points are in L->str. */
static void atom_from_str(Lex *L) {
  const uint32_t *cp = L->str.p;
  if (!L->fun_name || !fun_atom_bytes(L)) {
    L->utf8.n = 0;
    for (size_t i = 0; i < L->str.n; i++) put_utf8(L, cp[i] & ~ESCAPED);
  }
  L->tok.kind = T_ATOM;
  L->tok.val = cterm_atom(L->a, L->utf8.n > 0 ? L->utf8.p : "", L->utf8.n);
}

static void scan_quoted_atom(Lex *L) {
  L->str.n = 0;
  scan_quoted(L, '\'', "quoted atom");
  atom_from_str(L);
}

/* Reads $C or $\escape as an integer token. */
static void scan_char_literal(Lex *L) {
  uint32_t line0 = L->line;
  L->p++;
  if (L->p >= L->end) fail(L, line0, "expected a character after '$'");
  uint32_t c = read_char(L);
  if (c == '\\') c = scan_escape(L, line0, "character literal");
  L->tok.kind = T_INT;
  L->tok.val = cterm_int(L->a, c);
}

/* Reads a bare word starting with a lower-case letter: the keyword `fun`
** or an atom.  In fun_name mode the word is UTF-8 bytes written as
** characters, so any character from 0x80 to 0xFF may be part of it, and
** `fun` is an atom. */
static void scan_word(Lex *L) {
  const uint8_t *s = L->p;
  size_t n;
  L->str.n = 0;
  while (L->p < L->end) {
    uint32_t c = peek_char(L, &n);
    if (!is_name_char(c) && !(L->fun_name && c >= 0x80 && c <= 0xFF)) break;
    push_cp(L, c);
    L->p += n;
  }
  if (!L->fun_name && L->p - s == 3 && memcmp(s, "fun", 3) == 0) {
    L->tok.kind = T_FUN;
    return;
  }
  atom_from_str(L);
}

/* Fails on a variable: a word starting with a capital or '_'. */
static _Noreturn void variable(Lex *L) {
  const uint8_t *s = L->p;
  size_t n;
  while (L->p < L->end && is_name_char(peek_char(L, &n))) L->p += n;
  int len = L->p - s > 40 ? 40 : (int)(L->p - s);
  fail(L, L->line, "unexpected variable %.*s (quote atoms that start with "
       "a capital or '_')", len, (const char *)s);
}


/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

/* Skips white space and %-comments, counting lines. */
static void skip_space(Lex *L) {
  while (L->p < L->end) {
    uint8_t c = *L->p;
    if (c == '\n') {
      L->line++;
      L->p++;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      L->p++;
    } else if (c == '%') {
      while (L->p < L->end && *L->p != '\n') L->p++;
    } else {
      break;
    }
  }
}

static _Noreturn void stray(Lex *L) {
  uint8_t c = *L->p;
  if (c > 32 && c < 127) fail(L, L->line, "unexpected character '%c'", c);
  fail(L, L->line, "unexpected byte 0x%02X", c);
}

/* Reads a token of two characters, c then c2. */
static void scan_pair(Lex *L, uint8_t c2, TokKind kind) {
  if (L->p + 1 >= L->end || L->p[1] != c2) stray(L);
  L->p += 2;
  L->tok.kind = kind;
}

/* Reads punctuation.  A '.' ends a form only when white space, a comment
** or the end of input follows, as in erl_scan. */
static void scan_punct(Lex *L) {
  static const char single[] = "{}[],|:/()";
  static const TokKind kinds[] = {T_LBRACE, T_RBRACE, T_LBRACK, T_RBRACK, T_COMMA,
                                  T_BAR, T_COLON, T_SLASH, T_LPAREN, T_RPAREN};
  uint8_t c = *L->p;
  const char *k = c != 0 ? strchr(single, c) : NULL;
  if (k != NULL) {
    L->p++;
    L->tok.kind = kinds[k - single];
  } else if (c == '<') {
    scan_pair(L, '<', T_LBIN);
  } else if (c == '>') {
    scan_pair(L, '>', T_RBIN);
  } else if (c == '=') {
    scan_pair(L, '>', T_ARROW);
  } else if (c == '#') {
    scan_pair(L, '{', T_MAP);
  } else if (c == '.') {
    const uint8_t *q = L->p + 1;
    if (q < L->end && !strchr(" \t\r\n\f\v%", *q))
      fail(L, L->line, "expected white space after '.'");
    L->p++;
    L->tok.kind = T_DOT;
  } else {
    stray(L);
  }
}

/* Advances to the next token, skipping white space and comments. */
static void next(Lex *L) {
  skip_space(L);
  L->tok.line = L->line;
  L->tok.val = NULL;
  if (L->p >= L->end) {
    L->tok.kind = T_EOF;
    return;
  }
  uint8_t c = *L->p;
  size_t n;
  uint32_t cp = peek_char(L, &n);
  if (is_digit(c) || ((c == '-' || c == '+') && L->p + 1 < L->end && is_digit(L->p[1])))
    scan_number(L);
  else if (c == '\'') scan_quoted_atom(L);
  else if (c == '"') scan_string(L);
  else if (c == '$') scan_char_literal(L);
  else if (is_lower_start(cp) || (L->fun_name && cp >= 0xC0 && cp <= 0xFF)) scan_word(L);
  else if (is_upper_start(cp)) variable(L);
  else scan_punct(L);
}


/* ------------------------------------------------------------------ */
/* Parser                                                              */
/* ------------------------------------------------------------------ */

static const char *const tok_names[] = {
  "end of input", "integer", "float", "atom", "string", "'fun'",
  "'{'", "'}'", "'['", "']'", "','", "'|'",
  "'<<'", "'>>'", "'#{'", "'=>'", "':'", "'/'", "'.'", "'('", "')'"
};

/* Fails with "expected WHAT, found TOKEN". */
static _Noreturn void expected(Lex *L, const char *what) {
  const Tok *t = &L->tok;
  if (t->kind == T_ATOM && t->val->u.atom.len <= 40) {
    const char *s = t->val->u.atom.name;
    bool plain = true;
    for (uint32_t i = 0; i < t->val->u.atom.len; i++)
      plain = plain && s[i] >= 32 && s[i] < 127;
    if (plain) fail(L, t->line, "expected %s, found atom '%s'", what, s);
  }
  fail(L, t->line, "expected %s, found %s", what, tok_names[t->kind]);
}

/* Consumes a token of the given kind, or fails saying WHAT was expected. */
static void expect(Lex *L, TokKind kind, const char *what) {
  if (L->tok.kind != kind) expected(L, what);
  next(L);
}

/* Consumes an integer token that fits 0..max and returns it. */
static uint64_t expect_small(Lex *L, uint64_t max, const char *what) {
  if (L->tok.kind != T_INT) expected(L, what);
  int64_t v = L->tok.val->u.i;
  if (L->tok.val->kind != CT_INT || v < 0 || (uint64_t)v > max)
    fail(L, L->tok.line, "%s must be between 0 and %llu", what, (unsigned long long)max);
  next(L);
  return (uint64_t)v;
}

static void enter(Lex *L) {
  if (++L->depth > MAX_DEPTH)
    fail(L, L->tok.line, "terms nested deeper than %d levels", MAX_DEPTH);
}

static CTerm *parse_term(Lex *L);

/* Builds the list of the code points of the current string token. */
static CTerm *string_list(Lex *L) {
  const uint32_t *cp = L->str.p;
  CTerm *t = cterm_nil(L->a);
  for (size_t i = L->str.n; i-- > 0;) t = cterm_cons(L->a, cterm_int(L->a, cp[i]), t);
  return t;
}

/* {T1, ..., Tn}: the current token is '{'. */
static CTerm *parse_tuple(Lex *L) {
  size_t base = L->stack.n;
  enter(L);
  next(L);
  if (L->tok.kind != T_RBRACE) {
    for (;;) {
      CTerm *e = parse_term(L);
      push_term(L, e);
      if (L->tok.kind == T_RBRACE) break;
      expect(L, T_COMMA, "',' or '}' in a tuple");
    }
  }
  next(L);
  size_t n = L->stack.n - base;
  if (n > MAX_ARITY) fail(L, L->tok.line, "tuple with more than %u elements", MAX_ARITY);
  CTerm *t = cterm_tuple(L->a, (uint32_t)n);
  if (n > 0) memcpy(t->u.tuple.elems, stack_at(L, base), n * sizeof(CTerm *));
  L->stack.n = base;
  L->depth--;
  return t;
}

/* [T1, ..., Tn] or [T1, ..., Tn | Tail]: the current token is '['.
** Elements are stacked, then consed from the last. */
static CTerm *parse_list(Lex *L) {
  size_t base = L->stack.n;
  CTerm *t;
  enter(L);
  next(L);
  if (L->tok.kind == T_RBRACK) {
    t = cterm_nil(L->a);
  } else {
    for (;;) {
      CTerm *e = parse_term(L);
      push_term(L, e);
      if (L->tok.kind != T_COMMA) break;
      next(L);
    }
    if (L->tok.kind == T_BAR) {
      next(L);
      t = parse_term(L);
      if (L->tok.kind != T_RBRACK) expected(L, "']' after the tail of a list");
    } else if (L->tok.kind == T_RBRACK) {
      t = cterm_nil(L->a);
    } else {
      expected(L, "',', '|' or ']' in a list");
    }
  }
  next(L);
  for (size_t i = L->stack.n; i-- > base;) t = cterm_cons(L->a, *stack_at(L, i), t);
  L->stack.n = base;
  L->depth--;
  return t;
}

/* #{K1 => V1, ...}: the current token is '#{'. */
static CTerm *parse_map(Lex *L) {
  size_t base = L->stack.n;
  enter(L);
  next(L);
  if (L->tok.kind != T_RBRACE) {
    for (;;) {
      CTerm *k = parse_term(L);
      push_term(L, k);
      expect(L, T_ARROW, "'=>' after a map key");
      CTerm *v = parse_term(L);
      push_term(L, v);
      if (L->tok.kind == T_RBRACE) break;
      expect(L, T_COMMA, "',' or '}' in a map");
    }
  }
  next(L);
  size_t n = (L->stack.n - base) / 2;
  if (n > UINT32_MAX) fail(L, L->tok.line, "map too large");
  CTerm *m = cterm_map(L->a, (uint32_t)n);
  for (size_t i = 0; i < n; i++) {
    m->u.map.keys[i] = *stack_at(L, base + 2 * i);
    m->u.map.vals[i] = *stack_at(L, base + 2 * i + 1);
  }
  L->stack.n = base;
  L->depth--;
  return m;
}

/* Appends the low `size` bits of v, most significant first, to the
** binary being built. */
static void put_bits(Lex *L, uint64_t v, unsigned size) {
  if (size == 8 && L->nbits % 8 == 0) {
    *(uint8_t *)buf_push(L, &L->bits, 1) = (uint8_t)v;
    L->nbits += 8;
    return;
  }
  for (unsigned i = size; i-- > 0; L->nbits++) {
    if (L->nbits % 8 == 0) *(uint8_t *)buf_push(L, &L->bits, 1) = 0;
    if ((v >> i) & 1) ((uint8_t *)L->bits.p)[L->nbits / 8] |= (uint8_t)(0x80 >> L->nbits % 8);
  }
}

/* One segment of a binary: "string", Int, or Int:Size. */
static void parse_segment(Lex *L) {
  if (L->tok.kind == T_STRING) {
    const uint32_t *cp = L->str.p;
    for (size_t i = 0; i < L->str.n; i++) {
      if (cp[i] > 255)
        fail(L, L->tok.line, "character %u in a binary string is above 255", cp[i]);
      put_bits(L, cp[i], 8);
    }
    next(L);
    return;
  }
  if (L->tok.kind != T_INT) expected(L, "an integer or a string in a binary");
  if (L->tok.val->kind != CT_INT)
    fail(L, L->tok.line, "binary segment value does not fit 64 bits");
  int64_t v = L->tok.val->u.i;
  next(L);
  unsigned size = 8;
  if (L->tok.kind == T_COLON) {
    next(L);
    size = (unsigned)expect_small(L, 64, "segment size");
  }
  put_bits(L, (uint64_t)v, size);
}

/* <<Seg, ...>>: the current token is '<<'.  Binaries do not nest, so the
** one bit buffer of the lexer is enough. */
static CTerm *parse_binary(Lex *L) {
  L->bits.n = 0;
  L->nbits = 0;
  next(L);
  if (L->tok.kind != T_RBIN) {
    for (;;) {
      parse_segment(L);
      if (L->tok.kind == T_RBIN) break;
      expect(L, T_COMMA, "',' or '>>' in a binary");
    }
  }
  next(L);
  return cterm_binary(L->a, L->bits.p, L->nbits);
}

static CTerm *expect_atom(Lex *L, const char *what) {
  if (L->tok.kind != T_ATOM) expected(L, what);
  CTerm *t = L->tok.val;
  next(L);
  return t;
}

/* fun M:F/A: the current token is 'fun'.  No other fun can be written.
** M and F are read in fun_name mode: ~p prints a fun with the runtime's
** erlang:fun_to_list, which writes atom names as UTF-8 bytes (each byte
** then encoded again as UTF-8 in the file), escapes only characters
** below 0xA0, and leaves words such as fun, end and é unquoted. */
static CTerm *parse_fun(Lex *L) {
  L->fun_name = true;
  next(L);
  L->fun_name = false;
  CTerm *m = expect_atom(L, "a module name after 'fun' (only fun M:F/A is a term)");
  if (L->tok.kind != T_COLON) expected(L, "':' in fun M:F/A");
  L->fun_name = true;
  next(L);
  L->fun_name = false;
  CTerm *f = expect_atom(L, "a function name in fun M:F/A");
  expect(L, T_SLASH, "'/' in fun M:F/A");
  uint32_t arity = (uint32_t)expect_small(L, 255, "the arity in fun M:F/A");
  return cterm_export(L->a, m, f, arity);
}

/* Reads one term starting at the current token and leaves the token
** after it current.  Recursion depth is bounded by enter(). */
static CTerm *parse_term(Lex *L) {
  CTerm *t;
  switch (L->tok.kind) {
  case T_INT:
  case T_FLOAT:
  case T_ATOM:
    t = L->tok.val;
    next(L);
    return t;
  case T_STRING:
    t = string_list(L);
    next(L);
    return t;
  case T_LBRACE: return parse_tuple(L);
  case T_LBRACK: return parse_list(L);
  case T_MAP: return parse_map(L);
  case T_LBIN: return parse_binary(L);
  case T_FUN: return parse_fun(L);
  default: expected(L, "a term");
  }
}

static void lex_init(Lex *L, Arena *a, Diag *d, const char *text, size_t len) {
  memset(L, 0, sizeof *L);
  L->a = a;
  L->d = d;
  L->p = (const uint8_t *)(text != NULL ? text : "");
  L->end = L->p + (text != NULL ? len : 0);
  L->line = 1;
  next(L);
}


/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

/* Forms are kept on the element stack below any container being read. */
void slex_parse_forms(Arena *a, Diag *d, const char *text, size_t len, SForms *out) {
  Lex L;
  Buf lines = {0};
  lex_init(&L, a, d, text, len);
  while (L.tok.kind != T_EOF) {
    uint32_t line = L.tok.line;
    CTerm *t = parse_term(&L);
    if (L.tok.kind != T_DOT) expected(&L, "'.' at the end of a form");
    next(&L);
    push_term(&L, t);
    *(uint32_t *)buf_push(&L, &lines, sizeof(uint32_t)) = line;
  }
  size_t n = L.stack.n;
  if (n > UINT32_MAX) fail(&L, L.line, "too many forms");
  out->n = (uint32_t)n;
  out->forms = ARENA_ARRAY(a, CTerm *, n);
  out->lines = ARENA_ARRAY(a, uint32_t, n);
  if (n > 0) {
    memcpy(out->forms, L.stack.p, n * sizeof(CTerm *));
    memcpy(out->lines, lines.p, n * sizeof(uint32_t));
  }
}

CTerm *slex_parse_term(Arena *a, Diag *d, const char *text, size_t len) {
  Lex L;
  lex_init(&L, a, d, text, len);
  CTerm *t = parse_term(&L);
  if (L.tok.kind != T_EOF) expected(&L, "end of input after the term");
  return t;
}
