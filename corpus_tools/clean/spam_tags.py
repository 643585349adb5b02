"""Brand names dressed as social tags or as a domain of Han labels, put into a sentence of the law.

Real damage (the noise benchmark's development set 5, ``h5_spam_hashtags`` and ``h5_spam_idn_domain``):

* a Weibo topic or a handle: ``统计部门公布#澳门威尼斯人#的上年度``, ``有批准权的＃皇家88真人＃人民政府``,
  ``组成@大赢家体育人员``, ``工作委员#大赢家体育# @大赢家体育会的``: the brand rules took the brand inside
  (``威尼斯人``) and left ``#澳门#`` in the law, or took nothing (``大赢家`` is no brand of a list);
* a domain of Han labels (an internationalised domain): ``第四www.大发快三.网址条``, ``保护http://金沙城.公司和改善``,
  ``举报后新锦江.中国三十日内``: no link pattern reads Han labels.

**Evidence** for a tag (:func:`social_tags`): its name holds a word of games and bets, a site word of the
trade or a brand (:data:`~corpus_tools.clean.brands.CATEGORY_WORDS`, ``官网``, ``威尼斯人``) after a name of its
own (``大赢家`` + ``体育``), or Latin letters and digits glued to Han (``皇家88``); a one-sided tag (``@X``, ``#X``)
only when the page writes the same name as a two-sided tag judged so, or its name holds a brand or a site word
of the trade; a name of a word of the trade alone (``大赢家体育``) only glued into a sentence, Han on both sides, or
written as a tag three times on the page (``#大赢家体育# @大赢家体育``).
Real pages write tags too: a Weibo topic ``#热议#`` (no word of the trade), a case's heading
``#刘柯妤诉刘茂勇…``, an e-mail address ``zqyjfk@163.com`` (Latin before the ``@``), a handle ``@北京发布``.  A
tag a sentence holds as its object (``话题#…#``, ``发起``, ``参与``) stays.

**Evidence** for a domain of Han labels (:func:`han_label_domains`): a link's opening (``www.``, ``http://``)
then Han labels and an ending of the internationalised domains (``.中国``, ``.公司``, ``.网络``, ``.网址``,
``.网``), glued into a word (Han on both sides; a Latin ending, ``www.金樽娱乐.com``, only with a label of the trade);
without the opening, only a label the page wrote so in a link (a reference
list writes ``专家共识.中国癌症防治杂志``; a sentence ends ``。网络运营者…``).  A domain the sentence's grammar
holds (``网址为``, ``登录…网站``, ``开设``, a list of addresses after ``网址``: the real page's
``（网址http://www.cndocsys.cn或http://www.医师系统.cn）``, bjtcm) is the law's: it stays.
"""

from __future__ import annotations

import bisect
import re

from corpus_tools.clean.brands import CATEGORY_WORDS, STRONG_SUFFIX_WORDS, alternation
from corpus_tools.lazy_patterns import lazy_re
from corpus_tools.text import HAN_BLOCKS

SOCIAL_TAG = "brand dressed as a social tag"
HAN_LABEL_DOMAIN = "brand dressed as a domain of Han labels"
CLOTHED_HOST = "spam host with its dot in other clothes or its labels in punycode"

