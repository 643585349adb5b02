"""The tools a page offers about the document it shows: a PDF viewer's controls, a "how to cite" box.

Real damage undone, whole lines only and only outside the document (above its first sentence or label,
below its last one):

* **a PDF viewer's controls**: sites that publish the signed PDF embed it in a browser viewer (pdf.js and
  its Chinese localisation, a vendor's 在线预览 of 永中/福昕/WPS); a crawl or a select-all of the page takes
  the viewer's buttons and page counter with the text layer (``切换侧栏⏎查找⏎上一页⏎下一页⏎第 1 页，共 6
  页⏎自动缩放``, ``Toggle Sidebar　Find　Page 1 of 4　Automatic Zoom``), and its loading line below the text
  (``正在载入…``, ``文档加载完成``, ``Loading…``);
* **a citation box**: law libraries and academic portals print under each document how to cite it, in
  the national reference style (GB/T 7714: ``国务院. 某条例[EB/OL]. (2021-09-29)[2024-03-02]. http://….``)
  or in APA, under a heading (``引用格式：``, ``如何引用本页``) and over export buttons (``导出：EndNote |
  NoteExpress | RefWorks | BibTeX``).

**Evidence**: viewer controls: every word of the line is a viewer's control or its page counter, and the
page's edges hold at least one control only a document viewer has (切换侧栏, 自动缩放, 演示模式, 适合宽度,
在线预览, Toggle Sidebar, Automatic Zoom…) or the viewer's loading line closes the page; a counter or a
print button alone stays for the page-number and furniture rules.  A citation box: a reference in the
citation style's grammar (an ``[EB/OL]``-type code, a date, an address) that cites the page itself (its
title is the page's title) or stands under a heading that says it does; the box's heading and export
lines only beside such a reference.  A standard's own bibliography cites other documents and stays.
"""

from __future__ import annotations

from corpus_tools.clean.page_lines import CONTENT_LINE_RE, line_bounds, line_bounds_backwards
from corpus_tools.lazy_patterns import lazy_regex

_BLANKS = " \t\u3000\xa0"
#: Lines looked at beyond the document's first and last sentence.
EDGE_LINES = 30

# --------------------------------------------------------------------------- a PDF viewer's controls

#: Controls only a document viewer has (pdf.js in English and in its zh-CN localisation, vendors' previews).
_VIEWER_OWN = (
    r"切换侧栏|切换侧边栏|显示侧栏|侧边栏|自动缩放|实际大小|适合页面|适合页宽|适合宽度|适合页高|页面缩放|演示模式|当前视图|文档属性"
    r"|手型工具|手形工具|文本选择工具|顺时针旋转|逆时针旋转|转到第一页|转到最后一页|跳转至第一页|跳转至最后一页|在线预览|文档预览|下载原文件"
    r"|显示缩略图|缩略图|文档大纲|单页视图|双页视图|连续滚动|全屏阅读|退出全屏"
    r"|Toggle Sidebar|Show Sidebar|Automatic Zoom|Actual Size|Page Fit|Page Width|Presentation Mode|Current View"
    r"|Document Properties|Hand Tool|Text Selection Tool|Rotate Clockwise|Rotate Counterclockwise|Go to First Page"
    r"|Go to Last Page|Zoom In|Zoom Out|Fit Width|Fit Page|Show Thumbnails|Document Outline"
)
#: A viewer's loading line (pdf.js ``正在载入…``, ``Loading…``; a vendor's ``文档加载完成``).
_LOADING = r"(?:正在|文档)?(?:载入|加载)(?:中|完成|完毕)?(?:…+|\.{2,6}|。。。)?|Loading(?:…|\.{2,6})|Loaded"
#: Controls any page may print (the furniture rule's words), counted only beside a viewer's own.
_VIEWER_COMMON = (
    r"查找|搜索|上一页|下一页|首页|末页|尾页|打开|打印|下载|保存|工具|放大|缩小|全屏|旋转|书签|大纲"
    r"|Find|Search|Previous|Next|Open|Print|Download|Save|Tools|Fullscreen|Full Screen|Bookmark|Outline"
)
_N = r"[0-9０-９]{1,4}"
#: The viewer's page counter and zoom level.
_COUNTER = (
    rf"第[{_BLANKS}]*{_N}[{_BLANKS}]*页[{_BLANKS}]*[，,/]?[{_BLANKS}]*共[{_BLANKS}]*{_N}[{_BLANKS}]*页"
    rf"|(?:Page[{_BLANKS}]+)?{_N}[{_BLANKS}]*(?:/|of)[{_BLANKS}]*{_N}|共[{_BLANKS}]*{_N}[{_BLANKS}]*页|{_N}[{_BLANKS}]*%"
)
_CONTROL = rf"(?:{_VIEWER_OWN}|{_LOADING}|{_VIEWER_COMMON}|{_COUNTER})"
_CONTROLS_LINE = lazy_regex(rf"[{_BLANKS}]*+{_CONTROL}(?:[{_BLANKS}|｜·]++{_CONTROL})*+[{_BLANKS}]*+")
_OWN = lazy_regex(_VIEWER_OWN)
_LOADING_LINE = lazy_regex(rf"[{_BLANKS}]*+(?:{_LOADING})[{_BLANKS}]*+")
_VIEWER_GATE = lazy_regex(rf"{_VIEWER_OWN}|载入|加载|Loading|Loaded")


