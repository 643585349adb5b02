"""ingest: a .txt that is HTML is judged Chinese by its text, not by its tags' letters (field test 18, F18-I1).

tests/real_pages/field18_ingest/caiyes_archiver_tid-55372.txt (SOURCE.md there): a WeChat editor's HTML saved as
text, ``<span style="max-width: 100%; color: rgb(31, 73, 125); …">`` around every few words.  Its Han characters are
5.8 % of its letters with the tags counted, and the page was refused as "not Chinese"; the same bytes named .html
built.  The tags' names and attributes are no English: the share is counted again without them.
"""

from __future__ import annotations

import time
from pathlib import Path

from corpus_tools.ingest import language_problem

PAGE = Path(__file__).parent / "real_pages" / "field18_ingest" / "caiyes_archiver_tid-55372.txt"


def test_real_html_saved_as_text_is_chinese():
    assert language_problem(PAGE.read_text(encoding="utf-8")) is None


def test_an_english_page_in_html_is_still_not_chinese():
    """Negative: without its tags, an English page is still English."""
    page = '<p style="margin-top: auto; color: red;">Notice on the administration of ports.</p>' * 20 + "<p>港口</p>"
    assert language_problem(page)[0] == "not_chinese"


def test_a_plain_english_page_with_a_less_than_sign_is_not_chinese():
    assert language_problem("If a < b then the port closes. Article 1 of the notice." * 10)[0] == "not_chinese"


def test_hostile_unclosed_tags_are_linear():
    text = "<a" * 100_000 + "通知"
    start = time.process_time()
    language_problem(text)
    assert time.process_time() - start < 2.0
