"""A law wrapped in a tool's output (wrap28): a converter's hard-break marks, an OCR model's inline math and
page comments, a version-control patch, a recorded terminal session, a chat assistant's answer.

Members built for beyond the development set's: LaTeX's ``\\\\`` and AsciiDoc's `` +`` hard breaks, ``\\(…\\)``
math, Azure Document Intelligence's and docling's comments, ``less``'s prompts and a ``[root@host ~]#``
prompt, a ``format-patch`` mail, other assistants' phrasing.  Negatives: a law that legitimately writes ``+``,
``$``, ``\\``, ``@@``, a command line or the second person stays byte-identical."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.hard_breaks import hard_break_marks
from corpus_tools.clean.inline_math import inline_math_numbers
from corpus_tools.clean.patches import patch_edits
from corpus_tools.clean.tool_sessions import assistant_answer_lines, terminal_session_lines
from tests.timing import cpu_seconds

TITLE = "某市物业管理条例"
ARTICLES = ["第一条 为了规范物业管理活动，维护业主和物业服务企业的合法权益，改善人民群众的生活和工作环境，制定本条例。",
            "第二条 本条例适用于本市行政区域内的物业管理活动及其监督管理。",
            "第三条 市住房城乡建设主管部门负责本市物业管理活动的监督管理工作，区人民政府负责本辖区内的相关工作。",
            "第四条 本条例自2021年1月1日起施行，物业服务费用上浮不得超过30%。"]
LAW = TITLE + "\n\n" + "\n\n".join(ARTICLES) + "\n"


def _wrapped(mark: str, width: int = 14) -> str:
    out = [TITLE, ""]
    for article in ARTICLES:
        pieces = [article[i : i + width] for i in range(0, len(article), width)]
        out += [(mark + "\n").join(pieces), ""]
    return "\n".join(out)


@pytest.mark.parametrize("mark", ["\\", "\\\\", " \\\\", "\\newline", " +"])
def test_hard_break_marks_go_and_the_wraps_are_joined(mark):
    page = _wrapped(mark)
    assert clean(page) == clean(LAW)


def test_a_law_with_backslashes_of_its_own_keeps_them():
    page = "第一条 文件存放于D:\\数据\\\n\n第二条 路径写作C:\\new\\\n\n第三条 公式为a+b。\n第四条 甲 +\n\n乙。\n"
    assert hard_break_marks(page) == []
    assert clean(page).count("\\") == clean_and_explain(page, rules=["width"]).text.count("\\")


@pytest.mark.parametrize("pad", ["", " "])
def test_numbers_typeset_as_inline_math_come_back(pad):
    page = LAW.replace("2021", f"{pad}$2021${pad}").replace("1月1日", f"{pad}$1${pad}月{pad}$1${pad}日").replace(
        "30%", f"{pad}$30 \\%${pad}")
    assert clean(page) == clean(LAW)


def test_nougat_parenthesised_math():
    page = LAW.replace("2021", "\\(2021\\)").replace("30%", "\\(30\\%\\)")
    assert clean(page) == clean(LAW)


@pytest.mark.parametrize("page", [
    "第一条 每股发行价格为$5$美元，另付US$20。\n",  # a dollar of the law's own
    "第一条 其中$x$为$2$的倍数。\n",  # a formula with a letter
    "第一条 价格以\\$计。第二条 $3$。\n",  # an escaped dollar
])
def test_dollars_of_the_law_stay(page):
    assert inline_math_numbers(page) == []


@pytest.mark.parametrize("comment", ["<!-- Page 9 -->", "<!-- page break -->", '<!-- PageNumber="3" -->',
                                     '<!-- PageHeader="某市人民政府公报" -->', "<!-- image -->", "<!-- 第3页 -->"])
def test_a_converters_page_comment_goes(comment):
    page = LAW.replace("\n\n第三条", f"\n\n{comment}\n\n第三条")
    assert clean(page) == clean(LAW)


def test_other_comments_are_no_page_comments():
    from corpus_tools.clean.markup_residue import cms_page_break_lines
    page = LAW.replace("\n\n第三条", "\n\n<!-- 注：本条已修改 -->\n\n<!-- INFO END -->\n\n第三条")
    assert cms_page_break_lines(page) == []


def _patch(header: str, lines: list[str], tail: str = "") -> str:
    return header + f"@@ -0,0 +1,{len(lines)} @@\n" + "".join("+" + line + "\n" for line in lines) + tail


def test_a_law_as_a_new_file_in_a_git_patch():
    head = ("commit 0e06bf3b51afbf087c9c8548e028e429f4d34197\nAuthor: lawbot <bot@example.org>\n"
            "Date:   Mon Mar 20 10:53:00 2020 +0800\n\n    新增：某市物业管理条例\n\n"
            "diff --git a/laws/某市物业管理条例.md b/laws/某市物业管理条例.md\nnew file mode 100644\nindex 0000000..4a1be8f\n"
            "--- /dev/null\n+++ b/laws/某市物业管理条例.md\n")
    assert clean(_patch(head, LAW.rstrip("\n").split("\n"))) == clean(LAW)


def test_a_format_patch_mail():
    head = ("From 0e06bf3b51afbf087c9c8548e028e429f4d34197 Mon Sep 17 00:00:00 2001\nFrom: lawbot <bot@example.org>\n"
            "Date: Mon, 20 Mar 2020 10:53:00 +0800\nSubject: [PATCH] add law\n\n---\n laws/a.md | 9 +++++++++\n"
            " 1 file changed, 9 insertions(+)\n create mode 100644 laws/a.md\n\n"
            "diff --git a/laws/a.md b/laws/a.md\nnew file mode 100644\nindex 0000000..4a1be8f\n--- /dev/null\n+++ b/laws/a.md\n")
    assert clean(_patch(head, LAW.rstrip("\n").split("\n"), "-- \n2.39.2\n")) == clean(LAW)


def test_a_zero_width_space_line_survives_the_patch():
    law = LAW.replace("\n\n第二条", "\n\u200b\n第二条")
    assert clean(_patch("--- /dev/null\n+++ b/a.md\n", law.rstrip("\n").split("\n"))) == clean(law)


@pytest.mark.parametrize("page", [
    "@@ -0,0 +1,9 @@\n+第一条 甲。\n+第二条 乙。\n+第三条 丙。\n",  # the count does not hold
    "第一条 电压等级：\n+5V\n+12V\n+24V\n",  # a law's own plus signs
    "@@ -1,3 +1,3 @@\n-第一条 甲。\n+第一条 乙。\n 第二条 丙。\n 第三条 丁。\n",  # a change, not a text
])
def test_not_a_patch_of_a_text(page):
    assert patch_edits(page) == []


def _session(top: list[str], bottom: list[str], pager: str = "--More--(50%)") -> str:
    body = LAW.replace("\n\n第三条", f"\n\n{pager}\n\n第三条")
    return "\n\n".join(top) + "\n\n" + body + "\n" + "\n\n".join(bottom) + "\n"


@pytest.mark.parametrize("top,bottom,pager", [
    (['Script started on 2023-04-02 09:12:44+08:00 [TERM="xterm-256color" TTY="/dev/pts/1"]',
      "user@ubuntu:~$ curl -s http://www.example.gov.cn/12.txt | more"],
     ["user@ubuntu:~$ exit", "exit", 'Script done on 2023-04-02 09:13:01+08:00 [COMMAND_EXIT_CODE="0"]'], "--More--(50%)"),
    (["[root@law-mirror ~]# less law_12.txt"], ["(END)", "[root@law-mirror ~]# logout"], ":"),
    (["Script started on Mon 03 Apr 2023 09:12:44 AM CST"], ["Script done on Mon 03 Apr 2023 09:13:01 AM CST"], "--More--"),
    (["脚本启动于 2023年04月03日 星期一 09时12分44秒"], ["脚本完成于 2023年04月03日 星期一 09时13分01秒"], "--More--(50%)"),
    (["C:\\Users\\law>type law.txt | more"], ["C:\\Users\\law>exit"], "-- More (50%) --"),
])
def test_a_recorded_terminal_session(top, bottom, pager):
    assert clean(_session(top, bottom, pager)) == clean(LAW)


@pytest.mark.parametrize("page", [
    "user@example.com: 某市物业管理条例\n\n" + LAW,  # one mark alone
    LAW + "\n:\n",  # a colon line, no session
    "第一条 执行命令 user@host:~$ ls 查看目录。\n第二条 甲。\n",
])
def test_no_session_no_removal(page):
    assert terminal_session_lines(page) == []


@pytest.mark.parametrize("opening,closing", [
    ("好的，以下是《某市物业管理条例》的全文：", ["如需对某一条款进行解读，请随时告诉我。"]),
    ("当然可以！下面是《某市物业管理条例》的完整内容。", ["---", "⚠️ 温馨提示：法规可能已经修订，请以官方发布的最新版本为准。"]),
    ("根据您的要求，我整理了《某市物业管理条例》的全文，如下：", ["以上就是该法规的全部内容。需要我帮您总结要点吗？"]),
    ("没问题，这是您要的条例原文：", ["希望对你有帮助！", "本回答由AI生成，内容仅供参考。"]),
    ("我为您找到了《某市物业管理条例》的全文：", ["有其他问题可以随时问我。"]),
])
def test_a_chat_assistants_answer(opening, closing):
    bold = LAW
    for label in ("第一条", "第二条", "第三条", "第四条"):
        bold = bold.replace(label, f"**{label}**")
    page = opening + "\n\n---\n\n" + bold + "\n" + "\n\n".join(closing) + "\n"
    # (a rule the Markdown-source decoding took before the closing leaves one more blank line at the page's end)
    assert clean(page).rstrip("\n") == clean(LAW).rstrip("\n")


@pytest.mark.parametrize("page", [
    LAW + "\n如有疑问，请与您所在的物业服务企业联系。\n",  # a closing without the opening
    "好的，以下是通知：\n" + LAW,  # an opening without the closing
    LAW + "\n我省各级人民政府应当做好宣传工作。\n",
    # a reply letter's greeting and thanks (a hotline's answer page): no text handed over
    "您好！关于您反映的问题，现答复如下：\n\n经核查，该路段已纳入改造计划。\n\n感谢您的来信！\n",
])
def test_no_answer_no_removal(page):
    assert assistant_answer_lines(page) == []


@pytest.mark.parametrize("scan,unit", [
    (hard_break_marks, "第一条 为了规范\\\n"), (hard_break_marks, "\\" * 50 + "甲 + +\n"),
    (inline_math_numbers, "自 $2019$ 年"), (inline_math_numbers, "$ 1 $$ 1 \\(1 \\( 1"),
    (patch_edits, "@@ -0,0 +1,3 @@\n+甲\n"), (patch_edits, "@@ -0,0 +1,999999 @@\n" + "+甲\n" * 20),
    (terminal_session_lines, "--More--(5%)\n第一条 甲。\n:\n"), (assistant_answer_lines, "好的，以下是您要的全文：\n您" * 3 + "\n"),
])
def test_linear_in_the_page(scan, unit):
    times = [cpu_seconds(scan, unit * (n // len(unit))) for n in (20_000, 200_000)]
    assert times[1] < 30 * max(times[0], 5e-3), times
