"""The per-page pipeline as pure functions of one record.

These are what ``build`` runs in worker processes, and what the adapters for
``datasets.Dataset.map`` and datatrove (:mod:`corpus_tools.integrations`) wrap:

* :func:`clean_page`: a :class:`RawPage` -> a :class:`CleanedPage` (from :mod:`corpus_tools.clean.page`).
* :func:`page_columns`: a cleaned page -> the columns it contributes to every
  config (what the build writes); :func:`page_rows`: the same as rows.
* :func:`process_record`: a ``{"source_file", "bytes"}`` record -> rows, in one call.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter, le
from typing import Any, Callable, Mapping

from corpus_tools.clean import RULE_NAMES
from corpus_tools.clean.edits import detail_json, final_positions_of_columns
from corpus_tools.clean.page import clean_page
from corpus_tools.ingest import IngestError, ingest_bytes
from corpus_tools.records import CleanedPage, CleanWarning, Document
from corpus_tools.structure import structure_rows
from corpus_tools.structure.unstructured import unstructured
from corpus_tools.structure.articles import ARTICLE_FIELDS, PROVISION_FIELDS, is_repealed
from corpus_tools.tables import ARTICLES_IN_MEMORY, DOCUMENTS, EDITS, PROVISIONS, SORT_KEYS

Rows = dict[str, list[dict[str, Any]]]
Columns = dict[str, dict[str, list[Any]]]


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _shallow_dict(record: Any) -> dict[str, Any]:
    """A dataclass as a dict, without ``asdict``'s deep copy (records are immutable)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


def _document_of(position: int, documents: tuple[Document, ...]) -> str | None:
    for doc in documents:
        if doc.page_start <= position < max(doc.page_end, doc.page_start + 1):
            return doc.doc_id
    return None


def _documents_of(positions: list[int], documents: tuple[Document, ...]) -> list[str | None]:
    """:func:`_document_of` of every position: the first document whose page span holds it.

    Spans that follow one another without overlap (what structure gives) are searched by
    bisection, not document by document.

    >>> from corpus_tools.records import Document
    >>> spans = [(0, 5), (5, 5), (9, 12)]
    >>> docs = tuple(Document(f"d-{i}", "p", "a.txt", i, "", page_start=s, page_end=e) for i, (s, e) in enumerate(spans))
    >>> _documents_of([0, 4, 5, 6, 9, 12], docs)
    ['d-0', 'd-0', 'd-1', None, 'd-2', None]
    """
    if not documents:
        return [None] * len(positions)
    lows = [doc.page_start for doc in documents]
    highs = [max(doc.page_end, low + 1) for doc, low in zip(documents, lows)]
    if len(documents) == 1:
        low, high, doc_id = lows[0], highs[0], documents[0].doc_id
        return [doc_id if low <= p < high else None for p in positions]
    if not all(map(le, highs, lows[1:])):  # overlapping or out of order: the first that holds it
        return [_document_of(p, documents) for p in positions]
    ids = [doc.doc_id for doc in documents]
    found = [bisect_right(lows, p) - 1 for p in positions]
    return [ids[i] if i >= 0 and p < highs[i] else None for i, p in zip(found, positions)]


def _transpose(names: tuple[str, ...], records: list[Any], get: Callable[[Any], tuple]) -> dict[str, list[Any]]:
    """Columns ``names`` of ``records`` (``get`` returns a record's values in that order).

    The transposition runs in C (``zip``), not as one dict per row.

    >>> _transpose(("a", "b"), [(1, "x"), (2, "y")], lambda r: r)
    {'a': [1, 2], 'b': ['x', 'y']}
    """
    if not records:
        return {name: [] for name in names}
    return {name: list(values) for name, values in zip(names, zip(*map(get, records)))}


def _sorted(name: str, records: list[Any], get: Callable[..., Callable[[Any], Any]]) -> list[Any]:
    """A page's records of config ``name`` in :data:`SORT_KEYS` order (within a page the keys
    after ``source_file`` are never null), so that pages taken in source order give a globally
    sorted dataset however the work was distributed."""
    keys = SORT_KEYS[name][1:]
    if keys and len(records) > 1:
        records = sorted(records, key=get(*keys))
    return records


