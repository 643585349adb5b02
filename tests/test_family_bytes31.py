"""Bytes shown through a viewer's or a transport's notation (session 31, room bytes31): siblings of set 13's
``h13_enc_meta_notation`` (``cat -v``'s ``M-gM-,M-,``).

The family: a terminal tool, a pager, an editor or a stream editor shows each byte it will not print in a printable
notation of its own, and the crawl (a paste into a bug report, a forum, a log) stored what the screen showed: the
law's text as ASCII in which every byte above 127 is a token of the notation, the ASCII of the text left as it was.
The generators write members of the family over the suite's laws (:data:`tests.test_family_bytes30.LAWS`), whole
pages or the body below a plain title, in UTF-8 or the law's GBK/GB18030/Big5:

* development member: ``cat -v`` (set 13's ``h13_enc_meta_notation``);
* tuned siblings: GNU ``cat -A`` (``M-`` notation, ``$`` at each line's end, a tab as ``^I``), ``less`` (a byte
  it will not show as ``<E7>``), Vim (an illegal byte as ``<e7>``), ``cat -v`` of a GBK file, ``od -c`` and
  ``hexdump -c`` (a cell four wide a byte, octal for a byte it will not print; 0.0 % before ``_char_dump``);
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


def od_c(raw: bytes, r: random.Random) -> str:
    """GNU ``od -c`` (``hexdump -c`` with hexadecimal offsets): sixteen bytes a line, each a cell four wide."""
    radix = r.choice(("o", "x"))
    rows = []
    for k in range(0, len(raw), 16):
        cells = []
        for b in raw[k : k + 16]:
            escape = {0: "\\0", 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r"}.get(b)
            cells.append(f"{escape:>4}" if escape else f"{chr(b):>4}" if 32 <= b < 127 else f" {b:03o}")
        rows.append(format(k, "07" + radix) + "".join(cells))
    rows.append(format(len(raw), "07" + radix))
    return "\n".join(row.rstrip() if r.random() < 0.5 else row for row in rows) + "\n"


def html_byte_references(raw: bytes, r: random.Random) -> str:
    """A CMS's or a script's ``htmlentities`` over bytes it took for Latin-1: each byte above ASCII a numeric
    reference (``&#231;&#172;&#172;``, or in hexadecimal), the page stored as text."""
    if r.random() < 0.5:
        return "".join(chr(b) if b < 128 else f"&#{b};" for b in raw)
    return "".join(chr(b) if b < 128 else f"&#x{b:X};" for b in raw)


def percent_bytes(raw: bytes, r: random.Random) -> str:
    """A body percent-encoded byte by byte (a form post, a logged query string), its line breaks kept."""
    return "".join(chr(b) if b < 128 and b != 37 else f"%{b:02X}" for b in raw)


HELD_OUT = {"sed -n l": sed_l, "vis": vis}
TUNED = {"cat -v": cat_v, "cat -A": cat_a, "less": less, "vim": vim, "od -c": od_c,
         "HTML byte references": html_byte_references, "percent bytes": percent_bytes}
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


@pytest.mark.parametrize("member", sorted(TUNED))
@pytest.mark.parametrize("law", range(len(LAWS)))
def test_each_member_gives_the_law_back(member: str, law: int) -> None:
    for seed in range(2):
        text = clean(ingest_bytes(page(member, LAWS[law], seed), "x.txt").text)
        assert _lines(text) == _lines(clean(LAWS[law])), (member, seed)


def test_a_notation_below_a_plain_title_and_its_record() -> None:
    title, body = LAWS[0].split("\n", 1)
    page = ingest_bytes((title + "\n\n" + cat_v(body.lstrip("\n").encode("utf-8"), random.Random(0))).encode(), "x.txt")
    assert _lines(page.text) == _lines(LAWS[0])
    (record,) = page.metadata["shown_bytes"]
    assert (record["representation"], record["line"], record["codec"]) == ("meta notation (cat -v)", 3, "utf-8")


def test_a_dos_file_shown_by_cat_v_and_a_caret_of_the_text() -> None:
    """``cat -v`` of a file with CRLF line ends shows ``^M`` at each line's end; a ``^`` of the text stays a ``^``
    (``^M-8`` is the text's ``^`` before the byte 0xB8, read so when the other reading does not decode)."""
    law = LAWS[1].replace("第四条", "第四条 ^")
    shown = cat_v(law.replace("\n", "\r\n").encode("gbk"), random.Random(0))
    assert "^M\n" in shown
    page = ingest_bytes(shown.encode(), "x.txt")
    assert page.text.rstrip("\n") == law.rstrip("\n")


def test_a_line_the_codec_does_not_read_stays_and_the_others_are_read() -> None:
    """Robustness: a line of the notation that is no text in the page's codec keeps what was shown."""
    shown = cat_v(LAWS[0].encode("utf-8"), random.Random(0)).split("\n")
    shown.insert(3, "M-gM-,")  # (half a character)
    page = ingest_bytes("\n".join(shown).encode(), "x.txt")
    assert "M-gM-," in page.text.split("\n")
    assert [line for line in _lines(page.text) if line != "M-gM-,"] == _lines(LAWS[0])


CLEAN_WITH_NOTATION_MARKS = (
    "某市数据安全管理条例\n\n第一条 终端中按 M-x 或 ^C 键，M-16 型号，见 <E7>、<br> 与 \\347 说明。\n\n"
    "第二条 附录：\nPress M-x, then ^C; use <AB> and <CD>.\nprintf(\"\\347\\254\\254\");$\n"
    "static const char s[] = \"\\xe7\\xac\";\nC:\\Program Files\\udcb1\\\n"
    "https://www.example.gov.cn/search?q=%E7%AC%AC%E4%B8%80%E6%9D%A1&page=2\nCopyright &#169; 2021 &#xE7; Example\n\n第三条 本条例自2021年1月1日起施行。\n"
)


def test_clean_pages_with_a_notation_s_marks_stay_byte_identical() -> None:
    from corpus_tools.shown_bytes import shown_notations

    assert shown_notations(CLEAN_WITH_NOTATION_MARKS) == (CLEAN_WITH_NOTATION_MARKS, [], [])
    page = ingest_bytes(CLEAN_WITH_NOTATION_MARKS.encode(), "x.txt")
    assert page.text == CLEAN_WITH_NOTATION_MARKS
    assert "shown_bytes" not in page.metadata and "shown_bytes_kept" not in page.metadata


def test_bytes_of_no_chinese_text_in_a_notation_stay_with_a_finding() -> None:
    from corpus_tools.shown_bytes import shown_notations

    r = random.Random(3)
    noise = cat_v(bytes(r.randrange(128, 256) for _ in range(200)), r).replace("\n", "")
    text = "某市数据条例\n\n第一条 附件如下。\n" + noise[:300] + "\n" + noise[300:600] + "\n"
    out, read, kept = shown_notations(text)
    assert (out, read) == (text, [])
    assert [(finding["representation"], finding["line"]) for finding in kept] == [("meta notation (cat -v)", 4)]


@pytest.mark.parametrize("unit", [
    "M-" * 40 + "\n", "^M-" * 30 + "\n", "M-^" * 30 + "$\n", "<E7" * 30 + "\n", "\\" * 31 + "$\n",
    "\\udc" * 20 + "\n", "M-gM-,M-," * 10 + "\\\n", "x" * 50 + "M-g\n",
    "0000000" + "   a" * 30 + " 3\n", "0000000" + " 347" * 16 + "\n", "0000000" + " " * 300 + "x\n",
])
def test_scan_is_linear(unit: str) -> None:
    from corpus_tools.shown_bytes import shown_bytes, shown_notations
    from tests.timing import small_and_large

    small, large = small_and_large(shown_notations, unit)
    assert large < max(30 * small, 0.5), (unit, small, large)
    small, large = small_and_large(shown_bytes, unit)
    assert large < max(30 * small, 0.5), (unit, small, large)


if __name__ == "__main__":
    for name in MEMBERS:
        print(f"{name:20} {'held-out' if name in HELD_OUT else 'tuned':8} {100 * recovered(name):5.1f} %")
