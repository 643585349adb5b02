"""Precision fixes for review 18's findings (precr18).

R18-F1: a blank-line page that is no printed copy (a notice, a form, an oath written one paragraph a line) whose
lines end on a comma is no double-spaced copy: the double-spacing reading needs lines carried down by a typesetter
(one character and its stop: ``例。``, ``款；``) as well.  Review 18's probes: tests/real_pages/precr18 (README.md).
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.double_spacing import is_double_spaced

PROBES = Path(__file__).parent / "real_pages" / "precr18"
LAYOUT18 = Path(__file__).parent / "real_pages" / "layout18"


def _probe(name: str) -> str:
    return (PROBES / name).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- R18-F1: blank-line pages with comma ends


def test_r18_f1_a_notice_whose_items_end_on_commas_keeps_its_closing_formula_apart():
    page = _probe("p01_blankline_notice_commas.txt")
    assert not is_double_spaced(page)
    result = clean_and_explain(page)
    assert not [e for e in result.edits if e.rule == "hard_wraps"]
    assert "开展安全宣传，\n\n特此通知。" in result.text


def test_r18_f1_a_form_keeps_its_signature_line():
    page = _probe("p06_form_blankline.txt")
    assert not is_double_spaced(page)
    result = clean_and_explain(page)
    assert not [e for e in result.edits if e.rule == "hard_wraps"]
    assert "安全资格证书，\n\n申请人（签章）：" in result.text
    assert "法律责任，\n\n请予审查。" in result.text


def test_r18_f1_the_oath_printed_one_clause_a_line_stays():
    page = _probe("p02_oath_blankline.txt")
    assert not is_double_spaced(page)
    assert not [e for e in clean_and_explain(page).edits if e.rule == "hard_wraps"]


def test_r18_f1_real_double_spaced_copies_are_still_read():
    # both real copies of layout18 (a law of the shared corpus, wtabcd's PDF copy) carry lines down
    for name in ("pingdingshan_greening_double_spaced.md", "wtabcd_cap1_double_spaced.txt"):
        assert is_double_spaced((LAYOUT18 / name).read_text(encoding="utf-8")), name


# Blind variants (written in /work/notes/precr18/blind.md before the change)


def _blank_line_page(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_r18_f1_blind_items_ending_on_enumeration_commas_or_title_marks():
    b1 = _blank_line_page(
        [f"{n}、加强安全生产隐患排查治理工作，落实企业主体责任、" for n in "一二三四"]
        + ["特此通知。", "北京市应急管理局"]
    )
    b2 = _blank_line_page(
        [f"会议传达学习了有关文件精神并审议通过了第{n}项议题《" for n in "一二三四"] + ["会议要求，抓好落实。"]
    )
    for page in (b1, b2):
        assert not is_double_spaced(page)
        assert clean_and_explain(page).text.endswith(page.rstrip("\n").rsplit("\n\n", 1)[-1] + "\n")


def test_r18_f1_blind_one_carried_down_line_is_not_enough_but_two_are():
    commas = [f"第{n}条 各级人民政府应当加强对本行政区域内的管理工作，" for n in "一二三四"]
    one = _blank_line_page(commas + ["负责本行政区域内的城市绿化工作，依照本条", "例。"])
    assert not is_double_spaced(one)
    two = _blank_line_page(
        commas + ["负责本行政区域内的城市绿化工作，依照本条", "例。", "违反本条例规定的，依照有关法律、法规的规", "定；"]
    )
    assert is_double_spaced(two)


# --------------------------------------------------------------------------- R18-F6: U+000B on a page with a table row


def _clean_vt(page: str):
    result = clean_and_explain(page)
    assert "\x0b" not in result.text
    assert not [w for w in result.warnings if "table row" in w.message]
    return result.text


def test_r18_f6_manual_line_breaks_beside_a_table_row_are_line_breaks():
    text = _clean_vt(_probe("p16_vt.txt"))
    assert text == ("第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市行政区域内的单位和个人。\n"
                    "第三条 附表见下\n序号\t名称\n1\t甲\n")
    assert _clean_vt(_probe("p17_vt_notab.txt")).startswith("第一章 总则\n第一条 ")


def test_r18_f6_blind_the_row_first_and_a_three_column_table():
    assert _clean_vt("序号\t名称\x0b1\t甲\x0b第一条 为了规范管理，制定本办法。\x0b第二条 本办法自公布之日起施行。\n") == (
        "序号\t名称\n1\t甲\n第一条 为了规范管理，制定本办法。\n第二条 本办法自公布之日起施行。\n")
    assert _clean_vt("附件：\x0b序号\t项目\t金额\x0b1\t办公费\t200\x0b2\t差旅费\t300\n") == (
        "附件：\n序号\t项目\t金额\n1\t办公费\t200\n2\t差旅费\t300\n")


def test_r18_f6_a_manual_line_break_inside_a_cell_still_goes():
    # the two pieces of a cell hold unequal tab counts: no row edge, the U+000B goes as before (no row split)
    assert _clean_vt("甲\t乙\t为了\x0b规范\t丁\n1\t2\t3\t4\n") == "甲\t乙\t为了规范\t丁\n1\t2\t3\t4\n"


# --------------------------------------------------------------------------- R18-F4: the issuer's own 法律声明


def _furniture(page: str) -> list[str]:
    return [e.before.strip() for e in clean_and_explain(page).edits if e.rule == "site_furniture"]


def test_r18_f4_a_companys_own_legal_statement_stays():
    page = _probe("p10_disclaimer_company.txt")
    assert _furniture(page) == []
    assert "法律声明：本公司及董事会全体成员保证" in clean_and_explain(page).text


def test_r18_f4_the_mirrors_disclaimer_still_goes():
    assert _furniture(_probe("p11_disclaimer_tail.txt")) == ["版权声明：本网站所载法规文本仅供参考，转载请注明出处。"]


def test_r18_f4_blind_a_courts_statement_stays_a_sites_disclaimer_goes():
    court = "第二十条 本规定自发布之日起施行。\n\n法律声明：本院依法公开的裁判文书，同时在本院网站和中国裁判文书网公布。\n"
    assert _furniture(court) == []
    site = "第二十条 本规定自发布之日起施行。\n\n法律声明：网站所载法规来源于各级人大及政府网站，仅供参考。\n"
    assert _furniture(site) == ["法律声明：网站所载法规来源于各级人大及政府网站，仅供参考。"]


# --------------------------------------------------------------------------- R18-F5: numbered lines with trailing bars


def test_r18_f5_a_numbered_list_with_trailing_bars_is_no_menu():
    page = _probe("p14_pipe_attach_list.txt")
    assert _furniture(page) == []
    assert "1. 申请表 |\n2. 承诺书 |\n3. 材料清单 |" in clean_and_explain(page).text


def test_r18_f5_a_site_menu_still_goes():
    assert _furniture(_probe("p12_pipe_menu_pos.txt"))


def test_r18_f5_blind_full_width_numbers_and_other_item_forms_stay():
    for items in (["１．申请表 ｜", "２．承诺书 ｜", "３．材料清单 ｜"], ["（一）申请表 |", "（二）承诺书 |", "（三）材料清单 |"],
                  ["一、通知公告 |", "二、政策法规 |", "三、办事指南 |"]):
        page = "附件：\n" + "\n".join(items) + "\n第一条 申请人应当提交下列材料。\n"
        assert _furniture(page) == [], items


# --------------------------------------------------------------------------- R18-F7: a title's own first words


def test_r18_f7_titles_opening_on_a_trade_and_an_organ_word_keep_it():
    from corpus_tools.structure.metadata import tidy_title

    # review 18's probes: real titles wrapped in two and joined with a blank
    for title in ("期货公司\u3000风险监管指标管理办法", "贷款公司 管理暂行规定", "彩票公司 设立审批办法",
                  "配资公司 清理整顿工作方案", "外汇网 上交易管理规定", "网贷平台 风险专项整治工作实施方案"):
        assert tidy_title(title, "", 0) == title
    # the spam site's search keyword still goes (field test 17 F17-N4, lianzhaobiao.com)
    assert tidy_title("炒股配资技巧 场外配资清理的合法性分析", "", 0) == "场外配资清理的合法性分析"
    assert tidy_title("股票配资开户 场外配资清理的合法性分析", "", 0) == "场外配资清理的合法性分析"
