"""Lines a decoder could not read stay byte-exact, their U+FFFD with them (F8-P19).

tests/real_pages/field9/landagent_F439.txt: a Big5 page decoded as UTF-8 with replacement, every
lead byte lost.  Nothing there can be read back: no repair may invent words in it, no U+FFFD may
go (it is the record of what was lost), and the page says how much was lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain, mojibake
from corpus_tools.clean.rules import GBK_MISALIGNMENT, INVISIBLE_CHARS, TRADITIONAL_TO_SIMPLIFIED

PAGE = (Path(__file__).parent / "real_pages" / "field9" / "landagent_F439.txt").read_text(encoding="utf-8")


def _lost(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.count("\ufffd") >= 4]


def test_the_lossy_page_keeps_every_lost_character_and_invents_none() -> None:
    result = clean_and_explain(PAGE)
    assert "污\ufffd" in PAGE
    assert result.text.count("\ufffd") == PAGE.count("\ufffd") == 206
    assert _lost(result.text) == _lost(PAGE)  # byte-exact
    assert "有關" not in result.text and "有关" not in result.text
    assert not [e for e in result.edits if e.rule == GBK_MISALIGNMENT]


def test_the_lossy_page_says_once_how_much_was_lost() -> None:
    warnings = clean_and_explain(PAGE).warnings
    assert [w.rule for w in warnings] == [INVISIBLE_CHARS]
    assert "206 characters unreadable (U+FFFD) on 4 lines, 58 % of the page" in warnings[0].message


def test_the_readable_lines_of_the_lossy_page_are_still_cleaned() -> None:
    result = clean_and_explain(PAGE)
    assert result.text.startswith("法规资料库\n回前页\n")
    assert {e.rule for e in result.edits} == {TRADITIONAL_TO_SIMPLIFIED}
    assert all(e.end <= PAGE.index("\ufffd") for e in result.edits)


def test_a_stray_lost_character_in_a_line_that_reads_is_still_removed_with_a_warning() -> None:
    # the same page's title line with one U+FFFD: no lost line
    text = "法規資料庫\ufffd\n回前頁\n"
    assert mojibake.lost_lines(text) == []
    fixed, edits, warnings = mojibake.remove_invisible_characters(text)
    assert fixed == "法規資料庫\n回前頁\n" and len(edits) == 1
    assert warnings[0].message == "U+FFFD removed: a character was lost here"


def test_utf8_read_as_gbk_with_lost_bytes_is_no_lost_line() -> None:
    """tests/real_pages/renmin_mojibake: the U+FFFD of UTF-8 read as GBK are the utf8_as_gbk rule's
    evidence; once it has repaired what it can, no line is a quarter U+FFFD, and what it kept has
    its own guard (no "decoded with loss" note)."""
    from corpus_tools.ingest import ingest_bytes

    path = Path(__file__).parent / "real_pages" / "renmin_mojibake" / "notice_utf8_read_as_gbk.html"
    page = ingest_bytes(path.read_bytes(), path.name)
    result = clean_and_explain(page.text)
    assert not any("decoded with loss" in w.message for w in result.warnings)


@pytest.mark.parametrize("text", ["55会?上\ufffd", "55会?\ufffd上", "55会\ufffd?上"])
def test_a_stray_lost_character_beside_a_mark_gives_the_verdict_the_cleaned_text_gets(text: str) -> None:
    """Found by test_clean_mojibake's property test: the stray U+FFFD kept the mark ``?`` (not
    read as a lost ``，``), was then removed, and a second run read ``55会，上``.  Cleaning is
    idempotent when the mark is judged as the cleaned text will be, past its U+FFFD."""
    once = clean_and_explain(text).text
    assert clean_and_explain(once).text == once
