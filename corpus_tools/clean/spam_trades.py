"""Spam of other trades than betting, inserted into a law's sentences without replacing a word, repeated.

Real damage (set 10's ``h10_spam_adult_inline``; the black-hat placements every trade buys): not every injector
sells gambling.  Adult sites and their streaming apps, online lenders, fake-certificate sellers and game private
servers buy the same placements, with their own vocabulary, sometimes a domain or an app, bare or in brackets,
put between two characters of a sentence two to four times a page (a name or a second word, a domain, an app,
brackets around the word: never the word alone, which is the law's): ``城市成人直播供水管理``,
``依法私密影院 wkahzb.net接受监督``, ``公布看片神器app下载举报电话``, ``加强传奇私服领导``.  The words
(``直播``, ``影院``, ``福利``) are a law's words too, so no list of them is evidence alone.

**Evidence**: a word of a trade that buys spam placements (:data:`TRADE_WORDS`: betting, adult, lending,
certificates, game servers) stands at two places of the page or more, inside the same string (the copies agree
from where the string starts to where it ends: a word of the trade with what the injector put around it, a
name, a domain, brackets), and at every place the string breaks the law's sentence: a Han character or the
sentence's punctuation on each side, the characters around it read on as the law's pair without it at most places
(:func:`~corpus_tools.clean.evidence.law_bigrams`), and the law's model (:mod:`corpus_tools.language_model`) reads
the sentence far better without the string than with it at every place.  The copies
stand after different characters and before different ones (an injector's string at several places, not a
phrase the law repeats: ``网络直播营销``, ``成人教育``), and a string of Han characters only has no part of three
characters or more that the page writes outside its copies (``向贷款人`` beside ``贷款人同意的``: the law's own words,
field test 29).  The string is removed as an insertion (nothing was
replaced: the sentence reads whole without it).
"""

from __future__ import annotations

from collections import defaultdict

from corpus_tools.clean.brands import (
    CATEGORY_WORDS, LAW_SHARED_SITE_WORDS, STRONG_SUFFIX_WORDS, WEAK_BRANDS_CJK, alternation,
)
from corpus_tools.clean.evidence import law_bigrams
from corpus_tools.lazy_patterns import lazy_re

TRADE_INSERTION = "trade spam inserted into sentences"

#: Words of the trades that buy spam placements besides betting (:data:`~corpus_tools.clean.brands.CATEGORY_WORDS`):
#: adult sites and streaming apps, lenders and cash-out services, certificate and invoice sellers, game private
#: servers.  Each is a law's word too or part of one: only the page's repeated string around it, breaking the
#: sentence at each place, is evidence.
TRADE_WORDS: tuple[str, ...] = (
    "福利", "直播", "约会", "影院", "看片", "午夜", "成人", "裸聊", "交友", "美女", "激情",
    "网贷", "贷款", "借款", "套现", "秒批", "下款", "口子",
    "办证", "假证", "刻章", "证件", "发票", "文凭",
    "私服", "传奇", "外挂", "点卡", "游戏",
)
#: Words only a betting site writes after its brand, in Chinese (``官网``, ``手机版``, ``注册送``): the seed of a brand of
#: no list that the page repeats (``金沙城中心官网``), like a trade's word.
SITE_SEED_WORDS: tuple[str, ...] = tuple(
    w for w in STRONG_SUFFIX_WORDS if not w.isascii() and w not in LAW_SHARED_SITE_WORDS and not any(c.isascii() for c in w)
)
_WORD_RE = lazy_re(alternation(
    tuple(set(TRADE_WORDS) | (set(CATEGORY_WORDS) - {"电子"}) | set(SITE_SEED_WORDS) | set(WEAK_BRANDS_CJK))
))
#: How far the copies may agree beyond the word on each side, and the longest string taken.
_REACH = 14
_LONGEST = 24
#: The fewest places of one string.
_PLACES_MIN = 2
#: The most places of one word looked at (a page about live streaming names ``直播`` hundreds of times).
_PLACES_MAX = 16


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_SENTENCE_MARKS = frozenset("，。；：、！？")


def _extent(text: str, points: list[int], step: int) -> int:
    """How many characters the copies share on one side of their points (``step`` -1: before, 1: after)."""
    n = 0
    while n < _REACH:
        if step < 0:
            chars = {text[p - n - 1] if p - n - 1 >= 0 else "\n" for p in points}
        else:
            chars = {text[p + n] if p + n < len(text) else "\n" for p in points}
        if len(chars) != 1 or chars == {"\n"}:
            return n
        n += 1
    return n


