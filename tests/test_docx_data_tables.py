"""A real .docx fee table (tests/real_pages/govdocx, SOURCE.md) reads as rows, one per line,
cells apart, even where a cell lists many paragraphs."""

from __future__ import annotations

from pathlib import Path

from corpus_tools.formats import docx_to_html
from corpus_tools.ingest import CELL_SEPARATOR, ingest_bytes

DOCX = Path(__file__).parent / "real_pages" / "govdocx" / "fee_table_cell_with_list.docx"


def test_the_fee_table_is_rows_of_four_cells():
    data = DOCX.read_bytes()
    html = docx_to_html(data)
    assert html.count("<tr>") == 9 and "<p>8.为社区提供养老" in html  # the cell holding a list of 8
    rows = [line.split(CELL_SEPARATOR) for line in ingest_bytes(data, "fee.docx").text.splitlines()
            if CELL_SEPARATOR in line]
    assert len(rows) == 9 and all(len(row) == 4 for row in rows)
    assert rows[0] == ["序号", "登记类别", "收费标准及依据", "减免情形及依据"]
    assert [row[0] for row in rows[1:]] == [str(n) for n in range(1, 9)]
    assert rows[1][1] == "首次登记、转移登记" and rows[1][3].startswith("1.小微企业") and "8.为社区提供养老" in rows[1][3]
    assert rows[3][2].startswith("不收费。") and rows[4][2:] == ["", ""]  # spanned rows leave empty fields


def test_the_notes_under_the_table_stay_paragraphs():
    text = ingest_bytes(DOCX.read_bytes(), "fee.docx").text
    notes = text[text.index("说明："):].splitlines()
    assert len(notes) == 7 and not any(CELL_SEPARATOR in line for line in notes)
