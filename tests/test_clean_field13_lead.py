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


# /work/shared/real/bjtcm 039_t20191219_1337977.html (北京市中医管理局 repost of a 卫生部 notice): three bodies
# sign side by side on one line; the file line above them is the notice's own attachment.
BJTCM_JOINT = (
    "现印发给你们，请遵照执行。执行中有关情况请及时报卫生部医政司、国家中医药管理局医政司和总后卫生部药品器材局。\n"
    "附件：医疗机构药事管理规定.doc\n卫生部\u3000\u3000国家中医药管理局\u3000\u3000总后勤部卫生部\n二〇一一年一月三十日\n"
    "医疗机构药事管理规定\n第一章\u3000总则\n第一条 为加强医疗机构药事管理，促进药物合理应用，制定本规定。\n"
)
# JunFengXiang/electricity-policy-rag @ e341d99, 01_原始资料/官方政策/2019-05-31_上海_…通知.html (沪发改规范〔2019〕7号):
# three issuers a line each.
SHANGHAI_THREE = (
    "我们研究制订了《上海市省间清洁购电交易机制实施办法（试行）》，现印发给你们，请按照执行。\n"
    "附件：上海市省间清洁购电交易机制实施办法（试行）.docx\n上海市发展和改革委员会\n上海市经济和信息化委员会\n"
    "国家能源局华东监管局\n2019年5月30日\n"
)


def test_attachment_file_above_a_joint_signature_is_kept():
    """F13-A4: the notice's own 附件 line was deleted as a download list when several bodies signed."""
    for text in (BJTCM_JOINT, SHANGHAI_THREE):
        result = clean_and_explain(text, rules=["site_furniture"])
        assert result.text == text, result.edits


def test_download_list_with_no_signature_after_still_goes():
    text = "第九条 本办法自公布之日起施行。\n附件下载：\n某办法.docx\n上海市发展和改革委员会\n分享到：\n"
    result = clean_and_explain(text, rules=["site_furniture"])
    assert "某办法.docx" not in result.text
