"""A joint order whose organs are stacked with ``<br>`` in one table cell beside ``令`` (F16-S1): read one organ a line,
titled, numbered and issued by the organs.

Real page: tests/real_pages/field16_joint_order/SOURCE.md.  Invented variants are marked so.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from real_build import page_documents  # noqa: E402

from corpus_tools.ingest import ingest_bytes

PAGE = Path(__file__).parent / "real_pages" / "field16_joint_order" / "gov_bulletin_joint_order.html"
ORGANS = ["国家发展和改革委员会", "工业和信息化部", "监察部", "住房和城乡建设部", "交通运输部", "铁道部", "水利部", "商务部"]


def test_the_organs_stacked_in_one_cell_are_one_a_line():
    lines = ingest_bytes(PAGE.read_bytes(), PAGE.name).text.splitlines()
    organs = ["".join(line.split()) for line in lines[:8]]  # (the letter-spacing ``&nbsp;`` is the cleaner's)
    assert organs == ["中华人民共和国" + organ for organ in ORGANS]
    assert lines[8] == "令"


def test_the_joint_order_is_titled_numbered_and_issued_by_its_organs():
    order, rules = page_documents(PAGE)
    assert order.title == "、".join("中华人民共和国" + organ for organ in ORGANS) + "令第20号"
    assert order.issuer == "、".join(ORGANS) and order.doc_number == "、".join(ORGANS) + "令第20号"
    assert order.published == "2013-02-04" and order.effective == "2013-05-01"
    assert rules.title == "电子招标投标办法" and rules.issuer == order.issuer


def test_invented_a_one_row_table_of_a_label_and_its_value_stays_one_row():
    page = ingest_bytes("<html><body><table><tr><td>发文机关：</td><td>国务院</td></tr></table><p>第一条 为了规范。</p></body></html>"
                        .encode(), "box.html")
    assert page.text.splitlines()[0] == "发文机关：\t国务院"


def test_invented_a_row_of_data_whose_cell_holds_two_lines_stays_one_row():
    page = ingest_bytes("<html><body><table><tr><td>指标</td><td>计算方法：甲。<br>指标来源：乙。</td></tr></table></body></html>"
                        .encode(), "grid.html")
    assert page.text.splitlines()[0] == "指标\t计算方法：甲。 指标来源：乙。"


def test_invented_organs_over_a_bare_order_mark_need_two_organs_and_a_number(tmp_path):
    text = "某某有限公司\n令\n第3号\n现发布《某办法》，自发布之日起施行。\n2020年1月1日\n"
    (document,) = page_documents(Path("company_order.txt"), text, tmp_path)
    assert "令第3号" not in (document.title or "") and document.issuer != "某某有限公司"
