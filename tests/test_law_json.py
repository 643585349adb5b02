"""Law JSON whose law object holds its articles (F16B-I1): Taiwan's law database as open data, in its Chinese keys
(kong0107/mojLawSplitJSON) and its API's English keys (curist/taiwan-laws, field test 17), and the same shape in
other spellings (a list of laws, a list inside a wrapper, Traditional field names).

Real files: tests/real_pages/field16b_law_json/SOURCE.md.  Invented variants are marked so.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from corpus_tools.crawl_records import read_records, record_page
from corpus_tools.ingest import IngestError

sys.path.insert(0, str(Path(__file__).parent))
from real_build import build_real_pages, built_rows  # noqa: E402

LAWS = Path(__file__).parent / "real_pages" / "field16b_law_json"


def _page(name: str):
    records, codec = read_records((LAWS / name).read_bytes(), name)
    assert len(records) == 1, [r.problem for r in records]
    return records[0], record_page(records[0], codec)


def test_the_open_data_law_is_one_page_with_its_articles_labelled_and_its_attachment_list_left():
    """The whole corpus was refused (rc 2): ``條文內容`` (Traditional 內) was no text field, the name sat on the
    parent object and ``附件`` (a list of downloads) made two arrays of records."""
    record, page = _page("mojlaw_I0020027.json")
    lines = record.text.splitlines()
    assert len(lines) == 10 and lines[0] == "第1條\u3000本標準依政府資訊公開法（以下簡稱本法）第二十二條第二項規定訂定之。"
    assert lines[3] == "前項收費標準表未明定之項目，按重製或複製工本費，收取費用。"  # a second paragraph of 第3條
    assert lines[-1].startswith("第9條\u3000")
    assert page.metadata["title"] == "法務部及所屬機關提供政府資訊收費標準"
    assert page.metadata["url"] == "https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=I0020027"
    assert "附件" not in record.fields and "檔案名稱" not in record.text


def test_heading_rows_preamble_and_history_of_the_constitution():
    record, page = _page("mojlaw_A0000001_head.json")
    lines = record.text.splitlines()
    assert lines[:4] == ["中華民國國民大會受全體國民之付託，依據孫中山先生創立中華民國之遺",  # 前言, its own wraps kept
                         "教，為鞏固國權，保障民權，奠定社會安寧，增進人民福利，制定本憲法", "，頒行全國，永矢咸遵。", "第 一 章 總綱"]
    assert lines[4] == "第1條\u3000中華民國基於三民主義，為民有民治民享之民主共和國。"
    assert len(lines) == 10  # 3 preamble lines, 1 heading, 6 articles: the heading row is no record of its own
    assert page.metadata["published"] == "1947-01-01" and page.metadata["issuer"] == "國民政府"  # 沿革內容's first record


def test_the_api_record_with_english_keys_heading_rows_with_a_type_code_and_the_chinese_name(tmp_path):
    """``ArticleType: "C"`` beside a heading; ``EngLawName`` stands before ``LawName`` (the title was English)."""
    record, page = _page("curist_個人資料保護法_head.json")
    assert record.text.splitlines()[:3] == ["第 一 章 總則", "第1條\u3000為規範個人資料之蒐集、處理及利用，以避免人格權受侵害，並促進個人資料之合理利用，特制定本法。",
                                            "第1條之1\u3000本法之主管機關為個人資料保護委員會。"]
    assert page.metadata["title"] == "個人資料保護法" and page.metadata["url"].endswith("pcode=I0050021")
    record, page = _page("curist_中華民國刑法_head.json")  # ``LawAttachements`` beside ``LawArticles``
    assert record.text.splitlines()[:3] == ["第 一 編 總則", "第 一 章 法例",
                                            "第1條\u3000行為之處罰，以行為時之法律有明文規定者為限。拘束人身自由之保安處分，亦同。"]


def test_the_laws_build_as_documents_with_their_articles_and_chapters(tmp_path):
    built = build_real_pages("field16b_law_json", tmp_path)
    documents = {name: built_rows(built, "documents", name) for name in
                 ("mojlaw_I0020027.json", "mojlaw_A0000001_head.json", "curist_個人資料保護法_head.json")}
    assert [len(rows) for rows in documents.values()] == [1, 1, 1]
    assert documents["mojlaw_A0000001_head.json"][0]["title"] == "中华民国宪法"
    articles = built_rows(built, "articles", "mojlaw_A0000001_head.json")
    assert [a["article_no"] for a in articles] == [1, 2, 3, 4, 5, 6]
    assert {a["chapter_title"] for a in articles} == {"总纲"}
    articles = built_rows(built, "articles", "curist_個人資料保護法_head.json")
    assert [(a["article_no"], a["article_suffix"] or 0) for a in articles] == [(1, 0), (1, 1), (2, 0), (3, 0), (4, 0)]
    assert len(built_rows(built, "articles", "mojlaw_I0020027.json")) == 9


# --------------------------------------------------------------------------- invented variants (blind, /work/notes/fix17/blind.md)

def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def test_invented_a_list_of_laws_gives_one_page_per_law():
    laws = [{"law_title": title, "promulgated": "2021-03-01", "articles": [
        {"article_no": "第一条", "text": f"为了规范{title}，制定本条例。"}, {"article_no": "第二条", "text": "本条例自公布之日起施行。"}]}
        for title in ("某市养犬管理条例", "某市物业管理条例")]
    records, _ = read_records(_json(laws), "laws.json")
    assert [(r.fields["law_name"], r.text.splitlines()[0][:3]) for r in records] == [("某市养犬管理条例", "第一条"),
                                                                                     ("某市物业管理条例", "第一条")]


def test_invented_laws_inside_a_wrapper_with_heading_rows_and_traditional_field_names():
    data = {"total": 1, "data": [{"法律名稱": "某某組織法", "序言": "為建立某某制度，特制定本法。", "條文列表": [
        {"章節": "第 一 章 總則"}, {"條次": "第 1 條", "條文": "本法依憲法制定之。"}, {"條次": "第 1-1 條", "條文": "前條辦法應公告之。"},
        {"章節": "附則"}, {"條次": "第 2 條", "條文": "本法自公布日施行。"}]}]}
    (record,), _ = read_records(_json(data), "wrapped.json")
    assert record.text.splitlines() == ["為建立某某制度，特制定本法。", "第 一 章 總則", "第1條\u3000本法依憲法制定之。",
                                        "第1條之1\u3000前條辦法應公告之。", "附則", "第2條\u3000本法自公布日施行。"]


def test_invented_negatives_stay_as_they_were():
    """News records stay one page each; an object holding two arrays of news is refused as before; a law whose
    array holds a row that is neither an article nor a heading, or ends with a heading, is no law read as one page."""
    news = [{"title": "某区召开安全生产会议", "content": "12月1日，某区召开安全生产工作会议。"},
            {"title": "某街道开展消防演练", "content": "近日，某街道组织消防演练。"}]
    records, _ = read_records(_json(news), "news.json")
    assert [r.text for r in records] == [n["content"] for n in news]
    with pytest.raises(IngestError, match=r"several arrays of records \(news, notices\)"):
        read_records(_json({"news": news, "notices": news}), "two.json")
    odd = {"name": "某法", "content": [{"zh": "第一條", "article": "甲。"}, {"note": "一段说明文字", "page": "第3页"},
                                      {"zh": "第二條", "article": "乙。"}]}
    records, _ = read_records(_json(odd), "odd.json", text_field="article")
    assert len(records) == 3  # each row a record of its own, as before
    trailing = {"name": "某法", "content": [{"zh": "第一條", "article": "甲。"}, {"zh": "第二條", "article": "乙。"},
                                           {"編章節": "第 二 章 附則"}]}
    records, _ = read_records(_json(trailing), "trailing.json", text_field="article")
    assert len(records) == 3


def test_invented_json_lines_of_laws_give_one_page_per_law():
    lines = [{"法規名稱": name, "法規內容": [{"條號": "第 1 條", "條文內容": "本法依憲法制定之。"},
                                             {"條號": "第 2 條", "條文內容": "本法自公布日施行。"}]} for name in ("甲法", "乙法")]
    data = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode()
    records, _ = read_records(data, "laws.jsonl")
    assert [(r.fields["law_name"], r.text.count("\n")) for r in records] == [("甲法", 1), ("乙法", 1)]


def test_invented_a_law_of_one_article_keeps_its_label_heading_and_preamble():
    rows = [{"編章節": "第 一 章 總則"}, {"條號": "第 1 條", "條文內容": "本決定自公布日施行。"}]
    (record,), _ = read_records(_json({"法規名稱": "某決定", "前言": "為某事，特為決定。", "法規內容": rows}), "one.json")
    assert record.text.splitlines() == ["為某事，特為決定。", "第 一 章 總則", "第1條\u3000本決定自公布日施行。"]


def test_the_law_reader_is_linear_on_hostile_shapes():
    """50,000 rows each with a key of its own holding a label; 50,000 heading rows; 20,000 one-article laws (linear:
    0.38, 0.12, 2.1 CPU-s at 50,000 each, twice that at 100,000)."""
    import time

    shapes = [{"name": "某法", "content": [{f"k{i}": "第1条", "text": "甲。"} for i in range(50_000)]},
              {"法規名稱": "某法", "法規內容": [{"編章節": "第 一 章 總則"}] * 50_000 + [{"條號": "第 1 條", "條文內容": "甲。"}]},
              [{"title": f"法{i}", "articles": [{"no": "第一条", "text": "甲。"}]} for i in range(20_000)]]
    for shape in shapes:
        started = time.process_time()
        read_records(_json(shape), "hostile.json")
        assert time.process_time() - started < 15
