"""Session 30 (room intake30), field test 29's F29-C3: a 规章 whose crawl lost every article label and every line break
(its paragraphs joined by a space) is flagged ``line_breaks_lost`` on the document, as the other laws of its folder were.

The finding read a line of 1,000 characters and ten sentences as damage only in an "official" text, known by a 文号,
an article label or a list item; a text that lost its labels keeps none of them.  What every member of the family
keeps is the text naming itself by its kind (``制定本办法``, ``本规定自…起施行``, ``本条例所称``): a 办法, a 规定, a
条例, a 细则 crawled the same way (the Hebei provincial government's 规章: 8 of 15 had no finding).
Real record: tests/real_pages/intake30/SOURCE.md; invented ones are marked so.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.validation.completeness import lost_line_breaks

REAL = Path(__file__).parent / "real_pages" / "intake30"


def test_a_rule_without_labels_or_breaks_is_flagged():
    """河北省科学技术奖励办法 as the crawl stored it (3,567 characters, one line, no label): no finding before."""
    text = (REAL / "szf_hebei_award_rules_unlabelled.txt").read_text(encoding="utf-8")
    assert lost_line_breaks(text).startswith("a line of 3567 characters holds 62 sentences")


def test_other_kinds_that_name_themselves_are_flagged():
    """Invented siblings: a 规定 and a 条例 crawled the same way."""
    for kind in ("规定", "条例"):
        text = f"为了加强管理，根据有关法律，制定本{kind}。 " + "有关部门应当按照职责做好相关工作。 " * 60 + f"本{kind}自2024年1月1日起施行。"
        assert lost_line_breaks(text) is not None


def test_long_prose_that_names_no_rule_is_not_flagged():
    """Negative (invented): a long paragraph of a news report that quotes no rule of its own."""
    text = "记者从会议上获悉，有关部门将继续做好相关工作。" * 60
    assert lost_line_breaks(text) is None
