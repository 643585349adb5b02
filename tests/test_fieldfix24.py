"""Field test 23, fixes of session 24's room fieldfix24 (tests/real_pages/fieldfix24/SOURCE.md).

F23-C2: a crawler record that holds its page as HTML and as flat text is read from the HTML.
F23-D1: a transcript's record keeps its own title over a draft its text names.
Invented variants (other field names, other phrasings) are marked so.
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus_tools.crawl_records import read_records, record_page

from tests.real_build import build_files

PAGES = Path(__file__).parent / "real_pages" / "fieldfix24"
NEA = PAGES / "nea_spider_records.json"


def _nea() -> list[dict]:
    return json.loads(NEA.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- F23-C2

def test_nea_records_are_read_from_their_html_body_and_keep_paragraphs_and_doc_numbers(tmp_path):
    """37/37 NEA documents lost their paragraphs and 8/8 their 文号 when the flat ``content`` was read."""
    docs, _ = build_files(tmp_path, (NEA.name, NEA.read_bytes()))
    by_title = {d["title"]: d for d in docs}
    reply = by_title["国家能源局综合司关于同意文登上库坝等19座水电站大坝安全注册登记的复函"]
    assert reply["doc_number"] == "国能综函安全〔2025〕59号"
    lines = reply["text"].splitlines()
    assert "国能综函安全〔2025〕59号" in lines and "大坝安全监察中心：" in lines  # not 国能综函 ⏎ 安全〔2025〕59号 (F23-A3)
    assert any(line.startswith("一、同意山东文登抽水蓄能电站上库坝") for line in lines)
    notice = by_title["国家能源局综合司关于加强组织管理 进一步推进电力安全生产标准化建设工作的通知"]
    assert notice["doc_number"] == "国能综通安全〔2025〕151号"
    news = by_title["能源结构持续优化"]
    assert news["text"].count("\n") >= 5  # its paragraphs, not one line
    assert "目录项的基本信息" not in reply["text"]  # the box was read as metadata, not kept as text (F23-B2)


def test_the_record_says_which_field_was_read_and_which_copy_was_not():
    records, codec = read_records(NEA.read_bytes(), NEA.name)
    assert [r.text_field for r in records] == ["body_html"] * 4
    page = record_page(records[0], codec)
    assert page.format == "html"
    assert page.metadata["crawl_record"]["text_field"] == "body_html"
    assert page.metadata["crawl_record"]["read_over"] == "content"
    assert "content" not in page.metadata  # the flat copy is no metadata field


def _one(record: dict) -> list:
    return read_records(json.dumps([record], ensure_ascii=False).encode(), "x.json")[0]


def test_the_family_of_html_fields_is_read_by_name_or_by_value():
    """Invented variants of the real record: other names for the two copies (``text``/``html``, ``content``/
    ``content_html``, ``正文``/``正文html``, ``content``/``detail`` with HTML in it)."""
    real = _nea()[0]
    for flat, html in (("text", "html"), ("content", "content_html"), ("正文", "正文html"), ("content", "detail"),
                       ("content", "body")):
        record = {"title": real["title"], flat: real["content"], html: real["body_html"]}
        (got,) = _one(record)
        assert got.text_field == html and got.text == real["body_html"], (flat, html)


def test_html_that_is_not_the_same_text_is_not_read():
    """Negatives: an HTML field that is furniture, a summary, or empty leaves the flat text read."""
    real = _nea()[1]
    for other in ("<div>首页 | 政务公开 | 能源要闻</div>", "<p>前三季度，我国经济稳定增长。</p>", ""):
        (got,) = _one({"title": real["title"], "content": real["content"], "body_html": other})
        assert got.text_field == "content" and got.text == real["content"], other


def test_the_named_text_field_and_html_only_records_are_unchanged(tmp_path):
    real = _nea()[1]
    records, _ = read_records(json.dumps([{"content": real["content"], "body_html": real["body_html"]}],
                                         ensure_ascii=False).encode(), "x.json", text_field="content")
    assert records[0].text_field == "content" and records[0].text == real["content"]  # --text-field decides
    (got,) = _one({"title": real["title"], "content": real["body_html"]})
    assert got.text_field == "content"  # one copy, already HTML
    (got,) = _one({"title": real["title"], "content": real["content"]})
    assert got.text_field == "content" and not got.read_over


def test_a_record_whose_flat_text_is_empty_reads_its_html():
    real = _nea()[1]
    (got,) = _one({"title": real["title"], "content": "", "body_html": real["body_html"]})
    assert got.text_field == "body_html" and got.problem is None


# --------------------------------------------------------------------------- F23-D1

def test_a_press_conference_transcript_keeps_its_records_title(tmp_path):
    """The flat ``content`` of the real transcript (read as the crawl's only text): its title was the draft
    ``可再生能源电力消费最低比重目标和可再生能源电力消纳责任权重制度实施办法`` (char 9 103), doc_type ``rules``."""
    real = _nea()[3]
    assert "起草《可再生能源电力消费最低比重目标" in real["content"]
    record = {k: v for k, v in real.items() if k != "body_html"}
    docs, _ = build_files(tmp_path, ("press.json", json.dumps([record], ensure_ascii=False).encode()))
    (doc,) = docs
    assert doc["title"] == "国家能源局2025年第四季度新闻发布会文字实录"
    assert doc["doc_type"] != "rules"


def test_a_transcript_without_a_declared_title_is_not_titled_after_a_draft_it_mentions(tmp_path):
    """The same text as a .txt page (no record title): the draft named 9 000 characters in is no title."""
    real = _nea()[3]
    docs, _ = build_files(tmp_path, ("press.txt", real["content"].encode()))
    assert all("实施办法" not in (d["title"] or "") for d in docs)


def test_other_pages_about_a_text_keep_their_declared_title(tmp_path):
    """Invented variants: an interpretation and a 答记者问 whose flat text opens by naming the draft for comment."""
    body = ("为推进科学立法，现将《某市物业管理条例（草案）》公开征求意见。记者：请介绍一下起草背景。"
            "答：条例共八章六十条。")
    for n, title in enumerate(("《某市物业管理条例（草案）》政策解读", "市司法局负责人答记者问", "某市召开新闻发布会文字实录")):
        (tmp_path / str(n)).mkdir()
        docs, _ = build_files(tmp_path / str(n), ("a.json", json.dumps(
            [{"title": title, "content": body}], ensure_ascii=False).encode()))
        assert docs[0]["title"] == title


def test_a_draft_announced_at_the_head_of_an_untitled_page_is_still_its_title(tmp_path):
    """Negative: the first sentence announcing the draft titles the page (F10-A2), as before."""
    docs, _ = build_files(tmp_path, ("a.txt", "根据《某市人民政府关于加强立法工作的意见》，我局草拟了《某市规章项目库管理办法》"
                                               "（征求意见稿），现公开征求意见。\n一、时间\n".encode()))
    assert docs[0]["title"] == "某市规章项目库管理办法"


# --------------------------------------------------------------------------- F23-E1 / E2

def test_json_lines_under_a_json_name_and_objects_without_brackets_are_read():
    """hunb.nea.gov.cn's crawler wrote records one a line as ``.json`` (E1) and as ``{…},⏎{…}`` (E2): both files were
    rejected whole (``malformed JSON (Extra data at line 2, column 1)``).  Built from the real records' shapes."""
    real = _nea()[:2]
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in real) + "\n"
    records, _ = read_records(lines.encode(), "hunb_nea_20251105.json")
    assert [r.fields["title"] for r in records] == [r["title"] for r in real]
    assert {r.read_as for r in records} == {"json_lines"}
    assert record_page(records[0], "utf-8").metadata["crawl_record"]["read_as"] == "json_lines"
    bare = ",\n".join(json.dumps(r, ensure_ascii=False, indent=2) for r in real) + "\n"
    records, _ = read_records(bare.encode(), "hunb_nea_result.json")
    assert len(records) == 2 and {r.read_as for r in records} == {"objects_without_brackets"}


