"""Field test 29's records files (room intake29): a law site's node tree read as one law (F29-E1).

Real files: tests/real_pages/intake29/SOURCE.md.  Invented variants are marked so.
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus_tools.crawl_records import read_records, record_page

REAL = Path(__file__).parent / "real_pages" / "intake29"


# --------------------------------------------------------------------------- F29-E1: a law's text nodes

def test_a_law_of_text_nodes_is_one_law_read_from_the_nodes_text():
    """1016.json gave 9 documents whose text was ``0``…``8`` (the nodes' sort numbers in ``content``)."""
    data = (REAL / "lawdatas_1016.json").read_bytes()
    law = json.loads(data)
    (record,), _ = read_records(data, "1016.json")
    assert record.problem is None and record.text_field == "lawWebContent"
    assert record.text == "\n".join(node["lawWebContent"].strip("\r\n") for node in law["content"])
    assert record.text.startswith("最高人民法院关于适用《中华人民共和国企业破产法》若干问题的规定（一）\n")
    page = record_page(record, "utf-8")
    assert page.metadata["name"] == law["name"]


def test_nodes_whose_content_is_their_chapter_heading_are_one_law_in_sort_order():
    """1826.json: ``content`` holds ``第一章　总则``…, the chapter's text is in ``lawWebContent``."""
    data = (REAL / "lawdatas_1826.json").read_bytes()
    law = json.loads(data)
    (record,), _ = read_records(data, "1826.json")
    nodes = sorted(law["content"], key=lambda node: node["sort"])
    assert record.text_field == "lawWebContent"
    assert record.text == "\n".join(node["lawWebContent"].strip("\r\n") for node in nodes)
    assert "第二章\u3000未成年人刑事案件的审查逮捕" in record.text.splitlines()


def test_nodes_out_of_order_are_joined_in_their_sort_order():
    """Invented variant: the list holds the nodes out of order, no parent field; the labels say one law."""
    law = {"name": "某规定", "data": [{"text": "第二条 乙。", "order": 2}, {"text": "某规定\n第一条 甲。", "order": 1},
                                     {"text": "第三条 丙。", "order": 3}]}
    (record,), _ = read_records(json.dumps(law, ensure_ascii=False).encode(), "x.json")
    assert record.text == "某规定\n第一条 甲。\n第二条 乙。\n第三条 丙。"


def test_a_list_of_documents_under_a_site_name_stays_one_record_each():
    """Negative (invented): a site object listing its notices, each with a title, is no law of nodes."""
    site = {"name": "某市人民政府", "data": [{"title": "关于甲的通知", "content": "各区：为了甲，现通知如下。"},
                                              {"title": "关于乙的通知", "content": "各区：为了乙，现通知如下。"}]}
    records, _ = read_records(json.dumps(site, ensure_ascii=False).encode(), "x.json")
    assert [r.text for r in records] == ["各区：为了甲，现通知如下。", "各区：为了乙，现通知如下。"]


def test_a_short_content_field_stays_the_text_when_no_other_field_holds_sentences():
    """Negative (invented): short texts in ``content`` beside short fields are read as before."""
    rows = [{"id": "1", "content": "见附件", "kind": "通知"}, {"id": "2", "content": "同上", "kind": "通知"}]
    records, _ = read_records(json.dumps(rows, ensure_ascii=False).encode(), "x.json")
    assert [r.text for r in records] == ["见附件", "同上"]


# --------------------------------------------------------------------------- F29-D1: Chinese column names

def test_a_csv_s_page_address_column_is_read():
    """kjt.hebei.gov.cn's CSV: ``访问地址`` (the page's address) was only page metadata."""
    (record,), _ = read_records((REAL / "kjt_hebei_record.csv").read_bytes(), "法律法规.csv")
    page = record_page(record, "utf-8")
    assert page.metadata["url"] == "https://kjt.hebei.gov.cn/www/xxgk2020/228104/228105/228608/index.html"
    assert "meta_published" not in page.metadata  # (``时间``, the posting date, stays a field: see FIELD_KEYS)
    assert page.metadata["来源网站"].startswith("https://kjt.hebei.gov.cn/")  # the site's list page: no address of the page


def test_a_long_heading_in_the_content_field_is_still_a_label():
    """Invented variant of 4601.json (九民纪要): a node's ``content`` is its heading, longer than a short label."""
    heading = "三、关于审理涉及公司、合同、担保、金融、破产等民商事纠纷案件中若干法律适用问题的统一裁判尺度"
    law = {"id": "9", "name": "全国法院民商事审判工作会议纪要", "content": [
        {"lawWebContent": heading + "\n会议认为，统一裁判尺度是司法公正的要求。", "content": heading, "sort": 0, "parentId": "9"},
        {"lawWebContent": "四、关于担保纠纷案件的审理\n会议认为，担保制度是民法典的重要制度。", "content": "四、关于担保纠纷案件的审理",
         "sort": 1, "parentId": "9"}]}
    (record,), _ = read_records(json.dumps(law, ensure_ascii=False).encode(), "9.json")
    assert record.text_field == "lawWebContent" and "会议认为，统一裁判尺度" in record.text
