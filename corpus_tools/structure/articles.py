"""Flatten a provision tree into rows: :class:`Article` rows and ``provisions`` rows.

Articles: one row per 第N条 with its chapter/section context, its heading,
its paragraphs (款; a paragraph's items 项 and sub-items 目 stay inside it,
one per line) and its span in the document text.

Provisions: one row per node of the tree, every level (part … sub-item for
regulations; units for plans, explanations and notices; the ``preamble``,
``toc`` and ``closing`` blocks), so non-article documents such as plans are
fully queryable and articles can be joined to their paragraphs by eid.
``text`` is the node's whole span with surrounding whitespace trimmed, and
``start``/``end`` are that trimmed span, so ``document.text[start:end] == text``.
"""

from __future__ import annotations

from typing import Any, Iterable

from corpus_tools.lazy_patterns import lazy_re
from corpus_tools.records import Article
from corpus_tools.structure.numerals import parse_numeral
from corpus_tools.structure.tree import EID_PREFIX, LEVEL, LOST_INDENT, after_articles, article_paragraphs, unique_eid
from corpus_tools.text import BLOCK_STRIP, CN_NUMERAL_CHARS, DASH_ONE, HSPACE_CLASS as _HS


def _division_context(ctype: str, ctx: tuple, num: int | None, label: str, heading: str | None) -> tuple:
    """The context a division gives the articles under it: (part, chapter_no, chapter_title,
    section_no, section_title), from the context it sits in (``ctx``, the same shape).

    >>> _division_context("section", ("第一编 总则", 2, "管理", None, None), 1, "第一节", "一般规定")
    ('第一编 总则', 2, '管理', 1, '一般规定')
    """
    part = ctx[0]
    if ctype == "chapter":
        return (part, num, heading, None, None)
    if ctype == "section":
        return (part, ctx[1], ctx[2], num, heading)
    named = f"{label} {heading}".strip() if heading else label
    return (f"{part} / {named}" if ctype == "subpart" and part else named, None, None, None, None)


def _trimmed(text: str, start: int, end: int) -> tuple[str, int, int]:
    """``text[start:end]`` without the whitespace at its ends, and where that is: (text, start, end).

    >>> _trimmed("　甲乙 \\n丙", 0, 5)
    ('甲乙', 1, 3)
    """
    chunk = text[start:end]
    row_text = chunk.strip(BLOCK_STRIP)
    if row_text:
        start += chunk.index(row_text[0])
    return row_text, start, start + len(row_text)


_CONTAINERS = frozenset({"part", "subpart", "chapter", "section"})
_new = object.__new__
_LOST_INDENT = lazy_re(LOST_INDENT)
#: First characters of an article's span that are not its label: lost indentation, a caption.
_NOT_LABEL_FIRST = frozenset("?？\ufffd（(")


def _label_start(text: str, start: int) -> int:
    """Where an article's row starts: at ``start``, its line's first character, or at its label
    when something stands before it: the indentation a crawler lost (``??? 第一條 為了加強…``,
    :data:`~.tree.LOST_INDENT`), or the caption line above the label (``（定义）⏎第一条　…``,
    :func:`~.tree._captions_above`).  The article row is its label and body; the question marks
    and the caption stay in the provision row (the caption as its heading) and the document text.

    >>> t = "??? 第一条 甲。"
    >>> t[_label_start(t, 0):], _label_start("第一条 甲。", 0)
    ('第一条 甲。', 0)
    >>> t = "（定义）\\n　第一条　本法所称甲。"
    >>> t[_label_start(t, 0):]
    '第一条　本法所称甲。'
    """
    if start < len(text) and text[start] in "（(":
        start = text.find("\n", start) + 1  # the caption's line: the label is on the next
        while start < len(text) and text[start] in BLOCK_STRIP:
            start += 1
    if start < len(text) and text[start] in _NOT_LABEL_FIRST:
        m = _LOST_INDENT.match(text, start)
        if m is not None:
            return m.end()
    return start


