"""Corpus-level restoration of words that spam anchors replaced.

A spam site replaced one word of the law everywhere on a page with a brand
string (``建设智能制造万博体育…平台`` for ``建设智能制造公共服务平台``).  The
``spam_anchor`` rule removes the string and records a *gap* with its left and
right context.  Other pages of the corpus (and an optional reference corpus)
often carry the same sentence: the same left and right context with one
consistent short word between is the evidence that restores the word.

The build runs: pass 1 clean every page -> :func:`collect_gaps` ->
:func:`resolve_gaps` (one streamed pass over every cleaned text, read back from
the first pass's ``pages`` shards: :func:`restorations_of_chunks`) -> re-clean
the pages with gaps, passing the restorations to the ``spam_anchor`` rule.
Engines that process one record at a time compute the restorations first,
without building anything (:func:`compute_restorations`).

Spam is also *inserted* without replacing anything (``依法履行职责澳门新葡京，保障``
where the law says ``依法履行职责，保障``).  There the contexts stand side by
side elsewhere, with nothing between: the *empty join* is evidence too, counted
alongside the words (:func:`resolve_gaps`).  A word is written only when its
evidence clearly dominates and the empty join is absent or negligible; when the
empty join is the attested reading the gap closes and the restoration says so
(``closed``); when neither dominates nothing is written and the conflict is
recorded.
"""

from __future__ import annotations

import json
import math
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from corpus_tools.lazy_patterns import lazy_regex

try:  # Aho-Corasick finds thousands of context keys in one pass (optional)
    import ahocorasick
except ImportError:  # pragma: no cover - the stdlib trie regex is the fallback
    ahocorasick = None

from corpus_tools.clean import RULE_NAMES
from corpus_tools.clean.rules import SPAM_ANCHOR
from corpus_tools.dataset import spool
from corpus_tools.crawl_records import pages_of_file
from corpus_tools.ingest import IngestError, discover
from corpus_tools.clean.page import clean_page
from corpus_tools.records import CleanedPage, Edit, RawPage
from corpus_tools.text import CONTEXT_FOLD

if TYPE_CHECKING:
    from corpus_tools.clean.plan import CleaningPlan
    from corpus_tools.dataset.writer import ChunkResult


#: Longest word a gap may hide (CJK characters).
MAX_WORD = 8
#: Context characters compared on each side (the spam rule records up to 12).
MAX_CONTEXT = 12
#: Characters of a context used as the search key.  Both sides are keys, so
#: any place sharing this much context on one side is found; places sharing
#: less on both sides could not reach ``MIN_CONFIDENCE`` anyway.
KEY_CHARS = 6
#: Least left + right context a place must share with the gap to count.
MIN_CONTEXT = 4
#: Least combined confidence to restore a word from direct evidence.
MIN_CONFIDENCE = 0.5
#: A runner-up word this close to the best one (ratio of confidences) is a conflict.
CONFLICT_RATIO = 0.5
#: Effective length of a short context that matched in full.
FULL_SIDE = 8
#: Confidence factor for a word taken from another gap of the same anchor on the page.
PROPAGATION_FACTOR = 0.7
#: Evidence entries kept per restoration.
MAX_EVIDENCE = 5
#: Witnessed words at least this confident are not checked against the model of legal Chinese.
MODEL_CHECK_BELOW = 0.9
#: Characters of each side in the key of an empty join (left tail + right head): a place where
#: the contexts stand side by side shares at least this much on both sides of the join.
JOIN_KEY_SIDE = 3
#: Empty-join evidence at most this fraction of the best word's confidence is negligible.
EMPTY_NEGLIGIBLE = 0.3
#: So is an empty join whose best place matched at most this fraction of the weight of the word's
#: best witness: a short coincidental join elsewhere (``，按照规定的``) does not outvote a word
#: witnessed in the whole sentence (a mirror of the page).
EMPTY_NEGLIGIBLE_PLACE = 0.5
#: The evidence key of a word that several passages of other laws write in the gap's context, none the gap's whole
#: passage (:func:`_unique_passage`): a guess, not written; the anchor goes and the edit records the word and its
#: witnesses (a warning: ``replaced word conflict``).
GUESS = "guess_from_other_laws"
#: The candidate that stands for the empty join among the words of a gap.
EMPTY = ""
#: Least lead (nats per gap) of the model's word over the gap closed, both read by the model of
#: legal Chinese, for the model to write a word no witness gave: a spam string inserted inside
#: a word (环境卫[brand]生行政) left contexts the model reads far better joined (生计: -9.5).  A
#: replaced word may read a little worse than its gap closed (on the noise benchmark's
#: spam_replace_no_witness, seed 0, the model's words read -2.2 to +11.9 over the join; at 0
#: its lossy exact fell from 38.1 % to 27.4 %): only a far better join vetoes the model.
MODEL_JOIN_MARGIN = -5.0
#: Least lead (nats per gap) of a weakly witnessed word (confidence below :data:`MODEL_CHECK_BELOW`)
#: over the gap closed, read by the model of legal Chinese: below it the sentence reads whole without
#: the word and the witness is no evidence that a word was replaced (同时[brand]投入使用 took 验收并 from
#: another law's sentence: -13.1).  The model's own words meet :data:`MODEL_JOIN_MARGIN`; see
#: :func:`_doubt_words_the_join_reads_without` for how it was set.
WITNESS_JOIN_MARGIN = -5.0
#: Least confidence of a witnessed word in a gap whose spam string the page shows inserted
#: elsewhere (another gap of that string closed): the string is no replacement there.
INSERTED_ANCHOR_CONFIDENCE = 0.9


@dataclass(frozen=True)
class Restoration:
    """The word restored in one gap, how sure, and why.

    ``word == ""`` means the resolver looked and wrote nothing: with ``closed``
    the empty join is the attested reading (spam was inserted, nothing
    replaced: the gap closes, ``confidence`` is the empty join's), else the
    evidence conflicts (words against words, or against the empty join).  The
    spam rule removes the anchor either way and records the outcome in the edit.
    """

    word: str
    confidence: float
    evidence: tuple = field(default_factory=tuple)
    closed: bool = False

    @property
    def resolved(self) -> bool:
        return bool(self.word)


