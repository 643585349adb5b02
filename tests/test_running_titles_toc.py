"""Entries of a table of contents are no running titles (review 16, R16-F9).

The Basic Law booklet's 目录 (tests/real_pages/basiclaw_booklet) ends two entries on the same text, their leaders
and page numbers after it (``次會議通過) ........ 129``, ``… 136``): the reader of running titles with the page's
number beside them took those as a gazette's running title, the 目录 was cut there, and about forty of its lines
stayed in the text of the booklet's first document (中华人民共和国宪法), whose issuer and adoption date then came
from them (全国人民代表大会常务委员会, 2016-11-07).
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean.running_heads import running_title_spans

TOC = (Path(__file__).parent / "real_pages" / "basiclaw_booklet" / "toc_gb_pdf.txt").read_text(encoding="utf-8")


def test_toc_entries_with_leaders_are_not_running_titles():
    assert "次會議通過) ................................................. 129" in TOC
    assert running_title_spans(TOC) == []
