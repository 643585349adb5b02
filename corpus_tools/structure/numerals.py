"""The structure stage's name for :mod:`corpus_tools.numerals` (Chinese and Arabic numerals of labels and dates).

The reader lives outside the structure package so that cleaning rules can read a label's number without loading
the structure parser (tests/test_start_up.py).
"""

from corpus_tools.numerals import LONGEST_NUMERAL, article_label, parse_numeral, to_chinese

__all__ = ["LONGEST_NUMERAL", "article_label", "parse_numeral", "to_chinese"]
