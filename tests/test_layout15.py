"""Layout members of session 15 (layout15): a fixed-width wrap that falls right after a sentence's mark or
before a bracketed word; bare page numbers between the halves of a sentence; a form feed gluing a page's number
to the next page's first line; ``·1·`` page feet; a page break after a comma on a page of blank-line paragraphs;
an article label glued after a sentence end; the 民法典 PDF's §1260 cut after ``、`` (F14-C3).

Real data: the 民法典 PDF's lines (zitzhen/Chinese-law, field test 14: their text and x extents as pypdfium2
reads them); clean DLC laws printed with the family's damage (tests/real_pages/layout15/README.md).
Negative cases: the 民法典's §565 (a line at the edge ending on 。, a page without blank lines nor
indentation: no evidence, kept), a blank-line page whose short lines end sentences before a single newline,
footnote numbers, a citation of the next article, lists written inline in DLC laws.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.layout import _mark_wrap_edits, _run_line_edits, join_hard_wraps
from corpus_tools.clean.linebreaks import glued_label_breaks, restore_line_breaks
from corpus_tools.clean.mojibake import remove_invisible_characters
from corpus_tools.clean.page_numbers import printed_page_numbers, sentence_page_numbers
from corpus_tools.formats import PdfLine, unwrap_lines
from tests.timing import cpu_seconds

PAGES = Path(__file__).parent / "real_pages" / "layout15"


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- wraps after a mark, before a bracket


def test_a_typeset_wrap_after_a_mark_is_joined_on_a_page_of_blank_line_paragraphs():
    result = clean_and_explain(_page("jiliang_typeset_wrap.txt"))
    text = result.text
    # 。 ；：at the width, the paragraph going on: joined
    assert "或者销售无合格证（印）的计量器具；" in text
    assert "需要实行强制检定的，由省计量主管部门根据经济社会和科学技术的发展，会同省有关部门确定" in text
    joins = [e for e in result.edits if e.rule == "hard_wraps" and "after a sentence's mark" in e.detail]
    assert joins and all(e.after == "" and "\n\n" not in e.before for e in joins)
    # the paragraphs and the items stay apart
    assert "\n\n（五）制造已取得型式批准的计量器具" in text
    assert "\n\n第十三条 非强制检定的计量器具" in text


def test_a_short_line_ending_a_sentence_before_one_newline_keeps_every_such_break():
    para = "第一条 一二三四五六七八九十一二三四五六七，\n甲乙丙丁戊己庚辛壬癸一二三四五六七八九十。\n子丑寅卯辰巳午未申酉戌亥。\n\n"
    assert len(_mark_wrap_edits(para * 3, 21)) == 3
    # the same page with one paragraph written with a single newline after a short line: nothing joined
    assert _mark_wrap_edits(para * 3 + "第九条 一二三。\n二三四。\n\n", 21) == []
    # (pdf16: a line one short of the width ends its paragraph: a Han character would have fitted, 民法典 §519)
    assert _mark_wrap_edits(para * 3, 22) == []


def test_the_civil_codes_565_stays_without_blank_lines_or_indentation():
    """民法典 PDF §565 (F14-C3): a line at the edge ending on 。 before the next sentence of the paragraph; the
    page separates paragraphs by one newline and does not indent them: nothing tells this break from a
    paragraph's end, and it stays (NOISE KEPT, as reported)."""
    page = ("第五百六十五条　当事人一方依法主张解除合同的，应当通知对方。合同自通知到达对方时解除；通知载明债务人"
            "在一定期限内不履行债务则合同自动解除，债务人在该期限内未履行债务的，合同自通知载明的期限届满时解除。\n"
            "对方对解除合同有异议的，任何一方当事人均可以请求人民法院或者仲裁机构确认解除行为的效力。\n"
            "当事人一方未通知对方，直接以提起诉讼或者申请仲裁的方式依法主张解除合同，人民法院或者仲裁机构确认该主"
            "张的，合同自起诉状副本或者仲裁申请书副本送达对方时解除。\n")
    assert join_hard_wraps(page)[1] == []


# --------------------------------------------------------------------------- page numbers and form feeds


def test_bare_page_numbers_between_the_halves_of_a_sentence_go():
    text = clean_and_explain(_page("wenzhou_pdf_pages.txt")).text
    assert "引导社会资本参与环境卫生设施的建设和经营。" in text
    assert "环境1卫生" not in text