def _row_columns(name: str, fields: tuple[str, ...], rows: list[tuple]) -> dict[str, list[Any]]:
    """Row tuples (values in ``fields`` order) as the columns of config ``name``, rows in
    :data:`SORT_KEYS` order (the stable sort :func:`_sorted` gives), columns in ``fields`` order.

    The transposition runs in C (``zip``); rows already in order are not sorted.

    >>> _row_columns("articles", ("doc_id", "start"), [("d-1", 9), ("d-1", 2)])["start"]
    [2, 9]
    """
    by_field = _transpose(fields, rows, tuple)  # tuple() of a tuple is the tuple itself: no copy
    keys = SORT_KEYS[name][1:]
    if keys and len(rows) > 1:
        key_rows = list(zip(*(by_field[k] for k in keys)))
        if key_rows != sorted(key_rows):
            order = sorted(range(len(rows)), key=key_rows.__getitem__)
            by_field = {f: [col[i] for i in order] for f, col in by_field.items()}
    return by_field


#: Columns not read off the :class:`Document` records: counted from the rows, or (``findings``)
#: filled by the writer for a whole chunk (:func:`corpus_tools.validation.quality.find`).
_DERIVED = ("num_articles", "first_article_no", "num_chars", "findings")
_DOCUMENT_COLUMNS = tuple(n for n in DOCUMENTS.names if n not in _DERIVED)


def _edit_columns(cleaned: CleanedPage, documents: tuple[Document, ...]) -> dict[str, list[Any]]:
    """The page's rows of the ``edits`` config as columns, in log order (steps in pipeline
    order, each step's edits in its order); ``doc_id`` is the document holding the edit's
    position in the cleaned text (:func:`~corpus_tools.clean.edits.final_positions`).

    Each column is read off the edits once (one comprehension per column, no row
    tuples), and the positions are computed from the same ``start``/``end``/``after``
    columns.  The edits of the page's declared metadata strings follow, field by field
    (``field`` names the string, ``start`` indexes it, ``doc_id`` is the document the
    declared metadata describes); the page text's edits have ``field`` null.
    """
    page = cleaned.page
    steps = cleaned.steps or (cleaned.edits,)
    log = [edit for step in steps for edit in step]
    field_log = [(name, index, edit) for name, field_steps in sorted(cleaned.field_steps.items())
                 for index, step in enumerate(field_steps) for edit in step]
    if not log and not field_log:
        return {name: [] for name in EDITS.names}
    starts = [e.start for e in log]
    ends = [e.end for e in log]
    afters = [e.after for e in log]
    sizes = [len(step) for step in steps]
    finals = final_positions_of_columns(sizes, starts, ends, afters) if log else []
    described = next((doc.doc_id for doc in documents if doc.title and doc.title == (cleaned.fields or {}).get("title")),
                     documents[0].doc_id if documents else None)
    total = len(log) + len(field_log)
    return {
        "doc_id": _documents_of(finals, documents) + [described] * len(field_log),
        "page_id": [page.page_id] * total,
        "source_file": [page.source_file] * total,
        "seq": list(range(total)),
        "step": [index for index, size in enumerate(sizes) for _ in range(size)] + [i for _, i, _ in field_log],
        "rule": [e.rule for e in log] + [e.rule for _, _, e in field_log],
        "start": starts + [e.start for _, _, e in field_log],
        "end": ends + [e.end for _, _, e in field_log],
        "before": [e.before for e in log] + [e.before for _, _, e in field_log],
        "after": afters + [e.after for _, _, e in field_log],
        "detail": [detail_json(e.detail) for e in log] + [detail_json(e.detail) for _, _, e in field_log],
        "field": [None] * len(log) + [name for name, _, _ in field_log],
    }


