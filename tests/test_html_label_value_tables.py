"""A form of labels and values whose value cells hold paragraphs is a table of rows (tests/real_pages/nfra/SOURCE.md,
field test field6b N-2, N-3): one row per line, ``label⇥value``, and the 文号 is the value, not label and value glued."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
from selectolax.lexbor import LexborHTMLParser

from corpus_tools.dataset.build import build
from corpus_tools.ingest import CELL_SEPARATOR, decode, html_to_text, ingest_file

REAL = Path(__file__).parent / "real_pages"


def _rows_of_the_page(path: Path) -> list[tuple[str, str]]:
    """(label, value) of each row of the page's form, read from its markup: a cell's text with blanks squeezed."""
    html, _ = decode(path.read_bytes(), str(path))
    table = LexborHTMLParser(html).css_first("table")
    rows = []
    for tr in table.css("tr"):
        cells = [" ".join(td.text(deep=True).split()) for td in tr.css("td")]
        rows.append(tuple(cells))
    return rows


def test_a_penalty_forms_rows_stay_label_and_value():
    path = REAL / "nfra" / "element2.html"
    text = ingest_file(path, path.parent).text
    lines = text.splitlines()
    rows = _rows_of_the_page(path)
    assert len(rows) == 7 and all(len(row) == 2 for row in rows)
    for label, value in rows:
        at = next(k for k, line in enumerate(lines) if line.split(CELL_SEPARATOR)[0].replace(" ", "") == label.replace(" ", ""))
        cells = lines[at].split(CELL_SEPARATOR)
        assert len(cells) == 2, lines[at]
        # a value of several paragraphs (a text cell, reader19) goes on in rows of its own below, its label field empty
        below = []
        for line in lines[at + 1:]:
            if not line.startswith(CELL_SEPARATOR):
                break
            assert line.count(CELL_SEPARATOR) == 1, line
            below.append(line[1:])
        assert "".join("".join([cells[1], *below]).split()) == "".join(value.split()), lines[at]  # every paragraph, in order
    at = next(k for k, line in enumerate(lines) if line.startswith("行政处罚决定\t"))
    decision = lines[at:at + 14]
    assert [line.count("警告并罚款") for line in decision] == [0] + [1] * 12 + [0]  # one decision a line (F18-S2's reading)


def test_the_forms_number_is_its_value(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("element2.html", "element3.html", "page_source_debug.html"):
        shutil.copy(REAL / "nfra" / name, raw)
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    docs = {Path(row["source_file"]).name: row for path in sorted((tmp_path / "out" / "data").glob("documents-*.parquet"))
            for row in pq.read_table(path).to_pylist()}
    assert docs["element2.html"]["doc_number"] == "金罚决字〔2024〕36号"
    assert docs["element3.html"]["doc_number"] == "金罚决字〔2024〕27号"
    assert docs["page_source_debug.html"]["doc_number"] == "金罚决字〔2024〕36号"
    assert docs["element2.html"]["title"] != "行政处罚决定书文号"  # a label is no title


def test_a_law_laid_out_as_label_and_text_cells_is_still_read_as_paragraphs():
    items = "".join(f"<tr><td>第{n}条</td><td><p>本条第一款。</p><p>本条第二款。</p><p>第三款。</p><p>第四款。</p>"
                    "<p>第五款。</p><p>第六款。</p></td></tr>" for n in "一二三")
    text, _ = html_to_text(f"<table>{items}</table>")
    assert CELL_SEPARATOR not in text
    assert "第一条\n本条第一款。\n本条第二款。" in text


def test_a_page_laid_out_as_a_menu_column_and_a_body_is_still_read_as_paragraphs():
    body = "".join(f"<p>第{n}条 本市有关部门应当按照各自职责做好相关工作。</p>" for n in "一二三四五六七")
    html = (f"<table><tr><td>首页 政务公开 互动交流 办事服务 数据开放</td><td>{body}</td></tr>"
            "<tr><td>网站地图</td><td>联系我们</td></tr><tr><td>主办：某市人民政府</td><td>网站标识码：1234</td></tr></table>")
    text, _ = html_to_text(html)
    assert "第一条 本市有关部门应当按照各自职责做好相关工作。\n第二条" in text


def test_a_form_whose_labels_hold_sentences_is_no_form():
    """A two-column table of questions and answers (a label with a sentence mark) keeps the layout reading."""
    answer = "".join(f"<p>答复第{n}段。</p>" for n in range(7))
    rows = "".join(f"<tr><td>问：如何申请，需要什么材料？</td><td>{answer}</td></tr>" for _ in range(3))
    text, _ = html_to_text(f"<table>{rows}</table>")
    assert CELL_SEPARATOR not in text
