"""Structure and metadata on real pages of field test 12's open findings, fixed in session 13.

Sources: tests/real_pages/field13_struct/SOURCE.md; the inline excerpts name the page they were cut from.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page
from corpus_tools.structure.metadata import classify_doc_type, may_make_rules

REAL = Path(__file__).parent / "real_pages"


def _documents(page: Path) -> list:
    """The documents the real page gives (ingest, clean, structure)."""
    return list(structure_page(clean_page(ingest_file(page, page.parent))).documents)


# F12-B3: a 办法 of an organ that may make no 规章 -----------------------------------------------------------

def test_a_township_governments_banfa_is_a_normative_document():
    """shanghai.gov.cn's 柘林镇文物保护管理办法 (奉贤区柘林镇人民政府, 奉柘府〔2023〕22号) was typed ``rules``."""
    notice, banfa = _documents(REAL / "field13_struct" / "zhelin_wenwu_banfa.md")
    assert (notice.doc_type, notice.doc_number) == ("notice", "奉柘府〔2023〕22号")
    assert (banfa.title, banfa.issuer, banfa.doc_type) == ("柘林镇文物保护管理办法", "奉贤区柘林镇人民政府", "normative_document")


def test_organs_below_the_rule_making_level():
    """Counties, districts, townships, subdistricts and the departments of local governments make no 规章
    (invented names of each kind, none of them in the code's tables)."""
    for organ in ("某某县人民政府", "临安区人民政府", "某某旗人民政府", "某某乡人民政府", "某某街道办事处",
                  "杭州市余杭区仓前街道办事处", "浙江省交通运输厅", "某某市住房和城乡建设局", "上海市浦东新区人民政府"):
        assert not may_make_rules(organ), organ


def test_organs_that_may_make_rules_keep_the_type():
    """Negative: a central organ, a province's or a city's government (also 自治区, 自治州, a city named after a 州),
    an organ without a place, joint issuers with one that may, and an unknown issuer keep ``rules``."""
    for organ in ("公安部", "国家卫生和计划生育委员会", "中国人民银行", "浙江省人民政府", "温州市人民政府",
                  "广西壮族自治区人民政府", "延边朝鲜族自治州人民政府", "深圳市人民政府 深圳市公安局", None, ""):
        assert may_make_rules(organ), organ
    assert classify_doc_type("某市物业管理办法") == "rules"
