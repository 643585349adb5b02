"""Metadata read wrong on real pages of field tests 8 and 8b, fixed in session 9 (/work/notes/field8.md,
field8b.md): each case starts from the real page (or its head) that showed it, source named in
tests/real_pages/meta9/SOURCE.md, with negative cases that must stay as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.structure import metadata as md
from tests.real_build import page_documents

REAL = Path(__file__).parent / "real_pages" / "meta9"


def _documents(name: str):
    return page_documents(REAL / name)


# --- F8-P10 / F8-P11: the site's 发布日期 line is removed as furniture; its date is still the publication --------

@pytest.mark.parametrize("name, written, published", [
    ("dongyang_head.txt", "2023-03-13", "2023-03-21"),  # 发布日期:2023-03-21访问次数: …; signed 2023年3月13日
    ("hnxxrd_head.txt", "2023-11-20", "2023-11-20"),  # 作者: 发布时间:2023年11月20日 来源:
    ("pingjiang_head.txt", None, "2017-01-12"),  # 来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【
])
def test_the_removed_publication_line_still_dates_the_page(name, written, published):
    doc = _documents(name)[0]
    assert (doc.written, doc.published) == (written, published)
    assert "发布日期" not in doc.text and "发布时间" not in doc.text and "日期:" not in doc.text  # the line stays removed


def test_a_release_note_under_the_signature_is_no_publication():
    """东阳: ``2023年3月13日`` ⏎ ``（此件公开发布）`` made the signature date the publication date."""
    assert md.adoption_dates("东阳市人民政府办公室\n\n2023年3月13日\n\n（此件公开发布）\n")["published"] is None
    # a record that goes on over its next line keeps its verb there
    assert md.adoption_dates("2013年2月26日 青岛市…常务委员会\n\n第九次会议通过")["adopted"] == "2013-02-26"


@pytest.mark.parametrize("removed", [
    "作者：法律资料网 时间：2024-07-22 05:16:06  浏览：9726   来源：法律资料网",  # a mirror's copying time
    "更新时间： 2026-01-26 11:25:32",
    "浏览量：          时间：2016-01-17 23:45:19",
    "【字体：大 中 小】 打印本页 关闭窗口",
    "发布日期：2021-2023年期间",  # no date
])
def test_lines_that_give_no_publication_date(removed):
    assert md.posted_date(removed) is None


def test_a_posting_date_far_after_the_texts_own_dates_is_not_its_publication():
    """法律资料网-type mirrors: a 发布时间 years after the text's own record is the re-post's."""
    assert md.page_date_as_published("2024-07-22", ["2010-12-25"]) is None


# --- F8B-W3: Macau's legislature and chief executive, and their numbered acts -----------------------------------

def test_a_macau_law_is_the_legislative_assemblys_and_macaus():
    """zh.wikisource 第26/2024號法律: ``立法會根據《澳門特別行政區基本法》第七十一條(一)項,制定本法律。``"""
    doc = _documents("macau_law_26_2024_head.txt")[0]
    assert (doc.title, doc.doc_type) == ("第26/2024号法律", "regulation")
    assert (doc.issuer, doc.jurisdiction, doc.jurisdiction_level) == ("澳门特别行政区立法会", "澳门特别行政区", "provincial")


def test_a_macau_executive_order_loses_the_language_switch_and_gets_its_maker():
    """bo.io.gov.mo 第18/2015號行政命令 (whole stored page): ``葡文版本`` ⏎ the title; 行政長官 行使《基本法》…發佈本行政命令."""
    doc = _documents("bo_io_gov_mo_ordem18_2015.txt")[0]
    assert (doc.title, doc.doc_type, doc.published) == ("第18/2015号行政命令", "normative_document", "2015-05-08")
    assert (doc.issuer, doc.jurisdiction) == ("澳门特别行政区行政长官", "澳门特别行政区")


@pytest.mark.parametrize("head", [
    # the national law for Hong Kong cites the Basic Law: no maker of the region (香港国安法, Laosheng flk txt)
    "为了坚定不移并全面准确贯彻“一国两制”方针，依据《中华人民共和国宪法》、《中华人民共和国香港特别行政区基本法》"
    "和《全国人民代表大会关于建立健全香港特别行政区维护国家安全的法律制度和执行机制的决定》，制定本法。",
    "行政长官根据本条例第5条发布的命令",  # no Basic Law named as the source of power
])
def test_texts_that_only_cite_a_basic_law_have_no_regional_maker(head):
    assert md.sar_maker(head) is None


# --- F8B-R3 / F8B-R6 / F8-P9: what a title line carries besides the title --------------------------------------

def test_a_red_header_pdf_line_gives_title_number_and_issuer():
    """东莞 PDF (ljz060707 documents/50eeb78a….pdf): the 版头, the 发文字号 and the title on one text line."""
    line = "东莞市住房公积金管理委员会文件 东公积金委〔2020〕2号关于调整部分住房公积金贷款和提取规定的通知"
    assert md.split_title(line) == ("关于调整部分住房公积金贷款和提取规定的通知", "东公积金委〔2020〕2号", "东莞市住房公积金管理委员会")


def test_a_category_tag_and_a_number_before_the_title(tmp_path):
    """gjj.wuhan.gov.cn (the real page): ``【贷款】武公中规〔2026〕2号武汉住房公积金管理中心关于…的通知``."""
    doc = _documents("wuhan_gjj_91e61e46.html")[0]
    assert doc.title == "武汉住房公积金管理中心关于优化住房公积金使用政策的通知"
    assert (doc.doc_number, doc.issuer) == ("武公中规〔2026〕2号", "武汉住房公积金管理中心")


def test_the_site_name_before_a_meta_title_and_the_issuer_the_title_names():
    """gaoyang.gov.cn (the real page): ``<META content="高阳县人民政府网站——高阳县人民政府关于…的意见" name="ArticleTitle">``."""
    doc = _documents("gaoyang_ad9be9ed.html")[0]
    assert (doc.title, doc.issuer) == ("高阳县人民政府关于加强房地产市场管控的意见", "高阳县人民政府")


def test_a_read_more_button_before_the_title():
    """ytlst (aggregator), first 5 lines: ``【阅读全文】`` ⏎ the 甘肃 decision's title."""
    doc = _documents("ytlst_head.txt")[0]
    assert (doc.title, doc.issuer) == ("甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定", "甘肃省人民代表大会常务委员会")


