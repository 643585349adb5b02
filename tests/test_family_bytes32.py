"""A text's bytes in another code unit and another alphabet (session 32, room bytes32): siblings of set 14's
``h14_enc_z85`` (the law's UTF-8 bytes in ZeroMQ's Z85) and ``h14_enc_base64_utf16`` (its UTF-16LE bytes, with or
without a byte-order mark, in base64).

The family is a product of two independent axes, and every member is a point on both: (a) the alphabet and packing
that turned bytes into printable text, and (b) the text encoding that turned the law into bytes.  The generators
here write points of the product over the suite's laws (:data:`tests.test_family_bytes30.LAWS`), the whole page or
the body below a plain title:

* development members: Z85 of UTF-8, base64 of UTF-16LE with or without a BOM (set 14);
* tuned siblings: URL-safe base64 of UTF-16BE on one line (a JSON or URL field), SQL Server's ``0x…`` hexadecimal
  of an ``NVARCHAR`` (UTF-16LE, upper case), unframed Ascii85 of UTF-8 (Python's ``a85encode``, ``btoa`` without
  its frame), base64 of Java's ``DataOutputStream.writeUTF`` (a two-byte length, then the text's UTF-8), ``xxd``
  of a UTF-16LE file with its BOM, base64 of UTF-32LE, IMAP's modified base64 (``,`` for ``/``) of UTF-16BE;
* held-out siblings (written before the mechanism, never tuned on): RFC 1924's Base85 (Git's binary patches,
  Mercurial, Python's ``b85encode``) of GB18030, and base32hex (RFC 4648's extended-hex alphabet ``0-9A-V``) of
  UTF-16BE with a BOM.

Each member's figure is the share of its pages whose cleaned text holds the law line for line (``python
tests/test_family_bytes32.py``: 3 laws x 4 seeds a member).
"""

from __future__ import annotations

import base64
import random

import pytest

from corpus_tools.clean import clean
from corpus_tools.ingest import IngestError, ingest_bytes
from tests.test_family_bytes30 import LAWS

Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"


def _wrap(text: str, r: random.Random, widths: tuple[int, ...] = (64, 76, 80)) -> str:
    width = r.choice(widths)
    return "\n".join(text[k : k + width] for k in range(0, len(text), width)) + "\n"


def z85(raw: bytes) -> str:
    """ZeroMQ's Z85 (its bytes padded to a multiple of four with blanks, as set 14's member)."""
    raw += b" " * (-len(raw) % 4)
    return base64.b85encode(raw).decode("ascii").translate(str.maketrans(B85, Z85))


# --------------------------------------------------------------------------- held-out siblings (never tuned on)

def b85_gb18030(law: str, r: random.Random) -> str:
    """RFC 1924's Base85 (Git's binary patches, Mercurial's bundles, Python's ``b85encode``) of GB18030 bytes."""
    return _wrap(base64.b85encode(law.encode("gb18030")).decode("ascii"), r)


def base32hex_utf16be(law: str, r: random.Random) -> str:
    """base32hex (RFC 4648 section 7, DNSSEC's NSEC3 and some databases) of UTF-16BE bytes with their BOM."""
    return _wrap(base64.b32hexencode(b"\xfe\xff" + law.encode("utf-16-be")).decode("ascii"), r, (56, 64, 72))


# --------------------------------------------------------------------------- development members and tuned siblings

def z85_utf8(law: str, r: random.Random) -> str:
    return _wrap(z85(law.encode("utf-8")), r, (80, 100))


def base64_utf16le(law: str, r: random.Random) -> str:
    raw = (b"\xff\xfe" if r.random() < 0.5 else b"") + law.encode("utf-16-le")
    enc = base64.b64encode(raw).decode("ascii")
    return _wrap(enc, r, (76,)) if r.random() < 0.7 else enc + "\n"


def urlsafe_utf16be_one_line(law: str, r: random.Random) -> str:
    """URL-safe base64 (``-_``, padding dropped) of UTF-16BE on one line: a JSON field, a URL parameter."""
    return base64.urlsafe_b64encode(law.encode("utf-16-be")).decode("ascii").rstrip("=") + "\n"


