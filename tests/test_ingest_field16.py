"""Field test 16's ingest findings on real files (tests/real_pages/field16_fixf/SOURCE.md): a PostgreSQL-style
SQL seed read as a page (F16-I2) and an XML law file of an unknown schema read as plain text (F16-I1)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.ingest import IngestError, detect_format, ingest_bytes, ingest_file, sql_dump
from corpus_tools.xml_text import XmlTextError, xml_to_text

sys.path.insert(0, str(Path(__file__).parent))
from real_build import built_documents  # noqa: E402

PAGES = Path(__file__).parent / "real_pages" / "field16_fixf"


# --------------------------------------------------------------------------- F16-I2: SQL seeds

@pytest.mark.parametrize("name", ["seed_company_law_head.sql", "seed_company_law_head_saved_as.txt"])
def test_a_postgres_seed_is_refused_as_sql_naming_the_file(name):
    """The real seed (``BEGIN;``, a column list over three lines, ``) VALUES`` then the rows) was a document
    of SQL whose commas width turned into ``，`` (field16 F16-I2)."""
    with pytest.raises(IngestError) as caught:
        ingest_file(PAGES / name, PAGES)
    assert caught.value.code == "sql"
    assert name in str(caught.value) and "SQL dump" in str(caught.value)


@pytest.mark.parametrize("dump", [
    # INVENTED (blind, /work/notes/fixf16/blind.md B-I2b): SQLite's .dump, the row glued to the name
    "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE law(id INTEGER, body TEXT);\n"
    "INSERT INTO \"law\" VALUES(1,'第一条 为了规范管理，制定本办法。');\nCOMMIT;\n",
    # INVENTED (B-I2a): a seed without a schema statement, in a transaction, saved as .txt
    "BEGIN;\nINSERT INTO laws (\n  id,\n  title\n) VALUES\n  (\n    1,\n    '某某条例'\n  );\nCOMMIT;\n",
])
def test_other_dumps_of_the_family_are_sql(dump):
    assert sql_dump(dump, "dump.txt")


def test_a_postgres_copy_block_in_a_sql_file_is_sql():
    """INVENTED (B-I2c): ``pg_dump``'s rows as ``COPY … FROM stdin;`` and tab-separated lines."""
    assert sql_dump("COPY public.law (id, body) FROM stdin;\n1\t第一条 为了规范管理。\n\\.\n", "law.sql")
    assert not sql_dump("COPY public.law (id, body) FROM stdin;\n1\t第一条 为了规范管理。\n\\.\n", "law.txt")


@pytest.mark.parametrize("text", [
    "第一条 交易开始时记录BEGIN;\nCOMMIT;\n第二条 数据库操作日志应当记录INSERT INTO语句。\n",
    "第一条 数据写入应当使用 INSERT INTO 语句（字段列表\n分行书写）VALUES 子句另起一行。\n",
])
def test_law_text_that_names_sql_statements_is_no_dump(text, tmp_path):
    page_file = tmp_path / "a.txt"
    page_file.write_text(text, encoding="utf-8")
    assert ingest_file(page_file, tmp_path).format == "text"


def test_the_multi_line_insert_scan_is_linear():
    hostile = [("INSERT INTO a (" + "x" * 300 + "\n") * 700, ("INSERT INTO a (\n") * 15_000,
               "INSERT INTO a (b)" + " " * 200_000, "COPY a (" + "x" * 200_000]
    for text in hostile:
        start = time.process_time()
        sql_dump(text, "a.sql"), sql_dump(text, "a.txt")
        assert time.process_time() - start < 1.0


# --------------------------------------------------------------------------- F16-I1: XML of another schema

AKN = PAGES / "akn_2005_excerpt.xml"


def test_an_xml_law_of_an_unknown_schema_is_read_by_its_text_and_its_numbers():
    page = ingest_file(AKN, PAGES)
    assert page.format == "xml"
    assert "<" not in page.text and "company_law:2005" not in page.text
    lines = page.text.splitlines()
    assert lines[0] == "第一条　为了规范公司的组织和行为，保护公司、股东和债权人的合法权益，维护社会经济秩序，促进社会主义市场经济的发展，制定本法。"
    assert lines[3] == "有限责任公司的股东以其认缴的出资额为限对公司承担责任;股份有限公司的股东以其认购的股份为限对公司承担责任。"
    assert "第二百一十九条　本法自2006年1月1日起施行。" in lines


