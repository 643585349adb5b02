"""UTF-16 text shown through a Latin code page and saved as UTF-8 is read back when its bytes prove it
(closing 14, "Left undone": Encoding), and refused with a reason naming the damage when they do not.

The text is a real law's head (tests/real_pages/fix15/SOURCE.md); the damage is made from it as a Latin
reader makes it.  Clean pages must decode exactly as before.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from corpus_tools import latin_utf16
from corpus_tools.ingest import IngestError, decode, ingest_bytes

HERE = Path(__file__).parent / "real_pages" / "fix15"
LAW = (HERE / "shenzhen_cell_gene_head.md").read_text(encoding="utf-8")


def _cp1252_view(data: bytes) -> str:
    """What Windows-1252 shows for bytes (its five undefined bytes as the C1 controls, as Windows does)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)




def _shown(text: str, *, codec: str, bom: bool, view) -> bytes:
    data = text.encode(codec)
    if bom:
        data = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + data
    return view(data).encode("utf-8")


LATIN1 = lambda data: data.decode("latin-1")  # noqa: E731


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("view", [LATIN1, _cp1252_view], ids=["latin-1", "cp1252"])
@pytest.mark.parametrize("bom", [True, False])
def test_the_law_reads_back(codec, view, bom):
    text = ("Article 1 of the Shenzhen regulation\n" if not bom else "") + LAW  # no BOM: the ASCII letters' NULs are the marks
    data = _shown(text, codec=codec, bom=bom, view=view)
    assert "第一条" not in data.decode("utf-8")
    back, used = decode(data, "law.txt")
    assert back == text and used == f"{codec} shown as latin-1"


def test_a_utf8_bom_before_the_shown_one():
    data = codecs.BOM_UTF8 + _shown(LAW, codec="utf-16-le", bom=True, view=_cp1252_view)
    assert decode(data, "law.txt") == (LAW, "utf-16-le shown as latin-1")


def test_the_page_is_read_whole_through_ingest():
    page = ingest_bytes(_shown(LAW, codec="utf-16-le", bom=True, view=LATIN1), "law.md")
    assert page.encoding == "utf-16-le shown as latin-1"
    assert "第一条 为了推动细胞和基因产业健康" in page.text and "ÿþ" not in page.text


def test_cut_bytes_are_refused_with_the_damage_named():
    data = _shown(LAW, codec="utf-16-le", bom=True, view=LATIN1)
    shown = data.decode("utf-8")[:-1]  # one byte of the last code unit lost
    with pytest.raises(IngestError) as caught:
        decode(shown.encode("utf-8"), "law.txt")
    assert caught.value.code == "undecodable"
    assert "UTF-16 text shown through a code page" in caught.value.reason and "law.txt" in str(caught.value)


@pytest.mark.parametrize("text", [
    LAW,  # the clean law
    "ÿþ" + LAW,  # a stray ÿþ before Chinese text: nothing to read back, the page kept as it stands
    "Résumé: naïve café, ÿ and þ in Latin text\n" + LAW,
    LAW.replace("第二条", "第二条\x00"),  # a stray NUL: no run of NUL-separated ASCII
])
def test_clean_and_stray_marks_decode_as_before(text):
    data = text.encode("utf-8")
    if "\x00" in text:
        with pytest.raises(IngestError) as caught:
            decode(data, "law.txt")
        assert caught.value.code == "binary"  # as before this rule
    else:
        assert decode(data, "law.txt") == (text, "utf-8")


def test_the_scan_is_linear_on_hostile_input():
    import time

    hostile = "ÿþ" + "A\x00" * 100_000 + "\x00"
    start = time.process_time()
    assert latin_utf16.read_back(hostile) is None  # odd byte count
    assert latin_utf16.shown_utf16("\x00A" * 100_000 + "第") == "utf-16-be"
    assert time.process_time() - start < 1.0
