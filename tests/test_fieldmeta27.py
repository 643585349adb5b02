"""Field test 26, structure and metadata fixes of session 27's room fieldmeta27 (real pages:
tests/real_pages/fieldmeta27/SOURCE.md).

1. F26-D3: a court's document number with its department's code in brackets (``法（交）发〔1990〕8号``) is a 文号.
2. F26-D1: flk's front-matter ``publish:`` (公布日期) dates the version; the text's own record comes first.
3. F26-D2: a crawler's ``title:``/``url:``/``content:`` lines over a plain-text page are the record's fields.
Invented members of each family (not in field test 26) are marked so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.ingest import ingest_bytes, split_key_header
from corpus_tools.structure.documents import is_doc_number

from tests.real_build import build_files, page_documents

PAGES = Path(__file__).parent / "real_pages" / "fieldmeta27"


def _docs(tmp_path: Path, name: str, text: str) -> list:
    return page_documents(tmp_path / name, text, tmp_path)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, dict]:
    """One build of the real pages, the first document of each file by its name."""
    tmp = tmp_path_factory.mktemp("fieldmeta27")
    docs, _ = build_files(tmp, *((p.name, p.read_bytes()) for p in sorted(PAGES.iterdir()) if p.name != "SOURCE.md"))
    first: dict[str, dict] = {}
    for doc in docs:
        first.setdefault(Path(doc["source_file"]).name.split("#")[0], doc)
    return first


# --------------------------------------------------------------------------- 1. department codes (F26-D3)

@pytest.mark.parametrize("name, number", [("gongbao_199003_railway_courts.json", "法（交）发〔1990〕8号"),
                                          ("gongbao_198802_model_award.json", "法（人）奖〔1988〕1号")])
def test_court_number_with_department_code_real(built, name, number):
    """Real: the 公报 records set the number under the title; the records' own ``doc_number`` is empty."""
    assert built[name]["doc_number"] == number


_COURT_PAGE = ("最高人民法院\n\n关于铁路运输法院对经济纠纷案件管辖范围的规定\n\n{number}\n\n为了明确管辖的分工，特规定如下：\n\n"
               "一、铁路货物运输合同纠纷案件。\n\n1990年6月16日\n")


@pytest.mark.parametrize("number, read", [
    ("法（交）发〔1990〕8号", None),  # real (field test 26's repro)
    ("法(交)发〔1990〕8号", "法（交）发〔1990〕8号"),  # the same number's half-width brackets (width makes them full)
    ("法（研）复〔1988〕5号", None),  # invented member: a 复 of the research office
    ("法（刑一）发〔1993〕2号", None),  # invented member: a code of three characters
    ("高检（研）发[1991]3号", None),  # invented member: the procuratorate's, its year in ASCII brackets
])
def test_department_code_numbers_are_read_under_the_title(tmp_path, number, read):
    docs = _docs(tmp_path, "rail.txt", _COURT_PAGE.format(number=number))
    assert docs[0].doc_number == (read or number)


@pytest.mark.parametrize("line", [
    "关于（某事）的通知〔2019〕1号",  # a sentence's aside before a number
    "本办法（试行）〔2019〕1号",  # a qualifier, then a bare year
    "见（附件）的第〔2019〕1号",
    "依照（某规定）和第〔2019〕1号",
])
def test_a_bracketed_aside_is_no_department_code(line):
    assert not is_doc_number(line)


def test_no_number_read_from_a_sentence_with_an_aside(tmp_path):
    """Negative: the line under the title is a sentence that cites a number; nothing is read."""
    docs = _docs(tmp_path, "rail.txt", _COURT_PAGE.format(number="根据法（交）发〔1990〕8号的规定，现通知如下："))
    assert docs[0].doc_number is None


# --------------------------------------------------------------------------- 2. front-matter publish (F26-D1)

def test_flk_publish_dates_the_text_real(built):
    """Real: 拉萨's 条例, ``publish: "2021-09-08 00:00:00"``, its note dates no publication (published was empty)."""
    doc = built["flk_lasa_plastic_bags.md"]
    assert (doc["published"], doc["effective"]) == ("2021-09-08", "2021-09-08")


def test_flk_publish_never_moves_the_texts_own_effective_date_real(built):
    """Real: 南宁's 1995 条例 amended 2005 (``publish: "2005-06-13"``, no effective_date): the version's 公布日期 is read,
    its ``自发布之日起施行`` still dates from the note's ``1995年11月28日…公布施行``."""
    doc = built["flk_nanning_tableware.md"]
    assert (doc["published"], doc["effective"]) == ("2005-06-13", "1995-11-28")


_FLK = ('---\ntitle: "某市某条例"\noffice: "某市人民代表大会常务委员会"\npublish: {publish}\neffective_date: "2020-10-01 00:00:00"\n'
        'type: "地方性法规"\n---\n\n# 某市某条例\n\n{note}第一条 为了规范管理，制定本条例。\n\n第二条 本条例自2020年10月1日起施行。\n')