def test_the_xml_law_becomes_a_document_with_its_articles_and_without_the_site_footer(tmp_path):
    (doc,) = built_documents(tmp_path, AKN)  # was one document titled with a tag, 0 articles
    assert "<unit" not in doc["text"] and "<content>" not in doc["text"]
    assert doc["text"].count("第二百一十") == 4 and "第一条　为了规范公司的组织和行为" in doc["text"]
    assert "版权所有：国家信访局" not in doc["text"] and "京ICP备16005416号" not in doc["text"]
    articles = [row for f in sorted((tmp_path / "out" / "data").glob("articles-*.parquet")) for row in pq.read_table(f).to_pylist()]
    assert [a["article_no"] for a in articles] == [1, 2, 3, 216, 217, 218, 219]


def test_an_xml_prolog_makes_a_txt_file_xml_but_an_xhtml_page_stays_html():
    assert detect_format('<?xml version="1.0"?><doc><item no="第一条">为了</item></doc>', "a.txt") == "xml"
    assert detect_format('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body><p>第一条</p></body></html>', "a.xml") == "html"
    assert detect_format("第一条 本办法所称XML文件，是指<?xml开头的文件。", "a.txt") == "text"


def test_blind_xml_variants():
    """INVENTED (blind, B-I1b): one line, a number as an attribute of a mixed element, a ``<br/>``."""
    text, metadata = xml_to_text('<?xml version="1.0"?><doc><title>某某办法</title><item no="第一条">为了加强管理，制定本办法。'
                                 '</item><item no="第二条">本办法自2020年1月1日起施行。<br/>（此页无正文）</item></doc>')
    assert text == "某某办法\n第一条　为了加强管理，制定本办法。\n第二条　本办法自2020年1月1日起施行。\n（此页无正文）\n"
    assert metadata == {"title": "某某办法"}


def test_a_number_the_text_already_starts_with_is_not_written_twice():
    text, _ = xml_to_text('<law><unit number="第一条"><content>第一条　为了规范。</content></unit>'
                          '<unit number="第 2 条"><content>第二条 本法自公布之日起施行。</content></unit></law>')
    assert text == "第一条　为了规范。\n第2条　第二条 本法自公布之日起施行。\n"


@pytest.mark.parametrize("xml, reason", [
    ('<?xml version="1.0"?>\n<!DOCTYPE law [<!ENTITY a "第一条">]>\n<law>&a;为了</law>\n', "declares entities"),
    ('<?xml version="1.0"?>\n<law><unit number="第一条"><content>为了规范\n</unit></law>\n', "malformed XML"),
    ("<a>" * 2_000 + "第一条" + "</a>" * 2_000, "nested deeper"),
])
def test_xml_that_is_not_read_is_refused_naming_the_file_and_the_reason(xml, reason):
    with pytest.raises(IngestError) as caught:
        ingest_bytes(xml.encode(), "bad.xml")
    assert caught.value.code == "xml" and "bad.xml" in str(caught.value) and reason in str(caught.value)


def test_the_xml_reader_is_linear():
    hostile = ["<law>" + "".join(f"<u number='第{i}条'><c>为了规范。</c></u>" for i in range(8_000)) + "</law>",
               "<p>" + "依照<ref>《法》</ref>" * 20_000 + "</p>", "<p>" + "第一条<br/>" * 40_000 + "</p>",
               "<law>" + "<num>第一条</num>" * 30_000 + "</law>", "<a>" * 70_000 + "</a>" * 70_000]
    for xml in hostile:
        start = time.process_time()
        try:
            xml_to_text(xml)
        except XmlTextError:
            pass
        assert time.process_time() - start < 2.0


# --------------------------------------------------------------------------- F16-S4: a signature's date at a page's foot

def test_a_signatures_date_at_a_pages_foot_is_not_glued_to_the_next_pages_heading():
    page = ingest_file(PAGES / "basiclaw_tc_pages119-120.pdf", PAGES)
    assert "總理\n李鵬\n一九九七年七月一日\n附：\n中華人民共和國香港特別行政區\n" in page.text  # was 一九九七年七月一日附：
    assert "現予公布。" in page.text


def test_a_page_showing_a_seed_in_a_markdown_code_block_is_a_page(tmp_path):
    """INVENTED (blind.md's negative, measured after the first change refused it): a how-to page in Markdown that shows a
    PostgreSQL seed in a fenced code block is read as a page, as before this session; the same seed outside a fence is SQL."""
    seed = "BEGIN;\nINSERT INTO laws (\n  id, title\n) VALUES (1, '某某条例');\nCOMMIT;\n"
    page = tmp_path / "howto.md"
    page.write_text("# 如何导入法规数据\n\n下面的脚本把法规写入数据库：\n\n```sql\n" + seed + "```\n\n执行后即可查询，第一条 为了规范管理。\n",
                    encoding="utf-8")
    assert ingest_file(page, tmp_path).format == "markdown"
    assert sql_dump(seed, "howto.md")
