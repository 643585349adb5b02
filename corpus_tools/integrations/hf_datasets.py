"""Run the per-page pipeline with ``datasets.Dataset.map``: one example in, new columns out.

::

    from functools import partial
    from corpus_tools.dataset.restore import compute_restorations
    from corpus_tools.integrations.hf_datasets import map_example, map_features

    # ds has columns source_file and bytes (or text)
    ds = ds.map(partial(map_example, restorations=compute_restorations("raw")), num_proc=8,
                features=map_features(ds.features))

    # ds is a crawl's records (a row per page: url, title, date, content…) and a column naming each
    ds = ds.map(partial(map_example, text_field="content"), features=map_features(ds.features))

One row is one page: a records file held whole in a row is no page (``build`` reads its records,
one page each); its records loaded as rows (``load_dataset("json", data_files=…)``) are pages,
each read as ``build`` reads a record when ``text_field`` names the text column.
"""

from __future__ import annotations

from typing import Any, Mapping

from corpus_tools.ingest import IngestError
from corpus_tools.pipeline import clean_page, page_rows, process_record


#: Columns :func:`map_example` adds, for ``datasets.Dataset.map``.
MAP_COLUMNS = ("clean_text", "script", "rejected", "documents", "articles", "edits")


def map_example(
    example: Mapping[str, Any], *, restorations: Mapping[str, Mapping[int, Any]] | None = None,
    text_field: str | None = None,
) -> dict[str, Any]:
    """The pipeline for ``datasets.Dataset.map``: one example in, new columns out.

    The example needs ``source_file`` and the raw page as ``bytes`` (or already
    decoded ``text``).  Added: ``clean_text``, ``script``, ``rejected`` (the
    reason, or ``""``) and the example's ``documents``, ``articles`` and
    ``edits`` as lists of rows (the columns of the configs of the same names, each
    text whole: an article's ``paragraphs`` as strings, where the ``articles`` config
    stores ``paragraph_ends``).
    Their ``findings`` are null here, meaning not computed: the quality checks
    run over many pages at once (one RE2 pass; per page they would cost more
    than the pipeline), so ``build`` and ``assemble`` compute them per chunk
    (:func:`corpus_tools.validation.quality.find` on the chunk's tables).
    Pure and picklable, so ``num_proc`` works; pass the output features (a
    column that is null in one shard must not be guessed as null-typed)::

        ds = ds.map(map_example, num_proc=4, features=map_features(ds.features))

    >>> out = map_example({"source_file": "a.txt", "text": "第一条 为了规范,制定本条例。"})
    >>> out["clean_text"], out["articles"][0]["article_no"], out["edits"][0]["after"]
    ('第一条 为了规范，制定本条例。', 1, '，')

    ``text_field`` reads the example as a crawl's record, as ``build`` reads one
    (:func:`corpus_tools.crawl_records.record_page`): its text from that column (HTML when it is
    written so), its other columns as the page's metadata (a ``title``, ``url``, ``date``…), where
    without it every other column was ignored:

    >>> out = map_example({"source_file": "crawl.jsonl#000001", "title": "某市物业管理办法", "date": "2021-01-06",
    ...                    "content": "<p>第一条 为了规范物业管理，制定本办法。</p>"}, text_field="content")
    >>> out["documents"][0]["title"], out["clean_text"]
    ('某市物业管理办法', '第一条 为了规范物业管理，制定本办法。\\n')
    """
    try:
        if text_field is not None:
            rows = _record_rows(example, text_field, restorations)
        else:
            data = example.get("bytes")
            if data is None:
                data = str(example.get("text") or "").encode("utf-8")
            rows = process_record({"source_file": example["source_file"], "bytes": data}, restorations=restorations)
    except IngestError as error:
        return {"clean_text": "", "script": "", "rejected": error.reason, "documents": [], "articles": [], "edits": []}
    page = rows["pages"][0]
    for row in (*rows["documents"], *rows["articles"]):
        row["findings"] = None  # not computed per page (see above)
    return {
        "clean_text": page["text"],
        "script": page["script"],
        "rejected": "",
        "documents": rows["documents"],
        "articles": rows["articles"],
        "edits": rows["edits"],
    }


def _record_rows(example: Mapping[str, Any], text_field: str,
                 restorations: Mapping[str, Mapping[int, Any]] | None) -> Any:
    """The rows of an example that is a crawl's record: its ``text_field`` the text, its other columns
    (but ``source_file``, the page's name) the metadata."""
    from corpus_tools.crawl_records import Record, record_page

    name = str(example["source_file"])
    text = example.get(text_field)
    fields = {key: value for key, value in example.items() if key not in ("source_file", text_field)}
    problem = None if isinstance(text, str) else (
        "no_text", f"the example has no text in its column {text_field!r}"
        + ("" if text_field in example else f"; its columns: {', '.join(map(str, example))}"))
    page = record_page(Record(name, 1, text if isinstance(text, str) else None, fields, text_field, problem), "utf-8")
    return page_rows(clean_page(page, restorations=(restorations or {}).get(name)))


def map_features(input_features: Any) -> Any:
    """``datasets.Features`` of :func:`map_example`'s output, from the dataset's own.

    The nested rows take the Arrow schemas of :mod:`corpus_tools.tables`, the articles as the
    pipeline makes them (:data:`~corpus_tools.tables.ARTICLES_IN_MEMORY`: ``paragraphs`` as
    strings, not the ``paragraph_ends`` the ``articles`` config stores).
    """
    import pyarrow as pa
    from datasets import Features

    from corpus_tools.tables import ARTICLES_IN_MEMORY, DOCUMENTS, EDITS

    added = pa.schema(
        [
            ("clean_text", pa.string()),
            ("script", pa.string()),
            ("rejected", pa.string()),
            ("documents", pa.list_(pa.struct(list(DOCUMENTS)))),
            ("articles", pa.list_(pa.struct(list(ARTICLES_IN_MEMORY)))),
            ("edits", pa.list_(pa.struct(list(EDITS)))),
        ]
    )
    return Features({**input_features, **Features.from_arrow_schema(added)})


__all__ = ["MAP_COLUMNS", "map_example", "map_features"]
