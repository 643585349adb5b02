"""ASCII marks inside Japanese text are not the dataset's to widen (field test 19, F19-A1).

A Japanese machine translation of 中国共产党党内监督条例 (https://lisalosel.com/content/2020-11/87083.html, the search
tool's `pages` store, copied by field19 into /work/field19/pages19_trad_ruby/lisalosel_content_2020-11_87083.txt; the
lines below copied unchanged) had 22 ASCII marks widened, only those that touched a kanji: ``,`` between kana stayed,
so ``…を維持する,パーティー構築の強化，党を…`` ended with a mix the page did not have.
"""

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.width import normalize_width

REAL_LINES = [
    "リリース時間: 2020-11-27 15:05",
    "読み取り数:",
    "(2016 年 10 月 27 日、中国共産党第 18 期中央委員会第 6 回総会で採択)",
    "第 1 条: 党の指導力を維持する,パーティー構築の強化,党を包括的かつ厳格に統治する,党内監督の強化,"
    "党の先進性と純粋性を維持する,「中国共産党規約」による,この規則を制定する。",
    "第 4 条: 党内の監督は民主集中制を実施しなければならない,規則と規律に従って",
]


@pytest.mark.parametrize("line", [line for line in REAL_LINES if not line.startswith("(")])
def test_the_real_japanese_lines_keep_their_ascii_marks(line):
    assert normalize_width(line)[:2] == (line, [])


def test_the_real_page_excerpt_keeps_every_mark():
    # the bracket line holds one kana (``回総会で採択)``): it goes with the Japanese text of its page
    page = "\n".join(REAL_LINES)
    assert normalize_width(page)[:2] == (page, [])


def test_a_lone_katakana_of_mojibake_does_not_make_chinese_text_japanese():
    # field18 pages18_trad/bubsandbeans_paper_189253526.txt (a GBK-mangled ``去`` left ``?nèi)ミM``): the comma was widened
    line = "需要人們?nèi)ミM一步探索,逐一解決。"
    assert "探索，逐一" in normalize_width(line)[0]


def test_the_real_japanese_page_excerpt_keeps_its_marks_through_clean():
    page = "\n".join(REAL_LINES) + "\n"
    out = clean(page)
    for mark in (",党を", "第 1 条:", "採択)", "読み取り数:"):
        assert mark in out, mark


@pytest.mark.parametrize("line, expected", [
    # Chinese text is still widened, on a page that also holds Japanese lines
    ("第一条 为了规范管理,制定本条例:\n第 1 条: 党の指導力を維持する,党を", "第一条 为了规范管理，制定本条例：\n第 1 条: 党の指導力を維持する,党を"),
    ("本条例自公布之日起施行(试行)。", "本条例自公布之日起施行（试行）。"),
])
def test_chinese_text_beside_japanese_text_is_still_widened(line, expected):
    assert normalize_width(line)[0] == expected


def test_a_mark_beside_a_katakana_name_in_chinese_text_stays_ascii():
    # the cost, accepted for precision: kana within a few characters make the mark Japanese text
    assert normalize_width("日本丰田(トヨタ)公司,在华设厂")[0] == "日本丰田(トヨタ)公司,在华设厂"
