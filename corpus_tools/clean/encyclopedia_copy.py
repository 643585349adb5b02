"""A law copied from an encyclopedia page (百度百科, 360百科, 搜狗百科, 互动百科, a wiki): its reference list, the
reference marks it glued into the law, and the entry's own widgets.

Real damage (set 6's ``h6_mixed_baike_copy``, session 24): a regulation saved from its 百科 entry keeps the entry's
furniture.  Above the title stand the entry's buttons (``收藏 查看我的收藏``, ``0有用+1 5``, ``编辑 讨论 锁定 上传视频``);
sentences of the law end with the entry's citation marks (``…是本市住房公积金管理的决策机构。[1]``); under the last
article stand the entry's reference list (``参考资料⏎1.  上海市住房公积金管理若干规定 ．政府网站[引用日期2022-12-21]``)
and its tags (``词条标签：社会 ， 规章``).  The marks stayed in the articles' text, the list and the tags in the last
article, the buttons before the title.

Precision: a paper's or a judgment's ``[1]`` stays unless the page proves it is the entry's: the list under the law
carries the encyclopedia's own citation stamp (``[引用日期2022-12-21]``, ``引用日期：…``) on every note, and the marks
in the law number those notes and nothing else.  A law's own ``参考文献`` or a bracketed number that the notes do not
count keeps its text.  The widget lines are whole lines of the entry's button words only, at the page's head or tail.
"""

from __future__ import annotations

import regex

from corpus_tools.clean.page_lines import line_bounds
from corpus_tools.lazy_patterns import lazy_regex

#: The encyclopedia's citation stamp on a note: 百度百科 ``[引用日期2022-12-21]``, 360/搜狗 ``引用日期：2020-01-01``,
#: a wiki's ``检索日期`` / ``访问日期`` / ``查阅于``, English ``Retrieved 2020-01-01`` / ``accessed``.
_STAMP = (
    r"(?:[\[［【(（][ \t\u3000]*)?(?:引用日期|引用時間|引用时间|检索日期|檢索日期|访问日期|訪問日期|查阅日期|查閱日期|查阅于|查閱於"
    r"|[Rr]etrieved(?: on)?|[Aa]ccessed(?: on)?)[ \t\u3000]*[：:]?[ \t\u3000]*"
    r"(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})"
)
#: One note of the list: its number (``1.``, ``1、``, ``[1]``, ``1)``), its title and source, the stamp somewhere on it.
_NOTE_LINE_RE = lazy_regex(
    r"[ \t\u3000]*(?:\d{1,3}[.．、)）]|[\[［]\d{1,3}[\]］]|\^)[ \t\u3000]*[^\n]{1,240}?" + _STAMP + r"[^\n]{0,40}"
)
#: The list's head (maybe with the wiki's edit link).
_NOTES_HEAD_RE = lazy_regex(
    r"[ \t\u3000]*(?:参考资料|參考資料|参考文献|參考文獻|参考来源|參考來源|参考|參考|引用|注释|註釋|脚注|腳註|来源|來源|References|Notes)"
    r"[ \t\u3000]*(?:[\[［【]?(?:编辑|編輯|edit)[\]］】]?)?[ \t\u3000]*"
)
#: A reference mark glued after a word of the law: ``[1]``, a range or list ``[1-2]``, ``[3,5]``, a wiki's ``[注 1]``.
_MARK_RE = lazy_regex(r"(?<=\S)\[(?:注[ \t]?)?(\d{1,3})(?:[-–~～,，、](\d{1,3}))*\]")
#: An article's label: the law is above the list.
_ARTICLE_LABEL_RE = lazy_regex(r"^[ \t\u3000]*第[一二三四五六七八九十百千零〇\d]{1,6}[条條]", regex.M)


def _numbers(mark: regex.Match) -> set[int]:
    """The note numbers one mark names (a range ``[1-3]`` names three).

    >>> sorted(_numbers(_MARK_RE.search("施行。[1-3]")))
    [1, 2, 3]
    """
    values = [int(mark.group(1))] + [int(v) for v in mark.captures(2)]
    if len(values) == 2 and regex.search(r"[-–~～]", mark.group(0)) and values[0] < values[1] <= values[0] + 20:
        return set(range(values[0], values[1] + 1))
    return set(values)


