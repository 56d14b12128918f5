/*
** bif_conv.c — text conversions: atom_to_list, list_to_atom,
** list_to_existing_atom, integer_to_list/1,2, list_to_integer/1,2,
** float_to_list/1,2, list_to_float, and their binary twins
** (atom_to_binary/1,2, binary_to_atom/1,2, binary_to_existing_atom/1,2,
** integer_to_binary/1,2, binary_to_integer/1,2, float_to_binary/1,2,
** binary_to_float/1).
**
** What erl (OTP 25) does, and so what these do:
**   - atoms are Unicode: atom_to_list gives code points, list_to_atom
**     takes code points 0..16#10FFFF but surrogates; a list reaching a
**     256th element raises system_limit (even if that element is bad),
**     other faults badarg;
**   - list_to_integer takes [+-]digits in base 2..36, nothing else (no
**     blanks, no underscores);
**   - list_to_float takes [+-]digits.digits with an optional exponent
**     [eE][+-]digits, read up to the first NUL character ("1.5\0x" is
**     1.5, erl copies the list into a C string); values beyond the double
**     range are badarg, tiny ones become 0.0 or denormals;
**   - float_to_list/2: options as float_options reads them, {decimals, N}
**     as format_decimals computes it; results over 255 characters are
**     badarg (erl's buffer).
**   - the binary twins read the same texts from a binary (not a
**     bitstring: badarg); atom texts are utf8 (also named unicode) or
**     latin1, and an atom of characters over 255 has no latin1 text.
** The text goes through C strings, which assumes the C locale (strtod and
** snprintf read and write '.' as the decimal point).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "bin/bin.h"
#include "bits.h"
#include "atoms_gen.h"
#include "beamrt_bifs.h"
#include "bif.h"
#include "term_build.h"
#include "integer.h"
#include "os/os.h"
#include "print.h"

/* Longest float_to_list/2 result erl produces (its buffer is 256). */
#define FLOAT_TEXT_MAX 255

/* The list of the len chars of s (as bytes 0..255). */
static BeamTerm bytes_to_list(BeamProc *p, const char *s, size_t len) {
  BeamTerm *c = beam_alloc(p, 2 * len), list = BEAM_NIL;
  for (size_t i = len; i-- > 0;) {
    c[2 * i] = BEAM_SMALL((unsigned char)s[i]);
    c[2 * i + 1] = list;
    list = BEAM_MAKE_LIST(c + 2 * i);
  }
  return list;
}

/* A proper list of integers 0..255 as an os_alloc'd NUL-terminated string
   of *len bytes (NULs included), or NULL if l is not one. */
static char *list_to_bytes(BeamTerm l, size_t *len) {
  long n = tb_list_length(l);
  if (n < 0) return NULL;
  char *s = os_alloc((size_t)n + 1, "list to text");
  for (intptr_t i = 0; i < n; i++, l = BEAM_CDR(l)) {
    BeamTerm c = BEAM_CAR(l);
    if (!BEAM_IS_SMALL(c) || BEAM_SMALL_VALUE(c) < 0 || BEAM_SMALL_VALUE(c) > 255) {
      os_free(s);
      return NULL;
    }
    s[i] = (char)BEAM_SMALL_VALUE(c);
  }
  s[n] = '\0';
  *len = (size_t)n;
  return s;
}

/* ---------------------------------------------------------------------- */
/* Atoms                                                                   */
/* ---------------------------------------------------------------------- */

BeamTerm beam_bif_erlang_atom_to_list_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_ATOM(a1)) return bif_badarg(p);
  const BeamAtom *a = BEAM_ATOM_REC(a1);
  const unsigned char *s = (const unsigned char *)a->name;
  size_t chars = atom_utf8_chars(a->name, a->len);
  BeamTerm *c = beam_alloc(p, 2 * chars), list = BEAM_NIL;
  BeamTerm *link = &list;
  for (size_t i = 0, k = 0; k < chars; k++) {
    uint32_t cp = s[i], extra = cp < 0x80 ? 0 : cp < 0xE0 ? 1 : cp < 0xF0 ? 2 : 3;
    if (extra) cp &= 0x3Fu >> extra;
    for (i++; extra > 0 && i < a->len; extra--, i++) cp = cp << 6 | (s[i] & 0x3Fu);
    c[2 * k] = BEAM_SMALL(cp);
    *link = BEAM_MAKE_LIST(c + 2 * k);
    link = &c[2 * k + 1];
  }
  *link = BEAM_NIL;
  return list;
}

/* Writes code point cp as UTF-8; returns the bytes written. */
static size_t utf8_put(char *out, uint32_t cp) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | cp >> 6);
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | cp >> 12);
    out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | cp >> 18);
  out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
  out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

