"""Field test 14's metadata findings (F14-B1, B2, E4–E8, E2), from the real pages of tests/real_pages/field14_meta
(SOURCE.md there), with variants written after them and clean cases that must not change."""

from __future__ import annotations

import time

import pytest

from corpus_tools.structure import metadata as md
from corpus_tools.structure.documents import case_number, find_doc_number
from tests.real_build import build_real_pages

COURT_SH = "govopendata_caipanwenshu_2016_4_26_31c8a18f.txt"
COURT_FJ = "govopendata_caipanwenshu_2017_8_1_1d18dad0.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("field14_meta", tmp_path_factory.mktemp("field14meta"), configs=("documents",))


@pytest.mark.parametrize("name, title, number, court, place, day", [
    (COURT_SH, "北京创世奇迹广告有限公司诉刘雅萌民间借贷纠纷一案二审民事判决书", "（2016）沪01民终1697号",
     "上海市第一中级人民法院", "上海市", "2016-04-26"),
    (COURT_FJ, "詹细妹、阙祖兴生命权、健康权、身体权纠纷二审民事判决书", "（2017）闽07民终731号",
     "福建省南平市中级人民法院", "福建省", "2017-08-01"),
])
def test_a_judgment_box_of_bare_labels_is_read(built, name, title, number, court, place, day):
    """F14-B1: the title was '' (before that the skip link), the 案号, court and 裁判日期 unread; a party's 北京 in
    the title must not make a Shanghai court's judgment Beijing's."""
    (doc,) = built["documents:" + name]
    assert (doc["title"], doc["doc_number"], doc["issuer"]) == (title, number, court)
    assert (doc["jurisdiction"], doc["written"], doc["published"]) == (place, day, {COURT_SH: "2016-07-13", COURT_FJ: "2017-10-23"}[name])


# Variants written after the real pages (not from them): another site's bare box, colons, a 案号 label.
@pytest.mark.parametrize("head, expected", [
    ("标题\n某市人民政府关于某事的通知\n发文机关\n某市人民政府\n发文字号\n某府发〔2023〕4号\n成文日期\n2023-05-06\n各区：",
     {"title": "某市人民政府关于某事的通知", "issuer": "某市人民政府", "doc_number": "某府发〔2023〕4号", "written": "2023-05-06"}),
    ("案号：（2019）最高法民终123号\n审理法院：最高人民法院\n判决日期：2019年6月3日\n",
     {"doc_number": "（2019）最高法民终123号", "issuer": "最高人民法院", "written": "2019-06-03"}),
])
def test_variants_of_the_box(head, expected):
    assert md.head_fields(head) == expected


# Clean text: bare words that are labels elsewhere, alone, or a value of the wrong kind, state nothing.
@pytest.mark.parametrize("text", [
    "某某通知\n法院\n上海市第一中级人民法院\n各区：\n",  # one bare label: a heading of the text
    "法院\n本院认为\n案由\n被告未按约还款，应承担责任。\n当事人\n",  # three labels, no value of a field's kind
    "关于某事的通知\n名称\n说明\n来源\n各有关单位：\n",
])
def test_bare_words_are_no_box(text):
    assert md.head_fields(text) == {}


@pytest.mark.parametrize("line, number", [
    ("(2016)沪01民终1697号", "(2016)沪01民终1697号"), ("（2014）徐民二(商)初字第1489号", "（2014）徐民二(商)初字第1489号"),
    ("（2020）京0105刑初456号", "（2020）京0105刑初456号"), ("（2016）第5号", None), ("（2020）京政发12号", None),
    ("(2016)沪01民终1697号上诉人北京某公司", None),
])
def test_case_numbers(line, number):
    assert case_number(line) == number


def test_a_case_number_line_is_the_number_of_its_text():
    assert find_doc_number("(2016)沪01民终1697号\n裁判日期: 2016-04-26\n") == "(2016)沪01民终1697号"
    assert find_doc_number("关于某事的通知\n本院（2016）沪01民终1697号判决已生效。\n", 7) is None


def test_the_bare_box_scan_is_linear():
    text = "法院\n" * 100_000
    started = time.process_time()
    md.head_fields(text)
    assert time.process_time() - started < 5


SPAM_TOOLBAR = "eaihelp_2012-04-01_1261.txt"


def test_the_rewritten_toolbar_is_no_part_of_the_title(built):
    """F14-B2: ``加入收藏 | 设为送彩金`` (设为首页 with its 首页 replaced by the spam keyword) stayed and made the
    title ``设为送彩金彩票管理条例实施细则``."""
    (doc,) = built["documents:" + SPAM_TOOLBAR]
    assert doc["title"] == "彩票管理条例实施细则"
    assert (doc["doc_number"], doc["effective"]) == ("财政部民政部国家体育总局令第67号", "2012-03-01")
    assert "设为送彩金" not in doc["text"] and "加入收藏" not in doc["text"]


