"""Width, review 15: narrow guards on session 15's width rules (findings R15-F2, F3, F4, F10 of
/work/notes/review15.md; the probes are the reviewer's, /work/notes/rev15/p1.json and p8.json).

Each finding has a negative case (text that must come out as it went in, or as the rule left it
before session 15) and a positive one (what the session's rule is for keeps working)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean.width import normalize_width

REAL_PAGES = Path(__file__).resolve().parent / "real_pages"


# --------------------------------------------------------------------------- R15-F2: page-level ．


def test_a_name_list_keeps_its_name_dots() -> None:
    """Negative (R15-F2, probe w_names_dot2): an award list writes the interpunct of transliterated
    names as ``．``, one a line; the page's consensus for ``．`` turned them all into ``。``."""
    page = "获奖名单\n约翰．史密斯（美国）\n玛丽．安妮（法国）\n彼得．汉森（丹麦）\n"
    assert normalize_width(page)[0] == page


def test_a_table_of_contents_keeps_its_heading_dots() -> None:
    """Negative (R15-F2, probe w_toc_dot): ``第一章．总则`` is a heading's dot, not a full stop."""
    page = "目录\n第一章．总则\n第二章．管理职责\n第三章．法律责任\n第四章．附则\n"
    assert normalize_width(page)[0] == page


def test_a_page_of_fullwidth_stops_still_comes_back() -> None:
    """Positive: a page typed with the input method's ``．`` ends its sentences so, one or two a line,
    after a percentage too (probe w_pct_dot); a name dot among them stays."""
    page = "一、基本情况\n全市生产总值增长8.5％．其中，第一产业增长3.2％，第二产业增长9.1％．\n第三产业增长7.6％．\n"
    out, _, _ = normalize_width(page)
    assert out == page.replace("％．", "％。")
    page = "第一条 为了科学、有效地组织统计工作，制定本条例．\n第二条 本条例适用于本市各级人民政府．\n第三条 本条例自公布之日起施行．\n"
    assert normalize_width(page)[0] == page.replace("．", "。")


def test_a_hard_wrapped_page_of_fullwidth_stops_comes_back() -> None:
    """Positive: a wrap may cut the clause before a ``．`` (``…的⏎规定．``): the clause is read over the
    break from a long line that ends on no mark (a blind variant of mine: 40 laws of the clean corpus,
    every 。 typed ．, wrapped at 24 characters: 3,427 stops back with or without the guard, none wrong)."""
    page = (
        "第一条 为了科学、有效地组织统计工作，保障统计资料的\n准确性．根据有关法律，结合本市实际，制定本\n"
        "条例．本条例适用于本市各级人民政府．\n第二条 本条例自公布之日起施行．\n"
    )
    assert normalize_width(page)[0] == page.replace("．", "。")


def test_the_page_consensus_is_linear() -> None:
    import time

    for text in ("中" * 15 + "\n" + "中．") * 12_000, "约翰．史密斯（美国）\n" * 20_000, ("中" * 199 + "．") * 1_000:
        start = time.process_time()
        normalize_width(text)
        assert time.process_time() - start < 8


@pytest.mark.xfail(strict=True, reason="known limit: a name dot after a clause of six Han reads as a full stop")
def test_a_name_dot_after_a_clause_on_a_page_of_fullwidth_stops() -> None:
    """A name's ``．`` that follows a clause (``…应当邀请约翰．史密斯``) is not told from a full stop
    followed by the next sentence (``…制定本条例．本条例适用于``) on a page of ``．`` stops."""
    page = (
        "第一条 为了科学、有效地组织统计工作，制定本条例．\n第二条 本条例适用于本市各级人民政府．\n"
        "第三条 各级人民政府应当邀请约翰．史密斯等外国专家参与统计工作的国际交流．\n"
    )
    assert "约翰．史密斯" in normalize_width(page)[0]


# --------------------------------------------------------------------------- R15-F10: English sentences

