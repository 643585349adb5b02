"""Field test 16's page that prints the same law twice (tests/real_pages/field16_fixf/SOURCE.md, F16-S2):
the second copy is a document of its own, not 53 more articles of the first."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.structure.documents import Segment
from corpus_tools.structure.repeats import repeated_copy_starts, split_repeated_copies

from tests.real_build import build_files

PAGES = Path(__file__).parent / "real_pages" / "field16_fixf"
RECORD = PAGES / "stats_tongjifa_record.json"
LAW = ("中华人民共和国某某法\n（2001年1月1日第九届全国人民代表大会常务委员会第二十次会议通过）\n第一章　总　　则\n"
       "第一条　为了科学、有效地组织某某工作，保障某某资料的真实性、准确性、完整性和及时性，制定本法。\n"
       "第二条　本法适用于各级人民政府组织实施的某某活动。\n第三条　本法自2002年1月1日起施行。\n")


def test_the_stats_page_printing_the_law_twice_gives_two_documents_of_53_articles(tmp_path):
    docs, arts = build_files(tmp_path, (RECORD.name, RECORD.read_bytes()))  # was 1 document, 106 articles, 53 findings
    assert [d["num_articles"] for d in docs] == [53, 53]
    assert [d["title"] for d in docs] == ["中华人民共和国统计法"] * 2
    assert all(d["findings"] == [] for d in docs)  # no article_numbers_unique
    second = docs[1]["text"]
    assert second.startswith("中华人民共和国统计法\n（1983年12月8日第六届全国人民代表大会常务委员会第三次会议通过")
    assert [a["article_no"] for a in arts if a["doc_id"] == docs[1]["doc_id"]] == list(range(1, 54))
    for doc in docs:
        assert doc["amended"] == "2024-09-13" and doc["issuer"] == "全国人民代表大会常务委员会"
    assert "国际组织网站" not in second  # the link directory (furniture)


def test_blind_repeats():
    """INVENTED (blind.md B-S2b): the second copy differs only by widths and spaces."""
    copy = LAW.replace("2001", "２００１").replace("　", " ")
    text = LAW + "相关阅读：\n某某法解读之一\n" + copy
    assert repeated_copy_starts(text, 0, len(text), "中华人民共和国某某法") == [len(LAW) + len("相关阅读：\n某某法解读之一\n")]


def test_blind_repeat_under_another_title_form_is_left_alone():
    """INVENTED (blind.md B-S2a), measured: a copy under ``某某法全文`` is not the title line: not split (the rule
    wants the document's own title line; recorded as a miss of the family)."""
    text = LAW + "中华人民共和国某某法全文\n" + LAW[LAW.index("第一章"):]
    assert repeated_copy_starts(text, 0, len(text), "中华人民共和国某某法") == []


@pytest.mark.parametrize("text", [
    # a 目录 that lists 第一条 with its heading before the body
    "中华人民共和国某某法\n目录\n第一条　宗旨\n第二条　范围\n" + LAW,
    # the law's own supplementary text numbered anew under another title
    LAW + "中华人民共和国某某法实施办法\n第一条　根据《中华人民共和国某某法》，制定本办法。\n",
    # the first articles printed again without the title line (kept: no evidence it is a copy of the law)
    LAW + LAW[LAW.index("第一条"):],
    # a decision quoting the first article it amends
    LAW + "中华人民共和国某某法\n（节录）\n第一条　为了组织某某工作，制定本法。\n",
])
def test_no_copy_is_split_without_the_title_and_the_same_first_article(text):
    segments = [Segment(0, len(text), "main")]
    assert split_repeated_copies(text, segments) == segments