# Variants written after the real page (not from it): other keywords, the other order, other bars.
@pytest.mark.parametrize("line", ["设为时时彩｜加入收藏夹", "收藏本站 / 设为百家乐", "加入收藏丨设为主页"])
def test_variants_of_the_rewritten_toolbar(line):
    from corpus_tools.clean.furniture import remove_site_furniture
    from corpus_tools.structure.documents import find_title
    assert remove_site_furniture(f"{line}\n某某条例\n第一条 为了规范管理。\n")[0] == "某某条例\n第一条 为了规范管理。\n"
    assert find_title(f"{line}\n某某条例\n第一条 为了规范管理。\n")[0] == "某某条例"


@pytest.mark.parametrize("text", [
    "设为重点监管对象\n某某条例\n",  # 设为… alone is a line of text
    "将该区域设为禁止区 | 见附图\n",
    "加入收藏的方式 | 设为默认\n",  # no button whole in its cell
])
def test_lines_like_the_toolbar_stay(text):
    from corpus_tools.clean.furniture import remove_site_furniture
    assert remove_site_furniture(text)[0] == text


GLUED_NUMBER = "zhengce_result_guobanhan_2018_46.txt"


def test_a_number_glued_to_the_title_is_split_off(built):
    """F14-E6: the title was ``…典型做法的通报国办函〔2018〕46号`` and doc_number null."""
    (doc,) = built["documents:" + GLUED_NUMBER]
    assert (doc["title"], doc["doc_number"]) == ("国务院办公厅关于部分地方优化营商环境典型做法的通报", "国办函〔2018〕46号")
    assert doc["issuer"] == "国务院办公厅"


# Variants written after the real page (not from it), and titles that must stay whole.
@pytest.mark.parametrize("title, expected", [
    ("国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见国办发〔2020〕24号",
     ("国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见", "国办发〔2020〕24号")),
    ("广东省人民政府关于某事的批复粤府函[2019]7号", ("广东省人民政府关于某事的批复", "粤府函[2019]7号")),
    ("某某市住房公积金管理办法某府令〔2021〕第3号", ("某某市住房公积金管理办法", "某府令〔2021〕第3号")),
    ("关于印发国办函〔2018〕46号", ("关于印发国办函〔2018〕46号", None)),  # no title left before it
    ("关于转发国办函〔2018〕46号文件的通知", ("关于转发国办函〔2018〕46号文件的通知", None)),
])
def test_variants_of_the_glued_number(title, expected):
    assert md.split_title(title)[:2] == expected


FULL_TEXT = "fanfu_people_BIG5_c64371-27726454.txt"


def test_the_headline_tag_and_the_dateline_go(built):
    """F14-E5: the title kept ``《…》（全文）`` and the newspaper's dateline stayed at the head of the 条例.  A paper's
    posting dates its copy, not a 条例 (house rule, :func:`md.posting_dates_the_text`): published stays null."""
    (doc,) = built["documents:" + FULL_TEXT]
    assert doc["title"] == "中国共产党纪律处分条例"
    assert "2015年10月22日08:18" not in doc["text"] and doc["text"].lstrip().startswith("《中国共产党纪律处分条例》")
    assert doc["published"] is None


@pytest.mark.parametrize("line, removed", [
    ("2015年10月22日08:18    来源：人民网-人民日报", True),
    ("2019年3月1日 09:30　来源：新华网", True),
    ("2015年10月22日08时18分 来源：人民网", False),  # another clock, not written for: kept
    ("2015年10月22日起施行。来源：本条例", False),  # a sentence
])
def test_variants_of_the_dateline(line, removed):
    from corpus_tools.clean.furniture import remove_site_furniture
    text = f"某某条例\n{line}\n第一条 为了规范管理。\n"
    assert (remove_site_furniture(text)[0] == "某某条例\n第一条 为了规范管理。\n") is removed


LEGISMAC = "legismac_DS_122_GM_99.txt"
LIST_PAGE = "gztypiano_ycsrmzf_gzk_list.txt"


def test_a_legismac_record_is_read(built):
    """F14-E7: the title was the caption ``LegisMac记录``; the glued 类别及编号, 公布日期, 生效状况 were not read."""
    (doc,) = built["documents:" + LEGISMAC]
    assert (doc["title"], doc["doc_number"], doc["doc_type"]) == ("第122/GM/99号批示", "第122/GM/99号", "normative_document")
    assert (doc["published"], doc["status"], doc["findings"]) == ("1999-08-30", "in_force", [])


def test_a_list_page_has_no_title_and_no_date_of_a_row(built):
    """F14-E8: the title was the table header ``序号标题下载`` and effective 2020-01-12 came from row 2 of 3."""
    (doc,) = built["documents:" + LIST_PAGE]
    assert (doc["title"], doc["effective"], doc["published"]) == ("", None, None)


