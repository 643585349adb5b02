"""Ruby readings in HTML markup other than ``<rt>``, readings before their characters, wrapped
groups: the members of the ruby family added in session 13 (ruby13), with negative cases.

Positive snippets carry the text of seed 004 (``raw/004_1a32719b4d74e475.txt``, the real
ruby page) in the new clothes; the ``<ruby>`` shapes are those of real pages quoted in the
tests' comments.
"""

from __future__ import annotations

import time

import pytest

from corpus_tools.clean.ruby import remove_ruby_pinyin
from corpus_tools.ingest import html_to_text


def body(html: str) -> str:
    return html_to_text(html)[0]


# --------------------------------------------------------------------------- HTML shapes


@pytest.mark.parametrize(
    "html, want",
    [
        # seed 004's line 3 with its readings in superscripts (a site's own ruby without <rt>)
        ("<p>為深<sup>shēn</sup>入<sup>rù</sup>實施工業互<sup>hù</sup>聯<sup>lián</sup>網</p>", "為深入實施工業互聯網\n"),
        # ... in spans with a class, toneless
        ('<p>推動<span class="py">dong</span>工業互聯<span class="py">lian</span>網賦能</p>', "推動工業互聯網賦能\n"),
        # ... words' readings in spans (one after a bold word); three words give the consensus
        ('<p><b>工業</b><span class="pinyin">gōng yè</span>互聯網<span class="pinyin">hù lián wǎng</span>創新<span class="pinyin">chuàng xīn</span></p>',
         "工業互聯網創新\n"),
        # <ruby> with several rb/rt pairs (a real page's shape: Lawlighty/Topics day86, 茕茕孑立)
        ('<p><ruby class="spz"><rb>茕</rb><rt>qióng</rt><rb>茕</rb><rt>qióng</rt><rb>孑</rb><rt>jié</rt><rb>立</rb><rt>lì</rt></ruby></p>', "茕茕孑立\n"),
        # a word-level <ruby> with full-width <rp> (the 注音 markup of a wiki: <ruby>测试<rt>cè shì</rt></ruby>)
        ("<p><ruby><rb>馬鞍山</rb><rp>（</rp><rt>mǎ ān shān</rt><rp>）</rp></ruby>市</p>", "馬鞍山市\n"),
    ],
)
def test_readings_in_markup_go_at_ingest(html, want):
    assert body(html) == want


@pytest.mark.parametrize(
    "html, want",
    [
        ("<p>面积为5m<sup>2</sup>，见注<sup>1</sup></p>", "面积为5m2，见注1\n"),  # units and footnote marks
        ("<p>平台<i>APP</i>和<em>Internet</em>服务</p>", "平台APP和Internet服务\n"),  # Latin that reads nothing
        ("<p>第三款<sup>a</sup>项</p>", "第三款a项\n"),  # a letter that reads no character before it
        ("<p>马<sup>mǎ</sup>鞍山</p>", "马mǎ鞍山\n"),  # one reading on a page: no consensus, kept
        ("<p>中国<span class='py'>zhōng guó</span>，中国<span class='py'>zhōng guó</span></p>",
         "中国zhōng guó，中国zhōng guó\n"),  # one word glossed again and again: a gloss, kept
        ("<p>根据<span>Law</span>和<span>Act</span>规定</p>", "根据Law和Act规定\n"),
    ],
)
def test_markup_that_is_no_reading_stays(html, want):
    assert body(html) == want


def test_markup_readings_are_recorded():
    _, meta = html_to_text("<p>第<sup>dì</sup>二<sup>èr</sup>条</p>")
    assert meta["ruby_readings"] == {"count": 2, "first": ["第(dì)", "二(èr)"]}


# --------------------------------------------------------------------------- text members


def test_wrapped_group_goes_with_its_wrap():
    raw = "推動工業互聯\n(lian)網賦能智造名城建設\n（she）,促進工業轉型升級"
    text, edits, _ = remove_ruby_pinyin(raw)
    assert text == "推動工業互聯網賦能智造名城建設,促進工業轉型升級"
    assert [e.before for e in edits] == ["\n(lian)", "\n（she）"]


def test_readings_before_their_characters():
    raw = "(wèi)為深入實施工業(hù)互(lián)聯網"
    text, edits, warnings = remove_ruby_pinyin(raw)
    assert text == "為深入實施工業互聯網"
    assert warnings == []  # 業(hù) looked like a kept group until it was read ahead


def test_reading_ahead_needs_consensus():
    for raw in ("附件(a)啊", "分为(A)类、(B)级", "(zhōng guó)中国"):
        assert remove_ruby_pinyin(raw)[0] == raw


# --------------------------------------------------------------------------- linear scans

HOSTILE = ["(a)", "(ma)马", "(mǎ)马(ān)鞍", "马\n(ma)", "中(zhong guo)", "(a a a a a a)阿阿阿阿阿阿阿阿", "中华人民共和国(zhonghuarenmingongheguo)"]


@pytest.mark.parametrize("pattern", HOSTILE)
def test_ruby_rule_is_linear(pattern):
    """200,000 characters of each shape well under the bound (a lookahead after a repeated
    group was quadratic on ``(a)`` * N before it was checked apart)."""
    text = pattern * (200_000 // len(pattern))
    start = time.process_time()
    remove_ruby_pinyin(text)
    assert time.process_time() - start < 10


@pytest.mark.parametrize("pattern", ["阿<sup>a</sup>", "<span>阿<sup>a</sup></span>", "中国<span class=py>zhong guo</span>"])
def test_markup_readings_are_linear(pattern):
    html = "<p>" + pattern * (200_000 // len(pattern)) + "</p>"
    start = time.process_time()
    html_to_text(html)
    assert time.process_time() - start < 10


def test_readings_without_brackets_need_most_of_the_page():
    """Three stuck readings on a page whose letters stuck to Han are mostly acronyms stay (BARE_SHARE)."""
    raw = "第dì二èr条tiáo，投资A股，做B超，用X射线，按ISO和GB，做CT和MRI"
    assert remove_ruby_pinyin(raw)[0] == raw
    assert remove_ruby_pinyin("第dì二èr条tiáo，A股")[0] == "第二条，A股"


@pytest.mark.parametrize("pattern", ["第dì", "中ISO", "中a1", "马mǎ鞍ān山shān"])
def test_stuck_readings_scan_is_linear(pattern):
    text = pattern * (200_000 // len(pattern))
    start = time.process_time()
    remove_ruby_pinyin(text)
    assert time.process_time() - start < 10


def test_stray_ruby_text_goes():
    """``<rt>`` without its ``<ruby>`` (an editor lost the wrapper) is ruby text all the same."""
    text, meta = html_to_text("<p>馬<rt>mǎ</rt>鞍<rp>(</rp><rt>ān</rt><rp>)</rp>山<ruby>市<rt>shì</rt></ruby></p>")
    assert text == "馬鞍山市\n"
    assert meta["ruby_readings"]["count"] == 3
