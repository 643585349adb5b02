"""Lineage: versions of one instrument (draft and final text), aligned article by article.

Two documents are versions of the same instrument when they share a
jurisdiction and the same title once the version qualifiers are removed, and
they are a draft and a text after it or two final texts of different dates (a
revision).  Copies are not versions: a text found twice is ``duplicate_of`` its
first copy (:func:`copy_key`: the same text up to spacing, line breaks, punctuation and
character width is a copy), and two final texts of the same date are one version.  Parts
of one code (the books of the Civil Code, all titled 中华人民共和国民法典) are not
versions either: a part starts where the one before it ends (物权编 at 第二百零五条), so
documents whose articles start at different numbers never share a group, and two whose
articles do not overlap are never aligned
(``（草案）``, ``（征求意见稿）``, ``（2025）``, ``（2021年修订）``, ``修订草案``,
``（试行）``).  Notices and drafting explanations are not versions: they talk
about one.  Versions are ordered by date (publication of a draft, adoption or
publication of a final text), a draft before a final text on the same day,
and each consecutive pair is aligned article by article on character-bigram
Dice similarity (greedy one-to-one, so moved articles are found): a pair is
``matched`` when its similarity reaches :data:`THRESHOLD`, otherwise each
article is ``draft_only`` (dropped by the later version) or ``final_only``
(added by it).
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import math
import unicodedata
from collections import Counter, defaultdict
from dataclasses import replace
from operator import add
from typing import Any, Collection, Iterable, Mapping, Sequence

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Article, Document
from corpus_tools.structure.metadata import simplify

#: Minimum bigram Dice similarity for two articles to be paired.
THRESHOLD = 0.35
#: Document types that are versions of an instrument (not texts about one).
VERSIONED_TYPES = frozenset({"regulation", "rules", "normative_document", "draft_for_comment", "plan", "other",
                             "judicial_interpretation", "standard", "court_document"})  # (the last three were ``other``)

#: A version's qualifier in brackets (``（2021年修订）``, ``（草案）``) is no part of the instrument's
#: name; a 文号 in brackets is (``…行政处罚信息公开表（金罚决字〔2024〕34号）`` and ``…（…〔2024〕35号）`` are
#: two decisions, not two versions of one).
_QUALIFIERS = lazy_regex(
    r"[（(](?![^（）()]*[〔\[［][0-9]{4}[〕\]］])[^（）()]{0,20}(?:草案|征求意见稿|送审稿|讨论稿|修订|修正|试行|暂行|\d{4}年?)[^（）()]{0,12}[）)]"
    r"|修订草案|草案修改稿|草案|征求意见稿|送审稿|讨论稿"
)
_NOISE = lazy_regex(r"[\s《》“”\"'（）()【】\[\]]+")


def normalized_title(title: str) -> str:
    """A title without version qualifiers, spaces and quotes: the key of an instrument.

    >>> normalized_title("常州市促进智能制造发展条例（草案）（征求意见稿）") == normalized_title("常州市促进智能制造发展条例（2025）")
    True
    >>> normalized_title("某市物业管理条例(2021年修订)")
    '某市物业管理条例'
    >>> normalized_title("国家金融监督管理总局行政处罚信息公开表（金罚决字〔2024〕34号）")
    '国家金融监督管理总局行政处罚信息公开表金罚决字〔2024〕34号'
    """
    return _NOISE.sub("", _QUALIFIERS.sub("", simplify(title or "")))


_NOT_CONTENT = lazy_regex(r"[^\p{L}\p{N}]+")


def copy_key(text: str) -> str:
    r"""What two copies of one text share: its letters and digits (width folded, Latin case
    folded), without spacing, line breaks and punctuation.  A mirror re-wraps lines, indents
    with other spaces, sets half-width commas or full-width digits: still the same text.
    Any other character that differs (a word, a number) makes another text.

    >>> copy_key("第一条　为了规范管理，制定本办法。\n第二条 本办法自2021年1月1日起施行。") == copy_key("第一条 为了规范管理,制定本办法.第二条\n本办法自２０２１年１月１日起施行。")
    True
    >>> copy_key("第一条 罚款一千元。") == copy_key("第一条 罚款二千元。")
    False
    """
    return _NOT_CONTENT.sub("", unicodedata.normalize("NFKC", text)).casefold()


def version_group_id(jurisdiction: str | None, key: str) -> str:
    """Stable id of a version group.

    >>> version_group_id("常州市", "常州市促进智能制造发展条例")[:3]
    'vg-'
    """
    raw = f"{jurisdiction or ''}|{key}".encode("utf-8")
    return "vg-" + hashlib.blake2b(raw, digest_size=8).hexdigest()


def _is_draft(doc: Document) -> bool:
    return doc.doc_type == "draft_for_comment" or doc.status == "draft_for_comment"


def _final_date(doc: Document) -> str | None:
    """The date that tells one final version from another: its latest revision, else its
    adoption, publication or entry into force."""
    return doc.amended or doc.adopted or doc.published or doc.effective


def _versions(docs: list[Document]) -> list[Document]:
    """The members of a title group that are versions of each other: every draft, and one
    final text per final date.  Two final texts of the same date (the same law scraped from
    two sites, one text copied) are one version, not a draft and its final text.

    >>> a = Document("a", "p", "a.txt", 0, "", title="某法", doc_type="regulation", adopted="2020-01-01")
    >>> b = Document("b", "p", "b.txt", 0, "", title="某法", doc_type="regulation", adopted="2020-01-01")
    >>> [d.doc_id for d in _versions([a, b])]
    ['a']
    """
    kept: list[Document] = []
    finals: set[str | None] = set()
    for doc in docs:
        if _is_draft(doc):
            kept.append(doc)
            continue
        date = _final_date(doc)
        if date in finals:
            continue
        finals.add(date)
        kept.append(doc)
    return kept


def part_start(first_article_no: int | None) -> int | None:
    """Where a part of a code starts: the number of its first article when that is not 1
    (民法典 物权编 starts at 第二百零五条); None for a whole text or one without articles.
    Versions of one text start at the same article, so only documents with the same start
    are versions of each other.

    >>> part_start(205), part_start(1), part_start(None)
    (205, None, None)
    """
    return first_article_no if first_article_no not in (None, 1) else None


def _groups(documents: Iterable[Document], starts: Mapping[str, int | None] | None = None, *,
            members: bool = False) -> dict[str, list[Document]]:
    """Version groups by id: their versions (:func:`_versions`), or with ``members`` every document
    of the group, the second copy of a final text of the same date included (a copy that differs
    from the first by a line of the page's chrome is no ``duplicate_of`` it, and it was left out
    of the group: gjxfj's two pages of the Company Law, field test 7).  ``starts`` (doc_id -> first
    article number) keeps parts apart."""
    starts = starts or {}
    groups: dict[tuple[str, str, int | None], list[Document]] = defaultdict(list)
    for doc in documents:
        if doc.doc_type not in VERSIONED_TYPES or doc.duplicate_of:
            continue
        key = normalized_title(doc.title)
        if len(key) < 4:
            continue
        groups[(doc.jurisdiction or "", key, part_start(starts.get(doc.doc_id)))].append(doc)
    out = {}
    for (j, k, start), docs in groups.items():
        versions = _versions(docs)
        if len(versions) >= 2:
            out[version_group_id(j, k if start is None else f"{k}#{start}")] = docs if members else versions
    return out


def assign_version_groups(documents: Sequence[Document], starts: Mapping[str, int | None] | None = None) -> list[Document]:
    """The documents, with ``version_group`` set on every member of a group of two or more
    versions (a second copy of a version included).  ``starts`` gives each document's first
    article number (``first_article_no``): parts of one code start at different ones and are
    never one group.

    >>> law = dict(title="某法", doc_type="regulation", jurisdiction="某市")
    >>> docs = [Document("a", "p", "a.txt", 0, "", adopted="2020-01-01", **law), Document("b", "p", "b.txt", 0, "", adopted="2021-01-01", **law),
    ...         Document("c", "p", "c.txt", 0, "", adopted="2021-01-01", **law)]
    >>> len({doc.version_group for doc in assign_version_groups(docs)})
    1
    """
    member = {doc.doc_id: gid for gid, docs in _groups(documents, starts, members=True).items() for doc in docs}
    return [replace(doc, version_group=member[doc.doc_id]) if doc.doc_id in member else doc
            for doc in documents]


def _version_key(doc: Document) -> tuple[str, int, str, int]:
    is_draft = _is_draft(doc)
    date = (doc.published if is_draft else (doc.amended or doc.adopted or doc.published or doc.effective)) or ""
    return (date, 0 if is_draft else 1, doc.source_file, doc.ordinal)


def _bigrams(text: str) -> frozenset[str]:
    """The character bigrams of a text, whitespace ignored (the text itself when shorter).

    >>> sorted(_bigrams("第一 条")), _bigrams("条")
    (['一条', '第一'], frozenset({'条'}))
    """
    t = "".join(text.split())
    return frozenset(map(add, t, t[1:])) or frozenset([t])


def similarity(a: str, b: str) -> float:
    """Character-bigram Dice similarity of two texts (1.0 for identical texts).

    >>> similarity("本条例自公布之日起施行。", "本条例自公布之日起施行。")
    1.0
    >>> similarity("甲乙丙丁", "戊己庚辛")
    0.0
    """
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def _rarest_first(grams: Sequence[frozenset[str]]) -> list[list[int]]:
    """Each article's bigrams as ranks in one global order, rarest first (held by the fewest
    articles; ties by the bigram itself), sorted: the order the prefix filter needs.

    >>> _rarest_first([frozenset({"本条", "条例"}), frozenset({"条例"})])
    [[0, 1], [1]]
    """
    count: Counter[str] = Counter()
    for x in grams:
        count.update(x)
    rank = {g: r for r, (_, g) in enumerate(sorted((n, g) for g, n in count.items()))}
    return [sorted(map(rank.__getitem__, x)) for x in grams]


def _prefix_length(size: int, ratio: float) -> int:
    """How many of an article's rarest bigrams any partner at the threshold must share one of.

    A pair with Dice >= t shares at least ``ratio * size`` bigrams, ``ratio = t / (2 - t)``
    (the partner holds at least that many, and Dice >= t).  Two sets sharing ``o`` bigrams have
    their rarest shared bigram among the first ``size - o + 1`` of each in one global order, so
    the first ``size - ceil(ratio * size) + 1`` are enough (rounded up a hair: a longer prefix
    only adds pairs that the exact check then drops).

    >>> _prefix_length(100, 0.35 / 1.65), _prefix_length(100, 0.95 / 1.05), _prefix_length(1, 0.5)
    (79, 10, 1)
    """
    return size - max(1, math.ceil(ratio * size - 1e-9)) + 1


def _candidates(grams_a: Sequence[frozenset[str]], grams_b: Sequence[frozenset[str]],
                ranked_a: Sequence[list[int]], ranked_b: Sequence[list[int]], threshold: float
                ) -> list[tuple[int, int, float]]:
    """Every pair at or above ``threshold`` as ``(i, j, similarity)``: the pairs the all-pairs
    comparison accepts, each similarity computed exactly as :func:`similarity` does.
    ``ranked_a`` and ``ranked_b`` are the articles' bigrams in one order (:func:`_rarest_first`).

    Pairs are found through an index of the new articles' prefixes (:func:`_prefix_length`);
    a pair is compared only if no bound rules it out: the sizes (a partner at Dice ``t`` is
    between ``t / (2 - t)`` and ``(2 - t) / t`` times as large) and, at each shared prefix
    bigram, the bigrams shared so far plus the fewer of the two articles' remaining ones
    (both are in the same order, so no shared bigram before this one was missed).
    """
    if threshold > 1:
        return []
    pairs: Iterable[tuple[int, int]] | None
    if threshold <= 0:  # every pair qualifies, sharing a bigram or not
        pairs = ((i, j) for i in range(len(grams_a)) for j in range(len(grams_b)))
    else:
        pairs = _bounded_pairs(ranked_a, ranked_b, threshold)
        if pairs is None:  # degenerate lists: more index entries to visit than the budget
            pairs = _band_pairs(len(grams_a), len(grams_b))
    out = []
    for i, j in pairs:
        x, y = grams_a[i], grams_b[j]
        s = 2 * len(x & y) / (len(x) + len(y))
        if s >= threshold:
            out.append((i, j, s))
    return out


#: Index entries one level may visit: this many, plus :data:`WORK_PER_ARTICLE` per article
#: of both lists.  Two versions of 16,000 real articles visit 0.9 million at most (at the
#: threshold); lists that would visit more are degenerate (thousands of short articles that
#: all share their bigrams: a 100k-character page of one-line articles) and are compared
#: within a band instead (:func:`_band_pairs`).
BASE_WORK = 2_000_000
WORK_PER_ARTICLE = 64
#: How far apart in position two articles of degenerate lists may be and still be compared.
BAND = 32


def _band_pairs(n: int, m: int) -> list[tuple[int, int]]:
    """Each old article with the new ones within :data:`BAND` positions of its place in the
    new list (scaled by the lengths): the pairs a degenerate level compares.

    >>> _band_pairs(3, 2)
    [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]
    """
    pairs = []
    for i in range(n):
        centre = i * m // n if n else 0
        pairs.extend((i, j) for j in range(max(0, centre - BAND), min(m, centre + BAND + 1)))
    return pairs


def _bounded_pairs(ranked_a: Sequence[list[int]], ranked_b: Sequence[list[int]], threshold: float
                   ) -> list[tuple[int, int]] | None:
    """The pairs that share a prefix bigram and that the size and position bounds leave
    (see :func:`_candidates`); bounds are loosened by a hair against rounding.  None when
    the index entries to visit exceed the budget (:data:`BASE_WORK`), counted before any is."""
    ratio = threshold / (2 - threshold)
    half = threshold / 2
    holders: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for j, y in enumerate(ranked_b):
        size = len(y)
        for pos in range(_prefix_length(size, ratio)):
            holders[y[pos]].append((j, size - pos - 1, size))
    budget = BASE_WORK + WORK_PER_ARTICLE * (len(ranked_a) + len(ranked_b))
    work = 0
    for x in ranked_a:
        for pos in range(_prefix_length(len(x), ratio)):
            work += len(holders.get(x[pos], ()))
        if work > budget:
            return None
    pairs = []
    for i, x in enumerate(ranked_a):
        size = len(x)
        smallest, largest = ratio * size - 1e-9, size / ratio + 1e-9
        shared: dict[int, int] = {}
        for pos in range(_prefix_length(size, ratio)):
            rest = size - pos - 1
            for j, rest_y, size_y in holders.get(x[pos], ()):
                if size_y < smallest or size_y > largest:
                    continue
                count = shared.get(j, 0)
                if count < 0:  # ruled out
                    continue
                count += 1
                if count + (rest if rest < rest_y else rest_y) < half * (size + size_y) - 1e-9:
                    shared[j] = -1
                else:
                    shared[j] = count
        pairs.extend((i, j) for j, count in shared.items() if count > 0)
    return pairs


def _pair_copies(grams_a: Sequence[frozenset[str]], grams_b: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """The greedy pairing's steps at similarity 1.0: articles with the same bigrams, paired
    nearest first (the order's tie-break: ``|i - j|``, then ``i``, then ``j``) without
    comparing every pair of copies (thousands of ``删除。`` in two versions would be millions).

    Copies of different texts never compete, so each text's copies are paired on their own:
    every old copy keeps its nearest unpaired new copy on a heap; when that one is taken, the
    next nearest is looked up (pointers to the next unpaired copy on either side).

    >>> g = [frozenset({"删除"})]
    >>> sorted(_pair_copies(g * 3, g * 2))
    [(0, 0), (1, 1)]
    """
    copies: dict[frozenset[str], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, x in enumerate(grams_a):
        copies[x][0].append(i)
    for j, y in enumerate(grams_b):
        if y in copies:
            copies[y][1].append(j)
    pairs: list[tuple[int, int]] = []
    for olds, news in copies.values():
        if news:
            pairs.extend(_nearest_first(olds, news))
    return pairs


def _nearest_first(olds: list[int], news: list[int]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of two sorted index lists by ``(|i - j|, i, j)``.

    >>> _nearest_first([0, 5, 6], [4, 6])
    [(6, 6), (5, 4)]
    """
    right = list(range(len(news) + 1))  # right[k]: the first unpaired position >= k (len = none)
    left = list(range(-1, len(news)))   # left[k + 1]: the last unpaired position <= k (-1 = none)

    def first_free(k: int) -> int:
        root = k
        while right[root] != root:
            root = right[root]
        while right[k] != root:
            right[k], k = root, right[k]
        return root

    def last_free(k: int) -> int:
        root = k
        while left[root + 1] != root:
            root = left[root + 1]
        while left[k + 1] != root:
            left[k + 1], k = root, left[k + 1]
        return root

    def nearest(i: int) -> tuple[int, int, int] | None:
        k = bisect.bisect_left(news, i)
        after, before = first_free(k), last_free(k - 1)
        options = [(abs(i - news[m]), i, news[m]) for m in (before, after) if 0 <= m < len(news)]
        return min(options) if options else None

    heap = [entry for entry in map(nearest, olds) if entry]
    heapq.heapify(heap)
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    while heap:
        _, i, j = heapq.heappop(heap)
        if j in taken:
            entry = nearest(i)
            if entry:
                heapq.heappush(heap, entry)
            continue
        taken.add(j)
        pairs.append((i, j))
        m = bisect.bisect_left(news, j)
        right[m], left[m + 1] = m + 1, m - 1
    return pairs


#: Similarity levels the greedy pairing is run down, highest first, before the threshold.
LEVELS = (0.95, 0.8, 0.6)


def _levels(threshold: float) -> list[float]:
    """The thresholds of the cascade: :data:`LEVELS` above ``threshold``, then ``threshold``.

    The greedy pairing takes pairs by decreasing similarity, so the pairs at or above 0.95
    are its first steps, whatever the pairs below; and two articles both left unpaired after
    them have no pair at 0.95 (it would have been taken), so the next level looks only at
    them.  High levels have short prefixes (:func:`_prefix`) and pair most articles of two
    versions of one text; the low threshold then only sees the articles that changed.

    >>> _levels(0.35), _levels(0.7), _levels(0.99)
    ([0.95, 0.8, 0.6, 0.35], [0.95, 0.8, 0.7], [0.99])
    """
    return [level for level in LEVELS if level > threshold] + [threshold]


def align_articles(old: Sequence[Article], new: Sequence[Article], threshold: float = THRESHOLD
                   ) -> list[tuple[int | None, int | None, float | None]]:
    """One-to-one pairing of two article lists: (old index, new index, similarity) triples.

    Drafts move articles around (000's 第三十三条 is 002's 第二十四条), so the
    pairing is not forced to keep order: pairs are taken greedily by
    decreasing similarity, each article at most once, down to ``threshold``
    (so every accepted pair is the best remaining choice for both sides).
    Unpaired articles come back with ``None`` on the other side; the result
    is in the old version's order, new-only articles after the pair that
    precedes them in the new version.

    Cost: not every pair is compared; the pairing is still the all-pairs one (the same pairs
    reach the threshold, with the same similarities, taken in the same order).  Copies (equal
    bigrams) are paired first without comparing pairs (:func:`_pair_copies`); then the greedy
    runs down :func:`_levels` (0.95, 0.8, 0.6, the threshold), each level over the articles
    still unpaired and comparing only pairs that share one of their rarer bigrams and pass
    the size and position bounds (:func:`_candidates`).  Most articles of two versions pair
    at 0.95, where only an article's rarest tenth of bigrams is indexed, so two versions of a
    long law cost about the size of their texts (2 x 16,000 real articles: seconds, where the
    all-pairs loop compared 256 million pairs for minutes).  Hard bound, for the degenerate
    case where every article shares its bigrams with thousands of others (a 100k-character
    page of 16,000 one-line articles ``第N条 内容N。`` in two versions): a level visits at most
    :data:`BASE_WORK` + 64 x (articles) index entries, counted before it starts; a level that
    would visit more compares each article only with the 65 of the other list nearest to
    its place (:data:`BAND`), so the whole costs O((n + m) log(n + m)) index work plus at
    most 4 x (budget + 65 x n) comparisons.  Only such degenerate lists can pair otherwise
    than the all-pairs loop (a best partner more than 32 places away is not seen); real
    versions stay far under the budget (2 x 16,000 real articles: 0.9 million entries at
    the busiest level).

    >>> a = [Article("d", "f", 1, "为了促进发展，制定本条例。"), Article("d", "f", 2, "本条例自公布之日起施行。")]
    >>> b = [Article("e", "f", 1, "本条例自2025年10月1日起施行。"), Article("e", "f", 2, "为了促进智能制造发展，制定本条例。")]
    >>> [(i, j) for i, j, _ in align_articles(a, b)]
    [(0, 1), (1, 0)]
    """
    grams_a = [_bigrams(a.text) for a in old]
    grams_b = [_bigrams(b.text) for b in new]
    pair_of_old: dict[int, tuple[int, float]] = {}
    used_new: set[int] = set()
    if threshold <= 1:
        for i, j in _pair_copies(grams_a, grams_b):
            pair_of_old[i] = (j, 1.0)
            used_new.add(j)
    left = [i for i in range(len(old)) if i not in pair_of_old]
    right = [j for j in range(len(new)) if j not in used_new]
    ranked = _rarest_first([grams_a[i] for i in left] + [grams_b[j] for j in right])
    ranked_a, ranked_b = dict(zip(left, ranked)), dict(zip(right, ranked[len(left):]))
    for level in _levels(threshold):
        left = [i for i in left if i not in pair_of_old]
        right = [j for j in right if j not in used_new]
        if not left or not right:
            break
        found = _candidates([grams_a[i] for i in left], [grams_b[j] for j in right],
                            [ranked_a[i] for i in left], [ranked_b[j] for j in right], level)
        candidates = sorted((-s, abs(left[i] - right[j]), left[i], right[j]) for i, j, s in found)
        for neg, _, i, j in candidates:
            if i in pair_of_old or j in used_new:
                continue
            pair_of_old[i] = (j, -neg)
            used_new.add(j)
    out: list[tuple[int | None, int | None, float | None]] = []
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


def are_parts(a: Sequence[Article], b: Sequence[Article]) -> bool:
    """Whether two documents of one title are parts of one code, not versions: their article
    numbers do not overlap (the books of the Civil Code: 物权编 第二百零五条…, 合同编
    第四百六十三条…, both titled 中华人民共和国民法典).

    >>> def arts(lo, hi): return [Article("d", "f", n, "") for n in range(lo, hi)]
    >>> are_parts(arts(205, 463), arts(463, 989)), are_parts(arts(1, 40), arts(1, 48))
    (True, False)
    """
    if not a or not b:
        return False
    x = {art.article_no for art in a}
    y = {art.article_no for art in b}
    return len(x & y) < 0.2 * min(len(x), len(y))


def align_versions(documents: Sequence[Document], articles: Sequence[Article]) -> list[dict[str, Any]]:
    """Rows of the ``alignments`` config for every pair of consecutive versions.

    Returns only the rows (columns of ``tables.ALIGNMENTS``); the documents'
    ``version_group`` is set by :func:`assign_version_groups`, which uses the
    same grouping and ids, so the build calls both::

        documents = assign_version_groups(documents, first_article_numbers(articles))
        rows = align_versions(documents, articles)

    Within a group, versions are ordered by date (draft before final on a
    tie) and each consecutive pair (earlier = ``draft_doc_id``, later =
    ``final_doc_id``) is aligned article by article.
    """
    by_doc = articles_by_document(articles)
    rows: list[dict[str, Any]] = []
    for gid, docs in version_groups(documents, first_article_numbers(articles)):
        rows.extend(align_group(gid, docs, by_doc))
    return rows


def version_groups(documents: Iterable[Document], starts: Mapping[str, int | None] | None = None
                   ) -> list[tuple[str, list[Document]]]:
    """The groups of two or more versions, by group id: the units :func:`align_group` aligns."""
    return sorted(_groups(documents, starts).items())


#: A title-less text joins a version group only with at least this many of its articles paired with a member's...
TITLELESS_MIN_MATCHED = 5
#: ...and with that many being at least this share of the shorter text's articles (two laws sharing their 附则's
#: 施行 article, or a few template articles, pair a handful: no version of one another).
TITLELESS_MIN_SHARE = 0.5
#: The similarity a pair must reach to count towards the share (a reworded article of a revision still does).
TITLELESS_PAIR_SIMILARITY = 0.6
#: Articles' openings two texts must share before they are aligned (an index, so that the pairs looked at stay few).
_TITLELESS_MIN_SHARED_OPENINGS = 3
_OPENING_CHARS = 12
_ARTICLE_LABEL = lazy_regex(r"^\s*第[^条\n]{1,12}条(?:之[一二三四五六七八九十]+)?\s*")


def titleless_candidates(documents: Iterable[Document], starts: Mapping[str, int | None]) -> list[str]:
    """The doc_ids of versioned texts with articles and no title to group them by (:func:`normalized_title` under 4
    characters) that no group holds: the texts :func:`join_titleless` may place."""
    return [doc.doc_id for doc in documents
            if doc.doc_type in VERSIONED_TYPES and not doc.duplicate_of and not doc.version_group
            and len(normalized_title(doc.title)) < 4 and doc.doc_id in starts]


def _openings(articles: Sequence[Article]) -> set[str]:
    """The first characters of each article's text after its label, letters and digits only: what versions of a law
    share for most articles (a revision rewords some, keeps most)."""
    return {key for art in articles if len(key := copy_key(_ARTICLE_LABEL.sub("", art.text))[:_OPENING_CHARS]) >= 6}


def same_instrument(a: Sequence[Article], b: Sequence[Article]) -> bool:
    """Whether two article lists are versions of one text by their alignment (:func:`align_articles`): at least
    :data:`TITLELESS_MIN_MATCHED` pairs at :data:`TITLELESS_PAIR_SIMILARITY`, and at least
    :data:`TITLELESS_MIN_SHARE` of the shorter list's articles; parts of one code are not (:func:`are_parts`).

    >>> law = [Article("d", "f", n, f"第{n}条 本条例关于第{n}项事务的规定，由主管部门负责实施和监督检查。") for n in range(1, 11)]
    >>> draft = [Article("e", "f", n, art.text.replace("负责", "统一负责")) for n, art in enumerate(law, 1)]
    >>> same_instrument(law, draft)
    True
    >>> other = [Article("g", "f", n, f"第{n}条 某某事项第{n}款应当依法办理，不得拖延。") for n in range(1, 9)] + law[-2:]
    >>> same_instrument(law, other)
    False
    """
    if not a or not b or are_parts(a, b):
        return False
    matched = sum(1 for i, j, s in align_articles(a, b) if i is not None and j is not None
                  and s is not None and s >= TITLELESS_PAIR_SIMILARITY)
    return matched >= TITLELESS_MIN_MATCHED and matched >= TITLELESS_MIN_SHARE * min(len(a), len(b))


def join_titleless(documents: Sequence[Document], by_doc: Mapping[str, Sequence[Article]],
                   starts: Mapping[str, int | None]) -> dict[str, str]:
    """doc_id -> version group for title-less texts that are versions of another text by their articles.

    Real case (field test 18, F18-M1; /work/field18/ihmsje_law_versions, GitHub ihmsje/Change-Index-Chinese-Law):
    five versions of 动物防疫法 and its two 2021 修订草案 drafts as a crawler saved them; only the three that carry
    the law's title (1997, 2013, 2015) got a group, the 2007 text (it opens with its history line), 2021 and both
    drafts (they open at ``第一章 总则``) none, so the draft -> final lineage was lost.

    A title-less text (:func:`titleless_candidates`) is linked to every text it is the same instrument as
    (:func:`same_instrument`), titled or not, of the same place (or none given); titled texts are never linked with
    each other here (their titles decided).  A set of linked texts holding titled texts of ONE group key takes that
    key's group id; of two keys or more it is left alone (a title-less text like two laws is no evidence of
    either); a set of title-less texts only gets an id of its own (``untitled:`` and its first text's file).
    Only pairs sharing :data:`_TITLELESS_MIN_SHARED_OPENINGS` articles' openings are aligned.
    """
    orphans = set(titleless_candidates(documents, starts))
    if not orphans:
        return {}
    docs = {doc.doc_id: doc for doc in documents if doc.doc_id in by_doc and doc.doc_type in VERSIONED_TYPES
            and not doc.duplicate_of and (doc.doc_id in orphans or len(normalized_title(doc.title)) >= 4)}
    index: dict[str, list[str]] = defaultdict(list)
    openings = {doc_id: _openings(by_doc[doc_id]) for doc_id in docs}
    for doc_id, keys in openings.items():
        for key in keys:
            index[key].append(doc_id)
    parent = {doc_id: doc_id for doc_id in docs}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for orphan in sorted(orphans & docs.keys()):
        shared: Counter[str] = Counter(other for key in openings[orphan] for other in index[key] if other != orphan)
        for other, count in sorted(shared.items()):
            if count < _TITLELESS_MIN_SHARED_OPENINGS or (other in orphans and other < orphan):
                continue  # (a pair of title-less texts is looked at once)
            a, b = docs[orphan], docs[other]
            if a.jurisdiction and b.jurisdiction and a.jurisdiction != b.jurisdiction:
                continue
            if part_start(starts.get(orphan)) != part_start(starts.get(other)):
                continue
            if same_instrument(by_doc[orphan], by_doc[other]):
                parent[root(orphan)] = root(other)
    members: dict[str, list[str]] = defaultdict(list)
    for doc_id in docs:
        members[root(doc_id)].append(doc_id)
    out: dict[str, str] = {}
    for ids in members.values():
        lost = [i for i in ids if i in orphans]
        if not lost or len(ids) < 2:
            continue
        titled = {(docs[i].jurisdiction or "", normalized_title(docs[i].title), part_start(starts.get(i)))
                  for i in ids if i not in orphans}
        if len(titled) > 1:
            continue
        if titled:
            (place, key, start), = titled
        else:
            first = min((docs[i].source_file, docs[i].ordinal, i) for i in lost)
            place, key, start = docs[first[2]].jurisdiction or "", f"untitled:{first[0]}#{first[1]}", part_start(starts.get(first[2]))
        gid = version_group_id(place, key if start is None else f"{key}#{start}")
        for i in ids:
            out[i] = gid
    return out


def version_groups_by_stamp(documents: Iterable[Document], placed: Collection[str] = ()
                            ) -> list[tuple[str, list[Document]]]:
    """The groups of two or more versions (:func:`_versions`) by the ``version_group`` the documents carry, by group
    id: :func:`version_groups` for documents :func:`assign_version_groups` stamped, and the title-less texts
    :func:`join_titleless` placed with them (``placed``).  A placed text with no date is a member of its group but no
    version in its chain of alignments: nothing tells where it stands among the dated ones (chingboh's undated
    ``akn_2005.xml`` was aligned as the Company Law's first version, before 1993's)."""
    stamped: dict[str, list[Document]] = defaultdict(list)
    for doc in documents:
        if doc.doc_id in placed and not _version_key(doc)[0]:
            continue
        if doc.version_group and doc.doc_type in VERSIONED_TYPES and not doc.duplicate_of:
            stamped[doc.version_group].append(doc)
    return sorted((gid, versions) for gid, docs in stamped.items() if len(versions := _versions(docs)) >= 2)


def first_article_numbers(articles: Iterable[Article]) -> dict[str, int]:
    """doc_id -> its lowest article number (``documents.first_article_no``)."""
    lowest: dict[str, int] = {}
    for art in articles:
        if art.doc_id not in lowest or art.article_no < lowest[art.doc_id]:
            lowest[art.doc_id] = art.article_no
    return lowest


def articles_by_document(articles: Iterable[Article]) -> dict[str, list[Article]]:
    """doc_id -> its articles in text order."""
    by_doc: dict[str, list[Article]] = defaultdict(list)
    for art in articles:
        by_doc[art.doc_id].append(art)
    for arts in by_doc.values():
        arts.sort(key=lambda a: a.start)
    return by_doc


def align_group(gid: str, docs: Sequence[Document], by_doc: Mapping[str, list[Article]]) -> list[dict[str, Any]]:
    """Alignment rows of one version group (see :func:`align_versions`)."""
    rows: list[dict[str, Any]] = []
    ordered = sorted(docs, key=_version_key)
    for old, new in zip(ordered, ordered[1:]):
        a, b = by_doc.get(old.doc_id, []), by_doc.get(new.doc_id, [])
        if not a and not b:
            continue
        if are_parts(a, b):
            continue
        for i, j, s in align_articles(a, b):
            x = a[i] if i is not None else None
            y = b[j] if j is not None else None
            rows.append({
                "version_group": gid, "draft_doc_id": old.doc_id, "final_doc_id": new.doc_id,
                "draft_article_no": x.article_no if x else None,
                "draft_article_suffix": x.article_suffix if x else None,
                "final_article_no": y.article_no if y else None,
                "final_article_suffix": y.article_suffix if y else None,
                "similarity": round(s, 4) if s is not None else None,
                "status": "matched" if x and y else ("draft_only" if x else "final_only"),
            })
    return rows
