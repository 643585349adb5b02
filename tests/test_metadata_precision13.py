"""Review 13 (notes review13.md) on metadata typing, narrative dates and chunk dumps.

* R13-F19: ``国家市场监督管理总局`` was read as a place ``国家市`` + ``场监督管理总局``, so SAMR's 部门规章 were retyped
  ``normative_document``.  The organ names and order numbers are real (the State Council's ministries, 总局, 署 and
  委员会, present and past; ``食品标识监督管理办法（国家市场监督管理总局令第 100 号）`` as cited on samr.gov.cn's
  pages); the project holds no SAMR page, so the pages built here are the reviewer's (/tmp/review13/samr).
* R13-F17: three laws in a JSON Lines crawl, ``seq_no`` 1, 2, 3 and ``文件编号: "无"``, were read as one document
  (the reviewer's /tmp/review13/chunks/rows.jsonl); the real chunk dump (field13_chunks) stays one page.
* R13-F13: a dated sentence that adopts this instrument (``审议通过本办法``, ``现予公布``, ``通过了《<its title>》``)
  lost its date to the narrative rule; the real news report bjtcm 019 keeps none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tools.crawl_records import chunk_pages, read_records
from corpus_tools.structure.metadata import adoption_dates, may_make_rules
from tests.real_build import page_documents

BJTCM = Path("/work/shared/real/bjtcm")

# --------------------------------------------------------------------------- R13-F19 who may make 规章

CENTRAL_ORGANS = """
外交部 国防部 国家发展和改革委员会 国家发展改革委 教育部 科学技术部 科技部 工业和信息化部 国家民族事务委员会 国家民委 公安部
国家安全部 民政部 司法部 财政部 人力资源和社会保障部 人力资源社会保障部 自然资源部 生态环境部 住房和城乡建设部 住房城乡建设部
交通运输部 水利部 农业农村部 商务部 文化和旅游部 国家卫生健康委员会 国家卫生健康委 退役军人事务部 应急管理部 中国人民银行 审计署
国务院国有资产监督管理委员会 国务院国资委 海关总署 国家税务总局 国家市场监督管理总局 国家市场监管总局 市场监管总局
国家金融监督管理总局 中国证券监督管理委员会 中国证监会 国家广播电视总局 国家体育总局 国家统计局 国家国际发展合作署 国家医疗保障局
国家机关事务管理局 国家知识产权局 国家新闻出版署 国家版权局 国家宗教事务局 国家信访局 国家粮食和物资储备局 国家能源局
国家国防科技工业局 国家烟草专卖局 国家移民管理局 国家林业和草原局 国家铁路局 中国民用航空局 国家邮政局 国家文物局 国家中医药管理局
国家疾病预防控制局 国家矿山安全监察局 国家消防救援局 国家外汇管理局 国家药品监督管理局 国家数据局 国家档案局 国家保密局 国家密码管理局
国家核安全局 国家互联网信息办公室 国务院办公厅 国务院港澳事务办公室 国务院台湾事务办公室 中国气象局 中国地震局 国家标准化管理委员会
国家认证认可监督管理委员会 国家工商行政管理总局 国家质量监督检验检疫总局 国家食品药品监督管理总局 国家安全生产监督管理总局
国家环境保护总局 建设部 铁道部 国家计划委员会 国家发展计划委员会 国家经济贸易委员会 对外贸易经济合作部 信息产业部 卫生部
国家卫生和计划生育委员会 国家人口和计划生育委员会 国家林业局 国家海洋局 国家测绘地理信息局 国家旅游局 农业部 环境保护部 国土资源部
文化部 国家新闻出版广电总局 国家新闻出版广播电影电视总局 中国银行业监督管理委员会 中国保险监督管理委员会 中国银行保险监督管理委员会
国家电力监管委员会 国家质量技术监督局 国家工商行政管理局 国家外国专家局 国家土地管理局 城乡建设环境保护部 国家出入境检验检疫局
国家医药管理局 国家计划生育委员会 地质矿产部 劳动和社会保障部 劳动部 人事部 国家物价局 国家煤矿安全监察局 国家经济体制改革委员会
国家科学技术委员会 国家教育委员会 国家体育运动委员会 国家食品药品监督管理局 国家安全生产监督管理局 中国民航局
中华人民共和国国家市场监督管理总局 国务院西部地区开发领导小组办公室 国家市场监督管理总局、国家标准化管理委员会
""".split()


def test_every_central_organ_may_make_rules() -> None:
    """lead13 gave False for 国家市场监督管理总局 and 国家市场监管总局 (place 国家市)."""
    assert len(CENTRAL_ORGANS) > 130
    assert [organ for organ in CENTRAL_ORGANS if not may_make_rules(organ)] == []


@pytest.mark.parametrize("organ", ["北京市市场监督管理局", "上海市浦东新区市场监督管理局", "北京市城市管理委员会",
                                   "江苏省城市管理局", "盐城市城市管理局", "奉贤区柘林镇人民政府", "北京市中医管理局",
                                   "邹城市人民政府办公室", "某某自然保护区管理局"])
def test_a_local_department_still_may_not(organ: str) -> None:
    """The negative side: the places are still read (盐城市, 邹城市: a city's name may end 城市)."""
    assert may_make_rules(organ) is False


@pytest.mark.parametrize("organ", ["盐城市人民政府", "聊城市人民政府", "广州市人民政府", "城市管理局", "南京市场监管局"])
def test_a_government_or_an_organ_no_place_names_may(organ: str) -> None:
    """盐城市 and 聊城市 are places (their 城市 is their name's), ``城市管理局`` and ``南京市场监管局`` name none this
    reads (the type the title gives stays)."""
    assert may_make_rules(organ) is True


@pytest.mark.parametrize("number", ["国家市场监督管理总局令第100号", "某某区人民政府令第1号", "市人民政府令第124号",
                                   "北京市人民政府第307号令", "某某区人民政府令〔2019〕第2号"])
def test_an_order_number_is_evidence_of_rules(number: str) -> None:
    assert may_make_rules("某某区人民政府", number) is True


@pytest.mark.parametrize("number", [None, "某区政发〔2019〕1号", "中华人民共和国主席令第五号", "某某区人民政府令第1号附件"])
def test_no_order_number_no_evidence(number: str | None) -> None:
    assert may_make_rules("某某区人民政府", number) is False


SAMR_RULES = ("市场监督管理行政处罚程序规定\n（2018年12月21日国家市场监督管理总局令第2号公布）\n"
              "第一条 为了规范市场监督管理行政处罚程序，制定本规定。\n第二条 本规定自2019年4月1日起施行。\n")


def test_samrs_rules_stay_rules(tmp_path: Path) -> None:
    """The reviewer's page a.txt: lead13 typed it normative_document."""
    (doc,) = page_documents(BJTCM / "samr.txt", SAMR_RULES, tmp_path)
    assert (doc.issuer, doc.doc_number, doc.doc_type) == ("国家市场监督管理总局", "国家市场监督管理总局令第2号", "rules")


def test_a_districts_department_measures_are_still_retyped(tmp_path: Path) -> None:
    """Negative: a district bureau's 办法 without an order number is no 规章 (F12-B3 stays)."""
    text = ("某某区农贸市场管理办法\n某某区市场监督管理局\n2020年5月6日\n第一条 为了规范农贸市场管理，制定本办法。\n"
            "第二条 本办法自2020年6月1日起施行。\n")
    docs = page_documents(BJTCM / "district.txt", text, tmp_path)
    assert [(d.issuer, d.doc_type) for d in docs if d.title == "某某区农贸市场管理办法"] == [
        ("某某区市场监督管理局", "normative_document")]


# --------------------------------------------------------------------------- R13-F17 chunk dumps

def _records(rows: list[dict], name: str = "rows.jsonl"):
    data = "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode()
    return read_records(data, name)[0]


LAWS = [("甲市养犬管理条例", "第一条 为了加强养犬管理，制定本条例。\n第二条 本条例自2020年1月1日起施行。"),
        ("乙市物业管理条例", "第一条 为了规范物业管理活动，制定本条例。\n第二条 本条例自2021年1月1日起施行。"),
        ("丙市控烟条例", "第一条 为了控制吸烟危害，制定本条例。\n第二条 本条例自2022年1月1日起施行。")]


def _laws(number_field: str, id_value, title_field: str | None = "title") -> list[dict]:
    rows = []
    for n, (title, body) in enumerate(LAWS, 1):
        row = {number_field: n, "文件编号": id_value, "content": f"{title}\n{body}"}
        if title_field:
            row[title_field] = title
        rows.append(row)
    return rows


def _every_text_kept(pages, rows) -> None:
    """Nothing is silently lost: every record's text is in some page."""
    joined = "\n".join(page.text or "" for page in pages)
    assert all(row["content"] in joined for row in rows)


def test_the_reviewers_three_laws_stay_three_pages() -> None:
    rows = _laws("seq_no", "无")
    pages = _records(rows)
    assert [page.text.splitlines()[0] for page in pages] == [title for title, _ in LAWS]
    _every_text_kept(pages, rows)


@pytest.mark.parametrize("placeholder", ["无", "-", "—", "/", "null", "N/A", "n/a", "0", "", " ", None, "暂无", "--"])
def test_a_placeholder_id_is_no_document(placeholder) -> None:
    """Even with a field named for chunks and no title: a placeholder names no document."""
    rows = _laws("chunk_index", placeholder, title_field=None)
    pages = _records(rows)
    assert len(pages) == 3
    _every_text_kept(pages, rows)


def test_a_row_counter_numbers_no_chunks() -> None:
    """A real id shared by every row (a dump's batch or source id) with ``seq_no``: rows, not chunks."""
    rows = _laws("seq_no", "BATCH-7", title_field=None)
    assert len(_records(rows)) == 3


@pytest.mark.parametrize("title_field", ["title", "文件标题", "法规名称"])
def test_chunks_under_different_titles_are_different_documents(title_field: str) -> None:
    rows = _laws("切片序号", "AUTO-1", title_field)
    pages = _records(rows)
    assert len(pages) == 3
    _every_text_kept(pages, rows)


def test_one_documents_chunks_are_still_one_page() -> None:
    """Positive: one 资料编号, one 文件标题, 切片序号 1, 2, 3 (the shape of field13_chunks) is one page."""
    rows = [{"资料编号": "AUTO-1", "切片序号": str(n), "文件标题": "某某市养犬管理条例", "正文片段": text}
            for n, text in enumerate(("某某市养犬管理条例", "第一条 为了加强养犬管理，制定本条例。",
                                      "第二条 本条例自2020年1月1日起施行。"), 1)]
    (page,) = _records(rows)
    assert page.text.splitlines() == [row["正文片段"] for row in rows]
    (kept,) = chunk_pages([page])
    assert kept is page


def test_the_real_chunk_dump_is_still_one_page() -> None:
    folder = Path(__file__).parent / "real_pages" / "field13_chunks"
    records, _ = read_records((folder / "knowledge_chunks_head.jsonl").read_bytes(), "knowledge_chunks_head.jsonl")
    assert len(records) == 1 and (records[0].number, records[0].last) == (1, 5)


# --------------------------------------------------------------------------- R13-F13 narrative dates

def test_a_sentence_that_adopts_this_instrument_dates_it() -> None:
    text = "某某镇农村集体资产管理办法\n2019年3月5日，某某镇人民政府第12次常务会议审议通过本办法。\n第一条 为了规范管理，制定本办法。"
    assert adoption_dates(text)["adopted"] == "2019-03-05"


def test_an_adoption_of_this_instrument_followed_by_its_day_of_force() -> None:
    """A variant I had not written for: the sentence goes on with the day of force (the clause ends ``本办法，自``)."""
    dates = adoption_dates("2019年3月5日，某某镇人民政府第12次常务会议审议通过本办法，自2019年4月1日起施行。")
    assert (dates["adopted"], dates["effective"]) == ("2019-03-05", "2019-04-01")


@pytest.mark.parametrize("own", ["本条例", "本规定", "本实施细则", "本办法"])
def test_the_family_of_this_instrument(own: str) -> None:
    text = f"2021年6月1日，某某市人民政府第8次常务会议表决通过{own}。"
    assert adoption_dates(text)["adopted"] == "2021-06-01"


def test_a_proclamation_that_promulgates_what_it_adopted() -> None:
    text = ("某某省人民代表大会常务委员会公告\n2019年3月5日，某某省第十三届人民代表大会常务委员会第十次会议审议通过了"
            "《某某省养老服务条例》，现予公布，自2019年5月1日起施行。")
    dates = adoption_dates(text)
    assert (dates["adopted"], dates["published"], dates["effective"]) == ("2019-03-05", "2019-03-05", "2019-05-01")


def test_adopting_the_pages_own_title_dates_it() -> None:
    text = "2019年3月5日，市人大常委会表决通过了《北京市物业管理条例》。"
    assert adoption_dates(text, "北京市物业管理条例")["adopted"] == "2019-03-05"
    assert adoption_dates(text, "会议指出物业管理要加强")["adopted"] is None  # another page's title: news


@pytest.mark.parametrize("text", [
    "2019年3月5日，市人大常委会表决通过《北京市物业管理条例》。会议指出，",
    "2019年3月5日，市人大常委会召开会议，审议通过了《北京市物业管理条例》。",
    "2019年3月5日，市政府召开常务会议，研究本办法的修改工作。",
    "2018年5月24日至28日，市中医管理局举办培训班，通过本办法的学习提高认识。",
    "2019年3月5日，记者从市政府获悉，市政府常务会议日前审议通过了本市物业管理办法。",
    "2019年3月5日，市人大常委会召开会议，审议通过本条例修正案草案的说明。",
])
def test_news_reports_keep_no_date(text: str) -> None:
    """A narrative about another instrument, or about this one without adopting it, dates nothing.
    (The last one: a span of days, 通过 as 'by means of': it ends with no 通过本办法.)"""
    assert adoption_dates(text)["adopted"] is None


def test_the_real_news_report_keeps_no_adoption_date() -> None:
    """bjtcm 019: ``2016年9月7日，北京市中医管理局在东城区召开…现场会`` (field test 12, F12-D2)."""
    docs = page_documents(BJTCM / "019_t20191219_1338579.html")
    assert docs and all(doc.adopted is None for doc in docs)


def test_hostile_input_is_read_in_linear_time() -> None:
    """200k characters of what the new patterns look for, none of it a match at the end."""
    import time

    start = time.process_time()
    may_make_rules("某某区人民政府", "令 第" * 70_000 + "号x")
    may_make_rules("国家" * 100_000 + "市人民政府")
    adoption_dates("2019年3月5日，" + "通过了本" * 50_000 + "条", "某" * 1_000)
    _records([{"chunk_index": n, "文件编号": "—" * 1_000, "content": "第一条 某。"} for n in range(200)])
    assert time.process_time() - start < 5
