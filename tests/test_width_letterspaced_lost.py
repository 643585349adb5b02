"""width keeps the ``?`` of a letterspaced heading that lost every other character (field test 10, F10-M5).

wanglu.net's transcription of the Macau gazette (tests/real_pages/field10_layout/wanglu_macau_gazette_head.txt,
see SOURCE.md there) writes the letterspaced office name ``经? 济? 财? 政? 司? 司? 长? 办? 公? 室``: each ``?`` a
character the transcoder lost (the Portuguese part reads ``REGI?O``, ``S?RIE``).  width made all 9 ``？``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.width import normalize_width

PAGE = Path(__file__).parent / "real_pages" / "field10_layout" / "wanglu_macau_gazette_head.txt"


def test_letterspaced_lost_marks_stay_ascii_with_one_warning():
    text = PAGE.read_text(encoding="utf-8")
    result = clean_and_explain(text)
    assert "经? 济? 财? 政? 司? 司? 长? 办? 公? 室" in result.text
    assert not [e for e in result.edits if e.rule in ("width", "width_seams") and e.before == "?"]
    spaced = [w for w in result.warnings if w.rule == "width" and "经?" in w.excerpt]
    assert len(spaced) == 1  # one warning for the run, not one per ``?``


@pytest.mark.parametrize("text,fixed", [
    # a writer's questions with a blank after them: two Han characters or more before each ``?``
    ("是吗? 好吗? 对吗? 你说", "是吗？ 好吗？ 对吗？ 你说"),
    ("请问如何申请? 需要什么材料? 多久办结?", "请问如何申请？ 需要什么材料？ 多久办结？"),
    # two one-character pieces only: not a run
    ("甲? 乙? 丙丁", "甲？ 乙？ 丙丁"),
])
def test_questions_with_blanks_still_become_full_width(text, fixed):
    assert normalize_width(text)[0] == fixed
