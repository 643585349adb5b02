"""Injected gambling/SEO spam and site furniture.

Two kinds of damage that scraping and spam sites leave on a regulation page:

* **Site furniture**: lines of the page chrome that the scraper kept
  (``扫一扫在手机打开当前页``, ``【字体：大 中 小】``, ``打印本页 关闭窗口``,
  ``分享到：``, breadcrumbs ``当前位置：首页 > … > 正文``, ``来源：… 发布时间：…``,
  ``浏览次数``, ICP/公安备案 lines, ``版权所有``, ``网站标识码``, ``上一篇/下一篇``),
  sometimes glued onto the end of the last paragraph.
* **Spam anchors**: a spam site replaced a word of the law everywhere on the
  page with a gambling brand string (``建设智能制造万博体育APP官方网_万博体育
  manbetx3.0平台`` where the law says ``建设智能制造公共服务平台``), or added
  whole spam lines and spam links.

Precision first: a word such as 平台, 体育, 官网 or 下载 is ordinary legal
vocabulary, so an anchor must be *brand-anchored* (a known brand, a brand
repeated around a separator, or a spam link); furniture rules only remove
whole lines of furniture shape, and glued junk only at the very end of the text.
An inline anchor becomes a *gap*: the word it replaced is restored by
:mod:`corpus_tools.dataset.restore` when the corpus holds the evidence.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Mapping

import regex

from corpus_tools.clean import _gates
from corpus_tools.clean.cited_spans import in_licence_plate, introduced
from corpus_tools.clean import brands as _brands
from corpus_tools.clean.brands import (
    alternation,
    CATEGORY_WORDS, CHINESE_SITE_WORDS, FILE_EXTENSIONS, PROMO, SEO, SEO_HEADS, STRONG_SUFFIX_WORDS, WEAK_SUFFIX_WORDS, find_units, is_brand_latin,
    is_official_host,
)
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.evidence import reads_as_law_words
from corpus_tools.clean.identifiers import in_identifier
from corpus_tools.clean.inserted_spans import INSERTED_CREDENTIAL, INSERTED_LINK, ROMANISED_BRAND, inserted_credentials, inserted_links, romanised_names
from corpus_tools.clean.notation import is_equation, is_measurement
from corpus_tools.clean.page_lines import merge_line_spans as _merge_line_spans, merge_sorted as _merge_sorted
from corpus_tools.clean.rules import SPAM_ANCHOR, RuleResult
from corpus_tools.clean.spam_foreign import FOREIGN_SCRIPT, foreign_script_runs
from corpus_tools.clean.spam_homophones import HOMOPHONE_TRADE_WORD, homophone_trade_runs
from corpus_tools.clean.spam_invisible import INTERLEAVED_BRAND, interleaved_brands
from corpus_tools.clean.spam_mixed import mixed_name_lines
from corpus_tools.clean.spam_model import model_delimited_brands
from corpus_tools.clean.spam_names import digit_continues, follows_role_word, in_numbered_names, is_company_name_at, numbered_heads
from corpus_tools.clean.spam_share import SHARE_PASSWORD, share_password_spans
from corpus_tools.clean.spam_contacts import (
    CONTACT_DETAIL,
    TRADE_SERVICE_WORDS,
    contact_insertions,
    contact_lines,
    disguised_contact_insertions,
    service_keyword_lines,
)
from corpus_tools.clean.spam_pitches import ESCORT_PITCH, escort_pitches
from corpus_tools.clean.spam_apparatus import SPAM_APPARATUS, apparatus_spans
from corpus_tools.clean.spam_dressed import DRESSED_BRAND, dressed_brands
from corpus_tools.clean.spam_disguised import DISGUISED_SPAM, PLATFORM_SPAM, disguised_runs, platform_units
from corpus_tools.clean.spam_tags import CLOTHED_HOST, HAN_LABEL_DOMAIN, SOCIAL_TAG, bare_brand_domains, brand_hosts, clothed_hosts, han_label_domains, social_tags
from corpus_tools.clean.spam_decorations import DECORATION_OPENERS_OF_CUTS, DECORATION_PAIRS, EMPTY_DECORATION, bracketed_mixed_names, decorated_brands, decoration_remnants, filled_decoration, governed_address, named_by_law
from corpus_tools.clean.spam_pinyin import PINYIN_TRADE_WORD, pinyin_trade_words
from corpus_tools.clean.spam_promotion import CLAUSE_OFFER_HINT as _CLAUSE_OFFER_HINT, PROMOTION_CLAUSE, PROMOTION_SENTENCE, promotion_clauses, promotion_sentences
from corpus_tools.clean.spam_recurring import OTHER_TRADE_WORDS, recurring_brands, recurring_mixed_names
from corpus_tools.clean.spam_reputation import reputation_insertions
from corpus_tools.clean.spam_positions import POSITIONAL_BRAND, positional_brands
from corpus_tools.clean.spam_spaced import SPACED_BRAND, spaced_brands, spaced_latin_brands
from corpus_tools.clean.spam_trades import TRADE_INSERTION, trade_insertions
from corpus_tools.clean.spam_units import GLUED_DECORATION, RECURRING_AD, glued_decorations, recurring_units
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.text import INDENT_CLASS, SENTENCE_FINAL
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

CONTEXT_CHARS = 12

#: What became of a gap an inline anchor left (:attr:`~corpus_tools.records.Edit.gap`; the same
#: words in the edit's JSON detail).  ``closed``: the corpus shows the contexts side by side,
#: nothing between (the anchor was inserted, it replaced nothing): the gap closes, no warning.
GAP_RESTORED, GAP_UNRESOLVED, GAP_CONFLICT, GAP_CLOSED = "restored", "unresolved", "conflict", "closed"

# --------------------------------------------------------------------------
# Resources: the vocabulary of the spam family.
# --------------------------------------------------------------------------

#: CJK brands that never occur in legal text next to a spam suffix.
STRONG_BRANDS_CJK: tuple[str, ...] = (
    "万博", "亚博", "必威", "澳门新葡京", "新葡京", "威尼斯人", "华体会", "爱游戏",
    "九游会", "188金宝博", "金宝博", "澳门金沙", "澳门银河", "澳门永利", "永利皇宫",
    "雷竞技", "沙巴体育", "伟德", "明升", "凯发", "天博", "博鱼", "欧宝", "ob欧宝",
    "宝博", "鸭脖", "千亿", "乐鱼", "开云", "米乐",
    "365体育", "bet365", "皇冠体育", "乐动", "火狐体育", "威廉希尔",
    "立博", "博天堂", "新濠天地", "银河娱乐", "金沙娱乐", "永利娱乐", "葡京娱乐",
    "bob体育", "BOB体育", "OB体育", "KOK体育", "kok体育", "星空体育", "半岛体育",
    "九游体育", "江南体育", "博亚体育", "ku游", "KU游", "酷游", "腾博会",
    "必发", "利来国际", "云顶国际", "尊龙", "龙8", "beplay",
    # compounds of a short Latin or common word and a category: brands only together
    "开元棋牌", "KY棋牌", "PG电子", "AG真人", "DB真人", "IM体育", "BOB综合", "OB真人", "DB体育",
    "雷火电竞", "澳门新葡京", "新葡京娱乐场", "威尼斯人娱乐",
    "美高梅娱乐",  # (MGM's casino brand with its category: set 11's h11_spam_bidi_reversed put it alone into sentences)
)

#: Brands that are spam on their own, even inside a sentence: they name a
#: category (``开元棋牌``, ``ob体育``) or mix scripts (``188金宝博``), or are
#: casino names no law uses.  Other strong brands need one more token.
SELF_EVIDENT_EXTRA: tuple[str, ...] = ("澳门新葡京", "九游会", "华体会", "金宝博", "雷竞技", "新濠天地", "威廉希尔", "博天堂", "威尼斯人",
                                       "美高梅娱乐")

#: CJK brands that are also ordinary words or place names (半岛, 金沙, 凤凰): accepted only with at least two further
#: spam tokens or a Latin/paren token (the list lives with the family's vocabulary, :mod:`corpus_tools.clean.brands`).
WEAK_BRANDS_CJK = _brands.WEAK_BRANDS_CJK

#: Latin brand names (matched case-insensitively, bounded by non-letters).
LATIN_BRANDS: tuple[str, ...] = (
    "manbetx", "mbetx", "kaiyun", "leyu", "ayx", "bandao", "ninegame", "jiuyou",
    "yabo", "betway", "bet365", "188bet", "hth", "huatihui", "mile", "m6", "xingkong",
    "bob", "kok", "opebet", "vwin", "weide", "w88", "12bet", "sbobet", "dafabet",
    "fun88", "letou", "lebo", "tianbo", "boyu", "jiangnan", "leyusports", "obsports",
    "ob", "ky", "yb", "pjxpj", "xpj", "venetian", "sands", "wynn", "365bet", "bet", "bwin",
    "williamhill", "ladbrokes", "pinnacle", "macau", "casino", "jinsha", "yongli",
    "huangguan", "amjs", "xinpujing", "beplay", "ldsports", "hg", "kaiyuncom",
    "k8", "j9", "ag", "pg", "db", "im", "js", "vns", "max",
)

#: Latin brands too short or too common to anchor spam on their own.
WEAK_LATIN_BRANDS = frozenset({
    "m6", "bob", "kok", "ob", "ky", "yb", "hth", "mile", "hg", "bet", "macau", "casino", "sands", "lebo", "boyu",
    "jiangnan", "k8", "j9", "ag", "pg", "db", "im", "js", "vns", "max",
})

#: Suffix words of brand strings.  Longest first in the regex.
SPAM_SUFFIXES: tuple[str, ...] = (
    "官方网站", "官方网", "官方版", "官方入口", "官方下载", "官方", "官网入口", "官网登录",
    "官网下载", "官网", "APP下载", "app下载", "App下载", "APP", "app", "App",
    "入口", "登录入口", "登录", "登陆", "下载", "平台", "网页版", "手机版", "电脑版",
    "注册", "客户端", "在线", "娱乐城", "娱乐", "彩票", "棋牌", "真人", "电竞",
    "体育", "网址", "首页", "网站", "集团", "国际", "网页", "最新版", "安卓版",
    "苹果版", "安卓", "苹果", "ios", "IOS", "iOS", "综合", "全站", "中国", "网",
    "游戏", "电子", "投注", "开户", "赛事", "网投", "备用网址", "下载地址", "链接",
    "平台官网", "股份有限公司", "有限公司", "com", "vip", "VIP",
    "娱乐场", "官网登录入口", "官方下载安装", "下载安装", "安装", "通用版", "安卓通用版", "手机APP下载",
    "手机app下载", "手机APP", "手机app", "SPORTS", "Sports", "sports",
)

#: Suffix words that are ordinary legal vocabulary: an inline anchor never
#: *ends* on one of them unless it follows the brand directly (万博体育), because
#: the law word after the anchor may be exactly that word (…公共服务平台).
LAW_COMMON_SUFFIXES = frozenset({
    "平台", "下载", "在线", "注册", "登录", "登陆", "入口", "网站", "首页", "服务",
    "客户端", "网页", "游戏", "国际", "集团", "综合", "电子", "中国", "彩票", "娱乐",
    "体育", "投注", "开户", "赛事", "链接", "网址", "网", "官方", "官方网站",
    "有限公司", "股份有限公司", "安卓", "苹果", "全站", "真人", "棋牌", "电竞",
    "娱乐场", "下载安装", "安装",
})

#: Category words bound to the brand they follow (万博体育, 永利娱乐).
BRAND_CATEGORIES = frozenset({"体育", "娱乐", "娱乐城", "娱乐场", "彩票", "棋牌", "真人", "电竞", "电子"})
#: Categories that also bind to a Latin brand right before them (``leyu体育``).
LATIN_CATEGORIES = frozenset({"体育", "娱乐", "彩票", "棋牌", "真人", "电竞", "电子"})

#: Words that only decorate spam lines (``欢迎访问开云体育官网``).
PROMO_WORDS: tuple[str, ...] = (
    "欢迎光临", "欢迎访问", "欢迎来到", "欢迎", "访问", "最新", "网址", "地址", "点击",
    "进入", "立即", "马上", "注册", "送", "彩金", "首存", "优惠", "亚洲", "最佳", "信誉",
    "唯一", "指定", "官方", "推荐", "热门", "娱乐", "平台", "体育", "下载", "登录", "入口",
    "官网", "在线", "手机版", "网页版", "第一", "品牌", "投注", "开户", "老牌", "大全",
    "排名", "十大", "靠谱", "正规", "网站", "赌场", "线上", "真人", "棋牌", "电竞", "彩票",
    "备用", "链接", "永久", "免费", "游戏", "中国", "官方网站", "合作伙伴", "赞助商", "赞助",
    "充值", "提现", "秒到", "返水", "体验", "送彩金", "彩", "APP", "app", "App", "版", "的", "和", "与", "及",
)

#: Host fragments of gambling domains (besides the Latin brands).
SPAM_HOST_WORDS: tuple[str, ...] = (
    "bet", "casino", "sport", "game", "play", "vip", "888", "365", "188", "yule",
    "tiyu", "qipai", "caipiao", "bocai", "duchang", "baijiale", "app",
)


_alternation = alternation  # (one order run to run: the pattern cache finds the sources again)


_SEP = r"[ _\-·|丨＿－｜・•~～/—]"
_VERSION = r"(?:[vV]\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,2}(?:\.\d{1,2}){1,2})(?![\d.]*\d)"
_LATIN_TAIL = (
    r"(?:\.?(?i:app|com|vip|ios|apk|net|cn|official|sports?|bet|casino|club|online|login|web|pc|h5)"
    r"|[.．](?i:cc|co|me|tv|top|xyz|io|org|live|win|pro|info|site|fun|ink|ltd|asia|biz|in|com|vip|net|cn|app)"
    r"|\d{1,3}(?![\d.])){0,8}"
)
_LATIN_BRAND = rf"(?<![A-Za-z])(?i:{_alternation(LATIN_BRANDS)}){_LATIN_TAIL}(?:(?![A-Za-z])|(?=[vV]\d))"
def _case_variants(words) -> tuple[str, ...]:
    """Each brand as written, lower-cased and upper-cased (``OB体育``, ``ob体育``)."""
    return tuple(dict.fromkeys(v for w in words for v in (w, w.lower(), w.upper())))


_CJK_BRAND = _alternation(_case_variants(STRONG_BRANDS_CJK + WEAK_BRANDS_CJK))
_SUFFIX = _alternation(SPAM_SUFFIXES)
_PAREN = r"[(（](?:中国|[A-Za-z][A-Za-z0-9 .\-]{1,20})[)）]"
#: A link (bounded: a longer run is no link, and every scan stays linear on a line of 100,000 ``www.``).
_URL = r"(?:https?://|www\.)[A-Za-z0-9][A-Za-z0-9.\-_/%?=&#:~+]{0,240}"

#: One token of a brand string, each kind in its own named group.
TOKEN_RE = lazy_regex(
    rf"(?P<url>{_URL})|(?P<brand>{_CJK_BRAND})|(?P<latin>{_LATIN_BRAND})"
    rf"|(?P<suffix>{_SUFFIX})|(?P<version>{_VERSION})|(?P<paren>{_PAREN})|(?P<sep>{_SEP}+)"
    r"|(?P<word>[A-Za-z]{2,12})|(?P<other>.)"
)

#: A candidate anchor: a brand (CJK, Latin) or a link, then tokens with optional
#: separators between (never a trailing separator).
ANCHOR_RE = lazy_regex(
    rf"(?:{_URL}|{_CJK_BRAND}|{_LATIN_BRAND})"
    rf"(?:{_SEP}{{0,3}}(?:{_URL}|{_CJK_BRAND}|{_LATIN_BRAND}|{_SUFFIX}|{_VERSION}|{_PAREN})){{0,12}}"
)

#: The category words an unknown repeated brand ends in (``新宝体育``).
_REPEAT_WORDS = ("体育", "娱乐")
_REPEAT_WORD = "(?:" + "|".join(_REPEAT_WORDS) + ")"

#: An unknown CJK brand repeated around a separator (``新宝体育APP_新宝体育``).
REPEATED_BRAND_RE = lazy_regex(
    rf"(?P<b>\p{{Han}}{{2,4}}?){_REPEAT_WORD}(?:{_SEP}{{0,3}}(?:{_SUFFIX}|{_LATIN_BRAND}|{_VERSION}|{_PAREN})){{0,12}}"
    rf"{_SEP}{{1,3}}(?P=b){_REPEAT_WORD}(?:{_SEP}{{0,3}}(?:{_SUFFIX}|{_LATIN_BRAND}|[A-Za-z]{{3,12}}|{_VERSION}|{_PAREN})){{0,12}}"
)
_REPEAT_PREFILTER = lazy_regex(rf"{_REPEAT_WORD}[^\n]{{0,24}}?{_SEP}")
#: The same prefilter in stdlib ``re`` (no Unicode properties: same language),
#: tried only where 体育 or 娱乐 occurs (see :func:`_repeat_hints`).
_REPEAT_PREFILTER_AT = lazy_re(_REPEAT_PREFILTER.pattern)


_find_all = _gates.find_all


def _repeat_word_positions(text: str) -> list[int]:
    """Where the words of :data:`_REPEAT_WORDS` occur in ``text``, ascending.

    >>> _repeat_word_positions("万博体育_开元娱乐_万博体育")
    [2, 7, 12]
    """
    return sorted(at for word in _REPEAT_WORDS for at in _find_all(text, word))


def _repeat_hints(text: str) -> list[tuple[int, int]]:
    """The spans ``_REPEAT_PREFILTER.finditer(text)`` yields, found faster.

    Exact: a match opens with 体育 or 娱乐, so it can only start where
    ``str.find`` finds one of them; the match at a given start is the one
    ``finditer`` would take there, and skipping starts inside the previous
    match reproduces its non-overlapping scan.

    >>> _repeat_hints("万博体育APP_万博体育\\n体育课")
    [(2, 8)]
    """
    starts = _repeat_word_positions(text)
    spans = []
    cursor = 0
    for at in starts:
        if at < cursor:
            continue
        m = _REPEAT_PREFILTER_AT.match(text, at)
        if m:
            spans.append(m.span())
            cursor = m.end()
    return spans

_URL_RE = lazy_regex(_URL)
_SUFFIX_RE = lazy_regex(_SUFFIX)
_LATIN_RUN_RE = lazy_regex(r"[A-Za-z][A-Za-z0-9.]*")
_PROMO_RE = lazy_regex(_alternation(PROMO_WORDS))
_RESIDUE_NOISE_RE = lazy_regex(r"[\s\p{P}\p{S}\d丨]+")
#: Domain endings of official and institutional sites: a link there is a citation.
OFFICIAL_HOST_ENDINGS = (".gov.cn", ".gov", ".edu.cn", ".edu", ".mil.cn", ".gov.hk", ".gov.mo", ".gov.tw", ".org.cn", ".ac.cn", ".cn.com.gov")
#: Gambling words a spam host is spelt with (inside a label: ``bet365``, ``yule88``).
_GAMBLING_HOST_WORDS = ("bet", "casino", "yule", "tiyu", "qipai", "caipiao", "bocai", "duchang", "baijiale")
_STRONG_LATIN = frozenset(b for b in LATIN_BRANDS if b not in WEAK_LATIN_BRANDS)
_HOST_RE = lazy_regex(r"^(?:https?://)?([^/:?#\s]+)", regex.I)
_NUMBER_RUN = lazy_regex(r"\d{3,}")


def is_spam_url(url: str) -> bool:
    """Whether a link points at a gambling site, judged on its host only (a path holds
    any word: ``content_5365945.htm`` holds ``365``, ``/transport/`` holds ``sport``).

    **Evidence**: a host label that is a gambling brand (``kaiyun``, ``manbetx365``;
    a short or common one such as ``hth`` or ``bob`` only as a whole label, or with a
    number run: ``bob88``), or one that spells a gambling word (``bet365``, ``yule88``).
    Never a host of an official or institutional site (``.gov.cn``, ``.edu.cn``…).

    >>> [is_spam_url(u) for u in ("https://www.kaiyun.com/", "www.bob88.vip", "https://m.hth.com/app", "http://www.manbetx365.net/x")]
    [True, True, True, True]
    >>> [is_spam_url(u) for u in ("http://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm", "http://www.mot.gov.cn/transport/", "https://app.bjhbkj.com/apply", "www.888.gov.cn")]
    [False, False, False, False]
    """
    match = _HOST_RE.match(url)
    if not match:
        return False
    host = match.group(1).lower().rstrip(".")
    if host.endswith(OFFICIAL_HOST_ENDINGS):
        return False
    labels = host.split(".")[:-1] or [host]  # the top-level domain says nothing
    for label in labels:
        for token in label.split("-"):
            bare = token.strip("0123456789")
            if not bare:
                continue
            if bare in _STRONG_LATIN or any(bare.startswith(b) and bare[len(b):].isdigit() for b in _STRONG_LATIN):
                return True
            if bare in WEAK_LATIN_BRANDS and (token == bare or _NUMBER_RUN.search(token) or token[-2:].isdigit()):
                return True
            if any(word in bare for word in _GAMBLING_HOST_WORDS):
                return True
    return False

# --------------------------------------------------------------------------
# Spam anchors
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Anchor:
    """One brand string found in the text.

    ``line_only`` marks a lone brand (``【万博】``): spam only when its
    whole line is spam, never removed from inside a sentence.
    """

    start: int
    end: int
    text: str
    line_only: bool = False
    stem: str = ""  # the brand name a shape-recognised unit opens with, when evidence placed it


def _tokens(anchor: str) -> list[tuple[str, str]]:
    """Split an anchor into (kind, token) pairs.

    >>> [k for k, _ in _tokens("万博体育APP官方网_万博体育manbetx3.0")]
    ['brand', 'suffix', 'suffix', 'suffix', 'sep', 'brand', 'suffix', 'latin', 'version']
    """
    return [(m.lastgroup, m.group(0)) for m in TOKEN_RE.finditer(anchor)]


def _trim_and_accept(
    tokens: list[tuple[str, str]], *, inline: bool, accept_all: bool = False
) -> tuple[int, bool] | None:
    """Decide whether a token run is spam; return (accepted length, line_only) or None.

    Inline anchors drop trailing law-common suffixes (平台, 下载 …) unless the
    suffix follows a CJK brand directly, and never end on a separator.
    """
    tokens = list(tokens)
    while tokens:
        kind, tok = tokens[-1]
        if kind == "sep":
            tokens.pop()
            continue
        bound = (
            tokens[-2][0] == "brand" and tok in BRAND_CATEGORIES
            or tokens[-2][0] == "latin" and tok in LATIN_CATEGORIES
            or tokens[-2][0] == "paren"
            # 开云体育官方网站: law names an office's site (政府官方网站), a brand does not
            or tok == "官方网站" and tokens[-2][0] in ("brand", "latin", "suffix") and tokens[-2][1] not in LAW_COMMON_SUFFIXES - BRAND_CATEGORIES
            if len(tokens) > 1 else True
        )
        if inline and kind == "suffix" and tok in LAW_COMMON_SUFFIXES and not bound:
            tokens.pop()
            continue
        if inline and kind == "paren" and len(tokens) > 1 and not _names_brand(tok) and (
            tokens[-2][1] in COMPANY_FORMS or tok[1:-1] != "中国"
        ):
            # 开云集团（Kering）, 欧宝（Opel）, 尊龙（John Lone）: a name's foreign gloss (a company, a car make, a
            # person), no gambling brand's Latin name; after a legal form even （中国） is the company's (F18-A1b)
            tokens.pop()
            continue
        break
    if not tokens:
        return None
    kinds = [k for k, _ in tokens if k != "sep"]
    words = [t for k, t in tokens if k != "sep"]
    strong = False
    for kind, tok in zip(kinds, words):
        if kind == "url" and is_spam_url(tok):
            strong = True
        elif kind == "latin" and not _is_weak_latin(tok):
            strong = True
    n_other = len(kinds) - 1
    first_kind, first = kinds[0], words[0]
    if strong or accept_all:
        strong = True
    elif first_kind == "brand" and first in _STRONG_SET:
        strong = n_other >= 1 or first in _SELF_EVIDENT
    elif first_kind in ("brand", "latin"):
        extra = sum(1 for k in kinds[1:] if k in ("latin", "paren", "brand", "version", "url"))
        strong = n_other >= 2 or extra >= 1
    if not strong:
        if first_kind == "brand" and first in _STRONG_SET or first_kind == "latin":
            return sum(len(t) for _, t in tokens), True
        return None
    return sum(len(t) for _, t in tokens), False


#: Suffix words that are a company's legal form (a gloss in parentheses after one is the company's name).
COMPANY_FORMS = frozenset({"集团", "有限公司", "股份有限公司"})


def _names_brand(paren: str) -> bool:
    """Whether a parenthesised Latin token names a gambling brand, even a short one (``（kaiyun）``, ``(m6)``),
    or holds a word of gambling sites (``(sports)``, ``(NineGame)``), not some name's foreign gloss
    (``（Kering）``, ``（Opel）``, ``（John Lone）``).

    >>> [_names_brand(p) for p in ("（kaiyun）", "(KaiYun.com)", "(m6)", "(sports)", "（Kering）", "(Opel)", "(中国)")]
    [True, True, True, True, False, False, False]
    """
    low = paren.lower()
    return bool(_LATIN_BRAND_RE.search(paren)) or any(word in low for word in _GLOSS_SPAM_WORDS)


#: Words of gambling sites a parenthesised Latin gloss of a brand holds (``(sports)``, ``(yule)``).
_GLOSS_SPAM_WORDS = SPAM_HOST_WORDS + ("official", "online", "club", "login", "com", "net", "vip", "game")


_LATIN_BRAND_RE = lazy_regex(_LATIN_BRAND)


def _is_weak_latin(token: str) -> bool:
    """Whether a Latin token is a weak brand, alone or with a number glued on (``bob88``); a weak
    brand that ends in a digit keeps it (``M66`` is ``m6`` + ``6``, a plot number: field test 18, not
    the strong brand ``m`` + ``66``).

    >>> [_is_weak_latin(t) for t in ("bob", "BOB88", "M66", "K8", "manbetx", "kaiyun365")]
    [True, True, True, True, False, False]
    """
    low = token.lower()
    if low in WEAK_LATIN_BRANDS or low.rstrip("0123456789") in WEAK_LATIN_BRANDS:
        return True
    return any(low.startswith(b) and low[len(b):].isdigit() for b in _WEAK_LATIN_DIGIT_ENDED)


#: Weak Latin brands whose name ends in a digit (``m6``, ``k8``, ``j9``).
_WEAK_LATIN_DIGIT_ENDED = tuple(b for b in WEAK_LATIN_BRANDS if b[-1:].isdigit())
_STRONG_SET = frozenset(_case_variants(STRONG_BRANDS_CJK))
_CATEGORY_END = lazy_regex(r"(?:%s)$" % _alternation(BRAND_CATEGORIES | {"综合"}))
#: Not self-evident: a weak brand (a place name, an ordinary word) plus a
#: category, such as 半岛体育 or 银河娱乐, which law text writes too.
_SELF_EVIDENT = frozenset(
    b for b in _STRONG_SET
    if (_CATEGORY_END.search(b) or regex.search(r"[A-Za-z0-9]", b))
    and _CATEGORY_END.sub("", b) not in WEAK_BRANDS_CJK
) | frozenset(SELF_EVIDENT_EXTRA)
#: Cheap prefilters: CJK brands (stdlib ``re``, fast on literal alternations)
#: and starts of Latin runs (where Latin brands and links begin).
#: (Brands opening with a Latin letter are reached from the Latin
#: hints, so the CJK prefilter holds only the brands as written that open
#: with a Han character: a shorter alternation to scan.)
_CJK_HINT_RE = lazy_re(_alternation(
    b for b in STRONG_BRANDS_CJK + WEAK_BRANDS_CJK if not b[0].isascii() or b[0].isdigit()
))
_LATIN_HINT_RE = lazy_regex(r"(?<![A-Za-z])[A-Za-z][A-Za-z0-9]")

# Fast exact ways to the same hints (see :func:`_cjk_hints`, :func:`_latin_hints`).
#: The hint brands opening with a non-ASCII character, and those opening with
#: a digit (188金宝博, 365体育): every brand is at least two characters long.
_HINT_BRANDS = tuple(sorted({b for b in STRONG_BRANDS_CJK + WEAK_BRANDS_CJK if not b[0].isascii() or b[0].isdigit()}))
_HINT_BRANDS_HAN = tuple(b for b in _HINT_BRANDS if not b[0].isascii())
_HINT_BRANDS_DIGIT = tuple(b for b in _HINT_BRANDS if b[0].isascii())
_BRAND_FIRST_BIT = _gates.register("brand_first", {b[0] for b in _HINT_BRANDS_HAN})
_BRAND_SECOND_BIT = _gates.register("brand_second", {b[1] for b in _HINT_BRANDS_HAN})
#: A letter followed by a letter or digit, in :func:`_gates.latin1_chars`.
_LATIN_PAIR_BYTES = lazy_re(rb"[A-Za-z][A-Za-z0-9]")


def _cjk_hints(text: str) -> list[int]:
    """Every position where a brand of :data:`_CJK_HINT_RE` starts (overlapping too).

    The same positions as searching ``_CJK_HINT_RE`` from each hit's start + 1,
    found faster.  Exact: a brand opening with a Han character can only start
    at ``i`` when ``text[i]`` is some such brand's first character and
    ``text[i + 1]`` some such brand's second one (one vectorised probe of the
    class table), and each such candidate is verified by matching the brand
    alternation there; a digit-led brand (188金宝博) holds its digits
    contiguously, so it is looked for only when the text's Latin-1 characters
    show them.

    >>> _cjk_hints("彩金博鱼188金宝博")
    [1, 2, 4, 7, 8]
    """
    match = _CJK_HINT_RE.match
    starts = [i for i in _gates.pair_starts(text, _BRAND_FIRST_BIT, _BRAND_SECOND_BIT) if match(text, i)]
    latin = None
    for brand in _HINT_BRANDS_DIGIT:
        if latin is None:
            latin = _gates.latin1_chars(text)
        head = brand[: len(brand) - len(brand.lstrip("0123456789"))].encode()
        if head in latin:
            starts.extend(_find_all(text, brand))
    return sorted(set(starts))


def _latin_hints(text: str) -> list[int]:
    """The starts of ``_LATIN_HINT_RE`` in ``text``; none unless two adjacent
    ASCII letters/digits exist (exact: adjacent in ``text`` means adjacent in
    the text's Latin-1 characters)."""
    if not _LATIN_PAIR_BYTES.search(_gates.latin1_chars(text)):
        return []
    return [m.start() for m in _LATIN_HINT_RE.finditer(text)]


def find_spam_anchors(text: str, *, shorten: bool = True, brands: frozenset[str] = frozenset()) -> list[Anchor]:
    """Every spam string in ``text`` (sorted, non-overlapping): brands the project knows
    (:func:`known_anchors`) and brands recognised by their shape
    (:func:`corpus_tools.clean.brands.find_units`; ``brands`` are brand names learned
    elsewhere: the build passes none yet).

    >>> [a.text for a in find_spam_anchors("建设智能制造万博体育APP官方网_万博体育manbetx3.0平台,支持")]
    ['万博体育APP官方网_万博体育manbetx3.0']
    >>> find_spam_anchors("建设全民健身体育平台和官网下载服务")
    []
    >>> find_spam_anchors("【万博】")[0].line_only
    True
    >>> [a.text for a in find_spam_anchors("依法金彩汇娱乐_jch88管理，以「杏彩彩票官网」欺骗")]
    ['金彩汇娱乐_jch88', '「杏彩彩票官网」']
    """
    known = [a for a in known_anchors(text) if not in_licence_plate(text, a.start, a.end)]  # 豫R09J96 holds J9 (F16B-P2)
    # (``pg`` of ``IL-6 25pg/mL`` is picograms, no PG电子: a unit after its number, F22-A2)
    known = [a for a in known if not is_measurement(text, a.start, a.end)]
    found = known + _brand_starts_known(_units(text, brands), known)
    # a UUID, a digest, a credit code, a numbered code: an identifier the text cites, no brand (F30-A1)
    found = [a for a in found if not in_identifier(text, a.start, a.end)]
    merged = [_with_file_extension(text, a) for a in _merge_overlapping(found)]
    return _shortest_page_forms(text, merged) if shorten else merged


def _with_file_extension(text: str, anchor: Anchor) -> Anchor:
    """``anchor`` with the file extension glued after its Latin name (``bet365.html``, ``开云体育kaiyun.pdf``): a brand
    dressed as a file goes whole (a cited file alone is no unit at all: :data:`corpus_tools.clean.brands.FILE_EXTENSIONS`).

    >>> t = "依法bet365.html管理"
    >>> _with_file_extension(t, Anchor(2, 8, "bet365")).text
    'bet365.html'
    """
    if not anchor.text[-1:].isascii() or not anchor.text[-1:].isalnum():
        return anchor
    m = _FILE_EXTENSION_AFTER.match(text, anchor.end)
    if m is None:
        return anchor
    return Anchor(anchor.start, m.end(), text[anchor.start:m.end()], anchor.line_only, anchor.stem)


#: A file extension right after a name (see :func:`_with_file_extension`).
_FILE_EXTENSION_AFTER = lazy_regex(
    r"\.(?i:" + alternation(FILE_EXTENSIONS) + r")(?![A-Za-z0-9])"
)


def _units(text: str, brands: frozenset[str]) -> list[tuple[Anchor, bool]]:
    """The units :func:`~corpus_tools.clean.brands.find_units` accepts, each with whether its
    stem is sure (the unit's Latin name spells it, or a decoration holds it)."""
    names = frozenset(b for b in brands if not b.isascii())
    latin = frozenset(b for b in brands if b.isascii())
    return [
        (Anchor(u.start, u.end, text[u.start:u.end], stem=u.stem), any(w.endswith(_SURE_STEMS) for w in u.why))
        for u in find_units(text, learned=names, learned_latin=latin)
    ]


#: How a unit's stem may be placed for sure (the other ways say where a name may start; a learned
#: name is a brand's whole name: ``鑫利来``, learned, lost its ``利来`` to a known brand and left ``鑫``).
_SURE_STEMS = ("(the Latin name spells it)", "(filled a decoration)", "(learned)")


def _brand_starts_known(units: list[tuple[Anchor, bool]], known: list[Anchor]) -> list[Anchor]:
    """Units whose stem the page's repetition or the corpus placed start where a known brand
    inside that stem starts: the characters before it are the law's (``本`` of ``本条例``,
    replaced everywhere by ``鸭脖电竞官方网站``, stands before each copy and is no name).

    >>> u = Anchor(3, 12, "本鸭脖电竞官方网站", stem="本鸭脖")
    >>> _brand_starts_known([(u, False)], [Anchor(4, 12, "鸭脖电竞官方网站")])[0].text
    '鸭脖电竞官方网站'
    """
    out = []
    for unit, sure in units:
        if unit.stem and not sure:
            inside = [k.start for k in known if unit.start < k.start < unit.start + len(unit.stem) and k.end > k.start]
            if inside:
                cut = min(inside) - unit.start
                unit = Anchor(unit.start + cut, unit.end, unit.text[cut:], unit.line_only, unit.stem[cut:])
        out.append(unit)
    return out


def _merge_overlapping(anchors: list[Anchor]) -> list[Anchor]:
    """One anchor per run of overlapping ones (their union; a lone brand only if all were)."""
    out: list[Anchor] = []
    for a in sorted(anchors, key=lambda a: (a.start, -a.end)):
        if out and a.start < out[-1].end:
            last = out[-1]
            if a.end > last.end:
                out[-1] = Anchor(last.start, a.end, last.text + a.text[last.end - a.start:], last.line_only and a.line_only, last.stem or a.stem)
            elif last.line_only and not a.line_only:
                out[-1] = Anchor(last.start, last.end, last.text, False, last.stem or a.stem)
            continue
        out.append(a)
    return out


def known_anchors(text: str) -> list[Anchor]:
    """The spam strings anchored on a brand the project knows, or a brand repeated around a
    separator (``新宝体育APP_新宝体育``), sorted and not overlapping.

    >>> [a.text for a in known_anchors("建设智能制造万博体育APP官方网_万博体育manbetx3.0平台,支持")]
    ['万博体育APP官方网_万博体育manbetx3.0']
    """
    starts = _latin_hints(text)
    starts += _cjk_hints(text)  # overlapping: 彩金博鱼 holds 金博 and 博鱼
    found: list[Anchor] = []
    cursor = 0
    heads = _once(lambda: numbered_heads(text))
    for pos in sorted(starts):
        if pos < cursor:
            continue
        match = ANCHOR_RE.match(text, pos)
        anchor = _accept(text, pos, match.group(0), heads=heads) if match else None
        if anchor:
            found.append(anchor)
            cursor = anchor.end
        elif match and _URL_RE.match(text, pos):
            cursor = match.end()  # a link that is no spam: no anchor starts inside it (and the scan stays linear)
    scanned = set()  # lines already scanned (two hints on one line find the same anchors)
    for hint_start, hint_end in _repeat_hints(text):
        line_start = text.rfind("\n", 0, hint_start) + 1
        if line_start in scanned:
            continue
        scanned.add(line_start)
        line_end = text.find("\n", hint_end)
        for match in _repeated_brands(text, line_start, len(text) if line_end < 0 else line_end):
            anchor = _accept(text, match.start(), match.group(0), repeated=True)
            if anchor:
                found.append(anchor)
    found.sort(key=lambda a: (a.start, -a.end))
    result: list[Anchor] = []
    for anchor in found:
        if result and anchor.start < result[-1].end:
            continue
        result.append(anchor)
    return result


def _once(compute):
    """``compute`` as a callable that runs it on its first call only.

    >>> f = _once(lambda: [1]); f() is f()
    True
    """
    box = []

    def value():
        if not box:
            box.append(compute())
        return box[0]
    return value


def _repeated_brands(text: str, start: int, end: int) -> list["regex.Match[str]"]:
    """``REPEATED_BRAND_RE.finditer(text, start, end)``, matched at candidate starts only.

    Exact: a match opens with 2 to 4 Han characters and then 体育 or 娱乐, so
    it can only start 2 to 4 characters before one of them; the match at a
    start is the one ``finditer`` takes there, and skipping starts inside the
    previous match reproduces its non-overlapping scan.  (The scan tried the
    pattern at every position of the line, slow on long spam lines.)

    >>> [m.group() for m in _repeated_brands("见万博体育_万博体育APP及其他", 0, 17)]
    ['万博体育_万博体育APP']
    """
    words = _repeat_word_positions(text[start:end])
    starts = sorted({start + at - k for at in words for k in (2, 3, 4) if at - k >= 0})
    found = []
    cursor = start
    for at in starts:
        if at < cursor:
            continue
        m = REPEATED_BRAND_RE.match(text, at, end)
        if m:
            found.append(m)
            cursor = m.end()
    return found


_REPEAT_HEAD = lazy_regex(rf"\p{{Han}}{{2,4}}?{_REPEAT_WORD}")


def _accept(text: str, start: int, candidate: str, *, repeated: bool = False, heads=None) -> Anchor | None:
    """Validate a candidate brand string at ``start``; trim it if inline (``heads``: the page's
    :func:`~corpus_tools.clean.spam_names.numbered_heads`, or a callable computing them once)."""
    end = start + len(candidate)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    inline = bool(text[end:line_end].strip())
    if repeated:  # the repeat itself is the evidence; only trim the tail
        head = _REPEAT_HEAD.match(candidate)
        tokens = [("brand", head.group(0)), ("sep", "")] + _tokens(candidate[head.end():])
        length = _trim_and_accept(tokens, inline=inline, accept_all=True)
    else:
        tokens = _tokens(candidate)
        if tokens[0][0] == "brand" and digit_continues(text, start + len(tokens[0][1])):
            return None  # 龙81: the brand's digit is part of a longer number (a masked name), F18-A1
        length = _trim_and_accept(tokens, inline=inline)
    if length is None:
        return None
    length, line_only = length
    if not repeated and not line_only and _named_not_branded(text, start, tokens, length, heads):
        return None
    return Anchor(start, start + length, text[start:start + length], line_only)


def _named_not_branded(text: str, start: int, tokens: list[tuple[str, str]], length: int, heads) -> bool:
    """Whether a brand accepted on its own (self-evident, no other token: ``龙8``, ``威尼斯人``) or with
    only a category word (``宝博体育``) is part of a name here: a company's legal name
    (``威尼斯人路氹股份有限公司``, ``宝博体育文化传播有限公司``), a party named after a role word (``证人龙8``),
    or, for a brand ending in a digit, one of the page's numbered names (``龙7、龙8`` beside ``吴某1``); see
    :mod:`corpus_tools.clean.spam_names` (field test 18, F18-A1/A2).

    >>> [a.text for a in known_anchors("乙方——威尼斯人路氹股份有限公司。被害人龙7、龙8的陈述。访问龙8官网。")]
    ['龙8官网']
    >>> [a.text for a in known_anchors("原告宝博体育文化传播有限公司诉称，宝博体育官网")]
    ['宝博体育官网']
    """
    brand = tokens[0][1]
    bare = length == len(brand) and brand in _SELF_EVIDENT
    category = (
        len(tokens) > 1 and tokens[1][0] == "suffix" and tokens[1][1] in BRAND_CATEGORIES
        and length == len(brand) + len(tokens[1][1])
    )
    if not (bare or category):
        return False
    if is_company_name_at(text, start + length) or follows_role_word(text, start):
        return True
    if not bare:
        return False
    if not brand[-1:].isdigit():
        return False
    return in_numbered_names(brand, heads() if callable(heads) else (heads or numbered_heads(text)))


def _shortest_page_forms(text: str, anchors: list[Anchor]) -> list[Anchor]:
    """Shorten an anchor to a shorter anchor string seen elsewhere on the page.

    The injector puts one string in place of one word, so when the page shows
    both ``A`` and ``A``+``平台``, the extra ``平台`` belongs to the law.
    """
    forms = {a.text for a in anchors if not a.line_only}
    if len(forms) < 2:
        return anchors
    result = []
    for a in anchors:
        if a.line_only:
            result.append(a)
            continue
        best = a.text
        for form in forms:
            if len(form) < len(best) and a.text.startswith(form):
                best = form
        result.append(Anchor(a.start, a.start + len(best), best) if best != a.text else a)
    return result


#: Words of promotion and search-engine spam, and the heads of keyword lines.
_SPAM_WORDS_RE = lazy_regex(rf"{SEO_HEADS}|{SEO}|{PROMO}")
#: A line of keywords or tags a site or a spam injector prints (``热门关键词：a|b|c``, ``标签：…``):
#: a head, then short items and no sentence; ``关键词：``/``关键字：`` only with a word of
#: search-engine spam among the items (a document may list its own key words).
_ITEMS = r"[^\n。；！？]{0,200}"
_KEYWORD_LINE_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:(?:热门关键词|热门关键字|相关搜索|热门搜索|热搜|热门标签|相关标签|标签|Tags?|TAGS?)[:：]{_ITEMS}"
    rf"|(?:关键词|关键字)[:：](?=[^\n]*(?:{SEO})){_ITEMS})"
)


