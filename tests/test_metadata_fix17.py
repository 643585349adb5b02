"""Metadata leftovers of field test 16 (fix17): a crawl record's issuer that the title contradicts (F16-M1).

Real files: tests/real_pages/fix17_metadata/SOURCE.md.  Invented variants are marked so.
"""

from __future__ import annotations

import json

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from real_build import REAL, build_real_pages, built_rows  # noqa: E402

from corpus_tools.ingest import set_apart_misfits

RECORD = "yuhamixli_7cf9ff18b2ce00e0.json"


def test_a_records_issuer_the_title_contradicts_is_set_apart_and_named(tmp_path):
    """``issuing_authority: 全国人民代表大会常务委员会`` on 两高's 解释: the issuer was NPCSC, no finding."""
    built = build_real_pages("fix17_metadata", tmp_path, configs=("documents", "findings", "pages"))
    (document,) = built_rows(built, "documents", RECORD)
    assert document["issuer"] == "最高人民法院、最高人民检察院"
    assert document["findings"] == ["issuer_form"]
    (finding,) = [f for f in built_rows(built, "findings", RECORD) if f["check"] == "issuer_form"]
    assert "the title names 最高人民法院、最高人民检察院, not '全国人民代表大会常务委员会'" in finding["excerpt"]
    # kept in the page's metadata, set apart under not_taken with its key (as a front matter's author is)
    kept = json.loads(built_rows(built, "pages", RECORD)[0]["metadata"])["not_taken"]["issuer"]
    assert (kept["key"], kept["value"]) == ("issuing_authority", "全国人民代表大会常务委员会")


def test_invented_an_issuer_the_title_names_in_short_or_in_full_is_taken():
    for issuer, title in (("河南省人民代表大会常务委员会", "河南省人大常委会关于某事的决议"), ("国务院", "国务院办公厅关于某事的通知"),
                          ("全国人民代表大会常务委员会", "某某条例"), ("某市人民政府", "关于某事的通知")):
        assert "not_taken" not in set_apart_misfits({"title": title, "issuer": issuer}), (issuer, title)


def test_invented_a_front_matters_author_the_title_contradicts_is_set_apart():
    kept = set_apart_misfits({"title": "国务院关于加强某事的通知", "author": "VOCs前沿"})
    assert kept["not_taken"]["issuer"]["key"] == "author" and "author" not in kept


# --------------------------------------------------------------------------- doc_type: 司法解释, standards, court documents

def test_judicial_interpretations_are_typed_so_whatever_their_title_ends_with(tmp_path):
    """F16-M2: 法释〔2002〕21号 (a 规定) was ``rules``, 法释〔2016〕29号 (a 解释) ``other``."""
    built = build_real_pages("fix17_metadata", tmp_path)
    for name, number in (("P6_zgrmfygyxzsszjrgwtdgd.md", "法释〔2002〕21号"), ("P6_zgrmfyzgrmjcygyblhjwrxsajsyflrgwtdjs.md", "法释〔2016〕29号")):
        (document,) = built_rows(built, "documents", name)
        assert (document["doc_number"], document["doc_type"]) == (number, "judicial_interpretation"), name
    (record,) = built_rows(built, "documents", RECORD)  # the record's text gives （法释（2022）19号）
    assert record["doc_type"] == "judicial_interpretation"


def test_a_judgment_is_a_court_document():
    from real_build import page_documents

    (document,) = page_documents(REAL / "field14_meta" / "govopendata_caipanwenshu_2016_4_26_31c8a18f.txt")
    assert document.title == "北京创世奇迹广告有限公司诉刘雅萌民间借贷纠纷一案二审民事判决书"
    assert document.doc_type == "court_document"  # (other before session 17)


def test_invented_what_is_no_interpretation_nor_court_document_keeps_its_type():
    from corpus_tools.structure.metadata import refined_doc_type

    cases = [("notice", "最高人民法院关于印发《某规定》的通知", "法发〔2020〕1号"), ("rules", "某市物业管理办法", None),
             ("regulation", "中华人民共和国民事诉讼法", None), ("other", "关于某案的情况说明", "某府函〔2020〕3号"),
             ("normative_document", "最高人民法院关于进一步加强某工作的意见", "法发〔2019〕9号")]
    assert [refined_doc_type(t, title=title, doc_number=n) for t, title, n in cases] == [t for t, _, _ in cases]


def test_a_supreme_courts_rules_its_adjudication_committee_adopted_are_a_judicial_interpretation():
    """qisehong's law database (field test 17): a 规定 without a 法释 number on the page, adopted by the 审判委员会."""
    from real_build import page_documents

    (document,) = page_documents(REAL / "fix17_metadata" / "qisehong_执行设定抵押的房屋的规定.md")
    assert document.doc_type == "judicial_interpretation"  # (rules before)


def test_invented_a_courts_rules_without_the_committees_adoption_stay_rules():
    from corpus_tools.structure.metadata import refined_doc_type

    assert refined_doc_type("rules", title="最高人民法院关于人民法院某工作的规定", doc_number=None,
                            preamble="2018年1月1日 最高人民法院党组会议通过") == "rules"
    assert refined_doc_type("rules", title="某省高级人民法院关于某事的规定", doc_number=None,
                            preamble="某省高级人民法院审判委员会第10次会议通过") == "rules"
