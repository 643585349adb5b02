"""A comma a spam farm left beside the text's own mark where it cut an anchor is taken out (field test 18, F18-N4).

Real page: real_pages/field18_doubled/ (中国共产党章程 on gift2088.com: ``先鋒隊,,是``, ``利益,。黨的``, ``主義,、毛澤東思想``).
Negatives: real users' and judgments' doubled marks (LawBench, lawyer-llama, CAIL2019; sources in SOURCE.md), the
writer's runs of marks, ``……`` and ``——``, a table of symbols.
"""

import time
from pathlib import Path

import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.doubled_marks import DETAIL, farm_cut_commas
from corpus_tools.clean.width import normalize_width

PAGE = Path(__file__).parent / "real_pages" / "field18_doubled" / "gift2088_page133_article6.txt"


def test_the_real_page_loses_every_farm_comma_and_keeps_the_text_marks():
    raw = PAGE.read_text(encoding="utf-8")
    result = clean_and_explain(raw)
    for pair in ("，，", "，。", "，、", ",,", ",。", ",、"):
        assert pair not in result.text
    # one mark at each place, the text's own: the real 党章's wording
    for sentence in ("（中国共产党第二十次全国代表大会部分修改，2022年10月22日通过）",
                     "中华民族的先锋队，是中国特色社会主义事业的领导核心，代表中国先进生产力的发展要求",
                     "代表中国最广大人民的根本利益。党的最高理想和最终目标是实现共产主义。",
                     "以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代"):
        assert sentence in result.text
    cut = [e for e in result.edits if e.detail == DETAIL]
    assert len(cut) == 24 and all(e.rule == "width" and e.before == "," and e.after == "" for e in cut)


@pytest.mark.parametrize("text", [
    # real users' slips, one to three on a page (lawyer-llama legal_advice.json, LawBench 2-x questions)
    "入股分红一人一半，，现在他们要我姐全额赔，因为拿钱做时我姐口头保证本金",
    "我们是拳击伤至眼球破裂，，没有视力，对方在我们看病期间办了取保候审了，我们应",
    "我是做工程的，，找朋友融资35万，现在工程款没接到，他要起诉我诈骗",
    "就在昨天无声无息走了，。没吵没闹，怎么样解决",
    "砍伐落叶松什么罪，大面积的，，，谢谢你了",
    # LawBench 1-1 answers (法条背诵): the dump joins an article's lines with ``,`` after the text's own marks
    "答案:债权人会议行使下列职权：,（一）核查债权；,（二）申请人民法院更换管理人，审查管理人的费用和报酬；,（三）监督管理人；,"
    "（四）选任和更换债权人委员会成员；,（五）决定继续或者停止债务人的营业；,（六）通过重整计划；,（七）通过和解协议；,（八）通过债"
    "务人财产的管理方案；,（九）通过破产财产的变价方案；,（十）通过破产财产的分配方案；,（十一）人民法院认为应当由债权人会议行使的其他职权。,债权",
    # a judgment's list of dates (LawBench 2-5 answer) and a masked field (CAIL2019)
    "回答:2012年3月31日,2012年3月29日,,2014年11月11日,2014年11月12日,,2014年11月13日,,2016年3月30日,",
    "借款人身份证号码：，本人同意转入名称",
    # the writer doubles marks on the page (a chat record): every doubled pair is the writer's
    "先锋队，，是核心，，代表要求，，代表方向，，代表利益，。党的理想！！",
    "教了3800学费。，，，，也写了收条。。问他，，他说，，没有，，不给，，退",
    # a table of symbols, ellipses and dashes
    "标点符号：，、。；：？！……——《》（）\n顿号、，逗号，，句号。",
])
def test_writers_doubled_marks_stay(text):
    assert farm_cut_commas(text) == []
    assert not [e for e in normalize_width(text)[1] if e.after == ""]


# Blind lines (notes/marks19/blind.md D1-D3, written before the rule): a farm's cut on a page of full-width marks
BLIND_PAGE = ("依照本法规定，，县级以上人民政府应当予以公布，。\n"
              "教育、，科学、文化事业，，由国务院统一领导；，各部门负责，，依法管理。")


def test_blind_full_width_page():
    # Before the LawBench answers showed ``；,`` as a line joiner, the rule took out all six commas here.  Now only
    # the four comma-first pairs count, fewer than MIN_DOUBLES: the page's evidence does not hold and it is kept.
    assert normalize_width(BLIND_PAGE)[0] == BLIND_PAGE
    doubled = BLIND_PAGE + "\n科学、技术、，文化事业应当发展，，保障安全。"
    assert normalize_width(doubled)[0] == ("依照本法规定，县级以上人民政府应当予以公布。\n"
                                           "教育、，科学、文化事业，由国务院统一领导；，各部门负责，依法管理。\n"
                                           "科学、技术、，文化事业应当发展，保障安全。")


def test_the_scan_is_linear():
    hostile = "字，，" * 70_000 + "字，、" * 10_000 + "字、，" * 10_000
    started = time.process_time()
    assert len(farm_cut_commas(hostile)) == 80_000
    assert farm_cut_commas("，" * 200_000) == []
    assert time.process_time() - started < 5


def test_clean_text_is_byte_identical():
    law = "第一条　为了规范管理，根据有关法律，结合本市实际，制定本条例。\n第二条　本条例所称“智能制造”，是指……。"
    assert clean(law) == law


# review19 F9: commas that separate fields (a CSV-shaped block) write an empty cell as ``,,``: never cut.
# P (tuned on): review19's probe; D1-D4 blind (notes/precr19b/blind.md, written before the change).
_ROWS = "甲乙丙丁戊己"
CSV_PAGES = {
    "P_empty_cell_each_row": "名称,地址,备注,结论\n" + "\n".join(f"{n}公司,海淀区,,合格" for n in _ROWS) + "\n",
    "D1_quoted_commas": "名称,地址,备注,结论\n" + "\n".join(
        f"{n}公司,\"海淀区,中关村{k}号\",,合格" if k % 2 else f"{n}公司,海淀区,,合格" for k, n in enumerate(_ROWS)) + "\n",
    "D2_empty_cell_moves": "名称,地址,备注,结论\n" + "\n".join(
        f"{n}公司,,海淀区,合格" if k % 2 else f"{n}公司,朝阳区,,合格" for k, n in enumerate(_ROWS)) + "\n",
    "D3_blank_lines_between_rows": "名称,地址,备注,结论\n\n" + "\n\n".join(f"{n}公司,海淀区,,合格" for n in _ROWS) + "\n",
    "D4_block_inside_a_notice": "关于公布抽查结果的通知\n\n各有关单位：现将抽查结果公布如下。\n\n名称,地址,备注,结论\n"
        + "\n".join(f"{n}公司,海淀区,,合格" for n in _ROWS) + "\n\n特此通知。\n",
}


@pytest.mark.parametrize("name", sorted(CSV_PAGES))
def test_an_empty_cell_of_a_csv_shaped_block_keeps_its_comma(name):
    text = CSV_PAGES[name]
    assert farm_cut_commas(text) == []
    cleaned = clean(text)
    assert cleaned.count("，，") + cleaned.count(",,") == 6, cleaned


def test_a_farm_page_whose_lines_differ_in_comma_count_is_still_cut():
    """D5 (blind): the farm's lines are prose; their comma counts differ line to line."""
    page = ("先锋队,,是领导核心,代表要求。\n马克思列宁主义,、毛泽东思想,、邓小平理论。\n"
            "代表方向,,代表根本利益,。党的理想,,是共产主义,,实现目标,我们。\n")
    assert len(farm_cut_commas(page)) == 7