def _is_spam_line(line: str, line_anchors: list[Anchor], line_start: int) -> bool:
    """A line is a spam line when nothing but anchors, links and promo words is left."""
    if _KEYWORD_LINE_RE.fullmatch(line):
        return True
    if is_equation(_URL_RE.sub("", line)):
        return False  # R=(max-min)/×100%: its Latin words are variables, not brands (field test 20, F20-A3)
    parts = []
    cursor = line_start
    for a in line_anchors:
        # on a line of spam, Han text glued to a brand is its name (``大发`` + ``快三彩票官网``)
        start = a.start
        glued = _HAN_TAIL.search(line, max(0, start - line_start - 6), start - line_start)
        if glued and glued.start() >= cursor - line_start:
            start = line_start + glued.start()
        parts.append(line[cursor - line_start:max(cursor, start) - line_start])
        cursor = a.end
    parts.append(line[cursor - line_start:])
    residue = "".join(parts)
    residue = _URL_RE.sub("", residue)
    residue = _SPAM_WORDS_RE.sub("", residue)
    residue = _PROMO_RE.sub("", residue)
    residue = _SUFFIX_RE.sub("", residue)
    words = _LATIN_RUN_RE.findall(residue)
    if sum(1 for word in words if not is_brand_latin(word)) >= _ENGLISH_LINE_WORDS:
        return False  # a sentence or a reference in English (``…Rush BB,Glass, AG, Schiffman M. The elevated…``)
    residue = _LATIN_RUN_RE.sub("", residue)
    residue = _RESIDUE_NOISE_RE.sub("", residue)
    return not residue


