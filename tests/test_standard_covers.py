"""A standard's cover gives its title, number, dates, issuers and draft status (F11-P3, F11-G4):
tests/real_pages/field11_standards/SOURCE.md.  A text without a masthead at its head is no cover."""

from __future__ import annotations

import pytest

from corpus_tools.structure.standards import read_cover
from tests.real_build import REAL, build_real_pages

FOLDER = "field11_standards"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages(FOLDER, tmp_path_factory.mktemp("standards"), configs=("documents", "findings"))


def test_a_national_standards_cover_is_read(built):
    (doc,) = built["documents:gbt45688_cover.md"]
    assert doc["title"] == "新能源汽车运行安全性能动态监测预警 技术要求"
    assert doc["doc_number"] == "GB/T 45688—2025"
    assert (doc["published"], doc["effective"]) == ("2025-05-30", "2025-12-01")
    assert doc["issuer"] == "国家市场监督管理总局、国家标准化管理委员会"
    assert (doc["doc_type"], doc["status"], doc["jurisdiction"]) == ("standard", None, "中华人民共和国")  # (other before session 17: no value for a standard)
    assert doc["text"].startswith("中华人民共和国国家标准\n")  # the cover stays in the text
    assert not built.get("findings:gbt45688_cover.md")  # a standard's number is a document number (no doc_number_form)


def test_a_drafts_cover_is_a_draft_for_comment(built):
    (doc,) = [d for d in built["documents:gb_icv_draft_cover.md"] if d["ordinal"] == 0]
    assert doc["title"] == "智能网联汽车 组合驾驶辅助系统安全要求"
    assert (doc["doc_type"], doc["status"]) == ("draft_for_comment", "draft_for_comment")
    assert doc["doc_number"] is None and doc["issuer"] is None  # the cover of a draft names neither


def test_a_standards_text_without_its_cover_is_left_as_it_was(built):
    text = (REAL / FOLDER / "zhejiang_db33_spec_head.md").read_text(encoding="utf-8")
    assert read_cover(text) is None
    (doc,) = built["documents:zhejiang_db33_spec_head.md"]
    assert doc["title"] == "城市道路交通运行状态评价规范" and doc["doc_number"] is None


@pytest.mark.parametrize("head", [
    "GB/T 45688—2025\n新能源汽车运行安全性能动态监测预警 技术要求",  # a number with no masthead
    "中华人民共和国国家标准公告\n2025年第12号",  # a notice about standards
    "本文件按照 GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
])
def test_no_masthead_no_cover(head):
    assert read_cover(head) is None