enum { NAME_OK, NAME_BADARG, NAME_TOO_LONG };

/*
** The UTF-8 name a list of code points spells, in buf (4 * 255 bytes),
** checked as erl does: the 256th cell is NAME_TOO_LONG whatever it
** holds; a bad code point or an improper tail before it is
** NAME_BADARG.
*/
static int atom_name(BeamTerm l, char *buf, size_t *len) {
  size_t n = 0, chars = 0;
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    if (chars == ATOM_MAX_CHARS) return NAME_TOO_LONG;
    BeamTerm c = BEAM_CAR(l);
    if (!BEAM_IS_SMALL(c)) return NAME_BADARG;
    BeamSint cp = BEAM_SMALL_VALUE(c);
    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return NAME_BADARG;
    n += utf8_put(buf + n, (uint32_t)cp);
    chars++;
  }
  if (l != BEAM_NIL) return NAME_BADARG;
  *len = n;
  return NAME_OK;
}

BeamTerm beam_bif_erlang_list_to_atom_1(BeamProc *p, BeamTerm a1) {
  char buf[4 * ATOM_MAX_CHARS];
  size_t len = 0;
  switch (atom_name(a1, buf, &len)) {
  case NAME_BADARG: return bif_badarg(p);
  case NAME_TOO_LONG: return bif_system_limit(p);
  default: break;
  }
  BeamTerm a = atom_intern(buf, len);
  return a == BEAM_NONV ? bif_system_limit(p) : a;
}

BeamTerm beam_bif_erlang_list_to_existing_atom_1(BeamProc *p, BeamTerm a1) {
  char buf[4 * ATOM_MAX_CHARS];
  size_t len = 0;
  if (atom_name(a1, buf, &len) != NAME_OK) return bif_badarg(p);
  BeamTerm a = atom_lookup(buf, len);
  return a == BEAM_NONV ? bif_badarg(p) : a;
}

/* ---------------------------------------------------------------------- */
/* Integers                                                                */
/* ---------------------------------------------------------------------- */

/* A base argument: a small 2..36, else 0. */
static int base_of(BeamTerm t) {
  if (!BEAM_IS_SMALL(t) || BEAM_SMALL_VALUE(t) < 2 || BEAM_SMALL_VALUE(t) > 36) return 0;
  return (int)BEAM_SMALL_VALUE(t);
}

BeamTerm beam_bif_erlang_integer_to_list_1(BeamProc *p, BeamTerm a1) {
  if (!BEAM_IS_INTEGER(a1)) return bif_badarg(p);
  return int_to_list(p, a1, 10);
}

BeamTerm beam_bif_erlang_integer_to_list_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  int base = base_of(a2);
  if (!BEAM_IS_INTEGER(a1) || base == 0) return bif_badarg(p);
  return int_to_list(p, a1, base);
}

/* The integer of the text s[0..len) (os_alloc'd, freed here; NULL when
   the argument had no text) in base (0: a bad base). */
static BeamTerm text_to_int(BeamProc *p, char *s, size_t len, int base) {
  if (s == NULL || base == 0) {
    os_free(s);
    return bif_badarg(p);
  }
  BeamTerm r = int_from_text(p, s, len, base);
  os_free(s);
  return r;
}

static BeamTerm list_to_int(BeamProc *p, BeamTerm l, int base) {
  size_t len = 0;
  char *s = list_to_bytes(l, &len);
  return text_to_int(p, s, len, base);
}

BeamTerm beam_bif_erlang_list_to_integer_1(BeamProc *p, BeamTerm a1) {
  return list_to_int(p, a1, 10);
}

BeamTerm beam_bif_erlang_list_to_integer_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return list_to_int(p, a1, base_of(a2));
}

/* ---------------------------------------------------------------------- */
/* Floats                                                                  */
/* ---------------------------------------------------------------------- */

BeamTerm beam_bif_erlang_float_to_list_1(BeamProc *p, BeamTerm a1) {
  char buf[PRINT_FLOAT_BUF];
  if (!BEAM_IS_FLOAT(a1)) return bif_badarg(p);
  size_t n = print_float_default(buf, BEAM_FLOAT_VALUE(a1));
  return bytes_to_list(p, buf, n);
}

enum { FMT_DEFAULT, FMT_DECIMALS, FMT_SCIENTIFIC, FMT_SHORT };

typedef struct FloatFmt {
  int kind;     /* FMT_*: the last of decimals, scientific, short wins */
  int digits;   /* for FMT_DECIMALS and FMT_SCIENTIFIC */
  int compact;  /* only affects FMT_DECIMALS */
} FloatFmt;

