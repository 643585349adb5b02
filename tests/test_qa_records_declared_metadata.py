"""A QA or RAG dump's record takes all its metadata from its declared fields, never from its text (left20, session
20; fix19/fixmeta19 had done so for its title and type only): an answer citing 《中华人民共和国民法典》 made the item
national law (``jurisdiction`` 中华人民共和国), an answer quoting an adoption record would give it that law's issuer and
dates.

Real: lawyer-llama (GitHub AndrewZhe/lawyer-llama @ abaa095), ``data/judical_examination.json`` (its lists flattened)
items 2 and 7 (7 is tests/test_qa_records_metadata19.py's EXAM_ITEM), read with ``output`` as the text field: both
had ``jurisdiction`` 中华人民共和国 from the 《中华人民共和国…》 their answers cite.  Of the first 300 items of
judical_examination.json, legal_counsel_with_article_v2.json and legal_advice.json, 122, 12 and 45 had a jurisdiction
read from their text; now 0 (no other column had a value).
"""

from __future__ import annotations

import json

from corpus_tools.clean.page import clean_page
from corpus_tools.crawl_records import read_records, record_page
from corpus_tools.structure import structure_page
from tests.test_qa_records_metadata19 import EXAM_ITEM

ITEM_2 = {"input": "", "instruction": "韩国公民金某与德国公民汉森自2013年1月起一直居住于上海，并于该年6月在上海结婚。2015年8月，二人欲在上海解除婚姻关系。关于二人财产关系与离婚的法律适用，下列选项是正确的?\n二人可约定其财产关系适用韩国法\n请给出详细的推理过程之后再给出答案。\n", "output": "根据《中华人民共和国民法典》第X条规定，外国人在中国境内的婚姻、家庭财产关系，适用其国家法律，但不得违背中国法律的强制性规定。因此，金某与汉森可以约定其财产关系适用韩国法。但需要注意的是，如果韩国法律与中国法律的强制性规定相冲突，应当以中国法律为准。同时，离婚的程序和效力应当按照中国法律的规定执行。"}  # noqa: E501

KEYS = ("jurisdiction", "issuer", "doc_number", "status", "adopted", "approved", "written", "published", "effective",
        "amended", "source_url")


def _documents(record: dict, field: str) -> list:
    records, codec = read_records(json.dumps([record], ensure_ascii=False).encode("utf-8"), "items.json", text_field=field)
    (only,) = records
    return list(structure_page(clean_page(record_page(only, codec))).documents)


def test_real_exam_answers_citing_a_national_law_give_no_jurisdiction():
    for item in (ITEM_2, EXAM_ITEM):
        for document in _documents(item, "output"):
            assert {key: getattr(document, key) for key in KEYS} == dict.fromkeys(KEYS)


def test_an_answer_quoting_an_adoption_record_gives_no_organ_nor_date():
    item = {"question": "北京市物业管理条例什么时候施行？",
            "answer": "《北京市物业管理条例》已由北京市第十五届人民代表大会常务委员会第二十九次会议于2020年3月27日通过，"
                      "自2020年5月1日起施行。"}
    (document,) = _documents(item, "answer")
    assert {key: getattr(document, key) for key in KEYS} == dict.fromkeys(KEYS)
    assert document.title == "" and document.doc_type == "other"


def test_declared_fields_still_count():
    item = {"title": "上海市养犬管理条例", "question": "养犬需要登记吗？", "answer": "需要。本市实行养犬登记制度。",
            "published": "2011-01-01", "url": "https://example.cn/qa/1"}
    (document,) = _documents(item, "answer")
    assert (document.title, document.doc_type, document.jurisdiction) == ("上海市养犬管理条例", "regulation", "上海市")
    assert document.published == "2011-01-01" and document.issuer is None
