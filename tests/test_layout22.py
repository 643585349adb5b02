"""layout22: line-number gutters copied into the text (clean/line_marks.py, ``gutter_lines``).

A page copied out of a code viewer, a diff view, ``cat -n``/``nl``, an editor with a gutter, a pastebin, or a
line-numbered draft carries a number at the start of every line (``   1\\t条例``, ``12 | 第五条 …``, ``0007: （一）…``,
``23  第二章 总则``): no label opens a line and the page gives no article.  The evidence is the sequence: the numbers
count the page's lines (one a line with text, or one a line), they cover most of them, and lines that carry the law's
own structure (labels, headings, items) are among the numbered ones.

The law text is 重庆市统计管理条例 (/work/ref/DLC, as in tests/test_layout20.py); the negative cases are real text
from the session's base builds (bjtcm and govcn pages, /work/shared/real) unless said otherwise.
"""

from __future__ import annotations

import time

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.evidence import table_rows
from corpus_tools.clean.line_marks import gutter_lines, line_number_edits
from tests.test_layout20 import LINES, TITLE, WANTED, _articles

PAGE = [TITLE, ""] + [line for paragraph in LINES for line in (paragraph, "")][:-1]


def _numbered(fmt: str, *, blanks: str = "skip", restart: int = 0, lines: list[str] = PAGE) -> str:
    """``lines`` with a gutter: ``fmt`` before every line with text; a blank line unnumbered and uncounted
    (``skip``, ``nl``), counted but bare (``counted``), or numbered (``numbered``, ``cat -n``: the number alone)."""
    out, n = [], 0
    for line in lines:
        if not line:
            if blanks != "skip":
                n += 1
            out.append(fmt.format(n=n).rstrip() if blanks == "numbered" else "")
            continue
        n += 1
        if restart and n > restart:
            n = 1
        out.append(fmt.format(n=n) + line)
    return "\n".join(out) + "\n"


PLAIN = "\n".join(PAGE) + "\n"


@pytest.mark.parametrize("fmt, blanks", [
    ("{n:>6}\t", "numbered"),   # cat -n (a blank line keeps its number and loses its tab to the reader)
    ("{n:>6}\t", "skip"),       # nl
    ("{n:>2} | ", "numbered"),  # a code viewer's gutter, blank lines numbered
    ("{n:04d}: ", "skip"),      # zero-padded, a colon
    ("{n}  ", "skip"),
    ("{n:>4} ", "counted"),     # blank lines counted, their number not copied
    ("{n}. ", "skip"),
    ("{n}) ", "skip"),
    ("{n:>3}|", "counted"),
    ("{n:>3}│ ", "numbered"),   # a terminal viewer's box-drawing rule
    ("{n}\u3000", "skip"),
])
def test_a_gutter_goes_and_the_page_reads_as_without_it(fmt, blanks):
    text = _numbered(fmt, blanks=blanks)
    assert _articles(text) == WANTED
    assert clean_and_explain(text).text == clean_and_explain(PLAIN).text


def test_each_removal_is_an_edit_of_its_own():
    text = _numbered("{n:>3} | ", blanks="numbered")
    edits = [e for e in clean_and_explain(text).edits if e.detail == "line number in the page's gutter"]
    assert [e.before for e in edits[:3]] == ["  1 | ", "  2 |", "  3 | "]
    assert len(edits) == len(PAGE)


def test_numbers_restarting_on_each_printed_page():
    assert _articles(_numbered("{n:>3}  ", restart=6)) == WANTED


def test_a_line_wrapped_after_it_was_numbered_continues_without_a_number():
    # ``cat -n | fold``: the wrapped rest of a long line has no number of its own
    lines = [TITLE] + LINES[:2] + ["第二条　本条例适用于本市各级人民政府", "组织实施的统计活动。"] + LINES[3:]
    text = "".join((f"{n:>3}  " if line != "组织实施的统计活动。" else "") + line + "\n"
                   for n, line in zip([1, 2, 3, 4, None, 5, 6, 7, 8, 9, 10, 11], lines))
    assert clean_and_explain(text).text == clean_and_explain("".join(line + "\n" for line in lines)).text
    assert [label for label, _ in _articles(text)] == [label for label, _ in WANTED]


def test_a_gutter_counting_from_the_middle_of_a_file():
    lines = [line for line in PAGE if line]
    text = "".join(f"{n:>4}  {line}\n" for n, line in enumerate(lines, 120))
    assert _articles(text) == WANTED


# --------------------------------------------------------------------------- negative cases: byte-identical

