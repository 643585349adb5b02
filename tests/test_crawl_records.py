"""A crawler's records files (JSON, JSON Lines, CSV) built as one page per record.

Real files (tests/real_pages/crawl_records/SOURCE.md): four records of the scrapy crawl of
zyj.beijing.gov.cn that ../shared/real/bjtcm was cut from, three of vickywu97's statute dumps
(JSON and JSON Lines: field test 7b, "no page could be built"), four rows of GCCMPD's GOV_PRC.csv
(field test 8b), and JSON files that hold no records (a package.json, vickywu97's indexes).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools import crawl_records
from corpus_tools.clean.page import clean_page
from corpus_tools.crawl_records import Record, read_records, record_metadata, record_page
from corpus_tools.dataset.build import build
from corpus_tools.ingest import IngestError, ingest_bytes

PAGES = Path(__file__).parent / "real_pages"
RECORDS = PAGES / "crawl_records"
BJTCM = RECORDS / "bjtcm_input_4records.json"
COMPANY_LAW = PAGES / "jsonl" / "company_law_3records.jsonl"
GOV_PRC = PAGES / "field8b_ingest" / "gov_prc_4rows.csv"


def _table(out: Path, config: str) -> list[dict]:
    return [row for f in sorted((out / "data").glob(f"{config}-*.parquet")) for row in pq.read_table(f).to_pylist()]


def _rejected(out: Path) -> dict[str, dict]:
    lines = (out / "rejected.jsonl").read_text(encoding="utf-8").splitlines() if (out / "rejected.jsonl").exists() else []
    return {row["source_file"]: row for row in map(json.loads, lines)}


def _hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _raw(tmp_path: Path, *files: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for file in files:
        shutil.copy(file, raw / file.name)
    return raw


# --------------------------------------------------------------------------- the bjtcm crawl

def test_the_bjtcm_crawl_builds_one_page_per_record_with_the_sites_metadata(tmp_path):
    """input.json of the bjtcm crawl was rejected whole ("JSON data … not read"): its records are pages,
    titled, dated and addressed as the site lists them; the two records that give no page are rejected
    alone, named, and the build goes on."""
    out = tmp_path / "out"
    summary = build(_raw(tmp_path, BJTCM), out, progress=False)
    assert summary.files == 1 and summary.pages == 2 and summary.outcome == "rejected"
    rejected = _rejected(out)
    assert sorted(rejected) == ["bjtcm_input_4records.json#000003", "bjtcm_input_4records.json#000004"]
    assert rejected["bjtcm_input_4records.json#000003"]["code"] == "empty"  # an image, no text
    no_text = rejected["bjtcm_input_4records.json#000004"]
    assert no_text["code"] == "no_text"
    assert "record 4 has null in its text field 'article'" in no_text["reason"] and "urlsource, title" in no_text["reason"]

    documents = {(d["source_file"], d["ordinal"]): d for d in _table(out, "documents")}
    notice = documents[("bjtcm_input_4records.json#000001", 0)]
    assert notice["title"] == "北京市中医管理局2020年度绩效管理工作自查情况"  # the record's title (none in the article)
    assert notice["source_url"] == "http://zyj.beijing.gov.cn/sy/tzgg/202101/t20210106_2199930.html"
    assert notice["published"] == "2021-01-06" and notice["source"] == "北京市中医管理局"
    law = documents[("bjtcm_input_4records.json#000002", 2)]  # after the page's heading and the 主席令
    assert law["title"] == "中华人民共和国中医药法" and law["num_articles"] == 63
    pages = {p["source_file"]: p for p in _table(out, "pages")}
    assert pages["bjtcm_input_4records.json#000001"]["format"] == "html"
    assert json.loads(pages["bjtcm_input_4records.json#000001"]["metadata"])["crawl_record"] == {
        "text_field": "article", "left_out": ["attachment"]}


@pytest.mark.parametrize("number", [1, 2])
def test_a_records_html_gives_the_text_its_page_gives(number):
    """Clean text stays the same: a record's HTML field is read and cleaned exactly as the same HTML
    saved as a page (the 48 pages of ../shared/real/bjtcm are such fields)."""
    records, codec = read_records(BJTCM.read_bytes(), BJTCM.name)
    record = records[number - 1]
    as_page = ingest_bytes(record.text.encode(), "page.html")
    from_record = record_page(record, codec)
    assert from_record.text == as_page.text and from_record.format == "html"
    assert clean_page(from_record).text == clean_page(as_page).text


# --------------------------------------------------------------------------- vickywu97, GCCMPD

def test_statute_dumps_as_json_lines_and_json_are_read(tmp_path):
    """vickywu97's dumps (field test 7b: 9 files, "no page could be built"): one record per article of one law,
    read as one page per law (review10 F5: a page per article record had no article), each article its
    record's label and ``content`` unchanged, its dates and address from the fields the records share."""
    raw = _raw(tmp_path, COMPANY_LAW, RECORDS / "patent_law_3records.json")
    out = tmp_path / "out"
    summary = build(raw, out, progress=False)
    assert summary.outcome == "ok" and summary.files == 2 and summary.pages == 2
    pages = {p["source_file"]: p for p in _table(out, "pages")}
    assert sorted(pages) == ["company_law_3records.jsonl#000001", "patent_law_3records.json#000001"]
    records = [json.loads(line) for line in COMPANY_LAW.read_text(encoding="utf-8").splitlines()]
    documents = {d["source_file"]: d for d in _table(out, "documents")}
    assert documents["company_law_3records.jsonl#000001"]["text"] == "\n".join(
        f"{r['article_number']} {r['content']}" for r in records)  # clean text, unchanged
    assert documents["company_law_3records.jsonl#000001"]["effective"] == "2024-07-01"
    assert documents["patent_law_3records.json#000001"]["source_url"] == "https://flk.npc.gov.cn/"
    articles = [a for a in _table(out, "articles") if a["source_file"] == "company_law_3records.jsonl#000001"]
    assert [(a["article_no"], a["text"]) for a in articles] == [(n, r["content"]) for n, r in enumerate(records, 1)]


