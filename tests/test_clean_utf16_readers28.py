"""UTF-8 read as UTF-16LE (set 10's ``h10_enc_utf8_as_utf16``), read back under ``utf8_as_gbk`` (session 28).

A program that guesses "UTF-16" for a file without a byte-order mark reads each pair of UTF-8 bytes as one
character: ``鳦\\ue5ac芸뷤…``.  Every character is its two bytes again, so a stretch with an even number of bytes
reads back exactly.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.edits import replay
from corpus_tools.clean.utf16_readers import readings
from tests.timing import small_and_large

TITLE = "某市住房公积金管理若干规定"
LINES = (
    "第一条 为了加强住房公积金管理，维护住房公积金所有者的合法权益，制定本规定。",
    "第二条 本市住房公积金的管理和使用依法接受建设、财政、人民银行等行政管理部门的监督。",
    "第三条 职工个人缴存的住房公积金，由所在单位每月从其工资中代扣代缴，缴存比例为12%。",
    "第四条 本规定自2005年1月1日起施行。",
)
CLEAN = TITLE + "\n\n" + "\n".join(LINES) + "\n"


def _utf16(stretch: str) -> str:
    return stretch.encode("utf-8").decode("utf-16-le")


def _damaged(line_no: int, a: int, b: int) -> str:
    lines = list(LINES)
    line = lines[line_no]
    lines[line_no] = line[:a] + _utf16(line[a:b]) + line[b:]
    return TITLE + "\n\n" + "\n".join(lines) + "\n"


def _clean(text: str) -> str:
    result = clean_and_explain(text)
    assert replay(text, result.steps) == result.text
    return result.text


@pytest.mark.parametrize("line_no, a, b", [
    (0, 4, 38),   # the sentence after the label, with its commas and end mark
    (1, 4, 42),   # a whole paragraph's text
    (2, 10, 42),  # a stretch ending in ASCII digits and a sign (``12%``)
    (3, 4, 20),   # a stretch with digits, read in two pieces (its private-use leads far apart)
    (3, 0, 16),   # from the line's start, the label too
])
def test_stretch_reads_back(line_no, a, b):
    page = _damaged(line_no, a, b)
    assert len(LINES[line_no][a:b].encode()) % 2 == 0
    assert page != CLEAN
    assert _clean(page) == CLEAN


def test_two_lines_each_read_back():
    lines = list(LINES)
    lines[0] = lines[0][:4] + _utf16(lines[0][4:38]) + lines[0][38:]
    lines[1] = lines[1][:4] + _utf16(lines[1][4:42]) + lines[1][42:]
    assert _clean(TITLE + "\n\n" + "\n".join(lines) + "\n") == CLEAN


@pytest.mark.parametrize("page", [
    CLEAN,
    # an icon font's private-use glyphs beside Chinese text
    "第一条 \ue61a通知\ue600公告\ue601，图标\ue602\ue603。\n",
    # Korean and Yi text, with no private-use character
    "대한민국 헌법 제1조 ꆈꌠꁱꂷ\n",
    # private-use characters among Hangul that read as no UTF-8
    "\ue000가\ue001나\ue002다\ue003\n",
])
def test_other_text_stays(page):
    assert readings(page) == []


def test_scan_is_linear():
    for unit in (_utf16("为了规范管理") + "，", "\ue000가\ue001나", "\ue000\ue001\ue002\n"):
        small, large = small_and_large(readings, unit)
        assert large < max(30 * small, 0.5), (small, large)
