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

from corpus_tools.clean.brands import (
    CATEGORY_WORDS, CHINESE_SITE_WORDS, LAW_LEADS, SPAM_TLDS, STRONG_SUFFIX_WORDS, alternation, common_han_before,
)
from corpus_tools.clean.cited_spans import introduced
from corpus_tools.clean.evidence import reads_as_law_words
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
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



#: A Latin name (four letters or more, one of them lower case: an acronym a law defines, ``（MQI）``, ``APP``,
#: ``XLPE電纜``, is a term, not a name): the seed of :func:`recurring_mixed_names`.
_LATIN_SEED_RE = lazy_regex(r"(?<![A-Za-z0-9])(?=[A-Z]{0,19}[a-z])[A-Za-z]{4,20}(?![A-Za-z])")
#: The string a page repeats, whole: a Han name (maybe with the trade's words), maybe a separator or an opening
#: bracket, the Latin name with its digits, version or domain ending, maybe a closing bracket and Han words.
_MIXED_STRING_RE = lazy_regex(
    r"\p{Han}{2,12}[=→丨~＋+·/_|\-～（(]?[A-Za-z]{3,20}\d{0,4}(?:[vV]\d{1,2}(?:\.\d{1,2}){1,2}|\.[a-z]{2,6})?[)）]?\p{Han}{0,6}"
)
#: How far the copies are compared on each side of the seed.
_REACH = 14
#: The most copies of one seed compared (a page that writes one Latin word a hundred times is writing about it).
_COPIES_MAX = 12


def recurring_mixed_names(text: str) -> list[tuple[int, int]]:
    """The places of a string of a Han name glued to a Latin name that the page repeats as a spam site does:
    ``(start, end)``.

    Real damage: the seen shapes with a vocabulary no list holds (session 17's development vocabulary W:
    ``蓝鲸城老虎机=bluewhale``, ``旋风（whirlwind）备用线路``, ``九龙湾番摊ninedragonv8.7`` put in place of a word at
    each of its places; the Latin name is an English word, not pinyin, so no brand rule reads it).

    **Evidence** (the page, not a list): one string holding a Han name of two characters or more glued to a Latin
    name (a separator, brackets, digits, a version or a domain ending between or after them) stands at
    :data:`_PLACES_MIN` places or more; the copies agree exactly and the characters before them differ, and so do
    those after them (an injector puts one string at each place; a law's term repeats with its words around it);
    the string breaks a sentence at each place (a Han character or a Chinese mark on each side).

    >>> t = "第五条 可以蓝鲸城老虎机=bluewhale进行通报，保证顺利蓝鲸城老虎机=bluewhale完成。应当蓝鲸城老虎机=bluewhale按照规定执行。"
    >>> [t[a:b] for a, b in recurring_mixed_names(t)]
    ['蓝鲸城老虎机=bluewhale', '蓝鲸城老虎机=bluewhale', '蓝鲸城老虎机=bluewhale']

    A law's repeated term stays (the same words around it each time, or no Han name glued to the Latin one):

    >>> recurring_mixed_names("使用wifi网络的，使用wifi网络的，接入internet的，接入internet的")
    []
    >>> recurring_mixed_names("等级公路技术状况指数（MQI）应当，高速公路技术状况指数（MQI）的；可通过穗好办APP、以穗好办APP业务")
    []
    >>> recurring_mixed_names("被告人通过微信号sunli2020与被害人联系，被害人向微信号sunli2020转账，又在旗舰店pinko购买，京东旗舰店pinko称")
    []
    """
    groups: dict[str, list[tuple[int, int]]] = {}
    for m in _LATIN_SEED_RE.finditer(text):
        if m.start() >= 2 and _HANISH.match(text, m.start() - 1):
            groups.setdefault(m.group(), []).append(m.span())
    out: list[tuple[int, int]] = []
    checked = 0
    for seed, spans in groups.items():
        if not _PLACES_MIN <= len(spans) <= _COPIES_MAX:
            continue
        checked += 1
        if checked > _STRINGS_MAX:
            break
        left = _common_extent(text, [s for s, _ in spans], -1)
        right = _common_extent(text, [e for _, e in spans], 1)
        starts = [s - left for s, _ in spans]
        ends = [e + right for _, e in spans]
        if len({text[s - 1:s] for s in starts}) < 2 or len({text[e:e + 1] for e in ends}) < 2:
            continue  # (a copy at the line's start, or the reach ran out: no place where the copies stop agreeing)
        unit = text[starts[0]:ends[0]]
        if _MIXED_STRING_RE.fullmatch(unit) is None or DRESSED_LATIN_RE.search(unit) is None or not trade_shaped(unit):
            continue  # (review 17 F1: a judgment repeats 天猫商城（tmall.com）, a notice 微信（WeChat）: no trade's evidence)
        if any(introduced(text, s) for s, _ in spans):
            continue  # (a judgment names a party's account or a shop at each place: 微信号sunli2020, evidence)
        if not all(_BREAK.match(text, s - 1) and _BREAK.match(text, e) for s, e in zip(starts, ends)):
            continue
        out += list(zip(starts, ends))
    return sorted(out)


