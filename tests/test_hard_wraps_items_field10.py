"""hard_wraps on the first line of an enumerated item, on page numbers and on field boxes (field test 10).

Real pages (tests/real_pages/field10_layout/SOURCE.md, tests/real_pages/field10_findings/):

* F10-W1, 桃園市政府法制作業要點 (law.tycg.gov.tw print view): the first line of points 五、七、八、九、 reaches
  the page's wrap width and ends mid-word, but only two other lines do: no page width was measured and the
  four first lines stayed cut (``…之作為或不作為⏎必要者，…``) while the points' later lines were joined.
* F10-W1, 黑龙江 量刑 实施细则 (nonameche/law-pdf-extract, PDF text wrapped at 25): an item's first line
  was never joined, even inside a word (``…公然破坏生⏎产经营``); headings of 罪名 (``十一、破坏生产经营罪（刑法
  第二百七十六条``) and items that end short (``（4）其他…的情形``) stay on their lines.
* the same 黑龙江 text: a page number alone before the page's blank line was joined to the line above
  (``…致使枯⏎12⏎⏎萎或者…`` became ``致使枯12``).
* F10-A1, 浠水县人民政府 (zwgk.xishui.gov.cn): an info box two fields per line, the second label letterspaced
  (``文件标题: …的通知⏎文 号: 浠政发〔2017〕1号 主题词:``): the two lines were joined into the title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.layout import _item_wrap_width, _wrap_width, join_hard_wraps

PAGES = Path(__file__).parent / "real_pages" / "field10_layout"
FINDINGS = Path(__file__).parent / "real_pages" / "field10_findings"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


def _wraps(result) -> list:
    return [e for e in result.edits if e.rule == "hard_wraps"]


def test_tw_points_first_lines_joined_at_the_width_their_lines_share():
    result = clean_and_explain((PAGES / "tycg_GL001104.txt").read_text(encoding="utf-8"))
    lines = _lines(result.text)
    for joined in (
        "五、办理本市自治事项，有经常适用且赋予一定法律效果之作为或不作为必要者，应制（订）定自治法规。",
        "七、自治条例得就违反本市自治事项之行政业务者，规定处以罚锾或其他种类之行政罚。但法律另有规定者，不在此限。",
        "八、订定法规命令及实质意义法规命令，除情况急迫，显然无法事先公告周知者外，应于本府公报或新闻纸公告，载明下列事项：",
        "九、订定法规命令，依法举行听证者，应于本府公报或新闻纸公告，载明下列事项：",
    ):
        assert joined in lines
    # the points, their items and the page's fields stay on lines of their own
    for whole in ("六、下列事项以自治条例定之：", "（一）法律或自治条例规定应经本市议会议决者。", "（二）订定依据。",
                  "法规名称： 桃园市政府法制作业要点", "发文字号： 府法综字第1050275799号 函", "贰、自治法规之制（订）定"):
        assert whole in lines
    assert sum("items' lines counted" in e.detail for e in _wraps(result)) == 4


def test_item_width_needs_a_fixed_width_page():
    """Without the points' lines the page shows no width; with paragraphs written whole (lines far
    longer than the width, as in any clean text) it shows none either."""
    text = clean_and_explain((PAGES / "tycg_GL001104.txt").read_text(encoding="utf-8"), rules=["traditional_to_simplified", "width", "cjk_spaces"]).text
    assert _wrap_width(text) is None and _item_wrap_width(text) == 30
    whole = "本要点所称法规命令，是指本府依法律授权订定，对多数不特定人民就一般事项所作抽象之对外发生法律效果之规定。\n"
    assert _item_wrap_width(text + whole * 5) is None


def test_pdf_item_cut_inside_a_word_joined_without_a_measured_width():
    result = clean_and_explain((PAGES / "heilongjiang_cut.txt").read_text(encoding="utf-8"))
    lines = _lines(result.text)
    assert "（2）三次以上破坏生产经营或者纠集3人以上公然破坏生产经营，并造成公私财物损失数额在3万元以上的" in lines
    for whole in ("十一、破坏生产经营罪（刑法第二百七十六条", "（4）其他破坏生产经营应当追究刑事责任的情形",
                  "（1）造成公私财物损失数额在5万元以上的", "1O"):
        assert whole in lines


def test_pdf_items_at_the_width_joined_headings_and_page_numbers_kept():
    result = clean_and_explain((FINDINGS / "heilongjiang_lianggui_ocr_only.txt").read_text(encoding="utf-8"))
    text = result.text
    lines = _lines(text)
    for joined in ("公然破坏生产经营，", "犯罪所得收益罪（刑法第三白一十二条）", "保护植物罪（刑法第三百四十四条）",
                   "传播淫秽物品牟利罪和传播淫秽物品罪（刑法"):
        assert joined in text
    # headings shorter than the width and items ending short stay whole
    for whole in ("十一、破坏生产经营罪（刑法第二百七十六条", "十二、开设赌场罪（刑法第三百零三条第二款",
                  "（4）其他开设赌场应当追究刑事责任的情形", "十八、附则"):
        assert whole in lines
    # a page number before the page's blank line is no piece of the line above (since session 12 the run of page
    # numbers goes as site furniture: lone_page_numbers; either way it is glued to no line)
    assert "致使枯12" not in text and "处16" not in text and "第一4" not in text


def test_field_box_lines_two_fields_each_stay_apart():
    result = clean_and_explain((PAGES / "xishui_zfwj_206.txt").read_text(encoding="utf-8"))
    lines = _lines(result.text)
    assert "文件标题： 县人民政府关于印发《浠水县人民政府工作规则》的通知" in lines
    assert "文 号： 浠政发〔2017〕1号 主题词：" in lines


@pytest.mark.parametrize("text", [
    # list headings followed by their paragraph (real pages: tests/real_pages/pbc_meta tiaofasi 000123, raw/000)
    "三、银行结算账户的管理（一）备案类银行结算账户的备案方式\n银行应通过账户管理系统向人民银行上海总部、当地分支行报备备案类银行结算账户。",
    "（五）建立健全银行结算账户业务复核制度\n人民银行上海总部、各分支行和银行应建立健全银行结算账户业务复核制度。",
    "2.关于《常州市促进智能制造发展条例(草案)》(征求意见稿)的说明\n常州市司法局",
    # a long list heading whose last two characters stand before the paragraph's first elsewhere, but not
    # its last before the paragraph's first two (``责任各`` in ``责任各方``; no ``任各地``): no word across the break
    "（一）加强组织领导健全工作机制压实各方主体责任\n各地要把思想统一到中央的决策部署上来。\n明确责任各方分工。",
    # a field line over a sentence: no record
    "文件标题：关于印发工作规则的通知\n各乡镇人民政府，县政府各部门：",
])
def test_headings_and_their_paragraphs_stay_apart(text):
    assert join_hard_wraps(text)[1] == []


@pytest.mark.parametrize("text", [
    "发布机构： 某县人民政府 发文日期： 2017-01-28\n文件标题： 县人民政府关于印发工作规则的通知\n文 号： 某政发〔2017〕1号 主题词：",
    "密　级：普通\n紧急程度：一般",
])
def test_letterspaced_field_lines_are_a_record(text):
    assert join_hard_wraps(text)[1] == []


def test_an_items_later_lines_keep_their_evidence_once_its_first_line_is_joined():
    """The 基本法 booklet (tests/real_pages/field7/basiclaw_booklet_gb_head.txt, samiux/samiux.github.io): once an
    item's first line is joined, its later breaks are lines of running text, not of a list heading (as they were
    when the first line stayed apart)."""
    text = (Path(__file__).parent / "real_pages" / "field7" / "basiclaw_booklet_gb_head.txt").read_text(encoding="utf-8")
    out = clean_and_explain(text).text
    assert "任免最高人民检察院副检察长、检察员、检察委员会委员和军事检察院检察长，" in out
