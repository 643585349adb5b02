"""The cleaning rules' names, and the one shape every rule returns.

A rule is a pure function ``text -> (text, edits, warnings)`` (:data:`RuleResult`)
living in the module of its noise family.  :data:`corpus_tools.clean.CLEANING_ORDER`
pairs each name below with its rule, in pipeline order; a rule writes its edits and
warnings under the name it takes from here, so each name is spelled once: the
same word is the ``edits.rule`` column, the ``--explain`` table and the card.
"""

from __future__ import annotations

from typing import Callable

from corpus_tools.records import CleanWarning, Edit

#: What every rule returns: the text after the rule, its edits (indexing its input, sorted,
#: never overlapping) and what it noticed but left alone.
RuleResult = tuple[str, list[Edit], list[CleanWarning]]
Rule = Callable[..., RuleResult]

ESCAPED_TEXT = "escaped_text"
BIG5_GBK_MIXUP = "big5_gbk_mixup"
GBK_MISALIGNMENT = "gbk_misalignment"
UTF8_AS_GBK = "utf8_as_gbk"
LATIN1_MOJIBAKE = "latin1_mojibake"
INVISIBLE_CHARS = "invisible_chars"
RUBY_PINYIN = "ruby_pinyin"
TRADITIONAL_TO_SIMPLIFIED = "traditional_to_simplified"
WIDTH = "width"
SITE_FURNITURE = "site_furniture"
SPAM_WRAPS = "spam_wraps"
SPAM_ANCHOR = "spam_anchor"
RECURRING_FURNITURE = "recurring_furniture"
FURNITURE_SEAMS = "furniture_seams"
RUBY_SEAMS = "ruby_seams"
WIDTH_SEAMS = "width_seams"
LOST_LINE_BREAKS = "lost_line_breaks"
CJK_SPACES = "cjk_spaces"
HARD_WRAPS = "hard_wraps"
WIDTH_JOINS = "width_joins"
LABEL_SEAMS = "label_seams"
TABLE_OF_CONTENTS = "table_of_contents"
REPEATED_SUMMARY = "repeated_summary"
BLANK_LINES = "blank_lines"
TRANSLATED_PARAGRAPHS = "translated_paragraphs"

#: The seam rules (:mod:`corpus_tools.clean.seams`) and the rule each runs once more: skipping a
#: rule skips its seams too (:meth:`corpus_tools.clean.plan.CleaningPlan.make`), for a seam rule
#: is that rule again (``ruby_seams`` would remove every reading the skipped ``ruby_pinyin`` kept).
SEAM_PARENTS: dict[str, str] = {
    SPAM_WRAPS: SPAM_ANCHOR,
    FURNITURE_SEAMS: SITE_FURNITURE,
    RUBY_SEAMS: RUBY_PINYIN,
    WIDTH_SEAMS: WIDTH,
    WIDTH_JOINS: WIDTH,
    LABEL_SEAMS: INVISIBLE_CHARS,
}
