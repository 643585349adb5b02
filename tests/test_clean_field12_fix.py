"""Noise field test 12 found kept in texts (notes field12.md F12-E1, F12-B2, F12-A6), and the clean text that must
stay byte-identical beside it.

Every positive case starts from the real page that showed it (tests/real_pages/field12_fix/SOURCE.md); every
negative case is real text that holds the same characters for a reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.copier_notes import copier_note_lines
from corpus_tools.clean.farm_chrome import farm_chrome_lines
from corpus_tools.clean.replacement_blocks import injected_replacement_blocks
from corpus_tools.clean.running_heads import running_head_spans
from tests.real_build import page_documents

FOLDER = Path(__file__).parent / "real_pages" / "field12_fix"

# --------------------------------------------------------------------------
# F12-E1: a farm's injected block of U+FFFD inside words
# --------------------------------------------------------------------------

JINDIOU = FOLDER / "jindiou_minfadian_zongze_mojibake.txt"


def test_the_injected_blocks_leave_and_the_words_close() -> None:
    page = JINDIOU.read_text(encoding="utf-8")
    result = clean_and_explain(page)
    assert "\ufffd" not in result.text and "Ƴ" not in result.text
    lines = result.text.splitlines()
    assert lines[0] == "弘扬社会主义核心价值观 确保民法典统一正确实施"
    assert lines[1] == "最高人民法院出台民法典总则编司法解释"
    # the page's escaped indentation the third block split (``&n<block>bsp;``) goes with the block, as the character it names
    assert lines[2].startswith("\xa0 为指导各级人民法院贯彻实施好民法典，充分发挥总则编在民法典中统领全局的作用，依法保护民事主体的合法权益")
    assert "&nbsp;" not in result.text and "&n" not in result.text
    blocks = [e for e in result.edits if e.rule == "invisible_chars"]
    assert len(blocks) == 7 == sum(line.count("Ƴ\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd") for line in page.splitlines()) // 4  # one per block
    assert not [w for w in result.warnings if "decoded with loss" in w.message or "misalignment" in w.message]


def _jindiou_block() -> str:
    """The first injected block of the jindiou page, byte for byte."""
    page = JINDIOU.read_text(encoding="utf-8")
    (start, end), *_ = injected_replacement_blocks(page)
    return page[start:end]


#: Character references a block splits (the page's own ``&n…bsp;``; the block after the ``&``, before the ``;``; a numeric
#: reference of the ideographic space), and what the text reads once the block went.
SPLIT_REFERENCES = (
    ("&n{}bsp; 为指导各级人民法院贯彻实施好民法典", "\xa0 为指导各级人民法院贯彻实施好民法典"),
    ("&{}nbsp;为指导各级人民法院", "\xa0为指导各级人民法院"),
    ("&nbsp{};为指导各级人民法院", "\xa0为指导各级人民法院"),
    ("最高人民法院&#122{}88;出台", "最高人民法院\u3000出台"),
)


@pytest.mark.parametrize(("page", "expected"), SPLIT_REFERENCES)
def test_a_reference_the_block_split_goes_with_it(page: str, expected: str) -> None:
    result = clean_and_explain(page.format(_jindiou_block()), rules=["invisible_chars"])
    assert result.text == expected and len(result.edits) == 1


#: A whole reference beside a block, or a reference of no character (``&T;``), is none of the block's: it stays.
BESIDE_THE_BLOCK = (
    ("&nbsp;{}为指导", "&nbsp;为指导"),
    ("为指导{}&nbsp;", "为指导&nbsp;"),
    ("AT&{}T; 合作", "AT&T; 合作"),
    ("R&{}D 合作", "R&D 合作"),
)


@pytest.mark.parametrize(("page", "expected"), BESIDE_THE_BLOCK)
def test_a_reference_beside_the_block_stays(page: str, expected: str) -> None:
    result = clean_and_explain(page.format(_jindiou_block()), rules=["invisible_chars"])
    assert result.text == expected and [e.after for e in result.edits] == [""]


def test_a_lost_character_is_no_block() -> None:
    # A decoder's lost characters stay the evidence they are (the invisible_chars rule's own handling).
    lossy_big5 = "法規資料庫\n\ufffd@\ufffdB\ufffd\ufffd\ufffd|\ufffd\ufffd\ufffd餧\ufffd\n本市\ufffd区人民政府"
    assert injected_replacement_blocks(lossy_big5) == []
    assert clean_and_explain(lossy_big5).text.splitlines()[1] == "\ufffd@\ufffdB\ufffd\ufffd\ufffd|\ufffd\ufffd\ufffd餧\ufffd"
    # runs that do not repeat a segment (three lost stretches of one line) are no injected block either
    runs = "第一条 " + " ".join("\ufffd" * n for n in (9, 10, 11)) + " 本办法"
    assert injected_replacement_blocks(runs) == []


# --------------------------------------------------------------------------
# F12-B2: the crawler's note above the document's title
# --------------------------------------------------------------------------

SHANGHAI = FOLDER / "shanghai_jtw_feizhi_2024_604.md"


def test_the_crawlers_note_leaves_the_document() -> None:
    documents = page_documents(SHANGHAI)
    assert len(documents) == 1
    text = documents[0].text
    assert text.startswith("上海市交通委员会关于废止和宣布失效部分文件的通知\n")
    assert "脚本" not in text and "著作权法" not in text and "siteId" not in text
    assert "经梳理，现决定废止和宣布失效部分文件。文件目录见附件。" in text


def test_the_same_words_inside_a_document_stay() -> None:
    # 著作权法 第五条 quoted by a document (DLC: 中华人民共和国著作权法 第五条, its own article), and a note
    # that opens a text without naming a crawl, stay.
    article = ("中华人民共和国著作权法\n第五条 本法不适用于：\n（一）法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，"
               "及其官方正式译文；\n")
    assert clean_and_explain(article).text == article
    quoted = "某某办法\n依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。\n第一条 为了规范管理，制定本办法。\n"
    assert clean_and_explain(quoted).text == quoted
    editor = "说明：本文仅供参考，以正式文本为准。\n某某办法\n第一条 为了规范管理，制定本办法。\n"
    assert copier_note_lines(editor) == []


# --------------------------------------------------------------------------
# F12-A6: a PDF book's running head at every spread
# --------------------------------------------------------------------------

HANDBOOK = FOLDER / "police_handbook_pages_50_57.md"


def test_the_running_heads_leave_the_handbook() -> None:
    page = HANDBOOK.read_text(encoding="utf-8")
    result = clean_and_explain(page)
    heads = [e for e in result.edits if e.rule == "site_furniture" and "running head" in e.detail]
    assert [e.before for e in heads] == [f"警察 预防和制止家庭暴力 {n} {n + 1} 工作手册 " for n in (50, 52, 54, 56)]
    assert "工作手册" not in result.text
    # the text after each head stays (its first words, as the page has them)
    assert "押清单，由被扣押人签字认可。" in result.text
    assert "2 、致轻伤案件的处理" in result.text or "2、致轻伤案件的处理" in result.text
    # only the heads went: the rest is what the other rules make of the page without them
    without = page
    for n in (50, 52, 54, 56):
        without = without.replace(f"警察 预防和制止家庭暴力 {n} {n + 1} 工作手册 ", "")
    assert clean_and_explain(without).text == result.text


def test_recurring_numbered_lines_are_no_running_heads() -> None:
    # labels, list items and a TOC recur at line starts with rising numbers, but no words after their
    # numbers recur; a head whose numbers do not rise (two documents' heads mixed) is no proof.
    labels = "第 1 条 为了规范管理，制定本办法。\n第 2 条 本办法适用于本市。\n第 3 条 本办法自公布之日起施行。\n"
    items = "（ 1 ） 甘肃省预防和制止家庭暴力的若干 规定（试行）\n（ 2 ） 湖南省人民代表大会常务委员会关于预防和制 止家庭暴力的决议\n（ 3 ） 四川省人民代表大会常务委员会关于预防和制 止家庭暴力的决议\n"
    attachments = "附表 1 统计表\n（一）甲。\n附表 2 统计表\n（一）乙。\n附表 3 统计表\n（一）丙。\n"
    falling = "\n\n".join(f"警察 预防和制止家庭暴力 {n} {n + 1} 工作手册 第{n}页。" for n in (54, 50, 52))
    assert running_head_spans(labels) == running_head_spans(items) == running_head_spans(falling) == []
    assert running_head_spans(attachments) == []
    # a table of contents' headings (hkgazette cs220202449139, tests/real_pages/hkgazette: `Schedule 1 Rules Relating to…`
    # … `Schedule 6 Rules on…`, rising, one line apart) and a Taiwan law's XML labels (moj_xml J0000006.xml: `<條號>第 1 條</條號>`)
    gazette = (Path(__file__).parent / "real_pages" / "hkgazette" / "cs220202449139_excerpt.txt").read_text(encoding="utf-8")
    moj = (Path(__file__).parent / "real_pages" / "moj_xml" / "J0000006.xml").read_text(encoding="utf-8")
    assert running_head_spans(gazette) == running_head_spans(moj) == []
    for text in (labels, items, attachments):
        assert clean_and_explain(text, rules=["site_furniture"]).text == text


# --------------------------------------------------------------------------
# F12-D3: content farms' chrome (a CMS credit, wrapper words, a doc farm's upload box)
# --------------------------------------------------------------------------

HUNANYUER = FOLDER / "hunanyuer_yaohao_empirecms.txt"
ZHUANGPEITU = FOLDER / "zhuangpeitu_miit_zhibiao_docfarm.txt"


def test_the_cms_credit_and_the_wrapper_words_leave() -> None:
    page = HUNANYUER.read_text(encoding="utf-8")
    text = clean_and_explain(page).text
    assert "CMS" not in text and "Beginning" not in text and "END" not in text
    lines = text.splitlines()
    assert lines[0] == "单位摇号申请材料："
    assert lines[lines.index("申请条件：") + 1].startswith("两年内没有发生逾期未使用以摇号方式取得的增量指标的行为")
    assert lines[-1] == "（三）社会团体及其他组织具有有效的加载统一社会信用代码的登记证（照）；"


def test_the_doc_farms_upload_box_leaves() -> None:
    page = ZHUANGPEITU.read_text(encoding="utf-8")
    text = clean_and_explain(page).text
    for chrome in ("上传人", "文档编号", "版权申诉", "_第1页", "_第3页", "资源描述", "共22页"):
        assert chrome not in text
    assert text.startswith("中小企业公共服务平台网络共享数据指标\n\n内部资料注意保存中小企业公共服务平台网络共享数据指标标准（2012版）")


def test_the_doc_farms_chunk_numbers_leave_and_the_cut_word_closes() -> None:
    page = ZHUANGPEITU.read_text(encoding="utf-8")
    assert "5.共享数\n\n2、据指标表样" in page
    result = clean_and_explain(page)
    assert "5.共享数据指标表样165.1.服务资源共享数据指标表样" in result.text
    assert [e.before for e in result.edits if "chunk number" in e.detail] == ["1、", "\n\n2、"]


#: The same farm shape on other farms (variants written for this test after 820124.com's and 31ppt.com's pages in the
#: `pages` store: a clone's blank after ``1、``, a third chunk, a cut after a digit), as site_furniture reads them.
SHARE = "《某制动系统课件.ppt》由会员分享，可在线阅读，更多相关《某制动系统课件.ppt（62页珍藏版）》请在三一办公上搜索。\n\n"
CHUNK = "液压制动是以人力为能源，以液体作为传动介质的一种制动形式，主要由制动踏板、制动主缸、制动轮缸和油管等组成。" * 2


@pytest.mark.parametrize(("page", "expected"), (
    (SHARE + "1、 " + CHUNK + "压紧制\n\n2、动鼓形成制动。\n", CHUNK + "压紧制动鼓形成制动。\n"),
    (SHARE + "1、" + CHUNK + "弹簧刚度的验\n\n2、算10 " + CHUNK + "4.4\n\n3、钢板弹簧总成。\n",
     CHUNK + "弹簧刚度的验算10 " + CHUNK + "4.4钢板弹簧总成。\n"),
))
def test_chunk_numbers_of_other_farms_leave(page: str, expected: str) -> None:
    assert furniture_only(page) == expected


#: Numbered paragraphs of the text's own: without the share line, short items, items that end their sentences, numbers
#: out of order, and a share line with one chunk only.
OWN_LISTS = (
    "某通知\n\n1、" + CHUNK + "压紧制\n\n2、动鼓形成制动。\n",
    SHARE + "1、加强领导。\n\n2、落实责任。\n",
    SHARE + "1、" + CHUNK + "\n\n2、" + CHUNK + "\n",
    SHARE + "2、" + CHUNK + "压紧制\n\n3、动鼓形成制动。\n",
    SHARE + "1、" + CHUNK + "压紧制\n\n\n2、动鼓形成制动。\n",
)


@pytest.mark.parametrize("page", OWN_LISTS)
def test_numbered_paragraphs_of_the_text_stay(page: str) -> None:
    assert furniture_only(page) == page.replace(SHARE, "")


def furniture_only(page: str) -> str:
    return clean_and_explain(page, rules=["site_furniture"]).text


def test_the_same_words_without_the_farm_stay() -> None:
    # a regulation's own 格式/页数 fields (no upload box: docshare_lines' negative), its own "下载" and a figure's caption,
    # an English text's last words, a law naming a CMS inside a sentence
    own = "附件：\n格式：见附表\n页数：不超过两页\n图表_第1页\n第一条 申请材料应当齐全。\n"
    english = "第一条 本规定自公布之日起施行。\nThe end of the transition period is 31 December 2025.\n"
    cms = "第五条 网站使用Empire CMS, phome.net等内容管理系统的，应当及时更新。\n"
    for text in (own, english, cms):
        assert farm_chrome_lines(text) == []
        assert clean_and_explain(text, rules=["site_furniture"]).text == text


# --------------------------------------------------------------------------
# Field test 12, noise kept: a PDF text's footnote numbers on lines of their own were joined into the sentence
# --------------------------------------------------------------------------

WEIPING = FOLDER / "weiping8_footnotes_lines_1_135.md"


def test_footnote_numbers_stay_on_their_lines() -> None:
    text = clean_and_explain(WEIPING.read_text(encoding="utf-8")).text
    for glued in ("民1间", "网4络", "法7庭", "保障8未成年", "shtml6见"):  # what hard_wraps made of them
        assert glued not in text
    for kept in ("社会支持网\n4\n络一直是", "枫桥人民法\n7\n庭”运动", "25/9346716.shtml\n6\n见《男性家暴庇护所"):
        assert kept in text


#: A PDF text written one inline span a line (JunFengXiang/electricity-policy-rag @ e341d99, 03_处理后文本/
#: 2021-02-05_天津_…实施细则的通知.txt, lines 127–131, 160–168, 186–192; field test 13): its numbers recur alone on
#: lines too, but they are the text's (a unit, a colon or a bracket after them): joined as before.
SPAN_LINES = (
    '- 8 -\n附录\n3\n：效果评估与补贴发放流程图\n........\n',
    '2021\n年\n2\n月\n15\n日（农历正月初二至农历正月初四），每日\n0:00\n至\n6:00\n',
    '参与需求侧竞价模式\n的用户所获得补贴价格采用用户自主申报并竞价成功的价格，参与用户需符合以下条件：\n（\n1\n）对于连续参与过天津市历年春节期间需求响应的用户，历年农历正月初二的实际响应量与申报响应量的比值均不低于\n70%\n，且\n',
)


def test_numbers_of_a_text_written_one_span_a_line_are_joined() -> None:
    # (the three excerpts stand apart on the page: a blank line between them here, as other lines are there; on the page
    # each of these numbers stands alone on other lines too)
    text = "\n".join(SPAN_LINES * 2)
    joined = clean_and_explain(text, rules=["hard_wraps"]).text
    lines = joined.splitlines()
    assert not any(line.strip().isdigit() for line in lines)
    assert {"3：效果评估与补贴发放流程图", "2021年2月15日（农历正月初二至农历正月初四），每日"} <= set(lines)
    assert "1）对于连续参与过天津市历年春节期间需求响应的用户" in joined

