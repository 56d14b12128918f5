# cnames.awk — functions the generators share: the C names, hashes and
# string literals of atoms, exactly as include/beamrt.h and the translator
# (compiler/cname.c) make them.  Load it first:
#   awk -f cnames.awk -f gen-atoms.awk ...
#
# Portable awk (mawk, gawk, one-true-awk): numbers are doubles, so the
# 32-bit FNV-1a hash is computed in pieces that stay below 2^53, and the
# exclusive or of a byte is done bit by bit.

# Fills ord[] (character -> code) for printable ASCII; call from BEGIN.
function init_ord(    i) {
  for (i = 32; i < 127; i++) ord[sprintf("%c", i)] = i
}

# Exclusive or of two numbers in 0..255.
function xor8(a, b,    r, bit) {
  r = 0
  for (bit = 1; bit < 256; bit *= 2)
    if (int(a / bit) % 2 != int(b / bit) % 2) r += bit
  return r
}

# FNV-1a, 32 bits: for each byte, h ^= byte; h *= 16777619 (mod 2^32).
# 16777619 = 2^24 + 403, so h * p = (h mod 2^8) * 2^24 + h * 403 (mod
# 2^32), and h * 403 < 2^41 is exact in a double.
function fnv1a(s,    h, i, lo) {
  h = 2166136261
  for (i = 1; i <= length(s); i++) {
    lo = h % 256
    h = h - lo + xor8(lo, ord[substr(s, i, 1)])
    h = ((h % 256) * 16777216 + h * 403) % 4294967296
  }
  return h
}

# Letters and digits stay, '_' becomes "__", any other byte "_XX" (upper-
# case hex), as include/beamrt.h says.
function mangle(s,    r, i, c) {
  r = ""
  for (i = 1; i <= length(s); i++) {
    c = substr(s, i, 1)
    if (c ~ /[A-Za-z0-9]/) r = r c
    else if (c == "_") r = r "__"
    else r = r sprintf("_%02X", ord[c])
  }
  return r
}

# The atom's text as the body of a C string literal.
function c_string(s,    r, i, c) {
  r = ""
  for (i = 1; i <= length(s); i++) {
    c = substr(s, i, 1)
    if (c == "\\" || c == "\"" || c == "?") r = r "\\"
    r = r c
  }
  return r
}
