"""Field test 20's attachment markers that are no attachments (tests/real_pages/field20_fix/SOURCE.md).

Family F20-C1, *a table of contents' entry opens a document*: a 目录 line that names an annex and ends in its
page number after a space, among entries ending in page numbers too, is an entry, never a marker. Variants:
  (a) ``附录1：常见的统计分析方法 20`` between ``（十一）上市后监测 17`` and ``一、实效性…的统计方法 20`` (real, cmde 17);
  (b) ``附件2：临床试验方案模板 18`` under a full-width space before the number (``附件1　申报资料清单　7``);
  (c) held out (written after the rule): the last entry of a 目录, only the line above it an entry
      (``附录2：参考文献 23`` over the guideline's title).
Negatives: a marker whose title ends in a figure with no entry beside it (``附件1：某某统计表 2`` over its body);
a bare numbered marker ``附件 2`` (its number is no page number).

Family F20-C9, *``附件`` meaning accessories*: a bare ``附件`` (no number, no colon) that is a device's accessories
is no marker. Variants:
  (a) a table cell ``附件\\t\\t\\t\\t`` opening the accessories rows of a parameter table (real, cmde b48 附件1);
  (b) a list item ``附件`` ⏎ ``应提供承重等技术指标。`` of a technical requirement (real, cmde b48 附件3);
  (c) held out (written after the rule): an item over a requirement ending in ``；`` (``附件`` ⏎ ``应符合GB 9706.1的要求；``).
Negatives: ``附件`` over a title line, ``附件：`` over a sentence, ``附件1`` over anything: markers still.
"""

from __future__ import annotations

import sys
from pathlib import Path

from corpus_tools.structure.documents import split_documents

sys.path.insert(0, str(Path(__file__).parent))
from real_build import page_documents  # noqa: E402

PAGES = Path(__file__).parent / "real_pages" / "field20_fix"


def _roles(text: str) -> list[tuple[str, int | None]]:
    return [(s.role, s.attachment_no) for s in split_documents(text)]


# --------------------------------------------------------------------------- F20-C1: TOC entries

def test_the_cmde_guideline_is_not_filed_under_its_toc_entry():
    """The guideline (9,304 chars) was an attachment titled ``常见的统计分析方法 20``; its real 附录1 at the end
    is the only attachment now."""
    docs = page_documents(PAGES / "cmde17_toc_appendix.txt")
    assert [d.role for d in docs] == ["main", "attachment"]
    assert docs[0].title == "真实世界数据用于医疗器械临床评价技术指导原则"
    assert "本指导原则所述真实世界数据" in docs[0].text
    assert docs[1].title == "常见的统计分析方法"
    assert docs[1].text.startswith("附录1：常见的统计分析方法\n一、实效性随机对照试验的统计方法\n实效性")


def test_a_toc_entry_with_a_full_width_space_before_its_page_number():
    t = ("某某指导原则\n目　录\n一、适用范围　3\n二、基本要求　5\n附件1　申报资料清单　7\n附件2：临床试验方案模板 18\n"
         "某某指导原则\n一、适用范围\n本指导原则适用于某某产品。\n二、基本要求\n申请人应当提交资料。\n"
         "附件1　申报资料清单\n一、综述资料\n二、研究资料\n")
    assert [n for _, n in _roles(t)] == [None, 1]  # one cut: the annex at the end, none in the 目录


def test_held_out_the_last_toc_entry_over_the_title():
    t = ("某某指导原则\n目　录\n一、适用范围 3\n二、基本要求 5\n附录2：参考文献 23\n某某指导原则\n一、适用范围\n"
         "本指导原则适用于某某产品。\n二、基本要求\n申请人应当提交资料。\n")
    assert _roles(t) == [("main", None)]


def test_a_marker_whose_title_ends_in_a_figure_still_cuts():
    t = "某某办法\n第一条 为了甲，制定本办法。\n第二条 本办法自公布之日起施行。\n附件1：某某统计表 2\n一、甲。\n二、乙。\n"
    assert _roles(t) == [("main", None), ("attachment", 1)]
    t = "现将办法印发给你们。\n附件 2\n某某办法\n第一条 为了甲，制定本办法。\n第二条 乙 3\n"
    assert _roles(t)[-1] == ("attachment", 2)


# --------------------------------------------------------------------------- F20-C9: accessories

def test_the_b48_tables_are_not_cut_at_their_accessories():
    """附件1's table and 附件3's template were each cut in two (the second halves attachments with empty titles)."""
    docs = page_documents(PAGES / "cmde_b48_accessories.txt")
    assert [(d.role, d.title) for d in docs] == [("attachment", "产品规格参数表"), ("attachment", "产品技术要求模板")]
    assert "1\t头托" in docs[0].text and "应提供承重等技术指标。" in docs[1].text


def test_held_out_an_accessories_item_over_a_requirement_ending_in_a_semicolon():
    t = "附件1\n产品技术要求\n1. 性能指标\n诊断床\n应符合承重要求；\n附件\n应符合GB 9706.1的要求；\n外观\n表面整洁。\n"
    assert _roles(t) == [("attachment", 1)]


def test_real_markers_still_cut():
    t = "现将办法印发给你们，请遵照执行。\n附件\n某某管理办法\n第一条 为了规范某事，制定本办法。\n第二条 乙。\n"
    assert [r for r, _ in _roles(t)] == ["notice", "attachment"]
    t = "现将方案印发给你们，请遵照执行。\n附件1\n为落实某事，制定本方案。\n一、目标\n二、措施\n"
    assert [r for r, _ in _roles(t)] == ["notice", "attachment"]
