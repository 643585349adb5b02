"""clean.alignment.opcodes is difflib's opcodes, and the script rule gives the same bytes with it.

The script rule compares OpenCC conversions with :func:`corpus_tools.clean.alignment.opcodes`
where it used ``difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()``; the
rule's output (text, edits) and the variant it chooses must not change by one byte.
Checked against difflib itself: on generated pairs (small alphabets, so that blocks repeat
and tie; nearly equal pairs, as two conversions of one page are; unrelated pairs), on the
conversions of the seeds, of real pages and of clean laws converted to Traditional with
OpenCC (``s2t``, ``s2tw``, ``s2twp``, ``s2hk``: what mirror sites publish).
"""

from __future__ import annotations

import difflib
import random
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.clean import CLEANING_ORDER, script
from corpus_tools.clean.alignment import longest_block, matching_blocks, opcodes
from corpus_tools.ingest import discover, ingest_file
from tests.conftest import SHARED

REAL = SHARED / "real"
REAL_PAGES = Path(__file__).parent / "real_pages"


def difflib_opcodes(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    return [tuple(op) for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()]


def difflib_blocks(a: str, b: str) -> list[tuple[int, int, int]]:
    return [tuple(m) for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()]


# --------------------------------------------------------------------------- generated pairs

#: Few distinct characters and words (repeats, ties between equally long blocks), the words
#: that Taiwan phrasing rewrites, line breaks.
PIECES = ["甲", "乙", "丙", "的", "人民政府", "县级以上", "应当", "资讯", "信息", "专案", "项目", "。", "\n"]


@st.composite
def near_pairs(draw) -> tuple[str, str]:
    """A text and a copy with a few pieces replaced, dropped or added (either way round)."""
    pieces = draw(st.lists(st.sampled_from(PIECES[: draw(st.integers(1, len(PIECES)))]), max_size=300))
    other = list(pieces)
    for _ in range(draw(st.integers(0, 8))):
        if not other:
            break
        at = draw(st.integers(0, len(other) - 1))
        action = draw(st.sampled_from(["replace", "drop", "add"]))
        if action == "replace":
            other[at] = draw(st.sampled_from(PIECES))
        elif action == "drop":
            del other[at]
        else:
            other.insert(at, draw(st.sampled_from(PIECES + ["臺", "灣"])))
    a, b = "".join(pieces), "".join(other)
    return (b, a) if draw(st.booleans()) else (a, b)


@settings(max_examples=600, deadline=None)
@given(near_pairs())
def test_opcodes_equal_difflib_on_nearly_equal_texts(pair):
    a, b = pair
    assert opcodes(a, b) == difflib_opcodes(a, b)
    assert matching_blocks(a, b) == difflib_blocks(a, b)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙丙的", max_size=200), st.text(alphabet="甲乙丙的", max_size=200))
def test_opcodes_equal_difflib_on_unrelated_texts(a, b):
    assert opcodes(a, b) == difflib_opcodes(a, b)


@pytest.mark.parametrize("length", [16, 17, 40, 300])
def test_opcodes_equal_difflib_on_one_repeated_character(length):
    """The sampled search gives up on text too repetitive to sample (every sample occurs everywhere)."""
    a, b = "甲" * length, "甲" * (length // 2) + "乙" + "甲" * (length - length // 2 - 3)
    assert opcodes(a, b) == difflib_opcodes(a, b)
    assert opcodes(b, a) == difflib_opcodes(b, a)


def test_longest_block_takes_the_earliest_of_equally_long_blocks():
    """Ties go to the earliest place in ``a``, then in ``b`` (as difflib's find_longest_match)."""
    rng = random.Random(20)
    for _ in range(300):
        a = "".join(rng.choice("甲乙") for _ in range(rng.randint(20, 120)))
        b = "".join(rng.choice("甲乙") for _ in range(rng.randint(20, 120)))
        expected = tuple(difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)))
        assert longest_block(a, b, 0, len(a), 0, len(b)) == expected


def test_longest_block_of_a_short_and_a_long_side():
    """A window with one side of a few characters and the other of hundreds (an insertion
    next to a long stretch) is searched by looking up the short side's substrings."""
    rng = random.Random(22)
    for _ in range(300):
        short = "".join(rng.choice("甲乙丙丁") for _ in range(rng.randint(1, 15)))
        long = "".join(rng.choice("甲乙丙丁戊") for _ in range(rng.randint(300, 900)))
        for a, b in ((short, long), (long, short)):
            expected = tuple(difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)))
            assert longest_block(a, b, 0, len(a), 0, len(b)) == expected
            assert opcodes(a, b) == difflib_opcodes(a, b)


