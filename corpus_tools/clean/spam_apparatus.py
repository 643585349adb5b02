"""Spam dressed as the law's own apparatus: a citation, a note, a source line, an attachment's title around a brand.

Real damage (the noise benchmark's development set 13, ``h13_spam_fake_citation``; the injectors' habit of dressing
the brand in a form the page already uses, so that a reader's eye and a keyword filter skip it):
``…依法给予处罚（参照《澳门新葡京娱乐城管理规定》）。``.  The spam rule took the brand out of the title and left the
form behind it, ``（参照《管理规定》）``: a citation of no instrument, in the law's text.

Members of the family (the forms a law's apparatus takes, each seen carrying a brand on spam pages):

* a bracketed citation after a sentence: ``（详见《永利皇宫会员条例》）``, ``（参照《…》）``, ``（见《…》第三条）``,
  ``(参见《bet365官方网站管理办法》)`` (set 13);
* an amendment or source note (题注) in brackets: ``（根据2023年《太阳城集团娱乐管理规定》修正）``,
  ``（来源：澳门新葡京官方网站）``, ``（摘自《…》）``;
* a document number dressed as the brand's own: ``（永利皇宫发〔2023〕8号）``;
* a footnote or an endnote: a line ``[1] 参见《威尼斯人娱乐城会员章程》。``, ``注：详见…``, ``① …``;
* a "related laws" / "see also" / reading line of a legal database: ``相关法规：《…》、《金沙娱乐游戏规则》``
  (only the spam title goes when the line lists the law's own titles too);
* an attachment's title or an issuer line: ``附件2：澳门新葡京会员注册表``, ``发布机关：太阳城集团娱乐城``,
  ``信息来源：www.js888.vip``.

**Evidence** (what every member shares): the apparatus's FORM (a bracketed note holding a citation mark, a title in
``《》``, a document number, an article number or a note's verb; or a line opening with a note's, a footnote's, a
related-law list's, an attachment's or a source's label) whose CONTENT holds what the spam rules already found: a
brand anchor (:func:`~corpus_tools.clean.spam.find_spam_anchors`, a learned brand, a spam host), or another spam
rule's insertion.  A brand the anchor finder only takes on a spam line (``line_only``: ``永利皇宫``, ``银河娱乐``) counts
when it opens a cited title (``《永利皇宫会员条例》``): a law cites no instrument of a casino.  A real law's
citations (``（参照《中华人民共和国彩票管理条例》）``, ``《娱乐场所管理条例》``) hold no such finding and stay
byte-identical.  The form and the brand go as one unit (recorded as one insertion edit), so that no empty form
remains.
"""

from __future__ import annotations

from corpus_tools.clean.brands import WEAK_BRANDS_CJK, alternation
from corpus_tools.lazy_patterns import lazy_regex

SPAM_APPARATUS = "spam dressed as the law's apparatus (citation, note, source, attachment)"

