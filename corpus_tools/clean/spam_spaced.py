"""Brand names spelled out with a mark between their characters, to slip past keyword filters.

Real damage (the noise benchmark's ``spam_blind_spaced``, session 13's members written from what SEO
spam does to dodge filters; 83 % residue through session 14): ``单位和职工喜-乐-门-真均无法提供``,
``人民政府及皇-朝-真-人-娱-乐有关部门``, ``掌握行使职皇.朝.体.育.投权所必备的知识``,
``执行御 龙 汇 娱 乐城的规定``.  No brand pattern reads a name whose characters stand apart.

A law never writes single characters each followed by the same hyphen, asterisk, dot or stroke
(a list of names in a table does space its characters with blanks: ``王　萍　王　琦``, the real
gov.cn pages); so the run is evidence enough for those marks, and a run joined by blanks is the
trade's only when its characters, read together, name a game or a bet (娱乐, 彩票, 体育, 真人…).
"""

from __future__ import annotations

from corpus_tools.clean.brands import CATEGORY_WORDS, alternation
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

SPACED_BRAND = "brand spelled out with marks between its characters"

#: Four or more single Han characters, each but the last followed by the same mark (not a blank).
_MARKED_RUN_RE = lazy_regex(r"\p{Han}([\-*·丶.。．•_~＊－])(?:\p{Han}\1){2,}\p{Han}")
#: The same with one blank (ASCII, ideographic or no-break) between the characters.
_BLANK_RUN_RE = lazy_regex(r"\p{Han}([ \u3000\u00a0])(?:\p{Han}\1){2,}\p{Han}")
_HAN = lazy_regex(r"\p{Han}")
#: Characters a form writes after a blank left for a number (``*年*月*日``, ``*元``, ``第*号``).
_TEMPLATE_CHARS = frozenset("年月日时分秒号元角个次期届条款项第")
_TRADE_RE = lazy_re(alternation(set(CATEGORY_WORDS) - {"电子"}))



def spaced_brands(text: str) -> list[tuple[int, int]]:
    """Runs of single characters with one mark between them that spell a brand: ``(start, end)``.

    **Evidence**: four characters or more, each followed by the same hyphen, asterisk, dot, stroke
    or underscore (no law writes ``喜-乐-门-真``); with blanks instead, the characters read together
    hold a word of games and bets (:data:`~corpus_tools.clean.brands.CATEGORY_WORDS`: ``御 龙 汇 娱 乐``),
    which a table's spaced names (``王　萍　王　琦``) do not, and the run stands glued inside a sentence
    (a Han character right before and right after it: a line spaced out by its layout is not).  A run that opens a line (a spaced heading,
    ``总 则``) is never taken.

    >>> t = "单位和职工喜-乐-门-真均无法提供，政府及皇 朝 真 人 娱 乐有关部门，出席：王　萍　王　琦　张　军"
    >>> [t[a:b] for a, b in spaced_brands(t)]
    ['喜-乐-门-真', '皇 朝 真 人 娱 乐']
    >>> spaced_brands("第 一 章 总 则\\n体 育 彩 票\\n编号A-1-2-3，甲-乙两方\\n第五条 本 条 例 所 称 体 育 彩 票，是指，已于*年*月*日上缴")
    []
    """
    out: list[tuple[int, int]] = []
    for m in _MARKED_RUN_RE.finditer(text):
        chars = m.group()[::2]
        if _opens_line(text, m.start()) or 2 * sum(c in _TEMPLATE_CHARS for c in chars) >= len(chars):
            continue  # a form's blanks for a date or a count (``已于*年*月*日上缴``: a real 人民银行 form)
        out.append(m.span())
    for m in _BLANK_RUN_RE.finditer(text):
        a, b = m.span()
        if not (a > 0 and _HAN.match(text, a - 1) and _HAN.match(text, b)):
            continue  # a spaced line or heading (``第五条 本 条 例 所 称 体 育 彩 票，``): not put inside a sentence
        if _TRADE_RE.search(m.group()[::2]) is not None:
            out.append(m.span())
    return sorted(out)


def _opens_line(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip(" \u3000\u00a0\t")
