"""PDF wraps read as spaces on a transcription whose printed lines were all joined with spaces and whose
lost characters are ``?`` (field test 10, F10-M5 family; closing note of session 11: wrap_spaces took one right
space less and one wrong more once the width rule kept the lost characters ASCII).

Real page: tests/real_pages/field12_layout/wanglu_t12-282349-0.txt (wanglu.net's transcription of the Macau
gazette of 8-3-2010; SOURCE.md).  A lost character's ``?`` is printed two columns wide (it stood for a Chinese
character or mark); a space after a sentence's end that is no wrap ends a paragraph, and the next printed line
starts after it (the date and signer below an article are short lines, not wraps).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.wrap_spaces import _columns

PAGE = Path(__file__).parent / "real_pages" / "field12_layout" / "wanglu_t12-282349-0.txt"


@pytest.fixture(scope="module")
def cleaned():
    return clean_and_explain(PAGE.read_text(encoding="utf-8"))


def _wrap_edits(result):
    return [e for e in result.edits if e.rule == "cjk_spaces" and "line wrap" in (e.detail or "")]


def test_the_transcriptions_wraps_go(cleaned):
    for word in ("请求更新五月十八日第97/85/M号训令", "及许可在该规章规定", "《澳门特别行政区基本法》第六十四条赋予的职权",
                 "第五款的规定，作出本批示", "《花旗骰法定规章》。", "（十三）项的效力而转换", "刻上一点至六点数目不同的点数"):
        assert word in cleaned.text, word
    assert len(_wrap_edits(cleaned)) == 7


def test_its_line_breaks_joined_with_spaces_stay(cleaned):
    """The title's end before the text, an article's date, signer and the annexed rule's title: short lines."""
    # (鉴於 -> 鉴于: the page is a Simplified transcription that left 於, F20-B7's repair since session 22)
    assert "经济财政司司长批示 鉴于经营幸运博彩" in cleaned.text
    assert "二零一零年二月二十六日 经济财政司司长 谭伯源 《花旗骰法定规章》 第一条 用具" in cleaned.text
    assert "经? 济? 财? 政? 司? 司? 长? 办? 公? 室" in cleaned.text  # letterspacing around lost characters


def test_a_lost_characters_question_mark_is_two_columns_wide():
    assert _columns("经? 济?") == 9  # 经 ? space 济 ? : 2 + 2 + 1 + 2 + 2
    assert _columns("经?? 济") == 9
    assert _columns("REGI?O") == 6  # a lost Latin letter between Latin letters: one column
    assert _columns("是否? ") == 7  # (after a Chinese character, whatever it was: printed wide)


# --- a page of short paragraphs, each wrapped once or twice (field test 8b) -------------------------------------
#
# tests/real_pages/field12_layout/ihmsje_1997_head_pdf_spaces.txt: the 动物防疫法 (1997) as ihmsje/Change-Index-Chinese-Law's
# PDF extraction gave it.  Its paragraphs are short: few lines hold two wraps, so the distances between wraps did
# not agree on a width (and the indented article labels, ``　　第一条 为了…``, were counted as wraps' neighbours);
# the first wrap of each line, measured from the line's start, shows it.

SHORT = Path(__file__).parent / "real_pages" / "field12_layout" / "ihmsje_1997_head_pdf_spaces.txt"


def test_a_law_of_short_paragraphs_gets_its_words_back():
    result = clean_and_explain(SHORT.read_text(encoding="utf-8"))
    assert len(_wrap_edits(result)) == 26  # (pdf17: ``畜牧兽医行 政管理部门``, after 行, one print width from the wrap before)
    assert "国务院畜牧兽医行政管理部门" in result.text
    for word in ("扑灭动物疫病，促进养殖业发展", "《中华人民共和国进出境动植物检疫法》", "合法捕获的其他动物。", "种蛋以及未经加工的胴体",
                 "主管本行政区域内的动物防疫工作", "宣传教育和技术指导"):
        assert word in result.text, word
    # the labels' separators and the headings' letterspacing stay
    assert "第一条 为了加强对动物防疫工作的管理" in result.text and "第十三条 动物防疫监督机构" in result.text
    assert "第一章 总 则" in result.text
