"""gbk_misalignment: a run of U+FFFD after ordinary characters is no lost byte to put back (field test 18, F18-A4).

LawBench (GitHub open-compass/LawBench @ e30981b, ``zero_shot_2-6.json`` record 87, field ``answer``; copied to
/work/field18/lawbench_answers) lists masked victims ``受害人:陶某某、陶某某、陶��某``: a character was lost
upstream and the dump holds two U+FFFD.  The Big5 reading took ``陶�`` for a pair read out of step and wrote
``有部`` ("lost_byte A6, confidence high"): the intact surname was dropped and two characters invented.  A U+FFFD
shows that something was lost, not what: the text is kept and invisible_chars removes the U+FFFD with a warning,
as the question field of the same record is built (``被害人陶��某`` -> ``被害人陶某``).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.mojibake import fix_gbk_misalignment

# zero_shot_2-6.json record 87, answer, verbatim
REAL_ANSWER = ("犯罪嫌疑人:赵某某、赵某某、赵某某;受害人:陶某某、陶某某、陶\ufffd\ufffd某;被盗货币:人民币600元;"
               "时间:2018年4月11日下午13时20分左右;地点:航嘉公寓小厨房内")


def test_real_masked_name_keeps_its_surname():
    fixed, edits, _ = fix_gbk_misalignment(REAL_ANSWER)
    assert fixed == REAL_ANSWER and edits == []
    result = clean_and_explain(REAL_ANSWER)
    assert "受害人：陶某某、陶某某、陶某；" in result.text
    assert {e.rule for e in result.edits} <= {"width", "invisible_chars"}
    assert any("U+FFFD" in w.message for w in result.warnings)


@pytest.mark.parametrize("text", [
    # blind variants (precf18b blind.md): other surnames and masks before a run of U+FFFD
    "被告人张\ufffd\ufffd某于2019年3月到案。",
    "证人李\ufffd某证实，当日被告人在场。",
    "原告王\ufffd\ufffd\ufffd诉称，被告拖欠货款。",
    "当事人：刘\ufffd\ufffd、陈某某。",
])
def test_an_ordinary_character_before_a_replacement_run_is_kept(text):
    fixed, edits, _ = fix_gbk_misalignment(text)
    assert fixed == text and edits == []


def test_a_misread_stretch_before_a_replacement_is_still_repaired():
    """Negative: bytes read out of step before the U+FFFD are repaired as before."""
    fixed, edits, _ = fix_gbk_misalignment("兼顧防災減災⑷嗣穹揽蘸屯ㄐ诺刃枰\ufffd。")
    assert fixed == "兼顧防災減災、人民防空和通信等需要。" and len(edits) == 1
