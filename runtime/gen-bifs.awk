# gen-bifs.awk — turns bif.tab into the runtime's BIF declarations and
# table: with -v out=h, beamrt_bifs.h (every BIF's prototype and its
# index); with -v out=c, bifs_rt_gen.c (bif_entries[], see bif.h).
#
# Indices count the table's lines that are neither empty nor comments
# (a '#' in the first column), from 0: the order compiler/gen-bifs.awk
# numbers them in, which generated code passes to beam_raise_bif.
#
# Run with the shared functions loaded first:
#   awk -v out=h -f cnames.awk -f gen-bifs.awk bif.tab

function fail(msg) {
  printf "bif.tab:%d: %s\n", NR, msg > "/dev/stderr"
  failed = 1
  exit 1
}


# Remembers an atom the table names; the records are written once each.
function use_atom(name) {
  if (!(name in atom_seen)) {
    atom_seen[name] = 1
    atoms[natoms++] = name
  }
}

BEGIN {
  init_ord()
  n = 0
  natoms = 0
}

/^#/ || NF == 0 { next }

{
  if (NF != 4) fail("expected: module function arity cname")
  if ($1 !~ /^[ -~]+$/ || $2 !~ /^[ -~]+$/)
    fail("module and function names must be printable ASCII")
  if ($3 !~ /^[0-9]+$/ || $3 + 0 > 255) fail("bad arity " $3)
  if ($4 !~ /^[A-Za-z_][A-Za-z0-9_]*$/) fail("bad C name " $4)
  if ($4 in cname_seen) fail("duplicate C name " $4)
  cname_seen[$4] = 1
  mod[n] = $1
  fun[n] = $2
  arity[n] = $3 + 0
  cname[n] = $4
  use_atom($1)
  use_atom($2)
  n++
}

# Whether BIF i is one of those that always raise (error/1,2,3, exit/1,
# throw/1, raise/3): the stack trace shows their caller, not them.
function raises(i) {
  return mod[i] == "erlang" && (fun[i] == "error" || fun[i] == "throw" && arity[i] == 1 ||
                                fun[i] == "exit" && arity[i] == 1 || fun[i] == "raise" && arity[i] == 3)
}

# The C parameter list of a BIF of arity a.
function params(a,    s, i) {
  s = "BeamProc *p"
  for (i = 1; i <= a; i++) s = s ", BeamTerm a" i
  return s
}

function header(    i) {
  print "/* Generated from bif.tab by gen-bifs.awk: do not edit. */"
  print "#ifndef BEAMRT_BIFS_H"
  print "#define BEAMRT_BIFS_H"
  print ""
  print "#include \"beamrt.h\""
  print ""
  print "/* Each BIF's index in bif.tab: what beam_raise_bif takes. */"
  print "enum {"
  for (i = 0; i < n; i++) printf "  BEAM_BIF_%s = %d,\n", cname[i], i
  printf "  BEAM_BIF_COUNT = %d\n", n
  print "};"
  print ""
  print "/* The BIFs: the result, or BEAM_NONV with p->bif_class and"
  print "   p->bif_reason set. */"
  for (i = 0; i < n; i++)
    printf "BeamTerm beam_bif_%s(%s);\n", cname[i], params(arity[i])
  print ""
  print "#endif"
}

# The wrapper of BIF i: the uniform signature of compiled functions, for
# apply/3 and fun erlang:F/A.  Arguments 5 and up are in p->x[4..].
function wrapper(i,    a, k, call) {
  a = arity[i]
  printf "static BeamTerm w_%s(BeamProc *p, unsigned entry, BeamTerm a0,\n", cname[i]
  printf "    BeamTerm a1, BeamTerm a2, BeamTerm a3) {\n"
  printf "  (void)entry;\n"
  for (k = a; k < 4; k++) printf "  (void)a%d;\n", k
  call = "beam_bif_" cname[i] "(p"
  for (k = 0; k < a; k++) call = call (k < 4 ? ", a" k : ", p->x[" k "]")
  call = call ")"
  printf "  BeamTerm r = %s;\n", call
  printf "  if (BEAM_UNLIKELY(r == BEAM_NONV)) {\n"
  for (k = 0; k < a && k < 4; k++) printf "    p->x[%d] = a%d;\n", k, k
  printf "    return beam_raise_bif(p, BEAM_BIF_%s, NULL, BEAM_NOLOC);\n", cname[i]
  printf "  }\n"
  printf "  return bif_collect(p, r);\n"
  printf "}\n\n"
}

function source(    i, a) {
  print "/* Generated from bif.tab by gen-bifs.awk: do not edit. */"
  print "#include <stdbool.h>"
  print ""
  print "#include \"beamrt.h\""
  print "#include \"beamrt_bifs.h\""
  print "#include \"bif.h\""
  print ""
  print "/* The atoms the table names, as generated code defines them. */"
  for (i = 0; i < natoms; i++) {
    a = atoms[i]
    printf "BEAM_WEAK const BeamAtom beam_atom_%s = {\"%s\", %d, 0x%08xu, %d};\n", \
      mangle(a), c_string(a), length(a), fnv1a(a), length(a)
  }
  print ""
  print "/* A successful BIF may have left objects in heap fragments: this"
  print "   call boundary is a safe point to collect them, r the only root. */"
  print "static BeamTerm bif_collect(BeamProc *p, BeamTerm r) {"
  print "  if (BEAM_UNLIKELY(p->gc_wanted)) {"
  print "    p->x[0] = r;"
  print "    beam_gc(p, 0, 1);"
  print "    r = p->x[0];"
  print "  }"
  print "  return r;"
  print "}"
  print ""
  for (i = 0; i < n; i++) wrapper(i)
  print "const BifEntry bif_entries[] = {"
  for (i = 0; i < n; i++)
    printf "  {&beam_atom_%s, &beam_atom_%s, %d, %s, w_%s},\n", \
      mangle(mod[i]), mangle(fun[i]), arity[i], raises(i) ? "true" : "false", cname[i]
  print "};"
  print ""
  print "int bif_count(void) { return BEAM_BIF_COUNT; }"
  print ""
  print "const BifEntry *bif_entry(unsigned i) { return &bif_entries[i]; }"
}

END {
  if (failed) exit 1
  if (out == "h") header()
  else if (out == "c") source()
  else {
    print "gen-bifs.awk: say -v out=h or -v out=c" > "/dev/stderr"
    exit 1
  }
}
