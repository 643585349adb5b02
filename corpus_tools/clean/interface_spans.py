"""A user interface's text dropped inside a law's sentence: popups, toasts, controls, hidden labels (session 31).

Real damage (set 13's ``h13_furn_share_popup``, session 31): ``…应当依法履行分享到：新浪微博 微信 QQ空间 复制 ×监督管理
职责``.  A page carries interface text that a browser shows only on interaction, or only to assistive tools, and a
crawler's text extraction (``innerText`` of a page whose scripts ran, a "save page as", a copy of the selection)
flattens it into the sentence where its element sits.  The family's members (the real widgets that produce it):

* a **selection popup** of a site's "share the selected text" widget (``分享到：微博 微信 QQ空间 复制 ×``,
  ``划词分享``), or of a dictionary or translation extension (``查词 翻译 发音 ×``, ``Look up Translate``);
* a **reader app's selection toolbar** (``划线 写想法 复制 查询 分享``, ``高亮 | 笔记 | 复制``);
* a **toast** a copy or share button shows for a second (``复制成功``, ``已复制到剪贴板``, ``链接已复制``, ``Copied!``);
* a fold's **expand or collapse control** (``展开全文∨``, ``展开阅读全文 ▼``, ``收起 ∧``, ``Read more ▾``);
* a link's **screen-reader-only label** (``.sr-only``: ``（在新窗口打开）``, ``(opens in a new window)``, ``[外部链接]``);
* a paragraph's **reaction widget** (``👍 赞(12) 收藏 转发``, ``点赞 36 | 收藏 5``, ``♡ 喜欢 18``), a **read-aloud or
  font-size control** (``朗读 暂停``, ``点击朗读``, ``字号：大 中 小``), a **tooltip** or title attribute (``点击复制``,
  ``点击查看大图``), a search **form's placeholder** or value (``请输入关键词 搜索``).

The line-level members (a toolbar or widget block on lines of its own) are other modules' (:mod:`.ui_widgets`,
``toolbar_lines`` in :mod:`.furniture`); this module takes the spans inside a sentence.

**Evidence** (what every member shares, one mechanism over a vocabulary table, :data:`_WORDS`): a run of interface
words (verbs of interface actions, platform names, toasts and controls), close, arrow, check and reaction glyphs and
counters, standing INSIDE a line between the law's words (a Han character or a closing mark before it, a Han character
or the sentence's punctuation after it, one blank each side at most); the run is interface text by its shape, not by
one word: two words or more set apart by blanks or bars (a law never writes blanks between the words of its sentence:
it writes ``、``), or a word with a glyph or a counter, or one phrase no law writes (a toast, a whole control, a
bracketed assistive label, a Latin interface phrase); and the run's Han words do not recur in the sentence around it
(a law about sharing or copying writes its own words again: they stay), and the line sets no other short words apart
by blanks (a table's row, a keyword line: a layout, not a sentence).  Removing the run joins the law's words.

Kept, on purpose: a lone word of the table glued between the law's words with nothing else (``…展开``: the law writes
``展开``), a run with blanks on both sides (a layout's cells), a run at a line's start or end (a toolbar's line: other
rules').  Known limit: a popup whose last word and the law's next characters make one word of the table (``…复制``
before the law's ``链接``) takes them with it; nothing on the page tells the two apart.
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_re, lazy_regex

INTERFACE_TEXT = "a user interface's text inside a sentence"

# --------------------------------------------------------------------------- the vocabulary (resources)

#: Interface words, by what the control does (Simplified; a word may carry a trailing colon as a label).  A word here is
#: WEAK alone (a law writes ``复制``, ``分享``, ``展开``): only the run's shape makes it interface text.
_WORDS = {
    "share": ("分享到", "分享至", "分享给", "分享", "转发到", "转发至", "转发", "划词分享", "一键分享", "转载", "推荐给朋友", "发送给朋友"),
    "platform": ("新浪微博", "腾讯微博", "微博", "微信好友", "微信", "朋友圈", "QQ空间", "QQ好友", "人人网", "豆瓣网", "豆瓣", "开心网",
                 "百度贴吧", "贴吧", "钉钉", "知乎", "抖音", "QQ"),
    "copy": ("复制链接", "复制全文", "复制文本", "复制", "拷贝", "全选", "剪切"),
    "lookup": ("百度搜索", "百度一下", "搜索", "查词", "查询", "查看释义", "释义", "百度翻译", "有道翻译", "谷歌翻译", "有道词典", "翻译", "词典",
               "发音", "朗读", "全文朗读", "播放", "暂停", "听全文"),
    "annotate": ("高亮", "划线", "标注", "笔记", "写想法", "写笔记", "批注", "评论", "纠错", "收藏", "加入收藏", "书签", "加入书签", "摘录"),
    "react": ("点赞", "在看", "喜欢", "打赏", "举报", "赞"),
    "control": ("关闭", "取消", "展开", "收起", "打印", "字号", "字体", "大", "中", "小"),
}
#: Phrases no law writes inside a sentence: a toast, a whole control, a tooltip.  STRONG alone.
_PHRASES = ("复制成功", "已复制到剪贴板", "已复制到剪切板", "已复制", "链接已复制", "复制链接成功", "分享成功", "收藏成功", "已收藏", "取消收藏",
            "点赞成功", "已点赞", "操作成功", "展开全文", "展开阅读全文", "阅读全文", "查看全文", "收起全文", "点击展开全文", "点击展开", "点击收起",
            "点击复制", "点击查看大图", "点击放大", "点击分享", "长按复制", "分享到微信", "分享到微博", "分享到朋友圈", "扫码分享",
            # a read-aloud control, a search form's placeholder (a form field's value)
            "点击朗读", "朗读全文", "停止朗读", "暂停朗读", "语音朗读", "点击收听", "请输入关键词", "请输入关键字", "请输入搜索内容",
            "输入关键词")
#: Latin interface words (any case): WEAK alone; a toast among them is STRONG (:data:`_LATIN_PHRASES`).
_LATIN_WORDS = ("share", "copy", "copy link", "search", "translate", "look up", "lookup", "speak", "listen", "highlight", "note",
                "notes", "close", "cancel", "tweet", "like", "print", "expand", "collapse", "more", "weibo", "wechat",
                "facebook", "twitter", "linkedin", "email", "read more", "show more", "show less", "define")
_LATIN_PHRASES = ("copied", "link copied", "copied to clipboard", "read more", "show more", "show less")
#: A screen-reader-only label of a link, in brackets (STRONG alone).
_ASSISTIVE = ("在新窗口打开", "在新窗口中打开", "新窗口打开", "新窗口中打开", "此链接将在新窗口打开", "链接将在新窗口打开", "打开新窗口", "在新标签页打开",
              "外部链接", "外链", "opens in a new window", "opens in new window", "external link", "link is external")
#: Glyphs of controls: close, arrows of a fold, a check, reactions, a speaker.  They give a word its proof.
_GLYPHS = "×✕✖✗✘╳⨯▼▾▽∨⌄∧⌃▲▴△✓✔👍👎♡❤♥☆★🔊▶⏵"

_SEPARATORS = " \u3000|｜丨/／·•・:："
_SEP = rf"[{_SEPARATORS}]"


def _alternation(words) -> str:
    return "|".join(sorted({w.replace(" ", r"[ ]") for w in words}, key=len, reverse=True))


_HAN_WORDS = _alternation(w for ws in _WORDS.values() for w in ws)
_STRONG = _alternation(_PHRASES)
_LATIN = _alternation(_LATIN_PHRASES + _LATIN_WORDS)
#: A counter: a number in brackets, or a bare one (with ``万``, ``w``, ``k``) that no figure or word of the law's follows.
_COUNTER = r"[（(]\d{1,5}[）)]|\d{1,5}(?:\.\d)?[万wWkK]?(?![\d\u4e00-\u9fff])"
#: One item of a run: a bracketed assistive label, a strong phrase (a ``！`` after a toast), a Han word (``QQ空间`` is
#: one), a Latin word, a glyph.  (Named groups tell the kinds; each alternative is bounded.)
_ITEM = (rf"(?P<assist>[（(\[［【](?i:{_alternation(_ASSISTIVE)})[）)\]］】])|(?P<strong>(?:{_STRONG})[！!]?)"
         rf"|(?P<han>{_HAN_WORDS})|(?P<latin>(?i:{_LATIN})(?![A-Za-z])[!！]?)|(?P<glyph>[{_GLYPHS}])")
#: A run: an item, then items each after at most three separators (a glyph or a counter may touch the item before it;
#: nothing touches a glyph after it: a close glyph glued to the law's next word, ``×中心``, leaves the word).
#: The items repeat, each bounded: linear.
_RUN_RE = lazy_regex(
    rf"(?:{_ITEM})(?:(?:{_SEP}{{1,3}}|(?=[{_GLYPHS}（(\d]))(?:{_ITEM}|{_COUNTER}))*+"
)
#: Where a run can hold its proof, found by three scans of stdlib ``re`` that keep its fast literal and class
#: searches (one pattern of them all, or a case-insensitive one, costs ten times as much a character): a strong
#: phrase, an assistive label's words or a Latin toast's lowercase core; a glyph; a separator before a word of the
#: table or a Latin letter.
_PHRASE_ANCHOR_RE = lazy_re(_alternation(_PHRASES + tuple(w for w in _ASSISTIVE if not w.isascii())
                                         + ("opied", "ew window", "xternal", "ead more", "how more", "how less")))
_WIDE_GLYPHS = tuple(g for g in _GLYPHS if ord(g) > 0xFFFF)
_GLYPH_ANCHOR_RE = lazy_re("[" + "".join(g for g in _GLYPHS if g not in _WIDE_GLYPHS) + "]")
_SEP_ANCHOR_RE = lazy_re(rf"{_SEP}(?:{_HAN_WORDS}|[A-Za-z(（\d])")
#: How far before its proof a run may start (its first item's length and a separator).
_REACH = 12
_ITEM_RE = lazy_regex(rf"{_ITEM}|(?P<counter>{_COUNTER})")
_SEP_RE = lazy_regex(rf"{_SEP}")

#: What stands before a run: a Han character or a closing mark of the law's (a cited title's ``》``).
_BEFORE = "》）)”」』"
#: What stands after a run besides a Han character: the sentence's punctuation, or an opening mark of its next words
#: (``《甲法》（在新窗口打开）《乙法》``).
_AFTER = "，。；、：！？,;《“（("
#: How far around a run its Han words are looked for in the sentence (they recur there: the law's own words).
_AROUND = 30


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def interface_spans(text: str) -> list[tuple[int, int, str]]:
    """A user interface's text dropped inside the law's sentences: ``(start, end, why)`` spans to delete.

    Real damage: ``…依法履行分享到：新浪微博 微信 QQ空间 复制 ×监督…``, ``…管理复制成功！职责…``, ``…依照《甲法》（在新窗口
    打开）的规定…``: a widget's text (a selection popup, a toast, a fold's control, an assistive label, a reaction
    counter) flattened where its element sat.

    **Evidence**: a run of the interface table's words, glyphs and counters between the law's words (a Han character or
    a closing mark before, a Han character or the sentence's punctuation after, one blank each side at most), shaped
    as no sentence is (two words or more apart by blanks or bars; a word with a glyph or a counter; a toast, a whole
    control, a bracketed assistive label), whose Han words the sentence around does not write itself.

    >>> t = "应当依法履行分享到：新浪微博 微信 QQ空间 复制 ×监督管理职责。"
    >>> [t[a:b] for a, b, _ in interface_spans(t)]
    ['分享到：新浪微博 微信 QQ空间 复制 ×']
    >>> t = "负责本行政区域内复制成功！的管理工作，依照《甲法》（在新窗口打开）的规定。"
    >>> [t[a:b] for a, b, _ in interface_spans(t)]
    ['复制成功！', '（在新窗口打开）']

    A law's own words about sharing and copying, and its lists, stay:

    >>> interface_spans("禁止复制、分享、转发他人作品，通过微博、微信等平台展开宣传。")
    []
    >>> interface_spans("用户可以分享 微博 微信中的内容，不得分享他人微博。")
    []
    """
    out: list[tuple[int, int, str]] = []
    n = len(text)
    done = 0
    for at in _anchors(text):
        if at < done:
            continue
        first = max(done, at - _REACH)
        first = text.rfind("\n", first, at) + 1 or first  # (a run starts on the line of its proof)
        run = None
        for start in range(first, at + 1):  # (the leftmost run that holds the proof)
            m = _RUN_RE.match(text, start)
            if m is not None and m.end() > at:
                run = m
                break
        if run is None:
            continue
        start, end = run.start(), run.end()
        done = end
        a, b = start, end
        if a > 0 and text[a - 1] in " \u3000":
            a -= 1
        if b < n and text[b] in " \u3000":
            b += 1
        if a == 0 or b >= n:
            continue
        before, after = text[a - 1], text[b]
        if not (_is_han(before) or before in _BEFORE) or not (_is_han(after) or after in _AFTER):
            continue
        if a < start and b > end:
            continue  # (blanks on both sides: a word among words a layout sets apart, a table's cells)
        why = _shaped(text, start, end)
        if why is None or _recurs_around(text, start, end) or _spaced_around(text, a, b):
            continue
        out.append((a, b, f"{INTERFACE_TEXT}: {why}"))
    return out


def _anchors(text: str) -> list[int]:
    """The places where a run may hold its proof, in order (:func:`interface_spans`)."""
    at = [m.start() for m in _PHRASE_ANCHOR_RE.finditer(text)]
    at += [m.start() for m in _GLYPH_ANCHOR_RE.finditer(text)]
    at += [m.start() for m in _SEP_ANCHOR_RE.finditer(text) if _item_ends(text, m.start())]
    for glyph in _WIDE_GLYPHS:
        if glyph in text:
            at += [i for i, ch in enumerate(text) if ch == glyph]
    return sorted(set(at))


#: The table's Han words by length, longest first (a word that ends before a separator).
_WORDS_BY_LENGTH = tuple((n, frozenset(w for ws in _WORDS.values() for w in ws if len(w) == n))
                         for n in sorted({len(w) for ws in _WORDS.values() for w in ws}, reverse=True))


def _item_ends(text: str, at: int) -> bool:
    """Whether an item of a run can end right before ``at`` (a separator): a word of the table, a Latin letter, a
    counter's digit or bracket, a glyph, a toast's ``！``."""
    while at > 0 and text[at - 1] in _SEPARATORS:
        at -= 1
    if at == 0:
        return False
    ch = text[at - 1]
    if ch.isascii() and (ch.isalnum() or ch in ")!") or ch in _GLYPHS or ch in "）！":
        return True
    return any(text[at - n:at] in words for n, words in _WORDS_BY_LENGTH)


def _shaped(text: str, start: int, end: int) -> str | None:
    """Why the run ``text[start:end]`` is interface text by its shape, or None (:func:`interface_spans`)."""
    words = glyphs = counters = strong = long_words = 0
    for m in _ITEM_RE.finditer(text, start, end):
        kind = m.lastgroup
        if kind in ("assist", "strong"):
            strong += 1
        elif kind == "latin":
            words += 1
            long_words += 1
            if m.group(0).rstrip("!！").lower() in _LATIN_PHRASES:
                strong += 1
        elif kind == "han":
            words += 1
            long_words += len(m.group(0)) >= 2
        elif kind == "glyph":
            glyphs += 1
        elif kind == "counter":
            counters += 1
    apart = _SEP_RE.search(text, start, end) is not None
    if strong:
        return "a toast, a control or an assistive label"
    if words >= 2 and long_words and apart:
        return f"{words} interface words set apart"
    if words and long_words and (glyphs or counters and apart):
        return "an interface word with its glyph or counter"
    return None


#: Short Han words a blank or a bar sets apart (a layout's cells, a keyword line: one to four characters each side), not
#: after an article's or a chapter's label (``第一章　总则``); a sentence's blank after a date (``1993年3月5日 山东省第七
#: 届…``) sets no short word apart.
_SPACED_RE = lazy_re(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}(?<![条章节编则])[ \u3000|｜]+[\u4e00-\u9fff]{1,4}(?![\u4e00-\u9fff])")


def _spaced_around(text: str, start: int, end: int) -> bool:
    """Whether the line around the run sets Han words apart by blanks too: no sentence, but a layout of words (a
    table's row, a list of keywords), where a blank between words is the layout's (:func:`interface_spans`)."""
    lo = max(0, start - _AROUND)
    hi = min(len(text), end + _AROUND)
    left = text[lo:start].rsplit("\n", 1)[-1]
    right = text[end:hi].split("\n", 1)[0]
    return _SPACED_RE.search(left) is not None or _SPACED_RE.search(right) is not None


def _recurs_around(text: str, start: int, end: int) -> bool:
    """Whether a Han word of the run (two characters or more) stands in the sentence around it: the law's own word."""
    lo = max(0, start - _AROUND)
    hi = min(len(text), end + _AROUND)
    left = text[lo:start].rsplit("\n", 1)[-1]
    right = text[end:hi].split("\n", 1)[0]
    for m in _ITEM_RE.finditer(text, start, end):
        if m.lastgroup == "han" and len(m.group(0)) >= 2 and (m.group(0) in left or m.group(0) in right):
            return True
    return False
