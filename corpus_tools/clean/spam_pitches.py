"""An escort or "service" ad with its contact, put into the middle of a law's sentence.

Real damage (field test 30, F30-B3: a spun repost of the notice on minors and online games, dnsxp.net):
``…8周岁以上已谦16周岁的国度告诉厦门美女上门预约（微信181-8279-1445）提供顶级外围女上门，可满足你的一切要求已成年人用户，…``.
No rule took it: the contact is on a common channel (微信) and does not cut a word the law's pairs know, and the
pitch's words (上门, 预约, 服务) are a law's words too.

Members of the family (the ad an injector pastes between two halves of a clause): an escort ad with a WeChat or QQ
number or a mobile (``美女上门``, ``外围女``, ``楼凤``, ``包夜``, ``空降``), the same with the number in brackets, dashes
or spaces (``181-8279-1445``), a "massage" or "companion" ad (``上门按摩``, ``学生妹``), a pitch closing on the
trade's promise (``可满足你的一切要求``, ``一条龙服务``).

**Evidence**: a contact of the trade's shape (a mobile, a QQ number, a handle after a channel) and, around it on its
line, words of the escort trade, one of them no law writes (:data:`_STRONG`: 外围女, 楼凤, 包夜, 美女上门 …) and three
at least in all (with :data:`_WEAK`: 上门, 预约, 顶级 …), chained with no more than a few characters between them.  The
chain goes as one insertion.  The ad's head before the chain (a city's name, ``厦门美女``'s ``厦门``) stays: no
evidence on the page tells it from the law's words (the law's model preferred keeping it on F30-B3's page).
"""

from __future__ import annotations

from corpus_tools.clean.brands import alternation
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

ESCORT_PITCH = "escort ad with a contact inserted into a sentence"

#: Words of the escort trade no law writes.
_STRONG = ("外围女", "外围", "楼凤", "包夜", "全套服务", "约炮", "空降", "美女上门", "小姐上门", "学生妹", "兼职妹", "莞式",
           "一条龙服务", "满足你的一切要求", "满足您的一切要求", "上门按摩", "上门服务")
#: Words the trade's pitch writes that a law writes too: evidence only beside a strong one and a contact.
_WEAK = ("上门", "预约", "顶级", "高端", "美女", "模特", "提供", "服务", "可", "私密", "安全")
_STRONG_RE = lazy_re(alternation(_STRONG))
_WORD_RE = lazy_regex(alternation(_STRONG + _WEAK))
#: A contact's value: a mobile in groups, a QQ number, a handle after a channel; with its brackets.
_CONTACT_RE = lazy_regex(
    r"[（(]?(?:微信|加微|薇信|[Vv][Xx]|QQ|qq|扣扣|电话|手机|TEL|Tel|tel)[号：: ]{0,2}"
    r"(?:1[3-9]\d(?:[- ]?\d{4}){2}|[1-9]\d{4,10}|[A-Za-z][A-Za-z0-9_\-]{4,19})[）)]?"
)
#: Most characters between two links of the chain; how far around a strong word a contact is looked for.
_GAP = 4
_WINDOW = 40
_LEAST_WORDS = 3


def escort_pitches(text: str) -> list[tuple[int, int]]:
    """Escort ads with a contact inside a line: ``(start, end)``.

    **Evidence**: see the module (a contact, a word no law writes, three of the trade's words, chained).

    >>> t = "同一企业所提供的服务，16周岁的厦门美女上门预约（微信181-8279-1445）提供顶级外围女上门，可满足你的一切要求已成年人用户，单次充值。"
    >>> [t[a:b] for a, b in escort_pitches(t)]
    ['美女上门预约（微信181-8279-1445）提供顶级外围女上门，可满足你的一切要求']

    The ad's head, a city's name (``厦门``), stays: nothing on the page tells it from the law's words.

    A law's words of the same vocabulary, and a law's contact, stay:

    >>> escort_pitches("禁止组织卖淫，提供上门服务的家政企业应当预约登记，联系电话：12345678。")
    []
    """
    if not _STRONG_RE.search(text):
        return []
    return _chains(text)


def _chains(text: str) -> list[tuple[int, int]]:
    """The chains of the trade's words and contacts around a strong word that hold a contact."""
    out: list[tuple[int, int]] = []
    for m in _STRONG_RE.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        lo, hi = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)  # (bounded: linear on a page of one line)
        lo = text.rfind("\n", lo, m.start()) + 1 or lo
        le = text.find("\n", m.end(), hi)
        hi = hi if le < 0 else le
        links = sorted([(c.start(), c.end(), True) for c in _CONTACT_RE.finditer(text, lo, hi)]
                       + [(w.start(), w.end(), False) for w in _WORD_RE.finditer(text, lo, hi)])
        # the chain through the strong word: links no more than _GAP characters apart
        at = next((k for k, (a, b, _) in enumerate(links) if a <= m.start() < b), None)
        if at is None:
            continue
        i = j = at
        while i > 0 and links[i][0] - links[i - 1][1] <= _GAP:
            i -= 1
        while j + 1 < len(links) and links[j + 1][0] - max(b for _, b, _ in links[i:j + 1]) <= _GAP:
            j += 1
        chain = links[i:j + 1]
        if not any(c for *_, c in chain) or len({text[a:b] for a, b, c in chain if not c}) < _LEAST_WORDS:
            continue
        s, e = chain[0][0], max(b for _, b, _ in chain)
        if any(ch in "。；！？" for ch in text[s:e]):
            continue
        out.append((s, e))
    return out


__all__ = ["ESCORT_PITCH", "escort_pitches"]
