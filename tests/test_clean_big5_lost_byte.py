"""A Big5 stretch read as GBK that lost a byte is kept with a warning: reading it back would write a
character nobody wrote across the loss (``申請人`` with a byte of ``請`` lost read back as ``申膜H``;
script9's leftover, /work/notes/closing9.md).  An intact stretch is still read back.

The text: tests/real_pages/twlaw/提審法.md, article 1 (Taiwan, Traditional), encoded in Big5 and read as
GBK, one byte deleted at every offset in turn (the damage a truncated download or a lossy copy leaves).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain, codec_swap
from corpus_tools.clean.rules import BIG5_GBK_MIXUP

ARTICLE = "人民被法院以外之任何機關逮捕拘禁時，其本人或他人得向逮捕拘禁地之地方法院聲請提審。"
BIG5 = ARTICLE.encode("big5")


def test_an_intact_stretch_is_read_back() -> None:
    fixed, edits, warnings = codec_swap.fix_big5_gbk_mixup("第一條 " + BIG5.decode("gb18030") + "\n")
    assert fixed == "第一條 " + ARTICLE + "\n" and len(edits) == 1 and not warnings


@pytest.mark.parametrize("lost", range(len(BIG5)))
def test_a_stretch_that_lost_a_byte_writes_no_invented_character(lost: int) -> None:
    damaged = (BIG5[:lost] + BIG5[lost + 1:]).decode("gb18030", errors="replace")
    text = "第一條 " + damaged + "\n"
    fixed, edits, warnings = codec_swap.fix_big5_gbk_mixup(text)
    for edit in edits:  # a reading back may stand only where it gives the article's own words
        assert edit.after in ARTICLE, (lost, edit.before, edit.after)
    if not edits:
        assert fixed == text


def test_the_reported_case_is_kept_and_warned_of() -> None:
    """申請人應當填寫… with the trail byte of 請 lost: ``ビ饯H莱讽…`` read back as ``申膜H應當…`` before."""
    source = "申請人應當填寫申請書並附具有關證明文件".encode("big5")
    damaged = (source[:3] + source[4:]).decode("gb18030")
    fixed, edits, warnings = codec_swap.fix_big5_gbk_mixup(damaged + "\n")
    assert fixed == damaged + "\n" and not edits
    assert [w.rule for w in warnings] == [BIG5_GBK_MIXUP] and "lost byte" in warnings[0].message


@pytest.mark.parametrize("text", [
    "第一條 人民被法院以外之任何機關逮捕拘禁時，其本人或他人得向逮捕拘禁地之地方法院聲請提審。\n",
    "第一条 为了规范A股上市公司信息披露，制定本办法。\n",
])
def test_clean_text_is_unchanged(text: str) -> None:
    result = clean_and_explain(text, rules=(BIG5_GBK_MIXUP,))
    assert result.text == text and not result.edits and not result.warnings