def test_footnote_marks_counting_up_are_no_page_numbers():
    page = "本条例所称的市容环境卫生管理，是指对城市道路、广场、\n" * 8
    text = page + "推广“枫桥人民法\n1\n庭”经验。\n" + page + "坚持\n2\n发展。\n" + page + "加强\n3\n管理。\n" + "1\n见《某某条例》。\n"
    assert sentence_page_numbers(text) == []


def test_a_form_feed_between_a_page_number_and_the_next_page_is_a_line_break():
    assert remove_invisible_characters("参与环境\n1\f卫生设施")[0] == "参与环境\n1\n卫生设施"
    assert remove_invisible_characters("参与环境\n1\n\f卫生设施")[0] == "参与环境\n1\n卫生设施"
    assert remove_invisible_characters("第一条\f")[0] == "第一条"


def test_pages_glued_by_form_feeds_lose_their_numbers():
    page = _page("wenzhou_pdf_pages.txt")
    glued = page.replace("环境\n1\n卫生", "环境\n1\f卫生")
    assert glued != page
    assert "环境卫生设施的建设" in clean_and_explain(glued).text


def test_page_numbers_between_dots():
    t = "拥有本市农村土地承包经营权证的非农业户籍人员，\n·1·\n凭本人居民身份证…"
    assert [t[a:b] for a, b in printed_page_numbers(t)[0]] == ["·1·"]
    assert printed_page_numbers("甲·1·乙")[0] == []


def test_a_page_break_after_a_comma_on_a_page_of_blank_line_paragraphs_is_joined():
    text = clean_and_explain(_page("linyi_pdf_pages.txt")).text
    assert "志愿服务、技术支持等方式参与红色文化保护与传承工作。" in text
    assert "- 1 -" not in text


# --------------------------------------------------------------------------- glued labels


def test_an_article_label_glued_after_a_sentence_end_opens_its_line():
    t = "第一条 为了甲，制定本条例。\n\n第二条 本条例适用于乙。 第三条 丙应当丁。\n\n第四条 戊。\n"
    text, edits, _ = restore_line_breaks(t)
    assert "乙。\n第三条 丙应当丁。" in text and len(edits) == 1


@pytest.mark.parametrize("page", [
    # a citation of the next article starting a sentence
    "第一条 甲。\n第二条 乙。第三条规定的丙。\n第三条 丙。\n第四条 庚。",
    # labels without a blank after them: nothing to compare
    "第一条甲。\n第二条乙。第三条丙。\n第四条庚。",
    # DLC 广东省人力资源市场条例 §48: items written with a blank between them, in a list whose last item opens a
    # line (23 such places in 13 DLC laws): items are not restored
    "第四十八条 人力资源社会保障主管部门和有关主管部门及其工作人员有下列情形之一的，对直接负责的主管人员和其他直接责任人员依法给予处分："
    " （一）不依法作出行政许可决定； （二）在办理行政许可或者备案、实施监督检查中，索取或者收受他人财物，或者谋取其他利益；"
    " （三）不依法履行监督职责或者监督不力，造成严重后果的；\n（四）其他滥用职权、玩忽职守、徇私舞弊的情形。\n",
])
def test_no_break_without_the_pages_evidence(page):
    assert glued_label_breaks(page) == {}
    assert restore_line_breaks(page)[1] == []


# --------------------------------------------------------------------------- the 民法典 PDF (F14-C3 §1260)


def test_a_pdf_line_ending_on_a_pause_mark_short_of_the_edge_goes_on():
    """民法典 PDF p.104 (lines as pypdfium2 reads them: text, left and right ink in points, page)."""
    lines = [PdfLine("第一千二百六十条\u3000本法自2021年1月1日起施行。《中华人民共和国婚姻法》、《中华人民共和国继承法》、", 33.9, 544.5, 103),
             PdfLine("《中华人民共和国民法通则》、《中华人民共和国收养法》、《中华人民共和国担保法》、《中华人民共和国合同", 39.1, 566.8, 103),
             PdfLine("法》、《中华人民共和国物权法》、《中华人民共和国侵权责任法》、《中华人民共和国民法总则》同时废止。", 34.0, 549.7, 103),
             PdfLine("第一千二百五十九条\u3000民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“超", 33.9, 567.6, 103)]
    out = unwrap_lines(lines, 10.38)
    assert out[0].startswith("第一千二百六十条") and out[0].endswith("同时废止。") and len(out) == 2
    # a line ending on 、 far from the edge (a table's cell, a short list line) stays
    short = [PdfLine("甲、", 33.9, 120.0, 0), PdfLine("乙。", 33.9, 120.0, 0), PdfLine("丙丁戊己庚辛", 33.9, 567.6, 0)]
    assert unwrap_lines(short, 10.38)[:2] == ["甲、", "乙。"]


