"""Brand names with invisible characters slipped between their characters, to slip past keyword filters.

Real damage (the noise benchmark's development set 4, ``spam_zero_width_brand``; the family's habit of
dodging keyword filters): ``适用于全市金\\u200b樽\\u200b娱\\u200b乐的区域``, ``jz\\u200b88.com``: a zero-width
space, a word joiner, a BOM, a soft hyphen, a combining grapheme joiner or a variation selector between every
pair of a brand's characters.  The invisible-character rule deleted them one by one and the brand then read as
plain text and stayed in the law (residue 100 %).

The interleaving itself is the evidence: a law never puts invisible characters *inside* a word, one after
every character; an editor's stray zero-width space (at a line wrap, between two words) stands alone.  So a run
is the trade's when three invisible characters or more each stand between two single characters of it
(``金\\u200b樽\\u200b娱\\u200b乐``), or two do and its characters, read together, hold a word of games and bets or
a host on a spam site's domain, or one does and the run is such a host (``jz\\u200b88.com``); never when its Han
characters read on as law text pair by pair (``县\\u200b级\\u200b以\\u200b上``: random damage in the law's words).  A single
stray invisible character between two words is no run: only that character goes, as always
(:func:`~corpus_tools.clean.mojibake.remove_invisible_characters`).

The invisible-character rule keeps the characters of such a run (:func:`interleaved_brands`), so that the spam
rule, which runs after it, removes the run whole with its decoration, as one recorded anchor whose gap the
corpus restores (:func:`~corpus_tools.clean.spam.remove_spam_anchors`).
"""

from __future__ import annotations

from corpus_tools.clean.brands import CATEGORY_WORDS, SPAM_TLDS, alternation, is_official_host
from corpus_tools.clean.evidence import law_bigrams
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import HAN_BLOCKS

INTERLEAVED_BRAND = "brand with invisible characters between its characters"

#: The format characters spammers slip between a brand's characters: zero-width space, non-joiner, joiner,
#: LRM/RLM, the word joiner and invisible operators (U+2060-U+2064), the BOM, the soft hyphen, the Mongolian
#: vowel separator, the combining grapheme joiner, the Hangul fillers and the variation selectors (which choose
#: no glyph of a Han character a law writes: a run of them between characters is no glyph choice).
INVISIBLE = (
    "\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e\u034f\u061c\u115f\u1160\u3164\uffa0"
    "\ufe00-\ufe0f\U000e0100-\U000e01ef"
)
#: A unit of a brand: one Han character (with the Latin letters or digits glued after it: ``乐jz``), or a run
#: of Latin letters and digits (full width too: the width rule turns them to ASCII in place, between the
#: invisible-character rule and the spam rule, and both must read the same runs).
_ALNUM = "A-Za-z0-9Ａ-Ｚａ-ｚ０-９"
_UNIT = rf"(?:[{HAN_BLOCKS}][{_ALNUM}]*|[{_ALNUM}]+)"
#: A run: units, each pair of them with invisible characters between (a host's ending after its last unit).
_RUN_RE = lazy_regex(rf"{_UNIT}(?:[{INVISIBLE}]+{_UNIT})+(?:[.．][A-Za-zＡ-Ｚａ-ｚ]{{2,8}})*")
_LATIN_AFTER_HAN = lazy_regex(rf"[{HAN_BLOCKS}][{_ALNUM}]")
_HAN = lazy_regex(rf"[{HAN_BLOCKS}]")
_INVISIBLE_RE = lazy_regex(rf"[{INVISIBLE}]+")
_GATE = lazy_re(rf"[{INVISIBLE}]")
#: A word of games and bets (``娱乐``, ``彩票``, ``真人``), without ``电子``, which laws write often (``电子签名``).
_GAME_WORD_RE = lazy_re(alternation(set(CATEGORY_WORDS) - {"电子"}))
#: Invisible runs inside a run that are evidence on their own (``金\\u200b樽\\u200b娱\\u200b乐``).
DENSE_SEPARATORS = 3
#: Invisible runs inside a run that are evidence with a word of the trade or a host (``金樽\\u200b娱\\u200b乐``).
TRADE_SEPARATORS = 2


