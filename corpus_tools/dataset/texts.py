r"""Whole texts from a dataset that stores each text once (data formats 3 and 4).

Since data format 3 the dataset holds every text once per reader-facing config:

* ``documents.text`` and ``articles.text`` are whole;
* a ``provisions`` row holds only its *own* text: its label and heading and its lead-in
  before its first child (a leaf: its full text), with the span ``start``/``end`` of its
  full text in its document (:func:`provision_text`);
* ``pages`` holds ``ingested_text``, the base of the edit log, and the sha256 of the cleaned
  page (``text_sha256``), not the cleaned page itself: replaying the page's ``edits`` on
  ``ingested_text`` gives it (:func:`page_text`).

Data format 4 stores two more texts by reference:

* ``articles.paragraph_ends`` holds where each paragraph (款) ends in ``articles.text``
  instead of a second copy of the body: the paragraphs are ``text`` cut there, each cut
  dropping the one newline between two paragraphs (a paragraph keeps the line breaks of
  its items, so it is not a line of ``text``): :func:`article_paragraphs`;
* ``pages.ingested_text`` is null where the page has no edit of its text and its documents
  tile it (each starting where the one before ends, the first at 0, the last at its end):
  the documents' texts joined give the page (:func:`page_text`, given the ``documents``).

Format 2 stored the cleaned page as ``pages.text`` and each provision's full text, format 3
the paragraphs as strings; these functions give the same texts on a dataset of any of these
formats, so code written against them reads old releases too.  They take rows as
``datasets.load_dataset`` gives them (a ``datasets.Dataset`` or one of its rows), a
``pyarrow.Table``, a pandas frame, a mapping of columns or a list of row dicts::

    from datasets import load_dataset
    from corpus_tools.dataset.texts import article_paragraph_lists, page_texts, provision_texts

    documents = load_dataset(path, "documents", split="train")
    provisions = load_dataset(path, "provisions", split="train")
    full = provision_texts(provisions, documents)       # one full text per provisions row
    pages = load_dataset(path, "pages", split="train")
    edits = load_dataset(path, "edits", split="train")
    cleaned = page_texts(pages, edits, documents)       # one cleaned page per pages row
    articles = load_dataset(path, "articles", split="train")
    paragraphs = article_paragraph_lists(articles)      # one list of paragraphs per article

The build and the validator use the same functions (:func:`own_texts`, :func:`replay_log`,
:func:`tiled_text`, :func:`split_paragraphs`), so what is written and what is checked cannot
drift apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from corpus_tools.text import BLOCK_STRIP

#: The columns each function reads, per config.
PAGE_COLUMNS = ("page_id", "ingested_text")
#: The columns of ``documents`` that rebuild a page whose ``ingested_text`` is not stored (format 4).
DOCUMENT_SPAN_COLUMNS = ("page_id", "page_start", "page_end", "text")
EDIT_COLUMNS = ("page_id", "seq", "step", "start", "end", "before", "after", "field")
PROVISION_COLUMNS = ("doc_id", "eid", "parent_eid", "ordinal", "start", "end", "text")


# --------------------------------------------------------------------------- pages


def replay_log(text: str, steps: Sequence[int], starts: Sequence[int], ends: Sequence[int],
               befores: Sequence[str], afters: Sequence[str]) -> str:
    """The text a page's edit log gives, the log given as columns in log order (``seq``).

    Consecutive edits of one ``step`` index that step's input and apply together; each
    edit's ``before`` must be the text at ``[start, end)`` and a step's edits must not
    overlap, else ``ValueError`` names the edit.  Working on the columns (no record per
    edit) keeps a page's replay cheap when its log holds thousands of edits.

    >>> replay_log("總  則,", [4, 5, 6], [1, 0, 2], [3, 2, 3], ["  ", "總則", ","], ["", "总则", "，"])
    '总则，'
    >>> replay_log("总则", [0], [0], [1], ["總"], ["总"])
    Traceback (most recent call last):
    ...
    ValueError: edit 0 (step 0) expects '總' at 0, the text has '总'
    """
    count = len(steps)
    i = 0
    while i < count:
        step = steps[i]
        parts: list[str] = []
        cursor = 0
        while i < count and steps[i] == step:
            start, end, before = starts[i], ends[i], befores[i]
            if start < cursor:
                raise ValueError(f"edit {i} (step {step}) overlaps the previous edit or is out of order, at {start}")
            if end - start != len(before) or not text.startswith(before, start):
                raise ValueError(f"edit {i} (step {step}) expects {before!r} at {start}, the text has {text[start:end]!r}")
            parts.append(text[cursor:start])
            parts.append(afters[i])
            cursor = end
            i += 1
        parts.append(text[cursor:])
        text = "".join(parts)
    return text


def text_sha256(text: str) -> str:
    """The ``pages.text_sha256`` of a cleaned page: sha256 of its UTF-8 bytes, in hex.

    >>> text_sha256("第一条")[:16]
    '0393212391453b21'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def page_text(page: Mapping[str, Any], edits: Any, documents: Any = None) -> str:
    r"""The cleaned text of one page: ``page`` is its ``pages`` row, ``edits`` the ``edits``
    config (the whole config, or this page's rows: rows of other pages are left out).

    The page text's edits are the rows with ``field`` null, replayed in ``seq`` order on
    ``ingested_text`` (:func:`replay_log`).  A row of format 2 holds the cleaned page as
    ``text``: that is returned.  A row of format 4 whose ``ingested_text`` is null (the page
    has no edit of its text and its documents tile it) is its documents' texts joined
    (:func:`tiled_text`): ``documents`` is the ``documents`` config (or this page's rows);
    without it such a page is a ``ValueError``.

    >>> page = {"page_id": "p-1", "ingested_text": "第一条 为了规范,制定本条例。"}
    >>> edits = [{"page_id": "p-1", "seq": 0, "step": 3, "start": 8, "end": 9, "before": ",", "after": "，", "field": None}]
    >>> page_text(page, edits)
    '第一条 为了规范，制定本条例。'
    >>> page = {"page_id": "p-2", "ingested_text": None, "text_sha256": "…"}
    >>> page_text(page, [], [{"page_id": "p-2", "page_start": 0, "page_end": 6, "text": "第一条 总则"}])
    '第一条 总则'
    """
    if page.get("text") is not None and "ingested_text" in page and "text_sha256" not in page:
        return page["text"]  # format 2
    if page.get("ingested_text") is None and "ingested_text" in page:
        spans = None if documents is None else document_spans(documents, pages={page["page_id"]}).get(page["page_id"], ())
        return _rebuilt(page["page_id"], spans)
    logs = edit_logs(edits, pages={page["page_id"]})
    return replay_log(page["ingested_text"] or "", *logs.get(page["page_id"], _EMPTY_LOG))