#: Where a sentence ends inside a line (the end mark belongs to the sentence).
_SENTENCE_END = lazy_regex(rf"[{SENTENCE_FINAL}]+")
SPAM_SENTENCE = "spam sentence"
#: The fewest characters of promotion a spam sentence holds besides its anchors (``请…推荐。`` around an
#: anchor may be a law's sentence whose word a brand replaced: its gap stays).
_SENTENCE_PROMOTION = 4


def spam_sentences(text: str, line_start: int, line_end: int, anchors: list[Anchor]) -> list[tuple[int, int]]:
    """Sentences of a line that are promotion around a brand, put between the law's sentences:
    ``…重点保护野生动物。推荐访问鼎盛国际官网www.dsgj88.com，注册即送彩金！因科学研究…`` (issue 15:
    spam inserted without replacing anything; the anchor alone went and ``推荐访问，注册即送彩金！``
    stayed in the law).  ``(start, end)`` of each, its end mark included.

    **Evidence**: the sentence holds a spam anchor, and once its anchors, their names, links,
    promotion and search-engine words are taken out nothing is left (:func:`_is_spam_line`, the test
    of a spam line, on the sentence), and it holds such words besides its anchors: a sentence that
    is only an anchor, or an anchor with a word of promotion (``请万博体育APP推荐。``), may be a law's
    sentence whose word the brand replaced (its gap stays for restoration): four characters of
    promotion at least (:data:`_SENTENCE_PROMOTION`).

    >>> t = "第三条 本市加强管理。推荐访问鼎盛国际官网www.dsgj88.com，注册即送彩金！应当依法处理。"
    >>> a = find_spam_anchors(t)
    >>> [t[s:e] for s, e in spam_sentences(t, 0, len(t), a)]
    ['推荐访问鼎盛国际官网www.dsgj88.com，注册即送彩金！']
    >>> t = "第三条 由万博体育APP负责推荐。请万博体育APP推荐。"
    >>> spam_sentences(t, 0, len(t), find_spam_anchors(t))
    []
    """
    if not anchors:
        return []
    out: list[tuple[int, int]] = []
    k = 0
    start = line_start
    ends = [m.end() for m in _SENTENCE_END.finditer(text, line_start, line_end)]
    if not ends or ends[-1] < line_end:
        ends.append(line_end)
    for end in ends:
        inside = []
        while k < len(anchors) and anchors[k].start < end:
            if anchors[k].start >= start:
                inside.append(anchors[k])
            k += 1
        if inside and (start, end) != (line_start, line_end) and inside[-1].end <= end:
            sentence = text[start:end]
            outside = "".join(text[a:b] for a, b in zip([start] + [x.end for x in inside], [x.start for x in inside] + [end]))
            promotion = sum(len(m.group()) for m in _SPAM_WORDS_RE.finditer(outside))
            if promotion >= _SENTENCE_PROMOTION and _is_spam_line(sentence, inside, start) and not _law_words_glued(text, start, inside):
                out.append((start, end))
        start = end
    return out


def _law_words_glued(text: str, start: int, anchors: list[Anchor]) -> bool:
    """Whether copies of one spam string stand after *different* Han words in a sentence: then
    those words are the law's (items of an enumeration the brand was glued to), not the brand's
    name, which is the same before every copy.

    Real damage (field14's variant of the eaihelp.com page, 彩票管理条例实施细则): the sentence
    ``民政bet365娱乐平台注册、财政bet365娱乐平台注册。`` read as promotion once 民政 and 财政 were
    taken for names glued to the brand, and went whole with the law's departments.

    >>> t = "。民政bet365娱乐平台注册、财政bet365娱乐平台注册。"
    >>> _law_words_glued(t, 1, find_spam_anchors(t))
    True
    >>> t = "。推荐访问万博体育官网，立即下载万博体育官网注册即送彩金！"
    >>> [a.text for a in find_spam_anchors(t)], _law_words_glued(t, 1, find_spam_anchors(t))
    (['万博体育官网', '万博体育官网'], False)
    """
    glued: dict[str, set[str]] = {}
    cursor = start
    for a in anchors:
        lo = max(cursor, a.start - 6)
        m = _HAN_TAIL.search(text, lo, a.start)
        name = _PROMO_RE.sub("", _SPAM_WORDS_RE.sub("", m.group())) if m else ""  # 推荐访问, 立即下载: promotion, no law word
        glued.setdefault(a.text, set()).add(name)
        cursor = a.end
    return any(len(names) > 1 for names in glued.values())


#: Latin words (no brand among them) from which a line is English prose, not a line of spam: a
#: guideline's reference list names its authors' initials (``Glass, AG``: AG is also a casino brand).
_ENGLISH_LINE_WORDS = 6


def _context(text: str, start: int, end: int, lo: int, hi: int) -> tuple[str, str]:
    left = text[max(lo, start - CONTEXT_CHARS):start]
    right = text[end:min(hi, end + CONTEXT_CHARS)]
    return left, right


#: Words only gambling promotion and lottery sites write (a law may name some of these games,
#: never in a line made of them): the gate of :func:`vocabulary_lines` (捕鱼 is also fishing).
GAMBLING_WORDS: tuple[str, ...] = (
    "彩金", "返水", "出款", "首存", "首充", "注册送", "注册就送", "官方直营", "信誉第一", "时时彩", "六合彩", "百家乐",
    "老虎机", "真人视讯", "电子游艺", "快三", "体育投注", "彩票开户", "棋牌游戏", "捕鱼游戏",
)
_GAMBLING_RE = lazy_re(_alternation(GAMBLING_WORDS))
#: Their first and second characters: where one may start (:func:`_gates.pair_starts`, exact).
_GAMBLING_FIRST_BIT = _gates.register("gambling_first", {w[0] for w in GAMBLING_WORDS})
_GAMBLING_SECOND_BIT = _gates.register("gambling_second", {w[1] for w in GAMBLING_WORDS})
#: What an item of a line of gambling vocabulary is made of.
_VOCAB = _alternation(set(GAMBLING_WORDS) | set(CATEGORY_WORDS) | set(STRONG_SUFFIX_WORDS) | set(WEAK_SUFFIX_WORDS) | {"游戏", "开户", "彩票"})
#: One item: promotion (``稳定出款``), or vocabulary after at most a short name (``乐天堂`` + ``体育客户端``,
#: ``豪利777`` + ``快三客户端``).
_VOCAB_ITEM_RE = lazy_regex(rf"(?:{PROMO}|{SEO})+|(?:\p{{Han}}{{1,4}}?\d{{0,4}})?(?:{_VOCAB})+")
#: Separators between the items of such a line.
_VOCAB_SEP_RE = lazy_regex(r"\s*(?:[|｜丨_/·•，,]|——|\s)\s*")
#: The longest such line (a longer one is text).
_VOCAB_LINE_CHARS = 80


#: A betting site's unit: a game category and the site's app or home (``棋牌客户端``, ``电子APP``,
#: ``彩票APP``): with a greeting (``欢迎光临``) or a word of :data:`GAMBLING_WORDS`, the evidence of
#: a line of vocabulary.
_SITE_APP_WORDS = ("客户端", "APP", "App", "app", "官网", "官方网站", "手机版", "网页版")


@_gates.remembered_for_last_text
def _has_site_app_word(text: str) -> bool:
    """Whether ``text`` holds a word of :data:`_SITE_APP_WORDS`, remembered for the last text (the
    rule asks twice); an ASCII word is looked for only where the text's Latin-1 characters hold it
    (exact: its letters are adjacent there too).

    >>> _has_site_app_word("体育彩票APP"), _has_site_app_word("A中P中P")
    (True, False)
    """
    latin = _gates.latin1_chars(text)
    return any(word in text for word in _SITE_APP_WORDS if not word.isascii() or word.encode() in latin)
_CATEGORY_APP_RE = lazy_regex(rf"(?:{_alternation(CATEGORY_WORDS)})(?:{_alternation(_SITE_APP_WORDS)})")


#: A betting site's unit written inside a sentence, its name before it (``杏彩`` + ``电竞客户端``), Han on both sides.
_UNIT_IN_SENTENCE_RE = lazy_regex(
    rf"(?<=\p{{Han}})(?:{_alternation(CATEGORY_WORDS)})(?:{_alternation(_SITE_APP_WORDS)})(?=\p{{Han}})"
)
#: The name of such a unit: this many Han characters before its category, the likeliest first.
_UNIT_NAME_LENGTHS = (2, 3, 1)


def units_inside_words(text: str) -> list[tuple[int, int]]:
    """A betting site's unit (a short name, a game category, the site's app or home) inserted
    inside a word of the law: ``形成联杏彩电竞客户端合展示体系`` (the noise benchmark's
    spam_insert_inline, a residue of issue 15 seen after session 10).

    **Evidence**: a category of gambling games with the site's app or home (``电竞客户端``,
    ``彩票APP``, ``棋牌官网``) after a name of one to three Han characters, standing between two
    Han characters that read as a word together (``联|合``: 联合) but not with the unit's edges
    (``联杏``).  A law naming a lottery's app writes it between words it reads with
    (``不得通过彩票APP销售``: 过彩 and 售 are the sentence's own).

    >>> t = "形成联杏彩电竞客户端合展示体系，不得通过体育彩票APP销售彩票。"
    >>> [t[a:b] for a, b in units_inside_words(t)]
    ['杏彩电竞客户端']
    >>> units_inside_words("但不得通过体育彩票APP以外的渠道销售。")  # a state lottery's app
    []
    """
    if not _has_site_app_word(text):
        return []
    from corpus_tools.clean.brands import _state_lottery_at
    from corpus_tools.clean.evidence import reads_as_words

    found: list[tuple[int, int]] = []
    for m in _UNIT_IN_SENTENCE_RE.finditer(text):
        after = text[m.end()]
        for length in _UNIT_NAME_LENGTHS:
            start = m.start() - length
            if start < 1 or not all("\u4e00" <= c <= "\u9fff" for c in text[start - 1:m.start()]):
                continue
            before = text[start - 1]
            if _state_lottery_at(text, start) or _state_lottery_at(text, m.start()):
                break  # 体育彩票APP: a state lottery's own (review 11, F7: 不得通过体育彩票APP以外的渠道销售 lost it)
            if reads_as_words(before + after) and not reads_as_words(before + text[start]) and not reads_as_words(text[m.end() - 1] + after):
                found.append((start, m.end()))
                break
    return found


