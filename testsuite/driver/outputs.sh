#!/bin/sh
# outputs.sh — what the driver leaves behind and how it writes its
# outputs.  Every beamc run here has TMPDIR set to a fresh empty
# directory, which must be empty again afterwards: on success, when erlc
# fails, on a bad .beam, when the C compiler or the linker fails, in the
# --dump, --c-only, -c and --emit-c modes, and when beamc is killed (by
# SIGTERM, or by SIGPIPE when what reads its output is gone).  An
# output that cannot be written gives status 1 and one line
# "beamc: cannot write PATH: REASON", before erlc or the C compiler run
# when it can be known then; -o naming an input (by name, symbolic or hard
# link) gives status 2 and one line, and the input is left alone; paths
# with quotes and spaces work.
. "$SRCDIR/testsuite/tap.sh"
: "${ERLC:=erlc}"
cd "$scratch" || exit 99
cp "$SRCDIR/testsuite/driver/ma.erl" "$SRCDIR/testsuite/driver/mb.erl" .
mkdir beams && "$ERLC" -o beams ma.erl mb.erl || { echo "Bail out! erlc failed"; exit 1; }
printf -- '-module(bad).\nx(\n' >bad.erl
printf 'not a BEAM file at all\n' >garbage.beam
# CC wrappers: one fails at once, one fails at the link only, one notes
# that it ran, one kills beamc (its parent) as a user's ^C would
cat >cc-fail <<'EOF'
#!/bin/sh
exit 1
EOF
cat >cc-nolink <<'EOF'
#!/bin/sh
case " $* " in *" -c "*) exec cc "$@" ;; esac
exit 1
EOF
cat >cc-mark <<'EOF'
#!/bin/sh
touch "$MARK.cc"
exec cc "$@"
EOF
cat >cc-kill <<'EOF'
#!/bin/sh
kill -TERM "$PPID"
exec sleep 30
EOF
cat >erlc-mark <<'EOF'
#!/bin/sh
touch "$MARK.erlc"
exec "$ERLC" "$@"
EOF
chmod +x cc-fail cc-nolink cc-mark cc-kill erlc-mark
export ERLC
MARK=$scratch/ran; export MARK
T=$scratch/tmp

# bc [VAR=VALUE...] ARG...: runs beamc with those variables and TMPDIR=$T,
# fresh and empty; $st is its status, out.txt and err.txt its output.
bc() {
  rm -rf "$T" && mkdir "$T" && rm -f "$MARK.cc" "$MARK.erlc"
  (
    while case ${1-} in *=*) true ;; *) false ;; esac; do export "$1"; shift; done
    TMPDIR=$T exec "$BEAMC" "$@"
  ) >out.txt 2>err.txt
  st=$?
}
# left: what beamc left in $T (nothing, when all is well).
left() { ls -A "$T"; }
# expect DESC STATUS [LINE-PREFIX]: after bc, the status is STATUS, $T is
# empty, and with LINE-PREFIX stderr is exactly one line starting so.
expect() {
  desc=$1 want=$2 prefix=${3-}
  why=
  [ "$st" = "$want" ] || why="status $st, not $want"
  [ -z "$(left)" ] || why="$why; left in TMPDIR: $(left | tr '\n' ' ')"
  if [ -n "$prefix" ]; then
    [ "$(wc -l <err.txt)" -eq 1 ] || why="$why; $(wc -l <err.txt) lines on stderr"
    case $(head -n 1 err.txt) in "$prefix"*) ;; *) why="$why; the line is not '$prefix...'" ;; esac
  fi
  if [ -z "$why" ]; then tap_ok "$desc"
  else tap_not_ok "$desc" "$why" "$(head -n 4 err.txt)"; fi
}
# not_run DESC: the marking erlc and CC did not run (the last bc stopped
# before spending time compiling).
not_run() {
  if [ ! -e "$MARK.cc" ] && [ ! -e "$MARK.erlc" ]; then tap_ok "$1"; else tap_not_ok "$1"; fi
}

# ---- the work directory is removed on every path ---------------------------

