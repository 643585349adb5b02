"""One join per line break (review 16, R16-F7).

A Hong Kong bill of the LegCo site (tests/real_pages/field12_metadata, wrapped at 23 characters, lines opening on
``、``) had its break at offset 670 joined twice: once by the line rules ("the next line opens on 、") and once by
the page-break reader of wraps after a mark; ``apply_edits`` refused the overlap and the build of any corpus holding
the page failed.  Every real page of the suite is cleaned here too, so a rule that makes two edits meet fails a test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain

REAL = Path(__file__).parent / "real_pages"
LEGCO = REAL / "field12_metadata" / "legco_gov_hk_yr97-98_bills_c013-c.txt"


def test_the_legco_bill_cleans_and_its_edits_replay():
    text = LEGCO.read_text(encoding="utf-8")
    out = clean_and_explain(text)
    starts = [e.start for e in out.edits if e.rule == "hard_wraps"]
    assert starts and len(starts) == len(set(starts))
    assert "、" in out.text


@pytest.mark.parametrize("path", sorted(p for p in REAL.rglob("*.txt") if p.stat().st_size < 400_000), ids=lambda p: str(p.relative_to(REAL)))
def test_every_real_text_page_cleans(path):
    text = path.read_bytes().decode("utf-8", errors="replace")
    out = clean_and_explain(text)
    assert isinstance(out.text, str)
