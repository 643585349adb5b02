"""A court's header block (court / 刑事裁定书 / case number) wins over a site's banner for the title, type, number,
issuer and place (field test 18, F18-M2).  Real pages: tests/real_pages/fix19 (lawking.com.cn, 110sh.cn).  Blind
variants C1, C2, N-C1 written in words before the code (/work/notes/fix19/blind.md)."""

from __future__ import annotations

import pytest

from corpus_tools.records import CleanedPage, RawPage
from corpus_tools.structure import structure_page
from tests.real_build import build_real_pages


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return build_real_pages("fix19", tmp_path_factory.mktemp("court"),
                            names=("lawking_show_252_6555.txt", "110sh_lihun_3216.txt"))


def test_a_ruling_under_a_law_firms_banner_is_the_courts(built):
    [doc] = built["documents:lawking_show_252_6555.txt"]
    assert doc["title"] == "张兴财、黎铁军损害商业信誉、商品声誉二审刑事裁定书"
    assert (doc["doc_type"], doc["doc_number"], doc["issuer"]) == (
        "court_document", "（2015）惠中法刑二终字第294号", "广东省惠州市中级人民法院")
    assert doc["jurisdiction"] == "广东省"  # (the first place the court's name gives, as for 广东省惠州市人民政府; was 北京市)


def test_an_article_without_a_court_header_keeps_what_it_had(built):
    """Negative, real: a lawyer's site over a journal article; no court header, nothing taken from one."""
    [doc] = built["documents:110sh_lihun_3216.txt"]
    assert doc["doc_type"] != "court_document" and doc["issuer"] is None


def _doc(text: str) -> dict:
    page = RawPage("x.txt", "0", "utf-8", "text", text)
    return structure_page(CleanedPage(page=page, text=text, edits=(), warnings=())).documents[0]


def test_blind_a_civil_judgment_under_another_banner():
    """C1: a 民事判决书 of 四川省成都市中级人民法院 under `上海律师网`, no headline above the block."""
    doc = _doc("上海律师网\n首页 | 律师团队 | 联系我们\n四川省成都市中级人民法院\n民 事 判 决 书\n（2019）川01民终1234号\n"
               "上诉人（原审原告）：张某，男，1980年1月1日出生。\n被上诉人（原审被告）：某某有限公司。\n")
    assert (doc.title, doc.doc_type, doc.doc_number, doc.issuer) == (
        "四川省成都市中级人民法院民事判决书", "court_document", "（2019）川01民终1234号", "四川省成都市中级人民法院")
    assert doc.jurisdiction != "上海市"


def test_blind_a_page_opening_with_the_block_is_as_before():
    """C2: the block at the page's head (no banner): the title rule is the one it always was."""
    doc = _doc("北京市海淀区人民法院\n刑 事 判 决 书\n（2020）京0108刑初1号\n公诉机关北京市海淀区人民检察院。\n")
    assert doc.doc_number == "（2020）京0108刑初1号" and doc.doc_type == "court_document"


def test_blind_an_article_citing_a_case_number_keeps_its_title():
    """N-C1: a lawyer's article citing the case in a sentence: no header block."""
    doc = _doc("北京律师在线\n商业信誉案件辩护要点\n本所代理的（2015）惠中法刑二终字第294号案件，二审裁定维持原判。\n")
    assert doc.doc_number is None and doc.doc_type != "court_document"


# Review 19, R19-F3: a ruling's head QUOTED under the page's own title is no header of the page.  Blind variants B1,
# B2, B3 written in words before the code (/work/notes/precr19c/blind.md).
def test_an_interpretation_quoting_a_rulings_head_stays_the_interpretation():
    """The review's probe (/tmp/review19/pc/law_cites.txt): a sample ruling's head between the preamble and 第一条."""
    doc = _doc("最高人民法院关于审理房屋买卖合同纠纷案件适用法律问题的解释（示例）\n\n"
               "（2023年3月1日最高人民法院审判委员会第1880次会议通过）\n\n"
               "为正确审理房屋买卖合同纠纷案件，根据《中华人民共和国民法典》等法律规定，结合审判实践，制定本解释。\n\n"
               "附：文书样式一\n某某人民法院\n民事判决书\n（2023）某01民终1号\n\n"
               "第一条 出卖人逾期交房的，买受人可以请求解除合同。\n第二条 本解释自2023年4月1日起施行。\n")
    assert doc.title == "最高人民法院关于审理房屋买卖合同纠纷案件适用法律问题的解释（示例）"
    assert (doc.doc_type, doc.doc_number, doc.issuer) == ("judicial_interpretation", None, "最高人民法院")


def test_blind_B1_a_reply_quoting_a_judgment_keeps_its_title():
    """B1: a 批复 quoting the head of the ruling it answers about, its articles below."""
    doc = _doc("最高人民检察院关于某某问题的批复\n某某省人民检察院：\n你院关于某某问题的请示收悉。经研究，批复如下：\n"
               "附：请示所涉判决\n浙江省杭州市中级人民法院\n刑事判决书\n（2021）浙01刑初12号\n第一条 某某。\n")
    assert doc.title == "最高人民检察院关于某某问题的批复" and doc.doc_type != "court_document"
    assert doc.doc_number != "（2021）浙01刑初12号"


def test_blind_B2_a_notice_issuing_sample_forms_keeps_its_title():
    """B2: a 通知 issuing document forms, its sample head quoted with the form's text under it."""
    doc = _doc("关于印发民事诉讼文书样式的通知\n（2016年6月28日最高人民法院发布）\n各级人民法院：\n现将文书样式印发给你们，请遵照执行。\n"
               "某某省某某市中级人民法院\n民事裁定书\n（2016）某01民终100号\n上诉人（原审原告）：××。\n")
    assert doc.title == "关于印发民事诉讼文书样式的通知" and doc.doc_type != "court_document"


def test_blind_B3_a_reposted_ruling_under_a_menu_and_a_headline_is_still_the_courts():
    """B3: a site's menu line ending as a law's name (婚姻法) and a headline over the block: the block wins."""
    doc = _doc("某某律师网\n首页|律师团队|婚姻法\n李某与王某离婚纠纷二审民事判决书\n发布时间：2021-05-06\n"
               "江苏省南京市中级人民法院\n民 事 判 决 书\n（2021）苏01民终567号\n上诉人（原审原告）：李某，女。\n")
    assert (doc.title, doc.doc_type, doc.doc_number) == (
        "李某与王某离婚纠纷二审民事判决书", "court_document", "（2021）苏01民终567号")
