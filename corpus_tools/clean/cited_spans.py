"""Spans a sentence names as evidence: an address after ``网址为``, a product model after
``型号为``, a licence plate.  The spam rules must keep them.

Real damage undone (field test 16b, F16B-P2): court judgments of CAIL2019 and LeCaRD
name the site, the model or the car they judge, and ``spam_anchor`` cut them as spam
units (a domain holding digits glued between Han characters):
``登陆网址为www.17try.cn的网站`` became ``登陆的网站``, ``（网址http://hxl.hy16808.com/）``
became ``（/）``, ``宣传地址:http//yc.5sing.com/49564.html;`` lost its link, ``型号分别为:
v-sbiresar111ledlamp(sl-ar111a01)、…`` lost every model (and the build learned four
"brands" from them), ``明知www.game456.com网站`` lost the site's name and
``醉酒驾驶豫R09J96号小型轿车`` lost ``J96`` (the brand ``J9`` inside a plate).
A party's account is named the same way (``艺人微信号“×××”``, CAIL2019 ydlj all1191, which masks the
handle): ``证人孙某微信号sun_li2020`` lost its handle as a brand-shaped Latin unit (session 16's open
item; the lead's decision of session 17: a party's handle named as evidence is kept).

A spam anchor replaces a word of the law: nothing in the sentence introduces it.  A
spam line's own address comes after promotion words (``最新网址``, ``官方网址``), which
introduce nothing here.
"""

from __future__ import annotations

import regex

from corpus_tools.lazy_patterns import lazy_regex

#: Words that introduce the address, the name or the model right after them (not ``网站``, ``首页``: a law's
#: nouns, after which the noise benchmark's spam replaces a word).
_INTRODUCERS = (
    "网址", "域名", "地址", "链接", "登陆", "登录",
    "型号", "规格", "货号", "名称", "名为", "车牌号", "车牌", "号牌",
    "微信号", "微信", "QQ号", "账号", "帐号", "用户名", "昵称",
)

#: Promotion words before an introducer: a spam line announcing its own address.
_PROMOTION_BEFORE = (
    "官方", "官网", "最新", "备用", "永久", "唯一", "导航", "入口", "线路", "推荐", "欢迎",
    "体育", "娱乐", "彩票", "棋牌", "电竞", "真人", "博彩", "app", "APP", "App",
    # a contact's lead: the trade asks the reader to write (``加微信号…``, ``咨询微信…``)
    "加", "添加", "联系", "咨询", "客服", "私聊",
)

#: What may stand between the introducer and the span: ``分别为``, ``为``, ``是``, a colon,
#: an opening bracket or quote, a link's scheme (``http://``, ``http//``, full width too).
_INTRODUCED = lazy_regex(
    r"(?P<word>" + "|".join(sorted(_INTRODUCERS, key=len, reverse=True)) + r")"
    r"(?:分别|依次|均)?[为是]?[:：]?[ 　]?[（(“\"「]?"
    r"(?:https?[:：]?[/／]{0,2})?\Z",
    regex.I,
)

#: A list continuing a span just introduced: ``型号分别为:A、B、C``.
_LIST_SEPARATOR = ("、", "，", ",", "和", "及", "与", "或")

#: How far before a span an introducer may stand (its word, a connector, a scheme).
_REACH = 16

#: Chinese licence plates: a province's abbreviation, a letter, five or six letters and
#: digits (``豫R09J96``, ``湘A·J96B1``, new-energy ``粤BD12345``).
_PLATE = lazy_regex(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    r"[A-Z][·•.\- ]?[A-Z0-9]{5,6}(?![A-Za-z0-9])"
)


def introduced(text: str, start: int, *, previous_end: int | None = None) -> bool:
    """Whether the sentence introduces the span starting at ``start`` as an address, a name
    or a model (``网址为``, ``宣传地址:``, ``（网址http://``, ``型号分别为:``); or the span
    continues a list whose previous member (ending at ``previous_end``) was so introduced.

    >>> t = "登陆网址为www.17try.cn的网站，最新网址：kaiyun88.com"
    >>> introduced(t, t.index("www")), introduced(t, t.index("kaiyun"))
    (True, False)
    >>> t = "（网址http：／／hxl.hy16808.com／）"
    >>> introduced(t, t.index("hxl"))
    True
    >>> t = "提升tt88.com能力"
    >>> introduced(t, t.index("tt88"))
    False
    >>> t = "证人孙某微信号sun_li2020证实，加微信号zxd_8899"
    >>> introduced(t, t.index("sun")), introduced(t, t.index("zxd"))
    (True, False)
    """
    head = text[max(0, start - _REACH):start]
    m = _INTRODUCED.search(head)
    if m is not None:
        before = text[max(0, start - len(head) + m.start() - 2):start - len(head) + m.start()]
        return not before.endswith(_PROMOTION_BEFORE)
    if previous_end is not None and text[previous_end:start] in _LIST_SEPARATOR:
        return True
    return False


#: An introducer that a unit grew over from its left (``网址http://hxl.hy16808.com``): the words and the connector.
_LEADING_INTRODUCER = lazy_regex(
    r"(?:" + "|".join(sorted(_INTRODUCERS, key=len, reverse=True)) + r")"
    r"(?:分别|依次|均)?[为是]?[:：]?[ 　]?[（(“\"「]?"
)


def after_introducer(text: str, start: int, end: int) -> int:
    """Where the span ``text[start:end]`` starts once an introducer it grew over is left out
    (``start`` when it holds none).

    >>> t = "（网址http://hxl.hy16808.com/）"
    >>> t[after_introducer(t, 1, len(t) - 1):]
    'http://hxl.hy16808.com/）'
    """
    m = _LEADING_INTRODUCER.match(text, start, end)
    return m.end() if m is not None and m.end() < end else start


def named_as_site(text: str, end: int) -> bool:
    """Whether the span ending at ``end`` is followed by the word naming it a site
    (``www.game456.com网站``, ``…的网站``, ``…网页``).

    >>> t = "明知www.game456.com网站利用"
    >>> named_as_site(t, t.index("网站"))
    True
    """
    return text.startswith(("网站", "的网站", "网页", "的网页"), end)


def in_licence_plate(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a licence plate number (``豫R09J96``).

    >>> t = "醉酒驾驶豫R09J96号小型轿车"
    >>> in_licence_plate(t, t.index("J96"), t.index("号"))
    True
    >>> t = "提升J9九游会能力"
    >>> in_licence_plate(t, t.index("J9"), t.index("J9") + 2)
    False
    """
    for m in _PLATE.finditer(text, max(0, start - 9), min(len(text), end + 8)):
        if m.start() <= start and end <= m.end():
            return True
    return False
