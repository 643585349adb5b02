"""Code points that carry no text (clean/textless.py), Word's field instructions (clean/field_codes.py) and
Word's manual line break (mojibake._manual_line_break): session 18, enc18.

Real snippets are copied with their source named; the others are the members enc18 wrote in words before
the code (/work/notes/enc18/blind.md) put on sentences of the clean corpus.
"""

from __future__ import annotations

import time

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.field_codes import field_code_edits
from corpus_tools.clean.textless import MARK_MESSAGE, OBJECT_MESSAGE, textless_edits

LAW = "第十三条 学生伤害事故发生后，学校应当在二十四小时内将有关情况报告学校所在地的区教育行政部门。\n"


def _clean(text: str) -> str:
    return clean_and_explain(text).text


# --------------------------------------------------------------------------- variation selectors


@pytest.mark.parametrize("selector", ["\ufe00", "\ufe01", "\ufe0e", "\ufe0f", "\U000e0100", "\U000e01ef"])
def test_a_selector_after_a_han_character_or_a_mark_goes(selector: str) -> None:
    assert _clean(LAW[:8] + selector + LAW[8:]) == LAW
    assert _clean(LAW[:14] + selector + LAW[14:]) == LAW  # after ，
    assert _clean(LAW.replace("二十四", "24" + selector)) == LAW.replace("二十四", "24")


def test_an_emoji_keeps_its_presentation_selector() -> None:
    """Real: field 16, laosheng_md/duben1.md line 237 (a site's emoji menu): every VS16 follows an emoji."""
    line = "🗄️📃📑☸️♎⚖️🌅☀️📕📘📗📙📖🖨️\n"
    assert textless_edits(line) == ([], [])
    assert "⚖\ufe0f" in _clean(LAW + "\n" + line)  # (other rules take the supplementary-plane pictures)


def test_a_keycap_keeps_its_selector() -> None:
    text = "联系方式：1\ufe0f\u20e3 电话咨询；2\ufe0f\u20e3 网上咨询。\n"
    assert textless_edits(text) == ([], [])


# --------------------------------------------------------------------------- U+FFFC, U+2800, noncharacters


def test_an_objects_stand_in_goes_with_a_warning() -> None:
    result = clean_and_explain("\ufffc" + LAW[:20] + "\ufffc" + LAW[20:] + "\ufffc\n" + LAW)
    assert result.text == LAW + LAW
    assert [w.message for w in result.warnings].count(OBJECT_MESSAGE) == 3


def test_braille_blanks_go_on_a_page_without_braille_and_stay_in_braille() -> None:
    assert _clean("\u2800\u2800（九）不可抗力造成的；\n" + LAW) == "（九）不可抗力造成的；\n" + LAW
    braille = "盲文示例：⠁⠃\u2800⠉⠙\n"
    assert _clean(braille + LAW) == braille + LAW


def test_a_swapped_bom_at_a_lines_start_goes() -> None:
    assert _clean("\ufffe" + LAW) == LAW
    assert _clean(LAW + "\ufffe" + LAW) == LAW + LAW


def test_a_pdf_fonts_hyphen_as_fffe_is_a_hyphen() -> None:
    """Real: field 16, samiux_gazette_pdf/cs220202449139.pdf (Hong Kong gazette, English), four hyphens as U+FFFE;
    the build of session 18's first version glued them (``firstmentioned``)."""
    for line, read in [("beneficial interest under the first\ufffementioned trust.", "first-mentioned"),
                       ("if the service is available to an end\ufffeuser in Hong Kong", "end-user"),
                       ("accepts monetary or non\ufffemonetary rewards", "non-monetary"),
                       ("that the office\ufffebearer or person has failed", "office-bearer")]:
        assert read in _clean(line + "\n")


@pytest.mark.parametrize("nonchar", ["\ufffe", "\uffff", "\ufdd0", "\U0010ffff"])
def test_other_noncharacters_inside_a_line_stay(nonchar: str) -> None:
    """Nothing says what they stood for: a PDF font's map wrote U+FFFE for a hyphen on a real page (above)."""
    damaged = LAW[:8] + nonchar + LAW[8:]
    assert _clean(damaged) == damaged


# --------------------------------------------------------------------------- combining marks


def test_a_stylers_underline_goes_and_a_strike_stays_with_a_warning() -> None:
    underlined = "".join(c + "\u0332" for c in "区教育行政部门")
    assert _clean(LAW.replace("区教育行政部门", underlined)) == LAW
    struck = LAW.replace("二十四", "二\u0336十\u0336四\u0336")
    result = clean_and_explain(struck)
    assert result.text == struck
    assert MARK_MESSAGE in [w.message for w in result.warnings]