def page_columns(cleaned: CleanedPage) -> Columns:
    """All rows one cleaned page contributes, as columns per config, every text whole (what the
    build writes, before :func:`corpus_tools.dataset.texts.store_once` stores each text once).

    Config -> column -> values, the columns of :mod:`corpus_tools.tables` in
    their order, the rows in :data:`SORT_KEYS` order; the whole texts in place of what the
    configs store by reference: ``articles.paragraphs`` (strings) for ``paragraph_ends``
    (:data:`~corpus_tools.tables.ARTICLES_IN_MEMORY`), ``pages.text`` for ``text_sha256``,
    each provision's full text for its own text.

    A page is never a reason to refuse the corpus: the articles whose rows break their span
    invariant, and the provisions of a document where any does (the tree is one invariant), are
    left out, each recorded as a warning of the page (:func:`_quarantined`), which the findings
    report as ``structure_invariant`` on the document; the document itself is written whole.  A page whose
    structure raises keeps its whole text as one document, no rows, and the same finding
    (:func:`corpus_tools.structure.unstructured.unstructured`; strict mode raises).
    """
    page = cleaned.page
    try:
        documents_of_page, article_rows, provision_rows = structure_rows(cleaned)
        unread: list[CleanWarning] = []
    except Exception as error:  # noqa: BLE001 (the page stays, its text one document, with a finding: unstructured)
        documents_of_page, article_rows, provision_rows, unread = unstructured(cleaned, error)
    by_field = _row_columns("articles", ARTICLE_FIELDS, article_rows)
    by_field["repealed"] = list(map(is_repealed, by_field["heading"], by_field["text"]))
    by_field["findings"] = [[] for _ in by_field["text"]]
    articles = {name: by_field[name] for name in ARTICLES_IN_MEMORY.names}
    articles["paragraphs"] = [list(p) for p in articles["paragraphs"]]
    by_field = _row_columns("provisions", PROVISION_FIELDS, provision_rows)
    provisions = {name: by_field[name] for name in PROVISIONS.names}
    articles, provisions, quarantined = _quarantined(documents_of_page, articles, provisions)
    quarantined = [*unread, *quarantined] if unread else quarantined
    counts: dict[str, int] = {}
    lowest: dict[str, int] = {}
    for doc_id, number in zip(articles["doc_id"], articles["article_no"]):
        counts[doc_id] = counts.get(doc_id, 0) + 1
        if number >= 1 and number < lowest.get(doc_id, number + 1):
            lowest[doc_id] = number

    docs = _sorted("documents", list(documents_of_page), attrgetter)
    documents = _transpose(_DOCUMENT_COLUMNS, docs, attrgetter(*_DOCUMENT_COLUMNS))
    documents["num_articles"] = [counts.get(doc.doc_id, 0) for doc in docs]
    documents["first_article_no"] = [lowest.get(doc.doc_id) for doc in docs]
    documents["num_chars"] = [len(doc.text) for doc in docs]
    documents["findings"] = [[] for _ in docs]

    edits = _edit_columns(cleaned, documents_of_page)

    pages = {
        "page_id": [page.page_id],
        "source_file": [page.source_file],
        "sha256": [page.sha256],
        "encoding": [page.encoding],
        "format": [page.format],
        "script": [cleaned.script],
        "num_edits": [len(cleaned.edits) + sum(len(e) for steps in cleaned.field_steps.values() for e in steps)],
        "num_warnings": [len(cleaned.warnings) + len(quarantined)],
        "warnings": [json.dumps([_shallow_dict(w) for w in (*cleaned.warnings, *quarantined)], ensure_ascii=False)],
        "metadata": [json.dumps(dict(page.metadata), ensure_ascii=False, sort_keys=True)],
        "ingested_text": [page.text],
        "text": [cleaned.text],
    }
    return {
        "documents": {name: documents[name] for name in DOCUMENTS.names},
        "articles": articles,
        "provisions": provisions,
        "edits": edits,
        "pages": pages,
    }