@pytest.mark.parametrize("title", [
    "国务院关于印发《国务院工作规则》的通知",  # govcn
    "中华人民共和国香港特别行政区基本法",
    "【立法目的】为了规范管理",  # no title after the bracket
    "第一章 总则",
    "京政发〔2021〕1号",  # a number and nothing after it
    "关于2019年度中央预算执行情况的报告",
])
def test_titles_that_carry_nothing_else_stay_whole(title):
    assert md.split_title(title) == (title, None, None)


@pytest.mark.parametrize("title", [
    "关于加强房地产市场管控的意见",
    "某市人民政府办公室转发市财政局关于某事的通知",  # forwarded: the 财政局 is not the issuer
    "中共中央 国务院关于全面推进乡村振兴加快农业农村现代化的意见",  # 中共中央 has no organ's ending: no guess
    "市政府同意市住建局关于某事的请示",  # no 关于 after organs only
    "《某某条例》关于某事",
])
def test_titles_that_name_no_issuer(title):
    assert md.title_issuer(title) is None


# --- F8B-R7: （征求意见稿） under a notice's title ------------------------------------------------------------------

def test_a_notice_with_a_draft_qualifier_is_a_draft():
    """海南 DOCX (ljz060707 documents/a783c350….docx): 两厅局 ⏎ 关于提取…⏎…的通知 ⏎ （征求意见稿）."""
    doc = _documents("hainan_draft_notice_a783c350.docx")[0]
    assert (doc.doc_type, doc.status) == ("draft_for_comment", "draft_for_comment")
    assert doc.issuer == "海南省住房和城乡建设厅、海南省住房公积金管理局"


