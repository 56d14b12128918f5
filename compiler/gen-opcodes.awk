# gen-opcodes.awk — turns opcodes.tab into opcodes_gen.h (with -v out=h)
# or opcodes_gen.c (with -v out=c).  See opcodes.tab for the format.
BEGIN { n = 0; m = 0 }
/^#/ || NF == 0 { next }
/^@/ {
  newer_num[m] = substr($1, 2); newer_name[m] = $2
  newer_arity[m] = $3; newer_rel[m] = $4; m++
  next
}
{
  num = $1; name = $2; obs = 0
  if (substr(name, 1, 1) == "-") { obs = 1; name = substr(name, 2) }
  nums[n] = num; names[n] = name; obsolete[n] = obs; arity[n] = NF - 2
  kinds = ""; onames = ""
  for (i = 3; i <= NF; i++) {
    split($i, p, ":")
    kinds = kinds p[2]
    onames = onames "\"" p[1] "\", "
  }
  opkinds[n] = kinds; opnames[n] = onames
  n++
}
END {
  if (out == "h") {
    print "/* Generated from opcodes.tab by gen-opcodes.awk: do not edit. */"
    print "#ifndef BEAMC_OPCODES_GEN_H"
    print "#define BEAMC_OPCODES_GEN_H"
    print "enum {"
    for (i = 0; i < n; i++) printf "  OP_%s = %d,\n", names[i], nums[i]
    print "  OP_LIMIT"
    print "};"
    print "#endif"
  } else {
    print "/* Generated from opcodes.tab by gen-opcodes.awk: do not edit. */"
    print "#include \"opcodes.h\""
    print ""
    for (i = 0; i < n; i++)
      if (arity[i] > 0)
        printf "static const char *const names_%s[] = {%s};\n", names[i], opnames[i]
    print ""
    print "const OpInfo opcode_table[IR_MAX_OPCODE + 1] = {"
    for (i = 0; i < n; i++) {
      tab = (arity[i] > 0) ? ("names_" names[i]) : "0"
      printf "  [%d] = {\"%s\", %d, %d, \"%s\", %s},\n", nums[i], names[i], \
        arity[i], obsolete[i], opkinds[i], tab
    }
    print "};"
    print ""
    for (i = 0; i < n; i++)
      printf "_Static_assert(OP_%s == %d, \"opcode %s\");\n", names[i], nums[i], names[i]
    printf "_Static_assert(OP_LIMIT == IR_MAX_OPCODE + 1, \"opcode count\");\n"
    print ""
    print "const NewerOp opcode_newer_table[] = {"
    for (i = 0; i < m; i++)
      printf "  {%d, \"%s\", %d, %d},\n", newer_num[i], newer_name[i], newer_arity[i], newer_rel[i]
    print "  {0, 0, 0, 0}"
    print "};"
  }
}
