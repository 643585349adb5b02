"""Structure and metadata on real pages of field test 12's open findings, fixed in session 13.

Sources: tests/real_pages/field13_struct/SOURCE.md; the inline excerpts name the page they were cut from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.records import RawPage
from corpus_tools.structure import structure_page
from corpus_tools.structure.documents import find_title, split_documents
from corpus_tools.structure.metadata import adoption_dates, classify_doc_type, may_make_rules
from tests.test_hostile import bounded

REAL = Path(__file__).parent / "real_pages"


def _documents(page: Path) -> list:
    """The documents the real page gives (ingest, clean, structure)."""
    return list(structure_page(clean_page(ingest_file(page, page.parent))).documents)


# F12-B3: a 办法 of an organ that may make no 规章 -----------------------------------------------------------

def test_a_township_governments_banfa_is_a_normative_document():
    """shanghai.gov.cn's 柘林镇文物保护管理办法 (奉贤区柘林镇人民政府, 奉柘府〔2023〕22号) was typed ``rules``."""
    notice, banfa = _documents(REAL / "field13_struct" / "zhelin_wenwu_banfa.md")
    assert (notice.doc_type, notice.doc_number) == ("notice", "奉柘府〔2023〕22号")
    assert (banfa.title, banfa.issuer, banfa.doc_type) == ("柘林镇文物保护管理办法", "奉贤区柘林镇人民政府", "normative_document")


def test_organs_below_the_rule_making_level():
    """Counties, districts, townships, subdistricts and the departments of local governments make no 规章
    (invented names of each kind, none of them in the code's tables)."""
    for organ in ("某某县人民政府", "临安区人民政府", "某某旗人民政府", "某某乡人民政府", "某某街道办事处",
                  "杭州市余杭区仓前街道办事处", "浙江省交通运输厅", "某某市住房和城乡建设局", "上海市浦东新区人民政府"):
        assert not may_make_rules(organ), organ


def test_organs_that_may_make_rules_keep_the_type():
    """Negative: a central organ, a province's or a city's government (also 自治区, 自治州, a city named after a 州),
    an organ without a place, joint issuers with one that may, and an unknown issuer keep ``rules``."""
    for organ in ("公安部", "国家卫生和计划生育委员会", "中国人民银行", "浙江省人民政府", "温州市人民政府",
                  "广西壮族自治区人民政府", "延边朝鲜族自治州人民政府", "深圳市人民政府 深圳市公安局", None, ""):
        assert may_make_rules(organ), organ
    assert classify_doc_type("某市物业管理办法") == "rules"


# F12-D2: a narrative date is no adoption ----------------------------------------------------------------------

#: The lead of a news item on bjtcm.beijing.gov.cn (/work/shared/real/bjtcm/019_t20191219_1338579.html, the cleaned
#: text's first line, cut after the sentence with 通过): it was ``adopted`` 2016-09-07.
BJTCM_NEWS_LEAD = ("2016年9月7日，北京市中医管理局在东城区召开北京市中医药健康养老“身边”工程试点工作启动现场会。这是北京市中医"
                   "管理局承担的2016年北京市政府为民办实事项目，今年东城区、西城区、丰台区、石景山区、通州区、大兴区作为试点地区"
                   "将逐步启动实施中医健康养老社区示范工程，通过设置中医药健康养老服务专区、组建中医药健康养老服务联合体。\n")


def test_a_news_items_date_is_no_adoption():
    assert adoption_dates(BJTCM_NEWS_LEAD)["adopted"] is None
    structured = structure_page(clean_page(RawPage("news.txt", "0", "utf-8", "text", BJTCM_NEWS_LEAD + "定点——确定北京中医药健康养老机构试点\n")))
    assert [doc.adopted for doc in structured.documents] == [None]


def test_narratives_of_the_same_family_are_no_adoption():
    """Invented variants: a meeting held that day, a decision reported in the past (通过了), a 通过 after the sentence
    that carries the date ended."""
    for lead in ("2023年5月18日，市委召开常委会会议，研究通过了《某某工作方案》。",
                 "2023年5月18日，市人大常委会第十次会议审议通过了《某市条例》。",
                 "2023年5月18日，区政府举行新闻发布会。会议通过视频连线方式进行。"):
        assert adoption_dates(lead)["adopted"] is None, lead


