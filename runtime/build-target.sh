#!/bin/sh
# build-target.sh TRIPLE LIB -- CFLAG... -- SOURCE... — builds the runtime
# for a cross target: compiles each SOURCE (a .c file) with TRIPLE-gcc and
# the CFLAGs into LIB's directory (obj/, the sources' paths flattened) and
# archives the objects into LIB with TRIPLE-ar.  An object newer than its
# source and than every header under the include and runtime directories
# named by the -I/-iquote flags is kept.  Make calls it for
# targets/TRIPLE/libbeamrt.a (runtime/local.am); V=1 shows the commands.
set -eu
triple=$1 lib=$2
shift 2
[ "$1" = -- ] && shift
flags=
while [ $# -gt 0 ] && [ "$1" != -- ]; do flags="$flags $1"; shift; done
[ $# -gt 0 ] && shift
objdir=$(dirname "$lib")/obj
mkdir -p "$objdir"
# the newest header the flags' directories hold
newest=$(for f in $flags; do
  case $f in -I*) d=${f#-I} ;; -iquote) continue ;; /*) d=$f ;; *) continue ;; esac
  [ -d "$d" ] && find "$d" -name '*.h' 2>/dev/null
done | xargs ls -t 2>/dev/null | head -n 1)
objs=
for src in "$@"; do
  obj=$objdir/$(echo "$src" | sed 's|.*/runtime/||; s|/|_|g; s|\.c$|.o|')
  objs="$objs $obj"
  if [ -f "$obj" ] && [ "$obj" -nt "$src" ] && { [ -z "$newest" ] || [ "$obj" -nt "$newest" ]; }; then
    continue
  fi
  [ "${V:-0}" = 1 ] && echo "$triple-gcc$flags -c $src -o $obj"
  [ "${V:-0}" = 1 ] || echo "  CC($triple) $obj"
  # shellcheck disable=SC2086  # flags are words
  "$triple-gcc" $flags -c "$src" -o "$obj"
done
rm -f "$lib.tmp"
# shellcheck disable=SC2086
"$triple-ar" crs "$lib.tmp" $objs
mv "$lib.tmp" "$lib"
