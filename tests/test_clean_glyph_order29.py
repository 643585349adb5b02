"""The glyph stream is right, its order or count is not (glyph29): three mechanisms and their families.

* **one glyph per line** (:mod:`corpus_tools.clean.glyph_lines`, in ``escaped_text``): a vertical page's text layer,
  a letter-positioned PDF, ``<br>`` after every character, lines of two glyphs; the labels the lines cut prove it;
* **glyphs drawn twice or three times** (:mod:`corpus_tools.clean.overprint`, in ``invisible_chars``): fake bold,
  overprinted headings; a label, a title, or a page that shows the pattern proves it; real doubles stay;
* **text stored reversed under bidi controls** (:mod:`corpus_tools.clean.bidi_order`, in ``invisible_chars``): the
  order a browser displays, for closed and open overrides, nested controls, mirrored brackets.
"""

from __future__ import annotations

import time

import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.bidi_order import bidi_order_edits, reversed_line_edits
from corpus_tools.clean.glyph_lines import glyph_line_edits
from corpus_tools.clean.overprint import overprint_edits
from corpus_tools.ingest import ingest_bytes

LAW = """上海市住房公积金管理若干规定

第一章 总则

第一条 为了加强本市住房公积金的管理，维护住房公积金所有者的合法权益，制定本规定。

第二条 上海市住房公积金管理委员会是本市住房公积金管理的决策机构。

本市住房公积金的管理和使用依法接受监督。

第二章 缴存

第三条 住房公积金由国家机关、国有企业及其在职职工缴存。

第四条 本规定自2005年1月1日起施行。
"""


def vertical(text: str, width: int = 1) -> str:
    """Every non-blank line cut into lines of ``width`` characters, blank lines kept (a vertical page's copy)."""
    out = []
    for line in text.split("\n"):
        out.append("\n".join(line[i:i + width] for i in range(0, len(line), width)) if line else "")
    return "\n".join(out)


def overprinted(text: str, copies: int = 2, labels_only: bool = False) -> str:
    """Titles and headings drawn ``copies`` times; article labels too (only them with ``labels_only``)."""
    out = []
    for line in text.split("\n"):
        if line.startswith("第") and "条 " in line[:8]:
            label, rest = line.split(" ", 1)
            out.append("".join(c * copies for c in label) + " " + rest)
        elif line and not labels_only and "。" not in line:
            out.append("".join(c if c.isspace() else c * copies for c in line))
        else:
            out.append(line)
    return "\n".join(out)


# --------------------------------------------------------------------------- one glyph per line


def test_the_law_is_clean_and_stays():
    assert clean(LAW) == LAW


@pytest.mark.parametrize("width", [1, 2])
def test_a_vertical_page_reads_as_the_law(width):
    page = vertical(LAW, width)
    assert clean(page) == LAW
    edits = [e for e in clean_and_explain(page).edits if e.rule == "escaped_text"]
    assert edits and all("one glyph per line" in e.detail for e in edits)


def test_a_double_spaced_copy_of_one_glyph_per_line():
    # (a blank line after every line, blank ones too: 2k + 1 blank lines stand for k)
    assert clean(vertical(LAW).replace("\n", "\n\n")).rstrip("\n") == LAW.rstrip("\n")


def test_crlf_line_ends():
    assert clean(vertical(LAW).replace("\n", "\r\n")) == LAW


def test_br_after_every_character():
    body = "".join(f"<p>{'<br>'.join(line)}</p>\n" for line in LAW.split("\n") if line)
    page = ingest_bytes(f"<html><body>{body}</body></html>".encode(), "v.html")
    text = clean_and_explain(page.text, source_format=page.format).text
    # (the HTML's paragraphs and its spaces are lost to ingest's own reading of ``<br>`` and ``<p>``: the labels
    # give the lines back)
    lines = text.split("\n")
    assert "第一条为了加强本市住房公积金的管理，维护住房公积金所有者的合法权益，制定本规定。" in lines
    assert "第四条本规定自2005年1月1日起施行。" in lines


@pytest.mark.parametrize("text", [
    "表一\n是\n否\n是\n否\n是\n\n第一条 本规定适用于本市。\n",             # a table's column of 是/否
    "甲\n乙\n丙\n丁\n戊\n\n一\n二\n三\n四\n",                                   # lists of one character a line
    "目录\n第一章\n第二章\n第三章\n\n第一条 本规定适用于本市。\n",             # a table of contents: whole labels
    "床\n前\n明\n月\n光\n\n疑\n是\n地\n上\n霜\n",                               # a poem set glyph by glyph, no label
    "第\n一\n条\n \n本规定适用于本市。\n",                                      # one cut label only: no pattern
])
def test_one_character_lines_without_the_pattern_stay(text):
    assert glyph_line_edits(text) == []


# --------------------------------------------------------------------------- glyphs drawn twice


@pytest.mark.parametrize("copies", [2, 3])
@pytest.mark.parametrize("labels_only", [False, True])
def test_an_overprinted_page_reads_as_the_law(copies, labels_only):
    assert clean(overprinted(LAW, copies, labels_only)) == LAW


