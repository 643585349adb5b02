"""Exit codes that tell the truth: one test per code of ``corpus-tools build``, through the command line.

0 only when OUT_DIR holds the new build and it validates; every other outcome says what happened
to OUT_DIR, and ``build.json`` / ``--summary-json`` say it for machines.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_tools import cli
from corpus_tools.dataset.card import declared_empty_configs
from corpus_tools.publish.release import prepare_release, verify_release
from corpus_tools.validation.run import validate_path
from tests.conftest import RAW
from tests.dataset_checks import load_every_declared_config, validates

LAW = "北京市中医药条例"


def _build(raw: Path, out: Path, *extra: str):
    result = CliRunner().invoke(cli.app, ["build", str(raw), "--out", str(out), "-q", *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture(scope="module")
def one_law(clean_corpus_files: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One clean law alone: nothing to edit, no draft: no edits, no alignments."""
    raw = tmp_path_factory.mktemp("one-law")
    law = next(p for p in clean_corpus_files if p.name.startswith(LAW))
    shutil.copyfile(law, raw / law.name)
    return raw


def test_exit_0_a_written_valid_output_whose_declared_configs_all_load(one_law, tmp_path):
    out = tmp_path / "out"
    result = _build(one_law, out, "--summary-json", str(tmp_path / "summary.json"))
    assert result.exit_code == cli.EXIT_OK, result.stderr
    loaded = load_every_declared_config(out, tmp_path / "cache")
    assert {"documents", "articles", "pages"} <= set(loaded)
    assert declared_empty_configs(out) >= {"edits", "alignments"}
    assert validates(out) == cli.EXIT_OK
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert summary["outcome"] == "ok" and summary["exit_code"] == 0 and summary["written"]
    assert {k: v for k, v in summary.items() if k in record} == record, "--summary-json extends build.json"
    assert summary["seconds"] > 0 and "seconds" not in record, "build.json stays byte-identical across runs"
    assert record["configs"]["documents"]["rows"] == 1 and record["input"]["rejected"] == []


def _bogus_status(monkeypatch):
    from corpus_tools import pipeline

    real = pipeline.page_columns

    def spoiled(cleaned):
        columns = real(cleaned)
        columns["documents"]["status"] = ["bogus"] * len(columns["documents"]["status"])
        return columns

    monkeypatch.setattr("corpus_tools.dataset.writer.page_columns", spoiled)