def test_front_matter_publish_as_text_page(tmp_path):
    """Invented member: the same front matter, quoted otherwise (a YAML date, no time)."""
    docs = _docs(tmp_path, "a.md", _FLK.format(publish="2020-07-30", note=""))
    assert docs[0].published == "2020-07-30"


def test_the_texts_own_publication_comes_first(tmp_path):
    """Invented negative: the note dates the publication; the catalogue's later 公布日期 is not taken over it."""
    note = "（2020年3月27日某市人民代表大会常务委员会通过　2020年4月2日某市人民代表大会常务委员会公布）\n\n"
    docs = _docs(tmp_path, "a.md", _FLK.format(publish='"2021-01-05 00:00:00"', note=note))
    assert docs[0].published == "2020-04-02"


def test_an_empty_publish_is_no_date(tmp_path):
    docs = _docs(tmp_path, "a.md", _FLK.format(publish='""', note=""))
    assert docs[0].published is None


# --------------------------------------------------------------------------- 3. key: value header txt (F26-D2)

def test_header_txt_real(built):
    """Real: the transcript's title without its key, the address read, the header lines out of the text; the site
    named as ``author`` is no issuer."""
    doc = built["mfa_2016-01-08.txt"]
    assert doc["title"] == "外交部就亚投行开业仪式情况答问"
    assert doc["source_url"] == "http://www.scio.gov.cn/xwfbh/gbwxwfbh/xwfbh/wjb/Document/1461347/1461347.htm"
    assert doc["text"].startswith("原标题：亚洲基础设施投资银行开业仪式系列活动将在北京举行\n")
    assert "content:" not in doc["text"] and "url:" not in doc["text"]
    assert doc["issuer"] is None


def test_header_with_chinese_keys(tmp_path):
    """Invented member: the fields under Chinese names, full-width colons, the text opening on the 正文 line."""
    text = "标题：某市人民政府关于某事的通知\n发布日期：2021年3月1日\n发文字号：某政发〔2021〕3号\n正文：各区人民政府：\n现将有关事项通知如下。\n"
    doc = _docs(tmp_path, "n.txt", text)[0]
    assert (doc.title, doc.published, doc.doc_number) == ("某市人民政府关于某事的通知", "2021-03-01", "某政发〔2021〕3号")
    assert "标题" not in doc.text and doc.text.startswith("各区人民政府：")


def test_header_closed_by_a_blank_line(tmp_path):
    """Invented member: capitalised keys, a date, no text field: a blank line ends the fields."""
    text = "Title: 某市某办法\nURL: http://www.example.gov.cn/a/1.htm\nDate: 2020-01-02\n\n第一条 为了规范管理，制定本办法。\n"
    doc = _docs(tmp_path, "b.txt", text)[0]
    assert doc.title == "某市某办法" and doc.source_url == "http://www.example.gov.cn/a/1.htm"
    assert doc.text.startswith("第一条")


def test_header_with_the_text_on_the_content_line():
    """Invented member: ``content:`` followed by the text's first line; blank lines between the fields."""
    meta, body = split_key_header("name: 某条例\n\nlink: http://x.gov.cn/1.htm\n\ncontent: 第一条 为了规范。\n第二条 施行。\n")
    assert meta["title"] == "某条例" and meta["link"] == "http://x.gov.cn/1.htm"  # (front matter reads ``link`` as the address)
    assert body == "第一条 为了规范。\n第二条 施行。\n"


@pytest.mark.parametrize("text", [
    "title: 某办法\n第一条 为了规范。\n",  # one field, then the text: no header's end
    "Note: 见附件\nurl: http://x/y\ncontent: 正文\n",  # nothing titles the record
    "说明：本文件自发布之日起施行。\n内容：略\n",  # a sentence's label
    "title: 某办法\nurl: http://x/y\n第一条 为了规范。\n",  # no text field, no blank line
    "标题：某办法\n链接：http://x/y\n\n第一条 为了规范。\n",  # Chinese labels without a text field are the text's
])
def test_no_header_without_its_evidence(text):
    assert split_key_header(text) == ({}, text)


def test_header_of_a_markdown_page_is_left_to_markdown():
    page = ingest_bytes("title: 某办法\nurl: http://x/y\ncontent:\n# 某办法\n".encode(), "a.md")
    assert page.text.startswith("title: 某办法")


# --------------------------------------------------------------------------- 4. TOC over bare titles (F26-C2)

def _chapters(tmp_path: Path, text: str) -> list[tuple[str, int | None, str | None]]:
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page
    from corpus_tools.structure import structure_page

    page = tmp_path / "c2.txt"
    page.write_text(text, encoding="utf-8")
    articles = structure_page(clean_page(ingest_file(page, tmp_path))).articles
    return [(a.label, a.chapter_no, a.chapter_title) for a in articles]


