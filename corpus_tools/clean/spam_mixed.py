"""Lines of a spam site's brands whose names are a Han name glued to a Latin one, with words of no list.

Damage: a hijacked mirror puts lines of its own between a law's paragraphs: promotion before a brand
(``每日救援金——天使之翼老虎机→angelwing``), or keywords after a head (``热门标签：权重提升，钻石海岸diamond.fun，
蜘蛛引流，金凤凰台赛狗phoenixgoldv6.5``).  The seen rules read such lines by their words (known heads, promotion,
games, brands); with a vocabulary no list holds (session 17's development vocabulary W of the seen shapes) they
stayed in the law's article.

**Evidence** (the line's shape, not its words): the line stands alone; it is a list of short items joined by
separators (maybe after a head ending in a colon), each a word of Han characters or a name of the trade's
shape, one item at least the latter, a Han name glued
to a Latin name (a separator, digits, a version or a domain ending between or after them: ``金凤凰台赛狗phoenixgoldv6.5``;
an official host is no brand); it ends on no sentence mark and writes no word of a law's grammar, no label.
"""

from __future__ import annotations

from corpus_tools.clean.brands import is_official_host
from corpus_tools.clean.cited_spans import introduced
from corpus_tools.clean.spam_recurring import DRESSED_LATIN_RE, trade_shaped
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import is_unified_han

MIXED_NAME_LINE = "line of mixed-script brand names"

#: A name of the trade's shape: a Han name, maybe a separator, a Latin name with a lower-case letter (an acronym is
#: a term: ``APP``, ``PM2.5``), maybe digits, a version or a domain ending.
_MIXED_ITEM_RE = lazy_regex(
    r"\p{Han}{2,12}[=→丨~＋+·/_|\-～]?(?P<latin>(?=[A-Z]{0,19}[a-z])[A-Za-z]{4,20}\d{0,4}(?:[vV]\d{1,2}(?:\.\d{1,2}){1,2}|(?:\.[a-z]{2,6})+)?)"
)
#: What joins the items of a line (one kind or several).
_ITEM_SEPARATOR_RE = lazy_regex(r"\s*(?:——|[,，|｜、丨]|\s)\s*")
_HEAD_RE = lazy_regex(r"\p{Han}{2,6}[：:]")
#: Lines that hold a mixed name at all (the gate: C speed on pages without one).
_GATE_RE = lazy_re(r"[A-Za-z]{4}")
_GLUE = "=→丨~＋+·/_|-～"
#: A law's grammar, a label, a sentence's end: the line is the law's.
_LAW_LINE_RE = lazy_re(r"[。；！？]|应当|不得|可以|必须|依法|按照|依照|根据|规定|予以|禁止|负责|^\s*第[一二三四五六七八九十百零〇\d]+[条章节编款项]|^\s*[（(]?[一二三四五六七八九十]+[、）)]")
#: The other items: words (promotion, keywords, a bare brand) and nothing else.
_WORD_ITEM_RE = lazy_regex(r"\p{Han}{2,12}")
_LINE_CHARS = 160
_ITEM_CHARS = 28


def mixed_name_lines(text: str) -> list[tuple[int, int]]:
    """Lines (``(start, end)`` without the newline) made of short items, one of them a Han name glued to a Latin name.

    >>> t = "第一条 甲。\\n每日救援金——天使之翼老虎机→angelwing\\n热门标签：权重提升，钻石海岸diamond.fun，蜘蛛引流\\n第二条 乙。"
    >>> [t[a:b] for a, b in mixed_name_lines(t)]
    ['每日救援金——天使之翼老虎机→angelwing', '热门标签：权重提升，钻石海岸diamond.fun，蜘蛛引流']
    >>> mixed_name_lines("相关链接：中国政府网www.gov.cn，国务院公报\\n下载：穗好办APP，粤省事\\n本办法所称客户端包括微信Android版本")
    []
    >>> mixed_name_lines("法源法律網LawBank                       匯出時間:111.05.10")  # (meta11's lawbank page)
    []
    >>> mixed_name_lines("涉诈账号：张某微信zhang2020，李某微信号li_si88，王某网址wangwu.com")
    []
    """
    out: list[tuple[int, int]] = []
    last = -1
    for m in _GATE_RE.finditer(text):
        at = m.start()
        if at < last or not at or not (is_unified_han(text[at - 1]) or (text[at - 1] in _GLUE and at > 1 and is_unified_han(text[at - 2]))):
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        last = end
        if _is_mixed_name_line(text[start:end]):
            out.append((start, end))
    return out


def _is_mixed_name_line(line: str) -> bool:
    body = line.strip()
    if not body or len(body) > _LINE_CHARS or _LAW_LINE_RE.search(body):
        return False
    head = _HEAD_RE.match(body)
    items = [i for i in _ITEM_SEPARATOR_RE.split(body[head.end() if head else 0:]) if i]
    if len(items) < 2 or any(len(i) > _ITEM_CHARS for i in items):
        return False  # (review 17 F2: a line of one item is a heading or a table cell: 前言/Foreword, 阿莫西林/Amoxicillin)
    named = False
    for item in items:
        m = _MIXED_ITEM_RE.fullmatch(item)
        if m is None:
            if _WORD_ITEM_RE.fullmatch(item) is None:
                return False  # (a date, a time, a code, markup: the line says something else)
            continue
        if "." in m.group("latin") and is_official_host(m.group("latin")):
            return False  # (中国政府网www.gov.cn: a links line of an office)
        if introduced(item, m.start("latin")):
            return False  # (a notice's or a judgment's list of accounts: 微信号…, 网址…)
        named = named or (DRESSED_LATIN_RE.search(item) is not None and trade_shaped(item))  # (a bare handle after a name is a party's: 张三微信zhang2020; a gloss no trade's)
    return named
