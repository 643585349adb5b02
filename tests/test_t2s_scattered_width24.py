"""traditional_to_simplified: single Traditional characters scattered in a Simplified page (set 6's
``h6_script_scattered_chars``), and the names a court writes with a Traditional character (field test 23, F23-A6).

A law names a division with its alternative in brackets (``县（区）``, ``乡（镇）``): a Traditional character there is a
converter's slip, not a name's registered writing (``平x4(啟)``, ``林某（鋒）``, kept: F18-A5).  A person's name after
the role a judgment gives it (``书记员周佳雲``) is written as the person writes it and stays.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.script import convert_traditional, residual_traditional


@pytest.mark.parametrize("text,expected", [
    ("对区县（市）、乡（鎮）人民政府及有关部门的主要负责人进行问责。", "对区县（市）、乡（镇）人民政府及有关部门的主要负责人进行问责。"),
    ("市、县（區）人民政府文化和旅游主管部门负责普查。", "市、县（区）人民政府文化和旅游主管部门负责普查。"),
    ("各区（縣）人民政府应当加强领导。", "各区（县）人民政府应当加强领导。"),
    ("村（區）民委员会协助做好有关工作。", "村（区）民委员会协助做好有关工作。"),
])
def test_a_division_alternative_in_brackets_converts(text, expected):
    assert convert_traditional(text)[0] == expected


@pytest.mark.parametrize("text", [
    # field test 23, F23-A6: verbatim lines of Simplified judgments (scan 163_8174c8ff, 414_ce409cec, 027_4531b224)
    "书记员周佳雲",
    "书记员何玉瑩",
    "辩护人许培頲，浙江某律师事务所律师。",
    # blind variants
    "审判长王建國\n审判员李曉明\n人民陪审员张麗\n",
    "委托诉讼代理人陳某，男。",
    "原告林某（鋒）系该公司股东。",  # F18-A5, kept as before
])
def test_a_name_a_court_writes_stays(text):
    out, edits, _ = convert_traditional(text)
    assert out == text and edits == []


@pytest.mark.parametrize("text,expected", [
    ("书记员周佳雲\n本判决书送达后，被告人不服，可在接到判决书之日起十日内上訴。", "书记员周佳雲\n本判决书送达后，被告人不服，可在接到判决书之日起十日内上诉。"),
    ("被告人于当日到案發生争执。", "被告人于当日到案发生争执。"),  # no name after the role: a slip
])
def test_slips_beside_names_still_convert(text, expected):
    assert convert_traditional(text)[0] == expected


def test_the_check_agrees():
    assert [m.group() for m in residual_traditional("市、县（區）人民政府")] == ["區"]
    assert list(residual_traditional("书记员周佳雲")) == []