def test_a_doubled_title_alone_is_proven_by_its_kind():
    assert clean(overprinted(LAW.split("\n", 1)[0]) + "\n" + LAW.split("\n", 1)[1]) == LAW


@pytest.mark.parametrize("text", [
    "第一条 公民应当常常学习法律，人人遵守，天天向上，个个争先，谢谢。\n",
    "第二条 告知内容应当清清楚楚、明明白白，做到家家户户知晓。\n",
    "第三条 罚款2200元，编号1100-3344。\n",
    "第四条 高高兴兴上班，平平安安回家。\n",
    "谢谢谢谢\n",                                                                  # a line of real doubles, too short
    "第五条 本规定所称住住房房公公积积金金，是指。\n",                           # a doubled phrase, no pattern on the page
    "哈哈哈哈哈哈\n嘿嘿嘿嘿嘿嘿嘿嘿\n第六条 好好好好好好学习。\n",                # one glyph typed many times, on lines
])
def test_real_doubles_stay(text):
    assert overprint_edits(text) == []
    assert clean(text) == text


# --------------------------------------------------------------------------- reversed under bidi controls


@pytest.mark.parametrize("closed", [True, False])
def test_a_brand_stored_backwards_is_read_forwards(closed):
    stored = "网官宫皇利永"[::1]
    page = LAW.replace("管理的决策", "管理\u202e" + stored + ("\u202c" if closed else "") + "的决策")
    result = clean_and_explain(page)
    assert "网官宫皇利永" not in result.text
    assert any(e.rule == "invisible_chars" and "永利皇宫官网" in e.after for e in result.edits)


def test_nested_controls_and_mirrored_brackets():
    assert [e.after for e in bidi_order_edits("甲\u202e丙\u202d(乙)\u202c\u202c丁")] == ["(乙)丙"]
    assert [e.after for e in bidi_order_edits("见\u202e)moc.ab(\u202c。")] == [")ba.com("]  # stored mirrored: shown so
    assert [e.after for e in bidi_order_edits("见\u202e《例条》\u202c。")] == ["《条例》"]  # mirrored glyphs (L4)


@pytest.mark.parametrize("text", [
    "第一条\u202b为了规范，\u202c制定本条例。",      # an embedding shows left-to-right text in its order
    "第二条\u2067本市\u2069的规定。",                  # an isolate too
    "第三条 名称\u202eשלום\u202c适用。",               # a Hebrew word: the writer's order
    "第四条 本条例自公布之日起施行。",
])
def test_controls_that_change_no_order_are_only_removed(text):
    assert bidi_order_edits(text) == []


def test_the_displayed_string_is_a_finding():
    page = LAW.replace("管理的决策", "管理\u202e网官宫皇利永\u202c的决策")
    warnings = [w for w in clean_and_explain(page).warnings if w.rule == "invisible_chars"]
    assert any("bidi override" in w.message and "永利皇宫官网" in w.message for w in warnings)


def test_lines_stored_reversed_without_controls():
    page = "\n".join(line[::-1] if line.startswith(("第", "上海")) else line for line in LAW.split("\n"))
    assert "条一第" in page
    text = clean(page)
    for line in ("上海市住房公积金管理若干规定", "第一章 总则", "第二章 缴存",
                 "第一条 为了加强本市住房公积金的管理，维护住房公积金所有者的合法权益，制定本规定。",
                 "第四条 本规定自2005年1月1日起施行。", "本市住房公积金的管理和使用依法接受监督。"):
        assert line in text.split("\n")


@pytest.mark.parametrize("text", [
    "第一条 见下表：\n条一第\n",                     # one reversed label: no pattern
    LAW,
])
def test_no_reversed_lines_without_the_pattern(text):
    from corpus_tools.clean.bidi_order import reversed_line_edits

    assert reversed_line_edits(text) == []


# --------------------------------------------------------------------------- linear on hostile input


@pytest.mark.parametrize("scan, unit", [
    (glyph_line_edits, "第\n一\n条\n \n为\n"),
    (glyph_line_edits, "第一\n条 \n为\n\n"),
    (overprint_edits, "第第一一条条 住住房房公公积积金金"),
    (overprint_edits, "上上海海市市住住房房"),
    (overprint_edits, "甲甲甲乙乙丙丙丙丁丁"),
    (bidi_order_edits, "甲\u202e乙丙\u202c"),
    (bidi_order_edits, "甲\u202d\u202e\u2067乙\u202b"),
    (reversed_line_edits, "。行施起日之布公自例条本 条一第\n"),
])
def test_scans_are_linear(scan, unit):
    from tests.timing import small_and_large

    small, large = small_and_large(scan, unit)
    assert large < 20 * small + 0.5, (small, large)


def test_many_open_overrides_on_a_line_are_bounded():
    started = time.process_time()
    bidi_order_edits("甲乙\u202e丙丁" * 5_000)
    assert time.process_time() - started < 30
