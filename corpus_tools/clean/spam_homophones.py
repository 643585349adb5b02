"""Words of the gambling trade spelled with other characters of the same sound or shape, to slip past keyword filters.

Real damage (the noise benchmark's development set 4, ``spam_homophone_trades``; the trade's habit on hijacked
pages): ``菠菜`` for 博彩, ``百家楽``/``佰家乐`` for 百家乐, ``娱楽``/``鱼乐`` for 娱乐, ``旗牌`` for 棋牌, ``T育`` for
体育 (a character by its initial), put into a sentence of the law with the trade's other words, a site word or a
contact (``菠菜导师扣扣：12345678``, ``金樽娱楽城官网``).  No brand pattern reads them: they are no word of the
trade's lists.

The family is built from sound, not from a list: a token is a *homophone* of a word of games and bets
(:data:`~corpus_tools.clean.spam_pinyin.TRADE_WORDS`) when each of its characters shares a reading with the
word's character at its place (pypinyin's dictionary, :func:`~corpus_tools.clean.ruby.readings`; a shape variant
such as ``楽`` shares the reading of ``乐``), or is the capital initial of that reading (``T育``), and it is not
the word itself.

Precision: such a token is often a word of the law (``菠菜`` in a food-safety rule, ``威信`` of an authority,
``实训`` of a training base, ``起拍`` of an auction, ``有意``): alone it is never evidence.  A token is taken with the
run of the trade's words glued to it when the run holds more evidence (:func:`homophone_trade_runs`): another
word of games and bets, a site word, a contact channel or a Latin name or host.  A token of common characters
(``菠菜``, ``威信``) needs two such items, one of them no word of the law (:func:`~corpus_tools.clean.evidence.reads_as_law_words`);
a token that shows its evasion in its characters (a capital for a character, ``T育``; a form no Simplified text
writes, ``娱楽``) needs one, or, alone, junction evidence: the Han characters on both sides of it read on together as
law text while neither reads on into it (the word it was put into).
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools.clean.brands import CATEGORY_WORDS, CHINESE_SITE_WORDS, SPAM_TLDS, alternation
from corpus_tools.clean.evidence import law_bigrams, reads_as_law_words, reads_as_words
from corpus_tools.clean.spam_pinyin import TRADE_WORDS, stem_start
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.text import HAN_BLOCKS

HOMOPHONE_TRADE_WORD = "word of games and bets spelled by sound or shape"

#: The words a homophone stands for: the trade's words a keyword filter looks for (of
#: :data:`~corpus_tools.clean.spam_pinyin.TRADE_WORDS`, less the games' names, ``骰宝``, ``龙虎``, ``轮盘``, ``赛车``,
#: whose sound-alikes are the law's words: ``评估报告`` sounds as ``骰宝``), and ``百家乐``.
TARGET_WORDS: tuple[str, ...] = tuple(sorted(
    {w for w in TRADE_WORDS if w in {"博彩", "娱乐", "娱乐城", "娱乐场", "视讯", "彩票", "棋牌", "棋牌游戏", "真人", "体育",
                                     "体育投注", "投注", "时时彩", "六合彩", "老虎机", "赌场", "赌博", "电竞", "捕鱼", "竞彩"}}
    | {"百家乐", "视讯", "真人", "体育", "棋牌", "投注", "下注"},
    key=len, reverse=True,
))
#: What else a run of the trade holds: its words, the site words (``官网``, ``平台``, ``注册``), the contact channels
#: the trade writes (``加V``, ``威信``, ``扣扣``, ``QQ``), a Latin name or a host, a handle or a number.
_CHANNELS = r"加[Vv微](?![A-Za-z])|[Vv]信|[VvWw][Xx](?![A-Za-z])|薇信|威信|扣扣|QQ|qq|微信"
_LATIN = r"[A-Za-z0-9][A-Za-z0-9_\-]*(?:\.[A-Za-z]{2,8})*"
_ITEM_RE = lazy_regex(
    rf"(?P<word>{alternation(set(CATEGORY_WORDS) | CHINESE_SITE_WORDS | {'城', '厅'})})"
    rf"|(?P<channel>(?:{_CHANNELS})[：:]?)|(?P<latin>{_LATIN})"
)
#: Site words a law's sentence writes after the place a run was put in (``…公共服务平台``): a run never ends on one.
_LAW_ENDINGS = frozenset({"平台", "网站", "首页", "入口", "登录", "登陆", "注册", "下载", "在线", "中心", "集团", "国际", "中国",
                          "网址", "导航", "线路", "客户端", "综合", "网", "城", "厅"})
#: Words of everyday Chinese that sound like a word of the trade and that the pair lists lack (pypinyin's phrase list
#: holds no word its characters' readings spell unambiguously): a food-safety rule's vegetable.
_COMMON_TOKENS = frozenset({"菠菜", "哺育"})
_GLUED_LATIN = lazy_regex(r"[A-Za-z0-9]")
_HAN = lazy_regex(rf"[{HAN_BLOCKS}]")
#: Target words made of two of the trade's words (``娱乐城``, ``棋牌游戏``, ``体育投注``).
_COMPOUNDS = frozenset(w for w in TARGET_WORDS if any(v != w and v in w for v in TARGET_WORDS))
#: How far a run reaches from its token, in items (a run of the trade is short).
_MAX_ITEMS = 6


@lru_cache(maxsize=1)
def _syllable_chars() -> dict[str, str]:
    """Toneless syllable -> the Han characters (of the basic and extension A blocks) whose first reading it is (a
    character's rare reading spells too much: ``告`` reads ``gu`` too)."""
    from corpus_tools.clean.ruby import _pinyin_dict, _toneless

    out: dict[str, list[str]] = {}
    for code, readings in _pinyin_dict().items():
        if not (0x3400 <= code <= 0x9FFF):
            continue
        out.setdefault(_toneless(readings.split(",")[0]), []).append(chr(code))  # (its first reading: ``告`` reads gao)
    return {s: "".join(chars) for s, chars in out.items()}


def _char_class(char: str) -> str:
    """A regex class of the characters sharing a reading with ``char``, and of the capitals of those readings."""
    from corpus_tools.clean.ruby import readings

    table = _syllable_chars()
    chars = {char}
    initials = set()
    for r in readings(char):
        chars.update(table.get(r, ""))
        if r and r[0].isalpha():
            initials.add(r[0].upper())
    return "[" + "".join(sorted(chars)) + "".join(sorted(initials)) + "]"


@lru_cache(maxsize=1)
def _token_re() -> "re.Pattern[str]":
    """One pattern of every target word's sound-alikes (``re``: one scan of the page; the lookahead of the first two
    characters' classes lets ``re`` skip most places at one test each: 0.2 CPU-s for 400 clean laws against 5)."""
    first = "".join(sorted({c for word in TARGET_WORDS for c in _char_class(word[0])[1:-1]}))
    second = "".join(sorted({c for word in TARGET_WORDS for c in _char_class(word[1])[1:-1]}))
    return re.compile(f"(?=[{first}][{second}])(?:" + "|".join(
        f"(?P<w{i}>" + "".join(_char_class(c) for c in word) + ")" for i, word in enumerate(TARGET_WORDS)
    ) + ")")


def homophone_tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of each token that sounds like a word of games and bets without being it, with at least
    one Han character (``T育``; ``TY`` is no word).

    >>> t = "菠菜导师，百家楽真人，T育投注，旗牌，博彩"
    >>> [(t[a:b], w) for a, b, w in homophone_tokens(t)]
    [('菠菜', '博彩'), ('百家楽', '百家乐'), ('T育投注', '体育投注'), ('旗牌', '棋牌')]
    """
    out = []
    for m in _token_re().finditer(text):
        word = TARGET_WORDS[int(m.lastgroup[1:])]
        token = m.group()
        latin = sum(c.isascii() for c in token)
        if token == word or latin > 1 or latin and _GLUED_LATIN.match(text, max(0, m.start() - 1)) and m.start() > 0:
            continue  # (the word itself; initials only; a capital glued to Latin: a term's letter, ``PT育``)
        out.append((m.start(), m.end(), word))
    return out


def homophone_trade_runs(text: str) -> list[tuple[int, int]]:
    """Runs of the trade's words around a homophone of one of them (:func:`homophone_tokens`): ``(start, end)``.

    **Evidence**: the homophone and, glued to it, another word of games and bets, a site word, a contact channel,
    a Latin name or a host; for a homophone of common characters (``菠菜``, ``威信``: maybe the law's word), two such
    items, one of them no law word (a channel, a Latin name, a word of the trade no law writes); for a homophone
    that shows its evasion (``T育``, ``娱楽``), alone, junction evidence (the Han characters on its two sides read on
    together as law text, neither reads on into it).  A run never ends on a site word a law's
    phrase ends with (``平台``, ``注册``: the law's own, after the place it was put in).

    >>> t = "应当加强菠菜扣扣：12345678管理，依法查处百家楽真人视讯官网行为，加强T育投注管理"
    >>> [t[a:b] for a, b in homophone_trade_runs(t)]
    ['菠菜扣扣：12345678', '百家楽真人视讯官网', 'T育投注']

    Words of the law stay:

    >>> homophone_trade_runs("对菠菜、白菜等蔬菜进行清洗，树立威信，建设实训基地，起拍价，体育实训中心")
    []
    """
    tokens = homophone_tokens(text)
    if not tokens:
        return []
    out: list[tuple[int, int]] = []
    done = 0
    for start, end, word in tokens:
        if start < done:
            continue
        weak = _common_word(text[start:end])
        after = _glued_items(text, end, 1)
        before = _glued_items(text, start, -1)
        run = _run_end(text, before[-1][0] if before else start, end, after)
        if run is None:
            continue
        lo, hi, junction = run
        if _law_char_at_edge(text, lo, start, end, word):
            continue
        items = [e for e in before + after if lo <= e[0] and e[1] <= hi]
        if _holds_word(text[start:end], word):  # (a compound of the trade's words holds its second item: ``鱼乐城``, ``旗牌游戏``)
            items.append((start, end, "word"))
        # (another sound-alike guess glued to this one is no evidence: ``落实巡视巡察`` reads ``实巡`` and ``视巡`` as
        # two spellings of 视讯, field test 22)
        items = [e for e in items if e[2] != "homophone"]
        strong = [e for e in items if e[2] != "word" or not reads_as_law_words(text[e[0]:e[1]])]
        if weak:
            taken = len(strong) >= 1 and (len(items) >= 2 or junction)
        elif _marked(text[start:end]):  # (``T育``, ``娱楽``: the token shows its evasion)
            taken = bool(items) or junction
        else:  # (plain characters: one word of the trade beside it, unless a state lottery's: ``体彩精彩活动``)
            taken = any(e[2] in ("channel", "latin") for e in items) or len(items) >= 2 \
                or len(items) == 1 and "彩" not in text[items[0][0]:items[0][1]]
        if taken and _not_law_phrase(text, lo, hi):
            out.append((lo, hi))
            done = hi
    return out


def _law_char_at_edge(text: str, lo: int, start: int, end: int, word: str) -> bool:
    """Whether the token ``text[start:end]`` differs from the trade's ``word`` only in its last character, and that
    character reads on as the law's word with the character before the run at ``lo``: the law's own character after
    a brand put into its word (``应`` + ``美高梅娱乐`` + ``当``: ``娱乐当`` is no spelling of 娱乐场; set 11, page 008 of
    ``h11_spam_bidi_reversed``, lost the law's ``当``).

    >>> t = "图书馆应美高梅娱乐当根据读者需要"
    >>> _law_char_at_edge(t, 4, 7, 10, "娱乐场"), _law_char_at_edge("进澳门娱楽城", 1, 3, 5, "娱乐")
    (True, False)
    """
    token = text[start:end]
    if len(token) != len(word) or token[:-1] != word[:-1] or token[-1] == word[-1] or lo == 0:
        return False
    return text[lo - 1] + token[-1] in law_bigrams()


def _glued_items(text: str, at: int, step: int) -> list[tuple[int, int, str]]:
    """The items of a run of the trade glued one to the next from ``at``: after it (``step`` 1, :func:`_item_at`)
    or before it (``step`` -1, :func:`_item_before`), nearest first, :data:`_MAX_ITEMS` at most.

    >>> t = "官网百家楽真人视讯"
    >>> _glued_items(t, 5, 1), _glued_items(t, 2, -1)
    ([(5, 7, 'word'), (7, 9, 'word')], [(0, 2, 'word')])
    """
    items: list[tuple[int, int, str]] = []
    for _ in range(_MAX_ITEMS):
        m = _item_at(text, at) if step > 0 else _item_before(text, at)
        if m is None:
            break
        items.append(m)
        at = m[1] if step > 0 else m[0]
    return items


def _holds_word(token: str, word: str) -> bool:
    """Whether ``token``, a sound-alike of the compound ``word`` (:data:`_COMPOUNDS`), writes one of its parts as it is.

    >>> _holds_word("鱼乐城", "娱乐城"), _holds_word("旗牌游戏", "棋牌游戏"), _holds_word("预约上", "娱乐场"), _holds_word("菠菜", "博彩")
    (True, True, False, False)
    """
    if word not in _COMPOUNDS:
        return False
    for part in TARGET_WORDS:
        if part != word and word.startswith(part) and (token[len(part):] == word[len(part):] or token[:len(part)] == part):
            return True
    return word[-1] == token[-1] and len(word) == 3  # (``娱乐城``: a word and a site word, ``城``)


def _run_end(text: str, lo: int, end: int, after: list[tuple[int, int, str]]) -> tuple[int, int, bool] | None:
    """``(start, end, junction)`` of a run that starts at ``lo`` (or at a brand name before it) and holds the token
    ending at ``end`` and maybe the items ``after`` it: the longest whose two sides read on together as law text
    while the run's edges do not read on into it (``junction``: the run was put into a word,
    :func:`~corpus_tools.clean.spam_pinyin.stem_start` finds the name before it); else the run less the site words a
    law's phrase ends with (``平台``, ``注册``: the law's own, after the place the run was put in).

    >>> t = "地点进澳门娱楽城行预备役登记"
    >>> _run_end(t, 5, 7, [(7, 8, "word")])
    (3, 8, True)
    """
    pairs = law_bigrams()
    ends = [end] + [e[1] for e in after]
    for hi in reversed(ends):
        if hi >= len(text) or not _HAN.match(text, hi):
            continue
        stem = stem_start(text, lo, hi)
        if stem < lo:
            return stem, hi, True
        if lo > 0 and _HAN.match(text, lo - 1) and text[lo - 1] + text[hi] in pairs and text[lo - 1] + text[lo] not in pairs \
                and text[hi - 1] + text[hi] not in pairs:
            return lo, hi, True
    while len(ends) > 1 and text[ends[-2]:ends[-1]] in _LAW_ENDINGS:
        ends.pop()
    return lo, ends[-1], False


def _common_word(token: str) -> bool:
    """Whether ``token`` may be a word of the law (``菠菜``, ``威信``, ``实训``, ``起拍``): it shows no evasion in its
    characters (:func:`_marked`) and reads as words (:func:`~corpus_tools.clean.evidence.reads_as_words`, or the law's
    own, :func:`~corpus_tools.clean.evidence.reads_as_law_words`), or holds no character the trade's word lacks but
    one of a common pair (``菠菜``: a vegetable).

    >>> _common_word("威信"), _common_word("娱楽"), _common_word("鱼乐"), _common_word("T育")
    (True, False, False, False)
    """
    if _marked(token):
        return False
    return reads_as_law_words(token) or all(reads_as_words(token[i:i + 2]) for i in range(len(token) - 1)) \
        or token in _COMMON_TOKENS


def _marked(token: str) -> bool:
    """Whether ``token`` shows its evasion in its own characters: a capital for a character (``T育``), or a
    character no Simplified text of the mainland writes (outside GB 2312: the Japanese ``楽`` of ``娱楽``).  A token
    of common characters (``菠菜``, ``威信``, ``实训``, ``起拍``) may be a word of the law: it needs more evidence.

    >>> _marked("T育"), _marked("娱楽"), _marked("菠菜"), _marked("佰家乐")
    (True, True, False, False)
    """
    for c in token:
        if c.isascii():
            return True
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            return True
    return False


def _not_law_phrase(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is more than a law's phrase made of law words only (``体育实训``)."""
    run = text[lo:hi]
    return not (len(run) <= 4 and reads_as_law_words(run))


def _item_at(text: str, at: int) -> tuple[int, int, str] | None:
    """The item of a run of the trade (:data:`_ITEM_RE`) or a homophone that starts at ``at``."""
    m = _ITEM_RE.match(text, at)
    if m is not None and m.end() > at:
        if m.lastgroup == "latin" and not _latin_evidence(m.group()):
            return None
        return at, m.end(), m.lastgroup or "word"
    t = _token_re().match(text, at)
    if t is not None and t.group() != TARGET_WORDS[int(t.lastgroup[1:])]:
        return at, t.end(), "homophone"
    return None


def _item_before(text: str, at: int) -> tuple[int, int, str] | None:
    """The item of a run of the trade that ends at ``at`` (words and channels of up to four characters)."""
    for size in (4, 3, 2):
        if at - size < 0:
            continue
        m = _item_at(text, at - size)
        if m is not None and m[1] == at and m[2] != "latin":
            return m
    return None


def _last_item_start(evidence: list[tuple[int, int, str]], hi: int) -> int:
    return next(e[0] for e in evidence if e[1] == hi)


def _latin_evidence(latin: str) -> bool:
    """Whether a Latin run beside a homophone is the trade's: a host on a spam site's domain, a handle with digits,
    a number of five digits or more (``kk88``, ``jz88.vip``, ``12345678``), not a term (``APP``, ``5G``).

    >>> _latin_evidence("jz88.vip"), _latin_evidence("12345678"), _latin_evidence("APP"), _latin_evidence("5G")
    (True, True, False, False)
    """
    label, dot, tld = latin.rpartition(".")
    if dot and tld.lower() in SPAM_TLDS | {"com", "net"}:
        return True
    return (any(c.isdigit() for c in latin) and any(c.isalpha() for c in latin) and len(latin) >= 4 and latin.islower()) \
        or (latin.isdigit() and len(latin) >= 5)


__all__ = ["HOMOPHONE_TRADE_WORD", "TARGET_WORDS", "homophone_tokens", "homophone_trade_runs"]
