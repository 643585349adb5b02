"""Notices and the texts they issue on real pages of field test 10 (tests/real_pages/field10/SOURCE.md): a 人大's call
for comment and its draft (F10-Z1), a release note inside a signature (F10-D1).

The 遵义 page was one document: a regulation in force, amended on the day of the draft's first reading, titled
with the first line of its two-line title; the draft's headings (``〖目的依据〗``) stayed in its articles' text."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.dataset.build import build
from tests.real_build import build_real_pages

REAL = Path(__file__).parent / "real_pages" / "field10"

NAME = "zunyi_renda_gonggao_draft.txt"


def test_a_call_for_comment_and_its_draft_are_two_documents(tmp_path):
    rows = build_real_pages("field10", tmp_path, (NAME,))
    notice, draft = rows["documents:" + NAME]
    assert notice["role"] == "notice" and notice["doc_type"] == "notice"
    assert notice["title"] == "遵义市人大常委会办公室关于公开征求《遵义市地方立法条例（修订草案）》意见的公告"
    assert notice["amended"] is None  # 2024年8月29日 was the draft's first reading, not an amendment
    assert notice["written"] == "2024-09-05"
    assert draft["title"] == "遵义市地方立法条例（修订草案）"
    assert (draft["doc_type"], draft["status"]) == ("draft_for_comment", "draft_for_comment")
    articles = rows["articles:" + NAME]
    assert [a["heading"] for a in articles] == ["目的依据", "适用范围", "基本原则"]
    assert articles[0]["text"].startswith("为了规范地方立法活动")


def test_a_release_note_between_the_signer_and_the_date_still_signs_the_notice(tmp_path):
    """牟定县 (F10-D1): ``牟定县人民政府办公室 ⏎ （此件公开发布） ⏎ <date>``: the notice and the 预案 it issues stayed one
    document, unsigned.  The page's own date is a Word field residue (``{ 2017 6 23``, no date to read: a finding's
    business); here it is written out, the one change to the real page."""
    real = (REAL / "mdx_2018-1220012.txt").read_text(encoding="utf-8")
    assert real.count("{ 2017 6 23") == 1
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "mdx.txt").write_text(real.replace("{ 2017 6 23", "2017年6月23日"), encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok"
    docs = sorted((row for path in sorted((tmp_path / "out" / "data").glob("documents-*.parquet"))
                   for row in pq.read_table(path).to_pylist()), key=lambda row: row["ordinal"])
    assert [d["role"] for d in docs] == ["notice", "attachment"]
    assert docs[1]["title"] == "牟定县突发环境事件应急预案（试行）"
    assert (docs[0]["issuer"], docs[0]["written"]) == ("牟定县人民政府办公室", "2017-06-23")


def test_a_call_for_comment_is_not_titled_with_the_document_it_cites(tmp_path):
    """清远市司法局's 公告 (F10-A2) opens ``根据《清遠市人民政府關于進一步加強政府立法工作的意見》,我局草擬了《…管理辦法》
    (征求意見稿)``: it was titled with the 意见 it cites as its basis, an existing text of another organ."""
    name = "taohualuo_post_1187007.txt"
    rows = build_real_pages("field10", tmp_path, (name,))
    titles = [d["title"] for d in rows["documents:" + name]]
    assert "清远市人民政府关于进一步加强政府立法工作的意见" not in titles
    assert titles[0] == "清远市人民政府规章项目库管理办法"
