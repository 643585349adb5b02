"""Issue 20: the article alignment without comparing every pair pairs exactly as the
all-pairs comparison did, on real article lists.

The reference is the all-pairs loop ``align_articles`` ran until session 6 (kept here
verbatim, as :func:`all_pairs_alignment`).  The lists are real: the 14 laws of the clean
corpus found in two versions (same title, two dates), the draft and final text of the
seeds (000, 002), random pairs of laws, laws edited (articles dropped, inserted, moved,
rewritten, duplicated, shuffled), and long lists made of many laws.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from pathlib import Path

import pytest

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.records import Article
from corpus_tools.structure import structure_page
from corpus_tools.structure import lineage
from corpus_tools.structure.lineage import THRESHOLD, _bigrams, _bounded_pairs, align_articles
from tests.test_structure_seeds import structured


def all_pairs_alignment(old, new, threshold=THRESHOLD):
    """``align_articles`` as it was: every old article against every new one."""
    grams_a = [_bigrams(a.text) for a in old]
    grams_b = [(j, y, len(y)) for j, y in enumerate(_bigrams(b.text) for b in new)]
    candidates = []
    for i, x in enumerate(grams_a):
        size = len(x)
        for j, y, y_size in grams_b:
            s = 2 * len(x & y) / (size + y_size)
            if s >= threshold:
                candidates.append((-s, abs(i - j), i, j))
    candidates.sort()
    pair_of_old = {}
    used_new = set()
    for neg, _, i, j in candidates:
        if i in pair_of_old or j in used_new:
            continue
        pair_of_old[i] = (j, -neg)
        used_new.add(j)
    out = []
    for i in range(len(old)):
        if i in pair_of_old:
            j, s = pair_of_old[i]
            out.append((i, j, s))
        else:
            out.append((i, None, None))
    for j in range(len(new)):
        if j not in used_new:
            out.append((None, j, None))
    return out


_DATE = re.compile(r"\(\d{4}-\d\d-\d\d\)\.md$")


def _articles(path: Path, root: Path) -> list[Article]:
    return list(structure_page(clean_page(ingest_file(path, root))).articles)


@pytest.fixture(scope="module")
def real_laws(clean_corpus_dir: Path, clean_corpus_files: list[Path]) -> dict[str, list[Article]]:
    """Article lists of the laws found in two versions and of 80 laws drawn at random (seed 20)."""
    by_title = defaultdict(list)
    for path in clean_corpus_files:
        by_title[_DATE.sub("", path.name)].append(path)
    versioned = [p for paths in by_title.values() if len(paths) > 1 for p in paths]
    drawn = random.Random(20).sample(clean_corpus_files, 80)
    return {p.name: _articles(p, clean_corpus_dir) for p in dict.fromkeys(versioned + drawn)}


@pytest.fixture(autouse=True)
def no_band_on_real_lists(monkeypatch, request):
    """Real lists stay under the budget: the band of degenerate lists is never used here."""
    if "degenerate" in request.node.name:
        return

    def refuse(n, m):
        raise AssertionError("a real list went over the budget")

    monkeypatch.setattr(lineage, "_band_pairs", refuse)


def _assert_same(old, new, threshold=THRESHOLD):
    got = align_articles(old, new, threshold)
    assert got == all_pairs_alignment(old, new, threshold)
    return got


def test_the_versions_of_real_laws_pair_as_before(real_laws):
    versions = defaultdict(list)
    for name in sorted(real_laws):
        versions[_DATE.sub("", name)].append(real_laws[name])
    pairs = [v for v in versions.values() if len(v) == 2]
    assert len(pairs) == 14
    matched = 0
    for old, new in pairs:
        got = _assert_same(old, new)
        matched += sum(1 for i, j, _ in got if i is not None and j is not None)
    assert matched > 500  # the versions share most of their articles: the test sees real pairings


def test_the_seeds_draft_and_final_pair_as_before():
    draft = [a for a in structured("000").articles if a.source_file.startswith("000")]
    final = [a for a in structured("002").articles if a.source_file.startswith("002")]
    assert len(draft) >= 40 and len(final) >= 40
    got = _assert_same(draft, final)
    assert sum(1 for i, j, _ in got if i is not None and j is not None) > 30


def test_random_pairs_of_real_laws_pair_as_before(real_laws):
    rng = random.Random(1)
    names = sorted(real_laws)
    for _ in range(40):
        a, b = rng.sample(names, 2)
        _assert_same(real_laws[a], real_laws[b])


def _edited(articles: list[Article], donors: list[str], rng: random.Random) -> list[Article]:
    """A later version: some articles dropped, some rewritten in part, some inserted from
    other laws, some copied twice, a few moved."""
    texts = []
    for art in articles:
        roll = rng.random()
        if roll < 0.08:
            continue
        text = art.text
        if roll < 0.25 and text:
            at = rng.randrange(len(text))
            text = text[:at] + rng.choice(donors)[: rng.randrange(1, 30)] + text[at + rng.randrange(0, 12):]
        texts.append(text)
        if rng.random() < 0.05:
            texts.append(rng.choice(donors))
        if rng.random() < 0.03:
            texts.append(text)
    for _ in range(len(texts) // 10):
        a, b = rng.randrange(len(texts)), rng.randrange(len(texts))
        texts[a], texts[b] = texts[b], texts[a]
    return [Article("new", "new.md", n, t) for n, t in enumerate(texts, 1)]


def test_edited_and_shuffled_real_laws_pair_as_before(real_laws):
    rng = random.Random(2)
    names = sorted(real_laws)
    donors = [a.text for name in names for a in real_laws[name]]
    for name in rng.sample(names, 40):
        old = real_laws[name]
        _assert_same(old, _edited(old, donors, rng))
        shuffled = list(old)
        rng.shuffle(shuffled)
        _assert_same(old, shuffled)


def test_long_lists_of_many_laws_pair_as_before(real_laws):
    """Two versions of a long page (about 700 articles), with copies of boilerplate articles."""
    rng = random.Random(3)
    names = sorted(real_laws)
    old = [a for name in rng.sample(names, 25) for a in real_laws[name]]
    donors = [a.text for a in old]
    old = old + [Article("old", "old.md", 0, "删除。")] * 30
    new = _edited(old, donors, rng)
    assert len(old) > 600 and sum(1 for a in old if a.text == "删除。") == 30
    _assert_same(old, new)


def test_copies_are_paired_nearest_first_as_before(real_laws):
    """Many copies of a few articles on both sides (the pairs at similarity 1.0 and their
    tie-break by distance), between real articles."""
    rng = random.Random(4)
    law = real_laws[sorted(real_laws)[0]]
    pool = [a.text for a in law[:3]] + ["删除。", "（略）"]
    for _ in range(20):
        old = [Article("o", "o", n, rng.choice(pool) if rng.random() < 0.6 else law[n % len(law)].text)
               for n in range(rng.randrange(1, 60))]
        new = [Article("n", "n", n, rng.choice(pool) if rng.random() < 0.6 else law[n % len(law)].text)
               for n in range(rng.randrange(1, 60))]
        _assert_same(old, new)


@pytest.mark.parametrize("threshold", [0.0, 0.2, 0.5, 0.8, 0.95, 1.0, 1.2])
def test_other_thresholds_pair_as_before(real_laws, threshold):
    rng = random.Random(5)
    names = sorted(real_laws)
    donors = [a.text for name in names for a in real_laws[name]]
    for name in rng.sample(names, 5):
        old = real_laws[name][:60]
        _assert_same(old, _edited(old, donors, rng), threshold)


def test_empty_and_short_articles_pair_as_before():
    texts = ["", "条", "删除", "删除。", "（略）", "第一条", "本条例自公布之日起施行。"]
    old = [Article("o", "o", n, t) for n, t in enumerate(texts)]
    new = [Article("n", "n", n, t) for n, t in enumerate(reversed(texts + ["", "条"]))]
    _assert_same(old, new)
    _assert_same(old, [])
    _assert_same([], new)


def test_the_index_compares_few_of_the_pairs(real_laws, monkeypatch):
    """What makes it fast: two versions of a long page (about 1,500 articles each) leave
    under 1% of the pairs to compare, all levels together (the all-pairs loop compared
    them all), and still pair as before."""
    compared = []

    def counting(ranked_a, ranked_b, threshold):
        pairs = _bounded_pairs(ranked_a, ranked_b, threshold)
        compared.append(len(pairs))
        return pairs

    rng = random.Random(6)
    names = sorted(real_laws)
    old = [a for name in rng.sample(names, 40) for a in real_laws[name]][:1500]
    new = _edited(old, [a.text for a in old], rng)
    monkeypatch.setattr(lineage, "_bounded_pairs", counting)
    got = align_articles(old, new)
    assert len(old) >= 1400 and len(compared) == 4
    assert sum(compared) < 0.01 * len(old) * len(new)
    monkeypatch.undo()
    assert got == all_pairs_alignment(old, new)


def test_degenerate_lists_are_bounded(monkeypatch):
    """6,000 one-line articles that share their bigrams with hundreds of others (as a
    100k-character page of one-line articles gives), in two versions: over the budget, a
    level compares within the band only; every article still finds its evident partner."""
    compared = []
    band = lineage._band_pairs

    def counting_band(n, m):
        pairs = band(n, m)
        compared.append(len(pairs))
        return pairs

    monkeypatch.setattr(lineage, "_band_pairs", counting_band)
    n = 6000
    old = [Article("o", "o", i, f"第{i}条 内容{i}。") for i in range(n)]
    new = [Article("n", "n", i, f"第{i}条 内文{i}。") for i in range(n)]
    got = align_articles(old, new)
    assert compared and all(c <= n * (2 * lineage.BAND + 1) for c in compared)
    assert [(i, j) for i, j, _ in got] == [(i, i) for i in range(n)]
