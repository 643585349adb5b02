"""Review 17 (precr17p): a bare page number under a footer line, then the page's end (a blank line), proves the
footer a running line (pdf17's copyright and marking lines); a table's row number that opens its row's cell stays
(precf17's F17-A1 guard).  Blind members of /work/notes/precr17p/blind.md."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus_tools.clean.running_heads import running_title_spans  # noqa: E402
from test_pdf17 import _paged  # noqa: E402

FILLER = "申请人应当提交身份证明材料复印件一份，并加盖公章；材料不齐全的，受理机关应当一次性告知需要补正的全部内容。\n" * 8


def _removed(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in running_title_spans(text)]


def test_footer_number_blank_header_goes():
    text = _paged([f"Copyright © 2021 上海市司法局\n{n}\n\n仅供内部参考\n" for n in (1, 2, 3)])
    assert _removed(text) == [f"Copyright © 2021 上海市司法局\n{n}\n\n仅供内部参考" for n in (1, 2, 3)]


def test_footer_number_two_blanks_form_feed_header_goes():
    text = _paged([f"版权所有 上海市司法局\n{n}\n\n\n\f内部资料 注意保存\n" for n in (4, 5, 6)])
    removed = _removed(text)
    assert len(removed) == 3 and all("版权所有" in r and "内部资料" in r for r in removed)


def test_row_number_opening_its_cell_stays():
    t = ("附件1\n" + FILLER + "主审材料（可用容缺审批初审\n序号 事项名称 材料类型\n3\n意见替代）\n" + FILLER
         + "容缺材料（可用承诺书\n序号 事项名称 材料类型\n4\n替代）\n" + FILLER)
    assert running_title_spans(t) == []


def test_restarting_row_numbers_with_blank_lines_stay():
    t = ("附件1\n" + FILLER + "主审材料（可用容缺审批初审\n序号 事项名称 材料类型\n1\n\n意见替代）\n" + FILLER
         + "容缺材料（可用承诺书\n序号 事项名称 材料类型\n1\n\n替代）\n" + FILLER
         + "其他材料（可用证明\n序号 事项名称 材料类型\n1\n\n替代）\n" + FILLER)
    assert running_title_spans(t) == []


# --------------------------------------------------------------------------- page-foot notes vs an article's circled list
# Review 17's probes p19b/p19c (/work/notes/review17/probes): an article's list opened by ①② at a page end, its items
# cited as 第①项 by an earlier article, an inline enumeration of the same markers.  Nothing of it is an editor's note.

from corpus_tools.clean import clean_and_explain  # noqa: E402
from corpus_tools.clean.page_notes import page_foot_notes  # noqa: E402

_P19C = ("某某市市场主体登记管理办法\n第一条 为了规范市场主体登记管理行为，制定本办法。\n"
         "第二条 有下列情形之一的，登记机关不予登记：①名称不符合规定的；②住所不符合规定的。有前款第①项、第②项情形的，申请人可以补正。\n"
         "第三条 市场主体有下列情形之一的，应当申请变更登记：\n① 修改章程的；\n② 增加或者减少注册资本的；\n- 3 -\n"
         "第四条 本办法自发布之日起施行。\n")
_P19B = ("某某市市场主体登记管理办法\n第一条 为了规范市场主体登记管理行为，制定本办法。\n第二条 申请人应当提交①登记申请书②主体资格证明③章程。\n"
         "第三条 市场主体有下列情形之一的，应当自作出决定之日起三十日内申请变更登记，\n① 修改章程的；\n② 增加或者减少注册资本的；\n"
         "③ 调整经营范围的；\n登记机关应当自受理之日起三日内作出决定。\n第四条 本办法自发布之日起施行。\n")


def test_a_circled_list_at_a_page_end_and_its_item_references_stay():
    assert page_foot_notes(_P19C) == ([], [])
    out = clean_and_explain(_P19C).text
    assert "有前款第①项、第②项情形的" in out and "① 修改章程的；\n② 增加或者减少注册资本的；" in out


def test_a_circled_list_under_an_inline_enumeration_stays():
    assert page_foot_notes(_P19B) == ([], [])
    out = clean_and_explain(_P19B).text
    assert "提交①登记申请书②主体资格证明③章程" in out and "③ 调整经营范围的；\n登记机关" in out


def test_an_editors_note_still_goes_beside_an_item_reference():
    """A real note's shape (本条…经…修改, at a page number) still goes when the page also cites 第①项 elsewhere."""
    text = ("第一条 为了规范管理，制定本办法。\n第二条 有前款第①项情形的，申请人可以补正。\n"
            "第三条 市公积金管理中心应当自受理①申请之日起十五日内作出决定，由受托\n① 本条第二款经2019年5月1日修改。\n- 3 -\n银行办理贷款手续。\n")
    lines, marks = page_foot_notes(text)
    assert [text[a:b] for a, b in marks] == ["①"] and text.index("受理①") + 2 == marks[0][0]


# --------------------------------------------------------------------------- chapter running heads name the chapter in force

def test_another_chapters_heading_after_a_page_foot_stays():
    """Rules compiled after a law: their ``第一章　总则`` after the law's last page foot is their own heading, not a
    running head (the page is in the law's 第二章); the law's own running heads still go."""
    from corpus_tools.clean.running_heads import chapter_running_heads

    body = "为了保护和改善生态环境，保障流域的经济和社会可持续发展，制定本条例。" * 4
    t = ("某某条例\n第一章　总则\n第一条 " + body + "\n第二条 并作为对有关主管部\n- 1 -\n第一章　总则\n门考核评价的内容。" + body
         + "\n第二章　监督\n第三条 " + body + "省人民政府应当加强对流域\n- 2 -\n第二章　监督\n水环境保护工作的领导。\n"
         + "第四条 本条例自公布之日起施行。\n- 3 -\n第一章　总则\n根据某某条例，制定本细则。各区人民政府应当执行。\n")
    assert [t[a:b] for a, b in chapter_running_heads(t)] == ["- 1 -\n第一章\u3000总则", "- 2 -\n第二章\u3000监督"]
    assert "施行。\n第一章　总则\n根据某某条例" in clean_and_explain(t).text
    same = t.replace("- 3 -\n第一章　总则\n根据", "- 3 -\n第二章　监督\n根据")  # (the chapter in force: its head goes)
    assert len(chapter_running_heads(same)) == 3


def test_the_title_a_colon_announces_after_a_page_foot_stays():
    """A proven running title's recurrence after a paragraph ending on ``：`` is what the colon announces (blind N6)."""
    title = "上海市住房公积金管理若干规定"
    text = (_paged([f"- {n} -\n{title}" for n in (1, 2)]) + "第九条 下列文件的名称应当统一为：\n- 3 -\n" + title
            + "\n前款文件由市人民政府公布。\n")
    assert [text[a:b].strip() for a, b in running_title_spans(text)] == [f"- {n} -\n{title}" for n in (1, 2)]
    ended = text.replace("统一为：", "统一。")  # (after a sentence's end: the running title goes)
    assert len(running_title_spans(ended)) == 3
