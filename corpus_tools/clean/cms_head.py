r"""The template above a CMS article's title, read from the article's own header (session 30, F29-B1).

Real damage undone: a government site's article page saved as text keeps, above the article's title, what its template
prints there: the site's slogan banner, the search box's label, a sidebar column with the leader's title and name,
the column the article sits in.  阿坝州人大常委会 (abrd.gov.cn, field test 29 F29-B1) opened a 公文处理办法 with 11 such
lines: ``宣传人大制度 交流人大经验;推进民主法制建设 构建和谐文明阿坝。…`` ⏎ ``信息搜索:`` ⏎ ``主任之窗`` ⏎ ``阿坝州人大常委会主任``
⏎ ``李为国`` ⏎ ``自身建设``.

The family (what CMS templates print above the article): the slogan or motto banner, the search label, the
sidebar's leader box (``主任之窗``/``领导之窗``/``书记信箱`` over an office and a name), the column or channel name
(``自身建设``, ``通知公告``, ``政策法规``), the date banner, a weather widget, a login link; saved by a browser's
"save as text", a reader mode, a crawler's ``get_text()`` of ``<body>``.  No vocabulary decides: the words are each
site's own.

**Evidence**: the article's own header, as every such CMS prints it: a title line (short, no sentence mark,
ending in a document's kind) directly over the page's meta fields (``来源：…``, ``访问量：…``, ``更新日期：…``, two
labels at least, which the furniture rule reads as the page's and takes).  Above that title, from the page's
start, only lines a document's head never is: none holds an article or chapter label, a 文号 or an order's
number, a date, or ends in an organ's name, and none of :data:`_MIN_TITLE` characters or more ends in a
document's kind or in 文件 (a red head ``某某人民政府文件``, an order's header, a second title keep the whole head; a
column's short name ``通知公告``, ``规章制度``, ``政策文件`` is the template's).  At most :data:`MAX_HEAD_LINES` lines.
"""

from __future__ import annotations

import itertools

from corpus_tools.clean.page_lines import line_bounds
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import NUMBERED_TITLE_KINDS, STRUCTURE_TITLE_KINDS, kinds_alternation

#: The most lines of template taken above a title.
MAX_HEAD_LINES = 15
#: The longest title line read as the article's title, and the longest template line.
MAX_TITLE = 60
MAX_LINE = 80
_BLANKS = " \t\u3000\u00a0"
_TITLE_KIND = lazy_regex("(?:" + kinds_alternation(tuple(set(STRUCTURE_TITLE_KINDS) | set(NUMBERED_TITLE_KINDS)))
                         + r")(?:[（(][^（）()\n]{1,20}[）)])?$")
_SENTENCE_MARK = lazy_re(r"[。；;，,！!？?：:]")
#: What a document's head holds and a template's line never: a label, a 文号 or an order's number, a date, an
#: organ's name or a red head's 文件 at the line's end.
_DOCUMENT_HEAD = lazy_regex(
    r"第[零〇○一二两三四五六七八九十百千0-9]+[条章节编]|〔|［[0-9]{4}|令|号|[0-9０-９]{4}[-/.年]|年[0-9一二三四五六七八九十]{1,2}月"
    r"|(?:人民政府|委员会|办公厅|办公室|政府|厅|局|部|院|会|署)$")
#: A title's shortest length: a shorter line ending in a kind or in 文件 is a column's name (``通知公告``, ``规章制度``,
#: ``政策文件``), a longer one a second title or a red head (``某某市人民政府文件``), which keeps the head.
_MIN_TITLE = 7
#: The page's meta fields under the title, as :mod:`corpus_tools.clean.furniture` reads them.
_META_FIELD = lazy_regex(
    r"(?:信息来源|文章来源|稿件来源|来源|发布时间|发布日期|更新时间|更新日期|发表时间|作者|责任编辑|编辑|浏览次数|阅读次数|点击数|点击量|"
    r"访问量|浏览量|阅读量|访问次数)[:：]")


def cms_head_lines(text: str, meta_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    r"""(start, end) of the template lines above a CMS article's title (see the module's docstring).
    ``meta_spans``: the lines the furniture rule takes as the page's meta fields.

    >>> t = ("宣传人大制度 交流人大经验；推进民主法制建设 构建和谐文明阿坝。\n信息搜索：\n\n主任之窗\n阿坝州人大常委会主任\n李为国\n"
    ...      "自身建设\n\n某某机关公文处理办法\n\n来源：州人大\n访问量：\n更新日期：2024-01-12\n\n第一条 为了规范。\n")
    >>> meta = [(t.index("来源"), t.index("\n\n第一条"))]
    >>> [t[a:b] for a, b in cms_head_lines(t, meta)][-3:]
    ['阿坝州人大常委会主任', '李为国', '自身建设']

    An order's header, a red head or a date above the title keeps the whole head:

    >>> t = "中华人民共和国国务院令\n第一号\n某某条例\n来源：国务院\n发布时间：2020-01-01\n第一条 甲。\n"
    >>> cms_head_lines(t, [(t.index("来源"), t.index("\n第一条"))])
    []
    """
    if not meta_spans:
        return []
    lines = list(itertools.islice(((a, b) for a, b in line_bounds(text) if text[a:b].strip(_BLANKS)), MAX_HEAD_LINES + 9))
    meta_at = next((k for k, (a, b) in enumerate(lines[:MAX_HEAD_LINES + 3])
                    if any(m0 <= a < m1 for m0, m1 in meta_spans) and _META_FIELD.search(text, a, b)), None)
    if meta_at is None or meta_at < 2:
        return []
    block = [line for line in lines[meta_at:meta_at + 6] if any(m0 <= line[0] < m1 for m0, m1 in meta_spans)]
    if sum(len(_META_FIELD.findall(text, a, b)) for a, b in block) < 2:
        return []  # one field alone is no article header
    title = text[lines[meta_at - 1][0]:lines[meta_at - 1][1]].strip(_BLANKS)
    if len(title) > MAX_TITLE or _SENTENCE_MARK.search(title) or not _TITLE_KIND.search(title):
        return []
    head = lines[:meta_at - 1]
    if len(head) > MAX_HEAD_LINES:
        return []
    for a, b in head:
        line = text[a:b].strip(_BLANKS)
        if len(line) > MAX_LINE or _DOCUMENT_HEAD.search(line) or (
                len(line) >= _MIN_TITLE and (_TITLE_KIND.search(line) or line.endswith("文件"))):
            return []
    return head
