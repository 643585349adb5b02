"""Spam brands dressed in a decoration, and the remnants a cut brand leaves.

Real damage (issue 15, "Spam"): spam sites dress their brand in brackets and symbols
(``「」`` ``【】`` ``〖〗`` ``『』`` ``［］`` ``≮≯`` ``★…★``) and push the dressed unit into
the law's sentence, replacing nothing (``不得规划殡〖金沙棋牌app下载〗仪馆``); the
brackets and the brand are one unit: cutting the brand alone leaves the law with
``「」`` or with the unit's tail (``「」真人``).  A site's filter or an earlier cut can
also leave that remnant on the page itself.

This module finds both on a page:

* :func:`decorated_brands`: a decoration, inside a sentence (a Han character right
  before it and right after it: the law's grammar breaks there), holding a brand
  recognised by what it is: a short name and the trade's vocabulary (a game or bet
  category, a betting site's words, its Latin name, its host), never a quoted term of
  the law (``「体育彩票」``, ``【临床试验】``, ``〔2009〕``);
* :func:`decoration_remnants`: an empty decoration glued to the trade's vocabulary
  inside a sentence (``不得「」真人隋唐``).

Both are insertions (the spam rule removes them, no gap): a decorated brand that
replaced a word is an anchor of :mod:`corpus_tools.clean.spam` already, and the
rule keeps the anchor's gap.  Every scan is linear: one pass over the openers, each
decoration at most :data:`MAX_INNER` characters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from corpus_tools.clean.brands import (
    alternation,
    CATEGORY_WORDS, LAW_SHARED_SITE_WORDS, STRONG_SUFFIX_WORDS, WEAK_SUFFIX_WORDS, _STATE_LOTTERY, host_of, host_points,
    is_brand_latin, is_official_host,
)
from corpus_tools.clean.cited_spans import introduced
from corpus_tools.clean.spam_recurring import trade_shaped
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import HAN_CHAR


_alternation = alternation  # (one order run to run: the pattern cache finds the sources again)


#: Brackets a spam site dresses a brand in (opener -> closer).  ``《》`` (a title) and the round
#: brackets (a law's own asides) are not among them.
DECORATION_PAIRS: dict[str, str] = {
    "「": "」", "【": "】", "〖": "〗", "『": "』", "［": "］", "[": "]", "〔": "〕", "〈": "〉", "≮": "≯", "«": "»", "‹": "›",
}
#: Symbols written on both sides of a brand (``★金沙棋牌★``).
SYMMETRIC_DECORATIONS = "☆★◆◇※♥♡❤✿❀♪●○■□◎▲△▼▽♠♣♦"
#: The longest content of a decoration that may be a brand unit.
MAX_INNER = 40

_SITE_APP_WORDS = ("客户端", "APP", "App", "app", "官网", "官方网站", "手机版", "网页版")

_SEP = r"[ _\-·|丨＿－｜・•~～/—.]"
_LATIN = r"[A-Za-z][A-Za-z0-9]{0,30}"
_HOST = r"(?:https?://)?(?:[A-Za-z0-9][A-Za-z0-9\-]{0,40}\.){1,4}[A-Za-z]{2,8}(?![A-Za-z0-9])/?"
_VERSION = r"[vV]\d{1,2}(?:\.\d{1,3}){0,2}"
#: What a brand unit is made of after its name: the trade's vocabulary, Latin names, hosts,
#: versions, digits, separators.  A bracketed Latin name ``(jch88)`` too.
_BODY_TOKEN = (
    rf"(?P<host>{_HOST})|(?P<version>{_VERSION})"
    rf"|(?P<word>{_alternation(set(CATEGORY_WORDS) | set(STRONG_SUFFIX_WORDS) | set(WEAK_SUFFIX_WORDS) | set(_SITE_APP_WORDS))})"
    rf"|(?P<latin>{_LATIN})|(?P<paren>[(（][A-Za-z][A-Za-z0-9]{{0,20}}[)）])|(?P<digits>\d{{1,6}})|(?P<sep>{_SEP})"
)
_BODY_TOKEN_RE = lazy_regex(_BODY_TOKEN)
#: A brand's name before its vocabulary: a few Han characters (maybe with digits: ``豪利777``).
_NAME_RE = lazy_regex(r"\p{Han}{1,6}\d{0,4}")
_CATEGORY_APP_RE = lazy_re(rf"(?:{_alternation(CATEGORY_WORDS)})(?:{_alternation(_SITE_APP_WORDS)})")
_STRONG_WORDS = frozenset(STRONG_SUFFIX_WORDS) - LAW_SHARED_SITE_WORDS
_CATEGORIES = frozenset(CATEGORY_WORDS)
#: Openers of the decorations: the gate of both scans.
_OPENER_RE = lazy_re("[" + re.escape("".join(DECORATION_PAIRS) + SYMMETRIC_DECORATIONS) + "]")
#: An empty decoration (every remnant holds one): part of the spam rule's residual hint.
EMPTY_DECORATION = "|".join(re.escape(o + DECORATION_PAIRS.get(o, o)) for o in (*DECORATION_PAIRS, *SYMMETRIC_DECORATIONS))


@lru_cache(maxsize=1)
def _betting_words():
    """Words only betting and lottery sites write (:data:`corpus_tools.clean.spam.GAMBLING_WORDS`)."""
    from corpus_tools.clean.spam import GAMBLING_WORDS

    return lazy_re(_alternation(GAMBLING_WORDS))


@lru_cache(maxsize=1)
def _remnant_re():
    """The trade's words a cut brand leaves: categories, betting sites' words, betting words (no 电子, 体育)."""
    from corpus_tools.clean.spam import GAMBLING_WORDS

    words = (set(CATEGORY_WORDS) | _STRONG_WORDS | set(GAMBLING_WORDS)) - {"电子", "体育"}
    return lazy_regex(rf"(?:{_alternation(words)})+")


def _body_tokens(inner: str, start: int) -> list[tuple[str, str]] | None:
    """The tokens of ``inner[start:]`` if they cover it whole (else ``None``)."""
    out: list[tuple[str, str]] = []
    pos = start
    while pos < len(inner):
        m = _BODY_TOKEN_RE.match(inner, pos)
        if m is None or m.end() == pos:
            return None
        out.append((m.lastgroup, m.group()))
        pos = m.end()
    return out


def is_brand_unit(inner: str) -> bool:
    """Whether the content of a decoration is a spam brand unit: a name (Han characters, a
    brand-like Latin name or a host), then only the trade's vocabulary, with one piece of
    evidence a law never writes beside a name: a betting site's word (官网, app下载, 登录入口),
    a word only betting sites write (时时彩, 体育投注, 娱乐城), a game category with the
    site's app (棋牌客户端), a brand-like Latin name (``jch88``, ``hongfa``), a version,
    a spam host (:func:`_evidence`).  A quoted term of the law is vocabulary without a name (``体育彩票``,
    ``官方网站``), a state lottery's site (``中国福利彩票官方网站``), or no vocabulary at all.

    >>> [is_brand_unit(s) for s in ("金沙城棋牌app下载", "鼎泰体育_dingtai", "利源彩票dy99.top", "天胜时时彩")]
    [True, True, True, True]
    >>> [is_brand_unit(s) for s in ("体育彩票", "官方网站", "中国福利彩票官方网站", "临床试验", "2009", "功能主治", "穗好办APP")]
    [False, False, False, False, False, False, False]
    >>> is_brand_unit("学习强国APP下载"), is_brand_unit("拼音(pinyin)")  # a government app; a gloss
    (False, False)
    """
    if not inner or len(inner) > MAX_INNER or "\n" in inner:
        return False
    name = _NAME_RE.match(inner)
    starts = [name.end(), *range(name.end() - 1, name.start(), -1)] if name else [0]
    for body_start in starts:  # the longest name first (the vocabulary a name may hold: 天胜娱乐 + 城)
        tokens = _body_tokens(inner, body_start)
        if tokens is not None and any(kind != "sep" for kind, _ in tokens) and _evidence(inner, body_start, tokens):
            return True
    return False


def _evidence(inner: str, body_start: int, tokens: list[tuple[str, str]]) -> bool:
    """Whether a name and its tokens sell betting: a name of its own (a spam host, a version, a
    brand-like Latin name with digits, or one of letters beside a site's or the trade's word:
    ``拼音(pinyin)`` alone is a gloss); or, after a Han name, the trade's words: a game or bet
    category with a betting site's word, or a word only betting sites write.  A site's words
    alone name an app a law may name too (``【学习强国APP下载】``)."""
    own_name = letters_name = category = site_word = False
    for kind, tok in tokens:
        if kind == "host":
            host = host_of(tok)
            if is_official_host(host):
                return False
            own_name = own_name or host_points(tok) >= 1 or is_brand_latin(host.split(".")[-2] if "." in host else host)
        elif kind in ("latin", "paren") and is_brand_latin(tok.strip("(（)）")):
            if any(c.isdigit() for c in tok):
                own_name = True
            else:
                letters_name = True
        elif kind == "version":
            own_name = True
        elif kind == "word":
            category = category or tok in _CATEGORIES
            site_word = site_word or tok in _STRONG_WORDS or tok in _SITE_APP_WORDS
    own_name = own_name or (letters_name and (category or site_word))
    trade = body_start > 0 and ((category and site_word) or _betting_words().search(inner) is not None)
    if _STATE_LOTTERY.search(inner) and not own_name:
        return False  # 中国体育彩票官方网站: the state lottery's own site, a law names it
    return own_name or trade


def _in_sentence(text: str, start: int, end: int) -> bool:
    """A Han character right before ``start`` and right after ``end``: the unit breaks a sentence."""
    return start > 0 and end < len(text) and HAN_CHAR.match(text, start - 1) is not None and HAN_CHAR.match(text, end) is not None


def _closer_at(text: str, at: int) -> int:
    """Where the decoration opened at ``at`` closes (index of the closer), or -1."""
    opener = text[at]
    closer = DECORATION_PAIRS.get(opener, opener)
    limit = min(len(text), at + 2 + MAX_INNER)
    for i in range(at + 1, limit):
        c = text[i]
        if c == closer:
            return i
        if c == "\n" or (c in DECORATION_PAIRS and c != opener):
            return -1
    return -1


def filled_decoration(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of a spam unit widened over the decoration it fills exactly (``「新濠天地电子APP」``),
    or over the empty decoration it is glued to (``【】娱乐官网``: the remnant of its brackets), else as given.

    >>> t = "危害遗址本体、「新濠天地电子APP」遗址风貌，加强管理【】娱乐官网，依法"
    >>> t[slice(*filled_decoration(t, t.index("新"), t.index("」")))], t[slice(*filled_decoration(t, t.index("娱"), t.index("，依")))]
    ('「新濠天地电子APP」', '【】娱乐官网')

    A unit whose decoration opens right before it and closes a few word characters after it (its pattern
    stopped short of the brand's tail: the noise benchmark's spam_blind_brackets left ``予以公[室手机端]布``):

    >>> t = "予以公[财神到棋牌室手机端]布，设立【体育彩票】专区"
    >>> t[slice(*filled_decoration(t, t.index("财"), t.index("室")))]
    '[财神到棋牌室手机端]'
    """
    if 0 < start and end < len(text) and DECORATION_PAIRS.get(text[start - 1], text[start - 1]) == text[end] \
            and (text[end] in SYMMETRIC_DECORATIONS or text[start - 1] in DECORATION_PAIRS):
        return start - 1, end + 1
    if 0 < start and (text[start - 1] in DECORATION_PAIRS or text[start - 1] in SYMMETRIC_DECORATIONS):
        closer = _TAIL_TO_CLOSER.match(text, end)
        if closer is not None and closer.group()[-1] == DECORATION_PAIRS.get(text[start - 1], text[start - 1]):
            return start - 1, closer.end()  # the unit's tail its pattern left inside (【财神到棋牌 + 室手机端】)
    if start >= 2 and _is_empty_decoration(text, start - 2):
        return start - 2, end  # the brackets it was cut from: 【】 + 娱乐官网
    if end + 2 <= len(text) and _is_empty_decoration(text, end):
        return start, end + 2
    return start, end