# --------------------------------------------------------------------------- linear scans


@pytest.mark.parametrize("name, scan", [
    ("mark wraps", lambda t: _mark_wrap_edits(t, 22)),
    ("sentence page numbers", sentence_page_numbers),
    ("glued labels", glued_label_breaks),
    ("hard wraps", join_hard_wraps),
    ("run lines", _run_line_edits),
])
def test_scans_are_linear_on_hostile_input(name, scan):
    units = {
        "mark wraps": "甲乙丙丁戊己庚辛壬癸一二三四五六七八九十。\n（镇）",
        "sentence page numbers": "甲乙丙丁，\n1\n戊己\n",
        "glued labels": "。第三条 甲；（二）乙：",
        "hard wraps": "一二三四五六七八九十一二三四五六七八九十一\n（镇）甲。\n\n",
        "run lines": "关于开展\n2021\n年",
    }
    small = (units[name] * 20000)[:20_000]
    big = (units[name] * 200000)[:200_000]
    t_small, t_big = cpu_seconds(scan, small), cpu_seconds(scan, big)
    assert t_big < max(0.5, 30 * t_small), (name, t_small, t_big)


# --------------------------------------------------------------------------- one inline run per line (F13-B5)

#: electricity_rag (field test 13), ``2021-02-05_天津_天津市工业和信息化局_…实施细则的通知.txt``: the extractor wrote every
#: ``<span>`` on a line of its own (lines copied as the file has them).
TIANJIN = ("为落实国家和我市关于春节期间能源保供工作部署要求，充分保障群众用电用热需求，依据《市工业和信息化局关于开展\n2021\n"
           "年电力需求响应工作的通知》（津工信电力〔\n2021\n〕\n2\n号）等文件，我局组织编制了《天津市\n2021\n"
           "年春节期间电力需求响应实施细则》，现予以印发，请遵照执行。\n特此通知。\n"
           "一、实施背景\n2018~2020\n年，我市连续在春节期间实施了填谷电力需求响应试点，从实施效果来看，负荷水平显著提升，保障了天津地区\n2\n"
           "台供热机组连续稳定运行，满足了超过\n1000\n万平米居民采暖需求。\n")


def test_numbers_set_on_lines_of_their_own_join_their_sentence():
    text = join_hard_wraps(TIANJIN)[0]
    assert "依据《市工业和信息化局关于开展2021年电力需求响应工作的通知》（津工信电力〔2021〕2号）等文件" in text
    assert "保障了天津地区2台供热机组连续稳定运行，满足了超过1000万平米居民采暖需求。" in text
    # a list heading before a number stays a line of its own
    assert "\n一、实施背景\n" in text


def test_a_page_number_inside_a_sentence_is_no_inline_run():
    page = TIANJIN + "本条例所称的市容环境卫生管理，引导社会资本参与环境\n1\n卫生设施的建设。\n"
    assert "环境\n1\n卫生" in join_hard_wraps(page)[0]


def test_a_lone_page_number_inside_a_word_is_not_glued_into_it():
    """枣庄市环城绿道管理条例 (DLC) printed by ``layout_pdf_formfeed_glued``: two pages only, too few numbers to count
    the pages: the number stays on its line, not read into the word (``征1求``)."""
    page = ("第九条 编制、调整环城绿道规划应当征求有关部门的意见，并采取适当方式征\n1\f求专家和公众的意见。\n\n"
            "第十条 市林业和绿化主管部门应当会同有关部门，\n2\f加强环城绿道的管理。\n")
    text = clean_and_explain(page).text
    assert "征1求" not in text and "征\n1\n求" in text


def test_a_number_the_sentence_reads_is_joined_as_before():
    """北京市图书馆条例 printed one inline run per line: ``不少于⏎70⏎小时`` splits no word (``于小`` stands nowhere
    else): joined as main joined it."""
    text = clean_and_explain(_page("library_inline_runs.txt")).text
    assert "每周的开放时间不少于70小时" in text


# Review 15, R15-F7: a form feed inside a sentence (a Word export's manual page break, an injected invisible
# character) is removed as before; only a page's number (or a finished sentence) before it makes a line break.
@pytest.mark.parametrize(("text", "expected"), [
    ("第一条 为了加强\f管理，制定本条例。", "第一条 为了加强管理，制定本条例。"),
    ("县\f级以上地方各级人民政府应当加强领导。", "县级以上地方各级人民政府应当加强领导。"),
])
def test_a_form_feed_inside_a_sentence_goes(text, expected):
    assert clean_and_explain(text).text == expected
