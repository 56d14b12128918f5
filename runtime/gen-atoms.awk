# gen-atoms.awk — turns atoms.tab into atoms_gen.h (with -v out=h) or
# atoms_gen.c (with -v out=c).  See atoms.tab for the format.
#
# Run with the shared functions loaded first:
#   awk -v out=h -f cnames.awk -f gen-atoms.awk atoms.tab
# The hash must agree with atom_hash() in atom.c and with the translator;
# test_atom checks it.

function fail(msg) {
  printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
  failed = 1
  exit 1
}


BEGIN {
  init_ord()
  n = 0
}

{
  line = $0
  sub(/^[ \t]+/, "", line)
  if (line == "" || substr(line, 1, 1) == "#") next
  if (substr(line, 1, 1) == "'") {
    end = index(substr(line, 2), "'")
    if (end == 0) fail("unterminated quoted name")
    name = substr(line, 2, end - 1)
    rest = substr(line, end + 2)
  } else {
    name = line
    sub(/[ \t].*$/, "", name)
    rest = substr(line, length(name) + 1)
  }
  split(rest, f, /[ \t]+/)
  cname = (rest ~ /^[ \t]*$/) ? "" : f[1] == "" ? f[2] : f[1]
  if (name !~ /^[ -~]*$/ || index(name, "'") > 0)
    fail("atom name must be printable ASCII without a quote")
  if (length(name) > 255) fail("atom name longer than 255 characters")
  if (cname == "") {
    if (name !~ /^[A-Za-z][A-Za-z0-9_]*$/) fail("'" name "' needs a C name")
    cname = toupper(name)
  }
  if (cname !~ /^[A-Z0-9_]+$/) fail("bad C name " cname)
  if (name in seen) fail("duplicate atom '" name "'")
  if (cname in seen_c) fail("duplicate C name " cname)
  seen[name] = 1
  seen_c[cname] = 1
  names[n] = name
  cnames[n] = cname
  n++
}

END {
  if (failed) exit 1
  print "/* Generated from atoms.tab by gen-atoms.awk: do not edit. */"
  if (out == "h") {
    print "#ifndef BEAMRT_ATOMS_GEN_H"
    print "#define BEAMRT_ATOMS_GEN_H"
    print ""
    print "#include <stddef.h>"
    print ""
    print "#include \"beamrt.h\""
    print ""
    for (i = 0; i < n; i++) {
      printf "extern const BeamAtom beam_atom_%s;\n", mangle(names[i])
      printf "#define ATOM_%s BEAM_ATOM(beam_atom_%s)\n", cnames[i], mangle(names[i])
    }
    print ""
    print "/* X(mangled name, C name) for every atom above, in table order. */"
    print "#define ATOMS_GEN_EACH(X) \\"
    for (i = 0; i < n; i++) printf "  X(%s, %s) \\\n", mangle(names[i]), cnames[i]
    print "  /* end */"
    print ""
    print "/* Every atom above, for atom.c to register. */"
    print "extern const BeamAtom *const atom_builtin[];"
    print "extern const size_t atom_builtin_count;"
    print ""
    print "#endif"
  } else {
    print "#include \"atoms_gen.h\""
    print ""
    for (i = 0; i < n; i++)
      printf "const BeamAtom beam_atom_%s = {\"%s\", %d, %.0fu, %d};\n", \
        mangle(names[i]), c_string(names[i]), length(names[i]), \
        fnv1a(names[i]), length(names[i])
    print ""
    print "const BeamAtom *const atom_builtin[] = {"
    for (i = 0; i < n; i++) printf "  &beam_atom_%s,\n", mangle(names[i])
    print "};"
    print ""
    print "const size_t atom_builtin_count = sizeof atom_builtin / sizeof atom_builtin[0];"
  }
}