_HAN = rf"[{HAN_BLOCKS}]"
#: A tag's name: Han, Latin letters and digits, no blank, no mark.
_NAME = rf"[{HAN_BLOCKS}A-Za-z0-9]"
#: A two-sided tag (``#X#``, ``＃X＃``) or a one-sided one (``#X``, ``@X``): the name is read up to 16 characters.
_TAG_RE = lazy_re(rf"(?P<open>[#＃@＠])(?P<name>{_NAME}{{2,16}})(?P<close>[#＃])?")
_GATE = lazy_re(r"[#＃@＠]")
#: Words of the trade a tag's name holds after a name of its own (a category, a strong site word), and brands.
_TRADE_RE = lazy_re(alternation(set(CATEGORY_WORDS) - {"电子"} | set(w for w in STRONG_SUFFIX_WORDS if not w.isascii())))
_STRONG_SITE_RE = lazy_re(alternation(set(w for w in STRONG_SUFFIX_WORDS if not w.isascii())))
#: Latin letters or digits glued to Han in a name (``皇家88``).
_HAN_RE = lazy_re(_HAN)
_MIXED_RE = lazy_re(rf"{_HAN}[A-Za-z0-9]|[A-Za-z0-9]{_HAN}")
#: Words before a tag that hold it as the sentence's object (a notice names a topic).
_HOLDING_BEFORE = ("话题", "发起", "参与", "关注", "搜索", "标签", "带上", "添加", "转发", "微博", "超话", "主题")
_HOLDING_AFTER = ("话题", "超话", "标签", "主题")
#: Words before an example a sentence cites (``使用#X#等``, ``如#X#等``), and words after its ``等`` that name what it is.
_CITING_BEFORE = ("使用", "含有", "带有", "如", "例如", "诸如", "比如", "包括", "利用", "冒用")
_CITED_KINDS = _HOLDING_AFTER + ("字样", "内容", "信息", "词语", "关键词", "名称", "账号", "广告")
#: The most tags of one cited list read on either side of a tag, and a tag of the list before or after another.
_LISTED_TAGS = 8
_TAG_BEFORE_RE = lazy_re(r"[#＃][^#＃\s]{1,20}[#＃][、，,和及与或]$")
_TAG_AFTER_RE = lazy_re(r"[、，,和及与或][#＃][^#＃\s]{1,20}[#＃]")
_BLANKS = " \u3000\u00a0"
#: How many characters of a name of its own a one-sided tag may write before a brand (``澳门`` + ``威尼斯人``).
_NAME_BEFORE_BRAND = 4
#: How many names a page's tags are counted for (an injector repeats one or two; the count stays linear).
_COUNTED_NAMES = 16


def _brands_in(name: str) -> bool:
    from corpus_tools.clean.spam import find_spam_anchors

    return bool(find_spam_anchors(name, shorten=False))


def _trade_name(name: str) -> int:
    """How long the brand-shaped head of a tag's name is: up to its last word of the trade that follows a name of
    its own (``大赢家体育`` of ``大赢家体育人员``); 0 when it holds none.

    >>> _trade_name("大赢家体育人员"), _trade_name("鸿福娱乐官网产养殖"), _trade_name("体育"), _trade_name("热议")
    (5, 6, 0, 0)
    """
    end = 0
    for m in _TRADE_RE.finditer(name):
        if m.start() >= 2 or end and m.start() == end:
            end = m.end()
    return end


def social_tags(text: str) -> list[tuple[int, int]]:
    """Brand names dressed as social tags (``#X#``, ``＃X＃``, ``@X``, ``#X``): ``(start, end)``, with the blanks
    between two tags of one insertion (``#大赢家体育# @大赢家体育``).

    >>> t = "公布#澳门威尼斯人#的工资，组成@大赢家体育人员，委员#大赢家体育# @大赢家体育会的，有批准权的＃皇家88真人＃人民政府"
    >>> [t[a:b] for a, b in social_tags(t)]
    ['#澳门威尼斯人#', '@大赢家体育', '#大赢家体育# @大赢家体育', '＃皇家88真人＃']

    Tags and addresses of real pages stay:

    >>> social_tags("4个回答\\n#热议#\\n普通体检，#刘柯妤诉刘茂勇共有房屋分割案\\n邮箱zqyjfk@163.com，关注@北京发布，参与话题#全民健身体育#讨论")
    []
    """
    if not _GATE.search(text):
        return []
    counts: dict[str, int] = {}

    def counted(name: str) -> int:  # (how often the page writes ``name`` as a tag; a few names only: linear)
        if name not in counts:
            counts[name] = sum(text.count(o + name) for o in "#＃@＠") if len(counts) < _COUNTED_NAMES else 0
        return counts[name]

    found: list[tuple[int, int, str, bool]] = []  # (start, end, name, judged)
    names: set[str] = set()
    for m in _TAG_RE.finditer(text):
        start, name = m.start(), m.group("name")
        if m.group("open") in "@＠" and start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
            continue  # (an e-mail address)
        if _held(text, start, m.end()):
            continue
        if m.group("close") and m.group("open") in "#＃":
            glued = start > 0 and _HAN_RE.match(text, start - 1) and _HAN_RE.match(text, m.end()) \
                or text[m.end():m.end() + 3 + len(name)].lstrip(_BLANKS).startswith(("@" + name, "＠" + name)) \
                or counted(name) >= 3  # (glued into a sentence, ``#X# @X``, the page's tag)
            if _brands_in(name) or _trade_after_name(name) and (
                    _MIXED_RE.search(name) or _STRONG_SITE_RE.search(name) or glued):
                found.append((start, m.end(), name, True))
                names.add(name)
            continue
        found.append((start, m.end(), name, False))
    out: list[tuple[int, int]] = []
    for start, end, name, judged in found:
        if not judged:
            size = next((len(n) for n in sorted(names, key=len, reverse=True) if name.startswith(n)), 0)
            if not size:
                size = max(_trade_name(name), _brand_end(name))
                head = name[:size]
                if not size or not (_brands_in(head) or _STRONG_SITE_RE.search(head) or _MIXED_RE.search(head)
                                    or _trade_after_name(head) and counted(head) >= 2):
                    continue
            end = start + 1 + size
        if out and not text[out[-1][1]:start].strip(_BLANKS) and text[out[-1][1]:start]:
            out[-1] = (out[-1][0], end)  # (two tags of one insertion, a blank between)
        elif out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _brand_end(name: str) -> int:
    """Where the brand a one-sided tag's name opens with ends (``澳门威尼斯人`` of ``澳门威尼斯人筑公布后``): the end
    of a brand string found within its first characters, 0 when none is.

    >>> _brand_end("澳门威尼斯人筑公布后"), _brand_end("北京发布")
    (6, 0)
    """
    from corpus_tools.clean.spam import find_spam_anchors

    anchors = find_spam_anchors(name, shorten=True)
    return anchors[0].end if anchors and anchors[0].start <= _NAME_BEFORE_BRAND else 0


