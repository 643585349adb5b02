"""cjk_spaces reports a page's kept gaps between Han characters in one warning with their count
(field test 8b, F8B-G4).

GCCMPD's record of 电力监管条例 (a crawler removed every line break): the signature ``总　理　　温家宝`` and the
spaced title ``电 力 监 管 条 例`` gave one warning per gap, 158 on the crawl's CSV, drowning the page's other
warnings.  Source: tests/real_pages/field8b_layout/SOURCE.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean.layout import remove_spaces_inside_cjk

PAGE = (Path(__file__).parent / "real_pages" / "field8b_layout" / "gccmpd_record_03_2005.txt").read_text(encoding="utf-8")


def test_one_warning_with_the_count_and_the_places():
    out, edits, warnings = remove_spaces_inside_cjk(PAGE)
    assert out == PAGE and edits == []
    assert len(warnings) == 1
    (warning,) = warnings
    assert "10 places" in warning.message
    positions = [int(p) for p in warning.message.split(" at ")[1].split(", ")]
    assert len(positions) == 10 and positions == sorted(positions)
    assert all(PAGE[p] in " \u3000" for p in positions)  # every place is a gap of the page
    assert "总　理　　温家宝" in warning.excerpt
    assert warning.position == positions[0]


def test_a_single_gap_keeps_the_plain_warning():
    text = "第一条 为了加强电力监管，规范电力监管行为，完善电力监管制度，制定本条例。本条例所称　电力监管，是指国家电力监管委员会依法履行职责。"
    (warning,) = remove_spaces_inside_cjk(text)[2]
    assert warning.message == "whitespace between Han characters inside prose kept"


def test_many_gaps_list_twenty_places_and_say_how_many_more():
    text = "，".join(["电力　监管委员会依照本条例和国务院有关规定履行电力监管职责"] * 30) + "。"
    (warning,) = remove_spaces_inside_cjk(text)[2]
    assert "30 places" in warning.message and "and 10 more" in warning.message