def vocabulary_lines(text: str) -> list[tuple[int, int]]:
    """Lines made only of gambling and lottery vocabulary, joined by separators: keyword lines
    without a head (``百家乐|时时彩|真人视讯|电子游艺``) and promotion before a brand that shows
    little of itself (``稳定出款 | 乐天堂体育客户端``, ``欢迎光临，博乐彩电子APP``), or a brand's app
    alone on its line (``大发快三彩票APP``), which stayed in the law between its articles (noise
    benchmark, spam_lines_promo, spam_lines_vocabulary, spam_html_links).  Evidence: every item
    promotion or vocabulary (a category, a spam-site word, after at most a four-character name);
    at least two items and a word only gambling sites write (:data:`GAMBLING_WORDS`) or a game
    category with the site's app or home (``棋牌客户端``, ``电子APP``); one item holding both; no
    sentence punctuation.

    >>> t = "第一条 甲。\\n百家乐|时时彩|真人视讯\\n稳定出款 | 乐天堂体育客户端\\n禁止利用六合彩、百家乐等进行赌博。\\n捕鱼，捕虾\\n"
    >>> [t[a:b] for a, b in vocabulary_lines(t)]
    ['百家乐|时时彩|真人视讯', '稳定出款 | 乐天堂体育客户端']
    >>> t = "（一）甲；\\n欢迎光临 | 旺财棋牌棋牌客户端\\n大发快三彩票APP\\n体育彩票APP\\n（二）乙。"
    >>> [t[a:b] for a, b in vocabulary_lines(t)]
    ['欢迎光临 | 旺财棋牌棋牌客户端', '大发快三彩票APP']
    """
    starts: list[tuple[int, int, bool]] = []  # (hit, its end, whether a gambling word)
    for at in _gates.pair_starts(text, _GAMBLING_FIRST_BIT, _GAMBLING_SECOND_BIT):
        m = _GAMBLING_RE.match(text, at)
        if m is not None:
            starts.append((at, m.end(), True))
    if _has_site_app_word(text):
        starts += [(m.start(), m.end(), False) for m in _CATEGORY_APP_RE.finditer(text)]
    if _may_hold_seo_word(text):
        starts += [(m.start(), m.end(), False) for m in _SEO_ONLY_RE.finditer(text)]
    out: list[tuple[int, int]] = []
    seen = -1
    for at, hit_end, _ in sorted(starts):
        start = text.rfind("\n", 0, at) + 1
        if start <= seen:
            continue
        seen = start
        end = text.find("\n", hit_end)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if len(line) > _VOCAB_LINE_CHARS or any(c in line for c in "。；;：:！？"):
            continue
        items = [item for item in _VOCAB_SEP_RE.split(line) if item]
        if not items or not all(_VOCAB_ITEM_RE.fullmatch(item) for item in items):
            continue
        gambling = _GAMBLING_RE.search(line) is not None
        unit = _CATEGORY_APP_RE.search(line) is not None
        if (len(items) >= 2 and (gambling or unit)) or (gambling and unit) or _seo_items(items):
            out.append((start, end))
    return out


#: Words only search-engine spam writes (``推广``, ``收录``, ``网站建设`` are also a law's words).
_SEO_CHINESE_WORDS = r"快速排名|关键词排名|排名优化|整站优化|网站优化|代发外链|外链|蜘蛛池|霸屏|站群|泛目录|寄生虫|百度(?:收录|快照|排名|优化)"
_SEO_ONLY_RE = lazy_regex(r"(?:SEO|seo|Seo)|" + _SEO_CHINESE_WORDS)
_SEO_ITEM_RE = lazy_regex(rf"(?:{SEO})+")
#: The Chinese words of :data:`_SEO_ONLY_RE` (stdlib ``re``: an alternation of Chinese words only
#: is searched twice as fast there, while its ASCII ``SEO`` slows ``re`` down).
_SEO_CHINESE_RE = lazy_re(_SEO_CHINESE_WORDS)


def _may_hold_seo_word(text: str) -> bool:
    """Whether :data:`_SEO_ONLY_RE` can match in ``text``: its ASCII word where the text's Latin-1
    characters hold it (exact: adjacent there too), its Chinese words by :data:`_SEO_CHINESE_RE`
    (0.09 CPU-s against 0.16 for the search itself on the 1,911 clean laws).

    >>> _may_hold_seo_word("代发外链 SEO优化"), _may_hold_seo_word("百度收录"), _may_hold_seo_word("网站建设 推广")
    (True, True, False)
    """
    latin = _gates.latin1_chars(text)
    return b"SEO" in latin or b"seo" in latin or b"Seo" in latin or _SEO_CHINESE_RE.search(text) is not None


def _seo_items(items: list[str]) -> bool:
    """A line of search-engine spam's keywords without a head (``SEO优化 外链代发 整站优化``): three items or
    more, each made of its words, two of them holding a word only such spam writes.

    >>> _seo_items(["网站建设", "快速排名", "百度收录"]), _seo_items(["网站建设", "推广", "收录"]), _seo_items(["快速排名"])
    (True, False, False)
    """
    return (len(items) >= 3 and all(_SEO_ITEM_RE.fullmatch(item) for item in items)
            and sum(1 for item in items if _SEO_ONLY_RE.search(item)) >= 2)


def remove_spam_anchors(
    text: str, *, restorations: Mapping[int, object] | None = None, brands: frozenset[str] | None = None
) -> RuleResult:
    """Remove spam brand strings and spam lines; restore replaced words when known.

    A line made only of spam (brands, links, promo words) is removed with its
    newline.  An anchor inside a sentence replaced a word: it becomes a gap,
    filled with ``restorations[start].word`` when the corpus gave evidence
    (see :func:`corpus_tools.dataset.restore.resolve_gaps`), else removed and
    recorded as an unresolved gap with its left and right context (``closed`` when the
    corpus showed the contexts side by side: the anchor was inserted and replaced nothing).

    **Evidence**: a brand string of the gambling family (a strong brand, a weak one with
    a suffix, version or link; a link only by its host, :func:`is_spam_url`; a brand by
    its shape, :mod:`corpus_tools.clean.brands`; a brand name the corpus learned,
    ``brands``), or a line made only of such strings, links, promotional and
    search-engine words.

    >>> out, edits, warns = remove_spam_anchors("提升万博体育APP官方网_万博体育manbetx3.0能力。")
    >>> out, json.loads(edits[0].detail)["gap"]
    ('提升能力。', 'unresolved')
    >>> remove_spam_anchors("开云体育(中国)官方网站-kaiyun.com\\n第一条 为了规范管理。")[0]
    '第一条 为了规范管理。'
    """
    # Whole spam lines are judged on the anchors as found; the page's shortest
    # forms (which give a trailing 平台/站 back to the law) only shape the gaps.
    full = find_spam_anchors(text, shorten=False, brands=brands or frozenset())
    recurring = [Anchor(s, e, text[s:e]) for s, e in recurring_brands(text) + spaced_latin_brands(text)]
    known = SpanIndex((a.start, a.end) for a in full)  # (a brand a rule knows is that rule's: its copies may share their neighbours)
    recurring += [Anchor(s, e, text[s:e]) for s, e in recurring_mixed_names(text) if not known.overlaps(s, e)]
    if recurring:  # (a page's repeated string of a name, a game and site words; a spaced Latin name: anchors like the others)
        full = _merge_overlapping(full + recurring)
    interleaved = interleaved_brands(text)
    if interleaved:  # (a brand with invisible characters between its characters: an anchor, its gap restored from witnesses)
        full = _merge_overlapping(full + [Anchor(s, e, text[s:e]) for s, e in interleaved])
    keywords = adult_keyword_spans(text)
    vocabulary = vocabulary_lines(text) + [(s, e) for s, e, kind in keywords if kind == ADULT_LINE]
    vocabulary += reputation_insertions(text)
    vocabulary += contact_lines(text) + service_keyword_lines(text) + mixed_name_lines(text)
    password_lines, password_tails = share_password_spans(text)  # (an app's share password: clean/spam_share.py)
    vocabulary += password_lines
    insertions = [(s, e, kind) for s, e, kind in keywords if kind != ADULT_LINE]
    insertions += [(s, e, SHARE_PASSWORD) for s, e in password_tails]
    full, decorated = _with_decorations(text, full)
    anchored = SpanIndex((a.start, a.end) for a in full)
    # (a betting tag or a host that a spam anchor holds replaced a word: its gap is the anchor's,
    # restored from witnesses, not an insertion)
    starred: list[tuple[int, int]] = []  # a word starred once (``★博彩★``): the law's, kept with a warning
    insertions += [d for d in inserted_decorations(text, starred) if d[2] != BETTING_TAG or not anchored.overlaps(d[0], d[1])]
    insertions += [(s, e, BRAND_SEGMENT) for s, e, _ in brand_segments(text)]
    insertions += [(s, e, BETTING_UNIT) for s, e in units_inside_words(text) if not anchored.overlaps(s, e)]
    insertions += [h for h in glued_hosts(text) if not anchored.overlaps(h[0], h[1])]
    links = inserted_links(text)  # (a link glued into a sentence, ``处置不力t.cn/hJW8MxDE，``: clean/inserted_spans.py)
    if links:  # (a lone brand a label of it spells, ``suo.im``'s ``im``, goes with it; another anchor keeps the place)
        inserted = SpanIndex([(s, e) for s, e, _ in insertions])
        sentence_anchors = SpanIndex((a.start, a.end) for a in full if not a.line_only)
        lone = _Spans([(a.start, a.end) for a in full if a.line_only])
        insertions += [(s, e, INSERTED_LINK) for s, e in links if not sentence_anchors.overlaps(s, e)
                       and not lone.reaches_out(s, e) and not inserted.overlaps(s, e)]
    insertions += [(s, e, DECORATED_BRAND) for s, e in decorated]
    insertions += [(s, e, DECORATED_BRAND) for s, e in bracketed_mixed_names(text)]  # (over an anchor inside it too)
    insertions += [(s, e, DECORATION_REMNANT) for s, e in decoration_remnants(text) if not anchored.overlaps(s, e)]
    insertions += [(s, e, PROMOTION_SENTENCE) for s, e in promotion_sentences(text, [(a.start, a.end) for a in full])]
    clauses = promotion_clauses(text)
    if clauses:  # (an offer clause another rule took, a sentence or a decorated brand, is that rule's)
        inserted = SpanIndex([(s, e) for s, e, _ in insertions])
        insertions += [(s, e, PROMOTION_CLAUSE) for s, e in clauses if not inserted.overlaps(s, e) and not anchored.overlaps(s, e)]
    insertions += [(s, e, SPACED_BRAND) for s, e in spaced_brands(text) if not anchored.overlaps(s, e)]
    insertions += [(s, e, POSITIONAL_BRAND) for s, e in positional_brands(text) if not anchored.overlaps(s, e)]
    credentials = inserted_credentials(text)  # (a name and titles put inside a phrase the page writes whole: F28-B3)
    if credentials:
        inserted = SpanIndex([(s, e) for s, e, _ in insertions])
        insertions += [(s, e, INSERTED_CREDENTIAL) for s, e in credentials
                       if not inserted.overlaps(s, e) and not anchored.overlaps(s, e)]
    contacts = contact_insertions(text)
    # (a contact in disguise, ``（加薇：九五五八七九八六九〇）``: corpus_tools/clean/spam_contacts.py; a plain one inside it is its)
    disguised = [(s, e) for s, e in disguised_contact_insertions(text) if not anchored.overlaps(s, e)]
    inside = SpanIndex(disguised)
    insertions += [(s, e, CONTACT_DETAIL) for s, e in contacts if not anchored.overlaps(s, e) and not inside.overlaps(s, e)]
    insertions += [(s, e, CONTACT_DETAIL) for s, e in disguised]
    pitches = escort_pitches(text)
    if pitches:  # (an escort ad with its contact in a sentence, F30-B3: clean/spam_pitches.py; the contact goes with it)
        insertions = _merged_with(insertions, [(s, e, ESCORT_PITCH) for s, e in pitches if not anchored.overlaps(s, e)])
    insertions += [(s, e, FOREIGN_SCRIPT) for s, e in foreign_script_runs(text)]  # (a brand inside one, ``casino``, goes with it)
    names = romanised_names(text, frozenset(b.lower() for b in brands or () if b.isascii()))  # (a brand in pinyin put into sentences, ``的 AomenXinpujing 检查``: clean/inserted_spans.py)
    if names:  # (an anchor or an insertion inside one, ``Xinpujing``, goes with it; one reaching out of it keeps the place)
        anchor_parts, inserted = _Spans([(a.start, a.end) for a in full]), _Spans([(s, e) for s, e, _ in insertions])
        names = [(s, e) for s, e in names if not anchor_parts.reaches_out(s, e) and not inserted.reaches_out(s, e)]
        inside = SpanIndex(names)
        insertions = [(s, e, kind) for s, e, kind in insertions if not inside.covers(s)]
        insertions += [(s, e, ROMANISED_BRAND) for s, e in names]
    insertions += [(s, e, PINYIN_TRADE_WORD) for s, e in _over_anchors(pinyin_trade_words(text), full)]
    homophones = homophone_trade_runs(text)
    if homophones:  # (a word of the trade spelled by sound or shape, in a run of the trade's words: ``百家楽真人视讯官网``)
        # (an insertion inside the run, its contact ``扣扣：12345678``, goes with it; one reaching out of it keeps the place)
        # (an anchor inside the run, ``百家楽`` + ``真人视讯官网``, grows over it: an anchor still, its gap restored from witnesses)
        inserted = _Spans([(s, e) for s, e, _ in insertions])
        over = [(s, e) for s, e in homophones if anchored.overlaps(s, e)]
        if over:
            anchor_parts = _Spans([(a.start, a.end) for a in full])
            over = [(s, e) for s, e in over if not anchor_parts.reaches_out(s, e) and not inserted.reaches_out(s, e)]
            full = _merge_overlapping(full + [Anchor(s, e, text[s:e]) for s, e in over])
            anchored = SpanIndex((a.start, a.end) for a in full)
        runs = [(s, e) for s, e in homophones if not anchored.overlaps(s, e) and not inserted.reaches_out(s, e)]
        if runs:
            inside = SpanIndex(runs)
            insertions = [(s, e, kind) for s, e, kind in insertions if not inside.covers(s)]
            insertions += [(s, e, HOMOPHONE_TRADE_WORD) for s, e in runs]
    hosts = brand_hosts(text)
    grown = [(s, e) for s, e in hosts if _anchored_in_sentence(full, s, e)]
    if grown:  # (a brand the anchor finder took in a sentence, its bare host after it: the anchor grows over the host)
        full = _merge_overlapping(full + [Anchor(s, e, text[s:e]) for s, e in grown])
        anchored = SpanIndex((a.start, a.end) for a in full)
    dressed = [(s, e, DRESSED_BRAND) for s, e in dressed_brands(text)] + [(s, e, SOCIAL_TAG) for s, e in social_tags(text)] \
        + [(s, e, HAN_LABEL_DOMAIN) for s, e in han_label_domains(text) + bare_brand_domains(text)] \
        + [(s, e, HAN_LABEL_DOMAIN) for s, e in hosts if (s, e) not in grown] \
        + [(s, e, CLOTHED_HOST) for s, e in clothed_hosts(text)]
    # (a brand in a platform's syntax, ``//@永利皇宫娱乐:``, or with its filtered characters disguised, ``氵奥门贝者土汤``:
    # clean/spam_disguised.py; the unit goes whole, its normalised form recorded in the edit)
    disguised = [(s, e, n, PLATFORM_SPAM) for s, e, n in platform_units(text)] \
        + [(s, e, n, DISGUISED_SPAM) for s, e, n in disguised_runs(text)]
    normal_forms = {(s, e): n for s, e, n, _ in disguised}
    dressed += [(s, e, kind) for s, e, _, kind in disguised]
    if dressed:  # (a brand dressed in Unicode ``新̶葡̶京̶``, as a tag ``#澳门威尼斯人#``, as a domain ``www.大发快三.网址``:
        # the run goes whole, what another rule found inside it, ``威尼斯人``, with it)
        over = [(s, e) for s, e, kind in dressed if kind == CLOTHED_HOST and anchored.overlaps(s, e)]
        if over:  # (a host whose name an anchor holds, ``bet365[.]com``: the anchor grows over it, a spam line's stays one)
            full = _merge_overlapping(full + [Anchor(s, e, text[s:e]) for s, e in over])
            anchored = SpanIndex((a.start, a.end) for a in full)
            grown = set(over)
            dressed = [d for d in dressed if (d[0], d[1]) not in grown]
        insertions = _merged_with(insertions, dressed)
    trades = trade_insertions(text)
    if trades:  # (another trade's string the page repeats inside its sentences, ``城市成人直播供水``: clean/spam_trades.py;
        # what another rule found inside it goes with it, and an anchor of Latin letters only, a domain the build
        # learned as a brand, ``「午夜福利」bcqacke.com``; an anchor with Han characters replaced a word, ``博乐彩体育·bolecai``
        # for 活动, and keeps the place for its gap's restoration, as one reaching out of the string does)
        anchor_parts = _Spans([(a.start, a.end) for a in full])
        worded = SpanIndex((a.start, a.end) for a in full if _HAN_CHAR.search(text, a.start, a.end))
        insertions = _merged_with(insertions, [(s, e, TRADE_INSERTION) for s, e in trades
                                               if not anchor_parts.reaches_out(s, e) and not worded.overlaps(s, e)])
    units = recurring_units(text)
    if units:  # (an ad of any trade, in any decoration, the page repeats inside its sentences: clean/spam_units.py;
        # what another rule found inside it goes with it; an anchor reaching out of it keeps the place, and an anchor
        # with Han characters inside it keeps its own place for its gap's restoration, the rest of the unit going)
        anchor_parts = _Spans([(a.start, a.end) for a in full])
        units = [(s, e) for s, e in units if not anchor_parts.reaches_out(s, e)]
        worded = [(a.start, a.end) for a in full if not a.line_only and _HAN_CHAR.search(text, a.start, a.end)]
        placed = [(a.start, a.end) for a in full if not a.line_only]
        pieces = []
        for unit in units:  # (a unit whose only parts beyond an anchor that replaced a word are Han characters is
            # that anchor at places the same word was replaced, ``试[PG电子kaiyun.com]证`` for 验 twice: the anchor's)
            parts = _outside([unit], worded)
            if parts != [unit] and all(_HAN_CHAR.fullmatch(ch) for a, b in parts for ch in text[a:b]):
                continue
            beyond = _outside([unit], placed)  # (the same for an anchor of no Han, ``试kaiyun.vip证`` for 验验 twice)
            if beyond != [unit] and all(_HAN_CHAR.fullmatch(ch) for a, b in beyond for ch in text[a:b]):
                continue
            pieces += parts
        insertions = _merged_with(insertions, [(s, e, RECURRING_AD) for s, e in pieces])
    taken = SpanIndex([(s, e) for s, e in vocabulary] + [(s, e) for s, e, _ in insertions])
    # (a brand of no list glued into a sentence: an anchor like the others, its gap restored from witnesses; an anchor
    # or an insertion another rule found inside it, its domain ``r4090.ink``, goes with it; one reaching out of it
    # keeps the place)
    taken_parts: list = []  # (built on the first run of the shape a page holds: most pages hold none)

    def busy(s: int, e: int) -> bool:
        if not taken_parts:
            taken_parts.extend((SpanIndex(vocabulary), _Spans([(a.start, a.end) for a in full])))
        return taken_parts[0].overlaps(s, e) or taken_parts[1].reaches_out(s, e)

    modelled = model_delimited_brands(text, busy, learned=frozenset(b for b in brands or () if b.isascii()))
    if modelled:
        anchored_parts = taken_parts[1]
        inserted_parts = _Spans([(s, e) for s, e, _ in insertions])
        modelled = [(s, e) for s, e in modelled if not inserted_parts.reaches_out(s, e) and not anchored_parts.reaches_out(s, e)]
    if modelled:
        full = _merge_overlapping(full + [Anchor(s, e, text[s:e]) for s, e in modelled])
        inside = SpanIndex(modelled)
        insertions = [(s, e, kind) for s, e, kind in insertions if not inside.covers(s)]
        taken = SpanIndex([(s, e) for s, e in vocabulary] + [(s, e) for s, e, _ in insertions])
    apparatus = apparatus_spans(text, [(a.start, a.end) for a in full if not a.line_only] + [(s, e) for s, e, _ in insertions],
                                [(a.start, a.end) for a in full if a.line_only])
    if apparatus:  # (a brand dressed as a citation, a note, a source line: the form goes with it, clean/spam_apparatus.py)
        lines = SpanIndex(vocabulary)
        apparatus = [(s, e) for s, e in apparatus if not lines.overlaps(s, e)]
        insertions = _merged_with(insertions, [(s, e, SPAM_APPARATUS) for s, e in apparatus])
        taken = SpanIndex([(s, e) for s, e in vocabulary] + [(s, e) for s, e, _ in insertions])
    placed = [(a.start, a.end) for a in full if not a.line_only and not taken.covers(a.start)] + [(s, e) for s, e, _ in insertions]
    glued = glued_decorations(text, placed)
    if glued:  # (a decoration run glued to a unit a rule took, ``(≧∇≦)ﾉ银河娱乐官网(★ω★)``: it goes with it, clean/spam_units.py)
        inserted = SpanIndex(placed + vocabulary)
        insertions += [(s, e, GLUED_DECORATION) for s, e in glued if not inserted.overlaps(s, e)]
        taken = SpanIndex([(s, e) for s, e in vocabulary] + [(s, e) for s, e, _ in insertions])
    if taken.starts:  # whole lines and insertions: the anchors on them go with them
        full = [a for a in full if not taken.covers(a.start)]
    anchors = _shortest_page_forms(text, full)
    warnings: list[CleanWarning] = [
        CleanWarning(SPAM_ANCHOR, s, "starred word kept: no promotion word, the law's own",
                     text[max(0, s - 12):min(len(text), e + 12)])
        for s, e in starred if not anchored.overlaps(s, e)
    ]
    if not anchors and not vocabulary and not insertions:
        return text, [], warnings
    restorations = restorations or {}
    anchored = SpanIndex((a.start, a.end) for a in full)
    # (no spam on the page but resorts' names a brand list holds: a page about Macau's casinos names them, F18-A2)
    lone_page = not vocabulary and not insertions and all(a.line_only or _is_lone_brand(a) for a in full)
    gap_edits: list[Edit] = []
    line_spans: list[tuple[int, int, list[str]]] = []
    sentences: list[tuple[int, int]] = []
    i = 0
    while i < len(anchors):
        line_start = text.rfind("\n", 0, anchors[i].start) + 1
        line_end = text.find("\n", anchors[i].start)
        line_end = len(text) if line_end < 0 else line_end
        j = i
        while j < len(anchors) and anchors[j].start < line_end:
            j += 1
        line_anchors = anchors[i:j]
        if _is_spam_line(text[line_start:line_end], full[i:j], line_start):
            line_spans.append((line_start, line_end, [a.text for a in line_anchors]))
        else:
            inline = [a for a in line_anchors if not a.line_only]
            for start, end in spam_sentences(text, line_start, line_end, inline):
                sentences.append((start, end))
                inline = [a for a in inline if not start <= a.start < end]
            inline = [a for a in inline if not _kept_as_named(text, a, restorations, anchored, warnings)]
            if lone_page:
                inline = [a for a in inline if not _kept_as_lone_name(text, a, restorations, warnings)]
            bounds = [line_start] + [p for a in inline for p in (a.start, a.end)] + [line_end]
            for k, a in enumerate(inline):
                lo, hi = bounds[2 * k], bounds[2 * k + 3]
                gap_edits.append(_gap_edit(text, a, lo, hi, restorations.get(a.start), warnings))
        i = j
    line_spans += [(s, e, [text[s:e].strip()]) for s, e in vocabulary]
    line_edits = [
        Edit(SPAM_ANCHOR, s, e, text[s:e], "", json.dumps({"spam_line": notes}, ensure_ascii=False))
        for s, e, notes in _merge_line_spans(text, line_spans)
    ]
    removed_lines = SpanIndex([(e.start, e.end) for e in line_edits] + sentences)
    insertions = [(s, e, kind) for s, e, kind in insertions if not removed_lines.covers(s)]  # (a spam line goes whole)
    insertions += [(s, e, SPAM_SENTENCE) for s, e in sentences]
    insertion_edits = [
        Edit(SPAM_ANCHOR, s, e, text[s:e], "", json.dumps(_inserted_note(kind, s, e, normal_forms), ensure_ascii=False))
        for s, e, kind in insertions
    ]
    edits = _merge_sorted(line_edits + gap_edits + insertion_edits)
    edits = _merge_sorted(edits + remnant_edits(text, edits))
    if interleaved:
        edits = _with_interleaved(text, edits, interleaved)
    return apply_edits(text, edits), edits, warnings