def _trade_after_name(name: str) -> bool:
    """Whether a name ends on a word of the trade after a name of its own of two characters or more (``大赢家体育``).

    >>> _trade_after_name("大赢家体育"), _trade_after_name("体育"), _trade_after_name("全民体育活动")
    (True, False, False)
    """
    return _trade_name(name) == len(name)


def _held(text: str, start: int, end: int) -> bool:
    """Whether the sentence holds the tag as its object: a topic word before or after it (``参与话题#…#``), or the
    sentence cites it as an example: ``等`` after it, with a citing word before it or a word naming what it is after
    ``等`` (``不得使用#澳门赌场#等话题发布赌博信息``: a regulation quoting the spam it forbids).

    >>> t = "网络用户不得使用#澳门赌场#等话题发布赌博信息，禁止#太阳城#等标签。"
    >>> _held(t, 8, 14), _held(t, t.index("#太"), t.index("#等标") + 1), _held("公布#澳门威尼斯人#的工资", 2, 10)
    (True, True, False)
    >>> _held("不得冒用@永利皇宫官方 名义", 4, 11), _held("对于标注#新葡京开户#字样的信息", 4, 11)
    (True, True)
    >>> t = "例如#金沙娱乐#、#澳门赌场#等话题，应当屏蔽。"
    >>> _held(t, 2, 8), _held(t, 9, 15)
    (True, True)
    """
    before = text[max(0, start - 4):start]
    if any(before.endswith(w) for w in _HOLDING_BEFORE) or text.startswith(_HOLDING_AFTER, end):
        return True
    if before.endswith(("冒用", "假冒", "仿冒")) or text.startswith("字样", end):
        return True  # (不得冒用@永利皇宫官方 名义: the account the sentence forbids to impersonate; 标注#X#字样)
    first = start
    for _ in range(_LISTED_TAGS):  # (back to the first tag of a list, ``例如#X#、#Y#等``: a short list, linear)
        m = _TAG_BEFORE_RE.search(text, max(0, first - 24), first)
        if m is None:
            break
        first = m.start()
    last = end
    for _ in range(_LISTED_TAGS):  # (on to the list's last tag)
        m = _TAG_AFTER_RE.match(text, last)
        if m is None:
            break
        last = m.end()
    before = text[max(0, first - 4):first]
    return text.startswith("等", last) and (before.endswith(_CITING_BEFORE) or text.startswith(_CITED_KINDS, last + 1))


# --------------------------------------------------------------------------
# Domains of Han labels
# --------------------------------------------------------------------------

