"""Words of games and bets written half in pinyin, to slip past keyword filters: ``六hé彩``, ``博cai``, ``qi牌``.

Damage: a spam injector that knows the filters of a hijacked site spells one character of the trade's word
(or more) in pinyin, toned or not, in ASCII or full-width letters, and puts the word with a brand name
into a sentence of the law: ``…到当地军事领导指挥机关指定的地点进澳门六hé彩行预备役登记``,
``…腾龙博cai娱乐城…``, ``…北京赛che pk10…`` (session 16's blind member ``spam_blind16_mixed_script``;
no real page of the project's sets carried one).  No brand pattern reads ``六hé彩``: it is neither a Han
word nor a Latin name.

**Evidence**: Latin letters glued to Han characters where, read as the pinyin of the characters they stand
for, they complete a word of games and bets (:data:`TRADE_WORDS`) with the Han characters beside them; at
least one character of the word is written in Han, and a character is spelled by a whole reading (``cai``,
``hé``), not by an initial, unless two or more characters are spelled.  A law never spells half a word in
letters; its Latin beside Han is a term (``5G``, ``APP``, ``PM2.5``) or a reading in brackets (the ruby rule's).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from corpus_tools.clean.brands import CATEGORY_WORDS, CHINESE_SITE_WORDS, alternation
from corpus_tools.clean.evidence import law_bigrams
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

PINYIN_TRADE_WORD = "word of games and bets half in pinyin"

#: Words of games and bets of two characters or more (the trade's words a filter looks for).
TRADE_WORDS: tuple[str, ...] = tuple(sorted(
    {w for w in CATEGORY_WORDS if len(w) >= 2 and not w.isascii() and not any(c.isascii() for c in w)} | {"博彩", "赌博", "视讯", "投注", "开户"},
    key=len, reverse=True,
))
_TRADE_CHARS = frozenset("".join(TRADE_WORDS))
#: Letters of a pinyin syllable: ASCII, toned vowels, ü.
#: (``re``: the scan of every page, 0.09 CPU-s on the clean laws; a run longer than :data:`_RUN_CHARS` is no pinyin.)
_LATIN_RUN = lazy_re("[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜ]+")
_RUN_CHARS = 12
_HAN = lazy_regex(r"\p{Han}")
#: What may follow the trade's word in the unit: Latin names and figures (``pk10``), the trade's and a site's words.
_TAIL = lazy_regex(
    rf"(?:[ ]?[A-Za-z0-9]{{1,10}}|{alternation(set(CATEGORY_WORDS) | CHINESE_SITE_WORDS | {'计划', '游戏', '城', '网', '厅', '彩'})})+"
)
#: The longest brand name taken before the word (``澳门``, ``腾龙``, ``速借宝``).
_STEM_CHARS = 4


def _fold(letters: str) -> str:
    """Letters without tone marks, in lower case (``hé`` -> ``he``, ``ü`` -> ``v``).

    >>> _fold("Hé"), _fold("lǜ")
    ('he', 'lv')
    """
    out = []
    for c in letters:
        if c in "üÜǖǘǚǜ":
            out.append("v")
            continue
        out.append(unicodedata.normalize("NFD", c)[0].lower())
    return "".join(out)


@lru_cache(maxsize=4096)
def _readings(char: str) -> frozenset[str]:
    from corpus_tools.clean.ruby import readings

    return frozenset(r.replace("ü", "v") for r in readings(char) if r.isascii() or "ü" in r)


def _spelled(letters: str, chars: str, *, initials: bool) -> bool:
    """Whether ``letters`` spell ``chars``, each by a whole reading (or by its initial when ``initials``).

    >>> _spelled("he", "合", initials=False), _spelled("c", "彩", initials=False), _spelled("cp", "彩票", initials=True)
    (True, False, True)
    """
    if not chars:
        return not letters
    for r in _readings(chars[0]):
        for s in (r, r[0]) if initials else (r,):
            if letters.startswith(s) and _spelled(letters[len(s):], chars[1:], initials=initials):
                return True
    return False


def _word_at(text: str, start: int, end: int, letters: str) -> tuple[int, int] | None:
    """The trade's word the letters ``text[start:end]`` complete with the Han characters beside them: its span."""
    for word in TRADE_WORDS:
        for i in range(len(word)):
            if i and text[start - i : start] != word[:i]:
                continue
            for j in range(len(word), i, -1):
                if i == 0 and j == len(word):
                    continue  # at least one character in Han
                right = word[j:]
                if right and text[end : end + len(right)] != right:
                    continue
                part = word[i:j]
                if _spelled(letters, part, initials=len(part) >= 2):
                    return start - i, end + len(right)
    return None


