#!/usr/bin/env python3
"""Convert OpenAI's published .tiktoken vocabulary files to ModelDesk's compact form (resources/tokenizers/).

A .tiktoken file is one line per token: the token's bytes in base64, a space, its rank. The ranks of
o200k_base and cl100k_base run 0, 1, 2, ... without gaps, so the compact form keeps only the bytes:

    "MDBPE1\\n"            magic (7 bytes)
    uint32 little-endian  number of tokens N
    N bytes               length of token 0, 1, ... (every token is 1..255 bytes)
    the bytes of token 0, 1, ... concatenated

tests/tokens/tst_vocabulary.cpp rebuilds the .tiktoken text from this form and checks its SHA-256 against
OpenAI's published hash, so the data is exactly the published file.

Usage: scripts/convert-tiktoken.py FILE.tiktoken OUT.bpe EXPECTED_SHA256
"""
import base64
import hashlib
import struct
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, out, expected = sys.argv[1:]
    data = open(source, "rb").read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != expected:
        sys.exit(f"{source}: SHA-256 {digest}, expected {expected}")
    tokens = []
    for number, line in enumerate(data.splitlines()):
        encoded, rank = line.split()
        if int(rank) != number:
            sys.exit(f"{source}: line {number + 1}: rank {int(rank)}, expected {number}")
        token = base64.b64decode(encoded)
        if not 1 <= len(token) <= 255:
            sys.exit(f"{source}: line {number + 1}: token of {len(token)} bytes")
        tokens.append(token)
    with open(out, "wb") as f:
        f.write(b"MDBPE1\n")
        f.write(struct.pack("<I", len(tokens)))
        f.write(bytes(len(t) for t in tokens))
        f.write(b"".join(tokens))


if __name__ == "__main__":
    main()