# --- F8B-K3 / F8B-W5 / F8-P20: a page's widget is no title ----------------------------------------------------------

def test_a_login_box_is_no_title():
    """110.com (the whole stored page): ``用户名 密码`` ⏎ ``记住我`` ⏎ … ⏎ ``第 1 章 - 释义及通则条例``."""
    assert _documents("110_com_fagui_law_13361.txt")[0].title == "释义及通则条例"


def test_a_document_sharing_sites_field_list_is_no_title():
    """冰豆网 (bdocx, head): ``- 文档编号:9031322`` ⏎ … ⏎ ``《….docx》由会员分享…`` ⏎ the document's own first line."""
    assert _documents("bdocx_head.txt")[0].title == "生物化工制度汇编修改征求意见版本1"


def test_a_javascript_notice_is_no_title():
    """臺北市法規查詢 (head): the JS-fallback line was the title; the page names none of its own."""
    doc = _documents("taipei_head.txt")[0]
    assert doc.title == ""
    assert (doc.published, doc.effective) == ("2018-11-28", "2018-11-28")  # still read from the history line


# --- F8-P8: a field block glued without colons, and a date a cited notice gives ---------------------------------

def test_a_glued_field_block_is_read_and_is_no_title():
    """yestaryl (head, Traditional with ruby): ``發文機關司法部`` ⏎ ``發文日期1989年12月26日`` ⏎ … ⏎ the text citing
    ``參照1988年5月31日國務院辦公廳“關於改進行政法規發布工作的通知”``: published was 1988-05-31."""
    doc = _documents("yestaryl_head.txt")[0]
    assert doc.title == ""  # the page names no title: none is invented
    assert (doc.issuer, doc.doc_number) == ("司法部", "[89]司发法字第001号")
    assert (doc.published, doc.effective) == ("1989-12-26", "1989-12-26")


def test_a_record_does_not_go_on_over_the_salutation():
    head = ("（1989年12月26日 [89]司发法字第001号）\n各省、自治区、直辖市司法厅（局）：\n根据中华人民共和国国务院组织法的规定，"
            "参照1988年5月31日国务院办公厅“关于改进行政法规发布工作的通知”的精神，…一律用发布令发布。\n")
    assert md.adoption_dates(head)["published"] is None


@pytest.mark.parametrize("line", [
    "发文机关应当在十日内答复。",  # a sentence that opens with the words
    "施行日期另行规定",
    "发布日期：2024-01-02",  # a colon: the ordinary label line, not a glued one
    "生效日期的确定",
])
def test_lines_that_are_no_glued_field(line):
    assert md._glued_label_line(line) is None


def test_a_box_value_with_a_time_under_its_label():
    """镇巴县 (tests/real_pages/meta8/zbgov_head.txt): ``• 发文日期：`` ⏎ ``2024年04月06日 16:40`` (the time's colon made
    the value look like a label line; the date was read only by accident, through the next label's 发布)."""
    head = (REAL.parent / "meta8" / "zbgov_head.txt").read_text(encoding="utf-8")
    assert md.head_fields(head, 0)["published"] == "2024-04-06"
    assert md.head_fields("标题：\n• 内容概述：\n某某规则\n", 0) == {}


# --- F8B-R4: a title wrapped over two lines ----------------------------------------------------------------------

# ljz060707 documents/baf2e18d….pdf (北京 国四货车 实施细则, text layer): its first three lines
BEIJING_PDF_HEAD = (
    "北京市继续促进国四排放标准\n老旧营运货车报废更新实施细则\n根据《国家发展改革委 财政部关于 2026 年实施大规模设备更新和消费品"
    "以旧换新政策的通知》（发改环资〔2025〕1745号）…要求，为加快报废高耗能高排放老旧营运货车，推动新能源车辆发展，特制定本实施细则。\n"
)
# ljz060707 webpages/4d0349bb….html (白银市人民政府办公室), the attachment's first lines
BAIYIN_ATTACHMENT_HEAD = "附件\n白银市促进房地产市场平稳健康发展\n工作领导小组组成人员及工作职责\n组长：张延保 \xa0市委副书记、市长\n"


