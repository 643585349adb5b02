"""Containers widened (container26): a record per line, scaffolding lines around each line of text, the
source of a lightweight markup.  :mod:`corpus_tools.clean.containers` learns each shape from the page's own
recurrence (the same syntax before and after every line; a line of scaffolding once per block of text; one
pair of marks around the law's labels or headings), never from a list of carriers.

The development members (set 8: JSON objects one per line, WebVTT cues, wikitext) are examples; the members
below were written apart from them: a logfmt record, an XML element per line, LRC time tags, JSON lines with hex
ids and single-quoted dict reprs; SRT cues with two text lines, SBV cues, a record-separator line; Markdown,
BBCode with nested tags, LaTeX, AsciiDoc, reStructuredText sources.  Negatives: a law whose own text holds
brackets, times, numbers, equal signs, colons and quotes stays byte-identical."""

from __future__ import annotations

import json

import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.containers import serialised_page
from corpus_tools.clean.edits import replay
from corpus_tools.ingest import IngestError, ingest_bytes

TITLE = "某市物业管理条例"
LAW = [TITLE, "第一章 总则", "第一条 为了规范物业管理活动，制定本条例。", "第二条 本条例所称业主，是指房屋的所有权人。",
       "物业包括：", "（一）住宅；", "（二）非住宅。", "第二章 业主", "第三条 业主享有下列权利：", "第四条 本条例自2024年1月1日起施行。"]
WANT = "\n".join(LAW)


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def _time(n: int, comma: bool = False) -> str:
    s = f"00:{n // 60:02d}:{n % 60:02d}.{n * 37 % 1000:03d}"
    return s.replace(".", ",") if comma else s


RECORD_MEMBERS = {
    "logfmt_quoted": "".join(f'seq={i} text="{x}"\n' for i, x in enumerate(LAW, 1)),
    "xml_element_per_line": "".join(f'<p n="{i}">{x}</p>\n' for i, x in enumerate(LAW, 1)),
    "lrc_time_tags": "".join(f"[{i // 60:02d}:{i % 60:02d}.{i * 7 % 100:02d}]{x}\n" for i, x in enumerate(LAW, 1)),
    "jsonl_hex_ids": "".join(json.dumps({"uid": f"{i * 2654435761 % 16 ** 6:06x}", "text": x}, ensure_ascii=i % 3 == 0) + "\n"
                             for i, x in enumerate(LAW, 1)),
    "python_dict_repr_lines": "".join(repr({"n": i, "line": x}) + "\n" for i, x in enumerate(LAW, 1)),
    "json_array_an_object_a_line_typed": "[\n" + ",\n".join(
        "  " + json.dumps({"no": i, "type": "title" if i == 1 else "para", "text": x}, ensure_ascii=False)
        for i, x in enumerate(LAW, 1)) + "\n]\n",
    "xml_elements_in_a_root_frame": '<?xml version="1.0" encoding="UTF-8"?>\n<law>\n'
                                    + "".join(f'  <line no="{i}">{x}</line>\n' for i, x in enumerate(LAW, 1)) + "</law>\n",
}

SCAFFOLD_MEMBERS = {
    "srt_two_text_lines_a_cue": "".join(
        f"{i}\n{_time(i * 3, True)} --> {_time(i * 3 + 2, True)}\n" + "\n".join(pair) + "\n\n"
        for i, pair in enumerate([LAW[0:1], LAW[1:3], LAW[3:4], LAW[4:7], LAW[7:8], LAW[8:10]], 1)),
    "sbv_cues": "".join(f"{_time(i * 3)[1:]},{_time(i * 3 + 2)[1:]}\n{x}\n\n" for i, x in enumerate(LAW, 1)),
    "record_separator_lines": "".join(f"--- record {i:04d} ---\n{x}\n" for i, x in enumerate(LAW, 1)),
}

MARKUP_MEMBERS = {
    "markdown_source": f"# {TITLE}\n\n## 第一章 总则\n\n**第一条** 为了规范物业管理活动，制定本条例。\n\n**第二条** 本条例所称业主，是指房屋的所有权人。\n\n"
                       "物业包括：\n\n- （一）住宅；\n- （二）非住宅。\n\n## 第二章 业主\n\n**第三条** 业主享有下列权利：\n\n"
                       "**第四条** 本条例自2024年1月1日起施行。\n",
    "bbcode_nested_tags": f"[size=5][b]{TITLE}[/b][/size]\n[b]第一章 总则[/b]\n[b]第一条[/b] 为了规范物业管理活动，制定本条例。\n"
                          "[b]第二条[/b] 本条例所称业主，是指房屋的所有权人。\n物业包括：\n[*]（一）住宅；\n[*]（二）非住宅。\n"
                          "[b]第二章 业主[/b]\n[b]第三条[/b] 业主享有下列权利：\n[b]第四条[/b] 本条例自2024年1月1日起施行。\n",
    "latex_source": "\\documentclass{ctexart}\n\\begin{document}\n"
                    f"\\title{{{TITLE}}}\n\\section*{{第一章 总则}}\n\\textbf{{第一条}} 为了规范物业管理活动，制定本条例。\n"
                    "\\textbf{第二条} 本条例所称业主，是指房屋的所有权人。\n物业包括：\n（一）住宅；\n（二）非住宅。\n"
                    "\\section*{第二章 业主}\n\\textbf{第三条} 业主享有下列权利：\n\\textbf{第四条} 本条例自2024年1月1日起施行。\n"
                    "\\end{document}\n",
    "asciidoc_source": f"= {TITLE}\n\n== 第一章 总则\n\n*第一条* 为了规范物业管理活动，制定本条例。\n\n*第二条* 本条例所称业主，是指房屋的所有权人。\n\n"
                       "物业包括：\n\n* （一）住宅；\n* （二）非住宅。\n\n== 第二章 业主\n\n*第三条* 业主享有下列权利：\n\n"
                       "*第四条* 本条例自2024年1月1日起施行。\n",
    "restructuredtext_source": f"{TITLE}\n==========\n\n第一章 总则\n----------\n\n**第一条** 为了规范物业管理活动，制定本条例。\n\n"
                               "**第二条** 本条例所称业主，是指房屋的所有权人。\n\n物业包括：\n\n（一）住宅；\n\n（二）非住宅。\n\n"
                               "第二章 业主\n----------\n\n**第三条** 业主享有下列权利：\n\n**第四条** 本条例自2024年1月1日起施行。\n",
}