#: Up to six word characters and the closer after them (no mark, no blank between: one unit's tail).
_TAIL_TO_CLOSER = lazy_regex(r"[\p{Han}A-Za-z0-9.]{1,6}[」】〗』］\]〕〉≯»›☆★◆◇※♥♡❤✿❀♪●○■□◎▲△▼▽♠♣♦]")


def _is_empty_decoration(text: str, at: int) -> bool:
    opener = text[at]
    return (opener in DECORATION_PAIRS or opener in SYMMETRIC_DECORATIONS) and text[at + 1] == DECORATION_PAIRS.get(opener, opener)


def decorated_brands(text: str) -> list[tuple[int, int]]:
    """Decorations holding a spam brand unit inserted into a sentence: ``(start, end)`` with the decoration.

    >>> t = "不得规划殡〖金沙城棋牌app下载〗仪馆，由「环境部」管理，除「非法」二字，依照〔2009〕第1号"
    >>> [t[a:b] for a, b in decorated_brands(t)]
    ['〖金沙城棋牌app下载〗']
    >>> t = "加强★鼎泰体育dt668.cc★管理，说明书【临床试验】项，在中国「体育彩票官方网站」公布"
    >>> [t[a:b] for a, b in decorated_brands(t)]
    ['★鼎泰体育dt668.cc★']
    """
    if _OPENER_RE.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    cursor = 0
    for m in _OPENER_RE.finditer(text):
        at = m.start()
        if at < cursor or at == 0 or HAN_CHAR.match(text, at - 1) is None:
            continue
        close = _closer_at(text, at)
        if close < 0:
            continue
        cursor = close  # (a symmetric decoration's closer may open the next one)
        if _in_sentence(text, at, close + 1) and (is_brand_unit(text[at + 1:close]) or _trade_cutting_word(text, at, close + 1)):
            out.append((at, close + 1))
            cursor = close + 1
    return out


