"""``order_block`` converts to Simplified only the lines it reads (issue 20): the first
``_ORDER_BLOCK_HEAD + _ORDER_BLOCK_BODY`` non-empty lines, not the first 200 (OpenCC on every line of
every document's head was about 1 CPU-s of the 1,911 laws' build).

Its outputs are compared with those its form of 200 converted lines gave, recorded once in
``tests/golden/order_blocks.json`` (session 13; the test used to rebuild that form from its source text):
the real pages and documents (heads of shared/real's govcn and bjtcm documents) that open with an order,
each also with a line inserted before each of its first 20 lines (the order's lines move past the lines
read), and real pages that cite an order near their head without opening with one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tools.structure.metadata import order_block

TESTS = Path(__file__).resolve().parent
REAL = TESTS / "real_pages"
RECORDED = json.loads((TESTS / "golden" / "order_blocks.json").read_text(encoding="utf-8"))


def test_an_order_whose_date_is_the_last_line_read():
    head = ["某规定", "河北省人民政府", "某规定", "甲", "乙", "丙", "丁", "政府令〔2010〕第15号"]  # the number: line 8 of the head
    body = ["《某规定》已经2010年12月14日省政府第76次常务会议通过，现予公布，自2011年2月1日起施行。", "一", "二", "三", "四", "五",
            "省长", "二○一○年十二月二十五日"]  # the date: the eighth line after the number
    text = "\n".join(head + body + ["第一章总则"])
    assert order_block(text) == {"organ": "河北省人民政府", "number": "河北省人民政府令〔2010〕第15号", "signed": "2010-12-25",
                                 "effective": "2011-02-01"}
    one_line_further = "\n".join(head + body[:-1] + ["六", body[-1], "第一章总则"])
    assert order_block(one_line_further)["signed"] is None


def _with_a_line_inserted(text: str, at: int) -> str:
    lines = text.split("\n")
    return "\n".join(lines[:at] + [RECORDED["filler"]] + lines[at:])


def _cases() -> list[tuple[str, str, dict]]:
    cases = [(entry["page"], (REAL / entry["page"]).read_bytes().decode("utf-8", "replace"), entry)
             for entry in RECORDED["pages"]]
    return cases + [(entry["document"], entry["text"], entry) for entry in RECORDED["documents"]]


CASES = _cases()


def test_the_recording_holds_orders() -> None:
    assert len(CASES) >= 10 and all(entry["order_block"]["number"] for _, _, entry in CASES)


@pytest.mark.parametrize(("name", "text", "entry"), CASES, ids=[name for name, _, _ in CASES])
def test_real_texts_give_the_order_blocks_they_gave(name: str, text: str, entry: dict) -> None:
    assert order_block(text) == entry["order_block"]
    assert [order_block(_with_a_line_inserted(text, at)) for at in range(len(entry["with_a_line_inserted"]))] \
        == entry["with_a_line_inserted"]


@pytest.mark.parametrize("page", RECORDED["no_order"])
def test_real_pages_that_cite_an_order_open_with_none(page: str) -> None:
    assert order_block((REAL / page).read_bytes().decode("utf-8", "replace")) is None
