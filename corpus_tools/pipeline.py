"""The per-page pipeline as pure functions of one record.

These are what ``build`` runs in worker processes, what
``datasets.Dataset.map`` can call, and what the datatrove adapter wraps:

* :func:`clean_page`: a :class:`RawPage` -> a :class:`CleanedPage`.
* :func:`page_rows`: a cleaned page -> the rows it contributes to every config.
* :func:`process_record`: a ``{"source_file", "bytes"}`` record -> rows, in one call.
"""

from __future__ import annotations

import json
from dataclasses import fields
from functools import lru_cache
from operator import itemgetter
from typing import Any, Mapping

from corpus_tools.clean import RULE_NAMES, clean_and_explain
from corpus_tools.clean.script import detect_script
from corpus_tools.edits import final_positions
from corpus_tools.ingest import IngestError, ingest_bytes
from corpus_tools.records import CleanedPage, Document, RawPage
from corpus_tools.structure import structure_page
from corpus_tools.tables import SORT_KEYS

Rows = dict[str, list[dict[str, Any]]]


def clean_page(page: RawPage, *, restorations: Mapping[int, object] | None = None) -> CleanedPage:
    """Run every cleaner over one page; keep the per-step edit log.

    >>> from corpus_tools.records import RawPage
    >>> clean_page(RawPage("a.txt", "0", "utf-8", "text", "本市,区\\n")).text
    '本市，区\\n'
    """
    result = clean_and_explain(page.text, restorations=restorations)
    return CleanedPage(
        page=page,
        text=result.text,
        edits=result.edits,
        warnings=result.warnings,
        script=_source_script(page.text, result.steps),
        steps=result.steps,
    )


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _shallow_dict(record: Any) -> dict[str, Any]:
    """A dataclass as a dict, without ``asdict``'s deep copy (records are immutable)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


_SCRIPT_STEP = RULE_NAMES.index("traditional_to_simplified")


def _source_script(ingested: str, steps: tuple) -> str:
    """The page's source script; nothing converted means Simplified (no second scan)."""
    if steps and not steps[_SCRIPT_STEP]:
        return "simplified"
    return detect_script(ingested)


def _document_of(position: int, documents: tuple[Document, ...]) -> str | None:
    for doc in documents:
        if doc.page_start <= position < max(doc.page_end, doc.page_start + 1):
            return doc.doc_id
    return None


def page_rows(cleaned: CleanedPage) -> Rows:
    """All rows one cleaned page contributes, keyed by config name."""
    page = cleaned.page
    structure = structure_page(cleaned)
    counts: dict[str, int] = {}
    for article in structure.articles:
        counts[article.doc_id] = counts.get(article.doc_id, 0) + 1

    documents = []
    for doc in structure.documents:
        row = _shallow_dict(doc)
        row["num_articles"] = counts.get(doc.doc_id, 0)
        row["num_chars"] = len(doc.text)
        documents.append(row)

    articles = []
    for article in structure.articles:
        row = _shallow_dict(article)
        row["paragraphs"] = list(article.paragraphs)
        articles.append(row)

    steps = cleaned.steps or (cleaned.edits,)
    positions = final_positions(steps)
    edits = []
    seq = 0
    for step_index, (step, step_positions) in enumerate(zip(steps, positions)):
        for edit, final in zip(step, step_positions):
            edits.append(
                {
                    "doc_id": _document_of(final, structure.documents),
                    "page_id": page.page_id,
                    "source_file": page.source_file,
                    "seq": seq,
                    "step": step_index,
                    "rule": edit.rule,
                    "position": edit.start,
                    "end": edit.end,
                    "before": edit.before,
                    "after": edit.after,
                    "detail": edit.detail,
                }
            )
            seq += 1

    pages = [
        {
            "page_id": page.page_id,
            "source_file": page.source_file,
            "sha256": page.sha256,
            "encoding": page.encoding,
            "format": page.format,
            "script": cleaned.script,
            "num_edits": len(cleaned.edits),
            "num_warnings": len(cleaned.warnings),
            "warnings": json.dumps([_shallow_dict(w) for w in cleaned.warnings], ensure_ascii=False),
            "metadata": json.dumps(dict(page.metadata), ensure_ascii=False, sort_keys=True),
            "ingested_text": page.text,
            "text": cleaned.text,
        }
    ]
    rows = {
        "documents": documents,
        "articles": articles,
        "provisions": [dict(row) for row in structure.provisions],
        "edits": edits,
        "pages": pages,
    }
    # Rows leave in SORT_KEYS order, so that pages taken in source order give a
    # globally sorted dataset however the work was distributed.
    # (The within-page keys are never null: doc_id, ordinal, start, seq.)
    for name, table_rows in rows.items():
        keys = SORT_KEYS[name][1:]
        if keys and len(table_rows) > 1:
            table_rows.sort(key=itemgetter(*keys))
    return rows


def process_record(record: Mapping[str, Any]) -> Rows:
    """One ``{"source_file": str, "bytes": bytes}`` record -> its rows (no corpus-level restoration).

    Raises :class:`~corpus_tools.ingest.IngestError` for bad input.
    """
    page = ingest_bytes(record["bytes"], record["source_file"])
    return page_rows(clean_page(page))


__all__ = ["IngestError", "RULE_NAMES", "Rows", "clean_page", "page_rows", "process_record"]
