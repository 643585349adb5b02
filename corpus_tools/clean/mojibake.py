"""Mojibake: text decoded with the wrong codec, or with bytes lost (stub)."""
from __future__ import annotations

from corpus_tools.records import Edit


def fix_gbk_misalignment(text: str) -> tuple[str, list[Edit]]:
    return text, []


def fix_utf8_read_as_gbk(text: str) -> tuple[str, list[Edit]]:
    return text, []


def fix_latin1_mojibake(text: str) -> tuple[str, list[Edit]]:
    return text, []


def remove_invisible_characters(text: str) -> tuple[str, list[Edit]]:
    return text, []
