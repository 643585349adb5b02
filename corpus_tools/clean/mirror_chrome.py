"""What mirrors, wikis, news sites and document farms put around a law they copy.

Real damage undone, whole lines (and a wiki's edit links, a breadcrumb's pasted crumb, as spans):

* a **wiki's section edit links** (``编辑``, ``[编辑]``) at the article headings of a text dump;
* a **Wikisource header**: its navigation row (``← | 上一版本 | 标题 日期 |``), the ``|`` closing the note row under
  it, and its amendment notes (``* 已更改 - 請查閱:第20/2021號法律``) with their ``*`` marks at the headings;
* a **Wikisource footer** at the end of a text dump: licence box, retrieval line, categories, the wiki's footer;
* a **wiki's reference list** (``↑`` back-links) under the law, with its ``[1]`` markers in the text;
* a **mail's or forum post's signature** under the law it copies (``--⏎此致 敬礼⏎发自我的iPhone``);
* a site's **breadcrumb of link texts** above the text (``大萌法律读本 >> 2020-民法典``), and its
  first crumb pasted at the end of a line of the text;
* a **document-sharing site's field list** and share line (``- 页数：16⏎- 大小：66.98KB``);
* a **news report's wrapper** around the document it reposts: the handover phrase (``以下为通告原文：``)
  with the news lead above it, the report's credits line, its repost notice;
* a **document farm's wrapper** (写写帮文库: ``简介：…小编为你整理了多篇相关的《…》…``, ``第一篇：…``);
* a **law mirror's status box** under the title: its status line and its own notes;
* a **law database's empty relation fields** (``已更改 : | ||``, ``相關法規 : | ||``: AsianLII).
"""

from __future__ import annotations

import itertools

import regex

from corpus_tools.clean import codepage
from corpus_tools.clean.page_lines import CONTENT_LINE_RE, hinted_lines, line_bounds
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import INDENT, INDENT_CLASS, INDENT_RE


# --------------------------------------------------------------------------
# A wiki's section edit links
# --------------------------------------------------------------------------

#: A heading a wiki gives an edit link: an article or division label with a short
#: heading and no sentence punctuation (``第一條 標的``, ``第二章 總則``).
_WIKI_HEADING = (
    rf"{INDENT_CLASS}*第[一二三四五六七八九十百千零〇\d]{{1,6}}[條条章節节編编部]"
    rf"(?:{INDENT_CLASS}*[^\n。；，：:,;]{{0,40}}?)"
)
_WIKI_HEADING_RE = lazy_regex(_WIKI_HEADING)
#: The edit link's word.
_EDIT_WORD_RE = lazy_re("编辑|編輯")
_BRACKETS = ("[［【", "]］】")
#: A wiki page shows the link at every heading: one alone proves nothing.
_EDIT_LINKS_MIN = 2


_LINE_BLANKS = INDENT + "\xa0"


def _blanks_before(text: str, pos: int) -> int:
    """``pos`` moved back over the blanks (indentation) before it."""
    while pos > 0 and text[pos - 1] in _LINE_BLANKS:
        pos -= 1
    return pos


def _blanks_after(text: str, pos: int) -> int:
    """``pos`` moved on over the blanks after it."""
    while pos < len(text) and text[pos] in _LINE_BLANKS:
        pos += 1
    return pos


def wiki_edit_links(text: str) -> list[tuple[int, int]]:
    """A wiki's section edit link (``编辑``, ``[编辑]``) kept at the article headings of a text dump.

    Real damage: zh.wikisource renders an edit link after each article heading; the page's
    text has it glued to the first paragraph (``第一條 標的⏎编辑本法律旨在對…``), and every
    article of 第26/2024號法律 (Macau) began ``编辑`` (field test 8b, F8B-W1).

    **Evidence**: ``编辑`` opening the line right under a heading (an article or division
    label with a short heading, no sentence punctuation; blank lines between allowed), or
    ``[编辑]`` closing the heading's line, at :data:`_EDIT_LINKS_MIN` headings of the page
    or more, and the page writes the word nowhere else: a law about editing (``第十条 编辑责任`` ⏎
    ``编辑应当对稿件负责。``) uses it in its own text, a wiki page's law does not.  A paragraph that
    opens with the word (``编辑出版…``) under a heading once is not enough.

    >>> t = "第一條 標的\\n编辑本法律旨在對若干法律進行處理：\\n第二條 適應化及整合\\n编辑一、對附件一所載法律進行適應化。"
    >>> [t[a:b] for a, b in wiki_edit_links(t)]
    ['编辑', '编辑']
    >>> wiki_edit_links("第一章 总则\\n编辑出版活动应当遵守宪法和法律。\\n第一条 为了规范。")
    []
    >>> wiki_edit_links("第十条 编辑责任\\n编辑应当对稿件负责。\\n第十一条 编辑审核\\n编辑部门应当审核。")
    []
    """
    if "编辑" not in text and "編輯" not in text:
        return []
    found: list[tuple[int, int]] = []
    for word in _EDIT_WORD_RE.finditer(text):  # (each test reads the word's own line and the one above)
        start, end = word.span()
        if start > 0 and text[start - 1] in _BRACKETS[0] and text[end:end + 1] in _BRACKETS[1]:
            after = _blanks_after(text, end + 1)
            if after < len(text) and text[after] != "\n":
                continue  # not closing its line
            head_end = _blanks_before(text, start - 1)
            line_start = text.rfind("\n", 0, head_end) + 1
            if _WIKI_HEADING_RE.fullmatch(text, line_start, head_end):
                found.append((head_end, end + 1))
            continue
        line_start = _blanks_before(text, start)
        if line_start == 0 or text[line_start - 1] != "\n":
            continue  # not at the line's start
        above_end, blanks = line_start - 1, 0
        while above_end > 0 and blanks < 3 and _blanks_before(text, above_end) in (0, text.rfind("\n", 0, above_end) + 1):
            above_end, blanks = text.rfind("\n", 0, above_end), blanks + 1  # blank lines between heading and link
        above_start = text.rfind("\n", 0, above_end) + 1
        if above_end > 0 and _WIKI_HEADING_RE.fullmatch(text, above_start, above_end):
            found.append((start, end))
    if len(found) < _EDIT_LINKS_MIN:
        return []
    uses = sum(1 for _ in _EDIT_WORD_RE.finditer(text))
    return sorted(found) if uses == len(found) else []  # the page writes the word elsewhere: it is its text


# --------------------------------------------------------------------------
# A Wikisource header: navigation row, note row, amendment notes
# --------------------------------------------------------------------------