def _captioned(text: str, start: int, heading: str | None) -> bool:
    """Whether the article row at ``start`` opens with its caption (``（定义）⏎第一条　…``,
    :func:`~.tree._captions_above`): the row starts there and the caption is its ``heading``, as the
    provision's (struct8 left ``articles.heading`` empty for Teetrition's 60 captioned articles).

    >>> _captioned("（定义）\\n第一条　甲。", 0, "定义"), _captioned("??? 第一条 甲。", 0, None)
    (True, False)
    """
    return heading is not None and text[start] in "（(" and text.startswith(heading, start + 1)


#: Any mention of an article label, in any numeral form, spaced or not, dash for 一 included.
_LABEL_MENTION = lazy_re(
    rf"第{_HS}*([{CN_NUMERAL_CHARS}{DASH_ONE}]+|[0-9０-９]+){_HS}*[条條]"
)
_DASH_TO_ONE = str.maketrans(DASH_ONE, "一" * len(DASH_ONE))


def numbering_gaps(numbers: Iterable[int], text: str) -> tuple[int, ...]:
    """Article numbers the source itself skips: the ``numbering_gaps`` of a document.

    A number is a gap when it lies between the document's first and last
    article numbers, no article has it, and its label ``第N条`` occurs nowhere
    in the document text, in any form (Chinese or Arabic numerals, spaced, a
    dash typed for 一): the source has no such article (山东省中医药条例 goes
    from 第十二条 to 第十四条) or lost its label.  No article is invented for
    it.  Numbers below the first article are no gap: a document may start
    above 1 (a book of the Civil Code starts at 第四百六十三条, an excerpt at
    its first article); ``first_article_no`` says where.  A number whose label
    does occur somewhere (a cross-reference, a label the parser did not take)
    is not a gap of the source, so it is not declared here, and the hole is a
    finding of ``article_numbers_contiguous``.

    >>> numbering_gaps([1, 2, 4, 5], "第一条 甲。\\n第二条 乙。\\n第四条 丙。\\n第五条 丁。")
    (3,)
    >>> numbering_gaps([1, 2, 4], "第一条 依照第三条。\\n第二条 乙。\\n第四条 丙。")
    ()
    >>> numbering_gaps([3, 4], "第三条 甲。\\n第四条 乙。"), numbering_gaps([463, 465], "第四百六十三条 甲。\\n第四百六十五条 乙。"), numbering_gaps([], "")
    ((), (464,), ())
    """
    present = set(numbers)
    if not present:
        return ()
    missing = set(range(min(present), max(present))) - present
    if not missing:
        return ()
    mentioned = {parse_numeral(m.group(1).translate(_DASH_TO_ONE)) for m in _LABEL_MENTION.finditer(text)}
    return tuple(sorted(missing - mentioned))


#: The whole body of a repealed article, as amending laws leave it: 【删除】, （删去）, （已废止）,
#: 删除。, [本条已删除], with or without brackets; the parser may take the bracketed marker for
#: the article's heading (第三条（删去） -> heading 删去, empty text).
_REPEALED = lazy_re(r"^[\s【（(\[〔]*(?:本条)?已?(?:删除|删去|废止|失效|取消)[\s】）)\]〕]*[。.]?\s*$")


#: A repeal marker is never longer than this (heading and body together, spaces included).
REPEALED_MAX_CHARS = 12


def is_repealed(heading: str | None, text: str | None) -> bool:
    """The article is a repealed number kept in place: its heading and body are only a repeal marker.

    >>> is_repealed("删去", ""), is_repealed(None, "【删除】"), is_repealed(None, "（已废止）"), is_repealed(None, "删除。")
    (True, True, True, True)
    >>> is_repealed(None, "删除本条例第三条。"), is_repealed("删除", "本条所称……"), is_repealed(None, "")
    (False, False, False)
    """
    body = ((heading or "") + (text or "")).strip()
    if not body or len(heading or "") + len(text or "") > REPEALED_MAX_CHARS:
        return False
    if heading and (text or "").strip():
        return False
    return bool(_REPEALED.match(body))


