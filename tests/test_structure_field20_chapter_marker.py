"""Field test 20's chapter behind 法律资料网's marker (F20-C3; tests/real_pages/field20_fix/SOURCE.md).

Family: 法律资料网's copies set the name of the level in 【】 before a heading: ``【章名】 第一章 总则``
(law242 包头, real: its articles had chapter_no null).  The marker is read as the heading's indentation; the
text is left as it is (the marker is the source's, not damage).  Variants: (a) 【章名】 with a space (real);
(b) held out (written after the rule): 【节名】 without a space under a chapter.
Negative: a sentence opening with the marker and a chapter's label is no heading; nor is another marker
(``【题注】 第一章…``).
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

PAGES = Path(__file__).parent / "real_pages" / "field20_fix"


def _structure(page: Path):
    return structure_page(clean_page(ingest_file(page, page.parent)))


def _levels(tmp_path: Path, text: str) -> list[tuple]:
    page = tmp_path / "probe.txt"
    page.write_text(text, encoding="utf-8")
    return [(a.chapter_no, a.chapter_title, a.section_no, a.section_title, a.article_no) for a in _structure(page).articles]


def test_the_baotou_articles_are_in_chapter_one():
    structure = _structure(PAGES / "law242_baotou_lifa.txt")
    assert [(a.chapter_no, a.chapter_title, a.article_no) for a in structure.articles] == [
        (1, "总则", n) for n in range(1, 6)]
    assert "【章名】 第一章 总则" in structure.documents[0].text  # the source's marker is kept


def test_held_out_section_marker_without_a_space(tmp_path):
    t = ("某某市某某管理条例\n【章名】 第一章 总则\n第一条 为了加强管理，制定本条例。\n"
         "【章名】 第二章 管理\n【节名】第一节 一般规定\n第二条 某某部门负责管理工作。\n第三条 本条例自公布之日起施行。\n")
    assert _levels(tmp_path, t) == [(1, "总则", None, None, 1), (2, "管理", 1, "一般规定", 2), (2, "管理", 1, "一般规定", 3)]


def test_a_sentence_or_another_marker_is_no_heading(tmp_path):
    t = ("某某市某某管理条例\n第一条 为了加强管理，制定本条例。\n【章名】第一章规定的事项，由市人民政府负责。\n"
         "【题注】 第二章 管理\n第二条 本条例自公布之日起施行。\n")
    assert [row[0] for row in _levels(tmp_path, t)] == [None, None]
