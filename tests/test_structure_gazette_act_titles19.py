"""Each act of a split gazette page takes its title and number from its own lines: the record box over it
(``公報 - 第一組法規: | 第139/2000號行政長官批示 |`` on AsianLII, ``法規:`` ⏎ ``第199/2023號行政長官批示`` on
io.gov.mo), as LegisMac's ``類別及編號`` gives a Macau act's number (``第2/2020号``).

Real pages: tests/real_pages/fixmeta19/SOURCE.md (AsianLII, field test 17: the second act's title was '') and
tests/real_pages/fix19/SOURCE.md (io.gov.mo: the acts had their titles, no number).  Blind variants GB1, GB2 were
written in words in /work/notes/fixmeta19/blind.md.
"""

from __future__ import annotations

import pytest

from corpus_tools.structure import metadata as md
from tests.real_build import build_real_pages


@pytest.fixture(scope="module")
def asianlii(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    built = build_real_pages("fixmeta19", tmp_path_factory.mktemp("asianlii"), names=("asianlii_mo_legis_14020000.txt",))
    return built["documents:asianlii_mo_legis_14020000.txt"]


@pytest.fixture(scope="module")
def io_gov_mo(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    built = build_real_pages("fix19", tmp_path_factory.mktemp("io"), names=("io_gov_mo_cn_bo_a_link_44597.txt",))
    return built["documents:io_gov_mo_cn_bo_a_link_44597.txt"]


def test_the_act_under_asianliis_record_box_is_named_by_it(asianlii):
    first, second = asianlii
    assert second["title"] == "第139/2000号行政长官批示" and second["doc_number"] == "第139/2000号"
    assert second["published"] == "2000-07-31" and second["doc_type"] == "normative_document"
    assert "奥林匹克游泳馆" in second["text"]


def test_the_act_above_the_box_is_not_given_its_number(asianlii):
    # the box stands over the act it describes: the act before it (signed 二零零零年七月二十四日) names no number
    first = asianlii[0]
    assert first["title"] == "" and first["doc_number"] is None and first["written"] == "2000-07-24"


def test_each_io_gov_mo_act_has_its_own_number(io_gov_mo):
    assert [(d["title"], d["doc_number"]) for d in io_gov_mo] == [
        ("第198/2023号行政长官批示", "第198/2023号"), ("第199/2023号行政长官批示", "第199/2023号")]


def test_blind_a_secretarys_act_in_the_second_group():
    """GB1: another act kind and the 公报 second group's label."""
    head = md.head_fields("公报 - 第二组法规：\t第5/2021号经济财政司司长批示\n公报编号：\t12/2021\n刊登日期：\t2021.3.24\n")
    assert head["title"] == "第5/2021号经济财政司司长批示" and head["doc_number"] == "第5/2021号"
    assert head["published"] == "2021-03-24"


@pytest.mark.parametrize("title", ["根据第198/2023号行政长官批示", "第198/2023号行政长官批示的说明", "某某批示", ""])
def test_blind_a_sentence_citing_an_act_is_no_number(title):
    """GB2: only a title that is the act's number and kind gives a number."""
    assert md.macau_act_number(title) is None
