"""A PDF line wrap that opens a line with a cited annex is no attachment marker.

Real page: the Hong Kong Basic Law as the HKSAR Government's booklet prints it
(tests/real_pages/hkbasiclaw/SOURCE.md).  Its article 18 wraps after ``可對列於本法`` so that
the next line opens with ``附件三的法律作出增減，…``: read as ``附件三`` with a title, it cut
the law in two in the middle of article 18 (18 + 142 articles over two documents, the second
titled '').
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.dataset.build import build
from corpus_tools.structure.documents import split_documents

PAGE = Path(__file__).parent / "real_pages" / "hkbasiclaw" / "basic_law_art17_19.txt"


def test_a_wrapped_line_opening_with_a_cited_annex_cuts_nothing():
    text = PAGE.read_text(encoding="utf-8")
    assert "\n附件三的法律作出增減" in text  # the shape is in the page
    assert [s.role for s in split_documents(text)] == ["main"]


def test_the_basic_laws_articles_stay_whole_in_one_document(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / PAGE.name).write_bytes(PAGE.read_bytes())
    summary = build(raw, tmp_path / "build", progress=False)
    assert summary.outcome == "ok", summary.render()
    data = tmp_path / "build" / "data"
    documents = [r for p in sorted(data.glob("documents-*.parquet")) for r in pq.read_table(p).to_pylist()]
    articles = [r for p in sorted(data.glob("articles-*.parquet")) for r in pq.read_table(p).to_pylist()]
    assert len(documents) == 1
    assert [a["article_no"] for a in articles] == [17, 18, 19]
    eighteen = articles[1]["text"]
    assert "附件三的法律作出增减" in eighteen and eighteen.rstrip().endswith("可发布命令将有关全国性法律在香港特别行政区实施。")


def test_attachment_markers_with_titles_still_open_attachments():
    notice = "关于印发两项办法的通知\n各单位：\n现将两项办法印发给你们，请遵照执行。\n"
    annex = "附件1：甲市物业管理办法\n第一条 为了规范物业管理，制定本办法。\n第二条 本办法自公布之日起施行。\n"
    annex2 = "附件二 所属单位名单\n一、甲单位。\n二、乙单位。\n"
    segments = split_documents(notice + annex + annex2)
    assert [s.role for s in segments] == ["notice", "attachment", "attachment"]
    assert [s.attachment_no for s in segments[1:]] == [1, 2]
