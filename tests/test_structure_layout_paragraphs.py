"""Taiwan's law database (law.moj.gov.tw) prints the paragraph (項) numbers of an article of two or
more paragraphs at their starts (``1 未符合下列規定者…``, ``一、…``, ``2 前項第四款所定合理補償…``).
Field test 9 (F9-T3): the numbers stayed text, and each item (``一、``) and each line a page wrapped
was a paragraph of its own (第九條: 6 paragraphs for 3).  Evidence they are the layout's: in
勞動基準法 52 of 98 articles carry them, in all 52 they run 1, 2, … from the body's first line, and
no article of one paragraph has one.  The text keeps them (no character deleted); the structure
reads them as the paragraphs' numbers.

Real page: tests/real_pages/twmoj_print (SOURCE.md)."""

from __future__ import annotations

from pathlib import Path

from corpus_tools.records import CleanedPage, RawPage
from corpus_tools.structure import structure_page
from corpus_tools.structure.tree import build_tree, render, walk

PRINT = Path(__file__).parent / "real_pages" / "twmoj_print"
HEAD = (PRINT / "ldjzf_head.txt").read_text(encoding="utf-8")


def _articles(text: str):
    page = RawPage(source_file="x.txt", sha256="0" * 64, encoding="utf-8", format="text", text=text)
    return structure_page(CleanedPage(page, text)).articles


def test_a_numbered_paragraph_holds_its_items_and_the_text_keeps_its_number():
    article = _articles(HEAD)[0]
    assert article.label == "第九条之一"
    assert [p.split("\n")[0][:8] for p in article.paragraphs] == ["1 未符合下列規", "2 前項第四款所", "3 違反第一項各", "4 離職後競業禁"]
    assert article.paragraphs[0].count("\n") == 4  # 一、 … 四、 are its items
    assert article.text.startswith("1 未符合下列規定者")  # nothing deleted


def test_the_deep_tree_numbers_paragraphs_and_items_and_renders_the_text_back():
    tree = build_tree(HEAD)
    assert render(tree) == HEAD
    article = next(n for n, _, _ in walk(tree) if n.type == "article")
    paragraphs = [c for c in article.children if c.type == "paragraph"]
    assert [(p.num, p.label) for p in paragraphs] == [(1, "1"), (2, "2"), (3, "3"), (4, "4")]
    assert [(i.type, i.num, i.label) for i in paragraphs[0].children] == [("item", k, f"{c}、") for k, c in enumerate("一二三四", 1)]


def test_a_wrapped_line_goes_on_its_numbered_paragraph():
    text = ("某法\n第 9 條\n1 勞動契約，分為定期契約及不定期契約。臨時性、短期性、季節性及特定性工作得為定期契約；\n"
            "有繼續性工作應為不定期契約。\n2 定期契約屆滿後，有下列情形之一，視為不定期契約：\n一、勞工繼續工作而雇主不即表示反對意思者。\n"
            "3 前項規定於特定性或季節性之定期工作不適用之。\n")
    (article,) = _articles(text)
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].endswith("有繼續性工作應為不定期契約。")


def test_an_article_without_the_print_numbers_is_read_as_before():
    one = "某法\n第 10 條\n定期契約屆滿後，應合併計算。\n一、甲。\n二、乙。\n"
    assert _articles(one)[0].paragraphs == ("定期契約屆滿後，應合併計算。", "一、甲。", "二、乙。")
    # a number out of its run, a first line without one, amounts and 1. items are no paragraph numbers
    for body, expected in (("1 甲。\n3 乙。", ("1 甲。", "3 乙。")), ("甲。\n1 乙。\n2 丙。", ("甲。", "1 乙。", "2 丙。")),
                           ("1 000元以下罰鍰。\n2 000元以上。", ("1 000元以下罰鍰。", "2 000元以上。")),
                           ("1.甲；\n2.乙。", ("1.甲；\n2.乙。",))):
        assert _articles(f"某法\n第一条\n{body}\n")[0].paragraphs == expected, body
