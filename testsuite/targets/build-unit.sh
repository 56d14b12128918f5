#!/bin/sh
# build-unit.sh TRIPLE OUTDIR LIB -- CFLAG... -- TEST.c[:LDFLAG,...]... —
# cross-builds the runtime's unit tests for TRIPLE: each TEST.c with
# TRIPLE-gcc and the CFLAGs (and the link flag after its colon), linked statically (so qemu-user needs no
# libraries of the target) with LIB (the target's libbeamrt.a) and the
# target's check library (Debian's multiarch check:ARCH, found with
# pkg-config in /usr/lib/TRIPLE) and zlib (zlib1g-dev:ARCH), into
# OUTDIR/TEST; then touches
# OUTDIR/built.  check.h comes from the host's /usr/include through a
# directory that holds only it, so no other host header can leak in.
set -eu
triple=$1 out=$2 lib=$3
shift 3
[ "$1" = -- ] && shift
flags=
while [ $# -gt 0 ] && [ "$1" != -- ]; do flags="$flags $1"; shift; done
[ $# -gt 0 ] && shift
pc=/usr/lib/$triple/pkgconfig
if ! PKG_CONFIG_LIBDIR=$pc pkg-config --exists check; then
  echo "build-unit.sh: no check library for $triple (Debian package check:ARCH)" >&2
  exit 1
fi
checklibs=$(PKG_CONFIG_LIBDIR=$pc pkg-config --libs --static check)
mkdir -p "$out/include"
for h in check.h check_stdint.h; do ln -sf "/usr/include/$h" "$out/include/$h"; done
for spec in "$@"; do
  src=${spec%%:*} extra=
  case $spec in *:*) extra=${spec#*:} ;; esac
  exe=$out/$(basename "$src" .c)
  [ "${V:-0}" = 1 ] || echo "  CCLD($triple) $exe"
  # shellcheck disable=SC2086  # flag lists are words
  "$triple-gcc" $flags -I"$out/include" -static "$src" -o "$exe" $extra "$lib" $checklibs -lz -lm -lpthread
done
touch "$out/built"