def test_marks_on_latin_letters_stay() -> None:
    text = "本办法所称“Café”“naïve”及拼音 nü、lǘ、e\u0301 照录。\n"
    assert textless_edits(text) == ([], [])
    assert _clean(text) == text


# --------------------------------------------------------------------------- Word field codes


def test_a_marked_fields_instruction_goes_its_result_stays() -> None:
    damaged = LAW.replace("报告", '\x13 HYPERLINK "http://www.gov.cn/" \x14报告\x15', 1)
    assert _clean(damaged) == LAW
    damaged = LAW.replace("教育行政部门", '教育行政部门\x13 XE "教育行政部门" \x15')  # an index entry: no result
    assert _clean(damaged) == LAW


def test_real_unmarked_table_of_contents_instructions_go() -> None:
    """Real instructions: field 13, pages13/hzft_downfile_98ac12db.doc.txt (hzft.gov.cn's downloaded .doc,
    whose Chinese text is beyond reading): ``TOC \\o "1-1" \\h \\z \\u HYPERLINK \\l "_Toc514963803"`` and
    ``PAGEREF _Toc5149638…``; the Chinese entries around them are ours."""
    toc = ('目录\n TOC \\o "1-1" \\h \\z \\u  HYPERLINK \\l "_Toc514963803" 第一章\t总则\t PAGEREF _Toc514963803 \\h 1\n'
           ' HYPERLINK \\l "_Toc514963804" 第二章\t管理\t PAGEREF _Toc514963804 \\h 3\n')
    assert [e.before[:2] for e in field_code_edits(toc)] == [" T", " P", " H", " P"]  # a row's tab stays
    cleaned = _clean(toc + LAW)
    assert "_Toc" not in cleaned and "TOC" not in cleaned and "PAGEREF" not in cleaned


@pytest.mark.parametrize("text", [
    "本条例所称的“目录（TOC）”，是指……\n",
    "参见 REF 标准第3条；HYPERLINK 为超链接域的名称。\n",
    "数据字段 PAGEREF、TOC \\o 的含义见附件。\n",  # a switch without its quoted levels ends before the Chinese
])
def test_words_that_name_fields_stay(text: str) -> None:
    assert _clean(LAW + text) == LAW + text


# --------------------------------------------------------------------------- manual line break


@pytest.mark.parametrize("before, after", [
    ("第三章 附则\x0b第四十条 本条例自公布之日起施行。\n", "第三章 附则\n第四十条 本条例自公布之日起施行。\n"),
    ("有下列情形之一的：\x0b（一）未按规定报告的；\n", "有下列情形之一的：\n（一）未按规定报告的；\n"),
    ("依照本法\x0b第三十条的规定处理。\n", "依照本法第三十条的规定处理。\n"),  # inside a sentence: goes as before
    ("为了\x0b规范管理。\n", "为了规范管理。\n"),
])
def test_a_manual_line_break_before_a_label_is_a_line_break(before: str, after: str) -> None:
    assert _clean(before) == after


# --------------------------------------------------------------------------- linear on hostile input


@pytest.mark.parametrize("unit", [
    "中\ufe0f", "中\U000e0100\ufe00", " " * 9 + "\u2028", "\ufffc", "\u2800 ", "中\u0336", "中\u0332", " " * 10, "\x13 HYPERLINK ",
    "\x13 TOC ", " TOC \\o", " HYPERLINK \\l \"_Toc1", "\t PAGEREF _Toc1 \\h", "。\x0b第", "附则\x0b第一条",
])
def test_linear_on_200k_characters(unit: str) -> None:
    text = unit * (200_000 // len(unit))
    t0 = time.process_time()
    textless_edits(text)
    field_code_edits(text)
    from corpus_tools.clean.mojibake import remove_invisible_characters

    remove_invisible_characters(text)
    assert time.process_time() - t0 < 3.0


# --------------------------------------------------------------------------- a crawl record's lone surrogate


def test_a_records_lone_surrogate_is_a_lost_character_not_a_refused_page(tmp_path) -> None:
    """A JSON record whose text holds a lone ``\\ud83d`` (a string cut inside a pair) was refused whole as undecodable."""
    from corpus_tools.crawl_records import Record, record_page

    page = record_page(Record("a.json#000001", 1, "第一条 为了规\ud83d范管理，制定本条例。\n", {"title": "某市条例"}, "content"), "utf-8")
    assert page.text == "第一条 为了规\ufffd范管理，制定本条例。\n"
    result = clean_and_explain(page.text)
    assert result.text == "第一条 为了规范管理，制定本条例。\n"
    assert any("U+FFFD" in w.message for w in result.warnings)