def interleaved_brands(text: str) -> list[tuple[int, int]]:
    """Runs of characters with invisible characters slipped between them that spell a brand: ``(start, end)``.

    **Evidence**: :data:`DENSE_SEPARATORS` invisible characters (or runs of them) or more, each between two
    units (a Han character, a run of Latin letters or digits) of one unbroken run; or
    :data:`TRADE_SEPARATORS` when the run's characters read together hold a word of games and bets
    (:data:`~corpus_tools.clean.brands.CATEGORY_WORDS`) or a host on a spam site's domain; or one when the run
    is such a host (``jz\\u200b88.com``).  A single invisible character between two words is an editor's
    stray: never a run.

    >>> t = "适用于全市金\\u200b樽\\u200b娱\\u200b乐jz\\u200b88.com的区域"
    >>> [t[a:b] for a, b in interleaved_brands(t)] == ["金\\u200b樽\\u200b娱\\u200b乐jz\\u200b88.com"]
    True
    >>> t = "规范公共\\u200b服务的管理，访问hy\\u2060l88.vip，设立鑫\\u00ad隆\\u00ad彩票站"
    >>> [t[a:b] for a, b in interleaved_brands(t)] == ["hy\\u2060l88.vip", "鑫\\u00ad隆\\u00ad彩票"]
    True
    >>> interleaved_brands("第一\\u200b条 为了\\u200b规范，见www.gov\\u200b.cn，二\\u200b三\\u200b条")
    []
    """
    if not _GATE.search(text):
        return []
    out: list[tuple[int, int]] = []
    for m in _RUN_RE.finditer(text):
        a, b = m.span()
        if _LATIN_AFTER_HAN.match(text, a):
            a += 1  # (a Han character glued before a run's Latin first unit is no unit of the run: ``访问hy\u2060l88.vip``)
        separators = sum(1 for _ in _INVISIBLE_RE.finditer(text, a, b))
        plain = _INVISIBLE_RE.sub("", text[a:b])
        word = _game_word(plain, text, b)
        if word is not None:
            b = max(b, word)  # (the word of the trade the run stopped inside: ``鑫隆彩`` + ``票``)
        if _spam_host(plain) or (separators >= DENSE_SEPARATORS or separators >= TRADE_SEPARATORS and word is not None) \
                and not _reads_on_as_law(plain):
            out.append((a, b))
    return out


def _game_word(plain: str, text: str, end: int) -> int | None:
    """Where the last word of games and bets that ``plain`` (a run ending at ``end`` in ``text``, read without its
    invisible characters) holds or starts ends in ``text``; None when it holds none.

    >>> t = "鑫隆彩票站"
    >>> _game_word("鑫隆彩", t, 3), _game_word("鑫隆", t, 2), _game_word("乐娱乐", "乐娱乐城", 3)
    (4, None, 4)
    """
    tail = plain + text[end:end + 2]
    found = None
    for m in _GAME_WORD_RE.finditer(tail):
        if m.start() < len(plain):
            found = end + max(0, m.end() - len(plain))
    return found


def is_invisible(chars: str) -> bool:
    """Whether ``chars`` are all characters of :data:`INVISIBLE` (what an interleaved brand slips between its characters).

    >>> is_invisible("\\u200b\\u2060"), is_invisible("\\u200ba"), is_invisible("")
    (True, False, False)
    """
    return bool(chars) and _INVISIBLE_RE.fullmatch(chars) is not None


def _reads_on_as_law(plain: str) -> bool:
    """Whether every pair of neighbouring Han characters of ``plain`` is one of law text
    (:func:`~corpus_tools.clean.evidence.law_bigrams`): the law's own words, which random damage slipped invisible
    characters into (``县\\u200b级\\u200b以\\u200b上``), not a brand's made-up name (``金樽``).

    >>> _reads_on_as_law("县级以上"), _reads_on_as_law("体育彩票"), _reads_on_as_law("金樽娱乐"), _reads_on_as_law("jz88")
    (True, True, False, False)
    """
    han = [c for c in plain if _HAN.match(c)]
    if len(han) < 2:
        return False
    pairs = law_bigrams()
    return all(han[i] + han[i + 1] in pairs for i in range(len(han) - 1))


def _spam_host(plain: str) -> bool:
    """Whether ``plain`` (a run read without its invisible characters) ends on a host of a spam site's domain.

    >>> _spam_host("乐jz88.com"), _spam_host("hyl88.vip"), _spam_host("gov.cn"), _spam_host("金樽")
    (True, True, False, False)
    """
    label, dot, tld = plain.replace("．", ".").rpartition(".")
    if not dot or not label or is_official_host(plain):
        return False
    tld = tld.lower()
    return tld in SPAM_TLDS or tld in {"com", "net"} and any(c.isdigit() for c in label)


__all__ = ["INTERLEAVED_BRAND", "INVISIBLE", "interleaved_brands", "is_invisible"]
