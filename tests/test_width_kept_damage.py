"""width leaves the damage the byte-level repairs kept as the decoder left it (field test 9, F9-P9).

jizihe.com (tests/real_pages/field9_layout/jizihe_line.txt, see SOURCE.md there): a ruby-pinyin mirror whose
GBK bytes went out of step, ``当?shù)爻赡耆丝诘?0%``.  gbk_misalignment keeps the stretch with a warning
(its best repair is ambiguous), but width then turned both ``?`` into ``？`` and the ``)`` into ``）``:
the lost-byte marks read as question marks and a bracket.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.width import normalize_width

PAGE = Path(__file__).parent / "real_pages" / "field9_layout" / "jizihe_line.txt"


def test_the_kept_stretch_reaches_the_reader_byte_exact():
    text = PAGE.read_text(encoding="utf-8")
    result = clean_and_explain(text)
    assert "当?shù)爻赡耆丝诘?0%" in result.text
    assert not [e for e in result.edits if e.rule in ("width", "width_seams")]
    rules = {w.rule for w in result.warnings}
    assert "gbk_misalignment" in rules and "width" in rules  # kept, and said so


@pytest.mark.parametrize("text,fixed", [
    # questions typed on a Latin keyboard: the writer's question marks (tests/cases/width.json shapes)
    ("请问申请人需要提交哪些材料?", "请问申请人需要提交哪些材料？"),
    ("终身学习吗?是否符合规定?请回复", "终身学习吗？是否符合规定？请回复"),
    # a ? after ordinary words with no question word: still a question mark when the words read
    ("你们单位去不去?", "你们单位去不去？"),
    # an ASCII bracket pair around pinyin stays a pair (no lost byte before it)
    ("本市(běn shì)区", "本市（běn shì）区"),
    # a ) after Latin letters and a ? with no tone mark: a lone bracket touching Han, as before
    ("见附件?abc)说明", "见附件？abc）说明"),
])
def test_question_marks_and_brackets_of_clean_text_still_become_full_width(text, fixed):
    assert normalize_width(text)[0] == fixed