def test_adoption_records_are_read_as_before():
    """Negative: a record's 通过 closing its clause, going on with 并经…批准, or before the date of the next clause."""
    assert adoption_dates("（2015年12月27日第十二届全国人民代表大会常务委员会第十八次会议通过）")["adopted"] == "2015-12-27"
    dates = adoption_dates("2016年3月3日 淄博市…会议通过\n\n2021年4月30日 淄博市…会议通过并经2021年5月27日山东省…会议批准的"
                           "《关于修改〈…〉的决定》修正")
    assert (dates["adopted"], dates["amended"]) == ("2016-03-03", "2021-04-30")
    dates = adoption_dates("（《白城市文明行为促进条例》已由白城市第六届人民代表大会常务委员会第二十三次会议于2019年12月26日通过，"
                           "于2020年3月24日经吉林省第十三届人民代表大会常务委员会第二十次会议批准）")
    assert (dates["adopted"], dates["approved"]) == ("2019-12-26", "2020-03-24")
    assert adoption_dates("1999年4月29日第九届全国人民代表大会常务委员会第九次会议审议通过\n")["adopted"] == "1999-04-29"


# The title under a saved page's menu, without a breadcrumb ------------------------------------------------------

#: cityhtml 6bb0487fbbda (德州市住房公积金): the cleaned head once its breadcrumb ``您所在的位置： 德州市住房公积金 > 通知公告 >
#: 正文`` goes as furniture (the title reader found the title under that line only; session 12 kept the line for it).
DEZHOU_HEAD = ("德州市住房公积金中心主办\n首\u3000页\n网上服务厅\n资讯中心\n信息公开\n政务服务\n×\n"
               "德州市住房公积金管理委员会办公室关于调整住房公积金贷款政策的通知\n地址：山东省德州市东风东路1666号 邮编：253000\n")


def test_the_title_under_a_menu_without_its_breadcrumb():
    assert find_title(DEZHOU_HEAD)[0] == "德州市住房公积金管理委员会办公室关于调整住房公积金贷款政策的通知"
    page = REAL / "cityhtml" / "6bb0487fbbda.html"
    cleaned = clean_page(ingest_file(page, page.parent))
    assert "位置" not in cleaned.text  # the breadcrumb went as furniture
    assert structure_page(cleaned).documents[0].title == "德州市住房公积金管理委员会办公室关于调整住房公积金贷款政策的通知"


def test_menus_of_other_shapes_over_a_title():
    """Invented variants: a menu whose first item is a title's length (资讯中心 first), a menu of two items, a 规定's
    title under a menu of column names."""
    assert find_title("资讯中心\n信息公开\n政务服务\n某某市住房公积金管理中心关于调整缴存基数的通知\n")[0] == \
        "某某市住房公积金管理中心关于调整缴存基数的通知"
    assert find_title("首页\n机构概况\n某某市人民政府关于印发某某管理办法的通知\n")[0] == "某某市人民政府关于印发某某管理办法的通知"
    assert find_title("网站首页\n政务公开\n办事服务\n互动交流\n某某省某某资金管理暂行规定\n第一条 为了规范管理。\n")[0] == \
        "某某省某某资金管理暂行规定"


def test_short_titles_and_headings_are_not_menus():
    """Negative: a short title over its sections, a title over a 文号, a news headline over its lead stay the title."""
    assert find_title("工作总结\n一、基本情况\n二、主要做法\n")[0] == "工作总结"
    assert find_title("年度报告\n目录\n第一章 概况\n")[0] == "年度报告"
    assert find_title("市长信箱\n来信人\n某某\n关于小区停车难问题的回复\n")[0] == "市长信箱"


def test_titles_wrapped_after_short_lines_are_no_menu():
    """Negative: a title wrapped after an organ's name or after 关于 keeps its lines, under chrome or not."""
    assert find_title("中共中央\n国务院\n关于加强某某工作的意见\n一、总体要求\n")[0] == "中共中央国务院关于加强某某工作的意见"
    assert find_title("首页\n国务院关于\n印发某某管理办法的通知\n国发〔2020〕1号\n")[0] == "国务院关于印发某某管理办法的通知"


# F12-A8: a compendium of instruments, each under its numbered heading with its record ----------------------------

