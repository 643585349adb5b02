"""Taiwan laws in Markdown whose articles are list items numbered ``* 1 …`` (real pages of
victorhsieh/tw-law-corpus in tests/real_pages/twlaw, SOURCE.md): every article found, and no
other page touched."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.ingest import ingest_bytes, ingest_file, label_numbered_bullets
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

TWLAW = Path(__file__).parent / "real_pages" / "twlaw"
_ITEM = re.compile(r"^\* ([0-9]+)(?:\.([0-9]+))? (.+)$", re.M)


def _structure(path: Path):
    return structure_page(clean_page(ingest_file(path, path.parent)))


@pytest.mark.parametrize("name", ["提審法.md", "赦免法.md", "國立甘肅科學教育館組織條例.md"])
def test_every_numbered_item_is_an_article(name):
    path = TWLAW / name
    items = _ITEM.findall(path.read_text(encoding="utf-8"))
    page = _structure(path)
    assert len(page.documents) == 1
    got = [(a.article_no, a.article_suffix) for a in page.articles]
    assert [n for n, _ in got] == [int(n) for n, _, _ in items]
    assert [bool(s) for _, s in got] == [bool(m) for _, m, _ in items]
    for article, (_, _, text) in zip(page.articles, items):
        # the article's first paragraph is the item's text (cleaned: Traditional to Simplified)
        assert len(article.paragraphs[0]) == len(text.strip())


def test_the_labels_and_the_count_are_recorded():
    raw = ingest_file(TWLAW / "赦免法.md", TWLAW)
    assert raw.metadata["numbered_bullets_labelled"] == 9
    assert "第5條之1 因有罪判決確定" in raw.text
    assert re.search(r"^第1條 本法稱赦免者", raw.text, re.M)


def test_a_left_out_article_is_a_gap_not_a_stop():
    page = _structure(TWLAW / "國立甘肅科學教育館組織條例.md")
    assert [a.article_no for a in page.articles] == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11]


@pytest.mark.parametrize("body", [
    "* 1 甲项工作\n* 2 乙项工作\n",                                  # two items: no evidence
    "* 1 甲\n* 5 乙\n* 6 丙\n* 9 丁\n",                               # not a numbering of articles
    "第一条 为了规范管理。\n* 1 甲\n* 2 乙\n* 3 丙\n",                # the page has its own labels
    "* 2019 年度报告\n* 2020 年度报告\n* 2021 年度报告\n",            # years in steps of 1
    "* 1 个工作日内受理\n* 2 个工作日内审核\n* 3 个工作日内办结\n",    # quantities
])
def test_other_bullet_lists_are_left_alone(body):
    assert label_numbered_bullets(body) == (body, 0)


def test_labelled_bullets_with_their_own_labels_are_unchanged():
    """``* 第 1 條 …``: the page labels its articles itself; nothing added, all found."""
    body = "# 測試法\n\n* 第 1 條 為規範管理，特制定本法。\n\n* 第 2 條 本法所稱主管機關為內政部。\n\n* 第 3 條 本法自公布日施行。\n"
    assert label_numbered_bullets(body) == (body, 0)
    page = structure_page(clean_page(ingest_bytes(body.encode(), "t.md")))
    assert [a.article_no for a in page.articles] == [1, 2, 3]


# F14-A1 (field14, session 14): the crawler numbers 憲法增修條文's preamble ``* 0``; it was
# labelled 第0條, structured as article 0, and the article schema (article_no >= 1) refused the
# whole corpus built with it.
AMENDMENTS = TWLAW / "中華民國憲法增修條文.md"


def test_a_preamble_numbered_0_is_no_article():
    items = _ITEM.findall(AMENDMENTS.read_text(encoding="utf-8"))
    assert items[0][0] == "0"
    page = _structure(AMENDMENTS)
    assert [a.article_no for a in page.articles] == [int(n) for n, _, _ in items if n != "0"]
    text = page.documents[0].text
    assert "第0" not in text and "第0條" not in ingest_file(AMENDMENTS, TWLAW).text
    assert "为因应国家统一前之需要" in text  # the preamble's words stay, before article 1
    assert text.index("为因应国家统一前之需要") < text.index(page.articles[0].paragraphs[0])


@pytest.mark.parametrize("label", ["第零条", "第0条", "第〇條", "第 0 条"])
def test_nothing_is_numbered_zero(label):
    body = f"某某条例\n{label}　为了规范管理，制定本条例。\n第一条　本条例适用于本市。\n第二条　本条例自公布之日起施行。\n"
    page = structure_page(clean_page(ingest_bytes(body.encode(), "t.txt")))
    assert [a.article_no for a in page.articles] == [1, 2]


def test_a_corpus_with_the_amendments_builds(tmp_path):
    from corpus_tools.dataset.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    for path in (AMENDMENTS, TWLAW / "提審法.md"):
        (raw / path.name).write_bytes(path.read_bytes())
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()


# F14-D1 (field14, session 14): the same crawler's JSON form of a law, one object holding the
# law's name and an array of article records, gave one untitled document per article.
LAW_JSON = TWLAW / "入出國及移民法_law.json"


def test_a_law_object_of_article_records_is_one_document():
    import json

    from corpus_tools.crawl_records import read_records

    law = json.loads(LAW_JSON.read_text(encoding="utf-8"))
    records, _ = read_records(LAW_JSON.read_bytes(), LAW_JSON.name)
    assert len(records) == 1
    (record,) = records
    assert record.fields["law_name"] == law["name"]
    lines = record.text.splitlines()
    assert len(lines) == len(law["content"])
    assert all(line.startswith(item["zh"] + " ") for line, item in zip(lines, law["content"]))
    assert not any(item["reason"] in record.text for item in law["content"] if item.get("reason"))  # reasons are no law


def test_the_law_object_builds_one_titled_document_with_every_article(tmp_path):
    from corpus_tools.dataset.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "law.json").write_bytes(LAW_JSON.read_bytes())
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    docs = [r for p in (tmp_path / "out" / "data").glob("documents-*.parquet") for r in pq.read_table(p).to_pylist()]
    articles = [r for p in (tmp_path / "out" / "data").glob("articles-*.parquet") for r in pq.read_table(p).to_pylist()]
    assert [d["title"] for d in docs] == ["入出国及移民法"]
    assert docs[0]["jurisdiction"] != "中华人民共和国"  # a Taiwan law's 我國 and 外交部 are not the PRC's
    assert sorted(a["article_no"] for a in articles) == list(range(1, 98))