def test_a_csv_crawl_is_read_by_its_content_column(tmp_path):
    """GCCMPD's GOV_PRC.csv (``Policy,Year,Country,Policy_Content,URL,Scope,Source``) was rejected; its
    text column is the one field whose name ends as a text field's (``Policy_Content``).  Three of its
    four rows have that column empty (the crawler got only the title): rejected, each named."""
    out = tmp_path / "out"
    summary = build(_raw(tmp_path, GOV_PRC), out, progress=False)
    assert summary.pages == 1
    records, _ = read_records(GOV_PRC.read_bytes(), GOV_PRC.name)
    assert {r.text_field for r in records} == {"Policy_Content"}
    pages = _table(out, "pages")
    assert [p["source_file"] for p in pages] == ["gov_prc_4rows.csv#000001"]
    documents = _table(out, "documents")
    assert {d["source_url"] for d in documents} == {records[0].fields["URL"]}  # ``URL``: front matter's ``url``
    assert pages[0]["ingested_text"] == records[0].text  # (the cleaners then restore its lost line breaks)
    rejected = _rejected(out)
    assert sorted(rejected) == [f"gov_prc_4rows.csv#00000{i}" for i in (2, 3, 4)]
    assert rejected["gov_prc_4rows.csv#000002"]["reason"] == "record 2's text field 'Policy_Content' is empty"


# --------------------------------------------------------------------------- what is no records file

@pytest.mark.parametrize("name, fields", [
    ("package.json", "devDependencies, config"),
    ("deprecated_laws.json", "name, type, repealed_date"),
    ("laws_index.json", "CIVIL_CODE, COMPANY_LAW"),
])
def test_json_that_holds_no_records_with_text_is_rejected_naming_its_fields(tmp_path, name, fields):
    out = tmp_path / "out"
    raw = _raw(tmp_path, RECORDS / name, BJTCM)
    summary = build(raw, out, progress=False)
    assert summary.pages == 2  # the other file is built
    rejected = _rejected(out)[name]
    assert rejected["code"] == "no_text_field" and fields in rejected["reason"]
    assert "--text-field" in rejected["reason"]


@pytest.mark.parametrize("data, code", [
    (b'{"title": "x", "content": "\xe7\xac\xac\xe4\xb8\x80\xe6\x9d\xa1"', "json"),  # cut off
    (b"[" * 100_000 + b"]" * 100_000, "too_deep"),
    (b'"just a string"', "json"),
    (b"[1, 2, 3]", "json"),
])
def test_json_that_is_no_records_is_rejected_with_the_reason(data, code):
    with pytest.raises(IngestError) as caught:
        read_records(data, "crawl.json")
    assert caught.value.code == code and "crawl.json" in str(caught.value)


