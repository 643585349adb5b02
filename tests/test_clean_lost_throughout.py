"""A character lost wherever the page names its own law is recorded, never guessed (F8B-K2).

tests/real_pages/field9/SOURCE.md: wtabcd.cn's copy of Cap. 1 lost every 條; 110.com's copy of the
same ordinance is intact.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain, mojibake
from corpus_tools.clean.rules import INVISIBLE_CHARS

FIELD9 = Path(__file__).parent / "real_pages" / "field9"
LOST = (FIELD9 / "wtabcd_cn_hk_cap1.txt").read_text(encoding="utf-8")
INTACT = (FIELD9 / "110_com_fagui_law_13361.txt").read_text(encoding="utf-8")


def test_the_page_that_lost_tiao_gets_one_warning_with_counts() -> None:
    warning = mojibake.lost_character_throughout(LOST)
    assert warning is not None and warning.rule == INVISIBLE_CHARS
    assert warning.message.startswith("character lost throughout the page: '条' missing 11 times")
    assert LOST[warning.position :].startswith("釋義及通則例")


def test_the_warning_reaches_the_page_and_no_character_is_inserted() -> None:
    result = clean_and_explain(LOST)
    assert [w for w in result.warnings if w.message.startswith("character lost throughout")]
    assert not [e for e in result.edits if e.rule == INVISIBLE_CHARS]
    assert "释义及通则例" in result.text  # converted to Simplified, the gap kept


def test_the_intact_copy_of_the_same_law_draws_no_warning() -> None:
    assert "释义及通则条例" in INTACT
    assert mojibake.lost_character_throughout(INTACT) is None


@pytest.mark.parametrize("name", ["釋義及通則條例", "释义及通则条例"])
def test_the_whole_name_anywhere_in_the_body_means_nothing_was_lost_throughout(name: str) -> None:
    """One intact mention is enough: the gaps may be the site's abbreviations."""
    assert mojibake.lost_character_throughout(LOST + f"\n本條例可引稱為《{name}》。\n") is None


def test_clean_laws_with_their_titles_draw_no_warning() -> None:
    """Real laws of the regression corpus (tests/real_pages: every .md and .txt) name themselves
    whole or by 本条例: no warning."""
    pages = [p for p in (Path(__file__).parent / "real_pages").rglob("*") if p.suffix in {".md", ".txt"}]
    # the wtabcd copies of Hong Kong's Cap. 1 (layout18 keeps its double-spaced one) are the exception this test always made
    pages = [p for p in pages if p.name not in {"wtabcd_cn_hk_cap1.txt", "wtabcd_cap1_double_spaced.txt"} and p.name != "SOURCE.md"]
    assert len(pages) > 20
    flagged = [p.name for p in pages if mojibake.lost_character_throughout(p.read_text(encoding="utf-8", errors="replace"))]
    assert flagged == []