def test_a_compendium_is_split_into_its_instruments():
    """xiaoan's 中国反家庭暴力法律法规与司法解释 (an excerpt of 8 of its 29 instruments): one document before."""
    page = REAL / "field13_struct" / "xiaoan_fanjiabao_compendium_excerpt.md"
    structured = structure_page(clean_page(ingest_file(page, page.parent)))
    documents = structured.documents
    assert [doc.title for doc in documents] == [
        "宪法", "反家庭暴力法", "民法典之婚姻家庭编",
        "最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）",
        "最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（二）",
        "最高人民法院关于办理人身安全保护令案件适用法律若干问题的规定",
        "未成年人学校保护规定", "幼儿园工作规程"]
    first_articles = {doc.title: [a.label for a in structured.articles if a.doc_id == doc.doc_id][:2] for doc in documents}
    assert first_articles["宪法"] == ["第三十三条", "第四十九条"]
    assert first_articles["反家庭暴力法"] == ["第一条", "第二条"]
    assert (documents[1].adopted, documents[1].effective) == ("2015-12-27", "2016-03-01")
    # a record that names its organ before the date: (最高人民法院审判委员会2020 年12 月25 日通过，2021 年1 月1 日施行)
    assert (documents[3].adopted, documents[3].effective) == ("2020-12-25", "2021-01-01")
    assert (documents[6].adopted, documents[6].effective) == ("2021-05-25", "2021-09-01")  # （教育部2021 年5 月25 日通过…）
    for doc in documents:  # each instrument numbers its own articles: in order, none twice (the numbering checks' flags)
        numbers = [a.article_no for a in structured.articles if a.doc_id == doc.doc_id]
        assert numbers == sorted(set(numbers)), (doc.title, numbers)
    # the group headings open the first instrument of their group; the text is the page's, cut, never changed
    assert documents[3].text.startswith("二、司法解释\n")
    assert "".join(doc.text for doc in documents) == clean_page(ingest_file(page, page.parent)).text[documents[0].page_start:]


def test_variants_of_a_compendium():
    """Invented variants: headings numbered 1、 and （1）, records with the organ first and over two lines, no groups."""
    text = ("1、甲省某某条例\n（2010年5月1日甲省人大常委会通过）\n第十条 甲。\n"
            "2、乙部某某办法\n（乙部2012年3月1日发布，\n2012年4月1日施行）\n第一条 乙。\n第二条 乙。\n"
            "3、丙市某某规定\n（丙市人民政府2015年6月1日公布）\n第八条 丙。\n")
    assert [text[s.start:s.end].split("\n")[0] for s in split_documents(text)] == ["1、甲省某某条例", "2、乙部某某办法", "3、丙市某某规定"]
    text = text.replace("1、", "（1）").replace("2、", "（2）").replace("3、", "（3）")
    assert len(split_documents(text)) == 3


def test_laws_and_lists_are_no_compendium():
    """Negative: a law with its record and chapters, a law's numbered items with dates, two recorded headings only,
    headings whose articles run on (one instrument's parts) stay one document."""
    law = ("某省某某条例\n（2015年12月27日某省人大常委会通过　2020年1月1日修正）\n第一章 总则\n第一条 甲。\n第二章 管理\n第二条 乙。\n"
           "附件\n1. 甲表\n（2015年1月1日起施行）\n")
    assert len(split_documents(law)) <= 2 and split_documents(law)[0].role == "main"
    two = "1. 甲法\n（2015年1月1日通过）\n第五条 甲。\n2. 乙法\n（2016年1月1日通过）\n第一条 乙。\n"
    assert len(split_documents(two)) == 1
    run_on = ("1. 总则\n（2015年1月1日通过）\n第一条 甲。\n2. 管理\n（2015年1月1日通过）\n第二条 乙。\n"
              "3. 附则\n（2015年1月1日通过）\n第三条 丙。\n")
    assert len(split_documents(run_on)) == 1
    notice = ("关于做好某某工作的通知\n各区：\n1. 报名时间\n（2024年3月1日起至3月15日止）\n2. 审核时间\n（2024年3月16日起）\n"
              "3. 公示时间\n（2024年4月1日发布）\n特此通知。\n")
    assert len(split_documents(notice)) == 1


def _split_count(text: str) -> int:
    return len(split_documents(text))


@pytest.mark.parametrize("pattern", [
    "一、组别\n1. 甲法\n（2015年1月1日通过）\n第二条 甲。\n",  # every part a document: 9,375 of them
    "1. 甲法\n（2015年1月1日通过）\n第一条 甲。\n",  # headings numbered out of order: no compendium
    "1. " + "甲" * 79 + "\n（" + "乙" * 80 + "2015年1月1日" + "丙" * 200 + "\n",  # the longest heading and record
    "（" * 1000 + "\n",
])
def test_the_compendium_reader_is_linear(pattern):
    """300,000 characters of each shape, split in a child with a CPU-time bound (about a second and a half here)."""
    assert bounded(_split_count, pattern * (300_000 // len(pattern)), seconds=20) >= 1


def test_an_annex_keeps_its_short_title():
    """Negative: under an annex's marker a short title (a table's name) is the annex's, not a menu item."""
    assert find_title("附件1\n项目申报表\n某某市重点产业项目申报指南与评审办法\n")[0] == "项目申报表"
