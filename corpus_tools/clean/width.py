"""Width and punctuation of Chinese official text (stub)."""
from __future__ import annotations

import regex

from corpus_tools.edits import sub_with_edits
from corpus_tools.records import Edit

_ASCII_COMMA_BETWEEN_CJK = regex.compile(r"(?<=\p{Han}),(?=\p{Han})")


def normalize_width(text: str) -> tuple[str, list[Edit]]:
    return sub_with_edits(_ASCII_COMMA_BETWEEN_CJK, "，", text, "width")
