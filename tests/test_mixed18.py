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


#: 德州市优化营商环境条例 (DLC, 山东地方法规/地方性法规/山东/德州市优化营商环境条例(2021-10-08).md), 第三十三条's second
#: paragraph: a mirror converted it by s2t with slips (script_s2t_slips: 应当, 市场, 社会 left Simplified), then it was
#: copied out of a PDF at 28 characters a line (mix18_ocr_spam_after_breaks' wrap; its strokes and spam left out).
SLIPS_WRAPPED = ("第三十三條 市、县（市、區）人民政府及其有關部門应當\n根據優化營商环境工作需要，依照法定權限和程序及时制定\n"
                 "有關政府規章、行政規範性文件。\n\n"
                 "制定与市場主體生產經營活动密切相關的政府規章、行政規\n範性文件，應当保障市场主體和行业协会商會等的知情權、\n"
                 "參與權、表達權和监督權，通過報紙、網絡等方式向社會公\n開徵求意見，並建立健全意見採納情況反饋機制。向社会公\n"
                 "開徵求意见的期限一般不少於三十日。\n")
SLIPS_CLEAN = ("制定与市场主体生产经营活动密切相关的政府规章、行政规范性文件，应当保障市场主体和行业协会商会等的知情权、"
               "参与权、表达权和监督权，通过报纸、网络等方式向社会公开征求意见，并建立健全意见采纳情况反馈机制。"
               "向社会公开征求意见的期限一般不少于三十日。")


def test_a_line_a_wrap_cut_from_a_traditional_paragraph_converts_with_it():
    """``開徵求意见的期限一般不少於三十日。`` alone is mixed (開 against the slip 见) and kept 徵, 於; the paragraph it was
    wrapped from is plainly Traditional (as the unwrapped paragraph, which converted whole)."""
    out = clean_and_explain(SLIPS_WRAPPED).text
    assert SLIPS_CLEAN in out


def test_a_mixed_line_of_its_own_paragraph_is_read_alone():
    """The same line after a sentence's end and a blank line is a paragraph of its own: still read alone (mixed)."""
    from corpus_tools.clean.script import _MIXED, _PARAGRAPH_RE, _TRADITIONAL, _Evidence, _units, _wrapped_paragraph_classes

    text = SLIPS_WRAPPED.replace("向社会公\n開徵", "向社会公開徵").replace("機制。", "機制。\n\n", 1)
    lines = _units(text, _PARAGRAPH_RE)
    last = len(lines) - 1
    classes = [_TRADITIONAL] * last + [_MIXED]
    assert _wrapped_paragraph_classes(text, lines, classes, _Evidence(text).score, 1)[last] == _MIXED


def test_wrapped_paragraph_classes_stay_linear():
    from corpus_tools.clean.script import _MIXED, _PARAGRAPH_RE, _Evidence, _units, _wrapped_paragraph_classes

    text = "開徵求意见的期限一般不少於三十日　　　\n" * 10000 + "。" * 100000 + "\n"  # ~300k characters, one paragraph
    lines = _units(text, _PARAGRAPH_RE)
    began = time.process_time()
    _wrapped_paragraph_classes(text, lines, [_MIXED] * len(lines), _Evidence(text).score, 1)
    assert time.process_time() - began < 5


#: 宁波市环境污染防治规定 (DLC, 浙江地方法规/地方性法规/浙江/宁波市环境污染防治规定.md): a crawler's Markdown saved as .txt
#: (layout_blind3_md_export: bold labels, wraps kept with a trailing backslash) whose labels a ruby site annotated
#: (ruby_labels) and whose dates it widened (width_fullwidth_digits): mix18_probe_md_ruby_labels_fwdigits.
MD_RUBY_LABELS = (
    "# 宁波市环境污染防治规定\n\n２０１９年３月28日 浙江省第十三届人民代表大会常务委员会第十一次会议批准\n\n"
    "**第（di）一(yi)条(tiao)**　为了保护和改善环境，防治污染，保障环境安全与公众健康，推进生态文明\\\n"
    "建设，促进经济社会可持续发展，根据《中华人民共和国环境保护法》和其他有关法\\\n律、法规，结合本市实际，制定本规定。\n\n"
    "**第(di)二（er）条（tiao）** 本规定适用于本市行政区域内的环境污染防治活动。\n\n"
    "**第(di)三(san)条(tiao)** 各级人民政府应当对本行政区域的环境质量负责。\n"
)


def test_bold_labels_carrying_ruby_still_show_a_markdown_page(tmp_path):
    """The Markdown hint read a bold label only as ``**第…条**``: with readings inside, the page was plain text, its
    ``**`` stayed and no article was found."""
    from corpus_tools.ingest import detect_format

    assert detect_format(MD_RUBY_LABELS, "p.txt") == "markdown"
    assert detect_format(MD_RUBY_LABELS.replace("**", ""), "p.txt") == "text"  # (no bold: plain text, as before)
    out = clean_and_explain(MD_RUBY_LABELS).text
    assert "第（di）" not in out and "(tiao)" not in out


def test_the_markdown_hint_stays_linear():
    from corpus_tools.ingest import detect_format

    text = ("**第" + "一" * 59 + "\n") * 3500  # ~220k characters of unclosed bold labels
    began = time.process_time()
    assert detect_format(text, "p.txt") == "text"
    assert time.process_time() - began < 5
