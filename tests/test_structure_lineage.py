"""Lineage: 000's draft and 002's final text are one instrument, aligned article by article."""

from __future__ import annotations

from collections import Counter

from corpus_tools.records import Article, Document
from corpus_tools.structure import align_versions, assign_version_groups
from corpus_tools.structure.lineage import align_articles, first_article_numbers, normalized_title
from corpus_tools.tables import ALIGNMENTS
from tests.test_structure_seeds import structured


def _corpus():
    pages = [structured(p) for p in ("000", "001", "002", "003", "004")]
    return [d for p in pages for d in p.documents], [a for p in pages for a in p.articles]


def test_draft_and_final_share_a_version_group():
    documents, _ = _corpus()
    grouped = assign_version_groups(documents)
    by_id = {d.doc_id: d for d in grouped}
    draft = next(d for d in grouped if d.doc_type == "draft_for_comment")
    final = next(d for d in grouped if d.source_file.startswith("002"))
    assert draft.version_group and draft.version_group == final.version_group
    members = [d for d in grouped if d.version_group == draft.version_group]
    assert len(members) == 2  # not the notice, not the explanation, not Tianjin's law
    assert by_id[draft.parent_id].version_group is None


def test_alignment_rows():
    documents, articles = _corpus()
    rows = align_versions(assign_version_groups(documents), articles)
    assert rows and all(list(r) == ALIGNMENTS.names for r in rows)
    draft = next(d for d in documents if d.doc_type == "draft_for_comment")
    assert {r["draft_doc_id"] for r in rows} == {draft.doc_id}
    status = Counter(r["status"] for r in rows)
    assert status["matched"] + status["draft_only"] == 47
    assert status["matched"] + status["final_only"] == 47
    pairs = {(r["draft_article_no"], r["final_article_no"]) for r in rows if r["status"] == "matched"}
    # 立法目的 -> 第一条; 部门职责 -> 第六条; 实施时间 -> 第四十七条; a moved article: 行业组织服务 -> 第二十四条
    assert {(1, 1), (5, 6), (47, 47), (33, 24)} <= pairs
    assert all(0.0 <= r["similarity"] <= 1.0 for r in rows if r["similarity"] is not None)
    # one-to-one
    matched = [r for r in rows if r["status"] == "matched"]
    assert len({r["draft_article_no"] for r in matched}) == len({r["final_article_no"] for r in matched}) == len(matched)


def test_normalized_title_strips_version_qualifiers():
    assert normalized_title("常州市促进智能制造发展条例（征求意见稿）") == "常州市促进智能制造发展条例"
    assert normalized_title("某市条例（修订草案）") == normalized_title("某市条例")
    assert normalized_title("某市条例实施办法") != normalized_title("某市条例")


def test_unrelated_articles_stay_unmatched():
    a = [Article("a", "f", 1, "为了保护古树名木，制定本条例。")]
    b = [Article("b", "f", 1, "违反本条例规定的，由主管部门责令改正。")]
    assert align_articles(a, b) == [(0, None, None), (None, 0, None)]


def test_group_needs_same_jurisdiction():
    docs = [Document("a", "p", "a.txt", 0, "", title="物业管理条例", doc_type="regulation", jurisdiction="甲市"),
            Document("b", "p", "b.txt", 0, "", title="物业管理条例", doc_type="regulation", jurisdiction="乙市")]
    assert all(d.version_group is None for d in assign_version_groups(docs))


def _law(doc_id: str, source: str, articles: range, text: str = "条文", **fields) -> tuple[Document, list[Article]]:
    doc = Document(doc_id, "p", source, 0, "", title="中华人民共和国民法典", doc_type="regulation",
                   jurisdiction="中华人民共和国", **fields)
    return doc, [Article(doc_id, source, n, f"{text}第{n}条的规定内容，当事人应当遵守。") for n in articles]


def test_two_final_texts_of_one_date_are_not_aligned():
    """The same final law from two sources (one with a different article text) is one version."""
    a, arts_a = _law("a", "mirror1.html", range(1, 30), adopted="2020-05-28")
    b, arts_b = _law("b", "mirror2.html", range(1, 30), text="其他", adopted="2020-05-28")
    grouped = assign_version_groups([a, b])
    assert all(d.version_group is None for d in grouped)
    assert align_versions(grouped, arts_a + arts_b) == []


def test_parts_of_one_code_are_not_aligned():
    """Two books of the Civil Code: same title, articles 205-462 and 463-988."""
    book2, arts2 = _law("b2", "wuquan.html", range(205, 463), published="2020-05-28")
    book3, arts3 = _law("b3", "hetong.html", range(463, 989), published="2020-06-01")
    grouped = assign_version_groups([book2, book3], first_article_numbers(arts2 + arts3))
    assert all(d.version_group is None for d in grouped)  # parts, not versions
    assert align_versions(grouped, arts2 + arts3) == []


def test_two_versions_of_one_part_share_a_group_apart_from_the_other_parts():
    old2, arts_o = _law("o2", "wuquan2020.html", range(205, 463), adopted="2020-05-28")
    new2, arts_n = _law("n2", "wuquan2023.html", range(205, 463), adopted="2020-05-28", amended="2023-01-01")
    book3, arts3 = _law("b3", "hetong.html", range(463, 989), published="2020-06-01")
    whole, arts_w = _law("w", "whole.html", range(1, 1261), adopted="2020-05-28")
    starts = first_article_numbers(arts_o + arts_n + arts3 + arts_w)
    grouped = {d.doc_id: d.version_group for d in assign_version_groups([old2, new2, book3, whole], starts)}
    assert grouped["o2"] and grouped["o2"] == grouped["n2"]
    assert grouped["b3"] is None and grouped["w"] is None
    rows = align_versions(assign_version_groups([old2, new2, book3, whole], starts), arts_o + arts_n + arts3 + arts_w)
    assert {(r["draft_doc_id"], r["final_doc_id"]) for r in rows} == {("o2", "n2")}


def test_a_draft_and_its_final_text_and_a_revision_are_still_aligned():
    _, arts_d = _law("d", "draft.html", range(1, 30))
    draft = Document("d", "p", "draft.html", 0, "", title="中华人民共和国民法典（草案）", doc_type="draft_for_comment",
                     jurisdiction="中华人民共和国", published="2019-12-28")
    final, arts_f = _law("f", "final.html", range(1, 30), adopted="2020-05-28")
    revised, arts_r = _law("r", "revised.html", range(1, 30), adopted="2020-05-28", amended="2023-01-01")
    rows = align_versions(assign_version_groups([draft, final, revised]), arts_d + arts_f + arts_r)
    assert {(r["draft_doc_id"], r["final_doc_id"]) for r in rows} == {("d", "f"), ("f", "r")}