def test_a_title_wrapped_after_a_kind_word():
    assert md.tidy_title("北京市继续促进国四排放标准", BEIJING_PDF_HEAD, 13, role="notice") == \
        "北京市继续促进国四排放标准老旧营运货车报废更新实施细则"


def test_an_attachments_title_wrapped_before_its_field_lines():
    assert md.tidy_title("白银市促进房地产市场平稳健康发展", BAIYIN_ATTACHMENT_HEAD, 19, role="attachment") == \
        "白银市促进房地产市场平稳健康发展工作领导小组组成人员及工作职责"


@pytest.mark.parametrize("title, text, role", [
    # a law's title over its record (Laosheng 2015-lifafa md)
    ("中华人民共和国立法法", "中华人民共和国立法法\n（2000年3月15日第九届全国人民代表大会第三次会议通过）\n", "main"),
    # a notice over the attachment it issues (govcn 032 shape)
    ("国务院关于修改部分行政法规的决定", "国务院关于修改部分行政法规的决定\n中华人民共和国国务院令\n第 687 号\n", "notice"),
    # a news headline over a byline (not an attachment)
    ("科兴佳园社区民族大团结书法笔友会活动", "科兴佳园社区民族大团结书法笔友会活动\n六里桥街道科兴佳园社区\n5月29日，社区举办……\n", "main"),
    # an organ's name under the title
    ("中华人民共和国标准", "中华人民共和国标准\n国家市场监督管理总局\n", "main"),
    ("某某办法", "某某办法\n第一章　总则\n", "main"),
])
def test_titles_with_no_second_line(title, text, role):
    assert md.tidy_title(title, text, len(title), role=role) == title


# --- F8B-L6: a source link under a Markdown title; 自公布之日起施行 without a stated promulgation -------------------

def test_the_source_link_under_a_markdown_title():
    """Laosheng.top duben/2015-lifafa.txt.md (first 8 lines): ``<http://www.npc.gov.cn/…htm>`` under the title."""
    doc = _documents("laosheng_lifafa_head.md")[0]
    assert doc.source_url == "http://www.npc.gov.cn/zgrdw/npc/dbdhhy/12_3/2015-03/18/content_1930713.htm"
    assert "content_1930713.htm" in doc.text  # the line stays in the text


@pytest.mark.parametrize("head", [
    "中华人民共和国刑法\n<https://flk.npc.gov.cn/>\n第一条",  # the database's home, not the law's page (2020-xingfa md)
    "某某办法\n第一条 本办法所称网站，指http://www.example.cn/a.htm所列网站。",
    "某某通知\n各单位：\n现将有关事项通知如下。\n一、\n二、\n三、\n四、\n五、\nhttp://www.example.cn/a/b.htm",  # not at the head
])
def test_no_source_link(head):
    assert md.source_link(head) is None


def test_in_force_on_promulgation_needs_the_promulgation_date():
    """监察法 (Laosheng md): ``本法自公布之日起施行`` and no promulgation date in the text: effective stays null;
    the 白城 record states its 公布 date, which is then the effective date."""
    assert md.effective_date("第六十九条　本法自公布之日起施行。", None) is None
    assert md.effective_date("第六十九条　本法自公布之日起施行。", "2018-03-20") == "2018-03-20"


# --- F8B-W6: a version history listed newest first --------------------------------------------------------------

def test_a_history_page_dates_the_newest_entry():
    """law.moj.gov.tw 沿革 of G0380237 (whole stored page): entries 5 … 1 newest first; published 2021-02-18 (entry
    4's 行政院令) and effective 2023-02-22 (entry 5's 行政院令 date) were assembled from two entries."""
    doc = _documents("law_moj_gov_tw_LawHistory_G0380237.txt")[0]
    # entry 5: 修正公布 2023-01-19; the 行政院令 of 2023-02-22 發布定自一百十二年三月一日施行
    assert (doc.published, doc.amended, doc.effective) == ("2023-01-19", "2023-01-19", "2023-03-01")


