"""Field test 13's cleaning findings (notes field13.md F13-A2, F13-B2, F13-B3) and the clean text that must stay
byte-identical beside them.

Every positive case starts from the real page that showed it (tests/real_pages/field13_fix/SOURCE.md); every
negative case is real or clean text holding the same characters for a reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.markup_residue import literal_markup_runs
from corpus_tools.clean.mojibake import SIG_LEAD_CHARS
from corpus_tools.clean.rules import SITE_FURNITURE, TRADITIONAL_TO_SIMPLIFIED, UTF8_AS_GBK
from tests.real_build import page_documents

FOLDER = Path(__file__).parent / "real_pages" / "field13_fix"

# --------------------------------------------------------------------------
# F13-A2: t2s converted the residue utf8_as_gbk left (鏈 -> 链)
# --------------------------------------------------------------------------

DZX = FOLDER / "dz-x_mip_article_1890.txt"
RESIDUE = "suspected UTF-8-as-GBK mojibake residue kept byte-exact"


def test_residue_of_utf8_read_as_gbk_is_not_converted() -> None:
    """dz-x.net: utf8_as_gbk repairs ``鏃ワ紝`` -> ``日，``; the ``鏈`` before it (月's first two bytes, its third lost)
    and the ``闃`` of ``绗洓闃舵銆`` (第四阶段。) became ``链`` and ``阒`` on lead13 6a1af6b."""
    result = clean_and_explain(DZX.read_text(encoding="utf-8"))
    assert [e.after for e in result.edits if e.rule == UTF8_AS_GBK][:3] == ["进入", "作为三大", "日，"]  # the repairs stay
    assert "3鏈30日，" in result.text and "链" not in result.text
    assert "绗洓闃舵銆" in result.text and "阒" not in result.text
    assert [e for e in result.edits if e.rule == TRADITIONAL_TO_SIMPLIFIED] == []
    named = sorted(w.excerpt for w in result.warnings if w.message.startswith(RESIDUE))
    assert named == ["3鏈30日", "L进入绗洓闃舵銆"]


@pytest.mark.parametrize("lost", [115, 137])
def test_residue_of_continuation_bytes_is_not_converted_either(lost: int) -> None:
    """My variant: an article read as GBK with one byte lost; utf8_as_gbk repairs most of the line, and what it leaves
    holds characters of continuation bytes whose lead went (``檯``, ``銈``): on lead13 6a1af6b t2s converted them."""
    article = "第一条 为了规范城市绿化管理，保护和改善生态环境，根据有关法律法规，结合本市实际，制定本条例。"
    raw = article.encode("utf-8")
    page = "某市城市绿化条例\n\n" + (raw[:lost] + raw[lost + 1 :]).decode("gbk", errors="replace") + "\n"
    result = clean_and_explain(page)
    assert [e for e in result.edits if e.rule == TRADITIONAL_TO_SIMPLIFIED] == []
    assert [w for w in result.warnings if w.message.startswith(RESIDUE)]


def test_a_traditional_sentence_beside_the_residue_still_converts() -> None:
    """Negative: the guard keeps residue only. A Traditional sentence (the Basic Law's art. 18) on the same page is a
    Traditional unit and converts, its 鏈-shaped characters too (鐵 is no UTF-8 lead pair; 鏈 in a Traditional sentence
    is Traditional text)."""
    page = DZX.read_text(encoding="utf-8")
    traditional = "第十八條 在香港特別行政區實行的法律為本法以及本法第八條規定的香港原有法律和香港特別行政區立法機關制定的法律，產業鏈。"
    result = clean_and_explain(page + "\n" + traditional + "\n")
    assert "在香港特别行政区实行的法律为本法以及本法第八条规定的香港原有法律和香港特别行政区立法机关制定的法律，产业链。" in result.text


def test_an_isolated_traditional_character_on_a_clean_page_still_converts() -> None:
    """Negative: without mojibake on the page nothing says 鏈 is residue: the isolated Traditional character converts."""
    result = clean_and_explain("第一条 为了完善产业鏈，制定本办法。\n")
    assert result.text == "第一条 为了完善产业链，制定本办法。\n"
    assert not [w for w in result.warnings if w.message.startswith(RESIDUE)]


def test_an_isolated_traditional_character_that_no_utf8_byte_makes_still_converts() -> None:
    """Negative: on the mojibake page, an isolated Traditional character whose GBK bytes are no UTF-8 lead pair (國:
    87 F8) is no residue and converts."""
    assert "國" not in SIG_LEAD_CHARS
    result = clean_and_explain(DZX.read_text(encoding="utf-8") + "\n腾讯云在中國的市场。\n")
    assert "腾讯云在中国的市场。" in result.text


# --------------------------------------------------------------------------
# F13-B2: literal <br/> lines kept; C1: the notice not split from its 实施方案
# --------------------------------------------------------------------------

LAODONGFA = FOLDER / "laodongfa_stadata_bmgz_7504.txt"


def test_literal_line_breaks_go_with_the_rest_of_the_markup() -> None:
    """laodongfa.com prints 晋政发〔2018〕13号 as markup: its ``<p><br/></p>`` and ``<p><strong><br/></strong></p>`` left a
    line ``<br/>`` seven times (lead13 6a1af6b), between 〈此件公开发布〉 and the 实施方案's title among them."""
    result = clean_and_explain(LAODONGFA.read_text(encoding="utf-8"))
    assert "<" not in result.text and ">" not in result.text
    lines = result.text.splitlines()
    at = lines.index("（此件公开发布）")
    assert lines[at - 2 : at + 2] == ["山西省人民政府", "2018年3月27日", "（此件公开发布）", "山西省激发重点群体活力带动城乡居民增收的实施方案"]
    assert lines[at + 2].startswith("根据《国务院关于激发重点群体活力带动城乡居民增收的实施意见》")
    # what went is tags only: every word of the page stays
    removed = [e.before for e in result.edits if e.rule == SITE_FURNITURE]
    assert removed and all(before.strip().startswith("<") and before.strip().endswith(">") for before in removed)


def test_the_notice_and_its_plan_are_two_documents() -> None:
    """F13-C1: with the ``<br/>`` lines gone the 印发 notice ends at its date and the 实施方案 is its attachment."""
    documents = page_documents(LAODONGFA)
    assert [(d.role, d.doc_type, d.title, d.written) for d in documents] == [
        ("notice", "notice", "", "2018-03-27"),
        ("attachment", "plan", "山西省激发重点群体活力带动城乡居民增收的实施方案", None),
    ]


#: F13-B2's variant (field13.md): a short page printed as markup WITHOUT attributes on most tags.
UNATTRIBUTED = (
    "发文机关:某省人民政府\n<p>各市人民政府：</p><p>现将有关事项通知如下。</p><p><br/></p><p>一、总体要求</p><p><br></p>"
    "<p>二、工作任务</p><p><br /></p><p style=\"text-align: right;\">某省人民政府</p>\n"
)


@pytest.mark.parametrize("page, expected", [
    (UNATTRIBUTED, "发文机关：某省人民政府\n各市人民政府：\n现将有关事项通知如下。\n一、总体要求\n二、工作任务\n某省人民政府\n"),
    # my variants: upper-case tags, a line break inside a paragraph, a rule, bold pairs in a text page
    ("<P>第一条 为了规范管理，制定本办法。<BR>第二条 本办法适用于本市。</P><P>第三条 本办法自公布之日起施行。</P><HR><P>附件</P>\n",
     "第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市。\n第三条 本办法自公布之日起施行。\n附件\n"),
    ("<b>第一条</b> 为了规范管理。\n<b>第二条</b> 本办法适用于本市。\n<b>第三条</b> 本办法自公布之日起施行。\n",
     "第一条 为了规范管理。\n第二条 本办法适用于本市。\n第三条 本办法自公布之日起施行。\n"),
])
def test_markup_without_attributes_goes_when_its_elements_close_on_their_lines(page: str, expected: str) -> None:
    assert clean_and_explain(page).text == expected


@pytest.mark.parametrize("page", [
    "第五条 浓度<100 mg时，x<a。\n<中华人民共和国香港特别行政区基本法>\n",  # comparisons, a title in angle brackets
    "申请材料：□身份证<br>□护照<br>□其他\n",  # a crawler's cell with <br> alone: no page printed as markup
    "<p>第一条 为了规范管理，制定本办法。</p>\n<p>第二条 本办法适用于本市。</p>\n",  # two elements only: below the evidence
    "第十条 以<b>粗体</b>标出的条款，为强制性条款。\n",
    # a standard quoting HTML as its example (review 13, R13-F10): its line opens with words
    "附录A 网页无障碍示例：段落应使用<p>标签，如<p>第一段</p><p>第二段</p><p>第三段</p>；标题使用<h1>一级标题</h1>。\n",
])
def test_a_few_tags_or_angle_brackets_are_no_page_printed_as_markup(page: str) -> None:
    assert literal_markup_runs(page) == []
    assert not [e for e in clean_and_explain(page).edits if "markup" in e.detail]


# --------------------------------------------------------------------------
# F13-B3: 〔〕 of a document number printed as „‟ (a word processor's symbol font)
# --------------------------------------------------------------------------

XIEXIEBANG = FOLDER / "xiexiebang_a10_2019051410_d2bb0893.txt"


def test_the_cited_document_number_gets_its_brackets_back() -> None:
    """xiexiebang.com: ``(国办发„2009‟3号)`` stayed as it was on lead13 6a1af6b; the page writes its own
    ``湘政办发〔2009〕24号`` right, which the edits name as support."""
    page = XIEXIEBANG.read_text(encoding="utf-8")
    assert "国办发„2009‟3号" in page
    result = clean_and_explain(page)
    assert "（国办发〔2009〕3号）" in result.text and "„" not in result.text and "‟" not in result.text
    repairs = [e for e in result.edits if e.detail.startswith("symbol-font bracket in a document number")]
    assert [(e.rule, e.before, e.after) for e in repairs] == [("width", "„", "〔"), ("width", "‟", "〕")]
    assert all(e.detail.endswith("the page writes 〔〕 in its own numbers") for e in repairs)


@pytest.mark.parametrize("text, expected", [
    # my variants: another issuer code without 发, blanks, 第, Traditional 號, full-width digits, no support on the page
    ("依据《财政部 国家税务总局关于调整增值税税率的通知》（财税„2018‟32号）", "（财税〔2018〕32号）"),
    ("按照鄂政发„ 2018 ‟第26号文件执行。", "鄂政发〔 2018 〕第26号"),
    ("依據行政院台規字„2019‟12號函辦理。", "依据行政院台规字〔2019〕12号函办理。"),
    ("根据国发„２０１８‟４４号精神。", "国发〔2018〕44号"),
])
def test_symbol_font_brackets_in_other_document_numbers(text: str, expected: str) -> None:
    result = clean_and_explain(text)
    assert expected in result.text
    assert [e.detail for e in result.edits if e.after in "〔〕"] == ["symbol-font bracket in a document number"] * 2


@pytest.mark.parametrize("text", [
    "见„通知‟第三条的规定。",  # quotation marks around a title: nothing says they were 〔〕
    "国办发„2009‟的规定。",  # no serial and 号: no document number's shape
    "第一条 2009„3号",  # no issuer code before
])
def test_symbol_font_characters_outside_a_document_number_are_kept_and_reported(text: str) -> None:
    result = clean_and_explain(text)
    assert "„" in result.text and not [e for e in result.edits if e.after in "〔〕"]
    assert [w for w in result.warnings if "symbol font" in w.message]


def test_german_quotation_marks_in_latin_text_are_left_alone() -> None:
    text = "Das „Recht‟ gilt. Article 5 of the „Basic Law‟ applies.\n"
    result = clean_and_explain(text)
    assert result.text == text and not [w for w in result.warnings if "symbol font" in w.message]


# --------------------------------------------------------------------------
# F13-B4: Wikisource's navigation row, note-row border and amendment notes
# --------------------------------------------------------------------------

WIKISOURCE = FOLDER / "wikisource_zh-hant_macau_law_3_1999_2022.txt"


def test_the_wikisource_header_and_amendment_notes_go() -> None:
    """zh.wikisource's Macau law 3/1999 (2022 text): on lead13 6a1af6b the navigation row, the ``|`` after the adoption
    note, ``第一條*``/``…文件*`` and the two ``* 已更改 - 請查閱:第20/2021號法律`` notes stayed in the text."""
    result = clean_and_explain(WIKISOURCE.read_text(encoding="utf-8"))
    lines = result.text.splitlines()
    assert lines[:4] == [
        "第3/1999号法律 （2022年）",
        "《第3/1999号法律》经立法会于1999年12月20日通过，行政长官何厚铧于1999年12月20日签罯并发布，并于1999年12月20日刊登于《澳门特别行政区公报》。",
        "立法会根据《澳门特别行政区基本法》第七十一条（一）项，制定本法律。",
        "第一条 《澳门特别行政区公报》",
    ]
    assert "第三条 须公布于第一组的法规及文件" in lines
    assert "←" not in result.text and "*" not in result.text and "已更改" not in result.text and "|" not in result.text
    assert "编辑" not in result.text and "編輯" not in result.text
    marks = [e.before for e in result.edits if e.detail == "wiki header border or amendment mark"]
    assert marks == [" |", "*", "*"]


def test_a_simplified_wikisource_page_with_named_neighbours() -> None:
    """My variant: the zh-hans rendering, the previous and next versions named, ``→`` closing the row, the note with
    a full-width colon."""
    text = ("第3/1999号法律 （2009年）\n← 第3/1999号法律 （1999年） | 第3/1999号法律 法规的公布与格式 | 第3/1999号法律 （2022年） →\n"
            "立法会根据《澳门特别行政区基本法》第七十一条（一）项，制定本法律。\n第一条* 《公报》\n一、公布法规的正式刊物为《公报》。\n"
            "* 已更改 - 请查阅：第20/2021号法律\n第二条 公布\n")
    assert clean_and_explain(text).text == ("第3/1999号法律 （2009年）\n立法会根据《澳门特别行政区基本法》第七十一条（一）项，制定本法律。\n"
                                            "第一条 《公报》\n一、公布法规的正式刊物为《公报》。\n第二条 公布\n")


@pytest.mark.parametrize("text", [
    "第一条* 本条例所称电力设施，是指发电设施。\n注：* 见附件一。\n",  # a law's own footnote mark, no amendment note
    "甲方 | 乙方 | 丙方 |\n第一条 合同各方。\n",  # a table row, no ← opening it
    "← 返回上一页\n第一条 为了规范管理。\n",  # a back link without cells
])
def test_stars_pipes_and_arrows_of_other_pages_stay(text: str) -> None:
    result = clean_and_explain(text)
    assert not [e for e in result.edits if e.detail == "wiki header border or amendment mark"]
    assert not [e for e in result.edits if "←" in e.before or "已更改" in e.before]


# --------------------------------------------------------------------------
# F13-A5: hard_wraps read a menu's items of one length as a wrap width
# --------------------------------------------------------------------------

MENU_PAGE = FOLDER / "guangzhou_jiaoyi_menu_page.txt"


def test_a_menu_pages_items_of_one_length_are_no_wrap() -> None:
    """广州电力交易中心: its 12-character items set a "wrap width" of 12 on lead13 6a1af6b and 8 lines were joined
    (``12398微 信``, the three 南方区域… systems and ``首页`` into one line, the title twice with ``相关链接``)."""
    page = MENU_PAGE.read_text(encoding="utf-8")
    result = clean_and_explain(page)
    assert not [e for e in result.edits if e.rule == "hard_wraps"]
    lines = result.text.splitlines()
    assert "南方区域统一电力交易平台" in lines and "南方区域绿色电力交易系统" in lines
    assert lines.count("国家发展改革委、国家能源局关于印发《电力中长期交易基本规则》的通知") == 2


def test_a_text_wrapped_at_a_fixed_width_still_joins() -> None:
    """Negative: a 公文 wrapped at 12 characters (my variant: lines of one length whose sentences run on) joins."""
    wrapped = "各区人民政府，市政府各委、\n办、局：现将有关事项通知如\n下，请认真贯彻执行。特此通\n知。\n"
    assert clean_and_explain(wrapped).text == "各区人民政府，市政府各委、办、局：现将有关事项通知如下，请认真贯彻执行。特此通知。\n"