def page_texts(pages: Any, edits: Any, documents: Any = None) -> list[str]:
    """The cleaned text of every row of ``pages`` (same order), from the ``edits`` config
    (:func:`page_text`); a ``pages`` config of format 2 gives its ``text`` column.  The
    ``documents`` config is read only for the pages whose ``ingested_text`` format 4 left out
    (their documents tile them): without it they are a ``ValueError``.

    >>> pages = {"page_id": ["p-1", "p-2"], "ingested_text": ["总  则", None]}
    >>> edits = {"page_id": ["p-1"], "seq": [0], "step": [1], "start": [1], "end": [3], "before": ["  "],
    ...          "after": [""], "field": [None]}
    >>> documents = {"page_id": ["p-2", "p-2"], "page_start": [3, 0], "page_end": [5, 3], "text": ["附则", "总则\\n"]}
    >>> page_texts(pages, edits, documents)
    ['总则', '总则\\n附则']
    """
    names = _column_names(pages)
    if "text" in names and "text_sha256" not in names:
        return _columns(pages, ("text",))["text"]  # format 2
    columns = _columns(pages, PAGE_COLUMNS)
    elided = {page for page, text in zip(columns["page_id"], columns["ingested_text"]) if text is None}
    logs = edit_logs(edits, pages=set(columns["page_id"]) - elided)
    tiles = document_spans(documents, pages=elided) if elided and documents is not None else {}
    out = []
    for page, text in zip(columns["page_id"], columns["ingested_text"]):
        if text is None:
            out.append(_rebuilt(page, None if documents is None else tiles.get(page, ())))
        else:
            out.append(replay_log(text, *logs.get(page, _EMPTY_LOG)))
    return out


#: One document's place in its page: (page_start, page_end, text).
Span = tuple[int, int, str]


