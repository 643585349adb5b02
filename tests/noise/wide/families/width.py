"""Width: ASCII punctuation in Chinese context, full-width digits and letters.

Only punctuation between Han characters (or pairs around Han text) is made
ASCII, the domain where the dataset's convention (full width in Chinese text)
is unambiguous; digits and Latin letters are widened anywhere in articles.
"""

from __future__ import annotations

import regex

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import body_lines, register

_BETWEEN_HAN = regex.compile(r"(?<=\p{Han})[，；：？！](?=\p{Han})")
_PAIRS = regex.compile(r"（([^（）\n]*\p{Han}[^（）\n]*)）|“([^“”\n]*\p{Han}[^“”\n]*)”")
_ALNUM = regex.compile(r"[0-9]+")
_LATIN = regex.compile(r"[A-Za-z]+")
TO_ASCII = {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!"}


def ascii_punct(d: Damager, rate: float = 0.5) -> None:
    for li in body_lines(d):
        for m in _BETWEEN_HAN.finditer(d.text, li.start, li.end):
            if d.rng.random() < rate:
                d.edit(m.start(), m.end(), TO_ASCII[m.group()], kind="transform", tokens=[TO_ASCII[m.group()]])


def ascii_pairs(d: Damager, rate: float = 0.6) -> None:
    for li in body_lines(d):
        for m in _PAIRS.finditer(d.text, li.start, li.end):
            if d.rng.random() < rate:
                quote = m.group().startswith("“")
                o, c = ('"', '"') if quote else ("(", ")")
                g = d.new_group()
                d.edit(m.start(), m.start() + 1, o, kind="transform", tokens=[o], group=g)
                d.edit(m.end() - 1, m.end(), c, kind="transform", tokens=[c], group=g)


def widen(d: Damager, pattern: regex.Pattern, rate: float = 0.7) -> None:
    for li in body_lines(d, ("label", "para", "meta")):
        for m in pattern.finditer(d.text, li.start, li.end):
            if d.rng.random() < rate:
                new = "".join(chr(ord(c) + 0xFEE0) for c in m.group())
                d.edit(m.start(), m.end(), new, kind="transform", tokens=[new])


@register("width_ascii_punct", "width", description="，；：？！ between Han characters written , ; : ? !")
def _punct(d: Damager) -> None:
    ascii_punct(d)


@register("width_ascii_brackets_quotes", "width", description="（…） and “…” around Chinese text written (…) and \"…\"")
def _pairs(d: Damager) -> None:
    ascii_pairs(d)


@register("width_fullwidth_digits", "width", description="２０２１年: full-width digits")
def _digits(d: Damager) -> None:
    widen(d, _ALNUM)


@register("width_fullwidth_latin", "width", description="ＡＰＰ, ５Ｇ: full-width Latin letters (laws that have Latin)")
def _latin(d: Damager) -> None:
    widen(d, _LATIN, rate=1.0)
