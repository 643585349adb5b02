"""Noise generator: inject gambling/SEO spam and site furniture into clean law text.

Used by property tests of :mod:`corpus_tools.clean.spam` and
:mod:`corpus_tools.clean.restore`.  Every function takes the clean text and a
``random.Random`` and returns the corrupted text plus what was injected, so a
test can check that cleaning gives the clean text back.  Brand strings are
built from parts (brand, category, suffixes, separators, Latin names, versions,
``品牌(Latin)`` forms), so tests meet many members of the family, not one string.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import regex

CJK_BRANDS = (
    "万博", "开云", "乐鱼", "爱游戏", "亚博", "必威", "威尼斯人", "澳门新葡京", "华体会",
    "米乐", "九游会", "188金宝博", "天博", "博鱼", "欧宝", "雷竞技", "凯发", "伟德",
    "明升", "千亿", "鸭脖", "宝博", "尊龙", "新葡京", "澳门金沙", "澳门银河", "永利皇宫",
    "开元棋牌", "PG电子", "ob体育", "AG真人", "澳门新葡京娱乐场", "九游会J9", "K8凯发", "凯发K8", "bob综合",
)
#: Ordinary words that are brands only with more spam around them.
WEAK_CJK_BRANDS = ("半岛", "九游", "金沙", "皇冠", "永利", "星空", "凤凰", "银河")
LATIN_NAMES = {
    "万博": "manbetx", "开云": "kaiyun", "乐鱼": "leyu", "爱游戏": "ayx", "亚博": "yabo",
    "必威": "betway", "华体会": "hth", "米乐": "m6", "九游会": "NineGame", "半岛": "bandao",
    "九游": "jiuyou", "天博": "tianbo", "金沙": "jinsha", "永利": "wynn", "星空": "xingkong",
}
CATEGORIES = ("体育", "娱乐", "电竞", "棋牌", "彩票", "真人")
SUFFIXES = (
    "官网", "官方网", "官方网站", "APP", "app", "App", "app下载", "APP下载", "入口", "登录",
    "下载", "平台", "网页版", "手机版", "注册", "客户端", "在线", "官网入口", "最新版",
)
#: Suffixes that never end an inline anchor (they may belong to the law).
LAW_COMMON_ENDINGS = ("平台", "下载", "入口", "登录", "注册", "在线", "客户端", "官方网站", "_", "-", "·", "|", "丨")
SEPARATORS = ("_", "-", "·", "|", "丨", " ", "")
VERSIONS = ("3.0", "v2.1", "V3.5", "2.0", "v1.0.3", "5.1", "v6.2.1")
#: Domain endings of spam links (``kaiyun.com``, ``leyu.cc``).
TLDS = (".com", ".cc", ".vip", ".net", ".app", "．com")

FURNITURE_LINES = (
    "扫一扫在手机打开当前页", "扫一扫在手机打开当前页 |", "【字体：大 中 小】", "字号：大 中 小",
    "【打印本页】 【关闭窗口】", "打印本页 | 关闭窗口", "分享到：", "分享到： 微信 微博 QQ空间",
    "当前位置：首页 > 政务公开 > 政策法规 > 正文", "您的位置：首页 > 信息公开", "首页 > 法规库 > 地方性法规",
    "来源：{org} 发布时间：2024-11-15", "发布时间：2023-05-06 10:21:33 浏览次数：1024",
    "信息来源：{org}", "苏ICP备05008960号", "京公网安备 11010502030143号", "网站标识码：3204000001",
    "版权所有：{org} 主办单位：{org}", "上一篇：关于印发实施方案的通知", "下一篇：无",
    "【打印】【关闭】", "微信扫一扫", "返回顶部",
    "您当前的位置：首页 > 法规库", "首页 | 政务公开 | 政策法规", "【收藏】【打印】", "[打印] [关闭]",
    "主办单位：{org}", "发布日期：2023-06-01", "浏览次数：2048", "字体：【大】【中】【小】",
)
ORGS = ("常州市司法局", "市人民政府办公室", "天津市工业和信息化局", "本网", "省人大常委会法工委")
TRAILING_JUNK = (
    "扫一扫在手机打开当前页 |", "扫一扫在手机打开当前页", "【打印本页】【关闭窗口】", "分享到：", "打印 | 关闭",
    "【打印】【关闭】", "【收藏】【打印】", "[打印] [关闭]",
)
#: Junk a page glues before its first line (only shapes no title can start with).
LEADING_JUNK = ("【打印】【关闭】", "【字体：大 中 小】", "扫一扫在手机打开当前页", "首页 > 政策法规 > 正文")
PROMO = ("欢迎访问", "最新网址", "官方推荐", "立即注册送彩金", "亚洲最佳体育平台", "")


@dataclass(frozen=True)
class Replacement:
    """A word of the law replaced everywhere (on its line) by one brand string."""

    word: str
    anchor: str
    positions: tuple[int, ...]  # starts of the anchor in the corrupted text


def brand_string(rng: random.Random, *, inline: bool = True) -> str:
    """A brand string built from parts, e.g. ``万博体育APP官方网_万博体育manbetx3.0``.

    With ``inline`` the string never ends on a suffix that legal text also
    uses (平台, 下载 …), because the cleaner keeps such a word for the law.

    >>> s = brand_string(random.Random(3))
    >>> isinstance(s, str) and len(s) > 2
    True
    """
    form = rng.randrange(7)
    strong = rng.choice(CJK_BRANDS)
    if form in (0, 1, 3, 6) and strong[-1].isascii():
        strong = strong.rstrip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # 凯发K8 + kaiyun: no word gap
    if form == 0:  # 万博体育APP官方网_万博体育manbetx3.0
        latin = LATIN_NAMES.get(strong, "bet365")
        text = f"{strong}{rng.choice(CATEGORIES)}{rng.choice(SUFFIXES)}{rng.choice(SEPARATORS[:5])}{strong}{rng.choice(CATEGORIES)}{latin}{rng.choice(VERSIONS)}"
    elif form == 1:  # 开云体育(kaiyun)官方网站
        latin = LATIN_NAMES.get(strong, "sports")
        text = f"{strong}{rng.choice(CATEGORIES)}({latin}){rng.choice(SUFFIXES)}"
    elif form == 2:  # 半岛体育官网入口 (weak brand with two more tokens)
        text = f"{rng.choice(WEAK_CJK_BRANDS)}{rng.choice(CATEGORIES)}{rng.choice(('官网', 'APP', '官方网'))}{rng.choice(SUFFIXES)}"
    elif form == 3:  # 必威·betway 官网
        latin = LATIN_NAMES.get(strong, "betway")
        text = f"{strong}{rng.choice(SEPARATORS)}{latin}{rng.choice(SEPARATORS)}{rng.choice(SUFFIXES)}"
    elif form == 4:  # 爱游戏体育app下载v2.1
        text = f"{strong}{rng.choice(CATEGORIES)}{rng.choice(SUFFIXES)}{rng.choice(VERSIONS)}"
    elif form == 5:  # 开云体育(中国)官方网站
        text = f"{strong}{rng.choice(CATEGORIES)}(中国){rng.choice(('官方网站', '官网', '官方网'))}"
    else:  # kaiyun.cc, 开云kaiyun.com
        latin = LATIN_NAMES.get(strong, "kaiyun")
        text = rng.choice(("", strong)) + latin.lower() + rng.choice(TLDS)
    text = text.strip()
    if inline:
        while text.endswith(LAW_COMMON_ENDINGS) or text.endswith(" "):
            text = text.rstrip(" ")
            for ending in LAW_COMMON_ENDINGS:
                if text.endswith(ending):
                    text = text[: -len(ending)]
                    break
    return text


def spam_line(rng: random.Random) -> str:
    """A whole spam line: promo words, brand strings, maybe a link.

    >>> "\\n" in spam_line(random.Random(1))
    False
    """
    brand = brand_string(rng, inline=False)
    parts = [rng.choice(PROMO), brand]
    if rng.random() < 0.5:
        host = LATIN_NAMES.get(rng.choice(CJK_BRANDS), "kaiyun")
        parts.append(rng.choice((f"www.{host}.com", f"https://www.{host}{rng.randrange(100, 999)}.com/", f"{host}.com")))
    if rng.random() < 0.3:
        parts = [f"【{brand}】", rng.choice(PROMO)]
    return rng.choice((" ", "-", " | ")).join(p for p in parts if p)


def furniture_line(rng: random.Random) -> str:
    """One line of site furniture (breadcrumb, print/close, ICP, source/time …)."""
    return rng.choice(FURNITURE_LINES).format(org=rng.choice(ORGS))


def glue_leading_junk(text: str, rng: random.Random) -> tuple[str, str]:
    """Furniture glued before the first line of the page (``【打印】【关闭】　某条例``)."""
    junk = rng.choice(LEADING_JUNK) + rng.choice(("", " ", "\u3000"))
    return junk + text, junk


def insert_paragraphs(text: str, rng: random.Random, lines: list[str]) -> str:
    """Insert lines as paragraphs of their own in a blank-line text (``甲。\\n\\n<line>\\n\\n乙。``),
    or after its last paragraph.

    >>> insert_paragraphs("甲。\\n\\n乙。\\n", random.Random(0), ["分享到："]).count("\\n\\n")
    2
    """
    starts = [m.end() for m in regex.finditer(r"\n\n(?=\S)", text)] + [len(text)]
    picks = sorted(rng.sample(starts, k=min(len(lines), len(starts))))
    out, cursor = [], 0
    for pos, line in zip(picks, lines):
        out.append(text[cursor:pos])
        if pos == len(text):  # after the last paragraph, before the text's own ending
            body = text[cursor:].rstrip("\n")
            out[-1] = body + "\n\n" + line + text[cursor + len(body):]
            cursor = len(text)
            continue
        out.append(line + "\n\n")
        cursor = pos
    out.append(text[cursor:])
    return "".join(out)


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in regex.finditer(r"\n", text) if m.end() < len(text)]


def insert_lines(text: str, rng: random.Random, lines: list[str]) -> str:
    """Insert whole lines at line boundaries (each line gets its own newline)."""
    starts = sorted(rng.sample(_line_starts(text), k=min(len(lines), len(_line_starts(text)))))
    out, cursor = [], 0
    for pos, line in zip(starts, lines):
        out.append(text[cursor:pos])
        out.append(line + "\n")
        cursor = pos
    out.append(text[cursor:])
    return "".join(out)


def inject_spam_lines(text: str, rng: random.Random, n: int = 3) -> tuple[str, list[str]]:
    """Spam lines inserted between the lines of ``text``."""
    lines = [spam_line(rng) for _ in range(n)]
    return insert_lines(text, rng, lines), lines


def inject_furniture_lines(text: str, rng: random.Random, n: int = 3) -> tuple[str, list[str]]:
    """Furniture lines inserted between the lines of ``text``."""
    lines = [furniture_line(rng) for _ in range(n)]
    return insert_lines(text, rng, lines), lines


def glue_trailing_junk(text: str, rng: random.Random) -> tuple[str, str]:
    """Furniture glued onto the end of the last paragraph (before a final newline)."""
    junk = rng.choice(("", " ")) + rng.choice(TRAILING_JUNK)
    if text.endswith("\n"):
        return text[:-1] + junk + "\n", junk
    return text + junk, junk


_WORD_RE = regex.compile(r"(?<=\p{Han})\p{Han}{2,4}(?=\p{Han})")
#: Law text that the cleaner cannot tell from a continuation of the brand
#: string (``…(中国)`` + ``网站``), so the generator does not replace words there.
_AMBIGUOUS_NEXT = regex.compile(
    "|".join(sorted(SUFFIXES + CATEGORIES + ("网", "官", "中国", "国际", "集团", "综合", "电子", "游戏", "首页", "网站", "网址"), key=len, reverse=True))
)


def replace_word(text: str, rng: random.Random, *, anchor: str | None = None) -> tuple[str, Replacement] | None:
    """Replace one word of the law everywhere with one brand string.

    The word is a run of 2-4 CJK characters inside a sentence (CJK on both
    sides), not followed by a word that could continue a brand string.
    Every occurrence of the word is replaced.  Returns None when the text has
    no such word.

    >>> text, rep = replace_word("建设智能制造公共服务平台，提升公共服务能力。", random.Random(0), anchor="万博体育")
    >>> text.count("万博体育") == len(rep.positions)
    True
    """
    candidates = [
        m for m in _WORD_RE.finditer(text)
        if not any(_AMBIGUOUS_NEXT.match(text, o.end()) for o in regex.finditer(regex.escape(m.group(0)), text))
    ]
    if not candidates:
        return None
    match = rng.choice(candidates)
    word = match.group(0)
    anchor = anchor or brand_string(rng)
    pieces = text.split(word)
    positions, cursor = [], len(pieces[0])
    for piece in pieces[1:]:
        positions.append(cursor)
        cursor += len(anchor) + len(piece)
    return anchor.join(pieces), Replacement(word, anchor, tuple(positions))


__all__ = [
    "Replacement",
    "brand_string",
    "furniture_line",
    "glue_leading_junk",
    "glue_trailing_junk",
    "insert_paragraphs",
    "inject_furniture_lines",
    "inject_spam_lines",
    "insert_lines",
    "replace_word",
    "spam_line",
]
