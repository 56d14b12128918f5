#!/bin/sh
# oslayer.sh — the runtime reaches the operating system only through its
# OS layer, runtime/os/ (os/os.h; docs/ARCHITECTURE.md, "The OS layer"),
# so that a port to another system replaces that folder and nothing else.
# Read from the objects of libbeamrt.a with nm, one TAP line per object:
#   - an object outside the layer takes from outside the library only the
#     functions of ALLOWED below (and the C compiler's own helpers);
#   - an object of the layer takes nothing from the rest of the library
#     and exports one prefix; what it takes from the system is printed as
#     a diagnostic, the inventory a port must provide;
#   - the sources outside the layer (runtime/, include/, the generated
#     tables) include no header but the standard C ones of HEADERS.
# An object is the layer's when its source is in runtime/os/: automake
# names runtime/os/X.c's object libbeamrt_a-X.o, build-target.sh os_X.o.
# BEAMRT_LIB names another build of the library (a cross target's, with
# NM naming that target's nm).
. "$SRCDIR/testsuite/tap.sh"
: "${BUILDDIR:=.}"
: "${NM:=nm}"
lib=${BEAMRT_LIB:-$BUILDDIR/runtime/libbeamrt.a}

# The C library functions the runtime may call directly: pure functions
# of memory, strings and numbers (the "C" locale: the runtime never sets
# another), which a bare-metal C library (newlib, picolibc) has too.
ALLOWED='
  memchr memcmp memcpy memmove memset strchr strcmp strlen strncmp strrchr
  snprintf vsnprintf strtod strtol strtoul strtoll strtoull qsort
  acos acosh asin asinh atan atan2 atanh ceil copysign cos cosh erf erfc
  exp exp2 expm1 fabs floor fmod frexp hypot ldexp log log10 log1p log2
  modf nextafter pow round sin sinh sqrt tan tanh trunc
'
# Standard headers that declare nothing of the operating system (stdio.h
# and stdlib.h for snprintf, strtod and qsort only: nm sees the rest;
# stdatomic.h for C11 atomics, which the compiler inlines or takes from
# its own helpers: a call to libatomic would show here as __atomic_*).
HEADERS='
  float.h inttypes.h iso646.h limits.h math.h stdalign.h stdarg.h
  stdatomic.h stdbool.h stddef.h stdint.h stdio.h stdlib.h stdnoreturn.h
  string.h
'

tap_nm "$lib"

