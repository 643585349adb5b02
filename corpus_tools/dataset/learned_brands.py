"""Brand names a site's spam shows with evidence on some of its pages, learned for the others.

A spam injector works a site with a handful of brands.  On some pages a brand comes with
the evidence of its name (``博乐彩(bolecai)官方网站``: the Latin name spells the Han one;
``「杏彩彩票官网」``: a decoration holds it) and the cleaner removes it whole; on other pages
of the same site the same brand comes bare or short, with too little evidence on that page
(``博乐彩APP`` where the law said ``制定``, ``杏彩官网`` once the ruby rule took
``（xingcai)`` for a reading, a remnant ``红博乐彩色`` whose tail alone was recognised, a
domain ``bsqp.net`` glued into a sentence, a line holding only ``https://m.jdb.com/``).  One
page cannot tell; the corpus can, as :mod:`~corpus_tools.dataset.recurring` does for a
site's chrome.  This module does the counting for the build
(:mod:`corpus_tools.dataset.build`); the cleaner that uses what it learns is
:func:`corpus_tools.clean.spam.remove_spam_anchors` (``brands=``), where a learned name is
evidence only before spam tokens (:func:`corpus_tools.clean.brands._learned_evidence`: never
alone, never before a category word only: ``大发`` is also in 扩大发电子商务).

**Evidence** (all of it, for a name to be learned for a site):

* a string the first pass removed as spam on a page of the site shows the name with
  evidence of its own (:func:`~corpus_tools.clean.brands.evident_names`: a Han name its
  Latin name spells or its decoration holds, a brand-like Latin name), or holds a Latin name
  of the shape the law-text model reads (:func:`~corpus_tools.clean.spam_model.learnable_names`:
  ``meihaiming`` of ``福旺※meihaiming``, which the model removed on one page and finds on
  another with a lower junction threshold, :data:`~corpus_tools.clean.spam_model.LEARNED_JUNCTION`);
* the name stands on at least :data:`MIN_PAGES` pages of the site (first folder of the
  page's path): the pages where a removed string showed it, and the pages whose cleaned
  text still holds it.

The pages whose cleaned text holds a learned name of their site are cleaned again with the
names present on them; the build records every name learned, where it was shown with
evidence and on how many pages (``build.json``: ``edits.learned_brands``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any, Iterable

import regex

from corpus_tools.clean.brands import evident_names
from corpus_tools.clean.spam import LATIN_BRANDS, STRONG_BRANDS_CJK, WEAK_BRANDS_CJK
from corpus_tools.clean.spam_model import learnable_names
from corpus_tools.dataset.recurring import site_of
from corpus_tools.lazy_patterns import lazy_regex

#: Pages of one site a name must stand on (one of them with evidence) to be learned.
MIN_PAGES = 2
#: Names the cleaner knows already (its lists): nothing to learn (the seeds' ``manbetx``), and
#: no cleaned text is read for them.
KNOWN = frozenset(b.lower() for b in LATIN_BRANDS) | frozenset(STRONG_BRANDS_CJK) | frozenset(WEAK_BRANDS_CJK)
_LETTERS = lazy_regex(r"[^a-z]+")


@dataclass(frozen=True)
class LearnedBrand:
    """A brand name learned for a site: where a removed spam string showed it with evidence
    (the first such page in source order, and the string), and on how many pages it stands."""

    site: str
    name: str
    pages: int
    shown_on: str
    spam: str


@dataclass(frozen=True)
class Learned:
    """What the corpus taught: per page, the learned names its cleaned text holds (the pages to
    clean again), and every name learned (:meth:`record`)."""

    brands: dict[str, frozenset[str]]
    found: tuple[LearnedBrand, ...] = ()

    def record(self) -> list[dict[str, Any]]:
        """The names learned, for ``build.json`` (sorted: the same for any number of workers)."""
        return [asdict(b) for b in self.found]


def learn_brands(spam: Iterable[tuple[str, str]], texts: Iterable[tuple[str, str]]) -> Learned:
    """Learn brand names per site from the spam strings the first pass removed (``(source_file,
    removed string)``) and the cleaned texts (``(source_file, text)``, read only when some
    removed string showed a name).

    >>> spam = [("s/0.txt", "博乐彩(bolecai)官方网站"), ("t/0.txt", "杏彩(xingcai)官网")]
    >>> texts = [("s/0.txt", "第一条 甲。"), ("s/1.txt", "第一条 指导博乐彩APP预案。"), ("s/2.txt", "见bolecai.com。"), ("t/1.txt", "博乐彩")]
    >>> learned = learn_brands(spam, texts)
    >>> sorted(learned.brands.items())
    [('s/1.txt', frozenset({'博乐彩'})), ('s/2.txt', frozenset({'bolecai'}))]
    >>> [(b.site, b.name, b.pages, b.shown_on) for b in learned.found]
    [('s', 'bolecai', 2, 's/0.txt'), ('s', '博乐彩', 2, 's/0.txt')]
    >>> learn_brands([("s/0.txt", "万博体育APP官方网_万博体育manbetx3.0")], [("s/1.txt", "manbetx")]).brands  # known: a list has it
    {}
    """
    shown: dict[tuple[str, str], tuple[str, str]] = {}  # (site, name) -> first (page, string) showing it
    pages: dict[tuple[str, str], set[str]] = defaultdict(set)
    for source_file, string in spam:
        names, latin = evident_names(string)
        latin |= {n for n in learnable_names(string) if _LETTERS.sub("", n) not in KNOWN}  # (not ``manbetx3.0``: a list has it)
        site = site_of(source_file)
        for name in (names | latin) - KNOWN:
            shown.setdefault((site, name), (source_file, string))
            pages[site, name].add(source_file)
    if not shown:
        return Learned({})
    finders = _finders(shown)
    present: dict[str, frozenset[str]] = {}
    for source_file, text in texts:
        finder = finders.get(site_of(source_file))
        if finder is None:
            continue
        found = frozenset(_names_in(finder, text))
        if found:
            present[source_file] = found
            site = site_of(source_file)
            for name in found:
                pages[site, name].add(source_file)
    learned = {key for key in shown if len(pages[key]) >= MIN_PAGES}
    brands = {}
    for source_file, found in present.items():
        site = site_of(source_file)
        mine = frozenset(name for name in found if (site, name) in learned)
        if mine:
            brands[source_file] = mine
    records = tuple(
        LearnedBrand(site, name, len(pages[site, name]), *shown[site, name]) for site, name in sorted(learned)
    )
    return Learned(brands, records)


def removed_spam(results: Iterable[Any]) -> Iterable[tuple[str, str]]:
    """``(source_file, removed string)`` of every ``spam_anchor`` edit of the page texts in the
    chunks' ``edits`` shards (:class:`~corpus_tools.dataset.writer.ChunkResult`), in chunk order."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from corpus_tools.clean.rules import SPAM_ANCHOR

    for result in results:
        path = result.files.get("edits")
        if path is None:
            continue
        table = pq.read_table(path, columns=["source_file", "rule", "before", "field"])
        table = table.filter(pc.and_(pc.equal(table.column("rule"), SPAM_ANCHOR), pc.is_null(table.column("field"))))
        yield from zip(table.column("source_file").to_pylist(), table.column("before").to_pylist())


