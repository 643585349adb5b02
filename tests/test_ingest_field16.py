"""Field test 16's ingest findings on real files (tests/real_pages/field16_fixf/SOURCE.md): a PostgreSQL-style
SQL seed read as a page (F16-I2) and an XML law file of an unknown schema read as plain text (F16-I1)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from corpus_tools.ingest import IngestError, ingest_file, sql_dump

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
