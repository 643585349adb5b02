"""Dates of a document: the adoption block under the title, and the text's own 施行 clause.

The adoption block lists events in time order: the enactment (通过), its
approval by the higher congress (批准), publication (公布), entry into force
(施行), then amendments (修正 / 修改 decisions) and revisions (修订), each with
its own adoption and approval.  The cases are the shapes the clean corpus
shows (dates and congress names shortened); the semantics are those of
:func:`corpus_tools.structure.metadata.adoption_dates`: ``adopted`` and
``approved`` are the enactment's, ``amended`` is the latest change, and an
event whose date cannot be the enactment's is never forced into a column.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from corpus_tools.records import CleanedPage, RawPage
from corpus_tools.structure import structure_page
from corpus_tools.structure.metadata import adoption_dates, effective_date

SC = "第十五届人民代表大会常务委员会第九次会议"  # a meeting, as the blocks name it


@dataclass(frozen=True)
class DateCase:
    id: str
    block: str
    adopted: str | None
    approved: str | None
    amended: str | None = None
    published: str | None = None
    effective: str | None = None


CASES = [
    DateCase("enactment and approval on two lines",
             f"2014年7月23日 济南市{SC}通过\n\n2014年9月26日 山东省{SC}批准\n", "2014-07-23", "2014-09-26"),
    DateCase("one parenthesised line (seed 002)",
             f"（2025年6月30日常州市{SC}通过　2025年7月30日江苏省{SC}批准）", "2025-06-30", "2025-07-30"),
    DateCase("adoption line broken by the source",
             f"2013年2月26日 青岛市第十五届人民代表大会常务委员会\n\n第九次会议通过\n\n2013年3月29日 山东省{SC}批准\n",
             "2013-02-26", "2013-03-29"),
    DateCase("date broken by the source",
             f"2014年7月23日 济南市{SC}通过\n\n2014年9月26\n日山东省{SC}批准\n", "2014-07-23", "2014-09-26"),
    DateCase("approval of an amending decision is not the enactment's (通过并经…批准的《决定》修正)",
             f"2016年3月3日 淄博市{SC}通过\n\n2021年4月30日 淄博市{SC}通过并经2021年5月27日山东省{SC}"
             "批准的《淄博市人民代表大会常务委员会关于修改〈淄博市田庄水库保护管理条例〉等四件地方性法规的决定》修正\n",
             "2016-03-03", None, amended="2021-04-30"),
    DateCase("amending decision adopted and approved on one line, no connective",
             f"2020年12月4日 许昌市{SC}通过2021年4月2日河南省{SC}批准的《许昌市人民代表大会常务委员会关于修改〈许昌市城乡规划条例〉的决定》修正",
             None, None, amended="2020-12-04"),
    DateCase("adoption and approval on one line, no amendment",
             f"2021年6月28日 焦作市{SC}通过2021年7月30日河南省{SC}批准", "2021-06-28", "2021-07-30"),
    DateCase("根据 introduces an amendment adopted on one line and approved on the next",
             f"1997年11月12日 宁波市{SC}通过\n\n1998年4月20日 浙江省{SC}批准根据2001年5月29日宁波市{SC}通过\n\n"
             f"2001年9月3日 浙江省{SC}批准的《宁波市人民代表大会常务委员会关于修改〈宁波市住宅小区物业管理条例〉的决定》修正"
             f"2009年6月26日宁波市{SC}第一次修订\n\n2009年9月28日 浙江省{SC}批准\n",
             "1997-11-12", "1998-04-20", amended="2009-06-26"),
    DateCase("approval written before the amendment it approves (批准的 D …修正)",
             f"2010年6月25日 青岛市{SC}通过\n\n2010年7月30日 山东省{SC}批准\n\n2010年7月30日 青岛市人民代表大会常务委员会公告公布\n\n"
             f"2010年10月1日 施行\n\n2018年11月30日 山东省{SC}批准的2018年9月7日青岛市{SC}"
             "《关于修改〈青岛市环境噪声管理规定〉等十九件地方性法规的决定》第一次修正\n",
             "2010-06-25", "2010-07-30", amended="2018-09-07", published="2010-07-30", effective="2010-10-01"),
    DateCase("approval of an earlier text listed before the adoption (上海市水产养殖保护规定)",
             f"1985年12月27日 上海市{SC}批准\n\n1988年11月10日 上海市{SC}通过和1989年1月28日上海市{SC}"
             "《关于修改〈上海市水产养殖保护规定〉的决定》第一次修正\n\n"
             f"2018年12月20日 上海市{SC}《关于修改本市部分地方性法规的决定》第五次修正\n",
             "1988-11-10", None, amended="2018-12-20"),
    DateCase("approval dated before the adoption it follows is not recorded (洛阳)",
             f"1999年4月14日 洛阳市{SC}通过\n\n1995年5月30日 河南省{SC}批准\n\n2012年8月22日 洛阳市{SC}修订通过\n\n"
             f"2012年9月28日 河南省{SC}批准\n",
             "1999-04-14", None, amended="2012-08-22"),
    DateCase("a 通过 after a revision is the revision's (青岛 2020)",
             f"2020年6月10日 青岛市{SC}修订\n\n2020年7月24日 山东省{SC}通过\n", None, None, amended="2020-06-10"),
    DateCase("revision and its approval only: no enactment recorded",
             f"2020年11月18日 青岛市{SC}修订\n\n2021年1月28日 山东省{SC}批准\n", None, None, amended="2020-11-18"),
    DateCase("an approval with no adoption recorded is the enactment's",
             f"1989年7月1日 浙江省{SC}批准\n", None, "1989-07-01"),
    DateCase("words inside a title are not verbs (《关于修改…》)",
             f"2003年9月26日 宁波市{SC}《关于修改〈宁波市城市绿化条例〉的决定》第二次修正\n", None, None, amended="2003-09-26"),
    DateCase("a title broken over two lines",
             f"2010年6月25日 青岛市{SC}通过\n\n2020年3月26日 山东省{SC}批准的2020年1月14日青岛市{SC}《关于修改\n\n"
             "废止部分地方性法规的决定》第二次修正\n",
             "2010-06-25", None, amended="2020-01-14"),
    DateCase("published and in force on publication, then amended",
             f"2000年11月17日 青岛市{SC}通过\n\n2000年12月22日 山东省{SC}批准2000年12月22日青岛市人民代表大会常务委员会公告公布施行"
             f"根据2018年9月7日青岛市{SC}《关于修改〈青岛市环境噪声管理规定〉等十九件地方性法规的决定》修正\n",
             "2000-11-17", "2000-12-22", amended="2018-09-07", published="2000-12-22", effective="2000-12-22"),
    DateCase("an impossible date gives nothing", f"2021年2月30日 某市{SC}通过\n", None, None),
    DateCase("a paragraph that does not open with a date is not read",
             f"为了规范管理，2021年1月1日某市{SC}通过了决定。\n", None, None),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_adoption_block(case: DateCase) -> None:
    got = adoption_dates("某市某某条例\n\n" + case.block)
    assert (got["adopted"], got["approved"], got["amended"]) == (case.adopted, case.approved, case.amended)
    if case.published is not None:
        assert got["published"] == case.published
    if case.effective is not None:
        assert got["effective"] == case.effective


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_adoption_block_dates_are_ordered(case: DateCase) -> None:
    """What the validator's date_order promises holds for every shape."""
    got = adoption_dates(case.block)
    present = [got[k] for k in ("adopted", "approved") if got[k]]
    assert present == sorted(present)
    if got["adopted"] and got["amended"]:
        assert got["adopted"] <= got["amended"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第六十二条 本条例自2021年6月1日起施行。自1997年2月5日起施行的《广州市幼儿教育管理规定》同时废止。", "2021-06-01"),
        ("第五十条 本条例自1997年10月1日起施行。1982年6月2日公布，自1982年8月1日起施行的《某条例》同时废止。", "1997-10-01"),
        ("第十九条 本规定自2018年1月1日起施行。\n\n莱芜区、钢城区自2019年5月1日起执行本规定。", "2018-01-01"),
        ("第四十七条(实施时间)本条例自 年 月日起施行。", None),
        ("第十条 本办法自公布之日起施行。", "2020-01-02"),
        ("第三十七条　本条例自二〇二一年十一月一日起施行。", "2021-11-01"),
        ("第三十条 本条例由市人民政府负责解释。", None),
    ],
)
def test_effective_date_is_the_texts_own(text: str, expected: str | None) -> None:
    assert effective_date(text, "2020-01-02") == expected