def test_a_json_file_that_is_no_stream_of_objects_is_still_rejected():
    import pytest

    from corpus_tools.ingest import IngestError
    for data in ('{"title": "甲", "content": "第一条"}\n[1, 2]\n', '{"title": "甲", "content": "第一条"}\n{"title": ',
                 '{"title": "甲", "content": "第一条"} 第二条'):
        with pytest.raises(IngestError, match="malformed JSON"):
            read_records(data.encode(), "a.json")
    records, _ = read_records('[{"title": "甲", "content": "第一条"}]'.encode(), "a.json")
    assert records[0].read_as == ""  # a JSON document is read as before


# --------------------------------------------------------------------------- F23-D5

def test_a_list_pages_title_loses_its_tags_and_its_cut_where_the_page_holds_it_whole():
    """hunb.nea.gov.cn's records: ``"title": "<span>国家能源局湖南监管办公室关于印发《湖南电网风电场、光伏电站并网运...</span>"``
    (the list page's link), the page's heading whole.  The record's shape, its body reduced to the heading's div."""
    body = ('<div class="wrapper_deatil">\n      <div class="wrapper_deatil_title">\n        '
            '国家能源局湖南监管办公室关于印发《湖南电网风电场、光伏电站并网运行管理实施细则》的通知\n      </div>\n'
            '<div class="wrapper_detail_text"><p>各有关单位：</p><p>现将细则印发给你们，请遵照执行。</p></div></div>')
    record = {"url": "https://hunb.nea.gov.cn/xxgk/zcfg/x.html", "spider_from": "国家能源局湖南监管办公室",
              "title": "<span>国家能源局湖南监管办公室关于印发《湖南电网风电场、光伏电站并网运...</span>",
              "publish_time": "2024-12-24", "body_html": body}
    (got,) = _one(record)
    page = record_page(got, "utf-8")
    assert page.metadata["title"] == "国家能源局湖南监管办公室关于印发《湖南电网风电场、光伏电站并网运行管理实施细则》的通知"
    (got,) = _one({**record, "title": "<span>2025年电力业务许可证问答手册</span>"})
    assert record_page(got, "utf-8").metadata["title"] == "2025年电力业务许可证问答手册"
    (got,) = _one({**record, "title": "关于修改<中华人民共和国治安管理处罚法>的决定"})  # a title's own marks stay
    assert record_page(got, "utf-8").metadata["title"] == "关于修改<中华人民共和国治安管理处罚法>的决定"


