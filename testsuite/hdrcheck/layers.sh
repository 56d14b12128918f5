#!/bin/sh
# layers.sh — the house rules of compiler/, read from the objects of
# libbeamc.a with nm: each object exports one prefix (the text up to its
# first '_'); the graph of which object calls or reads which (an undefined
# symbol of one that another defines) has no cycle; and the emitter's
# files call one way, emit.c down to emit_code.c down to emit_ctx.c
# (compiler/emit_ctx.h).  The graph's edges are printed as diagnostics.
. "$SRCDIR/testsuite/tap.sh"
: "${BUILDDIR:=.}"
: "${NM:=nm}"
lib="$BUILDDIR/compiler/libbeamc.a"
tap_nm "$lib"

# One line per external symbol: OBJECT D SYMBOL (defined) or OBJECT U
# SYMBOL (undefined), the object named without automake's target prefix.
# Names in the reserved namespace (a leading '_') are the C compiler's or
# a sanitizer's, not the code's.
awk '
  /:$/ { o = $1; sub(/:$/, "", o); sub(/^.*-/, "", o); sub(/\.o$/, "", o); next }
  NF == 2 && $1 == "U" { if ($2 !~ /^_/) print o, "U", $2; next }
  NF == 3 { if ($3 !~ /^_/) print o, "D", $3 }
' "$scratch/nm" >"$scratch/syms"
# EDGES: CALLER CALLEE SYMBOL, one per symbol one object takes from another.
awk '
  $2 == "D" { def[$3] = $1; next }
  { use[++n] = $1 " " $3 }
  END {
    for (i = 1; i <= n; i++) {
      split(use[i], u, " ")
      if ((u[2] in def) && def[u[2]] != u[1]) print u[1], def[u[2]], u[2]
    }
  }
' "$scratch/syms" | sort >"$scratch/edges"

for o in $(awk '$2 == "D" { print $1 }' "$scratch/syms" | sort -u); do
  prefixes=$(awk -v o="$o" '$1 == o && $2 == "D" {
      p = $3; if (index(p, "_")) p = substr(p, 1, index(p, "_")); print p
    }' "$scratch/syms" | sort -u | tr '\n' ' ')
  case $prefixes in
  *" "?*) tap_not_ok "$o.o exports one prefix" "it exports: $prefixes" ;;
  *) tap_ok "$o.o exports one prefix ($prefixes)" ;;
  esac
done

# tsort reports a loop on stderr and fails when the graph has a cycle.
awk '{ print $1, $2 }' "$scratch/edges" | sort -u >"$scratch/pairs"
if tsort "$scratch/pairs" >/dev/null 2>"$scratch/tsort.err"; then
  tap_ok "the objects of libbeamc.a call each other without a cycle"
else
  tap_not_ok "the objects of libbeamc.a call each other without a cycle" \
    "$(tr '\n' ' ' <"$scratch/tsort.err")"
fi

# The emitter's layers, bottom first; an edge between two of them must go
# down.
rank() {
  case $1 in emit_ctx) echo 1 ;; emit_code) echo 2 ;; emit) echo 3 ;; *) echo 0 ;; esac
}
for o in emit_ctx emit_code emit; do
  if ! awk -v o="$o" '$2 == "D" && $1 == o { f = 1 } END { exit !f }' "$scratch/syms"; then
    tap_not_ok "$o.o is in libbeamc.a"
    continue
  fi
  up=""
  while read -r from to sym; do
    [ "$from" = "$o" ] || continue
    r=$(rank "$to")
    if [ "$r" -gt 0 ] && [ "$r" -ge "$(rank "$o")" ]; then up="$up $to:$sym"; fi
  done <"$scratch/edges"
  if [ -z "$up" ]; then
    tap_ok "$o.o calls no emitter file above it"
  else
    tap_not_ok "$o.o calls no emitter file above it" "it uses:$up"
  fi
done

# The edges between the emitter's files, and from them to the rest.
awk '$1 ~ /^emit/ { e[$1 " -> " $2] = e[$1 " -> " $2] " " $3 }
     END { for (k in e) print "# " k ":" e[k] }' "$scratch/edges" | sort
tap_done
