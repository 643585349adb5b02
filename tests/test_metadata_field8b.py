"""Metadata read wrong on real pages of field tests 8 and 8b (/work/notes/field8.md, field8b.md):
each case starts from the snippet of the real page that showed it (source named at the case),
with negative cases that must stay as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.structure import metadata as md
from tests.real_build import page_documents

REAL = Path(__file__).parent / "real_pages"


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


# --- F8-P3 / F8-P7: an order at the text's head: its number, signature date and entry into force ------------

# field8 pages+store8/law582_hebei_rgyxtq.txt (法律资料网), the document as built (chrome removed)
LAW582_HEAD = (
    "河北省人工影响天气管理规定\n\n河北省人工影响天气管理规定\n\n河北省人民政府\n\n河北省人工影响天气管理规定\n\n"
    "政府令〔2010〕第15号\n\n《河北省人工影响天气管理规定》已经2010年12月14日省政府第76次常务会议通过，现予公布，"
    "自2011年2月1日起施行。\n\n省长\n\n二○一○年十二月二十五日\n\n河北省人工影响天气管理规定\n\n\n\n第一章总则\n\n"
    "第一条为加强对人工影响天气工作的管理，防御和减轻气象灾害，保障人民群众生命财产安全，根据国务院《人工影响天气管理条例》，"
    "结合本省实际，制定本规定。\n"
)
# field8 pages+store8/law604_gwy_jgsz.txt: the order's document as built
LAW604_ORDER = (
    "中华人民共和国国务院令\n\n第227号\n\n现发布《国务院行政机构设置和编制管理条例》，自发布之日起施行。\n\n总理李鹏\n\n"
    "1997年8月3日\n\n第一章总则\n\n第一条为了规范国务院行政机构的设置，加强编制管理，提高行政效率，根据宪法和国务院组织法，制定本条例。\n"
)


def test_a_provincial_government_order_under_the_title():
    assert md.order_block(LAW582_HEAD) == {"organ": "河北省人民政府", "number": "河北省人民政府令〔2010〕第15号",
                                           "signed": "2010-12-25", "effective": "2011-02-01"}


def test_a_state_council_order_with_its_number_on_the_next_line():
    assert md.order_block(LAW604_ORDER) == {"organ": "国务院", "number": "国务院令第227号",
                                            "signed": "1997-08-03", "effective": "1997-08-03"}


def test_the_orders_fields_reach_the_document(tmp_path):
    doc = page_documents(tmp_path / "law582.txt", LAW582_HEAD, tmp_path)[0]
    assert (doc.doc_number, doc.issuer, doc.published, doc.effective) == (
        "河北省人民政府令〔2010〕第15号", "河北省人民政府", "2010-12-25", "2011-02-01")


@pytest.mark.parametrize("text", [
    # a notice's 文号, a 公告's number, an order cited in a sentence, a bare number under a title, articles first
    "国务院关于某事的通知\n国发〔2019〕5号\n各省、自治区、直辖市人民政府：",
    "国家税务总局公告\n2023年第5号\n现将有关事项公告如下：",
    "根据交通部令第5号的规定，现通知如下：\n第二号",
    "某某办法\n第3号\n现予公布。",
    "某某条例\n第一章总则\n第一条 为了规范某事，制定本条例。\n某某令\n第5号",
])
def test_no_order_no_order_block(text):
    assert md.order_block(text) is None


def test_an_order_that_says_nothing_of_force_gives_no_effective_date():
    block = md.order_block("中华人民共和国主席令\n第五号\n《中华人民共和国某法》已由…通过，现予公布。\n中华人民共和国主席某某\n2020年1月2日\n")
    assert block["number"] == "中华人民共和国主席令第五号" and block["signed"] == "2020-01-02" and block["effective"] is None


# --- F8-P17 / F8-G3: 【label】value field lines, and gov.cn's firstpublishedtime ------------------------------

# field8 _repro/field_block_title/mzt333_head.txt (pages+store8/mzt333_39151.txt), as cleaned (Simplified, ruby gone)
MZT333_HEAD = (
    "- 【发布单位】81201\n- 【发布文号】--\n- 【发布日期】1992-10-24\n- 【生效日期】1993-01-01\n- 【失效日期】--\n"
    "- 【文件来源】\n- 【所属类别】地方法规\n安徽省实施《中华人民共和国全国人民代表大会和 地方各级人民代表大会代表法》办法\n"
    "安徽省实施《中华人民共和国全国人民代表大会和\n地方各级人民代表大会代表法》办法\n"
    "（1992年10月24日安徽省第七届人民代表大会\n常务委员会第三十三次会议通过）\n第一章 总则\n"
)


def test_bracketed_field_lines_give_their_dates():
    assert md.head_fields(MZT333_HEAD) == {"published": "1992-10-24", "effective": "1993-01-01"}


def test_a_field_line_is_no_title():
    assert md.tidy_title("- 【发布单位】81201", MZT333_HEAD, 15) == (
        "安徽省实施《中华人民共和国全国人民代表大会和 地方各级人民代表大会代表法》办法")


def test_the_field_block_reaches_the_document():
    doc = page_documents(REAL / "meta8" / "mzt333_head.txt")[0]  # the real head, Traditional with ruby
    assert doc.title.startswith("安徽省实施《中华人民共和国全国人民代表大会和")
    assert (doc.published, doc.effective) == ("1992-10-24", "1993-01-01")


@pytest.mark.parametrize("line", [
    "【立法目的】为了规范某事，制定本法。",  # an article's heading in brackets
    "【阅读全文】甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定",  # F8-P9's button: no field
    "第一条【立法目的】为了规范某事，制定本法。",
])
def test_brackets_that_are_no_field_lines(line):
    assert md.head_fields(line + "\n正文") == {}
    assert md.tidy_title(line, line + "\n正文", len(line)) == line


def test_gov_cn_first_published_time(tmp_path):
    """GeneralNewsExtractor other_1.html (gov.cn 公报 2007年第23号): the meta dates the first posting."""
    from corpus_tools.ingest import ingest_file

    page = tmp_path / "gazette.html"
    page.write_text('<html><head><meta name="firstpublishedtime" content="2007-08-20-23:59:59">'
                    '<meta name="lastmodifiedtime" content="2009-01-01-10:00:00"></head>'
                    "<body><p>全国人民代表大会常务委员会关于某事的决议</p><p>（2007年6月29日通过）</p></body></html>",
                    encoding="utf-8")
    assert ingest_file(page, tmp_path).metadata.get("meta_published") == "2007-08-20-23:59:59"


# --- F8B-L5: a PDF's note wrapped after 通过的 (spaced dates) -----------------------------------------------

def test_the_last_amendment_of_a_pdf_note_wrapped_after_tongguode():
    """刑法 (Laosheng.top 2020-xingfa.pdf): ``…通过的`` ⏎ ``《…（十）》和 2020 年 12 月 26 日…修正）``."""
    note = (REAL / "meta8" / "laosheng_xingfa_pdf_note.txt").read_text(encoding="utf-8")
    dates = md.adoption_dates(note)
    assert (dates["adopted"], dates["amended"]) == ("1979-07-01", "2020-12-26")


@pytest.mark.parametrize("preamble, adopted, amended", [
    # the same note on one line per record (the clean corpus shape) stays as it was read
    ("（1979年7月1日第五届全国人民代表大会第二次会议通过　1997年3月14日第八届全国人民代表大会第五次会议修订　"
     "根据2020年12月26日第十三届全国人民代表大会常务委员会第二十四次会议通过的《中华人民共和国刑法修正案（十一）》修正）\n",
     "1979-07-01", "2020-12-26"),
    # a record ending in 通过的 before the articles takes no article into it
    ("（2001 年 4 月 28 日某市第十一届人民代表大会常务委员会第二十六次会议通过的\n第一条 为了规范某事，制定本条例。\n",
     None, None),
])
def test_records_that_need_no_next_line(preamble, adopted, amended):
    dates = md.adoption_dates(preamble)
    assert (dates["amended"], dates["adopted"] if adopted else None) == (amended, adopted)