_GAME_AFTER = lazy_regex(alternation(w for w in TRADE_WORDS if w not in {"电子", "体育"}) + "|体育|电子")


def _initials_before_game(text: str, start: int, end: int, letters: str) -> tuple[int, int] | None:
    """A trade's word spelled by its initials only, glued before another word of games and bets (``bc体育``:
    博彩 + 体育): the span of the initials.  Initials alone spell too much (``PC``, ``QC``); before a game's
    word they spell the trade's (in lower case: capitals abbreviate a term, ``PK体育比赛``).

    >>> _initials_before_game("澳门bc体育", 2, 4, "bc"), _initials_before_game("PC端体育", 0, 2, "pc")
    ((2, 4), None)
    """
    if not 2 <= len(letters) <= 4 or not text[start:end].islower() or _GAME_AFTER.match(text, end) is None:
        return None  # (capitals are a term's abbreviation: PK, PC, QC)
    for word in TRADE_WORDS:
        if len(word) == len(letters) and _spelled(letters, word, initials=True) and not _spelled(letters, word, initials=False):
            return start, end
    return None


def pinyin_trade_words(text: str) -> list[tuple[int, int]]:
    """Units of a brand and a word of games and bets half in pinyin: ``(start, end)``.

    The unit runs over the trade's words, Latin names and figures after the word (``计划``, ``娱乐城``, ``pk10``)
    and a brand name of up to :data:`_STEM_CHARS` characters before it, where the characters on both sides of
    the unit read on as the law's (their pair is one of law text, :func:`~corpus_tools.clean.evidence.law_bigrams`)
    and the stem's first one does not read on from the character before it.

    >>> t = "到当地军事领导指挥机关指定的地点进澳门六hé彩行预备役登记。"
    >>> [t[a:b] for a, b in pinyin_trade_words(t)]
    ['澳门六hé彩']
    >>> t = "协调跨界水污染防治联腾龙博cai娱乐城动协调机制"
    >>> [t[a:b] for a, b in pinyin_trade_words(t)]
    ['腾龙博cai娱乐城']

    Latin beside Han in a law stays:

    >>> pinyin_trade_words("推进5G网络、体育APP和PM2.5监测，A类彩票，B超检查，QC小组，PK体育比赛")
    []
    >>> t = "企业事业单位和其腾龙bc体育他生产经营者"
    >>> [t[a:b] for a, b in pinyin_trade_words(t)]
    ['腾龙bc体育']
    """
    found: list[tuple[int, int]] = []
    done = 0
    for m in _LATIN_RUN.finditer(text):
        start, end = m.span()
        before, after = text[start - 1 : start], text[end : end + 1]
        if before not in _TRADE_CHARS and after not in _TRADE_CHARS or start < done or end - start > _RUN_CHARS:
            continue
        if (start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()) or (after.isascii() and after.isalnum()):
            continue
        letters = _fold(m.group())
        if len(letters) < 2:
            continue
        word = _word_at(text, start, end, letters) or _initials_before_game(text, start, end, letters)
        if word is None:
            continue
        lo, hi = word
        tail = _TAIL.match(text, hi)
        if tail is not None:
            hi = tail.end()
        lo = stem_start(text, lo, hi)
        found.append((lo, hi))
        done = hi
    return found


def stem_start(text: str, lo: int, hi: int) -> int:
    """Where the brand name before the trade's word starts: the shortest stem of one character or more whose first
    character does not read on from the one before it while the characters on both sides of the unit read on
    together; none when no stem does.  (A name glued to the trade's word never reads on into it, so the place
    right before the word is no evidence.)

    >>> stem_start("地点进澳门六he彩行预备役", 5, 9), stem_start("地点进六he彩行预备役", 3, 7)
    (3, 3)
    """
    pairs = law_bigrams()
    after = text[hi : hi + 1]
    for size in range(1, _STEM_CHARS + 1):
        s = lo - size
        if s <= 0 or not _HAN.match(text, s - 1) or (size and not _HAN.match(text, s)):
            break
        crossing = text[s - 1] + text[s]
        if after and text[s - 1] + after in pairs and crossing not in pairs:
            return s
    return lo
