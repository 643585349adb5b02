"""Session 18's interplay fixes (mixed18): one family's damage that hid the evidence another rule needs.

Each case is a real text with the damage a noise member composes (said so), and what must come out;
negatives are real pages that must stay as they are.
"""

from __future__ import annotations

import time
from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.scan_marks import stray_scan_strokes

#: 上海市住房公积金管理若干规定 (DLC, 上海地方法规/地方性法规/上海/上海市住房公积金管理若干规定.md), typeset at 36 and
#: scanned (layout_blind3_ocr_edges' strokes at printed lines' edges); the page also carries an inline spam brand
#: whose Chinese stem and Latin name are joined by a stroke (mix18_spam_after_breaks with a brand of the noise
#: vocabulary, tests/noise/spam.py: its separators vary, ``_`` ``|`` ``·``). The law's text is its own.
OCR_PAGE = (
    "上海市住房公积金管理若干规定\n\n"
    "第一条 为了加强本市住房公积金的管理，维护住房公积金所有者的合法权益， |\n"
    "促进城镇住房建设，提高城镇居民的居住水平，根据国务院《住房公积金管理条\n"
    "丨 例》，结合本市实际情况，制定本规定。\n\n"
    "第二条 上海市住房公积金管理委员会（以下简称市公积金管委会）是本市住房 丨\n"
    "公积金管理的决策机构。\n\n"
    "第三条 住房公积金由国家机关、国有企业、城镇集体企业、外商投资企业、城\n"
    "百胜棋牌快三|bsqp镇私营企业及其他城镇企业、事业单位、民办非企业单位、社会团体（以下统称\n"
    "单位）及其在职职工缴存。\n\n"
    "第四条 市公积金管理中心应当全面、准确掌握单位及其职工的相关信息，督促 |\n"
    "| 单位依法及时办理住房公积金缴存登记和住房公积金账户的设立、转移、注销等 |\n"
    "手续。\n"
)


def test_a_spam_brands_separator_does_not_keep_a_scans_strokes():
    """The brand's ``|`` stood inside a line, which the stroke rule read as a menu's separator: every stroke stayed."""
    spans = [OCR_PAGE[a:b] for a, b in stray_scan_strokes(OCR_PAGE)]
    assert spans == [" |", "丨 ", " 丨", " |", "| ", " |"]
    out = clean_and_explain(OCR_PAGE).text
    assert "|" not in out and "丨" not in out
    assert "根据国务院《住房公积金管理条例》，结合本市实际情况，制定本规定。" in out
    assert "是本市住房公积金管理的决策机构。" in out


def test_a_line_with_strokes_at_both_edges_keeps_its_last_character():
    """``| 单位依法…注销等 |``: the tail span was measured one character to the left (注销等 -> 注销); no brand here."""
    out = clean_and_explain(OCR_PAGE.replace("百胜棋牌快三|bsqp", "")).text
    assert "住房公积金账户的设立、转移、注销等手续。" in out


def test_separators_between_words_still_veto():
    """A menu's separators (between blanks, or glued between words of one script) keep every stroke on the page."""
    menu = "首页|新闻|公开\n" + OCR_PAGE
    assert stray_scan_strokes(menu) == []
    assert stray_scan_strokes("欢迎访问 | 繁体 | English\n" + OCR_PAGE) == []


def test_a_real_page_with_a_glued_latin_name_is_no_scan():
    """qisehong law database (field 17): a MediaWiki category ``中华人民共和国法律|SHEHUI JIUZHU FA`` glued to Latin;
    the page has no stroke at a printed line's edge, so nothing is read as a scan's."""
    real = Path("/work/field17/qisehong_lawdb/laws_法律_社会法_社会救助法(2026).md")
    text = real.read_text(encoding="utf-8") if real.exists() else (
        "第八十二条 本法自2026年1月1日起施行。\n\n[[Category:中华人民共和国法律|SHEHUI JIUZHU FA]]\n")
    assert "中华人民共和国法律|SHEHUI" in text
    assert stray_scan_strokes(text) == []


def test_name_separators_stay_linear():
    text = "第一条 为了加强本市住房公积金的管理，维护住房 |\n丨 公积金快三|bsqp所有者的合法权益\n" * 6000  # ~270k characters
    began = time.process_time()
    assert len(stray_scan_strokes(text)) == 12000
    assert time.process_time() - began < 5