def test_one_bad_record_never_loses_the_others():
    lines = COMPANY_LAW.read_bytes().split(b"\n")
    data = b"\n".join([lines[0], lines[1][:40], b"", lines[2]])  # the second line cut off, a blank line
    records, _ = read_records(data, "statutes.jsonl")
    assert [r.name for r in records] == ["statutes.jsonl#000001", "statutes.jsonl#000002", "statutes.jsonl#000003"]
    assert records[1].problem[0] == "json" and records[1].problem[1].startswith("line 2: not JSON")
    assert records[0].text and records[2].text
    with pytest.raises(IngestError, match="line 2: not JSON"):
        record_page(records[1], "utf-8")


def test_the_text_field_can_be_named(tmp_path):
    data = (RECORDS / "patent_law_3records.json").read_bytes()
    records, _ = read_records(data, "patent.json", text_field="notes")
    # (one law's article records are one page, each article labelled: review10 F5)
    assert records[0].text.split("\n")[0] == "第1条 源经专家确认完整（非截断）" and "content" not in records[0].fields
    with pytest.raises(IngestError) as caught:
        read_records(data, "patent.json", text_field="正文")
    assert caught.value.code == "no_text_field" and "'正文'" in caught.value.reason and "law_code" in caught.value.reason


def test_limits_are_checked_before_the_work(monkeypatch):
    monkeypatch.setattr(crawl_records, "MAX_RECORDS", 2)
    for data, name in ((COMPANY_LAW.read_bytes(), COMPANY_LAW.name), (GOV_PRC.read_bytes(), GOV_PRC.name),
                       ((RECORDS / "patent_law_3records.json").read_bytes(), "patent.json")):
        with pytest.raises(IngestError) as caught:
            read_records(data, name)
        assert caught.value.code == "too_many_records"
    monkeypatch.setattr(crawl_records, "MAX_JSON_CONTAINERS", 100)
    with pytest.raises(IngestError, match="checked before it is read"):  # 64 MB of {}, would be gigabytes
        read_records(b"[" + b"{}," * 100 + b"{}]", "crawl.json")
    long_field = {"title": "某办法", "summary": "摘" * (crawl_records.MAX_FIELD_CHARS + 1), "tags": ["a"]}
    metadata = record_metadata(long_field, "content")
    assert "summary" not in metadata and metadata["crawl_record"]["left_out"] == ["summary", "tags"]


def test_chinese_field_names_are_read_as_a_metadata_box():
    metadata = record_metadata({"标题": "国务院关于某事的批复", "发文字号": "国函〔2016〕178号", "发布日期": "2016-12-01",
                                "原文链接": "https://www.gov.cn/zhengce/content/2016-12/01/content_1.htm"}, "正文")
    assert metadata["info_box"] == {"fields": {"title": "国务院关于某事的批复", "doc_number": "国函〔2016〕178号",
                                               "published": "2016-12-01"}}
    assert metadata["url"] == "https://www.gov.cn/zhengce/content/2016-12/01/content_1.htm"


