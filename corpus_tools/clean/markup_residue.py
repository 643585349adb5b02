"""HTML a page printed as text: tags left in a line, lines of tags, an HTML source's runs of tags.

Real damage undone: a repost's image caption with its link cut at the line's end (``资料图：…。
<a target=``, field test 7b), lines made only of tags, and a text page that prints an HTML source
with its tags around the words (a block's tag between two words of a line becomes a line break).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left

import regex

from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import INDENT


#: An HTML tag the page's text kept: an opening tag with attributes (maybe cut at the line's
#: end: ``<a target=``), the closing tag of an inline element.  Never ``<br>`` or ``</p>``: they
#: stand for a line break (a Markdown table's cell writes ``□护照<br>□其他``).
_HTML_TAG_RESIDUE_RE = lazy_re(
    r"(?:<(?:a|img|span|div|p|font|iframe|script|link|b|strong)[ \t]+[A-Za-z-]{1,20}=(?:[^<>\n]{0,200}>|[^<>\n]{0,200}$)"
    r"|</(?:a|span|font)>)",
    re.MULTILINE | re.IGNORECASE,
)


def html_tag_residue(text: str) -> list[tuple[int, int]]:
    """HTML tags left in the text: ``资料图：民众体验电子游戏。 <a target=`` (a repost's image
    caption, its link cut at the line's end; scolliance.net, field test 7b).

    **Evidence**: a tag's shape: ``<a`` (or another common tag) with an attribute
    (``name=``), an inline element's closing tag (``</a>``).  A law's comparison (``x<a``,
    ``1<a<5``) has no attribute; a line break tag (``<br>``) is left alone.

    >>> t = "资料图：民众体验电子游戏。 <a target=\\n当 x<a 时，适用本条。"
    >>> [t[a:b] for a, b in html_tag_residue(t)]
    [' <a target=']
    """
    if "<" not in text:
        return []
    out = []
    for m in _HTML_TAG_RESIDUE_RE.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1  # the blank that set the tag apart goes with it
        out.append((start, m.end()))
    return out


#: An HTML element's tag, opening (with its attributes) or closing.
_MARKUP_TAG = (
    r"</?(?:a|abbr|b|big|blockquote|body|button|caption|center|cite|code|col|colgroup|dd|del|dfn|div|dl|dt|em"
    r"|embed|fieldset|font|footer|form|frame|h[1-6]|head|header|i|iframe|img|input|ins|kbd|label|legend|li|link"
    r"|map|meta|nav|noscript|object|ol|option|pre|q|s|samp|script|section|select|small|span|strike|strong|style"
    r"|sub|sup|table|tbody|td|textarea|tfoot|th|thead|title|tr|tt|u|ul|var|video)"
    r"""(?:[ \t]+[A-Za-z][A-Za-z0-9_:-]{0,30}(?:=(?:"[^"\n<>]{0,200}"|'[^'\n<>]{0,200}'|[^\s<>"']{1,100}))?)*[ \t]*/?>"""
)
#: A line of tags and nothing else, maybe behind a list bullet (``• <tr id="yyy80"></tr>``).
_MARKUP_LINE_RE = lazy_re(
    rf"^[ \t\u3000\u00a0•·*-]*(?:{_MARKUP_TAG}[ \t\u3000]*)+$", re.MULTILINE | re.IGNORECASE
)


def markup_lines(text: str) -> list[tuple[int, int]]:
    """Lines made only of HTML tags that a page printed as text.

    Real damage: m.jizihe.com (a cloaking mirror of a 人大研究 article, field test 9, F9-P8) opens
    with ``• <tr id="yyy80"></tr>``, ``• <sup id="yyy80"></sup>``, ``• <tfoot id="yyy80"><noscript
    id="yyy80"></noscript></tfoot>``: escaped tags shown as list items, kept as lines of the text.

    **Evidence**: the whole line is tags of HTML elements (opening with attributes, or closing),
    behind at most a bullet; no word of text between them.  A law's comparison (``x<a``), a book
    title in angle brackets (``<中华人民共和国香港特别行政区基本法>``) or a tag inside a sentence stays
    (:func:`html_tag_residue` takes the latter when it has an attribute).

    >>> t = "• <tr id=\\"yyy80\\"></tr>\\n  • <tfoot id=\\"y\\"><noscript id=\\"y\\"></noscript></tfoot>\\n法规草案公开征求意见\\n当 x<a 时适用。"
    >>> [t[a:b] for a, b in markup_lines(t)]
    ['• <tr id="yyy80"></tr>', '  • <tfoot id="y"><noscript id="y"></noscript></tfoot>']
    """
    if "<" not in text or ">" not in text:
        return []
    return [m.span() for m in _MARKUP_LINE_RE.finditer(text)]


#: The page-break markers of content-management editors, printed as a line of text when a reader keeps the text of
#: the element around them: a news CMS's ``<p><b>pagebreak</b></p>`` (国家能源局's copy of a 新华社 photo story, field
#: test 24, F24-B3: ``pagebreak`` six times between the photos), UEditor's ``_ueditor_page_break_tag_``, DedeCMS's
#: ``#p#分页标题#e#``, ``[NextPage]``/``[page]``, WordPress's ``<!--nextpage-->`` (raw or escaped).
_CMS_PAGE_BREAK_LINE_RE = lazy_regex(
    r"^[ \t\u3000\xa0]*(?:page[-_ ]?break|_ueditor_page_break_tag_|\[(?:next[-_ ]?page|page|page[-_ ]?break)\]"
    r"|#p#[^\n#]{0,40}#e#|(?:<|&lt;)!--[ \t]*(?:nextpage|pagebreak|page[-_ ]break)[ \t]*--(?:>|&gt;)"
    # a document converter's comments where a scanned page ended or a picture stood (wrap28): an OCR-to-Markdown
    # model's ``<!-- Page 3 -->``, ``<!-- 第3页 -->``; Azure Document Intelligence's ``<!-- PageNumber="3" -->``,
    # ``<!-- PageHeader="…" -->``, ``<!-- PageFooter="…" -->``; docling's ``<!-- image -->``
    r"|<!--[ \t]*(?:page[ \t]*(?:number)?[ \t]*[:=]?[ \t]*[\"']?[0-9]{1,4}[\"']?|第[ \t]*[0-9]{1,4}[ \t]*页"
    r"|page[ \t]*(?:header|footer)[ \t]*=[ \t]*\"[^\"\n]{0,80}\"|image|figure)[ \t]*-->)[ \t\u3000\xa0]*$",
    regex.M | regex.I,
)


#: The editors' one-word markers (not ``page break``, ``[page]``: words of a text too) glued to the end of a line's
#: Han text or punctuation, or to the start of it: the blanks between go with the marker.
_CMS_PAGE_BREAK_WORD = (r"(?:pagebreak|_ueditor_page_break_tag_|\[(?:next[-_]?page|page[-_]?break)\]|#p#[^\n#]{0,40}#e#"
                        r"|(?:<|&lt;)!--[ \t]*(?:nextpage|pagebreak|page[-_ ]break)[ \t]*--(?:>|&gt;))")
_CMS_PAGE_BREAK_GLUED_RE = lazy_regex(
    rf"(?<=[^\x00-\x7f\s])[ \t\u3000\xa0]*{_CMS_PAGE_BREAK_WORD}[ \t\u3000\xa0]*$"
    rf"|^[ \t\u3000\xa0]*{_CMS_PAGE_BREAK_WORD}[ \t\u3000\xa0]*(?=[^\x00-\x7f\s])",
    regex.M | regex.I,
)


def cms_page_break_lines(text: str) -> list[tuple[int, int]]:
    """Lines that are only a content-management editor's page-break marker (:data:`_CMS_PAGE_BREAK_LINE_RE`).

    **Evidence**: the whole line is the marker, in one of the editors' own spellings; the word inside a sentence or a
    line of text (``CSS 的 page-break-after 属性``) stays.

    >>> t = "新华社记者 王鹏 摄\\npagebreak\\n10月25日拍摄的升压站。\\n_ueditor_page_break_tag_\\n#p#分页标题#e#\\n设置 page-break 属性。\\n"
    >>> [t[a:b] for a, b in cms_page_break_lines(t)]
    ['pagebreak', '_ueditor_page_break_tag_', '#p#分页标题#e#']

    A document converter's comment where a scanned page ended (an OCR-to-Markdown model's, Azure Document
    Intelligence's) or a picture stood (docling's) likewise; a comment of other words stays:

    >>> t = "第一条 甲。\\n<!-- Page 9 -->\\n第二条 乙。\\n<!-- PageNumber='3' -->\\n<!-- image -->\\n<!-- INFO END -->\\n"
    >>> [t[a:b] for a, b in cms_page_break_lines(t)]
    ['<!-- Page 9 -->', "<!-- PageNumber='3' -->", '<!-- image -->']

    A marker the editor left glued to the text of a line, at its end (``新华社记者 王鹏 摄<b>pagebreak</b>`` in one
    paragraph: ``摄pagebreak``) or its start, goes too, the line and its break kept
    (:func:`~corpus_tools.clean.page_lines.line_removal_span`); only the editors' one-word spellings count there
    (:data:`_CMS_PAGE_BREAK_GLUED_RE`), and only against Han text or punctuation: a Latin word
    (``setPageBreak``) or a property of style sheets (``page-break``) stays.

    >>> t = "新华社记者 王鹏 摄pagebreak\\n10月25日拍摄的升压站。[NextPage]\\n#p#第二页#e#二、主要任务\\n设置page-break属性。setpagebreak\\n"
    >>> [t[a:b] for a, b in cms_page_break_lines(t)]
    ['pagebreak', '[NextPage]', '#p#第二页#e#']
    """
    if "#p#" not in text and "page" not in text and "PAGE" not in text and "Page" not in text and "<!--" not in text:
        return []
    spans = [m.span() for m in _CMS_PAGE_BREAK_LINE_RE.finditer(text)]
    whole = {start for start, _ in spans}
    spans += [m.span() for m in _CMS_PAGE_BREAK_GLUED_RE.finditer(text) if m.start() not in whole]
    return sorted(spans)


#: Elements whose tags a text page shows when it prints an HTML source (a WeChat editor's article:
#: ``<section style=…>``, ``<p style=…><span style=…><strong>``): the names of :data:`_MARKUP_TAG`,
#: the paragraph, and the line break and rule (``<p><br/></p>``, an editor's empty paragraph:
#: laodongfa.com, field test 13, F13-B2, kept seven ``<br/>`` lines between the paragraphs).
_LITERAL_TAG_NAMES = (
    r"a|abbr|article|aside|b|big|blockquote|body|br|caption|center|cite|code|dd|del|div|dl|dt|em|figcaption|figure"
    r"|font|footer|h[1-6]|header|hr|i|img|ins|label|li|main|mark|nav|ol|p|pre|q|s|section|small|span|strike|strong"
    r"|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul"
)
_LITERAL_ATTRIBUTE = r"""[ \t]+[A-Za-z][A-Za-z0-9_:-]{0,30}(?:=(?:"[^"\n<>]{0,600}"|'[^'\n<>]{0,600}'|[^\s<>"']{1,100}))?"""
#: One tag: opening (maybe with attributes) or closing.
_LITERAL_TAG_RE = lazy_regex(
    rf"<(?P<close>/)?(?P<name>{_LITERAL_TAG_NAMES})(?P<attrs>(?:{_LITERAL_ATTRIBUTE})*)[ \t]*/?>", regex.IGNORECASE
)
_NEWLINE_RE = lazy_re("\n")
#: What a line may hold around a run of tags and still have no word there.
_LINE_BLANKS = frozenset(INDENT + "\xa0")
#: Elements that stand for a line break where their tags stand between words.
_BLOCK_TAGS = frozenset(
    "article aside blockquote body br caption center dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr"
    " li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
#: The evidence of a page printed as markup: opening tags with attributes and closing tags of
#: elements the page opens, this many of each at least; or this many elements opened and closed
#: on one line (``<p>各市人民政府：</p>``), attributes or not.
_LITERAL_MARKUP_MIN = 3


#: The share of a page's characters the lines of :func:`_closed_on_their_line` must hold: a page printed
#: as markup is mostly such lines (laodongfa.com's 晋政发〔2018〕13号: 1,850 of 1,999 characters), a
#: standard that shows an HTML example on lines of its own is mostly prose (review 13, R13-F10).
_MARKUP_LINES_SHARE = 0.5


def _closed_on_their_line(text: str, tags: list[regex.Match[str]]) -> int:
    """How many of ``tags`` close an element opened before them on the same line, a line that opens
    with a tag (``<p>各市人民政府：</p><p>…</p>``): a page printed as markup, whose blocks are its
    lines' tags.  A sentence that quotes HTML as its example (a web-accessibility standard's
    ``段落应使用<p>标签，如<p>第一段</p><p>第二段</p>…``: review 13, R13-F10) opens its line with words;
    an example on lines of its own holds a small share of its page (:data:`_MARKUP_LINES_SHARE`): 0 then.

    >>> t = "<p>各市人民政府：</p><p>现将有关事项通知如下。</p>\\n</p>x<p>"
    >>> _closed_on_their_line(t, list(_LITERAL_TAG_RE.finditer(t)))
    2
    >>> t = "如<p>第一段</p><p>第二段</p><p>第三段</p>"
    >>> _closed_on_their_line(t, list(_LITERAL_TAG_RE.finditer(t)))
    0
    >>> t = "本标准规定了政府网站页面的无障碍设计要求。" * 4 + "\\n<p>第一段</p><p>第二段</p><p>第三段</p>\\n"
    >>> _closed_on_their_line(t, list(_LITERAL_TAG_RE.finditer(t)))
    0
    """
    closed = 0
    line_start, line_end = 0, -1
    opened: set[str] = set()
    opens_with_tag = line_counted = False
    markup_chars = 0  # the characters of the lines that close elements they open
    for m in tags:
        if m.start() > line_end:  # the first tag of a line: the line's bounds, read once
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.start())
            line_end = len(text) if line_end < 0 else line_end
            opens_with_tag = not text[line_start : m.start()].strip(INDENT + "\xa0")
            opened = set()
            line_counted = False
        name = m.group("name").lower()
        if m.group("close"):
            if opens_with_tag and name in opened:
                closed += 1
                if not line_counted:
                    markup_chars += line_end - line_start
                    line_counted = True
        else:
            opened.add(name)
    return closed if markup_chars >= _MARKUP_LINES_SHARE * (len(text) - text.count("\n")) else 0


def literal_markup_runs(text: str) -> list[tuple[int, int, str]]:
    """Runs of HTML tags a text page shows around its words, when the page prints an HTML source:
    ``(start, end, replacement)``, the replacement a line break where a block's tag stood between
    two words of a line, else nothing.

    Real damage: 射阳网's forum archiver (320924.com, field test 10, F10-N2) shows a WeChat article's
    source: ``<section style="margin-top: 5px;…" data-mpa-powered-by="yiban.io">…<p style="line-height:
    2em;"><span style=…><strong>筑牢安全防线 深化改革惠民 坚持从严治警</strong></span></p><section …>…``;
    the tags with attributes went (:func:`html_tag_residue`) but ``<section …>``, ``<strong>``, ``</p>``
    and ``<p></p>`` stayed, ~1,000 characters of markup around the article.

    **Evidence**, on the page: at least :data:`_LITERAL_MARKUP_MIN` opening tags with attributes and as
    many closing tags of elements the page opens (balanced tag syntax, names of HTML elements), or as
    many elements opened and closed on one line, attributes or not (``<p>…</p>``, F13-B2's variant);
    then every such tag goes, the line breaks ``<br/>`` too.  A law's ``<100``, ``x<a``, a title in angle brackets
    (``<中华人民共和国香港特别行政区基本法>``) or a lone tag is no such page.

    >>> t = '标题\\n<section style="a"><p style="b"><span style="c"><strong>筑牢安全防线</strong></span></p><section>公安部制修订</section></section><p></p>为主动适应。'
    >>> [(t[a:b], r) for a, b, r in literal_markup_runs(t)][:3]
    [('<section style="a"><p style="b"><span style="c"><strong>', ''), ('</strong></span></p><section>', '\\n'), ('</section></section><p></p>', '\\n')]
    >>> literal_markup_runs("第五条 浓度<100 mg时，x<a。\\n<中华人民共和国香港特别行政区基本法>")
    []
    >>> t = "<p>各市人民政府：</p><p>现将有关事项通知如下。</p><p><br/></p><p>一、总体要求</p>"
    >>> [(t[a:b], r) for a, b, r in literal_markup_runs(t)][1:3]
    [('</p><p>', '\\n'), ('</p><p><br/></p><p>', '\\n')]
    """
    if "</" not in text:
        return loose_markup(text)
    tags = list(_LITERAL_TAG_RE.finditer(text))
    opened = {m.group("name").lower() for m in tags if not m.group("close")}
    with_attributes = sum(1 for m in tags if not m.group("close") and m.group("attrs"))
    closing = sum(1 for m in tags if m.group("close") and m.group("name").lower() in opened)
    if (with_attributes < _LITERAL_MARKUP_MIN or closing < _LITERAL_MARKUP_MIN) and (
        _closed_on_their_line(text, tags) < _LITERAL_MARKUP_MIN
    ):
        return loose_markup(text)
    runs = _tag_runs(text, [(m.start(), m.end(), m.group("name").lower() in _BLOCK_TAGS) for m in tags])
    return _merged(runs, entity_runs(text, markup_page=True))


#: Line-break tags that end a line, the blanks around them with them (``制定本条例。<br />``, ``<br><br/>``).
_BR_RUN_RE = lazy_re(r"(?:<br[ \t]*/?>[ \t\u3000\xa0]*)+", re.IGNORECASE)
#: What a ``<br>`` inside a line stands between when it is the page's line break: a sentence end before it, or a
#: label or a list item after it (``…制定本条例。<br>第二条``, ``某某条例<br>第一章 总则``).
_BEFORE_BREAK = frozenset("。；：！？”）")
_LABEL_AFTER_RE = lazy_re(r"第[一二三四五六七八九十百零〇\d]{1,6}[条章节编]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、")


def line_end_breaks(text: str) -> list[tuple[int, int, str]]:
    """The ``<br>`` tags a page printed for its line breaks, when it does so :data:`_LITERAL_MARKUP_MIN` times at
    least: ``(start, end, replacement)``, nothing for a tag that ends its line (the page's own line break stands
    right after it), a line break for one that stands between a sentence end and more text, or before a label.

    Real damage: a CMS's text field exported with its ``<br />`` (set 6, ``h6_layout_tag_residue``:
    ``第二条 本条例适用于绍兴市行政区域内曹娥江流域水环境保护工作。<br />``): the tag stayed at the end of every paragraph,
    and of the article's last 款 in the dataset; a page whose only line breaks are its ``<br>`` is one line.

    **Evidence**: the tag ends its line (only blanks after it), or stands after a sentence end or before an article
    label or a list item; three such on the page at least.  A ``<br>`` inside a line between words (a Markdown
    table's cell, ``□护照<br>□其他``; a text about HTML, ``换行使用<br>标签``) stays, and so does a page's lone one.

    >>> t = "第一条 为了规范。<br />\\n第二条 适用。<br/>\\n<br>\\n第三条 施行。<BR>"
    >>> [t[a:b] for a, b, _ in line_end_breaks(t)]
    ['<br />', '<br/>', '<br>', '<BR>']
    >>> t = "某某条例<br>第一条 为了规范。<br><br>第二条 适用。<br>第三条 施行。"
    >>> [(t[a:b], r) for a, b, r in line_end_breaks(t)]
    [('<br>', '\\n'), ('<br><br>', '\\n'), ('<br>', '\\n')]
    >>> line_end_breaks("□护照<br>□其他\\n换行使用<br>\\n标签。")
    []
    """
    if "<" not in text:
        return []
    found = []
    for m in _BR_RUN_RE.finditer(text):
        start, end = m.start(), m.end()
        while start > 0 and text[start - 1] in " \t\u3000\xa0":
            start -= 1  # (the blank that set the tag apart goes with it)
        if end == len(text) or text[end] in "\r\n":
            found.append((start, end, ""))
        elif start and (text[start - 1] in _BEFORE_BREAK or _LABEL_AFTER_RE.match(text, end)) and text[start - 1] != "\n":
            found.append((start, end, "\n"))
    return found if len(found) >= _LITERAL_MARKUP_MIN else []


#: An HTML tag printed escaped (``&lt;p&gt;``, ``&lt;/div&gt;``, ``&lt;span style=&quot;…&quot;&gt;``): a page whose
#: HTML source was escaped once more before it was saved as text.
_ESCAPED_TAG_RE = lazy_regex(
    rf"&lt;(?P<close>/)?(?P<name>{_LITERAL_TAG_NAMES})"
    r"""(?P<attrs>(?:[ \t]+[A-Za-z][A-Za-z0-9_:-]{0,30}(?:=(?:&quot;[^\n<>&]{0,600}?&quot;|"[^"\n<>&]{0,600}"|[^\s<>"'&]{1,100}))?)*)"""
    r"[ \t]*/?&gt;", regex.IGNORECASE)
#: The tail of an opening tag that lost its ``<`` and name, opening a line (``class="MsoNormal">第一条…``,
#: ``style="text-indent:2em;">``): a scraper that cut the page's source at the first blank of each tag.
_ATTRIBUTE_TAIL_RE = lazy_re(
    r"""^[ \t]*(?:[A-Za-z][A-Za-z0-9_:-]{0,30}=(?:"[^"\n<>]{0,300}"|'[^'\n<>]{0,300}')[ \t]*)+/?>""", re.MULTILINE)
#: Named references of the characters a Chinese text writes (its spaces, quotes, dashes), and ``&amp;``.
_TEXT_ENTITY_RUN_RE = lazy_re(
    r"(?:&(?:nbsp|ensp|emsp|thinsp|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|amp|quot);)+")
#: A line opening on spaces written as references (``&nbsp;&nbsp;第一条``, ``&emsp;&emsp;``): the page's indentation.
_INDENT_ENTITY_RE = lazy_re(r"^[ \t]*(?:&(?:nbsp|ensp|emsp|thinsp);)+", re.MULTILINE)


def _merged(*lists: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The runs of ``lists`` in order, a run that overlaps one before it dropped."""
    out: list[tuple[int, int, str]] = []
    for run in sorted(run for runs in lists for run in runs):
        if not out or run[0] >= out[-1][1]:
            out.append(run)
    return out


def entity_runs(text: str, *, markup_page: bool = False) -> list[tuple[int, int, str]]:
    """Named references a text page kept, read as the characters they name: every run of them on a page printed as
    markup (``markup_page``: its tags are the evidence), else the indentation written as references when
    :data:`_LITERAL_MARKUP_MIN` lines open so (``&emsp;&emsp;第一条 …``): it goes, as layout rules take a line's
    indentation (``cjk_spaces``).  ``&lt;``/``&gt;`` stay (a text about markup
    quotes them), and so does a page's lone ``&nbsp;``.

    >>> t = "&emsp;&emsp;第一条 甲。\\n&emsp;&emsp;第二条 乙。\\n&nbsp;第三条 丙&amp;丁。"
    >>> [(t[a:b], r) for a, b, r in entity_runs(t)]
    [('&emsp;&emsp;', ''), ('&emsp;&emsp;', ''), ('&nbsp;', '')]
    >>> entity_runs("写作&nbsp;即可。\\n&nbsp;一行")
    []
    """
    if "&" not in text:
        return []
    if markup_page:
        return [(m.start(), m.end(), html.unescape(m.group())) for m in _TEXT_ENTITY_RUN_RE.finditer(text)]
    found = [(m.start(), m.end(), "") for m in _INDENT_ENTITY_RE.finditer(text)]  # (indentation: no text)
    return found if len(found) >= _LITERAL_MARKUP_MIN else []


def loose_markup(text: str) -> list[tuple[int, int, str]]:
    """Markup a text page kept without printing its HTML source whole: ``<br>`` at its lines' ends
    (:func:`line_end_breaks`), tags printed escaped (``&lt;p&gt;…&lt;/p&gt;``), tags that lost their ``<`` and name
    (``class="MsoNormal">``), indentation written as references (:func:`entity_runs`); each on the evidence of
    :data:`_LITERAL_MARKUP_MIN` of its kind on the page at least.

    >>> t = "标题\\n&lt;p&gt;第一条 甲。&lt;/p&gt;\\n&lt;p style=&quot;a&quot;&gt;第二条 乙。&lt;/p&gt;&lt;p&gt;第三条 丙。&lt;/p&gt;"
    >>> [(t[a:b], r) for a, b, r in loose_markup(t)][:3]
    [('&lt;p&gt;', ''), ('&lt;/p&gt;', ''), ('&lt;p style=&quot;a&quot;&gt;', '')]
    >>> t = 'class="MsoNormal">第一条 甲。\\nclass="MsoNormal">第二条 乙。\\nstyle="x">第三条 丙。'
    >>> [t[a:b] for a, b, _ in loose_markup(t)]
    ['class="MsoNormal">', 'class="MsoNormal">', 'style="x">']
    >>> loose_markup("5.2 标签&lt;p&gt;表示段落，x<a时适用。\\n属性写作class=\\"a\\">即可。")
    []
    """
    runs = [line_end_breaks(text)]
    if "&lt;" in text and "&gt;" in text:
        tags = list(_ESCAPED_TAG_RE.finditer(text))
        opened = {m.group("name").lower() for m in tags if not m.group("close")}
        closing = sum(1 for m in tags if m.group("close") and m.group("name").lower() in opened)
        if closing >= _LITERAL_MARKUP_MIN and len(tags) - closing >= _LITERAL_MARKUP_MIN:
            runs.append(_tag_runs(text, [(m.start(), m.end(), m.group("name").lower() in _BLOCK_TAGS) for m in tags]))
            runs.append(entity_runs(text, markup_page=True))
    if '">' in text or "'>" in text:
        tails = [(m.start(), m.end(), "") for m in _ATTRIBUTE_TAIL_RE.finditer(text)]
        if len(tails) >= _LITERAL_MARKUP_MIN:
            runs.append(tails)
    runs.append(entity_runs(text))
    return _merged(*runs)


def _tag_runs(text: str, tags: list[tuple[int, int, bool]]) -> list[tuple[int, int, str]]:
    """The runs of ``tags`` (``(start, end, is a block's tag)``, in order) that only blanks separate:
    ``(start, end, replacement)``, the replacement a line break where a run holding a block's tag stands between
    two words of a line, else nothing.  One pass for a page of literal HTML tags and for a forum's BBCode.

    >>> _tag_runs("甲<p> <b>乙", [(1, 4, True), (5, 8, False)]), _tag_runs("<p>甲", [(0, 3, True)])
    ([(1, 8, '\\n')], [(0, 3, '')])
    """
    runs: list[tuple[int, int, bool]] = []
    for tag_start, tag_end, block in tags:
        if runs and not text[runs[-1][1]:tag_start].strip(" \t"):
            start, _, was_block = runs[-1]
            runs[-1] = (start, tag_end, was_block or block)
        else:
            runs.append((tag_start, tag_end, block))
    out = []
    newlines = [m.start() for m in _NEWLINE_RE.finditer(text)]  # (looked up by bisection: no rescan of a long line per run)
    for start, end, block in runs:
        i = bisect_left(newlines, start)
        line_start = newlines[i - 1] + 1 if i else 0
        j = bisect_left(newlines, end, i)
        line_end = newlines[j] if j < len(newlines) else len(text)
        before, after = start, end  # (the blanks around a run lie between it and its neighbours: each is read once)
        while before > line_start and text[before - 1] in _LINE_BLANKS:
            before -= 1
        while after < line_end and text[after] in _LINE_BLANKS:
            after += 1
        between = before > line_start and after < line_end
        out.append((start, end, "\n" if block and between else ""))
    return out


#: The tags of the BBCode that forum software (Discuz!, phpBB, vBulletin) writes: its names, an optional value
#: (``[size=3]``, ``[p=30, 2, left]``, ``[color=#000000]``, ``[url=…]``).  Elements whose content is an address or
#: an attachment's number (``[img]…[/img]``, ``[attach]123[/attach]``) go whole.
_BBCODE_NAMES = (r"b|i|u|s|p|size|font|color|backcolor|bgcolor|align|left|center|right|indent|url|email|quote|code|hide"
                 r"|free|table|tr|td|list|float|hr|sup|sub|\*")
_BBCODE_TAG_RE = lazy_regex(rf"\[(?P<close>/)?(?P<name>{_BBCODE_NAMES})(?:=[^\[\]\n]{{0,100}})?\]"
                            r"|\[(?P<whole>img|attach|media|flash|audio)(?:=[^\[\]\n]{0,100})?\][^\[\]\n]{0,300}\[/(?P=whole)\]",
                            regex.IGNORECASE)
#: BBCode's block elements: a run of tags holding one between two words of a line is a line break.
_BBCODE_BLOCKS = frozenset(("p", "quote", "code", "table", "tr", "list", "align", "left", "center", "right", "indent", "hr",
                            "*", "float", "free", "hide"))
#: How many elements the page must open and close before its bracketed words are read as BBCode.
_BBCODE_MIN = 3


def bbcode_runs(text: str) -> list[tuple[int, int, str]]:
    r"""Runs of BBCode tags a forum's post kept in its text: ``(start, end, replacement)``, the replacement a line
    break where a block's tag stood between two words of a line, else nothing (layout20).

    Real damage: a law re-posted on a Discuz! forum and saved as its post's source (the editor's "plain text"
    view, a forum archive, a crawler reading the post's field): every paragraph wrapped in
    ``[p=30, 2, left][size=3][font=宋体]…[/font][/size][/p]``, the title in ``[b]…[/b]``, pictures as
    ``[img]…[/img]``; no label opened a line, and the page gave no article.

    **Evidence**, on the page: at least :data:`_BBCODE_MIN` elements of BBCode's names opened and as many of
    them closed (``[/size]``); then every tag of those names goes (an image's or an attachment's element with its
    address).  A law's bracketed words (``[2019]``, ``[注]``, ``〔2019〕``), a Markdown link and a lone ``[b]`` are
    no such page.

    >>> t = "[b]某某条例[/b]\n[p=30, 2, left][size=3]第一条 为了规范。[/size][/p]\n[size=3]第二条 适用。[/size][/p][p]第三条 施行。[/p]"
    >>> [(t[a:b], r) for a, b, r in bbcode_runs(t)]  # doctest: +NORMALIZE_WHITESPACE
    [('[b]', ''), ('[/b]', ''), ('[p=30, 2, left][size=3]', ''), ('[/size][/p]', ''), ('[size=3]', ''),
     ('[/size][/p][p]', '\n'), ('[/p]', '')]
    >>> bbcode_runs("依据[2019]3号文件[注]，见[链接](http://a.cn)。[b]重要")
    []
    """
    if "[/" not in text:
        return []
    tags = list(_BBCODE_TAG_RE.finditer(text))
    opened = {m.group("name").lower() for m in tags if m.group("name") and not m.group("close")}
    opening = sum(1 for m in tags if m.group("name") and not m.group("close")) + sum(1 for m in tags if m.group("whole"))
    closing = sum(1 for m in tags if m.group("close") and m.group("name").lower() in opened) + sum(1 for m in tags if m.group("whole"))
    if opening < _BBCODE_MIN or closing < _BBCODE_MIN:
        return []
    return _tag_runs(text, [(m.start(), m.end(), (m.group("name") or "").lower() in _BBCODE_BLOCKS) for m in tags])
