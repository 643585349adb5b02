"""Cheap rules run once more where another rule's edit made their evidence: the seams.

The rules of :data:`~corpus_tools.clean.CLEANING_ORDER` each read the text the rules before
them leave, so a damage that sits inside or against another family's damage is read by its
rule while the other damage is still there.  The rule then rightly keeps what it cannot
prove; once the other rule has done its work, the same evidence is plain.  Each function here
is a rule run again at the point of the pipeline where that happens, under its own name (an
edit's ``rule`` says which pass made it), its warnings left to the first pass, which reported
them: on text the rule already cleaned it finds nothing new.

- :func:`remove_ruby_at_seams`: a reading that a spam anchor or a furniture line separated
  from the character it reads (``受托[brand](hang)``; the spam rule restores ``受托银行``), and
  a reading a hard wrap cut in two (``住房(fa⏎ng)``).
- :func:`normalize_width_at_joins`: a pair of ASCII quotes that a hard wrap cut over two lines
  (``实现"一⏎窗通办"``), which the width rule will not pair line by line.

(:func:`~corpus_tools.clean.width.normalize_width_at_seams`, the width rule after spam and
furniture removal, is the first rule of this kind; it lives with the width rule.)
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.ruby import normalize_syllable, readings, remove_ruby_pinyin
from corpus_tools.clean.rules import RUBY_SEAMS, WIDTH_JOINS, RuleResult
from corpus_tools.clean.width import normalize_width_at_seams
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

#: One bracketed syllable after a Han character, cut by one line break (``住房(fa⏎ng)``,
#: ``住房（⏎fang）``, ``住房(fang⏎)``): lower-case letters (tone marks, ``ü``) only, the brackets
#: of one width, at most one blank beside the break (an indented next line).
_CUT_READING_RE = lazy_regex(
    r"(?<=\p{Han})[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6})[ \u3000]?\n[ \u3000]?([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6})[)）]"
)
_PAIRS = {"(": ")", "（": "）"}


def remove_ruby_at_seams(text: str) -> RuleResult:
    """Ruby again, for the readings a spam anchor, a furniture line or a hard wrap hid from the ruby rule.

    A spam anchor that replaced a word of a ruby page can stand between the word and its
    reading (``受托[brand](hang)``): the ruby rule rightly keeps a reading that no character
    of the brand has; once the spam rule has removed the brand and restored the word from
    the corpus, the reading follows the character it reads (``受托银行(hang)``).  A furniture
    line or an inserted anchor between a character and its reading does the same.  This is
    :func:`~corpus_tools.clean.ruby.remove_ruby_pinyin` again: the groups it kept, it keeps.

    **Evidence**: the ruby rule's, in the text the spam and furniture rules leave.

    >>> remove_ruby_at_seams("以下简称受托银行（hang））办理")[0]
    '以下简称受托银行）办理'
    >>> remove_ruby_at_seams("平台(APP)、钠（Na）离子、（一）、以下简称（hang）")[1]
    []

    A hard wrap that fell inside a reading (``住房(fa⏎ng)建设``) hides it from the ruby rule, which
    reads a group on one line; the hard-wraps rule would then join the halves with a blank
    (``住房（fa ng）``).  Here the halves are read together: a syllable that reads the character
    before the bracket goes, with the line break inside it (:func:`cut_readings`).

    >>> remove_ruby_at_seams("促进城镇住房(fa\\nng)建设")[0]
    '促进城镇住房建设'
    """
    _, edits, _ = remove_ruby_pinyin(text)
    cut = cut_readings(text)
    if cut:  # (the ruby rule reads most groups a break cut itself: keep none twice; edits are sorted, disjoint)
        starts = [e.start for e in edits]
        cut = [c for c in cut if not _overlaps(edits, starts, c)]
        edits = sorted(edits + cut, key=lambda e: e.start)
    if not edits:
        return text, [], []
    return apply_edits(text, edits), [replace(edit, rule=RUBY_SEAMS) for edit in edits], []


def _overlaps(edits: list[Edit], starts: list[int], edit: Edit) -> bool:
    """Whether ``edit`` overlaps one of ``edits`` (sorted by start, disjoint; ``starts`` their
    starts): one bisection, so that a page of many cut readings is read in linear time."""
    at = bisect.bisect_left(starts, edit.end)
    return at > 0 and edits[at - 1].end > edit.start


def cut_readings(text: str) -> list[Edit]:
    """The bracketed readings a line break cut in two, as removals (the break goes with them).

    Real damage of the kind: a page's lines were wrapped after its ruby was flattened
    (:func:`~corpus_tools.clean.ruby._wrapped_group` takes a wrap *before* a reading); a wrap
    can as well fall inside one.  A paragraph never ends inside a bracketed reading, so the
    break is a wrap and goes with the reading.

    **Evidence**: the two halves, joined, spell one toneless reading of the Han character
    right before the bracket (``房`` reads ``fang``); lower-case letters only (a capitalised
    or Latin word in brackets is no reading cut by a wrap: ``(A⏎B)`` stays).

    >>> [e.before for e in cut_readings("住房(fa\\nng)建设，住房（\\nfang）建设，住房(fa\\nn)，附件(a\\nb)")]
    ['(fa\\nng)', '（\\nfang）']
    """
    if "\n" not in text or ("(" not in text and "（" not in text):
        return []
    edits = []
    for m in _CUT_READING_RE.finditer(text):
        letters = m.group(1) + m.group(2)
        if _PAIRS[m.group()[0]] == m.group()[-1] and len(letters) >= 2 and normalize_syllable(letters) in readings(text[m.start() - 1]):
            edits.append(Edit(RUBY_SEAMS, m.start(), m.end(), m.group(), "", f"reading of {text[m.start() - 1]}, cut by a line break"))
    return edits


def normalize_width_at_joins(text: str) -> RuleResult:
    """Width again, for the ASCII quotes a hard wrap cut over two lines, once the lines are joined.

    The width rule pairs straight double quotes line by line and keeps the ``"`` of lines
    whose quotes cannot be paired that way (a wrapped paragraph: ``实现"一⏎窗通办"；``), lest it
    turn every pair after the break around.  Once the hard-wraps rule has joined the lines,
    the pair is on one line and reads as any other (``实现“一窗通办”；``).  This is the width
    rule again (:func:`~corpus_tools.clean.width.normalize_width_at_seams`: without padding
    marks), of which only the straight double quotes are taken: the other marks the width rule
    kept, it kept for reasons a join does not change (a page that pads its brackets, ``( 由… )``
    of the Hong Kong gazette, read differently once the layout rules have removed the blanks).

    **Evidence**: the width rule's pairing of straight double quotes, in the lines the layout
    rules leave.

    >>> normalize_width_at_joins('实现"一窗通办"；进驻')[0]
    '实现“一窗通办”；进驻'
    >>> normalize_width_at_joins('(由行政长官制定 )')[1]
    []
    >>> normalize_width_at_joins('实现"一\\n窗通办"；进驻')[1]
    []
    """
    _, edits, _ = normalize_width_at_seams(text)
    quotes = [replace(edit, rule=WIDTH_JOINS) for edit in edits if edit.before == '"']
    if not quotes:
        return text, [], []
    return apply_edits(text, quotes), quotes, []


__all__ = ["normalize_width_at_joins", "remove_ruby_at_seams"]