def test_a_page_file_named_as_a_record_is_rejected_as_a_name_clash(tmp_path):
    raw = _raw(tmp_path, COMPANY_LAW)
    (raw / "company_law_3records.jsonl#000001").write_text("第一条 为了规范管理，制定本办法。\n", encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.pages == 1  # the law's three article records (review10 F5)
    assert [r["code"] for r in summary.rejected] == ["name_clash"]


# --------------------------------------------------------------------------- workers, chunks, configuration

def test_records_split_across_chunks_give_the_same_bytes_for_any_number_of_workers(tmp_path, monkeypatch):
    from corpus_tools.dataset import build as build_module

    raw = _raw(tmp_path, BJTCM, COMPANY_LAW, GOV_PRC, RECORDS / "package.json")
    (raw / "notice.txt").write_text("关于某事的通知\n各区：\n现将有关事项通知如下。\n", encoding="utf-8")
    one = build(raw, tmp_path / "one", progress=False)
    chunks: list[range] = []
    real_plan = build_module.plan_chunks
    monkeypatch.setattr(build_module, "plan_chunks", lambda sizes: chunks.extend(real_plan(sizes, chunk_bytes=20_000)) or chunks)
    two = build(raw, tmp_path / "two", progress=False, workers=2)
    assert len(chunks) >= 3  # the bjtcm file's two records of 30 and 48 KB in two chunks
    assert one.render().split("time")[0] == two.render().split("time")[0]
    assert [p["source_file"] for p in _table(tmp_path / "two", "pages")] == sorted(
        p["source_file"] for p in _table(tmp_path / "one", "pages"))


def test_the_text_field_is_recorded_only_when_given(tmp_path):
    raw = _raw(tmp_path, RECORDS / "patent_law_3records.json")
    build(raw, tmp_path / "default", progress=False)
    build(raw, tmp_path / "notes", progress=False, text_field="notes")
    default = json.loads((tmp_path / "default" / "build.json").read_text())["configuration"]["input"]
    named = json.loads((tmp_path / "notes" / "build.json").read_text())["configuration"]["input"]
    assert "text_field" not in default and named["text_field"] == "notes"
    assert "the input patterns: text_field `notes`;" in (tmp_path / "notes" / "README.md").read_text(encoding="utf-8")
    texts = {p["source_file"]: p["text"] for p in _table(tmp_path / "notes", "documents")}
    assert texts["patent_law_3records.json#000001"].split("\n")[0] == "第1条 源经专家确认完整（非截断）"


# --------------------------------------------------------------------------- the command line

def test_build_and_clean_take_the_text_field_on_the_command_line_and_in_a_config(tmp_path):
    from typer.testing import CliRunner

    from corpus_tools import cli

    raw = _raw(tmp_path, COMPANY_LAW, RECORDS / "package.json")
    runner = CliRunner()
    built = runner.invoke(cli.app, ["build", str(raw), "--out", str(tmp_path / "out"), "-q", "--text-field", "notes"])
    assert built.exit_code == 3  # package.json has no field "notes": rejected, the rest built
    assert json.loads((tmp_path / "out" / "build.json").read_text())["configuration"]["input"]["text_field"] == "notes"
    config = tmp_path / "crawl.yaml"
    config.write_text("text_field: content\n", encoding="utf-8")
    cleaned = runner.invoke(cli.app, ["clean", str(raw / COMPANY_LAW.name), "-o", str(tmp_path / "clean"), "--config", str(config)])
    assert cleaned.exit_code == 0, cleaned.output
    written = sorted(p.name for p in (tmp_path / "clean").iterdir())
    assert written == [f"{COMPANY_LAW.name}#000001"]  # one law's article records: one page (review10 F5)
    first = json.loads(COMPANY_LAW.read_text(encoding="utf-8").splitlines()[0])["content"]
    assert (tmp_path / "clean" / written[0]).read_text(encoding="utf-8").split("\n")[0] == "第1条 " + first
    alone = runner.invoke(cli.app, ["clean", str(raw / COMPANY_LAW.name)])
    assert alone.exit_code == 2 and "records file" in alone.output  # several pages: -o FOLDER
    bad = runner.invoke(cli.app, ["clean", str(raw / "package.json"), "-o", str(tmp_path / "clean2")])
    assert bad.exit_code == 2 and "no text field" in bad.output


def test_a_bad_text_field_in_a_config_is_refused():
    from corpus_tools.config import ConfigError, resolve

    assert resolve({"text_field": "正文"}, folder=Path("/nonexistent")).text_field == "正文"
    with pytest.raises(ConfigError, match="text_field"):
        resolve({"text_field": ["content"]}, folder=Path("/nonexistent"))


def test_a_text_written_as_html_is_read_as_html_wherever_its_markup_starts():
    """A crawl's ``content`` that opens with text and goes on in ``</p><p>`` is HTML; a plain law that
    names a tag once is not (its text is kept as written)."""
    html = Record("a.jsonl#000001", 1, "　　第一条 为了规范管理，制定本办法。</p><p>　　第二条 本办法自公布之日起施行。</p>"
                  "<p>　　第三条 本办法由某局负责解释。</p>", {}, "content")
    assert record_page(html, "utf-8").format == "html"
    assert "</p>" not in record_page(html, "utf-8").text
    plain = Record("a.jsonl#000002", 2, "第一条 网页中的<br>标记不得用于正文。\n第二条 本办法自公布之日起施行。\n", {}, "content")
    page = record_page(plain, "utf-8")
    assert page.format == "text" and page.text == plain.text


def test_an_integer_too_long_for_python_is_a_bad_record_not_a_crash():
    """review10 F1: ``json.loads`` raises a plain ValueError (no position) for an integer of 4,301+ digits; the
    handler read its ``.msg`` and the AttributeError stopped the whole build."""
    good = '{"content": "第一条 为了规范管理，制定本办法。"}'.encode()
    data = b'{"content": "x", "id": ' + b"9" * 5000 + b"}\n" + good
    records, _ = read_records(data, "crawl.jsonl")
    assert records[0].problem[1].startswith("line 1: not read as JSON") and records[1].text
    with pytest.raises(IngestError) as caught:
        read_records(b'[{"content": "x", "id": ' + b"9" * 5000 + b"}]", "crawl.json")
    assert caught.value.code == "json"


def test_numbers_and_booleans_are_no_title_issuer_or_number():
    metadata = record_metadata({"title": 123, "issuer": True, "doc_number": 1.5, "id": 7}, "content")
    assert "title" not in metadata and "issuer" not in metadata and "doc_number" not in metadata and metadata["id"] == 7


def test_fields_that_are_no_json_value_are_left_out():
    metadata = record_metadata({"title": "某办法", "score": float("nan"), "year": 2016}, "content")
    assert metadata["year"] == 2016 and "score" not in metadata and metadata["crawl_record"]["left_out"] == ["score"]


def test_pages_are_written_in_the_order_of_their_names(tmp_path):
    """``a.jsonl``'s pages are ``a.jsonl#000001``…: a file ``a.jsonl b.txt`` sorts before them (space
    before ``#``), so the build reads it first and the dataset stays sorted by ``source_file``."""
    raw = _raw(tmp_path, COMPANY_LAW)
    (raw / "company_law_3records.jsonl b.txt").write_text("关于某事的通知\n各区：\n现将有关事项通知如下。\n", encoding="utf-8")
    (raw / "company_law_3records.jsonl.txt").write_text("关于另一事的通知\n各区：\n现将有关事项通知如下。\n", encoding="utf-8")
    build(raw, tmp_path / "out", progress=False)
    names = [p["source_file"] for p in _table(tmp_path / "out", "pages")]
    assert len(names) == 3 and names == sorted(names)  # the law's article records are one page (review10 F5)


def test_clean_reads_a_records_file_once_for_all_its_records(tmp_path, monkeypatch):
    """review10 F7: ``clean -o`` read and compared the whole records file for every record (4,000 records of 11.6 MB:
    14 CPU-s before any cleaning)."""
    from corpus_tools import batch

    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join('{"content": "第一条 为了规范管理，制定本办法。第%d号"}' % n for n in range(200)), encoding="utf-8")
    reads = []
    real_read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or real_read(self))
    pages = batch._record_pages(batch.Page(crawl, "crawl.jsonl", None), None)
    assert len(pages) == 200
    reads.clear()
    texts = [batch.read_page(page).text for page in pages]
    assert len(reads) <= 1 and texts[199].endswith("第199号")


