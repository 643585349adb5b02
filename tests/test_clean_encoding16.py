"""Session 16's encoding members: damaged character references, glyph forms a font's map wrote for Han
characters, icon and bullet glyphs opening a line, Zhuyin readings that no misreading showed.

Real snippets: tests/real_pages/enc16/SOURCE.md (dolphinsci's references without their ``&``); the clean
corpus's private-use glyphs (/work/ref/DLC: 信阳南湾水库饮用水水源保护条例 ``高程103\\ue0105米``,
上海市促进科技成果转化条例 ``产业化。\\ue5f9\\ue5f9``, 河南省实施《招标投标法》办法 ``备案\\ue723``), gov.cn's
WPS paragraph mark (zhengce result.txt, field test 14: ``批复如下：\\ue004一、原则同意``).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain, codec_swap, escapes, glyph_forms, mojibake
from corpus_tools.clean.rules import BIG5_GBK_MIXUP, ESCAPED_TEXT, INVISIBLE_CHARS

ENC16 = Path(__file__).parent / "real_pages" / "enc16"


# --------------------------------------------------------------------------- references that lost a part


def test_the_real_pages_references_without_their_ampersand_are_read() -> None:
    page = (ENC16 / "dolphinsci_lost_ampersands.txt").read_text(encoding="utf-8")
    fixed, edits, _ = escapes.unescape_text(page)
    assert "#xff" not in fixed
    assert "立法研究支持：基于OCR构建法规时间序列数据库" in fixed
    assert "在立法研究与政策分析领域，一个长期存在的难题是" in fixed and "“前世今生”？从1982年首次颁布" in fixed
    assert {e.after for e in edits} == {"，", "：", "？"} and all(e.rule == ESCAPED_TEXT for e in edits)
    # and the whole pipeline: width no longer widens the ``;`` a reference ends with
    assert "；" not in clean_and_explain(page).text.split("\n")[1][:40]


@pytest.mark.parametrize(("damaged", "text"), [
    ("第一条 为了#x89c4;#x8303;管理，制定本条例。", "第一条 为了规范管理，制定本条例。"),  # lost &, hex
    ("第一条 为了#35268;#33539;管理，制定本条例。", "第一条 为了规范管理，制定本条例。"),  # lost &, decimal
    ("第一条 为了&#35268&#33539管理，制定本条例。", "第一条 为了规范管理，制定本条例。"),  # lost ;
    ("第一条 为了&#x89c4&#x8303管理，制定本条例。", "第一条 为了规范管理，制定本条例。"),
    ("第一条 为了&amp;#35268;&amp;#33539;管理，制定本条例。", "第一条 为了规范管理，制定本条例。"),  # escaped twice
    ("第一条 为了规范管理#xff0c;制定本条例。", "第一条 为了规范管理，制定本条例。"),  # one mark, inside a sentence
])
def test_damaged_references_are_read(damaged: str, text: str) -> None:
    assert escapes.unescape_text(damaged)[0] == text


@pytest.mark.parametrize("text", [
    "问题单#12345;已关闭。",  # a number after #: U+3039 is a Han-script sign, no character of text
    "第3#20013号",  # no ``;`` and no ``&``: a number
    "见第#1;条",
    "颜色#x41;",  # names ASCII
    "写作 #xff0c; 即可",  # one damaged reference alone, between blanks: a quoted example, kept
    "编号&#2001312",  # digits run on: where the number ends is unknown
    "&#x4e2dabc 的写法",  # hex letters run on
])
def test_clean_text_with_number_signs_stays(text: str) -> None:
    assert escapes.unescape_text(text)[0] == text


def test_damaged_references_scan_is_linear() -> None:
    for hostile in ("#1234" * 40_000, "&#x4e2d" * 30_000, "&amp;#" * 40_000, "#x4e2d;" * 30_000):
        t = time.process_time()
        escapes.unescape_text(hostile)
        assert time.process_time() - t < 2.0


# --------------------------------------------------------------------------- glyph forms


@pytest.mark.parametrize(("damaged", "text"), [
    ("第⼀条 为了保障⼈民群众的⽣命安全，制定本条例。", "第一条 为了保障人民群众的生命安全，制定本条例。"),  # Kangxi radicals (the brief's ⼈民)
    ("第一条 为了保障人⺠群众的生命安全，本市⻓期规划。", "第一条 为了保障人民群众的生命安全，本市长期规划。"),  # radical supplement
    ("第一条 为了保障人民群众的安全\uf967得违反。", "第一条 为了保障人民群众的安全不得违反。"),  # compatibility ideograph
    ("（⼀）⼤型项目", "（一）大型项目"),
])
def test_glyph_forms_are_read_as_their_characters(damaged: str, text: str) -> None:
    result = clean_and_explain(damaged)
    assert result.text == text
    assert {e.rule for e in result.edits} == {INVISIBLE_CHARS}


def test_a_kangxi_label_is_an_article_again() -> None:
    """``第⼀条``: the label reader sees ``第一条`` once the radical is read."""
    fixed = mojibake.remove_invisible_characters("第⼀条 为了规范管理。\n第⼆条 本条例适用于本市。\n")[0]
    assert fixed == "第一条 为了规范管理。\n第二条 本条例适用于本市。\n"


@pytest.mark.parametrize("text", [
    "部首：⼈ ⼉ ⼊ ⼋ ⼍",  # a table of radicals means them
    "⼈⼉⼊⼋、人",  # more radicals than unified characters on the line
    "한국 樂園 \uf914",  # a Korean line keeps its compatibility ideographs
    "工地的围挡高度不得低于2\ue0105米",  # the clean corpus's font decimal point
    "重大科技成果产业化。\ue5f9\ue5f9",  # and its glyphs at a line's end
    "有关行政监督部门备案\ue723",
    "现批复如下：\ue004一、原则同意修改后的",  # gov.cn's WPS paragraph mark inside a line
    "\ue5f9　明\n",  # a private-use surname in a padded name list: no label after it
    "\ue5f9某某同志",
    "就业创业类型\n\uf0a3就业 \uf0a3创业",  # a form's check boxes are boxes (mojibake's), never bullets
])
def test_clean_text_with_radicals_and_private_use_stays(text: str) -> None:
    assert [e for e in glyph_forms.glyph_form_edits(text, check_boxes=frozenset({"\uf0a3"})) if e.rule == INVISIBLE_CHARS] == []


def test_the_clean_corpus_private_use_lines_stay_through_the_rule() -> None:
    for line in ("高程103\ue0105米以上，蜈蚣岭", "产业化。\ue5f9\ue5f9\n\n利用财政性资金", "备案\ue723\n\n（一）是法人"):
        fixed, edits, _ = mojibake.remove_invisible_characters(line)
        assert fixed == line and not edits


@pytest.mark.parametrize(("damaged", "text"), [
    ("\ue600第一条 为了规范管理。\n\ue600 第二条 本条例适用于本市。\n", "第一条 为了规范管理。\n第二条 本条例适用于本市。\n"),
    ("\uf0d8 一、总体要求\n", "一、总体要求\n"),
    ("第五条 有下列情形之一的：\n\uf06c\t未经批准的；\n\uf0b7 其他情形。\n", "第五条 有下列情形之一的：\n未经批准的；\n其他情形。\n"),
    ("\uf0b7本市住房公积金的管理。\n", "本市住房公积金的管理。\n"),
])
def test_icon_and_bullet_glyphs_opening_a_line_go(damaged: str, text: str) -> None:
    fixed, edits, warnings = mojibake.remove_invisible_characters(damaged)
    assert fixed == text
    assert all("opening a line" in e.detail for e in edits)
    assert not [w for w in warnings if "private-use" in w.message]  # (what went is not counted as kept)


def test_glyph_forms_scan_is_linear() -> None:
    for hostile in ("\ue600第一条\n" * 40_000, "\uf06c" + " " * 200_000, "⼈" * 100_000 + "人" * 100_001,
                    "\uf967" * 200_000, ("\ue600" + " " * 50 + "第一" * 1000 + "\n") * 100):
        t = time.process_time()
        mojibake.remove_invisible_characters(hostile)
        assert time.process_time() - t < 4.0


# --------------------------------------------------------------------------- Zhuyin readings in big5_gbk_mixup


def test_a_zhuyin_row_is_no_gbk_read_as_big5() -> None:
    """Closing notes of session 15: ``ㄉㄤ ㄕ ㄖㄣ`` was read back as ``享其 佰 併具``."""
    text = "ㄉㄤ ㄕ ㄖㄣ\n当事人\n"
    assert codec_swap.fix_big5_gbk_mixup(text) == (text, [], [])


def test_bracketed_zhuyin_readings_are_not_warned_of_and_ruby_reads_them() -> None:
    text = "第一条 当(ㄉㄤ)事人应当(ㄉㄤ)遵守本条例，不(ㄅㄨ)得违反。\n"
    assert codec_swap.fix_big5_gbk_mixup(text) == (text, [], [])
    assert clean_and_explain(text).text == "第一条 当事人应当遵守本条例，不得违反。\n"


def test_a_misreadings_bopomofo_is_still_read_back() -> None:
    """GBK ``（五）学生自杀`` read by a Big5 reader: its bopomofo stand among the stretch's characters."""
    damaged = "（五）学生自杀".encode("gbk").decode("big5")
    fixed, edits, _ = codec_swap.fix_big5_gbk_mixup(f"第一条 {damaged}、自伤的。")
    assert fixed == "第一条 （五）学生自杀、自伤的。" and edits[0].rule == BIG5_GBK_MIXUP
