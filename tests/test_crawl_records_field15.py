"""Crawler records of field test 15: paragraphs as a list (F15-R1), a law object whose provisions number
themselves with bare digits (F15-S1), the gov.cn policy API's own keys (F15-M2).

Real files: tests/real_pages/field15_records/SOURCE.md.  Invented variants are marked so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tools.crawl_records import read_records, record_page
from corpus_tools.ingest import IngestError

RECORDS = Path(__file__).parent / "real_pages" / "field15_records"
GAZETTE = RECORDS / "gazette-2004-09-bf904ae4.json"


# --------------------------------------------------------------------------- F15-R1: a list of paragraphs

def test_a_body_that_is_a_list_of_paragraphs_is_the_text_one_paragraph_a_line():
    """The 公报 case JSON was refused whole ("no text field … their fields: … body"): its ``body`` is a list."""
    data = GAZETTE.read_bytes()
    (record,), _ = read_records(data, "gazette-2004-09-bf904ae4.json")
    body = json.loads(data)["body"]
    assert record.problem is None and record.text_field == "body"
    assert record.text.split("\n") == body  # every paragraph, each as it is, one a line
    assert record.text.startswith("最高人民法院引渡裁定书\n（2001）法引字第1号\n引渡请求国：法兰西共和国。")
    page = record_page(record, "utf-8")
    assert page.metadata["title"] == "法兰西共和国申请引渡马尔丹·米歇尔案"
    assert page.metadata["doc_number"] == "（2001）法引字第1号"  # its ``caseNumber``, the 案号 the text's second line gives


def test_text_field_names_a_list_of_paragraphs_too():
    (record,), _ = read_records(GAZETTE.read_bytes(), "g.json", text_field="body")
    assert record.text.splitlines()[1] == "（2001）法引字第1号"


def test_a_text_field_holding_objects_is_rejected_saying_what_it_holds():
    """Nested objects are no text: the reason says the field is there and what it holds (the old message named
    ``body`` both as a sought field and as a field the records have)."""
    data = "\n".join(json.dumps({"title": title, "body": [{"p": "最高人民法院民事判决书"}, {"p": "本判决为终审判决。"}]},
                                ensure_ascii=False) for title in ("甲案", "乙案")).encode()
    with pytest.raises(IngestError) as caught:
        read_records(data, "case.jsonl")
    assert "field 'body' is a list of objects, not a string" in str(caught.value)
    with pytest.raises(IngestError) as caught:
        read_records(data, "case.jsonl", text_field="body")
    assert "field 'body' (--text-field) is a list of objects, not a string" in str(caught.value)


def test_one_record_whose_list_holds_objects_is_rejected_alone():
    lines = [{"title": "甲", "body": ["第一条 为了规范。"]}, {"title": "乙", "body": [{"p": "第一条 为了规范。"}]}]
    data = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode()
    first, second = read_records(data, "cases.jsonl")[0]
    assert first.text == "第一条 为了规范。" and first.problem is None
    assert second.problem[0] == "no_text" and "has a list of objects, not a string, in its text field 'body'" in second.problem[1]


def test_a_list_of_strings_in_a_metadata_field_stays_out_of_the_text():
    """Negative: a ``tags`` list is no text field; ``content`` (a string) stays the text."""
    data = json.dumps({"title": "某办法", "tags": ["财政", "预算"], "content": "第一条 为了规范。"}, ensure_ascii=False).encode()
    (record,), _ = read_records(data, "a.json")
    assert record.text == "第一条 为了规范。" and record.text_field == "content"


# --------------------------------------------------------------------------- F15-S1: a law's provisions numbered 1, 2, 3…

CYBER = RECORDS / "cybersecurity_law_2025.json"
CRIMINAL = RECORDS / "criminal_law_first42.json"
AMENDMENT = RECORDS / "constitution_amendment_1988.json"


def _law_page(path: Path):
    records, codec = read_records(path.read_bytes(), path.name)
    assert len(records) == 1, [r.name for r in records]
    return records[0], record_page(records[0], codec)


def test_a_law_object_whose_provisions_number_themselves_is_one_page_with_the_laws_metadata():
    """网络安全法 (2025) gave 81 title-less documents, one per article: its rows number themselves
    ``provision_ref: "1"``…; the object's title, issuing body, dates, status and url were lost."""
    law = json.loads(CYBER.read_bytes())
    record, page = _law_page(CYBER)
    lines = page.text.splitlines()
    articles = [line for line in lines if line.startswith("第") and "条 " in line[:8]]
    assert len(articles) == len(law["provisions"]) == 81
    assert articles[0] == "第一条 " + law["provisions"][0]["content"].splitlines()[0]  # as the articles table writes it (F21-C3)
    assert record.last == 81 and page.metadata["crawl_record"]["records"] == [1, 81]
    md = page.metadata
    assert (md["title"], md["issuer"], md["promulgated"], md["effective_date"], md["status"], md["url"]) == (
        "中华人民共和国网络安全法", "全国人民代表大会常务委员会", "2025-10-28", "2026-01-01", "in_force",
        "https://flk.npc.gov.cn/detail?bbbs=021e7d7684474107b8f3febbb1c4f8b5")
    for row in law["provisions"]:  # every article's text is there, as it is
        assert row["content"].strip() in page.text