def test_toc_with_bare_body_titles_real(built_rikaze):
    """Real: every article under its own chapter (first 第一条-第八条 were under 第八章, 第二十八条-第五十一条 under 第四章)."""
    arts = {a["article_no"]: (a["chapter_no"], a["chapter_title"]) for a in built_rikaze}
    assert len(arts) == 52
    assert arts[1] == arts[8] == (1, "总则")
    assert arts[27] == (4, "供水水源管理") and arts[28] == arts[33] == (5, "供水管理")
    assert arts[34] == arts[41] == (6, "用水管理") and arts[42] == arts[51] == (7, "法律责任")
    assert arts[52] == (8, "附则")
    assert not any(a["text"].rstrip().endswith(("供水管理", "用水管理", "法律责任", "附  则")) for a in built_rikaze)


@pytest.fixture(scope="module")
def built_rikaze(tmp_path_factory) -> list[dict]:
    page = PAGES / "flk_rikaze_water_supply.md"
    _, arts = build_files(tmp_path_factory.mktemp("rikaze"), (page.name, page.read_bytes()))
    return arts


_TOC_PAGE = ("某市城镇供水用水条例\n\n（2018年8月23日某市人民代表大会常务委员会第二十九次会议通过）\n{toc_line}\n\n"
             "第一章  总  则\n\n{sec}第二章  供水管理\n\n第三章  附  则\n\n"
             "{one}\n\n第一条  为了加强城镇供水用水管理，制定本条例。\n\n第二条  本条例适用于本市城市建成区。\n\n"
             "{two}\n第三条  城镇供水企业应当保证供水水质。\n\n{three}\n\n第四条  本条例自2019年1月1日起施行。\n")


def _articles(tmp_path, **parts) -> list[tuple[str, int | None, str | None]]:
    values = {"toc_line": "目  录", "sec": "", "one": "  总  则", "two": "第二章   供水管理", "three": "  附  则", **parts}
    return _chapters(tmp_path, _TOC_PAGE.format(**values))


def test_toc_with_bare_body_titles_repro(tmp_path):
    """Field test 26's repro: articles 1-2 were read under ``第三章 附则``."""
    assert _articles(tmp_path) == [("第一条", 1, "总则"), ("第二条", 1, "总则"), ("第三条", 2, "供水管理"),
                                   ("第四条", 3, "附则")]


def test_every_body_title_bare_and_full_width_spaces(tmp_path):
    """Invented member: no chapter of the body keeps its label; the titles spaced with U+3000; 目錄 in traditional."""
    assert _articles(tmp_path, toc_line="目　錄", one="总　则", two="供水管理", three="附　　则") == [
        ("第一条", 1, "总则"), ("第二条", 1, "总则"), ("第三条", 2, "供水管理"), ("第四条", 3, "附则")]


def test_a_title_the_body_lacks_reads_no_toc(tmp_path):
    """Negative: the body does not repeat 附则: no evidence the run is a TOC, the reading stays as it was."""
    kept = _articles(tmp_path, three="")
    assert kept[0] == ("第一条", 3, "附则")  # (the reading of main: the run's entries are the chapters)


def test_without_a_toc_line_nothing_changes(tmp_path):
    """Negative: no 目录 line above the run."""
    assert ("第一条", 1, "总则") not in _articles(tmp_path, toc_line="")


# --------------------------------------------------------------------------- 5. a declared title's stray blank (F26-D4)

def test_declared_title_with_a_stray_blank_real(tmp_path):
    """Real: ``title: "日喀则市 城镇供水用水条例"`` over the text's ``日喀则市城镇供水用水条例``."""
    page = PAGES / "flk_rikaze_water_supply.md"
    docs = page_documents(page)
    assert docs[0].title == "日喀则市城镇供水用水条例"


_DECLARED = '---\ntitle: "{declared}"\ntype: "地方性法规"\n---\n\n# {declared}\n\n{own}\n\n第一条 为了规范管理，制定本条例。\n'


@pytest.mark.parametrize("declared, own, title", [
    ("某市\u3000城镇供水条例", "某市城镇供水条例", "某市城镇供水条例"),  # invented member: an ideographic blank
    ("某自治县 某某 保护条例", "某自治县某某保护条例", "某自治县某某保护条例"),  # invented member: two blanks
    # negative: the joint organs' blank, which the text keeps
    ("最高人民法院　国务院宗教事务局关于某事的复函", "最高人民法院　国务院宗教事务局关于某事的复函",
     "最高人民法院　国务院宗教事务局关于某事的复函"),
    # negative: the text's line is another title
    ("某市 城镇供水条例", "某市城镇排水条例", "某市 城镇供水条例"),
])
def test_declared_title_blank(tmp_path, declared, own, title):
    docs = _docs(tmp_path, "t.md", _DECLARED.format(declared=declared, own=own))
    assert docs[0].title == title
