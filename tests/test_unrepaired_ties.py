"""Kept stretches of two kinds over the same span are ordered by place only.

The noise benchmark's ``enc_gbk_lost_bytes_everywhere`` (a clean law's GBK bytes losing one byte here and there)
failed its whole build: on a line like the one below a UTF-8-as-GBK run and a misaligned GBK run were the same
span, and ``sorted`` compared their kinds (``False`` and ``"misaligned"``): ``TypeError``.
"""

from __future__ import annotations

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.unrepaired import _kept_stretches

#: 城市绿化条例's sentence on temporary use, one lost byte (``期限，`` read out of step: ``奔洌\ufffd``).
LINE = ("临时占用城市绿地的时间不得超过十二个月。确需延长的，应当在临时占用期满前三十日提出延期申请，"
        "经原批准机关审批同意的，可以延长临时占用奔洌\ufffd延期不得超过十二个月。")


def test_same_span_of_two_kinds_sorts():
    spans = _kept_stretches(LINE)
    assert spans == sorted(spans, key=lambda s: (s[0], s[1]))


def test_the_line_cleans():
    out = clean_and_explain(LINE)
    assert out.text.startswith("临时占用城市绿地的时间不得超过十二个月。")