def _outside(spans: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``spans`` outside every one of ``holes``.

    >>> _outside([(0, 10), (20, 25)], [(3, 5), (8, 12)])
    [(0, 3), (5, 8), (20, 25)]
    """
    out = []
    for s, e in spans:
        at = s
        for hs, he in sorted(holes):
            if he <= at or hs >= e:
                continue
            if hs > at:
                out.append((at, hs))
            at = max(at, he)
        if at < e:
            out.append((at, e))
    return out


def _anchored_in_sentence(anchors: list[Anchor], start: int, end: int) -> bool:
    """Whether an anchor taken inside sentences (not only on spam lines) overlaps ``start:end``: a brand and host the
    anchor finder reads as one replaced a word (``爱游戏ayx.com`` for 政法), its gap restored from witnesses, not an
    insertion of :func:`~corpus_tools.clean.spam_tags.brand_hosts`."""
    return any(not a.line_only and a.start < end and start < a.end for a in anchors)


def _inserted_note(kind: str, start: int, end: int, normal_forms: dict[tuple[int, int], str]) -> dict:
    """The note of an insertion's edit: its kind, and the normalised forms of the disguised runs it removes
    (:mod:`corpus_tools.clean.spam_disguised`: ``氵奥门贝者土汤`` read as ``澳门赌场``).

    >>> _inserted_note("x", 0, 9, {(2, 5): "澳门赌场"}), _inserted_note("x", 0, 9, {})
    ({'inserted': 'x', 'normalised': ['澳门赌场']}, {'inserted': 'x'})
    """
    forms = [n for (s, e), n in sorted(normal_forms.items()) if start <= s and e <= end] if normal_forms else []
    return {"inserted": kind, "normalised": forms} if forms else {"inserted": kind}


def _merged_with(insertions: list[tuple[int, int, str]], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``insertions`` and ``spans``, where a span overlaps others (an insertion or a span) one insertion over them all,
    of the longest one's kind (a foreign-script run ``𝘸𝘢𝘯𝘭𝘪776娱乐`` holds the dressed ``𝘸𝘢𝘯𝘭𝘪776``); insertions that
    overlap no span as they were.

    >>> _merged_with([(0, 3, "a"), (10, 12, "c")], [(2, 8, "b"), (20, 22, "d")])
    [(10, 12, 'c'), (0, 8, 'b'), (20, 22, 'd')]
    """
    groups: list[list] = []  # [start, end, kind, length of the kind's span, holds a span]
    for s, e, kind, is_span in sorted([(s, e, k, False) for s, e, k in insertions] + [(s, e, k, True) for s, e, k in spans]):
        if groups and s < groups[-1][1]:
            g = groups[-1]
            g[1] = max(g[1], e)
            if e - s > g[3]:
                g[2], g[3] = kind, e - s
            g[4] = g[4] or is_span
        else:
            groups.append([s, e, kind, e - s, is_span])
    merged = [(g[0], g[1], g[2]) for g in groups if g[4]]
    inside = SpanIndex([(s, e) for s, e, _ in merged])
    return [(s, e, kind) for s, e, kind in insertions if not inside.overlaps(s, e)] + merged


def _with_interleaved(text: str, edits: list[Edit], interleaved: list[tuple[int, int]]) -> list[Edit]:
    """``edits`` with every interleaved brand (:func:`~corpus_tools.clean.spam_invisible.interleaved_brands`) that no
    edit removes whole removed as an insertion (with the edits it overlaps, in one edit): the invisible-character
    rule kept its invisible characters for this rule, which must not leave them in the text (an anchor the page
    named, ``_kept_as_named``, gives way to the interleaving, which a name never shows).

    >>> t = "甲乙金\u200b樽\u200b娱\u200b乐丙"
    >>> [(e.start, e.end) for e in _with_interleaved(t, [], [(2, 9)])]
    [(2, 9)]
    """
    missing = [(s, e) for s, e in interleaved if not _inside_one(edits, s, e)]
    if not missing:
        return edits
    for s, e in missing:
        over = [x for x in edits if x.start < e and s < x.end]
        lo, hi = min([s] + [x.start for x in over]), max([e] + [x.end for x in over])
        edits = [x for x in edits if not (x.start < hi and lo < x.end)]
        edits.append(Edit(SPAM_ANCHOR, lo, hi, text[lo:hi], "", json.dumps({"inserted": INTERLEAVED_BRAND}, ensure_ascii=False)))
    return sorted(edits, key=lambda x: x.start)


def _inside_one(edits: list[Edit], start: int, end: int) -> bool:
    """Whether one edit of the sorted ``edits`` removes or rewrites all of ``[start, end)``."""
    i = bisect.bisect_right([x.start for x in edits], start) - 1
    return i >= 0 and edits[i].start <= start and end <= edits[i].end


#: Marks a spam string brings with it when it is put in as a clause or a sentence of its own
#: (``…，金牛坊电玩娱乐jnf.win，…``): the same mark on both sides of a removal is one too many.
_DOUBLED_MARKS = "，；。"
#: What may stand beyond the blanks that pad a removed string: Han text and the marks of a sentence.
_PAD_NEIGHBOUR = lazy_regex(r"[\p{Han}，。；：、！？）》”’」』]")
#: An article's or an item's label that a blank rightly follows (``第五条 ``, ``（一） ``, ``一、``).
_LABEL_END = lazy_regex(r"(?:第[零〇一二三四五六七八九十百千两\d]+[条章节编款项]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)$")
INSERTION_REMNANT = "remnant of a removed spam string"


def remnant_edits(text: str, edits: list[Edit]) -> list[Edit]:
    """Edits removing what a removed spam string leaves behind: the second of two identical marks
    where no word was restored (``，，`` of a brand put in as a clause with its own comma,
    ``…负有监督管理职责的部门委托开展检测的，金牛坊电玩娱乐jnf.win，其出具的…``), and the blanks it was
    padded with on both sides, restored or not (``建设有中国特色 凯旋门棋牌游戏kaixuan985  的理论``),
    where Han text or a sentence's marks stand beyond them and no label (``第五条 ``) precedes.
    The blind variants of session 14 (issue 15: what removal leaves) showed both; a law never
    writes ``，，``, nor blanks on both sides of a place inside a sentence.

    >>> t = "委托开展检测的，金牛坊电玩娱乐jnf.win，其出具的数据"
    >>> e = Edit(SPAM_ANCHOR, 8, 22, t[8:22], "", "{}")
    >>> [(x.start, x.before) for x in remnant_edits(t, [e])]
    [(22, '，')]
    >>> t = "中国特色\u3000凯旋门棋牌kaixuan985  的理论，第五条 金沙娱乐 为了"
    >>> a, b = t.index("凯"), t.index("  ")
    >>> es = [Edit(SPAM_ANCHOR, a, b, t[a:b], "", "{}"), Edit(SPAM_ANCHOR, t.index("金"), t.index(" 为"), "金沙娱乐", "", "{}")]
    >>> [(x.start, x.before) for x in remnant_edits(t, es)]
    [(4, '\u3000'), (20, '  ')]
    >>> t = "提升 金彩汇娱乐_jch88 能力，，甲，金沙娱乐，乙"  # a word restored: its pads go, its marks stay
    >>> es = [Edit(SPAM_ANCHOR, 3, 14, t[3:14], "服务", "{}"), Edit(SPAM_ANCHOR, 22, 26, "金沙娱乐", "规定", "{}")]
    >>> [(x.start, x.before) for x in remnant_edits(t, es)]
    [(2, ' '), (14, ' ')]
    """
    places = [e for e in edits if '"spam_line"' not in e.detail]
    if not places:
        return []
    taken = SpanIndex((e.start, e.end) for e in edits)
    out: list[Edit] = []
    spans: list[list] = []  # [start, end, a word was restored there]
    for e in sorted(places, key=lambda e: e.start):
        if spans and e.start == spans[-1][1]:
            spans[-1][1] = e.end  # edits side by side are one place
            spans[-1][2] = spans[-1][2] or bool(e.after)
        else:
            spans.append([e.start, e.end, bool(e.after)])
    detail = json.dumps({"inserted": INSERTION_REMNANT}, ensure_ascii=False)
    for start, end, restored in spans:
        if 0 < start and end < len(text) and text[start - 1] == text[end] and text[end] in _DOUBLED_MARKS:
            if not restored and not taken.overlaps(end, end + 1):
                out.append(Edit(SPAM_ANCHOR, end, end + 1, text[end], "", detail))
            continue
        left = start
        while left > 0 and text[left - 1] in _LINE_BLANKS and start - left < 4:
            left -= 1
        right = end
        while right < len(text) and text[right] in _LINE_BLANKS and right - end < 4:
            right += 1
        if left == start or right == end or left == 0 or right == len(text):
            continue
        if not (_PAD_NEIGHBOUR.match(text, left - 1) and _PAD_NEIGHBOUR.match(text, right)):
            continue
        if _LABEL_END.search(text, max(0, left - 12), left) or taken.overlaps(left, start) or taken.overlaps(end, right):
            continue
        if "\t" in text[left:start] or "\t" in text[end:right] or _in_aligned_row(text, left, right, taken):
            # a tab, or a row of cells aligned by blanks: the pads are cell separators; one stays between the cells beside
            # the brand (review 14, R14-F12: ``项目  金沙娱乐jnf.win  数量`` became ``项目数量``), both beside a restored word
            if not restored:
                out.append(Edit(SPAM_ANCHOR, left, start, text[left:start], "", detail))
            continue
        out += [Edit(SPAM_ANCHOR, left, start, text[left:start], "", detail),
                Edit(SPAM_ANCHOR, end, right, text[end:right], "", detail)]
    return out


#: A cell separator of a row aligned by blanks: two blanks or more, or a tab, between two cells (a paragraph's indent
#: ``　　`` at the line's start is none).
_CELL_GAP_RE = lazy_regex(r"(?<=\S)(?:[ \u00a0\u3000]{2,}|\t)(?=\S)")
#: How far from a removed string its row's other separators are looked for (a bound: the scan stays linear).
_ROW_WINDOW = 120


def _in_aligned_row(text: str, left: int, right: int, removed: "SpanIndex") -> bool:
    """Whether the line around ``text[left:right]`` (a removed string with its pads) holds another cell separator
    (:data:`_CELL_GAP_RE`) near it: a table's row, whose pads separate cells, not running text.  The pads of other
    removed strings (``removed``: a brand padded again and again in one sentence) separate no cells.

    >>> t, none = "序号  项目  金沙娱乐jnf.win  数量", SpanIndex([])
    >>> _in_aligned_row(t, t.index("项目") + 2, t.index("数量"), none), _in_aligned_row("并处十万 金沙 元以上", 4, 8, none)
    (True, False)
    >>> t = "\u3000\u3000第五条  为了加强 金沙 管理"
    >>> _in_aligned_row(t, t.index(" 金"), t.index("管"), none)
    False
    >>> t = "建设有中国特色 金沙  的理论，推进 金沙  民主"
    >>> _in_aligned_row(t, t.index(" 金"), t.index("的"), SpanIndex([(t.index("金"), t.index("金") + 2), (t.rindex("金"), t.rindex("金") + 2)]))
    False
    """
    line_start = text.rfind("\n", max(0, left - _ROW_WINDOW), left) + 1 or max(0, left - _ROW_WINDOW)
    line_end = text.find("\n", right, right + _ROW_WINDOW)
    line_end = min(len(text), right + _ROW_WINDOW) if line_end < 0 else line_end
    for lo, hi in ((line_start, left), (right, line_end)):
        for gap in _CELL_GAP_RE.finditer(text, lo, hi):
            if removed.overlaps(gap.start() - 1, gap.start()) or removed.overlaps(gap.end(), gap.end() + 1):
                continue  # another removed string's pad
            if not _LABEL_END.search(text, max(lo, gap.start() - 12), gap.start()):
                return True  # (the blanks after a label, ``第五条  ``, separate no cells)
    return False


def _kept_as_named(text: str, anchor: Anchor, restorations: Mapping[int, object], anchored: "SpanIndex",
                   warnings: list[CleanWarning]) -> bool:
    """Whether an anchor stays because the law's grammar names it (``不得为【澳门银河app】等境外赌博平台``:
    :func:`~corpus_tools.clean.spam_decorations.named_by_law`), with a warning; a word the corpus
    restored (witnesses show what the brand replaced) is no name and goes."""
    if anchor.start in restorations:
        return False
    reason = named_by_law(text, anchor.start, anchor.end, anchored.overlaps)
    if reason is None:
        return False
    left, right = text[max(0, anchor.start - 12):anchor.start], text[anchor.end:anchor.end + 12]
    warnings.append(CleanWarning(SPAM_ANCHOR, anchor.start, f"spam brand kept: the law names it ({reason})",
                                 f"{left}〔{anchor.text}〕{right}"))
    return True


#: Self-evident brands that are also the names of real resorts and casino companies, which official acts and the
#: press name (a Macau land grant's grantee 威尼斯人路氹股份有限公司, the resort 新濠天地, the hotel 新葡京); a
#: brand that names its category (开元棋牌, ob体育) or a made-up site name (华体会) is no such name.
LONE_NAME_BRANDS = frozenset({"威尼斯人", "新濠天地", "澳门新葡京"})


def _is_lone_brand(anchor: Anchor) -> bool:
    """Whether an anchor is one of :data:`LONE_NAME_BRANDS` on its own, with no spam word, link or Latin name
    of its own.

    >>> _is_lone_brand(Anchor(0, 4, "新濠天地")), _is_lone_brand(Anchor(0, 6, "新濠天地官网")), _is_lone_brand(Anchor(0, 4, "开元棋牌"))
    (True, False, False)
    """
    return anchor.text in LONE_NAME_BRANDS


def _kept_as_lone_name(text: str, anchor: Anchor, restorations: Mapping[int, object], warnings: list[CleanWarning]) -> bool:
    """Whether a lone brand name stays on a page that holds no other spam (no spam word, link, line or insertion
    anywhere), with a warning; a word the corpus restored (witnesses show what the brand replaced) goes.

    Real damage (field test 18, F18-A2): the Macau government's own news (www.gov.mo) lost the resort's name in
    ``新濠博亚博彩(澳门)股份有限公司投资计划之一的新濠天地开幕`` (``…之一的开幕``), a 中新网 report lost
    ``“金光大道”威尼斯人等大型娱乐场`` (``…“金光大道”等大型娱乐场``): text about Macau's gaming industry names
    its casinos, and nothing else on those pages is spam.
    """
    if anchor.start in restorations:
        return False
    left, right = text[max(0, anchor.start - 12):anchor.start], text[anchor.end:anchor.end + 12]
    warnings.append(CleanWarning(SPAM_ANCHOR, anchor.start, "spam brand kept: a lone brand name, no other spam on the page",
                                 f"{left}〔{anchor.text}〕{right}"))
    return True


#: The kinds of what :func:`remove_spam_anchors` removes as dressed brands (the edits' detail).
DECORATED_BRAND, DECORATION_REMNANT = "decorated brand", "remnant of a decorated brand"


def _with_decorations(text: str, anchors: list[Anchor]) -> tuple[list[Anchor], list[tuple[int, int]]]:
    """The anchors with the decoration of a brand unit they lie in taken with them, and the
    decorated brand units that hold no anchor (insertions: :func:`~corpus_tools.clean.spam_decorations.decorated_brands`).

    Decoration and brand are one unit: an anchor that is only part of a decorated brand
    (``★鼎泰体育`` + ``dt668.cc`` + ``★``: the host was the anchor) grows over the whole
    decoration, so that neither the name nor the brackets stay in the law; it stays an
    anchor, whose gap restoration judges (a dressed brand may have replaced a word).

    >>> t = "加强★鼎泰体育dt668.cc★管理"
    >>> anchors, alone = _with_decorations(t, [Anchor(7, 15, "dt668.cc")])
    >>> [a.text for a in anchors], alone
    (['★鼎泰体育dt668.cc★'], [])
    """
    anchors = [_filling(text, a) for a in anchors]
    spans = decorated_brands(text)
    if not spans:
        return anchors, []
    grown: list[Anchor] = []
    taken: set[int] = set()  # indexes of the anchors a decoration took
    alone: list[tuple[int, int]] = []
    anchors = sorted(anchors, key=lambda a: (a.start, -a.end))
    starts = [a.start for a in anchors]
    for start, end in spans:
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        inside = [i for i in range(lo, hi) if anchors[i].end <= end]
        straddles = len(inside) < hi - lo or (lo > 0 and anchors[lo - 1].end > start)
        if straddles:
            continue  # an anchor runs out of the decoration: the anchor's reading stands
        if not inside:
            alone.append((start, end))
            continue
        if any(anchors[i].line_only for i in inside):
            continue
        taken.update(inside)
        grown.append(Anchor(start, end, text[start:end], False, anchors[inside[0]].stem))
    kept = [a for i, a in enumerate(anchors) if i not in taken]
    return sorted(kept + grown, key=lambda a: (a.start, -a.end)), alone


def _filling(text: str, anchor: Anchor) -> Anchor:
    """The anchor with the decoration it fills exactly (a known brand in ``「」``, cut from its brackets, left
    ``危害遗址本体、「」遗址历史风貌``: the noise benchmark's spam_replace_decorated)."""
    if anchor.line_only:
        return anchor
    start, end = filled_decoration(text, anchor.start, anchor.end)
    if (start, end) == (anchor.start, anchor.end):
        return anchor
    return Anchor(start, end, text[start:end], False, anchor.stem)


class SpanIndex:
    """Sorted spans (which may overlap) merged once, asked by bisection: a point or a span
    against all of them in ``O(log n)``.

    Asking a plain list of spans re-merged every span on every call, so that a page of
    many dressed brands (``殡〖金沙棋牌app下载〗仪`` repeated, review R13-F11) cost time
    quadratic in its length.

    >>> index = SpanIndex([(0, 10), (2, 4), (20, 30)])
    >>> index.covers(7), index.covers(12), index.overlaps(12, 21), index.overlaps(10, 20)
    (True, False, True, False)
    """

    def __init__(self, spans) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]  # every span's start (a span inside the asked one overlaps it)
        self.merged_starts: list[int] = []
        self.merged_ends: list[int] = []
        for s, e in spans:
            if self.merged_ends and s <= self.merged_ends[-1]:
                self.merged_ends[-1] = max(self.merged_ends[-1], e)
            else:
                self.merged_starts.append(s)
                self.merged_ends.append(e)

    def covers(self, at: int) -> bool:
        """Whether ``at`` falls in one of the spans."""
        i = bisect.bisect_right(self.merged_starts, at) - 1
        return i >= 0 and at < self.merged_ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps one of the spans (holds its start or one of them starts inside it)."""
        if self.covers(start):
            return True
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end


class _Spans:
    """Spans asked whether one of them overlaps a given span without lying inside it, by bisection.

    >>> spans = _Spans([(2, 4), (10, 20)])
    >>> spans.reaches_out(1, 5), spans.reaches_out(3, 12), spans.reaches_out(5, 9), spans.reaches_out(12, 30)
    (False, True, False, True)
    """

    def __init__(self, spans) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach: list[int] = []  # the furthest end of the spans up to each one
        for _, e in self.spans:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def reaches_out(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start)
        if i and self.reach[i - 1] > start:
            return True  # (one starts before the span and runs into it)
        while i < len(self.spans) and self.starts[i] < end:
            if self.spans[i][1] > end:
                return True
            i += 1
        return False


def _over_anchors(units: list[tuple[int, int]], anchors: list[Anchor]) -> list[tuple[int, int]]:
    """The ``units`` that no anchor starts before, each run on to the end of the anchors that start inside it
    (an anchor read only the Latin half of ``腾龙真ren视讯``: the unit takes it whole, the anchor goes).

    >>> _over_anchors([(2, 9), (20, 24)], [Anchor(5, 11, "x"), Anchor(18, 22, "y")])
    [(2, 11)]
    """
    if not units:
        return []
    anchors = sorted(anchors, key=lambda a: a.start)
    starts = [a.start for a in anchors]
    reach = []  # the farthest end of the anchors up to each one (they may overlap)
    for a in anchors:
        reach.append(max(a.end, reach[-1]) if reach else a.end)
    out = []
    for start, end in units:
        before = bisect.bisect_left(starts, start)
        if before and reach[before - 1] > start:
            continue  # an anchor starts before the unit and runs into it
        inside = bisect.bisect_left(starts, end)
        out.append((start, max(end, reach[inside - 1]) if inside > before else end))
    return out


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the ``spans`` (which may overlap); for one question
    (many questions: a :class:`SpanIndex`).

    >>> _overlaps_any([(0, 3), (10, 20)], 18, 25), _overlaps_any([(0, 3), (10, 20)], 4, 9), _overlaps_any([(0, 30), (2, 4)], 20, 25)
    (True, False, True)
    """
    return SpanIndex(spans).overlaps(start, end)