#: The endings of internationalised domains a spam site takes (``.中国``, ``.公司``, ``.网络``, ``.网址``, ``.网``).
_IDN_ENDINGS = ("中国", "公司", "网络", "网址", "在线", "商城", "网")
_DOT = "[.。．]"
#: The Latin endings a link of Han labels may take (``www.金樽娱乐.com``).
_LATIN_ENDINGS = ("com", "net", "cn", "cc", "vip", "top", "xyz", "app", "info", "bet")
#: Labels are read up to 63 characters (DNS's bound) and at most four more of them: every match attempt is bounded,
#: so a page of ``www.www.www.…`` is read in linear time (tests/test_hostile.py).
_LINK_RE = lazy_re(
    rf"(?:https?://|[Ww]{{3}}{_DOT})(?P<label>{_NAME}{{1,63}}?)(?:{_DOT}{_NAME}{{1,63}}?){{0,4}}?{_DOT}"
    rf"(?:{'|'.join(_IDN_ENDINGS + _LATIN_ENDINGS)})(?![A-Za-z0-9])"
)
_LINK_GATE = lazy_re(r"https?://|[Ww]{3}[.。．]")
#: Words before a link that hold it as the sentence's object (the site a case is about, a page's address).
_LINK_HOLDERS = ("网址", "网站", "登录", "登陆", "访问", "开设", "建立", "域名", "网页", "链接", "地址", "官网", "平台", "系统", "为", "是",
                 "：", ":")


def han_label_domains(text: str) -> list[tuple[int, int]]:
    """Domains of Han labels glued into a sentence: ``(start, end)``.

    >>> t = "第四www.大发快三。网址条，保护http://金沙城.公司和改善，举报后新锦江.中国三十日内，见http://新锦江.网址日，规范www.金樽娱乐.com管理"
    >>> [t[a:b] for a, b in han_label_domains(t)]
    ['www.大发快三。网址', 'http://金沙城.公司', '新锦江.中国', 'http://新锦江.网址', 'www.金樽娱乐.com']

    A reference, a sentence's end and an address the sentence holds stay:

    >>> han_label_domains("专家共识.中国癌症防治杂志，规定。网络运营者，网址为www.政务服务.中国。")
    []
    """
    if not _LINK_GATE.search(text):
        return []
    out: list[tuple[int, int]] = []
    labels: set[str] = set()
    for m in _LINK_RE.finditer(text):
        if m.group().isascii() or _held_link(text, m.start()):
            continue  # (a Latin host is the link rules'; an address the sentence holds is the law's)
        if not (m.start() > 0 and _HAN_RE.match(text, m.start() - 1) and _HAN_RE.match(text, m.end())):
            continue  # (glued into a word, Han on both sides: ``（网址http://…或http://www.医师系统.cn）`` stays)
        if m.group().endswith(_LATIN_ENDINGS) and not (_brands_in(m.group("label")) or _trade_name(m.group("label"))):
            continue  # (a Latin ending: a Han label of the trade only, ``www.金樽娱乐.com``)
        out.append(m.span())
        if not m.group("label").isascii():
            labels.add(m.group("label"))
    if labels:
        bare = re.compile(f"(?:{alternation(labels)}){_DOT}(?:{'|'.join(_IDN_ENDINGS)})")
        starts = [s for s, _ in out]
        more = []
        for m in bare.finditer(text):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i < 0 or out[i][1] <= m.start():  # (not inside a link already read)
                more.append(m.span())
        out = sorted(out + more)
    return out


#: A link ending where it is searched up to (the address before another in a list: ``网址http://…或``).
_LINK_ENDING_RE = lazy_re(r"(?:https?://|[Ww]{3}\.)[^\s，。；、（）()]{1,80}$")
_LINK_LIST_GAP = "或、和及与，,/ "


def _held_link(text: str, start: int) -> bool:
    """Whether the sentence holds the link at ``start`` (or the list of links it stands in) as its object:
    ``网址为``, ``登录``, ``访问``, ``（`` after a site word.

    >>> t = "医师管理信息系统（网址http://www.cndocsys.cn或http://www.医师系统.cn）填报"
    >>> _held_link(t, t.index("http://www.医")), _held_link("第四www.大发快三.网址条", 2)
    (True, False)
    """
    p = start
    for _ in range(8):
        q = p
        while q > 0 and p - q < 2 and text[q - 1] in _LINK_LIST_GAP:
            q -= 1
        prev = _LINK_ENDING_RE.search(text, max(0, q - 90), q) if q < p else None
        if prev is None:
            break
        p = prev.start()
    return any(text.endswith(w, 0, p) for w in _LINK_HOLDERS) or text.endswith("（", 0, p)