#: Wikisource's header template as a text dump prints it: a row opening with ``←`` (the previous
#: version, maybe named), its cells between ``|`` (the title, the date), closing on ``|`` or on the
#: next version's ``→``, at most this far down the page.
_WIKI_NAV_ROW_RE = lazy_regex(r"[ \t]*←[^\n|]{0,80}\|[^\n|]{1,200}\|[^\n]{0,200}?(?:\||→)[ \t]*")
_WIKI_NAV_LINES = 5
#: An amendment note of Wikisource's Macau laws (``* 已更改 - 請查閱:第20/2021號法律``) from its ``*``; at its
#: line's start, or after the heading's edit link (``編輯* 已更改 - …``).
_AMENDMENT_NOTE_RE = lazy_regex(
    r"\*[ \t]*(?:已更改|已修改|已廢止|已废止|已撤銷|已撤销)[ \t]*[-–—－][ \t]*(?:請查閱|请查阅|參閱|参阅)[ \t]*[:：][^\n]{1,80}"
)
_AMENDMENT_HINT = lazy_re(r"\*[ \t]*(?:已更改|已修改|已廢止|已废止|已撤銷|已撤销)")
#: What may stand before an amendment note's ``*`` on its line.
_NOTE_PREFIXES = ("", "编辑", "編輯")
#: The note's mark at a heading: ``第一條*`` or a heading's last character (``…的法規及文件*``).
_MARKED_HEADING_RE = lazy_regex(
    rf"{INDENT_CLASS}*第[一二三四五六七八九十百千零〇\d]{{1,6}}[條条章節节](?P<star>\*)?{INDENT_CLASS}*[^\n。；，：:,;*]{{0,40}}?(?P<end>\*)?{INDENT_CLASS}*$",
)


