"""Guards between rules on pages that carry several kinds of damage (issue 15, the mixed family).

Glued trailing furniture after a sentence that ends on an ASCII full stop: the width rule keeps
``.`` before a blank (it cannot tell the sentence's end from a Latin abbreviation there), so the
furniture rule must accept the ``.`` as the end of a sentence after Han text, and the width rule at
the seams then makes it ``。``.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.rules import SITE_FURNITURE, WIDTH_SEAMS

#: 北京中轴线文化遗产保护条例 (2022-05-25, the shared corpus; its last article) as the blind member
#: ``mixed_blind_latin1_marks`` damaged it (seed 0): ASCII full stop, a share bar glued after it.
BEIJING_LAST_ARTICLE = "第三十一条 本条例自2022年10月1日起施行.\u3000分享：\n"


def test_a_share_bar_glued_after_an_ascii_full_stop_goes_and_the_stop_becomes_chinese():
    result = clean_and_explain(BEIJING_LAST_ARTICLE)
    assert result.text == "第三十一条 本条例自2022年10月1日起施行。\n"
    assert [(e.rule, e.before) for e in result.edits] == [(SITE_FURNITURE, "\u3000分享："), (WIDTH_SEAMS, ".")]


@pytest.mark.parametrize("text", [
    "第三十一条 详见www.gov.cn.\u3000分享：\n",  # a host's dot, no sentence of Han before it
    "第三十一条 版本为1.0 分享：\n",  # a decimal
    "第三十一条 本条例自2022年10月1日起施行.\n分享：\n",  # a line of its own: the furniture-line rule's, not this one
])
def test_a_dot_after_latin_or_digits_is_no_sentence_end(text):
    """Negative: only a ``.`` after Han text ends the sentence the glued furniture follows."""
    result = clean_and_explain(text)
    assert not [e for e in result.edits if e.detail == "glued trailing furniture"]


#: A mainland page a mirror converted with Taiwan phrases (OpenCC ``s2twp``, the script family's
#: ``script_s2twp_page``): www.gz.gov.cn's toolbar (field test 10, F10-G5: ``【打印】 【字体：大  中  小】``),
#: the scan widget and the print/close buttons in that conversion, around 上海市住房公积金管理若干规定's
#: 第二条 in the same conversion.  The script rule converts characters, not phrases (``列印``, ``字型``,
#: ``開啟``, ``視窗`` stay Taiwan words), so the furniture rule must know them.
TAIWAN_PHRASED_CHROME = (
    "【列印】 【字型：大  中  小】\n"
    "第二條 本規定所稱住房公積金，是指單位及其在職職工繳存的長期住房儲金。\n"
    "掃一掃在手機開啟當前頁\n"
    "【列印本頁】【關閉視窗】\n"
)


def test_chrome_in_taiwan_phrases_goes_as_the_mainland_chrome_does():
    result = clean_and_explain(TAIWAN_PHRASED_CHROME)
    assert result.text == "第二条 本规定所称住房公积金，是指单位及其在职职工缴存的长期住房储金。\n"
    removed = "".join(e.before for e in result.edits if e.rule == SITE_FURNITURE)
    assert removed == "【列印】 【字型：大  中  小】\n扫一扫在手机开启当前页\n【列印本页】【关闭视窗】\n"


@pytest.mark.parametrize("text", [
    "列印時間:113.11.22 08:46\n第七條 下列事項，除法律另有規定外，應以自治條例定之。\n",  # lawsearch.taichung.gov.tw (meta11)
    "第五条 公司应当将符合规定的议案列印于开会通知。\n列印\n",  # 列印 in a sentence; a bare word after the law's end
])
def test_taiwan_words_in_text_stay(text):
    """Negative: a print-time stamp with its value (a field, not a button) and 列印 inside a sentence stay."""
    result = clean_and_explain(text)
    assert "列印" in result.text
