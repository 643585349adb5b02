"""HTML tables inside Markdown pages (the shape of every PDF→Markdown tool: MinerU, Marker) are read as
the HTML reader reads them: one row per line, cells separated by a tab.  Real pages in
tests/real_pages/md_tables (see SOURCE.md: field11 F11-G2/P1); negatives in vuepress_cee, crawler_md,
waystowork must come out as before."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from corpus_tools.ingest import ingest_bytes
from corpus_tools.markdown_text import render_markup
from corpus_tools.pipeline import clean_page

REAL = Path(__file__).parent / "real_pages"
TABLES = REAL / "md_tables"


def _page(path: Path):
    return ingest_bytes(path.read_bytes(), path.name)


def test_a_mineru_table_in_markdown_gives_the_rows_the_html_page_gives():
    markdown = _page(TABLES / "gbt45688_table1.md")
    html = _page(TABLES / "gbt45688_table1_control.html")
    rows = [line for line in html.text.split("\n") if "\t" in line]
    assert len(rows) == 4  # header + 3 rows, as the field test saw
    assert rows[1].split("\t") == ["1", "动力蓄电池温度", "电池高温报警"]
    assert [line for line in markdown.text.split("\n") if "\t" in line] == rows
    assert "表 1 新能源汽车运行安全故障监测\n" in markdown.text


def test_cleaning_joins_no_cell_of_a_markdown_table():
    cleaned = clean_page(_page(TABLES / "gbt45688_table1.md"))
    assert not [edit for edit in cleaned.edits if edit.rule == "hard_wraps"]
    assert "1\t动力蓄电池温度\t电池高温报警\n" in cleaned.text
    assert "故障监测序号" not in cleaned.text  # the caption glued to the header (field11 F11-P1)


def test_a_table_with_rowspans_and_a_tag_per_line_keeps_its_columns():
    page = _page(TABLES / "06-road-test-methods.md")
    rows = [line.split("\t") for line in page.text.split("\n") if "\t" in line]
    table11 = [row for row in rows if len(row) == 7]
    assert table11[1] == ["一级要素", "二级要素", "三级要素", "四级要素", "要素要求", "I型道路环境", "II型道路环境"]
    # a row under a rowspan starts with its empty cells (no Markdown pass strips the tabs)
    assert ["", "", "", "", "不大于400 m", "/", "√"] in table11
    assert ["3", "可在白天与夜间被激活", "td1、td2、tn1、tn2"] in rows  # 表12, <sub> read as the HTML reader reads it
    cleaned = clean_page(page)
    joined = [edit for edit in cleaned.edits if edit.rule == "hard_wraps" and ("\t" in edit.before or "√" in edit.before)]
    assert not joined
    assert max(len(line) for line in cleaned.text.split("\n")) < 400  # 2,206-char lines of glued cells before


def test_text_around_a_table_on_its_lines_stays():
    text, _ = render_markup("前文<table><tr><td>甲</td><td>乙</td></tr></table>后文\n", source_file="a.md")
    assert text.split("\n")[:3] == ["前文", "甲\t乙", "后文"]


@pytest.mark.parametrize("body", [
    "见`<table>`标签\n\n第一条 为了",  # a tag in code is shown as written
    "```\n<table><tr><td>甲</td></tr></table>\n```\n",  # in a code block too
    "<table><tr><td>甲</td><td>乙</td></tr>\n第一条 为了\n",  # never closed: read as before
])
def test_a_table_tag_in_code_or_never_closed_is_not_read_as_a_table(body):
    text, _ = render_markup(body, source_file="a.md")
    assert "\t" not in text and ("甲" in text or "<table>" in text)


def test_the_cover_title_and_its_english_title_stay_apart():
    cleaned = clean_page(_page(TABLES / "gb_icv_cover.md"))
    assert "智能网联汽车 组合驾驶辅助系统安全要求\nIntelligent and connected vehicles" in cleaned.text
    assert cleaned.page.metadata["heading_lines"][:3] == [
        "智能网联汽车 组合驾驶辅助系统安全要求",
        "Intelligent and connected vehicles - Safety specifications for combined driver assistance system",
        "目次",
    ] or "目次" in cleaned.page.metadata["heading_lines"]


def test_the_items_of_a_bullet_list_are_not_joined_as_wraps():
    cleaned = clean_page(_page(TABLES / "gb_icv_cover.md"))
    for item in ("本仓库包含的文件为中华人民共和国国家标准草案的中文原版内容\n仅供个人学习研究使用，如测试大语言模型等学术用途\n"
                 "不得用于商业目的\n版权归原标准制定机构所有",
                 "学术研究和学习\n大语言模型训练和测试\n标准文档结构化存储示例"):
        assert item in cleaned.text
    assert "不得用于商业目的版权归" not in cleaned.text  # field11 F11-G2


def test_two_clause_headings_in_a_row_stay_two_lines():
    body = "至少选择使用表格中的一个或者多个参数。\n\n##### C.3.3.2 预期功能安全验证和确认\n###### C.3.3.2.1 总体要求\n\n基于C.2.7中安全分析识别出的功能不足。\n"
    page = ingest_bytes(body.encode(), "appendix-c.md")  # appendix-c of the GB ICV draft (SOURCE.md)
    assert page.metadata["heading_lines"] == ["C.3.3.2 预期功能安全验证和确认", "C.3.3.2.1 总体要求"]
    assert "预期功能安全验证和确认\nC.3.3.2.1 总体要求" in clean_page(page).text


def test_a_list_item_that_goes_on_on_the_next_line_is_no_whole_block():
    page = ingest_bytes("说明：\n\n- 本办法所称数据，是指任何以电子或者其他方式对信息的记录，\n  包括原始数据和衍生数据。\n- 第二项\n".encode(), "a.md")
    assert page.metadata["list_item_lines"] == ["第二项"]


@pytest.mark.parametrize("folder", ["vuepress_cee", "crawler_md", "waystowork"])
def test_markdown_pages_that_came_out_right_clean_as_before(folder):
    # their headings and list items were never joined: marking them whole changes no character
    for path in sorted(p for p in (REAL / folder).glob("*.md") if p.name != "SOURCE.md"):
        page = _page(path)
        assert "\x01" not in page.text
        unmarked = dataclasses.replace(page, metadata={key: value for key, value in page.metadata.items()
                                                       if key not in ("heading_lines", "list_item_lines")})
        assert clean_page(page).text == clean_page(unmarked).text, path.name


def test_a_pipe_table_gives_the_rows_an_html_table_gives():
    page = _page(TABLES / "cee_ydyhdqwrwml.md")
    assert page.text.startswith("2018年\n\n序号\t污染物\n1\t二氯甲烷\n2\t甲醛\n")
    assert "|" not in page.text and ":--" not in page.text  # no pipe, no delimiter row left as text
    assert "11\t砷及其化合物\n" in page.text
    assert page.metadata["url"].startswith("https://www.mee.gov.cn/")  # the rest of the page read as before
    html = ingest_bytes("<table><tr><th>序号</th><th>污染物</th></tr><tr><td>1</td><td>二氯甲烷</td></tr></table>".encode(),
                        "a.html")
    assert html.text == "序号\t污染物\n1\t二氯甲烷\n"


@pytest.mark.parametrize("body", [
    "第一条 甲|乙两方\n---\n",  # a setext underline under a line with a pipe: no delimiter of cells
    "第一条 见 a|b 的规定。\n第二条 施行。\n",
    "```\n| a | b |\n| - | - |\n```\n",
    "| 甲 | 乙 | 丙 |\n| --- | --- |\n| 1 | 2 | 3 |\n",  # the header and delimiter disagree: no table
])
def test_lines_with_pipes_that_are_no_table_stay(body):
    text, _ = render_markup(body)
    assert "\t" not in text and text == body


def test_mineru_latex_note_numbers_read_as_the_pdf_shows_them():
    raw = (TABLES / "gbt45688_head.md").read_text("utf-8")
    assert raw.count("注 $ ^{") == 2
    text = _page(TABLES / "gbt45688_head.md").text
    assert "\n注1：运行安全故障，" in text and "\n注2：运行安全隐患，" in text
    assert "$" not in text
    # the rest of the page reads as before: only the two notes differ
    before = raw.replace("注 $ ^{1} $ ：", "注1：").replace("注 $ ^{2} $ ：", "注2：")
    assert text == _page_of(before).text


def _page_of(body: str):
    return ingest_bytes(body.encode(), "gbt45688_head.md")


@pytest.mark.parametrize("line", ["注：速度 $ v^{2} $ 按式（1）计算。", "其中 $ ^{1} $ 为上标。", "注 $ ^{1} $ 见附录A。"])
def test_other_latex_is_left_as_written(line):
    assert render_markup(line + "\n")[0] == line + "\n"


def test_a_table_in_a_quote_or_list_item_leaves_no_mark_behind():
    text, _ = render_markup("> <table><tr><td>甲</td><td>乙</td></tr></table>\n", source_file="a.md")
    assert text.split("\n")[0] == "甲\t乙"
