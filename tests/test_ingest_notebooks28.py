"""A Jupyter notebook whose cells hold a law, read as the page it shows (robust28, :mod:`corpus_tools.notebooks`).

Before: a notebook is JSON, and a JSON page is refused as a crawler's records (benchmark set 10,
``h10_mixed_notebook_output``: a code cell's stdout, 0 % exact).  The members below are built apart from the
benchmark's: nbformat 3 worksheets, a displayed value (``execute_result``), Markdown cells, a law printed over
several cells with coloured log lines, stderr beside stdout.  Negatives: a notebook without a law and JSON
that only resembles a notebook stay refused."""

from __future__ import annotations

import json

import pytest

from corpus_tools.ingest import IngestError, ingest_bytes
from corpus_tools.pipeline import process_record

TITLE = "某市物业管理条例"
LAW = [("第一条", "为了规范物业管理活动，制定本条例。"), ("第二条", "本条例适用于本市行政区域内的物业管理活动。"),
       ("第三条", "业主享有下列权利：\n（一）按照物业服务合同的约定，接受物业服务；\n（二）提议召开业主大会会议。"),
       ("第四条", "本条例自2024年1月1日起施行。")]
LINES = [TITLE] + [f"{label} {body}" for label, body in LAW]
CLEAN = "\n\n".join(LINES) + "\n"


def _articles(data: bytes, name: str = "law.ipynb") -> list[tuple[str, str]]:
    rows = process_record({"source_file": name, "bytes": data})
    return [(a["label"], a["text"]) for a in rows["articles"]]


WANTED = _articles(CLEAN.encode(), "law.txt")


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _nb(cells: list, nbformat: int = 4, indent: int | None = 1, ascii_: bool = False) -> bytes:
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": nbformat, "nbformat_minor": 2},
                      ensure_ascii=ascii_, indent=indent).encode()


def _code(outputs: list, source: str = "print(text)") -> dict:
    return {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": outputs, "source": [source]}


def _stdout(text: str, name: str = "stdout") -> dict:
    return {"output_type": "stream", "name": name, "text": _lines(text)}


MEMBERS = {
    # the law printed by one cell, escaped as ASCII (\uXXXX), one line per JSON string
    "stdout_ascii_escaped": _nb([_code([_stdout(CLEAN)])], ascii_=True),
    # the law displayed as a value (a cell ending in the text object): text/plain
    "execute_result": _nb([_code([{"output_type": "execute_result", "execution_count": 2, "metadata": {},
                                   "data": {"text/plain": _lines(CLEAN)}}])]),
    # the title in a Markdown cell, the articles printed one cell each, a warning on stderr, a log line before
    "cells_and_stderr": _nb([{"cell_type": "markdown", "metadata": {}, "source": [f"# {TITLE}"]}]
                            + [_code([_stdout(f"{label} {body}\n"),
                                      _stdout("/usr/lib/python3/site-packages/urllib3: InsecureRequestWarning\n",
                                              "stderr")]) for label, body in LAW]),
    # nbformat 3: worksheets, the code in "input", the stream's text beside its type
    "nbformat3": json.dumps({"nbformat": 3, "nbformat_minor": 0, "metadata": {"name": ""}, "worksheets": [
        {"cells": [{"cell_type": "code", "input": ["print(law)"], "language": "python", "outputs": [
            {"output_type": "stream", "stream": "stdout", "text": _lines(CLEAN)}]}]}]}, ensure_ascii=False).encode(),
    # the law displayed as HTML (IPython.display.HTML): its text/plain is the object's repr
    "html_display": _nb([_code([{"output_type": "display_data", "metadata": {}, "data": {
        "text/html": _lines("<h3>" + TITLE + "</h3>\n" + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>\n" for x in LINES[1:])),
        "text/plain": ["<IPython.core.display.HTML object>"]}}])]),
    # a cell ending in the scraped string: its repr, one line with \n escapes
    "string_repr": _nb([_code([{"output_type": "execute_result", "execution_count": 5, "metadata": {},
                                "data": {"text/plain": [repr(CLEAN)]}}], source="text")]),
    # one line JSON (no indentation), the law in a Markdown cell
    "markdown_cell_compact": _nb([{"cell_type": "markdown", "metadata": {}, "source": _lines(CLEAN)}], indent=None),
}


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_a_notebook_gives_the_laws_articles(name):
    assert _articles(MEMBERS[name]) == WANTED


def test_the_page_says_it_was_read_from_a_notebook():
    page = ingest_bytes(MEMBERS["stdout_ascii_escaped"], "law.ipynb")
    assert page.metadata["notebook"] == {"cells": 1, "parts_read": 1}
    assert "print(text)" not in page.text  # the program is not the page


NOT_A_LAW = {
    # a notebook of a model's training: no law in it
    "training_log": _nb([_code([_stdout("epoch 1 loss 0.52\nepoch 2 loss 0.31\n第1轮 完成\n")])]),
    # a law's title and one article: too little structure to read a page out of JSON
    "one_article": _nb([_code([_stdout(f"{TITLE}\n{LINES[1]}\n")])]),
    # the shape of a notebook without its format key: a crawler's records
    "cells_without_nbformat": json.dumps({"cells": [{"cell_type": "markdown", "source": _lines(CLEAN)}]},
                                         ensure_ascii=False).encode(),
}


@pytest.mark.parametrize("name", sorted(NOT_A_LAW))
def test_json_without_a_law_in_a_notebook_stays_refused(name):
    with pytest.raises(IngestError):
        ingest_bytes(NOT_A_LAW[name], "data.json")
