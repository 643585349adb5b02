"""HTML residue in plain text (set 6 ``h6_layout_tag_residue``; layout24, clean/markup_residue.py).

Members built for beyond the benchmark's ``<div>``/``<p style=…>``/``<br />`` at line ends: ``<br>`` as a page's
only line break, tags printed escaped (``&lt;p&gt;``), tags that lost their ``<`` and name (``class="MsoNormal">``),
indentation written as references (``&emsp;&emsp;``), references on a page printed as markup.  Negatives that
stay byte-identical: a standard quoting markup and comparisons, a Markdown table's ``<br>`` inside cells, a
text naming ``&nbsp;``."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.markup_residue import literal_markup_runs

LINES = ["第一条 为了规范管理，制定本条例。", "第二条 本条例适用于本市。", "本条例所称管理，是指登记活动。", "第三条 本条例自公布之日起施行。"]
WANT = "某市条例\n" + "\n".join(LINES)

DAMAGED = {
    "br_line_ends": "某市条例\n" + "\n".join(line + "<br />" for line in LINES),
    "br_doubled": "某市条例\n" + "\n".join(line + "<br/><br/>" for line in LINES),
    "br_only_breaks": "某市条例<br>" + "<br>".join(LINES),
    "div_br": "某市条例\n" + "\n".join("<div>" + line + "<br></div>" for line in LINES),
    "escaped_p": "某市条例\n" + "\n".join("&lt;p&gt;" + line + "&lt;/p&gt;" for line in LINES),
    "escaped_p_one_line": "某市条例\n" + "".join("&lt;p style=&quot;text-indent:2em;&quot;&gt;" + line + "&lt;/p&gt;" for line in LINES),
    "attribute_tails": "某市条例\n" + "\n".join('class="MsoNormal">' + line for line in LINES),
    "entity_indent": "某市条例\n" + "\n".join("&nbsp;&nbsp;" + line for line in LINES),
    "emsp_in_markup": "某市条例\n" + "\n".join("<p>&emsp;&emsp;" + line + "</p>" for line in LINES),
}


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_markup_residue_goes_and_the_lines_stay(name):
    assert clean(DAMAGED[name]).rstrip("\n") == WANT


NEGATIVES = [
    "5.1 小于号写作<，大于号写作>。\n5.2 标签<p>表示段落。\n5.3 当x<a且b>c时适用。\n",
    "5.1 段落标记&lt;p&gt;与&lt;/p&gt;成对使用。\n5.2 换行标记为<br>。\n5.3 空格写作&nbsp;。\n",
    "| 证件 | 类型 |\n|---|---|\n| 甲 | □护照<br>□其他 |\n| 乙 | □身份证<br>□其他 |\n| 丙 | □军官证<br>□其他 |\n",
    '属性写作class="a">即可。\n第二条 网页应当使用<p>标签。\n',
    "第五条 浓度<100 mg时，x<a。\n<中华人民共和国香港特别行政区基本法>\n",
]


@pytest.mark.parametrize("page", NEGATIVES)
def test_a_text_that_quotes_markup_stays(page):
    assert literal_markup_runs(page) == []
    assert clean(page) == page