#: The values of a provision row tuple (:func:`flatten_rows`), in the columns of ``tables.PROVISIONS``.
PROVISION_FIELDS = ("doc_id", "source_file", "eid", "parent_eid", "ordinal", "depth", "type", "num", "suffix",
                    "label", "heading", "text", "start", "end")
#: The values of an article row tuple (:func:`flatten_rows`), in the field order of :class:`Article`.
ARTICLE_FIELDS = ("doc_id", "source_file", "article_no", "text", "article_suffix", "label", "heading", "part",
                  "chapter_no", "chapter_title", "section_no", "section_title", "paragraphs", "start", "end", "eid")


def flatten_rows(root, text: str, doc_id: str, source_file: str,
                 articles: list[tuple], provisions: list[tuple]) -> None:
    r"""Append the article rows and provision rows of a parsed document, as tuples.

    Provision rows hold :data:`PROVISION_FIELDS`, article rows
    :data:`ARTICLE_FIELDS`: what :func:`flatten` makes into dicts and
    :class:`Article` objects, without building them (the build transposes
    the tuples into columns).  ``ordinal`` counts this document's rows only.

    >>> from corpus_tools.structure.tree import parse
    >>> t = "第一章 总则\n第一条 为了…\n"
    >>> arts, provs = [], []
    >>> flatten_rows(parse(t, deep=False), t, "d", "f", arts, provs)
    >>> [(r[2], r[3], r[4], r[5], r[11]) for r in provs]
    [('chp_1', None, 0, 1, '第一章 总则\n第一条 为了…'), ('chp_1__art_1', 'chp_1', 1, 2, '第一条 为了…')]
    >>> arts[0][2:4], arts[0][8:10], arts[0][12:]
    ((1, '为了…'), (1, '总则'), (('为了…',), 7, 14, 'chp_1__art_1'))
    """
    base = len(provisions)
    append_row = provisions.append
    append_article = articles.append
    containers = _CONTAINERS
    paragraphs_of = article_paragraphs

    def rec(node, parent_eid: str | None, depth: int, ctx: tuple) -> None:
        for child in node.children:
            ctype = child.type
            row_text, start, end = _trimmed(text, child.start, child.end)
            eid = child.eid
            append_row((doc_id, source_file, eid, parent_eid, len(provisions) - base, depth, ctype,
                        child.num, child.suffix, child.label, child.heading, row_text, start, end))
            if ctype == "article":
                children = child.children
                body = children[0].start if children else (
                    child.own_end if child.own_end is not None else child.end)
                paragraphs = paragraphs_of(text, body, child.end)
                heading = child.heading
                if text[start] in _NOT_LABEL_FIRST and not _captioned(text, start, heading):
                    heading = heading if text[start] not in "（(" else None  # a caption not as written
                    start = _label_start(text, start)
                append_article((doc_id, source_file, child.num or 0, "\n".join(paragraphs), child.suffix or 0,
                                child.label, heading, *ctx, paragraphs, start, end, eid))
                sub = ctx
            elif ctype in containers:
                sub = _division_context(ctype, ctx, child.num, child.label, child.heading)
            else:
                sub = ctx
            if child.children:
                rec(child, eid, depth + 1, sub)

    rec(root, None, 1, (None, None, None, None, None))