def test_longest_block_ties_between_long_repeated_stretches():
    """Long stretches that repeat (a law repeats whole clauses) tie as well: the sampled
    search must pick the same one as difflib."""
    rng = random.Random(21)
    for _ in range(200):
        chunks = ["".join(rng.choice("甲乙丙丁的人") for _ in range(rng.randint(20, 70))) for _ in range(3)]
        a = "".join(rng.choice(chunks) + rng.choice(["", "戊", "己庚"]) for _ in range(rng.randint(1, 6)))
        b = "".join(rng.choice(chunks) + rng.choice(["", "戊", "辛"]) for _ in range(rng.randint(1, 6)))
        expected = tuple(difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)))
        assert longest_block(a, b, 0, len(a), 0, len(b)) == expected
        assert opcodes(a, b) == difflib_opcodes(a, b)


# --------------------------------------------------------------------------- real text


def _before_script(text: str) -> str:
    """``text`` as the pipeline hands it to the script rule."""
    for name, rule in CLEANING_ORDER:
        if rule is script.convert_traditional:
            return text
        text = rule(text)[0]
    raise AssertionError("the script rule is not in CLEANING_ORDER")


def _pages(root: Path, limit: int | None = None) -> list[str]:
    texts = []
    for path in discover(root)[:limit]:
        try:
            texts.append(_before_script(ingest_file(path, root).text))
        except Exception:  # noqa: BLE001 - pages the build refuses (empty, not Chinese) are not the point here
            continue
    return texts


@pytest.fixture(scope="module")
def traditional_laws(clean_corpus_files) -> list[str]:
    """Clean laws converted to Traditional as mirror sites do: 10 laws in each of four OpenCC
    configs, their first 4,000 characters or so (a page of the seeds' size; difflib, the
    reference, takes seconds on a whole law's Traditional text joined into one line)."""
    laws = random.Random(6).sample(sorted(clean_corpus_files), 40)
    configs = ["s2t", "s2tw", "s2twp", "s2hk"]
    texts = []
    for k, path in enumerate(laws):
        text = path.read_text(encoding="utf-8")[:4000]
        texts.append(opencc.OpenCC(configs[k % 4]).convert(text[: text.rfind("\n") + 1] or text))
    return texts


def _rule_both_ways(text: str, monkeypatch) -> None:
    """The rule's text, edits and chosen variant with the new alignment equal those with difflib."""
    fast = [script.convert_traditional(text), script.convert_traditional(text, conversion="tw2sp")]
    with monkeypatch.context() as patched:
        patched.setattr(script, "opcodes", difflib_opcodes)
        slow = [script.convert_traditional(text), script.convert_traditional(text, conversion="tw2sp")]
    assert fast == slow


def test_rule_unchanged_on_the_seeds(seed_paths, raw_dir, monkeypatch):
    texts = [_before_script(ingest_file(path, raw_dir).text) for path in seed_paths]
    assert any(script.detect_script(t) != "simplified" for t in texts)  # the seeds hold Traditional text
    for text in texts:
        _rule_both_ways(text, monkeypatch)


def test_rule_unchanged_on_real_pages(monkeypatch):
    texts = _pages(REAL_PAGES) + (_pages(REAL) if REAL.exists() else [])
    assert len(texts) >= 10
    for text in texts:
        _rule_both_ways(text, monkeypatch)


def test_rule_unchanged_on_clean_laws_converted_to_traditional(traditional_laws, monkeypatch):
    for text in traditional_laws:
        _rule_both_ways(text, monkeypatch)


def test_opcodes_equal_difflib_on_conversions_of_laws(traditional_laws):
    """The pairs the rule aligns: tw2s against tw2sp (one line, as choose_variant joins a
    page's Traditional units) and s2tw against s2twp of the Simplified result."""
    for text in traditional_laws:
        line = text.replace("\n", "")
        plain, phrased = script._convert("tw2s", line), script._convert("tw2sp", line)
        assert opcodes(plain, phrased) == difflib_opcodes(plain, phrased)
        again, rephrased = script._convert("s2tw", plain), script._convert("s2twp", plain)
        assert opcodes(again, rephrased) == difflib_opcodes(again, rephrased)
