"""A gazette page holding several signed acts is one document per act (field test 18, F18-S1; the lead's decision of
session 19).  Real pages: the Macau gazette (tests/real_pages/fix19/SOURCE.md).  Blind variants G1, G2, N-G1, N-G2
were written in words before the code (/work/notes/fix19/blind.md)."""

from __future__ import annotations


import pytest

from corpus_tools.structure.documents import split_documents
from corpus_tools.structure.gazette import gazette_act_starts
from tests.real_build import build_real_pages


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return build_real_pages("fix19", tmp_path_factory.mktemp("gazette"),
                            names=("bo_io_gov_mo_2022_34_despce.txt", "bo_io_gov_mo_2023_38_despce.txt",
                                   "io_gov_mo_cn_bo_a_link_44597.txt"))


def test_three_stamp_and_filing_acts_are_three_documents(built):
    docs = built["documents:bo_io_gov_mo_2022_34_despce.txt"]
    assert len(docs) == 3 and [d["role"] for d in docs] == ["main"] * 3
    assert "「当代建筑」" in docs[0]["text"] and "「主教山小堂四百周年」" not in docs[0]["text"]
    assert docs[0]["text"].rstrip().endswith("二零二二年八月十六日\n行政长官 贺一诚")
    assert "「主教山小堂四百周年」" in docs[1]["text"] and "以电子方式送交诉讼文书" in docs[2]["text"]
    assert [d["written"] for d in docs[:2]] == ["2022-08-16", "2022-08-16"]


def test_each_numbered_act_under_its_record_box_has_its_own_number_and_date(built):
    first, second = built["documents:io_gov_mo_cn_bo_a_link_44597.txt"]
    assert first["title"] == "第198/2023号行政长官批示" and second["title"] == "第199/2023号行政长官批示"
    assert first["effective"] == "2024-01-05" and second["effective"] is None
    assert "第199/2023号" not in first["text"] and second["text"].startswith("法规：")
    assert second["published"] == "2023-12-18"


def test_an_act_citing_other_acts_stays_one_document(built):
    """N-G1 on a real page: 第10/2011号 act cites 第386/2013号、第169/2019号、第97/2021号行政长官批示 in its items."""
    first = built["documents:bo_io_gov_mo_2023_38_despce.txt"][0]
    assert "废止第97/2021号行政长官批示。" in first["text"] and "7人或以上\t37,300.00\t71,310.00" in first["text"]


def _starts(page: str) -> list[str]:
    return [page[s.start:s.end].split("\n")[0] for s in split_documents(page)]


def test_blind_two_acts_of_a_secretary_are_two_documents():
    """G1: two 社会文化司司长批示, each with its number line, signed post + name."""
    page = ("第12/2024号社会文化司司长批示\n社会文化司司长行使第182/2019号行政命令授予的执行权限，作出本批示。\n"
            "一、核准某某学校的课程计划。\n二、本批示自公布翌日起生效。\n二零二四年二月一日\n社会文化司司长　欧阳瑜\n\n"
            "第13/2024号社会文化司司长批示\n社会文化司司长行使第182/2019号行政命令授予的执行权限，作出本批示。\n"
            "一、核准另一学校的课程计划。\n二零二四年二月二日\n社会文化司司长　欧阳瑜\n")
    assert _starts(page) == ["第12/2024号社会文化司司长批示", "第13/2024号社会文化司司长批示"]


def test_blind_an_act_with_its_table_then_the_next_act():
    """G2: the first act's table (TAB rows) before its signature, the next act's label rows, then its formula."""
    page = ("行政长官行使《澳门特别行政区基本法》第五十条赋予的职权，作出本批示。\n一、订定下列收费：\n项目\t金额\n甲\t10\n乙\t20\n"
            "二零二四年三月一日\n行政长官 贺一诚\n相关法规 : | |||\n"
            "行政长官行使《澳门特别行政区基本法》第五十条赋予的职权，作出本批示。\n一、另一事项。\n二零二四年三月一日\n行政长官 贺一诚\n")
    assert len(split_documents(page)) == 2


