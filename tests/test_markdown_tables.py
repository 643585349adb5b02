"""HTML tables inside Markdown pages (the shape of every PDF→Markdown tool: MinerU, Marker) are read as
the HTML reader reads them: one row per line, cells separated by a tab.  Real pages in
tests/real_pages/md_tables (see SOURCE.md: field11 F11-G2/P1); negatives in vuepress_cee, crawler_md,
waystowork must come out as before."""

from __future__ import annotations

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