#: bjtcm 010_t20210309_2303162: a notice's own numbered steps, the first continuing on an unnumbered line.
NOTICE_STEPS = (
    "三、检查流程\n"
    "1.各基地按照《北京基层中医药学科团队基地建设方案（2019版）》相关内容要求，撰写《北京市第三批基层中医药学科团队基地建设情况中期自查报告》（附件1），于2021年3月31日11:00前报送，一式六份（至少一份签字盖章原件），按照“自查报告、项目任务书和共建协议复印件”顺序装订成册。\n"
    "填报内容涉及到的数据信息统计时间截止到2021年2月28日。\n"
    "2.我局收到报送材料后，将组织专家评审会（评审答辩顺序另行通知），每个项目均由基地带头人现场PPT汇报，时间约为10分钟，答辩5分钟。\n"
    "3.自查及评审结束后，我局将适时组织实地抽查（具体时间地点待定）。\n"
    "4.全部中期检查流程结束后，我局将通报检查结果，并根据实际情况开展后期管理。\n"
)
#: bjtcm 038_t20191219_1338160: items ``1．``–``6．`` of an article's item (二).
ARTICLE_ITEMS = (
    "第七条\u3000来源于古代经典名方的中药复方制剂，是指目前仍广泛应用、疗效确切、具有明显特色与优势的清代及清代以前医籍所记载的方剂。\n"
    "（一）该类中药复方制剂的具体目录由国家食品药品监督管理局协助有关部门制定并发布。\n"
    "（二）符合以下条件的该类中药复方制剂，可仅提供非临床安全性研究资料，并直接申报生产：\n"
    "1．处方中不含毒性药材或配伍禁忌；\n2．处方中药味均有法定标准；\n3．生产工艺与传统工艺基本一致；\n"
    "4．给药途径与古代医籍记载一致，日用饮片量与古代医籍记载相当；\n5．功能主治与古代医籍记载一致；\n"
    "6．适用范围不包括危重症，不涉及孕妇、婴幼儿等特殊用药人群。\n"
    "（三）该类中药复方制剂的药品说明书中须注明处方及功能主治的具体来源，说明本方剂有长期临床应用基础，并经非临床安全性评价。\n"
    "（四）该类中药复方制剂不发给新药证书。\n"
)
#: govcn 010_content_5355837: a table's rows numbered under a 序号 header (tab-separated cells).
TABLE_ROWS = (
    "序号\t改革举措\t主 要 内 容\t指导部门\t推广范围\n"
    "一、知识产权保护方面（共5项）\t\t\t\t\n"
    "1\t知识产权民事、刑事、行政案件“三合一”审判\t整合分散的审判资源，实行知识产权民事、刑事、行政案件审判“三合一”。\t最高人民法院、最高人民检察院、国家知识产权局\t全国\n"
    "2\t省级行政区内专利等专业技术性较强的知识产权案件跨市（区）审理\t授权市级人民法院跨市（区）管辖省级范围内第一审知识产权民事和行政案件。\t最高人民法院、国家知识产权局\t全国\n"
    "3\t以降低侵权损失为核心的专利保险机制\t围绕专利应用和维权，开发包括专利代理责任险等保险产品。\t国家知识产权局、中国银保监会\t全国\n"
)
#: govcn 041_content_5345459: a plan's numbered sections (``1　总则``, ``1.1　…``), its contents first.
PLAN_SECTIONS = (
    "国家粮食应急预案\n目\u3000\u3000录\n1\u3000总则\n1.1\u3000编制目的及依据\n1.2\u3000等级划分\n2\u3000组织机构和职责\n"
    "2.1\u3000国家粮食应急工作指挥部\n3\u3000预警监测\n1\u3000总则\n1.1\u3000编制目的及依据\n"
    "为了有效监测和控制各类突发公共事件或者其他原因引起的国内粮食市场异常波动，确保粮食市场供应，制定本预案。\n"
    "1.2\u3000等级划分\n（1）统一领导、分级负责。在国务院统一领导下，由中央和省级人民政府各负其责。\n"
)
#: bjtcm 057_t20210326_2330616: numbered attachments (a year after the dot).
ATTACHMENTS = (
    "附件：\n1.2021年度中医医师规范化培训重点专业基地遴选指标\n2.2021年度住院医师规范化培训重点专业基地申报书\n"
    "3.2021年度中医医师规范化培训重点专业基地申报流程\n北京市中医管理局\n2021年3月19日\n"
)
#: DLC 北京市专业技术人员继续教育规定: years opening the lines of the adoption record.
YEARS = (
    "北京市专业技术人员继续教育规定\n"
    "1995年6月8日 北京市第十届人民代表大会常务委员会第十七次会议通过\n"
    "2001年5月18日 北京市第十一届人民代表大会常务委员会第二十六次会议通过的《北京市专业技术人员继续教育规定修正案》修正\n"
    "2016年11月25日 北京市第十四届人民代表大会常务委员会第三十一次会议通过的《关于修改部分地方性法规的决定》修正\n"
    "第一条 为促进本市继续教育发展，提高专业技术人员素质，结合本市实际，制定本规定。\n"
    "第二条 本规定适用于对本市专业技术人员进行知识增新、扩展、加深与能力提高的继续教育。\n"
    "第三条 继续教育应当坚持为社会主义现代化建设服务。\n"
)
#: Written for this room (no real page found): an amendment decision's items, each opening on the label it amends.
AMENDMENTS = (
    "重庆市人民代表大会常务委员会关于修改《重庆市统计管理条例》的决定\n"
    "重庆市第五届人民代表大会常务委员会第三十次会议决定对《重庆市统计管理条例》作如下修改：\n"
    "1. 第二条修改为：“本条例适用于本市各级人民政府组织实施的统计活动。”\n"
    "2. 第三条第二款修改为：“市、区县（自治县）人民政府应当将统计工作所需经费列入财政预算。”\n"
    "3. 第四条增加一项，作为第三项：“（三）监督检查。”\n"
    "4. 第五条修改为：“本条例自2017年1月1日起施行。”\n"
    "5. 第六条修改为：“统计机构应当依法履行职责。”\n"
    "6. 第七条修改为：“统计资料应当真实。”\n"
    "7. 第八条修改为：“统计人员应当依法调查。”\n"
    "8. 第九条修改为：“统计调查对象应当如实提供资料。”\n"
    "9. 第十条修改为：“违反本条例的，依法处理。”\n"
)
#: Written for this room: Arabic-numbered labels (``第1条``), and a law whose few numbered lines are a table's rows.
ARABIC_LABELS = "".join(f"第{n}条　{line.split('　', 1)[1]}\n" for n, line in enumerate(LINES[1:4], 1))
FEW_NUMBERED = ("第一条　下列单位负责统计工作：\n1  市统计局  负责汇总\n2  区统计局  负责调查\n3  街道办事处  负责配合\n"
                + "\n".join(LINES[2:]) + "\n")
