"""F13-D3 (field test 13): the attachments of a 国务院办公厅 复函 on a county of 湖北 (real page, gov.cn via
ZhouYNF/platform-1, tests/real_pages/fix14): 国土资源部's report ``关于湖北省巴东县…调研情况的报告`` was placed in 湖北省
by the place its title is about, and the expert group's ``…地质险情调查意见`` was typed normative_document."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.structure.metadata import classify_doc_type, jurisdiction
from tests.real_build import page_documents

PAGE = Path(__file__).parent / "real_pages" / "fix14" / "zhouynf_08_content_5351649.html"


@pytest.fixture(scope="module")
def docs():
    return page_documents(PAGE)


def test_the_ministrys_report_is_national(docs) -> None:
    notice, report, opinion = docs
    assert (notice.issuer, notice.jurisdiction) == ("国务院办公厅", "中华人民共和国")
    assert (report.issuer, report.jurisdiction, report.jurisdiction_level) == ("国土资源部", "中华人民共和国", "national")


def test_the_expert_groups_findings_are_no_policy_opinion(docs) -> None:
    assert docs[2].title == "湖北省巴东县官渡口镇马鬃山村地质险情调查意见"
    assert docs[2].doc_type == "other"


@pytest.mark.parametrize(("title", "issuer", "place"), [
    # a local organ's text about its own place keeps it; a text whose title opens with its place is the place's
    ("关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告", "湖北省国土资源厅", "湖北省"),
    ("关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告", "县自然资源局", "湖北省"),
    ("山东省清洁生产促进条例", "全国人民代表大会常务委员会", "山东省"),  # the DLC page whose issuer line is the national law's
    ("关于促进安化县房地产市场平稳健康发展的若干政策措施", None, "安化县"),
    # blind variants: other central makers, other subjects
    ("关于同意设立江西省赣江新区的批复", "国务院", "中华人民共和国"),
    ("关于云南省怒江州脱贫攻坚情况的调研报告", "国家发展改革委", "中华人民共和国"),
    ("关于《四川省大熊猫国家公园管理办法》的审查意见", "司法部", "中华人民共和国"),
    ("关于广东省某某事项的批复", "国家市场监督管理总局", "中华人民共和国"),
    # review 14 (R14-F5): a local site gives its organ without its place; the title's city is the text's
    ("关于印发杭州市生活垃圾管理办法实施细则的通知", "城市管理局", "杭州市"),
    ("关于深圳市社会保险缴费基数的通知", "人力资源和社会保障局", "深圳市"),
    ("关于做好北京市2020年高考工作的通知", "教育考试院", "北京市"),
    ("关于成都市开展道路交通安全整治工作的通知", "公安局", "成都市"),  # blind: a bureau, not the ministry 公安部
])
def test_subject_place_against_maker(title, issuer, place) -> None:
    assert jurisdiction(title, issuer, "") == place


def test_inquiry_opinions_and_policy_opinions() -> None:
    assert [classify_doc_type(t) for t in ("某某大桥质量事故调查组意见", "专家组评审意见", "关于加快发展养老服务业的若干意见",
                                            "关于进一步加强安全生产工作的实施意见")] == [
        "other", "other", "normative_document", "normative_document"]