def document_spans(documents: Any, *, pages: Iterable[str] | None = None) -> dict[str, list[Span]]:
    """page_id -> its documents' ``(page_start, page_end, text)`` (only ``pages`` when given)."""
    columns = _columns(documents, DOCUMENT_SPAN_COLUMNS)
    wanted = None if pages is None else set(pages)
    spans: dict[str, list[Span]] = {}
    for page, start, end, text in zip(*(columns[c] for c in DOCUMENT_SPAN_COLUMNS)):
        if wanted is None or page in wanted:
            spans.setdefault(page, []).append((start, end, text))
    return spans


def tiled_text(spans: Iterable[Span]) -> str | None:
    r"""The page its documents make when they tile it, or None: ``spans`` are one page's
    documents as ``(page_start, page_end, text)`` in any order; in ``page_start`` order the
    first must start at 0, each the next where the one before ends, and each text be as long
    as its span.  No document: None (a page without documents is always stored).

    >>> tiled_text([(7, 11, "第二条甲"), (0, 7, "第一条 总则\n")])
    '第一条 总则\n第二条甲'
    >>> tiled_text([(0, 6, "第一条 总则"), (7, 11, "第二条甲")]) is None  # a line between them is no document's
    True
    """
    at, parts = 0, []
    for start, end, text in sorted(spans, key=lambda span: (span[0] is None, span[0] or 0)):
        if start != at or end is None or text is None or len(text) != end - start:
            return None
        parts.append(text)
        at = end
    return "".join(parts) if parts else None


def _rebuilt(page: str, spans: Iterable[Span] | None) -> str:
    """The text of a page whose ``ingested_text`` is not stored: its documents' texts joined
    (``spans``: its documents, None when the caller gave no documents config)."""
    if spans is None:
        raise ValueError(f"page {page} stores no ingested_text (data format 4: its documents tile it): "
                         "pass the documents config to rebuild it")
    text = tiled_text(spans)
    if text is None:
        raise ValueError(f"page {page} stores no ingested_text and its documents do not tile it")
    return text


_EMPTY_LOG: tuple[list, ...] = ([], [], [], [], [])

#: One page's log as columns: steps, starts, ends, befores, afters (in ``seq`` order).
Log = tuple[list[int], list[int], list[int], list[str], list[str]]


def edit_logs(edits: Any, *, pages: Iterable[str] | None = None) -> dict[str, Log]:
    """page_id -> the page text's edit log as columns in ``seq`` order (the arguments of
    :func:`replay_log` after the text); only the rows with ``field`` null, only ``pages`` when given."""
    columns = _columns(edits, EDIT_COLUMNS)
    wanted = None if pages is None else set(pages)
    by_page: dict[str, list[int]] = {}
    for row, (page, name) in enumerate(zip(columns["page_id"], columns["field"])):
        if name is None and (wanted is None or page in wanted):
            by_page.setdefault(page, []).append(row)
    seqs, steps, starts, ends = columns["seq"], columns["step"], columns["start"], columns["end"]
    befores, afters = columns["before"], columns["after"]
    logs: dict[str, Log] = {}
    for page, rows in by_page.items():
        if any(seqs[a] > seqs[b] for a, b in zip(rows, rows[1:])):
            rows.sort(key=seqs.__getitem__)
        logs[page] = ([steps[r] for r in rows], [starts[r] for r in rows], [ends[r] for r in rows],
                      [befores[r] for r in rows], [afters[r] for r in rows])
    return logs


# --------------------------------------------------------------------------- provisions


def provision_text(provision: Mapping[str, Any], document: str | Any) -> str:
    r"""The full text of one provision (a chapter with all its articles, an article with its
    paragraphs): its span ``start:end`` of its document's text.  ``document`` is that text,
    or the ``documents`` config (the row is found by ``doc_id``).  The same on format 2,
    whose ``text`` was already the full text.

    >>> doc = "第一章 总则\n第一条 为了规范，制定本条例。"
    >>> chapter = {"doc_id": "d", "eid": "chp_1", "text": "第一章 总则", "start": 0, "end": 22}
    >>> provision_text(chapter, doc)
    '第一章 总则\n第一条 为了规范，制定本条例。'
    >>> provision_text(chapter, {"doc_id": ["d"], "text": [doc]}) == doc
    True
    """
    if not isinstance(document, str):
        columns = _columns(document, ("doc_id", "text"))
        document = next(t for d, t in zip(columns["doc_id"], columns["text"]) if d == provision["doc_id"])
    return (document or "")[provision["start"]:provision["end"]]