def encyclopedia_reference_notes(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """An encyclopedia entry's reference list under the law (its head and notes, as lines) and the marks in the law
    that point to it (spans).

    **Evidence**, all of: the notes (numbered lines that each carry the encyclopedia's citation stamp, ``[引用日期…]``)
    stand in one block after the last article's label, under a head such as ``参考资料``, only blank lines between;
    no article under them; the marks ``[n]`` glued in the law above name only those notes (each number at most their
    count) and at least one.  A ``[1]`` with no stamped list keeps its text, and so does a list without its marks.

    >>> t = "第一条 为了规范管理。[1]\\n第二条 本办法自公布之日起施行。[2]\\n参考资料\\n1.  某办法 ．政府网站[引用日期2022-12-21]\\n2.  某办法 ．北大法宝[引用日期2019-05-01]\\n"
    >>> lines, marks = encyclopedia_reference_notes(t)
    >>> [t[a:b] for a, b in lines], [t[a:b] for a, b in marks]
    (['参考资料', '1.  某办法 ．政府网站[引用日期2022-12-21]', '2.  某办法 ．北大法宝[引用日期2019-05-01]'], ['[1]', '[2]'])
    >>> encyclopedia_reference_notes(t.replace("[2]", "[7]"))
    ([], [])
    >>> encyclopedia_reference_notes("第一条 依照《某法》[1]。\\n参考文献\\n[1] 张三：《论某法》，载《法学》2019年第1期。\\n")
    ([], [])
    """
    if "[" not in text or _STAMP_HINT_RE.search(text) is None:
        return [], []
    bounds = list(line_bounds(text))
    first = last = None
    k = len(bounds) - 1
    while k >= 0:  # the stamped block, read upwards from the page's end (a tail of tags or buttons under it)
        a, b = bounds[k]
        line = text[a:b]
        if _NOTE_LINE_RE.fullmatch(line):
            if last is None:
                last = k
            first = k
        elif line.strip(" \t\u3000"):
            if last is not None:
                break
            if _ARTICLE_LABEL_RE.match(line) or len(bounds) - k > 30:
                return [], []  # (no stamped list at the page's tail)
        k -= 1
    if first is None:
        return [], []
    notes = [j for j in range(first, last + 1) if text[bounds[j][0]:bounds[j][1]].strip(" \t\u3000")]
    head = first - 1
    while head >= 0 and not text[bounds[head][0]:bounds[head][1]].strip(" \t\u3000"):
        head -= 1
    if head < 0 or not _NOTES_HEAD_RE.fullmatch(text, *bounds[head]):
        return [], []
    body_end = bounds[head][0]
    if _ARTICLE_LABEL_RE.search(text, 0, body_end) is None:
        return [], []
    marks = list(_MARK_RE.finditer(text, 0, body_end))
    named = set().union(*(_numbers(m) for m in marks)) if marks else set()
    if not named or not named <= set(range(1, len(notes) + 1)):
        return [], []  # the marks do not point to this list
    return [bounds[head]] + [bounds[j] for j in notes], [m.span() for m in marks]


_STAMP_HINT_RE = lazy_regex(r"引用日期|引用時間|引用时间|检索日期|檢索日期|访问日期|訪問日期|查阅|查閱|[Rr]etrieved|[Aa]ccessed")

# --------------------------------------------------------------------------
# The entry's buttons and tags at the page's head or tail
# --------------------------------------------------------------------------

#: Words of an encyclopedia entry's, a Q&A answer's or a blog post's toolbar, each a button of its own.
_BUTTON_WORDS = (
    "收藏", "查看我的收藏", "已收藏", "取消收藏", "编辑", "編輯", "讨论", "討論", "锁定", "鎖定", "上传视频", "上傳影片",
    "播报", "播報", "分享", "举报", "舉報", "评论", "評論", "点赞", "點讚", "赞同", "贊同", "喜欢", "喜歡",
    "添加评论", "关注", "關注", "打赏", "打賞", "历史版本", "歷史版本", "编辑历史", "讨论页", "討論頁",
    "目录", "目錄", "展开", "展開", "收起", "一键收藏", "举报/反馈", "反馈", "送礼物", "已关注",
)
#: A counter beside a button: 百度百科 ``0有用+1 5``, ``赞同 12``, ``1.2万 阅读``, ``收藏 35``.
_COUNTER = r"\d+(?:\.\d+)?[万千kKwW]?(?:有用\+1|次浏览|次瀏覽|浏览|瀏覽|阅读|閱讀|人赞同|个赞|条评论|則評論)?"
_BUTTON_LINE_RE = lazy_regex(
    r"[ \t\u3000]*(?:(?:" + "|".join(sorted(_BUTTON_WORDS, key=len, reverse=True)) + r"|" + _COUNTER + r"|\d+有用\+1)"
    r"[ \t\u3000]*(?:[|｜·•/][ \t\u3000]*)?){2,8}"
)
#: The entry's closing lines: ``词条标签：社会 ， 规章``, an entry's or a post's tag list and its editors' notice.
_TAG_LINE_RE = lazy_regex(
    r"[ \t\u3000]*(?:词条标签|詞條標籤|文章标签|文章標籤|标签|標籤|分类|分類|页面分类|頁面分類|Categories|Category)[ \t\u3000]*[：:][ \t\u3000]*"
    r"[^\n。；！？]{1,60}"
    r"|[ \t\u3000]*(?:百度百科|互动百科|搜狗百科|360百科|百科)内容由网友共同编辑[^\n]{0,120}"
)
#: How many non-blank lines at each edge of the page the widgets may stand in.
_EDGE_LINES = 8
#: A widget line is short.
_WIDGET_CHARS = 40


def encyclopedia_widget_lines(text: str, *, proven: bool) -> list[tuple[int, int]]:
    """The entry's button rows at the page's head and its tag line at its tail.

    **Evidence**: a whole line of button words and counters only (at least two of them: ``编辑 讨论 锁定``,
    ``0有用+1 5``, ``收藏 查看我的收藏``; a lone ``收藏`` line beside such a row), among the first or last
    :data:`_EDGE_LINES` non-blank lines, never below an article's label at the head nor above one at the tail.  The tag
    line (``词条标签：…``) only when the page is proven an encyclopedia copy (``proven``: its stamped reference list,
    or a button row).  A law's ``目录`` above its table of contents is one word: it stays.

    >>> t = "收藏 查看我的收藏\\n0有用+1 5\\n编辑 讨论 锁定\\n某条例\\n第一条 为了规范管理。\\n词条标签：社会 ， 规章\\n"
    >>> [t[a:b] for a, b in encyclopedia_widget_lines(t, proven=False)]
    ['收藏 查看我的收藏', '0有用+1 5', '编辑 讨论 锁定', '词条标签：社会 ， 规章']
    >>> encyclopedia_widget_lines("某条例\\n第一条 为了规范管理。\\n标签：社会\\n", proven=False)
    []
    """
    bounds = [(a, b) for a, b in line_bounds(text) if text[a:b].strip(" \t\u3000")]
    if not bounds:
        return []
    found: list[tuple[int, int]] = []
    singles: list[tuple[int, int]] = []
    for a, b in bounds[:_EDGE_LINES]:
        line = text[a:b]
        if _ARTICLE_LABEL_RE.match(line):
            break
        if _button_row(line):
            found.append((a, b))
        elif line.strip(" \t\u3000") in _LONE_BUTTONS:
            singles.append((a, b))
    tail: list[tuple[int, int]] = []
    for a, b in reversed(bounds[-_EDGE_LINES:]):
        line = text[a:b]
        if _ARTICLE_LABEL_RE.match(line):
            break
        if _button_row(line):
            tail.append((a, b))
        elif _TAG_LINE_RE.fullmatch(line) and (proven or found):
            tail.append((a, b))
    if found:
        found += singles
    return sorted(set(found + tail))


#: A button that stands alone on its line, removed only beside a row of buttons.
_LONE_BUTTONS = frozenset({"收藏", "已收藏", "编辑", "編輯", "播报", "播報", "分享", "举报", "关注"})


def _button_row(line: str) -> bool:
    """A short line of buttons and counters, at least one of them a button word (numbers alone are a page's).

    >>> _button_row("编辑 锁定 讨论 上传视频"), _button_row("0有用+1 5"), _button_row("1 2 3"), _button_row("分享 本条例")
    (True, True, False, False)
    """
    return (len(line.strip()) <= _WIDGET_CHARS and _BUTTON_LINE_RE.fullmatch(line) is not None
            and _BUTTON_WORD_RE.search(line) is not None)


_BUTTON_WORD_RE = lazy_regex("|".join(sorted(_BUTTON_WORDS, key=len, reverse=True)) + r"|有用\+1")
