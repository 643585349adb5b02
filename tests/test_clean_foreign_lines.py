"""Japanese and Korean lines are no Traditional Chinese and no codec misreading (F8-M2, F8B-G3).

Real pages: tests/real_pages/field9/SOURCE.md.  The Japanese page must come out of the
script and codec rules byte-identical and without a Big5/GBK warning; a page mixing
Traditional Chinese and Japanese converts its Chinese lines as it would alone; the kana a
misreading shows (Big5 or UTF-8 read as GBK) make no line Japanese.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain, codec_swap, script
from corpus_tools.clean.rules import BIG5_GBK_MIXUP, TRADITIONAL_TO_SIMPLIFIED

FIELD9 = Path(__file__).parent / "real_pages" / "field9"
JAPANESE = (FIELD9 / "people_jp_excerpt.txt").read_text(encoding="utf-8")
# tests/real_pages/twlaw/提審法.md, articles 1 and 5 (Traditional, Taiwan)
TAIWAN = (
    "人民被法院以外之任何機關逮捕拘禁時，其本人或他人得向逮捕拘禁地之地方法院聲請提審。\n"
    "法院對於提審之聲請，認為有理由者，應於二十四小時內向逮捕拘禁機關發提審票，並即通知逮捕拘禁機關之直接上級機關。\n"
)


def _rules(text: str, *names: str):
    return clean_and_explain(text, rules=names)


def test_a_japanese_page_is_not_converted_and_draws_no_codec_warning() -> None:
    result = _rules(JAPANESE, BIG5_GBK_MIXUP, TRADITIONAL_TO_SIMPLIFIED)
    assert "条約締結" in JAPANESE and "関係" in JAPANESE
    assert result.text == JAPANESE
    assert not result.edits and not result.warnings
    assert script.detect_script(JAPANESE) == "japanese"  # no Chinese page: its script is its language


def test_every_line_of_the_japanese_page_is_foreign_the_headline_too() -> None:
    """The headline (``…が東京で開催 - 理論動向 - 理論中国``) has particles but no word of the
    list: it is Japanese because the page is."""
    lines = [line for line in JAPANESE.split("\n") if line]
    found = [JAPANESE[a:b] for a, b in script.foreign_lines(JAPANESE)]
    assert found == lines
    assert not script._JAPANESE_WORD_RE.search(lines[0])


def test_a_traditional_law_quoting_japanese_converts_its_chinese_lines_only() -> None:
    japanese = JAPANESE.split("\n")[2] + "\n"
    alone = _rules(TAIWAN, TRADITIONAL_TO_SIMPLIFIED).text
    mixed = _rules(TAIWAN + japanese + TAIWAN, TRADITIONAL_TO_SIMPLIFIED).text
    assert alone != TAIWAN and "逮捕拘禁机关" in alone
    assert mixed == alone + japanese + alone


def test_korean_lines_are_not_converted() -> None:
    """Hangul (two syllables at least) makes a line Korean: its hanja stay."""
    # the 1948 Constitution of the Republic of Korea, preamble (mixed hangul and hanja)
    korean = "悠久한 歷史와 傳統에 빛나는 우리들 大韓國民은\n"
    assert _rules(korean + TAIWAN, TRADITIONAL_TO_SIMPLIFIED).text == korean + _rules(TAIWAN, TRADITIONAL_TO_SIMPLIFIED).text


@pytest.mark.parametrize("codec", ["big5", "utf-8"])
def test_kana_a_misreading_shows_make_no_line_foreign(codec: str) -> None:
    """Big5 read as GBK shows kana one at a time among rare characters (``中`` as ``い``),
    UTF-8 read as GBK never two in a row: no word of Japanese grammar, no foreign line."""
    damaged = TAIWAN.encode(codec).decode("gb18030", errors="replace")
    assert script._KANA_OR_HANGUL_RE.search(damaged)
    assert script.foreign_lines(damaged) == []


def test_a_big5_line_read_as_gbk_is_still_read_back_beside_a_japanese_line() -> None:
    line = "申請人應當填寫申請書並附具有關證明文件".encode("big5").decode("gb18030")
    fixed, edits, _ = codec_swap.fix_big5_gbk_mixup(JAPANESE + line)
    assert fixed == JAPANESE + "申請人應當填寫申請書並附具有關證明文件" and len(edits) == 1


def test_chinese_text_with_a_katakana_middle_dot_is_still_converted() -> None:
    """``・`` (U+30FB) separates the parts of a foreign name in Chinese text: not kana."""
    text = "阿卜杜勒・卡德爾應當聲請提審。\n"
    assert script.foreign_lines(text) == []
    assert _rules(text, TRADITIONAL_TO_SIMPLIFIED).text == "阿卜杜勒・卡德尔应当声请提审。\n"


# ----------------------------------------------------------------------------- F8B-G3

GCCMPD_RECORD = (FIELD9 / "gccmpd_record_05_2007.txt").read_text(encoding="utf-8")


def test_a_long_clean_line_with_scattered_rare_characters_draws_no_codec_warning() -> None:
    assert "趸售电网" in GCCMPD_RECORD and "\n" not in GCCMPD_RECORD
    assert codec_swap.fix_big5_gbk_mixup(GCCMPD_RECORD) == (GCCMPD_RECORD, [], [])


def test_a_misread_stretch_inside_a_long_clean_line_is_still_warned_of() -> None:
    """The same line with a Big5 stretch read as GBK that does not read back (four bytes lost
    in it): the misreading's characters stand side by side, so the warning stays."""
    stretch = bytearray("申請人應當填寫申請書並附具有關證明文件".encode("big5"))
    for lost in (13, 8, 4, 1):
        del stretch[lost]
    damaged = bytes(stretch).decode("gb18030", errors="replace")
    text = GCCMPD_RECORD[:2000] + damaged + GCCMPD_RECORD[2000:]
    fixed, edits, warnings = codec_swap.fix_big5_gbk_mixup(text)
    assert fixed == text and not edits
    assert [(w.rule, w.position) for w in warnings] == [(BIG5_GBK_MIXUP, 0)]


def test_the_whole_japanese_page_menu_included_is_not_converted() -> None:
    """The page's menu (``お問い合わせ``, ``政府関連文献``, ``理論動向``) is Japanese like its article;
    the credit line after the article, ``「人民網日本語版」``, has no Japanese line after it but the
    page is Japanese (:func:`script.page_language`): nothing is converted (65 edits in session 8,
    2 in session 9: ``網``, ``語``)."""
    page = (FIELD9 / "people_jp_page_text.txt").read_text(encoding="utf-8")
    assert "「人民網日本語版」" in page and script.page_language(page) == "japanese"
    assert script.convert_traditional(page) == (page, [], [])


def test_short_traditional_lines_between_chinese_lines_on_a_page_quoting_japanese_are_converted() -> None:
    """The fill reaches only short lines between Japanese lines on a Japanese page: a Traditional
    page quoting one Japanese paragraph keeps converting its own short lines."""
    japanese = JAPANESE.split("\n")[2] + "\n"
    text = "理論動向\n" + TAIWAN + japanese + "影像資料\n" + TAIWAN
    fixed = _rules(text, TRADITIONAL_TO_SIMPLIFIED).text
    assert fixed.startswith("理论动向\n") and "影像资料\n" in fixed and japanese in fixed
