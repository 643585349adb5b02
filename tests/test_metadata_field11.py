"""Metadata read wrong on real pages of field test 10, fixed in session 11 (/work/notes/field10.md): each case
starts from the real page that showed it, source named in tests/real_pages/meta11/SOURCE.md, with negative cases
that must stay as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.structure import metadata as md
from tests.real_build import page_documents

REAL = Path(__file__).parent / "real_pages" / "meta11"


def _documents(name: str, text: str | None = None, tmp_path: Path | None = None):
    """The documents of a real page (or of ``text`` written as a file of that name under ``tmp_path``)."""
    return page_documents(REAL / name, text, tmp_path)


# --- F10-A1: a CMS info box written two fields per line -----------------------------------------------------------

def test_every_field_of_a_two_field_box_line_is_read():
    notice = _documents("xishui_zfwj_206.txt")[0]
    assert notice.title == "县人民政府关于印发《浠水县人民政府工作规则》的通知"
    assert (notice.doc_number, notice.published, notice.index_no) == ("浠政发〔2017〕1号", "2017-01-28",
                                                                       "011282752 / 2017-00101")
    assert notice.issuer == "浠水县人民政府"


def test_the_box_lines_read_apart_as_a_layout_keeps_them():
    """The box as the page writes it, each line apart (the head of xishui_zfwj_206.txt, full-width colons)."""
    head = ("索引号: 011282752 / 2017-00101 主题分类:\n发布机构: 浠水县人民政府 发文日期: 2017-01-28\n"
            "文件标题: 县人民政府关于印发《浠水县人民政府工作规则》的通知\n文 号: 浠政发〔2017〕1号 主题词:\n\n浠水县人民政府\n")
    assert md.head_fields(head) == {
        "index_no": "011282752 / 2017-00101", "publisher": "浠水县人民政府", "published": "2017-01-28",
        "title": "县人民政府关于印发《浠水县人民政府工作规则》的通知", "doc_number": "浠政发〔2017〕1号"}


@pytest.mark.parametrize("text, expected", [
    # one field a line, as before
    ("文　　号：京政发〔2021〕1号\n发文机关：北京市人民政府", {"doc_number": "京政发〔2021〕1号", "issuer": "北京市人民政府"}),
    # a label word inside a value without its colon cuts nothing
    ("标题：关于调整发布日期和实施日期的通知", {"title": "关于调整发布日期和实施日期的通知"}),
    # prose with a colon is no box
    ("第一条　人民法院受理的植物新品种纠纷案件主要包括以下几类：", {}),
])
def test_head_lines_that_hold_one_field(text, expected):
    assert md.head_fields(text) == expected


# --- F10-W2: Taiwan database fields ----------------------------------------------------------------------------

def test_a_taiwan_local_database_gives_its_promulgation_and_number():
    taichung = _documents("taichung_GL000873_print.txt")[0]
    assert (taichung.title, taichung.published, taichung.doc_number) == (
        "台中市法规标准自治条例", "2011-06-08", "府授法规字第1000103464号")  # `… 號 令`: the act's form is no part
    tycg = _documents("tycg_GL001104.txt")[0]
    assert (tycg.title, tycg.published, tycg.amended, tycg.doc_number) == (
        "桃园市政府法制作业要点", "2015-09-08", "2016-11-08", "府法综字第1050275799号")


def test_a_judicial_interpretation_page_gives_its_number_and_date_and_no_skip_link_title():
    doc = _documents("moj_ExContent_C_D_150.txt")[0]
    assert (doc.doc_number, doc.published, doc.issuer) == ("释字第150号", "1977-09-16", "司法院")
    # `跳至主要內容` is the page's skip link; the page names no title line: its 解釋字號 names it (session 12, closing11)
    assert doc.title == "释字第150号"


@pytest.mark.parametrize("line, expected", [
    ("發文字號: 府授法規字第1000103464號 令", {"doc_number": "府授法規字第1000103464號"}),
    ("文号：京政发〔2021〕1号", {"doc_number": "京政发〔2021〕1号"}),
    # a 令 that is the number's own word stays
    ("文号：国务院令第746号", {"doc_number": "国务院令第746号"}),
    # a value that only ends in 令 is no number
    ("字号：大 中 小 令", {}),
])
def test_the_form_after_a_taiwan_number(line, expected):
    assert md.head_fields(line) == expected


@pytest.mark.parametrize("title", ["跳至主要內容", "跳到主要內容區塊", "跳至主要内容"])
def test_a_skip_link_is_never_a_title(title):
    assert md.tidy_title(title, title + "\n:::\n加入资料夹：\n", len(title)) == ""


def test_a_title_that_mentions_the_main_content_stays():
    title = "关于跳至主要内容页面设计的通知"
    assert md.tidy_title(title, title + "\n各单位：", len(title)) == title


# --- F10-M2 / M4: Macau's 批示 and a mirror's site buttons ---------------------------------------------------------

def test_a_macau_chief_executive_dispatch_and_its_annexed_law():
    dispatch, law = _documents("bo_io_gov_mo_2024_44_despce.txt")[:2]
    assert dispatch.title == "第166/2024号行政长官批示"  # not the masthead 澳 門 特 別 行 政 區
    assert (dispatch.issuer, dispatch.written) == ("澳门特别行政区行政长官", "2024-10-17")  # the date above the signer
    assert (law.title, law.doc_type, law.issuer) == ("第2/2020号法律", "regulation", "澳门特别行政区立法会")  # not 附件一


def test_a_secretarys_dispatch_is_the_secretarys():
    doc = _documents("bo_io_gov_mo_2009_25_despsef.txt")[0]
    assert (doc.title, doc.issuer, doc.jurisdiction) == ("第69/2009号经济财政司司长批示", "澳门特别行政区经济财政司司长",
                                                         "澳门特别行政区")


def test_a_mirrors_buttons_over_its_field_block_are_no_title():
    doc = _documents("fabao365_law_83403.txt")[0]
    assert doc.title == "第58/2004号经济财政司司长对外规范性批示，核准《番摊法定规章》"  # not 管理我的法规库
    assert (doc.published, doc.issuer) == ("2004-05-17", "澳门特别行政区经济财政司司长")  # 【颁布时间】


@pytest.mark.parametrize("text", [
    "某市人民政府令\n第166号\n《某某办法》已经市政府常务会议通过，现予公布。",
    "关于执行第2/2020号法律的通知\n各部门：",  # an act named inside a title
    "根据第16/2001号法律的规定，制定本办法。\n第一条 为了…",
])
def test_texts_without_a_macau_act_line(text):
    assert md.macau_act_line(text) is None


def test_a_mainland_signature_is_not_read_as_date_over_signatory():
    tail = "特此通知。\n\n浠水县人民政府\n\n2017年1月24日\n"
    assert md.date_over_signatory(tail) is None
    assert md.signature(tail) == ("浠水县人民政府", "2017-01-24")


def test_an_empty_field_takes_no_bracketed_field_below_it():
    assert md.head_fields("【法规名称】 \n【颁布时间】 2004-05-17\n【正  文】\n") == {"published": "2004-05-17"}


# --- F10-A4: the title under a site's slogan and sidebar ---------------------------------------------------------

def test_a_title_set_again_over_two_lines_under_a_sidebar():
    doc = _documents("abrd_12efe566.txt")[0]
    assert doc.title == "阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法"  # was ''


@pytest.mark.parametrize("text", [
    # two lines that only join into a title once: no repetition
    "主任之窗\n某州人大\n常委会机关公文处理办法\n第一条 为了…",
    # a title set twice, but the page is a notice and the line is no notice's title
    "某某办法\n某部\n某某\n办法\n现予公布。",
])
def test_lines_that_do_not_repeat_a_title(text):
    assert md.tidy_title("", text, 0, role="notice" if "现予" in text else "main") == ""


# --- F10-Z3: the organ's site posting line `来源:<unit> 时间:<date>` removed with the chrome --------------------------

def test_the_posting_time_under_the_organs_own_source_is_the_publication():
    notice = _documents("yinchuan_sfj_t20201029_2271003.txt")[0]
    assert (notice.published, notice.written, notice.issuer) == ("2020-10-29", "2020-10-28", "银川市司法局")


@pytest.mark.parametrize("removed", [
    "作者：法律资料网 时间：2024-07-22 05:16:06  浏览：9726",  # a farm's copy: its own posting
    "来源：人民日报 时间：2020-10-29",  # a paper
    "来源：中国政府网 时间：2020-10-29 11:24",  # a website
    "时间：2020-10-29 11:24",  # no source at all
])
def test_posting_times_that_date_no_text(removed):
    assert md.posted_date(removed) is None


# --- F10-G6 / review10 F12: what an attachment takes from its notice --------------------------------------------

def test_every_attachment_of_a_notice_takes_its_issuer_and_publication():
    """xishui: the 工作规则 the notice issues (it took the issuer, not the date); 036: an attachment the notice does
    not issue (it took the date, not the issuer)."""
    notice, rules = _documents("xishui_zfwj_206.txt")[:2]
    assert (rules.issuer, rules.published) == (notice.issuer, notice.published) == ("浠水县人民政府", "2017-01-28")
    notice, annex = _documents("036_content_5347765.html")[:2]
    assert annex.title == "应急救援专用号牌式样和车辆涂装样图"
    assert (annex.issuer, annex.published) == (notice.issuer, notice.published) == ("国务院办公厅", "2018-12-11")


def test_a_forwarded_text_and_its_annex_keep_their_own_and_take_no_later_posting():
    notice, request, annex = _documents("052_content_5345284.html")[:3]
    assert (notice.written, notice.published) == ("1996-07-17", "2018-12-02")  # gov.cn's box: its 2018 posting
    assert (request.issuer, request.written, request.published) == ("国家教委", "1996-05-13", None)
    assert annex.title == "内地西藏初中班（校）扩大招生计划表"
    assert (annex.issuer, annex.published) == (None, None)  # was published 2018-12-02: the posting of a 1996 text


# --- leftover of field 9/10: a 说明 is a drafting explanation only when it explains a draft ------------------------

@pytest.mark.parametrize("title, expected", [
    # titles of real documents as main built them (/work/base11: the field folders named)
    ("中华人民共和国国徽图案制作说明", "other"),  # Elysia4/chinese-law-vector-codex-skill
    ("煤矿安全监管行政执法文书制作说明", "other"),  # matianrou/coal_monitor_electron (field 9)
    ("跨境业务人民币结算付款说明", "other"),  # angelala00/pbc_regulations
    ("《清远市人民政府规章项目库管理办法》（征求意见稿）征求社会公众意见反馈情况说明", "other"),  # F10-A3, taohualuo
    ("企业年度报告填写说明", "other"),
    # drafting explanations stay
    ("《银川市城市住房保障管理办法（修订草案征求意见稿）》起草说明", "drafting_explanation"),  # yinchuan
    ("关于《中华人民共和国香港特别行政区基本法（草案）》及其有关文件的说明", "drafting_explanation"),  # samiux
    ("关于《常州市促进智能制造发展条例（草案）》（征求意见稿）的说明", "drafting_explanation"),  # seed 000
    ("某某规划编制说明", "drafting_explanation"),
    ("关于调整部分住房公积金贷款提取规定的解读", "drafting_explanation"),  # ljz060707-lang (unchanged)
])
def test_which_explanations_explain_a_draft(title, expected):
    assert md.classify_doc_type(title) == expected


# --- leftover of field 9 (F9-P13): the 文号 under a two-line title block below the headline -------------------------

def test_the_number_under_a_title_block_below_the_headline(tmp_path):
    """tests/real_pages/meta10/jiaxiang_head.txt (jiaxiang.gov.cn, 济宁市人民政府 济政字〔2021〕30号)."""
    real = (REAL.parent / "meta10" / "jiaxiang_head.txt").read_text(encoding="utf-8")
    doc = _documents("jiaxiang_head.txt", real, tmp_path)[0]
    assert (doc.title, doc.doc_number) == ("济宁市人民政府关于持续深化“市县同权”改革的实施意见", "济政字〔2021〕30号")


def test_a_number_cited_under_the_title_is_not_the_documents(tmp_path):
    real = (REAL.parent / "meta10" / "jiaxiang_head.txt").read_text(encoding="utf-8")
    cited = real.replace("济政字〔2021〕30号\n", "")  # the number gone: the 主送 line follows, its 济发〔2021〕9号 is cited
    assert _documents("jiaxiang_cut.txt", cited, tmp_path)[0].doc_number is None


# --- leftover of field 9 (F9-C1): the organ on a PDF book's cover ------------------------------------------------

@pytest.mark.parametrize("name", ["coal_35-1_head.txt", "coal_35-2_head.txt"])
def test_the_organ_on_the_cover_issues_the_book(name, tmp_path):
    """tests/real_pages/meta10/coal_35-*_head.txt (煤安监监察〔2018〕35号 附件 1 and 2, matianrou/coal_monitor_electron)."""
    real = (REAL.parent / "meta10" / name).read_text(encoding="utf-8")
    assert _documents(name, real, tmp_path)[0].issuer == "国家煤矿安全监察局"


def test_a_cover_without_an_organ_names_none(tmp_path):
    """coal_style172_head.txt: `附件 2` ⏎ `国家煤矿安全监察` ⏎ `执法文书样式` ⏎ `目 录`: no organ line."""
    real = (REAL.parent / "meta10" / "coal_style172_head.txt").read_text(encoding="utf-8")
    assert md.cover_organ(real) is None


@pytest.mark.parametrize("text", [
    "浠水县人民政府\n县人民政府关于印发《浠水县人民政府工作规则》的通知\n浠政发〔2017〕1号\n各乡镇人民政府(管委会、管理处),县政府各部门:",
    "某省人民政府\n某市人民政府\n某某办法\n第一章 总则",  # two organs: whose is it?
])
def test_heads_that_are_no_cover_with_one_organ(text):
    assert md.cover_organ(text) is None


# --- leftovers of field 8b/9: a captcha and a home page's top bar are no titles ---------------------------------

def test_a_captcha_heads_no_title():
    """/work/field9/pages+store9/m_bdocx_down_24308808.txt (m.bdocx.com's download page), its first lines."""
    page = ("ImageVerifierCode 换一换\n格式:DOCX , 页数:20 ,大小:31.14KB ,\n资源ID:24308808      下载积分:3 金币\n快捷下载\n"
            "登录下载\n邮箱/手机:\n温馨提示:\n下载须知\n")
    assert md.tidy_title("ImageVerifierCode 换一换", page, 22) == ""  # nor 下载须知, the site's terms


def test_a_home_pages_top_bar_is_no_title():
    """ljz060707-lang/China-Real-Estate-Policy-Database 1b023159….html (南京市人民政府 home page, field 8b F8B-R8)."""
    page = "南京市人民政府网站 | 无障碍阅读\n网站首页\n机构信息\n政府信息公开\n"
    assert md.tidy_title("南京市人民政府网站 | 无障碍阅读", page, 17) == ""


@pytest.mark.parametrize("title", [
    "关于举办培训班的通知 - 乌鲁木齐市人民政府",  # a document's title with the site's name: for strip_site_name
    "无障碍环境建设条例",
    "关于验证码换一换功能的说明",
])
def test_titles_that_are_no_bar_nor_captcha(title):
    assert md.tidy_title(title, title + "\n第一条", len(title)) != ""


def test_a_databases_epoch_date_is_no_date():
    """/work/field8b/pages+store8b-hk/110_com_fagui_law_13361.txt (110.com's copy of 释义及通则条例): the status line
    holds three fields, the two dates the database's time 0."""
    assert md.head_fields("第 1 章 - 释义及通则条例\n\n状态:有效 发布日期:1970-01-01 生效日期: 1970-01-01\n"
                          "发布部门: 香港特别行政区\n发布文号:\n") == {}
    assert md.head_fields("状态:有效 发布日期:1997-07-01 生效日期: 1997-07-01") == {
        "published": "1997-07-01", "effective": "1997-07-01"}
