"""Article numbering: labels a source damaged, and the gaps a source itself has.

Two families, both seen in the clean corpus:

* a label the parser must still find: glued to the end of the previous
  article when the source lost a newline (``…会议决定。 第十六条市人民…``),
  or written with a dash for 一 (``第三十－条``).  Taken only on strong
  evidence (the number is exactly the missing one; after the end of a
  sentence, or between the two real neighbours), never a cross-reference;
* a number the source skips (no ``第十三条`` anywhere) between its first and
  last articles: no article is invented, the document declares it in
  ``numbering_gaps``; numbers below the first article are no gap (a book of a
  code, an excerpt: ``documents.first_article_no`` says where numbering starts).

Every case also checks the exact round trip ``render(build_tree(text)) == text``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from corpus_tools.records import CleanedPage, RawPage
from corpus_tools.structure import structure_page
from corpus_tools.structure.articles import numbering_gaps
from corpus_tools.structure.tree import build_tree, render


def _law(*articles: str) -> str:
    return "某市某某条例\n\n第一章 总则\n\n" + "\n\n".join(articles) + "\n"


@dataclass(frozen=True)
class NumberingCase:
    id: str
    text: str
    numbers: list[int]  # article_no of the rows, in order
    gaps: tuple[int, ...] = ()
    check: tuple[int, str] | None = None  # (article_no, the start of its body)


CASES = [
    NumberingCase(
        "glued after a full stop and a space",
        _law("第一条 市人民代表大会会议公开举行。", "第二条 大会设主席团。由主席团会议决定。 第三条市人民代表大会会议设立秘书处。",
             "第四条 秘书处办理会议事务。"),
        [1, 2, 3, 4], check=(3, "市人民代表大会会议设立秘书处。"),
    ),
    NumberingCase(
        "glued after a full stop, no space",
        _law("第一条 甲。", "第二条 报批前须经同意后审批。第三条历史文化名城所在地的人民政府可以调整。", "第四条 丁。"),
        [1, 2, 3, 4], check=(3, "历史文化名城所在地的人民政府可以调整。"),
    ),
    NumberingCase(
        "glued as the last article after a full stop",
        _law("第一条 甲。", "第二条 办理犬只登记的具体办法由市人民政府制定。第三条本条例自2021年1月1日起施行。"),
        [1, 2, 3], check=(3, "本条例自2021年1月1日起施行。"),
    ),
    NumberingCase(
        "glued after lost text, between its two neighbours",
        _law("第一条 甲。", "第二条 高速公路管理和经营单第三条公安机关交通管理部门负责事故处理。", "第四条 丙。"),
        [1, 2, 3, 4], check=(3, "公安机关交通管理部门负责事故处理。"),
    ),
    NumberingCase(
        "glued after lost text with no next article: not taken",
        _law("第一条 甲。", "第二条 高速公路管理和经营单第三条公安机关负责。"),
        [1, 2],
    ),
    NumberingCase(
        "cross-reference after a full stop: not taken",
        _law("第一条 甲。", "第二条 由林业主管部门依法决定。第三条规定的行政处罚，由林业主管部门决定。", "第四条 丁。"),
        [1, 2, 4],
    ),
    NumberingCase(
        "cross-reference listing articles: not taken",
        _law("第一条 甲。", "第二条 依法决定。第三条、第五条规定的处罚由市人民政府决定。", "第四条 丁。"),
        [1, 2, 4],
    ),
    NumberingCase(
        "reference after 依照 with no punctuation: not taken",
        _law("第一条 甲。", "第二条 依照本条例第三条处理。", "第四条 丁。"),
        [1, 2, 4],
    ),
    NumberingCase(
        "two candidates are ambiguous: none taken",
        _law("第一条 甲。", "第二条 乙。第三条甲事项。第三条乙事项。", "第四条 丁。"),
        [1, 2, 4],
    ),
    NumberingCase(
        "a label of another number is never renumbered",
        _law("第一条 甲。", "第二条 乙。第九条关于丙。", "第四条 丁。"),
        [1, 2, 4], gaps=(3,),
    ),
    NumberingCase(
        "dash typed for 一 (第三十－条)",
        _law("第三十条 甲。", "第二章 城乡管理", "第三十－条 在城乡规划区内新建建筑物，应当统一规划。", "第三十二条 丙。"),
        [30, 31, 32], check=(31, "在城乡规划区内新建建筑物，应当统一规划。"),
    ),
    NumberingCase(
        "dash for 一 giving another number: not taken",
        _law("第三十条 甲。", "第五十－条 乙。", "第三十二条 丙。"),
        [30, 32], gaps=(31,),
    ),
    NumberingCase(
        "a number the source skips is declared",
        _law("第十二条 甲。", "第十四条 乙。"),
        [12, 14], gaps=(13,),
    ),
    NumberingCase(
        "labels lost at the start: numbering starts at 3 (first_article_no), nothing invented or declared",
        _law("为了加强测绘地理信息管理，制定本条例。", "在本省行政区域内从事测绘活动，应当遵守本条例。", "第三条 甲。", "第四条 乙。"),
        [3, 4],
    ),
    NumberingCase(
        "a skipped number that is referred to is not declared (validation: error)",
        _law("第一条 甲。", "第二条 违反本条例第三条规定的，依法处理。", "第四条 丁。"),
        [1, 2, 4],
    ),
]


def _page(text: str) -> CleanedPage:
    page = RawPage(source_file="x.txt", sha256="0" * 64, encoding="utf-8", format="text", text=text)
    return CleanedPage(page, text)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_numbering(case: NumberingCase) -> None:
    ps = structure_page(_page(case.text))
    (doc,) = ps.documents
    assert [a.article_no for a in ps.articles] == case.numbers
    assert doc.numbering_gaps == case.gaps
    assert render(build_tree(doc.text)) == doc.text
    for art in ps.articles:
        assert doc.text[art.start:art.end].startswith("第")
    if case.check:
        no, body = case.check
        art = next(a for a in ps.articles if a.article_no == no)
        assert art.text == body and art.label.startswith("第")


def test_glued_article_leaves_the_previous_one_whole() -> None:
    text = _law("第十五条 甲。", "第十六条 由主席团会议决定。 第十七条市人民代表大会会议设立秘书处。", "第十八条 乙。")
    arts = structure_page(_page(text)).articles
    assert [a.text for a in arts if a.article_no in (16, 17)] == ["由主席团会议决定。", "市人民代表大会会议设立秘书处。"]
    assert [a.label for a in arts] == ["第十五条", "第十六条", "第十七条", "第十八条"]


def test_dashed_label_is_normalised_and_keeps_its_chapter() -> None:
    text = _law("第三十条 甲。", "第二章 城乡管理", "第三十－条 乙。", "第三十二条 丙。")
    arts = structure_page(_page(text)).articles
    art = next(a for a in arts if a.article_no == 31)
    assert art.label == "第三十一条" and art.chapter_no == 2 and art.chapter_title == "城乡管理"
    assert text[art.start:art.start + 5] == "第三十－条"  # the text itself is never changed


@pytest.mark.parametrize(
    ("numbers", "text", "expected"),
    [
        ([1, 2, 4], "第一条 甲。\n第二条 乙。\n第四条 丙。", (3,)),
        ([1, 2, 4], "第一条 甲。\n第二条 见第3条。\n第四条 丙。", ()),  # Arabic mention
        ([1, 2, 4], "第一条 甲。\n第二条 见第 三 条。\n第四条 丙。", ()),  # spaced mention
        ([1, 2, 4], "第一条 甲。\n第二条 见第－条。\n第三－条 丙。", (3,)),  # 第－条 reads 1, not 3
        ([1, 2, 2, 3], "", ()),
        ([], "第三条", ()),
    ],
)
def test_numbering_gaps(numbers: list[int], text: str, expected: tuple[int, ...]) -> None:
    assert numbering_gaps(numbers, text) == expected
