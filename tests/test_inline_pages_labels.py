"""A law's labels written with figures between blanks are no page furniture (field test 16, tw_laws_md).

Taiwan's laws as Markdown (chiayikawa/taiwan-laws-md) put each label on a line of its own, ``第 5 條``: a bare
number between blanks with Han on both sides, one per article, counting up, more than 150 characters apart, which
is what :func:`corpus_tools.clean.inline_pages.inline_page_furniture` takes for a PDF copy's page numbers glued
inside sentences.  Before the guard 中華民國刑法 lost 49 of 422 labels to ``第條`` and its articles merged.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.inline_pages import inline_page_furniture

PAGE = (Path(__file__).parent / "real_pages" / "tw_laws_md" / "crime_reduction_2007.md").read_text(encoding="utf-8")


def test_figure_labels_are_not_page_numbers():
    assert inline_page_furniture(PAGE) == []


def test_the_law_keeps_every_label():
    out = clean_and_explain(PAGE, source_format="md")
    labels = [line for line in out.text.splitlines() if line.startswith("第") and line.endswith("条")]
    assert labels == [f"第 {n} 条" for n in range(1, 17)], labels[:5]
    assert not any(e.rule == "site_furniture" and e.before.strip().isdigit() for e in out.edits)


def test_bare_numbers_are_never_taken_printed_shapes_are():
    """A bare number counting up between blanks is a label or a quantity as often as a page's number
    (field 14's 国家突发环境事件应急预案 numbers its sections ``　　1　总则`` … ``　　7　附则``, review 16's R16-F6):
    only a printed page number (``- 2 -``, ``Page 2``, ``第2页``, ``2/9``) is taken."""
    para = "本条例所称的市容环境卫生管理，是指对城市道路、广场、公共场所的管理。" * 5
    bare = para + "应当依法 2 办理" + para + "有关 3 部门" + para + "依照 4 规定" + para
    assert inline_page_furniture(bare) == []
    plan = "".join(f"{para}　　{n}　{head}　　{n}.1　" for n, head in enumerate(("总则", "组织指挥体系", "监测预警", "应急响应"), 1))
    assert inline_page_furniture(plan) == []
    printed = para + "应当依法 - 2 - 办理" + para + "有关 - 3 - 部门" + para
    assert [printed[a:b] for a, b in inline_page_furniture(printed)] == [" - 2 - ", " - 3 - "]