_GAME_RE = lazy_re(_alternation(CATEGORY_WORDS))
#: Openers that quote (a title inside a title, a term): what they hold is the law's, wherever they stand.
_QUOTING_OPENERS = "「『〈«‹"
#: The openers :func:`_trade_cutting_word` reads (the residual scan's hint, :mod:`corpus_tools.clean.spam`).
DECORATION_OPENERS_OF_CUTS = "".join(o for o in list(DECORATION_PAIRS) + list(SYMMETRIC_DECORATIONS) if o not in _QUOTING_OPENERS)


def _trade_cutting_word(text: str, start: int, end: int) -> bool:
    """Whether the decoration ``text[start:end]`` names the trade and cuts a word of the law in two: the characters on
    its two sides read as one word (``符〖天运娱乐城平台注册〗合``: 符合; ``经≮龙腾阁棋牌室平台注册≯费``: 经费), the one
    before it does not read on into its content, and the content holds a name that reads as no law's words and a word
    of games and bets (a brand of no list, in site words no list holds).  A law quotes a term between words (``在中国「体育彩票官方网站」公布``,
    ``说明书【临床试验】项``), never inside one; and a state lottery's name is the law's.

    >>> t = "应当符〖天运娱乐城平台注册〗合城市容貌标准，纳管设★天运电玩城手机端★备、阀门"
    >>> _trade_cutting_word(t, 3, t.index("合")), _trade_cutting_word(t, t.index("★"), t.index("备"))
    (True, True)
    >>> t = "在中国「体育彩票官方网站」公布，说明书【临床试验】项，设立【体育彩票】专区"
    >>> [_trade_cutting_word(t, t.index(o), t.index(c) + 1) for o, c in (("「", "」"), ("【", "】"), ("【体", "】专"))]
    [False, False, False]
    >>> t = "关于修改〈上海市市民体育健身条例〉的决定"  # (DLC: a title inside a title)
    >>> _trade_cutting_word(t, 4, t.index("的"))
    False
    >>> t = "严厉打击★跨境赌博★活动，依法查处★澳门赌场★招赌行为。"  # (a law's words starred: the name reads as law's)
    >>> _trade_cutting_word(t, 4, t.index("活")), _trade_cutting_word(t, t.index("★澳"), t.index("招"))
    (False, False)
    """
    from corpus_tools.clean.evidence import reads_as_law_words, reads_as_words

    if text[start] in _QUOTING_OPENERS:
        return False  # a title or a quotation (``《关于修改〈上海市市民体育健身条例〉的决定》``)
    inner = text[start + 1 : end - 1]
    game = _GAME_RE.search(inner)
    if game is None or game.start() < 2 or not HAN_CHAR.match(inner) or _STATE_LOTTERY.search(inner):
        return False
    if reads_as_law_words(inner[: game.start()][-4:]):
        return False  # a law's word starred or bracketed (``打击★跨境赌博★活动``, ``查处★澳门赌场★招赌``): its name is the law's
    before, after = text[start - 1], text[end]
    return reads_as_words(before + after) and not reads_as_words(before + inner[0])




