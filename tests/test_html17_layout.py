"""Layout of web pages and crawler exports (session 17, html17): a law's Markdown saved as .txt, and
Markdown's hard line breaks written as a backslash.  Real page: tests/real_pages/html17 (see its SOURCE.md);
negatives: plain text keeps every backslash and asterisk it holds (a forum page of field16b)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from corpus_tools.ingest import detect_format, ingest_bytes, markdown_to_text
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

REAL = Path(__file__).parent / "real_pages" / "html17"
LAW = REAL / "archives_law_justlaws.md"
#: The page's body: what a crawler that copies the rendered Markdown, or saves it as .txt, keeps.
BODY = LAW.read_text("utf-8").split("---\n", 2)[2].lstrip("\n")


def _articles(data: str, name: str) -> list[tuple[str, str]]:
    page = ingest_bytes(data.encode("utf-8"), name)
    return [(a.label, a.text) for a in structure_page(clean_page(page)).articles]


def _pandoc_breaks(body: str, width: int) -> str:
    """The body as pandoc's Markdown writer gives a page whose lines were broken by ``<br>``: each printed
    line of a paragraph (``width`` characters, a cut only between two Han characters) ends in a backslash."""
    out = []
    for line in body.split("\n"):
        pieces, pos = [], 0
        while len(line) - pos > width:
            cut = pos + width
            while cut < len(line) - 1 and not (re.match(r"[\u4e00-\u9fff]", line[cut - 1])
                                               and re.match(r"[\u4e00-\u9fff]", line[cut])):
                cut += 1
            if cut >= len(line) - 1:
                break
            pieces.append(line[pos:cut] + "\\")
            pos = cut
        pieces.append(line[pos:])
        out.append("\n".join(pieces))
    return "\n".join(out)


def test_the_real_page_is_what_source_md_says():
    assert LAW.read_text("utf-8").startswith("---\nsidebar: auto\n---\n")
    assert len(re.findall(r"^\*\*第[一二三四五六七八九十]+条\*\*\u3000", BODY, re.M)) == 7


def test_a_laws_markdown_saved_as_txt_is_read_as_markdown():
    # before: one ``# `` heading and one ``## `` heading are two hints, not three; the page was plain text
    # and every article kept its ``**``
    assert detect_format(BODY, "archives_law.txt") == "markdown"
    as_txt = _articles(BODY, "archives_law.txt")
    assert [label for label, _ in as_txt] == [f"第{n}条" for n in "一二三四五六七"]
    assert not any("*" in text for _, text in as_txt)
    assert as_txt == _articles(LAW.read_text("utf-8"), "archives_law.md")


@pytest.mark.parametrize("text", [
    "第一条　为了加强档案管理，制定本法。\n第二条　本法所称档案**不含**草稿。\n第三条　本法自公布之日起施行。\n",
    "依照第五条**规定\n依照第六条**规定\n依照第七条**规定\n",  # not at a line start: no Markdown writer put them
])
def test_plain_text_with_asterisks_elsewhere_stays_plain_text(text):
    assert detect_format(text, "a.txt") == "text"


@pytest.mark.parametrize("width", [18, 31])
def test_a_backslash_hard_break_is_markup_and_the_wrapped_paragraphs_come_back_whole(width):
    wrapped = _pandoc_breaks(BODY, width)
    assert wrapped.count("\\\n") > 10
    want = _articles(LAW.read_text("utf-8"), "archives_law.md")
    assert _articles(wrapped, "archives_law.md") == want
    assert _articles(wrapped, "archives_law.txt") == want


def test_a_backslash_that_ends_a_block_or_is_escaped_stays():
    assert markdown_to_text("见附件\\\n\n下一段") == "见附件\\\n\n下一段\n"
    assert markdown_to_text("目录C:\\\\\n下一行") == "目录C:\\\\\n下一行\n"
    assert markdown_to_text("末行\\") == "末行\\\n"


def test_plain_text_keeps_a_backslash_at_a_line_end():
    # field16b's forum page (www.simu001.cn_forum_tid215225.txt, line 16): plain text, not Markdown
    line = "防骗提醒:凡是退款退税需要先打钱的不要相信。' d- s5 ^* }. p( s( g0 N$ Q0 \\\n下一行\n"
    page = ingest_bytes(line.encode("utf-8"), "forum.txt")
    assert "Q0 \\\n" in page.text


@pytest.mark.parametrize("unit", ["甲\\\n", "\\", "\\\\\n", "\\\n \n"])
def test_hard_breaks_are_removed_in_linear_time(unit):
    times = []
    for size in (20_000, 200_000):
        body = unit * (size // len(unit))
        start = time.perf_counter()
        markdown_to_text(body)
        times.append(time.perf_counter() - start)
    assert times[1] < 2.0 and times[1] < 30 * max(times[0], 5e-3)