#: Furthest an apparatus's bracket may stand from the spam inside it, on each side.
_REACH = 60
_OPENERS = "（("
_CLOSERS = "）)"
#: What makes a bracketed note the law's apparatus: a cited title, a document number, an article's number, or a
#: note's verb opening it.
_APPARATUS_MARK = lazy_regex(
    r"《[^《》\n]{1,80}》|〔\d{4}〕|\[\d{4}\]|［\d{4}］|第[一二三四五六七八九十百零〇\d]{1,6}[条款项章节]"
    r"|^\s*(?:详见|参见|参照|参阅|参考|可见|见|另见|又见|同见|依照|依据|根据|按照|引自|摘自|转引自|转自|来源|出处"
    r"|资料来源|信息来源|文章来源|注|注释|备注|附注|据)"
)
#: A line of the apparatus: a note, a footnote, a related-law or see-also list, an attachment, a source, an issuer.
_APPARATUS_LINE = lazy_regex(
    r"[ \t\u3000]*(?:(?:相关法规|相关法律|相关法律法规|相关条文|相关规定|相关链接|相关阅读|延伸阅读|参考法规|参见|另见|又见|注释|"
    r"注|附注|脚注|尾注|备注|来源|信息来源|文章来源|资料来源|出处|题注|附件[\d一二三四五六七八九十]{0,3}|发布机关|发文机关|"
    r"颁布机关|发布单位|发文单位|发文字号|文号|参考文献)[ \t\u3000]*[：:]"
    r"|(?:[\[［【]\d{1,3}[\]］】]|[①-⑳]|\d{1,2}[.．、])(?=[ \t\u3000]*(?:参见|详见|参照|参阅|见|引自|摘自|《)))"
)
#: Han characters of an apparatus line besides its cited titles and the spam: a line saying more is the law's text
#: (a note of its own with a brand put into it), whose brand the spam rule takes alone.
_LINE_OWN_HAN = 12
#: The longest apparatus line.
_LINE_CHARS = 200
_HAN = lazy_regex(r"\p{Han}")
#: The separators of a list of titles on one line.
_LIST_SEP = "、，,；;/ \u3000"
_TITLE = lazy_regex(r"《[^《》\n]{1,80}》")
#: Where a name opens the apparatus's content (a cited title, a bracketed note, a label's value): a brand standing
#: there is the "issuer" of what the form cites, which a law never makes a casino.
_OPENS = "《（(：:"
#: A weak brand (a word a law writes too: 银河, 江南, 太阳城) opening the content, with a word of the trade or of its
#: site after it in the same title or note: ``《太阳城集团会员条例》``, ``（来源：江南体育官网）``.
_WEAK_OPENING = lazy_regex(
    rf"(?<=[{_OPENS}])(?:{alternation(WEAK_BRANDS_CJK)})[^《》（）()\n]{{0,6}}?"
    r"(?:娱乐|会员|官网|官方网站|开户|注册|投注|彩金|博彩|棋牌|真人|体育|电竞|游戏|电子游艺|视讯)"
)