#: A revision table's rows (序号, the article before, the article after) aligned with blanks, its header kept.
REVISION_TABLE = ("序号  原条文  修改后条文\n"
                  + "".join(f"{n}  第{c}条 甲。  第{c}条 乙。\n" for n, c in zip(range(1, 6), "一二三四五")))


@pytest.mark.parametrize("text", [NOTICE_STEPS, ARTICLE_ITEMS, TABLE_ROWS, PLAN_SECTIONS, ATTACHMENTS, YEARS,
                                  AMENDMENTS, ARABIC_LABELS, FEW_NUMBERED, REVISION_TABLE],
                         ids=["notice_steps", "article_items", "table_rows", "plan_sections", "attachments", "years",
                              "amendments", "arabic_labels", "few_numbered", "revision_table"])
def test_numbers_that_are_the_text_stay(text):
    assert gutter_lines(text) == []
    assert not [e for e in clean_and_explain(text).edits if e.detail == "line number in the page's gutter"]


def test_a_numbered_table_keeps_its_rows_and_cells():
    rows = "".join(f"{n}\t第{c}条\t甲。\t乙。\n" for n, c in zip(range(1, 7), "一二三四五六"))
    assert line_number_edits(rows) == []
    assert len(table_rows(rows)) == 6
    piped = "".join(f"{n} | 第{c}条 | 甲。 | 乙。 |\n" for n, c in zip(range(1, 7), "一二三四五六"))
    assert line_number_edits(piped) == []


def test_a_gutter_before_tabs_is_no_table():
    text = _numbered("{n:>6}\t")
    assert table_rows(text) == []
    assert len(table_rows(TABLE_ROWS)) == 5


def test_clean_text_is_untouched():
    assert clean_and_explain(PLAIN).text == PLAIN
    assert gutter_lines(PLAIN) == []


def test_gutter_lines_are_linear():
    lines = (["第一条　为了规范。", "本条例适用。", "（一）甲；"] * 70_000)[:200_000]
    text = "".join(f"{n:>6}\t{line}\n" for n, line in enumerate(lines, 1))
    start = time.process_time()
    assert len(gutter_lines(text)) == 200_000
    assert time.process_time() - start < 20
