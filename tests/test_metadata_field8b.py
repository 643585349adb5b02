"""Metadata read wrong on real pages of field tests 8 and 8b (/work/notes/field8.md, field8b.md):
each case starts from the snippet of the real page that showed it (source named at the case),
with negative cases that must stay as they were.
"""

from __future__ import annotations

import pytest

from corpus_tools.structure import metadata as md


# --- F8-P1 / F8B-K4: a cited national law is not the jurisdiction of a local text ----------------------------

# field8 pages+store8/shangyoutai_5126.txt (first lines, simplified; ``结合本市实际`` left out so that only the
# order's maker says the text is local)
SHANGYOUTAI_HEAD = (
    "（2002年10月14日市人民政府令第46号公布，自2002年11月15日起施行）\n第一章总则\n"
    "第一条为规范政府规章制定程序，提高立法工作效率，保证政府规章质量，根据《中华人民共和国立法法》"
    "和国务院《规章制定程序条例》及有关法律、法规，制定本规定。\n"
)
# field8b pages+store8b-hk/legco_gov_hk_yr97-98_bills_c013-c.txt (first lines)
LEGCO_BILL_HEAD = (
    "本條例草案\n旨在\n\n\n修訂《釋義及通則條例》中關於法例的釋疑、適用及釋義的條文，以確保符合"
    "《中華人民共和國香港特別行政區基本法》和切合香港作為中華人民共和國的特別行政區的地位。\n\n由臨時立法會制定。\n"
)


def test_a_city_government_order_citing_the_legislation_law_is_not_national():
    assert md.jurisdiction("", None, SHANGYOUTAI_HEAD) is None


def test_a_bill_of_the_provisional_legislative_council_is_hong_kongs():
    assert md.jurisdiction("本条例草案", None, LEGCO_BILL_HEAD) == md.HONG_KONG


@pytest.mark.parametrize("head", [
    "（2001年12月20日县人民政府令第3号公布）\n第一条 根据《中华人民共和国土地管理法》，制定本办法。",
    "区政府令第12号\n第一条 依据《中华人民共和国行政处罚法》，制定本规定。",
])
def test_other_local_orders_citing_national_laws_are_not_national(head):
    assert md.jurisdiction("", None, head) is None


@pytest.mark.parametrize("title, head", [
    # the clean corpus (/work/ref/DLC) and waystowork: national orders citing national laws stay national
    ("机电产品进口配额管理实施细则", "（2001年12月20日对外贸易经济合作部令第23号公布　自2002年1月1日起施行）\n"
     "第一条　为规范机电产品进口配额管理，依据《中华人民共和国货物进出口管理条例》，制定本细则。"),
    ("中央银行会计核算电子对账系统管理办法", "附件\n第一条 为加强对账管理，根据《中华人民共和国会计法》，制定本办法。"),
    # a 国务院令 is no local government's order
    ("", "中华人民共和国国务院令\n第227号\n第一条 根据《中华人民共和国宪法》，制定本条例。"),
])
def test_national_orders_citing_national_laws_stay_national(title, head):
    assert md.jurisdiction(title, None, head) == md.NATIONAL