def outline_rows(text: str, events: list, toc: tuple[int, int, int] | None, doc_id: str, source_file: str,
                 articles: list[tuple], provisions: list[tuple]) -> tuple[int, int]:
    r"""The rows of :func:`flatten_rows` for a document with articles, straight from its outline.

    ``events`` and ``toc`` are the :func:`~corpus_tools.structure.tree.outline`
    of a document that has articles.  Such a document's tree (``parse(text,
    deep=False)``) is a preamble, a TOC, then the events nested by level, then
    the end matter under the last article (:func:`~corpus_tools.structure.tree.end_matter`,
    a ``closing`` row), so its rows in pre-order are the events in order.  One
    pass writes them, with the eids and chapter context the tree would give,
    without building the tree: an article ends where the next event (or the
    end matter) starts; a heading's row is reserved and written when the next
    heading at its level or above closes it.  Returns the preamble's end (0:
    none) and the start of the last article.

    >>> from corpus_tools.structure.tree import outline
    >>> t = "条例\n第一章 总则\n第一条 甲。\n第二条 乙。\n"
    >>> o = outline(t)
    >>> arts, provs = [], []
    >>> outline_rows(t, o.events, o.toc, "d", "f", arts, provs)
    (3, 17)
    >>> [(r[2], r[3], r[5], r[11]) for r in provs]
    [('preamble', None, 1, '条例'), ('chp_1', None, 1, '第一章 总则\n第一条 甲。\n第二条 乙。'), ('chp_1__art_1', 'chp_1', 2, '第一条 甲。'), ('chp_1__art_2', 'chp_1', 2, '第二条 乙。')]
    >>> arts[1][3], arts[1][9]
    ('乙。', '总则')
    """
    closing = after_articles(text, events, toc)  # end matter or footnotes under the last article
    n = len(text) if closing is None else closing
    base = len(provisions)
    append_row = provisions.append
    append_article = articles.append
    pre_end = toc[0] if toc else events[0].start
    root_seen = _front_rows(text, pre_end, toc, doc_id, source_file, provisions)  # own eids taken among the root's children

    def close(container: tuple, cend: int) -> None:
        """Write an open container's row, now that its end is known, into its reserved slot."""
        _level, slot, cstart, _eid, _depth, _ctx, _seen, head = container
        provisions[slot] = (*head, *_trimmed(text, cstart, cend))

    no_context = (None, None, None, None, None)
    #: open containers: (level, row slot, start, eid, depth, context of children, eids taken
    #: among children, row values up to the text); an article always ends at the next event.
    open_: list[tuple] = []
    level_of = LEVEL
    prefixes = EID_PREFIX
    paragraphs_of = article_paragraphs
    last_article = 0
    count = len(events)
    for i, ev in enumerate(events):
        cstart, ctype, num, suffix, label, heading, body = ev
        level = level_of[ctype]
        while open_ and open_[-1][0] >= level:
            close(open_.pop(), cstart)
        if open_:
            _, _, _, parent_eid, depth, ctx, seen, _ = open_[-1]
            depth += 1
        else:
            parent_eid, depth, ctx, seen = None, 1, no_context, root_seen
        own = (f"{prefixes[ctype]}_{num}_{suffix}" if suffix else f"{prefixes[ctype]}_{num}" if num is not None
               else f"{prefixes[ctype]}_suppl")  # a division without a number: the 附则 heading
        own = unique_eid(own, seen)
        eid = own if parent_eid is None else f"{parent_eid}__{own}"
        if ctype == "note":  # the legislative reason under an article (释：…): a row of its own, in no article's text
            cend = events[i + 1].start if i + 1 < count else n
            append_row((doc_id, source_file, eid, parent_eid, len(provisions) - base, depth, "note", num,
                        suffix or None, label, None, *_trimmed(text, cstart, cend)))
            continue
        if ctype != "article":
            slot = len(provisions)
            append_row(None)  # the row is written when the container closes
            open_.append((level, slot, cstart, eid, depth, _division_context(ctype, ctx, num, label, heading), {}, (
                doc_id, source_file, eid, parent_eid, slot - base, depth, ctype, num, None, label, heading)))
            continue
        cend = events[i + 1].start if i + 1 < count else n
        row_text, start, end = _trimmed(text, cstart, cend)
        append_row((doc_id, source_file, eid, parent_eid, len(provisions) - base, depth, "article", num,
                    suffix or None, label, heading, row_text, start, end))
        if body > cend:
            body = cend
        core = text[body:cend].strip(BLOCK_STRIP)  # article_paragraphs, its one-line case inlined
        if "\n" not in core:
            paragraphs = (core,) if core else ()
        else:
            paragraphs = paragraphs_of(text, body, cend)
            core = "\n".join(paragraphs)
        if start < n and text[start] in _NOT_LABEL_FIRST and not _captioned(text, start, heading):
            if text[start] in "（(":
                heading = None  # a caption not as written: the provision's heading only
            start = _label_start(text, start)  # ??? 第一條: the row starts at the label
        append_article((doc_id, source_file, num or 0, core, suffix or 0,
                        label, heading, *ctx, paragraphs, start, end, eid))
        last_article = cstart
    while open_:
        close(open_.pop(), n)
    if closing is not None:
        provisions.append((doc_id, source_file, "closing", None, len(provisions) - base, 1, "closing", None, None, "",
                           None, *_trimmed(text, closing, len(text))))
    return pre_end, last_article


