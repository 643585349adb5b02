"""One vocabulary of the kinds a title ends on (corpus_tools.text), and the rules that take it.

Before session 15 the words were listed five times (clean.evidence, clean.linebreaks, clean.width, clean.layout,
structure.documents); each rule now names the part it takes.  The builds of the regression corpus and the field
folders came out identical (the lead's check: cmp_builds.py against /work/base15).
"""

from __future__ import annotations

import pytest

from corpus_tools import text
from corpus_tools.clean import evidence, layout, linebreaks, width
from corpus_tools.structure import documents

QUALIFIED = {"管理办法", "工作规则"}  # (qualified words two rules kept as they were written)


@pytest.mark.parametrize("name", ["STRUCTURE_TITLE_KINDS", "JOIN_TITLE_KINDS", "NUMBERED_TITLE_KINDS", "ANGLE_TITLE_KINDS",
                                  "LAYOUT_TITLE_KINDS"])
def test_every_rule_takes_its_words_from_the_one_vocabulary(name):
    words = set(getattr(text, name))
    assert words <= set(text.TITLE_KINDS) | set(text.NAMED_FORM_KINDS) | QUALIFIED, words - set(text.TITLE_KINDS)


def test_the_families_hold_each_word_once():
    assert len(text.TITLE_KINDS) == len(set(text.TITLE_KINDS))
    assert not set(text.NAMED_FORM_KINDS) & set(text.TITLE_KINDS)


@pytest.mark.parametrize("line, structure, joins, layout_rule", [
    ("国务院关于加强法治政府建设的意见", True, True, True),
    ("中华人民共和国民法典", False, False, False),  # (法典: left out by structure until shown right, below)
    ("北京市生活垃圾管理条例", True, True, True),
    ("最高人民法院关于审理劳动争议案件适用法律问题的解释", False, False, False),
    ("中华人民共和国环境保护法", True, False, False),  # (a law's name: structure only; 法 ends prose: 依照本法)
    ("县级以上人民政府应当依照本法", True, False, False),  # (structure asks more of a title than its end)
    ("对下列情况", True, False, False),
    ("为了规范管理，制定本办法。", False, False, False),
])
def test_which_rule_reads_a_line_as_ending_like_a_title(line, structure, joins, layout_rule):
    assert bool(documents.TITLE_END.search(line)) is structure
    assert bool(evidence._TITLE_END.search(line)) is joins
    assert bool(layout._TITLE_KIND_END.search(line)) is layout_rule


@pytest.mark.parametrize("line, kind", [
    ("国务院关于加强法治政府建设的意见", "title"),
    ("北京市生活垃圾管理条例", "title"),  # (its end alone)
    ("最高人民法院关于审理劳动争议案件适用法律问题的解释", "title"),  # (its opening …关于; 解释 is no join's title end)
    ("中华人民共和国民法典", None),
    ("县级以上人民政府应当依照本法", None),
])
def test_the_line_joins_read_a_title_by_its_end_or_its_opening(line, kind):
    assert evidence.line_kind(line) == kind


def test_the_angle_bracket_titles_read_traditional_forms_and_named_forms():
    for inner in ("中华人民共和国宪法", "排污许可证", "承诺书", "登记表", "國家安全法", "道路交通安全法實施條例", "行政執照"):
        assert width._TITLE_KIND_END.search(inner), inner
    for inner in ("单位名称", "导出清单", "使用说明", "工作报告"):
        assert not width._TITLE_KIND_END.search(inner), inner


def test_the_longest_kind_is_taken_where_two_start_together():
    # a title glued to its salutation: the whole 意见稿 is the title's end, not 意见 with 稿 cut off
    assert documents.glued_title("市政府关于某某事项的意见稿各区县人民政府：") == "市政府关于某某事项的意见稿"
    assert documents.glued_title("中国人民银行关于规范单位结算卡业务管理的通知中国人民银行上海总部，各分行、营业管理部：") == (
        "中国人民银行关于规范单位结算卡业务管理的通知")


def test_a_title_glued_to_its_number_is_cut_before_the_number():
    found = linebreaks._TITLE_NUMBER.search("国务院关于印发全国土地分类的通知国发〔1987〕18号")
    assert found and found.group("no") == "国发〔1987〕18号"


def test_structure_leaves_out_what_made_worse_titles_in_field_15():
    """pages15b (field 15): with 解释 a title's end, a forum post's byline (``王希胜律师 发表于 2022-3-3 14:27:32``) and
    a spam line became one title with the 司法解释 headline under them; structure keeps its vocabulary as it was."""
    assert "解释" in text.TITLE_KINDS and "解释" not in text.STRUCTURE_TITLE_KINDS
    assert not documents.TITLE_END.search("最高人民法院关于适用〈中华人民共和国民法典〉总则编若干问题的解释")
