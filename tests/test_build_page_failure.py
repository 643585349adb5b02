"""A corpus is never refused for one page, not even for a bug of ours (session 16).

The noise benchmark's lost-bytes variant failed its whole build on a ``TypeError`` that one cleaning rule raised
on a few of its pages.  Now the page on which cleaning or structure fails is rejected, named, with the error
(``internal_error``), and every other page builds.
"""

from __future__ import annotations

from pathlib import Path

import corpus_tools.dataset.build as build_module
from corpus_tools.dataset.build import build

SEEDS = Path(__file__).resolve().parents[1] / "raw"


def _three_seeds_failing_on_the_second(tmp_path, monkeypatch) -> tuple[Path, list[str]]:
    """A raw folder of the first three seeds, and ``clean_page`` patched to raise a TypeError on the second."""
    raw = tmp_path / "raw"
    raw.mkdir()
    names = sorted(p.name for p in SEEDS.iterdir() if p.is_file())[:3]
    for name in names:
        (raw / name).write_bytes((SEEDS / name).read_bytes())
    real_clean_page = build_module.clean_page

    def failing_on_one(page, **kwargs):
        if page.source_file == names[1]:
            raise TypeError("'<' not supported between instances of 'str' and 'bool'")
        return real_clean_page(page, **kwargs)

    monkeypatch.setattr(build_module, "clean_page", failing_on_one)
    return raw, names


def test_one_failing_page_is_rejected_and_the_rest_builds(tmp_path, monkeypatch):
    raw, names = _three_seeds_failing_on_the_second(tmp_path, monkeypatch)
    summary = build(raw, tmp_path / "out", progress=False, workers=1)
    assert [(r["source_file"], r["code"]) for r in summary.rejected] == [(names[1], "internal_error")]
    assert "TypeError" in summary.rejected[0]["reason"]
    assert summary.outcome == "rejected"
    assert (tmp_path / "out" / "data").is_dir()


def test_a_page_failing_only_in_a_later_pass_is_named_not_lost(tmp_path, monkeypatch):
    """The restoration and brand passes clean some pages again; one that fails only then is rejected and named
    (before, the later pass's rejections were replaced by the first pass's: the page vanished in silence)."""
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    raw.mkdir()
    names = sorted(p.name for p in SEEDS.iterdir() if p.is_file() and p.suffix == ".txt")
    for name in names:
        (raw / name).write_bytes((SEEDS / name).read_bytes())
    real_clean_page = build_module.clean_page
    failed: list[str] = []

    def failing_when_cleaned_again(page, **kwargs):
        if kwargs.get("restorations") or kwargs.get("recurring") or kwargs.get("brands"):
            failed.append(page.source_file)
            raise TypeError("simulated failure in a later pass")
        return real_clean_page(page, **kwargs)

    monkeypatch.setattr(build_module, "clean_page", failing_when_cleaned_again)
    summary = build(raw, tmp_path / "out", progress=False, workers=1)
    assert failed, "no page was cleaned again: the seeds no longer exercise a later pass"
    rejected = {r["source_file"] for r in summary.rejected if r["code"] == "internal_error"}
    assert rejected == set(failed)
    shards = sorted((tmp_path / "out" / "data").glob("documents-*.parquet"))
    built = {f for shard in shards for f in pq.read_table(shard, columns=["source_file"]).column("source_file").to_pylist()}
    assert built and not (built & rejected)
    assert built | rejected == set(names)  # every page is built or named


def test_raise_errors_stops_at_the_failing_page_with_its_error_as_the_cause(tmp_path, monkeypatch):
    """``--raise-errors`` (session 17): a maintainer's CI wants the traceback, not a rejection; nothing is written."""
    import pytest

    from corpus_tools.dataset.build import PageFailed

    raw, names = _three_seeds_failing_on_the_second(tmp_path, monkeypatch)
    with pytest.raises(PageFailed, match=f"corpus-tools failed on {names[1]}") as caught:
        build(raw, tmp_path / "out", progress=False, workers=1, raise_errors=True)
    assert isinstance(caught.value.__cause__, TypeError)
    assert not (tmp_path / "out").exists()


def test_raise_errors_from_the_command_line(tmp_path):
    """The option is wired: a build without a failing page exits as before."""
    from typer.testing import CliRunner

    from corpus_tools.cli import app

    raw = tmp_path / "raw"
    raw.mkdir()
    name = sorted(p.name for p in SEEDS.iterdir() if p.is_file())[0]
    (raw / name).write_bytes((SEEDS / name).read_bytes())
    result = CliRunner().invoke(app, ["build", str(raw), "--out", str(tmp_path / "out"), "--raise-errors", "--quiet"])
    assert result.exit_code == 0, result.output