def test_a_lone_surrogate_in_declared_metadata_builds(tmp_path):
    """review10 F10: a ``\\udfff`` escape in a record's title (or a front matter's) is no character: simplify() of
    the title raised and the Parquet writer refused the page's metadata, the whole build stopped (rc 1)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "c.jsonl").write_text('{"title": "某\\udfff办法", "来源": "某\\ud800", "content": "第一条 为了规范管理，制定本办法。"}\n',
                                 encoding="utf-8")
    (raw / "a.md").write_text('---\ntitle: "某\\udfff办法"\n---\n第一条 为了规范管理，制定本办法。\n', encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok"
    titles = {row["source_file"]: row["title"] for path in (tmp_path / "out" / "data").glob("documents-*.parquet")
              for row in pq.read_table(path).to_pylist()}
    # the surrogate is U+FFFD at ingest, which the cleaners then take out of the title (with a warning)
    assert titles["a.md"] == titles["c.jsonl#000001"] == "某办法"


def test_camel_case_keys_give_the_url_and_the_posting_date():
    """F14-D2 (field test 14): rowancy66/zhengce's records name them ``sourceUrl`` and ``publishDate``."""
    from corpus_tools.crawl_records import record_metadata

    fields = {"id": "eae020d276bbcca4", "title": "政策发布", "sourceName": "商务部", "sourceUrl": "https://www.mofcom.gov.cn/zcfb/",
              "publishDate": "2026-04-28", "region": "国家"}
    meta = record_metadata(fields, "text")
    assert meta["url"] == "https://www.mofcom.gov.cn/zcfb/" and meta["meta_published"] == "2026-04-28"
