"""Injected spam anchors and site furniture (stub)."""
from __future__ import annotations

from typing import Mapping

from corpus_tools.records import Edit


def remove_site_furniture(text: str) -> tuple[str, list[Edit]]:
    return text, []


def remove_spam_anchors(text: str, *, restorations: Mapping[int, object] | None = None) -> tuple[str, list[Edit]]:
    return text, []
