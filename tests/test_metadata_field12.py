"""Metadata left wrong after session 11 (closing11 "Left undone", field tests 8b, 10 and 11), each from its real page
(tests/real_pages/field11_metadata/SOURCE.md, tests/real_pages/field12_metadata/SOURCE.md)."""

from __future__ import annotations

import datetime as _dt
import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from corpus_tools import html_meta
from corpus_tools.ingest import cell_text, html_to_text
from corpus_tools.structure import metadata as md
from corpus_tools.validation import damaged_values
from tests.real_build import REAL, build_real_pages, page_documents

CHINACOURT = "chinacourt_dangnei_fagui.html"


@pytest.fixture(scope="module")
def chinacourt(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("field11_metadata", tmp_path_factory.mktemp("meta12cc"), names=(CHINACOURT,),
                            configs=("documents", "pages"))


def test_the_chinacourt_field_box_is_no_part_of_the_text(chinacourt):
    """F11-C2: the 8 ``【label】value`` lines of the 法律文库 box stood at the head of the 党内法规's text."""
    (doc,) = chinacourt["documents:" + CHINACOURT]
    assert doc["text"].startswith("中国共产党工作机关条例（试行）\n《中国共产党工作机关条例（试行）》全文如下。\n第一章 总则\n")
    assert "【" not in doc["text"][:200]
    # what the box states is in the document's columns ...
    assert (doc["issuer"], doc["published"], doc["effective"], doc["source"]) == ("中共中央", "2017-04-12", "2017-03-01", "新华网")
    assert (doc["title"], doc["num_articles"]) == ("中国共产党工作机关条例（试行）", 30)
    # ... and the box's lines stay in the page's text, where the document does not start
    (page,) = chinacourt["pages:" + CHINACOURT]
    box = "【发布单位】中共中央\n【发布文号】\n【发布日期】2017-04-12\n【生效日期】2017-03-01\n【失效日期】\n【所属类别】国家法律法规\n【文件来源】新华网\n"
    assert box in page["ingested_text"]
    # (its 所属类别 国家法律法规 is the site's rank of the text, like 效力级别: no column holds it, the page's text keeps it)
    assert json.loads(page["metadata"])["info_box"]["fields"] == {
        "publisher": "中共中央", "published": "2017-04-12", "effective": "2017-03-01", "source": "新华网"}


def test_the_box_element_of_the_real_page_is_found():
    html = (REAL / "field11_metadata" / CHINACOURT).read_text(encoding="utf-8")
    tree = LexborHTMLParser(html)
    (box,) = html_meta.info_box_tables(tree, cell_text=cell_text)
    assert box.tag == "span" and box.attributes.get("class") == "STitle"


@pytest.mark.parametrize("html", [
    # headings of a law's provisions set in lenticular brackets, one per line (no field label)
    "<div><p>【立法目的】为了规范管理<br>【适用范围】本市行政区域<br>【主管部门】市人民政府</p><p>第一条 正文</p></div>",
    # a field line among the lines of a paragraph
    "<div><p>【发布日期】2017-04-12<br>本办法自公布之日起施行。<br>【发布单位】某某局<br>【生效日期】2017-05-01</p></div>",
    # two known labels only
    "<div><p>【发布单位】某某局<br>【发布日期】2017-04-12</p><p>第一条 正文</p></div>",
    # the lines of an element holding a block: the block's lines are no fields of it
    "<div>【发布单位】某某局<br>【发布日期】2017-04-12<br><p>【生效日期】2017-05-01</p></div>",
])
def test_lines_that_are_no_field_box_stay_text(html):
    text, meta = html_to_text(f"<html><body>{html}</body></html>")
    assert "info_box" not in meta


def test_a_page_without_a_box_keeps_its_text():
    """Negative: a law set as ``<br>`` lines (a one-``<p>`` body) is read as before, every line its own."""
    html = "<html><body><p>某某条例<br>第一条 为了规范管理，制定本条例。<br>第二条 本条例自公布之日起施行。</p></body></html>"
    text, meta = html_to_text(html)
    assert text == "某某条例\n第一条 为了规范管理，制定本条例。\n第二条 本条例自公布之日起施行。\n" and "info_box" not in meta


# --- Macau's 批示: an executive order (closing11: typed notice with annexes, other without) -----------------------------

META11 = REAL / "meta11"


@pytest.mark.parametrize("name, title", [
    ("bo_io_gov_mo_2024_44_despce.txt", "第166/2024号行政长官批示"),  # republishes two laws as its annexes
    ("bo_io_gov_mo_2009_25_despsef.txt", "第69/2009号经济财政司司长批示"),  # amends the 百家乐法定规章
    ("fabao365_law_83403.txt", "第58/2004号经济财政司司长对外规范性批示，核准《番摊法定规章》"),  # a mirror's title
])
def test_a_macau_dispatch_is_a_normative_document(name, title):
    doc = page_documents(META11 / name)[0]
    assert (doc.title, doc.doc_type, doc.jurisdiction) == (title, "normative_document", "澳门特别行政区")


def test_the_annexed_law_of_a_dispatch_stays_a_law():
    dispatch, law = page_documents(META11 / "bo_io_gov_mo_2024_44_despce.txt")[:2]
    assert (dispatch.role, law.role, law.parent_id) == ("notice", "attachment", dispatch.doc_id)
    assert (law.title, law.doc_type, law.jurisdiction) == ("第2/2020号法律", "regulation", "澳门特别行政区")


@pytest.mark.parametrize("masthead", [
    "澳門特別行政區經濟財政司司長辦公室",  # the letterspaced masthead joined with the office's line
    "澳門特別行政區\n\n經濟財政司司長辦公室",  # joined, the office apart
    "經濟財政司司長辦公室",  # no masthead
])
def test_a_dispatchs_jurisdiction_does_not_hang_on_its_masthead(masthead, tmp_path):
    """closing11: joining the masthead ``澳 門 特 別 行 政 區`` of bo.io.gov.mo 2009/25 lost the jurisdiction on a branch;
    it comes from the 批示's enacting formula (``經濟財政司司長行使《澳門特別行政區基本法》…作出本批示``)."""
    page = META11 / "bo_io_gov_mo_2009_25_despsef.txt"
    text = page.read_text(encoding="utf-8").replace("澳 門 特 別 行 政 區\n\n經濟財政司司長辦公室", masthead)
    doc = page_documents(page, text, tmp_path)[0]
    assert (doc.jurisdiction, doc.issuer) == ("澳门特别行政区", "澳门特别行政区经济财政司司长")


@pytest.mark.parametrize("title, kind", [
    ("关于第166/2024号行政长官批示的说明", "drafting_explanation"),  # a text about a 批示 is none
    ("某某局长对某某报告的批示", "other"),  # a mainland official's 批示 on a report: no numbered Macau act
])
def test_titles_naming_a_dispatch_that_are_none(title, kind):
    assert md.numbered_act_type(title) is None
    assert md.classify_doc_type(title) == kind


# --- an attachment takes from its notice only an issuer that names an organ ---------------------------------------------

FIELD12 = REAL / "field12_metadata"


def test_an_attachment_does_not_inherit_a_wechat_account_as_issuer():
    """closing11: the front matter's ``author: VOCs前沿`` (a WeChat account) is the notice's declared issuer; its
    attachment (a table of 斯德哥尔摩公约 exemptions) took it too."""
    notice, annex = page_documents(FIELD12 / "cee_hjxsydwzfw.md")[:2]
    assert (notice.role, annex.role, annex.parent_id) == ("notice", "attachment", notice.doc_id)
    assert notice.issuer == "VOCs前沿"  # what the front matter declares stays the notice's (the issuer_form check's to name)
    assert annex.issuer is None


@pytest.mark.parametrize("name, issuer", [
    ("xishui_zfwj_206.txt", "浠水县人民政府"),  # a county government's rules issued by its notice
    ("bo_io_gov_mo_2024_44_despce.txt", None),  # (the annexed law signs itself: 立法会, below)
])
def test_an_attachment_still_inherits_an_organ(name, issuer):
    notice, annex = page_documents(META11 / name)[:2]
    if issuer is None:
        assert annex.issuer == "澳门特别行政区立法会" and notice.issuer == "澳门特别行政区行政长官"
    else:
        assert notice.issuer == annex.issuer == issuer


@pytest.mark.parametrize("value", ["国务院", "生态环境部等", "原国家环保总局", "最高人民法院 最高人民检察院", "总统",
                                   "澳门特别行政区经济财政司司长", "广州市医疗保障局（广州市医疗保险服务中心）",
                                   "全国人民代表大会常务委员会", "中共中央"])
def test_issuers_of_the_real_builds_name_organs(value):
    """Every issuer of the session-12 base builds but VOCs前沿 (the front matters' authors of Fungwingwaa/cee among them)."""
    assert md.names_organ(value)


# --- a Hong Kong bill: no draft published for comment (F8B-K4) -------------------------------------------------------

LEGCO_BILL = "legco_gov_hk_yr97-98_bills_c013-c.txt"


def test_a_bill_before_the_legislature_is_named_and_no_draft_for_comment():
    (doc,) = page_documents(FIELD12 / LEGCO_BILL)
    assert doc.title == "法律适应化修改（释义条文）条例草案"  # clause 1's short title; not its first words 本条例草案
    assert (doc.doc_type, doc.status) == ("other", None)
    assert doc.jurisdiction == "香港特别行政区"


def test_a_bill_that_opens_with_its_name_is_one_too():
    """The family: legco's 1999 bill opens with its name over its long title and ``由立法会制定``."""
    (doc,) = page_documents(FIELD12 / "legco_yr98-99_c171_c.txt")
    assert (doc.title, doc.doc_type, doc.status) == ("1999年成文法（杂项规定）条例草案", "other", None)
    assert doc.jurisdiction == "香港特别行政区"


@pytest.mark.parametrize("head, kind", [
    # a mainland draft published for comment stays one
    ("某某市物业管理条例（草案）\n（征求意见稿）\n第一条 为了规范物业管理，制定本条例。", "draft_for_comment"),
    ("某某市物业管理条例草案\n由市人民代表大会常务委员会公布征求意见。\n第一条 为了规范物业管理，制定本条例。", "draft_for_comment"),
    # a bill's opening words without its enacting formula
    ("本条例草案\n旨在修订某某条例。\n第一条 本条例可引称为《某某条例》。", None),
])
def test_drafts_that_are_no_hong_kong_bill(head, kind):
    assert md.bill_type(head) is None and md.bill_title(head) is None
    if kind:
        title = head.split("\n")[0]
        assert md.classify_doc_type(title, qualifier="征求意见稿" if "征求意见稿" in head else None) == kind


# --- a 大法官解釋 page without a title line: its 解釋字號 names it (closing11: title '') -------------------------------

MOJ_SHIZI = META11 / "moj_ExContent_C_D_150.txt"


def test_a_judicial_interpretation_is_named_by_its_number():
    (doc,) = page_documents(MOJ_SHIZI)
    assert (doc.title, doc.doc_number, doc.issuer, doc.published) == ("释字第150号", "释字第150号", "司法院", "1977-09-16")


def test_a_title_line_over_the_fields_stays_the_title(tmp_path):
    """Negative: the page's own title line (a capture without the skip link) is kept; the number only names a page
    that has none."""
    text = MOJ_SHIZI.read_text(encoding="utf-8").replace("跳至主要內容\n:::\n", "釋字第150號解釋\n", 1)
    assert text.startswith("釋字第150號解釋\n")
    (doc,) = page_documents(MOJ_SHIZI, text, tmp_path)
    assert (doc.title, doc.doc_number) == ("释字第150号解释", "释字第150号")


def test_a_number_label_of_another_kind_names_nothing():
    """Negative: a 發文字號 is no name (a Taiwan 函 is titled by its 主旨, not by its number)."""
    assert "number_title" not in md.head_fields("發文日期：中華民國108年3月8日\n發文字號：府法字第1080012345號\n主旨：處分……")


# --- one calendar check (closing11: three in two layers), behaviour identical --------------------------------------

# the reference implementations below are the checks as they were before (2c5898a)

def _old_valid(year: int, month: int, day: int) -> bool:  # validation.damaged_values._valid before
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _old_calendar_day(day: str) -> bool:  # metadata.calendar_day before
    try:
        _dt.date.fromisoformat(day)
    except ValueError:
        return False
    return True


_YEARS = (0, 1, 999, 1000, 1900, 1911, 1949, 1996, 2000, 2023, 2024, 2025, 2100, 9999)


def test_calendar_date_answers_as_the_integer_check_did():
    for year in _YEARS:
        for month in range(-1, 15):
            for day in range(-1, 34):
                new = md.calendar_date(year, month, day)
                assert bool(new) == _old_valid(year, month, day), (year, month, day)
                if new:
                    assert new == _dt.date(year, month, day).isoformat()


def test_calendar_day_answers_as_the_iso_string_check_did_on_every_day_a_reader_writes():
    """Every date a reader writes is ``YYYY-MM-DD`` (:func:`md.calendar_date`, ``date.isoformat()``); on those the new
    check answers as ``date.fromisoformat`` did.  (It no longer takes ISO's other forms, ``20250530``, which no reader
    writes.)"""
    for year in _YEARS:
        for month in range(0, 14):
            for day in range(0, 33):
                text = f"{year:04d}-{month:02d}-{day:02d}"
                assert md.calendar_day(text) == _old_calendar_day(text), text


def test_iso_date_and_the_damaged_date_readings_are_as_before():
    for year in (1990, 2000, 2017, 2024, 2025):
        for month in range(0, 14):
            for day in range(0, 33):
                m = md.DATE.search(f"{year}年{month}月{day}日")
                if m is not None:
                    assert md.iso_date(m) == (_dt.date(year, month, day).isoformat() if _old_valid(year, month, day) else None)
    for year in ("2017", "2023", "2024"):
        for digits in ("822", "828", "111", "1231", "229", "230", "1301", "0101", "99"):
            before = [f"{int(year):04d}-{int(digits[:cut]):02d}-{int(digits[cut:]):02d}" for cut in (1, 2)
                      if 1 <= len(digits[cut:]) <= 2 and _old_valid(int(year), int(digits[:cut]), int(digits[cut:]))]
            assert damaged_values.date_readings(year, digits) == before
    assert [w for _, w in damaged_values.text_damage("2017822日通过；2023229日；{ 2017 6 23")] == [
        "'2017822日' lost its 年/月 (reads 2017-08-22)", "'2023229日' lost its 年/月 (0 readings)",
        "'{ 2017 6 23' lost its 年/月 (reads 2017-06-23)"]


def test_a_front_matter_date_and_a_cover_date_no_calendar_has_are_none():
    assert md._front_date("2025-02-30") is None and md._front_date("2024-02-29 09:51") == "2024-02-29"
    from corpus_tools.structure.standards import read_cover
    cover = read_cover("中华人民共和国国家标准\nGB/T 45688—2025\n某某技术要求\n2025-02-30 发布\n2025-09-01 实施\n国家市场监督管理总局\n发布")
    assert cover.get("published") is None and cover.get("effective") == "2025-09-01"


def test_the_chinacourt_box_in_a_crawl_record_is_no_part_of_the_text(tmp_path):
    """The same page as a crawler stores it, one JSON Lines record ``{url, title, html}`` (field test 11's format probe)."""
    from corpus_tools.dataset.build import build

    html = (REAL / "field11_metadata" / CHINACOURT).read_text(encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "law.jsonl").write_text(json.dumps({"url": "http://www.chinacourt.org/law/detail/2017/04/id/149331.shtml",
                                               "title": "中国共产党工作机关条例（试行）", "html": html},
                                              ensure_ascii=False) + "\n", encoding="utf-8")
    assert build(raw, tmp_path / "out", progress=False).outcome == "ok"
    import pyarrow.parquet as pq

    (doc,) = pq.read_table(next((tmp_path / "out" / "data").glob("documents-*.parquet"))).to_pylist()
    assert doc["text"].startswith("中国共产党工作机关条例（试行）\n") and "【发布单位】" not in doc["text"]
    assert (doc["issuer"], doc["published"], doc["effective"], doc["source"]) == ("中共中央", "2017-04-12", "2017-03-01", "新华网")


def test_an_ordinance_under_its_hong_kong_chapter_number_is_hong_kongs():
    """Reading the base builds (session 12): 110.com's copy of Cap. 1 (``第 1 章 - 释义及通则条例``) had no jurisdiction."""
    (doc,) = page_documents(REAL / "meta9" / "110_com_fagui_law_13361.txt")
    assert (doc.title, doc.jurisdiction) == ("释义及通则条例", "香港特别行政区")


@pytest.mark.parametrize("head", [
    "第1章 总则\n第一条 为了规范管理，根据《中华人民共和国立法法》，制定本条例。",  # a mainland law's chapter
    "第一章 总 则\n第一条 为了规范管理，制定本办法。",
])
def test_a_chapter_line_is_no_hong_kong_chapter_number(head):
    assert md.jurisdiction("某某条例", None, head) != md.HONG_KONG


# --- the same box as lines of text at a page's head (F11-C2's family: the 法律图书馆 layout, yestaryl's glued block) ---


@pytest.mark.parametrize("page, title, fields", [
    # field8 pages+store8/mzt333_39151.txt (Traditional + ruby mirror of the 法律图书馆 layout): ``- 【發布日期】1992-10-24``
    (REAL / "meta8" / "mzt333_head.txt", "安徽省实施《中华人民共和国全国人民代表大会和 地方各级人民代表大会代表法》办法",
     {"published": "1992-10-24", "effective": "1993-01-01"}),
    # field9 yestaryl: ``發文機關司法部`` ⏎ ``發文日期1989年12月26日`` ⏎ ``時效性現行有效`` …
    (REAL / "meta9" / "yestaryl_head.txt", None,
     {"issuer": "司法部", "doc_number": "[89]司发法字第001号", "published": "1989-12-26", "effective": "1989-12-26"}),
    # field9 dscjxm (阿里地区): a Markdown list ``- 索引号：…`` ⏎ ``- 发文字号：阿行发〔2021〕42号`` … ``- 公文种类：其他`` ⏎ ``- 发布日期：…``
    (REAL / "meta10" / "dscjxm_head.txt", "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知",
     {"doc_number": "阿行发〔2021〕42号", "index_no": "dqxs/2021-00016", "published": "2021-12-22"}),
])
def test_a_box_of_field_lines_opening_the_text_is_no_part_of_it(page, title, fields):
    doc = page_documents(page)[0]
    assert not doc.text.startswith(("- ", "发文机关")), doc.text[:60]
    assert "【发布日期】" not in doc.text and "发文日期1989年12月26日" not in doc.text
    if title:
        assert doc.title == title and doc.text.startswith(title + "\n")
    for key, value in fields.items():  # the box's values stay the document's
        assert getattr(doc, key) == value, key


@pytest.mark.parametrize("text", [
    # a notice whose title comes first, its number and date lines under it (the document's own head)
    "某某市人民政府关于印发某某办法的通知\n文号：某政发〔2020〕1号\n发布日期：2020-01-01\n发布机构：某某市人民政府\n各区：\n现将办法印发给你们。",
    # two field lines only
    "发布日期：2020-01-01\n文号：某政发〔2020〕1号\n某某办法\n第一条 为了规范管理，制定本办法。",
    # a law whose first lines are headings in brackets, no field labels
    "【立法目的】\n【适用范围】\n【主管部门】\n第一条 为了规范管理，制定本办法。",
])
def test_pages_that_open_with_no_field_block_keep_their_head(text, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    assert md.field_block_end(text) == 0
    (doc,) = page_documents(page)[:1]
    assert doc.page_start == 0  # the document starts where the cleaned page does


def test_a_box_read_in_nested_elements_is_read_once():
    """Hostile: spans nested 3,000 deep, each a field line and a ``<br>``; every span's text was read again by the span
    around it (N² characters).  An element inside a value is no field's value: the outer spans are no box."""
    n = 3000
    tree = LexborHTMLParser("<html><body>" + "<span>【发布单位】某某局<br>" * n + "x" + "</span>" * n + "</body></html>")
    outer = tree.css_first("span")
    assert html_meta.bracket_rows(outer, cell_text) is None
    assert html_meta.info_box_tables(tree, cell_text=cell_text) == []
