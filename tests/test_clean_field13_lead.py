"""Field test 13, found by the lead's field tester and fixed by the lead: real snippets.

Sources are named per test; the pages are copies of other people's crawls (data only).
"""

from __future__ import annotations

from corpus_tools.clean import clean_and_explain

# JunFengXiang/electricity-policy-rag @ e341d99, 03_处理后文本/2021-02-05_天津_…实施细则的通知.txt:
# 天津政务网's metadata box as its extractor wrote it, one label or one value a line.
TIANJIN_BOX = (
    "名 称 ：\n市工业和信息化局关于印发2021年春节期间电力需求响应实施细则的通知\n索 引 号 ：\n"
    "11120000MB1896646L/2021-00073\n发 布 机 构 ：\n天津市工业和信息化局\n发 文 字 号 ：\n"
    "津工信电力〔2021〕3号\n主 题 ：\n科技工业信息化\\工业;科技工业信息化\\信息化\n成 文 日 期 ：\n"
    "发 文 日 期 ：\n有 效 性 ：\n有效\n"
)


def test_box_value_is_not_joined_to_the_next_bare_label():
    """F13-A1: a value holding ``；`` was glued to the next label (``…信息化成 文 日 期 ：``)."""
    result = clean_and_explain(TIANJIN_BOX)
    assert "信息化\n成 文 日 期 ：" in result.text
    assert not [e for e in result.edits if e.rule == "hard_wraps"]
    # the half-width semicolon in a Chinese value is still made full width (the width rule's evidence)
    assert "工业；科技" in result.text


def test_unspaced_labels_likewise():
    result = clean_and_explain("主题：\n工业；信息化\n成文日期：\n2021年2月2日\n")
    assert result.text == "主题：\n工业；信息化\n成文日期：\n2021年2月2日\n"


def test_a_wrapped_sentence_ending_on_a_colon_is_still_joined():
    """The guard asks for a box (a bare label before the value, or a label：value line), not any colon."""
    text = "第一条 为了规范管理，本办法所称的信息，包括以下\n内容：\n（一）姓名；\n"
    result = clean_and_explain(text)
    assert result.text.startswith("第一条 为了规范管理，本办法所称的信息，包括以下内容：\n")
