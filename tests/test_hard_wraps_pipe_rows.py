"""hard_wraps: a line opening a pipe table's row is a row, never the tail of a wrapped line (field test 18, F18-S4).

Real: cfi.cn's 公司章程 修订对照表 as PDF text (tests/real_pages/fix19/cfi_p20251029006045.txt): the page break cut the
prose before the table (``…承接原监事会的职权，《浙江``), and the line reached the page's wrap width (20), so the table's
first row (``| | 十。董事会作出决议…``) was glued to it.  The wraps inside the cells are still joined.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean.page import clean_page
from corpus_tools.ingest import ingest_bytes

PAGE = Path(__file__).parent / "real_pages" / "fix19" / "cfi_p20251029006045.txt"


def test_the_first_row_is_not_glued_to_the_prose_the_page_break_cut():
    cleaned = clean_page(ingest_bytes(PAGE.read_bytes(), PAGE.name))
    assert "承接原监事会的职权，《浙江\n| | 十。董事会作出决议应当经全体董事的三分之二以上通过。 |\n" in cleaned.text
    # the wraps inside a cell are joined as before
    assert "| 第二十一条公司根据经营和发展的需要，依照法律、法规的规定，经股东大会分别作出决议，可以采用下列方式增加资本：\n" in cleaned.text


@pytest.mark.parametrize("opener", ["| ", "｜", "|"])
def test_blind_a_row_after_a_line_cut_on_a_comma(opener):
    """Blind: the prose line stops on a comma (the strongest wrap evidence) and a row follows."""
    from corpus_tools.clean.layout import join_hard_wraps

    text = f"公司章程修订内容如下，\n{opener}原条款 | 修订后条款 |\n"
    assert join_hard_wraps(text)[0] == text