#: A bare domain of a Han label (``澳门金沙.中国``): the label is read back from the dot.
_BARE_RE = lazy_re(rf"(?<={_HAN})[.．。](?:{'|'.join(_IDN_ENDINGS)})")
#: How far back from the dot a bare domain's label is read.
_BARE_LABEL = 8


def bare_brand_domains(text: str) -> list[tuple[int, int]]:
    """Bare domains whose Han label ends on a brand of the spam rules' lists (``澳门金沙.中国``): ``(start, end)``,
    from the brand's start (a reference's ``专家共识.中国癌症防治杂志`` names no brand; a sentence's ``。网络`` neither).

    >>> t = "为了规范澳门金沙.中国管理，专家共识.中国癌症防治杂志，规定。网络运营者"
    >>> [t[a:b] for a, b in bare_brand_domains(t)]
    ['澳门金沙.中国']
    """
    from corpus_tools.clean.spam import find_spam_anchors

    out: list[tuple[int, int]] = []
    if "中国" not in text and "公司" not in text and "网" not in text and "在线" not in text and "商城" not in text:
        return out
    for m in _BARE_RE.finditer(text):
        lo = m.start()
        while lo > m.start() - _BARE_LABEL and lo > 0 and _HAN_RE.match(text, lo - 1):
            lo -= 1
        anchors = find_spam_anchors(text[lo:m.start()], shorten=True)
        if anchors and lo + anchors[-1].end == m.start():
            out.append((lo + anchors[-1].start, m.end()))
    return out


#: A bare Latin host (``rennazs.vip``, ``www.akkafxb.com``) after a Han character and at most one space.
_HOST_AFTER_HAN_RE = lazy_re(
    rf"(?<={_HAN})[ \u3000]?(?:www\.)?[A-Za-z0-9][A-Za-z0-9\-]{{1,30}}(?:\.[A-Za-z0-9\-]{{1,30}})*"
    r"\.(?:com|net|cc|vip|top|xyz|club|win|bet|app|me|tv|io|site|online|live|asia|ink|info|co|cn)(?![A-Za-z0-9.\-])"
)
_OFFICIAL_HOST = lazy_re(r"\.(?:gov|edu|org|mil|ac)(?:\.[a-z]{2})?$")


def brand_hosts(text: str) -> list[tuple[int, int]]:
    """A brand of the spam rules' lists with its bare host after it, put inside a sentence (``的永利皇宫
    rennazs.vip修缮``, ``可移动金沙城中心 akkafxb.com红色``): ``(start, end)``, from the brand's start.

    **Evidence**: a brand the anchor finder knows (a strong one, even one it takes only on a spam line) or a weak one
    (``金沙``, ``太阳城``) within the Han characters just before a bare host, the host glued to a Han character after it:
    a site's name and its address in the middle of the law's sentence (set 11, ``h11_spam_bidi_reversed``: the brand
    and host, once their display order is restored, stayed).  An official host (``.gov.cn``) is no brand's.

    >>> t = "未按照备案的永利皇宫 rennazs.vip修缮方案，可移动金沙城中心 akkafxb.com红色文化，登录江南区www.jn.gov.cn查询。"
    >>> [t[a:b] for a, b in brand_hosts(t)]
    ['永利皇宫 rennazs.vip', '金沙城中心 akkafxb.com']
    """
    from corpus_tools.clean.brands import WEAK_BRANDS_CJK
    from corpus_tools.clean.spam import find_spam_anchors

    out: list[tuple[int, int]] = []
    if "." not in text:
        return out
    for m in _HOST_AFTER_HAN_RE.finditer(text):
        if m.end() >= len(text) or not _HAN_RE.match(text, m.end()) or _OFFICIAL_HOST.search(m.group().lower()):
            continue
        lo = m.start()
        while lo > m.start() - _BRAND_HOST_LABEL and lo > 0 and _HAN_RE.match(text, lo - 1):
            lo -= 1
        run = text[lo:m.start()]
        anchors = find_spam_anchors(run, shorten=False)
        starts = [a.start for a in anchors] + [run.find(b) for b in WEAK_BRANDS_CJK if b in run]
        if starts:
            out.append((lo + min(starts), m.end()))
    return out


#: Most Han characters of a brand's name before its host.
_BRAND_HOST_LABEL = 8