def _edges(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The lines holding text above the document's first sentence or label and below its last one, at most
    :data:`EDGE_LINES` each (the foot's in the text's order)."""
    head: list[tuple[int, int]] = []
    for a, b in line_bounds(text):
        if not text[a:b].strip(_BLANKS):
            continue
        if CONTENT_LINE_RE.search(text, a, b) or len(head) >= EDGE_LINES:
            break
        head.append((a, b))
    foot: list[tuple[int, int]] = []
    for a, b in line_bounds_backwards(text):
        if head and a <= head[-1][0]:
            break
        if not text[a:b].strip(_BLANKS):
            continue
        if CONTENT_LINE_RE.search(text, a, b) or len(foot) >= EDGE_LINES:
            break
        foot.append((a, b))
    return head, foot[::-1]


def viewer_control_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of a PDF viewer's controls above or below the document (module docstring).

    >>> t = "切换侧栏\\n查找\\n上一页\\n下一页\\n第 1 页，共 6 页\\n自动缩放\\n某条例\\n第一条 为了规范管理。\\n正在载入…\\n"
    >>> [t[a:b] for a, b in viewer_control_lines(t)]
    ['切换侧栏', '查找', '上一页', '下一页', '第 1 页，共 6 页', '自动缩放', '正在载入…']
    >>> t = "Toggle Sidebar　Find　Page 1 of 4　Automatic Zoom　Print\\n某条例\\n第一条 甲。\\n"
    >>> [t[a:b][:14] for a, b in viewer_control_lines(t)]
    ['Toggle Sidebar']

    A page's own print button or counter with no viewer beside it, and a law's words, stay:

    >>> viewer_control_lines("打印　下载\\n某条例\\n第一条 甲。\\n1 / 3\\n"), viewer_control_lines("第一条 本市推行在线预览服务。\\n")
    ([], [])
    """
    if not _VIEWER_GATE.search(text):
        return []
    head, foot = _edges(text)
    found = [(a, b) for a, b in head + foot if b - a <= 400 and _CONTROLS_LINE.fullmatch(text, a, b)]
    if not found:
        return []
    last = foot[-1] if foot else None
    if any(_OWN.search(text, a, b) for a, b in found) or (last in found and _LOADING_LINE.fullmatch(text, *last)):
        return found
    return []


# --------------------------------------------------------------------------- a citation box

#: A reference's document type code in the national style (GB/T 7714: EB/OL an online text, DB/OL a database,
#: Z other, N a newspaper, J a journal, M a book, S a standard, R a report, C proceedings, D a thesis, G a collection).
_TYPE_CODE = r"\[(?:EB|DB|CP|[MJNZSRCDGAP])(?:/(?:OL|CD|DK|MT))?\]"
_CITE_LABEL = (
    r"(?:GB/T[{b}]*7714(?:[-—]20[0-9]{{2}})?|APA|MLA|Chicago|哈佛|国标|引用格式|参考格式|引文格式|引用本文|引用本页|本文引用格式|推荐引用)"
    r"[{b}]*[：:]?[{b}]*"
).format(b=_BLANKS)
#: A reference in the national style: ``作者. 题名[EB/OL]. (发布日期)[引用日期]. 地址.``
_GBT_REF = lazy_regex(
    rf"[{_BLANKS}]*+(?:【引用本文】|{_CITE_LABEL})?(?P<author>[^\n\[\]]{{1,60}}?)[.．][{_BLANKS}]*(?P<title>[^\n\[\]]{{2,120}}?)"
    rf"{_TYPE_CODE}[.．][^\n]{{0,300}}"
)
#: A reference in APA and like styles: ``作者. (年). 题名. 检索自 地址``.
_APA_REF = lazy_regex(
    rf"[{_BLANKS}]*+{_CITE_LABEL}(?P<author>[^\n()（）]{{1,60}}?)[.．]?[{_BLANKS}]*[(（](?:19|20)[0-9]{{2}}[^\n()（）]{{0,12}}[)）][.．]"
    rf"[{_BLANKS}]*(?P<title>[^\n]{{2,120}}?)[.．][{_BLANKS}]*(?:检索自|取自|来源|Retrieved from|Available at)[：:]?[{_BLANKS}]*(?:https?://|www\.)[^\n]{{0,300}}"
)
#: The box's heading, alone on its line; the ones that say the reference cites this page.
_CITE_HEAD = lazy_regex(
    rf"[{_BLANKS}]*[【\[［]?(?:如何引用本页|如何引用本文|如何引用|引用本页|引用本文|本文引用格式|引用格式|参考引用|引文格式|推荐引用|引用)[】\]］]?[{_BLANKS}]*[：:]?[{_BLANKS}]*"
)
_THIS_PAGE = lazy_regex(r"本页|本文")
#: Its export and copy buttons (``导出：EndNote | NoteExpress | RefWorks | BibTeX``, ``复制引用　导出引用``).
_EXPORT = r"(?:导出引用|复制引用|导出|复制|下载引用|EndNote|NoteExpress|NoteFirst|RefWorks|BibTeX|RIS|Zotero|Mendeley|知网研学)"
_EXPORT_LINE = lazy_regex(
    rf"[{_BLANKS}]*+(?:(?:导出|导出至|导出到|Export)[{_BLANKS}]*[：:][{_BLANKS}]*)?{_EXPORT}(?:[{_BLANKS}|｜/、，,]++{_EXPORT})*+[{_BLANKS}]*+"
)
_CITE_GATE = lazy_regex(rf"{_TYPE_CODE}[.．]|检索自|Retrieved from")
#: The page's title is looked for among its first lines holding text.
TITLE_LINES = 5


def _titles(text: str) -> list[str]:
    out = []
    for a, b in line_bounds(text):
        line = text[a:b].strip(_BLANKS + "#*")
        if line:
            out.append(line)
            if len(out) >= TITLE_LINES:
                break
    return [line for line in out if len(line) >= 4]


def citation_box_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of a "how to cite this page" box below the document (module docstring).

    >>> t = "某市绿色旅游促进条例\\n第一条 为了促进绿色旅游。\\n引用格式：\\n某市人民代表大会常务委员会. 某市绿色旅游促进条例[EB/OL]. (2021-09-29)[2024-03-02]. http://a.cn/1.html.\\n导出：EndNote | NoteExpress | BibTeX\\n"
    >>> [t[a:b][:9] for a, b in citation_box_lines(t)]
    ['引用格式：', '某市人民代表大会常', '导出：EndNot']

    A bibliography that cites other documents stays:

    >>> citation_box_lines("某标准\\n1 范围\\n本标准规定了要求。\\n参考文献\\n[1] 国务院. 某条例[EB/OL]. (2021-09-29)[2024-03-02]. http://a.cn/1.html.\\n")
    []
    """
    if not _CITE_GATE.search(text):
        return []
    _, foot = _edges(text)
    if not foot:
        return []
    titles = _titles(text)
    kinds: list[str] = []
    for a, b in foot:
        ref = _GBT_REF.fullmatch(text, a, b) or _APA_REF.fullmatch(text, a, b)
        if ref:
            cited = ref.group("title").strip(_BLANKS + "《》")
            own = any(cited == title or (len(cited) >= 4 and cited in title) for title in titles)
            kinds.append("own" if own or _THIS_PAGE.search(text, a, ref.start("author")) else "ref")
        elif _CITE_HEAD.fullmatch(text, a, b):
            kinds.append("head-own" if _THIS_PAGE.search(text, a, b) else "head")
        elif _EXPORT_LINE.fullmatch(text, a, b):
            kinds.append("export")
        else:
            kinds.append("")
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(foot):  # runs of the box's lines; a run holding a reference to this page is the box
        if not kinds[k]:
            k += 1
            continue
        j = k
        while j < len(foot) and kinds[j]:
            j += 1
        run = kinds[k:j]
        if "own" in run or ("ref" in run and "head-own" in run):
            out += foot[k:j]
        k = j
    return out