bc ma.erl mb.erl -o prog
expect "success: status 0, nothing left in TMPDIR" 0
tap_check "the program runs" sh -c './prog a b | grep -q "{ma,4}"'
bc bad.erl -o prog
expect "erlc fails: status 2, nothing left in TMPDIR" 2
bc garbage.beam -o prog
expect "a bad .beam: status 2 and one line, nothing left" 2 "beamc: garbage.beam: "
echo old >prog-old
bc CC=./cc-fail mb.erl -o prog-old
expect "the C compiler fails: status 2, nothing left in TMPDIR" 2
tap_check "and the output is untouched" grep -qx old prog-old
bc CC=./cc-nolink mb.erl -o prog-old
expect "the link fails: status 2, nothing left in TMPDIR" 2
tap_check "and the output is untouched" grep -qx old prog-old
bc --dump mb.erl
expect "--dump of an .erl: status 0, nothing left in TMPDIR" 0
tap_check "and the dump is printed" grep -q "^module mb" out.txt
bc --c-only mb.erl
expect "--c-only of an .erl: status 0, nothing left in TMPDIR" 0
tap_check "and mb.c is written" grep -q BEAM_ABI_CHECK mb.c
bc -c mb.erl
expect "-c of an .erl: status 0, nothing left in TMPDIR" 0
tap_check "and mb.o is written" test -s mb.o
mkdir sub
bc --emit-c ma.erl beams/mb.beam -o sub/prog
expect "--emit-c: status 0, nothing left in TMPDIR" 0
tap_check "the C goes next to the output" sh -c 'grep -q BEAM_ABI_CHECK sub/ma.c && [ -x sub/prog ]'
bc CC=./cc-kill mb.erl -o prog-killed
expect "killed by SIGTERM while compiling: nothing left in TMPDIR" 143
tap_check "and no output" test ! -e prog-killed
# the reader of the dump is gone before erlc is done: SIGPIPE at the first
# write
rm -rf "$T" && mkdir "$T"
{ TMPDIR=$T "$BEAMC" --dump mb.erl 2>/dev/null; echo $? >st.txt; } | true
st=$(cat st.txt)
# (where the tests run with SIGPIPE ignored, beamc inherits that and
# reports the failed write with status 1)
want=141; [ "$st" = 1 ] && want=1
expect "--dump into a closed pipe (SIGPIPE): nothing left in TMPDIR" $want

# ---- outputs that cannot be written: status 1, one line, no work ----------

