"""Findings field test 11 asked for (tests/real_pages/field11_findings/SOURCE.md): ``digits_lost`` on a
farm's text with its digits stripped (F11-H2), ``ruby_residue`` on a ruby mirror's lost 條 (F11-R1), and
no false ``ocr_duplicate`` / ``digits_lost`` on clean official text (F11-T4).  A finding never changes
the text.
"""

from __future__ import annotations

import pytest

from corpus_tools.validation import quality
from corpus_tools.validation.damaged_values import text_damage
from corpus_tools.validation.ocr_copies import ocr_copies
from tests.real_build import REAL, build_real_pages

FOLDER = "field11_findings"


def _page(name: str) -> str:
    return (REAL / FOLDER / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages(FOLDER, tmp_path_factory.mktemp("field11"), configs=("documents", "findings"))


def _checks(built: dict[str, list[dict]], name: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in built.get("findings:" + name, []):
        found.setdefault(row["check"], []).append(row["excerpt"])
    return found


def test_ruby_residue_is_registered_on_documents():
    assert "ruby_residue" in quality.CHECK_NAMES
    assert quality.QUALITY_CHECKS[("documents", "ruby_residue")].columns == ("text",)


def test_a_farm_text_with_its_digits_stripped_gets_digits_lost(built):
    """mydoc123: ``文本交换系统第 部分抽象服务定义``, ``包括以下 个部分`` (F11-H2)."""
    whys = [why for check, why in text_damage(_page("mydoc123_gb_standard_head.txt")) if check == "digits_lost"]
    assert "'第 部分': a number is missing" in whys and "'以下 个': a number is missing" in whys
    assert "digits_lost" in _checks(built, "mydoc123_gb_standard_head.txt")


@pytest.mark.parametrize("name", ["ndict_fujian_shenyi_jieguo_lines.txt", "handmsg_zhejiang_xiugai_huibao_lines.txt"])
def test_a_lost_tiao_with_its_spliced_reading_gets_ruby_residue(built, name):
    """``管理?xiàng)l例`` on two unrelated mirrors (F11-R1): the title and the text keep it, the document is flagged."""
    found = _checks(built, name)
    assert "ruby_residue" in found, found
    assert "'?xiàng)'" in found["ruby_residue"][0]
    (doc, *_) = built["documents:" + name]
    assert "?xiàng)l例" in doc["text"]  # flagged, never repaired


def test_six_cases_written_in_one_template_are_no_ocr_copy(built):
    """chinatax #000023: ``一、国家税务总局沈阳市税务局第三稽查局依法查处…`` / ``二、国家税务总局六盘水市…``."""
    assert ocr_copies(_page("chinatax_cases_000023.txt")) is None
    assert "ocr_duplicate" not in _checks(built, "chinatax_cases_000023.txt")


def test_an_anonymised_year_is_no_lost_digit(built):
    """chinatax #000264: ``又如，某年10月1日至5日，兼职研发人员张某…``."""
    assert "某年10月1日" in _page("chinatax_cases_000264.txt")
    assert list(text_damage(_page("chinatax_cases_000264.txt"))) == []
    assert "digits_lost" not in _checks(built, "chinatax_cases_000264.txt")


def test_a_pdf_text_with_its_ocr_copy_is_still_found():
    """The positive case of F10-L1 stays found with the one-character-errors gate."""
    found = ocr_copies((REAL / "field10_findings" / "liaoning_lianggui_head300.txt").read_text(encoding="utf-8"))
    assert found is not None and len(found.stretches) >= 4


def test_a_forms_blanks_are_no_lost_digits(built):
    """matianrou's 文书样式: ``根据《中华人民共和国安全生产法》第 条第 款第 项规定`` is a blank to fill in, not damage."""
    text = _page("matianrou_form_blanks_lines.txt")
    assert "第 条第 款第 项" in text
    assert list(text_damage(text)) == []
    assert "digits_lost" not in _checks(built, "matianrou_form_blanks_lines.txt")
