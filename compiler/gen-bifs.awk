# gen-bifs.awk — runtime/bif.tab to the translator's BIF table (C).
# Usage: awk -f gen-bifs.awk bif.tab > bifs_gen.c
BEGIN {
  print "/* Generated from runtime/bif.tab by gen-bifs.awk: do not edit. */"
  print "#include \"bifs.h\""
  print "const BifInfo bif_table[] = {"
  n = 0
}
/^#/ || NF == 0 { next }
{
  fun = $2; gsub(/\\/, "\\\\", fun); gsub(/"/, "\\\"", fun)
  printf "  {\"%s\", \"%s\", %d, \"%s\"},\n", $1, fun, $3, $4
  n++
}
END {
  print "};"
  printf "const int bif_count = %d;\n", n
}
