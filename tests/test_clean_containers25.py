"""A page that is the law's lines wrapped in a serialisation (container25): delimited rows, the string
literals of a list/array/tuple/dict, marks that stand for line breaks.  One detector
(:mod:`corpus_tools.clean.containers`) decodes them when, once decoded, the law's structure markers stand at
line starts and the decoding is complete.

The development members (set 7: CSV rows with a row-number column and a header, a Python list on one line,
pilcrow/return-arrow marks at every line end) are examples; the cases below are members built apart from
them (a JavaScript array over several lines with ``\\u`` and ``\\"`` escapes, a dict keyed by line numbers, a
newline-symbol token in one long line, semicolon rows with the text first and backslash-escaped quotes, an
HTML-break token, a Go slice, a PHP array).  Negatives: a law quoting a CSV sample, a code listing, ``¶`` or
arrows stays byte-identical, and so does a page whose bullets, pipes or line numbers other readers own."""

from __future__ import annotations

import json

import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.containers import serialised_page
from corpus_tools.clean.edits import replay
from corpus_tools.ingest import IngestError, ingest_bytes
from tests.timing import cpu_seconds

LAW = ["某市物业管理条例", "第一章 总则", "第一条 为了规范物业管理活动，制定本条例。", '第二条 本条例所称"业主"，是指房屋的所有权人。',
       "物业包括：", "（一）住宅；", "（二）非住宅。", "第二章 业主", "第三条 业主享有下列权利：", "第四条 本条例自2024年1月1日起施行。"]
#: The clean text of LAW (the width rule gives the quotes their Chinese form).
WANT = "\n".join(LAW).replace('"业主"', "“业主”")


def _js_array() -> str:
    body = ",\n".join("  " + ", ".join(json.dumps(x, ensure_ascii=i % 4 == 0) for x in LAW[i : i + 2])
                      for i in range(0, len(LAW), 2))
    return "const lines = [\n" + body + ",\n];\n"


MEMBERS = {
    # Imagined before coding (not in any benchmark set):
    "js_array_escapes": _js_array(),
    "python_dict_numbered": "{" + ", ".join(f"{i}: {x!r}" for i, x in enumerate(LAW, 1)) + "}\n",
    "newline_symbol_one_line": "\u2424".join(LAW) + "\n",
    # More members:
    "semicolon_rows_text_first": "text;line\n" + "".join('"' + x.replace('"', '\\"') + f'";{i}\n' for i, x in enumerate(LAW, 1)),
    "html_break_token": "<br/>".join(LAW) + "\n",
    "go_slice": "var law = []string{" + ", ".join(json.dumps(x, ensure_ascii=False) for x in LAW) + "}\n",
    "php_array": "$law = array(" + ", ".join("'" + x + "'" for x in LAW) + ");\n",
    "tuple_u_prefix": "(" + ", ".join("u'" + x + "'" for x in LAW) + ")\n",
    "tab_key_rows_quoted": "".join(f'A{i:03d}|"{x.replace(chr(34), chr(34) * 2)}"\n' for i, x in enumerate(LAW, 1)),
    "marks_at_line_ends": "".join(x + " ⏎\n" for x in LAW),
    "csv_record_per_article_with_paragraphs": "no,text\n" + "".join(
        f'{i},"' + "\n".join(group).replace('"', '""') + '"\n'
        for i, group in enumerate([LAW[0:1], LAW[1:2], LAW[2:3], LAW[3:7], LAW[7:8], LAW[8:9], LAW[9:10]], 1)),
}


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_a_serialised_law_gets_its_lines_back(name):
    result = clean_and_explain(MEMBERS[name])
    assert result.text.strip("\n") == WANT
    assert "escaped_text" in {e.rule for e in result.edits}


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_decoding_is_complete_and_replays(name):
    page = MEMBERS[name]
    decoding, warnings = serialised_page(page)
    assert decoding is not None and not warnings
    result = clean_and_explain(page)
    assert replay(page, [[e for e in result.edits if e.rule == r] for r in dict.fromkeys(e.rule for e in result.edits)]) == result.text
    assert clean(result.text) == result.text  # idempotent


def test_paragraph_marks_double_as_blank_lines():
    page = "¶¶".join(LAW) + "¶"
    assert clean(page).strip("\n") == "\n\n".join(LAW).replace('"业主"', "“业主”")


