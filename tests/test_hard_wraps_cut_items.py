"""hard_wraps on pages whose list items alone were wrapped at a fixed width (session 12, layout12).

The Taiwan law database wraps an article's items at 32 characters and leaves its paragraphs whole; a PDF text
layer of the Basic Law booklet likewise wraps items at 27-29.  The page-wide widths (``_wrap_width``,
``_item_wrap_width``) see none: the whole paragraphs are far longer.  The items' own lines show it: three or more
item lines that stop on a Han character share a length, and the lines after them are pieces no longer than it
(``_cut_items_width``).  Parallel list headings of one length are followed by their paragraphs, longer.

Real pages (tests/real_pages/field12_layout/SOURCE.md): K0000023.xml (kong0107/mojLawSplitXML, field test 6; 7 items
were left cut on main, 6 joined now) and basiclaw_constitution_62_63.txt (samiux.github.io's Basic Law PDF, field test 7; 3 items
left cut of 8).
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.layout import _cut_items_width, join_hard_wraps
from corpus_tools.ingest import ingest_bytes

PAGES = Path(__file__).parent / "real_pages" / "field12_layout"


def _clean_lines(name: str) -> list[str]:
    page = ingest_bytes((PAGES / name).read_bytes(), name)
    return [line.strip() for line in clean_and_explain(page.text, source_format=page.format).text.split("\n")]


def test_a_taiwan_database_laws_items_are_joined_at_their_width():
    lines = _clean_lines("K0000023.xml")
    for joined in ("一、主任委员一人由民用航空局航管组组长担任，副主任委员一人由空军总司令部作战署作战组组长担任。",
                   "二、临时会议由主任委员于必要时召开之，或由委员一人以上提请主任委员召集之。",
                   "三、凡飞航规程修正案无法于会议中获得结论者，得推请委员一人负责召集有关人员组成小组办理。",
                   "二、会议纪录应分别函送各参加会议单位人员，并请办理有关决议事项及将结果函复本会。",
                   "三、有关飞航规程修编案决议事项之办理情形，应按飞航规程名称分别详细登记，并实施定期追查，务使其能保持最新资料。",
                   "（三） 委员因故未能出席会议时，应负责请该单位业务有关之相当人员代表出席。"):
        assert joined in lines, joined
    # left cut (no prose, no ``；``, no word written whole elsewhere: a heading over a short paragraph reads the same):
    assert "三、执行秘书二人由民用航空局航管组及空军总司令部作战署作战组各遴" in lines
    # the items and their lead-ins stay on lines of their own
    for whole in ("二、委员九人由左列人员担任：", "（一） 民用航空局企划组组长。", "五、临时雇员三人如左：", "（三） 英文打字员一人。",
                  "四、执行秘书之职责："):
        assert whole in lines, whole


def test_the_basic_law_booklets_constitution_items_are_joined():
    lines = _clean_lines("basiclaw_constitution_62_63.txt")
    for joined in ("（三） 制定和修改刑事、民事、国家机构的和其他的基本法律；",
                   "（十） 审查和批准国民经济和社会发展计划和计划执行情况的报告；",
                   "（十二） 改变或者撤销全国人民代表大会常务委员会不适当的决定；",
                   "（二） 国务院总理、副总理、国务委员、各部部长、各委员会主任、审计长、秘书长；"):
        assert joined in lines, joined
    assert sum(1 for line in lines if line.startswith("（")) == 16 + 6  # every item one line, none glued to another


def test_parallel_headings_followed_by_their_paragraphs_have_no_item_width():
    """Three 对仗 headings of one length (the shape of F11-T1's 税务总局 reports, here as list items), each over a
    paragraph: no width, nothing joined."""
    headings = ["（一）数据预警显异常经营反常露疑点企业虚开发票被查处", "（二）黄金旺铺购销失衡数据差异显露端倪终被依法查处",
                "（三）高研发低产出异常数据露马脚骗取留抵退税被查实"]
    paragraph = "前期，国家税务总局海西州税务局根据税收大数据分析线索，依法查处了一起虚开增值税专用发票案件，涉案金额较大。"
    page = "\n".join(f"{h}\n{paragraph}" for h in headings)
    assert _cut_items_width(page) is None
    assert join_hard_wraps(page)[1] == []