def provision_texts(provisions: Any, documents: Any) -> list[str]:
    """The full text of every row of ``provisions`` (same order): its span of its document's
    text, the documents given as the ``documents`` config (:func:`provision_text`)."""
    rows = _columns(provisions, ("doc_id", "start", "end"))
    wanted = set(rows["doc_id"])
    docs = _columns(documents, ("doc_id", "text"))
    text_of = {d: t or "" for d, t in zip(docs["doc_id"], docs["text"]) if d in wanted}
    return [text_of[d][s:e] for d, s, e in zip(rows["doc_id"], rows["start"], rows["end"])]


def own_ends(doc_ids: Sequence[str], eids: Sequence[str], parent_eids: Sequence[str | None],
             starts: Sequence[int], ends: Sequence[int]) -> list[int]:
    """Where each provision's own text ends in its document: at its first child's start (the
    next row in document order, when that row's parent is this one), a leaf at its ``end``.
    Rows are one or more documents' provisions in document order (``ordinal``).

    >>> own_ends(["d"] * 3, ["chp_1", "chp_1__art_1", "chp_1__art_2"], [None, "chp_1", "chp_1"], [0, 7, 15], [22, 14, 22])
    [7, 14, 22]
    """
    out = list(ends)
    for row in range(len(eids) - 1):
        if parent_eids[row + 1] == eids[row] and doc_ids[row + 1] == doc_ids[row]:
            out[row] = max(starts[row], min(starts[row + 1], ends[row]))
    return out


def own_text(document: str, start: int, own_end: int) -> str:
    """A provision's own text: its document's text from ``start`` to ``own_end``
    (:func:`own_ends`) without the whitespace before its first child.

    >>> own_text("第二条 甲：\\n（一）乙；", 0, 7)
    '第二条 甲：'
    """
    return document[start:own_end].rstrip(BLOCK_STRIP)


def own_texts(provisions: Mapping[str, Sequence[Any]], document_text: Mapping[str, str]) -> list[str]:
    """The own text of every provisions row (rows as columns, in document order; the documents'
    texts by ``doc_id``): what formats 3 and 4 store as ``provisions.text``.

    >>> doc = "第一章 总则\\n第一条 为了规范。\\n第二条 甲：\\n（一）乙；"
    >>> rows = {"doc_id": ["d"] * 4, "eid": ["chp_1", "chp_1__art_1", "chp_1__art_2", "chp_1__art_2__item_1"],
    ...         "parent_eid": [None, "chp_1", "chp_1", "chp_1__art_2"], "start": [0, 7, 17, 24], "end": [29, 16, 29, 29]}
    >>> own_texts(rows, {"d": doc})
    ['第一章 总则', '第一条 为了规范。', '第二条 甲：', '（一）乙；']
    """
    doc_ids, starts = provisions["doc_id"], provisions["start"]
    limits = own_ends(doc_ids, provisions["eid"], provisions["parent_eid"], starts, provisions["end"])
    return [own_text(document_text[d], s, e) for d, s, e in zip(doc_ids, starts, limits)]


# --------------------------------------------------------------------------- articles


def paragraph_ends(paragraphs: Sequence[str]) -> list[int]:
    r"""Where each paragraph ends in the paragraphs joined by newlines (an article's ``text``):
    what format 4 stores as ``articles.paragraph_ends``.  Offsets count characters (code
    points), as every span of the dataset does.

    >>> paragraph_ends(["甲：\n（一）乙；", "前款…"])
    [8, 12]
    >>> paragraph_ends([])
    []
    """
    ends: list[int] = []
    at = -1
    for paragraph in paragraphs:
        at += 1 + len(paragraph)
        ends.append(at)
    return ends


