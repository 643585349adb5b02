"""Brand names spelled out with a mark between their characters, to slip past keyword filters.

Real damage (the noise benchmark's ``spam_blind_spaced``, session 13's members written from what SEO
spam does to dodge filters; 83 % residue through session 14): ``单位和职工喜-乐-门-真均无法提供``,
``人民政府及皇-朝-真-人-娱-乐有关部门``, ``掌握行使职皇.朝.体.育.投权所必备的知识``,
``执行御 龙 汇 娱 乐城的规定``.  No brand pattern reads a name whose characters stand apart.

A law does write single characters joined by a mark: ``德·智·体·美·劳``, ``省-市-县-乡``, a range
``一~三~五``, a form's blanks ``以上_情_况_属_实``, a masked name ``王*某*某`` (review 15, R15-F1: all were deleted).
So a run is the trade's only when its characters, read together, hold a word of games and bets (娱乐, 彩票,
体育, 真人…) AND a name beside it (``皇朝`` + ``真人娱乐``: ``体育彩票`` alone is a word a law writes, letter-spaced
by a PDF line), or when the same spelled-out run recurs on the page (an injector repeats its brand:
``喜-乐-门-真`` three times).  The interpunct and the tilde never join a brand's letters here: they are the
language's own marks between words and in ranges.
"""

from __future__ import annotations

import re
from collections import Counter

from corpus_tools.clean.evidence import reads_as_law_words
from corpus_tools.clean.brands import (
    CATEGORY_WORDS, CHINESE_SITE_WORDS, SPAM_TLDS, alternation, is_brand_latin, pinyin_stem,
)
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import HAN_BLOCKS, HAN_CHAR, opens_line

SPACED_BRAND = "brand spelled out with marks between its characters"

#: Four or more single Han characters, each but the last followed by the same mark: a hyphen, an asterisk, a
#: dot, a stroke (:data:`_MARKS`), or a blank (ASCII, ideographic or no-break) or a mark a form writes between
#: single characters too (``是/否``, ``省/市/县/区``, ``长+宽+高+厚``: :data:`_FORM_MARKS`, where the
#: characters must name a game).  One pattern for both (``re`` with the Han blocks spelled out: three times as
#: fast as ``regex``'s ``\p{Han}`` on the clean laws, and one scan of the page, not two).
#: (The interpunct only as a form's mark: the language's own between words, ``德·智·体·美·劳``, review 15, R15-F1,
#: so a run joined by it is taken only when it names a game and a name beside it, ``福·满·多·娱·乐·城``, session 16's
#: open item; never the tilde, a range's mark, ``一~三~五``.)
_MARKS = "-*丶.。．•_＊－"
_FORM_MARKS = " \u3000\u00a0/+／＋|｜·・"
_HAN_CLASS = rf"[{HAN_BLOCKS}]"
_RUN_RE = lazy_re(rf"{_HAN_CLASS}([{re.escape(_MARKS + _FORM_MARKS)}])(?:{_HAN_CLASS}\1){{2,}}{_HAN_CLASS}")
_BLANKS = " \u3000\u00a0"
#: What may stand before a run that opens its line (a spaced heading, ``\u3000\u3000总 则``).
_LINE_BLANKS = _BLANKS + "\t"
#: Characters a form writes after a blank left for a number (``*年*月*日``, ``*元``, ``第*号``).
_TEMPLATE_CHARS = frozenset("年月日时分秒号元角个次期届条款项第")
#: A word of games and bets (``娱乐``, ``彩票``, ``真人``), without ``电子``, which laws write often (``电子签名``).
_GAME_WORD_RE = lazy_re(alternation(set(CATEGORY_WORDS) - {"电子"}))
#: How often a spelled-out run without a word of the trade must stand on a page to be taken (an injector
#: repeats its brand; a law's ``省-市-县-乡`` or a form's blanks stand once or twice).
_RECURRING_RUN = 3
#: The fewest characters a run must hold besides the trade's words (the brand's own name: ``皇朝``).
_NAME_CHARS = 2



