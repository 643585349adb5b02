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

import hashlib
import unicodedata
from collections import defaultdict
from dataclasses import replace
from operator import add
from typing import Any, Iterable, Mapping, Sequence

import regex

from corpus_tools.records import Article, Document
from corpus_tools.structure.metadata import simplify

#: Minimum bigram Dice similarity for two articles to be paired.
THRESHOLD = 0.35
#: Document types that are versions of an instrument (not texts about one).
VERSIONED_TYPES = frozenset({"regulation", "rules", "normative_document", "draft_for_comment", "plan", "other"})

_QUALIFIERS = regex.compile(
    r"[（(][^（）()]{0,20}(?:草案|征求意见稿|送审稿|讨论稿|修订|修正|试行|暂行|\d{4}年?)[^（）()]{0,12}[）)]"
    r"|修订草案|草案修改稿|草案|征求意见稿|送审稿|讨论稿"
)
_NOISE = regex.compile(r"[\s《》“”\"'（）()【】\[\]]+")


def normalized_title(title: str) -> str:
    """A title without version qualifiers, spaces and quotes: the key of an instrument.

    >>> normalized_title("常州市促进智能制造发展条例（草案）（征求意见稿）") == normalized_title("常州市促进智能制造发展条例（2025）")
    True
    >>> normalized_title("某市物业管理条例(2021年修订)")
    '某市物业管理条例'
    """
    return _NOISE.sub("", _QUALIFIERS.sub("", simplify(title or "")))


_NOT_CONTENT = regex.compile(r"[^\p{L}\p{N}]+")


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


def _groups(documents: Iterable[Document], starts: Mapping[str, int | None] | None = None) -> dict[str, list[Document]]:
    """Version groups by id; ``starts`` (doc_id -> first article number) keeps parts apart."""
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
            out[version_group_id(j, k if start is None else f"{k}#{start}")] = versions
    return out


def assign_version_groups(documents: Sequence[Document], starts: Mapping[str, int | None] | None = None) -> list[Document]:
    """The documents, with ``version_group`` set on every member of a group of two or more.
    ``starts`` gives each document's first article number (``first_article_no``): parts of
    one code start at different ones and are never one group."""
    member = {doc.doc_id: gid for gid, docs in _groups(documents, starts).items() for doc in docs}
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

    >>> a = [Article("d", "f", 1, "为了促进发展，制定本条例。"), Article("d", "f", 2, "本条例自公布之日起施行。")]
    >>> b = [Article("e", "f", 1, "本条例自2025年10月1日起施行。"), Article("e", "f", 2, "为了促进智能制造发展，制定本条例。")]
    >>> [(i, j) for i, j, _ in align_articles(a, b)]
    [(0, 1), (1, 0)]
    """
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
    pair_of_old: dict[int, tuple[int, float]] = {}
    used_new: set[int] = set()
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
