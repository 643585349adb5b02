"""A question's own full-width mark is never a lost GBK byte (field test 8, F8-M1).

On clean pages of magic-html's benchmark (qidian, douban) gbk_misalignment "repaired" ``好么？希望`` into
``好民代希望`` with confidence high: the legal language model made the false reading look likely.
"""

from pathlib import Path

import pytest

from corpus_tools.clean.mojibake import fix_gbk_misalignment

PAGE = Path(__file__).parent / "real_pages" / "field8_qmark" / "qidian_one_paragraph.txt"


def test_the_real_paragraph_is_left_as_it_is():
    text = PAGE.read_text(encoding="utf-8")
    assert "睡得好么？希望" in text
    fixed, edits, _ = fix_gbk_misalignment(text)
    assert edits == [] and fixed == text


@pytest.mark.parametrize("line", ["您昨晚睡得好么？希望您做了个好梦。", "现在还安全么？太阳表示没问题。"])
def test_a_question_after_mo_keeps_its_mark(line):
    assert fix_gbk_misalignment(line)[1] == []