def _article_before(lines: list[str], at: int) -> str:
    return next(line.split()[0] for line in reversed(lines[:at]) if line.startswith("第") and "条" in line[:8])


def test_chapter_paths_become_headings_where_they_change_read_one_row_later_as_flk_carries_them():
    """The crawl carries each path one row early (article 15, the last of 第一章 总则, carries 第二章): the
    heading is set before the row after, each changed level on its own line."""
    _, page = _law_page(CYBER)
    lines = page.text.splitlines()
    at = lines.index("第二章 网络安全支持与促进")
    assert _article_before(lines, at) == "第十五条" and lines[at + 1].startswith("第十六条 ")
    at = lines.index("第三章 网络运行安全")
    assert lines[at + 1] == "第一节 一般规定" and lines[at + 2].startswith("第二十三条 ")
    at = lines.index("第二节 关键信息基础设施的运行安全")  # the 章 did not change: only the 节
    assert _article_before(lines, at) == "第三十二条" and lines[at + 1].startswith("第三十三条 ")
    assert not any(line.startswith("第一章") for line in lines)  # never carried: not invented


def test_a_number_said_again_is_the_inserted_article_its_content_names():
    """刑法's rows number 第十七条之一 ``17`` again, its content opening ``之一　``: one line ``第十七条之一　…``,
    every character of the content kept."""
    law = json.loads(CRIMINAL.read_bytes())
    _, page = _law_page(CRIMINAL)
    lines = page.text.splitlines()
    inserted = [row["content"] for row in law["provisions"] if row["content"].startswith("之一")]
    assert len(inserted) == 2
    assert "第十七条" + inserted[0].splitlines()[0] in lines  # 第十七条之一　已满七十五周岁…
    assert "第三十七条" + inserted[1].splitlines()[0] in lines
    at = lines.index("第二节 管 制")
    assert lines[at + 1].startswith("第三十八条 ") and _article_before(lines, at) == "第三十七条之一"
    at = lines.index("第二章 犯 罪")
    assert lines[at + 1] == "第一节 犯罪和刑事责任" and lines[at + 2].startswith("第十三条 ")


