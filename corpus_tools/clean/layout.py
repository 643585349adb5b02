"""Layout: spaces inside CJK, hard wraps, tables of contents, blank lines (stub)."""
from __future__ import annotations

from corpus_tools.records import Edit


def remove_spaces_inside_cjk(text: str) -> tuple[str, list[Edit]]:
    return text, []


def join_hard_wraps(text: str) -> tuple[str, list[Edit]]:
    return text, []


def drop_table_of_contents(text: str) -> tuple[str, list[Edit]]:
    return text, []


def drop_repeated_summary(text: str) -> tuple[str, list[Edit]]:
    return text, []


def normalize_blank_lines(text: str) -> tuple[str, list[Edit]]:
    return text, []