def _breaks_sentence(text: str, start: int, end: int) -> bool:
    """Whether the string at ``start:end`` breaks a law's sentence: a Han character or a sentence mark on each side,
    the characters around it a law's pair without it, one of its edges no law's pair."""
    if start == 0 or end >= len(text):
        return False
    before, after = text[start - 1], text[end]
    if not _is_han(before) or not (_is_han(after) or after in _SENTENCE_MARKS):
        return False
    first, last = text[start], text[end - 1]
    return not (first in _SENTENCE_MARKS or last in _SENTENCE_MARKS or first.isspace() or last.isspace())


def trade_insertions(text: str) -> list[tuple[int, int]]:
    """The places of a string of a trade's spam that the page repeats inside its sentences: ``(start, end)``.

    >>> t = "第一条 为了加强城市成人直播供水管理。第三条 市人民政府成人直播应当加强领导。第四条 公布成人直播举报电话。"
    >>> [t[a:b] for a, b in trade_insertions(t)]
    ['成人直播', '成人直播', '成人直播']
    >>> t = "第二条 本规定私密影院 wkahzb.net适用于本市。第五条 依法私密影院 wkahzb.net接受监督。"
    >>> [t[a:b] for a, b in trade_insertions(t)]
    ['私密影院 wkahzb.net', '私密影院 wkahzb.net']

    A law's own words and phrases stay, however often it writes them:

    >>> trade_insertions("第一条 规范网络直播营销活动。第二条 网络直播平台应当审核。第三条 开展成人教育，成人教育机构应当备案。")
    []
    >>> trade_insertions("第一条 福利彩票由民政部门管理。第二条 福利彩票发行机构，社会福利事业。")
    []
    """
    places: dict[str, list[int]] = defaultdict(list)
    for m in _WORD_RE.finditer(text):
        places[m.group()].append(m.start())
    out: set[tuple[int, int]] = set()
    for word, starts in places.items():
        if len(starts) < _PLACES_MIN or len(starts) > _PLACES_MAX:
            continue
        strings = [(left, right, _copies(text, word, starts, left, right))
                   for left, right in _strings_around(text, word, starts)
                   if left + len(word) + right <= _LONGEST and left + right >= 2]  # (a lone word is a law's: ``活动直播``)
        # the string with the most copies first, then the shortest (two copies that share a character more by chance
        # do not widen the string over the law's character)
        for _, _, copies in sorted(strings, key=lambda x: (-len(x[2]), x[0] + x[1])):
            if len(copies) < _PLACES_MIN or any(s < e2 and s2 < e for s, e in copies for s2, e2 in out):
                continue
            if _inserted(text, copies):
                out.update(copies)
    return sorted(out)


def _strings_around(text: str, word: str, starts: list[int]) -> set[tuple[int, int]]:
    """How far each pair of copies of ``word`` agree before and after it: ``(left, right)`` extents (a page may
    write the word in its own sentences too, ``社会福利``, besides the injector's copies)."""
    out: set[tuple[int, int]] = set()
    for i, a in enumerate(starts):
        for b in starts[i + 1:]:
            out.add((_extent(text, [a, b], -1), _extent(text, [a + len(word), b + len(word)], 1)))
    return out


def _copies(text: str, word: str, starts: list[int], left: int, right: int) -> list[tuple[int, int]]:
    """The places of ``word`` inside the same string of ``left`` characters before it and ``right`` after it."""
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for p in starts:
        if p - left >= 0 and p + len(word) + right <= len(text):
            groups[text[p - left:p + len(word) + right]].append((p - left, p + len(word) + right))
    return max(groups.values(), key=len) if groups else []


