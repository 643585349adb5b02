"""A .txt holding Markdown and a SQL dump (field11 F11-H1, F11-C3; real files in
tests/real_pages/field11_readers, see SOURCE.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.ingest import IngestError, detect_format, ingest_file

PAGES = Path(__file__).parent / "real_pages" / "field11_readers"
REAL = Path(__file__).parent / "real_pages"


def test_a_txt_holding_markdown_is_read_as_markdown():
    raw = (PAGES / "kanhan_infogovhk_speech.txt").read_text("utf-8")
    assert raw.startswith("![新闻公报](https://www.info.gov.hk/gia/general/tc_graphics/header.gif)\n****")
    page = ingest_file(PAGES / "kanhan_infogovhk_speech.txt", PAGES)
    assert page.format == "markdown"
    assert page.text.startswith("以下为律政司司长黄仁龙资深大律师今日(十月二十日)在立法会会议上动议二读《法例发布条例草案》致辞全文:\n")
    assert "![" not in page.text and "***" not in page.text
    # every other line is the page's as written
    assert page.text == raw.split("\n", 2)[2].strip("\n") + "\n"


@pytest.mark.parametrize("text", [
    "第一条 为了规范管理，制定本办法。\n第二条 见《某法》[注1]。\n",  # a bracket is no link
    "公告\n\n***\n\n第一条 为了规范管理。\n",  # a rule alone is no evidence: plain pages draw them
    "详见附件[附件1](http://www.gov.cn/a.pdf)。\n第一条 为了\n",  # one link: not enough
])
def test_a_plain_text_page_stays_text(text):
    assert detect_format(text, "a.txt") == "text"


@pytest.mark.parametrize("name", ["law_head.sql", "law_head_saved_as.txt"])
def test_a_sql_dump_is_rejected_with_its_reason(name):
    with pytest.raises(IngestError) as caught:
        ingest_file(PAGES / name, PAGES)
    assert caught.value.code == "sql"
    assert name in str(caught.value) and "SQL dump" in str(caught.value) and "CSV/JSON Lines" in str(caught.value)


def test_a_law_that_names_sql_is_no_dump(tmp_path):
    page_file = tmp_path / "a.txt"
    page_file.write_text("第一条 数据库操作日志应当记录INSERT INTO、UPDATE和DELETE语句。\n第二条 CREATE TABLE语句须经审批。\n",
                         encoding="utf-8")
    assert ingest_file(page_file, tmp_path).format == "text"