def wiki_header_rows(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A Wikisource page's header and amendment notes: ``(lines, spans)``, the lines to remove whole
    (its navigation row, its amendment notes) and the spans inside lines (the ``|`` that closes the
    note row under the navigation row, the ``*`` that marks an amended article's heading).

    Real damage: zh.wikisource's Macau law 3/1999 (2022 text, field test 13, F13-B4) kept
    ``← | 第3/1999號法律 (2009年) | 第3/1999號法律 法規的公佈與格式 2022年1月1日 |`` under its title, a ``|``
    after its adoption note, and ``第一條*`` … ``* 已更改 - 請查閱:第20/2021號法律`` at two articles.

    **Evidence**: the navigation row's shape (``←`` and three cell borders) in the page's first lines;
    the note row is the line right under it; an amendment note's fixed wording (``已更改 - 請查閱:``);
    a heading's ``*`` only on a page holding such a note.  A law's own ``*`` (a footnote mark) on a
    page without the note stays.

    >>> t = "第3/1999號法律\\n← | 上一版 | 法規的公佈與格式 2022年1月1日 |\\n《第3/1999號法律》經立法會通過。 |\\n第一條* 《公報》\\n一、公報。\\n* 已更改 - 請查閱:第20/2021號法律\\n第二條 公佈"
    >>> lines, spans = wiki_header_rows(t)
    >>> [t[a:b] for a, b in lines], [t[a:b] for a, b in spans]
    (['← | 上一版 | 法規的公佈與格式 2022年1月1日 |', '* 已更改 - 請查閱:第20/2021號法律'], [' |', '*'])
    >>> wiki_header_rows("第一条* 本条例所称…\\n注：* 见附件。")
    ([], [])
    """
    lines: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    if "←" in text[:2000]:
        for number, (start, end) in enumerate(line_bounds(text, 0, min(len(text), 2000))):
            if number >= _WIKI_NAV_LINES:
                break
            if _WIKI_NAV_ROW_RE.fullmatch(text, start, end):
                lines.append((start, end))
                below_end = text.find("\n", end + 1)
                below_end = len(text) if below_end < 0 else below_end
                below = text[end + 1 : below_end].rstrip(" \t")  # the note row: closing on " |"
                if end < len(text) and below.endswith(" |") and below[:-2].strip():
                    bar = end + 1 + len(below) - 1
                    spans.append((_blanks_before(text, bar), below_end))
                break
    if not _AMENDMENT_HINT.search(text):
        return lines, spans
    notes = []
    for hint in _AMENDMENT_HINT.finditer(text):
        at = hint.start()
        window = max(0, at - 8)  # (a note's line holds at most an edit link before it: no long look back)
        newline = text.rfind("\n", window, at)
        if newline < 0 and window > 0:
            continue
        if text[newline + 1 : at].strip(" \t") not in _NOTE_PREFIXES:
            continue
        note = _AMENDMENT_NOTE_RE.match(text, at)
        if note and (note.end() == len(text) or text[note.end()] == "\n"):
            notes.append((newline + 1, note.end()))  # (an edit link opening the line goes with it)
    if not notes:
        return lines, spans
    for start, end in line_bounds(text):
        if "*" not in text[start:end] or not (heading := _MARKED_HEADING_RE.fullmatch(text, start, end)):
            continue
        spans += [heading.span(group) for group in ("star", "end") if heading.group(group)]
    return sorted(lines + notes), sorted(spans)


# --------------------------------------------------------------------------
# A Wikisource footer: licence box, retrieval line, categories, the wiki's own footer
# --------------------------------------------------------------------------

#: The retrieval line's words (``检索自“``, Traditional ``取自“``) before the page's address on a wiki of
#: Wikimedia, the address maybe on the next line (a text dump breaks the line at the link).
_WIKI_RETRIEVED_RE = lazy_regex(
    r"(?:检索自|檢索自|取自|来自|來自)[ \t]*[“\"「『]?[ \t]*\n?[ \t]*https?://[a-z-]{2,12}(?:\.m)?\.(?:wikisource|wikipedia)\.org/"
)
#: Words only a Wikimedia wiki's footer writes (one of them must follow the retrieval line).
_WIKI_FOOTER_WORDS_RE = lazy_re(
    r"此页面最后编辑于|此頁面最後編輯於|本页面最后修订于|本頁面最後修訂於|Wikisource®|Wikipedia®|维基媒体基金会|維基媒體基金會"
    r"|维基文库标志|維基文庫標誌|关于维基文库|關於維基文庫|移动版视图|行動版檢視"
)
#: The first line of the licence box a wiki prints above its retrieval line (``本作品来自…``, ``本作品在全世界
#: 都属于公有领域``, ``本作品在美國以外…``): the footer starts there when the box is right above.
_LICENCE_OPENING_RE = lazy_regex(r"[ \t\u3000]*(?:本作品|這部作品|这部作品|此作品)")
#: The licence box's lines above the retrieval line, and their length (its wrapped sentences).
_LICENCE_LINES, _LICENCE_LINE_CHARS = 16, 120
#: The lines below the retrieval line: categories, stamp, licence, links, the page's menu (1种语言, 添加话题).
_WIKI_TAIL_LINES, _WIKI_TAIL_CHARS = 80, 6000
_WIKI_LABEL_RE = lazy_regex(r"^[ \t\u3000]*第[一二三四五六七八九十百千零〇\d]{1,6}[条條]", regex.M)


def wiki_footer_block(text: str) -> tuple[int, int] | None:
    """A Wikimedia wiki's footer kept at the end of a text dump of its page, from its licence box to the
    end of the text (whole lines).

    Real damage: the text extracted from zh.wikisource's pages of 公司法 1999 and 2004 (CHINGBOH/law-corpus
    ``raw.txt``, field test 16 F16-N2) ended, after 第二百三十条, with the licence box (``本作品来自⏎中华人民共和国法律⏎
    。依据《⏎中华人民共和国著作权法⏎》第五条，…公有领域⏎。⏎Public domain⏎false``), the retrieval line
    (``检索自“⏎https://zh.wikisource.org/w/index.php?title=…⏎”``), the categories, ``此页面最后编辑于…``, the
    licence of the site, ``Wikisource®和维基文库标志是⏎维基媒体基金会⏎的注册商标…``, ``隐私政策`` … ``移动版视图``,
    ``开关目录``, the page's name, ``1种语言``, ``添加话题``: about 40 lines inside the last article.  The HTML
    reader drops the same footer as the parts of the page around its content; the text keeps no markup, so
    its evidence is the footer's own wording.

    **Evidence**: the retrieval line (``检索自“`` / ``取自“`` and a Wikisource or Wikipedia address, the
    address maybe on the next line) followed, within :data:`_WIKI_TAIL_LINES` lines, by a word only the
    wiki's footer writes (``此页面最后编辑于``, ``Wikisource®``, ``维基媒体基金会``…), and no article label
    below it: the text ends there.  The licence box above goes with it when its first line (``本作品…``)
    stands at most :data:`_LICENCE_LINES` short lines above, with no article label between.  A law
    that cites a wiki page, or a page without the footer's words, keeps everything.

    >>> t = ("第二百三十条 本法自1994年7月1日起施行。\\n本作品来自\\n中华人民共和国法律\\n。依据《\\n中华人民共和国著作权法\\n》第五条，"
    ...      "本作品不适用于该法，所以属于\\n公有领域\\n。\\nPublic domain\\nfalse\\n检索自“\\n"
    ...      "https://zh.wikisource.org/w/index.php?title=中华人民共和国公司法_(1999年)&oldid=396725\\n”\\n分类\\n：\\n"
    ...      "此页面最后编辑于2013年10月31日 (星期四) 12:43。\\n隐私政策\\n关于维基文库\\n添加话题\\n")
    >>> start, end = wiki_footer_block(t)
    >>> t[:start], t[end:]
    ('第二百三十条 本法自1994年7月1日起施行。\\n', '\\n')
    >>> wiki_footer_block("第一条 本条例参照维基文库（检索自“https://zh.wikisource.org/wiki/某条例”）的文本。\\n第二条 施行。\\n") is None
    True
    """
    found = _retrieved_footer(text)
    return found if found is not None else _licence_tail(text)


def _retrieved_footer(text: str) -> tuple[int, int] | None:
    """:func:`wiki_footer_block`'s footer proved by its retrieval line and the wiki's footer words."""
    if "wiki" not in text:
        return None
    anchor = None
    for m in _WIKI_RETRIEVED_RE.finditer(text):
        anchor = m
    if anchor is None:
        return None
    start = text.rfind("\n", 0, anchor.start()) + 1
    lines = list(itertools.islice(line_bounds(text, start), _WIKI_TAIL_LINES + 1))
    if len(lines) > _WIKI_TAIL_LINES or len(text) - start > _WIKI_TAIL_CHARS:
        return None  # a long text goes on below: no page's footer
    if _WIKI_FOOTER_WORDS_RE.search(text, start) is None or _WIKI_LABEL_RE.search(text, start):
        return None
    above = start
    for _ in range(_LICENCE_LINES):
        if above == 0:
            break
        line_start = text.rfind("\n", 0, above - 1) + 1
        line = text[line_start:above - 1]
        if len(line) > _LICENCE_LINE_CHARS or _WIKI_LABEL_RE.match(line):
            break
        if _LICENCE_OPENING_RE.match(line):
            start = line_start
            break
        above = line_start
    end = len(text) - 1 if text.endswith("\n") else len(text)
    return start, end



#: Words a wiki's licence box holds (its public-domain or licence template).
_LICENCE_WORDS_RE = lazy_re(r"公有领域|公有領域|公共领域|公共領域|[Pp]ublic domain|知识共享|知識共享|GFDL|CC[ -]BY")
#: A line a wiki's tail holds under its licence box: a category line (``分类：行政法规``), the retrieval line,
#: the box's template residue (``Public domain``, ``false``), the wiki's footer words.
_WIKI_TAIL_LINE_RE = lazy_regex(
    r"[ \t\u3000]*(?:(?:页面|頁面)?分[类類][ \t\u3000]*[:：][^\n]{0,80}|Categor(?:y|ies)[ \t]*:[^\n]{0,80}"
    r"|(?:检索自|檢索自|取自|来自|來自)[ \t]*[“\"「『][^\n]{0,300}|Public domain|false|[”\"」』]"
    r"|[^\n]{0,40}(?:此页面最后编辑于|此頁面最後編輯於|维基媒体基金会|維基媒體基金會)[^\n]{0,120})?[ \t\u3000\u200b]*"
)
#: A wiki's name: a licence box with neither a category nor a retrieval line under it needs it on the page.
_WIKI_NAME_RE = lazy_re(r"维基文库|維基文庫|维基百科|維基百科|[Ww]ikisource|[Ww]ikipedia")


def _licence_tail(text: str) -> tuple[int, int] | None:
    """A wiki's licence box closing a text dump, with the category and retrieval lines under it (whole lines), when no
    retrieval line with the wiki's address and footer words proves the whole footer (:func:`wiki_footer_block`).

    Real damage (set 5's Wikisource pages, session 23): a copy of a zh.wikisource page ends with the licence box of
    its public-domain template and the page's categories, and both stayed inside the last article::

        第二十三条 本规定自2006年1月1日起施行。⏎⏎本作品来自中华人民共和国的法律、法规、…在中华人民共和国境内属于公有领域。⏎⏎分类：行政法规

    **Evidence**: below the last article, a box opening ``本作品`` / ``这部作品`` / ``此作品`` (at most
    :data:`_LICENCE_LINES` short lines, no article label) whose words are a licence's (``公有领域``, ``Public domain``,
    ``知识共享``…), and under it only a wiki's tail lines to the end of the text (categories, retrieval line, the
    template's residue, blank lines); a category or retrieval line among them, or the wiki's name on the page.  A law
    saying ``本作品`` in its text (not in a box closing the text, or with no licence's words) keeps it.

    >>> t = "第二十三条 本规定自2006年1月1日起施行。\\n\\n本作品来自中华人民共和国的法律、法规。在中华人民共和国境内属于公有领域。\\n\\n分类：行政法规\\n"
    >>> start, end = _licence_tail(t)
    >>> t[:start], t[end:]
    ('第二十三条 本规定自2006年1月1日起施行。\\n\\n', '\\n')
    >>> _licence_tail("第九条 本作品的著作权人可以声明放弃权利，使其进入公有领域。\\n\\n分类：行政法规\\n") is None
    True
    >>> _licence_tail("第九条 施行。\\n本作品在全世界都属于公有领域。\\n第十条 本办法自公布之日起施行。\\n") is None
    True
    """
    reach = max(0, len(text) - _WIKI_TAIL_CHARS)
    if not any(word in text[reach:] for word in ("作品", "分类", "分類", "自“", "Categor")):
        return None  # exact gate: a box opens with 作品's words, the other tail lines hold one of these
    bounds = list(line_bounds(text, text.rfind("\n", 0, reach) + 1 if reach else 0))
    k = len(bounds) - 1
    tail_words = False
    while k >= 0 and _WIKI_TAIL_LINE_RE.fullmatch(text, *bounds[k]):
        tail_words |= bool(text[bounds[k][0]:bounds[k][1]].strip(" \t\u3000\u200b"))
        k -= 1
    end = len(text) - 1 if text.endswith("\n") else len(text)
    box = _licence_box(text, bounds, k)
    if box is None:
        return None  # (a retrieval line or categories alone, without the wiki's footer words: kept, field 16)
    return (box, end) if tail_words or _WIKI_NAME_RE.search(text) is not None else None


def _licence_box(text: str, bounds: list[tuple[int, int]], k: int) -> int | None:
    """Where the licence box ending on line ``k`` of ``bounds`` starts (:func:`_licence_tail`), or None."""
    box_end = k
    for _ in range(_LICENCE_LINES):
        if k < 0:
            return None
        line = text[bounds[k][0]:bounds[k][1]]
        if len(line) > _LICENCE_LINE_CHARS * 2 or _WIKI_LABEL_RE.match(line):
            return None
        if _LICENCE_OPENING_RE.match(line):
            break
        k -= 1
    else:
        return None
    if k <= 0 or box_end < 0 or _LICENCE_WORDS_RE.search(text, bounds[k][0], bounds[box_end][1]) is None:
        return None  # (a page that is nothing but the box: no law's text above it)
    return bounds[k][0]

# --------------------------------------------------------------------------
# A wiki's reference list: ``↑`` back-links under the law, ``[1]`` markers in it
# --------------------------------------------------------------------------

#: A note of a MediaWiki reference list as a text dump prints it: its back-link ``↑`` (``^``) opening the line, maybe
#: after the note's number (``1. ↑``), maybe followed by the letters or sub-numbers of a reused reference (``↑ 1.0 1.1``).
_WIKI_NOTE_LINE_RE = lazy_regex(
    r"[ \t\u3000]*(?:\d{1,3}[.．、][ \t\u3000]*)?↑[ \t\u3000]*(?:(?:\d{1,3}\.\d{1,2}|[a-z])[ \t\u3000]+)*[^\s↑][^\n]{0,300}"
)
#: The reference list's head (its edit link maybe kept).
_WIKI_NOTES_HEAD_RE = lazy_regex(
    r"[ \t\u3000]*(?:注释|註釋|注解|註解|脚注|腳註|注|註|参考资料|參考資料|参考文献|參考文獻|参考|參考|引用|来源|來源|References|Notes)"
    r"[ \t\u3000]*(?:[\[［【]?(?:编辑|編輯)[\]］】]?)?[ \t\u3000]*"
)
#: A reference's marker in the text, glued after a word: ``[1]``, ``[注 1]``.
_WIKI_REF_RE = lazy_regex(r"(?<=\S)\[(?:注[ \t]?)?(\d{1,3})\]")


def wiki_reference_notes(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A wiki's reference list under the law (lines: its head and notes) and the reference markers in the law that
    point to it (spans).

    Real damage (set 5's Wikisource family, session 23): a copy of a MediaWiki page keeps the page's references:
    ``[1]`` glued to the article's sentence and, under the last article, the list the wiki renders, each note opening
    with its back-link ``↑`` (``注释⏎↑ 2019年10月1日通过。``): the markers stay in the articles' text and the notes
    in the last article.

    **Evidence**, all of: every line of the page that opens with ``↑`` stands in one block after the last article's
    label (blank lines between; a head such as ``注释`` above it), nothing but a wiki's tail under it; the markers
    ``[n]`` glued in the text above number exactly the notes (1 to their count, each at least once).  The back-link
    glyph is the wiki's own; a page's ``[1]`` with no ``↑`` list, or with a list that does not count its markers, keeps
    both.

    >>> t = "第一条 为了规范。[1]\\n第二条 本办法自公布之日起施行。[2]\\n\\n注释\\n↑ 2019年通过。\\n↑ 2020年修正。\\n"
    >>> lines, marks = wiki_reference_notes(t)
    >>> [t[a:b] for a, b in lines], [t[a:b] for a, b in marks]
    (['注释', '↑ 2019年通过。', '↑ 2020年修正。'], ['[1]', '[2]'])
    >>> wiki_reference_notes(t.replace("[2]", ""))
    ([], [])
    """
    if "↑" not in text or "[" not in text:
        return [], []
    bounds = list(line_bounds(text))
    notes = [k for k, (a, b) in enumerate(bounds) if text[a:b].lstrip(" \t\u3000")[:1] == "↑"
             or "↑" in text[a:min(b, a + 8)]]
    if not notes or not all(_WIKI_NOTE_LINE_RE.fullmatch(text, *bounds[k]) for k in notes):
        return [], []
    first, last = notes[0], notes[-1]
    if any(text[bounds[k][0]:bounds[k][1]].strip(" \t\u3000") for k in range(first, last) if k not in notes):
        return [], []  # (the notes stand in one block)
    if any(_WIKI_LABEL_RE.match(text, a, b) for a, b in bounds[last + 1:]):
        return [], []  # (an article under them: no list under the law)
    head = first - 1
    while head >= 0 and not text[bounds[head][0]:bounds[head][1]].strip(" \t\u3000"):
        head -= 1
    lines = [bounds[k] for k in notes]
    body_end = bounds[first][0]
    if head >= 0 and _WIKI_NOTES_HEAD_RE.fullmatch(text, *bounds[head]):
        lines.insert(0, bounds[head])
        body_end = bounds[head][0]
    if _WIKI_LABEL_RE.search(text, 0, body_end) is None:
        return [], []
    marks = list(_WIKI_REF_RE.finditer(text, 0, body_end))
    if {int(m.group(1)) for m in marks} != set(range(1, len(notes) + 1)):
        return [], []  # the markers do not count the notes: not this list's
    return lines, [m.span() for m in marks]


# --------------------------------------------------------------------------
# A mail's or a forum post's signature under the law it quotes
# --------------------------------------------------------------------------

#: A mail client's or a forum app's own signature line (``发自我的iPhone``, ``Sent from my iPad``, ``来自手机客户端``).
_CLIENT_SIGNATURE_RE = lazy_regex(
    r"[ \t\u3000>＞]*(?:[-—]{1,2}[ \t\u3000]*)?(?:(?:发自|發自|来自|來自|送自)[ \t\u3000]*(?:我的)?[ \t\u3000]*"
    r"(?:iPhone|iPad|Android|安卓|华为|華為|小米|OPPO|vivo|荣耀|手机|手機|移动设备|移動裝置|网易邮箱大师|QQ邮箱|Outlook|[^\n]{0,12}客户端|[^\n]{0,12}客戶端)[^\n]{0,20}"
    r"|Sent from my [A-Za-z ]{2,30}|Sent from (?:Outlook|Mail for Windows)[^\n]{0,20}|Get Outlook for [A-Za-z]{2,12})[ \t\u3000]*"
)
#: The signature separator of a mail (``-- ``) or a forum post (``__________``) on a line of its own, maybe quoted.
_SIGNATURE_SEPARATOR_RE = lazy_regex(r"(?:[>＞][ \t]?)*(?:--|_{4,})[ \t]*")
#: Words of a signature block's lines: a closing formula, a client line, a contact.
_SIGNATURE_WORDS_RE = lazy_regex(
    r"此致|敬礼|敬禮|顺颂|順頌|祝好|谢谢|謝謝|Best regards|Regards|Thanks|发自|發自|Sent from|邮箱|郵箱|电话|電話|手机|手機|@[A-Za-z0-9-]+\."
)
#: The most lines a signature block holds, and their length.
_SIGNATURE_LINES, _SIGNATURE_LINE_CHARS = 6, 60
#: An article's label opening a line, maybe under the mail's quote marks (``> 第一条``: they go later, cjk_spaces).
_QUOTED_LABEL_RE = lazy_regex(r"^[ \t\u3000>＞]*第[一二三四五六七八九十百千零〇\d]{1,6}[条條]", regex.M)


def mail_signature_tail(text: str) -> tuple[int, int] | None:
    """A mail's or a forum post's signature closing a copy of a law (whole lines, to the end of the text).

    Real damage (the quoted-mail family of session 23): a law copied out of a mail or a forum post keeps the poster's
    signature under its last article (``…起施行。⏎⏎--⏎此致 敬礼⏎发自我的iPhone``), inside the last article's text.

    **Evidence**: after the last article's label, either a signature separator on its own line (``--``, a rule of
    underscores) followed by at most :data:`_SIGNATURE_LINES` short lines to the end of the text, one of them a
    signature's words (a closing formula, a client line, a contact); or a mail client's own signature line
    (``发自我的iPhone``, ``Sent from my iPad``) as the last line.  A law's own last lines (no separator, no client line)
    stay.

    >>> t = "第三条 本条例自2020年1月1日起施行。\\n\\n--\\n此致 敬礼\\n发自我的iPhone\\n"
    >>> t[slice(*mail_signature_tail(t))]
    '--\\n此致 敬礼\\n发自我的iPhone'
    >>> t = "第三条 本条例自2020年1月1日起施行。\\n\\n--\\n附件：名单\\n"
    >>> mail_signature_tail(t) is None
    True
    """
    if not any(mark in text[-400:] for mark in ("--", "__", "——", "发自", "發自", "来自", "來自", "送自", "Sent", "Get Outlook")):
        return None  # exact gate: a separator or a client line stands in the text's last lines
    bounds = list(line_bounds(text, max(0, text.rfind("\n", 0, max(0, len(text) - 2000)) + 1)))
    while bounds and not text[bounds[-1][0]:bounds[-1][1]].strip(" \t\u3000"):
        bounds.pop()
    if len(bounds) < 2:
        return None
    end = bounds[-1][1]
    start = None
    if _CLIENT_SIGNATURE_RE.fullmatch(text, *bounds[-1]):
        start = bounds[-1][0]
    for k in range(len(bounds) - 1, max(-1, len(bounds) - 2 - _SIGNATURE_LINES), -1):
        a, b = bounds[k]
        if _SIGNATURE_SEPARATOR_RE.fullmatch(text, a, b):
            block = text[bounds[k + 1][0] if k + 1 < len(bounds) else b:end]
            if block.strip() and _SIGNATURE_WORDS_RE.search(block) and all(
                    b2 - a2 <= _SIGNATURE_LINE_CHARS and not _WIKI_LABEL_RE.match(text, a2, b2) for a2, b2 in bounds[k + 1:]):
                start = a
            break
        if b - a > _SIGNATURE_LINE_CHARS or _WIKI_LABEL_RE.match(text, a, b):
            break
    if start is None or _QUOTED_LABEL_RE.search(text, 0, start) is None:
        return None
    return start, end


# --------------------------------------------------------------------------
# A site's breadcrumb of link texts (``大萌法律读本 >> 2020-民法典``)
# --------------------------------------------------------------------------

#: A breadcrumb's separator: ``>>``, ``»``, ``›``, ``>``.
_CRUMB_SEP = r"(?:>>|＞＞|»|›|>|＞)"
#: One crumb: a short link text without sentence punctuation, brackets or quotes (a title
#: ``《关于修改〈某条例〉的决定》`` holds angle brackets that are no separators).
_CRUMB = r"[^\s>＞»›<。；，：:,;！？!?|《》〈〉()（）“”\"'‘’「」]{1,20}"
#: A breadcrumb line of crumbs between separators: two crumbs at least.
_CRUMB_GAP = rf"[{INDENT_RE}\u00a0]*"
_CRUMB_LINE_RE = lazy_regex(
    rf"{_CRUMB_GAP}(?P<first>{_CRUMB}){_CRUMB_GAP}{_CRUMB_SEP}"
    rf"(?:{_CRUMB_GAP}{_CRUMB}{_CRUMB_GAP}{_CRUMB_SEP}){{0,6}}{_CRUMB_GAP}{_CRUMB}{_CRUMB_GAP}"
)
#: A breadcrumb stands in a page's first characters.
_CRUMB_REACH = 600
_CRUMB_HINT = lazy_re(_CRUMB_SEP)


def breadcrumb_lines(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A site's breadcrumb above the text (lines), and the same breadcrumb's first crumb pasted
    at the end of a line of the text (spans).

    Real damage: every page of a Markdown law collection opens with the site's breadcrumb
    (``[大萌法律读本](../duben) >> 2020-民法典``, rendered ``大萌法律读本 >> 2020-民法典``; the
    PDF copies print ``大萌法律读本 » 2020-刑法``), and 民法典 第三百四十八条 kept a repeat of it
    at the end of its first paragraph: ``…一般包括下列条款： 大萌法律读本 >>`` (Laosheng.top,
    field test 8b, F8B-L4).

    **Evidence**: above the text's first article label or sentence, a line of two to eight
    short crumbs between breadcrumb separators (``>>``, ``»``, ``›``, ``>``); inside the
    text, only that breadcrumb's own first crumb and separator closing a line
    (``大萌法律读本 >>``) — words of the page's own breadcrumb, nothing else.

    >>> t = "大萌法律读本 >> 2020-民法典\\n\\n中华人民共和国民法典\\n　　第三百四十八条　建设用地使用权出让合同一般包括下列条款： 大萌法律读本 >> \\n（一）当事人的名称和住所；"
    >>> lines, tails = breadcrumb_lines(t)
    >>> [t[a:b] for a, b in lines], [t[a:b] for a, b in tails]
    (['大萌法律读本 >> 2020-民法典'], [' 大萌法律读本 >> '])
    >>> breadcrumb_lines("第一条 x>5 的，处罚款。\\n甲 > 乙")
    ([], [])
    """
    if _CRUMB_HINT.search(text, 0, _CRUMB_REACH) is None:
        return [], []
    lines: list[tuple[int, int]] = []
    firsts: set[str] = set()
    for start, end in line_bounds(text):
        if start > _CRUMB_REACH or CONTENT_LINE_RE.search(text[start:end]):
            break
        m = _CRUMB_LINE_RE.fullmatch(text, start, end)
        if m and not codepage.shows_code_page_bytes(text[start:end]):  # (a mojibake line's ``»`` is a byte, no separator)
            lines.append((start, end))
            firsts.add(m.group("first"))
    if not lines:
        return [], []
    tails: list[tuple[int, int]] = []
    for first in firsts:
        tail = regex.compile(rf"{_CRUMB_GAP}{regex.escape(first)}{_CRUMB_GAP}{_CRUMB_SEP}{_CRUMB_GAP}$", regex.M)
        tails += [m.span() for m in tail.finditer(text, lines[-1][1]) if m.start() > 0 and text[m.start() - 1] != "\n"
                  and not text[text.rfind("\n", 0, m.start()) + 1:m.start()].isspace()]
    return lines, sorted(tails)


# --------------------------------------------------------------------------
# A document-sharing site's field list and share line
# --------------------------------------------------------------------------

#: Labels of a document-sharing site's field list (冰豆网, 原创力, 道客巴巴, 人人文库 shapes).
_DOCSHARE_LABELS = (
    r"文档编号|文档ID|上传时间|上传日期|上传者|上传人|贡献者|文档格式|格式|页数|文档页数|大小|文件大小|文档大小"
    r"|下载积分|所需积分|下载次数|浏览次数|阅读次数|文档分类|分类"
)
#: Labels only a document-sharing site's list holds (the evidence; 格式/分类 alone are ordinary words).
_DOCSHARE_STRONG = frozenset(("文档编号", "文档ID", "上传时间", "上传日期", "上传者", "上传人", "页数", "文档页数", "大小",
                              "文件大小", "文档大小", "下载积分", "所需积分", "下载次数", "文档格式"))
_DOCSHARE_FIELD_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:[-*•·]{INDENT_CLASS}*)?(?P<label>{_DOCSHARE_LABELS}){INDENT_CLASS}*[:：]{INDENT_CLASS}*"
    rf"[^\n。；，,;]{{1,30}}"
)
#: The site's share line: ``《….docx》由会员分享，可在线阅读，更多相关《…》请在冰豆网上搜索。``
_DOCSHARE_LINE_RE = lazy_regex(r"[^\n]{0,200}由(?:会员|用户|网友)(?:分享|上传)[，,]\s*可在线阅读[^\n]{0,240}")
#: A field list holds three of its fields, two of them only such a site's.
_DOCSHARE_FIELDS_MIN, _DOCSHARE_STRONG_MIN = 3, 2
_DOCSHARE_HINT = lazy_re(r"页数|文档编号|上传时间|由会员分享|由用户分享|由网友分享")


def docshare_lines(text: str) -> list[tuple[int, int]]:
    """A document-sharing site's field list and share line kept with the document.

    Real damage: 冰豆网 (bdocx.com) serves an uploaded .docx under ``- 文档编号：9031322⏎- 上传时间：
    2023-02-02⏎- 格式：DOCX⏎- 页数：16⏎- 大小：66.98KB`` and ``《生物化工制度汇编修改征求意见版本 1.docx》
    由会员分享，可在线阅读，更多相关《…（16页珍藏版）》请在冰豆网上搜索。``; the first field line
    became the document's title (field test 8b, F8B-W5).

    **Evidence**: a run of :data:`_DOCSHARE_FIELDS_MIN` field lines or more (a ``- `` list
    mark allowed) whose labels are the site's (文档编号, 上传时间, 格式, 页数, 大小…), at least
    :data:`_DOCSHARE_STRONG_MIN` of them labels no regulation's own fields use (页数, 大小,
    文档编号, 上传时间), each with a short value and no sentence punctuation; and a line
    saying the file was shared by a member and can be read online (``由会员分享，可在线阅读``).

    >>> t = "某制度.docx\\n- 文档编号：9031322\\n- 上传时间：2023-02-02\\n- 格式：DOCX\\n- 页数：16\\n- 大小：66.98KB\\n正文。"
    >>> [t[a:b] for a, b in docshare_lines(t)]
    ['- 文档编号：9031322\\n- 上传时间：2023-02-02\\n- 格式：DOCX\\n- 页数：16\\n- 大小：66.98KB']
    >>> docshare_lines("附件：\\n格式：见附表\\n页数：不超过两页\\n第一条 申请材料应当齐全。")
    []
    """
    if _DOCSHARE_HINT.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []
    for start, end in [*line_bounds(text), (len(text) + 1, len(text) + 1)]:
        m = _DOCSHARE_FIELD_RE.fullmatch(text, start, end) if start < end else None
        if m:
            run.append((start, end, m.group("label")))
            continue
        if len(run) >= _DOCSHARE_FIELDS_MIN and sum(label in _DOCSHARE_STRONG for _, _, label in run) >= _DOCSHARE_STRONG_MIN:
            found.append((run[0][0], run[-1][1]))
        run = []
        if start < end and _DOCSHARE_LINE_RE.fullmatch(text, start, end):
            found.append((start, end))
    return found


# --------------------------------------------------------------------------
# A news report's wrapper around the document it reposts
# --------------------------------------------------------------------------

#: The phrase that hands over from a news report to the document it reposts (``以下为通告原文：``).
_HANDOVER_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:以下为|以下是|下面是|下附|附)(?:该|本|此)?(?:通告|通知|公告|决定|办法|条例|规定|意见|细则|方案|文件|政策)?"
    rf"(?:原文|全文)(?:如下)?[:：]?{INDENT_CLASS}*"
)
#: A news lead's words: when (今天, 近日…) and what (发布, 印发…).
_NEWS_WHEN = lazy_re(r"今天|今日|昨天|昨日|近日|日前|记者|获悉|据悉|\d{1,2}月\d{1,2}日")
_NEWS_WHAT = lazy_re(r"发布|印发|出台|公布|下发|发出")
#: The most lines of a news lead above its handover phrase.
_NEWS_LEAD_LINES = 3
#: The roles of a report's credits (``记者何良``, ``责任编辑何齐铁``, ``通讯员``, ``摄``).
_CREDIT_ROLE = r"(?:见习记者|记者|通讯员|责任编辑|实习编辑|见习编辑|编辑|实习生|摄影|摄)"
#: A credits line: a medium's name, then roles each with its names (two roles at least, or in brackets).
_CREDITS_LINE_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?P<open>[（(])?[\p{{Han}}·]{{0,16}}?"
    rf"(?:{_CREDIT_ROLE}[{INDENT_RE}]*(?!{_CREDIT_ROLE})\p{{Han}}{{2,4}}(?:[{INDENT_RE}、]+\p{{Han}}{{2,4}})*[{INDENT_RE}]*){{1,6}}(?:摄影|摄)?"
    rf"(?(open)[）)]){INDENT_CLASS}*"
)
_CREDIT_ROLE_RE = lazy_re(_CREDIT_ROLE)
#: Words one of which each line of a news wrapper holds (the lines looked at).
_NEWS_HINT = lazy_re("原文|全文|转载|记者|通讯员|编辑|摄")
#: A repost notice (``转载请注明：http://…``, ``转载请注明出处``).
_REPOST_NOTICE_RE = lazy_regex(rf"{INDENT_CLASS}*(?:如需)?转载(?:请|务必)(?:注明|保留)[^\n。]{{0,120}}")


def news_wrapper_lines(text: str) -> list[tuple[int, int]]:
    """A news report's wrapper around the document it reposts: the handover phrase (``以下为通告原文：``)
    with the news lead above it, the report's credits line and its repost notice.

    Real damage: a content farm's copy of a 成都日报 report (huayeluhui.com, field test 10, F10-N1)
    wraps a 成都市公安局交通管理局 通告: ``今天，成都市公安局交通管理局发布关于…的通告，通告规定，…`` ⏎
    ``以下为通告原文：`` ⏎ the 通告 ⏎ ``成都日报锦观新闻记者何良责任编辑何齐铁实习编辑卢娅芮`` ⏎
    ``转载请注明：http://www.0431``; all of it stood in the document.

    **Evidence**: the handover phrase alone on its line; the lines above it (at most
    :data:`_NEWS_LEAD_LINES`, from the text's start or a line without a sentence's end, such as
    the title, which stays) only when each is a sentence of news: a time word (今天, 近日, 记者…)
    and a release (发布, 印发…).  A credits line is made only of a medium's name, roles and names,
    two roles at least (``记者…责任编辑…``) or in brackets (``（总台央视记者 奚丹霓 张赛）``); a repost
    notice opens on ``转载请注明``.  The handover line goes only beside another of these parts: alone
    it is the document's own (a 公告's ``附条例全文：`` above the law it publishes, review 11 F9).
    The document between stays whole; a law's sentence on journalists (``法庭得设记者旁听席，
    专供记者旁听。``) has its punctuation.

    >>> t = "今天，某局发布关于某事的通告，通告规定，禁止某事。\\n以下为通告原文：\\n为了某事，通告如下：\\n一、禁止某事。\\n某局\\n某日报记者何良责任编辑何齐铁\\n转载请注明：http://www.0431"
    >>> [t[a:b] for a, b in news_wrapper_lines(t)]
    ['今天，某局发布关于某事的通告，通告规定，禁止某事。', '以下为通告原文：', '某日报记者何良责任编辑何齐铁', '转载请注明：http://www.0431']
    >>> news_wrapper_lines("某通告\\n以下为通告原文：\\n为了某事。\\n第4条 法庭得设记者旁听席，专供记者旁听。\\n记者何良")
    []
    >>> news_wrapper_lines("某通告\\n以下为通告原文：\\n为了某事。\\n转载请注明出处")
    [(4, 12), (19, 26)]

    A piece of a sentence a hard wrap cut is no credits line (its 摄 is a word's, twice):

    >>> news_wrapper_lines("温度高于二十八\\n摄氏度或者低于十二摄氏度\\n时，应当开启空调。")
    []
    """
    found: list[tuple[int, int]] = []
    handovers: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    for start, end in hinted_lines(_NEWS_HINT, text):
        if end - start > 80:
            continue
        if _HANDOVER_RE.fullmatch(text, start, end):
            lead = _news_lead(text, start)
            handovers.append(((start, end), lead))
            found += lead
        elif _REPOST_NOTICE_RE.fullmatch(text, start, end):
            found.append((start, end))
        else:
            m = _CREDITS_LINE_RE.fullmatch(text, start, end)
            roles = _CREDIT_ROLE_RE.findall(text, start, end) if m and not m.group("open") else []
            # 摄 alone is no credit: a piece of a hard-wrapped sentence reads ``摄氏度或者低于十二摄氏度`` as two of it
            if m and (m.group("open") or len(roles) >= 2 and set(roles) - {"摄"}):
                found.append((start, end))
    # a handover alone is a notice's own line (``附条例全文：`` of a 公告): it goes only with
    # another part of the wrapper (its news lead, or the report's credits or repost notice)
    wrapped = bool(found)
    found += [line for line, lead in handovers if lead or wrapped]
    return sorted(found)


def _news_lead(text: str, handover: int) -> list[tuple[int, int]]:
    """The news lead's lines right above the handover line starting at ``handover`` (see
    :func:`news_wrapper_lines`), blank lines skipped, at most :data:`_NEWS_LEAD_LINES` lines looked at."""
    lead = []
    end = handover - 1
    for _ in range(_NEWS_LEAD_LINES):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip(INDENT + "\xa0"):
            if not (line.rstrip(INDENT + "\xa0").endswith("。") and _NEWS_WHEN.search(line) and _NEWS_WHAT.search(line)):
                break
            lead.append((start, end))
        end = start - 1
    return lead


# --------------------------------------------------------------------------
# A document farm's wrapper (写写帮文库: ``简介：…小编为你整理了多篇相关的《…》…``)
# --------------------------------------------------------------------------

#: The farm's introduction: its editor "collected several documents on 《X》 for you".
_FARM_INTRO_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:简介[:：])?[^\n]{{0,30}}小编(?:为你|为您|给你|给您|为大家|给大家)(?:精心)?(?:整理|收集|搜集|准备|编辑)了"
    rf"[^\n]{{0,80}}?《(?P<topic>[^《》\n]{{1,60}})》[^\n]{{0,300}}"
)
#: The farm's item heads: ``第一篇：<topic>``.
_FARM_ITEM_RE = lazy_regex(rf"^{INDENT_CLASS}*第[一二三四五六七八九十]{{1,3}}篇[:：]{INDENT_CLASS}*(?P<topic>[^\n]{{1,60}}?){INDENT_CLASS}*$", regex.M)


def farm_wrapper_lines(text: str) -> list[tuple[int, int]]:
    """A document farm's wrapper around the documents it reposts: its introduction line and its
    item heads naming the same topic.

    Real damage: 写写帮文库 serves a 湖南省人民政府办公厅 notice under ``简介：写写帮文库小编为你整理了
    多篇相关的《湖南省人民政府办公厅文件》，但愿对你工作学习有帮助…`` and ``第一篇：湖南省人民政府
    办公厅文件`` (xiexiebang.com, field test 8, F8-P13).

    **Evidence**: a line saying the farm's editor (小编) collected the documents for the reader,
    naming their topic 《X》 (a regulation never speaks of 小编); with it, ``第N篇：X`` lines
    naming the same topic.  Without the introduction a ``第一篇：`` line (a part of a book) stays.

    >>> t = "简介：写写帮文库小编为你整理了多篇相关的《某厅文件》，但愿对你工作学习有帮助。\\n\\n第一篇：某厅文件\\n\\n某厅文件\\n正文。"
    >>> [t[a:b] for a, b in farm_wrapper_lines(t)]
    ['简介：写写帮文库小编为你整理了多篇相关的《某厅文件》，但愿对你工作学习有帮助。', '第一篇：某厅文件']
    >>> farm_wrapper_lines("第一篇：总则\\n第一章 一般规定")
    []
    """
    if "小编" not in text:
        return []
    found: list[tuple[int, int]] = []
    topics: set[str] = set()
    for start, end in line_bounds(text):
        m = _FARM_INTRO_RE.fullmatch(text, start, end)
        if m:
            found.append((start, end))
            topics.add(m.group("topic"))
    if topics:
        found += [m.span() for m in _FARM_ITEM_RE.finditer(text) if m.group("topic") in topics]
    return sorted(found)


# --------------------------------------------------------------------------
# A law mirror's status box
# --------------------------------------------------------------------------

#: The labels of a law mirror's status box (its own summary of the catalogue's fields).
_BOX_LABELS = r"公布|施行|制定机关|文号|发布|实施|生效|失效|废止|修改|效力级别|时效性|公布日期|施行日期|发布机关|制定机构"
#: The box: the mirror's status in brackets, then three or more ``label：value`` fields and
#: nothing else (``【现行有效】　公布：2001-02-05　施行：2001-02-14　制定机关：最高人民法院　文号：…``).
_STATUS_BOX_RE = lazy_regex(
    rf"{INDENT_CLASS}*【(?=[^】\n]{{0,40}}(?:有效|修改|废止|失效|生效|时效|决定))[^】\n]{{2,40}}】"
    rf"(?:{INDENT_CLASS}*(?:{_BOX_LABELS})：[^\s：]{{1,40}}){{3,}}{INDENT_CLASS}*"
)
#: The mirror's own notes printed in its box: a hint on where a value came from
#: (``提示：施行日期取自正文附则…``) and its warning sign on old versions (``⚠️ 本文件不是现行有效版本…``).
_BOX_NOTE_RE = lazy_regex(rf"{INDENT_CLASS}*(?:提示：|⚠\ufe0f?)[^\n]*")
#: The most lines a mirror's box holds after its status line.
_BOX_LINES = 6


def mirror_status_box(text: str) -> list[tuple[int, int]]:
    """A law mirror's status box under the title: its status line and its own notes, as whole lines.

    Real damage: the Markdown mirror of flk.npc.gov.cn (Elysia4/chinese-law-vector-codex-skill,
    field test 9, F9-E3) prints under each law's title a blockquote ``【现行有效】　公布：2009-05-04
    施行：2009-07-01（正文推定）　制定机关：国务院　文号：中华人民共和国国务院令第554号``, on old versions
    ``⚠️ 本文件不是现行有效版本，仅供了解沿革或处理旧案；引用前务必核对现行文本。`` and on some a
    ``提示：施行日期取自正文附则（官方清单未提供）…``: the mirror's summary of the catalogue (it
    repeats the front matter), not the official text; it stood in 19 of 19 laws' text.

    **Evidence**: a line made only of a status in brackets (``【已废止】``: a status word) and three or
    more fields of a status box's labels (公布, 施行, 制定机关, 文号…) with values without blanks;
    the ``提示：`` and ``⚠️`` lines only in the same block of lines, right below it.  The law's own
    note in the block (``沿革：（…通过）``, its 题注) stays.  The status line is removed whole
    (its values are the mirror's metadata: they can be read from the edit).

    >>> t = "某条例\\n\\n【已废止】\\u3000公布：2011-01-08\\u3000施行：1988-03-01\\u3000制定机关：国务院\\u3000文号：—\\n沿革：（1988年2月27日国务院发布）\\n⚠️ 本文件不是现行有效版本。\\n\\n第一条 为了规范管理。"
    >>> [t[a:b][:6] for a, b in mirror_status_box(t)]
    ['【已废止】\\u3000', '⚠️ 本文件']
    >>> mirror_status_box("【现行有效】\\n提示：本条例自公布之日起施行。")
    []
    """
    if "】" not in text or "：" not in text:
        return []
    found: list[tuple[int, int]] = []
    at = 0
    while True:
        close = text.find("】", at)
        if close < 0:
            return found
        start = text.rfind("\n", 0, close) + 1
        end = text.find("\n", close)
        end = len(text) if end < 0 else end
        at = end + 1
        if not _STATUS_BOX_RE.fullmatch(text, start, end):
            continue
        found.append((start, end))
        for count, (line_start, line_end) in enumerate(line_bounds(text, min(len(text), end + 1))):
            if count >= _BOX_LINES or not text[line_start:line_end].strip():
                break
            if _BOX_NOTE_RE.fullmatch(text, line_start, line_end):
                found.append((line_start, line_end))


# --------------------------------------------------------------------------
# A law database's empty relation fields
# --------------------------------------------------------------------------

#: The labels of a law database's fields on a record's relations and status: what amended or repealed it, its
#: related laws, its category (Simplified and Traditional: the rule runs before the script is converted).
_RELATION_LABEL = (
    r"(?:已|被)?(?:更改|修改|修訂|修订|廢止|废止|撤銷|撤销|取代|替代)(?:法規|法规|文件|條文|条文|法例)?"
    r"|(?:相關|相关|關聯|关联)(?:法規|法规|法例|文件|條文|条文|類別|类别|分類|分类|主題|主题|資料|资料)"
)
#: The database's notes on a record, a field of no colon (bo.io.gov.mo's ``《LegisMac》的法例註釋 | |||`` under
#: ``相關法規 : | |||`` and ``相關類別 : | |||`` over each 批示 of a gazette issue, field test 18).
_ANNOTATION_LABEL = r"《[^》\n]{1,20}》的法例(?:註釋|注释)"
#: A field with no value in a pipe-printed table: its label, a colon, and only the cells' bars after it.
_EMPTY_RELATION_ROW_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:(?:{_RELATION_LABEL}){INDENT_CLASS}*[:：]|{_ANNOTATION_LABEL})"
    rf"{INDENT_CLASS}*[|｜](?:{INDENT_CLASS}*[|｜])*{INDENT_CLASS}*"
)
#: The fewest such rows in a block (one alone could be a form's line).
_EMPTY_RELATION_ROWS_MIN = 2


def empty_relation_rows(text: str) -> list[tuple[int, int]]:
    """A law database's fields on a record's relations left empty, printed as pipe rows, as whole lines.

    Real damage: AsianLII's pages of Macau law (asianlii.austlii.edu.au, field test 17 F17-N3) close each 批示 with
    its record's fields as a pipe table; the filled ones (``公報編號: | 31/2000 |``) become tab rows, but the empty
    ones, ``已更改 : | ||⏎相關法規 : | ||⏎相關類別 : |``, stood between the two 批示 with their bars.

    **Evidence**: at least :data:`_EMPTY_RELATION_ROWS_MIN` consecutive lines each a relation's or status's label
    of a law record (已更改, 相关法规, 相关类别, 废止…), a colon and nothing but a table's bars: a database's field
    with no value.  A form's blank lines name the one who fills them in (``申请人 : | ||``) and stay; a field with
    its value stays (its bars are a layout table's: :mod:`corpus_tools.clean.table_pipes`).

    >>> t = "行政长官 何厚铧\\n已更改 : | ||\\n相关法规 : | ||\\n相关类别 : |\\n"
    >>> [t[a:b] for a, b in empty_relation_rows(t)]
    ['已更改 : | ||', '相关法规 : | ||', '相关类别 : |']
    >>> t = "相關法規 : | |||\\n相關類別 : | |||\\n《LegisMac》的法例註釋 | |||\\n行政長官行使…"
    >>> [t[a:b] for a, b in empty_relation_rows(t)][-1]
    '《LegisMac》的法例註釋 | |||'
    >>> empty_relation_rows("申请人 : | ||\\n联系电话 : | ||\\n"), empty_relation_rows("相关法规 : | 第3/2000号法律 |\\n已更改 : | ||\\n")
    ([], [])
    """
    if "|" not in text and "｜" not in text:
        return []
    found: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    for start, end in line_bounds(text):
        if _EMPTY_RELATION_ROW_RE.fullmatch(text, start, end):
            block.append((start, end))
            continue
        if len(block) >= _EMPTY_RELATION_ROWS_MIN:
            found += block
        block = []
    if len(block) >= _EMPTY_RELATION_ROWS_MIN:
        found += block
    return found
