"""Line breaks written as escape sequences (``\\n``, ``\\r\\n``, ``\\\\n``, ``\\t``) by a scraper that dumped
``repr()`` or JSON-escaped strings into a .txt file (set 6 ``h6_layout_literal_newlines``; layout24).

Members built for beyond the benchmark's ``\\r\\n``/``\\n``: doubled backslashes (a JSON document serialized
twice), ``\\t`` indentation after the break, a JSON record's string on one line of the file, a dump that
printed each line with its escape before a real line feed.  Negatives: a path, a format string, a regex
quoted by a law or a standard stay byte-identical."""

from __future__ import annotations


import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.escaped_breaks import escaped_line_breaks
from tests.timing import cpu_seconds

LAW = ["某市物业管理条例", "第一条 为了规范物业管理活动，制定本条例。", "第二条 本条例适用于本市行政区域内的物业管理活动。",
       "本条例所称物业管理，是指业主通过选聘物业服务企业进行管理的活动。", "第三条 市住房城乡建设主管部门负责本市物业管理的监督管理工作。",
       "第四条 本条例自2021年1月1日起施行。"]
WANT = "\n".join(LAW[:1] + [""] + LAW[1:])


@pytest.mark.parametrize("escape", ["\\r\\n", "\\n", "\\r", "\\\\n", "\\\\r\\\\n"])
def test_a_page_dumped_with_escaped_breaks_gets_its_lines_back(escape):
    page = LAW[0] + escape * 2 + escape.join(LAW[1:])
    result = clean_and_explain(page)
    assert result.text.rstrip("\n") == WANT
    assert {e.rule for e in result.edits} >= {"escaped_text"}


def test_tab_indentation_after_an_escaped_break():
    page = LAW[0] + "\\n" + "".join("\\n\\t" + line for line in LAW[1:])
    assert clean(page).rstrip("\n") == WANT


def test_a_json_record_on_one_line_of_a_text_file():
    page = '{"title": "某市物业管理条例", "content": "' + "\\n".join(LAW[1:]) + '"}\n'
    out = clean(page)
    assert "\\n" not in out and "\n第二条 本条例适用于" in out and "\n第四条 本条例自" in out


def test_every_line_printed_with_its_escape_before_a_real_feed():
    page = "".join(line + "\\n\n" for line in LAW)
    out = clean(page)
    assert "\\n" not in out and out.splitlines()[1:3] == LAW[1:3]


@pytest.mark.parametrize("page", [
    "第一条 软件安装于C:\\new目录。\n第二条 换行符记作\\n。\n第三条 正则表达式\\s+\\n匹配空行。\n",
    "4.1 输出格式：每条记录以\\n结束，字段以\\t分隔。\n4.2 文件名：D:\\data\\table.csv。\n4.3 编码：UTF-8。\n",
    # a technical standard quoting escapes inside one line of prose, with real lines around it
    "5.2 转义字符：换行写作\\n，回车写作\\r，制表写作\\t。\n5.3 以上字符不得出现在字段值中。\n",
    # a dump's own backslash (``\\\\``) before a letter is a path, not a break
    "存放目录为C:\\\\new\\\\table。文件名为data。\n第二条 本办法自发布之日起施行。\n",
])
def test_escapes_a_text_quotes_stay(page):
    assert escaped_line_breaks(page) == []
    assert "\\" in clean(page)


def test_a_path_inside_a_dump_keeps_its_backslash():
    page = LAW[0] + "\\n\\n" + "\\n".join(LAW[1:3]) + "\\n第三条 数据存放于D:\\new目录。\\n" + LAW[5]
    out = clean(page)
    assert "D:\\new目录" in out and "\n第二条" in out


def test_linear_in_the_page():
    unit = "第一条 为了规范管理，制定本条例。\\r\\n"
    times = [cpu_seconds(escaped_line_breaks, unit * n) for n in (2_000, 20_000)]
    assert times[1] < 30 * max(times[0], 5e-3), times
