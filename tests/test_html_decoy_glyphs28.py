"""Anti-copy decoy characters hidden by CSS other than ``display:none`` (session 28; set 10's
``h10_layout_decoy_glyphs`` hides them with ``display:none``, which was read already): anti-scraping themes scatter
common characters through the text in elements that the page's stylesheet, or their own ``style``, keeps out of sight
by any technique: no size (``font-size:0``), off screen, transparent."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.ingest import ingest_bytes

LAW = ("第二条 本市行政区域内城市供水及其相关管理活动，适用本条例。", "第三条 市人民政府应当加强对城市供水工作的领导。")


def _page(head: str, hide: str) -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>某市城市供水条例</title>{head}</head><body>'
            '<div class="content"><h1>某市城市供水条例</h1>'
            f'<p>第一条 为了加强城市<span {hide}>的</span>供水管理，保障供<span {hide}>民</span>水安全，制定本条例。</p>'
            f'<p>第二条 本市行政区域内城<span {hide}>得</span>市供水及其相关管理活动，适用<span class="x3k">本</span>条例。</p>'
            '<p>第三条 市人民政府应当加强对城市供水工作的领导。</p></div></body></html>').encode("utf-8")


def _text(data: bytes) -> str:
    return clean_and_explain(ingest_bytes(data, "page.html").text).text


@pytest.mark.parametrize("css", ["font-size:0", "font-size:0px;line-height:0", "position:absolute;left:-9999px", "opacity:0"])
def test_decoys_in_a_class_the_sheet_hides_go(css):
    out = _text(_page(f"<style>.k3{{{css}}} .x3k{{color:inherit}}</style>", 'class="k3"'))
    assert "第一条 为了加强城市供水管理，保障供水安全，制定本条例。" in out
    assert all(line in out for line in LAW)


@pytest.mark.parametrize("css", ["font-size:0", "opacity:0", "color:transparent"])
def test_decoys_in_their_own_style_go(css):
    out = _text(_page("", f'style="{css}"'))
    assert "第一条 为了加强城市供水管理，保障供水安全，制定本条例。" in out
    assert all(line in out for line in LAW)


def test_shown_spans_stay():
    out = _text(_page("<style>.k3{font-size:14px;color:#333}</style>", 'class="k3"'))
    assert "第一条 为了加强城市的供水管理，保障供民水安全，制定本条例。" in out