MEMBERS = {**RECORD_MEMBERS, **SCAFFOLD_MEMBERS, **MARKUP_MEMBERS}
KINDS = {**dict.fromkeys(RECORD_MEMBERS, "line records"), **dict.fromkeys(SCAFFOLD_MEMBERS, "scaffolding lines"),
         **dict.fromkeys(MARKUP_MEMBERS, "markup source")}


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_the_law_is_read_out_of_its_container(name):
    result = clean_and_explain(MEMBERS[name])
    assert _lines(result.text) == LAW
    details = {e.detail for e in result.edits if e.rule == "escaped_text"}
    assert json.dumps({"container": KINDS[name]}) in details


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_each_decoding_replays_and_is_idempotent(name):
    page = MEMBERS[name]
    decoding, warnings = serialised_page(page)
    assert decoding is not None and decoding.kind == KINDS[name] and not warnings
    result = clean_and_explain(page)
    assert replay(page, [[e for e in result.edits if e.rule == r] for r in dict.fromkeys(e.rule for e in result.edits)]) == result.text
    assert clean(result.text) == result.text


def test_a_jsonl_page_of_the_laws_lines_is_read_but_a_crawlers_records_are_not():
    page = ingest_bytes(RECORD_MEMBERS["jsonl_hex_ids"].encode(), "law.txt")
    assert _lines(clean(page.text)) == LAW
    records = "".join(json.dumps({"条号": f"第{n}条", "内容": "某。"}, ensure_ascii=False) + "\n" for n in "一二三四五")
    with pytest.raises(IngestError):
        ingest_bytes(records.encode(), "law.txt")
    documents = "".join(json.dumps({"id": i, "content": "\n".join(LAW)}, ensure_ascii=False) + "\n" for i in range(5))
    with pytest.raises(IngestError):  # (a document per record: a crawler's, read by crawl_records)
        ingest_bytes(documents.encode(), "law.txt")


NEGATIVES = {
    "clean_law": WANT,
    "labels_in_ascii_brackets": "\n".join(f"[{x[:3]}]{x[3:]}" if x.startswith("第") and "条" in x[:4] else x for x in LAW),
    "terms_in_ascii_quotes": "\n".join(x.replace("业主", '"业主"') for x in LAW) + '\n"本条例"是指本市的条例。',
    "times_and_numbers_in_the_text": "\n".join([TITLE, "第一条 营业时间为08:30--17:30。", "第二条 标准为 x=1.5 时适用。",
                                                "第三条 编号：A-01-2024。", "第四条 费率 = 基数 × 0.3。"]),
    "page_numbers_between_pages": "\n".join(LAW[:4] + ["- 1 -"] + LAW[4:8] + ["- 2 -"] + LAW[8:]),
    "an_annex_table_one_cell_a_line": "\n".join(LAW + ["附件", "序号", "名称", "1", "住宅", "2", "商铺", "3", "车位", "4", "仓库"]),
    "a_few_bold_marks": "\n".join(LAW[:2] + ["**第一条** 为了规范物业管理活动，制定本条例。"] + LAW[3:]),
    "equal_signs_around_a_note": "\n".join(LAW + ["= 注：本条例由市人大常委会负责解释 ="]),
    "one_bullet_a_line": "\n".join("- " + x for x in LAW),
    "a_dated_line_each_article": "\n".join(x if not x.startswith("第") else x + "\n2024-01-01" for x in LAW[:4]),
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_no_container_is_read_where_the_page_is_none(name):
    decoding = serialised_page(NEGATIVES[name])[0]
    assert decoding is None or decoding.kind not in ("line records", "scaffolding lines", "markup source")


@pytest.mark.parametrize("name", ["clean_law", "labels_in_ascii_brackets", "times_and_numbers_in_the_text",
                                  "page_numbers_between_pages", "an_annex_table_one_cell_a_line", "a_few_bold_marks"])
def test_a_law_with_syntax_in_its_text_stays_byte_identical(name):
    assert [e for e in clean_and_explain(NEGATIVES[name]).edits if e.rule == "escaped_text"] == []


def test_a_record_holding_an_empty_line_of_the_law_is_still_a_record():
    lines = LAW[:2] + ["\u200b", "\u200b"] + LAW[2:]
    page = "".join(json.dumps({"id": i, "content": x}, ensure_ascii=False) + "\n" for i, x in enumerate(lines, 1))
    decoding = serialised_page(page)[0]
    assert decoding is not None and decoding.kind == "line records"
    ids_only = "".join(json.dumps({"id": i, "content": "\u200b"}) + "\n" for i in range(8)) + page[:200]
    assert serialised_page(ids_only)[0] is None or serialised_page(ids_only)[0].kind != "line records"
