"""Structure on the five seed pages: documents, articles, units, metadata, round trip, goldens.

Seeds go through the real ingest and the current cleaners (``clean_and_explain``),
so these tests follow the cleaners as they land.  Golden files in
``tests/golden/structure/`` hold the expected documents (without text), articles
(without text) and units; regenerate with ``CORPUS_TOOLS_UPDATE_GOLDEN=1`` and
review the diff.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.ingest import ingest_file
from corpus_tools.records import CleanedPage
from corpus_tools.structure import DOC_TYPES, STATUSES, PageStructure, structure_page
from corpus_tools.structure.tree import render, walk
from corpus_tools.tables import PROVISIONS

RAW = Path(__file__).resolve().parent.parent / "raw"
GOLDEN = Path(__file__).resolve().parent / "golden" / "structure"
SEEDS = sorted(p.name for p in RAW.glob("*.txt"))


def seed_name(prefix: str) -> str:
    return next(name for name in SEEDS if name.startswith(prefix))


@lru_cache(maxsize=None)
def structured(prefix: str) -> PageStructure:
    """Ingest, clean and structure one seed page."""
    page = ingest_file(RAW / seed_name(prefix), RAW)
    result = clean_and_explain(page.text)
    return structure_page(CleanedPage(page, result.text, result.edits, result.warnings))


def articles_of(ps: PageStructure, ordinal: int):
    did = ps.documents[ordinal].doc_id
    return [a for a in ps.articles if a.doc_id == did]


def test_001_tianjin_regulation():
    ps = structured("001")
    assert len(ps.documents) == 1
    doc = ps.documents[0]
    arts = articles_of(ps, 0)
    assert [a.article_no for a in arts] == list(range(1, 38))
    assert len({a.chapter_no for a in arts}) == 6
    assert doc.title == "天津市促进智能制造发展条例"
    assert (doc.doc_type, doc.status, doc.jurisdiction) == ("regulation", "in_force", "天津市")
    assert (doc.adopted, doc.effective) == ("2021-09-27", "2021-11-01")
    assert arts[0].chapter_title == "总则" and arts[-1].chapter_title == "附则"


def test_002_changzhou_final_text():
    ps = structured("002")
    assert len(ps.documents) == 1
    doc = ps.documents[0]
    arts = articles_of(ps, 0)
    assert [a.article_no for a in arts] == list(range(1, 48))
    chapters = [r for r in ps.provisions if r["type"] == "chapter"]
    assert [r["num"] for r in chapters] == list(range(1, 8))  # the 目录 block gives no chapters
    assert (doc.status, doc.effective, doc.jurisdiction) == ("in_force", "2025-10-01", "常州市")
    assert doc.source_url == "https://flk.npc.gov.cn/detail?id=ff80818198a7ecd40198f39a6b8d0d95"
    assert (doc.adopted, doc.approved, doc.published) == ("2025-06-30", "2025-07-30", "2025-08-06")
    assert doc.doc_type == "regulation"


def test_000_three_linked_documents():
    ps = structured("000")
    notice, draft, explanation = ps.documents
    assert (notice.role, draft.role, explanation.role) == ("notice", "attachment", "attachment")
    assert draft.parent_id == notice.doc_id and explanation.parent_id == notice.doc_id
    assert (draft.attachment_no, explanation.attachment_no) == (1, 2)
    assert [d.doc_type for d in ps.documents] == ["notice", "draft_for_comment", "drafting_explanation"]
    assert "常州市促进智能制造发展条例" in notice.title
    assert draft.title == "常州市促进智能制造发展条例"
    assert explanation.title.startswith("关于《常州市促进智能制造发展条例")
    assert notice.issuer == "常州市司法局" and notice.written == "2024-11-15"
    assert notice.published is None  # the page states when it was signed (成文), not when it was published
    assert (draft.status, draft.effective) == ("draft_for_comment", None)  # 本条例自 年 月日起施行
    arts = articles_of(ps, 1)
    assert [a.article_no for a in arts] == list(range(1, 48))
    assert all(a.heading for a in arts)
    assert arts[0].heading == "立法目的" and arts[-1].heading == "实施时间"
    assert len({a.chapter_no for a in arts}) == 7
    assert not articles_of(ps, 0) and not articles_of(ps, 2)
    # the documents tile the page
    assert [d.page_start for d in ps.documents][1:] == [d.page_end for d in ps.documents][:-1]


def test_000_toc_dropped_headings_kept():
    ps = structured("000")
    draft = ps.documents[1]
    rows = [r for r in ps.provisions if r["doc_id"] == draft.doc_id]
    assert [r["num"] for r in rows if r["type"] == "chapter"] == list(range(1, 8))
    toc = [r for r in rows if r["type"] == "toc"]
    # when the cleaner has not removed it, the TOC is a node of its own, never chapters
    assert len(toc) <= 1
    if toc:
        assert "第一章" in toc[0]["text"] and "第一条" not in toc[0]["text"]


def test_003_plan_units():
    ps = structured("003")
    doc = ps.documents[0]
    assert doc.doc_type == "plan" and (doc.jurisdiction, doc.jurisdiction_level) == ("中华人民共和国", "national")
    assert "智能制造" in doc.title and doc.title.endswith("实施方案")
    units = [r for r in ps.provisions if r["type"] == "unit"]
    top = [r for r in units if r["depth"] == 1]
    assert [r["num"] for r in top] == [1, 2, 3, 4, 5]
    assert [r["num"] for r in units if r["parent_eid"] == "unit_4"] == [1, 2, 3, 4, 5, 6]
    assert not ps.articles


def test_004_explanation_units():
    ps = structured("004")
    doc = ps.documents[0]
    assert doc.doc_type == "drafting_explanation"
    assert doc.jurisdiction == "马鞍山市"
    assert "起草" in doc.title and "馬鞍山市" != doc.title and "马鞍山市" != doc.title
    units = [r for r in ps.provisions if r["type"] == "unit"]
    assert [r["num"] for r in units if r["depth"] == 1] == [1, 2, 3, 4]
    # 一、 > （一） > 1、 nesting learned from the page
    assert any(r["eid"] == "unit_3__unit_2__unit_3" for r in units)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_round_trip_and_contracts(prefix):
    ps = structured(prefix)
    for doc, tree in zip(ps.documents, ps.trees()):
        assert render(tree) == doc.text
        assert doc.doc_type in DOC_TYPES and (doc.status is None or doc.status in STATUSES)
        deep = [n for n, _, _ in walk(tree) if n.type == "paragraph"]
        arts = articles_of(ps, doc.ordinal)
        assert sum(len(a.paragraphs) for a in arts) == len(deep)
    for row in ps.provisions:
        assert list(row) == PROVISIONS.names
        doc = next(d for d in ps.documents if d.doc_id == row["doc_id"])
        assert doc.text[row["start"]:row["end"]] == row["text"]
    for art in ps.articles:
        doc = next(d for d in ps.documents if d.doc_id == art.doc_id)
        assert doc.text[art.start:art.end].startswith(art.label[:1])
        assert art.text == "\n".join(art.paragraphs)
    assert [d.page_start for d in ps.documents][0] == 0


def _golden_payload(ps: PageStructure) -> dict:
    docs = [{k: v for k, v in asdict(d).items() if k != "text"} for d in ps.documents]
    arts = [{k: v for k, v in asdict(a).items() if k not in ("text", "paragraphs")} | {"paragraphs": len(a.paragraphs)}
            for a in ps.articles]
    nodes = [{k: r[k] for k in ("doc_id", "eid", "type", "label", "heading")} for r in ps.provisions
             if r["type"] not in ("article", "paragraph", "item", "subitem")]
    return {"documents": docs, "articles": arts, "provisions": nodes}


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_golden(prefix):
    path = GOLDEN / f"{seed_name(prefix).removesuffix('.txt')}.json"
    payload = json.loads(json.dumps(_golden_payload(structured(prefix)), ensure_ascii=False))
    if os.environ.get("CORPUS_TOOLS_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert payload == expected
