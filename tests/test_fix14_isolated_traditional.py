"""F12-A3 (closing 13, left open): one Traditional character an OCR or an input method left in a Simplified page
(``與`` for ``与``) — convert or keep?  Decision (session 14, fix14): convert, as the rule does (``t2s; isolated``).

Evidence: ``與`` has one Simplified form (``与``) and no use in Simplified text: the 1,911 clean laws of
/work/ref/DLC hold ``与`` throughout and ``與`` never (nor ``輿``); legco's official Simplified pages convert their
isolated ``內`` the same way (field test 13's oracle).  A lookalike guard (``與`` OCR'd for ``舆``: ``與论``) was
weighed and left out: the DLC writes ``评估与论证`` (山东省安全生产条例 第四十条), so ``与论`` is no evidence of ``舆论``.

The sentence below is 山东省安全生产条例 (2021-12-03) 第四十条 as the DLC holds it, with its ``与`` typed ``與``.
"""

from __future__ import annotations

from corpus_tools.clean import clean_and_explain

ARTICLE_40 = ("第四十条 县级以上人民政府应当组织有关部门建立完善安全风险评估与论证机制，合理进行产业规划和空间布局，"
              "并对位置相邻、行业相近、业态相似的生产经营单位实施重大安全风险联防联控机制。\n")


def test_an_isolated_traditional_character_converts() -> None:
    damaged = ARTICLE_40.replace("与", "與")
    result = clean_and_explain(damaged)
    assert result.text == ARTICLE_40
    assert [(e.rule, e.before, e.after) for e in result.edits] == [("traditional_to_simplified", "與", "与")]


def test_the_clean_article_is_untouched() -> None:
    result = clean_and_explain(ARTICLE_40)
    assert result.text == ARTICLE_40 and not result.edits
