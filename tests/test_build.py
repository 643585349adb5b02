"""The spine end to end: raw/ -> dataset folder -> datasets.load_dataset."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from datasets import load_dataset

from corpus_tools import pipeline
import corpus_tools.dataset.build as build_module
from corpus_tools.dataset.build import build
from tests.conftest import RAW

SEED_001 = "001_e8836f253944d275.txt"
SEED_002 = "002_bcf61e705208e52e.txt"


def _hashes(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build") / "dataset"
    summary = build(RAW, out, progress=False)
    assert summary.outcome == "ok", summary.render()
    return out


def test_load_dataset_returns_documents_and_articles(built):
    documents = load_dataset(str(built), "documents", split="train")
    articles = load_dataset(str(built), "articles", split="train")
    assert {"doc_id", "source_file", "title", "text"} <= set(documents.column_names)
    assert {"doc_id", "source_file", "article_no", "text"} <= set(articles.column_names)
    assert set(documents["source_file"]) == {p.name for p in RAW.glob("*.txt")}
    assert len(set(documents["doc_id"])) == len(documents)


@pytest.mark.parametrize("source_file,count", [(SEED_001, 37), (SEED_002, 47)])
def test_regulations_yield_their_articles_numbered_without_gaps(built, source_file, count):
    articles = load_dataset(str(built), "articles", split="train").filter(lambda r: r["source_file"] == source_file)
    assert sorted(articles["article_no"]) == list(range(1, count + 1))
    assert all(text and not text.startswith("第") for text in articles["text"])


def test_every_config_of_the_card_loads(built):
    from huggingface_hub import DatasetCard

    card = DatasetCard.load(built / "README.md")
    configs = [c["config_name"] for c in card.data.to_dict()["configs"]]
    assert {"documents", "articles", "edits", "pages"} <= set(configs)
    for config in configs:
        assert len(load_dataset(str(built), config, split="train")) > 0


def test_two_builds_are_byte_identical(built, tmp_path):
    again = tmp_path / "again"
    build(RAW, again, progress=False)
    assert _hashes(again) == _hashes(built)


def test_two_workers_give_the_same_bytes_as_one(built, tmp_path):
    parallel = tmp_path / "parallel"
    build(RAW, parallel, workers=2, progress=False)
    assert _hashes(parallel) == _hashes(built)


def test_pages_replay_edits_and_documents_are_spans(built):
    from corpus_tools.clean.edits import replay
    from corpus_tools.records import Edit

    pages = load_dataset(str(built), "pages", split="train")
    edits = load_dataset(str(built), "edits", split="train").to_pandas()
    documents = load_dataset(str(built), "documents", split="train").to_pandas()
    for page in pages:
        rows = edits[edits.source_file == page["source_file"]].sort_values("seq")
        steps: dict[int, list[Edit]] = {}
        for row in rows.itertuples():
            steps.setdefault(row.step, []).append(Edit(row.rule, row.start, row.end, row.before, row.after, row.detail))
        text = replay(page["ingested_text"], [steps[k] for k in sorted(steps)])
        assert hashlib.sha256(text.encode()).hexdigest() == page["text_sha256"]  # the page text, stored once (format 3)
        for doc in documents[documents.source_file == page["source_file"]].itertuples():
            assert text[doc.page_start : doc.page_end] == doc.text


def _bad_inputs(folder: Path) -> dict[str, str]:
    """Write one file per kind of bad input; return name -> expected reason code."""
    law = "第一条　为了规范，制定本条例。\n"
    files = {
        "bad_empty.txt": (b"", "empty"),
        "bad_binary.pdf": (b"%PDF-1.7\n\x00\x01\x02\x03" + bytes(range(256)) * 8, "pdf"),
        "bad_undecodable.txt": (b"\x80\x81\xfd not text \x90\x91\x92\xff" * 30, "undecodable"),
        "bad_truncated.txt": (law.encode()[:-2], "truncated"),
        "bad_front_matter.md": ("---\ntitle: [oops\n---\n正文\n".encode(), "front_matter"),
        "bad_huge_line.txt": (("条" * 250_001).encode(), "huge_line"),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    os.symlink(folder / "does-not-exist", folder / "bad_unreadable.txt")
    expected = {name: code for name, (_, code) in files.items()}
    expected["bad_unreadable.txt"] = "broken_link"  # a link whose target is gone
    return expected


def test_bad_input_is_rejected_and_good_files_still_build(tmp_path, capsys):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    expected = _bad_inputs(raw)
    out = tmp_path / "out"
    summary = build(raw, out, progress=False)
    assert summary.outcome == "rejected"
    rejected = [json.loads(line) for line in (out / "rejected.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["source_file"]: r["code"] for r in rejected} == expected
    assert all(r["reason"] for r in rejected)
    assert "rejected" not in capsys.readouterr().err, "the library names rejected files in the summary, not as it goes"
    rendered = summary.render()
    for name in expected:
        assert rendered.count(f"rejected {name}: ") == 1
    documents = load_dataset(str(out), "documents", split="train")
    assert set(documents["source_file"]) == {p.name for p in RAW.glob("*.txt")}
    assert f"rejected     {len(expected)}" in summary.render()


@pytest.mark.parametrize("chunk_bytes", [None, 40_000])
def test_restoration_pass_rebuilds_only_restored_pages_with_the_same_bytes(tmp_path, monkeypatch, chunk_bytes):
    """The second pass rebuilds the pages with restored words and reuses every other page's rows;
    the files equal those of rebuilding every page of the chunk (the behaviour before reuse)."""
    import dataclasses

    from corpus_tools import crawl_records
    from corpus_tools.dataset import build as build_module

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    _bad_inputs(raw)
    shutil.copy(next(RAW.glob("000_*.txt")), raw / "zz_mirror_000.txt")  # a second page to restore, after kept ones
    if chunk_bytes:
        monkeypatch.setattr(build_module, "CHUNK_BYTES", chunk_bytes)
    rebuilt: list[str] = []
    real_built = crawl_records.ingest_file  # what the build's page reader reads a file with

    def counting(path, *args, **kwargs):
        rebuilt.append(Path(path).name)
        return real_built(path, *args, **kwargs)

    monkeypatch.setattr(crawl_records, "ingest_file", counting)
    reused = build(raw, tmp_path / "reused", progress=False)
    first_pass = len(list(raw.iterdir())) - 1  # every file but sources.yaml
    assert sorted(rebuilt[first_pass:]) == ["000_ea6fb625b322cb0c.txt", "zz_mirror_000.txt"]
    assert reused.restored == 8

    real_process = build_module._process_chunk
    monkeypatch.setattr(build_module, "_process_chunk", lambda job: real_process(dataclasses.replace(job, previous=None)))
    everything = build(raw, tmp_path / "everything", progress=False)
    assert reused.render().split("time")[0] == everything.render().split("time")[0]
    assert _hashes(tmp_path / "reused") == _hashes(tmp_path / "everything")


def test_a_failed_build_leaves_the_previous_output_intact(built, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = _hashes(out)
    real = build_module.write_chunk

    def explode(data_dir, index, pages, *args, **kwargs):
        # a chunk's shards fail while they are written (a page's own failure is no crash any more: the page is
        # rejected as ``internal_error`` and the rest builds, test_build_page_failure.py)
        def failing_pages():
            for n, page in enumerate(pages):
                if n == 2:
                    raise RuntimeError("simulated crash in the middle of a build")
                yield page
        return real(data_dir, index, failing_pages(), *args, **kwargs)

    monkeypatch.setattr(build_module, "write_chunk", explode)
    with pytest.raises(RuntimeError):
        build(RAW, out, progress=False)
    assert _hashes(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "staging folder left behind"


def test_cli_build_reports_and_uses_documented_exit_codes(tmp_path):
    out = tmp_path / "cli-out"
    exe = [sys.executable, "-m", "corpus_tools"]
    done = subprocess.run([*exe, "build", str(RAW), "--out", str(out), "-q"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "articles" in done.stderr and "rejected     0" in done.stderr
    missing = subprocess.run([*exe, "build", str(tmp_path / "nope"), "--out", str(out)], capture_output=True, text=True)
    assert missing.returncode == 2
    assert "raw folder not found" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_an_exact_copy_joins_its_original_version_group_without_new_alignments(built, tmp_path):
    """One law twice (two sites, or a corpus copied under new names) is one version, not two."""
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    shutil.copy(raw / SEED_002, raw / "zz_copy_of_002.txt")
    out = tmp_path / "out"
    assert build(raw, out, progress=False).outcome == "ok"
    documents = load_dataset(str(out), "documents", split="train").to_pandas().set_index("source_file")
    original, copy = documents.loc[SEED_002], documents.loc["zz_copy_of_002.txt"]
    assert copy.version_group == original.version_group is not None
    before = load_dataset(str(built), "alignments", split="train").to_pandas()
    after = load_dataset(str(out), "alignments", split="train").to_pandas()
    assert after.equals(before)


def test_a_near_exact_copy_is_a_duplicate_and_a_changed_text_is_not(tmp_path):
    """A mirror that sets other spacing (a blank after a few ，) copies the text; one character
    changed (一 -> 二 in a number) makes another text."""
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    text = (raw / SEED_002).read_text(encoding="utf-8")
    assert text.count("。\n") > 10 and "一" in text
    # (one padded comma only: a page padding most of its marks is repaired by the width rule since
    # session 13, and since session 22 (width22) two blanks after clauses are the page's habit and go too:
    # its copy then is an exact one)
    (raw / "zz_mirror_of_002.txt").write_text(text.replace("，", "， ", 1), encoding="utf-8")
    (raw / "zz_changed_002.txt").write_text(text.replace("一", "二", 1), encoding="utf-8")
    out = tmp_path / "out"
    assert build(raw, out, progress=False).outcome == "ok"
    documents = load_dataset(str(out), "documents", split="train").to_pandas().set_index("source_file")
    original, mirror, changed = (documents.loc[f] for f in (SEED_002, "zz_mirror_of_002.txt", "zz_changed_002.txt"))
    assert mirror.text != original.text and mirror.duplicate_of == original.doc_id
    assert not isinstance(changed.duplicate_of, str)  # null (pandas shows it as NaN)


# --------------------------------------------------------------------------- the validation gate


def _spoil(columns):
    """Damage one page's rows the way a faulty rule could: a status outside the vocabulary (an integrity
    error), an ASCII comma between CJK characters in an article (a quality finding, flagged in the data),
    and the page's first article repeated (its key repeats: an error; its number repeats: a finding)."""
    columns = {name: {column: list(values) for column, values in cols.items()} for name, cols in columns.items()}
    columns["documents"]["status"][0] = "bogus"
    articles = columns["articles"]
    if articles["text"]:
        articles["text"][0] = "本条例,自公布之日起施行。"
        for values in articles.values():
            values.append(values[0])
    return columns