def _front_rows(text: str, pre_end: int, toc: tuple[int, int, int] | None, doc_id: str, source_file: str,
                provisions: list[tuple]) -> dict[str, int]:
    """The rows of what comes before a document's first event: its preamble (``text[:pre_end]``)
    and its table of contents; returns their eids (taken among the root's children)."""
    base = len(provisions)
    taken: dict[str, int] = {}
    if pre_end > 0:
        provisions.append((doc_id, source_file, "preamble", None, 0, 1, "preamble", None, None, "", None,
                           *_trimmed(text, 0, pre_end)))
        taken["preamble"] = 2
    if toc:
        provisions.append((doc_id, source_file, "toc", None, len(provisions) - base, 1, "toc", None, None, "目录", None,
                           *_trimmed(text, toc[0], toc[1])))
        taken["toc"] = 2
    return taken


def flatten(root, text: str, doc_id: str, source_file: str) -> tuple[list[Article], list[dict[str, Any]]]:
    r"""Article rows and provision rows of a parsed document (:func:`~corpus_tools.structure.tree.parse`).

    The rows of :func:`flatten_rows` as :class:`Article` objects and dicts
    (keys :data:`PROVISION_FIELDS`).

    >>> from corpus_tools.structure.tree import parse
    >>> t = "第一章 总则\n第一条(目的)为了…\n第二条 甲：\n（一）乙；\n前款…\n"
    >>> arts, rows = flatten(parse(t), t, "d", "f")
    >>> [(a.label, a.heading, a.chapter_title, a.paragraphs) for a in arts]
    [('第一条', '目的', '总则', ('为了…',)), ('第二条', None, '总则', ('甲：\n（一）乙；', '前款…'))]
    >>> [(r["eid"], r["parent_eid"], r["depth"]) for r in rows][:3]
    [('chp_1', None, 1), ('chp_1__art_1', 'chp_1', 2), ('chp_1__art_1__para_1', 'chp_1__art_1', 3)]
    """
    arts: list[tuple] = []
    provs: list[tuple] = []
    flatten_rows(root, text, doc_id, source_file, arts, provs)
    return [article_from_row(a) for a in arts], [dict(zip(PROVISION_FIELDS, r)) for r in provs]


def article_from_row(row: tuple) -> Article:
    """An :class:`Article` from a row tuple of :data:`ARTICLE_FIELDS`, its instance dict filled in one step.

    Equal to ``Article(*row)`` (same fields, same order), without the frozen
    dataclass's per-field ``__init__`` (several times slower).

    >>> import dataclasses
    >>> row = ("d", "f", 1, "甲", 0, "第一条", None, None, None, None, None, None, ("甲",), 0, 6, "art_1")
    >>> article_from_row(row) == Article(*row)
    True
    >>> list(vars(article_from_row(row))) == [f.name for f in dataclasses.fields(Article)] == list(ARTICLE_FIELDS)
    True
    """
    art = _new(Article)
    art.__dict__.update(zip(ARTICLE_FIELDS, row))
    return art
