"""Ruby-pinyin noise: annotate clean text the way mirror sites flatten ``<ruby>``.

:func:`add_ruby` puts a bracketed toneless reading after some Han characters:
``马鞍(an)山``, stacked ``互(hu)(hu)(hu)``, ``ü`` spelled ``v``, ``u`` or ``ü``
(``略(lve)``), capitalised (``(Ma)``) or with a tone digit (``ma3``), ASCII or full-width brackets, and preferably before a closing
bracket so that ruby lands inside genuine parentheses (``(2021-2023年(nian))``).
Readings come from pypinyin in context (phrase-aware), sometimes another
heteronym of the character, as careless sites pick.  It feeds the property
test ``remove_ruby_pinyin(add_ruby(x)) == x``.
"""

from __future__ import annotations

import random

import regex
from pypinyin import Style, pinyin
from pypinyin.pinyin_dict import pinyin_dict

_HAN_RUN = regex.compile(r"\p{Han}+")
_OPENERS = "(（"
_CLOSERS = ")）"


def _context_readings(run: str) -> list[str] | None:
    """Toneless readings of each character of a Han run (``ü`` as ``v``), or None."""
    result = pinyin(run, style=Style.NORMAL, errors=lambda chars: [[None]] * len(chars))
    flat = [item[0] for item in result]
    if len(flat) != len(run) or any(r is None or not r.isascii() for r in flat):
        return None
    return flat


def _other_heteronym(char: str, reading: str, rng: random.Random) -> str:
    from corpus_tools.clean.ruby import _toneless

    options = sorted({_toneless(r) for r in pinyin_dict.get(ord(char), "").split(",") if r})
    options = [o for o in options if o.isascii() and o.isalpha()]
    return rng.choice(options) if options else reading


def _spell(reading: str, rng: random.Random) -> str:
    """pypinyin writes ``ü`` as ``v``; sites write ``v``, ``u`` or ``ü``."""
    if "v" not in reading:
        return reading
    return reading.replace("v", rng.choice(("v", "v", "u", "ü")))


def add_ruby(
    text: str,
    rng: random.Random,
    *,
    rate: float = 0.3,
    stack_rate: float = 0.2,
    max_stack: int = 3,
    fullwidth_rate: float = 0.3,
    heteronym_rate: float = 0.1,
    before_closer_rate: float = 0.8,
    capital_rate: float = 0.0,
    digit_rate: float = 0.0,
) -> str:
    """Insert ruby groups after Han characters of ``text``.

    A character directly followed by an opening bracket is left alone (its
    group would merge with the genuine parenthesis that follows).

    >>> add_ruby("马鞍山市", random.Random(1), rate=1.0, stack_rate=0.0, fullwidth_rate=0.0)
    '马(ma)鞍(an)山(shan)市(shi)'
    """
    pieces: list[str] = []
    cursor = 0
    for run in _HAN_RUN.finditer(text):
        readings = _context_readings(run.group())
        if readings is None:
            continue
        for offset, (char, reading) in enumerate(zip(run.group(), readings)):
            pos = run.start() + offset + 1  # insertion point after the character
            following = text[pos : pos + 1]
            if following and following in _OPENERS:
                continue
            p = before_closer_rate if following and following in _CLOSERS else rate
            if rng.random() >= p:
                continue
            if rng.random() < heteronym_rate:
                reading = _other_heteronym(char, reading, rng)
            count = rng.randint(2, max_stack) if rng.random() < stack_rate else 1
            groups = []
            for _ in range(count):
                left, right = ("（", "）") if rng.random() < fullwidth_rate else ("(", ")")
                syllable = _spell(reading, rng)
                if capital_rate and rng.random() < capital_rate:  # (Ma): some sites capitalise
                    syllable = syllable[:1].upper() + syllable[1:]
                if digit_rate and rng.random() < digit_rate:  # ma3: a tone digit, 5 or 0 for the neutral tone
                    syllable += rng.choice("123450")
                groups.append(f"{left}{syllable}{right}")
            pieces.append(text[cursor:pos])
            pieces.append("".join(groups))
            cursor = pos
    pieces.append(text[cursor:])
    return "".join(pieces)
