"""Session 32's lead mends on the merge of the rooms (each from a failure seen on the merge)."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.mojibake import fix_gbk_misalignment, misaligned_stretches


@pytest.mark.parametrize("gloss", ["[shè shī; ㄕㄜˋ ㄕ]", "（shè shī / ㄕㄜˋ ㄕ）", "【ㄕㄜˋ ㄕ】"])
def test_a_zhuyin_reading_closing_its_bracket_is_no_big5_read_out_of_step(gloss):
    """readings32: ``ㄕ]`` (a first-tone zhuyin syllable and the bracket that closes the reading) was read as a Big5
    character out of step with its stray trail byte, and "repaired" into ``不因`` before the ruby rule saw it."""
    text = f"第一条　为了加强公共设施{gloss}的管理，制定本条例。\n第二条　本条例适用于本市。\n"
    assert fix_gbk_misalignment(text)[1] == []
    assert all(e.rule != "gbk_misalignment" for e in clean_and_explain(text).edits)


def test_bopomofo_inside_a_run_read_out_of_step_is_still_one():
    """The guard asks for a reading's shape (letters and tone marks after a bracket or a separator): a run of
    characters read out of step that holds Bopomofo (F16-P2) is still found."""
    t = " ?。ㄈ⑸鲜鲎髌吠ㄟ^選擇、編排\n第一条 本市⑴项"
    assert [t[a:b] for a, b in misaligned_stretches(t)] == ["?。ㄈ⑸鲜鲎髌吠ㄟ^"]
