"""The lead's fixes of session 29 (robust28's notes left open): a notebook saved under a ``.json`` name, and
the remains of a terminal's erase, cursor and mode codes once their ESC went.

Each test fails without its fix (checked once by reverting the module)."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.terminal_codes import terminal_code_edits
from corpus_tools.crawl_records import read_records
from tests.timing import small_and_large

LAW_LINES = ["某市绿色旅游促进条例\n", "\n", "第一条 为了促进绿色旅游发展，规范旅游市场秩序，制定本条例。\n", "\n",
             "第二条 本市行政区域内的绿色旅游发展、服务和监督管理活动，适用本条例。\n", "\n", "第三条 本条例自2022年1月1日起施行。\n"]
LAW = "".join(LAW_LINES)


def _notebook(outputs_text: list[str]) -> dict:
    return {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["print(open('law.txt').read())"],
                       "outputs": [{"name": "stdout", "output_type": "stream", "text": outputs_text}]}],
            "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}


def test_a_notebook_saved_as_json_is_read_as_the_page_it_shows():
    """robust28's note: a notebook downloaded as ``.json`` went to the records reader, which refused it ("records
    have no text field: cell_type, execution_count, metadata, source, outputs"): every article was lost."""
    data = json.dumps(_notebook(LAW_LINES), ensure_ascii=False).encode("utf-8")
    records, _ = read_records(data, "law_notebook.json")
    assert len(records) == 1 and records[0].read_as == "notebook"
    assert records[0].text == LAW


def test_json_records_with_an_nbformat_field_stay_records():
    rows = [{"nbformat": 4, "title": "某办法", "content": "第一条 为了规范。"}, {"nbformat": 4, "title": "某规定", "content": "第一条 为了。"}]
    records, _ = read_records(json.dumps(rows, ensure_ascii=False).encode("utf-8"), "crawl.json")
    assert [r.text for r in records] == ["第一条 为了规范。", "第一条 为了。"]


def test_a_notebook_without_a_law_saved_as_json_stays_refused():
    from corpus_tools.ingest import IngestError

    data = json.dumps(_notebook(["accuracy: 0.93\n", "loss: 0.12\n"])).encode("utf-8")
    with pytest.raises(IngestError):
        read_records(data, "metrics.json")


def test_build_of_a_folder_with_a_notebook_saved_as_json(tmp_path):
    from corpus_tools.dataset.build import build

    src = tmp_path / "src"
    src.mkdir()
    (src / "law_notebook.json").write_text(json.dumps(_notebook(LAW_LINES), ensure_ascii=False), encoding="utf-8")
    build(src, tmp_path / "out", progress=False)
    texts = [row["text"] for p in sorted((tmp_path / "out" / "data").glob("articles-*.parquet")) for row in pq.read_table(p).to_pylist()]
    assert texts == ["为了促进绿色旅游发展，规范旅游市场秩序，制定本条例。", "本市行政区域内的绿色旅游发展、服务和监督管理活动，适用本条例。",
                     "本条例自2022年1月1日起施行。"]


PROGRESS = "[?25l[2K" + LAW.replace("第二条", "[2K第二条") + "[?25h"


def test_cursor_and_mode_remains_go_on_a_page_that_shows_a_private_mode():
    """The remains of ``\\x1b[?25l`` (cursor hidden) and ``\\x1b[2K`` (line erased) once a program removed the ESC:
    ``[?25l[2K`` glued to the title (the document's title was ``[?25l[2K某市…``), ``[2K`` at the end of article 1."""
    assert clean(PROGRESS) == LAW


@pytest.mark.parametrize("text", [
    "第一条 依照本条例[2K]级标准执行。\n",   # a bracketed code of the law's own
    "第一条 本市[2K第二条 本条例。\n",        # an erase remain alone: no page evidence
    "附件[1A]、[1B]、[2C]所列项目。\n",
    "第一条 A[?25l 与 B[1A 为示例。\n",       # glued to Latin letters on both sides
])
def test_bracket_codes_without_terminal_evidence_stay(text):
    assert clean(text) == text
    assert terminal_code_edits(text) == []


@pytest.mark.parametrize("unit", ["[?25l[2K[1A第一条", "[[[[?1[2;3" * 3, "[2K" * 9 + "[?25"])
def test_cursor_remains_scan_is_linear(unit):
    small, large = small_and_large(terminal_code_edits, unit + "\n")
    assert large < max(30 * small, 0.5), (small, large)
