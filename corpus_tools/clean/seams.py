"""Cheap rules run once more where another rule's edit made their evidence: the seams.

The rules of :data:`~corpus_tools.clean.CLEANING_ORDER` each read the text the rules before
them leave, so a damage that sits inside or against another family's damage is read by its
rule while the other damage is still there.  The rule then rightly keeps what it cannot
prove; once the other rule has done its work, the same evidence is plain.  Each function here
is a rule run again at the point of the pipeline where that happens, under its own name (an
edit's ``rule`` says which pass made it), its warnings left to the first pass, which reported
them: on text the rule already cleaned it finds nothing new.

- :func:`remove_ruby_at_seams`: a reading that a spam anchor or a furniture line separated
  from the character it reads (``受托[brand](hang)``; the spam rule restores ``受托银行``).
- :func:`normalize_width_at_joins`: a pair of ASCII quotes that a hard wrap cut over two lines
  (``实现"一⏎窗通办"``), which the width rule will not pair line by line.

(:func:`~corpus_tools.clean.width.normalize_width_at_seams`, the width rule after spam and
furniture removal, is the first rule of this kind; it lives with the width rule.)
"""

from __future__ import annotations

from dataclasses import replace

from corpus_tools.clean.ruby import remove_ruby_pinyin
from corpus_tools.clean.rules import RUBY_SEAMS, WIDTH_JOINS, RuleResult
from corpus_tools.clean.width import normalize_width_at_seams


def remove_ruby_at_seams(text: str) -> RuleResult:
    """Ruby again, for the readings that removing spam or furniture puts back after the characters they read.

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
    """
    out, edits, _ = remove_ruby_pinyin(text)
    return out, [replace(edit, rule=RUBY_SEAMS) for edit in edits], []


def normalize_width_at_joins(text: str) -> RuleResult:
    """Width again, for the ASCII quotes a hard wrap cut over two lines, once the lines are joined.

    The width rule pairs straight double quotes line by line and keeps the ``"`` of lines
    whose quotes cannot be paired that way (a wrapped paragraph: ``实现"一⏎窗通办"；``), lest it
    turn every pair after the break around.  Once the hard-wraps rule has joined the lines,
    the pair is on one line and reads as any other (``实现“一窗通办”；``).  This is the width
    rule again (:func:`~corpus_tools.clean.width.normalize_width_at_seams`: without padding
    marks); on lines no layout rule changed it finds nothing new.

    **Evidence**: the width rule's, in the lines the layout rules leave.

    >>> normalize_width_at_joins('实现"一窗通办"；进驻')[0]
    '实现“一窗通办”；进驻'
    >>> normalize_width_at_joins('实现"一\\n窗通办"；进驻')[1]
    []
    """
    out, edits, _ = normalize_width_at_seams(text)
    return out, [replace(edit, rule=WIDTH_JOINS) for edit in edits], []


__all__ = ["normalize_width_at_joins", "remove_ruby_at_seams"]
