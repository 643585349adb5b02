"""The role and parent of a law set after another in one file (item 4 of fix17, after fix16's restart split): an
annex of the first law is its attachment, an independent law a main document with no parent.  Invented texts in the
shapes of field tests 15b/16 (cpc_bilingual_md's 公司法 + 特别规定 + 必备条款: three main documents, tested by fix16)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from real_build import page_documents  # noqa: E402

LAW = "某市物业管理条例\n（2001年1月1日通过）\n第一条　为了甲，制定本条例。\n第二条　本条例自公布之日起施行。\n"
RULES = "某市物业管理条例实施细则\n（2001年2月1日发布）\n第一条　为了丙，制定本细则。\n第二条　本细则自发布之日起施行。\n"


def _shape(text: str, tmp_path: Path) -> list[tuple]:
    documents = page_documents(Path("laws.txt"), text, tmp_path)
    ids = {d.doc_id: k for k, d in enumerate(documents)}
    return [(d.title, d.role, ids.get(d.parent_id)) for d in documents]


def test_invented_an_annex_under_a_marker_is_the_first_laws_attachment(tmp_path):
    assert _shape(LAW + "附件\n" + RULES, tmp_path) == [("某市物业管理条例", "main", None),
                                                       ("某市物业管理条例实施细则", "attachment", 0)]


def test_invented_an_annex_the_law_lists_is_its_attachment_and_the_law_stays_a_law(tmp_path):
    documents = page_documents(Path("laws.txt"), LAW + "附件：某市物业管理条例实施细则\n" + RULES, tmp_path)
    assert [(d.title, d.role, d.doc_type) for d in documents] == [
        ("某市物业管理条例", "notice", "regulation"), ("某市物业管理条例实施细则", "attachment", "rules")]
    assert documents[1].parent_id == documents[0].doc_id


def test_invented_an_independent_law_after_another_is_a_main_document_without_parent(tmp_path):
    other = "国务院关于某事的特别规定\n颁布机关： 国务院\n效力状态：\n有效\n第一条　为了丙，制定本规定。\n第二条　本规定自发布之日起施行。\n"
    assert _shape(LAW + other, tmp_path) == [("某市物业管理条例", "main", None), ("国务院关于某事的特别规定", "main", None)]
