"""Metadata read wrong on real pages of field test 10, fixed in session 11 (/work/notes/field10.md): each case
starts from the real page that showed it, source named in tests/real_pages/meta11/SOURCE.md, with negative cases
that must stay as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.structure import metadata as md

REAL = Path(__file__).parent / "real_pages" / "meta11"


def _documents(name: str, text: str | None = None, tmp_path: Path | None = None):
    """The documents of a real page (or of ``text`` written as a file of that name under ``tmp_path``)."""
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page
    from corpus_tools.structure import structure_page

    page = REAL / name
    if text is not None:
        page = tmp_path / name
        page.write_text(text, encoding="utf-8")
    return structure_page(clean_page(ingest_file(page, page.parent))).documents


# --- F10-A1: a CMS info box written two fields per line -----------------------------------------------------------

def test_every_field_of_a_two_field_box_line_is_read():
    notice = _documents("xishui_zfwj_206.txt")[0]
    assert notice.title == "县人民政府关于印发《浠水县人民政府工作规则》的通知"
    assert (notice.doc_number, notice.published, notice.index_no) == ("浠政发〔2017〕1号", "2017-01-28",
                                                                       "011282752 / 2017-00101")
    assert notice.issuer == "浠水县人民政府"


def test_the_box_lines_read_apart_as_a_layout_keeps_them():
    """The box as the page writes it, each line apart (the head of xishui_zfwj_206.txt, full-width colons)."""
    head = ("索引号: 011282752 / 2017-00101 主题分类:\n发布机构: 浠水县人民政府 发文日期: 2017-01-28\n"
            "文件标题: 县人民政府关于印发《浠水县人民政府工作规则》的通知\n文 号: 浠政发〔2017〕1号 主题词:\n\n浠水县人民政府\n")
    assert md.head_fields(head) == {
        "index_no": "011282752 / 2017-00101", "publisher": "浠水县人民政府", "published": "2017-01-28",
        "title": "县人民政府关于印发《浠水县人民政府工作规则》的通知", "doc_number": "浠政发〔2017〕1号"}


@pytest.mark.parametrize("text, expected", [
    # one field a line, as before
    ("文　　号：京政发〔2021〕1号\n发文机关：北京市人民政府", {"doc_number": "京政发〔2021〕1号", "issuer": "北京市人民政府"}),
    # a label word inside a value without its colon cuts nothing
    ("标题：关于调整发布日期和实施日期的通知", {"title": "关于调整发布日期和实施日期的通知"}),
    # prose with a colon is no box
    ("第一条　人民法院受理的植物新品种纠纷案件主要包括以下几类：", {}),
])
def test_head_lines_that_hold_one_field(text, expected):
    assert md.head_fields(text) == expected
