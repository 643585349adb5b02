"""The main content of a complete saved HTML page, and the site chrome around it.

A page saved whole from a government site carries the site's template around the
document: an accessibility toolbar (无障碍, 长者模式/长辈版, 繁体, English), a header
and navigation menus, a breadcrumb, an info line (发布时间/来源/字号/浏览次数), share and
print bars, previous/next links, boxes of related links, a sidebar, a footer (主办,
网站标识码, ICP备, 公网安备, 版权所有) and hidden pop-ups ("您即将离开本站").  Ingest
used to keep all of it as text.  :func:`strip_chrome` removes it from the parsed tree
before the text is rendered, with its own density heuristic on selectolax (measured
against trafilatura in /work/notes/ingest_libs.md §2: trafilatura flattens the layout
tables of government templates into one line and drops headings beside tables).

How it decides:

1. Only a *complete page* is touched: the source has ``<html>`` or ``<body>`` (a
   fragment of the article area, as most scrapers save, goes through unchanged).
2. Hidden elements go (``display:none``, ``visibility:hidden``, ``hidden``,
   ``aria-hidden``, a class the page's ``<style>`` hides or whose name says hidden:
   :data:`HIDING_CLASS_NAMES`; also hidden by any other technique of :func:`_hides`, in the
   element's ``style`` or its class's rule: no size ``font-size:0``, off screen, transparent,
   which anti-copy themes use for their decoy characters, ``规<span class="k3">的</span>定`` with
   ``.k3{font-size:0}``), unless they hold prose (a collapsed part of the text); so do
   panel headings over an empty item list (:func:`empty_panels`: ``相关稿件`` over an empty ``<ul>``).
3. *Prose* is what a law is made of: blocks with Han characters outside links and
   a sentence end (。；, :data:`PROSE_MIN_END` characters) or another sentence mark
   (，！？, :data:`PROSE_MIN`), or a long run of text (:data:`PROSE_LONG`); never a
   block naming the site's footer or toolbars (ICP备, 版权所有, 无障碍…), nor a block whose
   sentences the page already gave (a *copy*: the page's PC and mobile copies of one
   article, a 长者专区 copy, a hidden read-aloud copy; visible blocks are read first).  The
   main content is, among the elements holding :data:`MAIN_SHARE` of the page's prose
   (a chain from ``<body>`` down), the one with the most text less twice its link,
   footer and copied text.
4. Around it, on the path from ``<body>`` down to it, every other branch is chrome
   unless it holds prose or a data table (not link-dense, no footer words), the page's title (the
   ``<title>`` less the site name, the single ``<h1>``, the info box's 标题; not an entry of
   a list of linked documents), or the metadata box (:mod:`corpus_tools.html_meta`, read by
   issue 17's metadata); a short branch right beside the content without links (a
   signature, a date) stays too.  A branch that is a copy goes, title or not, recorded with
   the paragraphs only it or only the kept text holds.
5. Inside the main content only link lists go (menus, share bars, related links:
   3+ links, mostly link text, short link texts).

A link to a named place of the same page (``<a href="#A77">第七十七条</a>``) is a
cross-reference inside the document, not navigation: its text counts as the text of its
block (:func:`is_cross_reference`), so an article citing ten other articles is prose.

What went is recorded in the page's metadata (``main_content``: the element kept,
how many blocks and characters were dropped, and the first ones), so a user can see
what ingest left out.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

import regex

from corpus_tools.html_meta import is_site_part, title_parts
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.text import HAN_CHAR as _HAN

#: Least non-link Han characters of a prose block: with a sentence end (。；), with
#: another sentence mark (，！？).
PROSE_MIN_END, PROSE_MIN = 8, 15
#: A block this long counts as prose without a sentence mark.
PROSE_LONG = 40
#: Share of the page's prose every candidate for the main content holds (over half: the
#: candidates form a chain from <body> down; the best scored one is the content).
MAIN_SHARE = 0.5
#: Weight of link (and footer) text against the text of the content in :meth:`_Stats.score`.
LINK_WEIGHT = 2
#: Link share of a branch's Han characters from which it is a link list.
LINK_DENSE = 0.5
#: A branch outside the content naming the site's footer or toolbars is chrome unless it
#: holds this much prose.
PROSE_KEPT_BESIDE_MARKERS = 100
#: Hidden elements holding this many prose characters are kept (collapsed text).
HIDDEN_PROSE_KEPT = 200
#: At most this many dropped pieces are recorded (their first characters).
RECORDED = 8

_BLOCKS = frozenset(
    "p div li ul ol dl dt dd tr td th table tbody thead tfoot h1 h2 h3 h4 h5 h6 section article main aside "
    "header footer nav blockquote pre center body form fieldset figure figcaption caption address".split()
)
_SENTENCE_END = lazy_regex(r"[。；;]")
#: Words of a site's footer and toolbars: a block holding one is never prose.
_CHROME_MARKERS = lazy_regex(
    r"ICP[备证]|公网安备|网站标识码|网站识别码|版权所有|技术支持|Copyright|©|分辨率|浏览器|即将离开|无障碍|长者模式|长辈版|关怀模式|网站地图|联系我们",
    regex.I,
)
_SENTENCE_MARK = lazy_regex(r"[。；，！？;,!?]")
#: Sentences a block holds past which a toolbar or footer word in it is a word of its sentences: a law
#: whose whole body is one ``<p>`` writes 无障碍设施 (温州市市容和环境卫生管理条例: all 55 articles were dropped
#: as chrome; the seen variant layout_html_br_paragraphs, session 11); a footer holds a sentence or two.
CHROME_MAX_SENTENCES = 5


def _many_sentences(text: str) -> bool:
    """Whether ``text`` holds more than :data:`CHROME_MAX_SENTENCES` sentence ends.

    >>> _many_sentences("版权所有：某市人民政府。技术支持：某公司。"), _many_sentences("第一条 甲。" * 6 + "设置无障碍设施。")
    (False, True)
    """
    count = 0
    for _ in _SENTENCE_END.finditer(text):
        count += 1
        if count > CHROME_MAX_SENTENCES:
            return True
    return False


_COMPLETE_PAGE = lazy_regex(r"<(?:html|body)[\s>]", regex.I)
_SPACES = lazy_regex(r"[\s\u3000\u00a0]+")
#: A short line of a branch beside the content that still belongs to the document.
_DOCUMENT_LINE = lazy_regex(
    r"^(?:[〇零一二三四五六七八九十\d]{4}\s*年\s*[〇零一二三四五六七八九十\d]{1,2}\s*月(?:\s*[〇零一二三四五六七八九十\d]{1,3}\s*日)?"
    r"|[（(]此件[^）)]{0,10}[）)]|[（(]本文有删减[）)]"
    r"|\p{Han}{2,30}(?:人民政府|委员会|办公厅|办公室|局|厅|院|部|署|会|政府|中心|所)"
    r"|附件[:：\d一二三四五六七八九十]?.{0,60})$"
)


#: The target of a link to a named place of the same page (``#A77``, ``#1.2``); not a bare
#: ``#`` nor ``###`` (menus that lead nowhere), nor a script.
_SAME_PAGE_TARGET = lazy_regex(r"^\s*#[^\s#]+\s*$")


def is_cross_reference(node: Any) -> bool:
    """Whether ``node`` is an ``<a>`` leading to a named place of the same page.

    Real damage undone: the 刑法 page of teetrition.github.io (field test field7 F7-T1) links
    every article it cites to that article (``<a href="#A77">第七十七条</a>至<a href="#A79">第七十九条</a>
    （<a href="#A77">内乱</a>…）的犯罪``); counted as links they made 第二条, 第三条 and 第四条 (2,083
    characters) "link lists", dropped as navigation.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> links = LexborHTMLParser('<a href="#A77">第七十七条</a><a href="#">首页</a><a href="/a.html#A1">某法</a>').css("a")
    >>> [is_cross_reference(a) for a in links]
    [True, False, False]
    """
    if node.tag != "a":
        return False
    href = (node.attributes or {}).get("href")
    return bool(href) and bool(_SAME_PAGE_TARGET.match(href))


#: The text of a back-to-top link: a lone arrow, caret or triangle, or "(back) to top".
_BACK_TO_TOP_TEXT = lazy_regex(
    r"^(?:[\^ˆ↑⇑⇧⬆▲△▴▵︿∧]|(?:返回|回到)?(?:页面)?(?:顶部|页首|顶端)|(?:back\s*to\s*)?top)$", regex.I
)
#: The target of a link to the same page: its top (``#``) or a named place.
_SAME_PAGE = lazy_regex(r"^\s*#[^\s#]*\s*$")


def drop_back_links(tree: Any) -> int:
    """Remove the back-to-top links of a page (an ``<a>`` leading to the same page whose whole
    text is a lone ``^``, ``↑``, ``▲`` or 返回顶部, TOP); returns how many went.

    Real damage undone: the 刑法 page of teetrition.github.io puts ``<a href="#1.2b">^</a>`` (back
    to the 目录) before every heading, so the heading read ``^第二章　刑罚``: it was not taken for a
    heading and the chapter went into the text of the article before it (field test field7 F7-T3).
    A footnote mark linking to its note (``<a href="#n1">*</a>``, ``[1]``) is text and stays.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> tree = LexborHTMLParser('<h4><a href="#1.2b">^</a>第二章　刑罚</h4><p>见注<a href="#n1">*</a></p>'
    ...                         '<p><a href="#top">返回顶部</a></p><p><a href="/index.html">^</a></p>')
    >>> drop_back_links(tree)
    2
    >>> print(tree.body.text(separator="|"))
    第二章　刑罚|见注|*|^
    """
    gone = [
        a for a in tree.css("a[href]")
        if _SAME_PAGE.match(a.attributes.get("href") or "") and _BACK_TO_TOP_TEXT.match(_norm(a.text(deep=True)))
    ]
    for a in gone:
        a.decompose()
    return len(gone)


#: CSS that keeps an element off the reader's sight, by any technique a link farm uses: not displayed, invisible,
#: off screen (``left:-9999px``, ``text-indent:-9999em``), no size (``font-size:0``, ``height:0`` or ``1px`` with
#: ``overflow:hidden``), transparent (``opacity:0``, ``color:transparent``), clipped or scaled to nothing.
_HIDING_CSS = lazy_regex(
    r"display\s*:\s*none|visibility\s*:\s*hidden"
    r"|(?<![\w-])(?:left|top|right|bottom|text-indent|margin-left|margin-top)\s*:\s*-\d{3,}(?:\.\d+)?\s*(?:px|em|rem|pt|vw|vh)?"
    r"|(?<![\w-])font-size\s*:\s*0(?:\.0+)?\s*(?:px|em|rem|pt|%)?\s*(?:!important\s*)?(?:;|$)"
    r"|(?<![\w-])opacity\s*:\s*0(?:\.0+)?\s*(?:!important\s*)?(?:;|$)|(?<![\w-])color\s*:\s*transparent"
    r"|clip\s*:\s*rect\(\s*0|clip-path\s*:\s*inset\(\s*(?:50|100)%|transform\s*:\s*scale\(\s*0(?:\.0+)?\s*\)",
    regex.I,
)
#: No size: ``height`` or ``width`` of 0 or 1px, with ``overflow:hidden`` in the same style.
_NO_SIZE_CSS = lazy_regex(r"(?<![\w-])(?:max-)?(?:height|width)\s*:\s*[01](?:px)?\s*(?:!important\s*)?(?:;|$)", regex.I)
_OVERFLOW_HIDDEN = lazy_regex(r"overflow\s*:\s*hidden", regex.I)


def _hides(style: str) -> bool:
    """Whether a ``style`` keeps its element out of sight.

    >>> _hides("position:absolute;left:-9999px;top:-9999px"), _hides("visibility:hidden;height:0;overflow:hidden")
    (True, True)
    >>> _hides("font-size:0;line-height:0"), _hides("text-indent:2em;font-size:16px"), _hides("height:1px;margin:0")
    (True, False, False)
    """
    return bool(_HIDING_CSS.search(style) or (_NO_SIZE_CSS.search(style) and _OVERFLOW_HIDDEN.search(style)))


def drop_hidden_links(tree: Any, html: str = "") -> int:
    """Remove the links a page hides (its ``style`` attribute or a class its ``<style>`` gives keeps them out of
    sight) when the hidden element holds nothing but links; returns how many elements went.

    Real damage undone (set 6's ``h6_spam_hidden_links``, session 24): a hijacked page hides a farm's links inside a
    paragraph of the law (``<p>（一）市人民政府安排的民兵<span style="position:absolute;left:-9999px"><a href=…>聚鑫汇娱乐</a>
    <a …>博瑞真人</a>…</span>事业费；</p>``).  The reader rendered them as text, between two characters of a word, and
    the whole paragraph, mostly link text, was then taken for a link list and lost.  Only ``display:none`` and
    ``visibility:hidden`` of a few words were read as hidden; the farm uses every technique (off screen, no size,
    transparent).

    **Evidence**: the element is hidden by CSS (:func:`_hides`), holds at least one link, and every character of
    its text stands in a link.  Hidden text that is not links (a collapsed part of the law, a hidden copy) is judged
    elsewhere and stays here; visible links stay.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> tree = LexborHTMLParser('<p>民兵<span style="position:absolute;left:-9999px"><a href="http://x.vip/">聚鑫汇娱乐</a>'
    ...     '<a href="http://y.cc/">博瑞真人</a></span>事业费；</p><p style="font-size:0">第二条 <a href="#a1">第一条</a>所称。</p>'
    ...     '<div style="text-indent:-9999em;overflow:hidden;height:1px"><a href="/a">甲</a></div>')
    >>> drop_hidden_links(tree)
    2
    >>> print(tree.body.text(separator="|"))
    民兵|事业费；|第二条 |第一条|所称。
    """
    classes = _hiding_classes(html) if html else frozenset()
    gone = []
    for node in tree.css("[style]" + ("".join(f", .{c}" for c in sorted(classes)) if classes else "")):
        style = node.attributes.get("style") or ""
        if not (_hides(style) or (classes and classes.intersection((node.attributes.get("class") or "").split()))):
            continue
        links = node.css("a")
        if not links:
            continue
        text = "".join(node.text(deep=True).split())
        linked = sum(len("".join(a.text(deep=True).split())) for a in links)
        if text and linked >= len(text):
            gone.append(node)
    chosen = {node.mem_id for node in gone}
    tops = []
    for node in gone:  # (one hidden inside another goes with it)
        up = node.parent
        while up is not None and up.mem_id not in chosen:
            up = up.parent
        if up is None:
            tops.append(node)
    for node in tops:
        node.decompose()
    return len(tops)


def _hiding_classes(html: str) -> frozenset[str]:
    """Classes the page's ``<style>`` hides by any technique of :func:`_hides` (``.lk{position:absolute;left:-999px}``).

    >>> sorted(_hiding_classes("<style>.lk{position:absolute;left:-999px} .t{font-size:14px}</style>"))
    ['lk']
    """
    return styled_classes(html, _hides)


#: MediaWiki's own marks of what is no text of the page: the skip link (跳转到内容), the edit link after each
#: heading ([编辑]), and what the wiki keeps off a printed page (``noprint``: the next-page arrow, the
#: sister-project box, the mobile-view toggle, the site's tagline).
_WIKI_FURNITURE = ".mw-jump-link, .mw-editsection, .noprint"
#: The header template of a Wikisource page (zh: ``#headerContainer``; en and others: ``.ws-header``,
#: ``.headertemplate``): its first row leads to the previous and the next version beside the title.
_WIKI_HEADER = "#headerContainer, .ws-header, .headertemplate"
_ARROWS = lazy_regex(r"^[←→◄►◀▶<>«»‹›]*$")


def is_mediawiki(tree: Any) -> bool:
    """Whether the page was made by MediaWiki (its ``generator`` meta, or the class MediaWiki puts on ``<body>``).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> is_mediawiki(LexborHTMLParser('<meta name="generator" content="MediaWiki 1.47.0-wmf.10"><p>x</p>'))
    True
    >>> is_mediawiki(LexborHTMLParser('<body class="mediawiki ltr"><p>x</p></body>')), is_mediawiki(LexborHTMLParser('<p class="noprint">x</p>'))
    (True, False)
    """
    for meta in tree.css('meta[name="generator"]'):
        if (meta.attributes.get("content") or "").startswith("MediaWiki"):
            return True
    body = tree.body
    return body is not None and "mediawiki" in (body.attributes.get("class") or "").split()


def drop_wiki_furniture(tree: Any) -> int:
    """Remove what MediaWiki adds around a wiki page's text, by its markup (see :data:`_WIKI_FURNITURE`), and the
    cells of a Wikisource header that lead to the previous and the next version (a cell that is one link, or
    an arrow); the title cell stays.  Only on a page MediaWiki made (:func:`is_mediawiki`).  Returns how many
    elements went.

    Real damage undone: the four zh.wikisource pages of 公司法 (field test field7 F7-C3) opened every document
    with ``跳转到内容`` and a table line ``←⇥中华人民共和国公司法 (1993年)⇥中华人民共和国公司法（修正）…⇥中华人民共和国公司法
    (2004年)⇥→``, and 87 chapter headings came with a line ``[编辑]``.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> tree = LexborHTMLParser('<body class="mediawiki"><a class="mw-jump-link" href="#bodyContent">跳转到内容</a>'
    ...     '<div id="headerContainer"><table><tr><td>←</td><td><a href="/wiki/A">某法 (1993年)</a></td>'
    ...     '<td><b>某法（修正）</b></td><td><a href="/wiki/B">某法 (2004年)</a></td><td class="noprint">→</td></tr></table></div>'
    ...     '<h2>第一章　总则</h2><span class="mw-editsection">[<a href="/w/index.php?action=edit">编辑</a>]</span></body>')
    >>> drop_wiki_furniture(tree)
    6
    >>> print(tree.body.text(separator="|"))
    某法（修正）|第一章　总则
    """
    if not is_mediawiki(tree):
        return 0
    gone = list(tree.css(_WIKI_FURNITURE))
    for header in tree.css(_WIKI_HEADER):
        first = header.css_first("tr")
        if first is None:
            continue
        for cell in first.css("td, th"):
            text = _norm(cell.text(deep=True))
            links = cell.css("a")
            if _ARROWS.match(text) or (len(links) == 1 and _norm(links[0].text(deep=True)) == text):
                gone.append(cell)
    ids = {node.mem_id for node in gone}
    outermost = _outermost(tree, ids)  # (never decompose a node twice)
    for node in outermost:
        node.decompose()
    return len(outermost)


def _outermost(tree: Any, ids: set[int]) -> list[Any]:
    """The elements of ``ids`` not inside another one, in one walk of the page (linear, however deep it nests)."""
    if not ids:
        return []
    covered: dict[int, bool] = {}
    out = []
    for node in tree.root.traverse():
        parent = node.parent
        inside = parent is not None and (covered.get(parent.mem_id, False) or parent.mem_id in ids)
        covered[node.mem_id] = inside
        if node.mem_id in ids and not inside:
            out.append(node)
    return out


#: A paragraph the page centres (Word's ``<p align=center>``, ``style="text-align:center"``).
_CENTRED = lazy_regex(r"text-align\s*:\s*center", regex.I)
#: The kinds a document's title ends with (a notice's, a rule's): the second paragraph of a title set in two.
_TITLE_KIND_END = lazy_regex(r"(?:通知|决定|決定|办法|辦法|规定|規定|意见|意見|方案|细则|細則|规则|規則|条例|條例|公告|通告|通报|通報"
                             r"|报告|報告|批复|批覆|请示|請示|纪要|紀要|要点|要點|计划|計劃|計畫|规划|規劃|章程|制度|说明|說明|函)$")
#: What a title's first paragraph may open with when the typesetter broke it (``关于…``), or a book title left open.
_TITLE_OPENING = lazy_regex(r"^(?:关于|關於)|《[^》]*$")
#: A mark of a sentence or a clause: never in a title set in two paragraphs.
_NOT_IN_SPLIT_TITLE = lazy_regex(r"[。；！？：:，,;!?]")
#: The longest title read so (characters, blanks removed), and how many paragraphs of the page are looked at.
_SPLIT_TITLE_CHARS = 90
_SPLIT_TITLE_REACH = 4


def _centred(node: Any) -> bool:
    attrs = node.attributes
    return (attrs.get("align") or "").strip().lower() == "center" or bool(_CENTRED.search(attrs.get("style") or ""))


def split_title_lines(tree: Any) -> tuple[str, str] | None:
    """The two lines (blanks aside) of a document's title the typesetter broke into two centred paragraphs, or None.

    Real damage (field test 17 F17-L1): a Word notice saved as HTML (almeidalhs/lion's 浦东新区青少年活动中心 pages;
    six gov.cn notices) sets its title in two centred paragraphs, ``关于选送中心学生参加2017年浦东新区学生艺术`` ⏎
    ``单项比赛的通知``: the text kept it as two lines (the metadata's title was joined right).  The reader reports
    them (ingest's ``split_title`` metadata) and the ``hard_wraps`` rule joins them with an edit
    (:mod:`corpus_tools.clean.split_titles`): session 18 joined them here, in the tree, and the text changed with no
    edit recording it.

    **Evidence**: among the page's first :data:`_SPLIT_TITLE_REACH` paragraphs with text, two in a row both centred,
    no sentence mark in either, the first opening as a title does (``关于…``, or a book title left open ``《…``) and
    not ending as one, the second ending with a title's kind (通知, 办法, 意见…), together at most
    :data:`_SPLIT_TITLE_CHARS` characters.  An organ's name over ``关于…的通知`` (a letterhead) and a title over its
    qualifier (``（征求意见稿）``) stay apart.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> tree = LexborHTMLParser('<p align=center>关于选送中心学生参加<span>2017</span>年浦东新区学生艺术</p>'
    ...                         '<p align=center>单项比赛的通知</p><p>管理部、各分部的全体教师：</p>')
    >>> split_title_lines(tree)
    ('关于选送中心学生参加2017年浦东新区学生艺术', '单项比赛的通知')
    >>> split_title_lines(LexborHTMLParser('<p align=center>某某市人民政府办公室</p><p align=center>关于加强管理的通知</p>'))
    """
    body = tree.body
    if body is None:
        return None
    seen: list[Any] = []
    holding = _holding_blocks(body)
    for node in body.css("p, h1, h2, h3, div"):
        if node.mem_id in holding:
            continue  # (a block holding blocks: its paragraphs are read)
        text = "".join(node.text(deep=True).split())
        if not text:
            continue
        seen.append((node, text))
        if len(seen) >= _SPLIT_TITLE_REACH:
            break
    for (first, head), (second, tail) in zip(seen, seen[1:]):
        if not (_centred(first) and _centred(second)) or len(head) + len(tail) > _SPLIT_TITLE_CHARS:
            continue
        if _NOT_IN_SPLIT_TITLE.search(head) or _NOT_IN_SPLIT_TITLE.search(tail):
            continue
        if _TITLE_OPENING.search(head) and not _TITLE_KIND_END.search(head) and _TITLE_KIND_END.search(tail):
            return head, tail
    return None


#: The blocks whose holder :func:`split_title_lines` does not read as a paragraph.
_INNER_BLOCKS = frozenset(("p", "div", "table"))


def _holding_blocks(root: Any) -> set[int]:
    """The ``mem_id`` of every element under ``root`` (itself too) that holds a ``<p>``, ``<div>`` or ``<table>``.

    One pass over the tree, children before parents: asking each block for its inner blocks (``node.css(…)``)
    read its whole subtree, and a page of nested ``<div>`` took time quadratic in its depth (5,000 levels: 6 s;
    layout20, a leftover of reader19).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> body = LexborHTMLParser("<div><p>甲<b>乙</b></p></div><p>丙</p>").body
    >>> sorted(n.tag for n in body.traverse(include_text=False) if n.mem_id in _holding_blocks(body))
    ['body', 'div']
    """
    holding: set[int] = set()
    for node in reversed(list(root.traverse(include_text=False))):
        parent = node.parent
        if parent is not None and (node.tag in _INNER_BLOCKS or node.mem_id in holding):
            holding.add(parent.mem_id)
    return holding


def is_complete_page(html: str) -> bool:
    """Whether ``html`` is a whole saved page (``<html>`` or ``<body>``), not a fragment.

    >>> is_complete_page("<!DOCTYPE html><html><body><p>第一条</p></body></html>"), is_complete_page("<div><p>第一条</p></div>")
    (True, False)
    """
    return bool(_COMPLETE_PAGE.search(html[:200_000]))


class _Stats:
    """Per element: Han characters outside links, inside links, in prose blocks, in blocks
    naming the footer, in blocks that copy text already on the page; links and tables."""

    __slots__ = ("han", "link_han", "prose", "marked", "copied", "links", "tables")

    def __init__(self) -> None:
        self.han = self.link_han = self.prose = self.marked = self.copied = self.links = self.tables = 0

    def score(self) -> int:
        """Text a reader came for, less link text, footer/toolbar text and a second copy of
        text already on the page (each twice)."""
        chrome = self.marked + self.copied
        return self.han - chrome - LINK_WEIGHT * (self.link_han + chrome)


_STYLE_BLOCK = lazy_regex(r"<style[^>]*>(.*?)</style>", regex.I | regex.S)
_HIDES = lazy_regex(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.I)
_CLASS_SELECTOR = lazy_regex(r"^\s*(?:[a-z0-9]*)\.([A-Za-z_][\w-]*)\s*$")


#: The "visually hidden" technique of accessible sites (Bootstrap's ``sr-only``, WordPress's ``screen-reader-text``,
#: Drupal's ``element-invisible``, GOV.UK's ``govuk-visually-hidden``): the element is clipped to nothing
#: (``clip:rect(0,0,0,0)``, ``clip:rect(1px,1px,1px,1px)``, ``clip-path:inset(50%)``), or is taken out of the flow
#: with a size of 0 or 1px and its overflow hidden; screen readers read it, nobody sees it.
_CLIPPED_CSS = lazy_regex(r"clip\s*:\s*rect\(\s*[01](?:px)?\s*[,\s]|clip-path\s*:\s*inset\(\s*(?:50|100)%", regex.I)
_ABSOLUTE_CSS = lazy_regex(r"position\s*:\s*(?:absolute|fixed)", regex.I)


def _visually_hidden(body: str) -> bool:
    """Whether a rule's declarations hide its element from sight only (:data:`_CLIPPED_CSS`).

    >>> _visually_hidden("position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)")
    True
    >>> _visually_hidden("position:absolute!important;height:1px;width:1px;overflow:hidden")
    True
    >>> _visually_hidden("position:absolute;top:0;width:100%;overflow:hidden"), _visually_hidden("height:1px;overflow:hidden")
    (False, False)
    """
    return bool(_CLIPPED_CSS.search(body) or (_ABSOLUTE_CSS.search(body) and _NO_SIZE_CSS.search(body)
                                              and _OVERFLOW_HIDDEN.search(body)))


def hidden_classes(html: str) -> frozenset[str]:
    """Classes the page's own ``<style>`` hides outright (``.hide{display:none}``), or hides from
    sight for screen readers only (:func:`_visually_hidden`, ``.a11y-note{position:absolute;
    clip:rect(0,0,0,0)}``): a pop-up or a screen reader's note (``（在新窗口打开）`` after a link)
    hidden by its class is as hidden as one hidden by its ``style``, whatever the class's name.

    >>> sorted(hidden_classes("<style>.hide{display:none} p.x, .modal { visibility:hidden } .a .b{display:none}</style>"))
    ['hide', 'modal', 'x']
    >>> sorted(hidden_classes("<style>.wai-txt{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>"))
    ['wai-txt']
    """
    return styled_classes(html, lambda body: _HIDES.search(body) is not None or _visually_hidden(body))


def styled_classes(html: str, styled: Callable[[str], bool]) -> frozenset[str]:
    """Classes that rules of the page's own ``<style>`` give a declaration block ``styled`` accepts
    (:func:`hidden_classes`, :func:`_hiding_classes`).

    >>> sorted(styled_classes("<style>.a{color:red} p.b, .c {color:red} .d{color:blue}</style>", lambda b: "red" in b))
    ['a', 'b', 'c']
    """
    out: set[str] = set()
    for block in _STYLE_BLOCK.findall(html[:500_000]):
        # each rule ``selectors{body}`` read once (a regex over the block backtracked through
        # every brace-free run: 12.8 s on one 83 KB <style> of a 武汉 portal page)
        for rule in block.split("}"):
            selectors, brace, body = rule.rpartition("{")
            if not brace or not styled(body):
                continue
            for selector in selectors.split(","):
                m = _CLASS_SELECTOR.match(selector)
                if m:
                    out.add(m.group(1))
    return frozenset(out)


#: Class names that say by themselves that an element is not shown, whatever stylesheet hides them (the page saved
#: without its external CSS keeps the class only): ``hide``/``hidden`` and the screen-reader-only and utility
#: classes of common frameworks.  Real damage undone: gov.cn's 公报 pages open with ``<div class="siteurl hide">
#: https://www.gov.cn/</div>`` (field test field8 F8-G2), which came out as the document's first line.
HIDING_CLASS_NAMES = frozenset(
    "hide hidden is-hidden d-none display-none displaynone invisible sr-only visually-hidden visuallyhidden "
    "screen-reader-text element-invisible".split()
)


#: Elements that show words struck through: HTML's deleted text and its presentational strike-through.
STRUCK_TAGS = ("del", "s", "strike")
#: A style that strikes its text through (``text-decoration: line-through``, ``text-decoration-line``).
_STRIKES = lazy_regex(r"text-decoration(?:-line)?\s*:[^;{}]*line-through", regex.I)
#: Struck text is dropped only while it is at most this share of the page's Han characters: a page struck through
#: whole (a repealed text shown so) keeps its words.
STRUCK_SHARE_MAX = 0.5


def drop_struck_text(tree: Any, html: str) -> dict[str, Any] | None:
    """Drop the words a revision view shows struck through: ``应当<del>报请</del><ins>报经</ins>批准`` reads
    ``应当报经批准``.  Returns how many struck elements went and the first ones (the page's metadata
    ``struck_text_dropped``), or None.

    Real damage undone: law databases and people's congress sites show an amended law in a comparison
    view, the words the amendment deleted struck through before the words it inserted; a crawl that
    flattens the markup keeps the former words in the law's sentence.  **Evidence**: the markup itself
    (``<del>``, ``<s>``, ``<strike>``, a ``text-decoration: line-through`` style in the element's
    ``style`` or in a rule of the page's ``<style>`` for its class; Word's HTML export of tracked
    changes writes ``<del>`` too); never when the struck words are more than :data:`STRUCK_SHARE_MAX` of
    the page's Han characters (a whole text shown struck through is still the page's text).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> tree = LexborHTMLParser("<p>应当<del>报请</del><ins>报经</ins>批准，<s>按月</s>按季度报送。</p>")
    >>> drop_struck_text(tree, ""), tree.body.text()
    ({'count': 2, 'first': ['报请', '按月']}, '应当报经批准，按季度报送。')
    >>> html = "<style>.old{text-decoration:line-through;color:#999}</style><p>由<span class='old'>市政府</span>市人民政府决定。</p>"
    >>> tree = LexborHTMLParser(html)
    >>> drop_struck_text(tree, html), tree.body.text()
    ({'count': 1, 'first': ['市政府']}, '由市人民政府决定。')
    >>> tree = LexborHTMLParser("<p>甲<span style='text-decoration:line-through'>　</span>乙</p>")
    >>> drop_struck_text(tree, ""), tree.body.text()
    (None, '甲\u3000乙')
    >>> tree = LexborHTMLParser("<p><del>本条例自公布之日起施行。</del></p>")
    >>> drop_struck_text(tree, ""), tree.body.text()
    (None, '本条例自公布之日起施行。')
    """
    lowered = html.lower()
    styled = "line-through" in lowered
    if not styled and not any(f"<{tag}" in lowered for tag in STRUCK_TAGS) and html:
        return None
    classes = styled_classes(html, lambda body: _STRIKES.search(body) is not None) if styled else frozenset()
    root = tree.body or tree.root
    if root is None:
        return None
    struck = []
    for node in root.traverse(include_text=False):
        if node.tag in STRUCK_TAGS:
            struck.append(node)
            continue
        attrs = node.attributes
        if not attrs:
            continue
        style = attrs.get("style") or ""
        if (style and _STRIKES.search(style)) or (classes and classes.intersection((attrs.get("class") or "").split())):
            struck.append(node)
    if not struck:
        return None
    outer = _outermost(tree, {node.mem_id for node in struck})  # (one inside another goes with it)
    words = [node.text(deep=True) for node in outer]
    outer = [node for node, w in zip(outer, words) if w.strip(" \t\r\n\u3000\xa0")]  # (an empty one strikes nothing)
    words = [w for w in words if w.strip(" \t\r\n\u3000\xa0")]
    if not outer:
        return None
    han = len(_HAN.findall(root.text(deep=True)))
    if han and len(_HAN.findall("".join(words))) > STRUCK_SHARE_MAX * han:
        return None
    for node in outer:
        node.decompose()
    return {"count": len(outer), "first": [w.strip()[:40] for w in words[:RECORDED]]}


def _hidden(node: Any, classes: frozenset[str]) -> bool:
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    style = attrs.get("style")
    if style and _hides(style):
        return True
    return bool(classes) and bool(classes.intersection((attrs.get("class") or "").split()))


#: Sentences (split after their end mark) of this many Han characters identify a block's
#: text; shorter ones (``特此通知。``) recur in any document.
COPY_SENTENCE_MIN = 6
#: Share of a prose block's Han characters in sentences already on the page from which the
#: block is a copy of them.
COPY_SHARE = 0.8
#: The same for a hidden block, read after every visible one: collapsed text of the page's own
#: shares none of its sentences with what is shown, a read-aloud copy most of them (www.gz.gov.cn:
#: 0.52 and 0.78 where its tables and lists run together in the copy and their sentences part
#: otherwise; field test 10, F10-G1, two of the pages the first fix left).
HIDDEN_COPY_SHARE = 0.5
#: Where a block's sentences part: after an end mark, and at a paragraph indent inside a line (two
#: or more spaces: a copy that runs the paragraphs together keeps their ``　　`` indents only).
_AFTER_SENTENCE_END = lazy_regex(r"(?<=[。！？；!?;])|[ \t\u3000\u00a0]{2,}")


def _copied_han(text: str, seen: set[str]) -> int:
    """Han characters of ``text`` in sentences already in ``seen`` (which takes the others).

    Real damage undone: pages that carry their article twice (a PC and a mobile copy on the
    防城港 portal, the 长者专区 copy of a 四川 letter, the hidden read-aloud copy of a 广州
    article: the whole text as one line) gave the main content to ``<body>``, which held both,
    with the site's menus and footer; the letter's copy became a document of its own.  The
    read-aloud copy of www.gz.gov.cn's 规范性文件 runs the paragraphs together with their indents
    only (``一、认定范围　　本市特困人员…执行。``): an indent parts sentences too, or no sentence
    after a heading would match (field test 10: 9 of 11 pages kept the copy and the site's footer).

    >>> seen = set()
    >>> _copied_han("第一条 为了规范管理，制定本办法。第二条 本办法自公布之日起施行。", seen)
    0
    >>> _copied_han("第一条 为了规范管理，制定本办法。第二条 本办法自公布之日起施行。特此通知。", seen)  # (特此通知: too short to count)
    28
    >>> _copied_han("一、范围　　本市按照国家规定，制定相关标准。", {"本市按照国家规定，制定相关标准。"})
    14
    """
    copied = 0
    fresh = []
    for sentence in _AFTER_SENTENCE_END.split(text):
        key = _norm(sentence)
        han = len(_HAN.findall(key))
        if han < COPY_SENTENCE_MIN:
            continue
        if key in seen:
            copied += han
        else:
            fresh.append(key)
    seen.update(fresh)
    return copied


def _measure(
    root: Any, hiding: frozenset[str] = frozenset(), *, find_copies: bool = False
) -> tuple[dict[int, _Stats], list[Any], dict[int, Any], dict[int, int]]:
    """Stats of every element under ``root`` (iteratively: pages nest deep), the
    elements in document order, each element's parent element and its depth.

    With ``find_copies``, a prose block is a copy (:func:`_copied_han`) when its sentences
    stand in a block read before it: the visible blocks in document order first, then the
    hidden ones (``hiding``: the classes the page's style hides), so a hidden copy of the
    text (a read-aloud copy) is the copy, never the visible text."""
    order: list[Any] = []
    parent_of: dict[int, Any] = {}
    depth: dict[int, int] = {}
    block_of: dict[int, int] = {}
    in_link: dict[int, bool] = {}
    in_hidden: dict[int, bool] = {}
    stats: dict[int, _Stats] = {}
    block_text: dict[int, list[str]] = {}
    root_id = root.mem_id
    for node in root.traverse(include_text=True):
        tag = node.tag
        nid = node.mem_id
        parent = node.parent if nid != root_id else None
        pid = parent.mem_id if parent is not None else None
        if tag == "-text":
            if pid is None or pid not in stats:
                continue
            text = node.text_content or ""
            han = len(_HAN.findall(text))
            if not han and not text.strip():
                continue
            bid = block_of[pid]
            block_text.setdefault(bid, []).append(text)
            if in_link[pid]:
                stats[bid].link_han += han
            else:
                stats[bid].han += han
            continue
        if tag.startswith("-") or (pid is not None and pid not in stats):
            continue
        order.append(node)
        stats[nid] = _Stats()
        parent_of[nid] = parent
        depth[nid] = 0 if pid is None else depth[pid] + 1
        link = tag == "a" and not is_cross_reference(node)  # (a cross-reference is text of its block)
        in_link[nid] = link or (pid is not None and in_link[pid])
        in_hidden[nid] = pid is not None and (in_hidden[pid] or _hidden(node, hiding))
        if link:
            stats[nid].links = 1
        if tag == "table":
            stats[nid].tables = 1
        block_of[nid] = nid if (tag in _BLOCKS or pid is None) else block_of[pid]
    # prose: a block's own text (inline descendants, no nested block) reads as sentences;
    # visible blocks first, so that a copy is always the later or the hidden one
    seen: set[str] = set()
    blocks = [bid for bid in block_text if not in_hidden[bid]] + [bid for bid in block_text if in_hidden[bid]]
    for bid in blocks:
        s = stats[bid]
        if s.han >= 2:
            text = "".join(block_text[bid])
            if _CHROME_MARKERS.search(text) and not _many_sentences(text):
                s.marked = s.han
                continue
        if s.han >= PROSE_MIN_END:
            if s.han >= PROSE_LONG or _SENTENCE_END.search(text) or (s.han >= PROSE_MIN and _SENTENCE_MARK.search(text)):
                copied = _copied_han(text, seen) if find_copies else 0
                share = HIDDEN_COPY_SHARE if in_hidden[bid] else COPY_SHARE
                if copied >= PROSE_MIN_END and copied >= share * s.han:
                    s.copied = s.han
                else:
                    s.prose = s.han
    # subtree sums, children before parents
    for node in reversed(order):
        parent = parent_of[node.mem_id]
        if parent is None:
            continue
        s, p = stats[node.mem_id], stats[parent.mem_id]
        p.han += s.han
        p.link_han += s.link_han
        p.prose += s.prose
        p.marked += s.marked
        p.copied += s.copied
        p.links += s.links
        p.tables += s.tables
    return stats, order, parent_of, depth


def _ancestors_of(ids: set[int], order: list[Any], parent_of: dict[int, Any]) -> set[int]:
    """``ids`` and every ancestor of them (the elements that hold one)."""
    out: set[int] = set()
    for node in order:
        if node.mem_id in ids:
            current = node
            while current is not None and current.mem_id not in out:
                out.add(current.mem_id)
                current = parent_of.get(current.mem_id)
    return out


def _tops(candidates: set[int], order: list[Any], parent_of: dict[int, Any]) -> list[Any]:
    """The elements of ``candidates`` not inside another candidate, in document order."""
    covered: dict[int, bool] = {}
    out = []
    for node in order:
        parent = parent_of.get(node.mem_id)
        inside = parent is not None and (covered.get(parent.mem_id, False) or parent.mem_id in candidates)
        covered[node.mem_id] = inside
        if node.mem_id in candidates and not inside:
            out.append(node)
    return out


def _text(node: Any) -> str:
    return _SPACES.sub(" ", node.text(deep=True, separator=" ")).strip()


def _norm(text: str) -> str:
    return _SPACES.sub("", text)


def _link_dense(s: _Stats) -> bool:
    total = s.han + s.link_han
    return s.links > 0 and total > 0 and s.link_han / total >= LINK_DENSE


def _link_list(node: Any, s: _Stats) -> bool:
    """Menus, share bars, related links: 3+ links, mostly link text, short link texts."""
    if s.links < 3 or not _link_dense(s) or s.prose > s.han * 0.5 and s.han > PROSE_LONG:
        return False
    lengths = sorted(len(_norm(a.text(deep=True))) for a in node.css("a") if not is_cross_reference(a))
    return lengths[len(lengths) // 2] <= 16 if lengths else False


def _titles(metadata: dict[str, Any]) -> set[str]:
    """The page's title as the page states it (normalised), to keep it where it stands.
    Each part of ``<title>`` that names no site counts: with a column beside the title
    (``某市人民政府门户网站-某某博物馆-某某纪念馆``) either may be the title."""
    out = set()
    whole = metadata.get("html_title")
    parts = [p for p in title_parts(whole) if not is_site_part(p)] if isinstance(whole, str) else []
    for value in (metadata.get("title_from_html"), metadata.get("html_h1"), metadata.get("meta_title"), *parts):
        if isinstance(value, str) and len(_norm(value)) >= 4:
            out.add(_norm(value))
    box = (metadata.get("info_box") or {}).get("fields", {}).get("title")
    if isinstance(box, str) and len(_norm(box)) >= 4:
        out.add(_norm(box))
    return out


#: Han characters of a link naming a document (a title), not a menu item or a breadcrumb.
DOCUMENT_LINK_HAN = 8
#: How far up from a linked title its list is looked for (a list's entry sits a few levels in).
LIST_DEPTH = 12


def _listed_document(node: Any, stats: dict[int, _Stats], parent_of: dict[int, Any]) -> bool:
    """Whether a node naming the page's title is an entry of a list of links to documents
    (a menu's or a column's latest items) rather than the page's title: its text is link
    text, and the closest element around it holding 3 links or more is mostly link text,
    with 3 links or more naming documents (:data:`DOCUMENT_LINK_HAN` Han characters).

    Real damage undone: nfra.gov.cn's mega-menu lists the latest 行政处罚 decisions, the
    page's own among them; that link protected the whole menu (2,900 characters of
    menus, news lists and 政务咨询) as "the title".  A title linked to itself beside a
    breadcrumb (``首页 > 政务公开``: short links) stays the title.
    """
    s = stats[node.mem_id]
    if s.link_han <= s.han:
        return False
    around = parent_of.get(node.mem_id)
    for _ in range(LIST_DEPTH):  # (bounded: a page nested 10,000 deep costs no more)
        if around is None or stats[around.mem_id].links >= 3:
            break
        around = parent_of.get(around.mem_id)
    if around is None or stats[around.mem_id].links < 3 or not _link_dense(stats[around.mem_id]):
        return False
    named = 0
    for link in around.css("a"):
        if len(_HAN.findall(link.text(deep=True))) >= DOCUMENT_LINK_HAN:
            named += 1
            if named >= 3:
                return True
    return False


def _describe(node: Any) -> str:
    attrs = node.attributes or {}
    out = node.tag
    if attrs.get("id"):
        out += "#" + attrs["id"]
    if attrs.get("class"):
        out += "." + ".".join(attrs["class"].split())
    return out


def _beside_content(branch: Any, path_node: Any, s: _Stats) -> bool:
    """A short branch without links right before or after the content's branch whose
    every line belongs to a document (a signature, a date, 此件公开发布, 附件)."""
    if s.links or not s.han or s.han > 120:
        return False
    near = (_element_sibling(path_node, "prev"), _element_sibling(path_node, "next"))
    if branch.mem_id not in {n.mem_id for n in near if n is not None}:
        return False
    lines = [_norm(line) for line in branch.text(deep=True, separator="\n").split("\n")]
    lines = [line for line in lines if line]
    return bool(lines) and all(_DOCUMENT_LINE.match(line) for line in lines)


def _element_sibling(node: Any, direction: str) -> Any:
    sib = getattr(node, direction)
    while sib is not None and sib.tag.startswith("-"):
        sib = getattr(sib, direction)
    return sib


def strip_chrome(tree: Any, html: str, *, metadata: dict[str, Any] | None = None, keep: Iterable[Any] = ()) -> dict[str, Any] | None:
    """Remove the site chrome of a complete saved page from ``tree`` (in place).

    ``keep`` are elements that must stay (the metadata boxes); ``metadata`` is what
    the page states about itself (its title).  Returns what was dropped (for the
    page's metadata), or None when the page is a fragment or nothing was dropped.

    **Evidence**: the page is a complete page; a branch outside the main content is
    dropped only when it holds no prose, no data table, no title and no metadata box
    (or is a link list); inside the content only hidden elements and link lists go.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> html = ('<html><body><div class="nav"><a>首页</a><a>政务公开</a><a>互动交流</a></div>'
    ...         '<div class="crumb">当前位置：首页 &gt; 政策法规</div><div class="main"><h1>某市条例</h1>'
    ...         '<p>第一条 为了规范管理，制定本条例。</p><p>第二条 本条例自公布之日起施行。</p></div>'
    ...         '<div class="foot">主办：某市人民政府 网站标识码：1234</div></body></html>')
    >>> tree = LexborHTMLParser(html)
    >>> record = strip_chrome(tree, html)
    >>> tree.body.text(separator="|")
    '某市条例|第一条 为了规范管理，制定本条例。|第二条 本条例自公布之日起施行。'
    >>> record["kept"], record["dropped_blocks"]
    ('div.main', 3)
    """
    body = tree.body
    if body is None or not is_complete_page(html):
        return None
    dropped: list[str] = []
    dropped_chars = 0

    def drop(nodes: list[Any]) -> None:
        nonlocal dropped_chars
        for node in nodes:
            text = _text(node)
            if text:
                dropped.append(text[:40])
                dropped_chars += len(text)
        for node in nodes:
            node.decompose()

    keep_ids = {n.mem_id for n in keep}
    hiding = hidden_classes(html) | _hiding_classes(html) | HIDING_CLASS_NAMES
    stats, order, parent_of, depth = _measure(body, hiding, find_copies=True)
    holders = _ancestors_of(keep_ids, order, parent_of)
    hidden = {n.mem_id for n in order if n.mem_id != body.mem_id and n.mem_id not in holders and _hidden(n, hiding)}
    drop([n for n in _tops(hidden, order, parent_of) if stats[n.mem_id].prose < HIDDEN_PROSE_KEPT])
    titles = _titles(metadata or {})
    panels = empty_panels(body, keep=_ancestors_of(keep_ids, order, parent_of), titles=titles)
    drop(_outermost(tree, {n.mem_id for n in panels}))  # (a panel may hold another)
    if dropped:
        stats, order, parent_of, depth = _measure(body, hiding, find_copies=True)
    total = stats[body.mem_id].prose
    main = body
    if total:  # the elements holding MAIN_SHARE of the prose form a chain: the best scored, deepest on a tie
        chain = [n for n in order if stats[n.mem_id].prose >= MAIN_SHARE * total]
        main = max(chain, key=lambda n: (stats[n.mem_id].score(), depth[n.mem_id]))
    sizes = {len(_HAN.findall(t)) for t in titles}
    title_nodes = {
        n.mem_id for n in order
        if stats[n.mem_id].han + stats[n.mem_id].link_han in sizes and n.mem_id != body.mem_id and _norm(_text(n)) in titles
        and not _listed_document(n, stats, parent_of)
    }
    protected = _ancestors_of(keep_ids | title_nodes, order, parent_of)
    holders = _ancestors_of(keep_ids, order, parent_of)
    # branches off the path from <body> down to the main content
    chrome: list[Any] = []
    copies: list[Any] = []
    node = main
    while node is not None and node.mem_id != body.mem_id:
        parent = parent_of[node.mem_id]
        for branch in _children(parent):
            if branch.mem_id == node.mem_id or branch.mem_id not in stats or branch.mem_id in holders:
                continue
            s = stats[branch.mem_id]
            if _a_copy(s):
                copies.append(branch)  # a second copy of the text, whatever title it repeats
                continue
            if branch.mem_id in protected:
                continue
            if s.han + s.link_han == 0:
                continue  # nothing to read: no chrome text either
            footer = s.marked and s.prose < PROSE_KEPT_BESIDE_MARKERS
            if not _link_dense(s) and not footer and (s.prose or _data_table(branch, stats)):
                continue
            if _beside_content(branch, node, s):
                continue
            chrome.append(branch)
        node = parent
    copy_record = [_copy_record(n, main, stats) for n in copies]
    drop(copies + chrome)
    # inside the content: link lists only
    if main.mem_id != body.mem_id:
        inner, inner_order, inner_parent, _ = _measure(main)
        lists = {n.mem_id for n in inner_order if n.mem_id != main.mem_id and n.tag in _BLOCKS
                 and n.mem_id not in protected and _link_list(n, inner[n.mem_id])}
        drop(_tops(lists, inner_order, inner_parent))
    if not dropped:
        return None
    record = {"kept": _describe(main), "dropped_blocks": len(dropped), "dropped_chars": dropped_chars, "dropped": dropped[:RECORDED]}
    if copy_record:
        record["copies_dropped"] = copy_record[:RECORDED]
    return record


#: Elements a panel lists its items in.
_LIST_TAGS = frozenset({"ul", "ol", "dl"})
#: A panel's heading: a few Han characters, nothing else but a closing colon (相关稿件, 新闻发布会, 附件：).
_PANEL_HEADING = lazy_regex(r"^\p{Han}{2,10}[:：]?$")
_COLON_END = lazy_regex(r"[:：]$")
#: A heading of the document's own structure (第一章, 第三条) is no panel's, whatever follows it.
_STRUCTURE_LABEL = lazy_regex(r"^第[零〇一二三四五六七八九十百千两\d]+[编章节条款项]")
#: What an element shows besides text: it is not empty with one of these.
_SHOWN = "img, a, iframe, object, embed, video, audio, input, table"


_SHOWN_TAGS = frozenset(tag.strip() for tag in _SHOWN.split(","))


def _showing(root: Any) -> set[int]:
    """The ``mem_id`` of every node under ``root`` that shows something: text, or an element of :data:`_SHOWN`, in
    it or under it (comments, ``<br>`` and spacer divs show nothing).

    One pass over the tree, children before parents: asking each node for its deep text read its whole subtree,
    and a page of nested ``<div>`` took time quadratic in its depth (10,000 levels: 2.3 s; layout20, a leftover of
    reader19).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> body = LexborHTMLParser("<div><p> </p><br><!-- x --></div><div><span><img src=a.png></span></div><p>甲</p>").body
    >>> [n.tag for n in body.iter() if n.mem_id in _showing(body)]
    ['div', 'p']
    """
    showing: set[int] = set()
    for node in reversed(list(root.traverse(include_text=True))):
        tag = node.tag
        if node.mem_id not in showing:
            if tag == "-text":
                if not _norm(node.text_content or ""):
                    continue
            elif tag.startswith("-") or tag == "br" or tag not in _SHOWN_TAGS:
                continue
            showing.add(node.mem_id)
        parent = node.parent
        if parent is not None:
            showing.add(parent.mem_id)
    return showing


def _empty(node: Any, showing: set[int]) -> bool:
    """Whether a node shows nothing: no text and nothing of :data:`_SHOWN` (comments, ``<br>``, spacer divs);
    ``showing``: :func:`_showing` of a tree holding it."""
    return node.mem_id not in showing


def _alone(heading: Any, trailing: list[Any], showing: set[int]) -> bool:
    """Whether ``heading`` and the empty ``trailing`` nodes after it are all its parent shows."""
    node = heading.prev
    while node is not None:
        if not _empty(node, showing):
            return False
        node = node.prev
    return True


def empty_panels(root: Any, *, keep: set[int] = frozenset(), titles: set[str] = frozenset()) -> list[Any]:
    """The panels of a page whose item list is empty: a heading (:data:`_PANEL_HEADING`) that is the last thing its
    parent shows, followed only by empty elements among which an empty list (``<ul>``, ``<ol>``, ``<dl>``), or a
    heading ending in a colon (``附件：``) that is all its parent shows, followed by an empty ``<div>`` (the box its
    items would fill; an empty ``<span>`` after ``具体标准见下表：`` is Word's markup, not a box).  The template renders the heading whether or not the
    list gets items (a script hides it when empty); with no items the heading heads nothing.  Returns the heading
    and the empty elements after it, for each such panel; never an element of ``keep``, a title of ``titles`` or a
    heading of the document's structure (第一章).  One walk of the page.

    Real damage undone: gov.cn's 公报 page ended with ``相关稿件`` (field test field8 F8-G2,
    ``<div class="pannel-title">相关稿件</div><ul class="list01"></ul>``); dg.gov.cn's notice ended with
    ``附件：⏎相关附件⏎媒体报道⏎音频视频⏎文件⏎部门解读⏎图解类⏎新闻发布会⏎访谈⏎其他⏎文章关键词：⏎相关新闻`` — nine
    related-content tabs, each ``<strong>`` + an empty ``<ul>``, and an empty attachment box, which ingest made an
    attachment document titled ``媒体报道音频视频文件部门解读`` (field8b F8B-R5).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> tree = LexborHTMLParser('<body><p>第一条 为了规范管理，制定本办法。</p><div><strong>相关附件</strong><ul> </ul></div>'
    ...     '<div><p>附件：</p><div class="f-APPENDIX"> </div></div><div><p>附件：</p><div><a href="a.pdf">名单.pdf</a></div></div>'
    ...     '<div><h2>第一章 总则</h2><ul></ul></div><p><span>具体标准见下表：</span><span></span></p>'
    ...     '<div><p>第二条 本办法所称标准如下：</p><p>现通知如下：</p><div class="clear"></div></div></body>')
    >>> [_norm(n.text()) for n in empty_panels(tree.body)]
    ['相关附件', '', '附件：', '']
    """
    out: list[Any] = []
    showing = _showing(root)
    for parent in root.traverse():
        trailing: list[Any] = []
        heading = None
        for child in reversed(list(parent.iter(include_text=True))):
            if _empty(child, showing):
                trailing.append(child)
                continue
            heading = child
            break
        if heading is None or not trailing or heading.tag.startswith("-") or heading.mem_id in keep:
            continue
        text = _norm(heading.text(deep=True))
        if not _PANEL_HEADING.match(text) or _STRUCTURE_LABEL.match(text) or text in titles or heading.css_first(_SHOWN):
            continue
        if any(node.tag in _LIST_TAGS for node in trailing) or (
            _COLON_END.search(text) and any(node.tag == "div" for node in trailing) and _alone(heading, trailing, showing)
        ):
            out.append(heading)
            out.extend(node for node in reversed(trailing) if not node.tag.startswith("-"))
    return out


#: Characters recorded of a paragraph that only one of two copies of the text holds.
COPY_DIFF_CHARS = 80


def _copy_record(copy: Any, main: Any, stats: dict[int, _Stats]) -> dict[str, Any]:
    """What a dropped second copy of the text was, and the paragraphs (prose lines) that
    only it or only the kept text holds: two copies of one page differ where one was
    altered (the 防城港 page's PC copy names an inserted participant its mobile copy does
    not), so the record keeps that evidence."""
    copy_lines, kept_lines = _prose_lines(copy), _prose_lines(main)
    copy_keys = {key for _, keys in copy_lines for key in keys}
    kept_keys = {key for _, keys in kept_lines for key in keys}
    return {
        "first": _text(copy)[:40],
        "copied_han": stats[copy.mem_id].copied,
        "only_in_copy": [line[:COPY_DIFF_CHARS] for line, keys in copy_lines if not keys & kept_keys][:3],
        "only_in_text": [line[:COPY_DIFF_CHARS] for line, keys in kept_lines if not keys & copy_keys][:3],
    }


def _prose_lines(node: Any) -> list[tuple[str, set[str]]]:
    """The paragraphs under a node (blocks holding no block) that read as prose, each with
    its sentence keys (see :func:`_copied_han`)."""
    blocks = [n for n in node.traverse() if n.tag in _BLOCKS]
    holding = {n.parent.mem_id for n in blocks if n.parent is not None}
    out = []
    for block in blocks:
        if block.mem_id in holding:
            continue
        line = _text(block)
        if not _prose(line):
            continue
        keys: set[str] = set()
        _copied_han(line, keys)
        if keys:
            out.append((line, keys))
    return out


def _prose(text: str) -> bool:
    """Whether a block's text reads as prose (see the module's docstring, 3.)."""
    han = len(_HAN.findall(text))
    return han >= PROSE_MIN_END and (
        han >= PROSE_LONG or bool(_SENTENCE_END.search(text)) or (han >= PROSE_MIN and bool(_SENTENCE_MARK.search(text)))
    )


def _a_copy(s: _Stats) -> bool:
    """A branch that is a second copy of text the page already gave: its prose is nearly
    all sentences read before it (:func:`_copied_han`)."""
    return s.copied >= PROSE_LONG and s.copied >= COPY_SHARE * (s.copied + s.prose)


def _children(node: Any) -> list[Any]:
    out = []
    child = node.child
    while child is not None:
        if not child.tag.startswith("-"):
            out.append(child)
        child = child.next
    return out


def _data_table(branch: Any, stats: dict[int, _Stats]) -> bool:
    """A table of data (2+ rows of 2+ cells with text) in the branch, not a link list."""
    for table in branch.css("table") if branch.tag != "table" else [branch]:
        rows = 0
        for tr in table.css("tr"):
            cells = [c for c in tr.iter() if c.tag in ("td", "th") and _norm(c.text(deep=True))]
            if len(cells) >= 2:
                rows += 1
        if rows >= 2 and not _link_dense(stats.get(table.mem_id) or _Stats()):
            return True
    return False


__all__ = ["drop_back_links", "drop_wiki_furniture", "empty_panels", "is_mediawiki", "is_complete_page", "is_cross_reference", "strip_chrome"]
