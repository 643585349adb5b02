"""The widget-residue scan of site_furniture stays linear on lines of many zoom arrows (review 11, F1: every
arrow of a long line re-read the whole line: 800,000 arrows took 12.8 CPU-s, a 5 MB page about 8 minutes)."""

from __future__ import annotations

import pytest

from tests.test_hostile import bounded


def _residue(text: str) -> int:
    from corpus_tools.clean.furniture import widget_residue_lines

    return len(widget_residue_lines(text, []))


@pytest.mark.parametrize("pattern", ["↺a", "↺", "×\n+\n", "↺\n" + "a" * 40 + "\n"])
def test_zoom_arrows_on_long_lines_are_linear(pattern):
    text = "某市通知\n" + pattern * (2_000_000 // len(pattern))
    assert bounded(_residue, text, seconds=10) >= 0


def test_a_zoom_box_is_still_found():
    from corpus_tools.clean.furniture import widget_residue_lines

    text = "正文。\n×\n+\n-\n↺\n"
    assert [text[a:b] for a, b in widget_residue_lines(text, [])] == ["×\n+\n-\n↺"]
