"""Spam brands recognised by what they are, not by a list.

Spam sites invent brands faster than any list grows (``金彩汇彩票官网``,
``鸿发国际(hongfa)官方网站``, ``杏彩xingcai.net``, ``豪利777时时彩-haoli777``,
``大发快三ｄａｆａ８８８．ｔｏｐ``).  What they share is their shape: a brand name (a
few Han characters, a Latin name, digits) followed by the vocabulary of gambling and
lotteries (彩票, 棋牌, 时时彩, 真人, 娱乐…) and of spam-site navigation (官网,
官方入口, app下载, 手机版, 登录入口…), Latin names, domains with cheap top-level
domains, version numbers, separators between the scripts (``_ | - ·``), decorations
(``「」`` ``【】``).  This module finds such *units* and says how sure it is:

* :func:`find_units` scans a text for candidate units (seeded by what law text
  rarely shows: a lower-case Latin name glued to Han text, a domain, a spam-site
  word, a learned brand), grows each over the tokens around it and scores it
  (:func:`score_unit`); a unit is accepted at :data:`ACCEPT` points.
* The brand name before the tokens (the *stem*) is found by evidence, never by
  guessing: the Latin name of the unit spells it in pinyin (``金彩汇`` = ``jch``,
  ``杏彩`` = ``xingcai``: :func:`pinyin_stem`), or the page repeats the unit
  after different words (:func:`page_stems`), or it is a name given as learned
  (``learned``; the build learns no names yet: a corpus pass could, from the page
  stems it finds).

Law text that must never become a unit: ``在官网公布``, ``全民健身体育APP``,
``电子商务平台``, ``体育彩票``, ``博彩娱乐场所``, ``PM2.5``, ``5G``, ``(APP)``, a cited
``http://www.gov.cn/…`` or ``www.12315.cn``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

import regex

from corpus_tools.clean import _gates
from corpus_tools.clean.cited_spans import after_introducer, introduced, named_as_site
from corpus_tools.clean.notation import is_chemical_formula, is_measurement
from corpus_tools.lazy_patterns import lazy_re, lazy_regex


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``: the longest first (``官网首页`` before ``官网``), and in
    one order from run to run (ties in code-point order).  Sorting a set by length alone left
    the ties in the set's order, which Python's string hashing changes every run: the spam
    patterns' sources differed run to run, and the pattern cache (:mod:`corpus_tools.regex_cache`)
    never found them again.

    >>> alternation({"官网", "官网首页", "入口", "app"})
    '官网首页|app|入口|官网'
    """
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_alternation = alternation


# --------------------------------------------------------------------------
# The vocabulary of the family
# --------------------------------------------------------------------------

#: Games and bets spam sites sell (a law names some of them too: one category is weak evidence).
CATEGORY_WORDS: tuple[str, ...] = (
    "娱乐城", "娱乐场", "娱乐", "彩票", "彩经", "棋牌", "体育", "电竞", "真人", "视讯", "捕鱼", "电子", "电玩", "游艺",
    "快三", "快3", "时时彩", "六合彩", "百家乐", "老虎机", "轮盘", "赛车", "飞艇", "竞彩", "足彩", "体彩", "福彩", "博彩",
    "赌场", "赌球", "扑克", "斗地主", "麻将", "牛牛", "炸金花", "龙虎", "骰宝", "电子游艺", "体育投注",
    "竞猜", "体育竞猜", "棋牌游戏",  # (金牛坊体育竞猜jnf.bet, 鼎丰国际棋牌游戏_dfgj left 竞猜 and 游戏 between two anchors)
)  # no 彩票网: read before 网页版/网站, it cut them (【盈丰国际彩票网页版】 scored as 国际 + 彩票网 + 页版 and stayed)
#: CJK brands that are also ordinary words or place names (半岛, 金沙, 凤凰): accepted only with at least two further
#: spam tokens or a Latin/paren token (:mod:`corpus_tools.clean.spam`), or as the seed of a string the page repeats
#: inside its sentences (:mod:`corpus_tools.clean.spam_trades`).
WEAK_BRANDS_CJK: tuple[str, ...] = (
    "半岛", "九游", "金沙", "皇冠", "永利", "星空", "凤凰", "银河", "威尼斯", "葡京",
    "江南", "火狐", "博亚", "大发", "利来", "云顶", "金博", "新宝", "太阳城", "亚洲城",
)
#: Words only a spam site writes after a brand (navigation of a betting site).
STRONG_SUFFIX_WORDS: tuple[str, ...] = (
    "官方网站", "官网入口", "官网登录", "官网首页", "官网下载", "官网", "官方入口", "官方下载", "官方版", "官方app", "官方APP",
    "app下载", "APP下载", "App下载", "手机版", "手机app", "手机APP", "手机客户端", "登录入口", "登陆入口", "网页版", "电脑版",
    "最新版本", "最新版", "安卓版", "苹果版", "ios版", "IOS版", "iOS版", "下载安装", "下载地址", "备用网址", "线路检测",
    "注册送", "注册入口", "在线开户", "开户", "投注", "下注", "官方平台", "平台官网", "通用版", "安卓通用版",
)
#: Site words a law writes too, after the vocabulary of its own subject: ``彩票投注专用设备``
#: (彩票管理条例), ``电子开户``, ``体育彩票投注站``, ``官方平台``, ``登录入口``.  They are a spam
#: site's words only beside a name (a Latin name, a domain, a version, a stem found by evidence);
#: without one they weigh as a weak suffix (:func:`score_unit`).
LAW_SHARED_SITE_WORDS = frozenset({
    "投注", "下注", "开户", "在线开户", "下载地址", "下载安装", "官方平台", "登录入口", "登陆入口", "注册入口",
})
#: The two state lotteries a law names with their sites (彩票管理条例: ``中国体育彩票官方网站和中国福利彩票官方网站``):
#: their names are the law's words, never a brand's, unless a domain or a Latin name stands with them.
_STATE_LOTTERY = lazy_re(r"(?:中国)?(?:体育|福利)彩票")
#: Words a spam site writes after a brand and a law writes too (weak evidence).
WEAK_SUFFIX_WORDS: tuple[str, ...] = (
    "平台", "网站", "首页", "入口", "登录", "登陆", "注册", "下载", "在线", "中心", "集团", "国际", "有限公司", "中国",
    "网址", "导航", "线路", "客户端", "综合", "全站", "网", "app", "APP", "App", "sports", "SPORTS", "Sports",
)
#: Words that end a law's own phrase (``公共服务平台``): an inline unit never ends on one
#: unless the unit itself binds it.
LAW_COMMON_ENDINGS = frozenset(WEAK_SUFFIX_WORDS) - {"app", "APP", "App", "sports", "SPORTS", "Sports"}
#: The site words, strong and weak, written in Chinese (``注册``, ``平台``, ``官网``, ``网址``): what stands after a
#: Han brand name with no Latin one (``祥龙汇娱乐注册``, ``盛世豪庭…平台注册``); the Latin ones are the Latin rules'.
CHINESE_SITE_WORDS = frozenset(w for w in STRONG_SUFFIX_WORDS + WEAK_SUFFIX_WORDS if not w.isascii())

