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


#: samiux HK gazette PDF cs220202449139.pdf (field 16, /work/field16/samiux_gazette_pdf; L.N. 139 of 2020, 附表 3
#: 第 9 條 (5)), its text as the PDF reader gives it: the wrap cuts 憑⏎藉.  Line by line, OpenCC read 藉 alone and kept
#: it (``凭⏎藉本条``), and the wrap stayed; the official Simplified text writes 凭借.
SAMIUX = ("第 9 條\n"
          "(5) 法庭如裁定該被告人曾經從其被定罪或本可被定罪的危\n害國家安全罪行中獲利，須釐定出就該被告人的案件憑\n"
          "藉本條須追討的款額。須追討的款額是法庭評定為該被\n告人所干犯的危害國家安全罪行的得益的價值，但如法\n"
          "庭信納在發出沒收令時變現可得的款額，少於法庭評定\n為該價值的款額，則法庭可釐定須追討的款額為——\n"
          "(a) 法庭覺得在發出沒收令時變現可得的款額；或\n")


def test_phrase_cut_by_a_wrap_converts_as_one_word():
    out = clean_and_explain(SAMIUX).text
    assert "凭借本条" in out.replace("\n", "")
    assert "藉" not in out


def test_wrapped_traditional_phrase_of_a_mainland_word():
    # 瞭解 cut by a wrap: line by line 瞭 stays (OpenCC maps it only inside 瞭解); joined it is 了解
    page = "第一條 經濟顯\n著，發\n表意見，保持環境乾\n淨，瞭\n解情況。\n"
    assert clean_and_explain(page).text == "第一条 经济显\n著，发\n表意见，保持环境干\n净，了\n解情况。\n"


def test_simplified_wrapped_page_unchanged():
    page = "第一条 本条例所称显\n著提高，指经济。\n第二条 保持环境干\n净整洁。\n"
    assert clean_and_explain(page, rules=["traditional_to_simplified"]).text == page


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