def split_paragraphs(text: str, ends: Sequence[int]) -> list[str]:
    r"""An article's paragraphs from its ``text`` and its ``paragraph_ends``: ``text`` cut at
    each end, the newline after each paragraph but the last dropped (a paragraph keeps its
    items' line breaks).  ``ValueError`` when the ends are not the ends of paragraphs of
    ``text`` (not ascending, no newline after a paragraph, the last not the end of ``text``).

    >>> split_paragraphs("甲：\n（一）乙；\n前款…", [8, 12])
    ['甲：\n（一）乙；', '前款…']
    >>> split_paragraphs("甲：\n（一）乙；\n前款…", [2, 12])
    ['甲：', '（一）乙；\n前款…']
    >>> split_paragraphs("甲：\n乙", [1, 4])
    Traceback (most recent call last):
    ...
    ValueError: paragraph_ends [1, 4] are not the ends of paragraphs of a text of 4 characters
    """
    problem = paragraph_ends_problem(text, ends)
    if problem:
        raise ValueError(problem)
    paragraphs, start = [], 0
    for end in ends:
        paragraphs.append(text[start:end])
        start = end + 1
    return paragraphs


def paragraph_ends_problem(text: str, ends: Sequence[int] | None) -> str | None:
    """Why ``ends`` are not the ends of paragraphs of ``text`` (see :func:`split_paragraphs`),
    or None when they are: then the paragraphs joined by newlines are ``text``.

    >>> paragraph_ends_problem("甲\\n乙", [1, 3]), paragraph_ends_problem("", [])
    (None, None)
    """
    text, ends = text or "", ends if ends is not None else ()
    start = 0
    for k, end in enumerate(ends):
        last = k == len(ends) - 1
        if end is None or end < start or end > len(text) or (text[end:end + 1] != "\n" if not last else end != len(text)):
            return f"paragraph_ends {list(ends)} are not the ends of paragraphs of a text of {len(text)} characters"
        start = end + 1
    if not ends and text:
        return f"paragraph_ends is empty for a text of {len(text)} characters"
    return None


def article_paragraphs(article: Mapping[str, Any]) -> list[str]:
    r"""The paragraphs (款) of one ``articles`` row, in order: its ``text`` cut at its
    ``paragraph_ends`` (format 4, :func:`split_paragraphs`), or its ``paragraphs`` as a
    release of format 3 or earlier stored them.

    >>> article_paragraphs({"text": "甲：\n（一）乙；\n前款…", "paragraph_ends": [8, 12]})
    ['甲：\n（一）乙；', '前款…']
    >>> article_paragraphs({"text": "甲：\n（一）乙；\n前款…", "paragraphs": ["甲：\n（一）乙；", "前款…"]})
    ['甲：\n（一）乙；', '前款…']
    """
    if "paragraph_ends" not in article and "paragraphs" in article:
        paragraphs = article["paragraphs"]
        return list(paragraphs if paragraphs is not None else ())  # format 3 and earlier
    ends = article["paragraph_ends"]
    return split_paragraphs(article["text"] or "", list(ends if ends is not None else ()))


def article_paragraph_lists(articles: Any) -> list[list[str]]:
    """The paragraphs of every row of ``articles`` (same order), of any format (:func:`article_paragraphs`).

    >>> article_paragraph_lists({"text": ["甲\\n乙", "丙"], "paragraph_ends": [[1, 3], [1]]})
    [['甲', '乙'], ['丙']]
    """
    names = _column_names(articles)
    if "paragraph_ends" not in names and "paragraphs" in names:
        return [list(p if p is not None else ()) for p in _columns(articles, ("paragraphs",))["paragraphs"]]  # format 3 and earlier
    columns = _columns(articles, ("text", "paragraph_ends"))
    return [split_paragraphs(text or "", list(ends if ends is not None else ()))
            for text, ends in zip(columns["text"], columns["paragraph_ends"])]


# --------------------------------------------------------------------------- what the build stores