def sql_server_nvarchar(law: str, r: random.Random) -> str:
    """SQL Server's ``CONVERT(VARBINARY(MAX), N'…')`` shown by a query tool: ``0x`` and upper-case hexadecimal of
    the UTF-16LE bytes, one line or wrapped."""
    enc = "0x" + law.encode("utf-16-le").hex().upper()
    return enc + "\n" if r.random() < 0.5 else _wrap(enc, r, (64, 128))


def ascii85_unframed(law: str, r: random.Random) -> str:
    """Ascii85 without Adobe's ``<~ ~>`` (Python's ``a85encode``, ``btoa``'s body) of UTF-8 bytes."""
    return base64.a85encode(law.encode("utf-8"), wrapcol=r.choice((72, 76))).decode("ascii") + "\n"


def java_write_utf(law: str, r: random.Random) -> str:
    """base64 of Java's ``DataOutputStream.writeUTF``: a big-endian two-byte length, then (modified) UTF-8."""
    raw = law.encode("utf-8")
    return _wrap(base64.b64encode(len(raw).to_bytes(2, "big") + raw).decode("ascii"), r, (76,))


def xxd_utf16le(law: str, r: random.Random) -> str:
    """``xxd`` of a Notepad "Unicode" file: UTF-16LE with its BOM."""
    raw = b"\xff\xfe" + law.encode("utf-16-le")
    rows = []
    for k in range(0, len(raw), 16):
        chunk = raw[k : k + 16]
        cells = " ".join(chunk[j : j + 2].hex() for j in range(0, len(chunk), 2))
        rows.append(f"{k:08x}: {cells:<39}  " + "".join(chr(b) if 32 <= b < 127 else "." for b in chunk))
    return "\n".join(rows) + "\n"


def base64_utf32le(law: str, r: random.Random) -> str:
    return _wrap(base64.b64encode(law.encode("utf-32-le")).decode("ascii"), r, (76,))


def imap_base64_utf16be(law: str, r: random.Random) -> str:
    """IMAP's modified base64 (RFC 3501's mailbox names: ``,`` for ``/``, no padding) of UTF-16BE."""
    return _wrap(base64.b64encode(law.encode("utf-16-be")).decode("ascii").rstrip("=").replace("/", ","), r, (76,))


HELD_OUT = {"base85 (RFC 1924) / GB18030": b85_gb18030, "base32hex / UTF-16BE+BOM": base32hex_utf16be}
DEVELOPMENT = {"Z85 / UTF-8": z85_utf8, "base64 / UTF-16LE": base64_utf16le}
TUNED = {"URL-safe base64 / UTF-16BE, one line": urlsafe_utf16be_one_line,
         "SQL Server 0x / UTF-16LE": sql_server_nvarchar, "Ascii85 unframed / UTF-8": ascii85_unframed,
         "base64 / Java writeUTF": java_write_utf, "xxd / UTF-16LE+BOM": xxd_utf16le,
         "base64 / UTF-32LE": base64_utf32le, "IMAP base64 / UTF-16BE": imap_base64_utf16be}
MEMBERS = {**HELD_OUT, **DEVELOPMENT, **TUNED}


def page(member: str, law: str, seed: int) -> bytes:
    """A page of ``member``: the whole law, or its body below the plain title."""
    r = random.Random(f"{member}/{seed}")
    if r.random() < 0.5:
        return MEMBERS[member](law, r).encode("ascii")
    title, body = law.split("\n", 1)
    return (title + "\n\n" + MEMBERS[member](body.lstrip("\n"), r)).encode("utf-8")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def recovered(member: str, seeds: int = 4) -> float:
    """The share of ``member``'s pages whose cleaned text holds the law, line for line."""
    good = total = 0
    for law in LAWS:
        for seed in range(seeds):
            total += 1
            try:
                text = clean(ingest_bytes(page(member, law, seed), "x.txt").text)
            except IngestError:
                continue
            good += _lines(text) == _lines(clean(law))
    return good / total


if __name__ == "__main__":
    import sys

    names = sys.argv[1:] or list(MEMBERS)
    for name in names:
        kind = "held-out" if name in HELD_OUT else "development" if name in DEVELOPMENT else "tuned"
        print(f"{name:40} {kind:11} {100 * recovered(name):5.1f} %")
