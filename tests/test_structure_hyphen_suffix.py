"""Taiwan's law database (全國法規資料庫, law.moj.gov.tw) prints an inserted article, 第九條之一, as
``第 9-1 條`` on a line of its own.  Read as no label, the 12 inserted articles of 勞動基準法 were
glued into the article before them, silently (field test 9, F9-T1: 86 articles built for 98 labels,
numbering_gaps empty, no finding).  The label is article N with suffix M, as the project stores
第N条之M (article_no N, article_suffix M, label 第N条之M, eid ``art_N_M``).

Real page: tests/real_pages/twmoj_print (SOURCE.md): IcensRAGHomework/rag2-satur-su @ be02305,
勞動基準法.pdf, and 24 lines of its text layer."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build
from corpus_tools.records import CleanedPage, RawPage
from corpus_tools.structure import structure_page

PRINT = Path(__file__).parent / "real_pages" / "twmoj_print"


def _articles(text: str):
    page = RawPage(source_file="x.txt", sha256="0" * 64, encoding="utf-8", format="text", text=text)
    return structure_page(CleanedPage(page, text)).articles


def _labels(text: str) -> list[tuple[str, int, int]]:
    return [(a.label, a.article_no, a.article_suffix) for a in _articles(text)]


def test_the_database_print_reads_its_inserted_articles():
    text = (PRINT / "ldjzf_head.txt").read_text(encoding="utf-8")
    articles = _articles(text)
    assert [(a.label, a.article_no, a.article_suffix) for a in articles] == [
        ("第九条之一", 9, 1), ("第十条", 10, 0), ("第十条之一", 10, 1), ("第十一条", 11, 0)]
    tenth = articles[1]
    assert "10-1" not in tenth.text and tenth.text.endswith("應合併計算。")
    assert articles[2].text.startswith("雇主調動勞工工作，不得違反勞動契約之約定")


@pytest.mark.parametrize("label, expected", [
    ("第 10-1 條", ("第十条之一", 10, 1)),        # the database's print
    ("第 10-1 条", ("第十条之一", 10, 1)),        # a Simplified mirror
    ("第10-1條", ("第十条之一", 10, 1)),          # no blanks
    ("第 10 - 1 條", ("第十条之一", 10, 1)),
    ("第 １０－１ 條", ("第十条之一", 10, 1)),    # full-width, as a width pass writes it
    ("第 10-2 條", ("第十条之二", 10, 2)),        # 84-2 follows 84-1 in 勞動基準法; here 10-2 follows 10
    ("第十條之一", ("第十条之一", 10, 1)),        # the Chinese numerals of the gazette
    ("第 十 條之一", ("第十条之一", 10, 1)),
    ("第10條之1", ("第十条之一", 10, 1)),         # the database's XML, as law_xml writes it
    ("第 10 條之 1", ("第十条之一", 10, 1)),
    ("第10條 之1", ("第十条之一", 10, 1)),
])
def test_every_spelling_of_article_ten_suffix_one(label, expected):
    text = f"某法\n第 10 條\n甲。\n{label}\n雇主調動勞工工作，不得違反勞動契約之約定。\n第 11 條\n乙。\n"
    assert _labels(text) == [("第十条", 10, 0), expected, ("第十一条", 11, 0)]


def test_a_label_with_its_body_on_the_line_when_the_numbering_runs_on():
    text = "某法\n第 9 條　甲。\n第 9-1 條　有下列情形之一者，不得為之。\n第 10 條　乙。\n"
    assert _labels(text) == [("第九条", 9, 0), ("第九条之一", 9, 1), ("第十条", 10, 0)]


@pytest.mark.parametrize("line", [
    "第1-3条",                    # a range alone in a table cell: 3 > 1 and nothing runs on
    "第 2-5 條",
    "第 9-1 條規定之補償，不包括工資。",  # a cross-reference the page wrapped to the line start
    "第 9-1 條 第 2 項所定之補償。",
    "第 9-1 條 規定之補償。",
    "第 3-1 條條文",               # the database's history record, wrapped (令增訂公布⏎第 3-1 條條文)
    "第 15(a)(ii) 條",              # a Hong Kong provision reference
    "第 2020-1-1 條",
    "第十-1條",
    "第 2-1 章 總則",
])
def test_what_is_no_inserted_article_stays_text(line):
    text = f"某法\n第 9 條\n甲。\n{line}\n乙。\n第 10 條\n丙。\n"
    assert _labels(text) == [("第九条", 9, 0), ("第十条", 10, 0)]


def test_a_citation_inside_a_line_and_a_date_are_no_label():
    text = "某法\n第 9 條\n依第 9-1 條規定辦理，自 2020-1-1 起施行。\n第 10 條\n丙。\n"
    assert _labels(text) == [("第九条", 9, 0), ("第十条", 10, 0)]


def test_a_body_line_after_the_label_that_goes_on_citing_is_no_label_even_when_numbering_runs_on():
    text = "某法\n第 9 條\n甲，依\n第 9-1 條、第 10 條規定。\n第 10 條\n丙。\n"
    assert _labels(text) == [("第九条", 9, 0), ("第十条", 10, 0)]


def test_the_whole_print_gives_one_article_per_label(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ldjzf.pdf").write_bytes((PRINT / "ldjzf.pdf").read_bytes())
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    data = tmp_path / "out" / "data"
    documents = [r for p in sorted(data.glob("documents-*.parquet")) for r in pq.read_table(p).to_pylist()]
    articles = [r for p in sorted(data.glob("articles-*.parquet")) for r in pq.read_table(p).to_pylist()]
    assert len(documents) == 1
    text = documents[0]["text"]
    written = re.findall(r"(?m)^第 ([0-9]+)(?:-([0-9]+))? [條条]$", text)  # the print's labels, alone on their lines
    assert len(written) == 98
    assert [(a["article_no"], a["article_suffix"]) for a in articles] == [(int(n), int(m or 0)) for n, m in written]
    inserted = [a for a in articles if a["article_suffix"]]
    assert [a["label"] for a in inserted][:2] == ["第九条之一", "第十条之一"] and len(inserted) == 12
    assert all(a["eid"].endswith(f"art_{a['article_no']}_{a['article_suffix']}") for a in inserted)
    assert not any(re.search(r"第 [0-9]+-[0-9]+ [條条]", a["text"]) for a in articles)
    assert list(documents[0]["numbering_gaps"]) == []
    assert not any(f.startswith("structure") for f in documents[0]["findings"])