#: The ASCII stops of a Chinese page (a page whose stops are ASCII: the consensus of session 15).
ASCII_STOP_PAGE = "北京市某某条例，第一条规定了立法目的.\n北京市某某办法，第二条规定了适用范围.\n北京市某某规定，第三条规定了主管部门.\n"


def test_an_english_sentence_quoting_chinese_keeps_its_full_stop() -> None:
    """Negative (R15-F10, probes en_notes and en_mixed): the Han inside 《…》 made an English
    sentence a "clause" and its ``.`` became ``。``."""
    note = "Note: the English translation is for reference only, see the Chinese text 《北京市某某条例》 for details.\n"
    out, _, _ = normalize_width(ASCII_STOP_PAGE + note)
    assert out.endswith(" for details.\n")
    assert out.startswith(ASCII_STOP_PAGE.replace(".", "。"))
    booklet = "Further guidance is given in the booklet 《僱傭條例簡明指南》 published by the department.\n"
    assert normalize_width(ASCII_STOP_PAGE + booklet)[0].endswith("published by the department.\n")


def test_english_notes_of_a_real_page_keep_their_stops() -> None:
    """Negative (R15-F10): tests/real_pages/field8/SOURCE.md, English notes that name Chinese pages
    (``…split right before and after.``, ``…11 repeated numbers (F7-T6).``): the width rule of
    session 15 ended them on ``。``."""
    text = (REAL_PAGES / "field8" / "SOURCE.md").read_text(encoding="utf-8")
    _, edits, _ = normalize_width(text)
    stops = [text[e.start - 12 : e.end] for e in edits if e.before == "."]
    assert not any(s.endswith(("before and after.", "(F7-T6).")) for s in stops), stops


def test_a_chinese_sentence_naming_an_english_body_still_ends_on_a_full_stop() -> None:
    """Positive: on a page of ASCII stops, a Chinese sentence that ends on an English name or a code
    holds more Han than Latin words; its stop is the page's ``。``."""
    page = ASCII_STOP_PAGE + "第四条 英文名称为Beijing Municipal Bureau of Statistics.\n第五条 标点符号的用法执行GB 15834.\n"
    out, _, _ = normalize_width(page)
    assert out.endswith("Bureau of Statistics。\n第五条 标点符号的用法执行GB 15834。\n")


# --------------------------------------------------------------------------- R15-F3: a blank between numbers


def test_a_table_row_keeps_the_gap_between_its_numbers() -> None:
    """Negative (R15-F3, probe w_fw_table): a table row aligned by ideographic spaces; one blank
    between two full-width numbers became an ASCII blank (``123 456``: one number with a thousands
    blank).  The digits go back to ASCII, the column gap stays (as before session 15)."""
    page = "序号　项目　２０２０年　２０２１年\n１　　产值　１２３　４５６\n２　　税收　７８　９０\n"
    out, _, _ = normalize_width(page)
    assert out == "序号　项目　2020年　2021年\n1　　产值　123　456\n2　　税收　78　90\n"


def test_a_code_widened_whole_still_gets_its_blank_back() -> None:
    """Positive: a letter on one side (``ＧＢ／Ｔ　１５８３４``, a coordinate's ``Ｎ　３４°``)."""
    out, _, _ = normalize_width("依照ＧＢ／Ｔ　１５８３４－２０１１执行，符合ＩＳＯ　９００１的要求。")
    assert out == "依照GB/T 15834-2011执行，符合ISO 9001的要求。"


# --------------------------------------------------------------------------- R15-F4: a bullet dash


def test_a_bullet_dash_at_a_line_start_is_the_dash() -> None:
    """R15-F4 (probe d_bar_list): the docstring said "never at a line's edge" while the rule converts
    a bullet dash before Han at a line's start; that conversion is GB2312's dash A1AA, and the
    docstring now says so.  A rule of bars on its own line stays."""
    out, _, _ = normalize_width("一、总体要求\n―加强组织领导\n―完善工作机制\n")
    assert out == "一、总体要求\n—加强组织领导\n—完善工作机制\n"
    rule = "――――――――――\n注：本表由市统计局负责解释。\n"
    assert normalize_width(rule)[0] == rule
