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


# --------------------------------------------------------------------------- more routes


def test_utf8_shown_as_latin1_then_read_as_gbk_is_read_back() -> None:
    """``盲赂颅忙聳聡`` for ``中文``: UTF-8 read as Latin-1, saved as UTF-8, read as GBK."""
    damaged = "为了规范管理，制定本条例".encode().decode("latin-1").encode().decode("gbk")
    result = clean_and_explain(f"第一条 {damaged}。\n")
    assert result.text == "第一条 为了规范管理，制定本条例。\n"
    assert any(e.rule == "utf8_as_gbk" and "latin-1" in e.detail for e in result.edits)


@pytest.mark.parametrize("text", ["路路通每毛冒贸没有", "茫茫草原，忙碌的猫，茂密的森林路旁。"])
def test_clean_text_of_those_characters_stays(text: str) -> None:
    assert clean_and_explain(text).text == text


def test_gbk_shown_by_a_japanese_reader_is_read_back() -> None:
    damaged = "为了保障人民群众的安全".encode("gbk").decode("cp932")
    result = clean_and_explain(f"第一条 {damaged}，制定本条例。\n")
    assert result.text == "第一条 为了保障人民群众的安全，制定本条例。\n"
    assert [e.rule for e in result.edits] == [BIG5_GBK_MIXUP]


def test_a_japanese_line_with_half_width_katakana_stays() -> None:
    for text in ("ｶﾀｶﾅのテキストです。ﾃｽﾄ用のﾃﾞｰﾀ", "価格：ｾｰﾙ中 ｱｲﾃﾑ一覧"):
        assert clean_and_explain(text).text == text


def test_utf8_read_as_gbk_then_shown_as_latin1_is_read_back_through_both() -> None:
    """``涓轰簡…`` (UTF-8 read as GBK) saved as UTF-8 and shown by Latin-1: ``æ¶\\x93è½°…``; its C1 controls
    were removed by ``invisible_chars`` before, and the evidence with them."""
    damaged = "为了规范管理，制定本条例".encode().decode("gbk").encode().decode("latin-1")
    result = clean_and_explain(f"第一条 {damaged}。\n")
    assert result.text == "第一条 为了规范管理，制定本条例。\n"
    assert [e.rule for e in result.edits] == ["latin1_mojibake"]


def test_latin_text_of_a_code_page_stays() -> None:
    text = "Café Müller, São Paulo; 5×3 m²，温度 20°C。Ærø Ôß Ñandú\n"
    assert clean_and_explain(text).text == text


# --------------------------------------------------------------------------- the page's own readings


def test_the_real_mac_cyrillic_page_reads_its_short_stretches_by_its_own_readings() -> None:
    page = (ENC16 / "zhengce_mac_cyrillic.txt").read_text(encoding="utf-8")
    fixed = clean_and_explain(page).text
    assert not any("\u0400" <= ch <= "\u04ff" for ch in fixed)
    assert "第　622　号" in fixed and "总　 理　" in fixed and "二○一二年六月二十八日" in fixed
    assert "第一条　为了创造无障碍环境" in fixed


def test_a_short_stretch_alone_stays_without_the_pages_readings() -> None:
    """``第　622　号`` shown by Mac OS Cyrillic on a page with no other reading: no proof, kept."""
    text = "第　622　号".encode().decode("mac_cyrillic") + "\n"
    assert clean_and_explain(text).text == text


def test_russian_text_on_a_page_of_readings_stays() -> None:
    shown = "本条例自2012年8月1日起施行。".encode().decode("mac_cyrillic")
    page = "\n".join([shown] * 3 + ["Москва — столица России.", "Закон вступает в силу."]) + "\n"
    fixed = clean_and_explain(page).text
    assert fixed.endswith("Москва — столица России.\nЗакон вступает в силу.\n")
    assert fixed.startswith("本条例自2012年8月1日起施行。\n")


# --------------------------------------------------------------------------- Central European Windows (cp1250)


def _cp1250(byte: int) -> str:
    """What a browser shows for ``byte`` by cp1250 (a byte it leaves undefined as the C1 control of that number)."""
    try:
        return bytes((byte,)).decode("cp1250")
    except UnicodeDecodeError:
        return chr(byte)


@pytest.mark.parametrize("law", ["为了规范管理，制定本条例", "为了稳定和完善农业承包合同"])
@pytest.mark.parametrize("writer", ["utf-8", "gbk"])
def test_chinese_shown_by_cp1250_is_read_back(law: str, writer: str) -> None:
    """Public repositories show UTF-8 Chinese read by cp1250 (``ä˝ ĺĄ˝ďĽŚčż™ćŻä¸€ä¸Ş…``, a README, search index of
    session 16); GBK read so is the same code page's other member."""
    damaged = "".join(_cp1250(b) for b in law.encode(writer))
    assert clean_and_explain(f"第一条 {damaged}。\n").text == f"第一条 {law}。\n"


@pytest.mark.parametrize("text", [
    "Zażółć gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy.\n",
    "Ústav České republiky, § 12 odst. 3; Łódź, Kraków – ul. Świętokrzyska\n",
    "《中华人民共和国和波兰共和国关于民事和刑事司法协助的协定》（Umowa między Rzecząpospolitą Polską a ChRL）\n",
])
def test_central_european_text_stays(text: str) -> None:
    assert clean_and_explain(text).text == text


def test_a_questions_closing_quote_is_no_misread_stretch() -> None:
    """dolphinsci (field 15b), once its references are read: ``“前世今生”？从1982年`` became ``“前世今生。其从``
    (a Big5 trail byte "lost" between the quote and the mark)."""
    page = (ENC16 / "dolphinsci_lost_ampersands.txt").read_text(encoding="utf-8")
    fixed = clean_and_explain(page).text
    assert "“前世今生”？从1982年首次颁布" in fixed
    assert mojibake.fix_gbk_misalignment("法律条文的“前世今生”？从1982年\n")[1] == []