def store_once(columns: Mapping[str, Mapping[str, list[Any]]]) -> dict[str, dict[str, list[Any]]]:
    """A page's columns per config as the pipeline makes them (every text whole:
    :func:`corpus_tools.pipeline.page_columns`) as format 4 stores them: each provision's own
    text (:func:`own_texts`), each article's paragraphs as their ends in its text
    (:func:`paragraph_ends`), the cleaned page as its sha256 instead of its text, and no
    ``ingested_text`` where the page has no edit of its text and its documents tile it
    (:func:`page_is_its_documents`).  Other configs are passed through unchanged."""
    out = dict(columns)
    provisions = columns.get("provisions")
    if provisions is not None and provisions["text"]:
        documents = columns["documents"]
        text_of = dict(zip(documents["doc_id"], documents["text"]))
        out["provisions"] = {**provisions, "text": own_texts(provisions, text_of)}
    articles = columns.get("articles")
    if articles is not None and "paragraphs" in articles:
        out["articles"] = {("paragraph_ends" if name == "paragraphs" else name):
                           (list(map(paragraph_ends, values)) if name == "paragraphs" else values)
                           for name, values in articles.items()}
    pages = columns.get("pages")
    if pages is not None and "text" in pages:
        stored = {name: values for name, values in pages.items() if name != "text"}
        stored["text_sha256"] = [text_sha256(text or "") for text in pages["text"]]
        if len(pages["text"]) == 1 and page_is_its_documents(pages, columns.get("edits"), columns.get("documents")):
            stored["ingested_text"] = [None]
        out["pages"] = stored
    return out


def page_is_its_documents(page: Mapping[str, list[Any]], edits: Mapping[str, list[Any]] | None,
                          documents: Mapping[str, list[Any]] | None) -> bool:
    """Whether format 4 leaves one page's ``ingested_text`` out: the page (its columns, with its
    cleaned ``text``) has no edit of its text (its ingested text is its cleaned text) and its
    documents tile it (:func:`tiled_text`), so they give it whole.  ``edits`` and
    ``documents``: the page's rows."""
    if edits is None or documents is None or any(name is None for name in edits["field"]):
        return False
    text, ingested = page["text"][0], page["ingested_text"][0]
    if text != ingested or not text:
        return False
    return tiled_text(zip(documents["page_start"], documents["page_end"], documents["text"])) == text


# --------------------------------------------------------------------------- rows in any form


def _column_names(data: Any) -> list[str]:
    if hasattr(data, "column_names"):  # pyarrow.Table, datasets.Dataset
        return list(data.column_names)
    if hasattr(data, "columns") and not isinstance(data, Mapping):  # pandas
        return [str(c) for c in data.columns]
    if isinstance(data, Mapping):
        return list(data)
    rows = list(data)
    return list(rows[0]) if rows else []


def _columns(data: Any, names: Sequence[str]) -> dict[str, list[Any]]:
    """``names`` of ``data`` as Python lists: a ``pyarrow.Table``, a ``datasets.Dataset``
    (its selected rows), a pandas frame, a mapping of columns, a mapping that is one row,
    or a list of row dicts.  A column absent from ``data`` reads as nulls."""
    present = _column_names(data)
    if hasattr(data, "with_format") and hasattr(data, "select_columns"):  # datasets.Dataset
        data = data.select_columns([n for n in names if n in present]).with_format("arrow")[:]
    if hasattr(data, "column") and hasattr(data, "num_rows"):  # pyarrow.Table / RecordBatch
        return {n: data.column(n).to_pylist() if n in present else [None] * data.num_rows for n in names}
    if hasattr(data, "columns") and hasattr(data, "to_dict") and not isinstance(data, Mapping):  # pandas
        size = len(data)
        return {n: [None if _is_na(v) else v for v in data[n].tolist()] if n in present else [None] * size for n in names}
    if isinstance(data, Mapping):
        values = [data[n] for n in names if n in data]
        if values and (values[0] is None or isinstance(values[0], (str, bytes, int, float))):
            data = [data]  # one row
        else:
            size = len(values[0]) if values else 0
            return {n: list(data[n]) if n in data else [None] * size for n in names}
    rows = list(data)
    return {n: [row.get(n) for row in rows] for n in names}


def _is_na(value: Any) -> bool:
    if hasattr(value, "__len__") and not isinstance(value, (str, bytes)):
        return False  # a list value (paragraph_ends, paragraphs): numpy compares it element by element
    try:
        return value != value or value is None  # NaN, pandas NA raises
    except TypeError:
        return True


__all__ = ["DOCUMENT_SPAN_COLUMNS", "EDIT_COLUMNS", "PAGE_COLUMNS", "PROVISION_COLUMNS", "article_paragraph_lists",
           "article_paragraphs", "document_spans", "edit_logs", "own_ends", "own_text", "own_texts", "page_is_its_documents",
           "page_text", "page_texts", "paragraph_ends", "paragraph_ends_problem", "provision_text", "provision_texts",
           "replay_log", "split_paragraphs", "store_once", "text_sha256", "tiled_text"]
