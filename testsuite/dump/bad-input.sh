#!/bin/sh
# bad-input.sh — malformed inputs and bad usage each give exit status 2
# and one line on stderr naming the file (or argument) and the problem;
# never a crash or a hang.
. "$SRCDIR/testsuite/tap.sh"
erlc=${ERLC:-erlc}
cp "$SRCDIR/testsuite/dump/lit.erl" "$scratch/"
(cd "$scratch" && "$erlc" lit.erl && "$erlc" -S lit.erl) || { tap_not_ok "compile lit.erl"; tap_done; exit 0; }
good="$scratch/lit.beam"

# expect_error DESCRIPTION PATTERN FILE-OR-ARGS...: status 2, one stderr
# line matching PATTERN, finishing within 20 seconds.
expect_error() {
  desc=$1; pat=$2; shift 2
  timeout 20 "$BEAMC" "$@" >/dev/null 2>"$scratch/err"
  st=$?
  lines=$(wc -l <"$scratch/err")
  if [ "$st" -eq 2 ] && [ "$lines" -eq 1 ] && grep -Eq -- "$pat" "$scratch/err"; then
    tap_ok "$desc"
  else
    tap_not_ok "$desc" "status $st, $lines stderr lines:" "$(head -n 3 "$scratch/err")"
  fi
}

corrupt() { python3 "$SRCDIR/testsuite/dump/corrupt.py" "$good" "$1" "$scratch/$1.beam"; }

dumps_quietly() { "$BEAMC" --dump "$1" >/dev/null; }
tap_check "the good module dumps" dumps_quietly "$good"
for m in truncated empty bad-magic chunk-past-end corrupt-litt litt-size-lies atom-index \
         literal-index unknown-opcode newer-opcode code-truncated; do
  corrupt "$m"
done
f="$scratch"
expect_error "truncated file" "^beamc: $f/truncated.beam: .*truncated" --dump "$f/truncated.beam"
expect_error "empty file" "^beamc: $f/empty.beam: .*truncated file: 0 bytes" --dump "$f/empty.beam"
expect_error "wrong magic" "^beamc: $f/bad-magic.beam: at byte 0: not a BEAM file" --dump "$f/bad-magic.beam"
expect_error "chunk length past the end" "^beamc: $f/chunk-past-end.beam: at byte 16: chunk .* runs past the end" \
  --dump "$f/chunk-past-end.beam"
expect_error "corrupt LitT" "^beamc: $f/corrupt-litt.beam: at byte [0-9]+: corrupt LitT" --dump "$f/corrupt-litt.beam"
expect_error "LitT size that lies" "^beamc: $f/litt-size-lies.beam: at byte [0-9]+: corrupt LitT" \
  --dump "$f/litt-size-lies.beam"
expect_error "atom index out of range" "^beamc: $f/atom-index.beam: at byte [0-9]+: atom index 99999 out of range" \
  --dump "$f/atom-index.beam"
expect_error "literal index out of range" "^beamc: $f/literal-index.beam: at byte [0-9]+: literal index [0-9]+ out of range" \
  --dump "$f/literal-index.beam"
expect_error "unknown opcode" "^beamc: $f/unknown-opcode.beam: at byte [0-9]+: unknown opcode 200 in module lit" \
  --dump "$f/unknown-opcode.beam"
expect_error "opcode of a newer release" \
  "^beamc: $f/newer-opcode.beam: at byte [0-9]+: opcode 182 \(bs_match/3\) in module lit was introduced in OTP 26" \
  --dump "$f/newer-opcode.beam"
expect_error "code ends early" "^beamc: $f/code-truncated.beam: at byte [0-9]+: (code ends|operand)" \
  --dump "$f/code-truncated.beam"

# .S input that is not valid.
printf '{module, lit}.\n{exports, [{f,1}]}.\n{attributes, []}.\n{labels, 3}.\n{function, f, 1, 2\n' >"$scratch/unterminated.S"
expect_error ".S with an unterminated form" "^beamc: $f/unterminated.S: line [0-9]+: " --dump "$scratch/unterminated.S"
sed 's/{move,/{mvoe,/' "$scratch/lit.S" >"$scratch/badop.S"
expect_error ".S with an unknown instruction" "^beamc: $f/badop.S: line [0-9]+: unknown instruction mvoe/2" --dump "$scratch/badop.S"
sed 's/{call_ext,1,/{bs_match,1,/' "$scratch/lit.S" >"$scratch/newop.S"
expect_error ".S with an instruction of OTP 26" "^beamc: $f/newop.S: line [0-9]+: instruction bs_match/3 was introduced in OTP 26" \
  --dump "$scratch/newop.S"

# Bad usage and unreadable inputs.
expect_error "unknown flag" "^beamc: unknown option --frobnicate" --dump --frobnicate "$good"
expect_error "no input files" "^beamc: no input files" --dump
expect_error "missing file" "^beamc: $f/nope.beam: No such file" --dump "$f/nope.beam"
expect_error "--erlc without a path" "^beamc: --erlc needs a path" --dump --erlc
printf 'not erlang\n' >"$scratch/bad.erl"
timeout 60 "$BEAMC" --dump "$scratch/bad.erl" >/dev/null 2>"$scratch/err"
st=$?
if [ "$st" -eq 2 ] && grep -q "beamc: $f/bad.erl: erlc failed" "$scratch/err"; then tap_ok ".erl that erlc rejects"
else tap_not_ok ".erl that erlc rejects" "status $st" "$(tail -n 2 "$scratch/err")"; fi

# A gzip-compressed .beam is read like the plain one.
gzip -c "$good" >"$scratch/gz.beam"
"$BEAMC" --dump "$good" >"$scratch/plain.dump" 2>&1
"$BEAMC" --dump "$scratch/gz.beam" >"$scratch/gz.dump" 2>&1
tap_check "gzip-compressed .beam dumps like the plain one" cmp -s "$scratch/plain.dump" "$scratch/gz.dump"
tap_done
