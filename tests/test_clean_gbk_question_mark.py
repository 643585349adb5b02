"""A question's own full-width mark is never a lost GBK byte (field test 8, F8-M1).

On clean pages of magic-html's benchmark (qidian, douban) gbk_misalignment "repaired" ``好么？希望`` into
``好民代希望`` with confidence high: the legal language model made the false reading look likely.
"""

from pathlib import Path

import pytest

from corpus_tools.clean.mojibake import CLASSICAL_PARTICLES, fix_gbk_misalignment

PAGE = Path(__file__).parent / "real_pages" / "field8_qmark" / "qidian_one_paragraph.txt"


def test_the_real_paragraph_is_left_as_it_is():
    text = PAGE.read_text(encoding="utf-8")
    assert "睡得好么？希望" in text
    fixed, edits, _ = fix_gbk_misalignment(text)
    assert edits == [] and fixed == text


@pytest.mark.parametrize("line", ["您昨晚睡得好么？希望您做了个好梦。", "现在还安全么？太阳表示没问题。"])
def test_a_question_after_mo_keeps_its_mark(line):
    assert fix_gbk_misalignment(line)[1] == []


# tests/real_pages/field9/SOURCE.md: classical Chinese quoted on a douban page (F8-M1, the rest)
CLASSICAL = Path(__file__).parent / "real_pages" / "field9" / "douban_classical_quotations.txt"


def test_classical_questions_keep_their_marks_and_draw_no_warning():
    text = CLASSICAL.read_text(encoding="utf-8")
    for quoted in ("是何事矣?」", "岂有不遂哉?」", "何出此言耶?汝者", "将来迎乎?岂可", "是情何以堪?」", '如何又要作詩？"賈政'):
        assert quoted in text
    assert fix_gbk_misalignment(text) == (text, [], [])


@pytest.mark.parametrize("particle", sorted(CLASSICAL_PARTICLES))
@pytest.mark.parametrize("mark", ["?", "？"])
def test_a_mark_after_any_classical_particle_is_the_writers(particle, mark):
    line = f"双亲见状，慌而问曰:「是何事{particle}{mark}」辉夜姬泣而答言"
    assert fix_gbk_misalignment(line) == (line, [], [])


def test_a_stretch_read_out_of_step_before_a_closing_quote_is_still_seen():
    """A byte lost inside the quotation leaves rare characters before the mark: no particle
    closes that sentence, so the repair (or a warning) stays."""
    data = "慌而问曰:「是何事业经营?」辉夜姬".encode("gbk")
    cut = data.index("业".encode("gbk")) + 1  # the trail byte of 业 is lost
    damaged = (data[:cut] + data[cut + 1 :]).decode("gbk", errors="replace")
    fixed, edits, _ = fix_gbk_misalignment(damaged)
    assert damaged == "慌而问曰:「是何事揖\ufffd营?」辉夜姬"
    assert fixed == "慌而问曰:「是何事业经营?」辉夜姬" and len(edits) == 1


def test_a_question_about_a_quoted_term_keeps_its_mark():
    """dolphinsci.com/news/567715 (the search tool's `pages` store, copied by field test 15b): once its escapes are
    read back, the page says ``追踪一条法律条文的“前世今生”？从1982年``; the Big5 reading of a lost trail byte
    turned ``”？`` into ``。其`` (on main too, for this clean sentence).  Marks alone are no misread stretch."""
    text = "在立法研究与政策分析领域，一个长期存在的难题是——如何系统性地追踪一条法律条文的“前世今生”？从1982年首次颁布到2023年的最新修订，某项法规究竟经历了多少次调整？"
    fixed, edits, _ = fix_gbk_misalignment(text)
    assert edits == [] and fixed == text
    assert fix_gbk_misalignment("这是“前世今生”？从1982年起。")[1] == []
