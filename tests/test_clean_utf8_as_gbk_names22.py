"""Field test 22, F22-A1 (HIGH): ``utf8_as_gbk``'s "dropped pair guessed" rewrote a party's name in a
clean UTF-8 judgment of the SPC gazette (``刘柯妤不服一审判决`` -> ``刘柯业费服一审判决``, ``刘柯妤按份共有`` ->
``刘柯业水份共有``; one line: ``原告王璨不服`` -> ``原告王责治服``).  A dropped-pair guess now needs more
mojibake than the one bigram, and never reads a character the page shows standing alone as its own text."""

from pathlib import Path

import pytest

from corpus_tools.clean.mojibake import fix_utf8_read_as_gbk

REAL = Path(__file__).parent / "real_pages" / "field22"


def test_the_gazette_case_keeps_its_partys_name():
    """doc/anli-gongbao/FYGB0186.md (xtjeyvc/xtjeyvc.github.com @d162487): the heading, the appeal, the retrial's finding."""
    text = (REAL / "fygb0186_name.txt").read_text(encoding="utf-8")
    fixed, edits, warnings = fix_utf8_read_as_gbk(text)
    assert fixed == text
    assert edits == []
    assert "刘柯妤不服一审判决" in fixed and "刘柯妤按份共有" in fixed


@pytest.mark.parametrize("line", [
    "李妤不服判决。",
    "原告王妤按份共有该房屋。",
    "原告王璨不服",
    "被告李璨按约定",
    "一审判决后，刘柯妤不服一审判决，向重庆市第五中级人民法院提出上诉。",
])
def test_a_name_before_a_common_word_is_no_dropped_pair(line):
    """The one-line repros of field22 (/work/f22/repro/a1_name.txt, names.txt): one bigram whose second
    character is a common one (``不``, ``按``) is no evidence of mojibake."""
    assert fix_utf8_read_as_gbk(line) == (line, [], [])


def test_the_name_standing_alone_elsewhere_vouches_for_it_even_beside_real_mojibake():
    """The page writes ``王璨`` alone (``王璨的``): ``璨不`` is its own text even where a real
    UTF-8-as-GBK run (``鍙戝竷鏃ユ湡`` for 发布日期) is repaired on the same page."""
    text = "鍙戝竷鏃ユ湡：2020年。原告王璨的房屋。原告王璨不服一审判决。"
    fixed, edits, _ = fix_utf8_read_as_gbk(text)
    assert fixed == "发布日期：2020年。原告王璨的房屋。原告王璨不服一审判决。"
    assert [e.before for e in edits] == ["鍙戝竷鏃ユ湡"]


def test_a_dropped_pair_is_still_put_back():
    """``中文`` read as GBK with the user-defined pair ``AD E6`` dropped: both characters are mojibake."""
    assert fix_utf8_read_as_gbk("涓枃")[0] == "中文"
    assert fix_utf8_read_as_gbk("涓枃鍙戝竷")[0] == "中文发布"
