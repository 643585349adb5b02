"""Script noise: convert clean Simplified text to Traditional the way mirrors do.

:func:`to_traditional` converts the whole page, or some paragraphs, or some
sentences, with OpenCC ``s2t``, ``s2tw`` or ``s2hk``, and can leave "mirror
slips": characters the mirror's converter missed (``示范`` in ``示範`` text).
It feeds the property tests of :mod:`corpus_tools.clean.script`.
"""

from __future__ import annotations

import random
from functools import lru_cache

import opencc
import regex

VARIANTS = ("s2t", "s2tw", "s2hk")
_PARAGRAPH = regex.compile(r"[^\n]+")
_SENTENCE = regex.compile(r"[^。！？；\n]+[。！？；]*")


@lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _slip(original: str, converted: str, rng: random.Random, rate: float) -> str:
    """Put back some Simplified characters where the conversion changed one."""
    if rate <= 0 or len(original) != len(converted):
        return converted
    return "".join(
        o if o != c and rng.random() < rate else c for o, c in zip(original, converted)
    )


def to_traditional(
    text: str,
    rng: random.Random,
    *,
    variant: str | None = None,
    unit: str = "page",
    fraction: float = 1.0,
    slip_rate: float = 0.0,
) -> str:
    """Convert ``text`` (or a ``fraction`` of its paragraphs/sentences) to Traditional.

    ``unit`` is ``page``, ``paragraph`` or ``sentence``; ``variant`` one of
    :data:`VARIANTS` (random when None).

    >>> to_traditional("工业互联网发展", random.Random(0), variant="s2t")
    '工業互聯網發展'
    >>> to_traditional("示范项目", random.Random(1), variant="s2t", slip_rate=0.5)
    '示范項目'
    """
    config = variant or rng.choice(VARIANTS)
    convert = _converter(config).convert
    if unit == "page":
        return _slip(text, convert(text), rng, slip_rate)
    pattern = _PARAGRAPH if unit == "paragraph" else _SENTENCE
    pieces: list[str] = []
    cursor = 0
    for match in pattern.finditer(text):
        if rng.random() >= fraction:
            continue
        pieces.append(text[cursor : match.start()])
        pieces.append(_slip(match.group(), convert(match.group()), rng, slip_rate))
        cursor = match.end()
    pieces.append(text[cursor:])
    return "".join(pieces)