# Variants written after the real pages (not from them), and clean cases.
@pytest.mark.parametrize("head, expected", [
    ("LegisMac記錄\n類別及編號法律 (L) 2/2020\n公佈日期2020-03-25\n", {"doc_number": "第2/2020号", "number_title": "第2/2020号法律"}),
    ("LegisMac記錄\n類別及編號法令 (DL) 2/89/M\n", {"doc_number": "第2/89/M号", "number_title": "第2/89/M号法令"}),
    ("某某办法\n类别及编号应当在申请表中注明。\n公布日期另行通知\n", {}),  # sentences after the labels: no values
])
def test_variants_of_the_record(head, expected):
    fields = md.head_fields(head, head.find("\n"))
    assert {key: fields.get(key) for key in expected} == expected
    if not expected:
        assert fields == {}


@pytest.mark.parametrize("title, kept", [
    ("序号标题发布日期下载", False), ("序号名称文号", False),
    ("标题", True),  # one word: a heading
    ("关于下载标题的通知", True), ("LegisMac检索系统使用说明", True),
])
def test_table_headers_and_captions_are_no_titles(title, kept):
    assert (md.tidy_title(title, title + "\n正文", len(title)) == title) is kept


def test_one_record_is_no_list():
    assert not md.lists_records("某某办法\n（2019年12月12日市政府令第2号公布  自2020年1月12日起施行）\n第一条 为了规范管理。\n")
    assert not md.lists_records("1 （一）为了规范管理，公布本办法。\n2 （二）另行公布。\n")  # items, no row number and record


STANDARD = "guifanku_839701.txt"


def test_a_flattened_standard_cover_is_read(built):
    """F14-E4: title '', doc_number and dates null for GB/T 1.1-2020's cover on one line.  doc_type ``standard``
    (session 17: the vocabulary had no value for a standard, ``other``)."""
    (doc,) = built["documents:" + STANDARD]
    assert (doc["title"], doc["doc_number"]) == ("标准化工作导则 第1部分：标准化文件的结构和起草规则", "GB/T 1.1-2020")
    assert (doc["published"], doc["effective"]) == ("2020-03-31", "2020-10-01")
    assert doc["issuer"] == "国家市场监督管理总局、国家标准化管理委员会" and doc["doc_type"] == "standard"  # (other before session 17)


# Variants written after the real page (not from it), and texts that only cite a standard.
def test_variants_of_the_flattened_cover():
    from corpus_tools.structure.standards import read_cover
    local = read_cover("浙江省地方标准 DB33/T 2050—2017 城市道路交通运行状态评价规范 2017-06-01发布 2017-07-01实施 "
                       "浙江省质量技术监督局 发布\n前言")
    assert (local["title"], local["doc_number"], local["jurisdiction"]) == ("城市道路交通运行状态评价规范", "DB33/T 2050—2017", "浙江省")
    assert (local["issuer"], local["effective"]) == ("浙江省质量技术监督局", "2017-07-01")
    assert read_cover("本文件按照 GB/T 1.1-2020 的规则起草。\n") is None
    assert read_cover("依据中华人民共和国国家标准 GB/T 1.1-2020 编写本规范。\n") is None
    assert read_cover("见 中华人民共和国国家标准 GB/T 1.1-2020 的有关规定。\n") is None


STEM_TITLE = "司法-刑事_懲治盜匪條例.md"


def test_a_title_from_the_file_name_is_converted_as_the_text(built):
    """F14-E2: the stem was the title in Traditional (``司法-刑事_中華民國刑法``), or none (``懲治盜匪條例``)."""
    (doc,) = built["documents:" + STEM_TITLE]
    assert doc["title"] == "惩治盗匪条例" and "犯本条例之罪者为盗匪" in doc["text"]


@pytest.mark.parametrize("name, converted, title", [
    ("地方制度_地方制度法.md", True, "地方制度法"),
    ("2019-03-18_华北区域_华北能源监管局关于延长市场运行时间的通知.txt", False, "华北能源监管局关于延长市场运行时间的通知"),
    ("行政_臺北市某某自治條例.md", False, "臺北市某某自治條例"),  # the page not converted: its name neither
    ("司法_民法第二編債.md", True, None),
    ("通知_2023_raw.txt", True, None),
])
def test_variants_of_the_stem_title(name, converted, title):
    assert md.title_from_file_name(name, converted=converted) == title


@pytest.mark.parametrize("hostile", [
    "中华人民共和国国家标准 GB/T 1.1-2020 " + "标准 2020-03-31" * 12_000,
    "加入收藏 |" * 20_000 + "设为",
    "通知国办函〔2018〕" * 20_000,
    "1 （" + "公布" * 100_000,
    "\n".join(["1 （2019年公布"] * 20_000),
])
def test_the_new_scans_are_linear(hostile):
    from corpus_tools.structure.documents import is_chrome_line
    from corpus_tools.structure.standards import read_cover
    started = time.process_time()
    read_cover(hostile)
    is_chrome_line(hostile)
    md.split_title(hostile)
    md.lists_records(hostile)
    md.tidy_title(hostile[:3000], hostile, 10)
    assert time.process_time() - started < 5
