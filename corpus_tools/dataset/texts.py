r"""Whole texts from a dataset that stores each text once (data format 3).

Since data format 3 the dataset holds every text once per reader-facing config:

* ``documents.text`` and ``articles.text`` are whole;
* a ``provisions`` row holds only its *own* text: its label and heading and its lead-in
  before its first child (a leaf: its full text), with the span ``start``/``end`` of its
  full text in its document (:func:`provision_text`);
* ``pages`` holds ``ingested_text``, the base of the edit log, and the sha256 of the cleaned
  page (``text_sha256``), not the cleaned page itself: replaying the page's ``edits`` on
  ``ingested_text`` gives it (:func:`page_text`).

Format 2 stored the cleaned page as ``pages.text`` and each provision's full text; these
functions give the same texts on a dataset of either format, so code written against them
reads old releases too.  They take rows as ``datasets.load_dataset`` gives them (a
``datasets.Dataset`` or one of its rows), a ``pyarrow.Table``, a pandas frame, a mapping of
columns or a list of row dicts::

    from datasets import load_dataset
    from corpus_tools.dataset.texts import page_texts, provision_texts

    documents = load_dataset(path, "documents", split="train")
    provisions = load_dataset(path, "provisions", split="train")
    full = provision_texts(provisions, documents)       # one full text per provisions row
    pages = load_dataset(path, "pages", split="train")
    edits = load_dataset(path, "edits", split="train")
    cleaned = page_texts(pages, edits)                  # one cleaned page per pages row

The build and the validator use the same functions (:func:`own_texts`, :func:`replay_log`),
so what is written and what is checked cannot drift apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from corpus_tools.text import BLOCK_STRIP

#: The columns each function reads, per config.
PAGE_COLUMNS = ("page_id", "ingested_text")
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


def page_text(page: Mapping[str, Any], edits: Any) -> str:
    r"""The cleaned text of one page: ``page`` is its ``pages`` row, ``edits`` the ``edits``
    config (the whole config, or this page's rows: rows of other pages are left out).

    The page text's edits are the rows with ``field`` null, replayed in ``seq`` order on
    ``ingested_text`` (:func:`replay_log`).  A row of format 2 holds the cleaned page as
    ``text``: that is returned.

    >>> page = {"page_id": "p-1", "ingested_text": "第一条 为了规范,制定本条例。"}
    >>> edits = [{"page_id": "p-1", "seq": 0, "step": 3, "start": 8, "end": 9, "before": ",", "after": "，", "field": None}]
    >>> page_text(page, edits)
    '第一条 为了规范，制定本条例。'
    """
    if page.get("text") is not None and "ingested_text" in page and "text_sha256" not in page:
        return page["text"]  # format 2
    logs = edit_logs(edits, pages={page["page_id"]})
    return replay_log(page["ingested_text"] or "", *logs.get(page["page_id"], _EMPTY_LOG))


def page_texts(pages: Any, edits: Any) -> list[str]:
    """The cleaned text of every row of ``pages`` (same order), from the ``edits`` config
    (:func:`page_text`); a ``pages`` config of format 2 gives its ``text`` column.

    >>> pages = {"page_id": ["p-1", "p-2"], "ingested_text": ["总  则", "附则"]}
    >>> edits = {"page_id": ["p-1"], "seq": [0], "step": [1], "start": [1], "end": [3], "before": ["  "],
    ...          "after": [""], "field": [None]}
    >>> page_texts(pages, edits)
    ['总则', '附则']
    """
    names = _column_names(pages)
    if "text" in names and "text_sha256" not in names:
        return _columns(pages, ("text",))["text"]  # format 2
    columns = _columns(pages, PAGE_COLUMNS)
    logs = edit_logs(edits, pages=set(columns["page_id"]))
    return [replay_log(text or "", *logs.get(page, _EMPTY_LOG)) for page, text in zip(columns["page_id"], columns["ingested_text"])]


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
    texts by ``doc_id``): what format 3 stores as ``provisions.text``.

    >>> doc = "第一章 总则\\n第一条 为了规范。\\n第二条 甲：\\n（一）乙；"
    >>> rows = {"doc_id": ["d"] * 4, "eid": ["chp_1", "chp_1__art_1", "chp_1__art_2", "chp_1__art_2__item_1"],
    ...         "parent_eid": [None, "chp_1", "chp_1", "chp_1__art_2"], "start": [0, 7, 17, 24], "end": [29, 16, 29, 29]}
    >>> own_texts(rows, {"d": doc})
    ['第一章 总则', '第一条 为了规范。', '第二条 甲：', '（一）乙；']
    """
    doc_ids, starts = provisions["doc_id"], provisions["start"]
    limits = own_ends(doc_ids, provisions["eid"], provisions["parent_eid"], starts, provisions["end"])
    return [own_text(document_text[d], s, e) for d, s, e in zip(doc_ids, starts, limits)]


# --------------------------------------------------------------------------- what the build stores


def store_once(columns: Mapping[str, Mapping[str, list[Any]]]) -> dict[str, dict[str, list[Any]]]:
    """A page's columns per config as the pipeline makes them (every text whole:
    :func:`corpus_tools.pipeline.page_columns`) as format 3 stores them: each provision's own
    text (:func:`own_texts`), and the cleaned page as its sha256 instead of its text.  Other
    configs are passed through unchanged."""
    out = dict(columns)
    provisions = columns.get("provisions")
    if provisions is not None and provisions["text"]:
        documents = columns["documents"]
        text_of = dict(zip(documents["doc_id"], documents["text"]))
        out["provisions"] = {**provisions, "text": own_texts(provisions, text_of)}
    pages = columns.get("pages")
    if pages is not None and "text" in pages:
        stored = {name: values for name, values in pages.items() if name != "text"}
        stored["text_sha256"] = [text_sha256(text or "") for text in pages["text"]]
        out["pages"] = stored
    return out


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
    try:
        return value != value or value is None  # NaN, pandas NA raises
    except TypeError:
        return True


__all__ = ["EDIT_COLUMNS", "PAGE_COLUMNS", "PROVISION_COLUMNS", "edit_logs", "own_ends", "own_text", "own_texts",
           "page_text", "page_texts", "provision_text", "provision_texts", "replay_log", "store_once", "text_sha256"]
