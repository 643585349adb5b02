"""Metadata leftovers of field test 16 (fix17): a crawl record's issuer that the title contradicts (F16-M1).

Real files: tests/real_pages/fix17_metadata/SOURCE.md.  Invented variants are marked so.
"""

from __future__ import annotations

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
    assert '"issuing_authority": "全国人民代表大会常务委员会"' in built_rows(built, "pages", RECORD)[0]["metadata"]  # kept


def test_invented_an_issuer_the_title_names_in_short_or_in_full_is_taken():
    for issuer, title in (("河南省人民代表大会常务委员会", "河南省人大常委会关于某事的决议"), ("国务院", "国务院办公厅关于某事的通知"),
                          ("全国人民代表大会常务委员会", "某某条例"), ("某市人民政府", "关于某事的通知")):
        assert "not_taken" not in set_apart_misfits({"title": title, "issuer": issuer}), (issuer, title)


def test_invented_a_front_matters_author_the_title_contradicts_is_set_apart():
    kept = set_apart_misfits({"title": "国务院关于加强某事的通知", "author": "VOCs前沿"})
    assert kept["not_taken"]["issuer"]["key"] == "author" and "author" not in kept