/*
** The options of float_to_list/2, or 0 if they are not valid.  As in erl,
** the last of decimals, scientific and short wins and only its number is
** checked ([{decimals, -1}, short] is valid); a number is read into a C
** int (modulo 2^32), and a negative precision for scientific means six
** digits, as in printf.
*/
static int float_options(BeamTerm l, FloatFmt *f) {
  int64_t n;
  f->kind = FMT_DEFAULT;
  f->digits = 0;
  f->compact = 0;
  for (; BEAM_IS_LIST(l); l = BEAM_CDR(l)) {
    BeamTerm o = BEAM_CAR(l);
    if (o == ATOM_COMPACT) {
      f->compact = 1;
    } else if (o == ATOM_SHORT) {
      f->kind = FMT_SHORT;
    } else if (BEAM_IS_TUPLE(o) && BEAM_TUPLE_ARITY(o) == 2 &&
               int_host_small(BEAM_ELEMENT(o, 1), &n) &&
               (BEAM_ELEMENT(o, 0) == ATOM_DECIMALS || BEAM_ELEMENT(o, 0) == ATOM_SCIENTIFIC)) {
      f->kind = BEAM_ELEMENT(o, 0) == ATOM_DECIMALS ? FMT_DECIMALS : FMT_SCIENTIFIC;
      f->digits = (int32_t)(uint32_t)(uint64_t)n;
    } else {
      return 0;
    }
  }
  if (l != BEAM_NIL) return 0;
  if (f->kind == FMT_DECIMALS) return f->digits >= 0 && f->digits <= 253;
  if (f->kind == FMT_SCIENTIFIC) {
    if (f->digits < 0) f->digits = 6;
    return f->digits <= 249;
  }
  return 1;
}

/* Drops trailing zeros after the point, keeping one digit after it; with
   no point, `whole` drops the integer's trailing zeros too (erl does
   that for compact 0-decimal results of 2^53 and up: 1.0e16 is "1"). */
static size_t compact(const char *buf, size_t len, int whole) {
  if (memchr(buf, '.', len) == NULL) {
    while (whole && len > 1 && buf[len - 1] == '0') len--;
    return len;
  }
  while (buf[len - 1] == '0' && buf[len - 2] != '.') len--;
  return len;
}

/*
** {decimals, N} as erl computes it.  Up to 18 decimals and below 2^53
** erl splits the value into integer and fraction, scales the fraction by
** 10^N in double arithmetic and rounds it half up: 0.125 gives "0.13"
** and 0.15 (just below) "0.2", where the exact decimal value would round
** the other way.  Otherwise it prints the exact value rounded ("%.*f").
** Returns the length written to buf (size bytes, at least 48), which
** may exceed size - 1 for the "%.*f" path (then the text is cut).
*/
static size_t format_decimals(char *buf, size_t size, double d, int n, int compacted) {
  double x = fabs(d);
  if (n > 18 || !(x < 9007199254740992.0)) {
    size_t len = (size_t)snprintf(buf, size, "%.*f", n, d);
    return len <= FLOAT_TEXT_MAX && compacted ? compact(buf, len, 1) : len;
  }
  uint64_t scale = 1;
  for (int i = 0; i < n; i++) scale *= 10;
  uint64_t ip = (uint64_t)x;
  double fr = (x - (double)ip) * (double)scale;
  uint64_t fp = (uint64_t)fr;
  if (fr - (double)fp >= 0.5) fp++;
  if (fp >= scale) {
    ip++;
    fp -= scale;
  }
  const char *sign = signbit(d) ? "-" : "";
  size_t len;
  if (n == 0) len = (size_t)snprintf(buf, size, "%s%llu", sign, (unsigned long long)ip);
  else
    len = (size_t)snprintf(buf, size, "%s%llu.%0*llu", sign, (unsigned long long)ip, n,
                           (unsigned long long)fp);
  return compacted ? compact(buf, len, 0) : len;
}

/* The text float_to_list/2 gives, in buf (FLOAT_TEXT_BUF bytes); its
   length, or 0 when the arguments are bad. */
