"""UTF-8 read as GBK twice over (``utf8_as_gbk``'s ``_read_twice``).

Real damage: double-garbled text is common in public repositories (search index of session
13: ``閺傚洣娆㈤`` for ``文件`` in ten files); the snippet below is a C++ source's comment
(file 42539312456), copied byte for byte.
"""

from __future__ import annotations


import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.mojibake import _read_twice, fix_utf8_read_as_gbk
from tests.timing import small_and_large

REAL = "// 閸掓稑缂揇ump閺傚洣娆?"  # 创建Dump文件: 文件 lost its last byte on the way (the ?)


def test_real_comment_read_back_where_no_byte_was_lost() -> None:
    text, edits, warnings = fix_utf8_read_as_gbk(REAL)
    assert text == "// 创建Dump閺傚洣娆?"
    assert [json_method(e.detail) for e in edits] == ["read twice"]
    assert any("閺傚洣娆" in w.excerpt for w in warnings)  # the lossy part is kept, and said so


def json_method(detail: str) -> str:
    import json

    return json.loads(detail)["method"]


def twice(text: str) -> str:
    once = text.encode("utf-8").decode("gb18030")
    return once.encode("utf-8").decode("gb18030")


def test_law_line_read_twice() -> None:
    """A clause of seed 000's kind garbled twice without loss (most lines lose a byte at the
    second step: GB18030 refuses some of the first step's UTF-8; those are kept)."""
    body = "为了规范管理，制定本条例"
    page = f"第一条　{twice(body)}。\n"
    assert clean_and_explain(page).text == f"第一条　{body}。\n"


@pytest.mark.parametrize("text", [
    "第一条　为了规范管理，制定本条例。",
    "涓轰簡瑙勮寖绠＄悊",  # read once: not twice
    "鍒涘缓 锛 緥 鏉 Dump",  # characters a run is made of, one by one: nothing reads
])
def test_no_twice_reading(text: str) -> None:
    assert _read_twice(text) == []


@pytest.mark.parametrize("unit", ["閸掓稑缂揇", "閺傚洣娆?", "娑撹桨 "])
def test_linear_on_hostile_input(unit: str) -> None:
    small, large = small_and_large(_read_twice, unit)
    assert large < max(30 * small, 0.5), (small, large)


def test_replacement_characters_read_as_gbk() -> None:
    """``锟斤拷`` is U+FFFD twice, written as UTF-8 and read as GBK: read back exactly, then
    removed with a warning as every decoder's U+FFFD is; 公斤 and 拷贝 are words."""
    out = clean_and_explain("第一条　为了规范锟斤拷管理，制定本条例。\n")
    assert out.text == "第一条　为了规范管理，制定本条例。\n"
    assert any("lost" in w.message for w in out.warnings)
    assert clean_and_explain("重量不超过五公斤，拷贝一份。\n").text == "重量不超过五公斤，拷贝一份。\n"


def test_real_line_of_replacement_traces_is_kept_as_lost() -> None:
    """A Java comment (search index file 48398676780): GBK read as UTF-8 with loss, saved and
    read as GBK again.  Its 锟斤拷 read back as U+FFFD; the line, a quarter of it lost, is kept
    as it is then, with the warning that says how much the page lost."""
    page = "第一条　为了规范管理。\n * 锟斤拷询锟斤拷锟斤拷锟矫伙拷锟斤拷\n第二条　本条例自公布之日起施行。\n"
    out = clean_and_explain(page)
    assert "锟斤拷" not in out.text and "\ufffd\ufffd询\ufffd\ufffd\ufffd\ufffd" in out.text
    assert any("decoded with loss" in w.message for w in out.warnings)


def test_read_twice_through_gbk_cyrillic() -> None:
    """A clause whose first reading holds GBK's own Cyrillic (``）`` read once gives ``ч``, a two-byte
    UTF-8 character, ``褔`` read twice): the run goes on through it (session 14; the clause is
    article 7 of 上海市住房公积金管理若干规定, /work/ref/DLC)."""
    body = "三）大部分或者完全丧失劳动能力，并与单位终止劳动关系"
    page = f"（{twice(body)}的；\n"
    assert "褔" in page
    assert clean_and_explain(page).text == f"（{body}的；\n"
