"""Field test 21's structure findings (tests/real_pages/field21/SOURCE.md): a constitutional amendment numbered on
from the amendments before it is one law (F21-C1); a page printing its law twice marks the second copy a duplicate
of the first (F21-C2).  Invented variants are marked so."""

from __future__ import annotations

import json
from pathlib import Path

from corpus_tools.crawl_records import read_records, record_page
from corpus_tools.structure.documents import Segment
from corpus_tools.structure.repeats import is_copy, split_repeated_copies

from tests.real_build import build_files

PAGES = Path(__file__).parent / "real_pages" / "field21"
AMENDMENT_1999 = PAGES / "constitution_amendment_1999.json"
STATS = PAGES / "stats_law_twice.json"
LAW = ("中华人民共和国某某法\n（2001年1月1日第九届全国人民代表大会常务委员会第二十次会议通过）\n第一章　总　　则\n"
       "第一条　为了科学、有效地组织某某工作，保障某某资料的真实性、准确性、完整性和及时性，制定本法。\n"
       "第二条　本法适用于各级人民政府组织实施的某某活动。\n第三条　本法自2002年1月1日起施行。\n")


# --------------------------------------------------------------------------- F21-C1

def test_the_1999_amendment_numbered_12_to_17_is_one_law_page_with_its_metadata():
    """Was 6 records -> 6 documents (five untitled, one titled with its own article text), the name, date and
    issuer of the law lost."""
    law = json.loads(AMENDMENT_1999.read_bytes())
    records, codec = read_records(AMENDMENT_1999.read_bytes(), AMENDMENT_1999.name)
    assert len(records) == 1
    page = record_page(records[0], codec)
    labels = [line.split(" ", 1)[0] for line in page.text.splitlines() if line.startswith("第")]
    assert labels == ["第十二条", "第十三条", "第十四条", "第十五条", "第十六条", "第十七条"]  # composed as the articles table writes them (F21-C3)
    for row in law["provisions"]:  # every article's text is there, as it is
        assert row["content"].strip() in page.text
    md = page.metadata
    assert (md["title"], md["issuer"], md["status"]) == ("中华人民共和国宪法修正案（1999年）", "全国人民代表大会", "in_force")


def test_the_built_1999_amendment_is_one_document_of_articles_12_to_17(tmp_path):
    docs, arts = build_files(tmp_path, (AMENDMENT_1999.name, AMENDMENT_1999.read_bytes()))
    assert len(docs) == 1
    doc = docs[0]
    assert (doc["title"], doc["issuer"], doc["published"], doc["first_article_no"]) == (
        "中华人民共和国宪法修正案（1999年）", "全国人民代表大会", "1999-03-15", 12)
    assert doc["findings"] == []  # no numbering gap for opening at 12
    assert [a["article_no"] for a in arts] == list(range(12, 18))


def test_rows_opening_above_1_in_a_law_not_named_an_amendment_stay_records():
    """Negative (INVENTED variant of the real file: its title without 修正案): numbers opening at 12 are no evidence
    of one law's articles unless the law says it amends on from earlier amendments."""
    law = json.loads(AMENDMENT_1999.read_bytes())
    law["title"] = "中华人民共和国宪法（节选）"
    records, _ = read_records(json.dumps(law, ensure_ascii=False).encode(), "x.json")
    assert len(records) == 6


# --------------------------------------------------------------------------- F21-C2

def test_the_second_copy_of_the_stats_law_is_marked_a_duplicate_of_the_first(tmp_path):
    """stats.gov.cn's innerText holds 统计法 twice (offsets 423 and 7977): two documents, both ``main``,
    neither marked.  The second repeats the first word for word (the first opens with the site's chrome)."""
    docs, arts = build_files(tmp_path, (STATS.name, STATS.read_bytes()))
    assert [d["title"] for d in docs] == ["中华人民共和国统计法"] * 2
    assert [d["num_articles"] for d in docs] == [53, 53]
    assert docs[0]["duplicate_of"] is None and docs[1]["duplicate_of"] == docs[0]["doc_id"]
    assert docs[1]["text"].startswith("中华人民共和国统计法\n（1983年12月8日第六届全国人民代表大会常务委员会第三次会议通过")


def test_the_same_page_twice_in_the_corpus_points_every_copy_at_the_first(tmp_path):
    """INVENTED arrangement of the real page: a second file with the same bytes; its two documents are copies of
    the first file's first document (duplicate_of names the corpus's first copy, never a copy)."""
    data = STATS.read_bytes()
    docs, _ = build_files(tmp_path, ("a.json", data), ("b.json", data))
    first = docs[0]["doc_id"]
    assert docs[0]["duplicate_of"] is None
    assert [d["duplicate_of"] for d in docs[1:]] == [first] * 3


def test_a_repeat_that_differs_by_a_word_is_split_and_not_marked():
    """Negative (INVENTED): the second copy gives another date: a document of its own, no copy."""
    other = LAW.replace("本法自2002年1月1日起施行", "本法自2003年1月1日起施行")
    text = LAW + "相关阅读：\n某某法解读之一\n" + other
    segments = split_repeated_copies(text, [Segment(0, len(text), "main")])
    assert len(segments) == 2 and segments[1].copy_of is None
    same = LAW + "相关阅读：\n某某法解读之一\n" + LAW
    segments = split_repeated_copies(same, [Segment(0, len(same), "main")])
    assert len(segments) == 2 and segments[1].copy_of == 0


def test_is_copy_wants_the_whole_second_text():
    assert is_copy("首页\n" + LAW, LAW)
    assert not is_copy(LAW, LAW + "第四条　新增。\n")  # more than the first holds
    assert not is_copy(LAW, "")