#define FLOAT_TEXT_BUF (FLOAT_TEXT_MAX + 1 + PRINT_FLOAT_BUF)
static size_t float_text(BeamTerm a1, BeamTerm a2, char *buf) {
  FloatFmt f;
  if (!BEAM_IS_FLOAT(a1) || !float_options(a2, &f)) return 0;
  double d = BEAM_FLOAT_VALUE(a1);
  size_t n;
  switch (f.kind) {
  case FMT_SHORT:
    n = print_float_short(buf, d);
    break;
  case FMT_DEFAULT:
    n = print_float_default(buf, d);
    break;
  case FMT_SCIENTIFIC:
    n = (size_t)snprintf(buf, FLOAT_TEXT_BUF, "%.*e", f.digits, d);
    break;
  default:
    n = format_decimals(buf, FLOAT_TEXT_BUF, d, f.digits, f.compact);
    break;
  }
  return n > FLOAT_TEXT_MAX ? 0 : n;
}

BeamTerm beam_bif_erlang_float_to_list_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  char buf[FLOAT_TEXT_BUF];
  size_t n = float_text(a1, a2, buf);
  return n ? bytes_to_list(p, buf, n) : bif_badarg(p);
}

/* [+-]digits.digits([eE][+-]digits)?: the whole of s. */
static int float_syntax(const char *s) {
  if (*s == '+' || *s == '-') s++;
  if (*s < '0' || *s > '9') return 0;
  while (*s >= '0' && *s <= '9') s++;
  if (*s++ != '.' || *s < '0' || *s > '9') return 0;
  while (*s >= '0' && *s <= '9') s++;
  if (*s == 'e' || *s == 'E') {
    s++;
    if (*s == '+' || *s == '-') s++;
    if (*s < '0' || *s > '9') return 0;
    while (*s >= '0' && *s <= '9') s++;
  }
  return *s == '\0';
}

/* The float of the NUL-terminated text s (os_alloc'd, freed here). */
static BeamTerm text_to_float(BeamProc *p, char *s) {
  if (s == NULL) return bif_badarg(p);
  double d = 0;
  int ok = float_syntax(s);
  if (ok) d = strtod(s, NULL);
  os_free(s);
  if (!ok || !isfinite(d)) return bif_badarg(p);
  return beam_make_float(p, d);
}

BeamTerm beam_bif_erlang_list_to_float_1(BeamProc *p, BeamTerm a1) {
  size_t len;
  return text_to_float(p, list_to_bytes(a1, &len));
}

/* ---------------------------------------------------------------------- */
/* Binaries of text                                                        */
/* ---------------------------------------------------------------------- */

static BeamTerm text_binary(BeamProc *p, const void *s, size_t n) {
  uint8_t *d;
  BeamTerm b = bin_new(p, n, &d);
  memcpy(d, s, n);
  return b;
}

/* The bytes of binary t as an os_alloc'd NUL-terminated string of *len
   bytes, or NULL if t is not a binary. */
static char *binary_to_text(BeamTerm t, size_t *len) {
  if (!beam_is_binary(t)) return NULL;
  uint8_t *tmp;
  const uint8_t *b = bits_bytes(t, len, &tmp);
  char *s = os_alloc(*len + 1, "binary to text");
  memcpy(s, b, *len);
  s[*len] = '\0';
  os_free(tmp);
  return s;
}

/* An atom encoding: 1 for utf8 and unicode, 0 for latin1, -1 else. */
static int encoding_of(BeamTerm e) {
  if (e == ATOM_UTF8 || e == ATOM_UNICODE) return 1;
  return e == ATOM_LATIN1 ? 0 : -1;
}

BeamTerm beam_bif_erlang_atom_to_binary_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  int enc = encoding_of(a2);
  if (!BEAM_IS_ATOM(a1) || enc < 0) return bif_badarg(p);
  const BeamAtom *a = BEAM_ATOM_REC(a1);
  if (enc == 1) return text_binary(p, a->name, a->len);
  const unsigned char *s = (const unsigned char *)a->name;
  uint8_t buf[ATOM_MAX_CHARS];
  size_t n = 0;
  for (size_t i = 0; i < a->len; i++, n++) { /* UTF-8 of code points < 256 */
    if (s[i] < 0x80) buf[n] = s[i];
    else if ((s[i] & 0xFE) == 0xC2 && i + 1 < a->len) buf[n] = (uint8_t)(s[i] << 6 | (s[i + 1] & 0x3F)), i++;
    else return bif_badarg(p);
  }
  return text_binary(p, buf, n);
}

BeamTerm beam_bif_erlang_atom_to_binary_1(BeamProc *p, BeamTerm a1) {
  return beam_bif_erlang_atom_to_binary_2(p, a1, ATOM_UTF8);
}

/* Checks the UTF-8 s[0..n): shortest forms of code points, no
   surrogates; its characters, or -1 when it is not valid. */