@dataclass(frozen=True)
class Gap:
    """A removed inline spam anchor: where, which string, and its contexts."""

    source_file: str
    start: int  # anchor start in the spam_anchor rule's input
    anchor: str
    left: str
    right: str


def collect_gaps(source_file: str, spam_edits: Iterable[Edit]) -> list[Gap]:
    """The unresolved gaps recorded by the ``spam_anchor`` rule on one page.

    >>> e = Edit("spam_anchor", 2, 6, "万博体育", "", '{"gap": "unresolved", "left": "提升", "right": "能力。", "anchor": "万博体育"}')
    >>> collect_gaps("a.txt", [e])
    [Gap(source_file='a.txt', start=2, anchor='万博体育', left='提升', right='能力。')]
    """
    gaps = []
    for edit in spam_edits:
        if edit.rule != SPAM_ANCHOR or not edit.detail.startswith("{"):
            continue
        detail = json.loads(edit.detail)
        if "gap" not in detail:
            continue
        gaps.append(Gap(source_file, edit.start, detail.get("anchor", edit.before), detail.get("left", ""), detail.get("right", "")))
    return gaps


# --------------------------------------------------------------------------
# Normalisation: gap contexts come from an early rule's input (maybe
# Traditional, ASCII punctuation); texts are cleaned (Simplified, full-width).
# Both sides go to one canonical form: full-width ASCII block -> ASCII,
# curly quotes -> straight, spaces dropped.
# --------------------------------------------------------------------------



@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def canonical(text: str, *, to_simplified: bool = False) -> str:
    """Canonical form for matching contexts across rules.

    >>> canonical("服務,提升 能力", to_simplified=True) == canonical("服务，提升能力")
    True
    """
    if to_simplified:
        text = _t2s().convert(text)
    return text.translate(CONTEXT_FOLD)


_HAN_RUN = lazy_regex(rf"\p{{Han}}{{1,{MAX_WORD}}}")


@dataclass
class _Probe:
    context_id: int
    left: str  # canonical
    right: str  # canonical
    key_side: str  # "left" | "right" | "join"
    split: int = 0  # join keys: characters of the key that belong to the left context


@dataclass
class _Hit:
    word: str  # EMPTY: the contexts stand side by side (an empty join)
    source: str
    position: int
    left: int  # matched context lengths
    right: int
    left_full: bool = False  # the whole recorded context matched (it ended at a line edge)
    right_full: bool = False
    passage: str = ""  # the word with up to MAX_CONTEXT characters of its text on each side

    @property
    def whole(self) -> bool:
        """Both recorded contexts matched in full: the same passage (a mirror, a copy of the sentence)."""
        return self.left_full and self.right_full

    @property
    def weight(self) -> float:
        """Geometric mean of both sides' match (a one-sided match is weak).

        A side whose whole recorded context matched counts as at least
        ``FULL_SIDE`` characters: the line edge bounded it, not a mismatch.
        """
        left = max(self.left, FULL_SIDE) if self.left_full else self.left
        right = max(self.right, FULL_SIDE) if self.right_full else self.right
        score = (min(left, MAX_CONTEXT) * min(right, MAX_CONTEXT)) ** 0.5 / MAX_CONTEXT
        return round(min(0.95, score), 3)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _context(gap: Gap) -> tuple[str, str] | None:
    """A gap's canonical (left, right) context, or None when too short to search.

    >>> _context(Gap("a", 0, "万博体育", "建設智能製造", "平台,支持"))
    ('建设智能制造', '平台,支持')
    >>> _context(Gap("a", 0, "万博体育", "在", "中")) is None
    True
    """
    left = canonical(gap.left, to_simplified=True)[-MAX_CONTEXT:]
    right = canonical(gap.right, to_simplified=True)[:MAX_CONTEXT]
    if not left or not right or len(left) + len(right) < MIN_CONTEXT:
        return None
    return left, right