def _inserted(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the copies of one string at ``spans`` are an injector's: after different characters and before
    different ones, inside a sentence at every place, the sentence reading on without it at most places, the law's
    model reading every place far better without it."""
    if len({text[s - 1] for s, _ in spans if s > 0}) < 2 or len({text[e] for _, e in spans if e < len(text)}) < 2:
        return False  # always after (or before) the same character: a phrase the law repeats
    if not all(_breaks_sentence(text, s, e) for s, e in spans):
        return False
    if _law_uses_its_core(text, spans) or _names_the_title(text, spans):
        return False
    pairs = law_bigrams()
    joined = [text[s - 1] + text[e] in pairs for s, e in spans if _is_han(text[e])]
    if 2 * sum(joined) < len(joined):
        return False  # the sentences do not read on without it at most places
    return _model_prefers_without(text, spans)


def _law_uses_its_core(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a string of Han characters only has a part of three characters or more that the page writes
    elsewhere too, outside the string's copies: the law's own vocabulary (``向贷款人`` where the page also writes
    ``贷款人同意的``), never an injector's string, which the page holds only where it was put.

    Real damage avoided: the Civil Code lost ``向贷款人`` three times (articles 667, 672, 678: ``借款人向贷款人借款``
    became ``借款人借款``), for the string recurs after and before different characters and the model reads each
    sentence shorter without it (field test 29, F29-A1: two independent copies of the code).

    >>> import regex
    >>> t = "借款人向贷款人借款。贷款人按照约定检查。借款人应当向贷款人提供资料。在期限前向贷款人申请展期；贷款人同意的，可以展期。"
    >>> spans = [(m.start(), m.end()) for m in regex.finditer("向贷款人", t)]
    >>> _law_uses_its_core(t, spans)
    True
    >>> t = "为了加强城市成人直播供水管理。市人民政府成人直播应当加强领导。规范网络直播营销。"
    >>> _law_uses_its_core(t, [(m.start(), m.end()) for m in regex.finditer("成人直播", t)])
    False
    """
    first, last = spans[0]
    string = text[first:last]
    if not all(_is_han(ch) for ch in string) or len(string) < 4:
        return False
    for size in range(3, len(string)):
        for k in range(len(string) - size + 1):
            part = string[k:k + size]
            at = text.find(part)
            while at >= 0:
                if not any(s <= at and at + size <= e for s, e in spans):
                    return True
                at = text.find(part, at + 1)
    return False


def _names_the_title(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a string of Han characters only stands in the page's title (its first line that holds text): the
    document's subject, which its title names and its items repeat, never an injector's string.

    Real damage avoided: a spun (洗稿) repost of the notice on minors and online games, where ``网络游戏`` came out as
    ``支散游戏``, lost that noun seven times, the title included (``《闭于制止已成年人沉迷的告诉》``; field test 30,
    F30-A3): the spun noun recurs after and before different characters and the law's model reads it poorly.

    >>> t = "关于制止沉迷支散游戏的通知\\n一、实施支散游戏账号实名注册。二、严格控制使用支散游戏时段。"
    >>> import regex
    >>> _names_the_title(t, [(m.start(), m.end()) for m in regex.finditer("支散游戏", t)])
    True
    >>> t = "某市供水管理条例\\n第一条 为了加强城市成人直播供水管理。第二条 市人民政府成人直播应当加强领导。"
    >>> _names_the_title(t, [(m.start(), m.end()) for m in regex.finditer("成人直播", t)])
    False
    """
    first, last = spans[0]
    if not all(_is_han(ch) for ch in text[first:last]):
        return False
    head = 0
    while head < len(text) and text[head].isspace():
        head += 1
    end = text.find("\n", head)
    title = text[head:end].rstrip() if end > 0 else ""
    if not title or len(title) > _TITLE_CHARS or title[-1] in _SENTENCE_MARKS or _ARTICLE_HEAD.match(title):
        return False  # (no title line: a page of sentences, an article's line)
    return any(head <= s and e <= end for s, e in spans)


#: The longest line read as a page's title; an article's label opening a line.
_TITLE_CHARS = 60
_ARTICLE_HEAD = lazy_re(r"第[一二三四五六七八九十百零〇\d]+条")


#: How much more likely (natural log, per character of the string) the law's model finds the sentence without the
#: string than with it: on average over its places, and at each place at least.  (A trade's string scores 7.3 to 17
#: on the benchmark's pages, 6.7 with a domain, which the model reads poorly; a law's own repeated word, ``娱乐``, ``成人``,
#: ``彩票公益金``, 6.6 at most at one place and 4.6 at most on average over the 1,911 clean laws' candidates.)
_MEAN_GAIN = 6.0
_LEAST_GAIN = 5.0
#: Context the model reads on each side of a place.
_CONTEXT = 8


def _model_prefers_without(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the law's model reads every sentence far better without the string than with it (loaded only for a
    page whose repeated string passed every other test: no plain page loads it)."""
    from corpus_tools.language_model import deletion_gain, shipped

    lm = shipped().forward
    gains = []
    for a, b in spans:
        read = deletion_gain(lm, text, a, b, _CONTEXT)
        if read is None:
            return False
        gain = read[2]
        if gain < _LEAST_GAIN:
            return False
        gains.append(gain)
    return sum(gains) / len(gains) >= _MEAN_GAIN
