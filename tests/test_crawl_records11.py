"""Crawl records, session 11: the fields a crawl's records carry are put to use (review10 F5, F9,
F11, F13) and the CLI options reach records files.

Real data (tests/real_pages/crawl_records/SOURCE.md): GCCMPD's GOV_PRC.csv header and its record 13,
vickywu97's statute dumps (three records of the 公司法 as JSON Lines, three of the 专利法 as JSON).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.crawl_records import Record, read_records, record_metadata, record_page
from corpus_tools.dataset.build import build
from corpus_tools.ingest import IngestError, MAX_PAGE_CHARS

PAGES = Path(__file__).parent / "real_pages"
RECORDS = PAGES / "crawl_records"
GOV_PRC_13 = RECORDS / "gov_prc_row13.csv"
GOV_PRC_4 = PAGES / "field8b_ingest" / "gov_prc_4rows.csv"
COMPANY_LAW = PAGES / "jsonl" / "company_law_3records.jsonl"
PATENT_LAW = RECORDS / "patent_law_3records.json"


def _table(out: Path, config: str) -> list[dict]:
    return [row for f in sorted((out / "data").glob(f"{config}-*.parquet")) for row in pq.read_table(f).to_pylist()]


def _rejected(out: Path) -> dict[str, dict]:
    path = out / "rejected.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return {row["source_file"]: row for row in map(json.loads, lines)}


def _raw(tmp_path: Path, *files: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    for file in files:
        shutil.copy(file, raw / file.name)
    return raw


# --------------------------------------------------------------------------- F9: the title column of a crawl

def test_gccmpd_policy_column_titles_its_policy_content(tmp_path):
    """GCCMPD's record 13 runs title, 文号 and 主送 together in ``Policy_Content``
    (``…若干意见国发 〔2011〕 12 号各省…``): its text gave no title, 28 of 103 records were untitled
    (review10 F9).  ``Policy`` is the title of ``Policy_Content``."""
    records, codec = read_records(GOV_PRC_13.read_bytes(), GOV_PRC_13.name)
    page = record_page(records[0], codec)
    assert page.metadata["title"] == records[0].fields["Policy"] == "国务院关于促进稀土行业持续健康发展的若干意见"
    assert page.metadata["Policy"] == records[0].fields["Policy"]  # the field itself stays as the crawl names it
    out = tmp_path / "out"
    build(_raw(tmp_path, GOV_PRC_13), out, progress=False)
    (document,) = [d for d in _table(out, "documents") if d["ordinal"] == 0]
    assert document["title"] == "国务院关于促进稀土行业持续健康发展的若干意见"


def test_a_title_column_is_read_only_beside_its_own_text_column():
    """Negatives: a field is the title only when the text field is named after it, and only when it is
    one short line; a record's own ``title`` comes first."""
    text = "第一条 为了规范。"
    assert "title" not in record_metadata({"Policy": "某办法"}, "content")  # content is no Policy's
    assert "title" not in record_metadata({"Year": "2011"}, "Policy_Content")
    assert "title" not in record_metadata({"Policy": "某办法\n第二行"}, "Policy_Content")
    assert "title" not in record_metadata({"Policy": "某" * 201}, "Policy_Content")
    assert record_metadata({"Policy": "甲办法", "title": "乙办法"}, "Policy_Content")["title"] == "乙办法"
    assert record_metadata({"law_name": "中华人民共和国公司法", "content": text}, "content")["title"] == "中华人民共和国公司法"


# --------------------------------------------------------------------------- F11: one oversized cell