def spaced_brands(text: str) -> list[tuple[int, int]]:
    """Runs of single characters with one mark between them that spell a brand: ``(start, end)``.

    **Evidence**: four characters or more, each followed by the same hyphen, asterisk, dot, stroke
    or underscore, or by the same blank; the characters read together hold a word of games and bets
    (:data:`~corpus_tools.clean.brands.CATEGORY_WORDS`) and a name beside it (:func:`_names_the_trade`:
    ``皇 朝 真 人 娱 乐``), which a table's spaced names (``王　萍　王　琦``) and a letter-spaced word
    (``体 育 彩 票``) do not; or, joined by a mark, the same run stands :data:`_RECURRING_RUN` times on
    the page (``喜-乐-门-真``).  A run joined by blanks stands glued inside a sentence (a Han character
    right before and right after it: a line spaced out by its layout is not).  A run that opens a
    line (a spaced heading, ``总 则``) is never taken.

    >>> t = "职工喜-乐-门-真均无法，政府喜-乐-门-真部门，及喜-乐-门-真，政府及皇 朝 真 人 娱 乐有关部门，出席：王　萍　王　琦"
    >>> [t[a:b] for a, b in spaced_brands(t)]
    ['喜-乐-门-真', '喜-乐-门-真', '喜-乐-门-真', '皇 朝 真 人 娱 乐']
    >>> spaced_brands("第 一 章 总 则\\n体 育 彩 票\\n编号A-1-2-3，甲-乙两方\\n第五条 本 条 例 所 称 体 育 彩 票，是指，已于*年*月*日上缴，是/否")
    []
    >>> t = "领导。鸿+运+来+娱+乐建立，选填体/育/彩/票，加强福·满·多·娱·乐·城管理"
    >>> [t[a:b] for a, b in spaced_brands(t)]
    ['鸿+运+来+娱+乐', '福·满·多·娱·乐·城']
    >>> spaced_brands("长+宽+高+厚之和，省/市/县/区")
    []
    >>> spaced_brands("坚持德·智·体·美·劳全面发展，建立省-市-县-乡四级机制，以上_情_况_属_实，市体 育 彩 票中心")
    []
    """
    out: list[tuple[int, int]] = []
    runs = list(_RUN_RE.finditer(text))
    counts = Counter(m.group() for m in runs if m.group(1) in _MARKS)
    for m in runs:
        a, b = m.span()
        chars = m.group()[::2]
        if opens_line(text, a, _LINE_BLANKS):
            continue
        if m.group(1) in _MARKS:
            if 2 * sum(c in _TEMPLATE_CHARS for c in chars) >= len(chars):
                continue  # a form's blanks for a date or a count (``已于*年*月*日上缴``: a real 人民银行 form)
            if _names_the_trade(chars) or counts[m.group()] >= _RECURRING_RUN and not reads_as_law_words(chars):
                out.append((a, b))
            continue
        if m.group(1) in _BLANKS and not (a > 0 and HAN_CHAR.match(text, a - 1) and HAN_CHAR.match(text, b)):
            continue  # a spaced line or heading (``第五条 本 条 例 所 称 体 育 彩 票，``): not put inside a sentence
        if _names_the_trade(chars):
            out.append((a, b))
    return out


def _names_the_trade(chars: str) -> bool:
    """Whether ``chars`` (a run's characters read together) hold a word of games and bets and a name beside it.

    Words a law writes whole are no name (:func:`~corpus_tools.clean.evidence.reads_as_law_words`: ``福利彩票``,
    ``文体娱乐``; review 15, R15-F12).

    >>> _names_the_trade("皇朝真人娱乐"), _names_the_trade("体育彩票"), _names_the_trade("德智体美劳")
    (True, False, False)
    >>> _names_the_trade("福利彩票"), _names_the_trade("文体娱乐"), _names_the_trade("鸿运来娱乐")
    (False, False, True)
    """
    rest = _GAME_WORD_RE.sub("", chars)
    return len(rest) < len(chars) and len(rest) >= _NAME_CHARS and not reads_as_law_words(chars)


