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


def _build_real(tmp: Path, folder: str, pattern: str) -> dict[str, dict]:
    """The main documents of a build of tests/real_pages/FOLDER's files matching ``pattern``."""
    raw = tmp / "raw"
    raw.mkdir()
    for path in sorted((REAL / folder).glob(pattern)):
        (raw / path.name).write_bytes(path.read_bytes())
    return _documents(raw, tmp / "out")


@pytest.fixture(scope="module")
def flkdocs(tmp_path_factory) -> dict[str, dict]:
    return _build_real(tmp_path_factory.mktemp("flkdocs"), "flkdocs", "*.doc*")


def test_an_announcements_adoption_record_gives_place_issuer_and_dates(flkdocs):
    doc = flkdocs["吉林省_2020_白城市文明行为促进条例.docx"]
    assert (doc["title"], doc["jurisdiction"], doc["issuer"]) == ("白城市文明行为促进条例", "白城市", "白城市人民代表大会常务委员会")
    assert (doc["adopted"], doc["approved"], doc["published"]) == ("2019-12-26", "2020-03-24", "2020-03-26")


def test_a_word_xml_document_named_doc_is_read_like_a_docx(flkdocs):
    """Flat OPC (the parts of a .docx in one XML file) was rejected as a 210,427-character line."""
    doc = flkdocs["海南省_2020_海南省文明行为促进条例.doc"]
    assert (doc["title"], doc["jurisdiction"], doc["adopted"]) == ("海南省文明行为促进条例", "海南省", "2020-09-30")
    assert (doc["num_articles"], doc["first_article_no"], doc["numbering_gaps"]) == (55, 1, [])  # 第一条 … 第五十五条


def test_a_zero_width_blank_line_before_the_title_does_not_hide_it(flkdocs):
    doc = flkdocs["新疆维吾尔自治区_2023_克拉玛依市文明行为促进条例.docx"]
    assert doc["title"] == "克拉玛依市文明行为促进条例"
    assert (doc["adopted"], doc["approved"]) == ("2023-09-06", "2023-09-28")


@pytest.fixture(scope="module")
def lytw(tmp_path_factory) -> dict[str, dict]:
    return _build_real(tmp_path_factory.mktemp("lytw"), "lytw", "*.html")


def _dates(doc: dict) -> tuple:
    return doc["status"], doc["adopted"], doc["published"], doc["amended"], doc["effective"]


def test_a_version_page_is_dated_by_its_own_version_not_by_the_text_in_force(lytw):
    """lis.ly.gov.tw: each version page lists the law's whole history, then names its own
    version (民國36年3月27日(非現行條文)); the 1947 text of 行政院組織法 is not the 2010 one."""
    doc = lytw["01010_0101036032700.html"]
    assert (doc["title"], doc["index_no"]) == ("行政院组织法", "01010")
    assert _dates(doc) == ("amended", "1947-03-27", "1947-03-31", None, None)
    # its 2000 version: an earlier version's 施行 (1931) is not this version's entry into force
    assert _dates(lytw["01141_0114189063000.html"]) == ("amended", "1931-01-31", "2000-07-19", "2000-06-30", None)


def test_two_versions_of_one_law_are_one_version_group(lytw):
    old, new = lytw["04585_0458592052000.html"], lytw["04585_0458595050500.html"]
    assert _dates(old)[:4] == ("amended", "2003-05-20", "2003-06-05", None)
    # the 2006 version was the text in force when the law was repealed (97年9月5日 废止, the history's next entry):
    # repealed, not amended (session 10, F9-P4); the 2003 version was replaced by the 2004 amendment
    assert _dates(new)[:4] == ("repealed", "2003-05-20", "2006-05-24", "2006-05-05")
    assert old["version_group"] is not None and old["version_group"] == new["version_group"]


def test_an_order_or_a_courts_committee_in_the_record_gives_issuer_and_number(tmp_path):
    docs = _build_real(tmp_path, "lawdb", "laws_*.md")
    tax = docs["laws_行政法规_城镇土地使用税暂行条例(2019-03-02).md"]
    court = docs["laws_司法解释_最高人民法院关于人民法院审理事业单位人事争议案件若干问题的规定(2003-08-27).md"]
    assert (tax["issuer"], tax["doc_number"]) == ("国务院", "国务院令第17号")
    assert (court["issuer"], court["doc_number"]) == ("最高人民法院", None)
