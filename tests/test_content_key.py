"""The letters-and-digits key by character table equals its definition (NFKC of the whole text).

:func:`corpus_tools.structure.content_key.letters_and_digits` normalises character by character where
that is exact; these tests compare it with :func:`reference_letters_and_digits` on every code
point the table works out, on pairs and runs of the characters that could act on each other,
and on generated text.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.structure.content_key import _TABLE_END, _table, letters_and_digits, reference_letters_and_digits

#: Characters that test the table's reasoning: combining marks, starters that compose with the
#: starter before them, Hangul jamo and syllables, compatibility forms (full width, circled,
#: ligatures, units), case folding that grows (ß, İ), Chinese and punctuation.
_SPECIAL = list(
    "第一条，。、；：（）\u3000 \n\tAaZzß\u0130Σσς"
    "e\u0301\u0323\u0300o\u0308\u0b47\u0b3e\u0b57\u0dd9\u0dcf\u102e\u1025"
    "\u1100\u1161\u11a8가각\u3131\u314f\u3161\uffa1\uffc2"
    "１Ａｚ①⑴㈠㎡™ﬁ\u2167Ⅲ\u00bd\u00b2\u3099\u309a\u304b\u30ab\uff76\uff9e\uf900\u2f800"
    "\u00a0\u200b\ufeff\u0345\u0f73\u0f75\u0f81"
)


def _pool(size: int, seed: int) -> list[str]:
    """The special characters and a sample of each kind the table knows (keep, replace, unsafe, drop)."""
    table, _ = _table()
    rng = random.Random(seed)
    kinds: dict[int, list[str]] = {}
    for code in range(_TABLE_END):
        if not 0xD800 <= code < 0xE000:
            kinds.setdefault(int(table[code]), []).append(chr(code))
    pool = list(_SPECIAL)
    for chars in kinds.values():
        pool += rng.sample(chars, min(size, len(chars)))
    return pool


def test_every_code_point_alone():
    for code in range(_TABLE_END):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        assert letters_and_digits(ch) == reference_letters_and_digits(ch), hex(code)


def test_pairs_of_characters_that_could_act_on_each_other():
    pool = _pool(60, 1)
    for a in pool:
        texts = [a + b for b in pool]
        for text in texts:
            assert letters_and_digits(text) == reference_letters_and_digits(text), [hex(ord(c)) for c in text]


def test_texts_beyond_the_table_and_with_lone_surrogates_take_the_definition():
    for text in ("第一条\U00030000", "\U000e0101条", "a\ud800b", "\U0002f800第"):
        assert letters_and_digits(text) == reference_letters_and_digits(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_pool(40, 2)), max_size=40).map("".join))
def test_generated_text(text):
    assert letters_and_digits(text) == reference_letters_and_digits(text)


def test_law_text():
    text = "第一条　为了规范管理，制定本办法。\n第２条 本办法自２０２１年１月１日起施行。⑴ ＧＢ／Ｔ 1234—2008《标准》ⅢⅣ"
    expected = "第一条为了规范管理制定本办法第2条本办法自2021年1月1日起施行1gbt12342008标准iiiiv"
    assert letters_and_digits(text) == reference_letters_and_digits(text) == expected


def test_it_is_the_lineages_copy_key():
    """The writer hashes :func:`letters_and_digits` as the lineage's :func:`copy_key`: the same key."""
    from corpus_tools.structure.lineage import copy_key

    for text in ("第一条　为了规范管理，制定本办法。\n第二条 本办法自２０２１年１月１日起施行。", "Ⅲ ⑴ ﬁ İ ß e\u0301 ㅡ한", ""):
        assert copy_key(text) == letters_and_digits(text) == reference_letters_and_digits(text)
