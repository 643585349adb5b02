"""Structure on real pages of the structure leftovers fixed in session 12 (/work/notes/closing11.md, "Left undone").

Sources: tests/real_pages/field12_struct/SOURCE.md; the inline excerpts name the page they were cut from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page, tree
from corpus_tools.structure.documents import find_doc_number, find_title, is_chrome_line, split_documents, title_before_first_article

REAL = Path(__file__).parent / "real_pages"


def _article_labels(text: str) -> list[str]:
    return [node.label for node, _, _ in tree.walk(tree.build_tree(text)) if node.type == "article"]


def _documents(page: Path) -> list[tuple]:
    """(document, labels of its articles) of each document the real page gives (ingest, clean, structure)."""
    structured = structure_page(clean_page(ingest_file(page, page.parent)))
    return [(doc, [a.label for a in structured.articles if a.doc_id == doc.doc_id]) for doc in structured.documents]


# An order's header above a number that starts with 第 --------------------------------------------------------

def test_an_order_number_under_its_header_keeps_the_header():
    """gz.gov.cn's 广州市老年人优待办法 page: ``广州市人民政府令`` ⏎ ``第179号`` gave the 文号 ``第179号``."""
    (order, order_articles), (rules, articles) = _documents(REAL / "field12_struct" / "gz_33_laonianren_youdai_ling179.html")
    assert (order.role, order.doc_number, order_articles) == ("notice", "广州市人民政府令第179号", [])
    assert "广州市人民政府令\n第179号\n" in order.text  # the text is unchanged
    assert (rules.role, rules.title, len(articles)) == ("attachment", "广州市老年人优待办法", 19)


#: The head of that page's order as the cleaned text sets it (the page's heading and posting date above it).
GZ_ORDER_HEAD = "广州市老年人优待办法\n2021-02-09\n广州市人民政府令\n第179号\n《广州市老年人优待办法》已经2021年1月8日市政府第15届130次常务会议通过，现予公布，自2021年5月1日起施行。\n"


def test_the_header_is_kept_for_every_form_of_the_number():
    assert find_doc_number(GZ_ORDER_HEAD, len("广州市老年人优待办法")) == "广州市人民政府令第179号"
    assert find_doc_number("某办法\n北京市人民政府令\n第 5 号\n现予公布。", 3) == "北京市人民政府令第5号"
    assert find_doc_number("某某办法\n中国人民银行令\n〔2020〕第5号\n现予发布。", 4) == "中国人民银行令〔2020〕第5号"


def test_a_number_that_names_its_order_or_has_no_header_is_taken_as_it_stands():
    """Negative: a number that carries its order's name is not prefixed twice, a 第N号 without a header above
    stays what it was, a header's line followed by a sentence gives nothing new."""
    assert find_doc_number("某办法\n北京市人民政府令\n北京市人民政府令第5号\n", 3) == "北京市人民政府令第5号"
    assert find_doc_number("某办法\n第5号\n现予公布。", 3) == "第5号"
    assert find_doc_number("某办法\n国发〔2019〕5号\n各省：", 3) == "国发〔2019〕5号"


def test_gov_cn_order_keeps_its_number():
    """Negative: gov.cn's 国务院令 page (033: the order's header and number are its title) keeps the number
    its order block reads, 国务院令第707号 (the site's own 文号 is 国令第707号)."""
    order = _documents(REAL / "field10" / "govcn_order_707_text.txt")[0][0]
    assert (order.title, order.doc_number) == ("中华人民共和国国务院令第707号", "国务院令第707号")


# A legal database's export stamp and its box of cited articles above the law's name ----------------------

def test_the_export_stamp_and_the_box_name_are_no_title():
    """lawbank.com.tw's export (field test 10, F10-W2): the title was ``法源法律网LawBank … 汇出时间：111.05.10相关法条
    中华民国宪法（36.01.01）``, three lines glued."""
    (doc, articles), = _documents(REAL / "meta11" / "lawbank_P000221229.txt")
    assert doc.title == "中华民国宪法（36.01.01）"
    assert len(articles) == 10
    assert doc.text.startswith("法源法律网LawBank")  # the stamp stays in the text


@pytest.mark.parametrize("line", [
    "法源法律网LawBank                       汇出时间：111.05.10",  # lawbank.com.tw
    "法源法律網LawBank  匯出時間:111.05.10",
    "列印時間:113.11.22 08:46",  # lawsearch.taichung.gov.tw
    "打印时间：2024年3月5日",
    "相关法条",
    "相關法條：",
])
def test_print_and_export_stamps_are_chrome(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", [
    "中华民国宪法（36.01.01）",
    "关于调整打印时间的通知",
    "电子数据打印时间：由当事人签名确认",
    "相关法条的适用问题",
    "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见",
])
def test_titles_that_name_printing_or_articles_are_no_chrome(line):
    assert not is_chrome_line(line)


# A notice's attachment list with the bare marker glued, and the title glued to 第一条 ---------------------

