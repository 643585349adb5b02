"""Build corpus_tools/resources/pinyin_syllables.txt: every toneless syllable of
pypinyin's dictionary (plus the ``u`` spelling of ``ü``), for the ruby rule; and
resources/romanised_syllables.txt: the same readings in Wade-Giles, Gwoyeu Romatzyh
and Zhuyin (a group outside them never loads pypinyin's converters); and
resources/s2t_forms.txt: each character's OpenCC ``s2t`` form where it differs (the ruby
rule reads a character's Traditional counterpart there, not from OpenCC's ``s2t``
converter, whose phrase dictionary costs 0.06 CPU-s to load); and resources/word_pairs.txt:
the adjacent pairs of pypinyin's phrase list, which the evidence of everyday words reads
(importing the phrase list costs 0.24 CPU-s); and resources/latin_letters.txt: the characters of
other glyph sets that are a Latin letter by Unicode's data (the ruby rule's view of readings in
superscript, small capital, mathematical… letters; scanning every code point costs 0.07 s).

Scanning pypinyin's dictionary takes ~0.9 s; shipping the result saves that at
the first use in every process.  tests/test_clean_ruby.py checks that the
shipped file equals what this script computes from the installed pypinyin.

Usage: python scripts/build_pinyin_syllables.py
"""

from __future__ import annotations

from corpus_tools import resources
from corpus_tools.clean.evidence import WORD_PAIRS_FILE, compute_word_pairs
from corpus_tools.clean.ruby_glyphs import LATIN_LETTERS_FILE, compute_latin_letters, render_latin_letters
from corpus_tools.clean.ruby import (
    OTHER_SYLLABLES_FILE,
    S2T_FORMS_FILE,
    SYLLABLES_FILE,
    compute_other_syllables,
    compute_s2t_forms,
    compute_valid_syllables,
    render_s2t_forms,
    render_syllables,
)


def main() -> None:
    for path, syllables in ((SYLLABLES_FILE, compute_valid_syllables()), (OTHER_SYLLABLES_FILE, compute_other_syllables())):
        text = render_syllables(syllables)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({text.count(chr(10)) - 1} syllables)")
    forms = compute_s2t_forms()
    S2T_FORMS_FILE.write_text(render_s2t_forms(forms), encoding="utf-8")
    print(f"wrote {S2T_FORMS_FILE} ({len(forms)} characters)")
    pairs = sorted(compute_word_pairs())
    resources.path(WORD_PAIRS_FILE).write_text("".join(pairs) + "\n", encoding="utf-8")
    print(f"wrote {resources.path(WORD_PAIRS_FILE)} ({len(pairs)} pairs)")
    letters = compute_latin_letters()
    LATIN_LETTERS_FILE.write_text(render_latin_letters(letters), encoding="utf-8")
    print(f"wrote {LATIN_LETTERS_FILE} ({len(letters)} characters)")


if __name__ == "__main__":
    main()
