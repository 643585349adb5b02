"""A QA or RAG dump's record is titled by its declared fields only (a ``title`` field if it has one), never by a
line of its text, and its type comes from that title alone (lead's decision, session 19).

With its lines kept as the writer set them (fix19's a608f7c: no wrap joined), a 法考 item's statement line or a
LawBench question became the document's title: 275 of 2,000 judical items took a junk title (field18's
lawyer_llama_* and lawbench_* builds, 498 junk titles against 224 on main).

Real records, field values verbatim: lawyer-llama's judical_examination.json item (GitHub AndrewZhe/lawyer-llama @
abaa095, as in tests/test_qa_records_layout.py) and LawBench's zero_shot/2-1.json record 1 (open-compass/LawBench @
e30981b, copied by field18 into /work/field18/lawbench_qa/zero_shot_2-1.json).
"""

from __future__ import annotations

import json

import pytest

from corpus_tools.clean.page import clean_page
from corpus_tools.crawl_records import read_records, record_page
from corpus_tools.structure import structure_page

EXAM_ITEM = {"input": "", "instruction": "下列关于政府信息公开的说法正确吗？\n公民、法人或者其他组织向行政机关申请获取政府信息的，"
             "并非必须采用书面形式\n请给出详细的推理过程之后再给出答案。\n",
             "output": "这个说法是正确的。\n\n根据《中华人民共和国政府信息公开条例》第X条规定，公民、法人或者其他组织向行政机关"
             "申请获取政府信息的，可以采用书面、口头、电子邮件、传真、电话、短信等形式。因此，并非必须采用书面形式。"}
LAWBENCH_ITEM = {"instruction": "纠正下面法律文书句子中字词的拼写、冗余、缺失、乱序错误，尽量减少对原句的修改，保留原句语义。"
                 "只需要给出修改后的句子，请你严格按照这个格式回答。句子：",
                 "question": "上诉证据收集程序合法，内容客观真实，足以认定指控实施。",
                 "answer": "上述证据收集程序合法，内容客观真实，足以认定指控事实。"}
# judical_examination.json items 26 and 1,446 (field values verbatim; fix19 flattened the file into
# /tmp/fix19-in/judical/judical_examination_flat.json): titled 双方可协议选择适用新加坡法 (regulation) and
# 该条规定属于法律规则中的授权性规则 (rules) from their statement lines on lead19
JUDICAL_ITEMS = [  # noqa: E501
{
"input": "",
"instruction": "新加坡公民王颖与顺捷国际信托公司在北京签订协议，将其在中国的财产交由该公司管理，并指定受益人为其幼子李力。在管理信托财产的过程中，王颖与顺捷公司发生纠纷，并诉至某人民法院。关于该信托纠纷的法律适用，下列选项是正确的?\n双方可协议选择适用新加坡法\n请给出详细的推理过程之后再给出答案。\n",
"output": "根据《中华人民共和国民法典》第X条规定，当事人可以选择适用外国法律，但不得违反中华人民共和国法律的强制性规定。同时，根据《中华人民共和国涉外民事关系法》第X条规定，当事人可以选择适用外国法律，但不得损害中国的国家利益、社会公共利益和第三人的合法权益。\n\n在本案中，王颖与顺捷公司在北京签订了信托协议，但该协议并未明确选择适用哪个国家的法律。根据国际惯例和司法实践，当事人可以通过口头或书面形式达成协议选择适用外国法律。因此，双方可以协议选择适用新加坡法律。\n\n但是，根据《中华人民共和国涉外民事关系法》的规定，当事人选择适用外国法律时，不得损害中国的国家利益、社会公共利益和第三人的合法权益。因此，在选择适用新加坡法律时，双方需要确保不违反中国法律的强制性规定，并不损害中国的国家利益、社会公共利益和第三人的合法权益。\n\n综上所述，双方可以协议选择适用新加坡法律，但需要确保不违反中国法律的强制性规定，并不损害中国的国家利益、社会公共利益和第三人的合法权益。"
},
{
"input": "",
"instruction": "《劳动合同法》第十九条规定:“劳动合同期限三个月以上不满一年的，试用期不得超过一个月；劳动合同期限一年以上不满三年的，试用期不得超过二个月；三年以上固定期限和无固定期限的劳动合同，试用期不得超过六个月。”关于这个条文，下列选项是错误的?\n该条规定属于法律规则中的授权性规则\n请给出详细的推理过程之后再给出答案。\n",
"output": "该选项是错误的。\n\n推理过程如下：\n\n授权性规则是指法律规定某一事项应当由当事人自行协商确定，但同时规定当事人在协商时应当遵守一定的原则或限制。而《劳动合同法》第X条规定了试用期的最长期限，属于法律规则中的强制性规则，即当事人无法自行协商确定试用期的期限，必须遵守法律规定的最长期限。因此，该选项是错误的。"
}
]
RULE = "某某市物业管理办法\n第一条　为了规范物业管理活动，制定本办法。\n第二条　本办法自公布之日起施行。\n"


def _documents(record: dict, field: str, name: str = "items.json") -> list:
    records, codec = read_records(json.dumps([record], ensure_ascii=False).encode("utf-8"), name, text_field=field)
    (only,) = records
    return list(structure_page(clean_page(record_page(only, codec))).documents)


def test_the_real_exam_item_takes_no_line_of_its_question_as_title():
    documents = _documents(EXAM_ITEM, "instruction")
    assert [d.title for d in documents] == [""] * len(documents)
    assert {d.doc_type for d in documents} == {"other"}


@pytest.mark.parametrize("item", JUDICAL_ITEMS)
def test_the_real_statement_lines_are_no_title_nor_type(item):
    (document,) = _documents(item, "instruction")
    assert document.title == "" and document.doc_type == "other"


def test_the_real_lawbench_question_is_no_title():
    documents = _documents(LAWBENCH_ITEM, "question")
    assert [d.title for d in documents] == [""] and documents[0].doc_type == "other"


def test_a_qa_record_keeps_its_declared_title_and_the_type_it_gives():
    (document,) = _documents({**LAWBENCH_ITEM, "title": "某某市物业管理办法"}, "question")
    assert document.title == "某某市物业管理办法" and document.doc_type == "rules"


def test_a_qa_record_holding_a_law_takes_no_title_nor_type_from_it():
    # blind: the answer quotes a whole rule with its title line; the record declares none
    documents = _documents({"question": "请背诵该办法。", "answer": RULE}, "answer")
    assert documents[0].title == "" and documents[0].doc_type == "other"


def test_a_records_file_that_is_no_qa_dump_still_reads_its_title_from_the_text():
    # negative: a crawl's {id, content} record of a law is titled by its first line as before
    (document,) = _documents({"id": 1, "content": RULE}, "content")
    assert document.title == "某某市物业管理办法" and document.doc_type == "rules"
