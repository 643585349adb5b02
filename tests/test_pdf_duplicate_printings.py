"""A PDF whose text layer gives a block of text twice, printed on two pages (tests/real_pages/hkgazette/SOURCE.md;
field test field7 F7-S10): the second printing goes at ingest, recorded; text printed once is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from corpus_tools import formats
from corpus_tools.formats import PdfLine, duplicate_printings, read_pdf

REAL = Path(__file__).parent / "real_pages"
GAZETTE = REAL / "hkgazette" / "cs220202444136.pdf"
ARTICLE = regex.compile(r"^第([一二三四五六七八九十]+)條　", regex.M)


def test_the_law_printed_on_both_sides_of_the_gazette_is_read_once():
    text, metadata = read_pdf(GAZETTE.read_bytes())
    labels = ARTICLE.findall(text)
    assert len(labels) == 66 and len(set(labels)) == 66
    assert text.count("目錄") == 1
    assert text.count("第六十六條　本法自公佈之日起施行。") == 1
    record = metadata["duplicate_printings"]
    assert record["count"] == 16
    assert [p["page"] for p in record["first"]] == list(range(2, 10))
    assert record["first"][0]["first"] == "附表"


def test_the_bilingual_notice_and_the_two_signatures_stay():
    """Page 1 gives the notice in Chinese and in English, the last page signs it twice (English, Chinese): not one
    of them is a second printing of the other."""
    text, _ = read_pdf(GAZETTE.read_bytes())
    assert "因此本人，香港特別行政區行政長官林鄭月娥，現公布" in text.replace("\n", "")
    assert "NOW, THEREFORE, I, Carrie LAM" in text
    assert text.rstrip().endswith("行政長官\n林鄭月娥\n2020 年 6 月 30 日")
    assert "Carrie LAM\nChief Executive\n30 June 2020" in text


@pytest.mark.parametrize("path", [p for p in sorted((REAL / "govpdf").glob("*.pdf")) if p.name != "gazette_glyph_codes.pdf"],
                         ids=lambda p: p.name)  # (the glyph-code gazette is rejected whatever this rule does)
def test_pdfs_printed_once_read_as_before(path, monkeypatch):
    """Real government PDFs (tests/real_pages/govpdf): the same text with and without the rule, no record."""
    text, metadata = read_pdf(path.read_bytes())
    assert "duplicate_printings" not in metadata
    monkeypatch.setattr(formats, "duplicate_printings", lambda pages: (pages, []))
    assert read_pdf(path.read_bytes())[0] == text


def _lines(*texts: str) -> list[PdfLine]:
    return [PdfLine(t, 0, 0) for t in texts]


ARTICLES = ("第一條　為了規範管理，維護公共秩序，根據有關法律的規定，", "結合本地實際，制定本條例。", "第二條　本條例適用於本市行政區域內的有關活動。")


def test_a_block_said_twice_far_apart_or_only_partly_stays():
    """Only a run of lines repeated right after itself at a page's end, or a whole page repeated, is a printing."""
    far = _lines(*ARTICLES, "第三條　本市人民政府負責組織實施本條例。", "第四條　有關部門應當按照職責做好工作。", *ARTICLES[:2], "第五條　本條例自公佈之日起施行。")
    kept, record = duplicate_printings([far])
    assert record == [] and kept == [far]
    partly = _lines(*ARTICLES, *ARTICLES[1:])  # (two lines again: less than PRINTING_MIN_LINES)
    assert duplicate_printings([partly])[1] == []


def test_short_repeats_are_no_printing():
    """A closing formula or a heading given twice is text: below PRINTING_MIN_CHARS nothing goes."""
    page = _lines("附件", "此頁無正文", "特此通知。", "附件", "此頁無正文", "特此通知。")
    assert duplicate_printings([page])[1] == []


def test_a_page_repeated_whole_goes():
    page = _lines(*ARTICLES, "第三條　本市人民政府負責組織實施本條例，有關部門按照職責做好工作。")
    kept, record = duplicate_printings([page, list(page), _lines("第四條　本條例自公佈之日起施行。")])
    assert [len(p) for p in kept] == [4, 0, 1]
    assert record == [{"page": 2, "lines": 4, "chars": formats._chars([l.text for l in page]), "first": ARTICLES[0][:40]}]