class _Matcher:
    """All distinct gap contexts' keys in one automaton (or alternation), searched once per text.

    Gaps that share their context (the same page mirrored, the same anchor
    in a repeated sentence) are one probe: a text is checked against each
    distinct context once, however many gaps carry it.  Three keys per
    context: its left tail (a word may follow), its right head (a word may
    precede), and the join of both (left tail + right head: the contexts side
    by side, nothing between), found in the same single pass.
    """

    def __init__(self, contexts: Sequence[tuple[str, str]], gap_pages: frozenset[str] = frozenset()) -> None:
        #: Pages with gaps keep every join (their own closed gaps are told apart later); any other
        #: text keeps its best join per context (all :func:`_combine` reads): bounded memory where a
        #: common join (``，按照规定的``) occurs thousands of times.
        self.gap_pages = gap_pages
        self._join_slot: dict[int, int] = {}  # context -> index of the scanned text's best join in its hits
        self.by_left: dict[str, list[_Probe]] = defaultdict(list)
        self.by_right: dict[str, list[_Probe]] = defaultdict(list)
        self.by_join: dict[str, list[_Probe]] = defaultdict(list)
        for context_id, (left, right) in enumerate(contexts):
            if len(left) >= 2:
                self.by_left[left[-KEY_CHARS:]].append(_Probe(context_id, left, right, "left"))
            if len(right) >= 2:
                self.by_right[right[:KEY_CHARS]].append(_Probe(context_id, left, right, "right"))
            head, tail = left[-JOIN_KEY_SIDE:], right[:JOIN_KEY_SIDE]
            if len(head) + len(tail) >= MIN_CONTEXT:
                self.by_join[head + tail].append(_Probe(context_id, left, right, "join", len(head)))
        keys = sorted(set(self.by_left) | set(self.by_right) | set(self.by_join), key=len, reverse=True)
        # One hit stands for every key that prefixes the matched one.
        self.automaton = None
        self.pattern = None
        if keys and ahocorasick is not None:
            self.automaton = ahocorasick.Automaton()
            for key in keys:
                self.automaton.add_word(key, key)
            self.automaton.make_automaton()
        elif keys:
            self.prefixes = {k: [p for p in keys if p != k and k.startswith(p)] for k in keys}
            self.pattern = re.compile(_trie_pattern(keys))

    def scan(self, source: str, text: str, hits: dict[int, list[_Hit]]) -> None:
        """Search all keys at once; restart one character after each hit so
        overlapping occurrences of different keys are all seen."""
        self._join_slot = {}
        if self.automaton is not None:  # Aho-Corasick: every overlapping key, one pass
            for last, key in self.automaton.iter(text):
                self._probe(source, text, last + 1 - len(key), key, hits)
            return
        if self.pattern is None:
            return
        search = self.pattern.search
        match = search(text)
        while match:
            pos = match.start()
            key = match.group(0)
            for k in (key, *self.prefixes[key]):
                self._probe(source, text, pos, k, hits)
            match = search(text, pos + 1)

    def _probe(self, source: str, text: str, pos: int, key: str, hits: dict[int, list[_Hit]]) -> None:
        for probe in self.by_left.get(key, ()):
            self._from_left(source, text, pos + len(key), probe, hits)
        for probe in self.by_right.get(key, ()):
            self._from_right(source, text, pos, probe, hits)
        for probe in self.by_join.get(key, ()):
            self._from_join(source, text, pos + probe.split, probe, hits)

    def _from_join(self, source: str, text: str, join: int, probe: _Probe, hits: dict[int, list[_Hit]]) -> None:
        """The contexts side by side at ``join``: evidence that nothing stood between them."""
        lm = _common_suffix(text[max(0, join - len(probe.left)):join], probe.left)
        rm = _common_prefix(text[join:join + len(probe.right)], probe.right)
        hit = _Hit(EMPTY, source, join, lm, rm, lm == len(probe.left), rm == len(probe.right))
        found = hits[probe.context_id]
        if source not in self.gap_pages:
            slot = self._join_slot.get(probe.context_id)
            if slot is not None:
                if hit.weight > found[slot].weight:
                    hit.passage = _passage(text, join, 0)
                    found[slot] = hit
                return
            self._join_slot[probe.context_id] = len(found)
        hit.passage = _passage(text, join, 0)
        found.append(hit)

    @staticmethod
    def _from_left(source: str, text: str, end: int, probe: _Probe, hits: dict[int, list[_Hit]]) -> None:
        if probe.right[0] not in text[end + 1:end + MAX_WORD + 1]:
            return  # cheap rejection: the right context cannot start after a word
        if text.startswith(probe.right, end):
            return  # left and right adjacent: this is a gap, not evidence
        run = _HAN_RUN.match(text, end)
        if not run:
            return
        lm = _common_suffix(text[max(0, end - len(probe.left)):end], probe.left)
        best = None
        for w in range(1, len(run.group(0)) + 1):
            rm = _common_prefix(text[end + w:end + w + len(probe.right)], probe.right)
            if rm and lm + rm >= MIN_CONTEXT and (best is None or rm > best.right):
                best = _Hit(text[end:end + w], source, end, lm, rm, lm == len(probe.left), rm == len(probe.right))
        if best:
            best.passage = _passage(text, best.position, len(best.word))
            hits[probe.context_id].append(best)

    @staticmethod
    def _from_right(source: str, text: str, start: int, probe: _Probe, hits: dict[int, list[_Hit]]) -> None:
        if probe.left[-1] not in text[max(0, start - MAX_WORD - 1):start - 1]:
            return
        if text.endswith(probe.left, 0, start):
            return
        rm = _common_prefix(text[start:start + len(probe.right)], probe.right)
        best = None
        for w in range(1, MAX_WORD + 1):
            if start - w < 0 or not _HAN_RUN.fullmatch(text, start - w, start):
                break
            lm = _common_suffix(text[max(0, start - w - len(probe.left)):start - w], probe.left)
            if lm and lm + rm >= MIN_CONTEXT and (best is None or lm > best.left):
                best = _Hit(text[start - w:start], source, start - w, lm, rm, lm == len(probe.left), rm == len(probe.right))
        if best:
            best.passage = _passage(text, best.position, len(best.word))
            hits[probe.context_id].append(best)


def _passage(text: str, position: int, length: int) -> str:
    """The word at ``position`` with up to ``MAX_CONTEXT`` characters on each side.

    >>> _passage("鼓励高校建设智能制造公共服务平台，支持标准验证。", 10, 4)
    '鼓励高校建设智能制造公共服务平台，支持标准验证。'
    """
    return text[max(0, position - MAX_CONTEXT):position + length + MAX_CONTEXT]


def _trie_pattern(keys: Sequence[str]) -> str:
    """One regex alternation shaped as a trie (fast for thousands of keys).

    >>> _trie_pattern(["智能制造", "智能化", "公共"])
    '(?:公共|智能(?:制造|化))'
    """
    trie: dict = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = []
        for char in sorted(node):
            if char == "":
                continue
            branches.append(re.escape(char) + build(node[char]))
        if not branches:
            return ""
        optional = "" in node
        body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        if optional:
            body = ("(?:" + "|".join(branches) + ")" if len(branches) > 1 else "(?:" + branches[0] + ")") + "?"
        return body

    return "(?:" + "|".join(re.escape(c) + build(trie[c]) for c in sorted(trie)) + ")"