def test_exit_1_invalid_output_leaves_out_dir_and_keeps_the_build_aside(one_law, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert _build(one_law, out).exit_code == cli.EXIT_OK
    before = sorted((p.relative_to(out).as_posix(), p.read_bytes()) for p in out.rglob("*") if p.is_file())
    _bogus_status(monkeypatch)
    result = _build(one_law, out, "--summary-json", "-")
    assert result.exit_code == cli.EXIT_INVALID
    assert sorted((p.relative_to(out).as_posix(), p.read_bytes()) for p in out.rglob("*") if p.is_file()) == before
    kept = tmp_path / "out.invalid"
    assert json.loads((kept / "build.json").read_text(encoding="utf-8"))["validation"] == {"validated": True, "errors": 1}
    assert "status_in_vocabulary" in result.stderr and "left unchanged" in result.stderr
    summary = json.loads(result.stdout)
    assert summary["outcome"] == "invalid" and summary["exit_code"] == 1 and not summary["written"]


def test_exit_1_also_when_the_output_cannot_be_validated_at_all(one_law, tmp_path, monkeypatch):
    """An output the validator finds unusable (here: the card loses its declaration of the empty
    configs) is not a valid output: no OUT_DIR, exit 1 (this exited 0 without OUT_DIR before)."""
    from corpus_tools.dataset import card

    monkeypatch.setattr(card, "empty_configs", lambda files: [])
    out = tmp_path / "out"
    result = _build(one_law, out)
    assert result.exit_code == cli.EXIT_INVALID
    assert not out.exists() and (tmp_path / "out.invalid").is_dir()
    assert "missing" in result.stderr and "does not declare it empty" in result.stderr


def test_exit_2_nothing_built_writes_nothing(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = _build(raw, out, "--summary-json", str(tmp_path / "s.json"))
    assert result.exit_code == cli.EXIT_USAGE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["raw", "s.json"], "no OUT_DIR, no .invalid, no staging"
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["outcome"] == "nothing_built"
    missing = _build(tmp_path / "nope", out, "--summary-json", str(tmp_path / "s.json"))
    assert missing.exit_code == cli.EXIT_USAGE and "raw folder not found" in missing.stderr
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["outcome"] == "usage"


def test_exit_2_summary_json_into_a_missing_folder_before_any_work(one_law, tmp_path):
    """The summary could not be written: said before building, not as a traceback after it."""
    out, target = tmp_path / "out", tmp_path / "no" / "summary.json"
    result = _build(one_law, out, "--summary-json", str(target))
    assert result.exit_code == cli.EXIT_USAGE
    assert f"--summary-json {target}: folder {target.parent} does not exist; nothing built" in result.stderr
    assert not out.exists()


def test_exit_3_written_and_valid_but_a_file_rejected(one_law, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(one_law, raw)
    (raw / "broken.html").write_bytes(b"\x00\x01\x02 not a page")
    out = tmp_path / "out"
    result = _build(raw, out)
    assert result.exit_code == cli.EXIT_REJECTED
    assert validates(out) == cli.EXIT_OK
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert [r["source_file"] for r in record["input"]["rejected"]] == ["broken.html"]
    assert (out / "rejected.jsonl").read_text(encoding="utf-8").count("\n") == 1


def test_exit_5_written_without_the_gate(one_law, tmp_path):
    out = tmp_path / "out"
    result = _build(one_law, out, "--no-validate")
    assert result.exit_code == cli.EXIT_UNVALIDATED and "NOT VALIDATED" in result.stderr
    assert json.loads((out / "build.json").read_text(encoding="utf-8"))["validation"] == {"validated": False, "errors": 0}


def test_a_missing_config_is_accepted_exactly_when_the_card_declares_it_empty(one_law, tmp_path):
    out = tmp_path / "out"
    assert _build(one_law, out).exit_code == cli.EXIT_OK
    report = validate_path(out)
    assert report.ok and report.rows["edits"] == 0 and "edits" in report.empty
    # the count checks hold against a declared-empty config: no edits means num_edits 0 everywhere
    assert not report.skipped
    card = out / "README.md"
    text = card.read_text(encoding="utf-8")
    card.write_text(text.replace("  - edits\n", ""), encoding="utf-8")
    undeclared = validate_path(out)
    assert undeclared.verdict() == "unusable"
    assert any("'edits' missing" in p for p in undeclared.unusable)
    card.write_text(text, encoding="utf-8")
    shutil.copyfile(next((out / "data").glob("pages-*.parquet")), out / "data" / "edits-00000-of-00001.parquet")
    present = validate_path(out)
    assert any("declared empty by the dataset card but has files" in p for p in present.unusable)


def test_a_release_keeps_the_declaration_of_its_empty_configs(one_law, tmp_path):
    out = tmp_path / "out"
    assert _build(one_law, out).exit_code == cli.EXIT_OK
    release = prepare_release(out, tmp_path / "release", "1.0.0", repo_id="acme/regs")
    assert verify_release(release.folder) == []
    assert declared_empty_configs(release.folder) == declared_empty_configs(out)
    assert release.manifest["configs"]["alignments"] == {**release.manifest["configs"]["alignments"], "files": [], "num_rows": 0}
    assert validate_path(release.folder).ok
    load_every_declared_config_without_record(release.folder, tmp_path / "cache")


def load_every_declared_config_without_record(folder: Path, cache: Path) -> None:
    """A release has no build.json: its card alone must load."""
    import datasets

    from tests.dataset_checks import card_yaml

    for entry in card_yaml(folder)["configs"]:
        assert datasets.load_dataset(str(folder), entry["config_name"], split="train", cache_dir=str(cache)).num_rows > 0


# ----------------------------------------------------------------- what a build shows while it runs


def test_a_build_logged_to_a_file_shows_stages_without_carriage_returns(tmp_path):
    """stderr that is no terminal (a log, CI): no tqdm frames, one line per stage, each rejection once."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / "bad_empty.txt").write_bytes(b"")
    log = tmp_path / "build.log"
    with log.open("w") as handle:
        run = subprocess.run([sys.executable, "-m", "corpus_tools", "build", str(raw), "--out", str(tmp_path / "out")],
                             stderr=handle, stdout=subprocess.PIPE, cwd=ROOT, timeout=600)
    assert run.returncode == 3
    text = log.read_text(encoding="utf-8")
    assert "\r" not in text and "%|" not in text
    assert text.count("bad_empty.txt") == 1


def test_stage_lines_appear_once_a_build_takes_time(tmp_path, capsys, monkeypatch):
    from corpus_tools.dataset import build as build_module

    monkeypatch.setattr(build_module._Progress, "DELAY", 0.0)  # as if the build had taken two seconds already
    build_module.build(RAW, tmp_path / "out", progress=True)
    err = capsys.readouterr().err
    assert "\r" not in err
    stages = [line for line in err.splitlines() if line.endswith("...")]
    assert stages == ["read 5 files...", "restoring words spam replaced (4 gaps)...",
                      "finishing (versions, alignments, card)...", "validating..."]
    build_module.build(RAW, tmp_path / "quiet", progress=False)
    assert capsys.readouterr().err == ""


def test_articles_numbered_in_arabic_digits_build(tmp_path):
    """Articles a page labels ``第1条`` (Taiwan's law database, many local rules) are ``第一条`` in the
    dataset, and validation reads the written label as theirs: before this, every such article
    failed ``text_is_document_span`` and the whole build was refused."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "arabic.txt").write_text(
        "某某管理办法\n第1条 为了规范管理，制定本办法。\n第2条之1 临时规定。\n第3条　本办法自公布之日起施行。\n",
        encoding="utf-8")
    out = tmp_path / "out"
    result = _build(raw, out)
    assert result.exit_code == 0, result.output
    assert validates(out) == cli.EXIT_OK
    import pyarrow.parquet as pq

    articles = pq.read_table(next((out / "data").glob("articles-*.parquet"))).to_pylist()
    assert [(a["label"], a["text"]) for a in articles] == [
        ("第一条", "为了规范管理，制定本办法。"), ("第二条之一", "临时规定。"), ("第三条", "本办法自公布之日起施行。")]