PBC_368 = REAL / "pbc_meta" / "tiaofasi_normative_document_000368_000.txt"


def test_the_attachment_under_a_glued_bare_marker_is_its_own_document():
    """pbc.gov.cn's 银发〔2013〕30号 (000368): ``附件：…监督管理办法附件`` ⏎ ``…监督管理办法第一条　为加强…``; the 办法 was
    the notice's text, without a title and without 第一条 (15 articles from 第二条)."""
    (notice, notice_articles), (rules, articles) = _documents(PBC_368)
    assert (notice.role, notice.title, notice_articles) == (
        "notice", "中国人民银行关于印发《农信银资金清算中心有限责任公司监督管理办法》的通知", [])
    assert notice.text.rstrip().endswith("附件：农信银资金清算中心有限责任公司监督管理办法")
    assert (rules.role, rules.title, len(articles), articles[:2]) == (
        "attachment", "农信银资金清算中心有限责任公司监督管理办法", 16, ["第一条", "第二条"])
    assert rules.text.startswith("附件\n农信银资金清算中心有限责任公司监督管理办法第一条　为加强")
    assert notice.text + rules.text in PBC_368.read_text(encoding="utf-8")  # the text is unchanged


def test_article_one_glued_after_the_title_is_an_article():
    text = PBC_368.read_text(encoding="utf-8")
    rules = text[text.index("附件\n农信银"):]
    labels = _article_labels(rules)
    assert labels[:3] == ["第一条", "第二条", "第三条"] and len(labels) == 16


#: 000368's lines with the marker glued to a list line that names another text, or no text under it.
@pytest.mark.parametrize("text", [
    "现将《甲办法》印发给你们。\n附件：甲办法附件\n乙办法第一条　为了乙，制定本办法。\n第二条　乙。\n",
    "现将有关事项通知如下。\n附件：甲办法附件\n请认真执行。\n",
])
def test_a_listed_title_not_under_the_marker_cuts_nothing(text):
    assert [s.role for s in split_documents(text)] == ["main"]


@pytest.mark.parametrize("line", [
    "根据本办法第一条 规定的情形，处罚款。",
    "依照某某条例第一条 办理。",
    "《某某办法》第一条 规定的单位，应当登记。",
    "第一条　为了规范，制定本办法。",
    "关于执行某某办法第一条 的请示如下：",
])
def test_a_line_citing_article_one_has_no_glued_title(line):
    assert title_before_first_article(line) is None


def test_a_law_whose_articles_open_their_lines_is_unchanged():
    """Negative: a law that cites 第一条 in a sentence above its own articles keeps its articles (the glued
    label is looked for only when the articles start at 第二条)."""
    text = "某某办法\n第一条　为了甲，制定本办法。\n第二条　依照本办法第一条 规定办理。\n"
    assert _article_labels(text) == ["第一条", "第二条"]
    assert find_title(text)[0] == "某某办法"


# Field test 12 (autumn-picnic/xiaoan): a numbered 公告's header, a source line as title -----------------

def test_a_numbered_notice_of_a_congress_committee_keeps_its_header():
    """pkulaw's 河北省反家庭暴力条例(2022修订): ``河北省第十三届人民代表大会常务委员会公告`` ⏎ ``（第134号）`` gave ``第134号``."""
    (notice, _), (law, articles) = _documents(REAL / "field12_struct" / "xiaoan_hebei_tiaoli_2022.md")
    assert notice.doc_number == "河北省第十三届人民代表大会常务委员会公告第134号"
    assert (law.title, len(articles)) == ("河北省反家庭暴力条例", 47)


#: hainan.gov.cn's 海南省实施《中华人民共和国反家庭暴力法》办法 as the wiki stores it (field test 12), its head.
HAINAN_HEAD = ("# 海南省实施《中华人民共和国反家庭暴力法》办法\n\nURL：https://www.hainan.gov.cn/hainan/dfxfg/202006/"
               "06a3458a510644889c5ac4112bc84432.shtml\n\n海南省人民代表大会常务委员会公告\n第56号\n\n\n\n"
               "《海南省实施<中华人民共和国反家庭暴力法>办法》已由海南省第六届人民代表大会常务委员会第二十次会议于2020年6月16日通过，"
               "现予公布，自2020年8月1日起施行。\n")


def test_the_header_of_a_numbered_notice_in_the_number_window():
    assert find_doc_number(HAINAN_HEAD, HAINAN_HEAD.index("\n")) == "海南省人民代表大会常务委员会公告第56号"


@pytest.mark.parametrize("text,number", [
    ("某条例\n关于征集意见的公告\n第5号\n", "第5号"),  # a title ending 公告, no organ's name before it
    ("某条例\n公告\n第5号\n", "第5号"),
    ("某条例\n某某局公告\n2019年第5号\n", None),  # a year's serial number is no 文号 this reader takes
])
def test_a_title_or_a_bare_word_is_no_numbered_notice_header(text, number):
    assert find_doc_number(text, 3) == number


