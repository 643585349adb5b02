"""The dataset card (``README.md``): YAML ``configs`` and ``dataset_info``, then prose.

``datasets.load_dataset(folder, config)`` reads ``configs`` to find each
config's files; ``dataset_info`` declares features and sizes so the Hub viewer
and ``load_dataset`` agree with the Parquet files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

import pyarrow as pa
import pyarrow.parquet as pq
import yaml
from datasets import Features

from corpus_tools.tables import CONFIGS


def config_info(config: str, schema: pa.Schema, files: list[Path]) -> dict[str, Any]:
    """The ``dataset_info`` entry of one config, measured from its files."""
    num_examples = sum(pq.ParquetFile(f).metadata.num_rows for f in files)
    num_bytes = sum(
        pq.ParquetFile(f).metadata.row_group(i).total_byte_size
        for f in files
        for i in range(pq.ParquetFile(f).metadata.num_row_groups)
    )
    download_size = sum(f.stat().st_size for f in files)
    return {
        "config_name": config,
        "features": Features.from_arrow_schema(schema)._to_yaml_list(),
        "splits": [{"name": "train", "num_bytes": num_bytes, "num_examples": num_examples}],
        "download_size": download_size,
        "dataset_size": num_bytes,
    }


def card_metadata(out_dir: Path, files: Mapping[str, list[Path]]) -> dict[str, Any]:
    configs = []
    infos = []
    for config, schema in CONFIGS.items():
        if config not in files:
            continue  # a config with no rows is left out: datasets cannot load an empty split
        entry: dict[str, Any] = {
            "config_name": config,
            "data_files": [{"split": "train", "path": f"data/{config}-*.parquet"}],
        }
        if config == "articles":
            entry["default"] = True
        configs.append(entry)
        infos.append(config_info(config, schema, files[config]))
    return {
        "language": ["zh"],
        "license": "other",
        "pretty_name": "Chinese regulations (corpus-tools)",
        "tags": ["legal", "chinese", "regulations"],
        "configs": configs,
        "dataset_info": infos,
    }


def render_card(metadata: Mapping[str, Any], body: str) -> str:
    front = yaml.safe_dump(dict(metadata), allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{body.strip()}\n"


def write_card(out_dir: Path, files: Mapping[str, list[Path]], summary: Mapping[str, Any]) -> Path:
    """Write ``README.md`` for a built dataset folder."""
    metadata = card_metadata(out_dir, files)
    lines = [
        "# Chinese regulations, cleaned and structured",
        "",
        "Built by corpus-tools from scraped government pages. Configs:",
        "",
    ]
    for info in metadata["dataset_info"]:
        lines.append(f"- `{info['config_name']}`: {info['splits'][0]['num_examples']} rows")
    lines += ["", "```python", "from datasets import load_dataset", 'articles = load_dataset("PATH_OR_REPO", "articles", split="train")', "```"]
    path = out_dir / "README.md"
    path.write_text(render_card(metadata, "\n".join(lines)), encoding="utf-8")
    return path