def _combine(hits: Sequence[_Hit]) -> dict[str, tuple[float, list[_Hit]]]:
    """Per candidate word: confidence combined over independent witnesses, and the places.

    Places on one page are not independent (a page repeats its own phrases):
    each source contributes its best place.  Sources that show the word in
    the same passage (the same characters around it on both sides: a mirror,
    a re-post, the same page scraped twice) are one witness, not many: else a
    weak match copied onto hundreds of mirrors would add up to certainty and
    outvote a strong one.  Witnesses combine as a noisy-or.

    >>> weak = [_Hit("人才", f"mirror{i}", 9, 2, 2, passage="体系、人才等方面") for i in range(50)]
    >>> _combine(weak)["人才"][0]
    0.167
    """
    by_word: dict[str, dict[str, _Hit]] = defaultdict(dict)
    for hit in hits:
        old = by_word[hit.word].get(hit.source)
        if old is None or hit.weight > old.weight:
            by_word[hit.word][hit.source] = hit
    result = {}
    for word, places in by_word.items():
        witnesses: dict[str, _Hit] = {}
        for hit in places.values():
            key = hit.passage or hit.source
            if key not in witnesses or hit.weight > witnesses[key].weight:
                witnesses[key] = hit
        miss = 1.0
        for hit in witnesses.values():
            miss *= 1.0 - hit.weight
        ranked = sorted(witnesses.values(), key=lambda h: -h.weight)
        result[word] = (round(1.0 - miss, 3), ranked)
    return result


def _evidence(hits: Sequence[_Hit]) -> list[dict]:
    return [
        {"source": h.source, "word": h.word, "left": h.left, "right": h.right, "weight": h.weight}
        for h in hits[:MAX_EVIDENCE]
    ]


def resolve_gaps(
    gaps: Sequence[Gap],
    texts: Iterable[tuple[str, str]],
    *,
    reference_texts: Iterable[str] = (),
    model: bool = True,
) -> dict[str, dict[int, Restoration]]:
    """Find the word each gap hides from evidence elsewhere in the corpus.

    ``texts`` are ``(source_file, cleaned text)`` of every page of the corpus
    being built, streamed once; ``reference_texts`` an optional reference
    corpus.  Returns ``source_file -> anchor start -> Restoration``.  A gap
    with no evidence is absent; a gap whose evidence conflicts maps to a
    Restoration with an empty word and the conflicting candidates as evidence;
    a gap whose contexts other places show side by side, with no word
    clearly dominating, maps to a ``closed`` Restoration (spam was inserted
    there: nothing to restore).  A page's own text shows each of its gaps
    closed (pass 1 removed the anchors): those joins are no evidence, any
    further one on the page is.
    With ``model``, an anchor whose gaps no witness resolved on a page gets
    the word the model of legal Chinese decides for all of them, when it is
    confident (:func:`corpus_tools.dataset.model_restoration.decide`).

    >>> gaps = [Gap("a", 9, "万博体育", "鼓励高校建设智能制造", "平台,支持标准验证")]
    >>> corpus = [("b", "鼓励高校建设智能制造公共服务平台，支持标准验证。")]
    >>> r = resolve_gaps(gaps, corpus)["a"][9]
    >>> r.word, r.confidence >= MIN_CONFIDENCE
    ('公共服务', True)
    >>> inserted = [Gap("a", 6, "澳门新葡京", "依法履行职责", ",保障公民合法权益")]
    >>> r = resolve_gaps(inserted, [("b", "第五条 行政机关应当依法履行职责，保障公民合法权益。")])["a"][6]
    >>> r.word, r.closed
    ('', True)
    """
    gaps = list(gaps)
    contexts: dict[tuple[str, str], int] = {}
    context_of: list[int | None] = []
    for gap in gaps:
        context = _context(gap)
        context_of.append(None if context is None else contexts.setdefault(context, len(contexts)))
    matcher = _Matcher(list(contexts), frozenset(gap.source_file for gap in gaps))
    hits: dict[int, list[_Hit]] = defaultdict(list)
    gap_pages = {gap.source_file for gap in gaps} if model else set()
    pages: dict[str, str] = {}  # the cleaned text of each page with gaps: the model's evidence
    for source, text in texts:
        if source in gap_pages:
            pages[source] = text
        matcher.scan(source, canonical(text), hits)
    for i, text in enumerate(reference_texts):
        matcher.scan(f"reference[{i}]", canonical(text, to_simplified=True), hits)
    _drop_own_joins(gaps, context_of, hits)

    combined_of = {context_id: _combine(found) for context_id, found in hits.items()}
    decided = {context_id: _decide(combined) for context_id, combined in combined_of.items()}
    direct: dict[int, Restoration] = {}
    candidates: dict[int, dict[str, tuple[float, list[_Hit]]]] = {}
    for gap_id, context_id in enumerate(context_of):
        if context_id is None or context_id not in combined_of:
            continue
        candidates[gap_id] = combined_of[context_id]
        if decided[context_id] is not None:
            direct[gap_id] = decided[context_id]

    _propagate(gaps, direct, candidates)
    _doubt_inserted_anchors(gaps, direct)
    if model and gaps:
        _decide_with_model(gaps, direct, pages)
    result: dict[str, dict[int, Restoration]] = defaultdict(dict)
    for gap_id, restoration in direct.items():
        gap = gaps[gap_id]
        result[gap.source_file][gap.start] = restoration
    return dict(result)


def _drop_own_joins(gaps: Sequence[Gap], context_of: Sequence[int | None], hits: dict[int, list[_Hit]]) -> None:
    """Remove the empty joins a page shows where its own gaps closed in pass 1.

    Each gap claims the best-matching join of its context on its own page (the
    place its anchor was removed from); claimed places are no evidence for any
    gap of that page.  Further joins on the page (the sentence repeated without
    spam) stay evidence.  Linear in the hits.
    """
    own: dict[str, list[int]] = defaultdict(list)
    for gap_id, context_id in enumerate(context_of):
        if context_id is not None:
            own[gaps[gap_id].source_file].append(context_id)
    if not own:
        return
    joins: dict[tuple[str, int], list[_Hit]] = defaultdict(list)  # (page, context) -> its joins on the page
    for context_id, found in hits.items():
        for hit in found:
            if hit.word == EMPTY and hit.source in own:
                joins[(hit.source, context_id)].append(hit)
    if not joins:
        return
    claimed: dict[str, set[int]] = defaultdict(set)
    for source, context_ids in own.items():
        for context_id in context_ids:
            free = [h for h in joins.get((source, context_id), ()) if h.position not in claimed[source]]
            if free:
                claimed[source].add(max(free, key=lambda h: (h.weight, -h.position)).position)
    for context_id, found in hits.items():
        if any(_read_across_own_gap(h, claimed) for h in found):
            hits[context_id] = [h for h in found if not _read_across_own_gap(h, claimed)]


