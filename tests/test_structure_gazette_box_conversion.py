"""A removed gazette record box gives its act's title as the cleaners left the text: Traditional under
``--convert none`` (fixmeta19's leftover, left20 session 20: the box's title was converted to Simplified whatever the
setting, while the act's text and every other field kept Traditional).

Real page: tests/real_pages/fixmeta19/asianlii_mo_legis_14020000.txt (AsianLII, field test 17; SOURCE.md there).
"""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from corpus_tools.clean.plan import CleaningPlan
from corpus_tools.dataset.build import build
from tests.real_build import REAL

NAME = "asianlii_mo_legis_14020000.txt"


def _documents(tmp_path, plan):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / NAME).write_bytes((REAL / "fixmeta19" / NAME).read_bytes())
    summary = build(raw, tmp_path / "build", progress=False, plan=plan)
    assert summary.outcome == "ok", summary.render()
    rows = [row for path in sorted((tmp_path / "build" / "data").glob("documents-*.parquet"))
            for row in pq.read_table(path).to_pylist()]
    return sorted(rows, key=lambda row: row["ordinal"])


@pytest.mark.parametrize("conversion, title, number", [
    ("none", "第139/2000號行政長官批示", "第139/2000號"),
    ("t2s", "第139/2000号行政长官批示", "第139/2000号"),
])
def test_the_box_title_follows_the_conversion_setting(tmp_path, conversion, title, number):
    plan = CleaningPlan.make(options={"traditional_to_simplified": {"conversion": conversion}})
    second = _documents(tmp_path, plan)[1]
    assert second["title"] == title and second["doc_number"] == number
    assert second["published"] == "2000-07-31"
    if conversion == "none":
        assert "奧林匹克游泳館" in second["text"]  # the text kept Traditional too
