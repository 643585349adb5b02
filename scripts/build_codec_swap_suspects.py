"""Build corpus_tools/resources/codec_swap_suspects.txt: the characters that the Big5/GBK
mix-up rule's gate looks for (what a misreading shows and no Chinese uses).

:func:`corpus_tools.clean.codec_swap.compute_suspects` decodes every double-byte pair with
both codecs and judges some 26,000 characters (~0.04 CPU-s); shipping its result saves that
at every import (``corpus-tools clean`` of one page pays it).  tests/test_start_up.py checks
that the shipped file equals what this script computes, so it cannot go stale silently.

Usage: python scripts/build_codec_swap_suspects.py
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean.codec_swap import SUSPECTS_FILE, compute_suspects, render_suspects


def main() -> None:
    text = render_suspects(compute_suspects())
    Path(SUSPECTS_FILE).write_text(text, encoding="utf-8")
    print(f"wrote {SUSPECTS_FILE} ({len(text)} characters)")


if __name__ == "__main__":
    main()