def _read_across_own_gap(hit: _Hit, claimed: Mapping[str, set[int]]) -> bool:
    """Whether ``hit`` reads a page across a place where pass 1 removed one of the page's own anchors:
    the empty join there, or a word that ends or starts right at it.  The injector replaced one word
    everywhere; where it stood after ``应当`` once (``主管部门应当[会同同级]文物``), the page's text
    without the anchor reads ``主管部门应当文物``, and another gap of the same anchor (``主管部门[…]文物``)
    took ``应当`` from it: a conflict with the commentary's ``会同同级`` left every gap unresolved (the
    noise benchmark's spam_replace_passage_witness, 杭州市历史文化街区和历史建筑保护条例).

    >>> claimed = {"a": {10}}
    >>> [_read_across_own_gap(_Hit(w, "a", p, 4, 4), claimed) for w, p in ((EMPTY, 10), ("应当", 8), ("文物", 10), ("会同", 3))]
    [True, True, True, False]
    >>> _read_across_own_gap(_Hit("应当", "b", 8, 4, 4), claimed)
    False
    """
    places = claimed.get(hit.source)
    if not places:
        return False
    if hit.word == EMPTY:
        return hit.position in places
    return hit.position in places or hit.position + len(hit.word) in places


def _decide(combined: dict[str, tuple[float, list[_Hit]]]) -> Restoration | None:
    """The word the evidence restores, a conflict (empty word), a closed gap, or None (too weak).

    Without empty-join evidence: the best word when confident and without a close
    runner-up.  With it: the best word only when confident, without a close
    runner-up, and the empty join negligible (its confidence at most
    :data:`EMPTY_NEGLIGIBLE` of the word's, or its best place at most
    :data:`EMPTY_NEGLIGIBLE_PLACE` of the word's best witness, or the word's best
    witness is the whole passage and no join is: real damage, 镇人民政府、街道办事处 where
    other laws write 镇、街道办事处, the mirror of the page holding the whole sentence); the gap closes when the empty join leads the best word by
    the conflict ratio; anything between is a conflict (nothing written).

    >>> hit = lambda word, n, src: _Hit(word, src, 0, n, n, passage=src)
    >>> _decide(_combine([hit("公共服务", 12, "b")])).word
    '公共服务'
    >>> _decide(_combine([hit("", 12, "b")])).closed
    True
    >>> r = _decide(_combine([hit("公共服务", 12, "b"), hit("", 6, "c")]))
    >>> r.word, r.closed, [e["conflict"] for e in r.evidence]
    ('', False, ['公共服务', ''])
    >>> _decide(_combine([hit("公共服务", 12, "b"), hit("", 3, "c"), hit("", 3, "d")])).word
    '公共服务'
    """
    if not combined:
        return None
    empty_conf, empty_places = combined.get(EMPTY, (0.0, []))
    ranked = sorted(((w, v) for w, v in combined.items() if w != EMPTY), key=lambda kv: -kv[1][0])
    conf = ranked[0][1][0] if ranked else 0.0

    def conflict() -> Restoration:
        candidates = sorted(combined.items(), key=lambda kv: -kv[1][0])[:3]
        return Restoration("", 0.0, tuple(
            {"conflict": w, "confidence": c, "evidence": _evidence(p)[:2]} for w, (c, p) in candidates
        ))

    if empty_conf and not ranked and empty_conf < MIN_CONFIDENCE:
        return None  # one short join and no word: too weak to say anything (the model may still decide)
    if empty_conf:
        if conf < CONFLICT_RATIO * empty_conf:
            evidence = [{"empty_join": empty_conf, "evidence": _evidence(empty_places)}]
            if ranked:
                evidence.append({"other_candidates": {w: c for w, (c, _) in ranked[:3]}})
            return Restoration("", empty_conf, tuple(evidence), closed=True)
        best_word, best_join = ranked[0][1][1][0], empty_places[0]
        negligible = (
            empty_conf <= EMPTY_NEGLIGIBLE * conf
            or best_join.weight <= EMPTY_NEGLIGIBLE_PLACE * best_word.weight
            or best_word.whole and not best_join.whole
        )
        if conf < MIN_CONFIDENCE or not negligible:
            return conflict()
    elif conf < MIN_CONFIDENCE:
        return None
    word, (conf, places) = ranked[0]
    if len(ranked) > 1 and ranked[1][1][0] >= CONFLICT_RATIO * conf and not _only_whole(places, ranked[1][1][1]):
        return conflict()
    if not _unique_passage(places):
        return Restoration("", 0.0, ({GUESS: word, "confidence": conf, "witnesses": len(places), "evidence": _evidence(places)[:3]},))
    evidence = _evidence(places)
    if len(ranked) > 1 and ranked[1][1][0] >= CONFLICT_RATIO * conf:  # outweighed by the whole passage: say so
        evidence.append({"other_candidates": {w: c for w, (c, _) in ranked[1:4]}})
    if empty_conf:
        evidence.append({"empty_join": empty_conf, "evidence": _evidence(empty_places)[:2]})
    return Restoration(word, conf, tuple(evidence))