#: Promotion on spam lines (``首存加送``, ``天天返水``, ``欢迎光临``).
PROMO = (
    r"(?:欢迎(?:光临|访问|来到|您)?|(?:首存|注册|充值|存款|新人|新会员|会员|老会员|首充|二存|每日|天天|日日)(?:就|即|立|可)?"
    r"(?:加送|赠送|送彩金|送|返水|返利|返|领取|彩金)?|返水|返利|送彩金|彩金|出款|秒到|提现|信誉(?:第一|保证|至上|平台)?"
    r"|稳定(?:出款)?|官方直营|直营|老品牌|大品牌|实力|值得信赖|火爆|推荐|热门|十大|排名|排行榜?|正规|靠谱|最佳|第一|唯一|指定"
    r"|亚洲|最新|永久|备用|立即|马上|点击|进入|访问|免费|体验|专业|安全|可靠|官方|品牌|网址|地址|大全|合集)"
)
#: Search-engine spam (``蜘蛛池``, ``快速排名``, ``代发外链``).
SEO = (
    r"(?:SEO|seo|Seo)(?:优化|推广)?|快速排名|关键词排名|排名优化|整站优化|网站优化|百度(?:收录|优化|排名|推广|快照)?"
    r"|代发外链|外链|蜘蛛池|霸屏(?:推广)?|网站建设|引流|推广|收录|站群|泛目录|寄生虫|快照"
)
#: Heads of keyword lines (``热门关键词：a|b|c``).
SEO_HEADS = r"(?:热门关键词|热门关键字|相关搜索|热门搜索|热搜|热门标签|相关标签|标签|关键词|关键字|Tags?|TAGS?)[:：]"

#: Latin words of ordinary Chinese text (units, file types, protocols): never a brand name.
COMMON_LATIN = frozenset(
    "app apps wifi email online pdf doc docx xls xlsx html htm http https www com cn gov org net edu ph ppm ppb "
    "km kg mg ml cm mm nm kw kwh mw gw mpa kpa hz db dpi ip ic it ai vr ar mr led lcd usb gps sim atm pos "
    "qq wechat weibo id pc tv cd dvd iso gb gbt ok vs etc mol lx".split()
)
#: Top-level domains spam hosts favour (cheap, or betting words).
SPAM_TLDS = frozenset(
    "vip top xyz cc club win bet fun icu buzz live site online shop asia me tv app io ink ltd pro info biz work "
    "games casino poker lol wang mobi bid loan kim red".split()
)
#: Domain endings of official and institutional sites: a link there is a citation.
OFFICIAL_HOST_ENDINGS = (".gov.cn", ".gov", ".edu.cn", ".edu", ".mil.cn", ".gov.hk", ".gov.mo", ".gov.tw", ".org.cn", ".ac.cn", ".cn.com.gov")

#: Points a unit needs to be spam (see :func:`score_unit`).
ACCEPT = 3.0

_SEP = r"[_|\-·丨｜＿－・•~～—/]"
_VERSION = r"[vV]\d{1,2}(?:\.\d{1,3}){0,2}|\d{1,2}\.\d{1,3}(?:\.\d{1,3})?"
_TLD = r"[A-Za-z]{2,8}"
#: Extensions of the files and pages a text cites (``附件1.docx``, ``wzsl.htm``): a name ending in one
#: is a file, not a host (no spam site's top-level domain is one).
FILE_EXTENSIONS = frozenset(
    "htm html shtml xhtml php asp aspx jsp cgi pdf doc docx wps xls xlsx ppt pptx dps txt rtf ofd csv xml json "
    "jpg jpeg png gif bmp tif tiff rar 7z".split()  # (no .do, .et, .zip: top-level domains too, review 12 F11)
)
#: A file name (maybe after a path's last ``/``): ``zhibo479/wzsl.htm`` of a cited page, ``xinxi2019.doc``.
_FILE = r"[A-Za-z0-9][A-Za-z0-9_\-]{0,60}\.(?i:" + alternation(FILE_EXTENSIONS) + r")(?![A-Za-z0-9])"
#: A host (maybe with scheme and path): labels of Latin letters, digits and hyphens.
_DOMAIN = (
    r"(?:https?://)?(?:[A-Za-z0-9][A-Za-z0-9\-]{0,40}\.){1,6}" + _TLD
    + r"(?![A-Za-z0-9])(?::\d{1,5})?(?:/[A-Za-z0-9._~%/?=&#+\-]{0,120})?"
)
#: A Latin name (never running into a version number: ``yingjia`` + ``v2.1``).
_LATIN = r"[A-Za-z](?:(?![vV]\d{1,2}\.\d)[A-Za-z0-9]){0,30}"
_PAREN = r"[（(](?:中国|[A-Za-z][A-Za-z0-9 .\-]{0,24})[)）]"
_DIGITS = r"\d{2,5}"
#: One token of a unit, each kind a named group (longest alternatives first).
_TOKEN = (
    rf"(?P<file>{_FILE})|(?P<domain>{_DOMAIN})|(?P<paren>{_PAREN})|(?P<strong>{_alternation(STRONG_SUFFIX_WORDS)})"
    rf"|(?P<cat>{_alternation(CATEGORY_WORDS)})|(?P<weak>{_alternation(WEAK_SUFFIX_WORDS)})"
    rf"|(?P<version>(?:{_VERSION})(?![\d.]*\d))|(?P<latin>{_LATIN})|(?P<digits>{_DIGITS})"
)
TOKEN_RE = lazy_regex(_TOKEN)
#: A chain of tokens to the right of a position (separators between them).
_CHAIN_RIGHT = lazy_regex(rf"(?:{_TOKEN})(?:{_SEP}{{0,2}}(?:{_TOKEN})){{0,10}}")
#: One token (and the separators after it) ending at a position (matched backwards).
_TOKEN_LEFT = lazy_regex(rf"(?:{_TOKEN}){_SEP}{{0,2}}", regex.REVERSE)
_HAN = lazy_regex(r"\p{Han}")
_SEP_CHAR = lazy_regex(_SEP)  # compiled once: regex.match(_SEP, ...) looked the pattern up in regex's cache per call
_SEP_RUN = lazy_regex(rf"{_SEP}+")
_HAN_RUN_LEFT = lazy_regex(r"\p{Han}{1,8}", regex.REVERSE)
_LATIN_LETTERS = lazy_regex(r"[A-Za-z]+")
_HOST = lazy_regex(r"^(?:https?://)?([^/:?#\s]+)", regex.I)
_DECORATION = {"「": "」", "【": "】", "〖": "〗", "『": "』", "［": "］", "[": "]", "〔": "〕"}
_CLOSERS = frozenset(_DECORATION.values())

#: Seeds: what a law rarely writes and every spam unit holds one of.
_STRONG_SEED = lazy_re(_alternation(STRONG_SUFFIX_WORDS))
_LATIN_RUN = lazy_re(r"[A-Za-z][A-Za-z0-9._\-]*")
_LATIN_PAIR = lazy_re(rb"[A-Za-z][A-Za-z0-9]")
#: The longest Latin run a seed is taken from (a longer one is no name and no host).
MAX_LATIN_RUN = 300
#: The most tokens a candidate grows over to the left of its seed.  A brand's name and words
#: are a few tokens (the most on the real pages and the clean laws: see ``tests/test_clean_spam_linear.py``);
#: a longer run is a blob of data (a base64 image, a script), and growing over all of it made
#: the scan quadratic (:func:`_grown_left`).
MAX_TOKENS_LEFT = 64
#: How far to the left of its seed a candidate can grow: each token it grows over ends within 40
#: characters of the last (:func:`_grown_left`).
_LEFT_REACH = 40 * (MAX_TOKENS_LEFT + 1)


@dataclass(frozen=True)
class Unit:
    """A spam unit: its span in the text, its score, and how its stem was found."""

    start: int
    end: int
    score: float
    stem: str = ""
    why: tuple[str, ...] = field(default_factory=tuple)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


