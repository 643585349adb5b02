"""Traditional to Simplified, only where the text is Traditional (stub)."""
from __future__ import annotations

from corpus_tools.records import Edit


def convert_traditional(text: str) -> tuple[str, list[Edit]]:
    return text, []


def detect_script(text: str) -> str:
    return "simplified"