def decoration_remnants(text: str) -> list[tuple[int, int]]:
    """An empty decoration with the trade's words glued to it, inside a sentence: what is left
    when a brand is cut out of its decoration (``不得「」真人隋唐``, ``规划【】娱乐城官网殡仪馆``).
    An empty decoration alone is a form's blank (``无[]号``) and stays; so do the words
    ``电子`` and ``体育``, which a law writes after anything.

    >>> t = "不得「」真人隋唐遗址，规划【】娱乐城官网殡仪馆，无[]号，「」电子政务，不得「」jch88破坏，不得【】_真人破坏"
    >>> [t[a:b] for a, b in decoration_remnants(t)]
    ['「」真人', '【】娱乐城官网', '「」jch88', '【】_真人']
    """
    if _OPENER_RE.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    for m in _OPENER_RE.finditer(text):
        at = m.start()
        if at + 1 >= len(text) or text[at + 1] != DECORATION_PAIRS.get(text[at], text[at]):
            continue
        after = _remnant_after(text, at + 2)
        if after > at + 2 and _in_sentence(text, at, after):
            out.append((at, after))
            continue
        line_start = text.rfind("\n", 0, at) + 1
        before = _remnant_before(text, max(line_start, at - 12), at)
        if before is not None and _in_sentence(text, before, at + 2):
            out.append((before, at + 2))
    return out