#: Five or more single letters, digits or dots with one blank between each (``s s h t i n g 6 8 2 . v i p``).
_SPACED_LATIN_RE = lazy_regex(r"(?<![A-Za-z0-9.])[A-Za-z0-9](?: [A-Za-z0-9.]){4,}(?![A-Za-z0-9])")
_CATEGORY_BEFORE_RE = lazy_regex(rf"(?:{alternation(CATEGORY_WORDS)})$")
#: Site and trade words after the name (``注册``, ``平台注册``, ``官网``, ``网址``): up to three.
_TAIL_RE = lazy_regex(
    rf" ?(?:{alternation(CHINESE_SITE_WORDS | {w for w in CATEGORY_WORDS if not w.isascii()})}){{1,3}}"
)


def spaced_latin_brands(text: str) -> list[tuple[int, int]]:
    """A brand whose Latin name or domain is spelled with a blank between its letters, with the Chinese name
    its letters spell before it and the site words after it: ``(start, end)``.

    Real damage: none seen on a real page yet (no run of five single letters with blanks between them stands in
    the 1,911 clean laws or the real pages); the noise benchmark's blind member of session 15, written before
    this rule from the family's habit of dodging keyword filters: ``因盛世豪庭s s h t i n g 6 8 2 . v i p 平台注册本人``.

    **Evidence**: five or more letters, digits and dots with one blank between each that, read together, are a
    brand's Latin name (:func:`~corpus_tools.clean.brands.is_brand_latin`) or a host on a spam site's top-level
    domain, glued to Han text (at most one blank between).  The Chinese name before it goes only when the
    letters spell it in pinyin (:func:`~corpus_tools.clean.brands.pinyin_stem`), with the game word between.

    >>> t = "或者因盛世豪庭s s h t i n g 6 8 2 . v i p 平台注册本人、配偶，海顺发彩票 s h u n f a 5 6 3 网址洋环境"
    >>> [t[a:b] for a, b in spaced_latin_brands(t)]
    ['盛世豪庭s s h t i n g 6 8 2 . v i p 平台注册', '顺发彩票 s h u n f a 5 6 3 网址']

    A name the letters do not spell stays (no evidence where it starts):

    >>> t = "海顺发坊彩票 s h u n f a 5 6 3 网址洋环境"
    >>> [t[a:b] for a, b in spaced_latin_brands(t)]
    [' s h u n f a 5 6 3 网址']
    >>> t = "应当w w w . h y l 8 8 . c c建立"
    >>> [t[a:b] for a, b in spaced_latin_brands(t)]
    ['w w w . h y l 8 8 . c c']
    >>> spaced_latin_brands("检测项目：P M 2 . 5 浓度，表格列 A B C D E 为")
    []
    """
    out: list[tuple[int, int]] = []
    for m in _SPACED_LATIN_RE.finditer(text):
        a, b = m.span()
        while text[b - 1] == ".":
            b -= 2
        name = text[a:b].replace(" ", "")
        label, _, tld = name.removeprefix("www.").removeprefix("m.").partition(".")
        if not (is_brand_latin(label) and sum(c.isalpha() for c in label) >= 3 or tld.lower() in SPAM_TLDS and label):
            continue
        left = a - 1 if a > 0 and text[a - 1] == " " else a
        glued_left = left > 0 and HAN_CHAR.match(text, left - 1) is not None
        tail = _TAIL_RE.match(text, b)
        right = tail.end() if tail else (b + 1 if text[b:b + 1] == " " else b)
        if not glued_left and not (right < len(text) and HAN_CHAR.match(text, right)):
            continue
        start = left  # (the blank the run was padded with goes with it)
        if glued_left:
            category = _CATEGORY_BEFORE_RE.search(text, max(0, left - 6), left)
            chain = category.start() if category else left
            stem = pinyin_stem(text, chain, label, category.group() if category else "")
            if stem is not None:
                start = stem
        out.append((start, right))
    return out