# --------------------------------------------------------------------------- F23-A3

def test_a_doc_number_whose_issuer_code_holds_a_kind_is_not_cut():
    """The real record's flat ``content`` (field test 23's repro a2_docnum_body: its text from the 复函's title on):
    ``复函 国能综函安全〔2025〕59号`` became ``复函 国能综函`` ⏎ ``安全〔2025〕59号``.  Invented variant: ``国能综函油气``."""
    from corpus_tools.clean import clean_and_explain

    content = _nea()[0]["content"]
    flat = "    " + " ".join(content[content.index("国家能源局综合司关于同意"):].split("\n"))
    flat = flat[:flat.index("2025年9月25日") + len("2025年9月25日")]
    for code in ("国能综函安全", "国能综函油气"):
        lines = clean_and_explain(flat.replace("国能综函安全", code)).text.splitlines()
        assert f"{code}〔2025〕59号" in lines, lines[:3]
        assert not any(line.endswith("国能综函") for line in lines)


# --------------------------------------------------------------------------- F23-D4

def test_an_order_whose_spaced_number_opens_its_texts_line_is_titled_and_numbered(tmp_path):
    """``中华人民共和国国务院令`` ⏎ ``第　561　号 　　《防治船舶污染海洋环境管理条例》已经…``: the notice had title '' and no 文号."""
    page = PAGES / "d4_order_spaced_number.txt"
    docs, _ = build_files(tmp_path, (page.name, page.read_bytes()))
    notice = docs[0]
    assert notice["title"] == "中华人民共和国国务院令第561号"
    assert notice["doc_number"] == "国务院令第561号"
    assert any(d["title"] == "防治船舶污染海洋环境管理条例" for d in docs[1:])


def test_a_number_in_a_sentence_under_no_order_header_is_no_orders_number():
    from corpus_tools.structure.documents import find_title
    from corpus_tools.structure.metadata import order_block

    text = "关于某事的通知\n第　5　号 文件已经印发，请遵照执行。\n"
    assert order_block(text) is None and find_title(text)[0] == "关于某事的通知"


# --------------------------------------------------------------------------- F23-D2

def test_a_judgment_whose_head_is_joined_by_spaces_gets_its_court_kind_and_case_number(tmp_path):
    """60/60 JuDGE judgments (paragraphs joined by single spaces) had title '', no case number, doc_type ``other``."""
    page = PAGES / "d2_judgment_spaces_007.txt"
    docs, _ = build_files(tmp_path, (page.name, page.read_bytes()))
    (doc,) = docs
    assert doc["title"] == "福建省福州市鼓楼区人民法院刑事判决书"
    assert doc["doc_number"] == "（2018）闽0102刑初389号"
    assert doc["doc_type"] == "court_document" and doc["issuer"] == "福建省福州市鼓楼区人民法院"


def test_a_case_number_cited_in_a_first_sentence_is_no_header():
    """Negatives (invented): the number inside a sentence, a court named inside a phrase, a kind with no number."""
    from corpus_tools.structure.court_header import court_header

    for text in ("本院审理的某某人民法院 刑事判决书 （2018）闽0102刑初389号 一案，现已审结。",
                 "福建省福州市鼓楼区人民法院 刑事判决书 公诉机关福州市鼓楼区人民检察院。",
                 "关于某某的通知 福建省福州市鼓楼区人民法院 刑事判决书 （2018）闽0102刑初389号"):
        assert court_header(text) is None, text


def test_a_joined_head_under_the_cases_headline_takes_the_headline_as_title(tmp_path):
    """11 of the 60 JuDGE judgments open with the case's headline before the court (054's real head:
    ``钟育军容留他人吸毒罪一审刑事判决书 福建省厦门市集美区人民法院 刑事判决书 （2016）闽0211刑初753号 公诉机关…``).
    Invented combination: that headline over the 007 judgment."""
    page = PAGES / "d2_judgment_spaces_007.txt"
    text = "钟育军容留他人吸毒罪一审刑事判决书 " + page.read_text(encoding="utf-8")
    docs, _ = build_files(tmp_path, ("a.txt", text.encode()))
    assert docs[0]["title"] == "钟育军容留他人吸毒罪一审刑事判决书"
    assert docs[0]["doc_number"] == "（2018）闽0102刑初389号"
