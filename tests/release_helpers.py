"""Builds for the release, card and publishing tests: the seeds, and the seeds changed.

``changed_raw`` is what a maintainer's next scrape looks like: one page
dropped, one article of another page amended.  Both build with the real
pipeline (validation is left to the publish gate under test).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from corpus_tools.dataset.build import build

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
DROPPED = "004_1a32719b4d74e475.txt"
AMENDED = "001_e8836f253944d275.txt"
AMENDMENT = "本条所称智能制造，以本条例为准。"


def copy_raw(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(RAW.glob("*.txt")):
        shutil.copyfile(path, target / path.name)
    return target


def changed_raw(target: Path) -> Path:
    """The seeds with one page removed and one sentence added to the third article of another."""
    copy_raw(target)
    (target / DROPPED).unlink()
    page = target / AMENDED
    text = page.read_text(encoding="utf-8")
    start = text.index("第三条")
    end = text.index("\n", start)
    page.write_text(text[:end] + AMENDMENT + text[end:], encoding="utf-8")
    return target


def make_build(raw: Path, out: Path) -> Path:
    summary = build(raw, out, progress=False, validate=False)
    assert summary.pages > 0, summary.render()
    return out


def as_format_2(build_dir: Path, out: Path) -> Path:
    """The build ``build_dir`` (data format 4) as a tool of data format 2 wrote it: what format 3
    stored (:func:`as_format_3`: paragraphs as strings, every ``ingested_text``), with each
    provision's full text in ``provisions.text``, the cleaned page as ``pages.text`` (after
    ``ingested_text``) instead of ``pages.text_sha256``, and the card stating ``data_format: 2``.
    The whole texts come from the build's own rows (documents' spans, the edits replayed with the
    cleaners' ``replay``), not from :mod:`corpus_tools.dataset.texts`, whose reading of every
    format the tests check."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    import yaml

    from corpus_tools.clean.edits import replay
    from corpus_tools.records import Edit

    format_3 = as_format_3(build_dir, out.with_name(out.name + "-format-3"))
    shutil.copytree(format_3, out)
    data = out / "data"
    documents = pa.concat_tables([pq.read_table(p) for p in sorted(data.glob("documents-*.parquet"))])
    text_of = dict(zip(documents.column("doc_id").to_pylist(), documents.column("text").to_pylist()))
    for path in sorted(data.glob("provisions-*.parquet")):
        table = pq.read_table(path)
        full = [text_of[d][s:e] for d, s, e in zip(*(table.column(c).to_pylist() for c in ("doc_id", "start", "end")))]
        pq.write_table(table.set_column(table.schema.get_field_index("text"), "text", pa.array(full, pa.string())), path)
    edits = pa.concat_tables([pq.read_table(p) for p in sorted(data.glob("edits-*.parquet"))]).to_pylist()
    for path in sorted(data.glob("pages-*.parquet")):
        table = pq.read_table(path)
        texts = []
        for page in table.to_pylist():
            steps: dict[int, list[Edit]] = {}
            for row in sorted((e for e in edits if e["page_id"] == page["page_id"] and e["field"] is None), key=lambda e: e["seq"]):
                steps.setdefault(row["step"], []).append(Edit(row["rule"], row["start"], row["end"], row["before"], row["after"]))
            texts.append(replay(page["ingested_text"], [steps[k] for k in sorted(steps)]))
        table = table.drop_columns(["text_sha256"]).append_column("text", pa.array(texts, pa.string()))
        pq.write_table(table, path)
    card = out / "README.md"
    front, body = card.read_text(encoding="utf-8")[4:].split("\n---\n", 1)
    meta = yaml.safe_load(front)
    meta["corpus_tools"]["data_format"] = 2
    for info in meta.get("dataset_info", []):  # the features a format-2 card declared
        for feature in info.get("features", []):
            if info["config_name"] == "pages" and feature["name"] == "text_sha256":
                feature["name"] = "text"
    card.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body, encoding="utf-8")
    return out


def as_format_3(build_dir: Path, out: Path) -> Path:
    """The build ``build_dir`` (data format 4) as a tool of data format 3 wrote it: each article's
    paragraphs as strings in ``articles.paragraphs`` (instead of ``paragraph_ends``), every page's
    ``ingested_text`` stored (a page without edits of its text: its cleaned text, its documents
    joined), and the card stating ``data_format: 3``.  The paragraphs are cut from the build's own
    rows here (``text`` at each end), not by :mod:`corpus_tools.dataset.texts`, whose reading of
    both formats the tests check."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    import yaml

    shutil.copytree(build_dir, out)
    data = out / "data"
    for path in sorted(data.glob("articles-*.parquet")):
        table = pq.read_table(path)
        paragraphs = []
        for text, ends in zip(table.column("text").to_pylist(), table.column("paragraph_ends").to_pylist()):
            starts = [0] + [end + 1 for end in ends[:-1]]
            paragraphs.append([text[a:b] for a, b in zip(starts, ends)])
        at = table.schema.get_field_index("paragraph_ends")
        pq.write_table(table.set_column(at, "paragraphs", pa.array(paragraphs, pa.list_(pa.string()))), path)
    documents = pa.concat_tables([pq.read_table(p) for p in sorted(data.glob("documents-*.parquet"))]).to_pylist()
    for path in sorted(data.glob("pages-*.parquet")):
        table = pq.read_table(path)
        ingested = []
        for page in table.to_pylist():
            mine = sorted((d for d in documents if d["page_id"] == page["page_id"]), key=lambda d: d["page_start"])
            ingested.append(page["ingested_text"] if page["ingested_text"] is not None else "".join(d["text"] for d in mine))
        at = table.schema.get_field_index("ingested_text")
        pq.write_table(table.set_column(at, "ingested_text", pa.array(ingested, pa.string())), path)
    card = out / "README.md"
    front, body = card.read_text(encoding="utf-8")[4:].split("\n---\n", 1)
    meta = yaml.safe_load(front)
    meta["corpus_tools"]["data_format"] = 3
    for info in meta.get("dataset_info", []):  # the features a format-3 card declared
        for feature in info.get("features", []):
            if info["config_name"] == "articles" and feature["name"] == "paragraph_ends":
                feature["name"], feature["list"] = "paragraphs", "string"
    card.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body, encoding="utf-8")
    return out
