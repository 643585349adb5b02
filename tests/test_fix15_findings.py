"""Findings for damage the dataset carried without one (field 14): a keyword filter's masks (F14-B3,
``masked_chars``) and records holding a flattened list page, not a document (F14-D2, ``listing_page``).
A finding never changes the text; clean texts get none.  Snippets: tests/real_pages/fix15/SOURCE.md.
"""

from __future__ import annotations

import time

import pytest

from corpus_tools.validation import quality
from corpus_tools.validation.masked_text import MASKED_CHARS, masked_characters
from corpus_tools.validation.quality import is_listing_page
from tests.real_build import build_real_pages

OWBA = "owba_cn_568304976_censored.txt"
ROWANCY = "rowancy_policies_records_1_3.json"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_real_pages("fix15", tmp_path_factory.mktemp("fix15"), configs=("documents", "findings"))


def _checks(built, key):
    return {row["check"]: row["excerpt"] for row in built.get("findings:" + key, [])}


def test_the_masked_copy_is_found_and_kept(built):
    found = _checks(built, OWBA)
    assert MASKED_CHARS in found and found[MASKED_CHARS].startswith("6"), found  # (61-63 marks in the page's 751 characters)
    assert "'*的' ×" in found[MASKED_CHARS] and "'为维护*的章程'" in found[MASKED_CHARS]
    (doc,) = built["documents:" + OWBA]
    assert "为维护*的章程和其他*内法规" in doc["text"] and "深入贯彻*总*系列重要讲话精神" in doc["text"]
    assert MASKED_CHARS in quality.CHECK_NAMES


def test_the_list_page_records_are_found(built):
    docs = [row for key, rows in built.items() if key.startswith("documents:" + ROWANCY) for row in rows]
    assert len(docs) == 2
    flagged = {row["source_file"] for key, rows in built.items() if key.startswith("findings:" + ROWANCY)
               for row in rows if row["check"] == "listing_page"}
    assert flagged == {doc["source_file"] for doc in docs}


def test_the_clean_law_gets_neither(built):
    found = _checks(built, "shenzhen_cell_gene_head.md")
    assert MASKED_CHARS not in found and "listing_page" not in found


@pytest.mark.parametrize("text", [
    # blind variants (invented): full-width masks, two-character masks, a mask at a line start
    "第一条 为了维护＊的章程，保障＊员权利，严肃＊的纪律。",
    "深入贯彻**同志系列重要讲话精神，在**的领导下，坚持**的基本路线。",
])
def test_blind_mask_variants_are_found(text):
    assert masked_characters(text) is not None


@pytest.mark.parametrize("text", [
    "第一条 本条例*所称单位，是指……\n注*：见附件。面积5*3米。",  # footnote marks (two between Han only)
    "关于××市××区××局的通知\n□是 □否\n甲方（盖章）：________",  # a template's placeholders and a form's boxes
    "**第一条** 为了规范管理，制定本办法。**第二条** 本办法适用于本市。",  # Markdown emphasis left in a plain text
])
def test_no_mask_in_clean_shapes(text):
    assert masked_characters(text) is None


def test_list_pages_blind_variants():
    row = "关于印发某某管理办法的通知 2026-03-0{} "
    assert is_listing_page("首页 政策文件 " + "".join(row.format(i) for i in range(1, 7)) + "查看更多 >>")
    teaser = "市政府召开常务会议研究部署...  "
    assert is_listing_page("".join(row.format(i) for i in range(1, 7)) + teaser * 3)
    # a flattened annex listing documents and dates: no 更多, nothing cut short
    assert not is_listing_page("附件：废止文件目录 " + "".join(row.format(i) for i in range(1, 8)))


def test_the_scans_are_linear_on_hostile_input():
    hostile = "党*" * 100_000 + "更多 " * 1000 + ("通知 2026-01-01 " * 20_000)
    start = time.process_time()
    masked_characters(hostile)
    is_listing_page(hostile)
    assert time.process_time() - start < 3.0