# --------------------------------------------------------------------------
# Evidence on single tokens
# --------------------------------------------------------------------------


def _letters(token: str) -> str:
    return "".join(_LATIN_LETTERS.findall(token)).lower()


#: Betting words inside a Latin brand written in English (``manbetx``, ``betway``, ``188bet``).
_BETTING_LATIN = lazy_re(r"bet|casino|poker|slot|lotto|baccarat|jackpot|bingo")
_VOWELS = frozenset("aeiouv")


@lru_cache(maxsize=4096)
def reads_as_pinyin(letters: str) -> bool:
    """Whether lower-case ``letters`` split into toneless pinyin syllables (``kaiyun``,
    ``hongfa``, ``leyu``): how a Chinese brand is spelt in Latin letters.  English words
    rarely do (``bland``, ``altman``, ``pearson``, ``method``, ``excel``).

    >>> [reads_as_pinyin(w) for w in ("kaiyun", "hongfa", "leyu", "xingkong", "bland", "pearson", "method")]
    [True, True, True, True, False, False, False]
    """
    from corpus_tools.clean.ruby import valid_syllables

    syllables = valid_syllables()
    n = len(letters)
    ends = [False] * (n + 1)
    ends[0] = True
    for i in range(n):
        if ends[i]:
            for j in range(i + 1, min(n, i + 6) + 1):
                if letters[i:j] in syllables:
                    ends[j] = True
    return ends[n]


def is_brand_latin(token: str) -> bool:
    """A Latin word that reads as a brand name: lower case with digits (``jch88``), or a
    word of three lower-case letters or more that is spelt in pinyin (``hongfa``,
    ``Kaiyun``), made of initials (``hth``, ``ayx``) or holds a betting word
    (``manbetx``); never an ordinary word of Chinese text, nor an English one: official
    texts cite methods, eponyms and products (``Bland-Altman``, ``Clopper-Pearson``,
    ``Warthin-Starry``, ``Excel``; a field test on cmde.org.cn guidelines lost 20 of them
    as spam).

    >>> [is_brand_latin(t) for t in ("jch88", "hongfa", "dafa888", "APP", "PM", "pH", "app", "km", "GDP", "Kaiyun")]
    [True, True, True, False, False, False, False, False, False, True]
    >>> [is_brand_latin(t) for t in ("hth", "manbetx", "Bland", "Altman", "Pearson", "Method", "Excel")]
    [True, True, False, False, False, False, False]
    >>> [is_brand_latin(t) for t in ("td1", "hg0088", "x1", "ky8")]
    [False, True, False, False]
    >>> [is_brand_latin(t) for t in ("Na2O", "SiO2", "cmH2O", "mmHg")]  # chemistry and units (F20-A2)
    [False, False, False, False]
    """
    letters = _letters(token)
    if not letters or letters in COMMON_LATIN or token.isupper():
        return False
    if is_chemical_formula(token):
        return False  # Na2O, SiO2, cmH2O: a formula's digits are subscripts (field test 20, F20-A2)
    lower = sum(1 for c in token if c.islower())
    digits = sum(1 for c in token if c.isdigit())
    if digits:
        # two letters and one digit is a symbol with its index (``t<sub>d1</sub>`` of a national
        # standard's test method, read ``td1``: field test 11, F11-G1), no brand (``hg0088``, ``jch88``)
        return lower >= 1 and len(letters) >= 2 and (len(letters) >= 3 or digits >= 2)
    if lower < 3 or len(letters) < 3:
        return False
    initials = len(letters) <= 5 and not _VOWELS.intersection(letters)
    return initials or reads_as_pinyin(letters) or bool(_BETTING_LATIN.search(letters))


#: A run of Latin words joined by single blanks or hyphens (an English phrase, a compound).
_LATIN_WORDS_AROUND = lazy_re(r"[A-Za-z][A-Za-z0-9]*(?:[ \-][A-Za-z][A-Za-z0-9]*)+")
#: An English word the brand reading never takes: four letters or more, no digit.
_PLAIN_WORD = lazy_re(r"[A-Za-z]{4,}")


def in_english_words(text: str, a: int, b: int) -> bool:
    """Whether the Latin word ``text[a:b]`` stands in English, not as a brand name: joined by a
    hyphen to another word with no digit (``non-lane``), or one word of a phrase that holds an
    ordinary English word (a national standard's terms give each its English equivalent:
    ``非车道巡航控制功能 non-lane cruise manoeuvre function``; ``non`` and ``lane`` also spell
    pinyin, and spam_anchor removed ``non-lane``: field test 11, F11-G1).  A brand writes its
    Latin name alone or glued to Han text and digits (``金彩汇娱乐_jch88``, ``kaiyun``).

    >>> t = "非车道巡航控制功能 non-lane cruise manoeuvre function"
    >>> in_english_words(t, t.index("non"), t.index("-")), in_english_words("道路 non-lane 功能", 3, 6)
    (True, True)
    >>> in_english_words("开云kaiyun体育", 2, 8), in_english_words("开云 kaiyun sports", 3, 9)
    (False, False)
    """
    # the line's ends looked for within the window only (a search to the line's end, per word, was
    # quadratic on a page printed as one long line)
    line_start = text.rfind("\n", max(0, a - 200), a) + 1
    line_end = text.find("\n", b, b + 200)
    line_end = len(text) if line_end < 0 else line_end
    window_start, window_end = max(line_start, a - 200), min(line_end, b + 200)
    for run in _LATIN_WORDS_AROUND.finditer(text, window_start, window_end):
        if run.start() > a:
            break
        if run.end() < b:
            continue
        words = run.group().replace("-", " ").split()
        hyphenated = "-" in (text[a - 1:a], text[b:b + 1])
        if hyphenated and all(w.isalpha() for w in words):
            return True
        return any(_is_plain_english(w) for w in words)
    return False


#: Latin words of spam sites' own vocabulary: a phrase of them is a site's, not English prose.
_SPAM_LATIN_WORDS = frozenset(w.lower() for w in WEAK_SUFFIX_WORDS if w.isascii()) | frozenset(
    "official website download online mobile login register vip games game sport club entertainment".split())


def _is_plain_english(word: str) -> bool:
    """An ordinary English word of four letters or more: no brand shape, no spam site's word.

    >>> [_is_plain_english(w) for w in ("cruise", "function", "sports", "kaiyun", "casino", "pdf")]
    [True, True, False, False, False, False]
    """
    lower = word.lower()
    return bool(_PLAIN_WORD.fullmatch(word)) and not is_brand_latin(word) and lower not in COMMON_LATIN \
        and lower not in _SPAM_LATIN_WORDS and not _BETTING_LATIN.search(lower)


def is_official_host(host: str) -> bool:
    return host.lower().rstrip(".").endswith(OFFICIAL_HOST_ENDINGS)


def host_of(url: str) -> str:
    m = _HOST.match(url)
    return m.group(1).lower().rstrip(".") if m else ""


def host_points(url: str, *, learned: frozenset[str] = frozenset()) -> float:
    """How much a link's host says it is a spam host (0 for an official one).

    A host label that mixes a name with digits (``jch88``, ``ttzc904``), a cheap or
    betting top-level domain (``.vip``, ``.xyz``), a Latin name the corpus learned.

    >>> [host_points(u) for u in ("www.jch88.vip", "https://www.ccgme-cmda.cn/", "www.12315.cn", "http://www.gov.cn/x", "hongfa.vip")]
    [3.0, 0.0, 0.0, 0.0, 1.0]
    """
    host = host_of(url)
    if not host or is_official_host(host):
        return 0.0
    labels = host.split(".")
    tld, names = labels[-1], [lab for lab in labels[:-1] if lab not in ("www", "m", "wap")]
    points = 0.0
    if tld in SPAM_TLDS:
        points += 1
    if any(re.fullmatch(r"[a-z]+[0-9]{2,}[a-z0-9]*|[0-9]+[a-z]+[0-9]*", lab) for lab in names):
        points += 2
    if learned and any(_letters(lab) in learned for lab in names):
        points += 2
    return points


