"""Width rule, session 22: the blank left after a full-width mark (F20-B4) and ASCII pairs over a line
break (F20-B3).

F20-B4 (field test 20): a page typed on a Latin keyboard writes ``资金, 并提高``; the rule made the comma
full width and the blank stayed inside the sentence (``资金， 并提高``): pages_mirrors/law413_beijing_jieshui.txt
(法律资料网) and a cmde.org.cn guideline (31, ``指导性文件， 但不包括``).  On a page that shows two blanks or more
after marks ending a clause, the one blank between a full-width clause or closing mark and a Han character
goes, each deletion an edit of its own.  Layout blanks stay (labels, fields, tables, padded pairs, the blank
after ``。？！`` that may be a lost paragraph break).

F20-B3: an ASCII pair over a line break whose halves the rule decides apart stays ASCII (the rule converts
both or neither) and is now reported (pages_mirrors/law277_shenzhen_tingzheng.txt: no finding before).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.width import normalize_width

#: /work/field20/pages_mirrors/law413_beijing_jieshui.txt, lines 11-15 (the three ``, `` of the page and its
#: nine commas without a blank).
LAW413 = (
    "第一条 为积累节约用水措施建设资金, 并提高资金使用的社会、经济效益,加快节约用水设施建设,制定本办法。\n"
    "第二条 市节约用水办公室设立节约用水措施专项基金(以下简称基金),实行有偿使用。\n"
    "第三条 基金由市节约用水办公室统一管理, 独立核算,专款专用,不得挪作他用。\n"
    "第四条 基金来源:市财政拨款,企业自筹,银行贷款。\n"
    "第五条 基金使用采取借款方式, 借款业务由市节约用水办公室委托银行办理。\n"
)

#: The two sentences of cmde.org.cn guideline 31 (可吸收止血产品注册审查指导原则, 征求意见稿) with the blank.
CMDE31 = (
    "本指导原则是供申请人和技术审评人员的指导性文件, 但不包括注册审批所涉及的行政事项，"
    "亦不作为法规强制执行, 如果有能够满足相关法规要求的其他方法，也可以采用。"
)


def test_law413_loses_the_blanks_after_its_commas():
    out, edits, _ = normalize_width(LAW413)
    assert "建设资金，并提高" in out and "统一管理，独立核算" in out and "借款方式，借款业务" in out
    assert "， " not in out
    blanks = [e for e in edits if e.after == "" and e.before == " "]
    assert len(blanks) == 3
    assert all("blank after a full-width mark" in e.detail for e in blanks)
    assert [LAW413[e.start - 1 : e.end + 1] for e in blanks] == [", 并", ", 独", ", 借"]


def test_the_guideline_loses_its_two_blanks():
    out, edits, _ = normalize_width(CMDE31)
    assert "指导性文件，但不包括" in out and "强制执行，如果有" in out
    assert sum(e.before == " " for e in edits) == 2


def test_full_width_marks_on_the_page_lose_their_blank_too():
    text = "依照《中华人民共和国水法》 规定，为积累节约用水措施建设资金， 并提高资金使用效益、 加快设施建设， 制定本办法。"
    out, _, _ = normalize_width(text)
    assert out == "依照《中华人民共和国水法》规定，为积累节约用水措施建设资金，并提高资金使用效益、加快设施建设，制定本办法。"


@pytest.mark.parametrize(
    "text",
    [
        # one blank on the page: a slip (the case table's ``的， 还应当`` too)
        "设置大型户外广告设施的， 还应当提交具备相应资质的设计单位出具的安全证明。",
        # blanks after a list of short words: no clause before them
        "本市，区，县，乡， 镇， 村， 组，户",
        # a blank after a full stop: the only trace of a lost paragraph break (the clean corpus writes it)
        "有权向公安机关或者其他有关部门检举、控告。 受理检举、控告的部门应当为其保密。 辅警的回避，由其所在单位决定。",
        # two blanks: a layout's gap
        "书应当载明委托的事项、权限和期限等内容，\u3000\u3000并有委托人的签名或者盖章，\u3000\u3000经审查同意。",
    ],
)
def test_blanks_without_the_pages_evidence_stay(text):
    assert normalize_width(text) == (text, [], [])


#: Two clauses typed with a blank after their mark: the page's evidence (under the padded-marks rule's five).
TYPED = "为积累节约用水措施建设资金， 并提高资金使用效益； 制定本办法。\n"


@pytest.mark.parametrize(
    "line, kept",
    [
        ("发布机构： 上海市科学技术委员会\n", "发布机构： 上海市"),  # a field's label
        ("检索关键词： 人工智能， 北斗\n", "人工智能， 北斗"),  # a field's line
        ("一、 总则\n", "一、 总则"),  # a heading's number
        ("第一条（立法目的） 为了规范管理。\n", "（立法目的） 为了"),  # an article's bracketed heading
        ("（一） 打骂、猥亵幼儿的；\n", "（一） 打骂"),  # an item's number
        ("在縣 （市） 設縣議會。\n", "縣 （市） 設"),  # a pair padded on both sides: the source's style
        ("项目   名称   数量   合计， 甲乙\n", "合计， 甲乙"),  # a table's columns
    ],
)
def test_layout_blanks_stay_on_a_page_that_types_blanks_after_marks(line, kept):
    out, edits, _ = normalize_width(line + TYPED)
    assert kept in out
    assert out.endswith("为积累节约用水措施建设资金，并提高资金使用效益；制定本办法。\n")
    assert len(edits) == 2 and all(e.before == " " and e.after == "" for e in edits)


def test_a_letterspaced_page_keeps_its_blanks_for_cjk_spaces():
    page = "第 二 條 在 本 條 例 中 ， 除 文 意 另 有 所 指 外 ， 下 列 詞 語 具 有 以 下 涵 義 ： 甲 乙"
    assert normalize_width(page)[0] == page


def test_the_whole_pipeline_writes_law413_without_the_blanks():
    out = clean_and_explain(LAW413).text
    assert "建设资金，并提高" in out and "， " not in out


#: /work/field20/pages_mirrors/law277_shenzhen_tingzheng.txt, lines 26-27: an adoption note over two lines.
LAW277_NOTE = (
    "(2001年10月17日深圳市第三届人民代表大会常务委员会第十一次会议通过\n"
    "2001年12月3日广东省第九届人民代表大会常务委员会第二十九次会议批准)\n"
)


def test_a_pair_over_a_line_break_kept_ascii_is_reported():
    out, _, warnings = normalize_width(LAW277_NOTE)
    assert out == LAW277_NOTE  # (both halves or neither: the ``(`` before a digit is decided apart)
    reported = [w for w in warnings if "line break" in w.message and w.excerpt.startswith("(2001")]
    assert len(reported) == 1 and reported[0].position == 0


def test_a_pair_over_a_line_break_converted_whole_is_not_reported():
    out, _, warnings = normalize_width("本条例(第一\n款)规定")
    assert out == "本条例（第一\n款）规定" and warnings == []
    assert normalize_width("f(x\n)")[2] == []


@pytest.mark.parametrize("pattern", ["甲(乙" * 40 + "\n", "资金， 并提高，" * 20 + "\n"])
def test_long_lines_are_read_in_linear_time(pattern):
    """A line holding thousands of ``(`` was read to its end for each of them (look-ahead now bounded),
    and each blank after a mark reads a bounded stretch back."""
    from tests.test_hostile import bounded

    text = pattern * (400_000 // len(pattern))
    assert bounded(lambda t: len(normalize_width(t)[0]), text, seconds=20) <= len(text)


def test_on_a_typed_page_the_blank_after_a_full_stop_stays():
    """A blank after ``。`` may be a lost paragraph break's only trace (a PDF's text: tests/test_pdf17.py), so it
    stays even on a page typing blanks after its commas (the lead's decision, session 22)."""
    page = "第一条 " + TYPED.replace("制定本办法。", "制定本办法。 本办法自公布之日起施行。 第二条 本市负责实施。")
    out, _, _ = normalize_width(page)
    assert "制定本办法。 本办法自公布之日起施行。 第二条" in out


def test_the_blank_after_a_full_stop_stays_on_a_page_whose_lines_a_crawler_joined():
    joined = "第一章 总则 第一条 " + TYPED.strip() + " 本办法自公布之日起施行。 第二条 甲乙丙丁戊己。 第三条 庚辛壬癸。 第四条 子丑。"
    out, _, _ = normalize_width(joined)
    assert "制定本办法。 本办法自公布之日起施行。" in out
    assert "建设资金，并提高" in out


def test_item_labels_lose_their_blank_where_the_page_writes_most_labels_without():
    items = "（一） 甲乙丙丁；\n（二）戊己庚辛；\n（三）壬癸子丑。\n一、 总则\n二、分则\n三、附则\n"
    out, _, _ = normalize_width(TYPED + items)
    assert "（一）甲乙丙丁；" in out and "\n一、总则\n" in out
    # a page writing its labels with a blank keeps them
    items = "（一） 甲乙丙丁；\n（二） 戊己庚辛；\n（三）壬癸子丑。\n"
    assert "（一） 甲乙丙丁；\n（二） 戊己庚辛；" in normalize_width(TYPED + items)[0]
    # ASCII item brackets: their conversion is not decided here, nor their blank
    items = "(一) 甲乙丙丁；\n(二)戊己庚辛；\n(三)壬癸子丑。\n"
    assert "（一） 甲乙丙丁" in normalize_width(TYPED + items)[0]