def _unique_passage(witnesses: Sequence[_Hit]) -> bool:
    """Whether a word's witnesses are one passage: a copy of the gap's whole passage (a mirror of the page, a
    commentary quoting it: the same law's text), or a single passage of the corpus around the word.  A word that
    several passages write in a like context is a collocation of other laws, not the page's text: restoring it is
    a guess (the lead's decision of session 19).  Real damage: a brand inserted into ``负责本行政区内历史文化街区``
    (杭州市历史文化街区和历史建筑保护条例) was filled with ``域`` read in five other laws (``本行政区域内``), and the
    law writes ``本行政区内``.

    >>> whole, part = _Hit("域", "w", 0, 12, 12, True, True), _Hit("域", "p", 0, 8, 7, passage="负责本行政区域内历史")
    >>> other = _Hit("域", "q", 0, 6, 5, passage="管理本行政区域内历史")
    >>> _unique_passage([whole, part, other]), _unique_passage([part]), _unique_passage([part, other])
    (True, True, False)
    """
    return len(witnesses) <= 1 or any(h.whole for h in witnesses)


def _only_whole(best: Sequence[_Hit], runner_up: Sequence[_Hit]) -> bool:
    """Whether the best word's witnesses hold the gap's whole passage (both recorded contexts: a
    copy of the sentence, a commentary quoting it) and the runner-up's do not: the same sentence
    elsewhere outweighs a word read in a like context (``…环境污染防治[活动]。`` quoted whole by a
    commentary, against ``…防治工作的需要`` of another sentence of the page: the noise benchmark's
    spam_replace_passage_witness, 宁波市环境污染防治规定, left all eight gaps of the anchor unresolved).

    >>> whole, part = _Hit("活动", "w", 0, 12, 1, True, True), _Hit("工作的需要", "p", 0, 9, 3)
    >>> _only_whole([whole], [part]), _only_whole([part], [whole]), _only_whole([whole], [whole])
    (True, False, False)
    """
    return any(h.whole for h in best) and not any(h.whole for h in runner_up)


def _propagate(gaps: Sequence[Gap], direct: dict[int, Restoration], candidates) -> None:
    """Give the word of a resolved anchor to the other gaps of that anchor on the page.

    The injector replaces one word everywhere on a page with one string, so
    gaps sharing an anchor string on a page hide the same word.  When the
    resolved gaps of an anchor disagree, none of them is trusted.  When a gap
    of the anchor closed (the empty join attested: the string was inserted
    there), the page does not tell that story: nothing propagates.  A gap
    with empty-join evidence of its own never takes the page's word; a gap whose
    own words conflict takes it only when a copy of a whole passage shows the page's
    word and none shows its own (``主管部门[会同同级]历史文化街区`` took none of
    ``负责本行政区内``, ``推荐``, ``应当定期对``, words of like contexts elsewhere).
    """
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for gap_id, gap in enumerate(gaps):
        groups[(gap.source_file, gap.anchor)].append(gap_id)
    for (source, anchor), members in groups.items():
        resolved = {g: direct[g] for g in members if g in direct and direct[g].resolved}
        words = {r.word for r in resolved.values()}
        if len(words) > 1:
            conflict = tuple({"conflict": r.word, "confidence": r.confidence, "gap_start": gaps[g].start} for g, r in resolved.items())
            for g in members:
                if not (g in direct and direct[g].closed):
                    direct[g] = Restoration("", 0.0, conflict)
            continue
        if not words or any(g in direct and direct[g].closed for g in members):
            continue
        word = words.pop()
        origin, best = max(resolved.items(), key=lambda kv: kv[1].confidence)
        # the page's word read in a copy of a whole passage outweighs own words read in like contexts only
        quoted = any(h.whole for h in candidates.get(origin, {}).get(word, (0.0, []))[1])
        for g in members:
            if g in resolved:
                continue
            own = candidates.get(g, {})
            if EMPTY in own:
                continue  # its contexts stand side by side elsewhere: the page's word is no evidence here
            if g in direct and word not in own and not (quoted and not any(h.whole for _, hits in own.values() for h in hits)):
                continue  # its own evidence conflicts and does not include the page's word
            evidence = [{"same_anchor_as": gaps[origin].start, "confidence": best.confidence}]
            if word in own:
                evidence += _evidence(own[word][1])
            others = {w: c for w, (c, _) in own.items() if w != word}
            if others:
                evidence.append({"other_candidates": others})
            conf = round(best.confidence * PROPAGATION_FACTOR, 3)
            if word in own:
                conf = round(1 - (1 - conf) * (1 - own[word][0]), 3)
            direct[g] = Restoration(word, conf, tuple(evidence))


def _doubt_inserted_anchors(gaps: Sequence[Gap], direct: dict[int, Restoration]) -> None:
    """Keep only sure words in the gaps of a spam string that the page shows inserted.

    When one gap of a string on a page closed (its contexts stand side by side
    elsewhere: the string was inserted there), the string is an insertion on
    that page, not one word's replacement everywhere: a word witnessed in another
    of its gaps stays only with :data:`INSERTED_ANCHOR_CONFIDENCE` or more; a weaker
    one becomes a conflict that records it (real damage: three copies of one
    brand inserted into a Zhejiang law, two gaps closed, the third given the
    words 研究开发和 by two weak witnesses, confidence 0.53).
    """
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for gap_id, gap in enumerate(gaps):
        groups[(gap.source_file, gap.anchor)].append(gap_id)
    for members in groups.values():
        closed = [g for g in members if g in direct and direct[g].closed]
        if not closed:
            continue
        for g in members:
            r = direct.get(g)
            if r is not None and r.resolved and r.confidence < INSERTED_ANCHOR_CONFIDENCE:
                direct[g] = Restoration("", 0.0, (
                    {"conflict": r.word, "confidence": r.confidence, "evidence": list(r.evidence)[:2]},
                    {"conflict": EMPTY, "inserted_at": [gaps[c].start for c in closed]},
                ))


