"""Bytes shown through a viewer's or a transport's notation (session 31, room bytes31): siblings of set 13's
``h13_enc_meta_notation`` (``cat -v``'s ``M-gM-,M-,``).

The family: a terminal tool, a pager, an editor or a stream editor shows each byte it will not print in a printable
notation of its own, and the crawl (a paste into a bug report, a forum, a log) stored what the screen showed: the
law's text as ASCII in which every byte above 127 is a token of the notation, the ASCII of the text left as it was.
The generators write members of the family over the suite's laws (:data:`tests.test_family_bytes30.LAWS`), whole
pages or the body below a plain title, in UTF-8 or the law's GBK/GB18030/Big5:

* development member: ``cat -v`` (set 13's ``h13_enc_meta_notation``);
* tuned siblings: GNU ``cat -A`` (``M-`` notation, ``$`` at each line's end, a tab as ``^I``), ``less`` (a byte
  it will not show as ``<E7>``), Vim (an illegal byte as ``<e7>``), ``cat -v`` of a GBK file;
* held-out siblings (written before the mechanism, never tuned on): ``sed -n l`` (octal escapes ``\\347``, a
  backslash doubled, ``$`` at each line's end, lines folded at 69 characters with a ``\\``) and BSD ``vis``
  (``\\M-g\\M-,``, ``\\^A``, a backslash doubled).

Each member's figure is the share of its pages whose cleaned text holds the law line for line (``python
tests/test_family_bytes31.py``: 3 laws x 4 seeds a member).  Before the mechanism (a35cb6f4) every member gave
0.0 %, the held-out siblings included (recorded before the mechanism was written).
"""

from __future__ import annotations

import random

import pytest

from corpus_tools.clean import clean
from corpus_tools.ingest import IngestError, ingest_bytes
from tests.test_family_bytes30 import LAWS


def _caret(byte: int) -> str:
    """``cat -v``'s notation of one byte: ``M-`` for the high bit, ``^`` and a letter for a control, ``^?`` DEL."""
    prefix = ""
    if byte >= 128:
        prefix, byte = "M-", byte - 128
    if byte < 32:
        return prefix + "^" + chr(byte + 64)
    if byte == 127:
        return prefix + "^?"
    return prefix + chr(byte)


def cat_v(raw: bytes, r: random.Random) -> str:
    return "".join(chr(b) if b in (9, 10) or 32 <= b < 127 else _caret(b) for b in raw)


def cat_a(raw: bytes, r: random.Random) -> str:
    return "".join("$\n" if b == 10 else chr(b) if 32 <= b < 127 else _caret(b) for b in raw)


def less(raw: bytes, r: random.Random) -> str:
    return "".join(chr(b) if b in (9, 10) or 32 <= b < 127 else f"<{b:02X}>" for b in raw)


def vim(raw: bytes, r: random.Random) -> str:
    return "".join(chr(b) if b in (9, 10) or 32 <= b < 127 else f"<{b:02x}>" for b in raw)


def sed_l(raw: bytes, r: random.Random) -> str:
    """GNU ``sed -n l``: each line unambiguously, non-printing bytes as octal escapes, ``\\\\`` for a backslash,
    ``$`` at the end, folded at ``l``'s width (70: 69 characters and a ``\\``)."""
    out = []
    for line in raw.split(b"\n")[:-1] if raw.endswith(b"\n") else raw.split(b"\n"):
        tokens = []
        for b in line:
            if b == 92:
                tokens.append("\\\\")
            elif b in (7, 8, 9, 11, 12, 13):
                tokens.append("\\" + "abtvfr"[(7, 8, 9, 11, 12, 13).index(b)])
            elif 32 <= b < 127:
                tokens.append(chr(b))
            else:
                tokens.append(f"\\{b:03o}")
        row = ""
        for token in tokens:
            if len(row) + len(token) > 69:
                out.append(row + "\\")
                row = ""
            row += token
        out.append(row + "$")
    return "\n".join(out) + "\n"


def vis(raw: bytes, r: random.Random) -> str:
    """BSD ``vis`` (its default notation): ``\\M-`` and the low seven bits, ``\\^`` for a control, ``\\\\``."""
    out = []
    for b in raw:
        if b == 92:
            out.append("\\\\")
        elif b in (9, 10) or 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append("\\" + _caret(b))
    return "".join(out)


HELD_OUT = {"sed -n l": sed_l, "vis": vis}
TUNED = {"cat -v": cat_v, "cat -A": cat_a, "less": less, "vim": vim}
MEMBERS = {**HELD_OUT, **TUNED}


def page(member: str, law: str, seed: int) -> bytes:
    """A page of ``member``: the law's bytes in a codec it can write, the whole page or its body below the title."""
    r = random.Random(f"{member}/{seed}")
    codecs = ("big5", "utf-8") if "條" in law else ("gbk", "utf-8", "gb18030")
    codec = r.choice(codecs)
    whole = r.random() < 0.5
    title, body = law.split("\n", 1)
    encoded = MEMBERS[member]((law if whole else body.lstrip("\n")).encode(codec), r)
    return (encoded if whole else title + "\n\n" + encoded).encode("utf-8")


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


@pytest.mark.parametrize("member", sorted(MEMBERS))
@pytest.mark.parametrize("law", range(len(LAWS)))
def test_each_member_gives_the_law_back(member: str, law: int) -> None:
    for seed in range(2):
        text = clean(ingest_bytes(page(member, LAWS[law], seed), "x.txt").text)
        assert _lines(text) == _lines(clean(LAWS[law])), (member, seed)


if __name__ == "__main__":
    for name in MEMBERS:
        print(f"{name:20} {'held-out' if name in HELD_OUT else 'tuned':8} {100 * recovered(name):5.1f} %")
