"""Build corpus_tools/resources/pinyin_syllables.txt: every toneless syllable of
pypinyin's dictionary (plus the ``u`` spelling of ``ü``), for the ruby rule.

Scanning pypinyin's dictionary takes ~0.9 s; shipping the result saves that at
the first use in every process.  tests/test_clean_ruby.py checks that the
shipped file equals what this script computes from the installed pypinyin.

Usage: python scripts/build_pinyin_syllables.py
"""

from __future__ import annotations

from corpus_tools.clean.ruby import SYLLABLES_FILE, compute_valid_syllables, render_syllables


def main() -> None:
    text = render_syllables(compute_valid_syllables())
    SYLLABLES_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {SYLLABLES_FILE} ({text.count(chr(10)) - 1} syllables)")


if __name__ == "__main__":
    main()