def _decide_with_model(gaps: Sequence[Gap], direct: dict[int, Restoration], pages: Mapping[str, str]) -> None:
    """One word per anchor and page from the model of legal Chinese where no witness gave one.

    The witnesses' word wins where there is one; when the model confidently
    prefers another, the restoration's evidence records the conflict (the
    spam rule turns it into a warning).  A word witnessed with confidence
    :data:`MODEL_CHECK_BELOW` or more is not checked.  Anchors whose witnesses conflict
    stay conflicts.  The model loads on the first call (only when gaps exist).
    """
    from corpus_tools.dataset import model_restoration

    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for gap_id, gap in enumerate(gaps):
        groups[(gap.source_file, gap.anchor)].append(gap_id)
    decided: dict[tuple, object] = {}  # mirrors: the same gaps on the same text are decided once
    for (source, _anchor), members in groups.items():
        known = [direct[g] for g in members if g in direct]
        if any(not r.resolved for r in known):
            continue
        witnesses: dict[str, float] = {}
        for r in known:
            witnesses[r.word] = max(witnesses.get(r.word, 0.0), r.confidence)
        if witnesses and max(witnesses.values()) >= MODEL_CHECK_BELOW:
            continue
        page = pages.get(source, "")
        key = (tuple((gaps[g].left, gaps[g].right) for g in members), tuple(sorted(witnesses.items())), page)
        if key not in decided:
            decided[key] = model_restoration.decide([gaps[g] for g in members], page, witnesses)
        decision = decided[key]
        if witnesses:
            _doubt_words_the_join_reads_without([gaps[g] for g in members], members, direct)
            if decision.conflict:
                note = {"model_conflict": decision.evidence}
                for g in members:
                    if g in direct:
                        direct[g] = Restoration(direct[g].word, direct[g].confidence, direct[g].evidence + (note,))
            continue
        if decision.resolved:
            over_join = _word_over_join([gaps[g] for g in members], decision.word)
            if over_join < MODEL_JOIN_MARGIN:
                continue  # the model reads the gap closed at least as well: nothing replaced, maybe
            confidence = round(1.0 - math.exp(-decision.margin), 3)
            evidence = dict(decision.evidence, over_join=round(over_join, 2))
            for g in members:
                direct[g] = Restoration(decision.word, confidence, (evidence,))


def _doubt_words_the_join_reads_without(member_gaps: Sequence[Gap], members: Sequence[int], direct: dict[int, Restoration]) -> None:
    """Turn a weakly witnessed word into a conflict when the sentence reads far better without it.

    A witness below :data:`MODEL_CHECK_BELOW` is a passage of *another* text that shares only part of
    the gap's contexts; a spam string inserted between two words (nothing replaced) then finds one
    law that writes a word there and takes it.  Real damage (mixed14's blind pages, a Beijing rule):
    ``同时设计、同时施工、同时[brand]投入使用`` took ``验收并`` from another law's
    ``同时验收并投入使用`` (confidence 0.645, left 12, right 5 characters), and the law gained three
    characters.  When no witness matched a gap's whole recorded passage (both contexts in full: a
    copy of the sentence) and the model of legal Chinese reads the gaps closed better than filled by
    :data:`WITNESS_JOIN_MARGIN` nats per gap or more, the word is no evidence of a replacement: the
    gap records the conflict (the word and the join's lead) and nothing is written.
    """
    words = {direct[g].word for g in members if g in direct and direct[g].resolved and direct[g].confidence < MODEL_CHECK_BELOW}
    for word in words:
        holding = [g for g in members if g in direct and direct[g].word == word]
        if any(_witnessed_whole(gap, direct[g]) for g, gap in zip(members, member_gaps) if g in holding):
            continue  # a witness of the gap's whole recorded passage (本市推动[制造业]高质量发展 in a reference copy)
        over_join = _word_over_join([gap for g, gap in zip(members, member_gaps) if g in holding], word)
        if over_join >= WITNESS_JOIN_MARGIN:
            continue
        for g in holding:
            r = direct[g]
            direct[g] = Restoration("", 0.0, (
                {"conflict": r.word, "confidence": r.confidence, "evidence": list(r.evidence)[:2]},
                {"conflict": EMPTY, "join_reads_better": round(-over_join, 2)},
            ))


def _witnessed_whole(gap: Gap, restoration: Restoration) -> bool:
    """Whether a witness of ``restoration`` matched both of the gap's recorded contexts in full.

    >>> g = Gap("a", 0, "X", "工程同时设计、同时施工、同时", "投入使用。环境卫生设施的设")
    >>> _witnessed_whole(g, Restoration("验收并", 0.645, ({"source": "b", "word": "验收并", "left": 12, "right": 5},)))
    False
    >>> _witnessed_whole(Gap("a", 0, "X", "本市推动", "高质量发展，提升"), Restoration("制造业", 0.6, ({"source": "b", "left": 4, "right": 8},)))
    True
    """
    context = _context(gap)
    if context is None:
        return False
    left, right = context
    return any(e.get("left", 0) >= len(left) and e.get("right", 0) >= len(right)
               for e in restoration.evidence if isinstance(e, dict) and "source" in e)


def _word_over_join(members: Sequence[Gap], word: str) -> float:
    """Nats per gap by which the model of legal Chinese prefers ``word`` filled into the gaps
    over the gaps closed (both directions, weighted as the model's decision weighs them).

    Real damage: a brand inserted inside 卫生 (环境卫[brand]生行政主管部门) left one gap the
    model filled with 生计 (环境卫生计生行政, margin 8.1 over its runner-up), although it reads
    环境卫生行政 better still: the model chose among words and never weighed the gap closed.
    """
    from corpus_tools import language_model
    from corpus_tools.dataset import model_restoration

    models = language_model.shipped()
    sides = model_restoration.contexts(members)
    forward = model_restoration._score(models.forward, [word, EMPTY], sides)
    scores = forward
    if models.backward is not None:
        backward = model_restoration._score(models.backward, [word, EMPTY], sides, backward=True)
        weight = model_restoration.BACKWARD_WEIGHT
        scores = (1.0 - weight) * forward + weight * backward
    return float((scores[0] - scores[1]).sum()) / max(len(sides), 1)


# --------------------------------------------------------------------------
# Gaps of a page, and restorations over a corpus
# --------------------------------------------------------------------------

_SPAM_STEP = RULE_NAMES.index(SPAM_ANCHOR)


