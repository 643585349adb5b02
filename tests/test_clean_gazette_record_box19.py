"""The Macau gazette site's record box over each act is the site's furniture (field tests 17 and 18): it goes with an
edit, and the metadata reads the act's title, number and day of publication from that edit.

Real pages: io.gov.mo's 第198/2023號 and 第199/2023號 (tests/real_pages/fix19/SOURCE.md), AsianLII's copy of
第139/2000號 (tests/real_pages/fixmeta19/SOURCE.md), bo.io.gov.mo's 2022 issue with its empty label rows
(tests/real_pages/fix19).  Blind variants RB1-RB4 were written in words in /work/notes/fixmeta19/blind.md before the
code.
"""

from __future__ import annotations

import time

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.gazette_box import gazette_record_boxes
from corpus_tools.clean.mirror_chrome import empty_relation_rows
from tests.real_build import build_real_pages

BOX_LABELS = ("公报编号", "刊登日期", "版数", "《公报》原始 PDF 版本", "相关类别", "《LegisMac》的法例注释")


@pytest.fixture(scope="module")
def io_gov_mo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return build_real_pages("fix19", tmp_path_factory.mktemp("io"),
                            names=("io_gov_mo_cn_bo_a_link_44597.txt", "bo_io_gov_mo_2022_34_despce.txt"))


@pytest.fixture(scope="module")
def asianlii(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    return build_real_pages("fixmeta19", tmp_path_factory.mktemp("asianlii"))["documents:asianlii_mo_legis_14020000.txt"]


def test_the_real_box_over_the_first_act_goes_and_its_values_stay_in_the_metadata(io_gov_mo):
    first, second = io_gov_mo["documents:io_gov_mo_cn_bo_a_link_44597.txt"]
    assert not any(label in first["text"] for label in BOX_LABELS)
    assert "第198/2023号行政长官批示\n\n行政长官行使" in first["text"]  # the act's own number line stays
    assert (first["title"], first["doc_number"], first["published"]) == ("第198/2023号行政长官批示", "第198/2023号", "2023-12-18")
    # the page is cut under the second act's box: the box is all the page holds of that act, and stays
    assert second["text"].startswith("法规：") and second["published"] == "2023-12-18"


def test_the_real_asianlii_box_goes_and_names_the_act_under_it(asianlii):
    first, second = asianlii
    assert "公报编号" not in first["text"] + second["text"] and "31/2000" not in second["text"]
    assert (second["title"], second["doc_number"], second["published"]) == ("第139/2000号行政长官批示", "第139/2000号", "2000-07-31")
    assert first["title"] == "" and first["published"] is None


def test_the_real_empty_label_rows_go_before_each_act(io_gov_mo):
    docs = io_gov_mo["documents:bo_io_gov_mo_2022_34_despce.txt"]
    assert len(docs) == 3 and all(d["text"].startswith("行政长官行使") for d in docs)


def test_blind_box_with_simplified_labels_on_one_line_each():
    """RB1 (variant): Simplified labels, values after a full-width colon on the label's line."""
    page = ("法规：第5/2021号经济财政司司长批示\n公报编号：12/2021\n刊登日期：2021.3.24\n版数：301-302\n"
            "《公报》原始 PDF 版本\n经济财政司司长行使…作出本批示。\n一、核准。\n")
    result = clean_and_explain(page)
    assert result.text.lstrip().startswith("经济财政司司长行使")
    assert any("gazette record box" in (e.detail or "") for e in result.edits)


def test_blind_empty_label_rows_of_two_kinds():
    """RB2: the annotation row goes with the relation rows around it."""
    t = "相关法规 : | |||\n《LegisMac》的法例注释 | |||\n行政长官行使…"
    assert [t[a:b] for a, b in empty_relation_rows(t)] == ["相关法规 : | |||", "《LegisMac》的法例注释 | |||"]


@pytest.mark.parametrize("page", [
    # RB3: a law's own table row with a value, and a lone annotation row: they stay
    "相关法规 : | 第1/2020号法律 |\n《LegisMac》的法例注释 | |||\n第一条 本法自公布翌日起生效。\n",
    # RB4: the fields in prose, or three of the four, are no box
    "本公告刊登日期：2023.12.18，版数：2859，公报编号：51/2023。\n第一条 本法自公布翌日起生效。\n",
    "法规：第1/2020号法律\n公报编号：1/2020\n刊登日期：2020.1.2\n第一条 本法自公布翌日起生效。\n",
])
def test_blind_negatives_stay(page):
    assert gazette_record_boxes(page) == []
    assert not any("gazette record box" in (e.detail or "") for e in clean_and_explain(page).edits)


def test_linear_on_hostile_input():
    hostile = "刊登日期：\n" + ("法规：\n第1/2000号批示\n公报编号：\n1/2000\n刊登日期：\n2000.1.1\n" + "• 甲\n" * 50) * 2000
    started = time.process_time()
    gazette_record_boxes(hostile + "法规：" + " " * 200_000 + "x\n")
    assert time.process_time() - started < 2.0