def test_a_source_address_line_is_no_title():
    """xiaoan's 反家庭暴力法 (spp.gov.cn): ``source: https://…`` and ``发布机构：…`` joined on one line was the title."""
    (law, articles), = _documents(REAL / "field12_struct" / "xiaoan_fanjiabao_fa.md")
    assert law.title == ""  # the text names it nowhere; a build of the wiki's file takes its file name (中华人民共和国反家庭暴力法)
    assert len(articles) == 38
    assert find_title("source: https://www.spp.gov.cn/a.shtml发布机构：中华人民共和国最高人民检察院\n第一章 总则\n")[0] == ""
    assert find_title("URL：https://www.hainan.gov.cn/a.shtml\n海南省某某办法\n第一条 甲。\n")[0] == "海南省某某办法"


# A page's heading naming the text a notice issues, above the notice's own title -------------------------

def test_the_notice_under_the_page_heading_keeps_its_own_title():
    """Huace's copy of gov.cn's 国信办发文〔2025〕1号: ``# 终端设备直连卫星服务管理规定`` ⏎ … ``--`` ⏎ ``## 政策全文`` ⏎
    ``关于印发《终端设备直连卫星服务管理规定》的通知``: the notice was titled with the 规定's name."""
    (notice, _), (rules, articles) = _documents(REAL / "field12_struct" / "huace_zhilian_weixing_guiding.md")
    assert (notice.role, notice.title, notice.doc_number) == (
        "notice", "关于印发《终端设备直连卫星服务管理规定》的通知", "国信办发文〔2025〕1号")
    assert (rules.role, rules.title) == ("attachment", "终端设备直连卫星服务管理规定")
    assert articles[:2] == ["第一条", "第二条"]


@pytest.mark.parametrize("text,title", [
    ("某某规划\n\n国务院关于印发\n\n某某规划的通知\n\n国发〔2021〕36号\n", "国务院关于印发某某规划的通知"),
    # negatives: the notice's title that does not name the heading, the same title twice, an order's header
    ("某某规划\n关于做好某事的通知\n各区：\n", "某某规划"),
    ("商业特许经营备案管理办法\n商业特许经营备案管理办法\n商务部\n", "商业特许经营备案管理办法"),
    ("某某办法\n2021-02-09\n某市人民政府令\n第179号\n《某某办法》现予公布。\n", "某某办法"),
    ("某某条例\n（2010年1月1日某市人民代表大会常务委员会通过）\n第一条 甲。\n", "某某条例"),
    # a notice's title over its byline and its title again (ytlst's 甘肃 决定, tests/real_pages/meta9/ytlst_head.txt)
    ("甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定\n甘肃省人大常委会\n甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定\n"
     "甘肃省第十一届人民代表大会常务委员会第十七次会议决定,修改下列地方性法规:\n", "甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定"),
])
def test_only_a_notice_title_that_names_the_heading_replaces_it(text, title):
    assert find_title(text)[0] == title


#: The shapes the rules above read, repeated over a 100,000-character page: each scan stays linear (the first
#: shape cuts one document per 22 characters, 4,500 documents: about 3 CPU-seconds, as many 附件1 markers cost).
HOSTILE = ["附件：某某办法附件\n某某办法第一条　甲。\n", "某某监督管理办法第一条　甲。\n", "附件：" + "某" * 200 + "附件\n",
           "某某规划\n国务院关于印发某某规划的通知\n", "法源法律網LawBank 匯出時間:111.05.10\n相關法條\n", "第" * 50 + "条 \n"]


@pytest.mark.parametrize("pattern", HOSTILE)
def test_the_new_scans_are_linear(pattern):
    from tests.test_hostile import bounded
    from tests.test_hostile_structure import _structured

    text = pattern * (100_000 // len(pattern)) + "第二条　乙。\n"
    documents, _articles, _provisions = bounded(_structured, text, seconds=10)
    assert documents >= 1


# The order at a text's head states its own number ----------------------------------------------------------

def test_the_order_at_the_head_numbers_the_text_not_the_history_note_under_it():
    """GCCMPD's record of 国务院令第606号 (the order, the decision it promulgates, and the amended regulation with
    its history note ``1993年10月7日中华人民共和国国务院令第131号发布``, glued on one line): the 文号 was 国务院令第131号."""
    (doc, _), *_ = _documents(REAL / "field12_struct" / "gccmpd_records_00_2011.txt")
    assert doc.doc_number == "国务院令第606号"


def test_a_regulation_without_an_order_keeps_the_number_of_its_history_note(tmp_path):
    """Negative: a regulation whose text opens with its history note (no order above it) is numbered by the order
    that promulgated it, as before."""
    page = tmp_path / "page.txt"
    page.write_text("中华人民共和国对外合作开采陆上石油资源条例\n（1993年10月7日中华人民共和国国务院令第131号发布）\n"
                    "第一条　为保障石油工业的发展，制定本条例。\n第二条　甲。\n", encoding="utf-8")
    (doc, articles), = _documents(page)
    assert (doc.doc_number, len(articles)) == ("国务院令第131号", 2)
