"""F17-A1: a table's repeated header or a cell's tail followed by the table's row number is no
running title with its page number (a real 江西 事项清单 PDF lost ``项目需办理`` and the row numbers
``1``, ``2`` to ``site_furniture``).  A page number must count up across the page breaks, a bare
one stand alone nowhere else and at the foot of the page before the title; a line other lines
end with is a sentence's or a cell's tail.  Real running titles still go.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.running_heads import running_title_spans

PAGES = Path(__file__).parent / "real_pages" / "field17_precf"
FILLER = "申请人应当提交身份证明材料复印件一份，并加盖公章；材料不齐全的，受理机关应当一次性告知需要补正的全部内容。\n" * 8


def test_real_table_pdf_keeps_cells_and_row_numbers():
    raw = (PAGES / "jx_gov_jiangxi_0_a1_ingested.txt").read_text(encoding="utf-8")
    assert running_title_spans(raw) == []
    text = clean(raw)
    assert text.count("申请材料 材料提供适用情形 材料类型") == raw.count("申请材料 材料提供适用情形 材料类型") == 2
    assert text.count("项目需办理") == raw.count("项目需办理")


KEPT = {
    # the field tester's blind members (/work/notes/field17/blind_a1.py)
    "cell tail, rows 1/1, no form feed": "附件\n事项清单\n" + FILLER + "在城镇规划区内的\n建设项目需办理\n1\n建设工程规划许可证申请表\n" + FILLER
    + "— 3 —\n涉及占用城市道路的\n建设项目需办理\n1\n占用道路申请书\n" + FILLER + "— 4 —\n",
    "header inside a cell, rows 3/4": "附件1\n" + FILLER + "主审材料（可用容缺审批初审\n序号 事项名称 材料类型\n3\n意见替代）\n" + FILLER
    + "容缺材料（可用承诺书\n序号 事项名称 材料类型\n4\n替代）\n" + FILLER,
    # mine (/work/notes/precf17/blind.md)
    "cell tail, the same row number": "附件\n" + FILLER + "涉及占用道路的\n项目材料须提交\n3\n占道申请书\n" + FILLER
    + "涉及挖掘道路的\n项目材料须提交\n3\n挖掘申请书\n" + FILLER + "其他项目材料须提交\n",
    "counting rows, a tail other lines end with": "附件\n" + FILLER + "对符合条件的企业\n申请人需提供\n1\n营业执照\n" + FILLER
    + "对新设立的企业\n申请人需提供\n2\n章程\n" + FILLER + "个体工商户申请人需提供\n外资企业申请人需提供\n",
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_table_line_with_row_number_is_no_running_title(name):
    assert running_title_spans(KEPT[name]) == []


def test_form_feed_title_goes_but_not_the_row_number_after_it():
    """The tester's member with form feeds: the line still reads as a running title (a page
    break proves it), but the bare numbers after it are no proved page numbers and stay."""
    t = ("附件\n事项清单\n" + FILLER + "在城镇规划区内的\n\f建设项目需办理\n1\n建设工程规划许可证申请表\n" + FILLER
         + "涉及占用城市道路的\n\f建设项目需办理\n2\n占用道路申请书\n" + FILLER)
    assert [t[a:b] for a, b in running_title_spans(t)] == ["\f建设项目需办理", "\f建设项目需办理"]


def test_running_title_with_page_feet_still_goes():
    t = ("某某市人民政府公报\n" + FILLER + "第二条 各区人民政府应当加强对有关主管部\n12\n某某市人民政府公报\n门的考核。\n" + FILLER
         + "第三条 市人民政府应当加强对本办法实施工作的\n13\n某某市人民政府公报\n领导。\n" + FILLER)
    assert [t[a:b] for a, b in running_title_spans(t)] == ["12\n某某市人民政府公报", "13\n某某市人民政府公报"]
    dashed = t.replace("\n12\n", "\n－12－\n").replace("\n13\n", "\n－13－\n")
    assert [dashed[a:b] for a, b in running_title_spans(dashed)] == ["－12－\n某某市人民政府公报", "－13－\n某某市人民政府公报"]


def test_many_recurring_lines_are_read_in_linear_time():
    """200k characters of recurring lines of every title length, each also ending longer lines
    (the tail count looks each line's endings up once: no line-by-key product)."""
    import time

    han = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    keys = ["".join(han[(k + j) % len(han)] for j in range(4 + k % 57)) for k in range(2000)]
    text = "\n".join(f"{key}\n1\n前{key}" for key in keys for _ in range(2))
    assert len(text) > 200_000
    start = time.process_time()
    running_title_spans(text)
    assert time.process_time() - start < 5


def test_recurring_table_row_with_counting_numbers_is_no_running_title():
    """F17-A4 (lead17: 5 rows of the 江西 事项清单 went): the same material under several items, numbered 2, 4, 6
    there, is no running title whose page numbers count up (the field tester's W3, /work/notes/field17/blind_a4.py):
    other rows carry the same bare numbers beside other texts."""
    filler = "".join(f"{i} 其他申请材料之{i}号说明文件\n涉及特定情形的建设项目应当提交相应的证明材料并加盖公章\n主审材料\n" for i in range(1, 6))
    t = "附件1\n事项清单\n"
    for k, n in enumerate((2, 4, 6), 1):
        t += f"{k}\n某 某 审 批\n事项需办理\n1 项目申请报告 主审材料\n{n} 建设项目用地预审与选址意见书\n涉及划拨用地、新增建设用地的\n建设项目\n" + filler
    assert running_title_spans(t) == []


def test_gazette_title_with_its_page_number_still_goes():
    body = "第一条 为了保护和改善生态环境，保障流域的经济和社会可持续发展，制定本条例。" * 9
    t = ("某某公报\n\n" + body + "\n第二条 曹娥江流域水环境保护目标完成情况应当定期考核，并作为对有关主管部\n18  某某公报\n"
         "门考核评价的内容。" + body + "\n第三条 省人民政府应当加强对流域水环境保护工作的\n某某公报  19\n领导。\n")
    assert [t[a:b] for a, b in running_title_spans(t)] == ["18  某某公报", "某某公报  19"]
