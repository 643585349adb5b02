"""``order_block`` converts to Simplified only the lines it reads (issue 20): the first
``_ORDER_BLOCK_HEAD + _ORDER_BLOCK_BODY`` non-empty lines, not the first 200 (OpenCC on every line of
every document's head was about 1 CPU-s of the 1,911 laws' build).  Compared here with the form that
converted 200 lines, on real texts and on an order whose date stands on the last line read.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from corpus_tools.structure import metadata
from corpus_tools.structure.metadata import order_block

DLC = Path("/work/ref/DLC")
REAL = [Path(__file__).resolve().parent / "real_pages", Path("/work/shared/real")]


NEW_LINES = (
    '    lines = [line for line in lines if line][:_ORDER_BLOCK_HEAD + _ORDER_BLOCK_BODY]  # all that is read below\n'
    '    lines = [simplify("".join(line.split())) for line in lines]\n'
)
OLD_LINES = '    lines = [simplify("".join(line.split())) for line in lines if line]\n'


def _order_block_of_200_lines():
    """order_block as it was: its source with the conversion of every non-empty line of the 200 put back."""
    source = inspect.getsource(order_block)
    assert source.count(NEW_LINES) == 1, "order_block changed: update this test's copy of the lines"
    namespace = dict(vars(metadata))
    exec(compile(source.replace(NEW_LINES, OLD_LINES), metadata.__file__, "exec"), namespace)  # noqa: S102 - the module's own source
    return namespace["order_block"]


def test_an_order_whose_date_is_the_last_line_read():
    head = ["某规定", "河北省人民政府", "某规定", "甲", "乙", "丙", "丁", "政府令〔2010〕第15号"]  # the number: line 8 of the head
    body = ["《某规定》已经2010年12月14日省政府第76次常务会议通过，现予公布，自2011年2月1日起施行。", "一", "二", "三", "四", "五",
            "省长", "二○一○年十二月二十五日"]  # the date: the eighth line after the number
    text = "\n".join(head + body + ["第一章总则"])
    assert order_block(text) == {"organ": "河北省人民政府", "number": "河北省人民政府令〔2010〕第15号", "signed": "2010-12-25",
                                 "effective": "2011-02-01"}
    one_line_further = "\n".join(head + body[:-1] + ["六", body[-1], "第一章总则"])
    assert order_block(one_line_further)["signed"] is None


def test_real_texts_give_the_order_blocks_they_gave():
    texts = [p.read_text("utf-8") for p in sorted(DLC.rglob("*.md"))[::5]] if DLC.is_dir() else []
    for folder in REAL:
        if folder.is_dir():
            texts += [p.read_bytes().decode("utf-8", "replace") for p in sorted(folder.rglob("*"))
                      if p.is_file() and p.suffix in {".html", ".txt", ".md"} and p.stat().st_size < 400_000]
    if len(texts) < 100:
        pytest.skip("the real texts are not on this machine")
    found = 0
    old = _order_block_of_200_lines()
    for text in texts:
        expected = old(text)
        assert order_block(text) == expected
        found += expected is not None
    assert found  # some real texts open with an order