def _inside_any(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` falls in one of the ``spans`` (which may overlap); for one question
    (many questions: a :class:`SpanIndex`).

    >>> _inside_any([(0, 10), (2, 4), (20, 30)], 7), _inside_any([(0, 10), (2, 4), (20, 30)], 12)
    (True, False)
    """
    return SpanIndex(spans).covers(at)


_HAN_TAIL = lazy_regex(r"\p{Han}+$")


def _gap_edit(text: str, anchor: Anchor, lo: int, hi: int, restoration, warnings: list[CleanWarning]) -> Edit:
    left, right = _context(text, anchor.start, anchor.end, lo, hi)
    word = getattr(restoration, "word", "") if restoration is not None else ""
    if word:
        detail = {
            GAP_RESTORED: word,
            "confidence": getattr(restoration, "confidence", None),
            "evidence": list(getattr(restoration, "evidence", ())),
            "anchor": anchor.text,
        }
        if any(isinstance(e, dict) and "model_conflict" in e for e in detail["evidence"]):
            warnings.append(CleanWarning(
                SPAM_ANCHOR, anchor.start, "spam anchor: word restored from witnesses, the model of legal Chinese prefers another", f"{left}〔{word}〕{right}"
            ))
        return Edit(SPAM_ANCHOR, anchor.start, anchor.end, anchor.text, word, json.dumps(detail, ensure_ascii=False), GAP_RESTORED)
    if getattr(restoration, "closed", False):  # the empty join is the attested reading: nothing was replaced
        detail = {"gap": GAP_CLOSED, "confidence": getattr(restoration, "confidence", None), "left": left, "right": right,
                  "anchor": anchor.text, "evidence": list(getattr(restoration, "evidence", ()))}
        return Edit(SPAM_ANCHOR, anchor.start, anchor.end, anchor.text, "", json.dumps(detail, ensure_ascii=False), GAP_CLOSED)
    gap = GAP_UNRESOLVED if restoration is None else GAP_CONFLICT  # a restoration without a word: conflicting evidence
    detail = {"gap": gap, "left": left, "right": right, "anchor": anchor.text}
    if gap == GAP_CONFLICT:
        detail["evidence"] = list(getattr(restoration, "evidence", ()))
    warnings.append(
        CleanWarning(SPAM_ANCHOR, anchor.start, f"spam anchor removed, replaced word {gap}", f"{left}〔{anchor.text}〕{right}")
    )
    return Edit(SPAM_ANCHOR, anchor.start, anchor.end, anchor.text, "", json.dumps(detail, ensure_ascii=False), gap)


__all__ = [
    "Anchor",
    "find_spam_anchors",
    "remove_spam_anchors",
]


def find_residual_spam(text: str) -> list[Edit]:
    """What :func:`remove_spam_anchors` would remove from ``text``: residual spam.

    Validation's ``no_spam`` check uses this, so that it never flags what the
    cleaner deliberately keeps (a brand-like word inside law, such as 立博 in
    设立博物馆, counts only on a line made of spam).

    >>> find_residual_spam("鼓励单位和个人设立博物馆。")
    []
    >>> [e.before for e in find_residual_spam("提升万博体育APP官方网_万博体育manbetx3.0能力。")]
    ['万博体育APP官方网_万博体育manbetx3.0']
    """
    return remove_spam_anchors(text)[1]


#: A pattern every text with residual spam matches: validation's prefilter for ``no_spam``
#: (RE2 over whole columns; :data:`ANCHOR_RE` is no such pattern: units found by their
#: shape, :mod:`~corpus_tools.clean.brands`, need not match it, and its counted repetitions
#: of long alternations are beyond RE2, so every row of every text column went through
#: :func:`find_residual_spam`: 6.3 of the 7.7 CPU-s of the clean corpus's findings).  Exact,
#: by the way :func:`remove_spam_anchors` finds anchors without learned brands: every
#: anchor starts at a Latin hint (an ASCII letter), a CJK hint (a brand of
#: :data:`_HINT_BRANDS`), a repeat hint (:data:`_REPEAT_PREFILTER`), or is a unit of
#: :func:`~corpus_tools.clean.brands.find_units`, seeded on an ASCII letter or a spam-site
#: word (:data:`~corpus_tools.clean.brands.STRONG_SUFFIX_WORDS`); a line of gambling
#: vocabulary (:func:`vocabulary_lines`) holds a word of :data:`GAMBLING_WORDS`.  The repeat hint is
#: unbounded here (a superset of :data:`_REPEAT_PREFILTER`'s ``{0,24}``): counted, it made
#: the union of every check's prefilter five times slower in RE2 (1.10 -> 0.23 CPU-s over the
#: clean corpus's 68 MB of text columns), for no row more on the clean corpus.
#: (Defined at the end of the module, with the insertions, adult keywords and casino segments.)


# --------------------------------------------------------------------------
# Insertions: pictographs and decorated tags a content farm puts inside words
# --------------------------------------------------------------------------

#: Pictographs (emoji): the supplementary planes' symbols and pictographs (🍅 🈲 🔞), and the
#: few of the Basic Multilingual Plane that are shown as emoji (❌ ➕ ✅ ⭐ ㊙).  Never a
#: character of legal text: none in the 1,911 laws of the clean corpus nor on any real page
#: of the project (other symbols of the BMP, ☎ ★ ✓ ①, stay: forms and tables use them).
_PICTOGRAPH_CHARS = "\U0001F000-\U0001FAFF\u2705\u2728\u274c\u274e\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u2b50\u2b55\u3297\u3299"
#: What a pictograph carries: the emoji variation selector, the joiner, skin tones (in the range above).
_EMOJI_TAIL = "\ufe0f\u200d\u20e3"
_PICTOGRAPH_RUN_RE = lazy_regex(rf"[{_PICTOGRAPH_CHARS}][{_PICTOGRAPH_CHARS}{_EMOJI_TAIL}]*")
#: Symbols a content farm writes on both sides of a tag (``※关注※``, ``★精选★``).
#: (Other symbols of the same kind too, issue 15: ``▲热门▲``, ``✦精选✦``; none stands on both sides of a phrase in the
#: 1,911 laws or the real pages of the project; ``○`` (a zero: ``二○一○``), ``□`` (a form's box) and the bullets ``●■``
#: do, or may, and stay out.)
_TAG_SYMBOLS = "※★☆◆◇♥♡❤✿❀♪▲△▼▽◎♠♣♦✦✧✪❖◈"
#: A tag between two copies of one symbol: a short phrase (pictographs allowed inside), no sentence.
_SYMMETRIC_TAG_RE = lazy_regex(rf"([{_TAG_SYMBOLS}])([^\s{_TAG_SYMBOLS}。，；：、！？,;:!?]{{1,12}}?)\1")
_WORD_CHAR = lazy_regex(r"[\p{Han}A-Za-z]")
#: Words of a promotion tag (``【推荐】``, ``【优质内容】``): what a feed writes over a post.
PROMO_TAG_WORDS: tuple[str, ...] = (
    "推荐", "精选", "关注", "优质", "内容", "热门", "热点", "置顶", "必看", "独家", "原创", "福利", "收藏", "转发",
    "点赞", "爆款", "好文", "干货", "重磅", "速看", "精华", "不容错过", "必读", "强烈", "火爆", "最新", "荐", "热",
    # the same feeds' other tags (issue 15: other strings of the family)
    "热搜", "热议", "头条", "广告", "推广", "特惠", "限时", "爆料", "首发", "速递", "精品", "必备", "种草", "围观", "扫码",
)
_PROMO_TAG_RE = lazy_regex(rf"(?:{_alternation(PROMO_TAG_WORDS)})+")
#: A bracketed tag (content checked against :data:`PROMO_TAG_WORDS`).
#: A feed dresses its tags in the brackets a spam site dresses brands in (``〖推荐〗``, ``[热门]``), not in quotation
#: marks: a Taiwan or Hong Kong text quotes its words in ``「」`` ``『』`` ``〈〉`` (提審法: ``刪除「非法」二字``; a
#: ``刪除「推薦」二字`` would be a law's word).
_TAG_OPENERS = "".join(o for o in DECORATION_PAIRS if o not in "「『〈«‹")
_BRACKET_TAG_RE = lazy_regex(
    "|".join(rf"{regex.escape(o)}([^{regex.escape(DECORATION_PAIRS[o])}\n]{{1,12}}){regex.escape(DECORATION_PAIRS[o])}" for o in _TAG_OPENERS)
)
_PICTOGRAPH_HINT_RE = lazy_re(rf"[{_PICTOGRAPH_CHARS}{_TAG_SYMBOLS}{re.escape(_TAG_OPENERS)}]")
_LINE_BLANKS = " \t\u00a0\u3000"


def _with_edge_blanks(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen an insertion that opens or closes its line over the blank that set it apart
    (``🈲 中央网信办…``, ``…美图av ➕``), so that no stray blank is left at the line's edge."""
    # (only the blanks beside the insertion are read: looking for the line's ends or slicing
    # the rest of a long line per insertion was quadratic)
    before = start
    while before > 0 and text[before - 1] in _LINE_BLANKS:
        before -= 1
    after = end
    while after < len(text) and text[after] in _LINE_BLANKS:
        after += 1
    if before == 0 or text[before - 1] == "\n":
        end = after
    elif after == len(text) or text[after] == "\n":
        start = before
    return start, end


#: A host glued into a sentence: labels of Latin letters and digits, a top-level domain hosts use.
_GLUED_HOST_RE = lazy_regex(
    r"(?<=\p{Han})(?:(?:www|m|wap)\.)?[a-z][a-z0-9\-]{2,30}(?:\.[a-z][a-z0-9\-]{1,30}){0,2}"
    r"\.(?:com|net|cn|org|cc|co|info|biz|vip|top|xyz|club|win|bet|me|tv|app|io|asia|live|site|online|shop|fun|ink|ltd|pro)"
    r"(?=\p{Han})",
    regex.IGNORECASE,
)
#: Words that introduce a link in a law's own sentence (``登录www.x.com查询``, ``中国政府网www.gov.cn``).
_LINK_INTRO = ("网", "址", "站", "登录", "登陆", "访问", "浏览", "链接", "进入", "平台", "系统", "APP", "公众号", "邮箱", "见", "至")


def glued_hosts(text: str) -> list[tuple[int, int, str]]:
    """A site's host inserted inside a sentence, glued between two Han characters: ``(start, end, kind)``.

    Real damage (noise benchmark, spam_insert_domain): ``…低于被征收hongfa.net房屋所在地段…``,
    ``涉及总体规划m.hongfa.net强制性内容``: a spam host inserted into the law's words, replacing nothing.

    **Evidence**: a host (Latin labels and a top-level domain sites use) with a Han character
    right before and right after it, no blank or bracket between; not an official host (``.gov.cn``…);
    not after a word that introduces a link (``网``, ``网址``, ``登录``, ``访问``, ``平台``…): a law
    sets its links off (``（网址：www.gov.cn）``) or introduces them; and the page glues the same site
    in twice or more (an injector repeats its site; a text that names a company's site after its name,
    ``当事人在携程ctrip.com预订机票``, names it once: the review of session 10).

    >>> t = "低于被征收hongfa.net房屋所在地段，可以登录www.12315.cn查询，详见中国政府网www.gov.cn公布的目录，涉及规划m.hongfa.net强制性内容"
    >>> [t[a:b] for a, b, _ in glued_hosts(t)]
    ['hongfa.net', 'm.hongfa.net']
    >>> glued_hosts("当事人在携程ctrip.com预订机票。")
    []
    """
    if "." not in text:
        return []
    found: list[tuple[int, int, str]] = []
    for m in _GLUED_HOST_RE.finditer(text):
        host = m.group(0).lower()
        if is_official_host(host) or text[max(0, m.start() - 3):m.start()].endswith(_LINK_INTRO):
            continue
        if introduced(text, m.start()):
            continue  # 首页网址为wwww.leshou123.com的网站: a judgment names the site (F16B-P2)
        if governed_address(text, m.start(), m.end()):
            continue  # 登陆被告人…的www.webstress.com或www.webstresser.com在线攻击网站: the sites a judgment is about (F23-A1)
        found.append((m.start(), m.end(), ".".join(host.split(".")[-2:])))
    sites = Counter(site for _, _, site in found)
    return [(a, b, "host glued inside a sentence") for a, b, site in found if sites[site] >= 2]


def _betting_unit(inner: str) -> bool:
    """Whether a bracket's words are a betting site's unit: a word only such sites write
    (:data:`GAMBLING_WORDS`) or a game category with the site's app (``棋牌客户端``), made only of
    the vocabulary of :func:`vocabulary_lines` after a short name (``大发快三真人客户端``)."""
    return ((_GAMBLING_RE.search(inner) is not None or _CATEGORY_APP_RE.search(inner) is not None)
            and _VOCAB_ITEM_RE.fullmatch(inner) is not None)


def _is_feed_tag(inner: str) -> bool:
    """Whether the words between two tag symbols are a feed's tag: promotion words
    (:data:`PROMO_TAG_WORDS`), or anything a pictograph dresses (``★精🌽选★``).

    >>> [_is_feed_tag(w) for w in ("关注", "精🌽选", "不容错过", "博彩", "重要")]
    [True, True, True, False, False]
    """
    bare = _PICTOGRAPH_RUN_RE.sub("", inner)
    return bare != inner or _PROMO_TAG_RE.fullmatch(bare) is not None


#: A brand's name before the trade's words (``御龙汇娱乐城``, ``龙腾阁电玩城ltg831.cc``): a name that is no word of the
#: trade itself (``体育彩票`` is the law's), then the trade's words (and a place's character: ``电玩城``, ``棋牌室``),
#: then maybe its Latin name, digits, host; a name of three characters or more (``金樽国际``, ``福满多``) may be followed by
#: the site's words the lists lack (``棋牌室平台注册``, ``真人娱乐手机端``).
_STARRED_BRAND_RE = lazy_regex(
    rf"(?!{_VOCAB})(?:(?P<name>\p{{Han}}{{3,4}}?)(?:{_VOCAB})+(?:\p{{Han}}{{0,3}}?(?:{_VOCAB})*)"
    rf"|(?P<short>\p{{Han}}{{2}})(?:{_VOCAB})+\p{{Han}}?)[A-Za-z0-9.\-_]*"
)
#: Words with which a law names the gambling it fights and a site never names itself (it sells 娱乐, 彩票, 体育):
#: a starred term holding one is the law's emphasis (``重点整治★地下六合彩★、★私彩赌博网站★``, a real 通知's
#: wording quoted in review 14, R14-F7), no brand.
_CONDEMNED_RE = lazy_re(r"赌博|私彩|地下|非法|违法|涉赌|黑彩|诈骗|打击|整治")
#: A brand's Latin name, host or number beside its Chinese name (``星耀六合彩xingyao790.com``).
_LATIN_OR_DIGIT = lazy_regex(r"[A-Za-z0-9]")
#: The most starred names whose other uses on a page are counted (each count reads the page: bounded, linear).
_STARRED_NAMES_MAX = 64


def _is_starred_brand(text: str, inner: str, names: dict[str, bool]) -> bool:
    """Whether a starred tag is a brand's name with the trade's words (``★御龙汇娱乐城★``, ``☆星耀竞彩xingyao790.com☆``)
    whose name the page writes nowhere else: a brand pushed into the text.  A name the law writes elsewhere
    (``★网络博彩★`` on a page about 网络) or the trade's words alone (``★博彩★``) are the law's.

    >>> names = {}
    >>> t = "依法★御龙汇娱乐城★管理，禁止★网络博彩★，网络安全，由主★金樽国际棋牌室平台注册★管部门"
    >>> [_is_starred_brand(t, w, names) for w in ("御龙汇娱乐城", "网络博彩", "博彩", "体育彩票", "金樽国际棋牌室平台注册")]
    [True, False, False, False, True]

    A name made of a law's words, with no Latin name or digits, is a place or a kind (:func:`reads_as_law_words`):

    >>> t = "依法查处★澳门赌场★招赌行为，本条例所称★歌舞娱乐场所★，是指"
    >>> [_is_starred_brand(t, w, {}) for w in ("澳门赌场", "歌舞娱乐场所")]
    [False, False]

    Nor is a term that names the gambling a law fights (赌博, 私彩, 地下, 非法: :data:`_CONDEMNED_RE`):

    >>> t = "重点整治★地下六合彩★、★私彩赌博网站★和★网络赌博平台★"
    >>> [_is_starred_brand(t, w, {}) for w in ("地下六合彩", "私彩赌博网站", "网络赌博平台")]
    [False, False, False]
    """
    m = _STARRED_BRAND_RE.fullmatch(inner)
    if m is None:
        return False
    if _CONDEMNED_RE.search(inner) is not None:
        return False  # ★私彩赌博网站★, ★地下六合彩★: what a law fights, by the names no site calls itself (review 14, R14-F7)
    name = m.group("name") or m.group("short")
    if _LATIN_OR_DIGIT.search(inner) is None and reads_as_law_words(name):
        return False  # a place or a kind a law names (★澳门赌场★, ★歌舞娱乐场所★: review 14, R14-F7), no brand's name
    if name not in names:
        if len(names) >= _STARRED_NAMES_MAX:
            return False
        names[name] = text.count(name) == text.count(inner)
    return names[name]


def inserted_decorations(text: str, kept: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """Pictographs and decorated tags a content farm inserted into the text: ``(start, end, kind)``.

    Real damage: an SEO farm re-posting a 中央网信办 通知 put emoji and tags inside its
    words (``不🍅得以打赏额🍓度为唯一依据``, ``设置榜单排【推荐】名``, ``多次🌴跳转※关注※、``,
    ``开🥔🍏🌳通🍀打赏营利🌼🏵️权🥕限``; heimaoysw.com, field test 7b, ~40 on 2 pages): the
    text reads on without them.

    **Evidence**: a pictograph (:data:`_PICTOGRAPH_CHARS`: no law and no real page holds
    one); a tag of promotion words between two copies of one symbol (``※关注※``, ``★精选★``: none
    either); a law's word starred for emphasis is the law's (``禁止传播★博彩★信息`` lost 博彩:
    review 13), kept and, given ``kept``, listed there (a warning); a
    bracketed tag made of promotion words (:data:`PROMO_TAG_WORDS`), in a bracket of
    :data:`~corpus_tools.clean.spam_decorations.DECORATION_PAIRS` that is no quotation mark (``〖推荐〗``: issue 15,
    spam in other decorations; :data:`_TAG_OPENERS`), that breaks a word (a Han character on
    both sides) or holds a pictograph.  A bracketed heading of the law
    (``说明书【临床试验】项``, ``【章名】``) is no promotion word and stays.

    >>> t = "不🍅得以打赏额度排【推荐】名，多次🌴跳转※关注※、引【优❌质内容】流"
    >>> [t[a:b] for a, b, _ in inserted_decorations(t)]
    ['🍅', '【推荐】', '🌴', '※关注※', '【优❌质内容】']
    >>> inserted_decorations("药品说明书【临床试验】项内容，☎ 010-12345678，★号标注的项目，★1★级")
    []
    >>> kept = []; inserted_decorations("禁止传播★博彩★信息", kept), kept
    ([], [(4, 8)])
    >>> t = "设置榜单排【热搜】名，多次▲头条▲跳转，二○一○年，□是□否"  # other tags and symbols of the family
    >>> [t[a:b] for a, b, _ in inserted_decorations(t)]
    ['【热搜】', '▲头条▲']
    >>> t = "设置榜单排〖推荐〗名，删除「推荐」二字，由「环境部」管辖，说明书[热门]项"  # brackets, not quotation marks
    >>> [t[a:b] for a, b, _ in inserted_decorations(t)]
    ['〖推荐〗', '[热门]']
    >>> t = "加强窗口服务力【大发快三真人客户端】量配置，设立【体育彩票】专区"
    >>> [t[a:b] for a, b, _ in inserted_decorations(t)]
    ['【大发快三真人客户端】']
    """
    if _PICTOGRAPH_HINT_RE.search(text) is None:
        return []
    found: list[tuple[int, int, str]] = []
    names: dict[str, bool] = {}  # a starred name -> whether the page writes it only starred
    for m in _SYMMETRIC_TAG_RE.finditer(text):
        if not _WORD_CHAR.search(m.group(2)):
            continue  # ``★★`` and ``★1★`` are marks of a table
        if _is_feed_tag(m.group(2)) or _is_starred_brand(text, m.group(2), names):
            found.append((*_with_edge_blanks(text, m.start(), m.end()), "decorated tag"))
        elif kept is not None:
            kept.append((m.start(), m.end()))
    for m in _BRACKET_TAG_RE.finditer(text):
        inner = _PICTOGRAPH_RUN_RE.sub("", next(g for g in m.groups() if g is not None))
        between = (m.start() > 0 and _HAN_CHAR.match(text, m.start() - 1) is not None
                   and _HAN_CHAR.match(text, m.end()) is not None)
        # (a betting unit without a name only in 【】: 「六合彩」, 「中国体育彩票官方网站」 quote a law's words; a dressed
        # brand with a name in any bracket is :func:`~corpus_tools.clean.spam_decorations.decorated_brands`)
        if inner and between and m.group()[0] == "【" and _betting_unit(inner):
            found.append((m.start(), m.end(), BETTING_TAG))  # 服务力【大发快三真人客户端】量
            continue
        if not inner or not _PROMO_TAG_RE.fullmatch(inner):
            continue
        if between or inner != next(g for g in m.groups() if g is not None):
            found.append((m.start(), m.end(), "decorated tag"))
    for m in _PICTOGRAPH_RUN_RE.finditer(text):
        found.append((*_with_edge_blanks(text, m.start(), m.end()), "pictograph"))
    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(found, key=lambda f: (f[0], -f[1])):
        if out and start < out[-1][1]:
            continue  # inside a tag already taken (the ❌ of 【优❌质内容】)
        out.append((start, end, kind))
    return out


_HAN_CHAR = lazy_regex(r"\p{Han}")
#: The kinds of what :func:`remove_spam_anchors` removes besides anchors (the edits' detail).
ADULT_LINE, ADULT_TAIL, BRAND_SEGMENT = "adult keyword line", "adult keywords glued to a line", "casino brand segment"
BETTING_TAG = "betting tag"
BETTING_UNIT = "betting unit inside a word"


# --------------------------------------------------------------------------
# Keyword lines of adult sites (SEO spam above or glued to a law's title)
# --------------------------------------------------------------------------

#: Words only an adult site's keyword line writes (``一区二区``, ``中文字幕``, ``不卡``): two of them
#: on a line made of such words and :data:`ADULT_FILLER_WORDS` are the evidence.
ADULT_WORDS: tuple[str, ...] = (
    "一区二区", "一区", "二区", "三区", "四区", "五区", "精品区", "不卡", "中文字幕", "无码", "有码", "自拍", "偷拍",
    "婷婷", "啪啪", "色啪", "爱爱", "春色", "性感", "美图", "丝袜", "豹纹", "内裤", "av", "AV", "五月色", "色综合",
    "久久久", "成人", "午夜", "一区二区三区", "亚洲人成", "精品国产", "国产综合", "亚洲综合",
)
#: The words of :data:`ADULT_WORDS` that are an adult site's alone (``不卡``, ``无码``, ``中文字幕``): a keyword
#: line holds one at least.  The others are ordinary words too: zones of an exam's seating plan
#: (``考场安排⏎一区,二区,三区``), goods (``丝袜,内裤,袜子``), a phrase and an adjective (``春色满园,性感``),
#: all removed as keyword lines before (review 10, F6).
ADULT_ALONE_WORDS = frozenset((
    "不卡", "中文字幕", "无码", "有码", "自拍", "偷拍", "婷婷", "啪啪", "色啪", "爱爱", "av", "AV", "五月色", "色综合", "久久久",
    # the sites' fixed phrases (fcfcarencro.com's 党章, field test 11: ``精品国产一区二区三区久久,亚洲人成人网站在线观看,
    # 国产综合在线观看视频,…`` became the title again once review 10 F6 asked for one of the words above)
    "一区二区三区", "亚洲人成", "精品国产", "国产综合", "亚洲综合",
))
#: Words an adult site's keyword line writes between those (ordinary words too: never evidence alone).
ADULT_FILLER_WORDS: tuple[str, ...] = (
    "在线观看", "在线播放", "在线", "观看", "播放", "视频", "免费", "永久", "精品", "国产", "欧美", "亚洲", "欧洲", "日韩",
    "日本", "韩国", "高清", "完整", "中文", "综合", "小说", "网站", "极度", "福利", "激情", "丁香", "久久", "黄色", "美女",
    "色", "专区", "资源", "影院", "电影", "看片", "国语", "一", "二", "三", "四", "五",
)
#: One token of such a line: a word, a separator (``_ , | { }``), blanks, a short number, a decoration.
_ADULT_TOKEN = (
    rf"(?P<strong>{_alternation(ADULT_WORDS)})|(?P<filler>{_alternation(ADULT_FILLER_WORDS)})"
    rf"|(?P<sep>[_,，|｜{{}}\-·/\s]+|\d{{1,3}}(?!\d)|[{_PICTOGRAPH_CHARS}{_EMOJI_TAIL}]+"
    rf"|[{_TAG_SYMBOLS}][^\s\n{_TAG_SYMBOLS}]{{1,12}}?[{_TAG_SYMBOLS}])"
)
_ADULT_TOKEN_RE = lazy_regex(_ADULT_TOKEN)
#: The words an adult keyword line or tail holds at least one of (the gate).
_ADULT_GATE_RE = lazy_re(_alternation(ADULT_WORDS))
#: The longest line taken for a keyword line (a longer one is text).
_ADULT_LINE_CHARS = 300
#: A tail glued after a title opens on a separator, a brace or a blank.
_TAIL_OPENERS = frozenset("_,，|｜{ \u3000\u00a0-")


def _adult_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Whether ``text[start:end]`` is made only of adult-site tokens: (strong words, items); ``(0, items)``
    when none of its words is an adult site's alone (:data:`ADULT_ALONE_WORDS`).

    >>> _adult_run("一区,二区,三区", 0, 8), _adult_run("一区二区不卡", 0, 6)
    ((0, 3), (2, 2))
    """
    at, strong, items, alone = start, 0, 0, False
    while at < end:
        m = _ADULT_TOKEN_RE.match(text, at, end)
        if m is None or m.end() == at:
            return None
        if m.lastgroup == "strong":
            strong += 1
            items += 1
            alone = alone or m.group() in ADULT_ALONE_WORDS
        elif m.lastgroup == "filler":
            items += 1
        at = m.end()
    return (strong if alone else 0), items


def adult_keyword_spans(text: str) -> list[tuple[int, int, str]]:
    """Keyword lines of adult sites, and such keywords glued to the end of a line: ``(start, end, kind)``.

    Real damage: SEO pages re-posting regulations open with a line of porn keywords
    (``午夜在线精品不卡国产,成人永久免费福利视频网站,…``, tzsjczs.com; ``国产精品成人一区二区
    不卡_中文字幕一区二区精品区_…``, dh635.com; field test 7b) that became the document's
    title, or glue them after the title (``…规范管理的通知{ 五月色}综合小说在线``).

    **Evidence**: the line (at most :data:`_ADULT_LINE_CHARS` characters, no sentence
    punctuation) is made only of adult-site words, separators and short numbers, and holds
    two words only such sites write (:data:`ADULT_WORDS`); a glued head (from the line's start
    to a separator) likewise; a glued tail (after a separator, brace or blank, to the end of
    its line) is made only of such tokens, holds three words or more, one of them of
    :data:`ADULT_WORDS`.  A law on pornography writes sentences
    (``禁止制作、传播淫秽色情信息。``): never a line of keywords.

    >>> t = "午夜在线精品不卡国产,成人永久免费福利视频网站\\n互联网用户账号名称管理规定\\n"
    >>> [t[a:b] for a, b, _ in adult_keyword_spans(t)]
    ['午夜在线精品不卡国产,成人永久免费福利视频网站']
    >>> t = "中央网信办发布关于加强网络直播打赏规范管理的通知{ 五月色}综合小说在线 ※关注※"
    >>> [t[a:b] for a, b, _ in adult_keyword_spans(t)]
    ['{ 五月色}综合小说在线 ※关注※']
    >>> t = "成人高清视频_在线观看不卡 在线旅游经营服务管理暂行规定"
    >>> [t[a:b] for a, b, _ in adult_keyword_spans(t)]
    ['成人高清视频_在线观看不卡 ']
    >>> adult_keyword_spans("第十条 开展成人教育，提供在线视频课程。\\n成人 高等教育\\n")
    []
    """
    out: list[tuple[int, int, str]] = []
    seen = -1
    for hit in _ADULT_GATE_RE.finditer(text):
        start = text.rfind("\n", 0, hit.start()) + 1
        if start <= seen:
            continue
        seen = start
        end = text.find("\n", hit.end())
        end = len(text) if end < 0 else end
        body_end = _without_lost_mark(text, start, end)
        if end - start > _ADULT_LINE_CHARS or any(c in text[start:body_end] for c in "。；;：:！？!?"):
            continue
        run = _adult_run(text, start, end)
        if run is not None:
            if run[0] >= 2:
                out.append((start, end, ADULT_LINE))
            continue
        if _keyword_list(text, start, body_end) or _head_keyword_items(text, start, body_end):
            out.append((start, end, ADULT_LINE))
            continue
        head = _adult_head(text, start, end)
        if head is not None:
            out.append((start, head, ADULT_TAIL))
            continue
        tail = _adult_tail(text, start, end)
        if tail is not None:
            out.append((tail, end, ADULT_TAIL))
    return out


#: A keyword line's items are separated by these (never by a blank: a title may follow one).
_ITEM_SEPARATORS = frozenset("_,，|｜")
#: The most characters of an unknown word in a keyword line (``成a人片``, ``有奶水``, ``www``):
#: a longer run is a phrase of text (``旅游经营服务管理暂行规定``).
_UNKNOWN_RUN_MAX = 4
#: The largest share of a keyword line's word characters outside the word lists.
_UNKNOWN_SHARE_MAX = 0.35
#: A lost character at a line's end (``…在线观看 ?``: an emoji the page's encoding lost).
_LOST_MARK = " \u3000?？"


def _without_lost_mark(text: str, start: int, end: int) -> int:
    """``end`` less a trailing lost-character mark (a blank and ``?``) of the line ``text[start:end]``."""
    stop = end
    while stop > start and text[stop - 1] in _LOST_MARK:
        stop -= 1
    return end if "?" not in text[stop:end] and "？" not in text[stop:end] else stop


def _keyword_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an adult site's list of keyword items although some of its words
    are in no list: a spelling made to dodge filters (``成a人片``), a word of the site's own
    (``五月天``, ``三级``, ``熟女``, ``www``).

    Real damage: per-better.com opens its repost of a 成都市人民政府 notice with
    ``日韩高清亚洲日韩精品一区二区_亚洲成a人片在线观看无码_有奶水三级电视频_婷婷五月天激情综合影院``;
    one unlisted word let the whole line through and it became the notice's title (field test 9,
    F9-P19; 6065bob.com's ``国产传媒在线,国产a一区二区,…`` was cut in half and glued to the title, F9-P7).

    **Evidence**: items separated by ``_``/``,``/``|`` (two or more), every item holding a listed
    word, two words only such sites write (:data:`ADULT_WORDS`), and the words in no list short
    (at most :data:`_UNKNOWN_RUN_MAX` characters each) and few (at most :data:`_UNKNOWN_SHARE_MAX`
    of the line's word characters).  A title or a law's sentence on pornography has long runs
    of ordinary words (``关于严厉打击淫秽色情信息的通知``) and no list of items.

    >>> t = "亚洲成a人片在线观看无码_婷婷五月天激情综合影院"
    >>> _keyword_list(t, 0, len(t))
    True
    >>> t = "成人高清视频_在线观看不卡 在线旅游经营服务管理暂行规定"
    >>> _keyword_list(t, 0, len(t))
    False
    """
    at, strong, known, unknown, run, items, item_known, alone = start, 0, 0, 0, 0, 1, False, False
    while at < end:
        char = text[at]
        if char in _ITEM_SEPARATORS:
            if not item_known:
                return False
            items += 1
            item_known, run = False, 0
            at += 1
            continue
        m = _ADULT_TOKEN_RE.match(text, at, end)
        if m is None or m.end() == at:
            unknown += 1
            run += 1
            if run > _UNKNOWN_RUN_MAX:
                return False
            at += 1
            continue
        run = 0
        if m.lastgroup in ("strong", "filler"):
            known += m.end() - at
            item_known = True
            strong += m.lastgroup == "strong"
            alone = alone or m.group() in ADULT_ALONE_WORDS
        at = m.end()
    return (item_known and items >= 2 and strong >= 2 and alone
            and unknown <= _UNKNOWN_SHARE_MAX * (known + unknown))


#: How far into a page (characters before the line, non-blank lines above it) a keyword line of
#: :func:`_head_keyword_items` may stand: above the title, where it is taken for the title.
_HEAD_CHARS, _HEAD_LINES = 600, 2
#: The most characters of one item of such a line (a longer one is a phrase of text).
_HEAD_ITEM_CHARS = 20
#: The fewest words of the lists such a line holds (each of two characters or more).
_HEAD_LISTED_WORDS = 4


def _head_keyword_items(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]``, at a page's head, is an adult site's keyword line whose items
    hold words of no list: the site's own phrases (``国语对白…``, ``黑人双人rapper…``) between listed words.

    Real damage: 617180.com heads its repost of 最高法's 民法典总则编 interpretation with
    ``丁香六月深婷婷激情五月,国语对白嫖老妇胖老太,天下第二社区在线视频,黑人双人rapper中国老狼大豆``; a run of
    unlisted characters longer than :data:`_UNKNOWN_RUN_MAX` let it through :func:`_keyword_list` and it
    became the document's title (field test 15, F15-N2).

    **Evidence**: the line is among the page's first lines (at most :data:`_HEAD_LINES` non-blank lines
    and :data:`_HEAD_CHARS` characters above it); three items or more, separated by ``,``/``_``/``|``,
    none longer than :data:`_HEAD_ITEM_CHARS`; two thirds of them hold a listed word of two characters
    or more, :data:`_HEAD_LISTED_WORDS` such words in all, one of them an adult site's alone
    (:data:`ADULT_ALONE_WORDS`).  (The caller has refused lines with sentence marks.)  A title, a list of
    names (``张婷婷,李婷婷,王丽``) or an exam's zones (``一区,二区,三区``) falls short of it.

    >>> t = "丁香六月深婷婷激情五月,国语对白嫖老妇胖老太,天下第二社区在线视频,黑人双人rapper中国老狼大豆\\n\\n标题"
    >>> _head_keyword_items(t, 0, t.index("\\n"))
    True
    >>> t = "张婷婷,李婷婷,王丽在线,赵敏\\n关于表彰先进个人的通知"
    >>> _head_keyword_items(t, 0, t.index("\\n"))
    False
    """
    if start > _HEAD_CHARS or sum(1 for line in text[:start].split("\n") if line.strip()) > _HEAD_LINES:
        return False
    items = [item.strip() for item in regex.split(r"[_,，|｜]", text[start:end])]
    if len(items) < 3 or any(not item or len(item) > _HEAD_ITEM_CHARS for item in items):
        return False
    with_word, words, alone = 0, 0, False
    for item in items:
        at, found = 0, 0
        while at < len(item):
            m = _ADULT_TOKEN_RE.match(item, at)
            if m is not None and m.lastgroup in ("strong", "filler") and m.end() - at >= 2:
                found += 1
                alone = alone or m.group() in ADULT_ALONE_WORDS
                at = m.end()
            else:
                at += 1
        with_word += found > 0
        words += found
    return alone and words >= _HEAD_LISTED_WORDS and 3 * with_word >= 2 * len(items)


def _adult_head(text: str, start: int, end: int) -> int | None:
    """Where a head of adult-site keywords glued before the text of the line ``text[start:end]``
    ends: after its last separator (``…成人高清视频,``), when it holds two words of
    :data:`ADULT_WORDS` (the words after the separator are the line's own: ``在线`` may open a
    title, ``在线旅游经营服务管理暂行规定``)."""
    at, strong, cut, alone = start, 0, None, False
    while at < end:
        m = _ADULT_TOKEN_RE.match(text, at, end)
        if m is None or m.end() == at:
            break
        if m.lastgroup == "strong":
            strong += 1
            alone = alone or m.group() in ADULT_ALONE_WORDS
        elif m.lastgroup == "sep" and strong >= 2 and alone:
            cut = m.end()
        at = m.end()
    return cut if cut is not None and cut < end else None


def _adult_tail(text: str, start: int, end: int) -> int | None:
    """Where a tail of adult-site keywords glued to the end of the line ``text[start:end]`` starts."""
    for at in range(start + 1, end):
        if text[at] not in _TAIL_OPENERS or text[at - 1] in _TAIL_OPENERS:
            continue
        run = _adult_run(text, at, end)
        if run is not None and run[0] >= 1 and run[1] >= 3:
            return at
    return None


# --------------------------------------------------------------------------
# A site's casino brand, written as a segment of its title lines
# --------------------------------------------------------------------------

#: Categories of a casino brand's name (``天富娱乐``, ``某某体育``).
_SEGMENT_CATEGORIES = ("娱乐", "体育", "彩票", "棋牌", "电竞", "真人")
#: What a casino site writes after its brand in its title segments (``天富娱乐招商``, ``…登陆``): its
#: navigation and the words of its agent schemes; never a word an official site's title holds
#: (``网站``, ``首页``, ``中心``: ``中国体育彩票网站 - 公告`` is the lottery centre's own site).
_SEGMENT_SUFFIXES = tuple(sorted(set(STRONG_SUFFIX_WORDS) | {"招商", "代理", "加盟", "主管", "总代", "登陆", "登录", "注册", "入口"}))
_SEGMENT_SEPARATORS = "-_|｜"
#: A segment's text (blanks aside): a short name, a category, maybe a suffix.
_BRAND_SEGMENT_RE = lazy_regex(
    rf"(?P<brand>\p{{Han}}{{2,4}}?(?:{'|'.join(_SEGMENT_CATEGORIES)}))(?P<suffix>{_alternation(_SEGMENT_SUFFIXES)})?"
)
_SEGMENT_GATE_RE = lazy_re("|".join(_SEGMENT_CATEGORIES))
#: How far a segment reaches around its category word (name before, suffix after).
_SEGMENT_BEFORE, _SEGMENT_AFTER = 6, 10
_SEGMENT_ENDS = _SEGMENT_SEPARATORS + "\n"


def brand_segments(text: str) -> list[tuple[int, int, str]]:
    """A casino brand a site writes as a segment of its title lines, with its separator: ``(start, end, brand)``.

    Real damage: a casino site re-posting a regulation brands its title lines
    (``首页 - 天富娱乐招商 - 《北京市突发公共卫生事件应急条例》全文发布-天富娱乐登陆``, ivcon.net,
    field test 7b): the brand stood in the document's title and text.  Such a brand is no
    list's member (new ones appear daily); what gives it away is where it stands.

    **Evidence**: a name and a gambling category (``天富娱乐``) standing alone between the
    separators of a line (``-``, ``_``, ``|``: no sentence holds it), at least twice on the
    page, once at least with a casino site's word after it (``招商``, ``登陆``, ``代理``…).
    A law's sentence never stands between separators (``体育彩票的发行``), and a segment
    with no such word (``国家体育总局 - 政策法规``) is a site's name, not a casino's.

    >>> t = "首页 - 天富娱乐招商 - 《某条例》全文发布-天富娱乐登陆\\n《某条例》全文发布-天富娱乐登陆\\n"
    >>> [t[a:b] for a, b, _ in brand_segments(t)]
    ['首页 - ', '天富娱乐招商 - ', '-天富娱乐登陆', '-天富娱乐登陆']
    >>> brand_segments("国家体育总局 - 政策法规\\n第一条 发行体育彩票-福利彩票，应当依法。\\n")
    []
    """
    if not any(s in text for s in _SEGMENT_SEPARATORS) or _SEGMENT_GATE_RE.search(text) is None:
        return []
    by_brand: dict[str, list[tuple[int, int, bool]]] = {}
    seen: set[int] = set()
    for hit in _SEGMENT_GATE_RE.finditer(text):
        bounds = _segment_around(text, hit.start(), hit.end())
        if bounds is None or bounds[0] in seen:
            continue
        seen.add(bounds[0])
        m = _BRAND_SEGMENT_RE.fullmatch(text, *bounds)
        if m is not None:
            core_end = m.end("suffix") if m.group("suffix") else m.end("brand")
            by_brand.setdefault(m.group("brand"), []).append((m.start("brand"), core_end, bool(m.group("suffix"))))
    out = []
    cores = []
    for brand, segments in by_brand.items():
        if len(segments) < 2 or not any(suffixed for _, _, suffixed in segments):
            continue
        cores += [(start, end, brand) for start, end, _ in segments]
    cores += _home_links_beside(text, cores)
    cleared = -1  # where the removals so far end, when they clear their line from its start
    for start, end, brand in sorted(cores):
        line_start = text.rfind("\n", 0, start) + 1
        first = not text[max(line_start, cleared):start].strip(" \u3000")
        span = _with_separator(text, start, end, first=first)
        out.append((*span, brand))
        cleared = span[1] if first else -1
    return out


#: The home link a site's title bar opens with, before its brand (``首页 - 天富娱乐招商 - …``).
_HOME_LINK_RE = lazy_regex(r"[ \u3000]*(?:网站首页|首页|主页)[ \u3000]*(?=[-_|｜])")


def _home_links_beside(text: str, cores: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The home links that open the lines of the brand's segments: the title bar goes whole."""
    out = []
    for line_start in sorted({text.rfind("\n", 0, start) + 1 for start, _, _ in cores}):
        m = _HOME_LINK_RE.match(text, line_start)
        if m is not None:
            core = m.group().strip(" \u3000")
            at = text.index(core, m.start())
            out.append((at, at + len(core), core))
    return out


def _segment_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The segment (blanks aside) holding ``text[start:end]`` between two separators or line ends,
    when one of them is a separator and it is short enough to be a brand; else None."""
    left = start
    while left > 0 and start - left <= _SEGMENT_BEFORE and text[left - 1] not in _SEGMENT_ENDS:
        left -= 1
    right = end
    while right < len(text) and right - end <= _SEGMENT_AFTER and text[right] not in _SEGMENT_ENDS:
        right += 1
    opened = left == 0 or text[left - 1] in _SEGMENT_ENDS
    closed = right == len(text) or text[right] in _SEGMENT_ENDS
    if not (opened and closed):
        return None
    if not (left > 0 and text[left - 1] in _SEGMENT_SEPARATORS or right < len(text) and text[right] in _SEGMENT_SEPARATORS):
        return None  # a whole line, no separator: no segment
    while left < start and text[left] in " \u3000":
        left += 1
    while right > end and text[right - 1] in " \u3000":
        right -= 1
    return left, right


def _with_separator(text: str, start: int, end: int, *, first: bool = False) -> tuple[int, int]:
    """Widen a segment over the separator that joined it to its line: the one before it, or
    (the line's first segment, ``first``: all before it goes) the one after it, with their blanks."""
    line_start = text.rfind("\n", 0, start) + 1
    before = start
    while before > line_start and text[before - 1] in " \u3000":
        before -= 1
    if not first and before > line_start and text[before - 1] in _SEGMENT_SEPARATORS:
        before -= 1
        while before > line_start and text[before - 1] in " \u3000":
            before -= 1
        return before, end
    after = end
    while after < len(text) and text[after] in " \u3000":
        after += 1
    if after < len(text) and text[after] in _SEGMENT_SEPARATORS:
        after += 1
        while after < len(text) and text[after] in " \u3000":
            after += 1
        return start, after
    return start, end


#: What opens or holds what session 16's rules remove without an ASCII letter: a contact on a Han channel with its
#: value (:mod:`~corpus_tools.clean.spam_contacts`), an offer clause (:func:`promotion_clauses`), a service keyword,
#: another trade's repeated string (:data:`~corpus_tools.clean.spam_recurring.OTHER_TRADE_WORDS` + a site word), a
#: decoration with a game after its opener on the line, a toned pinyin letter.
_SESSION16_HINTS = (
    r"(?:加微|薇信|威信|扣扣|微信|客服|手机|电话|热线|邮箱|飞机|电报)(?:号码|号)?[：: ]?[0-9@]",
    _CLAUSE_OFFER_HINT, _alternation(TRADE_SERVICE_WORDS),
    rf"(?:{_alternation(OTHER_TRADE_WORDS)})(?:{_alternation(CHINESE_SITE_WORDS | {'商城'})})",
    rf"[{re.escape(DECORATION_OPENERS_OF_CUTS)}][^\n]*(?:{_alternation(CATEGORY_WORDS)})",
    "[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]",
)
#: See the comment above :func:`find_residual_spam`; also exact for what the rule removes besides
#: anchors: a pictograph or tag symbol opens every insertion but a bracketed promotion tag, whose
#: words follow its bracket; an adult keyword line or tail holds one of :data:`ADULT_WORDS`; a
#: casino brand segment follows a separator or, opening its line, has one after it; a dressed brand holds a
#: Latin letter, a betting site's word, a word only betting sites write or a category before 客户端; a remnant
#: an empty decoration; a spam sentence an anchor; a line of SEO keywords a word only such spam writes.
RESIDUAL_HINT_RE = lazy_regex(
    "|".join(("[A-Za-z]", rf"{_REPEAT_WORD}[^\n]*{_SEP}", _alternation(_HINT_BRANDS), _alternation(STRONG_SUFFIX_WORDS),
              _alternation(GAMBLING_WORDS), f"[{_PICTOGRAPH_CHARS}{_TAG_SYMBOLS}]", rf"[{re.escape(_TAG_OPENERS)}](?:{_alternation(PROMO_TAG_WORDS)})",
              _alternation(ADULT_WORDS), rf"[{_SEGMENT_SEPARATORS}][ \u3000]*\p{{Han}}{{2,4}}(?:{'|'.join(_SEGMENT_CATEGORIES)})",
              rf"(?:{'|'.join(_SEGMENT_CATEGORIES)})[^\n]*[{_SEGMENT_SEPARATORS}]", rf"(?:{_alternation(CATEGORY_WORDS)})客户端",
              EMPTY_DECORATION, _SEO_ONLY_RE.pattern, *_SESSION16_HINTS))
)