# --------------------------------------------------------------------------
# Hosts with a dot in other clothes, punycode
# --------------------------------------------------------------------------

#: A host whose dot is spelled otherwise (``bet365[.]com``, ``www . bet365 . com``, ``bet365点com``, ``bet365。com``; the
#: full-width ``．`` is the width rule's, which writes ``.`` for it between Latin letters).
_CLOTHED_DOT = r"(?:\s+[.。]\s*|\s*(?:\[\.\]|\(\.\)|（\.）|［\.］|\[点\]|\(点\)|（点）|点|。)\s*)"
_CLOTHED_HOST_RE = lazy_re(
    rf"(?:[Ww]{{3}}(?:{_CLOTHED_DOT}|\.))?(?<![A-Za-z0-9\-])(?P<label>[A-Za-z0-9][A-Za-z0-9\-]{{1,30}})(?P<dot>{_CLOTHED_DOT})"
    r"(?P<tld>com|net|cn|vip|top|xyz|cc|club|win|bet|app|me|tv|io|site|online|live|asia)(?![A-Za-z0-9])"
)
_CLOTHED_GATE = lazy_re(r"(?i:com|net|cn|vip|top|xyz|cc|club|win|bet|app|me|tv|io|site|online|live|asia)")
#: A host with a label of punycode (``xn--…``: an internationalised label written in ASCII).
_PUNYCODE_RE = lazy_re(
    r"(?:https?://|www\.)?(?:[A-Za-z0-9\-]+\.)*xn--[A-Za-z0-9\-]+(?:\.(?:xn--[A-Za-z0-9\-]+|[A-Za-z]{2,8}))+(?![A-Za-z0-9])")
#: The endings of official sites among the internationalised ones (``.政务``, ``.公益``).
_OFFICIAL_IDN = ("政务", "公益")


def clothed_hosts(text: str) -> list[tuple[int, int]]:
    """Hosts of spam sites whose dot is spelled otherwise, or whose labels are punycode: ``(start, end)``.

    **Evidence**: the host read with a plain dot is a spam site's (:func:`~corpus_tools.clean.spam.is_spam_url`:
    a brand, a gambling word, or a label of a brand's shape, letters and digits, on a spam site's ending); a
    punycode label read as Han holds a brand or a name and a word of the trade (``xn--…`` for ``金樽娱乐``).  A
    government's ``.政务`` stays, and so does a host the spam rules do not know (a dot spelled ``点`` in a sentence
    is the law's ``一点``).

    >>> t = "规范bet365[.]com管理，规范www . bet365 . com管理，规范bet365点com、kaiyun。com和www.xn--fjq720ad2m6r2b.com管理"
    >>> [t[a:b] for a, b in clothed_hosts(t)]
    ['bet365[.]com', 'www . bet365 . com', 'bet365点com', 'kaiyun。com', 'www.xn--fjq720ad2m6r2b.com']
    >>> clothed_hosts("见www.gov.cn，一点com，第1.2项，Form 3 . net")
    []
    """
    from corpus_tools.clean.brands import SPAM_TLDS, is_brand_latin
    from corpus_tools.clean.spam import is_spam_url

    out: list[tuple[int, int]] = []
    if not _CLOTHED_GATE.search(text):
        return out
    for m in _CLOTHED_HOST_RE.finditer(text):
        label, tld = m.group("label"), m.group("tld")
        if is_spam_url(f"www.{label.lower()}.{tld}") or tld in SPAM_TLDS and is_brand_latin(label):
            out.append(m.span())
    if "xn--" in text:
        for m in _PUNYCODE_RE.finditer(text):
            labels = [_decoded(label) for label in m.group().split("/")[-1].split(".")]
            if any(label in _OFFICIAL_IDN for label in labels):
                continue
            if any(not label.isascii() and (_brands_in(label) or _trade_name(label)) for label in labels):
                out.append(m.span())
        out.sort()
    return out


def _decoded(label: str) -> str:
    """A punycode label read as Unicode (``xn--fiqs8s`` is ``中国``); other labels as they are."""
    if not label.lower().startswith("xn--"):
        return label
    try:
        return label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return label


__all__ = ["CLOTHED_HOST", "HAN_LABEL_DOMAIN", "SOCIAL_TAG", "bare_brand_domains", "brand_hosts", "clothed_hosts", "han_label_domains", "social_tags"]
