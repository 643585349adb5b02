"""A word a wrap, a page foot or letter-spacing cut in two is converted whole (``瞭⏎解`` -> ``了⏎解``).

Session 16 (mixed16) left it: the script rule converts each line apart, so OpenCC's phrase tables
saw ``瞭`` and ``解`` apart and kept ``瞭`` (``全面瞭⏎解``), and a wrap-aware attempt that sent the
lines to OpenCC with the line end inside gave ``显⏎着`` for ``顯⏎著``.  Now the breaks between Han
characters are left out of what OpenCC reads and put back after it (clean/word_breaks.py).

The sentences are real (sources by each); the breaks are cut into them as a PDF copy at a fixed
width cuts them: no page of the field folders (field13-17, shared/real: every page with a
Traditional-only character) holds a cut where converting apart and whole differ.
"""

from __future__ import annotations

import random
from pathlib import Path

import opencc
import pytest

from corpus_tools.clean import script, word_breaks
from corpus_tools.clean.script import convert_traditional
from corpus_tools.ingest import ingest_file
from tests.timing import small_and_large

# field14/tw_law_corpus/司法-民事_民法第二編債.md, line 1165 (Taiwan, the reason for 民法 §563)
TW_CIVIL = "為期商號能切實蒐集證據，瞭解詳情，原規定「一個月」期間過短，爰延長為「二個月」，以符實際需要並收成效。"
# field14/tw_law_corpus/司法-民事_公司法.md, line 37 (Taiwan, 公司法 §11)
TW_COMPANY = "公司之經營，有顯著困難或重大損害時，法院得據股東之聲請，於徵詢主管機關及目的事業中央主管機關意見"
# field13/legco_parallel/legco_companion_ch5_tc.txt, line 11 (Hong Kong, LegCo companion 5.3)
HK_LEGCO = "透過定期向立法會作施政報告、答覆立法會議員的質詢,行政長官及其政府對立法會負責。"

REAL = [TW_CIVIL, TW_COMPANY, HK_LEGCO]
BREAKS = ["\n", "\n　　", "  \n", "\n- 3 -\n", "\n\n12\n\n", "　", " "]


def _cut(text: str, at: int, brk: str) -> str:
    return text[:at] + brk + text[at:]


@pytest.mark.parametrize("sentence", REAL)
@pytest.mark.parametrize("brk", BREAKS)
def test_a_cut_word_converts_as_the_whole_sentence(sentence: str, brk: str) -> None:
    """Cut after every Han character: the text converts as the uncut sentence, the break stays."""
    whole = convert_traditional(sentence)[0]
    between_han = [at for at in range(1, len(sentence))
                   if "\u4e00" <= sentence[at - 1] <= "\u9fff" and "\u4e00" <= sentence[at] <= "\u9fff"]
    # every place for a line end; twelve places (the cut words' among them) for the other breaks
    cut_words = [sentence.index(word) + 1 for word in ("瞭解", "顯著", "答覆") if word in sentence]
    places = between_han if brk == "\n" else sorted(set(random.Random(brk).sample(between_han, 12) + cut_words))
    for at in places:
        out = convert_traditional(_cut(sentence, at, brk))[0]
        assert out == _cut(whole, at, brk), (at, out)


def test_the_words_session_16_lost() -> None:
    assert convert_traditional("切實蒐集證據，瞭\n解詳情")[0] == "切实搜集证据，了\n解详情"
    assert convert_traditional("施政報告、答\n覆立法會議員的質詢")[0] == "施政报告、答\n复立法会议员的质询"
    assert convert_traditional("公司之經營，有顯\n著困難")[0] == "公司之经营，有显\n著困难"
    assert convert_traditional("公司之經營，有顯　著困難")[0] == "公司之经营，有显　著困难"


def _unit_by_unit(monkeypatch: pytest.MonkeyPatch, text: str):
    with monkeypatch.context() as m:
        m.setattr(script, "convert_across_breaks", lambda *args: None)
        return convert_traditional(text)


def test_breaks_that_join_no_word_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line end after a stop, a page foot with Han characters, a Simplified next line: each unit
    converts apart, as before (``瞭`` stays where nothing joins it to ``解``)."""
    for text in ("切實蒐集證據，瞭。\n解詳情", "切實蒐集證據，瞭\n第3頁\n解詳情", "切實蒐集證據，瞭\n解详情与说明事项"):
        out = convert_traditional(text)
        assert out == _unit_by_unit(monkeypatch, text)
        assert "瞭" in out[0], out[0]


def test_converted_real_pages_without_cut_words_are_byte_identical(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real Traditional pages (their headings, wraps after stops, spaced labels): the same text and
    edits as converting each unit apart."""
    real = Path(__file__).resolve().parents[2] / "field14" / "tw_law_corpus"
    pages = sorted(real.glob("*.md"))[:6] if real.is_dir() else []
    texts = [p.read_text(encoding="utf-8") for p in pages] + ["\n".join(REAL) + "\n第一章　總則\n第一條　本法依憲法制定之。\n"]
    for text in texts:
        assert convert_traditional(text) == _unit_by_unit(monkeypatch, text)


def test_clean_laws_converted_to_traditional_are_byte_identical(monkeypatch: pytest.MonkeyPatch, clean_corpus_files) -> None:
    """20 clean laws through s2t, s2tw and s2hk (no word cut): each converts as unit by unit."""
    for path in random.Random(17).sample(sorted(clean_corpus_files), 20):
        clean = ingest_file(path, Path(path).parent).text
        for config in ("s2t", "s2tw", "s2hk"):
            text = opencc.OpenCC(config).convert(clean)
            assert convert_traditional(text) == _unit_by_unit(monkeypatch, text), (path.name, config)


def test_simplified_text_with_breaks_is_untouched() -> None:
    text = "有关部门应当全面了\n解情况，答\n复群众，显　著提高"
    assert convert_traditional(text) == (text, [], [])


@pytest.mark.parametrize("unit", ["顯 ", "顯\n", "顯\n- 3 -\n", "顯　　　", "\n\n1\n"])
def test_linear_on_hostile_input(unit: str) -> None:
    small, large = small_and_large(lambda text: convert_traditional("國家" + text), unit)
    assert large < max(25 * small, 1.0), (small, large)


def test_joining_breaks_needs_two_converted_units() -> None:
    text = "全面瞭\n解情況"
    assert word_breaks._joining_breaks(text, [(0, 3), (4, 7)]) == [(3, 4)]
    assert word_breaks._joining_breaks(text, [(0, 3)]) == []
    assert word_breaks.convert_across_breaks(text, [(0, 3)], ["全面瞭"], str) is None
