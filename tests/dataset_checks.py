"""What every build must give a researcher, checked the way a researcher would: with ``datasets``."""

from __future__ import annotations

import json
from pathlib import Path

import datasets
import pyarrow.parquet as pq
from huggingface_hub import DatasetCard

from corpus_tools.cli import EXIT_OK, run_validate
from corpus_tools.tables import CONFIGS


def card_yaml(folder: Path) -> dict:
    return DatasetCard.load(Path(folder) / "README.md").data.to_dict()


def load_every_declared_config(folder: Path, cache_dir: Path) -> dict[str, datasets.Dataset]:
    """Load every config the card declares with ``datasets.load_dataset(folder, config, split="train")``,
    and hold the card, ``data/`` and ``build.json`` to one story about the configs without rows."""
    folder = Path(folder)
    card = card_yaml(folder)
    declared = [entry["config_name"] for entry in card["configs"]]
    empty = card["corpus_tools"]["empty_configs"]
    assert sorted(declared + empty) == sorted(CONFIGS), (declared, empty)
    record = json.loads((folder / "build.json").read_text(encoding="utf-8"))
    assert record["empty_configs"] == empty
    infos = {info["config_name"]: info for info in card["dataset_info"]}
    assert sorted(infos) == sorted(declared)
    loaded = {}
    for name in declared:
        dataset = datasets.load_dataset(str(folder), name, split="train", cache_dir=str(cache_dir))
        rows = infos[name]["splits"][0]["num_examples"]
        assert dataset.num_rows == rows == record["configs"][name]["rows"] > 0, name
        assert dataset.features == datasets.Features.from_arrow_schema(CONFIGS[name]), name
        loaded[name] = dataset
    for name in empty:
        assert not list((folder / "data").glob(f"{name}-*.parquet")), name
        assert record["configs"][name] == {"rows": 0, "files": []}
    files = sorted(p.name for p in (folder / "data").glob("*.parquet"))
    assert files == sorted(Path(f).name for name in declared for f in record["configs"][name]["files"])
    assert sum(pq.ParquetFile(folder / "data" / f).metadata.num_rows for f in files) == sum(
        record["configs"][name]["rows"] for name in declared
    )
    return loaded


def validates(folder: Path, *, strict: bool = False) -> int:
    """``corpus-tools validate FOLDER`` (``--strict``), as its exit code."""
    return run_validate(folder, strict=strict)


__all__ = ["EXIT_OK", "card_yaml", "load_every_declared_config", "validates"]
