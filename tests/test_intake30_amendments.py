"""Session 30 (room intake30), field test 29's F29-C4: the articles an amending act inserts or restates, set on
lines of their own without the quote mark that opened them, are the act's content, not its articles.

The family (amending acts whose quoted articles open lines): 刑法修正案 (items 一、二、… each 在刑法第…后增加…，作为
第…条之一：), 宪法修正案, a 关于修改《…》的决定 of the NPC Standing Committee or of a local congress (items that restate
an article, 将第十条修改为：), a State Council 修订 decision, an amendment numbered by 条 (刑法修正案（十二）: 第一条 在刑法…),
a Macau 批示 or law that amends with ``行文如下：`` and 「」 quotes, a decision that inserts a whole chapter
(增加一章，作为第三章：).  What loses the opening quote: a site that stores one node per paragraph (the 法考法条库,
the real page here), a converter that drops quote marks, a copy typed without them.  The evidence every member
shares: the item names the label that opens the next line, and the act's next item (or a closing quote) ends it.

Held out (written before the change, never tuned on): the Macau 「」 sibling and the inserted chapter.
Real page: tests/real_pages/intake30/SOURCE.md; invented siblings are marked so.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.structure.tree import announced_amendments, outline

REAL = Path(__file__).parent / "real_pages" / "intake30"
TEXT = "有下列情形之一的，处五年以下有期徒刑、拘役或者管制，并处罚金。"


def _labels(text: str) -> list[str]:
    return [event.label for event in outline(text).events if event.type == "article"]


def test_the_amendments_inserted_articles_are_not_its_own():
    """刑法修正案（九）'s head as the 法考法条库 stores it: 5 articles before, 第一百二十条之六 swallowing items 八… ."""
    text = (REAL / "lawdatas_2848_amendment9_head.txt").read_text(encoding="utf-8")
    assert _labels(text) == []
    (start, end), = announced_amendments(text)
    assert text[start:].startswith("第一百二十条之二 有下列情形之一的")
    assert text[:end].endswith("并处或者单处罚金。”") and text[end + 1:].startswith("八、将刑法第一百三十三条之一修改为")


def test_a_decision_that_amends_a_regulation_by_items():
    """Invented sibling: a 关于修改《…》的决定 whose inserted article lost its quote."""
    text = ("某某市人民代表大会常务委员会关于修改《某某市物业管理条例》的决定\n"
            "一、在第十条后增加一条，作为第十条之一：\n第十条之一　" + TEXT + "\n"
            "二、将第十二条修改为：\n第十二条　" + TEXT + "\n三、本决定自公布之日起施行。\n")
    assert _labels(text) == []
    assert len(announced_amendments(text)) == 2


def test_an_amendment_numbered_by_articles_keeps_its_own():
    """Invented sibling: 刑法修正案（十二）'s shape, an inserted article on its own line closed by its quote."""
    text = ("某某法修正案\n第一条　在某某法第十条后增加一条，作为第十条之一：\n第十条之一　" + TEXT + "”\n"
            "第二条　将某某法第十二条修改为：“" + TEXT + "”\n第三条　本修正案自公布之日起施行。\n")
    assert _labels(text) == ["第一条", "第二条", "第三条"]


def test_held_out_macau_quotes():
    """Held-out invented sibling: a Macau act that amends with 行文如下 and 「」, the opening 「 lost."""
    text = ("第1/2020號行政法規\n修改《某某規章》\n一、增加第十條之一，行文如下：\n第十條之一\n禁止事項\n" + TEXT + "」\n"
            "二、本行政法規自公佈翌日起生效。\n")
    assert _labels(text) == []


def test_held_out_an_inserted_chapter():
    """Held-out invented sibling: a decision that inserts a chapter with its articles."""
    text = ("关于修改《某某条例》的决定\n五、增加一章，作为第三章：\n第三章　监督管理\n第十条　" + TEXT + "\n"
            "第十一条　" + TEXT + "\n六、本决定自公布之日起施行。\n")
    assert _labels(text) == []


def test_a_regulations_clause_ending_in_a_colon_is_no_amendment():
    """Negative (invented): an article that ends in a colon and names no label; its successors are its law's."""
    text = "某某办法\n第九条　下列资金作为专项资金：\n第十条　" + TEXT + "\n第十一条　" + TEXT + "\n"
    assert _labels(text) == ["第九条", "第十条", "第十一条"]
    assert announced_amendments(text) == []


def test_quoted_inserted_articles_still_work():
    """Negative: the official text, the quote kept, parses as before (no article)."""
    text = ("七、在刑法第一百二十条之一后增加一条，作为第一百二十条之二：\n“第一百二十条之二　" + TEXT + "”\n"
            "八、本修正案自公布之日起施行。\n")
    assert _labels(text) == []


def test_announced_amendments_is_linear_on_hostile_input():
    """Many announcing items, none with a next item nor a closing quote: each must not scan to the end."""
    from tests.timing import small_and_large

    unit = "七、在第十条后增加一条，作为第十条之一：\n第十条之一　甲乙丙丁：\n"
    small, large = small_and_large(announced_amendments, unit, 20_000, 200_000)
    assert large < 25 * small + 0.05
