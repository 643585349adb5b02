"""A QA or RAG dump's records get the character rules, no line-structure rule (field test 18, F18-S3;
the lead's decision of session 19: no rule joins, splits or reorders a record's lines as if they were an
article's wraps).

Real: lawyer-llama's 法考 items (GitHub AndrewZhe/lawyer-llama @ abaa095, ``data/judical_examination.json``,
a JSON list of one-element lists of ``{input, instruction, output}``; field18 flattened it and built it with
``--text-field instruction``): each item is ``stem？⏎statement⏎请给出详细的推理过程之后再给出答案。``; when the
statement held a comma hard_wraps joined it to the instruction (1,176 of 2,000 items).  LawBench
(open-compass/LawBench @ e30981b) names its fields ``instruction``, ``question``, ``answer``.
Blind variants (/work/notes/fix19/blind.md, written before the code): Q1-Q4, N1-N3.
"""

from __future__ import annotations

import json

import pytest

from corpus_tools.clean.page import clean_page
from corpus_tools.crawl_records import read_records, record_page

# judical_examination.json, the item field18 quotes (F18-S3), field values verbatim (output cut)
REAL_ITEM = {"input": "", "instruction": "下列关于政府信息公开的说法正确吗？\n公民、法人或者其他组织向行政机关申请获取政府信息的，"
             "并非必须采用书面形式\n请给出详细的推理过程之后再给出答案。\n",
             "output": "这个说法是正确的。\n\n根据《中华人民共和国政府信息公开条例》第X条规定，公民、法人或者其他组织向行政机关"
             "申请获取政府信息的，可以采用书面、口头、电子邮件、传真、电话、短信等形式。因此，并非必须采用书面形式。"}

WRAPPED_RULE = ("第一条　为了规范行政执法行为，保护公民、法人\n和其他组织的合法权益，根据有关法律、行政\n"
                "法规的规定，结合本市实际，制定本办法。\n第二条　本办法适用于本市行政区域内的行政\n执法活动。\n")


def _cleaned(data: bytes, name: str, field: str | None) -> list:
    records, codec = read_records(data, name, text_field=field)
    return [clean_page(record_page(record, codec)) for record in records]


def _json(*records: dict) -> bytes:
    return json.dumps(list(records), ensure_ascii=False).encode("utf-8")


def test_real_exam_statement_stays_apart_from_the_instruction():
    (page,) = _cleaned(_json(REAL_ITEM), "judical_examination.json", "instruction")
    assert page.page.metadata["crawl_record"]["qa_record"] is True
    assert page.text == REAL_ITEM["instruction"]
    assert not [e for e in page.edits if e.rule in ("hard_wraps", "lost_line_breaks")]


def test_the_same_item_without_its_answer_field_is_joined_as_before():
    """The join is the rule's, not a reader's: a record with no answer field is no QA record (control)."""
    (page,) = _cleaned(_json({"instruction": REAL_ITEM["instruction"], "id": 1}), "a.json", "instruction")
    assert "qa_record" not in page.page.metadata["crawl_record"]
    assert "书面形式请给出" in page.text


@pytest.mark.parametrize("data, name, field", [
    # Q1 a chat dump's prompt: stem, statement with a comma, instruction
    (json.dumps({"prompt": "下列说法正确吗？\n甲在乙的房屋内避雨，未经允许取走乙的雨伞\n请说明理由。\n", "completion": "不正确。"},
                ensure_ascii=False).encode() + b"\n", "chat.jsonl", "prompt"),
    # Q2 a CSV of 问题/回答 whose question is typed over three lines of one width
    ("问题,回答\n\"我和公司签了三年的劳动合同现在公司\n要把我调到外地工作我不同意公司说\n不去就算自动离职这样合法吗\",不合法\n"
     .encode("utf-8"), "qa.csv", "问题"),
    # Q3 an answer's list lines with commas and no end marks
    (_json({"query": "离婚时房产怎么分？", "response": "一般看以下几点\n1. 婚前购买的，原则上归购买方\n2. 婚后共同还贷的，"
            "增值部分共同分割\n3. 父母出资的，看出资时的约定\n"}), "rag.json", "response"),
    # Q4 an answer whose lines look wrapped at one width
    (_json({"instruction": "请解释什么是表见代理", "output": "表见代理是指行为人没有代理权、超越代理\n权或者代理权终止后仍然实施代理行为，相\n"
            "对人有理由相信行为人有代理权的情形\n"}), "sft.json", "output"),
], ids=["Q1-prompt", "Q2-csv-问题", "Q3-response-list", "Q4-output-width"])
def test_blind_qa_records_keep_their_lines(data, name, field):
    (page,) = _cleaned(data, name, field)
    assert page.page.metadata["crawl_record"]["qa_record"] is True
    assert page.text.count("\n") == page.page.text.count("\n"), page.text
    assert not [e for e in page.edits if e.rule in ("hard_wraps", "lost_line_breaks")]


@pytest.mark.parametrize("record", [{"title": "某市行政执法办法", "content": WRAPPED_RULE},
                                    {"question_id": 7, "content": WRAPPED_RULE}], ids=["N1-title-content", "N2-question_id"])
def test_a_crawl_record_of_a_wrapped_rule_is_still_joined(record):
    (page,) = _cleaned(_json(record), "crawl.json", None)
    assert "qa_record" not in page.page.metadata["crawl_record"]
    assert "保护公民、法人和其他组织的合法权益，根据有关法律、行政法规的规定" in page.text


def test_character_rules_still_run_on_a_qa_record():
    """N3: width still turns an ASCII comma between Han into ``，`` on a QA record."""
    (page,) = _cleaned(_json({"question": "劳动合同到期,公司不续签\n要赔偿吗", "answer": "要。"}), "qa.json", "question")
    assert page.text == "劳动合同到期，公司不续签\n要赔偿吗"
