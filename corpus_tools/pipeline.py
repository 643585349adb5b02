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


def process_record(
    record: Mapping[str, Any], *, restorations: Mapping[str, Mapping[int, Any]] | None = None
) -> Rows:
    """One ``{"source_file": str, "bytes": bytes}`` record -> the rows of every config.

    The per-page pipeline as a pure function of one record.  ``restorations``
    (from :func:`corpus_tools.build.compute_restorations`) fill the words spam
    replaced; without them, gaps stay unresolved (recorded as warnings).
    Raises :class:`~corpus_tools.ingest.IngestError` for bad input.
    """
    page = ingest_bytes(record["bytes"], record["source_file"])
    return page_rows(clean_page(page, restorations=(restorations or {}).get(page.source_file)))


#: Columns :func:`map_example` adds, for ``datasets.Dataset.map``.
MAP_COLUMNS = ("clean_text", "script", "rejected", "documents", "articles", "edits")


def map_example(
    example: Mapping[str, Any], *, restorations: Mapping[str, Mapping[int, Any]] | None = None
) -> dict[str, Any]:
    """The pipeline for ``datasets.Dataset.map``: one example in, new columns out.

    The example needs ``source_file`` and the raw page as ``bytes`` (or already
    decoded ``text``).  Added: ``clean_text``, ``script``, ``rejected`` (the
    reason, or ``""``) and the example's ``documents``, ``articles`` and
    ``edits`` as lists of rows (the columns of the configs of the same names).
    Pure and picklable, so ``num_proc`` works; pass the output features (a
    column that is null in one shard must not be guessed as null-typed)::

        ds = ds.map(map_example, num_proc=4, features=map_features(ds.features))

    >>> out = map_example({"source_file": "a.txt", "text": "第一条 为了规范,制定本条例。"})
    >>> out["clean_text"], out["articles"][0]["article_no"], out["edits"][0]["after"]
    ('第一条 为了规范，制定本条例。', 1, '，')
    """
    data = example.get("bytes")
    if data is None:
        data = str(example.get("text") or "").encode("utf-8")
    try:
        rows = process_record({"source_file": example["source_file"], "bytes": data}, restorations=restorations)
    except IngestError as error:
        return {"clean_text": "", "script": "", "rejected": error.reason, "documents": [], "articles": [], "edits": []}
    page = rows["pages"][0]
    return {
        "clean_text": page["text"],
        "script": page["script"],
        "rejected": "",
        "documents": rows["documents"],
        "articles": rows["articles"],
        "edits": rows["edits"],
    }


def map_features(input_features: Any) -> Any:
    """``datasets.Features`` of :func:`map_example`'s output, from the dataset's own.

    The nested rows take the Arrow schemas of :mod:`corpus_tools.tables`.
    """
    import pyarrow as pa
    from datasets import Features

    from corpus_tools.tables import ARTICLES, DOCUMENTS, EDITS

    added = pa.schema(
        [
            ("clean_text", pa.string()),
            ("script", pa.string()),
            ("rejected", pa.string()),
            ("documents", pa.list_(pa.struct(list(DOCUMENTS)))),
            ("articles", pa.list_(pa.struct(list(ARTICLES)))),
            ("edits", pa.list_(pa.struct(list(EDITS)))),
        ]
    )
    return Features({**input_features, **Features.from_arrow_schema(added)})


__all__ = ["IngestError", "MAP_COLUMNS", "map_features", "RULE_NAMES", "Rows", "clean_page", "map_example", "page_rows", "process_record"]
