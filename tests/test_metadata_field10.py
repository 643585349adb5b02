"""Metadata read wrong on real pages of field test 9, fixed in session 10 (/work/notes/field9.md): each case
starts from the real page (or its head) that showed it, source named in tests/real_pages/meta10/SOURCE.md,
with negative cases that must stay as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.structure import metadata as md
from tests.real_build import page_documents

REAL = Path(__file__).parent / "real_pages" / "meta10"


def _documents(name: str, text: str | None = None, tmp_path: Path | None = None):
    """The documents of a real page (or of ``text`` written as a file of that name under ``tmp_path``)."""
    return page_documents(REAL / name, text, tmp_path)


# --- F9-E1: flk.npc's Markdown mirror declares promulgated/official_url in its front matter ---------------------

def test_the_mirrors_front_matter_gives_the_official_url():
    doc = _documents("flk_zhiwu_xinpinzhong.md")[0]
    assert doc.source_url == "https://flk.npc.gov.cn/detail?id=402881e46000e2790160015f65a2032d"
    assert (doc.adopted, doc.published, doc.effective) == ("2000-12-25", "2001-02-05", "2001-02-14")


def test_promulgated_dates_a_text_whose_note_gives_no_publication(tmp_path):
    """国徽法 (20201017): the note has 通过 and two 修正 (the 1991 publication is given up for the revised text); the
    front matter's ``promulgated: "2020-10-17"`` is the revised text's publication (flk dates each version)."""
    real = (REAL / "flk_zhiwu_xinpinzhong.md").read_text(encoding="utf-8")
    head, _, _ = real.partition("# 最高人民法院")
    head = head.replace('promulgated: "2001-02-05"', 'promulgated: "2020-10-17"')
    note = ("> 沿革：（1991年3月2日第七届全国人民代表大会常务委员会第十八次会议通过 根据2009年8月27日第十一届全国人民代表大会"
            "常务委员会第十次会议《关于修改部分法律的决定》第一次修正 根据2020年10月17日第十三届全国人民代表大会常务委员会"
            "第二十二次会议《关于修改〈中华人民共和国国徽法〉的决定》第二次修正）\n\n第一条 为了维护国徽的尊严，制定本法。\n")
    doc = _documents("guohui.md", head + "# 中华人民共和国国徽法\n\n" + note, tmp_path)[0]
    assert (doc.adopted, doc.published, doc.amended) == ("1991-03-02", "2020-10-17", "2020-10-17")


def test_the_texts_own_publication_date_wins_over_promulgated(tmp_path):
    real = (REAL / "flk_zhiwu_xinpinzhong.md").read_text(encoding="utf-8")
    doc = _documents("x.md", real.replace('promulgated: "2001-02-05"', 'promulgated: "2001-03-01"'), tmp_path)[0]
    assert doc.published == "2001-02-05"  # the note: 2001年2月5日最高人民法院公告公布


# --- F9-E3: the mirror's box line `【现行有效】　公布：…　施行：…　制定机关：…　文号：…` ---------------------------

def test_the_box_line_is_read_where_no_front_matter_declares(tmp_path):
    real = (REAL / "flk_zhiwu_xinpinzhong.md").read_text(encoding="utf-8")
    body = real[real.index("# 最高人民法院"):]
    doc = _documents("no_front_matter.md", body, tmp_path)[0]
    assert (doc.doc_number, doc.issuer, doc.status) == ("法释〔2001〕5号", "最高人民法院", "amended")
    assert (doc.published, doc.effective) == ("2001-02-05", "2001-02-14")


@pytest.mark.parametrize("line, expected", [
    # 国境口岸卫生监督办法: the mirror inferred the date (正文推定) and has no 文号: neither is declared
    ("【现行有效】\u3000公布：2019-03-02\u3000施行：2019-03-02（正文推定）\u3000制定机关：国务院\u3000文号：—",
     {"status": "现行有效", "published": "2019-03-02", "issuer": "国务院"}),
    ("> 【已废止】\u3000公布：2000-11-27\u3000施行：2000-12-11\u3000制定机关：最高人民法院\u3000文号：法释〔2000〕37号",
     {"status": "已废止", "published": "2000-11-27", "effective": "2000-12-11", "issuer": "最高人民法院",
      "doc_number": "法释〔2000〕37号"}),
    # prose and ordinary label lines are no box
    ("发布时间：2016-01-25 08:32:01", {}),
    ("公布：2001-02-05，施行：2001-02-14，制定机关：最高人民法院", {}),
    ("第一条　人民法院受理的植物新品种纠纷案件主要包括以下几类：", {}),
    ("【现行有效】", {}),
])
def test_box_line_fields(line, expected):
    assert md.box_line_fields(line) == expected


# --- F9-E7 / F9-E9: a status the mirror declares unknown, or a category in the status field -------------------

def test_a_metadata_only_file_claims_no_status():
    doc = _documents("flk_metadata_only.md")[0]
    assert doc.status is None  # 时效性未标注（官方库未单列，按决定层处理）: was in_force
    assert (doc.issuer, doc.effective) == ("全国人民代表大会", "1990-04-04")


@pytest.mark.parametrize("declared, expected", [
    ("时效性未标注（官方库未单列，按决定层处理）", None),
    ("修改/废止决定", None),  # the repo's category of an amending 批复, not its status (was repealed)
    # the mirror's 5 real statuses keep their meaning
    ("现行有效", "in_force"), ("已修改", "amended"), ("已废止", "repealed"), ("尚未生效", "not_yet_in_force"),
    ("有效", "in_force"),
])
def test_declared_statuses_of_the_flk_mirror(declared, expected):
    assert md.classify_status("other", declared=declared, title="某批复", adopted=None, effective=None) == expected


# --- F9-P20: a 规章's note names its order by the level only (市人民政府令第124号) -----------------------------------

def test_the_order_of_a_city_rule_names_its_issuer_and_number():
    doc = _documents("sdjlnm_fagui_37719.txt")[0]
    assert (doc.title, doc.issuer, doc.doc_number) == ("宁波市政府信息公开规定", "宁波市人民政府", "宁波市人民政府令第124号")
    # 根据2008年4月16日《…决定》做相应的修改，重新公布: the text as revised and published again that day; the 2004
    # order's date is the first publication, which the metadata gives up for a revised text (as on 北京's 办法)
    assert (doc.published, doc.amended) == ("2008-04-16", "2008-04-16")


@pytest.mark.parametrize("note, published, amended", [
    ("（2004年10月8日市人民政府令第124号发布）", "2004-10-08", None),
    ("（2004年10月8日市人民政府令第124号发布，根据2008年4月16日《关于修改〈宁波市政府信息公开规定〉的决定》修正）",
     "2004-10-08", "2008-04-16"),
])
def test_the_record_of_a_city_rule(note, published, amended):
    dates = md.adoption_dates("宁波市政府信息公开规定\n" + note + "\n第一章 总则\n")
    assert (dates["published"], dates["amended"]) == (published, amended)
    assert md.own_place_organ(md.order_number(note), "宁波市政府信息公开规定") == "宁波市人民政府令第124号"


@pytest.mark.parametrize("record", [
    "2004年10月8日某某市人民政府令第124号发布",  # no known place: nothing guessed
    "根据国务院令修改",
])
def test_records_that_name_no_order_of_a_government(record):
    assert md.order_or_court(record) is None


def test_an_organ_named_in_full_keeps_its_place():
    assert md.own_place_organ("杭州市人民政府令第1号", "宁波市某某规定") == "杭州市人民政府令第1号"
    assert md.own_place_organ("省人民政府", "宁波市某某规定") == "省人民政府"  # the title names no province


# --- F9-P5: a year in Chinese digits whose zeros are typed as O or 0 --------------------------------------------

@pytest.mark.parametrize("written, iso", [
    ("二OO六年二月二十日", "2006-02-20"),  # law732 临沧市人民政府's signature (Latin O)
    ("二00六年二月二十日", "2006-02-20"),
    ("二〇〇六年二月二十日", "2006-02-20"), ("二○○六年二月二十日", "2006-02-20"), ("二零零六年二月二十日", "2006-02-20"),
])
def test_zeros_typed_as_letters_or_digits(written, iso):
    assert md.iso_date(md.DATE.search(written)) == iso


@pytest.mark.parametrize("text", ["NO OO六年", "二OO六月", "OO六年二月二十日", "第二OO条"])
def test_no_date_without_a_whole_year(text):
    m = md.DATE.search(text)
    assert m is None or md.iso_date(m) is None


# --- F9-P3 / T2 / P10 / P13 / P16: field lines and headlines of real pages ------------------------------------

@pytest.mark.parametrize("name, expected", [
    # Taiwan's law print: 法規名稱 is the title, 修正日期 (ROC 113 = 2024) the latest amendment
    ("ldjzf_head.txt", {"title": "劳动基准法", "amended": "2024-07-31"}),
    ("rootlaw_yilan_head.txt", {"title": "宜兰县法规准据自治条例"}),
    # Macau's gazette page: 法規: ⏎ the act, 刊登日期: ⏎ the gazette's day (the act was signed the day before)
    ("bo_io_gov_mo_2023_50_ordem90.txt", {"title": "第90/2023号行政命令", "doc_type": "normative_document",
                                          "published": "2023-12-15", "issuer": "澳门特别行政区行政长官"}),
    # a Markdown bullet list of fields; the box's short 发文机构 (地区行署) is the title's organ named in full
    ("dscjxm_head.txt", {"title": "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知",
                         "doc_number": "阿行发〔2021〕42号", "index_no": "dqxs/2021-00016", "published": "2021-12-22",
                         "issuer": "阿里地区行政公署", "jurisdiction": "阿里地区"}),
    # the column name before the headline; the bullet's 发布日期
    ("jiaxiang_head.txt", {"title": "济宁市人民政府关于持续深化“市县同权”改革的实施意见", "issuer": "济宁市人民政府",
                           "published": "2021-07-19"}),
    # the 文号 set before the headline's 《title》
    ("jumpstarthappiness_head.txt", {"title": "最高人民法院关于完善人民法院司法责任制的若干意见",
                                     "doc_number": "法发〔2015〕13号", "issuer": "最高人民法院"}),
])
def test_fields_the_page_states_at_its_head(name, expected):
    doc = _documents(name)[0]
    assert {field: getattr(doc, field) for field in expected} == expected


@pytest.mark.parametrize("text", [
    "- 注意：本办法自发布之日起施行。\n第一条 为了规范管理，制定本办法。",  # a list item with a label of no field
    "法规：\n本条例所称法规，是指地方性法规。\n第一条 为了规范管理，制定本条例。",  # 法规 over a sentence
    "- 发布日期：另行通知\n第一条 为了规范管理，制定本办法。",  # no date
])
def test_list_items_and_labels_that_state_no_field(text):
    assert md.head_fields(text) == {}


def test_a_stated_issuer_that_names_its_place_stays():
    assert md.placed_issuer("宁波市财政局", "宁波市人民政府关于某事的通知") == "宁波市财政局"
    assert md.placed_issuer("办公厅", "国务院办公厅关于某事的通知") == "办公厅"  # the title's organ names no place


@pytest.mark.parametrize("title", [
    "关于某事的通知",
    "政务服务丨今日要闻",  # no title after the bar (no 通知/意见/办法 … ending): nothing to strip it from
    "关于印发《某某通知丨说明》的通知",
])
def test_titles_without_a_column_tag_keep_their_words(title):
    assert md.split_title(title)[0] == title


# --- F9-H1: an info box set as a label row over a value row -------------------------------------------------------

def test_a_label_row_over_a_value_row_is_read_by_column():
    doc = _documents("lgcwsjkw_sh_notice.html")[0]
    assert (doc.doc_number, doc.index_no) == ("沪卫基层〔2024〕5号", "076478684Q/2024-00112")
    assert (doc.title, doc.issuer, doc.published) == ("关于开展2024年“世界家庭医生日”主题宣传活动的通知", "上海市卫生健康委员会",
                                                      "2024-05-11")


@pytest.mark.parametrize("rows", [
    # a list of documents with one entry: its columns name no field only a box names (索引号, 发布机构)
    [["名称", "文号", "发布日期"], ["某某办法", "某发〔2020〕1号", "2020-01-02"]],
    # a data table whose header holds a few labels among others
    [["序号", "单位", "地址", "电话", "索引号"], ["1", "某某局", "某路1号", "12345", "A-1"]],
    # three rows: a table of data, not a box
    [["索引号", "发布机构", "文号"], ["A-1", "某局", "某发〔2020〕1号"], ["A-2", "某局", "某发〔2020〕2号"]],
])
def test_tables_that_are_no_columnar_box(rows):
    from corpus_tools.html_meta import box_pairs

    assert box_pairs(rows) == []


# --- F9-C1: attachment PDFs of a notice: red header with the attachment's label, cover titles over two lines ------

@pytest.mark.parametrize("name, title, doc_number", [
    ("coal_35-1_head.txt", "国家煤矿安全监察执法文书样式", "煤安监监察〔2018〕35号"),
    ("coal_35-2_head.txt", "国家煤矿安全监察执法文书制作规范", "煤安监监察〔2018〕35号"),
    ("coal_style172_head.txt", "国家煤矿安全监察执法文书样式", None),
])
def test_the_title_of_an_attachment_under_its_notices_header(name, title, doc_number):
    doc = _documents(name)[0]
    assert (doc.title, doc.doc_number) == (title, doc_number)


@pytest.mark.parametrize("title, text", [
    ("中华人民共和国土地管理法", "中华人民共和国土地管理法\n目 录\n第一章 总则"),  # a title that ends as titles do
    ("国家煤矿安全监察", "国家煤矿安全监察\n执法文书样式\n国家煤矿安全监察局\n第一章"),  # no table of contents under it
])
def test_titles_not_continued(title, text):
    assert md.tidy_title(title, text, len(title)) == title


# --- F9-P4: a version history whose last entry repeals the law ---------------------------------------------------

def test_a_repealed_taiwan_law_is_repealed_and_published_by_its_own_order():
    doc = _documents("zhonghuashu_head.txt")[0]
    # 公布于民国83年7月29日; 中华民国 88 年 4 月 14 日公布…号令公布废止 is the repeal's order, no publication of this text
    assert (doc.status, doc.adopted, doc.published) == ("repealed", "1994-07-07", "1994-07-29")


def test_an_old_version_amended_later_stays_amended():
    history = "民國36年3月27日(非現行條文)\n中華民國 36 年 3 月 27 日\t制定16條\n中華民國 99 年 1 月 12 日\t修正全文15條\n"
    assert md.version_status(history) == "amended"


# --- F9-E3 with the box removed as furniture (junk10's rule): its values are read through the edit -----------------

def _without_box_line(cleaned):
    """The cleaned page as it is when the furniture rule removes the mirror's box line: the text without it and a
    last step with that edit (rule ``site_furniture``, the line whole), the way ``posting_dates`` sees a removed
    ``发布日期`` line."""
    import dataclasses

    from corpus_tools.records import Edit

    text = cleaned.text
    if "【已修改】" not in text:  # the furniture rule removed it itself (the integrated cleaners): that edit is there
        removed = [e for step in cleaned.steps for e in step if e.rule == "site_furniture" and "【已修改】" in e.before]
        assert len(removed) == 1
        return cleaned
    start = text.index("【已修改】")
    end = text.index("\n", start) + 1
    edit = Edit("site_furniture", start, end, text[start:end], "", "mirror status box: 【已修改】")
    return dataclasses.replace(cleaned, text=text[:start] + text[end:], steps=tuple(cleaned.steps) + ((edit,),))


def test_the_removed_box_line_still_gives_its_values(tmp_path):
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page
    from corpus_tools.structure import structure_page

    real = (REAL / "flk_zhiwu_xinpinzhong.md").read_text(encoding="utf-8")
    page = tmp_path / "no_front_matter.md"
    page.write_text(real[real.index("# 最高人民法院"):], encoding="utf-8")
    cleaned = _without_box_line(clean_page(ingest_file(page, tmp_path)))
    doc = structure_page(cleaned).documents[0]
    assert "公布：" not in doc.text
    assert (doc.doc_number, doc.issuer, doc.status) == ("法释〔2001〕5号", "最高人民法院", "amended")
    assert (doc.published, doc.effective) == ("2001-02-05", "2001-02-14")


def test_removed_lines_that_are_no_box_give_nothing():
    from corpus_tools.records import Edit

    steps = [(Edit("site_furniture", 0, 12, "首页 > 政策法规\n", "", "furniture line"),
              Edit("site_furniture", 20, 44, "发布时间：2016-01-25 08:32:01\n", "", "furniture line"),
              Edit("spam_anchor", 50, 80, "【现行有效】　公布：2001-02-05　施行：2001-02-14　制定机关：某某\n", "", "x"))]
    assert md.removed_boxes(steps) == []  # the box's shape only in another rule's edit: not the furniture's
    assert [date for _, date in md.posting_dates(steps)] == ["2016-01-25"]


# --- F8B-C7 (meta9 leftover): 政务院发布 ------------------------------------------------------------------------

def test_the_government_administration_council_published_it():
    """lvwzhen/law-cn-ai 03_全国年节及纪念日放假办法(2013-12-11).mdx: ``1949年12月23日 政务院发布`` (F8B-C7: issuer null)."""
    record = ("1949年12月23日 政务院发布\u3000\n\n1999年9月18日 《国务院关于修改〈全国年节及纪念日放假办法〉的决定》第一次修订\u3000\n\n"
              "2007年12月14日 《国务院关于修改〈全国年节及纪念日放假办法〉的决定》第二次修订\u3000\n")
    assert md.issuer_from_text(record, "") == "政务院"
    assert md.order_number(record) is None


def test_a_bare_city_government_is_no_issuer():
    """shangyoutai (field 8): ``（2002年10月14日市人民政府令第46號公布…）`` on a page without a title: the city is unknown."""
    assert md.own_place_organ("市人民政府", "", keep_bare=False) is None
    assert md.own_place_organ("市人民政府令第46号", "") == "市人民政府令第46号"  # the number as the page writes it


def test_a_removed_posting_line_is_no_box():
    """yuan (field 8, 六安市裕安区 site): ``发布时间:2024-12-24 16:26 信息来源:裕安区发改委 阅读次数:`` removed as furniture has
    three labelled cells; a site's posting line dates the copy and is weighed as such (posting_dates), never read
    as the text's own declaration."""
    from corpus_tools.records import Edit

    line = "发布时间:2024-12-24 16:26 信息来源:裕安区发改委 阅读次数:\n"
    assert md.removed_boxes([(Edit("site_furniture", 0, len(line), line, "", "furniture line"),)]) == []


