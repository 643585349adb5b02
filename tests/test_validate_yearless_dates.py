"""``date_damaged`` on a date a site stripped of its year (field test 12, F12-E2: doc farms stamp their copies ``12-23``):
flagged, never read as a date, no year guessed.  Field test 12's farm page is not stored with the suite (its notes are
not at hand): the positives are invented in the shape such listings use (a blog listing in the code index stamps its
entries ``发布时间：12-22``); the negatives ``总时间：12-23 分钟`` (a timing table) and ``时间：12-23-14`` (a translated
manual's date) are real text from public files of the code index.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.dataset.build import build
from corpus_tools.validation.damaged_values import text_damage


def test_a_yearless_posting_date_in_the_text_is_flagged():
    found = list(text_damage("某某通知\n发布时间：12-23 浏览：113\n各单位：现将有关事项通知如下。\n"))
    assert found == [("date_damaged", "'发布时间：12-23' has no year (month-day 12-23): the site stripped it; no date is read from it")]
    assert [c for c, _ in text_damage("某某办法\n12-23\n第一条 为了规范管理，制定本办法。\n")] == ["date_damaged"]


def test_variants_of_the_family():
    """Invented variants: another label, a time after the value, a field separator after it, one-digit month."""
    for text in ("日期：03-05 10:30\n", "更新时间：12-22|来源：某某文库\n", "上传时间: 7-8\n", "日　期：11-30\n"):
        assert [c for c, _ in text_damage(text)] == ["date_damaged"], text


def test_dates_with_their_year_ranges_and_numbers_are_none():
    """Negative: whole dates, a range of minutes, a date in another order, an article span, a phone number, a
    month and day written out in a news item's narrative, a number field."""
    for text in ("发布日期：2023-12-23\n", "总时间：12-23 分钟\n", "时间：12-23-14\n", "第12-23条\n", "电话：0512-23456789\n",
                 "12月23日，市政府召开常务会议。\n", "编号：12-23\n", "2023-12-23\n", "第 15-31 頁\n"):
        assert list(text_damage(text)) == [], text


def test_a_yearless_posting_line_removed_as_furniture_is_flagged(tmp_path: Path):
    """The posting line goes as site furniture; the finding, on the published column, says why no date was read."""
    raw = tmp_path / "raw"
    raw.mkdir()
    text = "关于做好春节期间安全生产工作的通知\n发布时间：12-23 浏览：113\n各区县：\n为做好春节期间安全生产工作，现将有关事项通知如下。\n特此通知。\n"
    (raw / "farm.txt").write_text(text, encoding="utf-8")
    summary = build(raw, tmp_path / "build", progress=False)
    documents = pq.read_table(next((tmp_path / "build" / "data").glob("documents-*.parquet"))).to_pylist()
    assert "12-23" not in documents[0]["text"] and documents[0]["published"] is None
    findings = [row for path in (tmp_path / "build" / "data").glob("findings-*.parquet") for row in pq.read_table(path).to_pylist()]
    assert [(f["check"], f["column"]) for f in findings] == [("date_damaged", "published")], summary.render()
    assert "'发布时间：12-23' has no year" in findings[0]["excerpt"]
