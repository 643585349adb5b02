"""raw/ holds the seeds byte for byte, and the manifest's hashes prove it."""

from __future__ import annotations

import hashlib

import yaml

from tests.conftest import RAW, SHARED


def _manifest() -> dict:
    return yaml.safe_load((RAW / "sources.yaml").read_text(encoding="utf-8"))["files"]


def test_every_raw_file_matches_its_manifest_hash():
    manifest = _manifest()
    on_disk = {p.name for p in RAW.iterdir() if p.name != "sources.yaml"}
    assert on_disk == set(manifest), "raw/ and raw/sources.yaml list different files"
    for name, entry in manifest.items():
        assert hashlib.sha256((RAW / name).read_bytes()).hexdigest() == entry["sha256"], name


def test_raw_files_are_the_shared_seeds_byte_for_byte():
    seeds = SHARED / "seeds"
    if not seeds.exists():  # pragma: no cover - shared/ always sits beside the checkout in CI
        import pytest

        pytest.skip("shared seeds not present")
    for seed in sorted(seeds.iterdir()):
        assert (RAW / seed.name).read_bytes() == seed.read_bytes(), seed.name
