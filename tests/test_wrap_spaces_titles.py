"""Spaces that are a title's own separators, read as PDF line wraps (field test 20, F20-A1).

The family: a page's spaces between Chinese characters happen to recur at one distance (the "print width" of
:mod:`corpus_tools.clean.wrap_spaces`), and spaces that are content are removed as wraps.  The evidence that
they are content is structural:

* variant 1: a standard's title after its number in a 参考文献 list, ``[1]YY/T 0965，《无源外科植入物 人工韧带专用要求》``
  (cmde.org.cn 人工韧带 guideline, tests/real_pages/field20/cmde_rengong_rendai_refs.txt, cut from
  Snoopy1866/guidelines-crawler's .docx as corpus-tools ingested it; /work/field20/repro_min/SOURCE.md);
* variant 2: a standard's part label, ``《医疗器械生物学评价 第 3 部分：遗传毒性…》``;
* variant 3: a Word document (page format ``docx``): its text flows, it has no printed lines at all;
* variant 4 (held out until the rule was done): an inline standard reference with a year and a comma,
  ``GB/T 42061-2022, 医疗器械 质量管理体系 用于法规的要求`` (cmde_guidelines_b/b49, 移动医疗器械 guideline).

Negative side: a PDF page's wraps inside words still go (tests/test_clean_wrap_spaces.py holds those pages).
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.wrap_spaces import wrap_spaces

FIELD20 = Path(__file__).parent / "real_pages" / "field20"


def _refs() -> str:
    return (FIELD20 / "cmde_rengong_rendai_refs.txt").read_text(encoding="utf-8")


def test_standard_titles_of_a_reference_list_keep_their_spaces():
    text = _refs()
    assert wrap_spaces(text) == []
    out = clean_and_explain(text, rules=["cjk_spaces"]).text
    for title in ("《无源外科植入物 人工韧带专用要求》", "《医疗器械生物学评价 第 3 部分：", "《无源外科植入物 通用要求》",
                  "《医疗器械生物学评价 第 11 部分："):
        assert title in out, title


def test_a_word_page_has_no_pdf_wraps():
    line = "推进医保基金即时结算改革是贯彻落实党的二十届三中全会精 神的具体举措，有助于进一步优化医保基金结算运行管理机制，提高 结算效率。"
    page = "\n".join([line] * 6)
    assert len(wrap_spaces(page)) == 12  # the same text as a PDF's text layer: its wraps go
    assert wrap_spaces(page, source_format="docx") == []
    result = clean_and_explain(page, source_format="docx")
    assert "精 神" in result.text and "提高 结算" in result.text


def test_part_label_space_is_a_title_element():
    """A page whose spaces recur every 60 columns: its wraps go, the one before ``第3部分`` stays."""
    a = "本指导原则适用于人工韧带产品的注册申报，申请人应当参照医疗器械生物学评价"[:30]
    b = "第3部分开展遗传毒性试验，并按照相关标准的要求提交资料，同时说明理由和依据"[:30]
    d = "开展遗传毒性试验和体外细胞毒性试验，并按照相关标准的要求提交资料，同时说明"[:30]
    c = "申请人还应当提交产品的技术要求和检验报告，并对其真实性负责和承担责任的说"[:30]
    page = "\n".join([f"{a} {b} {c}。"] * 2 + [f"{a} {d} {c}。"] * 6)
    edits = wrap_spaces(page)
    assert len(edits) == 14
    assert [e for e in edits if page[e.end:e.end + 1] == "第"] == []


def test_held_out_inline_standard_reference_with_year():
    """Variant 4, run once the rule was done (not tuned on): the b49 reference list's entries."""
    entries = [
        "GB/T 42061-2022, 医疗器械 质量管理体系 用于法规的要求",
        "GB/T 32927-2016, 信息安全技术 移动智能终端安全架构",
        "GB 9706.1-2020 医用电气设备 第1部分：基本安全和基本性能的通用要求",
    ]
    page = "\n".join(f"[{i}] {entry}" for i, entry in enumerate(entries * 4, 1))
    assert wrap_spaces(page) == []
    assert clean_and_explain(page, rules=["cjk_spaces"]).text == page