def _page(text: str) -> CleanedPage:
    page = RawPage(source_file="x.txt", sha256="0" * 64, encoding="utf-8", format="text", text=text)
    return CleanedPage(page, text)


def test_structure_page_dates_of_an_amended_law() -> None:
    text = (
        "青岛市国有土地上房屋征收与补偿条例\n\n"
        "2013年2月26日 青岛市第十五届人民代表大会常务委员会\n\n第九次会议通过\n\n"
        f"2013年3月29日 山东省{SC}批准\n\n"
        f"2017年6月30日 青岛市{SC}通过的关于修改《青岛市国有土地上房屋征收与补偿条例》的决定修正\n\n"
        "第一条 为了规范国有土地上房屋征收与补偿活动，制定本条例。\n\n"
        "第二条 本条例自2013年5月1日起施行。2005年9月29日青岛市人民代表大会常务委员会公告公布的《青岛市城市房屋拆迁管理条例》同时废止。\n"
    )
    (doc,) = structure_page(_page(text)).documents
    assert (doc.adopted, doc.approved, doc.effective, doc.amended) == ("2013-02-26", "2013-03-29", "2013-05-01", "2017-06-30")
    assert doc.numbering_gaps == ()


def test_effective_falls_back_to_the_block() -> None:
    text = (
        "青岛市劳动保障监察条例\n\n"
        f"2011年8月30日 青岛市{SC}通过\n\n2011年9月29日 山东省{SC}批准\n\n2011年11月1日 施行\n\n"
        "第一条 为了加强劳动保障监察，制定本条例。\n\n第二条 本条例由市人民政府负责解释。\n"
    )
    (doc,) = structure_page(_page(text)).documents
    assert (doc.adopted, doc.approved, doc.effective) == ("2011-08-30", "2011-09-29", "2011-11-01")
