"""schemas/ is generated from the pandera models, and a stale export fails here."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from datasets import Features
from typer.testing import CliRunner

from corpus_tools import tables
from corpus_tools.cli import app
from corpus_tools.structure.metadata import DOC_TYPES, STATUSES
from corpus_tools.validation import quality, residual, schemas
from corpus_tools.validation.export import export_schemas, json_schema, render_all, stale_files

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"


def test_committed_exports_are_up_to_date() -> None:
    stale = stale_files(SCHEMAS)
    assert stale == [], f"stale exports {stale}: run `corpus-tools export-schemas` and commit schemas/"


def test_check_mode_reports_modified_and_missing_files(tmp_path: Path) -> None:
    """``corpus-tools export-schemas --check`` exits 1 on a stale or missing export and never writes."""
    out = tmp_path / "schemas"
    runner = CliRunner()

    def export(*args: str):
        return runner.invoke(app, ["export-schemas", "--out", str(out), *args])

    assert export().exit_code == 0
    assert export("--check").exit_code == 0
    (out / "articles.schema.json").write_text("{}\n", encoding="utf-8")
    (out / "CHECKS.md").unlink()
    stale = export("--check")
    assert stale.exit_code == 1
    assert "articles.schema.json" in stale.stderr and "CHECKS.md" in stale.stderr
    assert not (out / "CHECKS.md").exists(), "--check never writes"
    assert export().exit_code == 0 and stale_files(out) == []
    assert sorted(export_schemas(out)) == sorted(render_all())


def test_export_is_deterministic() -> None:
    assert render_all() == render_all()


def test_a_model_change_makes_the_exports_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, out)
    monkeypatch.setitem(schemas.VOCABULARIES, ("documents", "role"), ("main", "notice", "attachment", "annex"))
    assert "documents.schema.json" in stale_files(out)


@pytest.mark.parametrize("config", list(tables.CONFIGS))
def test_json_schema_follows_the_arrow_schema(config: str) -> None:
    doc = json_schema(config)
    arrow = tables.CONFIGS[config]
    assert doc["required"] == list(arrow.names) and list(doc["properties"]) == list(arrow.names)
    assert doc["additionalProperties"] is False
    model = schemas.MODELS[config].to_schema()
    for name, prop in doc["properties"].items():
        nullable = isinstance(prop["type"], list) and "null" in prop["type"]
        assert nullable == model.columns[name].nullable, name


def test_json_schema_carries_vocabularies_and_keys() -> None:
    documents = json_schema("documents")
    assert documents["properties"]["doc_type"]["enum"] == list(DOC_TYPES)
    assert documents["properties"]["status"]["enum"] == [*STATUSES, None]
    assert documents["properties"]["adopted"]["format"] == "date"
    articles = json_schema("articles")
    assert articles["x-unique"] == [["doc_id", "eid"]]
    assert {"column": "doc_id", "references": "documents.doc_id", "check": "doc_id_in_documents"} in articles["x-foreign-keys"]
    quality_checks = {c["check"]: c["columns"] for c in articles["x-quality-checks"]}
    assert set(residual.NOISE_CHECKS) <= set(quality_checks) and "text" in quality_checks["no_spam"]
    assert "title" in {c["check"]: c["columns"] for c in documents["x-quality-checks"]}["no_spam"]
    findings = json_schema("findings")
    assert findings["properties"]["check"]["enum"] == list(quality.CHECK_NAMES)
    assert "findings_match_data" in {c["check"] for c in findings["x-counts"]}


def test_features_round_trip_to_the_arrow_schemas() -> None:
    features = json.loads((SCHEMAS / "features.json").read_text(encoding="utf-8"))
    assert list(features) == list(tables.CONFIGS)
    for name, schema in tables.CONFIGS.items():
        assert Features.from_dict(features[name]).arrow_schema.types == schema.types


def test_checks_md_describes_every_check() -> None:
    text = (SCHEMAS / "CHECKS.md").read_text(encoding="utf-8")
    names = {c.name for model in schemas.MODELS.values() for c in model.to_schema().checks}
    names |= {c.name for model in schemas.MODELS.values() for col in model.to_schema().columns.values() for c in col.checks
              if c.name not in ("greater_than_or_equal_to", "less_than_or_equal_to", "str_matches")}
    names |= {r.name for r in schemas.RELATIONS} | {c.name for c in schemas.CROSS_CHECKS} | {schemas.FLAGS_CHECK.name}
    names |= set(quality.CHECK_NAMES)
    missing = sorted(n for n in names if f"`{n}`" not in text)
    assert missing == []
