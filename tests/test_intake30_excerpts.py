"""Session 30 (room intake30), field test 29's F29-C6: an excerpt of a code (a 编, a chapter, a section) whose
line breaks a crawler stripped opens its article numbering at its own first label, right after a heading in place.

The family (where excerpts of codes come from): a ministry's "laws we apply" column that posts one chapter of a
code (kjt.hebei.gov.cn's 合同法-技术合同, the real page here), a 民法典 book posted on its own (合同编, 第四百六十三条 on),
a section of a code quoted in a training handout (第二节 技术开发合同), the same chapter with its headings set off by
ideographic spaces, a 刑法 chapter in an exam bank (分则 第四章, 第二百三十二条 on), a 公司法 chapter in a company's
compliance page.  Real page: tests/real_pages/intake30/SOURCE.md; invented variants are marked so.
"""

from __future__ import annotations

import re
from pathlib import Path

from corpus_tools.clean.linebreaks import restore_line_breaks
from corpus_tools.structure.numerals import to_chinese

REAL = Path(__file__).parent / "real_pages" / "intake30"
SENTENCE = "当事人应当按照约定全面履行自己的义务，不得擅自变更或者解除合同。" * 4
LABEL = re.compile(r"第[一二三四五六七八九十百千]+条")


def _body(numbers, indent: str = "") -> str:
    return "".join(f"{indent}第{to_chinese(n)}条{'　' if indent else ''}{SENTENCE}" for n in numbers)


def _opened(text: str) -> list[str]:
    return [LABEL.match(line).group() for line in restore_line_breaks(text)[0].split("\n") if LABEL.match(line)]


def test_a_chapter_excerpt_opens_its_sequence_at_its_heading():
    """合同法's 第十八章 as kjt.hebei.gov.cn stores it (one line, from 第三百二十二条): 0 articles before (F29-C6)."""
    text = (REAL / "kjt_hebei_contract_law_chapter.txt").read_text(encoding="utf-8")
    out, edits, _ = restore_line_breaks(text)
    lines = out.split("\n")
    assert lines[1:3] == ["第十八章技术合同", "第一节一般规定"] and lines[3].startswith("第三百二十二条技术合同是")
    opened = [LABEL.match(line).group() for line in lines if LABEL.match(line)]
    assert opened == [f"第{to_chinese(n)}条" for n in range(322, 365)]
    assert out.replace("\n", "") == text.replace("\n", "")
    assert any("numbering of an excerpt from 322" in edit.detail for edit in edits)


def test_excerpts_of_other_codes_open_at_their_headings():
    """Invented siblings: a 民法典 book, a section alone, headings set off by ideographic spaces."""
    assert _opened("第三编　合同第一分编　通则第一章　一般规定" + _body(range(463, 470)))[0] == "第四百六十三条"
    assert len(_opened("第二节技术开发合同" + _body(range(330, 340)))) == 10
    assert len(_opened("第十八章　技术合同　　第一节　一般规定　　" + _body(range(322, 330), "　　"))) == 8


def test_a_label_after_a_heading_without_successors_opens_nothing():
    """Negative (invented): one label after a heading, no sequence after it, proves nothing."""
    page = "第二章　管理第十条依照本办法第五条的规定执行，" + "各部门应当加强协作，" * 80 + "特此说明。第三条规定的除外。"
    assert restore_line_breaks(page)[1] == []


def test_a_clean_excerpt_with_its_breaks_is_left_alone():
    """Negative (invented): the same excerpt with its line breaks is not touched."""
    page = "第十八章　技术合同\n第一节　一般规定\n" + "\n".join(
        f"第{to_chinese(n)}条　{SENTENCE}" for n in range(322, 330)) + "\n"
    assert restore_line_breaks(page)[1] == []


def test_the_restored_excerpt_gets_its_articles():
    """The structure reads the restored chapter's glued labels (``第三百二十二条技术合同是…``) from 322 on: 0 articles
    before, since a glued label counted only as the next of a sequence that had no first (F29-C6)."""
    from corpus_tools.structure.tree import outline

    text = restore_line_breaks((REAL / "kjt_hebei_contract_law_chapter.txt").read_text(encoding="utf-8"))[0]
    labels = [event.label for event in outline(text).events if event.type == "article"]
    assert labels == [f"第{to_chinese(n)}条" for n in range(322, 365)]


def test_a_glued_citation_under_a_heading_stays_text():
    """Negative (invented): a paragraph under a heading opening with a citation, no sequence after it."""
    from corpus_tools.structure.tree import outline

    text = "第二章　管理\n第五条规定的事项，由市人民政府决定。\n第九条规定的除外。\n第十条　甲。\n"
    assert [event.label for event in outline(text).events if event.type == "article"] == ["第十条"]
