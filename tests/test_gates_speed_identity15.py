"""Gates that skip work a text cannot need give what the work gave without them (issue 20, session 15).

Each gate is a cheap necessary condition in front of a slower scan: the scan with the gate
patched open (every text let through) must find what it finds with it, on the repository's
real pages (tests/real_pages, the seeds of raw/) and on generated texts made of what the
scan looks for and of near misses.  The gates:

* ``site_furniture``'s running titles (:func:`corpus_tools.clean.running_heads.running_title_spans`)
  need a line of a title's length that recurs (the rule read every line of every page first).
"""

from __future__ import annotations

import random
import time

from corpus_tools.clean import furniture, running_heads
from tests.test_gates_speed_identity14 import REAL

#: Pieces of PDF page breaks with running titles (layout14's ``layout_pdf_page_breaks`` shape: 浙江 and 宁波 gazette
#: PDFs), of headings and signatures that recur without a page foot, and of near misses.
_TITLE_PIECES = [
    "浙江省曹娥江流域水环境保护条例", "　浙江省曹娥江流域水环境保护条例　", "\f浙江省曹娥江流域水环境保护条例", "某某条例", "某某条例。",
    "宁波市人民政府", "－1－", "- 2 -", "—3—", "·4·", "第5页", "第 6 页 共 12 页", "7/12", "8", "\f", "", " ", "　",
    "第二条 曹娥江流域水环境保护目标完成情况应当定期考核，并作为对有关主管部", "门考核评价的内容。", "领导。", "，并且",
    "第一条 为了保护和改善生态环境，保障流域的经济和社会可持续发展，制定本条例。" * 3, "附件：名单", "目录", "（一）甲",
    "特种设备安全监督管理部门", "abc", "一二三", "第三条 省人民政府应当加强对流域水环境保护工作的",
]


def _page_breaks(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["\n".join(rng.choice(_TITLE_PIECES) for _ in range(rng.randint(1, 60))) + rng.choice(["", "\n", "\n\n"])
            for _ in range(count)]


def _real_shape(k: int, titled: bool = True) -> str:
    """A text of the doctest's shape (the title between a sentence's halves at ``k`` page breaks, and above the text
    when ``titled``)."""
    body = "第一条 为了保护和改善生态环境，保障流域的经济和社会可持续发展，制定本条例。" * 9
    pages = [f"第{n}条 有关部门应当加强对第{n}流域水环境保护工作的\n－{n}－\n\n某某条例\n领导第{n}项。{body}" for n in range(1, k + 1)]
    return ("某某条例\n\n" if titled else "") + body + "\n" + "\n".join(pages)


TEXTS = REAL + _page_breaks(15, 1500) + [_real_shape(k, titled) for k in range(0, 5) for titled in (True, False)]


def test_running_titles_as_without_their_gate(monkeypatch):
    gated = [running_heads.running_title_spans(t) for t in TEXTS]
    furnished = [furniture.remove_site_furniture(t) for t in TEXTS[:400]]
    monkeypatch.setattr(running_heads, "_some_line_recurs", lambda text: True)
    assert [running_heads.running_title_spans(t) for t in TEXTS] == gated
    assert [furniture.remove_site_furniture(t) for t in TEXTS[:400]] == furnished
    assert sum(map(bool, gated)) >= 10  # the generated texts reach the scan's findings, not only its refusals


def test_the_running_title_gate_lets_through_what_the_scan_needs_and_stays_linear():
    assert running_heads._some_line_recurs(_real_shape(2))
    assert not running_heads._some_line_recurs("某某条例\n第一条 甲。\n某某规定\n第二条 乙。\n")
    assert not running_heads._some_line_recurs("甲乙丙\n甲乙丙\n" + "x" * 61 + "\n" + "x" * 61)  # 3 and 61 characters: no title
    for text in ("\n" * 200_000, "某某条例\n" * 40_000, " \u3000" * 100_000, "\f某\n" * 60_000):
        started = time.process_time()
        running_heads.running_title_spans(text)
        assert time.process_time() - started < 5
