"""escaped_text: a line printed as a Python bytes literal (``b'\\xe7\\xac\\xac…'``) is read back whole, its ``b'…'``
wrapper with it; strict UTF-8 names a text's own signs too (``Ⅲ类``, ``①``, ``㎡``).

Set 6's ``h6_enc_python_bytes`` is one member (the wrapper stayed: ``b'第二条 …'``; a bare run naming ``Ⅲ`` stayed
escaped); the cases below are others of the family (``b"…"`` of a line holding ``'``, a literal with escaped
line breaks, which stay for the layout rules, GBK bytes) and what must stay.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.escapes import unescape_text


def _bytes_repr(line: str) -> str:
    return str(line.encode("utf-8"))


def _bare(line: str) -> str:
    return "".join(f"\\x{b:02x}" if b > 0x7F else chr(b) for b in line.encode("utf-8"))


@pytest.mark.parametrize("line", [
    "第二条 常委会组成人员在行使职权中，要遵循以下指导思想。",
    "第十条 交接断面水质应达到《地表水环境质量标准》Ⅲ类水质以上标准。",
    "第三条 it's the 2021年 “试点”方案。",  # b"…": the line holds a '
    "（四）建筑面积50㎡以上的，按照①项执行；",
])
def test_a_bytes_literal_line_is_read_back(line):
    text = "第一条 为了规范管理，制定本条例。\n" + _bytes_repr(line) + "\n第九条 本条例自公布之日起施行。"
    out, edits, _ = unescape_text(text)
    assert out == "第一条 为了规范管理，制定本条例。\n" + line + "\n第九条 本条例自公布之日起施行。"
    assert apply_edits(text, edits) == out


def test_a_bare_run_naming_a_roman_numeral_is_read_back():
    line = "第十条 交接断面水质应达到《地表水环境质量标准》Ⅲ类水质以上标准。"
    assert unescape_text("第一条 总则。\n" + _bare(line))[0] == "第一条 总则。\n" + line


def test_escaped_line_breaks_inside_a_literal_stay_for_the_layout_rules():
    text = str("第一条 总则。\n第二条 适用范围。".encode())
    assert unescape_text(text)[0] == "第一条 总则。\\n第二条 适用范围。"


def test_a_gbk_literal_is_read_back():
    line = "第五条 本办法由市人民政府负责解释。"
    text = "第一条 总则。\n" + str(line.encode("gbk"))
    assert unescape_text(text)[0] == "第一条 总则。\n" + line


@pytest.mark.parametrize("text", [
    "协议头为 b'\\x00\\x01\\x02'，长度为3字节。",  # bytes that name no text
    "返回值 b'OK' 表示成功。",  # no escape
    "例如 b'\\xe4\\xb8\\xad' 即汉字“中”的UTF-8编码。",  # an example quoted beside what it names
    "b'\\xff\\xfe\\xfd\\xfc'",  # no valid text
])
def test_literals_that_stay(text):
    out, edits, _ = unescape_text(text)
    assert out == text and not edits


def test_the_whole_chain_reads_the_line_once():
    line = "第二条 常委会组成人员在行使职权中，要遵循以下指导思想。"
    text = "第一条 为了规范管理，制定本条例。\n" + _bytes_repr(line) + "\n"
    assert clean_and_explain(text).text == "第一条 为了规范管理，制定本条例。\n" + line + "\n"
