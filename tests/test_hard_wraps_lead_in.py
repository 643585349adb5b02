"""hard_wraps: a lead-in sentence cut before its colon, its items after it (issue 15, seen noise).

Real page: kong0107/mojLawSplitXML @ ef1e0c3, FalVMingLing/L0020048.xml (救護車裝備人力配置標準, field test 6,
/work/field6/kong0107+mojLawSplitXML): the law database wraps article 4 at a fixed width, ``…並應有下列之裝⏎
備：⏎ (一) 加護急救箱…``; the build kept the lead-in's tail ``備：`` on a line of its own.  The seen noise
members layout_html_br_wrap and layout_html_p_per_line cut the same shape (``…應當遵守⏎下列規定：⏎（一）…``).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.layout import join_hard_wraps

#: L0020048.xml article 4 (lines 62-65 of the file's 條文內容), Traditional as the file writes it.
ARTICLE_4 = """四、加護救護車之裝備，除應符合一般救護車之規定外，並應有下列之裝
    備：
 (一) 加護急救箱，其配備項目，如附表四。
 (二) 可攜帶式之心臟監視器。
"""


def test_the_lead_in_gets_its_colon_back():
    text = clean_and_explain(ARTICLE_4).text
    assert text.split("\n")[0].endswith("並應有下列之裝備：") or text.split("\n")[0].endswith("并应有下列之装备：")
    assert "\n（一）" in text


@pytest.mark.parametrize("text", [
    # a letterhead, then the addressee line and the first item: nothing announces a list
    "某市人民政府办公室关于加强安全生产管理的通知\n各区县人民政府：\n一、总体要求",
    # a heading is short
    "第十三条 禁止下列行为\n具体如下：\n（一）向水体倾倒废物；",
    # the line after the colon is no item: the colon closes a label of its own
    "城市道路及其附属设施的容貌应当符合有关标准\n要求：\n道路路面平坦、完好。",
])
def test_lines_that_are_no_cut_lead_in_stay(text):
    out, edits, _ = join_hard_wraps(text)
    assert [e for e in edits if "lead-in" in str(e.detail)] == []


def test_a_clean_lead_in_and_its_items_stay_byte_identical():
    text = "第十九条 城市道路及其附属设施的容貌应当符合下列规定：\n（一）道路路面平坦、完好；\n（二）交通护栏保持整洁。\n"
    assert join_hard_wraps(text) == (text, [], [])
