"""Ads of any trade, in any decoration, that a page repeats inside a law's sentences: the unit, not its members.

Real damage (the noise benchmark's development set 15: ``h15_spam_kaomoji_decor``, a casino brand dressed in kaomoji,
``…退回违法(≧∇≦)ﾉ银河娱乐官网(★ω★)所贷款额…``; ``h15_spam_vpn_ads``, a proxy's ad,
``…（以下简称稳定翻墙梯子快连VPN，油管高清不卡，官网 sd31.cc市公积金管委会）…``): an injector that spins mirror pages
drops one ad two to four times into the law's sentences.  The rules before this one knew pieces of it (a listed
brand, a host) and cut those, leaving the rest in the law (``违法（≧∇≦）ﾉ（★ω★）所贷款额``, ``以下简称稳定翻墙梯子快连VPN，
油管高清不卡，官网 市公积金管委会``).

Members of the family, over its two axes:

* the TRADE that bought the placement: betting and lotteries; circumvention proxies, VPNs and "accelerators"
  (翻墙, 梯子, 机场, 科学上网); online loans and cash-out (网贷, 秒批, 套现, 信用卡代还); fake certificates and seals
  (办证, 刻章, 代办证件); pharma (正品药房, 货到付款); adult sites and dating apps; crypto (USDT 承兑, 合约带单);
  game boosting (代练, 上分); followers for sale (刷粉, 涨粉, 点赞); SEO and link services (快速排名, 霸屏, 外链);
  phone and data cards (免实名, 流量卡); escort services;
* the DECORATION the ad wears to catch the eye and slip past keyword filters: kaomoji (brackets around kana,
  Greek, Cyrillic, Thai, Kannada letters and math symbols: ``(★ω★)``, ``ヾ(≧▽≦*)o``, ``ʕ•ᴥ•ʔ``), emoji and ZWJ
  sequences (``👨‍💻``), dingbats (``✪``, ``❀``, ``☛``), box drawing (``╔══╗``), Braille patterns (``⠿``), enclosed and
  mathematical letters (``Ⓥ``, ``𝐕𝐈𝐏``), combining marks (zalgo), ASCII art (``>>>``, ``<=====``, ``*~*~``), full-width
  runs; the tools that produce them: social platforms' emoticon pickers, IME symbol pads, "fancy text" generators,
  content-farm templates.

What every member shares, and the evidence this module reads:

* :func:`decoration_runs`: a run of symbols no law writes inside a sentence, judged by CLASS, not by list (Unicode
  categories and scripts: symbols, modifier letters, combining marks, kana, Hangul, Thai, Arabic, Braille, box
  drawing, mathematical letters; the law's own symbols, ``℃ ± ≤ ① ○ ★ §``, weigh little and never alone);
* :func:`recurring_units`: the SAME string at two places of the page or more, where the law's sentence breaks (a Han
  character right before it, a Han character or the sentence's mark right after it; the characters around it read on
  as the law's pair without it), after different characters and before different ones, holding ad evidence: a host,
  a contact on a channel only the trade uses, a decoration run, or two of a price and the pitch's words; or a short
  name the page puts next to decoration runs at two places or more (the kaomoji vary, the brand recurs);
* :func:`glued_decorations`: a decoration run glued (at most one blank between) to a unit another spam rule took
  belongs to that unit.

Kept: a law's own repeated words (a string of Han characters whose part of three characters the page writes elsewhere
too: ``虚拟专用网络`` in a rule about VPNs), a contact or a price the law itself repeats (no Han character right before
and after at the places, or the sentence does not read on without it), symbols a law writes (``（≥90%）``, ``α，β``).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from corpus_tools.clean.brands import SPAM_TLDS, alternation, is_official_host
from corpus_tools.clean.cited_spans import introduced
from corpus_tools.clean.evidence import law_bigrams
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

RECURRING_AD = "ad unit the page repeats inside sentences"
GLUED_DECORATION = "decoration glued to a spam unit"

# --------------------------------------------------------------------------- decorations

#: Symbols a law writes (units, marks of forms and lists, maths, arrows of a flow): one point each, never a
#: decoration on their own.
_LAW_SYMBOLS = frozenset(
    "℃℉°′″‰％±×÷≤≥≠≈≡∞√∑∏∫∈∵∴∶§№©®™※〒○●□■△▲▽▼◇◆◎☆★✓✔·・•～→←↑↓⇒⇐↔＋－＝＜＞"
)
#: ASCII (and full-width) signs that ASCII art builds frames and arrows of: one point each.
_ART = frozenset("<>=*~^#|\\/_+`＜＞＝＊～＾＃｜＼／＿＋")
#: Brackets and marks that carry a decoration (a kaomoji's face, a frame) but weigh nothing.
_OPENERS = "(（[［{｛【〖「『〔"
_CLOSERS = ")）]］}｝】〗」』〕"
_CARRIERS = frozenset(_OPENERS + _CLOSERS + "'\".,:;!?-。…—–\u200d\ufe0f")  # (a law's dashes and dots too)
#: Marks of a clause of the law, which end a run.
_CLAUSE_MARKS = frozenset("，、；：！？")
#: Marks of the law's sentence that a run never starts or ends with.
_SENTENCE_MARKS = frozenset("，。；：、！？,.;:!?")
#: Candidates for a decoration's heavy characters (the gate: a page without any is skipped at C speed).
_HEAVY_HINT = lazy_re(
    "[\u00a8\u00af\u00b4\u0250-\u036f\u0600-\u06ff\u0c80-\u0cff\u0e00-\u0e7f\u1100-\u11ff\u1d00-\u1dff"
    "\u2100-\u214f\u2190-\u23ff\u24b6-\u24e9\u2500-\u2bff\u3040-\u30fa\u30fc-\u30ff\u3130-\u318f\u31f0-\u31ff"
    "\uac00-\ud7af\uff3e\uff40\uff61-\uff9f\uffe3\U0001d400-\U0001d7ff\U0001f000-\U0001faff]"
    "|[<>=*~^|\\\\/_+＜＞＝＊～＾｜＼／＿＋]{2}"  # (ASCII art: two signs in a row; not ``##``, a Markdown heading's)
)
#: A run's points to be a decoration: a heavy character (two points) and one more point.
DECORATION_POINTS = 3
#: The longest decoration run read.
_LONGEST_RUN = 24


class _Lines:
    """The line around a position, asked at positions that do not go back by much (sorted spans, a scan's hits): each
    newline is looked for once, so a page of one long line and many hits is read in linear time.

    >>> lines = _Lines("甲乙\\n丙丁戊\\n")
    >>> lines.around(0), lines.around(3), lines.around(4), lines.around(7)
    ((0, 2), (3, 6), (3, 6), (7, 7))
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.start, self.end = 0, -1

    def around(self, i: int) -> tuple[int, int]:
        text = self.text
        if not self.start <= i <= self.end:
            if i > self.end:
                nl = text.rfind("\n", max(0, self.end), i)
                self.start = nl + 1 if nl >= 0 else (self.start if self.end >= 0 else 0)
            else:
                self.start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            self.end = len(text) if end < 0 else end
        return self.start, self.end


def _points(ch: str) -> int:
    """A character's weight as decoration: 2 for a symbol or letter no law writes in a sentence, 1 for a law's symbol,
    an ASCII-art sign, a Greek or Cyrillic letter, 0 for a carrier (a bracket, a mark), -1 for the law's own text.

    >>> [_points(c) for c in "ω★(中a1◕ﾉ⠿╔𝐕ā①"]
    [1, 1, 0, -1, -1, -1, 2, 2, 2, 2, 2, -1, -1]
    """
    if ch in _CARRIERS:
        return 0
    if ch in _CLAUSE_MARKS:
        return -1  # (a law's clause ends a run: ``ʕ•ᴥ•ʔ，(๑•̀ㅂ•́)و✧`` are two)
    if ch in _LAW_SYMBOLS or ch in _ART:
        return 1
    code = ord(ch)
    if code < 0x80 or 0x3400 <= code <= 0x9FFF or (0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A) or 0x00C0 <= code <= 0x024F or ch.isspace():
        return -1  # ASCII letters and digits, Han, full-width letters and digits, accented Latin letters (pinyin)
    if 0x0370 <= code <= 0x04FF:
        return 1  # Greek and Cyrillic: a law's α, μ, Ω
    cat = unicodedata.category(ch)
    if cat in ("So", "Sk", "Sm", "Mn", "Me", "Lm", "Pc"):
        return 2
    if cat[0] in "LN":
        # letters and digits of other scripts than a law's: kana, Hangul, Thai, Arabic, Kannada, IPA, mathematical
        # letters (not the law's numbers: ①, Ⅱ, 〇)
        return -1 if cat in ("No", "Nl") or 0x3000 <= code <= 0x303F else 2
    return -1


def _run_end(text: str, i: int, limit: int) -> int:
    """The end of the run of decoration characters from ``i`` (carriers, weighed characters, one blank between two
    weighed ones, a Latin letter a kaomoji's bracket holds: ``ヾ(≧▽≦*)o``)."""
    j = i
    while j < limit and j - i < _LONGEST_RUN:
        ch = text[j]
        if _points(ch) >= 0:
            j += 1
        elif ch == " " and j > i and j + 1 < limit and _points(text[j - 1]) > 0 and _points(text[j + 1]) > 0:
            j += 1
        elif ch.isascii() and ch.isalpha() and _kaomoji_letter(text, j, i, limit):
            j += 1
        else:
            break
    return j


def _run_start(text: str, i: int, floor: int) -> int:
    """The start of the run of decoration characters that ends at ``i`` (the same characters as :func:`_run_end`)."""
    j = i
    while j > floor and i - j < _LONGEST_RUN:
        ch = text[j - 1]
        if _points(ch) >= 0:
            j -= 1
        elif ch == " " and j - 1 > floor and j < i and _points(text[j - 2]) > 0 and _points(text[j]) > 0:
            j -= 1
        elif ch.isascii() and ch.isalpha() and _kaomoji_letter(text, j - 1, floor, i):
            j -= 1
        else:
            break
    return j


def _kaomoji_letter(text: str, j: int, lo: int, hi: int) -> bool:
    """Whether the Latin letter at ``j`` is a kaomoji's arm or mouth: alone, against the face's bracket."""
    before = text[j - 1] if j > lo else ""
    after = text[j + 1] if j + 1 < hi else ""
    if before.isascii() and before.isalpha() or after.isascii() and after.isalpha():
        return False
    return before in _CLOSERS and before != "" or after in _OPENERS and after != ""


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the marks at its edges (the law's ``，``, ``……``, ``——`` around a run) and the unpaired
    brackets (a law's ``（`` before a run, its ``）`` after one)."""
    while start < end:
        first, last = text[start], text[end - 1]
        if first.isspace() or first in _CLOSERS or first in _CARRIERS and first not in _OPENERS:
            start += 1
        elif last.isspace() or last in _OPENERS or last in _CARRIERS and last not in _CLOSERS and last != "\ufe0f":
            end -= 1
        elif first in _OPENERS and _CLOSERS[_OPENERS.index(first)] not in text[start + 1:end]:
            start += 1
        elif last in _CLOSERS and _OPENERS[_CLOSERS.index(last)] not in text[start:end - 1]:
            end -= 1
        else:
            break
    return start, end


def _weight(run: str) -> tuple[int, int]:
    """A run's points and its heavy characters (two points each)."""
    points = heavy = 0
    for ch in run:
        p = _points(ch)
        if p > 0:
            points += p
            heavy += p == 2
    if any(o in run and c in run for o, c in zip(_OPENERS, _CLOSERS)):
        points += 1  # a face or a frame: a pair of brackets around the symbols
    return points, heavy


def _reading_in_brackets(run: str) -> bool:
    """Whether a run is letters of one or more scripts between brackets and nothing else: a reading or a gloss that a
    law (or a reading aid) writes after a word (``（しんせい）``, ``（관）``, ``(ω)``), never a face, which is built of
    symbols (``(★ω★)``, ``(≧▽≦*)``).

    >>> [_reading_in_brackets(r) for r in ("（しんせい）", "（관）", "(★ω★)", "ヾ(≧▽≦*)o", "╔══")]
    [True, True, False, False, False]
    """
    inner = [ch for ch in run if ch not in _OPENERS and ch not in _CLOSERS and not ch.isspace()]
    return bool(inner) and len(inner) < len(run) and all(ch.isalpha() for ch in inner)


def _is_decoration(run: str) -> bool:
    """Whether a run is a decoration: a heavy character and three points at least, a face (a pair of brackets around
    three points of symbols and letters of other scripts: ``(★ω★)``), or ASCII art of three signs.

    >>> [_is_decoration(r) for r in ("(★ω★)", "ヾ(≧▽≦*)o", "╔══", "⠿", "✪", ">>>", "(≥", "α，β", "★", "（一）", "ā")]
    [True, True, True, False, False, True, False, False, False, False, False]
    """
    if _reading_in_brackets(run):
        return False
    points, heavy = _weight(run)
    if heavy:
        return points >= DECORATION_POINTS
    if points >= DECORATION_POINTS + 1 and any(o in run and c in run for o, c in zip(_OPENERS, _CLOSERS)):
        return True
    return sum(ch in _ART for ch in run) >= 3


def _is_glued_decoration(run: str) -> bool:
    """Whether a run glued to a spam unit is its decoration: one heavy character is enough there (``✪``, ``⠿``),
    or ASCII art of three signs, or two of a law's symbols (``★★``)."""
    if _reading_in_brackets(run):
        return False
    points, heavy = _weight(run)
    return heavy > 0 or sum(ch in _ART for ch in run) >= 3 or points >= 2 and any(ch not in _CARRIERS for ch in run)


def decoration_runs(text: str) -> list[tuple[int, int]]:
    """Runs of decoration symbols on the page: ``(start, end)``.

    >>> t = "违法(≧∇≦)ﾉ银河娱乐(★ω★)所贷款额（≥90%），α，β-不饱和醛，温度℃。"
    >>> [t[a:b] for a, b in decoration_runs(t)]
    ['(≧∇≦)ﾉ', '(★ω★)']
    """
    if _HEAVY_HINT.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    reached = 0
    lines = _Lines(text)
    for m in _HEAVY_HINT.finditer(text):
        i = m.start()
        if i < reached or _points(text[i]) < 1:
            continue
        line_start, line_end = lines.around(i)
        start = _run_start(text, i, max(line_start, reached))
        end = _run_end(text, i, line_end)
        reached = end
        start, end = _trimmed(text, start, end)
        if start < end and _is_decoration(text[start:end]):
            out.append((start, end))
    return out


def glued_decorations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Decoration runs glued to the spam units at ``spans`` (at most one blank between), blank included: the run goes
    with the unit it dresses.

    Real damage (``h15_spam_kaomoji_decor``): the brand rules took ``银河娱乐官网`` out of
    ``违法(≧∇≦)ﾉ银河娱乐官网(★ω★)所贷款额`` and left ``违法（≧∇≦）ﾉ（★ω★）所贷款额``.

    **Evidence**: another rule's evidence that the unit is spam, and a run of symbols against it that no law writes
    there (a heavy character of :func:`_points`, ASCII art of three signs, two of a law's symbols).

    >>> t = "违法(≧∇≦)ﾉ银河娱乐官网(★ω★)所贷款额，依法✪ 网贷秒批 ✪处理（一）"
    >>> a = t.index("银"); b = t.index("("+"★"); c = t.index("网贷"); d = c + 4
    >>> [t[s:e] for s, e in glued_decorations(t, [(a, b), (c, d)])]
    ['(≧∇≦)ﾉ', '(★ω★)', '✪ ', ' ✪']
    """
    if not spans or _HEAVY_HINT.search(text) is None and not any(ch in _ART for ch in text):
        return []
    out: list[tuple[int, int]] = []
    lines = _Lines(text)
    for s, e in sorted(spans):
        line_start, _ = lines.around(s)
        _, line_end = lines.around(e)
        left = s - 1 if s - 1 >= line_start and text[s - 1] == " " else s
        a = _run_start(text, left, line_start)
        a, b = _trimmed(text, a, left)
        if a < b and b == left and _is_glued_decoration(text[a:b]):
            out.append((a, s))
        right = e + 1 if e < line_end and text[e] == " " else e
        b = _run_end(text, right, line_end)
        a2, b2 = _trimmed(text, right, b)
        if a2 < b2 and a2 == right and _is_glued_decoration(text[a2:b2]):
            out.append((e, b2))
    return sorted(set(out))


# --------------------------------------------------------------------------- recurring units

#: A host an ad gives: Latin labels and a top-level domain sites use (not an official one, checked apart).
_HOST_RE = lazy_regex(
    r"(?<![A-Za-z0-9.@/])(?:(?:https?://)?(?:www\.|m\.)?[A-Za-z][A-Za-z0-9\-]{1,30}\."
    r"(?:" + alternation(tuple(SPAM_TLDS | {"com", "net", "cn", "org", "cc"})) + r")(?![A-Za-z0-9])"
    r"(?:/[A-Za-z0-9_\-]{1,30})?|t\.me/[A-Za-z0-9_]{3,32})",
    flags=0,
)
#: A contact on a channel only the trade writes (``VX:dl8866``, ``加微信zxd8899``, ``飞机 @btc888``, ``QQ 2875641932``,
#: ``☎13812345678``), or a mobile number.
_CONTACT_RE = lazy_regex(
    r"(?:加微信|加微|薇信|威信|[Vv]信|(?<![A-Za-z])(?:[Vv][Xx]|[Ww][Xx]|TG|tg|QQ|qq)(?![A-Za-z])|扣扣|飞机|电报|☎|微信|电话)"
    r"[：: ]{0,2}@?[A-Za-z0-9_\-]{5,20}"
    r"|(?<![0-9])1[3-9]\d{9}(?![0-9])"
)
#: Words before a contact that a law's sentence gives (``拨打电话12345678``, ``举报电话``).
_CONTACT_INTRODUCERS = ("拨打", "致电", "联系", "咨询", "举报", "投诉", "服务", "热线", "监督", "关注", "通过", "办公", "值班", "传真")
#: A price an ad quotes (``9.9元``, ``日息低至0.02%``, ``50元起``).
_PRICE_RE = lazy_regex(r"\d+(?:\.\d+)?(?:元|块|%|％)")
#: Words of an ad's pitch, of any trade (what it promises, what it sells): evidence only beside another.
PITCH_WORDS: tuple[str, ...] = (
    "一键", "永久免费", "不限速", "注册送", "秒到", "秒批", "秒收", "下款", "包过", "低至", "官网", "免费试用", "加急", "货到付款",
    "隐私发货", "正品", "原装", "包上", "不封号", "日赚", "跟单", "带单", "承兑", "代练", "上分", "刷粉", "涨粉", "买粉", "点赞",
    "快速排名", "霸屏", "外链", "代发", "代办", "办证", "刻章", "翻墙", "梯子", "加速器", "科学上网", "套现", "代还", "黑白户",
    "高清不卡", "全国可查", "真人粉", "免实名", "流量卡", "包月", "首页", "约炮", "同城", "开户", "娱乐城", "真人",
)
_PITCH_RE = lazy_regex(alternation(PITCH_WORDS))
#: How far copies may agree on each side of a seed, and the longest unit.
_REACH = 40
_LONGEST = 60
#: The fewest and the most places of one seed looked at.
_PLACES_MIN = 2
_PLACES_MAX = 16
#: The shortest core a decoration run dresses (``新葡京``).
_CORE_MIN = 2


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _extent(text: str, points: list[int], step: int, limit: int) -> int:
    """How many characters the copies share on one side of their points (``step`` -1: before, 1: after), on their
    lines."""
    n = 0
    while n < limit:
        chars = set()
        for p in points:
            k = p - n - 1 if step < 0 else p + n
            chars.add(text[k] if 0 <= k < len(text) else "\n")
            if len(chars) > 1:
                return n
        if chars == {"\n"}:
            return n
        n += 1
    return n


def _seeds(text: str, runs: list[tuple[int, int]]) -> dict[str, list[int]]:
    """Points of ad evidence, grouped by what stands there: hosts, contacts, decoration runs (by their text)."""
    seeds: dict[str, list[int]] = defaultdict(list)
    if "." in text:
        for m in _HOST_RE.finditer(text):
            if not is_official_host(m.group()) and not introduced(text, m.start()) and not _bracketed(text, *m.span()):
                # (``请登录www.abc.com查询``: the law's own site; ``在京东商城（jd.com）开设店铺``: its note on a name)
                seeds["h" + m.group()].append(m.start())
    for m in _CONTACT_RE.finditer(text):
        if not text.endswith(_CONTACT_INTRODUCERS, 0, m.start()):
            seeds["c" + m.group()].append(m.start())  # (``拨打电话12345678咨询``: the law's own hotline)
    for a, b in runs:
        seeds["d" + text[a:b]].append(a)
    return seeds


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` stands alone in a pair of brackets (the law's note: ``京东商城（jd.com）``).

    >>> _bracketed("京东商城（jd.com）开设", 5, 11), _bracketed("官网 jd88.vip开设", 3, 10)
    (True, False)
    """
    return 0 < start and end < len(text) and text[start - 1] in "（(" and text[end] in "）)"


#: The longest name a decoration dresses, read on each side of a run.
_NAME_MAX = 12


def _name_char(ch: str) -> bool:
    return _points(ch) < 0 and not ch.isspace() and ch not in _SENTENCE_MARKS


def _dressed_names(text: str, runs: list[tuple[int, int]]) -> set[str]:
    """Names that decoration runs dress at two places or more, the runs varying: what two runs' right sides start
    with alike, what two left sides end with alike, or what one right side starts with and one left side ends with
    (``(≧∇≦)ﾉ澳门威尼斯人营养…`` and ``…并澳门威尼斯人ヾ(≧▽≦*)o``)."""
    rights, lefts = [], []
    for a, b in runs[:_PLACES_MAX]:
        i = b + 1 if b < len(text) and text[b] == " " else b
        j = i
        while j < len(text) and j - i < _NAME_MAX and _name_char(text[j]):
            j += 1
        if j - i >= _CORE_MIN:
            rights.append(text[i:j])
        i = a - 1 if a > 0 and text[a - 1] == " " else a
        j = i
        while j > 0 and i - j < _NAME_MAX and _name_char(text[j - 1]):
            j -= 1
        if i - j >= _CORE_MIN:
            lefts.append(text[j:i])
    names: set[str] = set()
    for k, r in enumerate(rights):
        for r2 in rights[k + 1:]:
            n = 0
            while n < min(len(r), len(r2)) and r[n] == r2[n]:
                n += 1
            if n >= _CORE_MIN:
                names.add(r[:n])
    for k, left in enumerate(lefts):
        for l2 in lefts[k + 1:]:
            n = 0
            while n < min(len(left), len(l2)) and left[-1 - n] == l2[-1 - n]:
                n += 1
            if n >= _CORE_MIN:
                names.add(left[len(left) - n:])
    for r in rights:
        for left in lefts:
            for n in range(min(len(r), len(left)), _CORE_MIN - 1, -1):
                if r[:n] == left[-n:]:
                    names.add(r[:n])
                    break
    return names


def _evidence(text: str, start: int, end: int, runs_inside: int) -> int:
    """Ad evidence inside ``start:end``: 2 for a host, a contact or a decoration run, 1 for a price or a pitch word
    (each kind counted once)."""
    unit = text[start:end]
    score = 0
    if runs_inside:
        score += 2
    if "." in unit and any(not is_official_host(m.group()) for m in _HOST_RE.finditer(unit)):
        score += 2
    if _CONTACT_RE.search(unit):
        score += 2
    if _PRICE_RE.search(unit):
        score += 1
    if _PITCH_RE.search(unit):
        score += 1
    return score


def recurring_units(text: str) -> list[tuple[int, int]]:
    """The places of an ad the page repeats inside its sentences, with the decoration glued to each: ``(start, end)``.

    Real damage: ``h15_spam_vpn_ads`` (``…人员稳定翻墙梯子快连VPN，油管高清不卡，官网 sd31.cc依法…`` at two to four
    places), ``h15_spam_kaomoji_decor`` (``…应当(づ｡◕‿‿◕｡)づ皇冠体育官网ヾ(≧▽≦*)o在授权…``, its kaomoji varying).

    **Evidence**: the same string at two places or more, after different characters and before different ones, a
    Han character right before it and a Han character or a sentence's mark right after it at every place, the
    characters around it reading on as the law's pair without it at most places (and one at least); ad evidence
    inside it (a host, a trade's contact, a decoration run; or a price and a pitch word), or a short name put next to
    decoration runs at two places or more; a string of Han characters only is none of the law's words (no part of
    three characters written elsewhere on the page).

    >>> t = ("第一条 本市人员稳定翻墙梯子快连VPN，油管高清不卡，官网 sd31.cc依法履行职责。"
    ...      "第二条 有关部门稳定翻墙梯子快连VPN，油管高清不卡，官网 sd31.cc应当加强管理。")
    >>> [t[a:b] for a, b in recurring_units(t)]
    ['稳定翻墙梯子快连VPN，油管高清不卡，官网 sd31.cc', '稳定翻墙梯子快连VPN，油管高清不卡，官网 sd31.cc']
    >>> t = "第一条 依法(★ω★)星耀国际(✿◠‿◠)履行职责。第二条 有关(｀・ω・´)星耀国际部门应当加强管理。"
    >>> [t[a:b] for a, b in recurring_units(t)]
    ['(★ω★)星耀国际(✿◠‿◠)', '(｀・ω・´)星耀国际']

    A law's own repeated words and contacts stay:

    >>> recurring_units("第一条 使用虚拟专用网络的，应当备案。第二条 提供虚拟专用网络服务的单位，应当登记。")
    []
    >>> recurring_units("第一条 设立举报电话：12345，接受投诉。第二条 拨打举报电话：12345，反映问题。")
    []
    """
    runs = decoration_runs(text)
    if not runs and "." not in text and _CONTACT_RE.search(text) is None:
        return []
    run_starts = {a: b for a, b in runs}
    run_ends = {b: a for a, b in runs}
    candidates: list[tuple[list[tuple[int, int]], bool]] = []
    for points in _seeds(text, runs).values():
        points = sorted(set(points))
        if not _PLACES_MIN <= len(points) <= _PLACES_MAX:
            continue
        for copies in _copies(text, points):
            if len(copies) == 2:  # (two copies may share the law's characters by chance at an edge; more, hardly)
                copies = _law_edges_off(text, copies)
            if all(a < b for a, b in copies) and len({text[a:b] for a, b in copies}) == 1:
                candidates.append((copies, False))
    if runs:
        for name in _dressed_names(text, runs):
            copies = _occurrences(text, name)  # (the name's every place, dressed or not)
            if _PLACES_MIN <= len(copies) <= _PLACES_MAX:
                candidates.append((copies, True))
    out: set[tuple[int, int]] = set()
    taken: list[tuple[int, int]] = []
    # (the units that cover the most first, with their glued runs: a name's chance neighbour, ``银河娱乐的``, stands at
    # fewer places than the name, a frame that opens and closes an ad, ``⠛⠛小红书买粉56元一万⠛⠛``, covers less than the
    # ad, and two places of a dressed name that share their kaomoji less than the name at every place)
    placed = [(copies, dressed, [_with_glued_runs(text, a, b, run_starts, run_ends) for a, b in copies])
              for copies, dressed in candidates]
    for copies, dressed, units in sorted(placed, key=lambda c: (-sum(e - s for s, e in c[2]), c[0][0][0])):
        if any(s < e2 and s2 < e for s, e in units for s2, e2 in taken):
            continue
        runs_inside = sum(1 for a, b in runs if copies[0][0] <= a and b <= copies[0][1])
        evidence = _evidence(text, copies[0][0], copies[0][1], runs_inside)
        if not dressed and evidence < 2:
            continue
        if dressed and sum(u != c for u, c in zip(units, copies)) < 2:
            continue  # a name dressed at two places at least
        if not _inserted(text, units, apart=dressed, strong=evidence >= _STRONG, model=dressed) or (dressed or evidence < 3) and _law_words(text, copies):
            continue
        out.update(units)
        taken.extend(units)
    return sorted(out)


#: Ad evidence for which one place where the sentence reads on is enough (two kinds of a host, a contact, a
#: decoration; or one with a price and a pitch word).
_STRONG = 4
#: The most Han characters the copies may share by chance on one side (the law's ``部门`` before two places).
_CHANCE = 4


def _law_edges_off(text: str, copies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The copies without the law's characters they share by chance at their edges: the Han characters at an edge
    whose removal lets the sentence read on as the law's pair at more places (``等部门*~*~ 关键词排名…应当`` and
    ``相关部门*~*~ 关键词排名…应当``: ``部门`` is the law's, ``门应`` its pair).

    >>> t = "场监督管理等部门*~*~ 排名 *~*~应当实施。应当会同相关部门*~*~ 排名 *~*~建立制度。"
    >>> import re
    >>> [t[a:b] for a, b in _law_edges_off(t, [m.span() for m in re.finditer("部门[*~ 排名]+", t)])]
    ['*~*~ 排名 *~*~', '*~*~ 排名 *~*~']
    """
    a0, b0 = copies[0]
    string = text[a0:b0]
    lead = 0
    while lead < min(_CHANCE, len(string) - 1) and _is_han(string[lead]):
        lead += 1
    tail = 0
    while tail < min(_CHANCE, len(string) - 1 - lead) and _is_han(string[-1 - tail]):
        tail += 1
    if not lead and not tail:
        return copies
    pairs = law_bigrams()

    def joins(k: int, m: int) -> int:
        return sum(1 for a, b in copies if a + k > 0 and b - m < len(text) and _is_han(text[a + k - 1])
                   and text[a + k - 1] + text[b - m] in pairs)

    def framed(k: int, m: int) -> int:
        """Edges trimmed back to a non-Han character of the ad (a frame, a host) over two Han characters at most."""
        return (0 < k <= 2 and not _is_han(string[k])) + (0 < m <= 2 and not _is_han(string[-1 - m]))

    def continues(k: int, m: int) -> bool:
        """Whether the characters given back read on as the law's text with their outer neighbours (a Han character, a
        mark of its sentence; not a decoration's bracket) at every copy."""
        return all((not k or a > 0 and (text[a - 1] in _SENTENCE_MARKS or _is_han(text[a - 1])))
                   and (not m or b < len(text) and (text[b] in _SENTENCE_MARKS or _is_han(text[b])))
                   for a, b in copies)

    k, m = max(((k, m) for k in range(lead + 1) for m in range(tail + 1) if continues(k, m)),
               key=lambda km: (joins(*km), framed(*km), -km[0] - km[1]))
    return [(a + k, b - m) for a, b in copies]


def _copies(text: str, points: list[int]) -> list[list[tuple[int, int]]]:
    """The strings that copies of one seed share around it, as far as two of them agree (a seed may stand in two
    strings: a frame opening and closing the ad, ``⠛⠛…⠛⠛``; a host the law names too): each string's places.

    >>> t = "甲⠛⠛买粉⠛⠛乙。丙⠛⠛买粉⠛⠛丁。"
    >>> [[t[a:b] for a, b in c] for c in _copies(t, [1, 5, 10, 14])]
    [['⠛⠛', '⠛⠛', '⠛⠛', '⠛⠛'], ['⠛⠛买粉⠛⠛', '⠛⠛买粉⠛⠛']]
    """
    spans: set[tuple[int, int]] = set()
    for i, p in enumerate(points):
        for q in points[i + 1:]:
            left, right = _extent(text, [p, q], -1, _REACH), _extent(text, [p, q], 1, _REACH)
            spans.add((left, right))
    out: dict[str, list[tuple[int, int]]] = {}
    for left, right in spans:
        places: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for p in points:
            if p - left < 0 or p + right > len(text):
                continue
            a, b = _trimmed_unit(text, p - left, p + right)
            if a < b and b - a <= _LONGEST:
                places[text[a:b]].append((a, b))
        for string, copies in places.items():
            copies = sorted(set(copies))
            if len(copies) >= _PLACES_MIN and all(b1 <= a2 for (_, b1), (a2, _) in zip(copies, copies[1:])):
                out.setdefault(string, copies)
    return list(out.values())


def _occurrences(text: str, string: str) -> list[tuple[int, int]]:
    """Every place of ``string`` on the page (at most one more than :data:`_PLACES_MAX`)."""
    out = []
    at = text.find(string)
    while at >= 0 and len(out) <= _PLACES_MAX:
        out.append((at, at + len(string)))
        at = text.find(string, at + len(string))
    return out


def _trimmed_unit(text: str, start: int, end: int) -> tuple[int, int]:
    """The copy ``start:end`` without blanks and the law's marks at its edges."""
    while start < end and (text[start].isspace() or text[start] in _SENTENCE_MARKS):
        start += 1
    while start < end and (text[end - 1].isspace() or text[end - 1] in _SENTENCE_MARKS):
        end -= 1
    return start, end


def _with_glued_runs(text: str, start: int, end: int, run_starts: dict[int, int], run_ends: dict[int, int]) -> tuple[int, int]:
    """The copy ``start:end`` with the decoration runs glued to it (one blank between at most)."""
    for _ in range(3):
        before = start - 1 if start > 0 and text[start - 1] == " " else start
        if before in run_ends:
            start = run_ends[before]
            continue
        break
    for _ in range(3):
        after = end + 1 if end < len(text) and text[end] == " " else end
        if after in run_starts:
            end = run_starts[after]
            continue
        break
    return start, end


def _inserted(text: str, units: list[tuple[int, int]], *, apart: bool = True, strong: bool = False,
              model: bool = False) -> bool:
    """Whether the unit breaks the law's sentence at every place, after different characters and before different
    ones (``apart``: the copies of a seed, as far as they agree, stand apart by construction, also when the law's
    characters they shared by chance were given back), and the sentence reads on without it at most places (one at
    least; at one place for an ad of ``strong`` evidence, whose sentences may pair characters the law's pairs do not
    hold: ``多维✪闪银网贷秒批✪ 日息低至0.02% ✿ hy276.me度``); for such an ad and a dressed name (``model``), when the pairs
    do not say, the law's model reading every place far better without it."""
    if apart and (len({text[s - 1] for s, _ in units if s > 0}) < 2 or len({text[e] for _, e in units if e < len(text)}) < 2):
        return False
    pairs = law_bigrams()
    joined = 0
    han_pairs = 0
    for s, e in units:
        if s == 0 or e >= len(text):
            return False
        before, after = text[s - 1], text[e]
        if not _is_han(before) or not (_is_han(after) or after in _SENTENCE_MARKS):
            return False
        if _is_han(after):
            han_pairs += 1
            joined += before + after in pairs
    if han_pairs and joined and (strong or 2 * joined >= han_pairs):
        return True
    return (strong or model) and han_pairs > 0 and _model_prefers_without(text, units)


#: How much better (natural log, per character) the law's model must read every place without an ad of strong
#: evidence when the law's pairs do not say (an ad scores 7.1 to 8.8 on the family's pages; a law's own sentence
#: with a host and a contact, ``可以登录www.abc.com或拨打电话12345678咨询有关事项``, 6.1).
_LEAST_GAIN = 6.5
_CONTEXT = 8


def _model_prefers_without(text: str, units: list[tuple[int, int]]) -> bool:
    """Whether the law's model reads every place far better without the unit (loaded only for a page whose ad of
    strong evidence passed every other test: no plain page loads it)."""
    from corpus_tools.language_model import deletion_gain, shipped

    lm = shipped().forward
    for a, b in units:
        read = deletion_gain(lm, text, a, b, _CONTEXT)
        if read is None or read[2] < _LEAST_GAIN:
            return False
    return True


def _law_words(text: str, copies: list[tuple[int, int]]) -> bool:
    """Whether the copies hold the law's own words: a part of three Han characters of the string that the page writes
    outside its copies too (``虚拟专用网络``)."""
    start, end = copies[0]
    string = text[start:end]
    spans = sorted(copies)
    for k in range(len(string) - 2):
        part = string[k:k + 3]
        if not all(_is_han(ch) for ch in part):
            continue
        at = text.find(part)
        while at >= 0:
            if not any(s <= at and at + 3 <= e for s, e in spans):
                return True
            at = text.find(part, at + 1)
    return False
