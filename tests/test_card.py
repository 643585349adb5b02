"""The dataset card: loads as a Hub card, its globs, features and sizes agree with the files."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

import datasets
import pyarrow.parquet as pq
import pytest
from huggingface_hub import DatasetCard

from corpus_tools.dataset.card import COLUMN_DOCS, CONFIG_DOCS, size_category, write_card, yaml_features
from corpus_tools.publish.release import config_files, prepare_release
from corpus_tools.tables import CONFIGS
from tests.release_helpers import copy_raw, make_build


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("card")
    return make_build(copy_raw(tmp / "raw"), tmp / "build")


@pytest.fixture(scope="module")
def release_dir(build_dir, tmp_path_factory) -> Path:
    return prepare_release(build_dir, tmp_path_factory.mktemp("card-rel") / "rel", "2.3.4", repo_id="acme/regs").folder


@pytest.mark.parametrize("config", list(CONFIGS))
def test_card_features_are_what_datasets_would_write(config):
    """The card spells features by hand (no ``datasets`` import in a build): they must match."""
    assert yaml_features(CONFIGS[config]) == datasets.Features.from_arrow_schema(CONFIGS[config])._to_yaml_list()


@pytest.fixture(params=["build", "release"])
def folder(request, build_dir, release_dir) -> Path:
    return build_dir if request.param == "build" else release_dir


def test_card_loads_with_the_hub_metadata_researchers_need(folder):
    card = DatasetCard.load(folder / "README.md")
    data = card.data.to_dict()
    for key in ("license", "language", "size_categories", "task_categories", "pretty_name", "configs", "dataset_info"):
        assert data.get(key), key
    assert data["language"] == ["zh"]
    documents = next(i for i in data["dataset_info"] if i["config_name"] == "documents")
    assert data["size_categories"] == [size_category(documents["splits"][0]["num_examples"])]
    text = card.text
    for section in ("## Configs", "## Statistics", "## Findings", "## How the data was cleaned", "## Limitations", "## Citation"):
        assert section in text, section


def test_globs_match_the_files_exactly(folder):
    data = DatasetCard.load(folder / "README.md").data.to_dict()
    files = sorted(p.relative_to(folder).as_posix() for p in (folder / "data").glob("*.parquet"))
    claimed: dict[str, str] = {}
    for entry in data["configs"]:
        (split,) = entry["data_files"]
        matched = [f for f in files if fnmatch.fnmatch(f, split["path"])]
        assert matched, f"{entry['config_name']}: {split['path']} matches nothing"
        assert all(Path(f).name.startswith(entry["config_name"] + "-") for f in matched)
        for f in matched:
            assert f not in claimed, f"{f} claimed by {claimed.get(f)} and {entry['config_name']}"
            claimed[f] = entry["config_name"]
    assert sorted(claimed) == files
    declared = [e["config_name"] for e in data["configs"]]
    assert sorted(declared + data["corpus_tools"]["empty_configs"]) == sorted(CONFIGS)
    assert "findings" in data["corpus_tools"]["empty_configs"], "raw/ builds without findings"
    assert [e["config_name"] for e in data["configs"] if e.get("default")] == ["articles"]


def test_features_and_num_examples_agree_with_the_parquet_files(folder):
    data = DatasetCard.load(folder / "README.md").data.to_dict()
    files = config_files(folder)
    for info in data["dataset_info"]:
        name = info["config_name"]
        declared = datasets.Features._from_yaml_list(info["features"])
        for path in files[name]:
            assert datasets.Features.from_arrow_schema(pq.read_schema(path)) == declared, path
        rows = sum(pq.ParquetFile(p).metadata.num_rows for p in files[name])
        assert info["splits"] == [{"name": "train", "num_bytes": info["dataset_size"], "num_examples": rows}]
        assert info["download_size"] == sum(p.stat().st_size for p in files[name])


@pytest.mark.parametrize("config", ["documents", "articles", "edits"])
def test_load_dataset_reads_what_the_card_declares(release_dir, config, tmp_path):
    loaded = datasets.load_dataset(str(release_dir), config, split="train", cache_dir=str(tmp_path))
    data = DatasetCard.load(release_dir / "README.md").data.to_dict()
    info = next(i for i in data["dataset_info"] if i["config_name"] == config)
    assert loaded.num_rows == info["splits"][0]["num_examples"] > 0
    assert loaded.features == datasets.Features._from_yaml_list(info["features"])


def test_every_config_and_column_is_described():
    assert set(CONFIG_DOCS) == set(CONFIGS)
    for name, schema in CONFIGS.items():
        assert set(COLUMN_DOCS[name]) == set(schema.names), name
        assert all(text.strip() for text in COLUMN_DOCS[name].values())


def test_statistics_in_the_card_agree_with_the_rows(release_dir):
    text = (release_dir / "README.md").read_text(encoding="utf-8")
    files = config_files(release_dir)
    rows = {n: sum(pq.ParquetFile(p).metadata.num_rows for p in ps) for n, ps in files.items()}
    assert f"- documents: {rows['documents']:,}" in text
    assert f"- articles: {rows['articles']:,}" in text
    rules = pq.read_table(files["edits"][0], columns=["rule"]).column("rule").to_pylist()
    section = text.split("### Edits by cleaning rule", 1)[1].split("\n## ", 1)[0]
    counted = {m.group(1): int(m.group(2).replace(",", "")) for m in re.finditer(r"^\| (\w+) \| ([\d,]+) \|$", section, re.M)}
    assert counted == {r: rules.count(r) for r in set(rules)}
    jurisdictions = pq.read_table(files["documents"][0], columns=["jurisdiction"]).column("jurisdiction").to_pylist()
    section = text.split("### Documents by jurisdiction", 1)[1].split("\n### ", 1)[0]
    assert sum(int(n.replace(",", "")) for n in re.findall(r"^\| .+ \| ([\d,]+) \|$", section, re.M)) == len(jurisdictions)


def test_release_card_names_the_version_and_the_exact_load_call(release_dir, build_dir):
    text = (release_dir / "README.md").read_text(encoding="utf-8")
    assert 'load_dataset("acme/regs", "articles", split="train", revision="v2.3.4")' in text
    assert "corpus-tools download --repo-id acme/regs --version 2.3.4" in text
    assert "revision" not in (build_dir / "README.md").read_text(encoding="utf-8").split("```python")[1].split("```")[0]


def test_card_is_deterministic(build_dir, tmp_path):
    files = config_files(build_dir)
    first = write_card(tmp_path, files, {}, version="1.0.0", repo_id="acme/regs").read_bytes()
    second = write_card(tmp_path, files, {}, version="1.0.0", repo_id="acme/regs").read_bytes()
    assert first == second
