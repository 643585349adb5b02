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
