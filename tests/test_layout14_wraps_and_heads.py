"""Layout members of session 14 (layout14): a wrap turned into two spaces or an ideographic space inside
words, and a running title (no page number) between the halves of a sentence a PDF's page break cut.

Real data: the wrap layout of 医保办函〔2025〕82号 as a RAG repository extracted it (tests/real_pages/field10,
F10-T1: its printed lines joined with one space each); pages13b (F13-B6, judicial.mywoo.com ``由內政 部定之``:
one blank alone, no print width, kept); bjtcm/govcn pages whose ideographic spaces are a name list, a
signature and an amendment history (kept).  The two- and ideographic-space pages are the real notice's lines
joined with those blanks instead (the member of the family session 14's blind variant
``layout_wrap_blank_in_words`` measures); the running-title page is a clean law printed as the variant
``layout_pdf_page_breaks`` prints it.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.running_heads import running_title_spans
from corpus_tools.clean.wrap_spaces import wrap_spaces

REAL = Path(__file__).parent / "real_pages"
NOTICE = (REAL / "field10" / "ybj_jishi_jiesuan_notice_pdf_spaces.txt").read_text(encoding="utf-8")


def _rejoined(blank: str) -> str:
    """The real notice with each single space inside a line (its wraps, and 3 after a sentence's end) written as ``blank``."""
    return re.sub(r"(?<=\S) (?=\S)", blank, NOTICE)


@pytest.mark.parametrize("blank", ["  ", "\u3000", "\u00a0", "\u2003", "\u3000\u3000"])
def test_a_wrap_read_as_a_wide_blank_goes_where_the_page_shows_its_print_width(blank):
    text = _rejoined(blank)
    single = [e for e in clean_and_explain(NOTICE).edits if e.rule == "cjk_spaces" and "line wrap" in e.detail]
    result = clean_and_explain(text)
    wraps = [e for e in result.edits if e.rule == "cjk_spaces" and "line wrap" in e.detail]
    assert len(wraps) == len(single) == 38
    assert all(e.before == blank and e.after == "" for e in wraps)
    for word in ("三中全会精神的具体举措", "现就有关事项通知如下", "纳入即时结算范围", "提高结算效率"):
        assert word in result.text, word


def test_removed_wide_blanks_are_not_reported_as_kept():
    text = _rejoined("\u3000")
    result = clean_and_explain(text)
    assert re.findall(r"。\u3000", result.text) == ["。\u3000"] * 3  # after a sentence's end (kept, as the single space's)
    # 38 ideographic spaces went; none of them is reported as a gap kept between Han characters
    assert not [w for w in result.warnings if w.rule == "cjk_spaces" and "kept" in w.message]


def test_one_blank_inside_a_word_without_a_print_width_stays():
    """pages13b (F13-B6): one wrap blank on the page is no evidence of a print width: kept (and reported)."""
    text = "第73條\n縣 (市) 、鄉 (鎮、市) 應致力於公共造產;其獎助及管理辦法,由內政 部定之。\n"
    assert wrap_spaces(text) == []
    assert wrap_spaces(text.replace(" 部", "\u3000部")) == []


@pytest.mark.parametrize("page", [
    # bjtcm 004_t20210419_2361811 (北京市中医管理局, a list of experts, centred, ideographic spaces between names)
    "北京市中医药专家名单\n　　马　堃　王少杰　王成祥　王庆国　王庆普　王　阶　王国玮\n"
    "　　王　显　王宪波　王笑民　王　萍　王　琦　王耀献　王麟鹏\n" * 3,
    # govcn 033_content_5351177 (an amendment history joined with ideographic spaces)
    "（1993年12月13日中华人民共和国国务院令第142号发布　根据2005年12月19日《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》"
    "第一次修订　根据2008年2月18日《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》第二次修订　根据2011年7月19日《国务院关于修改"
    "〈中华人民共和国个人所得税法实施条例〉的决定》第三次修订）\n",
    # bjtcm 041_t20191219_1338137 (a signature spread with ideographic spaces, headings 第一章　总　　则)
    "部　长 　陈　竺\n第一章　总　　则\n第一条　为创造良好的公共场所卫生环境，制定本细则。\n第二条　公共场所经营者在经营活动中，应当遵守有关卫生法律。\n",
])
def test_real_pages_with_wide_blanks_between_han_keep_them(page):
    assert wrap_spaces(page) == []
    assert clean_and_explain(page).text.count("\u3000") >= page.count("\u3000") - page.count("\n\u3000\u3000") * 2 - page.startswith("\u3000") * 2


def test_wide_blank_scan_is_linear():
    text = ("这是一段很长的文字内容用于测试  扫描速度是否线性" * 8000)[:200_000]
    started = time.process_time()
    wrap_spaces(text)
    assert time.process_time() - started < 5


# --------------------------------------------------------------------------- running titles

TITLE = "浙江省曹娥江流域水环境保护条例"
ARTICLES = [
    "第一条 为了保护和改善曹娥江生态环境，保障曹娥江流域的经济和社会可持续发展，根据《中华人民共和国水污染防治法》和其他有关法律、行政法规的规定，制定本条例。",
    "第二条 本条例适用于绍兴市行政区域内曹娥江流域水环境保护工作。",
    "第三条 省人民政府应当加强对曹娥江流域水环境保护工作的领导。省人民政府有关主管部门应当根据各自职责，做好曹娥江流域水环境保护工作。",
    "第四条 曹娥江流域水环境保护工作实行目标责任制和考核评价制度。曹娥江流域水环境保护目标完成情况及河流跨界断面水质情况应当定期考核，并作为对各级人民政府、有关主管部门及其负责人考核评价的内容。",
]


def _printed(foot: str, head: str, between: str = "\n") -> str:
    """The four articles (a clean law of the DLC corpus) wrapped at 26 characters, a page break after 14 printed lines or more."""
    lines = []
    for article in ARTICLES * 5:
        lines += [article[i : i + 26] for i in range(0, len(article), 26)]
    out, page, since = [], 1, 0
    for line in lines:
        out.append(line)
        since += 1
        if since >= 14 and line[-1] not in "。":  # (the page ends at the first line cut mid-sentence)
            out.append(foot.format(n=page) + between + head)
            page, since = page + 1, 0
    return TITLE + "\n\n" + "\n".join(out) + "\n"


@pytest.mark.parametrize("between", ["\n", "\n\n", "\n\f"])
@pytest.mark.parametrize("foot", ["- {n} -", "—{n}—", "·{n}·", "第{n}页", "{n}", "第 {n} 页 共 9 页"])
def test_a_running_title_between_the_halves_of_a_sentence_goes(foot, between):
    text = _printed(foot, TITLE, between)
    spans = running_title_spans(text)
    assert len(spans) >= 2 and all(text[a:b].endswith(TITLE) and text[a:b][0] not in TITLE for a, b in spans)
    out = clean_and_explain(text).text
    assert out.startswith(TITLE) and out.count(TITLE) == 1
    assert "\n".join(ARTICLES) in out  # the sentences the page breaks cut are whole again


def test_a_title_repeated_above_paragraphs_stays():
    """A notice printing its attachment's title again above the attachment: a paragraph's end before it."""
    text = "\n".join([TITLE] + [ARTICLES[0], TITLE, ARTICLES[1], TITLE, ARTICLES[2], TITLE, ARTICLES[3]]) + "\n"
    assert running_title_spans(text) == []
    assert clean_and_explain(text).text.count(TITLE) == 4


def test_a_heading_repeated_in_a_table_of_contents_stays():
    text = "目录\n第一章 总则\n第二章 保护\n\n第一章 总则\n" + "\n".join(ARTICLES[:2]) + "\n第二章 保护\n" + "\n".join(ARTICLES[2:]) + "\n"
    assert running_title_spans(text) == []


def test_running_title_scan_is_linear():
    text = ("某某条例\n为了保护和改善生态环境\n" * 20000)[:200_000]
    started = time.process_time()
    running_title_spans(text)
    assert time.process_time() - started < 5


def test_a_passage_printed_twice_keeps_its_lines():
    """tests/real_pages/field7 (a bilingual gazette, the law's Chinese text twice): its wrapped lines recur
    between lines cut mid-sentence, with the same neighbours each time: no running title."""
    text = (REAL / "field7" / "hk_ln136_2020_head.txt").read_text(encoding="utf-8")
    assert running_title_spans(text) == []


def test_a_gazettes_schedule_head_after_a_page_reference_stays():
    """tests/real_pages/hkgazette (L.N. 139 of 2020): ``B2481⏎附表 4——第 1 部⏎第 1 條`` recurs at each page, but the line
    before it is the page's reference, not a sentence cut, and a label follows it: nothing shows a sentence cut."""
    text = (REAL / "hkgazette" / "cs220202449139_excerpt.txt").read_text(encoding="utf-8")
    assert running_title_spans(text) == []


def test_a_gap_typed_in_a_repeated_sentence_is_no_wrap():
    """Thirty sentences with the same ideographic space inside 电力　监管委员会: one distance apart, like a
    print width, but between the same two characters every time: a typed gap, kept (and reported)."""
    text = "，".join(["电力　监管委员会依照本条例和国务院有关规定履行电力监管职责"] * 30) + "。"
    assert wrap_spaces(text) == []


def test_a_wrapped_line_recurring_by_chance_stays():
    """A narrow wrap (13 characters, 温州市电梯安全条例 in the noise benchmark) cuts ``特种设备安全监督管理部门`` into a
    line of its own three times, between halves of sentences: no page number beside it, not the title: kept."""
    text = _printed("", "特种设备安全监督管理部门", between="")
    assert text.count("\n特种设备安全监督管理部门\n") >= 2
    assert running_title_spans(text) == []


_BODY = "为了加强管理，根据有关法律法规，结合本市实际，制定本办法。请各单位认真贯彻执行。\n" * 8


@pytest.mark.parametrize("text", [
    # review 14 (R14-F2, the reviewer's probes): the first line recurs as an attachment's signature, as the heading
    # under 附表一/附表二, under 目录/附录, between lines ending and opening in Han, with no page foot shown
    "北京市人民政府\n关于加强管理的通知\n" + _BODY + "附件：有关单位名单\n北京市人民政府\n二〇二〇年一月一日\n" + _BODY
    + "附件：重点任务分工\n北京市人民政府\n二〇二一年三月五日\n" + _BODY,
    "入出国及移民法\n" + _BODY + "第一章　总则\n" + _BODY + "附表一\n入出国及移民法\n施行细则对照表\n" + _BODY
    + "附表二\n入出国及移民法\n修正条文对照表\n" + _BODY,
    "中华人民共和国民法典\n" + _BODY + "目录\n中华人民共和国民法典\n总则编\n" + _BODY + "附录\n中华人民共和国民法典\n条文索引\n" + _BODY,
    # blind: the title the first line, as each attachment's heading after a blank line
    TITLE + "\n\n" + _BODY + "附件1\n\n" + TITLE + "\n实施细则\n" + _BODY + "附件2\n\n" + TITLE + "\n释义\n" + _BODY,
])
def test_the_first_line_recurring_as_a_heading_or_signature_stays(text):
    assert running_title_spans(text) == []
    assert clean_and_explain(text).text == text


def test_a_running_title_after_a_form_feed_alone_goes():
    """A page break shown by its form feed only (no page number printed): the feed is the page foot."""
    text = _printed("", TITLE, between="\f")
    assert len(running_title_spans(text)) >= 2


def test_the_padding_of_a_box_drawn_table_stays():
    """tests/real_pages/field10 J0030007.xml (工廠設立登記規則): the 附表's cells are padded with two spaces
    (``│三  │一  各項申請書件之紙張大│``) at the cells' fixed width: no print width of running text."""
    text = (REAL / "field10" / "J0030007.xml").read_text(encoding="utf-8")
    assert wrap_spaces(text) == []
    assert "│一  各項申請書件之紙張大│" in text


def test_a_page_number_before_the_next_documents_title_keeps_the_break():
    """tests/real_pages/field10_findings liaoning_lianggui_head300.txt: ``(此件传达至基层法院、基层检察院,⏎⏎— 3 —⏎辽宁省高级人民法院…``:
    the page number goes, and the note is not joined to the next document's title (a rule of this session that took a
    page break's blank lines after a comma did that: withdrawn)."""
    text = (REAL / "field10_findings" / "liaoning_lianggui_head300.txt").read_text(encoding="utf-8")
    out = clean_and_explain(text).text
    assert "— 3 —" not in out
    assert "基层检察院，辽宁省高级人民法院" not in out
