#!/usr/bin/env python3
"""corrupt.py GOOD.beam MUTATION OUT — writes a damaged copy of a .beam.

Used by bad-input.sh: each mutation breaks one thing the reader checks.
"""
import struct
import sys
import zlib


def chunks(data):
    """Yields (id, offset of the chunk header, size) for each chunk."""
    pos = 12
    while pos + 8 <= len(data):
        cid = data[pos:pos + 4]
        size = struct.unpack(">I", data[pos + 4:pos + 8])[0]
        yield cid, pos, size
        pos += 8 + ((size + 3) & ~3)


def find(data, cid):
    for c, pos, size in chunks(data):
        if c == cid:
            return pos, size
    sys.exit("corrupt.py: no %s chunk" % cid.decode())


def replace_chunk(data, cid, payload):
    pos, size = find(data, cid)
    padded = (size + 3) & ~3
    new = cid + struct.pack(">I", len(payload)) + payload + b"\0" * (-len(payload) % 4)
    out = data[:pos] + new + data[pos + 8 + padded:]
    return out[:4] + struct.pack(">I", len(out) - 8) + out[8:]


def mutate(data, how):
    d = bytearray(data)
    if how == "truncated":
        return data[: len(data) // 2]
    if how == "empty":
        return b""
    if how == "bad-magic":
        d[0:4] = b"FORX"
        return bytes(d)
    if how == "chunk-past-end":
        d[16:20] = struct.pack(">I", 0x7FFFFFF0)
        return bytes(d)
    if how == "corrupt-litt":
        pos, size = find(data, b"LitT")
        for i in range(pos + 20, min(pos + 8 + size, pos + 40)):
            d[i] ^= 0x5A
        return bytes(d)
    if how == "litt-size-lies":
        pos, _ = find(data, b"LitT")
        d[pos + 8:pos + 12] = struct.pack(">I", 3)
        return bytes(d)
    if how == "atom-index":
        pos, _ = find(data, b"ImpT")
        d[pos + 12:pos + 16] = struct.pack(">I", 99999)
        return bytes(d)
    if how == "literal-index":
        # Keep the code, but claim the literal table is empty.
        pos, size = find(data, b"LitT")
        table = zlib.compress(struct.pack(">I", 0))
        return replace_chunk(data, b"LitT", struct.pack(">I", 4) + table)
    if how in ("unknown-opcode", "newer-opcode"):
        pos, _ = find(data, b"Code")
        hsize = struct.unpack(">I", data[pos + 8:pos + 12])[0]
        d[pos + 12 + hsize] = 200 if how == "unknown-opcode" else 182
        return bytes(d)
    if how == "code-truncated":
        pos, size = find(data, b"Code")
        hsize = struct.unpack(">I", data[pos + 8:pos + 12])[0]
        return replace_chunk(data, b"Code", data[pos + 8:pos + 8 + 4 + hsize + 7])
    sys.exit("corrupt.py: unknown mutation " + how)


if __name__ == "__main__":
    good, how, out = sys.argv[1:4]
    with open(good, "rb") as f:
        data = f.read()
    with open(out, "wb") as f:
        f.write(mutate(data, how))