def test_a_json_array_of_the_laws_lines_is_read_as_a_page():
    page = ingest_bytes(json.dumps(LAW, ensure_ascii=False).encode(), "law.txt")
    assert clean(page.text).strip("\n") == WANT


def test_a_crawlers_json_records_are_still_rejected():
    records = [{"条号": f"第{n}条", "内容": "某。"} for n in "一二三四"]
    with pytest.raises(IngestError):
        ingest_bytes(json.dumps(records, ensure_ascii=False).encode(), "law.txt")


NEGATIVES = {
    "csv_sample_in_an_annex": "\n".join(LAW[:4]) + "\n附件：数据格式示例\nname,value,note\n\"甲\",1,\"\"\n\"乙\",2,\"\"\n\"丙\",3,\"\"\n",
    "code_listing_in_an_article": "\n".join(LAW[:3]) + "\n第二条 报送格式为：\nitems = ['名称', '地址', '电话']\n第三条 按月报送。\n",
    "pilcrow_and_arrows_in_an_annex": "\n".join(LAW) + "\n附件：办理流程\n申请→受理→审查→决定\n¶ 表示段落标记\n",
    "bullets_line_marks_own": "\n".join("● " + x for x in LAW),
    "pipe_table_rows": "\n".join("| " + x + " |" for x in LAW),
    "numbered_gutter": "\n".join(f"{i}\t{x}" for i, x in enumerate(LAW, 1)),
    "clean_law": WANT,
    "law_with_quotes_everywhere": "\n".join(f"{x}“注”" for x in LAW),
    # A judgment on one line citing labels in a row (field23 judge_wenshu 194_4dbacead.txt): the 、 is the text's.
    "cited_labels_in_a_row": "某区人民法院 刑事判决书 经审理查明，被告人违反规定。 依照《中华人民共和国刑法》第一百九十六条、"
                             "第六十七条第三款、第四十五条、第七十二条、第七十三条、第五十二条之规定，判决如下： 被告人犯信用卡诈骗罪。",
    # HTML residue at line ends (set 6 h6_layout_tag_residue): markup_residue's, whose ``<br />`` holds a blank.
    "br_with_a_blank_at_line_ends": "\n\n".join(x + "<br />" for x in LAW),
    "cited_labels_after_ascii_marks": "判决书 依照第一百九十六条/第六十七条/第四十五条/第七十二条/第五十二条之规定，判决如下。",
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_no_container_is_read_where_the_page_is_none(name):
    assert serialised_page(NEGATIVES[name])[0] is None


@pytest.mark.parametrize("name", ["csv_sample_in_an_annex", "code_listing_in_an_article", "pilcrow_and_arrows_in_an_annex", "clean_law"])
def test_a_law_quoting_a_container_stays_byte_identical(name):
    page = NEGATIVES[name]
    assert [e for e in clean_and_explain(page).edits if e.rule == "escaped_text"] == []


def test_a_container_without_the_laws_structure_is_kept_with_a_warning():
    page = "['会议纪要', '参加人员：甲、乙', '议定事项如下', '散会']\n"
    decoding, warnings = serialised_page(page)
    assert decoding is None
    assert warnings and "string literals kept" in warnings[0].message


@pytest.mark.parametrize("page", [
    lambda n: "¶".join(["第一条 甲。"] * n),  # one long line of marks
    lambda n: "[" + ", ".join(["'第一条 甲\\n乙\\u4e2d。'"] * n) + "]",  # literals with escapes
    lambda n: "".join(f'{i},"第一条 甲""乙""。"\n' for i in range(n)),  # rows
    lambda n: "第一条 甲。" * n + "¶",  # a mark at the end of a long line
    # the shapes of session 26's readers: line records, cue files, wiki and BBCode sources
    lambda n: "".join(f'{{"text": "第{i}条 甲。", "id": {i}}}\n' for i in range(n)),
    lambda n: "".join(f"{i}\n00:00:01.000 --> 00:00:02.000\n第{i}条 甲。\n\n" for i in range(n)),
    lambda n: "".join(f"'''第{i}条''' 甲。\n" for i in range(n)),
    lambda n: "".join(f"[b]第一条 [[甲|乙]]{'*' * 50}\n" for i in range(n)),
])
def test_decoding_stays_linear(page):
    small, large = (cpu_seconds(serialised_page, page(n)) for n in (1_000, 10_000))
    assert large < 30 * max(small, 5e-3), (small, large)