def _remnant_after(text: str, at: int) -> int:
    """Where the tail of a cut brand starting at ``at`` ends (``at`` for none): separators, the
    trade's words (:func:`_remnant_re`), a brand-like Latin name, a host, a version, digits; never
    ending on a separator, and holding a word or a name."""
    end = pos = at
    limit = min(len(text), at + MAX_INNER)
    while pos < limit:
        words = _remnant_re().match(text, pos, limit)
        if words is not None:
            end = pos = words.end()
            continue
        m = _BODY_TOKEN_RE.match(text, pos, limit)
        if m is None or m.lastgroup == "word":
            break
        if m.lastgroup == "sep":
            pos = m.end()
            continue
        tok = m.group()
        if m.lastgroup in ("latin", "paren") and not is_brand_latin(tok.strip("(（)）")):
            break
        if m.lastgroup == "host" and (is_official_host(host_of(tok)) or host_points(tok) < 1 and not is_brand_latin(host_of(tok).split(".")[-2])):
            break
        end = pos = m.end()
    return end


def _remnant_before(text: str, lo: int, at: int) -> int | None:
    """Where a run of the trade's words ending at ``at`` starts (the longest), or ``None``."""
    best = None
    for start in range(at - 1, lo - 1, -1):
        m = _remnant_re().fullmatch(text, start, at)
        if m is not None:
            best = start
    return best


#: Quotation marks a law writes a name in (the decorations' brackets and the curly quotes).
_NAME_QUOTES: dict[str, str] = {**DECORATION_PAIRS, "“": "”", "‘": "’", "\"": "\""}
#: Words whose object a law names (``不得为【X】…``, ``通过「X」网站``, ``查处“X”``, ``注册商标“X”``).
_NAMING_VERBS = ("为", "在", "通过", "查处", "禁止", "传播", "利用", "注册商标", "名为", "称为", "冒用", "假冒", "登录", "访问",
                 "发布", "发布的", "宣传", "张贴", "含有")  # (发布的“金沙娱乐官网”广告: a law describing spam, session 14)
#: Words after which a quoted word can only be a name (``注册商标“万博体育”受法律保护``).
_NAMING_WORDS = ("注册商标", "商标", "名为", "称为", "名称为", "冒用", "假冒")
#: Words a named site's address follows in parentheses (``网站（www.hg0088.com）``).
_ADDRESS_HEADS = ("网站", "网址", "域名", "平台")
#: A site's host written into a quoted name (``【盈丰国际yfgj.com】``: the noise benchmark's spam_replace_decorated).
_HOST_IN_NAME_RE = lazy_re(r"[A-Za-z0-9\-]+\.[A-Za-z]{2,6}\b")
#: What a named object is called right after its name (``通过「皇冠体育」网站``); a brand pushed into a
#: sentence is followed by the law's own words instead (``为「新濠天地（xhtd）手机版」在园儿童提供伙食``).
_NAMED_KINDS = ("网站", "网址", "平台", "网", "App", "APP", "app", "客户端", "公司", "集团", "商标", "品牌", "赌场", "赌博",
                "信息", "账号", "账户", "广告", "标识", "字样", "链接", "、", "，", "。", "；")
_LIST_GAP = " \u3000、，,"
_UNIT_MAX = 24  # a quoted name's length at most (the scans stay linear)