@pytest.mark.parametrize("page", [
    # N-G1: a law's article cites a 批示 after a signed notice's text, no second formula
    "第一条　依照第198/2023号行政长官批示办理。\n第二条　本规章自公布之日起施行。\n二零二四年一月二日\n行政长官 贺一诚\n"
    "第198/2023号行政长官批示所指的表格如下：\n甲\t乙\n",
    # N-G2: one act, signed, its annex after the signature
    "行政长官行使《澳门特别行政区基本法》第五十条赋予的职权，作出本批示。\n一、核准附件所载的规章。\n二零二四年一月二日\n"
    "行政长官 贺一诚\n附件\n某某规章\n第一条　本规章适用于某某。\n",
    # a mainland notice signed by an organ over its date, then the measures it issues: not a gazette's acts
    "国务院关于印发某某办法的通知\n国发〔2018〕41号\n现将《某某办法》印发给你们，请认真贯彻执行。\n国务院\n2018年12月13日\n"
    "某某办法\n第一条　为了规范某某工作，制定本办法。\n",
], ids=["N-G1-citation", "N-G2-annex", "notice-and-measures"])
def test_no_cut_without_a_next_act(page):
    assert len([s for s in split_documents(page) if s.concatenated]) == 0


def test_the_scan_is_linear_on_a_long_page():
    import time

    page = "二零二四年一月二日\n行政长官 贺一诚\n" * 20_000
    began = time.process_time()
    split_documents(page)
    assert time.process_time() - began < 5.0


# Review 19, R19-F12: an amending act that republishes the act it amends in its annex is one act.  Blind variants
# B4, B5, B6 written in words before the code (/work/notes/precr19c/blind.md); the review's probe is /tmp/review19/p9.py.
@pytest.mark.parametrize("page", [
    # the review's probe: the annex republishes the amended 批示, unsigned
    "第12/2024號行政長官批示\n行政長官…，作出本批示。\n一、修改第3/2020號行政長官批示。\n二零二四年一月二日\n行政長官 賀一誠\n"
    "附件\n第3/2020號行政長官批示\n（經第12/2024號行政長官批示修改的文本）\n一、……\n",
    # B4: a 行政法规 amended by another, republished after 附件 with the original's own date and signature kept
    "第2/2024号行政法规\n行政长官根据《澳门特别行政区基本法》第五十条（五）项的规定，经征询行政会的意见，制定本行政法规。\n"
    "第一条　修改第7/2023号行政法规第三条。\n二零二四年二月一日\n行政长官 贺一诚\n附件\n第7/2023号行政法规\n"
    "行政长官根据《澳门特别行政区基本法》第五十条（五）项的规定，经征询行政会的意见，制定本行政法规。\n第一条　标的\n"
    "二零二三年五月二日\n行政长官 贺一诚\n",
    # B5: no 附件 line, a 重新公布 sentence, the republished 批示 with its original signature
    "第15/2024號行政長官批示\n行政長官…，作出本批示。\n一、修改第3/2020號行政長官批示第二款。\n二、重新公佈經修改的文本。\n"
    "二零二四年一月二日\n行政長官 賀一誠\n重新公佈的文本：\n第3/2020號行政長官批示\n行政長官…，作出本批示。\n一、……\n"
    "二零二零年一月二日\n行政長官 賀一誠\n",
    # the review's variant without the note: the annexed act is unsigned, so it is no act of its own
    "第12/2024號行政長官批示\n行政長官…，作出本批示。\n一、修改第3/2020號行政長官批示。\n二零二四年一月二日\n行政長官 賀一誠\n"
    "第3/2020號行政長官批示\n一、……\n二、……\n",
], ids=["review-probe", "B4-annex-signed-original", "B5-republished-note", "unsigned-next-act"])
def test_an_amending_acts_republished_annex_stays_with_it(page):
    assert gazette_act_starts(page, 0, len(page)) == []


def test_blind_B6_two_signed_acts_are_still_cut():
    """B6: the amending 批示, then the next act of the issue (its own number, formula and signature): two acts."""
    page = ("第12/2024號行政長官批示\n行政長官…，作出本批示。\n一、修改第3/2020號行政長官批示。\n二零二四年一月二日\n"
            "行政長官 賀一誠\n法規：\n第13/2024號行政長官批示\n行政長官…，作出本批示。\n一、核准某事項。\n"
            "二零二四年一月二日\n行政長官 賀一誠\n")
    assert _starts(page) == ["第12/2024號行政長官批示", "法規："]


def test_the_record_row_reading_is_linear_on_a_hostile_line():
    import time

    page = ("第1/2024號行政長官批示\n行政長官…，作出本批示。\n二零二四年一月二日\n行政長官 賀一誠\n" + "| " * 100_000 + "|\n"
            + "第2/2024號行政長官批示\n")
    began = time.process_time()
    gazette_act_starts(page, 0, len(page))
    assert time.process_time() - began < 2.0
