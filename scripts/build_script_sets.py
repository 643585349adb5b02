"""Build corpus_tools/resources/script_sets.txt: the script evidence sets of the
Traditional-to-Simplified rule, derived from the installed OpenCC's tables.

:func:`corpus_tools.clean.script._build_sets` converts every CJK code point
with four OpenCC configs (~0.4 s); shipping its result saves that at every
import.  The file also holds the slip tables (each Simplified-only character's
one-character form under ``s2t``, ``s2tw`` and ``s2hk``): building them loads
OpenCC's large ``s2t`` dictionaries, 0.06-0.07 CPU-s of a ``corpus-tools clean``.  tests/test_clean_script.py checks that the shipped file equals what
this script computes from the installed OpenCC, so it cannot go stale silently.

Usage: python scripts/build_script_sets.py
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean.script import SCRIPT_SETS_FILE, _build_sets, render_script_sets


def main() -> None:
    text = render_script_sets(*_build_sets())
    Path(SCRIPT_SETS_FILE).write_text(text, encoding="utf-8")
    print(f"wrote {SCRIPT_SETS_FILE} ({len(text)} characters)")


if __name__ == "__main__":
    main()