# kong0107/mojLawSplitXML (Taiwan MOJ XML, as built; history lines of the text)
@pytest.mark.parametrize("history, effective", [
    # A0030170 法庭旁聽規則: the newest entry states its day in the record's calendar
    ("1.中华民国七十年一月十六日司法院（70）院台厅四字第 01198  号令订定发布全文 9  条；并自发布日施行\n"
     "10. 中华民国一百十年二月二十二日司法院院台厅司一字第 1100004607号令修正发布第 1、12  条条文；并自一百十年七月一日施行\n",
     "2021-07-01"),
    # D0000095: ``并自同年七月一日施行`` is no day the reader can date, and not the order's own day
    ("1.中华民国八十八年六月二十九日内政部（88）台内人字第 8889637  号令订定发布全文 11 条暨暂行编制表；并自同年七月一日施行\n", None),
    # K0000153: the day is left to the Executive Yuan, which fixes it by an order of another date
    ("1.中华民国一百零六年六月十四日总统华总一义字第 10600072471  号令制定公布全文 8  条；施行日期，由行政院以命令定之\n"
     "中华民国一百零七年二月十二日行政院院授人组字第 10700323011  号令发布定自一百零七年二月十二日施行\n"
     "2.中华民国一百十二年六月七日总统华总一义字第 11200046901  号令修正公布第 5、7 条条文；施行日期，由行政院以命令定之\n"
     "中华民国一百十二年七月二十日行政院院授人组字第 11220013051  号令发布定自一百十二年九月十五日施行\n", "2023-09-15"),
    # L0060001 (cut): the newest amendment states no day: an earlier version's day is not the text's
    ("11. 中华民国一百零六年十一月二十九日总统华总一义字第 10600142271号令修正公布第 6、9、95、104  条条文；并自公布日施行\n"
     "12. 中华民国一百十年一月二十日总统华总一义字第 11000004291 号令修正公布第 9 条条文\n", None),
])
def test_taiwan_history_entries_and_their_days_of_force(history, effective):
    assert md.adoption_dates(history)["effective"] == effective


def test_a_mainland_record_keeps_its_reading():
    """A mainland record lists its events oldest first; its dates are read as before (白城, 立法法)."""
    d = md.adoption_dates("（《白城市文明行为促进条例》已由白城市第六届人民代表大会常务委员会第二十三次会议于2019年12月26日通过，"
                          "于2020年3月24日经吉林省第十三届人民代表大会常务委员会第二十次会议批准，2020年3月26日白城市第六届人民代表大会"
                          "常务委员会公告第15号公布，自公布之日起施行）")
    assert (d["adopted"], d["approved"], d["published"], d["effective"]) == ("2019-12-26", "2020-03-24", "2020-03-26", "2020-03-26")


# --- F8B-L5 / F8B-R2: dates a PDF's text layer spaces (read on main; kept so) ----------------------------------

def test_spaced_dates_of_a_pdf_record():
    """北京市科学技术奖励办法 (ljz060707 PDF, text layer): ``（2002 年 4 月 11 日北京市人民政府第 93 号令公布 根据2007 年 3 月
    7 日…第一次修改 … 根据2025 年 12 月 5 日北京市人民政府第 319 号令第五次修改）``: the order and the last amendment are
    read; the first publication is given up because the page holds the text as revised (``published`` is the revised
    text's, by design of the metadata, not the 2002 order's)."""
    record = ("（2002 年 4 月 11 日北京市人民政府第 93 号令公布 根据2007 年 3 月 7 日北京市人民政府第 187 号令第一次修改 "
              "根据2025 年 12 月 5 日北京市人民政府第 319 号令第五次修改）")
    d = md.adoption_dates("北京市科学技术奖励办法\n" + record + "\n第一章 总则\n")
    assert (d["published"], d["amended"]) == ("2002-04-11", "2025-12-05")
    assert md.order_number(record) == "北京市人民政府令第93号"
