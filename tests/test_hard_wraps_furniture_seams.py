"""hard_wraps joins no cut line across the place where a furniture rule removed lines (field test 19, F19-A2).

Real: wenke99's preview of 中国地名汉语拼音字母拼写规则 (field19, pages19_pinyin_neg) ended mid-sentence and its
footer was removed; hard_wraps glued the cut line to the site's sentence after the footer.  The field tester's blind
H5/H7 (/work/notes/field19/blind.md) put ``文章来源于网络，如有侵权请联系删除。`` and
``以上内容仅供参考，具体以官方发布为准。`` after a cut article and a footer; N1-N6 are precf19c's own
(/work/notes/precf19c/blind.md, written before the code).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain, furniture_seams
from corpus_tools.records import Edit

HEAD = ("某某市建设工程管理办法\n第一条 为了规范建设工程管理，制定本办法。\n"
        "第二条 建设单位应当在开工前向主管部门提出申请，经主管部门审批后")
FOOTER = "版权所有：某某市人民政府  网站标识码：1234000001"


@pytest.mark.parametrize("footer, tail", [
    (FOOTER, "文章来源于网络，如有侵权请联系删除。"),  # H5 (field19's blind)
    (FOOTER, "以上内容仅供参考，具体以官方发布为准。"),  # H7 (field19's blind)
    ("版权所有：某某市人民政府 网站标识码：3201000002", "文章仅供学习交流，版权归原作者所有。"),  # N1
    ("【打印本页】【关闭窗口】", "欢迎关注我们的微信公众号获取更多资讯。"),  # N2
    ("Copyright © 2020 某某网 All Rights Reserved", "如需转载请与编辑部联系。"),  # N3
    ("主办单位：某某市人民政府办公室", "更多精彩内容请点击进入专题。"),  # N4
])
def test_cut_article_is_not_glued_to_the_tail_after_a_removed_footer(footer, tail):
    result = clean_and_explain(f"{HEAD}\n{footer}\n{tail}\n")
    assert any(e.rule == "site_furniture" for e in result.edits)  # the seam is there
    assert f"审批后\n{tail}" in result.text
    assert not [e for e in result.edits if e.rule == "hard_wraps"]


def test_without_the_footer_the_cut_article_is_joined_as_before():
    """Control: the same two lines with nothing removed between them are read as a wrap (the rule's own evidence)."""
    result = clean_and_explain(f"{HEAD}\n文章来源于网络，如有侵权请联系删除。\n")
    assert "审批后文章来源于网络" in result.text


def test_seams_follow_later_edits():
    assert furniture_seams([], [Edit("site_furniture", 10, 20, "abcdefghi\n", "", "")], True) == [10]
    assert furniture_seams([10], [Edit("width", 0, 2, "ab", "a", "")], False) == [9]
    assert furniture_seams([10], [Edit("width", 12, 13, ",", "，", "")], False) == [10]
    # an edit that removes no newline leaves no seam
    assert furniture_seams([], [Edit("site_furniture", 3, 8, "【打印】", "", "")], True) == []


def test_hostile_many_seams_is_linear():
    page = "\n".join(f"第{i}条 经主管部门审批后\n【打印本页】【关闭窗口】" for i in range(1, 8000))
    result = clean_and_explain(page[:200_000])
    assert result.text
