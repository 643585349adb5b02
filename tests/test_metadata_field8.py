"""Metadata read wrong or not read on real pages of the field tests (/work/notes/field7.md,
field7b.md, closing7.md "Metadata"): each case starts from the real page that showed it
(tests/real_pages/meta8/SOURCE.md and the folders named there), with the pages and fields that
must stay as they were.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus_tools.html_meta import box_pairs, office_export
from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page
from corpus_tools.structure import metadata as md

REAL = Path(__file__).parent / "real_pages"
META8 = REAL / "meta8"


def documents(path: Path):
    return structure_page(clean_page(ingest_file(path, path.parent))).documents


# --- 1. a page's <meta> date is no publication when it dates a later posting -------------------------------

def test_a_re_posts_page_generation_date_is_not_the_laws_publication():
    """F7-C5: the 国家税务总局 法规库 page of the 2023 Company Law: PubDate 2026-06-02 (its 页面生成时间)
    was ``published``; the text gives no 公布 date of its own, so none is given."""
    law = documents(META8 / "chinatax_company_law_2023_trimmed.html")[0]
    assert (law.title, law.published, law.effective, law.amended) == ("中华人民共和国公司法", None, "2024-07-01", "2023-12-29")


def test_a_news_pages_own_date_stays_its_publication():
    """jchgz (广州 portal, field 6b): a news item gives no date of its own; its PubDate is its date."""
    news = documents(REAL / "govclones" / "jchgz.gov.cn.html")[0]
    assert news.published == "2023-12-05"


def test_the_text_s_own_publication_date_wins_over_the_pages():
    """The record's 公布 clause is the law's publication, not the posting date in <meta>."""
    html = ('<html><head><meta name="PubDate" content="2014-05-12 10:00:00"></head><body><h1>中华人民共和国公司法</h1>'
            "<p>（2005年10月27日第十届全国人民代表大会常务委员会第十八次会议修订 2005年10月27日中华人民共和国主席令第四十二号公布）</p>"
            "<p>第一条 为了规范公司的组织和行为，制定本法。</p><p>第二条 本法自2006年1月1日起施行。</p></body></html>")
    path = Path(__file__).parent / "_meta8_tmp"
    path.mkdir(exist_ok=True)
    try:
        page = path / "gjxfj_like.html"
        page.write_text(html, encoding="utf-8")
        assert documents(page)[0].published == "2005-10-27"
    finally:
        shutil.rmtree(path)


@pytest.mark.parametrize("page_date, own, expected", [
    ("2026-06-02", ["1993-12-29", "2023-12-29", "2024-07-01"], None),  # the chinatax re-post
    ("2023-12-30", ["2023-12-29", "2024-07-01"], "2023-12-30"),  # posted the day after adoption
    ("2019-03-18", ["2019-03-02"], "2019-03-18"),  # a State Council order posted two weeks later
    ("2023-12-05", [], "2023-12-05"),  # nothing to weigh it against
])
def test_page_date_against_the_texts_own_dates(page_date, own, expected):
    assert md.page_date_as_published(page_date, own) == expected


# --- 2. Hong Kong gazette notices ----------------------------------------------------------------------------

def test_a_hong_kong_legal_notice_is_hong_kongs_and_the_chief_executives():
    """F7-S10: L.N. 136 of 2020 (promulgating the NSL in its schedule) was national, issued by the
    NPCSC, with no 文号 and an English title glued to the Chinese."""
    notice = documents(REAL / "field7" / "hk_ln136_2020_head.txt")[0]
    assert (notice.jurisdiction, notice.jurisdiction_level) == ("香港特别行政区", "provincial")
    assert notice.issuer == "香港特别行政区行政长官"
    assert notice.doc_number == "2020年第136号法律公告"
    assert notice.title == "2020 年全国性法律公布"


def test_a_hong_kong_extraordinary_notice_gets_its_number_title_and_place():
    """F7-S11: G.N. (E.) 74 of 2020: title '' although the lines under the number give it."""
    notice = documents(META8 / "hk_gn74_2020_head.txt")[0]
    assert (notice.title, notice.doc_number, notice.jurisdiction) == (
        "关于进行截取及秘密监察的授权申请的运作原则及指引", "2020年第74号号外公告", "香港特别行政区")


def test_national_laws_about_hong_kong_stay_national():
    """The Basic Law and a mainland 公告 number are no Hong Kong notices."""
    assert md.jurisdiction("中华人民共和国香港特别行政区基本法", "全国人民代表大会", "中华人民共和国香港特别行政区基本法\n序言") == md.NATIONAL
    assert md.gazette_number("国家税务总局公告\n2023年第5号") is None
    assert not md.hong_kong_notice("国家税务总局关于某事的公告\n国家税务总局公告2023年第5号\n现将有关事项公告如下：")


# --- 3. jurisdiction from a central organ only where it issues the text --------------------------------------

def test_a_local_news_page_mentioning_a_central_organ_is_not_national():
    """jchgz: ``据国家统计局数据显示`` in its first 400 characters made a 广州 news page national."""
    assert documents(REAL / "govclones" / "jchgz.gov.cn.html")[0].jurisdiction is None


@pytest.mark.parametrize("title, head, expected", [
    ("关于清理整顿社会团体的意见", "关于清理整顿社会团体的意见\n民政部关于清理整顿社会团体的意见\n", md.NATIONAL),
    ("某某通知", "国务院办公厅文件\n国办发〔2019〕5号\n", md.NATIONAL),
    ("智能制造试点示范行动实施方案", "“十三五”期间,工业和信息化部、国家发展改革委、财政部等部门持续推进智能制造发展", md.NATIONAL),
    # 中国（上海）自由贸易试验区条例 (the clean corpus): ``…经国务院批准…`` in its record
    ("中国（上海）自由贸易试验区条例", "中国（上海）自由贸易试验区条例\n为了推进…经国务院批准设立的中国（上海）自由贸易试验区", None),
    ("广州美妆产业依靠自主创新持续发力", "广州美妆产业依靠自主创新持续发力\n据国家统计局数据显示，2023年上半年……", None),
    # 0798ci (鲁政发〔2014〕20号) cites national texts as its basis and names its province
    ("关于深化预算管理制度改革的实施意见", "根据新修订的《中华人民共和国预算法》、《国务院关于深化预算管理制度改革的决定》（国发〔2014〕45号）"
     "有关要求，现就深化我省预算管理制度改革提出以下实施意见：", None),
    # a 中国人民银行 attachment (pbc_regulations tiaofasi_normative_document_000248) names no place
    ("中央银行会计核算电子对账系统管理办法", "附件\n中央银行会计核算电子对账系统管理办法\n第一章  总则\n"
     "第一条 为加强中国人民银行营业部门与开户单位的对账管理，切实防范资金风险，根据《中华人民共和国会计法》", md.NATIONAL),
])
def test_central_organs_at_the_head(title, head, expected):
    assert md.jurisdiction(title, None, head) == expected


# --- 4. titles -----------------------------------------------------------------------------------------------

def test_a_word_exports_leftover_title_is_not_the_title():
    """F7B-R4: the GB2312 copy of 邯组通字〔2018〕39号 is a Word file saved as HTML whose <title> is
    ``述职报告`` (the author's old file); the title is the block under the letterhead."""
    notice = documents(REAL / "renmin_mojibake" / "notice_gb2312.html")[0]
    assert notice.title == "中共邯郸市委组织部关于开展纪念建党97周年系列活动的通知"
    assert (notice.doc_number, notice.issuer, notice.doc_type) == ("邯组通字〔2018〕39号", "中共邯郸市委组织部", "notice")


def test_a_web_page_embedding_a_word_fragment_is_no_office_export():
    from selectolax.lexbor import LexborHTMLParser

    page = (REAL / "nfra" / "page_source_debug.html").read_bytes().decode("utf-8", "replace")
    assert not office_export(LexborHTMLParser(page))


def test_a_font_bar_is_no_title():
    """F7B-P7: 沈阳人大's ``[字体： ] 打印`` was the notice's title."""
    notice = documents(META8 / "shenyang_head.txt")[0]
    assert notice.title != "[字体： ] 打印" and "字体" not in notice.title


def test_an_aggregators_numbered_headline_is_not_glued_to_the_title():
    """F7B-P14: 0798ci ``鲁政发〔2014〕20号《T》T``."""
    doc = documents(META8 / "0798ci_head.txt")[0]
    assert (doc.title, doc.doc_number, doc.jurisdiction) == (
        "山东省人民政府关于深化预算管理制度改革的实施意见", "鲁政发〔2014〕20号", "山东省")


def test_a_file_named_after_its_title_gives_the_title_the_text_does_not():
    """N-4 (field 6b): nfra's crawler exports carry no title line."""
    name = "国家金融监督管理总局行政处罚信息公开表（金罚决字〔2024〕34号）"
    assert documents(META8 / f"{name}.txt")[0].title == name


@pytest.mark.parametrize("title", [
    "中华人民共和国公司法", "关于印发《某某办法》的通知", "《中华人民共和国中医药法》全文", "定额定包定标准——“身边”工程18条举措",
    "Promulgation of National Law 2020", "打印机管理办法",
])
def test_titles_that_are_no_such_case_stay(title):
    assert md.tidy_title(title, title + "\n第一条", len(title)) == title


# --- 5. 法律资料网 labels, order lines, 公开 boxes --------------------------------------------------------------

def test_the_law_library_layouts_labels_are_read():
    """F7B-P11: 包头 条例: ``颁布日期:2001-6-3`` / ``颁布单位:…`` / ``【题注】 （…通过 …批准）``."""
    law = documents(META8 / "infoeach_law242_head.txt")[0]
    assert (law.published, law.effective, law.issuer) == ("2001-06-03", "2001-08-01", "包头市人民代表大会常务委员会")
    assert (law.adopted, law.approved) == ("2001-04-29", "2001-06-03")


def test_a_ministerial_order_line_gives_the_number_and_the_issuer():
    """F7B-P12: ``商务部令2007年第15号 商业特许经营备案管理办法``."""
    order = documents(META8 / "infoeach_law963_head.txt")[0]
    assert (order.doc_number, order.issuer) == ("商务部令2007年第15号", "商务部")


def test_a_public_information_box_written_as_a_bullet_list():
    """F7B-P13: 镇巴县 ``• 索引号:`` ⏎ ``6107280000/2024-001005`` …; ``发文机构: 县政府网站`` is no issuer."""
    rules = documents(META8 / "zbgov_head.txt")[0]
    assert (rules.index_no, rules.doc_number, rules.published) == ("6107280000/2024-001005", "镇政发〔2024〕7号", "2024-04-06")
    assert rules.issuer is None or "网站" not in rules.issuer


def test_a_box_with_bare_labels_and_an_unfilled_placeholder():
    """F7-C4: gjxfj's 公开 box (labels without colons, ``效力 | SELECTPLEASE``)."""
    law = documents(META8 / "gjxfj_company_law_2013_box.html")[0]
    assert (law.title, law.index_no, law.status) == ("中华人民共和国公司法", "GJXFJ-0000-2014-00035", "in_force")
    assert not law.text.startswith(("索引号", "法律法规\n索引号"))


def test_a_data_table_with_a_header_row_is_no_bare_label_box():
    assert box_pairs([["序号", "名称", "文号"], ["1", "某某办法", "某发〔2020〕1号"]]) == []
    assert box_pairs([["名称", "文号"], ["某某办法", "某发〔2020〕1号"]]) == []


def test_a_second_copy_of_a_version_joins_its_group():
    """F7-C4: gjxfj's 2005 and 2013 pages of the Company Law (both the 2005 revision, texts
    differing by a line of chrome) were neither duplicate_of each other nor, for the second, in the
    version group the 1993 text formed with the first."""
    from corpus_tools.records import Document
    from corpus_tools.structure.lineage import assign_version_groups

    law = dict(title="中华人民共和国公司法", doc_type="regulation", jurisdiction="中华人民共和国", adopted="1993-12-29")
    docs = [Document("d1993", "p1", "1993_wikisource_company_law_1993.html", 0, "", **law),
            Document("d2005", "p2", "2005_gjxfj_company_law_2005.html", 0, "", amended="2005-10-27", **law),
            Document("d2013", "p3", "2013_gjxfj_company_law_2013.html", 0, "", amended="2005-10-27", **law)]
    groups = [doc.version_group for doc in assign_version_groups(docs)]
    assert groups[0] is not None and groups == [groups[0]] * 3
    lone = assign_version_groups(docs[1:])  # two copies of one version are no group of versions
    assert [doc.version_group for doc in lone] == [None, None]


def test_a_code_beside_the_title_in_title_tag_does_not_hide_it():
    """F7-T5: ``<title>M32.40-有关失火的责任的法律</title>`` gave no title."""
    assert documents(META8 / "laws_M32.40.html")[0].title == "有关失火的责任的法律"


def test_a_title_a_mirror_sets_three_times():
    """F7B-P7: 法律资料网's page of 科工法字[2000] 851号: title ''."""
    notice = documents(META8 / "infoeach_law907_head.txt")[0]
    assert notice.title == "关于印发《国防科技工业标准制定工作程序（试行）》的通知"


def test_taiwans_ministries_make_no_text_of_the_peoples_republic():
    """kong0107/mojLawSplitXML: 內政部, 交通部, 財政部 issue Taiwan's rules (dated 中華民國…年)."""
    for path in sorted((REAL / "moj_xml").glob("*.xml")):
        for doc in documents(path):
            assert doc.jurisdiction != md.NATIONAL, (path.name, doc.title, doc.issuer)


def test_a_central_committee_document_is_national():
    doc = documents(META8 / "huace_xiangcun_2023_head.md")[0]
    assert doc.jurisdiction == md.NATIONAL
