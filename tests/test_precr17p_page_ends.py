"""Review 17 (precr17p): a bare page number under a footer line, then the page's end (a blank line), proves the
footer a running line (pdf17's copyright and marking lines); a table's row number that opens its row's cell stays
(precf17's F17-A1 guard).  Blind members of /work/notes/precr17p/blind.md."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus_tools.clean.running_heads import running_title_spans  # noqa: E402
from test_pdf17 import _paged  # noqa: E402

FILLER = "申请人应当提交身份证明材料复印件一份，并加盖公章；材料不齐全的，受理机关应当一次性告知需要补正的全部内容。\n" * 8


def _removed(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in running_title_spans(text)]


def test_footer_number_blank_header_goes():
    text = _paged([f"Copyright © 2021 上海市司法局\n{n}\n\n仅供内部参考\n" for n in (1, 2, 3)])
    assert _removed(text) == [f"Copyright © 2021 上海市司法局\n{n}\n\n仅供内部参考" for n in (1, 2, 3)]


def test_footer_number_two_blanks_form_feed_header_goes():
    text = _paged([f"版权所有 上海市司法局\n{n}\n\n\n\f内部资料 注意保存\n" for n in (4, 5, 6)])
    removed = _removed(text)
    assert len(removed) == 3 and all("版权所有" in r and "内部资料" in r for r in removed)


def test_row_number_opening_its_cell_stays():
    t = ("附件1\n" + FILLER + "主审材料（可用容缺审批初审\n序号 事项名称 材料类型\n3\n意见替代）\n" + FILLER
         + "容缺材料（可用承诺书\n序号 事项名称 材料类型\n4\n替代）\n" + FILLER)
    assert running_title_spans(t) == []


def test_restarting_row_numbers_with_blank_lines_stay():
    t = ("附件1\n" + FILLER + "主审材料（可用容缺审批初审\n序号 事项名称 材料类型\n1\n\n意见替代）\n" + FILLER
         + "容缺材料（可用承诺书\n序号 事项名称 材料类型\n1\n\n替代）\n" + FILLER
         + "其他材料（可用证明\n序号 事项名称 材料类型\n1\n\n替代）\n" + FILLER)
    assert running_title_spans(t) == []
