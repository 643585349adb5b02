"""A 人大's call for comment and its draft on one page (field test 10, F10-Z1: tests/real_pages/field10/SOURCE.md).

The page was one document: a regulation in force, amended on the day of the draft's first reading, titled
with the first line of its two-line title; the draft's headings (``〖目的依据〗``) stayed in its articles' text."""

from __future__ import annotations

from tests.real_build import build_real_pages

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
