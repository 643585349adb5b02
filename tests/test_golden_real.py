"""Golden files for real pages: a raw page of ``../shared/real/`` in, its cleaned text out.

The raw pages stay where they are (not copied); ``tests/golden/real/<site>_<NNN>.clean.txt``
holds the expected cleaned text of each, reviewed by reading it against the raw page
(``tests/golden/real/REVIEW.md`` says what was checked on each and what each must be).
After an intended change, regenerate with ``CORPUS_TOOLS_UPDATE_GOLDEN=1 pytest
tests/test_golden_real.py`` and review the diff against the raw page, never blindly.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpus_tools.clean.evidence import table_rows
from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from tests.conftest import SHARED

GOLDEN = Path(__file__).parent / "golden" / "real"
REAL = SHARED / "real"
UPDATE = os.environ.get("CORPUS_TOOLS_UPDATE_GOLDEN") == "1"

#: The reviewed pages (survey §7 candidates): both sites, every kind of page.
PAGES = (
    "govcn/001", "govcn/003", "govcn/004", "govcn/010", "govcn/011", "govcn/016",
    "govcn/032", "govcn/033", "govcn/041", "govcn/044", "govcn/052", "govcn/055",
    "bjtcm/000", "bjtcm/001", "bjtcm/004", "bjtcm/008", "bjtcm/009", "bjtcm/014",
    "bjtcm/030", "bjtcm/032", "bjtcm/042", "bjtcm/043", "bjtcm/050", "bjtcm/058",
)


def _raw(page: str) -> Path:
    site, number = page.split("/")
    found = sorted((REAL / site).glob(f"{number}_*.html"))
    if not found:
        pytest.skip(f"{REAL / site}/{number}_* not present")
    return found[0]


def _golden(page: str) -> Path:
    return GOLDEN / (page.replace("/", "_") + ".clean.txt")


@pytest.mark.parametrize("page", PAGES)
def test_real_page_matches_golden(page):
    cleaned = clean_page(ingest_file(_raw(page), REAL)).text  # as the build cleans it
    path = _golden(page)
    if UPDATE:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        path.write_text(cleaned, encoding="utf-8")
    assert path.exists(), f"missing golden {path.name}: run with CORPUS_TOOLS_UPDATE_GOLDEN=1 and review it"
    assert cleaned == path.read_text(encoding="utf-8"), f"{path.name} differs from the golden file"


@pytest.mark.parametrize("page", PAGES)
def test_golden_tables_are_intact(page):
    """Every table row of the ingested page is in the golden text with its cells."""
    ingested = ingest_file(_raw(page), REAL).text
    golden = _golden(page).read_text(encoding="utf-8")
    rows = [ingested[a:b] for a, b in table_rows(ingested)]
    golden_lines = set(golden.split("\n"))
    assert [r for r in rows if r not in golden_lines] == []


def test_at_least_twenty_reviewed_pages_from_both_sites():
    assert len(PAGES) >= 20 and {p.split("/")[0] for p in PAGES} == {"govcn", "bjtcm"}
    reviewed = (GOLDEN / "REVIEW.md").read_text(encoding="utf-8")
    assert all(f"`{p}`" in reviewed for p in PAGES), "every golden page needs its review note"
