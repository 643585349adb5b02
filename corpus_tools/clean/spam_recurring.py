"""Brands of no list and no Latin name that a page repeats: the same string of a name, a game and
a site word, put at several places of the law.

Real damage (field test 14, F14-A2, the eaihelp.com copy of 彩票管理条例实施细则: one string per
replaced word, the same string at each of its places; the noise benchmark's blind members of
sessions 13-15): ``可以祥龙汇娱乐注册进行通报``, ``顺利祥龙汇娱乐注册进行``, ``应当祥龙汇娱乐注册按照规定``.
Without a Latin name, a domain or a word only a betting site writes (官网, 手机版), nothing marked
``祥龙汇娱乐注册`` as spam: ``娱乐`` and ``注册`` are words a law writes too.

What marks it is the page itself: the same name, game and site word stand at several places after
different words and before different words (an injector puts one string at each of its places), the
name is no word a law writes (:func:`~corpus_tools.clean.evidence.reads_as_law_words`) and the page
writes it nowhere else.  Each copy is removed as a spam anchor (its gap goes to the restoration,
which decides from evidence whether a word was replaced there).
"""

from __future__ import annotations

from corpus_tools.clean.brands import CATEGORY_WORDS, CHINESE_SITE_WORDS, LAW_LEADS, alternation, common_han_before
from corpus_tools.clean.evidence import reads_as_law_words
from corpus_tools.lazy_patterns import lazy_re
from corpus_tools.text import HAN_CHAR

#: Site words after the game (``注册``, ``平台``, ``官网``, ``网址``…), a shop's (``商城``) and an app's (``APP``: other
#: Latin words belong to the Latin rules).
_SITE_WORDS = (CHINESE_SITE_WORDS - {"中国", "中心", "集团", "国际", "综合", "有限公司"}) | {"商城", "APP", "app", "App"}
#: The other trades of a hijacked mirror (session 16's blind members: ``速借宝贷款APP``, ``鑫源代开发票网``,
#: ``火星点卡商城``, ``聚财猫办证平台`` put in place of a word): words a law writes too, so, like the games, only
#: the page's repetition of one made-up name before them is evidence.
OTHER_TRADE_WORDS = ("贷款", "网贷", "办证", "证件", "代开发票", "发票", "点卡", "直播")
#: A game or bet (or another trade), then one to three site words (``娱乐注册``, ``彩票平台注册``, ``时时彩官网``).
#: (``re``: a third of ``regex``'s time on the clean laws for this alternation of literals.)
_GAME_THEN_SITE_WORDS_RE = lazy_re(rf"(?:{alternation(CATEGORY_WORDS + OTHER_TRADE_WORDS)})(?:{alternation(_SITE_WORDS)}){{1,3}}")
#: The longest name taken before the game.
_NAME_MAX = 4
#: The fewest places of one string on a page.
_PLACES_MIN = 2
#: The most repeated strings of a page checked (a spam page repeats a few; a page of thousands is no law's).
_STRINGS_MAX = 64


def recurring_brands(text: str) -> list[tuple[int, int]]:
    """The places of the strings (a name, a game, site words) the page repeats as a spam site does: ``(start, end)``.

    **Evidence**: one string of a name (2 to 4 Han characters), a word of games and bets and one to three
    site words stands at :data:`_PLACES_MIN` places or more; the characters before its copies differ (where
    they stop agreeing, the name begins) and so do those after them (put at different places, not a phrase
    the law repeats); the name reads as no law's words and the page writes it nowhere else.

    >>> t = "第五条 可以祥龙汇娱乐注册进行通报，保证顺利祥龙汇娱乐注册进行。应当祥龙汇娱乐注册按照规定执行。"
    >>> [t[a:b] for a, b in recurring_brands(t)]
    ['祥龙汇娱乐注册', '祥龙汇娱乐注册', '祥龙汇娱乐注册']

    A law's own repeated phrases stay (the name a law's word, or the string always before the same words):

    >>> recurring_brands("福利彩票网站和体育彩票网站应当公布，福利彩票网站，群众体育平台建设，群众体育平台建设")
    []
    """
    groups: dict[str, list[int]] = {}
    for m in _GAME_THEN_SITE_WORDS_RE.finditer(text):
        if m.start() and HAN_CHAR.match(text, m.start() - 1):
            groups.setdefault(m.group(), []).append(m.start())
    out: list[tuple[int, int]] = []
    checked = 0
    for trade, starts in groups.items():
        if len(starts) < _PLACES_MIN:
            continue
        checked += 1
        if checked > _STRINGS_MAX:
            break  # (each check counts a name on the page: bounded, so the scan stays linear)
        k = common_han_before(text, starts, _NAME_MAX) or 0  # (None: the copies never differ before it, no evidence)
        while k > 2 and text[starts[0] - k] in LAW_LEADS:
            k -= 1
        if k < 2:
            continue
        name = text[starts[0] - k:starts[0]]
        after = {text[s + len(trade):s + len(trade) + 1] for s in starts}
        if len(after) < 2 or reads_as_law_words(name) or text.count(name) != len(starts):
            continue
        out += [(s - k, s + len(trade)) for s in starts]
    return sorted(out)