mkdir adir; : >afile
for case in "-o /nonexistent/dir/x|/nonexistent/dir/x" \
            "-c -o /nonexistent/x.o|/nonexistent/x.o" \
            "--c-only -o /nonexistent/x.c|/nonexistent/x.c" \
            "-o adir|adir" "-o afile/x|afile/x" "-c -o adir|adir"; do
  opts=${case%|*} path=${case#*|}
  # shellcheck disable=SC2086  # $opts is a list of options
  bc CC=./cc-mark --erlc ./erlc-mark $opts mb.erl
  expect "beamc $opts: status 1, one line" 1 "beamc: cannot write $path: "
  not_run "beamc $opts: neither erlc nor the C compiler ran"
done
rm -f mb.c; mkdir mb.c
bc CC=./cc-mark --erlc ./erlc-mark --emit-c mb.erl -o prog-c
expect "--emit-c where mb.c is a directory: status 1, one line" 1 "beamc: cannot write mb.c: Is a directory"
tap_check "--emit-c where mb.c is a directory: the C compiler did not run" test ! -e "$MARK.cc"
rmdir mb.c
rm -f mb.o; mkdir mb.o
bc CC=./cc-mark -c beams/mb.beam
expect "-c where mb.o is a directory: status 1, one line" 1 "beamc: cannot write mb.o: Is a directory"
tap_check "-c where mb.o is a directory: the C compiler did not run" test ! -e "$MARK.cc"
rmdir mb.o
if [ "$(id -u)" != 0 ]; then
  mkdir ro && chmod 555 ro
  bc mb.erl -o ro/prog
  expect "a read-only directory: status 1, one line" 1 "beamc: cannot write ro/prog: Permission denied"
else
  echo "ok $((tap_n += 1)) - a read-only directory # SKIP root writes anywhere"
fi
# the output's directory goes away while the C compiler runs: the final
# step reports it
cat >cc-rmdir <<'EOF'
#!/bin/sh
rm -rf gone
exec cc "$@"
EOF
chmod +x cc-rmdir
mkdir gone
bc CC=./cc-rmdir mb.erl -o gone/prog
expect "the output's directory removed meanwhile: status 1, one line" 1 \
  "beamc: cannot write gone/prog: No such file or directory"

# ---- -o naming an input -----------------------------------------------------

cp ma.erl ma.orig
ln -s ma.erl ma-link.erl
ln ma.erl ma-hard
for case in "ma.erl mb.erl -o ma.erl|ma.erl" "ma.erl mb.erl -o ./ma.erl|ma.erl" \
            "ma.erl mb.erl -o ma-link.erl|ma.erl" "ma.erl mb.erl -o ma-hard|ma.erl" \
            "-c ma.erl -o ma.erl|ma.erl" "--c-only ma.erl -o ma-hard|ma.erl" \
            "--emit-c -c beams/mb.beam -o beams/mb.beam|beams/mb.beam"; do
  args=${case%|*} in=${case#*|}
  # shellcheck disable=SC2086  # $args is a list of arguments
  bc CC=./cc-mark --erlc ./erlc-mark $args
  expect "beamc $args: status 2, one line" 2 "beamc: input file '$in' is the same as output file"
  not_run "beamc $args: neither erlc nor the C compiler ran"
done
tap_check "ma.erl is intact" cmp -s ma.erl ma.orig
cp beams/mb.beam mb.o
bc -c mb.o
expect "-c of a .beam named mb.o, whose object is mb.o: status 2" 2 \
  "beamc: input file 'mb.o' is the same as output file"
rm mb.o
bc -c ma.erl mb.erl -o both.o
expect "-o with -c and several inputs: status 2, one line" 2 \
  "beamc: cannot specify -o with -c and several input files"
bc --c-only ma.erl mb.erl -o both.c
expect "-o with --c-only and several inputs: status 2, one line" 2 \
  "beamc: cannot specify -o with --c-only and several input files"

# ---- how outputs are written ------------------------------------------------

# mb as an installed OTP module (in a fake OTP root), so it goes to the cache
q="it's a \"dir\""
mkdir "$q" && mkdir -p otp/lib/mb-1/ebin && cp beams/mb.beam otp/lib/mb-1/ebin/
bc "BEAMC_OTP_ROOT=$scratch/otp" "BEAMC_CACHE=$scratch/cache 'q'" --emit-c ma.erl -o "$q/prog"
expect "quotes and spaces in -o and BEAMC_CACHE: status 0" 0
tap_check "the program, its C and the cached object are there" \
  sh -c '[ -x "$1/prog" ] && [ -s "$1/ma.c" ] && ls "$2"/mb-*.o >/dev/null' - "$q" "$scratch/cache 'q'"
mkdir target
ln -s target/prog prog-link
bc mb.erl -o prog-link
expect "-o a symbolic link: status 0" 0
tap_check "the link is written through" sh -c '[ -L prog-link ] && [ -x target/prog ]'
# a work directory on another file system: the output is copied, whole
shm=/dev/shm
if [ -d "$shm" ] && [ -w "$shm" ] && [ "$(stat -c %d "$shm")" != "$(stat -c %d .)" ]; then
  t2=$(mktemp -d "$shm/beamc-test.XXXXXX")
  TMPDIR=$t2 "$BEAMC" mb.erl -o prog-x >/dev/null 2>err.txt; st=$?
  left2=$(ls -A "$t2"); rm -rf "$t2"
  tap_check "TMPDIR on another file system: status 0, nothing left there" \
    sh -c "[ $st = 0 ] && [ -z '$left2' ]"
  tap_check "the program is whole and executable, no temporary beside it" \
    sh -c './prog-x | grep -q mb_main && [ -z "$(ls prog-x.* 2>/dev/null)" ]'
else
  echo "ok $((tap_n += 1)) - TMPDIR on another file system # SKIP no tmpfs at $shm"
  echo "ok $((tap_n += 1)) - the program is whole # SKIP no tmpfs at $shm"
fi
tap_done
