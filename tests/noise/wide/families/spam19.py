"""Spam, session 19's blind members (spam19): a site's own vocabulary, other trades, any symbol.

Written before any cleaner change of session 19 (/work/notes/spam19/blind.md).  Unlike the
members of :mod:`tests.noise.wide.families.spam`, the benchmark's pages of one variant share a
SITE vocabulary (a few brands drawn once per variant, the same on every page: the corpus-level
learning has something to learn), the trades are other than gambling (loans, certificates,
cosmetics, boosting, crypto), and the Han names, syllables, separators and decorations come
from stocks typed here, in no cleaner's list and in no earlier blind member.  The held-out
members are registered only when ``SPAM19_HELDOUT=1`` (the room's last measurement).
"""

from __future__ import annotations

import os
import random

import regex

from tests.noise.wide.core import Damager
from tests.noise.wide.families.spam import insert_inline, insert_lines, replace_word
from tests.noise.wide.registry import body_lines, label_body_start, register

#: Han stock C with readings (a Latin name may spell its Han name, as real spam often does).
_C19 = dict(zip(
    "铭轩悦宏瑾钧磊萌鼎盛隆泰昌旺富贵禄福寿嘉美丽娜婷雅静茜蕾莉芸",
    "ming xuan yue hong jin jun lei meng ding sheng long tai chang wang fu gui lu fu shou jia mei li na ting ya jing "
    "qian lei li yun".split(),
))
_S19 = "kai mei dian yuan shun tai xin jia hui ming bang tong guo rong ze lu an ping hai tao".split()
#: Words of trades other than gambling.
_T19 = ("网贷", "快贷", "借呗", "代办证", "刷单", "代练", "祛斑", "丰胸", "医美", "币圈", "矿机", "荐股", "代写", "办学历")
#: Separators (stock P) and decorations (stock Q, held out).
_P19 = ("※", "¤", "‖", "∷", "⋯", "＃", "＠", "＆", "^", "¦", "⁂", "÷", "‡")
_Q19 = (("⟪", "⟫"), ("⦃", "⦄"), ("‹", "›"), ("«", "»"), ("◖", "◗"), ("⸢", "⸣"), ("❮", "❯"), ("﹝", "﹞"))
_TLD19 = (".loan", ".vip", ".shop", ".cn", ".work")
_HELD = os.environ.get("SPAM19_HELDOUT") == "1"


def _name19(rng: random.Random) -> tuple[str, str]:
    """A brand: a Han name of 2-3 characters of stock C and a Latin name (its reading or 2-3 syllables, 40 % digits)."""
    chars = rng.sample(list(_C19), rng.randint(2, 3))
    han = "".join(chars)
    latin = "".join(_C19[c] for c in chars) if rng.random() < 0.5 else "".join(rng.sample(_S19, rng.randint(2, 3)))
    if rng.random() < 0.4:
        latin += str(rng.randint(6, 999))
    return han, latin


def site_vocabulary(variant: str, n: int = 5) -> list[tuple[str, str, str]]:
    """The site's brands of ``variant``: ``(han, latin, trade word)``, the same on every page.

    >>> site_vocabulary("x") == site_vocabulary("x") and len(site_vocabulary("x")) == 5
    True
    """
    rng = random.Random(f"spam19-site-{variant}")
    return [(*_name19(rng), rng.choice(_T19)) for _ in range(n)]


def _glued(rng: random.Random, han: str, latin: str, trade: str) -> str:
    return rng.choice((f"{han}{rng.choice(_P19)}{latin}", f"{han}{trade}{rng.choice(_P19)}{latin}"))


@register("spam_b19_site_sep", "spam", description="blind 19 (D1): a site's brands (same on every page) inserted in sentences, Han name + any symbol + Latin name (铭轩¤kaimei88)")
def _site_sep(d: Damager) -> None:
    site = site_vocabulary("site_sep")

    def make(r):
        han, latin, trade = r.choice(site)
        s = _glued(r, han, latin, trade)
        return s, [s, han, latin]

    insert_inline(d, make)


