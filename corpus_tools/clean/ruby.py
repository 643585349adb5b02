"""Ruby-style pinyin after characters (stub)."""
from __future__ import annotations

from corpus_tools.records import Edit


def remove_ruby_pinyin(text: str) -> tuple[str, list[Edit]]:
    return text, []
