"""The ``spun_text_suspected`` finding on the real page that showed a word-spun copy of a 公文, and on real
texts that use 告诉 as the law does (tests/real_pages/field10/SOURCE.md; field test 9, F9-P15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.validation.quality import CHECK_NAMES
from corpus_tools.validation.spun_text import SPUN_TEXT, spun_formulas
from tests.real_build import build_real_pages

FIELD10 = Path(__file__).parent / "real_pages" / "field10"


def test_the_check_is_registered():
    assert SPUN_TEXT in CHECK_NAMES


def test_the_spun_copy_of_the_state_council_notice_is_flagged_and_kept(tmp_path):
    built = build_real_pages("field10", tmp_path, names=("hzqdhly_rivet_312.txt",), configs=("documents", "findings"))
    (document,) = built["documents:hzqdhly_rivet_312.txt"]
    assert SPUN_TEXT in document["findings"]
    (excerpt,) = [f["excerpt"] for f in built["findings:hzqdhly_rivet_312.txt"] if f["check"] == SPUN_TEXT]
    assert "'告诉如下' for 通知如下" in excerpt and "'的告诉》' for 《…的通知》" in excerpt and "'三定规则'" in excerpt
    assert "现将国务院和国务院办公厅文件发送、部分印章运用及悬挂部分称号牌子等有关事项告诉如下" in document["text"]  # no edit


def test_one_broken_formula_is_no_verdict():
    line = (FIELD10 / "hzqdhly_rivet_312.txt").read_text(encoding="utf-8").split("\n")[0]
    assert "告诉如下" in line and spun_formulas("", line.replace("《国务院关于组织设置的告诉》", "")) is None


@pytest.mark.parametrize("text", [
    # 刑法 第二百四十六条, 第二百五十七条: 告诉 is bringing a complaint
    "前款罪，告诉的才处理，但是严重危害社会秩序和国家利益的除外。\n第一款罪，告诉的才处理。",
    # DLC: 人民法院管辖案件的告诉、上诉和申诉 (a real law's wording), and a 规则 of a real text
    "当事人依法提出的告诉、上诉和申诉，人民法院应当依法处理。\n本规则自发布之日起施行。\n特此通知。",
    # the real notice's own formulas
    "现将有关事项通知如下：\n一、新组建的部门在“三定”规定下发前，文件的发送范围不变。\n特此通知。",
])
def test_official_wording_is_not_flagged(text: str) -> None:
    assert spun_formulas("", text) is None