#: How a spam string dresses its Latin name (a separator from the Han name, brackets, a version, a domain ending): a
#: party's handle or a shop's name a judgment repeats (``微信号sunli2020``, ``旗舰店pinko``) is bare.
DRESSED_LATIN_RE = lazy_regex(r"\p{Han}[=→丨~＋+·/_|\-～（(][A-Za-z]|[A-Za-z][)）]|[A-Za-z]\d{0,4}[vV]\d{1,2}\.\d|[A-Za-z]\.[a-z]{2,6}")
#: Games and a betting site's words no list of brands.py holds (stud poker, fan-tan, dog and horse races, its mirror lines).
_MORE_GAMES = ("梭哈", "番摊", "赛狗", "赛马", "德州扑克", "备用线路", "线路")
#: The trade's own dressing (review 17, R17-F1/F2/F4): a separator a gloss or an address does not write (``=→丨~+|_``;
#: not ``/``, ``·``, ``-`` or brackets, which a term list writes: ``阿莫西林/Amoxicillin``), a version, a domain ending
#: spam hosts favour (``.fun``, ``.bet``; not ``.com``: a judgment writes ``天猫商城（tmall.com）``), or a word of games,
#: bets, the trade's services or a betting site's navigation.
_TRADE_SHAPE_RE = lazy_regex(
    r"\p{Han}[=→丨~＋+_|～][A-Za-z]|[A-Za-z]\d{0,4}[vV]\d{1,2}\.\d"
    rf"|[A-Za-z]\.(?:{alternation(SPAM_TLDS)})(?![A-Za-z])"
    rf"|{alternation(CATEGORY_WORDS + OTHER_TRADE_WORDS + STRONG_SUFFIX_WORDS + _MORE_GAMES)}"
)


def trade_shaped(unit: str) -> bool:
    """Whether a mixed-script name carries the trade's evidence, not only a Latin name beside a Han one.

    >>> [trade_shaped(u) for u in ("蓝鲸城老虎机=bluewhale", "旋风（whirlwind）备用线路", "九龙湾番摊ninedragonv8.7", "钻石海岸diamond.fun")]
    [True, True, True, True]
    >>> [trade_shaped(u) for u in ("在天猫商城（tmall.com）", "阿莫西林/Amoxicillin", "前言/Foreword", "附件Word", "微信（WeChat）")]
    [False, False, False, False, False]
    """
    return _TRADE_SHAPE_RE.search(unit) is not None


_HANISH = lazy_regex(r"[\p{Han}=→丨~＋+·/_|\-～（(]")
#: What stands on each side of an injected string inside a sentence.
_BREAK = lazy_regex(r"[\p{Han}，。；：、！？]")


def _common_extent(text: str, points: list[int], step: int) -> int:
    """How many characters the copies share on one side of their points (``step`` -1: before, 1: after), up to
    :data:`_REACH`, never over a line break."""
    n = 0
    while n < _REACH:
        if step < 0:
            chars = {text[p - n - 1] if p - n - 1 >= 0 else "" for p in points}
        else:
            chars = {text[p + n] if p + n < len(text) else "" for p in points}
        if len(chars) != 1 or chars == {""} or chars == {"\n"}:
            return n
        n += 1
    return n