def _quarantined(documents: tuple[Document, ...], articles: dict[str, list[Any]], provisions: dict[str, list[Any]],
                 ) -> tuple[dict[str, list[Any]], dict[str, list[Any]], list[CleanWarning]]:
    """The page's article and provision columns without the rows that break a span invariant, and
    a warning for each left out (:func:`corpus_tools.validation.quality.quarantine_warning`).

    The rows are checked as they will be stored and validated
    (:func:`corpus_tools.dataset.texts.store_once`, then
    :func:`corpus_tools.validation.texts.structure_failures`), so a structure bug on one page (last
    session's: labels read inside brackets, ``【第一条】``, that the span check did not know) costs
    that page's rows, not the whole build.  An article is left out alone; a document's provisions
    all together (a node left out would break its parent's and its neighbours' spans).
    """
    if not articles["doc_id"] and not provisions["doc_id"]:
        return articles, provisions, []
    from corpus_tools.dataset.texts import store_once
    from corpus_tools.validation import quality
    from corpus_tools.validation.texts import structure_failures

    stored = store_once({"documents": {"doc_id": [d.doc_id for d in documents], "text": [d.text for d in documents]},
                         "articles": articles, "provisions": provisions})
    failures = structure_failures(stored)
    if not failures:
        return articles, provisions, []
    start_of = {doc.doc_id: doc.page_start for doc in documents}
    text_of = {doc.doc_id: doc.text for doc in documents}
    warnings: list[CleanWarning] = []

    def warn(doc: str, what: str, failure: Any, start: int | None, more: int = 0) -> None:
        at = start if isinstance(start, int) and 0 <= start <= len(text_of.get(doc, "")) else 0
        problem = failure.value + (f" (and {more} more)" if more else "")
        warnings.append(quality.quarantine_warning(doc, what, f"{failure.config}.{failure.check}", problem,
                                                   start_of.get(doc, 0) + at, text_of.get(doc, "")[at:at + 40]))

    left_out: set[int] = set()
    for failure in failures.get("articles", ()):
        row = failure.row
        if row not in left_out:
            left_out.add(row)
            warn(articles["doc_id"][row], f"{articles['label'][row]} ({articles['eid'][row]})", failure, articles["start"][row])
    first: dict[str, Any] = {}
    problems: Counter = Counter()
    for failure in failures.get("provisions", ()):
        doc = provisions["doc_id"][failure.row]
        first.setdefault(doc, failure)
        problems[doc] += 1
    rows_of_doc = Counter(provisions["doc_id"])
    for doc, failure in first.items():
        warn(doc, f"its {rows_of_doc[doc]} provisions", failure, provisions["start"][failure.row], problems[doc] - 1)
    trees = {row for row, doc in enumerate(provisions["doc_id"]) if doc in first}
    return _without_rows(articles, left_out), _without_rows(provisions, trees), warnings


def _without_rows(columns: dict[str, list[Any]], rows: set[int]) -> dict[str, list[Any]]:
    if not rows:
        return columns
    return {name: [value for row, value in enumerate(values) if row not in rows] for name, values in columns.items()}


def rows_of(columns: Mapping[str, Mapping[str, list[Any]]]) -> Rows:
    """Columns per config (:func:`page_columns`) as rows per config.

    >>> rows_of({"edits": {"seq": [0, 1], "rule": ["width", "width"]}})
    {'edits': [{'seq': 0, 'rule': 'width'}, {'seq': 1, 'rule': 'width'}]}
    """
    return {name: [dict(zip(cols, values)) for values in zip(*cols.values())] for name, cols in columns.items()}


def page_rows(cleaned: CleanedPage) -> Rows:
    """All rows one cleaned page contributes, keyed by config name (one dict per row)."""
    return rows_of(page_columns(cleaned))


def process_record(
    record: Mapping[str, Any], *, restorations: Mapping[str, Mapping[int, Any]] | None = None
) -> Rows:
    """One ``{"source_file": str, "bytes": bytes}`` record -> the rows of every config.

    The per-page pipeline as a pure function of one record.  ``restorations``
    (from :func:`corpus_tools.dataset.restore.compute_restorations`) fill the words spam
    replaced; without them, gaps stay unresolved (recorded as warnings).
    Raises :class:`~corpus_tools.ingest.IngestError` for bad input.
    """
    page = ingest_bytes(record["bytes"], record["source_file"])
    return page_rows(clean_page(page, restorations=(restorations or {}).get(page.source_file)))


__all__ = ["Columns", "IngestError", "RULE_NAMES", "Rows", "clean_page", "page_columns", "page_rows", "process_record", "rows_of"]