# The layer's objects, by both names.
: >"$scratch/os"
for f in "$SRCDIR"/runtime/os/*.c; do
  [ -e "$f" ] || continue
  b=$(basename "$f" .c)
  printf '%s\nos_%s\n' "$b" "$b" >>"$scratch/os"
  for twin in "$b" "os_$b"; do
    if [ -e "$SRCDIR/runtime/$twin.c" ]; then
      tap_not_ok "runtime/os/$b.c has a name of its own" \
        "runtime/$twin.c has one of its objects' names"
    fi
  done
done
in_layer() { grep -qx "$1" "$scratch/os"; }
# How a layer object is named in the results: by its source's path.
layer_name() { case $1 in os_*) echo "os/${1#os_}.o" ;; *) echo "os/$1.o" ;; esac; }

# One line per external symbol: OBJECT D SYMBOL or OBJECT U SYMBOL, the
# object named without automake's target prefix.
awk '
  /:$/ { o = $1; sub(/:$/, "", o); sub(/^.*-/, "", o); sub(/\.o$/, "", o); next }
  NF == 2 { print o, "U", $2; next }
  NF == 3 { print o, "D", $3 }
' "$scratch/nm" >"$scratch/syms"
n_layer=$(awk '{ print $1 }' "$scratch/syms" | sort -u | while read -r o; do
  in_layer "$o" && echo "$o"; done | wc -l)
if [ "$n_layer" -gt 0 ]; then
  tap_ok "libbeamrt.a has the OS layer's objects ($n_layer)"
else
  tap_not_ok "libbeamrt.a has the OS layer's objects" "none of runtime/os/*.c in $lib"
fi

# Whether $1 is allowed: on the list, a fortified (__X_chk) or C23
# (__isoc23_X) name of a function on it, or a helper of the C compiler
# (integer and float arithmetic, ARM's EABI, atomics: AArch64's outline
# atomics and libatomic's, the stack protector, PIC) or of a sanitizer.
allowed() {
  case $1 in
  __aarch64_cas* | __aarch64_swp* | __aarch64_ld* | __atomic_* | __sync_*) return 0 ;;
  __asan_* | __ubsan_* | __tsan_* | __lsan_* | __msan_* | __sanitizer_*) return 0 ;;
  __aeabi_* | __*[dst]i[23] | __*[sdt]f[23] | __fix* | __float*) return 0 ;;
  __aarch64_cas* | __aarch64_swp* | __aarch64_ld*) return 0 ;;
  _GLOBAL_OFFSET_TABLE_ | __stack_chk_fail | __stack_chk_guard | __gmon_start__) return 0 ;;
  __*_chk) set -- "${1#__}" && set -- "${1%_chk}" ;;
  __isoc*_*) set -- "${1#__isoc*_}" ;;
  esac
  for a in $ALLOWED; do [ "$a" = "$1" ] && return 0; done
  return 1
}

for o in $(awk '{ print $1 }' "$scratch/syms" | sort -u); do
  # what o takes from outside itself: FROM SYMBOL, FROM being the object
  # of the library that defines it or "-" (the system)
  awk -v o="$o" '
    $2 == "D" { def[$3] = $1; next }
    $1 == o { use[$3] = 1 }
    END {
      for (s in use) {
        from = "-"
        if (s in def) from = def[s]
        if (from != o) print from, s
      }
    }
  ' "$scratch/syms" | sort >"$scratch/takes"
  if in_layer "$o"; then
    name=$(layer_name "$o")
    up=$(while read -r from sym; do
      [ "$from" = "-" ] || in_layer "$from" || printf ' %s:%s' "$from" "$sym"
    done <"$scratch/takes")
    if [ -z "$up" ]; then
      tap_ok "$name takes nothing from the runtime above the layer"
    else
      tap_not_ok "$name takes nothing from the runtime above the layer" "it uses:$up"
    fi
    prefixes=$(awk -v o="$o" '$1 == o && $2 == "D" {
        p = $3; if (index(p, "_")) p = substr(p, 1, index(p, "_")); print p
      }' "$scratch/syms" | sort -u | tr '\n' ' ')
    case $prefixes in
    *" "?*) tap_not_ok "$name exports one prefix" "it exports: $prefixes" ;;
    *) tap_ok "$name exports one prefix ($prefixes)" ;;
    esac
    echo "# $name uses from the system:$(awk '$1 == "-" { printf " %s", $2 }' "$scratch/takes")"
  else
    bad=$(awk '$1 == "-" { print $2 }' "$scratch/takes" | while read -r sym; do
      allowed "$sym" || printf ' %s' "$sym"
    done)
    if [ -z "$bad" ]; then
      tap_ok "$o.o reaches the system only through the OS layer"
    else
      tap_not_ok "$o.o reaches the system only through the OS layer" \
        "it calls directly:$bad"
    fi
  fi
done

# A runtime built without SMP (configure --disable-smp, RT_SMP_FLAGS
# -DBEAMRT_SMP=0) starts no thread and takes no lock of the system's
# thread library (cstack.c still asks it for the main thread's stack).
case ${RT_SMP_FLAGS-} in
*BEAMRT_SMP=0*)
  thr=$(awk '$2 == "U" && $3 ~ /^pthread_(create|join|mutex|cond)/ { printf " %s:%s", $1, $3 }' "$scratch/syms")
  if [ -z "$thr" ]; then
    tap_ok "without SMP the runtime starts no thread and takes no lock"
  else
    tap_not_ok "without SMP the runtime starts no thread and takes no lock" "it calls:$thr"
  fi ;;
esac

# The headers the sources outside the layer include.
bad=""
for f in "$SRCDIR"/runtime/*.c "$SRCDIR"/runtime/*.h "$SRCDIR"/include/*.h \
  "$BUILDDIR"/runtime/*_gen.c "$BUILDDIR"/runtime/*_gen.h "$BUILDDIR"/runtime/beamrt_bifs.h; do
  [ -e "$f" ] || continue
  for h in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*<\([^>]*\)>.*/\1/p' "$f"); do
    ok=no
    for a in $HEADERS; do [ "$a" = "$h" ] && ok=yes; done
    [ $ok = yes ] || bad="$bad $(basename "$f"):<$h>"
  done
done
if [ -z "$bad" ]; then
  tap_ok "the runtime outside runtime/os/ includes only standard C headers"
else
  tap_not_ok "the runtime outside runtime/os/ includes only standard C headers" "it includes:$bad"
fi
tap_done