def test_a_version_amended_before_the_law_was_repealed_is_amended():
    """lis.ly.gov.tw's 民事诉讼合意选定法官审判暂行条例 (tests/real_pages/lytw): the 2003 version was amended in 2004 and the
    law repealed in 2008: that version is ``amended`` (its successor replaced it)."""
    history = ("中华民国 92 年 5 月 20 日\t制定9条\n中华民国 92 年 6 月 5 日公布\n中华民国 93 年 5 月 25 日\t修正全文10条\n"
               "中华民国 97 年 9 月 5 日\t废止10条\n民国92年5月20日（非现行条文）\t立法理由\t立法纪录\n")
    assert md.version_status(history) == "amended"


# --- meta9 leftover: Taiwan's enacting order gives the issuer and its 字号 ------------------------------------------

@pytest.mark.parametrize("record, organ, number", [
    # laws.taipei.gov.tw (field 8 pages+store8/taipei_A040080010001200.txt), as the cleaners simplify it
    ("中华民国107年11月28日总统华总一义字第10700127991号令制定公布全文十三条,自公布日施行", "总统", "华总一义字第10700127991号"),
    # kong0107/mojLawSplitXML O0020113.xml's 沿革 (field 6): an organ under the Executive Yuan
    ("1.中华民国一百零七年九月十九日行政院环境保护署环署空字第 1070074601 号令订定发布全文 7 条；并自发布日施行",
     "行政院环境保护署", "环署空字第1070074601号"),
    # K0040023.xml: the Executive Yuan itself, with the year in brackets
    ("1.中华民国四十三年十月十一日行政院（43）台交字第 6383 号令订定发布", "行政院", "（43）台交字第6383号"),
])
def test_the_enacting_order_of_a_taiwan_text(record, organ, number):
    assert md.order_or_court(md.simplify("".join(record.split()))) == (organ, number)


@pytest.mark.parametrize("record", [
    "2.中华民国一百零九年一月十五日行政院环境保护署环保署空字第 1090001234 号令修正发布第 3 条条文",  # amends: enacts nothing
    "3.中华民国八十八年四月十四日总统（88）华总一义字第 8800079640 号令公布废止",  # the repeal's order
])
def test_orders_that_enact_nothing(record):
    assert md.order_or_court(md.simplify("".join(record.split()))) is None
