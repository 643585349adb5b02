"""Witness-free restoration wired into the corpus restoration (``clean/restore.py``, ``clean/spam.py``)."""

from __future__ import annotations

import numpy as np

from corpus_tools import language_model
from corpus_tools.dataset import model_restoration
from corpus_tools.dataset.restore import Restoration, collect_gaps, resolve_gaps
from corpus_tools.clean.spam import remove_spam_anchors
from tests.test_restore_model import HELD_OUT_LAW


def test_resolve_gaps_asks_the_model_where_no_page_witnesses():
    dirty = "万博体育".join(HELD_OUT_LAW.split("禁止"))
    first, edits, _ = remove_spam_anchors(dirty)
    gaps = collect_gaps("law", edits)
    restored = resolve_gaps(gaps, [("law", first), ("other", "第一条 本条例自公布之日起施行。")])["law"]
    assert {r.word for r in restored.values()} == {"禁止"} and len(restored) == 3
    evidence = next(iter(restored.values())).evidence[0]
    assert evidence["method"] == "language_model" and evidence["margin"] >= model_restoration.threshold(3)
    assert all(r.confidence == round(1 - np.exp(-evidence["margin"]), 3) for r in restored.values())
    assert resolve_gaps(gaps, [("law", first)], model=False) == {}
    final, edits2, warnings = remove_spam_anchors(dirty, restorations=restored)
    assert final == HELD_OUT_LAW and not warnings
    assert all('"method": "language_model"' in e.detail for e in edits2)


def test_no_gap_no_model():
    language_model.shipped.cache_clear()
    assert resolve_gaps([], [("a", "第一条 本条例自公布之日起施行。")]) == {}
    assert language_model.shipped.cache_info().currsize == 0


def test_model_conflict_with_a_witness_is_a_warning():
    text = "县级以上万博体育manbetx应当加强领导。"
    conflict = Restoration("有关部门", 0.6, ({"source": "b"}, {"model_conflict": {"model_word": "人民政府"}}))
    out, edits, warnings = remove_spam_anchors(text, restorations={4: conflict})
    assert out == "县级以上有关部门应当加强领导。"
    assert len(warnings) == 1 and "prefers another" in warnings[0].message


def test_building_pages_without_gaps_never_loads_the_model(tmp_path, monkeypatch):
    """The clean-corpus build costs nothing extra: no gap, no model (built in this process)."""
    import shutil

    from corpus_tools.dataset.build import build
    from tests.conftest import RAW

    raw = tmp_path / "raw"
    raw.mkdir()
    # the seeds without inline spam and without the pages on which a cleaning rule reads the model's evidence
    # (003: a GBK repair's lost-character check, 004: a Traditional page's Taiwan-phrasing check; session 17)
    for path in sorted(RAW.glob("00[1-2]_*.txt")):
        shutil.copy(path, raw / path.name)

    def refuse():
        raise AssertionError("the model was loaded for a corpus without gaps")

    monkeypatch.setattr(language_model, "shipped", refuse)
    summary = build(raw, tmp_path / "out", workers=1, progress=False)
    assert summary.outcome == "ok" and summary.unresolved_gaps == 0 and summary.restored == 0


def test_clean_explain_shows_the_models_restoration_and_its_evidence(tmp_path):
    import json
    import subprocess
    import sys

    from tests.test_restore_model import ROOT

    page = tmp_path / "law.txt"
    page.write_text("万博体育".join(HELD_OUT_LAW.split("禁止")), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "corpus_tools", "clean", str(page), "--explain", "--json"],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    edits = [json.loads(line) for line in run.stdout.splitlines()]
    restored = [e for e in edits if e.get("rule") == "spam_anchor" and e["after"] == "禁止"]
    assert len(restored) == 3
    evidence = restored[0]["detail"]["evidence"][0]  # --json gives detail as an object
    assert evidence["method"] == "language_model" and evidence["gaps"] == 3
    assert {"model_score", "margin", "gaps_agreeing", "runner_up"} <= set(evidence)
    text = subprocess.run([sys.executable, "-m", "corpus_tools", "clean", str(page)], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert text == HELD_OUT_LAW
    kept = subprocess.run([sys.executable, "-m", "corpus_tools", "clean", str(page), "--no-model"], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert "禁止" not in kept


def test_model_restorations_build_byte_identical_for_any_workers(tmp_path):
    """A page whose spam no other page witnesses: the model restores it, the same bytes with 1 or 2 workers."""
    import shutil

    import pyarrow.parquet as pq

    from corpus_tools.dataset.build import build
    from tests.conftest import RAW
    from tests.test_build import _hashes

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    law = "北京市实施《中华人民共和国水法》办法\n" + HELD_OUT_LAW
    (raw / "zz_law.txt").write_text("万博体育".join(law.split("禁止")), encoding="utf-8")
    one = build(raw, tmp_path / "one", workers=1, progress=False)
    two = build(raw, tmp_path / "two", workers=2, progress=False)
    assert one.outcome == two.outcome == "ok"
    assert _hashes(tmp_path / "one") == _hashes(tmp_path / "two")
    edits = pq.ParquetFile(next((tmp_path / "one" / "data").glob("edits-*.parquet"))).read().to_pylist()
    by_model = [e for e in edits if e["rule"] == "spam_anchor" and '"method": "language_model"' in e["detail"]]
    assert [e["after"] for e in by_model] == ["禁止"] * 3
