"""corpus_tools/resources/: every table the stages read, each from one generator, shipped in the wheel."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import pytest

from corpus_tools import resources

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location("build_corpus_tables", ROOT / "scripts" / "build_corpus_tables.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_package_data_ships_every_table():
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["corpus_tools"]
    shipped = {p for pattern in globs for p in (ROOT / "corpus_tools").glob(pattern)}
    tables = {p for p in resources.FOLDER.iterdir() if p.suffix != ".py" and p.name != "__pycache__"}
    assert tables and tables <= shipped
    assert not list((ROOT / "corpus_tools" / "clean").glob("*.txt")), "data files belong in resources/"


@pytest.mark.slow
def test_corpus_tables_are_what_their_generator_counts(clean_corpus_dir, tmp_path):
    """The four tables counted from the clean corpus are exactly what scripts/build_corpus_tables.py writes."""
    generator = _generator()
    counts = generator.Counts(clean_corpus_dir)
    for name, make in generator.TABLES.items():
        assert make(counts) == resources.read(name), name
