"""Named character references left on a page read as HTML or Markdown (its site escaped them twice) are read
once more by ``escaped_text``; on a plain-text page, and for the references of markup, they stay and validation's
``html_entity_residue`` names them (closing 14, "Left undone": named entities only flagged).

Real page: tests/real_pages/field12_findings/ljz060707_shanghai_gaozhong_zhaosheng_paras.html (``&amp;ldquo;``).
"""

from __future__ import annotations

import time

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.escapes import unescape_text
from corpus_tools.ingest import ingest_bytes
from tests.real_build import REAL

PAGE = REAL / "field12_findings" / "ljz060707_shanghai_gaozhong_zhaosheng_paras.html"


def test_the_real_page_escaped_twice_reads_its_quotes():
    page = ingest_bytes(PAGE.read_bytes(), PAGE.name)
    assert page.format == "html" and "试点&ldquo;探索" in page.text  # what the reader gives (and the browser shows)
    result = clean_and_explain(page.text, source_format=page.format)
    assert "试点“探索建立拔尖创新人才培养基地”项目" in result.text and "（以下简称“名额分配”）" in result.text
    replaced = [(e.before, e.after) for e in result.edits if e.rule == "escaped_text"]
    assert replaced == [("&ldquo;", "“"), ("&rdquo;", "”")] * 2


@pytest.mark.parametrize("fmt", ["html", "markdown"])
@pytest.mark.parametrize("text, expected", [
    ("第一条&nbsp;&nbsp;为了规范管理&mdash;&mdash;制定本办法&hellip;&hellip;", "第一条\xa0\xa0为了规范管理——制定本办法……"),
    ("温度&ge;30&deg;C时；金额&times;2；&lsquo;甲&rsquo;与&lsquo;乙&rsquo;", "温度≥30°C时；金额×2；‘甲’与‘乙’"),
])
def test_blind_variants_are_read(fmt, text, expected):
    assert unescape_text(text, source_format=fmt)[0] == expected


@pytest.mark.parametrize("text", [
    "使用&lt;p&gt;标签和&amp;符号，&quot;引号&quot;与&apos;单引号&apos;",  # markup's own: a text about HTML quotes them
    "试点&ldquo 探索&rdquo项目；&nbsp 无分号；&ldquox;",  # incomplete or unknown references
    "空格在HTML中写作&nbsp;。",  # the page's only short run: a quoted example, kept (with a warning)
    "AT&T 与 R&D 合作；符号 & 连接",
])
def test_what_stays_on_an_html_page(text):
    assert unescape_text(text, source_format="html")[0] == text


def test_plain_text_keeps_every_named_reference_but_quote_pairs():
    """Plain text keeps its named references, but a ``&ldquo;…&rdquo;`` pair around Chinese text (marks19, session
    19: no Chinese text writes the pair as its own words; LawBench's judgments)."""
    text = "试点&ldquo;探索&rdquo;项目&mdash;&mdash;第二期"
    for decoded in (unescape_text(text)[0], unescape_text(text, source_format="text")[0]):
        assert decoded == "试点“探索”项目&mdash;&mdash;第二期"
    dashes = "项目&mdash;&mdash;第二期"
    assert unescape_text(dashes, source_format="text")[0] == dashes


def test_linear_on_hostile_input():
    hostile = "&ldquo" * 40_000 + "&" * 100_000 + "&nbsp;" * 10_000
    start = time.process_time()
    unescape_text(hostile, source_format="html")
    assert time.process_time() - start < 2.0


def test_numeric_references_of_signs_on_an_html_page():
    text = "规定&#8220;一窗受理&#8221;和&#8216;一次办好&#8217;"
    assert unescape_text(text, source_format="html")[0] == "规定“一窗受理”和‘一次办好’"
    assert unescape_text(text)[0] == text  # a plain-text page: kept (html_entity_residue names them)
    for kept in ("使用&#60;p&#62;标签与&#38;符号", "高程2&#xE010;5米与3&#xE010;5米"):  # markup's own; a font's glyph
        assert unescape_text(kept, source_format="html")[0] == kept
