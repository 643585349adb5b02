"""Generated tables the stages read: one file each, each written by one generator.

=========================  ====================================================  ==================================
file                       what                                                  generator (in ``scripts/``)
=========================  ====================================================  ==================================
``common_chars.txt``       the 4,000 most frequent Han characters of the clean   ``build_corpus_tables.py``
                           corpus and their Traditional forms: ingest tells a
                           right decoding from a wrong one by them
``common_chars_ranked.txt`` characters of law text, most frequent first (count    ``build_corpus_tables.py``
                           >= 30; a Traditional form ranks with its Simplified
                           one): the mojibake repairs' prior
``bigrams.txt``            adjacent pairs of law text seen >= 5 times            ``build_corpus_tables.py``
``bigrams_frequent.txt``   the pairs seen >= 100 and >= 1,000 times, a tier a    ``build_corpus_tables.py``
                           line
``pinyin_syllables.txt``   every toneless syllable of pypinyin's dictionary      ``build_pinyin_syllables.py``
``script_sets.txt``        the Traditional-only and Simplified-only characters   ``build_script_sets.py``
                           of OpenCC's tables, and the Simplified-only ones'
                           ``s2t``/``s2tw``/``s2hk`` forms (mirror slips)
``codec_swap_suspects.txt`` the characters a Big5/GBK misreading shows that no    ``build_codec_swap_suspects.py``
                           Chinese uses: the gate of ``big5_gbk_mixup``
``s2t_forms.txt``          each character's OpenCC ``s2t`` form where it         ``build_pinyin_syllables.py``
                           differs: the ruby rule's Traditional counterparts
``word_pairs.txt``         the adjacent pairs of pypinyin's phrase list, sorted  ``build_pinyin_syllables.py``
                           and concatenated: pairs of everyday words
=========================  ====================================================  ==================================

The tests check the last five against the installed pypinyin, OpenCC and codecs; the
corpus tables are regenerated from the clean corpus
(``python scripts/build_corpus_tables.py CORPUS_DIR``).
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).parent


def path(name: str) -> Path:
    """The file of the table ``name`` (e.g. ``"bigrams.txt"``)."""
    return FOLDER / name


def read(name: str) -> str:
    """The text of the table ``name``."""
    return path(name).read_text(encoding="utf-8")


__all__ = ["FOLDER", "path", "read"]