# --------------------------------------------------------------------------
# Stems: the brand name before the tokens
# --------------------------------------------------------------------------


@lru_cache(maxsize=1 << 14)
def _spellings(char: str) -> frozenset[str]:
    """How a brand's Latin name may spell ``char``: a reading, or its initial (zh/ch/sh too)."""
    from corpus_tools.clean.ruby import readings

    out: set[str] = set()
    for r in readings(char):
        if not r.isascii() or not r.isalpha():
            continue
        out.add(r)
        out.add(r[0])
        if r[:2] in ("zh", "ch", "sh"):
            out.add(r[:2])
    return frozenset(out)


def _spells(letters: str, chars: str) -> bool:
    """Whether ``letters`` is ``chars`` spelt in pinyin, each character by a reading or an initial.

    >>> _spells("jch", "金彩汇"), _spells("xingcai", "杏彩"), _spells("hongfa", "鸿发"), _spells("yfgj", "盈丰国际"), _spells("abc", "金彩汇")
    (True, True, True, True, False)
    """
    if not chars:
        return not letters
    if not letters:
        return False
    return any(letters.startswith(s) and _spells(letters[len(s):], chars[1:]) for s in _spellings(chars[0]))


def pinyin_stem(text: str, chain_start: int, latin: str, cjk_between: str) -> int | None:
    """Where the brand name starts when the unit's Latin name spells it in pinyin.

    ``chain_start`` is where the unit's tokens begin, ``cjk_between`` the Han
    characters of the tokens before the Latin name (``娱乐`` in ``金彩汇娱乐_jch88``).
    The name spelt is Han text ending at ``chain_start`` (and maybe running on into
    ``cjk_between``: ``盈丰`` + ``国际`` = ``yfgj``).

    >>> t = "依法金彩汇娱乐_jch88管理"
    >>> pinyin_stem(t, 5, "jch88", "娱乐")
    2
    >>> pinyin_stem("上年盈丰国际电竞-yfgj度", 4, "yfgj", "国际电竞")
    2
    """
    letters = _letters(latin)
    if len(letters) < 2:
        return None
    run = _HAN_RUN_LEFT.match(text, max(0, chain_start - 8), chain_start)
    if run is None:
        return None
    before = run.group()
    for i in range(len(before) - 1, -1, -1):  # the shortest stem first: the least taken from the law
        stem = before[i:]
        for extra in range(len(cjk_between) + 1):
            if _spells(letters, stem + cjk_between[:extra]):
                return chain_start - len(stem)
    return None


#: Characters that open a law's noun phrase (``本条例``, ``该单位``, ``各区``, ``对其``): when every
#: copy of a unit has one before its name, it is the law's, and the name starts after it.
LAW_LEADS = frozenset("本该其各此每凡的在由对向和与及或等为从按依经将把被之以并")


def page_stems(text: str, units: list[tuple[int, int]], *, max_stem: int = 6) -> dict[int, int]:
    """Stems the page itself shows: a unit repeated on the page after different words.

    A spam site replaced one word everywhere with one string: the same tokens then
    follow the same brand name each time, and what comes before the name differs.
    For each group of identical units, the common Han characters before them (at
    most ``max_stem``, stopping where the occurrences differ) are the stem.  Returns
    ``unit start -> stem start``.

    A unit with a Latin name is one injected string with the units it extends or that
    extend it (``pk10彩票官网`` and ``pk10彩票官网注册彩票``, where the law's ``彩票`` ran on):
    their copies are compared together, so words the law repeats around some copies
    (``体育行政`` of ``民政部门、体育行政部门``, replaced twice) are no stem when the
    string stands after other words elsewhere on the page (field test 14, F14-A2: the
    eaihelp.com copy of 彩票管理条例实施细则 lost ``体育行政`` and ``彩票``).

    >>> t = "公积金的杏彩娱乐手机版管理，由杏彩娱乐手机版负责"
    >>> page_stems(t, [(6, 11), (17, 22)])
    {6: 4, 17: 15}
    >>> t = "制定本金彩汇彩票官网。依照本金彩汇彩票官网"
    >>> page_stems(t, [(6, 10), (17, 21)])
    {6: 3, 17: 14}
    >>> t = "管理pk10彩票官网网址，民政pk10彩票官网注册、体育行政pk10彩票官网注册彩票公益金、体育行政pk10彩票官网注册彩票公益金"
    >>> page_stems(t, [(2, 10), (14, 22), (29, 41), (50, 62)])
    {}
    """
    groups: dict[str, list[int]] = {}
    for start, end in units:
        groups.setdefault(text[start:end], []).append(start)
    out: dict[int, int] = {}
    ordered: list[str] | None = None
    for unit, starts in groups.items():
        if len(starts) < 2:
            continue
        k = common_han_before(text, starts, max_stem)
        if k is None:
            continue  # never diverged within max_stem: no evidence where the name starts
        while k > 2 and text[starts[0] - k] in LAW_LEADS:
            k -= 1  # 本 of 本条例: the law's word before the replaced one, the same at each copy
        if k >= 2:
            ordered = sorted(groups) if ordered is None else ordered
            pooled = _same_string_starts(groups, unit, ordered)
            if len(pooled) > len(starts) and (common_han_before(text, pooled, k) or 0) < k:
                continue  # the string stands after other words elsewhere: the law's words repeat here
            for s in starts:
                out[s] = s - k
    return out


def common_han_before(text: str, starts: list[int], longest: int) -> int | None:
    """How many Han characters (at most ``longest``) stand the same before every start;
    None when they never diverge within ``longest`` (no evidence where a name starts).

    >>> common_han_before("甲民政X乙民政X", [3, 7], 6), common_han_before("民政X", [2], 6)
    (2, 2)
    """
    k = 0
    while k < longest:
        chars = {text[s - k - 1] if s - k - 1 >= 0 else "" for s in starts}
        if len(chars) != 1:
            return k
        char = chars.pop()
        if not char or not _HAN.match(char):
            return k
        k += 1
    return None


#: A name of Latin letters or digits in a unit (``pk10``, ``bet365``): the mark of one injected string.
_LATIN_NAME = lazy_re(r"[A-Za-z0-9]")


def _same_string_starts(groups: dict[str, list[int]], unit: str, ordered: list[str] | None = None) -> list[int]:
    """The starts of ``unit`` and of the units it extends or that extend it, when the shorter holds
    a Latin name (the same injected string, the law's words run on or cut off after it);
    ``groups`` maps each unit's text to its starts, ``ordered`` is its keys sorted (found when not
    given).  Linear in the unit's length and the relatives found (a page of many units stays fast).

    >>> g = {"pk10彩票官网": [2, 14], "pk10彩票官网注册彩票": [29, 50], "彩票官网": [70]}
    >>> _same_string_starts(g, "pk10彩票官网注册彩票"), _same_string_starts(g, "pk10彩票官网")
    ([2, 14, 29, 50], [2, 14, 29, 50])
    """
    ordered = sorted(groups) if ordered is None else ordered
    pooled = list(groups[unit])
    for cut in range(1, len(unit)):  # the units it extends
        shorter = unit[:cut]
        if shorter in groups and _LATIN_NAME.search(shorter):
            pooled += groups[shorter]
    if _LATIN_NAME.search(unit):  # the units that extend it: the keys sorted right after it that start with it
        at = bisect.bisect_right(ordered, unit)
        while at < len(ordered) and ordered[at].startswith(unit):
            pooled += groups[ordered[at]]
            at += 1
    return sorted(pooled)


