"""Tables stay tables (house convention 4): no cleaning rule joins, splits or rewrites the
separators of a line that holds TAB-separated cells."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.evidence import table_rows
from corpus_tools.ingest import ingest_file
from tests.conftest import SHARED

REAL = SHARED / "real"
TABLE_PAGES = sorted(p for p in REAL.glob("*/*.html") if "<table" in p.read_text(encoding="utf-8", errors="ignore"))


def _rows(text: str) -> list[list[str]]:
    return [text[a:b].split("\t") for a, b in table_rows(text)]


@pytest.mark.skipif(not TABLE_PAGES, reason="../shared/real not present")
@pytest.mark.parametrize("path", TABLE_PAGES, ids=[f"{p.parent.name}/{p.name[:3]}" for p in TABLE_PAGES])
def test_real_table_rows_keep_their_cells_through_cleaning(path):
    page = ingest_file(path, REAL)
    result = clean_and_explain(page.text)
    before, after = _rows(page.text), _rows(result.text)
    assert [len(r) for r in after] == [len(r) for r in before]
    assert not [w for w in result.warnings if "table row" in w.message]  # the rules skip rows themselves


HAND_MADE = [
    # cells a layout rule would read as a wrapped sentence, an indentation, padding, a spaced gap
    "坐标编号\tX坐标\tY坐标\t说　明\n1\t15172.500\t103655.000\t\n2\t14829.000\t103655.000\t\n",
    "序号\t采购人\t预算金额（万元）\n1\t北京市中医管理局，\t175\n\t\t2021.5\n本次公开的采购意向是本单位政府采购工作的初步安排，\n",
    "一、医疗质量\t（一）功能定位\t1.门诊人次数与出院人次数比\n\t\t2.下转患者人次数（门急诊、住院）\n",
    "王　阶\t王国玮\n王　显\t王宪波\n",
]


@pytest.mark.parametrize("text", HAND_MADE)
def test_hand_made_tables_come_out_unchanged(text):
    result = clean_and_explain(text)
    assert _rows(result.text) == _rows(text)


# --------------------------------------------------------------------------- tables that lay out a law

from pathlib import Path  # noqa: E402

from corpus_tools.ingest import html_to_text  # noqa: E402

REAL_LYTW = Path(__file__).parent / "real_pages" / "lytw"


def _lines(text: str) -> list[str]:
    return [line.strip(" \u3000\xa0") for line in text.split("\n")]


def test_lytw_items_of_an_article_stand_on_lines_of_their_own():
    """Real page (tests/real_pages/lytw/SOURCE.md): each article's text sits in a table cell
    indented by an empty cell, its paragraphs and items separated by ``<br>``; read as a row,
    the 17 items of article 3 ran together on one line (``…各委員會。 一、內政部。 二、…``)."""
    page = ingest_file(REAL_LYTW / "01010_0101036032700.html", REAL_LYTW)
    lines = _lines(page.text)
    at = lines.index("行政院設左列各部及各委員會。")
    assert lines[at - 1] == "第三條"
    assert lines[at + 1 : at + 4] == ["一、內政部。", "二、外交部。", "三、國防部。"]
    assert lines[at + 18] == "各部及各委員會之組織，以法律定之。"
    assert not [line for line in page.text.split("\n") if "。 一、" in line or line.startswith("\t")]
    cleaned = clean_and_explain(page.text, source_format=page.format).text
    assert "行政院设左列各部及各委员会。\n一、内政部。\n二、外交部。\n" in cleaned


@pytest.mark.parametrize("path", sorted(REAL_LYTW.glob("*.html")), ids=lambda p: p.name[:5])
def test_lytw_no_paragraphs_run_together(path):
    """No line of a lis.ly.gov.tw page holds two paragraphs (a sentence end, a blank, more text)."""
    text = ingest_file(path, REAL_LYTW).text
    assert not [line for line in text.split("\n") if "。 " in line.strip()]


def test_law_laid_out_as_label_and_text_cells_reads_as_paragraphs():
    """A law whose every article is a row, its label in one cell and its text (with ``<br>``
    between items) in the next: the label opens a line, each item is a line."""
    html = ("<table><tr><td>第一条</td><td>为了规范管理，制定本办法。</td></tr>"
            "<tr><td>第二条</td><td>本办法所称单位包括：<br>一、机关；<br>二、企业。</td></tr></table>")
    assert _lines(html_to_text(html)[0]) == ["第一条", "为了规范管理，制定本办法。", "第二条", "本办法所称单位包括：",
                                             "一、机关；", "二、企业。", ""]


def test_body_indented_by_an_empty_cell_keeps_its_paragraph_blocks():
    html = "<table><tr><td>&nbsp;&nbsp;</td><td><p>第一款的内容。</p><div>第二款的内容。</div></td></tr></table>"
    assert _lines(html_to_text(html)[0]) == ["第一款的内容。", "第二款的内容。", ""]


@pytest.mark.parametrize("html, text", [
    # www.gov.cn info box: a field whose value cells are empty stays a row
    ('<table><tr><td><b>主 题 词：</b></td><td></td><td></td><td></td></tr></table>', "主 题 词：\t\t\t\n"),
    # www.bjtcm.gov.cn indicator table: a value cell with <br> stays on its row
    ("<table><tr><td>指标</td><td>说明</td></tr><tr><td>1.门诊人次数</td><td>计算方法：门诊人次数。<br>\n 指标来源：医院填报。</td></tr></table>",
     "指标\t说明\n1.门诊人次数\t计算方法：门诊人次数。 指标来源：医院填报。\n"),
    # one label row is no law laid out as a table
    ("<table><tr><td>第一条</td><td>已废止</td></tr><tr><td>备注</td><td>无</td></tr><tr><td>来源</td><td>政府网站</td></tr></table>",
     "第一条\t已废止\n备注\t无\n来源\t政府网站\n"),
])
def test_data_tables_keep_their_rows(html, text):
    assert html_to_text(html)[0] == text
