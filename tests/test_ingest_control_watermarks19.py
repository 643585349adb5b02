"""F19-C1: a readable page with C0 control-byte watermarks is a page, not a binary file.

Real damage (field test 19, ChineseWebText CCNet records written out as .txt, see
tests/real_pages/field19_controls/SOURCE.md): 367 characters with 102 watermark bytes were
refused as "binary file" while the same record inside JSONL was read and cleaned.  Real
binaries stay refused, UTF-16 is still read as UTF-16.
"""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.ingest import IngestError, ingest_bytes

REAL = Path(__file__).parent / "real_pages" / "field19_controls"
_CONTROLS = [c for c in range(1, 32) if c not in (9, 10, 12, 13, 27)]


def _controls_in(text: str) -> int:
    return sum(1 for c in text if ord(c) in _CONTROLS)


@pytest.mark.parametrize("name,controls", [("rubiconhealthrisk_289.txt", 102), ("vimaxuruguay_1903107.txt", 152)])
def test_real_watermarked_pages_are_read_and_their_controls_removed_with_edits(name, controls):
    data = (REAL / name).read_bytes()
    page = ingest_bytes(data, name)
    assert page.text == data.decode("utf-8")  # read as it is: the cleaners, not ingest, remove the bytes
    assert _controls_in(page.text) == controls
    result = clean_and_explain(page.text, source_format=page.format)
    assert _controls_in(result.text) == 0
    assert any(edit.rule == "invisible_chars" for edit in result.edits)
    assert "冻煮生开杂色蛤肉" in result.text or "示波器" in result.text


# Blind variants (written in /work/notes/fieldfix19/blind.md before the code): my own 规范性文件 text.
NORM = ("关于进一步加强行政规范性文件管理的通知\n各区人民政府，市政府各委、办、局：\n"
        "为进一步加强行政规范性文件制定和监督管理工作，维护法制统一，保障公民、法人和其他组织的合法权益，"
        "根据有关法律法规规定，结合本市实际，现就有关事项通知如下。\n一、严格落实合法性审核制度。"
        "规范性文件未经合法性审核或者经审核不合法的，不得提交集体审议。\n二、本通知自印发之日起施行。\n")


def _watermark(text: str, seed: int, every: tuple[int, int], run: tuple[int, int], pool: list[int]) -> str:
    rng = random.Random(seed)
    out, i = [], 0
    while i < len(text):
        step = rng.randint(*every)
        out.append(text[i : i + step])
        out.append("".join(chr(rng.choice(pool)) for _ in range(rng.randint(*run))))
        i += step
    return "".join(out)


BLIND = [
    ("B1 utf-8, one control every 6-12 characters", _watermark(NORM, 1, (6, 12), (1, 1), _CONTROLS), "utf-8"),
    ("B2 gb18030, same controls", _watermark(NORM, 2, (6, 12), (1, 1), _CONTROLS), "gb18030"),
    ("B3 runs of 3-6 separators between sentences", _watermark(NORM, 3, (10, 20), (3, 6), [0x1C, 0x1D, 0x1E, 0x1F]), "utf-8"),
]


@pytest.mark.parametrize("label,text,codec", BLIND, ids=[b[0] for b in BLIND])
def test_blind_watermarked_pages_are_read(label, text, codec):
    page = ingest_bytes(text.encode(codec), "norm.txt")
    assert page.text == text
    assert clean_and_explain(page.text, source_format=page.format).text.count("规范性文件") == NORM.count("规范性文件")


NOT_TEXT = [
    ("random bytes without NUL", bytes(b for b in random.Random(18).randbytes(20_000) if b)),
    ("png header then bytes", b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 8),
    ("ascii pdf with many controls", b"%PDF-1.4\n" + b"1 0 obj\x01\x02\x03\x04<< /Type /Page >>\x05\x06\x07endobj\n" * 80),
    ("chinese text drowned in controls (60 %)", _watermark(NORM, 4, (1, 2), (2, 3), _CONTROLS).encode()),
    ("zip-like header without NUL", b"PK\x03\x04\x14\x01\x02\x08" + bytes(range(1, 256)) * 4),
]


@pytest.mark.parametrize("label,data", NOT_TEXT, ids=[n[0] for n in NOT_TEXT])
def test_binaries_stay_refused_with_a_clear_error(label, data):
    with pytest.raises(IngestError) as caught:
        ingest_bytes(data, "dir/x.txt")
    assert str(caught.value).startswith("dir/x.txt: ")
    assert caught.value.code in {"binary", "undecodable", "pdf", "zip"}  # pdf/zip: sniffed as such, refused


def test_utf16_is_still_read_as_utf16():
    for data in (codecs.BOM_UTF16_LE + NORM.encode("utf-16-le"), NORM.encode("utf-16")):
        page = ingest_bytes(data, "u16.txt")
        assert page.text == NORM and page.encoding.startswith("utf-16")


def test_a_hostile_200k_watermarked_page_is_judged_quickly():
    import time

    data = _watermark(NORM * 400, 5, (1, 3), (1, 2), _CONTROLS).encode()
    start = time.process_time()
    try:
        ingest_bytes(data, "big.txt")
    except IngestError:
        pass
    assert time.process_time() - start < 5