def apparatus_spans(
    text: str, evidence: list[tuple[int, int]], title_only: list[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Spans of the law's apparatus (a bracketed citation or note, an apparatus line) that carry spam: ``(start, end)``.

    ``evidence`` are the spans the spam rules found (anchors, insertions); ``title_only`` spans count only when one
    opens the form's content (a brand the anchor finder takes only on a spam line), and so does a weak brand with a
    word of the trade after it (:data:`_WEAK_OPENING`).  A line is returned with its line
    break; a title of a list that also cites the law's own titles goes alone, with one separator.

    **Evidence**: a bracketed note whose content holds a cited title, a document or an article's number, or opens
    with a note's verb (详见, 参照, 根据, 来源 …), or a line opening with an apparatus's label (相关法规：, 注：,
    ``[1]``, 附件2：, 信息来源：…), and inside it a span the spam rules found (see the module).

    >>> t = "制定本条例（参照《澳门新葡京娱乐城管理规定》）。"
    >>> [t[a:b] for a, b in apparatus_spans(t, [(9, 17)])]
    ['（参照《澳门新葡京娱乐城管理规定》）']
    >>> t = "依法处罚（详见《永利皇宫会员条例》）。"
    >>> [t[a:b] for a, b in apparatus_spans(t, [], [(8, 12)])]
    ['（详见《永利皇宫会员条例》）']
    >>> t = "第一条 内容。\\n相关法规：《中华人民共和国刑法》、《金沙娱乐游戏规则》\\n"
    >>> [t[a:b] for a, b in apparatus_spans(t, [(28, 32)])]
    ['、《金沙娱乐游戏规则》']
    >>> t = "第一条 内容。\\n[1] 参见《威尼斯人会员章程》。\\n第二条 内容。"
    >>> [t[a:b] for a, b in apparatus_spans(t, [(15, 19)])]
    ['[1] 参见《威尼斯人会员章程》。\\n']

    A bracket without the apparatus's form is another rule's (a decorated brand), and a brand the anchor finder
    only takes on spam lines, not opening a title, is no evidence:

    >>> apparatus_spans("加强管理（永利皇宫）。", [(5, 9)]), apparatus_spans("依照《关于永利皇宫的决定》。", [], [(5, 9)])
    ([], [])

    A weak brand opening a cited title with a word of the trade after it is evidence; the same word in a law's
    title is not:

    >>> t = "处罚（详见《太阳城集团会员条例》）。依照《江南运河管理条例》。"
    >>> [t[a:b] for a, b in apparatus_spans(t, [])]
    ['（详见《太阳城集团会员条例》）']
    """
    spans: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    weak = [m.span() for m in _WEAK_OPENING.finditer(text)] if _may_open(text) else []
    for s, e, strict in sorted([(s, e, True) for s, e in evidence] + [(s, e, False) for s, e in [*title_only, *weak]]):
        if not strict and not (s > 0 and text[s - 1] in _OPENS):
            continue
        unit = _bracketed(text, s, e) or _line_unit(text, s, e)
        if unit and unit not in seen:
            seen.add(unit)
            spans.append(unit)
    return _merge(spans)


def _may_open(text: str) -> bool:
    """Whether a weak brand may open a form's content on the page (cheap: one of them is on it at all)."""
    return any(b in text for b in WEAK_BRANDS_CJK)


def _bracketed(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The bracketed note of the apparatus's form around ``text[s:e]`` on its line, or ``None``.

    >>> t = "制定本条例（见《银河娱乐游戏规则》第三条）。"
    >>> a, b = _bracketed(t, 8, 12); t[a:b]
    '（见《银河娱乐游戏规则》第三条）'
    >>> _bracketed("加强管理（永利皇宫）。", 5, 9) is None
    True
    """
    lo = max(0, s - _REACH)
    o = s - 1
    while o >= lo and text[o] not in _OPENERS:
        if text[o] in _CLOSERS or text[o] == "\n":
            return None
        o -= 1
    if o < lo:
        return None
    hi = min(len(text), e + _REACH)
    c = e
    while c < hi and text[c] not in _CLOSERS:
        if text[c] in _OPENERS or text[c] == "\n":
            return None
        c += 1
    if c >= hi:
        return None
    content = text[o + 1 : c]
    if any(m in content for m in "。！？；") or not _APPARATUS_MARK.search(content):
        return None
    return o, c + 1


def _line_unit(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The apparatus line holding ``text[s:e]`` (with its line break), or the spam title of a list of titles on it.

    >>> t = "附件2：澳门新葡京会员注册表\\n"
    >>> a, b = _line_unit(t, 4, 9); t[a:b]
    '附件2：澳门新葡京会员注册表\\n'
    >>> _line_unit("第一条 为了澳门新葡京。", 6, 11) is None
    True
    """
    ls = text.rfind("\n", max(0, s - _LINE_CHARS), s) + 1  # (bounded: linear on a page of one line)
    le = text.find("\n", e, e + _LINE_CHARS + 1)
    if (ls == 0 and s > _LINE_CHARS) or (le < 0 and e + _LINE_CHARS < len(text)):
        return None  # (a line longer than an apparatus's)
    le = len(text) if le < 0 else le
    label = _APPARATUS_LINE.match(text, ls)
    if le - ls > _LINE_CHARS or not label:
        return None
    whole = any(m.start() < s and e <= m.end() for m in _TITLE.finditer(text, label.end(), le))
    rest = _TITLE.sub("", text[label.end() : le] if whole else text[label.end() : s] + text[e:le])
    if len(_HAN.findall(rest)) > _LINE_OWN_HAN:
        return None
    titles = list(_TITLE.finditer(text, ls, le))
    if len(titles) > 1:
        own = [m for m in titles if m.start() < s and e <= m.end()]
        if len(own) != 1:
            return None
        m = own[0]
        a, b = m.start(), m.end()
        if any(t.end() <= a for t in titles):  # (a title before it: the separator before it goes with it)
            while a > ls and text[a - 1] in _LIST_SEP:
                a -= 1
        else:
            while b < le and text[b] in _LIST_SEP:
                b += 1
        return a, b
    if le == len(text) and ls > 0:  # (the page's last line, no line break of its own: the one before it goes)
        return ls - 1, le
    return ls, le + 1


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one (a line holding a bracketed note is the line)."""
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


__all__ = ["SPAM_APPARATUS", "apparatus_spans"]
