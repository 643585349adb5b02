"""F17-A3: the row numbers of a table whose cells an extractor set one a line are no numbers of
the sentence: ``主审材料⏎2⏎项目单位…`` stayed ``主审材料2项目单位…`` because ``项`` (of 项目) and ``人``
(of 人防) read as measure words.  Small numbers alone on their lines that count 1, 2, 3 down the
page stay on their lines; a number the sentence reads (``第⏎10⏎项``, ``〔⏎2021⏎〕``) is joined.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.layout import _run_line_edits

PAGES = Path(__file__).parent / "real_pages" / "field17_precf"


def test_real_table_pdf_keeps_its_row_numbers_apart():
    raw = (PAGES / "jx_gov_jiangxi_0_a1_ingested.txt").read_text(encoding="utf-8")
    text = clean(raw)
    for fused in ("主审材料2项目单位", "替代）3项目社会", "容缺材料6项目完", "需办理1项目选址", "需办理1人防工程"):
        assert fused not in text
    assert "主审材料\n2\n项目单位身份证明文件" in text
    assert "还需提交第10项防洪评" in text


#: The field tester's blind members (/work/notes/field17/blind_a3/, one cell a line) and mine.
TABLES = {
    "xiangmu": "附件\n申报材料清单\n序号 材料名称 材料类型\n1\n项目申请报告\n主审材料\n2\n项目单位营业执照复印件\n容缺材料\n3\n项目可行性研究报告\n主审材料\n4\n项目环境影响评价文件\n主审材料\n",
    "renyuan": "附表\n岗位设置表\n序号 岗位 人数\n1\n人员招聘由人事部门负责\n综合岗\n2\n人员培训由各科室负责\n业务岗\n3\n人员考核每年进行一次\n管理岗\n",
    "tiaojian": "附件\n准入条件\n序号 内容\n1\n条件一：具有独立法人资格\n必备\n2\n条件二：近三年无重大违法记录\n必备\n3\n条件三：注册资本不低于100万元\n选备\n",
    "niandu": "附件2\n资金安排表\n序号 事项\n1\n年度预算编制\n财政局\n2\n年度绩效评价\n审计局\n3\n年度决算审查\n财政局\n",
    # mine: rows opening 人民 / 条例 / 项目 under a two-column count that interleaves
    "interleaved": "附件\n清单\n序号 事项 材料序号 材料\n1\n人民防空工程审批\n1\n项目申请书\n主审材料\n2\n项目单位证明\n主审材料\n2\n条例规定的其他事项\n1\n人员名单\n主审材料\n",
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_row_numbers_stay_on_their_lines(name):
    table = TABLES[name]
    assert apply_edits(table, _run_line_edits(table)) == table


def test_numbers_of_the_sentence_are_still_joined():
    prose = "依据《关于开展\n2021\n年工作的通知》，共\n12\n项，其中第\n10\n项防洪评价报告，不少于\n3\n人。"
    assert apply_edits(prose, _run_line_edits(prose)) == "依据《关于开展2021年工作的通知》，共12项，其中第10项防洪评价报告，不少于3人。"
    # on a page with a table's count, an ordinal's number is still the sentence's
    page = TABLES["xiangmu"] + "建设项目还需提交第\n3\n项防洪评价报告。\n"
    assert "还需提交第3项防洪评价报告。" in apply_edits(page, _run_line_edits(page))


def test_many_lone_numbers_are_read_in_linear_time():
    import time

    text = "".join(f"主审材料\n{k % 97 + 1}\n项目单位证明\n" for k in range(14_000))
    assert len(text) > 200_000
    start = time.process_time()
    _run_line_edits(text)
    assert time.process_time() - start < 5


def test_inline_run_page_keeps_every_join():
    """The page ``_run_line_edits`` was written for (field 13, F13-B5: 天津 电力需求响应 notice, one inline
    run a line) counts its item labels and appendices (``（⏎1⏎）``, ``附录⏎2⏎）``) too: no number of it opens
    a word of its own, so all 67 numbers are still joined."""
    page = (Path(__file__).parent / "real_pages" / "field13_lead" / "tianjin_gxj_2021_3.txt").read_text(encoding="utf-8")
    edits = _run_line_edits(page)
    assert len(edits) == 134
    assert "（见附录2）进行竞价" in apply_edits(page, edits)


def test_prose_page_that_counts_keeps_its_units_joined():
    """北京市图书馆条例 one inline run a line (tests/real_pages/layout15): its lone numbers count 1, 2, 3 too, and
    ``个月`` / ``日起`` are words of law text, but law text writes them after numbers: ``2⏎个月``, ``1⏎日起`` are joined."""
    page = (Path(__file__).parent / "real_pages" / "layout15" / "library_inline_runs.txt").read_text(encoding="utf-8")
    edits = _run_line_edits(page)
    assert len(edits) == 22
    joined = apply_edits(page, edits)
    assert "展陈时间不得少于2个月" in joined and "2002年11月1日起施行" in joined