static long utf8_chars(const uint8_t *s, size_t n) {
  long chars = 0;
  for (size_t i = 0; i < n; chars++) {
    uint32_t c = s[i];
    size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (k == 0 || i + k > n) return -1;
    if (k > 1) c &= 0x3Fu >> (k - 1);
    for (size_t j = 1; j < k; j++) {
      if ((s[i + j] & 0xC0) != 0x80) return -1;
      c = c << 6 | (s[i + j] & 0x3Fu);
    }
    static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < least[k] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return -1;
    i += k;
  }
  return chars;
}

/*
** The atom named by the binary a1 in encoding a2: made when `make`, else
** only found.  badarg for a bad binary or encoding, or an atom not
** found; system_limit for a name of over 255 characters (made only).
*/
static BeamTerm binary_atom(BeamProc *p, BeamTerm a1, BeamTerm a2, bool make) {
  int enc = encoding_of(a2);
  if (!beam_is_binary(a1) || enc < 0) return bif_badarg(p);
  size_t n;
  uint8_t *tmp;
  const uint8_t *b = bits_bytes(a1, &n, &tmp);
  long chars = enc ? utf8_chars(b, n) : (long)n;
  char buf[4 * ATOM_MAX_CHARS];
  const char *name = (const char *)b;
  size_t len = n;
  BeamTerm r;
  if (chars > ATOM_MAX_CHARS) {
    os_free(tmp);
    return make ? bif_system_limit(p) : bif_badarg(p);
  }
  if (chars < 0) {
    os_free(tmp);
    return bif_badarg(p);
  }
  if (enc == 0) { /* latin1: each byte a code point */
    len = 0;
    for (size_t i = 0; i < n; i++) {
      if (b[i] < 0x80) buf[len++] = (char)b[i];
      else buf[len++] = (char)(0xC0 | b[i] >> 6), buf[len++] = (char)(0x80 | (b[i] & 0x3F));
    }
    name = buf;
  }
  r = make ? atom_intern(name, len) : atom_lookup(name, len);
  os_free(tmp);
  if (r == BEAM_NONV) return make ? bif_system_limit(p) : bif_badarg(p);
  return r;
}

BeamTerm beam_bif_erlang_binary_to_atom_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return binary_atom(p, a1, a2, true);
}

BeamTerm beam_bif_erlang_binary_to_atom_1(BeamProc *p, BeamTerm a1) {
  return binary_atom(p, a1, ATOM_UTF8, true);
}

BeamTerm beam_bif_erlang_binary_to_existing_atom_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return binary_atom(p, a1, a2, false);
}

BeamTerm beam_bif_erlang_binary_to_existing_atom_1(BeamProc *p, BeamTerm a1) {
  return binary_atom(p, a1, ATOM_UTF8, false);
}

/* integer_to_binary: the text of integer_to_list in a binary. */
static BeamTerm integer_binary(BeamProc *p, BeamTerm t, int base) {
  if (!BEAM_IS_INTEGER(t) || base == 0) return bif_badarg(p);
  size_t len;
  char *s = int_to_text(t, base, &len);
  BeamTerm r = text_binary(p, s, len);
  os_free(s);
  return r;
}

BeamTerm beam_bif_erlang_integer_to_binary_1(BeamProc *p, BeamTerm a1) {
  return integer_binary(p, a1, 10);
}

BeamTerm beam_bif_erlang_integer_to_binary_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return integer_binary(p, a1, base_of(a2));
}

static BeamTerm binary_to_int(BeamProc *p, BeamTerm b, int base) {
  size_t len = 0;
  char *s = binary_to_text(b, &len);
  return text_to_int(p, s, len, base);
}

BeamTerm beam_bif_erlang_binary_to_integer_1(BeamProc *p, BeamTerm a1) {
  return binary_to_int(p, a1, 10);
}

BeamTerm beam_bif_erlang_binary_to_integer_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  return binary_to_int(p, a1, base_of(a2));
}

BeamTerm beam_bif_erlang_float_to_binary_1(BeamProc *p, BeamTerm a1) {
  char buf[PRINT_FLOAT_BUF];
  if (!BEAM_IS_FLOAT(a1)) return bif_badarg(p);
  return text_binary(p, buf, print_float_default(buf, BEAM_FLOAT_VALUE(a1)));
}

BeamTerm beam_bif_erlang_float_to_binary_2(BeamProc *p, BeamTerm a1, BeamTerm a2) {
  char buf[FLOAT_TEXT_BUF];
  size_t n = float_text(a1, a2, buf);
  return n ? text_binary(p, buf, n) : bif_badarg(p);
}

BeamTerm beam_bif_erlang_binary_to_float_1(BeamProc *p, BeamTerm a1) {
  size_t len;
  return text_to_float(p, binary_to_text(a1, &len));
}
