"""Real pages a field test found mishandled (tests/real_pages/*/SOURCE.md says where each comes
from and what went wrong): each build must give what the page itself says."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build

REAL = Path(__file__).parent / "real_pages"


def _documents(raw: Path, out: Path) -> dict[str, dict]:
    summary = build(raw, out, progress=False)
    assert summary.outcome == "ok", summary.render()
    rows = [row for path in sorted((out / "data").glob("documents-*.parquet")) for row in pq.read_table(path).to_pylist()]
    return {row["source_file"]: row for row in rows if row["role"] == "main"}


@pytest.fixture(scope="module")
def flkdocs(tmp_path_factory) -> dict[str, dict]:
    tmp = tmp_path_factory.mktemp("flkdocs")
    raw = tmp / "raw"
    raw.mkdir()
    for path in sorted((REAL / "flkdocs").glob("*.docx")):
        (raw / path.name).write_bytes(path.read_bytes())
    return _documents(raw, tmp / "out")


def test_an_announcements_adoption_record_gives_place_issuer_and_dates(flkdocs):
    doc = flkdocs["吉林省_2020_白城市文明行为促进条例.docx"]
    assert (doc["title"], doc["jurisdiction"], doc["issuer"]) == ("白城市文明行为促进条例", "白城市", "白城市人民代表大会常务委员会")
    assert (doc["adopted"], doc["approved"], doc["published"]) == ("2019-12-26", "2020-03-24", "2020-03-26")


def test_a_zero_width_blank_line_before_the_title_does_not_hide_it(flkdocs):
    doc = flkdocs["新疆维吾尔自治区_2023_克拉玛依市文明行为促进条例.docx"]
    assert doc["title"] == "克拉玛依市文明行为促进条例"
    assert (doc["adopted"], doc["approved"]) == ("2023-09-06", "2023-09-28")
