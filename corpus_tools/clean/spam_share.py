"""Share passwords of shopping and video apps a spam injector put into a law's page, with their carrier sentence.

Real damage (set 6's ``h6_spam_share_password``, session 24): a hijacked copy puts a shopping app's share password
(淘口令) between the articles: ``复制这段内容￥a8YsyNTRCgx￥后打开手机淘宝``, ``€ByE7gXBQxdw€，打开【手机淘宝】即可查看``,
``【限时优惠】长按复制₤a43qYGJDjmw₤打开拼多多领券``.  No brand, link or contact: nothing the other spam rules hold
on to, so the line stayed in the article above it (or glued after its last sentence).  The family writes any app
(淘宝, 天猫, 拼多多, 京东, 抖音, 快手, 支付宝口令红包, 闲鱼) and any delimiter around the token (``￥``, ``$``, ``€``,
``¢``, ``₤``, ``(``…``)``, ``《``…``》``).

**Evidence**: a line, or the end of a line after a sentence's end, that names a shopping or video app, holds a token
(eight to sixteen letters and digits between two same delimiters, or in a pair of brackets) or the carrier's
``复制…打开`` (copy, then open the app), and no word of a law's grammar (``应当``, ``不得``, ``第…条``…).  A law about
e-commerce names the apps and ``复制`` in its own sentences: they carry its grammar and no token.
"""

from __future__ import annotations

from corpus_tools.clean.page_lines import line_bounds
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

SHARE_PASSWORD = "share password"

#: The apps a share password opens (Simplified and Traditional spellings).
_APPS = (
    r"手机淘宝|淘宝|天猫|淘特|拼多多|京东|抖音|快手|支付宝|閒魚|闲鱼|小红书|小紅書|美团|美團|饿了么|唯品会|苏宁|得物|微博|哔哩哔哩|B站|"
    r"手機淘寶|淘寶|京東|抖音|支付寶|微信"
)
_APP_RE = lazy_regex(_APPS)
#: A token between two same delimiters (``￥a8YsyNTRCgx￥``, ``€ByE7gXBQxdw€``) or in a pair of brackets
#: (``(X8dK2mPq9Zt)``, ``《7hGfD3kLm2Q》``); letters and digits both.
_TOKEN_RE = lazy_regex(
    r"(?P<d>[^\w\s\p{Han}，。：；、！？“”‘’\"'【】])(?P<t>[A-Za-z0-9]{8,16})(?P=d)"
    r"|[(（《«〈<](?P<u>[A-Za-z0-9]{8,16})[)）》»〉>]"
)
#: A token mixes its characters: letters and digits, or upper and lower case (a word or a number alone is none).
#: (a standard's or a model's code, ``GB50016``, ``ISO9001``, ``SN74HC00``: capitals then digits, is none; a capitalised
#: word, ``Standards``, is none)
_MIXED_RE = lazy_regex(r"(?=.*[a-z].*[A-Z])|(?=.*[0-9])(?=.*[a-z])|(?=.*[0-9].*[A-Z].*[0-9])(?![A-Z]+[0-9]+$)")


def _token(text: str, start: int, end: int):
    """The first share token of ``text[start:end]`` (a match), or None.

    >>> _token("€qcVhdWUnCTu€，打开", 0, 16).group(0), _token("（GB50016）（Standards）（ISO9001）", 0, 29)
    ('€qcVhdWUnCTu€', None)
    """
    for m in _TOKEN_RE.finditer(text, start, end):
        token = m.group("t") or m.group("u")
        if _MIXED_RE.match(token):
            return m
    return None


#: The carrier: copy (this text, the token), then open the app (``复制这段内容…后打开``, ``长按复制…打开``, ``復制…打開``).
_CARRIER_RE = lazy_regex(
    r"(?:长按|長按)?(?:复制|複製|復制|拷贝)(?:这段|這段|此|这条|這條|整段|本条|口令|内容|信息|消息|链接|[^\n]{0,30}?(?:口令|内容|消息|链接|訊息))"
    r"[^\n]{0,40}?(?:打开|打開|去|进入|進入)[^\n]{0,6}?(?:" + _APPS + ")"
)
_LAW_GRAMMAR_RE = lazy_re(
    r"应当|不得|可以|必须|依法|按照|依照|根据|规定|予以|禁止|责令|处以|负责|条例|本法|办法|第[一二三四五六七八九十百零〇\d]+条"
)
_GATE_RE = lazy_re(r"复制|複製|復制|拷贝|口令|" + _APPS)
#: The longest line or tail read as a share password's.
_LINE_CHARS = 160
_SENTENCE_END = "。！？；"


def _carries_password(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a share password's carrier: an app, a token or the copy-and-open sentence,
    no word of a law.

    >>> t = "复制这段内容￥a8YsyNTRCgx￥后打开手机淘宝"
    >>> _carries_password(t, 0, len(t)), _carries_password("经营者不得利用淘宝口令复制他人商品信息。", 0, 20)
    (True, False)
    """
    if end - start > _LINE_CHARS or _APP_RE.search(text, start, end) is None:
        return False
    if _token(text, start, end) is None and _CARRIER_RE.search(text, start, end) is None:
        return False
    return _LAW_GRAMMAR_RE.search(text, start, end) is None


def share_password_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The share passwords of ``text``: whole lines (``(start, end)``, the line's own) and tails glued after a
    sentence of the law on its line.

    >>> t = "第一条 为了规范管理。\\n€ByE7gXBQxdw€，打开【手机淘宝】即可查看\\n第二条 本办法自公布之日起施行。复制这段内容$qg2jCKSdf29$后打开手机淘宝\\n"
    >>> lines, tails = share_password_spans(t)
    >>> [t[a:b] for a, b in lines], [t[a:b] for a, b in tails]
    (['€ByE7gXBQxdw€，打开【手机淘宝】即可查看'], ['复制这段内容$qg2jCKSdf29$后打开手机淘宝'])

    A law's sentence about the same apps stays:

    >>> share_password_spans("第十条 电子商务经营者不得以复制淘口令等方式诱导消费者打开淘宝。\\n复制、打开淘宝\\n")
    ([], [])
    """
    if _GATE_RE.search(text) is None:
        return [], []
    lines: list[tuple[int, int]] = []
    tails: list[tuple[int, int]] = []
    for start, end in line_bounds(text):
        if _APP_RE.search(text, start, end) is None:
            continue
        body = start + len(text[start:end]) - len(text[start:end].lstrip(" \t\u3000"))
        if _carries_password(text, body, end):
            lines.append((start, end))
            continue
        # the tail after the sentence end before the token or the carrier
        first = min((m.start() for m in (_token(text, start, end), _CARRIER_RE.search(text, start, end)) if m),
                    default=-1)
        if first < 0:
            continue
        cut = max((text.rfind(mark, start, first) for mark in _SENTENCE_END), default=-1)
        if cut < start:
            continue
        if _carries_password(text, cut + 1, end) and text[cut + 1:end].strip():
            tails.append((cut + 1, end))
    return lines, tails
