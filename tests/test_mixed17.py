"""Session 17's interplay fixes (mixed17): damage of two or three families on one span.

Each case is a real text with the damage it carried (or the damage a noise member composes, said so),
and the clean text that must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.linebreaks import glued_label_breaks

#: 北京市人大常委会组成人员守则 (DLC, 北京地方法规/地方性法规/北京/北京市人大常委会组成人员守则.md): a preamble, then
#: articles.  The mirror of the mix17_same_label_thrice member converted it to Traditional, letter-spaced its labels
#: and glued 第一条 to the preamble (the damage is the noise member's; the text is the law's own).
PREAMBLE = ("市人大常委会组成人员肩负着市人大代表和全市人民的重托，在代表大会闭会期间集体行使地方国家权力机关的职权，"
            "任务光荣而艰巨。我们应以高度责任感和使命感，严肃认真、兢兢业业地履行宪法和法律赋予的庄严职责。为此，制定本守则。")
ART1 = "常委会组成人员要努力学习建设有中国特色社会主义的理论，学习宪法、有关的法律、法规和国家的方针政策，掌握行使职权所必备的知识。"
ART2 = "常委会组成人员在行使职权中，要遵循以下指导思想：坚持建设有中国特色社会主义的理论和党的基本路线。"
ART3 = "常委会组成人员要密切联系群众。"
CLEAN = f"北京市人大常委会组成人员守则\n\n{PREAMBLE}\n\n第一条 {ART1}\n\n第二条 {ART2}\n\n第三条 {ART3}\n"


@pytest.mark.parametrize("label, rest", [
    ("第一条 ", "第二条 {a2}\n\n第三条 {a3}\n"),
    ("第 一 条 ", "第 二 条 {a2}\n\n第 三 条 {a3}\n"),           # letter-spaced labels, the first glued
    ("第　一　條 ", "第　二　條 {a2}\n\n第　三　條 {a3}\n"),       # spaced and Traditional too
])
def test_first_article_glued_to_the_preamble_opens_its_line(label, rest):
    page = f"北京市人大常委会组成人员守则\n\n{PREAMBLE}{label}{ART1}\n\n" + rest.format(a2=ART2, a3=ART3)
    out = clean_and_explain(page).text
    assert "制定本守则。\n第一条 常委会" in out  # (one break: the rule does not invent the blank line)
    assert out.replace("\n\n", "\n") == CLEAN.replace("\n\n", "\n")


def test_clean_text_and_citations_stay():
    assert clean_and_explain(CLEAN).text == CLEAN
    # a citation of article 1 after a sentence end, with no blank after the label, stays
    cited = CLEAN.replace(f"{PREAMBLE}\n\n第一条 ", f"{PREAMBLE}第一条规定的职责，")
    assert glued_label_breaks(cited) == {}
    # a page whose 第一条 opens a line already (a second document's first article glued) stays
    two = CLEAN + f"\n附件\n\n说明如下。第一条 {ART1}\n"
    assert glued_label_breaks(two) == {}
    # no 第二条 opening a line: nothing proves the page's labels
    assert glued_label_breaks(f"{PREAMBLE}第一条 {ART1}\n") == {}


def test_dlc_page_unchanged():
    path = Path("/work/ref/DLC/北京地方法规/地方性法规/北京/北京市人大常委会组成人员守则.md")
    if not path.exists():
        pytest.skip("the unpacked DLC corpus is not beside this checkout")
    text = path.read_text(encoding="utf-8")
    assert clean_and_explain(text).text == text


#: 重庆市水文条例 (DLC, 2018-07-26) writes an item glued to the one before, next to items that open lines
#: (``…墒情；（四）大中型水库…``): a clean law's style, 3 such places and 32 after a blank in DLC's 1,911 laws.
CHONGQING = ("第十二条 水文监测包括下列项目：\n\n（一）水位、流量；\n\n（二）泥沙、水温、水质；\n\n"
             "（三）降雨量、蒸发量、墒情；（四）大中型水库（水电站、山坪塘）的蓄水量。\n\n第十三条 水文机构应当。\n")


def test_glued_items_restored_only_where_labels_prove_lost_breaks():
    from corpus_tools.clean.linebreaks import restore_line_breaks

    assert restore_line_breaks(CHONGQING)[1] == []  # items glued, but no article label glued: the law's own style
    # the same law where a converter also glued an article label to the line before: its items are damage too
    damaged = CHONGQING.replace("\n\n第十三条", "第十三条").replace("第十二条", "第十一条 甲。\n\n第十二条")
    damaged = damaged.replace("第十三条 水文机构应当。", "第十三条 水文机构应当：（一）甲；（二）乙。")
    text = restore_line_breaks(damaged)[0]
    assert "\n（四）大中型水库" in text and "\n第十三条 水文机构应当：\n（一）甲；\n（二）乙。" in text


@pytest.mark.parametrize("hostile", [
    "第一条 甲：" + "（一）甲；" * 40000,                      # 200k characters of items glued in one line
    "第一条 甲。\n第二条 乙。第三条 丙：" + "（二）；" * 30000,
    "第一条 甲。\n" + "。第 一 二 三 四" * 25000,                  # a spaced label that never closes
])
def test_glued_label_and_item_scans_are_linear(hostile):
    import time

    from corpus_tools.clean.linebreaks import restore_line_breaks

    start = time.process_time()
    restore_line_breaks(hostile)
    assert time.process_time() - start < 3.0
