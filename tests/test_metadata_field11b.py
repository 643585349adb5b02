"""Metadata field test 11 found wrong or unread (tests/real_pages/field11_metadata/SOURCE.md)."""

from __future__ import annotations

import pytest

from corpus_tools.structure import metadata as md
from tests.real_build import build_real_pages

FOLDER = "field11_metadata"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages(FOLDER, tmp_path_factory.mktemp("meta11"), configs=("documents",))


def _first(built, name: str) -> dict:
    return next(d for d in built["documents:" + name] if d["ordinal"] == 0)


def test_a_committee_report_on_a_draft_is_no_draft(built):
    """F11-R2: 审议结果的报告 on a （草案）; the date and the committee from the lines under its title."""
    doc = _first(built, "ndict_fujian_shenyi_jieguo.txt")
    assert doc["title"].endswith("两项地方性法规修正案（草案）》审议结果的报告")
    assert (doc["doc_type"], doc["status"]) == ("drafting_explanation", None)
    assert (doc["written"], doc["issuer"]) == ("2025-03-25", "福建省人大法制委员会")


@pytest.mark.parametrize("name, written", [("infoeach_law702_fuhan.txt", "1951-12-27"), ("infoeach_law18_pifu.txt", "1990-01-20")])
def test_a_court_replys_own_date_line_is_its_date(built, name, written):
    """F11-S2: ``1951年12月27日，最高人民法院`` under the title; the 报告 it answers (1951-11-28) is not its publication."""
    doc = _first(built, name)
    assert (doc["written"], doc["issuer"]) == (written, "最高人民法院")
    assert doc["published"] is None or doc["published"] >= written


def test_the_chinacourt_field_box_gives_issuer_and_source(built):
    """F11-C2: ``【发布单位】中共中央``, ``【文件来源】新华网``."""
    doc = _first(built, "chinacourt_dangnei_fagui.html")
    assert (doc["issuer"], doc["source"]) == ("中共中央", "新华网")
    assert (doc["published"], doc["effective"]) == ("2017-04-12", "2017-03-01")


def test_a_title_ending_in_a_word_with_fa_is_no_law(built):
    """F11-T3: ``…虚假申报是重要手法`` (a press release)."""
    (doc,) = [d for key, docs in built.items() if key.startswith("documents:chinatax_cases_shoufa.csv") for d in docs]
    assert doc["title"].endswith("是重要手法") and doc["doc_type"] == "other"


@pytest.mark.parametrize("title, kind", [
    ("中华人民共和国预算法", "regulation"), ("中华人民共和国立法法", "regulation"), ("中华人民共和国公司法", "regulation"), ("中华人民共和国宪法", "regulation"),
    ("关于《某某条例（草案）》的说明", "drafting_explanation"), ("某某省人民政府关于某某问题的复函", "notice"),
])
def test_kinds_that_stay(title, kind):
    assert md.classify_doc_type(title) == kind


def test_a_plain_dated_sentence_is_no_date_line():
    assert md.dated_organ_line("某某通知\n2020年5月19日，经研究决定如下") is None
    assert md.delivered_report("某某条例\n——2020年5月19日起施行", 4) is None
