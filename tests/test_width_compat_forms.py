"""Width: compatibility and presentation forms of marks, blanks a converter put around marks.

Real pages: bjtcm.gov.cn's notice citing 国办发﹝2013﹞14号 (Big5 small form brackets), the Basic
Law booklet (a vertical form ︑ between two titles).  The case table (``tests/cases/width.json``)
holds the snippets; here whole pages, properties and linear time.
"""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import given, settings, strategies as st

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.compat_forms import CHINESE_MARK_OF, FORMS, stand_ins
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.mojibake import COMMON_CHARS
from corpus_tools.clean.width import _may_pad_marks, _with_padded_fullwidth_marks, normalize_width
from tests.conftest import SHARED

REAL_PAGES = Path(__file__).parent / "real_pages"


def test_bjtcm_document_number_in_small_brackets() -> None:
    """bjtcm.gov.cn 040: the page's only small forms are the two brackets of a 发文字号; nothing else moves."""
    page = SHARED / "real" / "bjtcm" / "040_t20191219_1338146.html"
    if not page.exists():  # pragma: no cover - the shared real pages sit beside the checkout
        import pytest

        pytest.skip(f"{page} not found")
    text = page.read_text(encoding="utf-8")
    out, edits, _ = normalize_width(text)
    form_edits = [(e.before, e.after) for e in edits if e.before in FORMS]
    assert form_edits == [("﹝", "〔"), ("﹞", "〕")]
    assert "国办发〔2013〕14号" in out and "﹝" not in out


def test_basic_law_booklet_vertical_comma() -> None:
    """The Basic Law booklet's 《…憲法》︑《基本法》: the vertical form is 、 once cleaned, the rest of the head stays."""
    text = (REAL_PAGES / "field7" / "basiclaw_booklet_gb_head.txt").read_text(encoding="utf-8")
    result = clean_and_explain(text)
    assert "︑" in text and "︑" not in result.text
    assert "《中华人民共和国宪法》、《基本法》" in result.text
    assert [(e.before, e.after) for e in result.edits if e.before == "︑"] == [("︑", "、")] * text.count("︑")


def test_every_chinese_mark_form_is_taken_in_chinese_text() -> None:
    """Each form whose mark is a Chinese mark becomes it between Han characters (the table, read back)."""
    for form, mark in CHINESE_MARK_OF.items():
        out, edits, _ = normalize_width(f"本市{form}区")
        assert out == f"本市{mark}区", form
        assert [(e.before, e.after) for e in edits] == [(form, mark)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(COMMON_CHARS[:200] + "0123456789Ab ,.;:?!()\"'\n，。、；：" + "".join(sorted(FORMS))),
               max_size=80))
def test_forms_idempotent_and_replayable(text: str) -> None:
    out, edits, _ = normalize_width(text)
    assert apply_edits(text, edits) == out
    assert normalize_width(out)[:2] == (out, [])
    assert len(stand_ins(text)) == len(text)


def test_padded_marks_idempotent() -> None:
    text = "第一条 为了规范管理 ， 制定本条例 。\n第二条 本市 ，区 、县 ；乡 ：镇 。\n第三条 市人民政府 ， 负责 。 本条例 。"
    out, edits, _ = normalize_width(text)
    assert apply_edits(text, edits) == out
    assert out == "第一条 为了规范管理，制定本条例。\n第二条 本市，区、县；乡：镇。\n第三条 市人民政府，负责。本条例。"
    assert normalize_width(out)[:2] == (out, [])


def test_letterspaced_page_is_left_to_cjk_spaces() -> None:
    """A page spacing every character (the 香港年報 2005 of tests/real_pages/field12_layout) pads its marks too:
    the width rule leaves its blanks to ``cjk_spaces``."""
    text = (REAL_PAGES / "field12_layout" / "yearbook_hk_2005_legal_system_spaced.txt").read_text(encoding="utf-8")
    assert _may_pad_marks(text)
    assert _with_padded_fullwidth_marks(text, {}) == {}


def _assert_width_is_linear(hostile: list[str]) -> None:
    """The width rule on each 200k-character ``hostile`` text: its edits rebuild its output, within 8 CPU-s."""
    for text in hostile:
        start = time.process_time()
        out, edits, _ = normalize_width(text)
        assert apply_edits(text, edits) == out
        spent = time.process_time() - start
        assert spent < 8, (text[:8], spent)


def test_linear_on_hostile_input() -> None:
    """200k characters of forms and padded marks: a linear scan (well under a second or two each)."""
    hostile = [
        "本市 ，" * 40_000,
        "﹐" * 200_000,
        "︵本" * 100_000,
        "＂本" * 100_000,
        "Ｇ／" * 100_000,
        "本 ， 区 ；" * 25_000,
        "本 " * 100_000 + "，",
        "甲．" * 100_000,
        "甲•" * 100_000,
        "甲. " * 66_000,
    ]
    _assert_width_is_linear(hostile)


