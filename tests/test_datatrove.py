"""The datatrove adapter, run by datatrove's local executor on two workers, gives build's bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

pytest.importorskip("datatrove", reason="the datatrove extra is installed by the README's command")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402

from corpus_tools.dataset.build import build  # noqa: E402
from corpus_tools.dataset.restore import compute_restorations  # noqa: E402
from corpus_tools.integrations.datatrove import CorpusToolsPipeline, RawPageReader, RowsWriter, assemble  # noqa: E402
from tests.conftest import RAW  # noqa: E402


def _hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_datatrove_local_executor_on_two_workers_equals_build(tmp_path):
    expected = tmp_path / "build"
    build(RAW, expected, progress=False)

    restorations = compute_restorations(RAW)
    LocalPipelineExecutor(
        [RawPageReader(str(RAW), glob_pattern="*.txt"), CorpusToolsPipeline(restorations), RowsWriter(tmp_path / "parts")],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
        start_method="fork",
    ).run()
    assert len(list((tmp_path / "parts").glob("rows-*.jsonl"))) == 2
    out = tmp_path / "datatrove"
    summary = assemble(tmp_path / "parts", out)
    assert summary.outcome == "ok"
    assert _hashes(out) == _hashes(expected)


class _Payload:
    """A pickle that runs code when it is loaded: it makes the file ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_assemble_reads_no_pickle_from_the_folder_it_is_given(tmp_path):
    """Parts are JSON: a folder of someone else's pickles (the old format) is refused, never loaded."""
    import pickle

    parts, marker = tmp_path / "parts", tmp_path / "code-ran"
    parts.mkdir()
    (parts / "rows-00000.pkl").write_bytes(pickle.dumps(("a.txt", 1, _Payload(marker), None)))
    with pytest.raises(ValueError, match="never read"):
        assemble(parts, tmp_path / "out")
    assert not marker.exists()
    (parts / "rows-00000.jsonl").write_text('{"source_file": "a.txt", "size": 1, "rows": "x", "rejected": null}\n')
    with pytest.raises(ValueError, match=r"rows-00000.jsonl:1: not a page written by RowsWriter"):
        assemble(parts, tmp_path / "out")


def test_the_reader_reads_what_build_reads_and_names_it_alike(tmp_path):
    """Hidden folders (``.git/``) and ``sources.yaml`` are skipped at any depth, a file name that is
    not UTF-8 gets build's ``source_file``: the datatrove route still gives build's bytes."""
    import os
    import shutil

    raw = tmp_path / "raw"
    (raw / "laws").mkdir(parents=True)
    pages = sorted(RAW.glob("*.txt"))[:2]
    shutil.copyfile(pages[0], raw / "laws" / pages[0].name)
    shutil.copyfile(pages[1], os.path.join(os.fsencode(raw / "laws"), b"\xb5\xda1\xcc\xf5.txt"))
    (raw / ".git" / "objects").mkdir(parents=True)
    (raw / ".git" / "objects" / "pack.txt").write_text("第一条　不是语料。\n", encoding="utf-8")
    (raw / "laws" / "sources.yaml").write_text("a.txt: {url: x}\n", encoding="utf-8")
    expected = tmp_path / "build"
    assert build(raw, expected, progress=False).outcome == "ok"
    LocalPipelineExecutor([RawPageReader(str(raw)), CorpusToolsPipeline(compute_restorations(raw)), RowsWriter(tmp_path / "parts")],
                          tasks=1, workers=1, logging_dir=str(tmp_path / "logs"), start_method="fork").run()
    out = tmp_path / "datatrove"
    assert assemble(tmp_path / "parts", out).outcome == "ok"
    assert _hashes(out) == _hashes(expected)


@pytest.mark.parametrize("text_field", [None, "notes"])
def test_a_crawls_records_files_give_builds_bytes_through_datatrove(tmp_path, text_field):
    """A records file gives a page per record on both routes, named, sized (so chunked) and counted
    alike; a JSON file that holds no records is rejected alike (tests/real_pages/crawl_records)."""
    import shutil

    pages = Path(__file__).parent / "real_pages"
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("crawl_records/bjtcm_input_4records.json", "crawl_records/patent_law_3records.json",
                 "crawl_records/package.json", "jsonl/company_law_3records.jsonl"):
        shutil.copyfile(pages / name, raw / Path(name).name)
    shutil.copyfile(sorted(RAW.glob("*.txt"))[0], raw / "page.txt")
    expected = tmp_path / "build"
    built = build(raw, expected, progress=False, text_field=text_field)
    assert built.pages >= 3 and built.files == 5  # (a law's article records are one page: review10 F5)
    LocalPipelineExecutor([RawPageReader(str(raw), text_field=text_field),
                           CorpusToolsPipeline(compute_restorations(raw, text_field=text_field)), RowsWriter(tmp_path / "parts")],
                          tasks=2, workers=2, logging_dir=str(tmp_path / "logs"), start_method="fork").run()
    out = tmp_path / "datatrove"
    summary = assemble(tmp_path / "parts", out, text_field=text_field)
    assert summary.files == built.files and summary.pages == built.pages
    assert _hashes(out) == _hashes(expected)  # build.json and the card record the text field given to both


def test_name_clashes_are_refused_through_datatrove_as_build_refuses_them(tmp_path):
    """A file named as a record's page (``company_law_3records.jsonl#000001`` beside the records file)
    is refused by ``build`` (name_clash); through datatrove both pages reached the dataset under one name."""
    import shutil

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copyfile(Path(__file__).parent / "real_pages" / "jsonl" / "company_law_3records.jsonl",
                    raw / "company_law_3records.jsonl")
    (raw / "company_law_3records.jsonl#000001").write_bytes(sorted(RAW.glob("*.txt"))[0].read_bytes())
    expected = tmp_path / "build"
    built = build(raw, expected, progress=False)
    assert [r["code"] for r in built.rejected] == ["name_clash"]
    LocalPipelineExecutor([RawPageReader(str(raw)), CorpusToolsPipeline(compute_restorations(raw)), RowsWriter(tmp_path / "parts")],
                          tasks=2, workers=1, logging_dir=str(tmp_path / "logs"), start_method="fork").run()
    out = tmp_path / "datatrove"
    summary = assemble(tmp_path / "parts", out)
    assert [r["code"] for r in summary.rejected] == ["name_clash"]
    assert summary.files == built.files and summary.pages == built.pages == 1
    assert _hashes(out) == _hashes(expected)
