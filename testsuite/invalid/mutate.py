#!/usr/bin/env python3
"""mutate.py GOOD.beam SEED COUNT OUTDIR — writes COUNT mutants of a .beam.

Each mutant differs from GOOD.beam in one byte of its Code chunk's
instructions (not the chunk's header): a random new value, one bit
flipped, or the old value plus or minus one (which turns a register, a
label or a table index into a neighbouring one).  The same SEED gives the
same mutants.  Used by mutants.sh.
"""
import os
import random
import struct
import sys


def code_range(data):
    """(first, end) byte offsets of the Code chunk's instructions."""
    pos = 12
    while pos + 8 <= len(data):
        cid = data[pos:pos + 4]
        size = struct.unpack(">I", data[pos + 4:pos + 8])[0]
        if cid == b"Code":
            hsize = struct.unpack(">I", data[pos + 8:pos + 12])[0]
            return pos + 12 + hsize, pos + 8 + size
        pos += 8 + ((size + 3) & ~3)
    sys.exit("mutate.py: no Code chunk")


def main():
    good, seed, count, outdir = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    with open(good, "rb") as f:
        data = f.read()
    first, end = code_range(data)
    rng = random.Random(seed)
    base = os.path.splitext(os.path.basename(good))[0]
    for k in range(count):
        d = bytearray(data)
        at = rng.randrange(first, end)
        how = rng.randrange(3)
        if how == 0:
            d[at] = rng.randrange(256)
        elif how == 1:
            d[at] ^= 1 << rng.randrange(8)
        else:
            d[at] = (d[at] + rng.choice((-1, 1))) & 0xFF
        with open(os.path.join(outdir, "%s_%03d.beam" % (base, k)), "wb") as f:
            f.write(bytes(d))


if __name__ == "__main__":
    main()
