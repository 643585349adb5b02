"""Paragraphs cut after every sentence (set 6 ``h6_layout_sentence_lines``; layout24, clean/sentence_lines.py).

Members built for beyond the benchmark's cut after ``。`` and ``；``: a cut after ``？``/``！`` and after a closing
quote, a page with chapters and a signature, a law's last article whose second sentence opens on a date.
Negatives that must stay byte-identical: a law writing each 款 on a line of its own with blank lines between its
articles only; a page of multi-sentence paragraphs that breaks a line after some sentences; item lists; a
signature block; an HTML page (its lines are its blocks)."""

from __future__ import annotations


import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.layout import join_hard_wraps
from corpus_tools.clean.sentence_lines import sentence_cut_joins
from tests.timing import cpu_seconds

#: The law as its 款 are (each a paragraph of the page), then the same page cut after every sentence.
PARAGRAPHS = [
    "第一条 为了加强物业管理，维护业主的合法权益，制定本条例。",
    "第二条 本条例适用于本市行政区域内的物业管理活动。法律、行政法规另有规定的，从其规定。",
    "本条例所称物业管理，是指业主通过选聘物业服务企业进行维修、养护、管理的活动；业主自行管理的，参照本条例执行。",
    "第三条 市住房城乡建设主管部门负责本市物业管理的监督管理工作。区人民政府应当加强领导！各部门应当如何配合？由市人民政府规定。",
    "第四条 业主大会应当“依法履行职责。”不得作出与物业管理无关的决定。",
    "本条第一款规定的决定，应当公告。",
    "第五条 本条例自2021年1月1日起施行。2000年7月29日某市人民代表大会常务委员会第十七次会议通过的《某市物业管理办法》同时废止。",
]
CLEAN = "某市物业管理条例\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def _cut(paragraph: str) -> str:
    out = []
    for i, ch in enumerate(paragraph):
        out.append(ch)
        nxt = paragraph[i + 1] if i + 1 < len(paragraph) else ""
        if ch in "。；！？”" and nxt and nxt not in "”":
            out.append("\n")
    return "".join(out)


CUT = "某市物业管理条例\n\n" + "\n\n".join(_cut(p) for p in PARAGRAPHS) + "\n"


def test_the_cut_page_gets_its_paragraphs_back():
    assert CUT != CLEAN
    result = clean_and_explain(CUT)
    assert result.text == CLEAN
    assert any("cut after every sentence" in (e.detail or "") for e in result.edits)


def test_the_clean_page_is_not_touched():
    assert sentence_cut_joins(CLEAN) == []


def test_chapters_and_a_signature_stay_lines_of_their_own():
    page = ("某市物业管理条例\n\n第一章 总则\n\n" + "\n\n".join(_cut(p) for p in PARAGRAPHS[:4])
            + "\n\n第二章 附则\n\n" + "\n\n".join(_cut(p) for p in PARAGRAPHS[4:]) + "\n\n某市人民代表大会常务委员会\n2020年12月1日\n")
    out = clean(page)
    assert "\n\n第二章 附则\n\n" in out and out.endswith("某市人民代表大会常务委员会\n2020年12月1日\n")
    assert PARAGRAPHS[1] in out and PARAGRAPHS[6] in out


NEGATIVES = {
    # each 款 a line of its own, blank lines between the articles only (a law whose 款 are one sentence each)
    "kuan_lines": "某市条例\n\n第一条 为了规范管理，制定本条例。\n本条例适用于本市。\n\n第二条 市政府负责实施。\n区政府配合。\n\n"
                  "第三条 各部门应当配合。\n乡镇人民政府协助。\n\n第四条 本条例自公布之日起施行。\n",
    # paragraphs of several sentences; the page breaks the line after some sentences: its breaks are meant
    "multi": "某市条例\n\n第一条 为了规范管理，制定本条例。本条例适用于本市。\n\n本条例所称管理，是指登记活动。登记应当公开。\n\n"
             "第二条 市政府负责实施。区政府配合。\n本款规定不适用于乡镇。\n\n本条所称部门，是指市级部门。各区参照执行。\n\n"
             "第三条 各部门应当配合。各区应当配合。\n本条例自公布之日起施行。\n",
    # item lists and a signature under blank-line paragraphs
    "items": "某市条例\n\n第一条 为了规范管理，制定本条例。\n\n本条例所称管理，是指登记活动。\n\n第二条 有下列情形之一的，不予登记：\n"
             "（一）材料不全的；\n（二）逾期申请的；\n（三）其他情形。\n\n本条所称材料，是指申请书。\n\n第三条 本条例自公布之日起施行。\n\n"
             "某市人民政府\n2020年1月1日\n",
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_pages_whose_breaks_are_meant_stay_byte_identical(name):
    page = NEGATIVES[name]
    assert sentence_cut_joins(page) == []
    assert clean(page) == page


def test_an_html_page_is_read_by_its_blocks():
    assert join_hard_wraps(CUT, source_format="html")[0] == CUT


def test_linear_in_the_page():
    times = [cpu_seconds(sentence_cut_joins, CUT * n) for n in (50, 500)]
    assert times[1] < 30 * max(times[0], 5e-3), times


def test_an_amending_decision_with_quoted_paragraphs_stays():
    # 江西省人民政府令第223号 (field21 jx_policy_txt): each quoted paragraph of an amendment opens with its quote,
    # one a line, no blank line between; a page that lost its article labels elsewhere has blank lines
    head = "第223号\n省人民政府决定对《某办法》作如下修改：\n"
    items = "".join(f"{n}、将第{n}条修改为：“甲应当办理登记。\n“乙应当配合。\n“（一）丙；\n“（二）丁。”\n" for n in "一二三四五六")
    tail = "本决定自公布之日起施行。\n\u3000\n" + "\n\u3000\n".join(["为了规范管理，制定本办法。", "本办法适用于本省。\n本办法所称人员，是指流动人口。"] * 3) + "\n"
    page = head + items + tail
    assert sentence_cut_joins(page) == []


def test_a_page_that_lost_its_labels_blank_lines_between_articles_stays():
    # pages_tw_hk's 宜蘭縣法規準據自治條例: no article label; a blank line between articles, a line a 款
    page = "某县自治条例\n\n第一章 总则\n" + "\n\n".join(
        ["本府为办理委办事项，订定委办规则。\n除法律另有规定外，于委办规则准用之。",
         "县自治条例不得抵触宪法。\n县自治规则不得抵触法律。\n县委办规则不得抵触中央法令。",
         "县自治条例为经县议会通过之县规章。\n县自治条例应冠以本县之名称。",
         "本条例自公布日施行。"]) + "\n"
    assert sentence_cut_joins(page) == []
    assert clean(page) == page