def page_gaps(cleaned: CleanedPage) -> list[Gap]:
    """The unresolved gaps the ``spam_anchor`` rule left on one cleaned page."""
    return collect_gaps(cleaned.page.source_file, cleaned.steps[_SPAM_STEP])


def restorations_of_chunks(
    gaps: Sequence[Gap], results: Sequence[ChunkResult], *, reference: Iterable[Path] = (), follow_links: bool = False
) -> dict[str, dict[int, Restoration]]:
    """The build's restorations: ``gaps`` resolved against the cleaned text of every page (read back
    from the chunks' ``pages`` shards) and the ``reference`` corpora (files or folders)."""
    return resolve_gaps(gaps, cleaned_texts(results), reference_texts=_read_reference(reference, follow_links))


def cleaned_texts(results: Sequence[ChunkResult]) -> Iterator[tuple[str, str]]:
    """(source_file, cleaned text) of every page, streamed back from the pages shards: each page's
    ``ingested_text`` with its edits replayed, or its documents' texts joined where data format 4
    left ``ingested_text`` out (no cleaned page is stored: :func:`corpus_tools.dataset.texts.page_texts`)."""
    import pyarrow.compute as pc  # the build's second pass only: ``corpus-tools clean`` never reads Parquet
    import pyarrow.parquet

    from corpus_tools.dataset.texts import DOCUMENT_SPAN_COLUMNS, EDIT_COLUMNS, page_texts

    def read(result: ChunkResult, config: str, columns: tuple[str, ...]) -> Any:
        path = result.files.get(config)
        return pyarrow.parquet.read_table(path, columns=list(columns)) if path is not None else {c: [] for c in columns}

    def of_batch(table: Any, pages: Any) -> Any:
        return table if isinstance(table, dict) else table.filter(pc.is_in(table.column("page_id"), value_set=pages))

    for result in results:
        path = result.files.get("pages")
        if path is None:
            continue
        edits, documents = read(result, "edits", EDIT_COLUMNS), None
        for batch in pyarrow.parquet.ParquetFile(path).iter_batches(batch_size=256, columns=["source_file", "page_id", "ingested_text", "text_sha256"]):
            if documents is None and batch.column("ingested_text").null_count:
                documents = read(result, "documents", DOCUMENT_SPAN_COLUMNS)
            pages = batch.column("page_id")
            spans = of_batch(documents, pages) if documents is not None else None
            yield from zip(batch.column("source_file").to_pylist(), page_texts(batch, of_batch(edits, pages), spans))


def compute_restorations(
    raw_dir: Path, *, reference: Iterable[Path] = (), workers: int = 1, follow_links: bool = False,
    text_field: str | None = None,
) -> dict[str, dict[int, Any]]:
    """The words to restore where spam replaced them, without building anything.

    For engines that process one record at a time (datatrove, ``Dataset.map``):
    compute this once over the corpus, then give it to each record's pipeline.
    A crawl's records file gives a page per record, as in ``build`` (``text_field``:
    :mod:`corpus_tools.crawl_records`).
    """
    from corpus_tools.pool import Mapper  # here: multiprocessing is no import of `corpus-tools clean`

    raw_dir = Path(raw_dir)
    gaps: list[Any] = []
    with tempfile.TemporaryDirectory() as tmp, Mapper(workers) as mapper:
        texts = Path(tmp) / "cleaned.spool"
        jobs = [(str(p), str(raw_dir), follow_links, text_field) for p in discover(raw_dir, follow_links=follow_links)]
        with texts.open("wb") as handle:
            for pages in mapper.map(_clean_for_gaps, jobs):
                for cleaned in pages:
                    spool.append(handle, (cleaned.page.source_file, cleaned.text))
                    gaps.extend(page_gaps(cleaned))
        if not gaps:
            return {}
        return resolve_gaps(gaps, spool.records(texts), reference_texts=_read_reference(reference, follow_links))


def clean_alone(page: RawPage, *, model: bool = True, plan: CleaningPlan | None = None) -> CleanedPage:
    """One page cleaned with no corpus: its gaps resolved from its own text and the model.

    The page is its own witness (a heading or an unspammed paragraph may
    show the word in the same passage) and, with ``model``, the model of
    legal Chinese decides the rest (:func:`resolve_gaps`).  ``corpus-tools
    clean`` runs this (with its ``plan``: ``--only``, ``--skip``, ``--convert``); the model loads
    only when the page has a gap.
    """
    cleaned = clean_page(page, plan=plan)
    gaps = page_gaps(cleaned)
    if not gaps:
        return cleaned
    restorations = resolve_gaps(gaps, [(page.source_file, cleaned.text)], model=model).get(page.source_file)
    return clean_page(page, restorations=restorations, plan=plan) if restorations else cleaned


def _clean_for_gaps(job: tuple[str, str, bool, str | None]) -> list[CleanedPage]:
    """The cleaned pages of one raw file (one per record of a records file; none when rejected)."""
    path, root, follow_links, text_field = job
    return [clean_page(page) for page in pages_of_file(Path(path), Path(root), text_field=text_field,
                                                       follow_links=follow_links) if not isinstance(page, IngestError)]


def _read_reference(paths: Iterable[Path], follow_links: bool = False) -> Iterator[str]:
    """The cleaned texts of the reference corpora: each a folder (its links followed as the raw
    folder's are) or a file (read wherever a link leads: it was named)."""
    for path in paths:
        path = Path(path)
        folder = path.is_dir()
        files = discover(path, follow_links=follow_links) if folder else [path]
        for file in files:
            for page in pages_of_file(file, path if folder else file.parent, follow_links=follow_links or not folder):
                if isinstance(page, IngestError):
                    print(f"reference corpus: skipped {page}", file=sys.stderr)
                    continue
                yield clean_page(page).text


__all__ = ["Gap", "Restoration", "canonical", "cleaned_texts", "clean_alone", "collect_gaps", "compute_restorations", "page_gaps", "resolve_gaps", "restorations_of_chunks"]