@register("spam_b19_site_bare", "spam", description="blind 19 (D2): a site's brands: one strong form a page (铭轩kaimei88), others bare (the Latin name alone, or Han name + trade word) glued into sentences")
def _site_bare(d: Damager) -> None:
    site = site_vocabulary("site_bare")
    han, latin, trade = d.rng.choice(site)
    strong = f"{han}{latin}"
    insert_inline(d, lambda r: (strong, [strong, han, latin]), n=(1, 1))

    def bare(r):
        h, lt, t = r.choice(site)
        s = lt if r.random() < 0.6 else f"{h}{t}"
        return s, [s]

    insert_inline(d, bare, n=(2, 3))


@register("spam_b19_line_run", "spam", description="blind 19 (D3): a brand of another trade as a whole line or a run of 2-3 lines between paragraphs (宏泰快贷 hongtai.loan)")
def _line_run(d: Damager) -> None:
    def one(r):
        han, latin = _name19(r)
        trade = r.choice(_T19)
        return r.choice((f"{han}{trade} {latin}{r.choice(_TLD19)}", f"{han}{trade} {r.choice(_P19)} {latin}",
                         f"{han}{trade}{latin}"))

    def make(r):
        lines = [one(r) for _ in range(r.randint(1, 3))]
        s = "\n".join(lines)
        return s, [*lines]

    insert_lines(d, make, n=(1, 3))


@register("spam_b19_replace_trades", "spam", description="blind 19 (D4): a brand of another trade (铭悦网贷‖mingyue) replaces a word everywhere; mirror witness")
def _replace_trades(d: Damager) -> None:
    han, latin = _name19(d.rng)
    trade = d.rng.choice(_T19)
    s = d.rng.choice((f"{han}{trade}{d.rng.choice(_P19)}{latin}", f"{han}{trade}{latin}", f"{han}{latin}{d.rng.choice(_TLD19)}"))
    replace_word(d, s, [s, han, latin], witness="mirror")


@register("spam_b19_han_repeat", "spam", description="blind 19 (D5): a site's Han-only brands (铭悦网贷, no Latin) inserted 2-4 times a page inside sentences")
def _han_repeat(d: Damager) -> None:
    site = site_vocabulary("han_repeat", 3)

    def make(r):
        han, _, trade = r.choice(site)
        s = han + trade
        return s, [s]

    insert_inline(d, make, n=(2, 4))


_ENUM_COMMA = regex.compile(r"(?<=\p{Han})、(?=\p{Han})")


def _places(d: Damager) -> None:
    site = site_vocabulary("places")
    lines = body_lines(d)
    text = d.text
    points = []
    for li in lines:
        if li.kind == "label":
            points.append(label_body_start(d, li))
        if text[li.end - 1 : li.end] == "。" and li.end - 1 > li.start:
            points.append(li.end - 1)
        points.extend(m.end() for m in _ENUM_COMMA.finditer(text, li.start, li.end))
    d.rng.shuffle(points)
    for p in sorted(set(points[: d.rng.randint(2, 4)])):
        han, latin, trade = d.rng.choice(site)
        s = _glued(d.rng, han, latin, trade)
        if d.rng.random() < 0.3:
            s = f"（注：{s}）"
        d.insert(p, d.base.escape(s), tokens=[s, han, latin])


def _symbol_pair(d: Damager) -> None:
    def make(r):
        han, latin = _name19(r)
        left, right = r.choice(_Q19)
        core = r.choice((f"{han}{latin}", f"{han}{r.choice(_T19)}", f"{han}{r.choice(_T19)}{latin}"))
        s = f"{left}{core}{right}"
        return s, [s, core]

    insert_inline(d, make)


def _latin_first(d: Damager) -> None:
    site = site_vocabulary("latin_first")

    def make(r):
        han, latin, trade = r.choice(site)
        s = r.choice((f"{latin}{r.choice(_P19)}{han}", f"{latin}{han}{trade}", f"{latin}{han}"))
        return s, [s, han, latin]

    insert_inline(d, make)


if _HELD:  # the room's last measurement only (blind.md)
    register("spam_b19h_symbol_pair", "spam", description="blind 19 held out (H1): a brand in a symbol pair no list holds (⟪铭轩kaimei⟫) inside a sentence")(_symbol_pair)
    register("spam_b19h_places", "spam", description="blind 19 held out (H2): a site's brands after a label, before a paragraph's 。, after an enumeration's 、, in a （注：…） note")(_places)
    register("spam_b19h_latin_first", "spam", description="blind 19 held out (H3): a site's brands with the Latin name first (kaimei88※铭轩)")(_latin_first)