@pytest.mark.parametrize("spoiled", [(), (SEED_001, SEED_002)], ids=["valid", "spoiled"])
def test_the_gate_reports_what_validate_reports_on_the_output(spoiled, tmp_path, monkeypatch):
    """Workers check their chunk's tables as they write them; the gate only adds the checks across
    chunks.  Its report must be the one ``corpus-tools validate`` gives on the folder it judged, with
    failures in several chunks numbered across the whole config."""
    from corpus_tools.dataset import build as build_module
    from corpus_tools.validation import run as validate

    monkeypatch.setattr(build_module, "CHUNK_BYTES", 1)  # one page per chunk: five shards per config
    real_columns = pipeline.page_columns

    def columns(cleaned):
        out = real_columns(cleaned)
        return _spoil(out) if cleaned.page.source_file in spoiled else out

    monkeypatch.setattr("corpus_tools.dataset.writer.page_columns", columns)
    reports = {}
    real_checked = validate.validate_checked

    def checked(path, results):
        reports["gate"] = real_checked(path, results)
        reports["validate"] = validate.validate_path(path)
        return reports["gate"]

    monkeypatch.setattr(validate, "validate_checked", checked)
    out = tmp_path / "out"
    summary = build(RAW, out, progress=False)

    def comparable(report):
        everything = report.to_dict()
        everything.pop("seconds")
        return everything, [(f.severity, f.config, f.check, f.column, f.row, f.doc_id, f.article, f.value) for f in report.failures]

    assert "gate" in reports, "the gate did not use the workers' checks"
    assert comparable(reports["gate"]) == comparable(reports["validate"])
    if spoiled:
        assert summary.outcome == "invalid" and not out.exists() and (tmp_path / "out.invalid").is_dir()
        # seed 000 holds three documents and 47 articles, 001 the next document and 37 (+1 repeated)
        first_001, first_002 = 47, 47 + 37 + 1
        assert sorted({(f.config, f.check, f.row) for f in reports["gate"].errors}) == sorted(
            [("documents", check, row) for check in ("num_articles_matches_articles", "status_in_vocabulary") for row in (3, 4)]
            + [("articles", check, row) for row in (first_001, first_001 + 37, first_002, first_002 + 47)
               for check in ("multiple_fields_uniqueness", "text_is_document_span")]  # the comma is not in the document
        )
        assert sorted({(f.config, f.check, f.row) for f in reports["gate"].findings}) == sorted(
            [("articles", "no_ascii_punct_between_cjk", row) for row in (first_001, first_001 + 37, first_002, first_002 + 47)]
            + [("articles", "article_numbers_unique", row) for row in (first_001 + 37, first_002 + 47)]
        )
    else:
        assert summary.outcome == "ok" and reports["gate"].ok


def test_build_allocates_arrow_memory_from_the_system_and_restores_the_callers_pool(tmp_path, monkeypatch):
    import pyarrow as pa

    from corpus_tools.dataset import build as build_module

    before = pa.default_memory_pool().backend_name
    seen: list[str] = []
    real = build_module.write_chunk

    def spy(*args, **kwargs):
        seen.append(pa.default_memory_pool().backend_name)
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "write_chunk", spy)
    build(RAW, tmp_path / "out", progress=False)
    assert seen and set(seen) == {"system"}
    assert pa.default_memory_pool().backend_name == before
