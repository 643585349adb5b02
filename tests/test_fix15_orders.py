"""An order whose last sentence, signatory and date a crawler joined on one line is cut from the regulation it
promulgates (zhengce_result's 国务院令第693号 and 第722号: each stayed one document with its 条例, F14-C6).
Snippet: tests/real_pages/fix15/SOURCE.md.
"""

from __future__ import annotations

from corpus_tools.structure import documents
from tests.real_build import REAL, page_documents

PAGE = REAL / "fix15" / "zhengce_result_orders_693_722.txt"


def test_each_order_and_its_regulation_are_two_documents():
    docs = page_documents(PAGE)
    shown = [(d.role, d.title, d.doc_type) for d in docs]
    assert shown == [
        ("notice", "中华人民共和国国务院令第693号", "notice"),
        ("attachment", "中华人民共和国环境保护税法实施条例", "regulation"),
        ("notice", "中华人民共和国国务院令第722号", "notice"),
        ("attachment", "优化营商环境条例", "regulation"),
    ], shown
    assert docs[0].text.rstrip().endswith("2017年12月25日") and "第一条" not in docs[0].text
    assert docs[1].text.startswith("中华人民共和国环境保护税法实施条例\n") and "第二十六条" in docs[1].text
    assert docs[1].parent_id == docs[0].doc_id and docs[3].parent_id == docs[2].doc_id


def test_the_glued_signature_needs_a_sentence_a_signatory_and_articles_after():
    text = ("中华人民共和国国务院令第1号\n现公布《某某条例》，自2020年1月1日起施行。总理李克强2019年10月22日\n"
            "某某条例\n第一章　总则\n第一条　为了规范某某工作，制定本条例。\n第二条　本条例自公布之日起施行。\n")
    assert [s.role for s in documents.split_documents(text)] == ["notice", "attachment"]
    # an organ, not a signatory, after the sentence: a sentence may end so; and no article under the title
    for variant in (text.replace("总理李克强", "某某市人民政府"),
                    text.replace("第一章　总则\n第一条", "一、总体要求\n（一）")):
        assert [s.role for s in documents.split_documents(variant)] == ["main"], variant
    # a page that does not open with the order (a news item quoting it) is not cut there
    news = "李克强签署国务院令，公布《某某条例》。" + text.split("\n", 1)[1]
    assert [s.role for s in documents.split_documents(news)] == ["main"]
