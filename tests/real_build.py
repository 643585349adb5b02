"""A build of a folder of tests/real_pages, read back by file: the harness the structure tests of the
field pages share (tests/test_structure_field7.py, field8, field8b)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.dataset.build import build

REAL = Path(__file__).parent / "real_pages"


def _place(row: dict) -> tuple[int, int]:
    """Where a row stands in its page: its document's ordinal (a document's own, or the one its
    ``doc_id`` ends with: ``d-…-10`` comes after ``d-…-2``), then its start."""
    ordinal = row["ordinal"] if "ordinal" in row else int(row["doc_id"].rsplit("-", 1)[1])
    return ordinal, row.get("start", 0)


def build_real_pages(folder: str, out: Path, names: tuple[str, ...] = (),
                     configs: tuple[str, ...] = ("documents", "articles")) -> dict[str, list[dict]]:
    """The rows of ``configs`` of a build of tests/real_pages/FOLDER (only ``names`` when given), keyed
    ``<config>:<file name>`` (``documents:…``, ``articles:…``), documents and articles in page order,
    other configs as written."""
    raw = out / "raw"
    raw.mkdir(parents=True)
    for path in sorted((REAL / folder).iterdir()):
        if path.name != "SOURCE.md" and (not names or path.name in names):
            (raw / path.name).write_bytes(path.read_bytes())
    summary = build(raw, out / "build", progress=False)
    assert summary.outcome == "ok", summary.render()
    by_file: dict[str, list[dict]] = {}
    for config in configs:
        for path in sorted((out / "build" / "data").glob(f"{config}-*.parquet")):
            for row in pq.read_table(path).to_pylist():
                by_file.setdefault(config + ":" + Path(row["source_file"]).name, []).append(row)
    for key, rows in by_file.items():
        if key.startswith(("documents:", "articles:")):
            rows.sort(key=_place)
    return by_file


def built_rows(built: dict[str, list[dict]], config: str, name: str) -> list[dict]:
    """The rows of ``config`` that the file ``name`` gave in a :func:`build_real_pages` result."""
    return [row for key, rows in built.items() if key.startswith(f"{config}:{name}") for row in rows]


def page_documents(page: Path, text: str | None = None, tmp_path: Path | None = None) -> list:
    """The documents one real page gives (ingest, clean, structure: what a build does to it, nothing
    written); with ``text``, of that text saved under ``tmp_path`` with the page's name (a page's head,
    or a probe beside it)."""
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page
    from corpus_tools.structure import structure_page

    if text is not None:
        page = tmp_path / page.name
        page.write_text(text, encoding="utf-8")
    return structure_page(clean_page(ingest_file(page, page.parent))).documents


def build_files(tmp_path: Path, *files: tuple[str, bytes]) -> tuple[list[dict], list[dict]]:
    """The ``documents`` and ``articles`` rows of a whole build of ``files`` (name, bytes) written into
    ``tmp_path``/raw (field 16's, 21's and 22's tests, which build pages they alter in memory)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in files:
        (raw / name).write_bytes(data)
    build(raw, tmp_path / "out")
    data = tmp_path / "out" / "data"
    docs = [r for f in sorted(data.glob("documents-*.parquet")) for r in pq.read_table(f).to_pylist()]
    arts = [r for f in sorted(data.glob("articles-*.parquet")) for r in pq.read_table(f).to_pylist()]
    return docs, arts


def built_documents(tmp_path: Path, *pages: Path) -> list[dict]:
    """The ``documents`` rows of a whole build (validation too) of the given pages, copied into
    ``tmp_path``/raw: for the findings only a build makes (field 15's and 16's tests)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for page in pages:
        (raw / page.name).write_bytes(page.read_bytes())
    build(raw, tmp_path / "out")
    return [row for f in sorted((tmp_path / "out" / "data").glob("documents-*.parquet")) for row in pq.read_table(f).to_pylist()]