def test_the_built_law_has_its_articles_in_their_chapters(tmp_path):
    from corpus_tools.dataset.build import build
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    raw.mkdir()
    for path in (CRIMINAL, AMENDMENT):
        (raw / path.name).write_bytes(path.read_bytes())
    build(raw, tmp_path / "out")
    docs = [row for f in sorted((tmp_path / "out" / "data").glob("documents-*.parquet")) for row in pq.read_table(f).to_pylist()]
    arts = [row for f in sorted((tmp_path / "out" / "data").glob("articles-*.parquet")) for row in pq.read_table(f).to_pylist()]
    titles = {row["title"]: row for row in docs}
    assert set(titles) == {"中华人民共和国刑法", "中华人民共和国宪法修正案（1988年）"}
    amendment = titles["中华人民共和国宪法修正案（1988年）"]
    assert (amendment["issuer"], amendment["published"], amendment["status"]) == ("全国人民代表大会", "1988-04-12", "in_force")
    criminal = [row for row in arts if row["doc_id"] == titles["中华人民共和国刑法"]["doc_id"]]
    assert len(criminal) == 42
    where = {(row["article_no"], row["article_suffix"]): (row["chapter_no"], row["section_no"]) for row in criminal}
    assert where[(12, 0)] == (None, None) and where[(13, 0)] == (2, 1)
    assert where[(37, 1)] == (3, 1) and where[(38, 0)] == (3, 2)


def test_rows_that_are_documents_or_counted_records_stay_pages_of_their_own():
    """Negative: a titled site object whose rows carry their own titles, or number themselves in a row
    counter (``id``), is a crawl of documents, not a law (INVENTED variants)."""
    titled = {"title": "某市人民政府规章", "items": [{"provision_ref": str(n), "title": f"某市{t}办法", "content": "第一条 为了规范。"}
                                                for n, t in ((1, "养犬"), (2, "物业"))]}
    counted = {"title": "政策文件", "data": [{"id": n, "content": f"关于{t}的通知\n各单位：现予印发。"} for n, t in ((1, "甲"), (2, "乙"))]}
    for value in (titled, counted):
        records, _ = read_records(json.dumps(value, ensure_ascii=False).encode(), "site.json")
        assert len(records) == 2 and all(r.last == 0 for r in records)


# --------------------------------------------------------------------------- F15-M2: the gov.cn policy API's keys

GOVCN = RECORDS / "govcn_policy_api_5records.jsonl"


def test_the_govcn_policy_apis_keys_give_the_number_the_organs_and_the_index():
    records, codec = read_records(GOVCN.read_bytes(), GOVCN.name, text_field="summary")
    first, second = (record_page(r, codec).metadata for r in records[:2])
    assert first["doc_number"] == "国发〔2026〕14号" and first["issuer"] == "国务院"
    assert first["info_box"]["fields"]["index_no"] == "000014349/2026-00037"
    assert second["doc_number"] == "发改能源〔2026〕622号"
    assert second["issuer"] == "国家发展改革委 国家能源局 生态环境部 国家统计局 国家数据局"
    assert "index_no" not in second.get("info_box", {}).get("fields", {})  # ``index: ""``


def test_an_index_field_that_counts_rows_is_no_index_number():
    records, codec = read_records(b'{"index": 3, "title": "\xe6\x9f\x90", "content": "\xe7\xac\xac\xe4\xb8\x80\xe6\x9d\xa1"}\n', "a.jsonl")
    assert "info_box" not in record_page(records[0], codec).metadata


def test_summaries_the_api_cut_are_flagged_truncated(tmp_path):
    from corpus_tools.dataset.build import build
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / GOVCN.name).write_bytes(GOVCN.read_bytes())
    build(raw, tmp_path / "out", text_field="summary")
    docs = [row for f in sorted((tmp_path / "out" / "data").glob("documents-*.parquet")) for row in pq.read_table(f).to_pylist()]
    assert len(docs) == 4  # the fifth record's summary is empty: rejected alone
    assert all("truncated" in row["findings"] for row in docs), [(row["title"], row["findings"]) for row in docs]
    by_number = {row["doc_number"]: row for row in docs}
    assert {"国发〔2026〕14号", "发改能源〔2026〕622号"} <= set(by_number)
    assert by_number["国发〔2026〕14号"]["index_no"] == "000014349/2026-00037"