def test_one_oversized_csv_cell_rejects_its_record_not_the_table(tmp_path):
    """review10 F11: a cell over the page limit made the csv module refuse the whole table (0 pages);
    a JSON record of that size rejects only itself.  The real rows of GOV_PRC.csv around one whose text
    is over the limit: the others are built."""
    header, row = GOV_PRC_13.read_bytes().decode("utf-8-sig").split("\r\n")[:2]
    policy, year, country, content, *rest = next(__import__("csv").reader([row]))
    huge = (content * (MAX_PAGE_CHARS // len(content) + 2))[: MAX_PAGE_CHARS + 10]
    first = GOV_PRC_4.read_bytes().decode("utf-8-sig").split("\n")[1].rstrip("\r")
    table = "\r\n".join([header, first, ",".join([policy, year, country, huge, *rest]), row, ""])
    records, codec = read_records(table.encode("utf-8"), "big.csv")
    assert [r.number for r in records] == [1, 2, 3]
    try:
        record_page(records[1], codec)
    except IngestError as error:
        assert error.code in ("too_large", "huge_line") and error.source_file == "big.csv#000002"
    else:
        raise AssertionError("a record over the page limit was read")
    assert record_page(records[2], codec).metadata["title"] == policy


# --------------------------------------------------------------------------- clean: one reader, --encoding

def test_clean_encoding_applies_to_a_records_file(tmp_path):
    """``clean --encoding`` decoded pages only: a records file was always detected.  vickywu97's 公司法
    records saved as GB18030 (a crawl written by a Windows tool): read with the codec named; a codec that
    does not fit rejects the file, named, as it rejects a page."""
    from typer.testing import CliRunner

    from corpus_tools import cli

    crawl = tmp_path / "crawl.jsonl"
    crawl.write_bytes(COMPANY_LAW.read_text(encoding="utf-8").encode("gb18030"))
    runner = CliRunner()
    cleaned = runner.invoke(cli.app, ["clean", str(crawl), "-o", str(tmp_path / "out"), "--encoding", "gb18030"])
    assert cleaned.exit_code == 0, cleaned.output
    first = json.loads(COMPANY_LAW.read_text(encoding="utf-8").splitlines()[0])["content"]
    assert (tmp_path / "out" / "crawl.jsonl#000001").read_text(encoding="utf-8").split("\n")[0] == "第1条 " + first
    wrong = runner.invoke(cli.app, ["clean", str(crawl), "-o", str(tmp_path / "out2"), "--encoding", "utf-8"])
    assert wrong.exit_code != 0 and "not utf-8" in wrong.output


def test_clean_and_build_share_one_records_cache(tmp_path, monkeypatch):
    """review10 F13: batch kept its own cache of parsed records beside the build's reader's; now one
    (``crawl_records.cached_records``): a records file is parsed once for planning and every record."""
    from corpus_tools import batch, crawl_records

    crawl = tmp_path / "crawl.json"
    shutil.copy(RECORDS / "bjtcm_input_4records.json", crawl)
    parsed = []
    real = crawl_records.read_records
    monkeypatch.setattr(crawl_records, "read_records", lambda *a, **k: parsed.append(a[1]) or real(*a, **k))
    pages = batch.plan_pages([str(crawl)], tmp_path / "out")
    texts = [batch.read_page(page).text for page in pages[:2]]
    assert len(pages) == 4 and len(parsed) == 1 and texts[0].startswith("\u3000\u3000一、总体情况")
    assert not hasattr(batch, "_LAST_RECORDS")


# --------------------------------------------------------------------------- F5: one record per article

def test_a_laws_article_records_are_one_page_of_articles(tmp_path):
    """review10 F5: vickywu97's statute dumps store one *article* per record (``law_code``,
    ``article_number`` ``第1条``, ``content``): 562 untitled ``other`` pages of no article.  The records of one
    law, one after another, are one page; each article is its label and its text, so the structure has
    them; the fields every record shares are the page's, the records it holds are named."""
    out = tmp_path / "out"
    build(_raw(tmp_path, COMPANY_LAW, PATENT_LAW), out, progress=False)
    pages = {p["source_file"]: p for p in _table(out, "pages")}
    assert sorted(pages) == ["company_law_3records.jsonl#000001", "patent_law_3records.json#000001"]
    meta = json.loads(pages["company_law_3records.jsonl#000001"]["metadata"])
    assert meta["crawl_record"]["records"] == [1, 3] and meta["law_code"] == "COMPANY_LAW"
    assert "id" not in meta and "article_number" not in meta  # one per record: not the page's
    records = [json.loads(line) for line in COMPANY_LAW.read_text(encoding="utf-8").splitlines()]
    articles = [a for a in _table(out, "articles") if a["source_file"] == "company_law_3records.jsonl#000001"]
    assert [(a["article_no"], a["text"]) for a in articles] == [(r["article_sort_key"], r["content"]) for r in records]


def _jsonl(*rows: dict) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


def test_records_that_are_no_laws_articles_stay_a_page_each():
    """Negatives: records without a law, without an article number that reads as a label, of another law
    than the next, or a single article record, stay one page per record, their text untouched."""
    first, second = (json.loads(line) for line in COMPANY_LAW.read_text(encoding="utf-8").splitlines()[:2])
    no_law = [{k: v for k, v in r.items() if k != "law_code"} for r in (first, second)]
    no_label = [{**r, "article_number": f"Art. {n}"} for n, r in enumerate((first, second), 1)]
    two_laws = [first, {**second, "law_code": "PATENT_LAW"}]
    for rows in (no_law, no_label, two_laws, [first]):
        records, _ = read_records(_jsonl(*rows), "s.jsonl")
        assert [(r.name, r.text, r.last) for r in records] == \
            [(f"s.jsonl#00000{n}", row["content"], 0) for n, row in enumerate(rows, 1)]
    # a text that opens with its own label is not labelled twice (in either numerals); a bare number is a label,
    # composed in Chinese numerals as the articles table writes it (F21-C3)
    rows = [{**first, "article_number": 1, "content": "第1条 " + first["content"]}, {**second, "article_number": "2"}]
    (page,) = read_records(_jsonl(*rows), "s.jsonl")[0]
    assert page.text == "第1条 " + first["content"] + "\n第二条 " + second["content"]


# --------------------------------------------------------------------------- F10-J1: declared values of no form

def test_a_records_declared_number_and_issuer_of_no_form_are_not_taken(tmp_path):
    """F10-J1: ai-zhengce-tong's data/documents.json record of its 电子居住证 指引 (the record behind
    tests/real_pages/field10_findings/zhengce_doc_4.md) declares the document's basis as its 文号 and a
    WeChat repost credit as its issuer: the dataset took both.  They stay in the page's metadata
    (``not_taken``), the document's fields come from its text (none here), and a finding names each."""
    from corpus_tools.ingest import split_front_matter

    declared, text = split_front_matter((PAGES / "field10_findings" / "zhengce_doc_4.md").read_text(encoding="utf-8"), "x.md")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "documents.jsonl").write_bytes(_jsonl({**declared, "content": text}))
    build(raw, tmp_path / "out", progress=False)
    (page,) = _table(tmp_path / "out", "pages")
    set_apart = json.loads(page["metadata"])["not_taken"]
    assert set_apart["doc_number"]["value"] == declared["doc_number"] == "（依据《居住证暂行条例》《广东省流动人口服务管理条例》）"
    assert set_apart["issuer"]["value"] == declared["issuer"] == "粤省事微信公众号（天河区政府网转载）"
    (document,) = _table(tmp_path / "out", "documents")
    assert document["doc_number"] is None and document["issuer"] is None and document["title"] == declared["title"]
    checks = {f["check"]: f["excerpt"] for f in _table(tmp_path / "out", "findings")}
    assert "not taken" in checks["doc_number_form"] and "not taken" in checks["issuer_form"]


def test_declared_values_of_their_form_are_taken():
    """Negatives: the real records' values that are a 文号 and an issuer are taken as declared."""
    from corpus_tools.ingest import split_front_matter

    declared, text = split_front_matter((PAGES / "field10_findings" / "zhengce_doc_5.md").read_text(encoding="utf-8"), "x.md")
    records, codec = read_records(_jsonl({**declared, "content": text}), "documents.jsonl")
    metadata = record_page(records[0], codec).metadata
    assert "not_taken" not in metadata
    assert metadata["doc_number"] == declared["doc_number"] == "穗天教〔2026〕2号"
    assert metadata["issuer"] == declared["issuer"] == "广州市天河区教育局"


# --------------------------------------------------------------------------- review 11: where a law's run ends


def _article(n: int, label: str, text: str, **fields) -> Record:
    return Record(f"s.jsonl#{n:06d}", n, text, {"law_code": "COMPANY_LAW", "article_number": label, **fields})


def test_two_versions_of_a_law_are_two_pages():
    """review 11 F2: the 2018 and 2023 texts of one law, one after the other, were one page with 第1条 twice."""
    from corpus_tools.crawl_records import law_pages

    records = [_article(1, "第1条", "为了规范公司（2018年文本）。", version="2018"), _article(2, "第2条", "本法所称公司。", version="2018"),
               _article(3, "第1条", "为了规范公司（2023年文本）。", version="2023"), _article(4, "第2条", "本法所称公司，是指。", version="2023")]
    pages = law_pages(records)
    assert [(p.name, p.last, p.fields.get("version")) for p in pages] == [
        ("s.jsonl#000001", 2, "2018"), ("s.jsonl#000003", 4, "2023")]
    again = law_pages([_article(1, "第1条", "甲。"), _article(2, "第2条", "乙。"), _article(3, "第1条", "甲。"), _article(4, "第2条", "乙。")])
    assert len(again) == 2  # a second crawl of the same text starts again at 第1条


def test_a_law_longer_than_a_page_goes_on_in_the_next_page():
    """review 11 F3: 400 articles of ~10,000 characters made a page over the limit, and the whole law was rejected."""
    from corpus_tools.crawl_records import law_pages
    from corpus_tools.ingest import MAX_PAGE_CHARS

    body = "本条规定。" * 2_000
    pages = law_pages([_article(n, f"第{n}条", body) for n in range(1, 401)])
    assert len(pages) >= 2
    assert all(len(p.text) <= MAX_PAGE_CHARS for p in pages)
    assert sum(p.text.count("本条规定。") for p in pages) == 400 * 2_000  # nothing lost
