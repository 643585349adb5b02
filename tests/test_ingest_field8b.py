"""Markdown variants and CSV tables met in field test 8b (real files in tests/real_pages/field8b_ingest)."""

from pathlib import Path

import pytest

from corpus_tools.ingest import IngestError, ingest_file

PAGES = Path(__file__).parent / "real_pages" / "field8b_ingest"


def test_setext_underlines_are_markup():
    """A law collection underlines its headings with ``=`` (129 lines kept, one glued to 民法典's last article)."""
    page = ingest_file(PAGES / "lifafa_head.md", PAGES)
    assert "===" in (PAGES / "lifafa_head.md").read_text(encoding="utf-8")
    assert "=" not in page.text
    assert "\n第一章　总则\n" in page.text or "\n第一章 总则\n" in page.text


@pytest.mark.parametrize("name, title", [("guard_gun_head.mdx", "专职守护押运人员枪支使用管理条例"),
                                         ("xfxza4_head.mdx", "中华人民共和国刑法修正案（四）")])
def test_mdx_pages_are_markdown(name, title):
    """``.mdx`` (Markdown with components) kept its ``# `` title and ``<!-- INFO END -->`` as text."""
    page = ingest_file(PAGES / name, PAGES)
    assert page.format == "markdown"
    assert page.text.startswith(title + "\n")
    assert "#" not in page.text and "<!--" not in page.text


def test_a_csv_table_is_rejected_with_its_reason():
    """A crawl exported as CSV was read as one page of 100 policies; width rewrote 684 separators."""
    with pytest.raises(IngestError) as caught:
        ingest_file(PAGES / "gov_prc_4rows.csv", PAGES)
    assert caught.value.code == "csv"
    assert "gov_prc_4rows.csv" in str(caught.value) and "CSV/TSV table" in str(caught.value)


def test_a_text_page_with_commas_is_not_a_table(tmp_path):
    page_file = tmp_path / "a.txt"
    page_file.write_text("国务院关于某事的批复,2016,China\n第一条 为了规范管理，制定本办法。\n", encoding="utf-8")
    assert ingest_file(page_file, tmp_path).text.startswith("国务院关于某事的批复,2016,China\n")
