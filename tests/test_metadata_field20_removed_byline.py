"""Field test 20's byline removed with the page's only date and source (F20-D4; tests/real_pages/field20_fix/SOURCE.md).

Family: a site's posting byline, a stamp with the time of day and the unit it credits, no label on the date
(``2022-05-07 00:00　来源：河北省文化和旅游厅机关党委``: 河北省文化和旅游厅's template, real).  ``site_furniture`` removes
the line (right: it is the site's), and published and source stayed null.  The removed line is read through its
edit: its date as the site's posting date, its unit as the source.  Variants: (a) the real page; (b) held out
(written after the rule): seconds in the stamp, an ASCII colon, a 科 as the unit.
Negatives: a mirror's copy time (``2024-07-22 05:16:06 来源：法律资料网``) and a paper's (``…来源：人民日报``) give neither;
the cleaned text is the same as before (the line stays removed).
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import metadata as md, structure_page

PAGES = Path(__file__).parent / "real_pages" / "field20_fix"


def test_the_hebei_byline_dates_and_sources_the_item():
    page = PAGES / "tqjwhly_byline.html"
    cleaned = clean_page(ingest_file(page, page.parent))
    assert "来源" not in cleaned.text and "2022-05-07" not in cleaned.text  # still removed as furniture
    doc = structure_page(cleaned).documents[0]
    assert (doc.published, doc.source) == ("2022-05-07", "河北省文化和旅游厅机关党委")


def test_held_out_stamp_forms():
    line = "2021/3/9 08:15:02 来源:某某区司法局法制科\n"
    assert md.posted_date(line) == "2021-03-09"
    assert md.byline_source(line) == {"source": "某某区司法局法制科"}


def test_a_mirror_or_a_paper_gives_no_date_or_source():
    for line in ("2024-07-22 05:16:06 来源：法律资料网\n", "2023-01-05 10:00　来源：人民日报\n"):
        assert md.posted_date(line) is None
        assert md.byline_source(line) is None
    assert md.byline_source("2022-05-07　来源：河北省文化和旅游厅\n") is None  # no time of day: no posting stamp