def _quoted_unit_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quoted unit ``start:end`` fills (its quotation marks included), or the words a law
    quotes in curly quotation marks around it (``发布“推荐访问某某娱乐官网”等信息``: a law quoting
    spam as its example; review 13 found ``娱乐官网`` cut out of it), or None.

    >>> t = "发布“推荐访问某某娱乐官网”等信息"
    >>> _quoted_unit_around(t, t.index("娱"), t.index("”")), _quoted_unit_around("「金沙」", 1, 3)
    ((2, 14), (0, 4))
    """
    if end - start >= 2 and _NAME_QUOTES.get(text[start]) == text[end - 1]:
        return start, end
    if start > 0 and end < len(text) and _NAME_QUOTES.get(text[start - 1]) == text[end]:
        return start - 1, end + 1
    opener = -1
    for p in range(start - 1, max(-1, start - 1 - _UNIT_MAX), -1):  # (bounded: the scans stay linear)
        if text[p] in _CURLY_QUOTES or text[p] in _CURLY_CLOSERS or text[p] == "\n":
            opener = p if text[p] in _CURLY_QUOTES else -1
            break
    if opener < 0:
        return None
    closer = _CURLY_QUOTES[text[opener]]
    for p in range(end, min(len(text), end + _UNIT_MAX)):
        if text[p] == closer:
            return opener, p + 1
        if text[p] in _CURLY_QUOTES or text[p] == "\n":
            return None
    return None


#: The quotation marks a law quotes words in (a spam site dresses brands in brackets, not in these).
_CURLY_QUOTES = {"“": "”", "‘": "’"}
_CURLY_CLOSERS = frozenset(_CURLY_QUOTES.values())


def _unit_ending_at(text: str, at: int) -> int | None:
    """The start of a quoted unit that closes right before ``at``, or None."""
    if at <= 0:
        return None
    closer = text[at - 1]
    for p in range(at - 2, max(-1, at - 2 - _UNIT_MAX), -1):
        if text[p] == "\n":
            return None
        if _NAME_QUOTES.get(text[p]) == closer and p < at - 2:
            return p
    return None


def _unit_starting_at(text: str, at: int) -> int | None:
    """The end of a quoted unit that opens at ``at``, or None."""
    closer = _NAME_QUOTES.get(text[at]) if at < len(text) else None
    if closer is None:
        return None
    p = text.find(closer, at + 1, min(len(text), at + 2 + _UNIT_MAX))
    return p + 1 if p > at + 1 and "\n" not in text[at:p] else None


def named_by_law(text: str, start: int, end: int, is_brand) -> str | None:
    """Why a brand ``start:end`` that a law's own grammar governs is content (the law names a
    gambling site or a trade mark), or None.

    Real damage undone (review R13-F9/F8): ``不得为【澳门银河app】等境外赌博平台`` lost the name
    (``不得为等境外赌博平台``), ``在「金沙娱乐」「威尼斯人」「太阳城」等赌博网站`` lost the middle one,
    ``注册商标“茅台Moutai”“五粮液Wuliangye”“青岛Tsingtao”`` left ``“”``, ``网站（www.hg0088.com）`` left
    ``（）``.  A quoted name is governed when ``等`` follows its list, when the list holds another
    quoted name that is no brand (``is_brand(start, end)`` tells), or when a naming verb
    (``为``, ``在``, ``通过``, ``查处``, ``注册商标``…) takes it as object and a word naming what it is follows (``网站``, ``平台``…); a bare address in
    parentheses right after ``网站``/``网址``.  Spam that replaced a word breaks the grammar
    instead (``危害遗址本体、「澳门银河」遗址历史风貌``: no 等, no other name, no verb).

    >>> no = lambda s, e: False
    >>> named_by_law("不得为【澳门银河app】等境外赌博平台", 3, 12, no)
    'a list closed by 等'
    >>> t = "注册商标“茅台Moutai”“五粮液Wuliangye”受保护"
    >>> named_by_law(t, t.index("五"), t.index("e”") + 1, no)
    'a list of names'
    >>> t = "通过「皇冠体育」网站（www.hg0088.com）组织"
    >>> named_by_law(t, t.index("w"), t.index("）"), no)
    'the address of a named site'
    >>> named_by_law("危害遗址本体、「澳门银河」遗址历史风貌", 7, 13, no) is None
    True
    >>> named_by_law("依法对集体财产管理和【盈丰国际yfgj.com】等进行监督", 10, 25, no) is None
    True
    >>> named_by_law("学前教育机构为「新濠天地（xhtd）手机版」在园儿童提供伙食的", 8, 21, no) is None
    True
    """
    unit = _quoted_unit_around(text, start, end)
    if unit is not None and _HOST_IN_NAME_RE.search(text, unit[0], unit[1]):
        return None  # a name dressed with its site's host is an advertisement (``【盈丰国际yfgj.com】等``)
    if unit is None:
        if (start > 0 and end < len(text) and text[start - 1] in "（(" and text[end] in "）)"
                and text[max(0, start - 3):start - 1] in _ADDRESS_HEADS):
            return "the address of a named site"
        return governed_address(text, start, end)
    units = [unit]
    at = unit[0]
    while len(units) < 12:  # the quoted names before it in the same list
        p = at
        while p > 0 and text[p - 1] in _LIST_GAP and at - p < 2:
            p -= 1
        s = _unit_ending_at(text, p)
        if s is None:
            break
        units.insert(0, (s, p))
        at = s
    first = units[0][0]
    at = unit[1]
    while len(units) < 24:  # and after it
        p = at
        while p < len(text) and text[p] in _LIST_GAP and p - at < 2:
            p += 1
        e = _unit_starting_at(text, p)
        if e is None:
            break
        units.append((p, e))
        at = e
    last = units[-1][1]
    if text.startswith("等", last):
        return "a list closed by 等"
    if any(not is_brand(s + 1, e - 1) for s, e in units if (s, e) != unit):
        return "a list of names"
    before = text[max(0, first - 4):first]
    if before.endswith(_NAMING_WORDS) or (before.endswith(_NAMING_VERBS) and text.startswith(_NAMED_KINDS, last)):
        return "the object of a naming verb"
    return None


#: A bare address (a link's opening, a host and its ending), maybe after a site word of the sentence (``网站``).
_BARE_ADDRESS_RE = lazy_re(r"(?:网站|网址|域名)?(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww]{3}\.)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/?")
#: Verbs of running or entering a site: before a possessor's ``的`` and its address (``登陆被告人…的<address>``).
_SITE_VERBS = ("建立", "建立了", "开设", "开设了", "设立", "创建", "创建了", "搭建", "搭建了", "运营", "经营", "登录", "登陆")
#: Words that take an address as their object (the site a judgment is about, a page's own address).
_ADDRESS_VERBS = _SITE_VERBS + ("访问", "网址为", "网址是", "域名为", "域名是", "名为", "网站", "网址", "域名")
#: How many addresses of one list are read on either side of one.
_ADDRESS_LIST_ITEMS = 12
#: What may stand between two addresses of one list.
_ADDRESS_LIST_GAP = "、，,和及与或"
#: A site noun a few Han characters after an address (or its list): the address names that site
#: (``www.webstress.com或www.webstresser.com在线攻击网站``, field test 23 F23-A1).
_SITE_AFTER_RE = lazy_re(r"[\u4e00-\u9fff]{0,6}?(?:网站|网页|平台)")


def governed_address(text: str, start: int, end: int) -> str | None:
    """Why a bare address ``text[start:end]`` is the law's (a judgment names the sites a case is about, a page gives
    its own address), or None: a verb or a site word takes it (or the list of addresses it stands in) as object
    (``建立WWW.27bY.COM、WWW.UD99.COM视频聊天网站``, ``在原有网站WWW.27bY.COM的基础上``), or ``等`` closes that list.
    Spam put into a sentence breaks the grammar instead (``第四www.bet365.com条``).

    Real damage undone (field test 22, ``anli-xingcan``): a court's judgment on gambling and video-chat sites lost
    the sites' addresses, the facts of the case.

    >>> t = "于11月建立WWW.27bY.COM、WWW.UD99.COM视频聊天网站，在原有网站WWW.27bY.COM的基础上，又建立了WWW.10VE65.COM、WWW.10VE31.COM等网站"
    >>> [governed_address(t, t.index(h), t.index(h) + len(h)) for h in ("WWW.UD99.COM", "网站WWW.27bY.COM", "WWW.10VE31.COM")]
    ['the object of a verb', 'the object of a verb', 'the object of a verb']
    >>> governed_address("第四www.bet365.com条 为了规范", 2, 16) is None, governed_address("依法平www.gs197.games等对待", 3, 18) is None
    (True, True)

    Field test 23 (F23-A1, a judgment on DDoS services): the sites after the defendant's ``的``, one of a pair joined
    by ``或``, named by the site noun after them, stay:

    >>> t = "登陆被告人盛焱山的www.webstress.com或www.webstresser.com在线攻击网站或者服务器IP。"
    >>> [governed_address(t, t.index(h), t.index(h) + len(h)) for h in ("www.webstress.com", "www.webstresser.com")]
    ['the name of the site the sentence speaks of', 'the name of the site the sentence speaks of']
    >>> governed_address("应当完善www.bet365.com信息平台", 4, 18) is None  # a site noun alone: no holder before
    True
    """
    if not _BARE_ADDRESS_RE.fullmatch(text, start, end):
        return None
    if text.startswith(("网站", "网址", "域名"), start):
        return "the object of a verb"
    first = start
    for _ in range(_ADDRESS_LIST_ITEMS):  # (to the list's first address; a list is short: the scan stays linear)
        p = first
        while p > 0 and text[p - 1] in _ADDRESS_LIST_GAP and first - p < 1:
            p -= 1
        if p == first:
            break
        prev = _ADDRESS_ENDING_RE.search(text, max(0, p - 64), p)
        if prev is None or prev.end() != p:
            break
        first = prev.start()
    if text[max(0, first - 4):first].endswith(_ADDRESS_VERBS):
        return "the object of a verb"
    last = end
    for _ in range(_ADDRESS_LIST_ITEMS):  # (to the list's last address)
        p = last
        while p < len(text) and text[p] in _ADDRESS_LIST_GAP and p - last < 1:
            p += 1
        nxt = _BARE_ADDRESS_RE.match(text, p) if p > last else None
        if nxt is None:
            break
        last = nxt.end()
    if text.startswith("等", last) and (first < start or last > end):
        return "a list closed by 等"  # (a list of two addresses or more: one before ``等`` may be spam put before it)
    if _SITE_AFTER_RE.match(text, last) and (text[first - 1:first] == "的"
                                              or any(v in text[max(0, first - 12):first] for v in _SITE_VERBS)):
        return "the name of the site the sentence speaks of"  # (``…的<address>在线攻击网站``, ``登陆被告人…的<address>``)
    return None


#: A bare address ending at the place it is searched up to (the list item before another).
_ADDRESS_ENDING_RE = lazy_re(r"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww]{3}\.)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+/?$")


# --------------------------------------------------------------------------- any bracket, a mixed-script name

#: Brackets that hold a name with its gloss or a quoted name in a law (asides, titles, quotations, the brand a law
#: names: ``不得为【澳门银河app】等境外赌博平台``): a Han name and a Latin one glued inside them may be the law's
#: (``“微信pay”``); never read as a decoration here.
_LAW_BRACKETS = frozenset("（(《“‘「『〈【")
#: Square and curly brackets a page writes itself (Markdown links, editors' notes: ``[附件Word]``, review 17 F4).
_PAGE_BRACKETS = frozenset("[{［｛")
#: A name of the trade's shape inside a bracket of any kind: a Han name, maybe a separator, then a Latin name
#: (letters, then maybe digits, a version or a domain ending): ``蓝鲸城番摊=bluewhale``, ``天使之翼angelwing.site``,
#: ``九龙湾赛狗ninedragonv3.6``.  Which words the name holds is not asked: the shape is the evidence.
_MIXED_NAME_RE = lazy_regex(
    r"\p{Han}{2,10}[=→丨~＋+·/_|\-～]?[A-Za-z]{3,20}\d{0,4}(?:[vV]\d{1,2}(?:\.\d{1,2}){1,2}|\.[a-z]{2,6})?(?=\p{Pe}|>>)"
)
#: Any opening bracket but a law's own (set difference: a page's many ``（`` are skipped at the scan's speed).
_ANY_OPENER_RE = lazy_re("<<|[" + re.escape("".join(
    c for c in map(chr, range(0x20, 0x10000)) if unicodedata.category(c) == "Ps" and c not in "（(《“‘「『〈【")) + "]")


def _any_closer(opener: str) -> str | None:
    """The closing bracket of an opening one (Unicode pairs sit side by side, ``｛｝`` one apart), or ``None``."""
    if opener == "<<":
        return ">>"
    for step in (1, 2):
        c = chr(ord(opener) + step)
        if unicodedata.category(c) == "Pe":
            return c
    return None


def bracketed_mixed_names(text: str) -> list[tuple[int, int]]:
    """Brackets of any kind a law does not write itself, inside a sentence, holding exactly a Han name and a Latin
    name glued together (a spam site's brand dressed against keyword filters in brackets no list holds:
    session 17's development vocabulary ``住房⟨蓝鲸城番摊=bluewhale⟩公积金``, ``人〘天使之翼angelwing.site〙民政府``).

    Evidence: the decoration breaks a sentence (a Han character on each side), its content is a name of the
    trade's shape whole (:data:`_MIXED_NAME_RE`), and the bracket is none of a law's own (round brackets,
    titles, quotation marks: :data:`_LAW_BRACKETS`; those the list-based :func:`decorated_brands` reads with the
    trade's words).  A law's ``〔2009〕`` or ``【立法目的】`` holds no Latin name glued to a Han one.

    >>> t = "住房⟨蓝鲸城番摊=bluewhale⟩公积金，人〘天使之翼angelwing.site〙民政府，会⟨九龙湾赛狗ninedragonv3.6⟩议"
    >>> [t[a:b] for a, b in bracketed_mixed_names(t)]
    ['⟨蓝鲸城番摊=bluewhale⟩', '〘天使之翼angelwing.site〙', '⟨九龙湾赛狗ninedragonv3.6⟩']
    >>> bracketed_mixed_names("细胞产品（cell therapy）是指，依照〔2009〕第1号，《标准GB》规定，证人［微信号sunli_2020］证实")
    []
    """
    out: list[tuple[int, int]] = []
    for m in _ANY_OPENER_RE.finditer(text):
        at, body = m.start(), m.end()
        if m.group() in _LAW_BRACKETS or m.group() in _PAGE_BRACKETS or at == 0 or HAN_CHAR.match(text, at - 1) is None:
            continue
        closer = _any_closer(m.group())
        if closer is None:
            continue
        name = _MIXED_NAME_RE.match(text, body, min(len(text), body + MAX_INNER))
        if name is None or not text.startswith(closer, name.end()):
            continue
        end = name.end() + len(closer)
        if not trade_shaped(text[body : name.end()]):
            continue  # (review 17 F4: a page's own note in brackets, ``［附件Word］``, carries no trade's shape)
        latin = next(i for i in range(body, name.end()) if text[i].isascii() and text[i].isalpha())
        if introduced(text, latin):
            continue  # (a party's account a judgment names in brackets: ［微信号sunli2020］)
        if end < len(text) and HAN_CHAR.match(text, end) is not None:
            out.append((at, end))
    return out