# --------------------------------------------------------------------------
# Units
# --------------------------------------------------------------------------


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The tokens of ``text[start:end]`` (kind, start, end), separators skipped."""
    out = []
    pos = start
    while pos < end:
        m = TOKEN_RE.match(text, pos, end)
        if m:
            out.append((m.lastgroup, m.start(), m.end()))
            pos = m.end()
        else:
            pos += 1
    return out


def _state_lottery_at(text: str, start: int) -> bool:
    """Whether a state lottery's name (:data:`_STATE_LOTTERY`) covers ``start``, the start of a unit
    (``中国福利彩票官方网站``: the unit may begin inside the name, at ``彩票``).

    >>> _state_lottery_at("在中国福利彩票官方网站", 5), _state_lottery_at("在中国福利彩票官方网站", 1), _state_lottery_at("金彩汇彩票官网", 3)
    (True, True, False)
    """
    for m in _STATE_LOTTERY.finditer(text, max(0, start - 6), start + 6):
        if m.start() <= start < m.end():
            return True
    return False


def score_unit(text: str, start: int, end: int, tokens: list[tuple[str, int, int]], *, stem: str = "", stem_why: str = "",
               learned_latin: frozenset[str] = frozenset()) -> tuple[float, tuple[str, ...]]:
    """Points for a unit being spam, and why (:data:`ACCEPT` accepts).

    Domain or link by its host (up to 3; :func:`host_points`); a brand-like Latin name
    (2) glued to Han text (+1); a bracketed Latin name (2); a version number (2); a
    spam-site word (2); a game or bet category (1, once); a weak suffix (0.5, once);
    separators between the scripts (1); a stem found by evidence (2).

    >>> t = "金彩汇彩票官网"
    >>> score_unit(t, 3, 7, _tokens(t, 3, 7))[0]
    3.0
    >>> t = "在官网公布"
    >>> score_unit(t, 1, 3, _tokens(t, 1, 3))[0]
    2.0
    >>> t = "配置彩票投注专用设备"  # 彩票管理条例: the law's subject and its word, no name
    >>> score_unit(t, 2, 6, _tokens(t, 2, 6))
    (1.5, ('category',))
    >>> t = "在中国福利彩票官方网站公布"  # a state lottery's site (F9-E8 probe, field test 10)
    >>> score_unit(t, 5, 11, _tokens(t, 5, 11))
    (0.0, ('state lottery',))
    """
    points = 0.0
    why: list[str] = []
    kinds = {k for k, _, _ in tokens}
    # a measured value's letters (``x102mg`` of ``2.85x102mg/L``) are no name, and its number no version (F22-A2)
    tokens = [t for t in tokens if t[0] != "latin" or not is_measurement(text, t[1], t[2])]
    # a version number is an app's only beside a brand-like name (``L-96.753`` is a survey point)
    brand_latin = any(k == "latin" and is_brand_latin(text[a:b]) for k, a, b in tokens)
    named = brand_latin or bool(kinds & {"domain", "paren", "version"})  # what names a brand besides its stem
    if not named and not stem and _state_lottery_at(text, start):
        return 0.0, ("state lottery",)
    if "file" in kinds and not kinds & {"strong", "cat"}:
        # a cited file or page (``…/wzsl.htm``, ``附件xinxi2019.doc``): no brand names a file; beside a brand's
        # words (``开云体育kaiyun.pdf``) the name is the brand's dressed as a file (review 12, F11)
        return 0.0, ("file name",)
    shared_word = ""
    for kind, a, b in tokens:
        tok = text[a:b]
        if kind == "domain":
            p = host_points(tok, learned=learned_latin)
            if is_official_host(host_of(tok)):
                return 0.0, ("official host",)
            if (a > 0 and _HAN.match(text[a - 1])) or (b < len(text) and _HAN.match(text[b])):
                p += 1  # glued into a sentence: a cited link stands apart
            elif _bare_link_line(text, a, b):
                p += 1  # a site's front page alone on a line (``https://m.yfgj.net/``): a cited link names a page
            if is_brand_latin(host_of(tok).split(".")[-2] if "." in host_of(tok) else tok):
                p += 1
            points += min(p, 3.0)
            why.append(f"host {tok}")
        elif kind == "latin" and _letters(tok) not in learned_latin and in_english_words(text, a, b):
            continue  # non-lane of ``non-lane cruise manoeuvre function``: a term's English equivalent
        elif kind == "latin" and (is_brand_latin(tok) or _letters(tok) in learned_latin):
            points += 2
            why.append(f"latin {tok}")
        elif kind == "paren" and (is_brand_latin(tok[1:-1]) or tok[1:-1] == "中国" or _letters(tok) in learned_latin):
            points += 2 if tok[1:-1] != "中国" else 1
            why.append(f"paren {tok}")
        elif kind == "version" and (brand_latin or "cat" in kinds or tok[:1] in "vV"):
            points += 2
            why.append(f"version {tok}")
        elif kind == "strong" and tok in LAW_SHARED_SITE_WORDS and not (stem or named):
            shared_word = tok  # 彩票投注 of a lottery law: a weak suffix, unless a name or a decoration holds it
        elif kind == "strong":
            points += 2
            why.append(f"site word {tok}")
    if "cat" in kinds:
        points += 1
        why.append("category")
    if shared_word and _fills_decoration(text, start, end):  # 【金彩投注】: the decoration holds the name
        points += 2
        why.append(f"site word {shared_word}")
        shared_word = ""
    if "weak" in kinds or shared_word:
        points += 0.5
    if _mixes_scripts_across_separator(text, tokens):
        points += 1
        why.append("separator between scripts")
    if stem:
        points += 2
        why.append(f"stem {stem} ({stem_why})")
    return points, tuple(why)


#: The longest path (and query) of a link that is a site's front page, not a cited document.
_FRONT_PAGE_PATH = 24


def _bare_link_line(text: str, a: int, b: int) -> bool:
    """Whether the link ``text[a:b]`` is the whole of its line (blanks aside) and points at a
    site's front page (a short path: ``/``, ``/?from=gov``, ``/index.html``), not at a cited
    document (``[12]https://www.accessdata.fda.gov/…/K161139.pdf`` has a label and a long path).

    >>> t = "第一条 甲。\\nhttps://m.yfgj.net/?from=gov\\n[3]https://www.iso.org/standard/62085.html\\n"
    >>> a, b = t.index("https://m"), t.index("[3]")
    >>> _bare_link_line(t, a, b - 1), _bare_link_line(t, b + 3, len(t) - 1)
    (True, False)
    """
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:a].strip() or text[b:line_end].strip().strip("/"):  # a unit ends before a trailing /
        return False
    link = text[a:b]
    rest = link.split("://", 1)[-1]
    slash = rest.find("/")
    return slash < 0 or len(rest) - slash <= _FRONT_PAGE_PATH


def _mixes_scripts_across_separator(text: str, tokens: list[tuple[str, int, int]]) -> bool:
    """Whether a separator stands between a Latin name or domain and a Han word
    (``金彩汇娱乐_jch88``; not ``L-96.753``, a survey point of a table).

    >>> t = "娱乐_jch88"
    >>> _mixes_scripts_across_separator(t, _tokens(t, 0, len(t)))
    True
    >>> t = "L-96.753"
    >>> _mixes_scripts_across_separator(t, _tokens(t, 0, len(t)))
    False
    """
    for (k1, a1, b1), (k2, a2, _) in zip(tokens, tokens[1:]):
        gap = text[b1:a2]
        if not gap or not _SEP_RUN.fullmatch(gap):
            continue
        latin1, latin2 = k1 in ("latin", "domain"), k2 in ("latin", "domain")
        if (latin1 and _HAN.match(text[a2])) or (latin2 and _HAN.match(text[a1])):
            return True
    return False


#: A hash or an id (a git commit or blob, a UUID's part): hexadecimal digits, letters and digits both.
_HEX_ID = lazy_re(r"(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*[0-9])[0-9a-fA-F]{12,}")
#: A name of code or a file (``task3_analyse_data``): lower-case words joined by two underscores or more.
_SNAKE_CASE = lazy_re(r"[a-z][a-z0-9]*(?:_[a-z0-9]+){2,}")
_ALNUM_BEFORE = lazy_re(r"[0-9A-Za-z]*\Z")
_HAS_DIGIT = lazy_re(r"[0-9]")


def _is_code_word(text: str, a: int, b: int) -> bool:
    """Whether the Latin run ``text[a:b]`` is a hash or a name of code, never a brand: a
    provenance note's commit ids (``commit 9abc8b04d529a0dc1a502ecf5cb793dbb38396b7``) and
    paths (``task3_analyse_data/docs``) were removed as spam from the SOURCE.md of a test set of
    real pages (the run starts at a letter: the digits before it belong to the word).

    >>> t = "commit 9abc8b04d529a0dc1a502ecf5cb793dbb38396b7, path task3_analyse_data/docs, 金彩汇dafa888"
    >>> [_is_code_word(t, t.index(w), t.index(w) + len(w)) for w in ("abc8b04d529a0dc1a502ecf5cb793dbb38396b7", "task3_analyse_data", "dafa888")]
    [True, True, False]
    """
    run = text[a:b]
    if "_" in run and _SNAKE_CASE.fullmatch(run.rstrip("._-")):
        return True
    before = text[a - 1] if a else ""
    if not (before.isdigit() or _HAS_DIGIT.search(run)):
        return False  # no digit: no id (most runs end here)
    head = _ALNUM_BEFORE.search(text, max(0, a - 64), a).group() if before.isalnum() else ""
    word = head + run.split(".", 1)[0].split("-", 1)[0].split("_", 1)[0]
    return bool(_HEX_ID.fullmatch(word))


#: A placeholder of a form or template: letters all X (``20XX.XX.XX``, ``XX号``).
_PLACEHOLDER = lazy_re(r"[Xx0-9._\-]*[Xx][Xx0-9._\-]*")


def _is_address_or_placeholder(text: str, a: int, b: int) -> bool:
    """Whether the Latin run ``text[a:b]`` is a part of an e-mail address (it touches an ``@``)
    or a form's placeholder, never a brand.  A field test of government pages lost the user
    names of contact addresses (``电子邮件：gjc_hngjj@hainan.gov.cn`` became ``电子邮件：@hainan.gov.cn``;
    the line ``zwgkb-sfcj@shenyang.gov.cn`` was deleted) and a form's instruction
    (``日期统一写法为 20XX.XX.XX—20XX.XX.XX`` became ``…写法为 。``).

    >>> t = "电子邮件：gjc_hngjj@hainan.gov.cn，写法为20XX.XX.XX—20XX.XX.XX，金彩汇dafa888"
    >>> [_is_address_or_placeholder(t, t.index(w), t.index(w) + len(w)) for w in ("gjc_hngjj", "hainan.gov.cn", "XX.XX.XX", "dafa888")]
    [True, True, True, False]
    """
    before = text[a - 1] if a else ""
    after = text[b] if b < len(text) else ""
    return "@" in (before, after) or bool(_PLACEHOLDER.fullmatch(text, a, b))


def _seeds(text: str, learned: Iterable[str]) -> list[int]:
    """Positions where a unit may be: spam-site words, Latin runs beside Han text or a
    bracket or separator, learned brand names.  Linear: one seed per Latin run, and runs
    longer than :data:`MAX_LATIN_RUN` are no names."""
    seeds = [m.start() for m in _STRONG_SEED.finditer(text)]
    if _LATIN_PAIR.search(_gates.latin1_chars(text)):
        for m in _LATIN_RUN.finditer(text):
            if m.end() - m.start() > MAX_LATIN_RUN:
                continue
            a, b = m.start(), m.end()
            before = text[a - 1] if a else "\n"
            after = text[b] if b < len(text) else "\n"
            if before.isspace() and after.isspace() and not (a == 0 or text[a - 1] == "\n") and m.group().isalpha():
                continue  # a Latin word between blanks inside a line: English, not glued spam
            if _is_code_word(text, a, b) or _is_address_or_placeholder(text, a, b):
                continue
            seeds.append(a - 1 if before in "（(" else a)  # a bracketed name: the bracket opens the token
    for name in learned:
        seeds += _gates.find_all(text, name)
    return sorted(set(seeds))


def find_units(text: str, *, learned: frozenset[str] = frozenset(), learned_latin: frozenset[str] = frozenset()) -> list[Unit]:
    """Spam units of ``text`` (sorted, not overlapping), each with its score.

    >>> t = "依法金彩汇娱乐_jch88管理，推进杏彩xingcai.net建设，在官网公布。"
    >>> [(t[u.start:u.end], u.stem) for u in find_units(t)]
    [('金彩汇娱乐_jch88', '金彩汇'), ('杏彩xingcai.net', '杏彩')]
    """
    seeds = _seeds(text, learned)
    if not seeds:
        return []
    raw: list[tuple[int, int, list[tuple[str, int, int]]]] = []
    cursor = 0
    for seed in seeds:
        if seed < cursor:
            continue
        # the line's start looked for as far as the growth can reach only (see _grown_left)
        line_start = text.rfind("\n", max(0, seed - _LEFT_REACH), seed) + 1
        start = seed
        name = _learned_at(text, seed, learned)
        if name:
            start = seed = seed + len(name)  # the tokens after a learned name; _judge puts the name back
        chain = _CHAIN_RIGHT.match(text, seed)
        if chain is None:
            continue
        end = chain.end()
        start = _grown_left(text, start, line_start)
        start, end = _trim(text, start, end)
        if end <= start or any(_is_code_word(text, m.start(), m.end()) for m in _LATIN_RUN.finditer(text, start, end)):
            continue  # grown over a hash or a name of code from a seed beside it (``…/docs`` of a path)
        raw.append((start, end, _tokens(text, start, end)))
        cursor = end
    placed = _placed_stems(text, raw)
    units = _judge(text, raw, placed, learned, learned_latin)
    # What the page's own units show (their brand names, their Latin names) is evidence for
    # the page's other candidates: judge once more with it (a unit's name is learned only
    # from a unit accepted on other grounds).
    names = {u.stem for u in units if len(u.stem) >= 2} - learned
    latin = {_letters(_name_label(text[a:b])) for u in units for k, a, b in _tokens(text, u.start, u.end)
             if k in ("latin", "domain", "paren") and is_brand_latin(_name_label(text[a:b]))} - learned_latin
    if names or latin:
        units = _judge(text, raw, placed, learned | names, learned_latin | latin)
    return units


def _grown_left(text: str, start: int, line_start: int) -> int:
    """``start`` moved to the left over the tokens before it (a brand's name and words before the
    seed: ``金彩汇`` + ``娱乐_jch88``), within the line and over :data:`MAX_TOKENS_LEFT` tokens at most.

    Unbounded, the growth made the scan quadratic: on one long line of chained tokens
    (``体育a`` * 4000, 12k characters; a page printed as one line: a JSON record, a minified
    HTML text, a base64 image) each candidate of eleven tokens grew back over all the
    candidates before it to the line's start, and ``remove_spam_anchors`` took 30 CPU-s.

    >>> t = "依法金彩汇娱乐_jch88管理"
    >>> _grown_left(t, t.index("jch"), 0), _grown_left(t, t.index("jch"), 6)
    (5, 8)
    """
    for _ in range(MAX_TOKENS_LEFT):
        if start <= line_start:
            break
        m = _TOKEN_LEFT.match(text, max(line_start, start - 40), start)
        if not m or m.start() >= start:
            break
        start = m.start()
    return start


def _name_label(token: str) -> str:
    """The name in a Latin token: ``jch88`` of ``(jch88)``, of ``www.jch88.vip``."""
    token = token.strip("（()）")
    if "." in token:
        labels = [lab for lab in host_of(token).split(".")[:-1] if lab not in ("www", "m", "wap")]
        return labels[0] if labels else token
    return token


def _learned_at(text: str, at: int, learned: frozenset[str]) -> str:
    """The longest learned brand name starting at ``at`` ("" for none)."""
    best = ""
    for name in learned:
        if len(name) > len(best) and text.startswith(name, at):
            best = name
    return best


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop separators at either end, and the law's own words a unit inside a sentence
    would end on (``…官网`` + ``平台`` of ``公共服务平台``: the law writes 平台 after words)."""
    while start < end and _SEP_CHAR.match(text[start]):
        start += 1
    while end > start and _SEP_CHAR.match(text[end - 1]):
        end -= 1
    inline = end < len(text) and text[end] != "\n" and not _fills_decoration(text, start, end)
    while inline and end > start:
        last = _last_token(text, start, end)
        if last is None or last[0] != "weak" or text[last[1]:last[2]] not in LAW_COMMON_ENDINGS:
            break
        end = last[1]
        while end > start and _SEP_CHAR.match(text[end - 1]):
            end -= 1
    return start, end


def _fills_decoration(text: str, start: int, end: int) -> bool:
    """Whether the unit, maybe after a Han name, fills a decoration up to its close: its last
    word is then the brand's, not the law's (``【百胜棋牌(bsqp）客户端】`` lost its name and kept
    ``【客户端】`` in the law when 客户端 was given back as the law's word).

    >>> _fills_decoration("总体【百胜棋牌(bsqp）客户端】规划", 6, 16), _fills_decoration("公共服务平台】", 0, 6)
    (True, False)
    """
    if end >= len(text) or text[end] not in _CLOSERS:
        return False
    return (start > 0 and _DECORATION.get(text[start - 1]) == text[end]) or _decoration_stem(text, start, end) is not None


def _last_token(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    tokens = _tokens(text, start, end)
    return tokens[-1] if tokens else None


def _placed_stems(text: str, raw) -> list[tuple[int | None, str]]:
    """Per candidate, its stem as the page alone places it (start, and how), or ``(None, "")``:
    the unit's Latin name spells it; a decoration holds it; the page repeats the unit after it.
    What learned names cannot change, worked out once for both of :func:`find_units`' judgements."""
    repeats = page_stems(text, [(a, b) for a, b, _ in raw])
    placed: list[tuple[int | None, str]] = []
    for start, end, tokens in raw:
        stem_start, why = (_spelt_stem(text, start, tokens), "the Latin name spells it") if tokens else (None, "")
        if stem_start is None and tokens:
            stem_start, why = _decoration_stem(text, start, end), "filled a decoration"
        if stem_start is None and tokens and start in repeats:
            stem_start, why = repeats[start], "repeated on the page"
        placed.append((stem_start, why) if stem_start is not None else (None, ""))
    return placed


def _judge(text: str, raw, placed: list[tuple[int | None, str]], learned: frozenset[str], learned_latin: frozenset[str]) -> list[Unit]:
    """Score each candidate and place its stem, the strongest evidence first: the unit's
    Latin name spells it; a decoration holds it; the page repeats the unit after it
    (``placed``: :func:`_placed_stems`); a brand name learned (from the page's other units,
    or the corpus)."""
    units: list[Unit] = []
    cited_end = None  # the end of the last span the sentence introduced (a list may go on: ``型号分别为:A、B``)
    for (start, end, tokens), (stem_start, why) in zip(raw, placed):
        if not tokens:
            continue
        # (a stem the page's repetition places proves nothing: ``网址为`` stands before each citation of a site)
        named_at = after_introducer(text, start, end)  # (``网址http://…``: a unit may grow over its introducer)
        if why in ("", "repeated on the page") and not _HAN.search(text, named_at, end) and _cited(text, named_at, end, tokens, cited_end):
            cited_end = end  # 登陆网址为www.17try.cn的网站: a judgment names the site it judges (F16B-P2)
            continue
        if stem_start is None:
            name = _learned_before(text, start, learned)
            stem_start, why = (start - len(name), "learned") if name else (None, "")
        stem = text[stem_start:start] if stem_start is not None else ""
        # a Latin name that spells the stem is evidence of spam, and so is a learned brand name
        # before spam tokens (:func:`_learned_evidence`); the other ways place a stem and prove
        # nothing (``大发`` of a learned brand is also in 扩大发电子商务)
        # (「金彩汇时时彩APP」: the decoration places the name, and the name is learned)
        if why == "the Latin name spells it" and _is_gloss(text, tokens) and stem not in learned:
            continue  # 拼音(pinyin)方案, 上海(Shanghai)的, 北京Beijing、: a word and its romanisation, no brand
        learned_name = bool(stem) and (why == "learned" or stem in learned) and _learned_evidence(text, stem, tokens)
        evidence = stem if why == "the Latin name spells it" or learned_name else ""
        score, reasons = score_unit(text, start, end, tokens, stem=evidence, stem_why=why, learned_latin=learned_latin)
        if stem and not evidence:
            reasons += (f"stem {stem} ({why})",)
        elif learned_name and len(stem) >= 3:
            score += 1  # a learned name of three characters or more is rarely a piece of law text
        begin = start if stem_start is None else stem_start
        if evidence and _fills_decoration(text, begin, end):
            score += 1  # 【富贵彩（fgcai）APP】: a brand's proven name and its words bracketed as one
            reasons += ("decoration filled",)
        if score < ACCEPT:
            continue
        begin, end = _decorated(text, begin, end)
        units.append(Unit(begin, end, score, stem, reasons))
    units.sort(key=lambda u: (u.start, -u.end))
    out: list[Unit] = []
    for u in units:
        if out and u.start < out[-1].end:
            continue
        out.append(u)
    return out


def _cited(text: str, start: int, end: int, tokens: list[tuple[str, int, int]], cited_end: int | None) -> bool:
    """Whether the sentence names the Latin unit ``text[start:end]`` as evidence: introduced
    (``网址为``, ``型号分别为:``, a list after one) or called a site (``www.game456.com网站``).
    See :mod:`corpus_tools.clean.cited_spans`.

    >>> t = "登陆网址为www.17try.cn的网站，提升tt88.com能力"
    >>> [_cited(t, t.index(w), t.index(w) + len(w), _tokens(t, t.index(w), t.index(w) + len(w)), None) for w in ("www.17try.cn", "tt88.com")]
    [True, False]
    """
    if introduced(text, start, previous_end=cited_end):
        return True
    return any(k == "domain" for k, _, _ in tokens) and named_as_site(text, end)


def _is_gloss(text: str, tokens: list[tuple[str, int, int]]) -> bool:
    """Whether a unit whose Latin name spells the word before it is that romanisation alone:
    the word glossed in brackets (``拼音(pinyin)方案``, ``汉语拼音（Hanyu Pinyin）方案``,
    ``上海(Shanghai)的``), or a proper name written with its romanisation capitalised as names
    are, maybe with a model's digits (``北京Beijing、上海Shanghai``, ``注册商标“五粮液Wuliangye”``,
    ``小米Mi14``), as law, news and bilingual pages write them.  A brand's romanised name comes
    with what sells it: a spam-site word, a category, a domain, a version (``杏彩(xingcai)官网``,
    ``开云Kaiyun体育官网``), or a name the page or the site shows elsewhere with such evidence
    (``learned``); a spam site writes its bare Latin name in lower case (``jch88``, ``hongfa``).

    Real damage undone (review 13, R13-F8/F18): ``本次会议在北京Beijing、上海Shanghai、广州Guangzhou、
    深圳Shenzhen四地同时举行`` became ``在、、、四地``, ``华为Huawei、小米Xiaomi、海尔Haier`` lost all three
    names, ``小米Mi14`` became ``小``.

    >>> t = "拼音(pinyin)方案，杏彩(xingcai)官网，北京Beijing、小米Mi14，杏彩xingcai，开云Kaiyun体育"
    >>> [_is_gloss(t, _tokens(t, t.index(w), t.index(w) + len(w))) for w in ("(pinyin)", "(xingcai)官网", "Beijing", "Mi14", "xingcai", "Kaiyun体育")]
    [True, False, True, True, False, False]
    """
    if len(tokens) != 1:
        return False
    kind, a, b = tokens[0]
    return kind == "paren" or (kind == "latin" and _CAPITALISED_NAME.fullmatch(text, a, b) is not None)


#: A Latin name capitalised as a proper name is (``Beijing``, ``Wuliangye``), maybe with a model's digits (``Mi14``).
_CAPITALISED_NAME = lazy_re(r"[A-Z][a-z]+\d{0,4}")


#: Tokens that tie a learned two-character name to spam (a category or a weak suffix after it
#: is ordinary law text too: 扩大发电子商务 holds 大发 + 电子).
_TYING_KINDS = frozenset({"strong", "latin", "domain", "paren", "version", "digits"})


def _learned_evidence(text: str, name: str, tokens: list[tuple[str, int, int]]) -> bool:
    """Whether a learned brand name before a unit's tokens is evidence of spam: a name of three
    characters or more before any spam token (``博乐彩APP``), a two-character one before a
    spam-site word, a Latin name, a domain, a version or digits (``杏彩官网``, ``豪利777电竞``) or
    before two tokens (``幸运`` + ``飞艇娱乐APP``), never before one category or weak suffix only
    (``大发`` + ``电子`` in 扩大发电子商务).  Undoes
    the brand that replaced a word where the page alone shows no evidence of its name (the
    unit is too short to score) but the name was learned with evidence elsewhere.

    >>> t = "指导博乐彩APP预案，扩大发电子商务，根据杏彩官网需要"
    >>> _learned_evidence(t, "博乐彩", _tokens(t, 5, 8)), _learned_evidence(t, "大发", _tokens(t, 13, 15)), _learned_evidence(t, "杏彩", _tokens(t, 23, 25))
    (True, False, True)
    """
    if len(name) >= 3:
        return bool(tokens)
    return len(tokens) >= 2 or any(kind in _TYING_KINDS and (kind != "latin" or is_brand_latin(text[a:b])) for kind, a, b in tokens)


def _spelt_stem(text: str, start: int, tokens: list[tuple[str, int, int]]) -> int | None:
    """The stem the unit's first Latin name spells (:func:`pinyin_stem`)."""
    first = next(((a, b) for k, a, b in tokens if k in ("latin", "domain", "paren")), None)
    if first is None:
        return None
    name = _name_label(text[first[0]:first[1]])
    between = "".join(text[a:b] for k, a, b in tokens if b <= first[0] and _HAN.match(text[a]))
    return pinyin_stem(text, start, name, between)


def _learned_before(text: str, start: int, learned: frozenset[str]) -> str:
    best = ""
    for name in learned:
        if len(name) > len(best) and text.endswith(name, 0, start):
            best = name
    return best


def _decoration_stem(text: str, start: int, end: int, *, longest: int = 8) -> int | None:
    """Where the brand name starts when a decoration holds Han text and the unit to its
    close (``「杏彩`` + ``彩票官网」``): the decoration bounds the name.

    >>> _decoration_stem("以「杏彩彩票官网」欺骗", 4, 8)
    2
    """
    if end >= len(text):
        return None
    for i in range(start - 1, max(-1, start - longest - 2), -1):
        opener = text[i]
        if _DECORATION.get(opener) == text[end] and i + 1 < start:
            return i + 1
        if not _HAN.match(opener):
            return None
    return None


def _decorated(text: str, start: int, end: int) -> tuple[int, int]:
    """The unit with the decoration around it (``「金彩汇彩票官网」``), when it fills it."""
    if start > 0 and end < len(text) and _DECORATION.get(text[start - 1]) == text[end]:
        return start - 1, end + 1
    return start, end


#: How a unit's stem is placed with evidence of its own (the other ways only say where a name starts).
SURE_STEMS = ("(the Latin name spells it)", "(filled a decoration)")
#: The shortest Latin name learned (two letters name too many things: ``js``, ``pg``).
MIN_LATIN_NAME = 3


def evident_names(spam: str) -> tuple[frozenset[str], frozenset[str]]:
    """The brand names a string removed as spam shows with evidence: the Han names its units'
    Latin names spell or its decorations hold, and its units' brand-like Latin names (letters
    only, lower case, as :func:`find_units` compares them).  What a build learns for a site
    (:mod:`corpus_tools.dataset.learned_brands`).

    >>> evident_names("博乐彩(bolecai)官方网站")
    (frozenset({'博乐彩'}), frozenset({'bolecai'}))
    >>> evident_names("「杏彩彩票官网」"), evident_names("欢迎光临 金彩汇娱乐_jch88")
    ((frozenset({'杏彩'}), frozenset()), (frozenset({'金彩汇'}), frozenset({'jch'})))
    >>> evident_names("富贵彩（fgcai）官方网站")
    (frozenset({'富贵彩'}), frozenset({'fgcai'}))
    """
    names: set[str] = set()
    latin: set[str] = set()
    for unit in find_units(spam):
        if unit.stem and any(w.endswith(SURE_STEMS) for w in unit.why):
            names.add(unit.stem)
        spelt = any(w.endswith(SURE_STEMS[0]) for w in unit.why)  # fgcai spells 富贵彩: a name, though no pinyin
        for kind, a, b in _tokens(spam, unit.start, unit.end):
            if kind in ("latin", "domain", "paren"):
                label = _name_label(spam[a:b])
                letters = _letters(label)
                if len(letters) >= MIN_LATIN_NAME and letters not in COMMON_LATIN and (spelt or is_brand_latin(label)):
                    latin.add(letters)
    return frozenset(names), frozenset(latin)


__all__ = ["ACCEPT", "Unit", "common_han_before", "evident_names", "find_units", "host_points", "is_brand_latin", "reads_as_pinyin", "page_stems", "pinyin_stem", "score_unit"]