# --------------------------------------------------------------------------- session 14: other blanks, widened numbers

def test_marks_padded_by_other_blanks() -> None:
    """A page padding its marks with the ideographic space (as a Chinese comment in a public C program
    pads them: ``为保证读或写的原子性　（操作过程中不能被打断　，必须…``) or the narrow no-break space of a
    word processor's French autocorrect: the blanks before the marks and after a mark padded before go;
    a blank after a mark alone (a form's field, ``联系人：　张三``) and the blank after ``。`` stay."""
    for blank in ("\u3000", "\u202f", "\u2009"):
        text = (f"第一条　为了规范管理{blank}，{blank}制定本条例{blank}。\n第二条　本市{blank}，区{blank}、县{blank}；乡{blank}：镇。"
                f"\n联系人：　张三{blank}；电话：　0519")
        out, edits, _ = normalize_width(text)
        assert out == "第一条　为了规范管理，制定本条例。\n第二条　本市，区、县；乡：镇。\n联系人：　张三；电话：　0519", blank
        assert apply_edits(text, edits) == out
        assert normalize_width(out)[:2] == (out, [])


def test_a_few_marks_padded_by_the_ideographic_space_stay() -> None:
    """Below the page consensus the ideographic space before a mark is the writer's (the regression corpus holds one)."""
    text = "为保证读或写的原子性　（操作过程中不能被打断　，必须一次性操作完全　）。本市　，区、县；乡：镇。甲，乙。"
    assert normalize_width(text)[:2] == (text, [])


def test_letterspaced_by_ideographic_spaces_is_left_to_cjk_spaces() -> None:
    """A page spacing every character with the ideographic space pads its marks too: its blanks are ``cjk_spaces``'s."""
    text = "本　市　人　民　政　府　，　区　人　民　政　府　；　" * 6
    assert normalize_width(text)[:2] == (text, [])


def test_numbers_widened_whole_on_a_box_table_line_stay() -> None:
    """A box-drawn table's line keeps its full-width digits, and so the marks inside its numbers."""
    text = "│１０：３０│１，０００│"
    assert normalize_width(text)[0] == text


def test_linear_on_hostile_input_session_14() -> None:
    hostile = [
        "本\u3000，" * 66_000,
        "本\u3000，\u3000" * 50_000,
        "１，０００" * 40_000,
        "１，" * 100_000,
        "１：" * 100_000,
        "∶本" * 100_000,
        "〝本" * 100_000,
        "１" * 199_999 + "：",
        "<本" * 100_000,
        "本<法>" * 40_000,
        "<" * 100_000 + "本>" * 50_000,
        "《<本>" * 50_000,
        "＜本" * 100_000,
    ]
    _assert_width_is_linear(hostile)


# Review 14 (R14-F1, R14-F3): probes of clean text the session's width rules changed.
import pytest  # noqa: E402


@pytest.mark.parametrize("text", [
    "当检测浓度＜标准限值且＞检出限时，应当报告。",                      # comparisons between words
    "当检测浓度<标准限值且>检出限时，应当报告。",
    "如果甲方收入<乙方收入，且乙方支出>甲方支出的，按照本条处理。",
    "检测结果＜合格＞的，予以通过；结果为＜不合格＞的，不予通过。",       # angle quotes of a value
    "致<单位名称>：\n根据<法律依据>的规定，于<期限>内改正。",               # a form's placeholders
    "请依次点击<系统管理>→<用户设置>→<修改密码>。",                        # a menu path
    "省级财政与市县财政按照一∶一的比例配套，中央与地方按照七∶三分担。",  # ratios in Chinese numerals
    "股权比例为三∶七，比例尺为1∶500。",
])
def test_comparisons_placeholders_and_ratios_stay(text):
    assert clean_and_explain(text).text == text


def test_an_angle_bracket_title_still_reads_as_a_title():
    assert clean_and_explain("依照<中华人民共和国宪法>,制定本条例。").text == "依照《中华人民共和国宪法》，制定本条例。"
    assert clean_and_explain("依照＜中华人民共和国宪法＞，制定本条例。").text == "依照《中华人民共和国宪法》，制定本条例。"


@pytest.mark.parametrize("text", [
    "申请单位\u3000：\n法定代表人\u3000：\n联系地址\u3000：\n联系电话\u3000：\n电子邮箱\u3000：\n",
    "姓\u3000\u3000名\u3000：\u3000\u3000\u3000\u3000\u3000性\u3000\u3000别\u3000：\n工作单位\u3000：\n职\u3000\u3000务\u3000：\n"
    "联系电话\u3000：\n电子邮箱\u3000：\n",
])
def test_a_forms_aligned_colons_keep_their_blanks(text):
    """Review 14, R14-F4: the blanks that align a form's field colons are no converter's padding."""
    assert clean_and_explain(text).text == text
