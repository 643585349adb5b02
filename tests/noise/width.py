"""Noise generator: the width damage :func:`corpus_tools.clean.width.normalize_width` undoes.

Only damage inside the rule's domain is generated (punctuation between Han
characters, bracket and quote pairs around Han), so on text the rule leaves
unchanged, ``normalize_width(asciify(x)) == x``.
"""

from __future__ import annotations

import random

import regex

_BETWEEN_HAN = regex.compile(r"(?<=\p{Han})[，；：？！](?=\p{Han})")
_PAIRS = regex.compile(r"（([^（）\n]*\p{Han}[^（）\n]*)）|“([^“”\n]*\p{Han}[^“”\n]*)”")
_TO_ASCII = {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!"}
_DIGIT_RUN = regex.compile(r"[0-9A-Za-z]+")


def asciify_punctuation(text: str, rng: random.Random, rate: float = 0.5) -> str:
    """Turn a share of full-width punctuation in Chinese context into ASCII.

    >>> asciify_punctuation("本市，区（县）", random.Random(1), rate=1.0)
    '本市,区(县)'
    """
    chars = list(text)
    for m in _BETWEEN_HAN.finditer(text):
        if rng.random() < rate:
            chars[m.start()] = _TO_ASCII[m.group()]
    for m in _PAIRS.finditer(text):
        if rng.random() < rate:
            quote = m.group().startswith("“")
            chars[m.start()] = '"' if quote else "("
            chars[m.end() - 1] = '"' if quote else ")"
    return "".join(chars)


def widen_alphanumerics(text: str, rng: random.Random, rate: float = 0.5) -> str:
    """Turn a share of ASCII digit and letter runs into full-width forms (``２０２１``).

    >>> widen_alphanumerics("2021年", random.Random(0), rate=1.0)
    '２０２１年'
    """
    def widen(m: regex.Match[str]) -> str:
        if rng.random() >= rate:
            return m.group()
        return "".join(chr(ord(c) + 0xFEE0) for c in m.group())

    return _DIGIT_RUN.sub(widen, text)


_CONTACT = regex.compile(
    r"(?:https?://|www\.)[!-~]*[0-9A-Za-z/]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|0[0-9]{2,3}-[0-9]{7,8}"
)


def widen_contacts(text: str, rng: random.Random, rate: float = 1.0) -> str:
    """Write URLs, e-mail addresses and telephone numbers in full width, punctuation included.

    >>> widen_contacts("邮箱zq@163.com，电话0519-85681627", random.Random(0))
    '邮箱ｚｑ＠１６３．ｃｏｍ，电话０５１９－８５６８１６２７'
    """
    def widen(m: regex.Match[str]) -> str:
        if rng.random() >= rate:
            return m.group()
        return "".join(chr(ord(c) + 0xFEE0) for c in m.group())

    return _CONTACT.sub(widen, text)