def _finders(shown: dict[tuple[str, str], Any]) -> dict[str, tuple[regex.Pattern, tuple[str, ...]]]:
    """Per site, one pattern finding its names: a Han name anywhere, a Latin name (letters, any
    case) not inside a longer Latin word's start (``jch`` of ``jch88.vip``, not of ``ajch``)."""
    by_site: dict[str, set[str]] = defaultdict(set)
    for site, name in shown:
        by_site[site].add(name)
    finders = {}
    for site, names in by_site.items():
        ordered = sorted(names, key=lambda n: (-len(n), n))
        parts = [regex.escape(n) if not n.isascii() else rf"(?<![A-Za-z])(?i:{regex.escape(n)})" for n in ordered]
        finders[site] = (regex.compile("|".join(parts)), tuple(ordered))
    return finders


def _names_in(finder: tuple[regex.Pattern, tuple[str, ...]], text: str) -> set[str]:
    """The site's names a text holds: a Latin name that a longer learned name holds at its start is found too (the
    finder takes the longest at each place: ``jch88`` there must not hide the ``jch`` the cleaner compares)."""
    pattern, names = finder
    out = set()
    for m in pattern.finditer(text, overlapped=True):
        name = m.group()
        out.add(name.lower() if name.isascii() else name)
    latin = [n for n in out if n.isascii()]
    if latin:
        out.update(n for n in names if n.isascii() and any(f != n and f.startswith(n) for f in latin))
    return out


__all__ = ["MIN_PAGES", "Learned", "LearnedBrand", "learn_brands", "removed_spam"]
