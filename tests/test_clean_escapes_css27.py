"""escaped_text: CSS hex escapes (``\\7b2c\\4e00\\6761``, a style sheet's or a CSS-in-JS serializer's text) read as CSS
reads them: up to six hex digits, one blank or tab after them ending the escape, literal ASCII between escapes.

Set 9's ``h9_enc_css_escapes`` is one member (upper-case, four digits, no terminator but before a literal blank:
``\\6761  \\4E3A``).  The cases below are others of the family it did not show (a terminator blank after every
escape, zero-padded six-digit escapes, literal digits and brackets between escapes, a tab as terminator) and what
must stay (a path, an icon font's private-use code points, one escape quoted as an example, digits glued to an
escape past U+10FFFF).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.escapes import unescape_text


def _css(text: str, *, terminator: str = "", width: int = 0) -> str:
    """``text`` with every non-ASCII character written as a CSS escape, as a serializer writes it."""
    out = []
    for k, ch in enumerate(text):
        if ch.isascii():
            out.append(ch)
            continue
        nxt = text[k + 1] if k + 1 < len(text) else ""
        end = terminator or (" " if nxt in " \t" or nxt in "0123456789abcdefABCDEF" else "")
        out.append("\\" + format(ord(ch), "x").rjust(width, "0") + end)
    return "".join(out)


LINE = "第十二条 违反本规定第10条（一）项的，由市生态环境主管部门责令改正，处1万元以上5万元以下的罚款。"


@pytest.mark.parametrize("escaped", [
    _css(LINE),                              # a serializer ending an escape only where it must
    _css(LINE, terminator=" "),              # a blank after every escape (the runs are five characters each)
    _css(LINE, width=6),                     # zero-padded to six digits: no terminator needed
    _css(LINE, terminator="\t"),             # a tab ends each escape
    _css(LINE).upper(),                      # upper-case digits
])
def test_css_escaped_lines_read_back(escaped: str) -> None:
    page = f"某市环境保护条例\n\n第十一条 本市加强管理。\n\n{escaped}\n\n第十三条 本规定自公布之日起施行。"
    cleaned, edits, _ = unescape_text(page)
    assert LINE in cleaned, cleaned
    assert "\\" not in cleaned
    assert {e.detail for e in edits} == {'{"escapes": "CSS escapes"}'}


def test_css_escapes_inside_a_sentence() -> None:
    # (three characters: a page's only run of two is kept as a quoted example, as for every notation)
    assert unescape_text("第三条 \\672c\\6761\\4f8b 适用于本市。")[0] == "第三条 本条例适用于本市。"
    assert unescape_text("第三条 \\672c\\5e02 行政区域")[0] == "第三条 \\672c\\5e02 行政区域"


def test_whole_pipeline_reads_css_escapes() -> None:
    page = f"某市环境保护条例\n\n第十一条 本市加强管理。\n\n{_css(LINE)}\n\n第十三条 本规定自公布之日起施行。\n"
    assert LINE in clean_and_explain(page).text


@pytest.mark.parametrize("text", [
    "文件保存在 D:\\2021\\0815\\data 目录，见附件。",                 # a path: the run names no Chinese text
    "图标 .icon-home:before { content: \"\\e600\\e601\"; } 第一条",   # an icon font's private-use code points
    "汉字“中”在样式表中写作\\4e2d，即其码位。",                        # one escape, quoted as an example
    "第五条 编号为\\7b2c10\\6761的文件",                              # ``\\7b2c10`` is one escape past U+10FFFF
    "第六条 路径 C:\\Users\\admin\\Desktop 下的文件。",               # no escape at all
])
def test_what_stays(text: str) -> None:
    assert unescape_text(text)[0] == text


@pytest.mark.parametrize("escaped", [
    "\\u{7b2c}\\u{5341}\\u{4e8c}\\u{6761}",   # ES6, Rust, Swift (read by encoded_runs's code-point notations)
    "\\x{7b2c}\\x{5341}\\x{4e8c}\\x{6761}",   # Perl
    "\\7b2c\\5341\\4e8c\\6761 ",              # CSS (its blank after an escape ends the escape: the text's is one more)
])
def test_code_point_notations_of_one_family(escaped: str) -> None:
    page = f"某市条例\n\n第十一条 本市加强管理。\n\n{escaped} 本条例自公布之日起施行。\n"
    assert "第十二条 本条例自公布之日起施行。" in clean_and_explain(page).text
