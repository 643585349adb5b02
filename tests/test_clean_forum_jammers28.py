"""Forum copy-protection strings (Discuz!'s ``jammer``) at the ends and starts of a post's lines (session 28).

The shape is Discuz!'s own: ``jammer()`` writes five to fifteen pairs ``chr(32..59) + ' ' + chr(63..126)``
before a line break (``<font class="jammer">``) or after it (``<span style="display:none">``), a fresh run
each time; a crawler that takes the post's text keeps them (set 10's ``h10_spam_forum_jammer``).
"""

from __future__ import annotations

import random

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.edits import replay
from corpus_tools.clean.forum_jammers import jammer_runs
from tests.timing import small_and_large

TITLE = "某市城市供水条例"
LINES = (
    "第一条 为了加强城市供水管理，保障供水安全，根据有关法律、法规，结合本市实际，制定本条例。",
    "第二条 本市行政区域内城市供水及其相关管理活动，适用本条例。",
    "第三条 生活饮用水水质应当符合国家标准GB 5749-2006的要求。",
    "第四条 市人民政府应当加强对城市供水工作的领导。",
    "第五条 供水企业应当履行下列义务：",
    "（一）保障供水水质；",
    "（二）公开服务网址www.gswater.gov.cn。",
    "第六条 本条例自2021年1月1日起施行。",
)
CLEAN = TITLE + "\n\n" + "\n".join(LINES) + "\n"


def _discuz_jammer(rng: random.Random) -> str:
    """A run as Discuz!'s ``jammer()`` draws it."""
    return "".join(chr(rng.randint(32, 59)) + " " + chr(rng.randint(63, 126)) for _ in range(rng.randint(5, 15)))


def _clean(text: str) -> str:
    result = clean_and_explain(text)
    assert replay(text, result.steps) == result.text
    return result.text


@pytest.mark.parametrize("seed", range(6))
def test_discuz_runs_before_the_line_break_go(seed):
    rng = random.Random(seed)
    page = TITLE + "\n\n" + "\n".join(line + _discuz_jammer(rng) if i % 2 == 0 else line
                                      for i, line in enumerate(LINES)) + "\n"
    assert _clean(page) == CLEAN


@pytest.mark.parametrize("seed", range(6))
def test_discuz_runs_after_the_line_break_go(seed):
    """The hidden ``<span>`` after the break: the run opens the next line, glued to its text."""
    rng = random.Random(seed)
    lines = [line for line in LINES]
    for i in (1, 3, 5, 7):
        run = _discuz_jammer(rng).lstrip(" ")
        lines[i] = run + lines[i]
    page = TITLE + "\n\n" + "\n".join(lines) + "\n"
    assert _clean(page) == CLEAN


def test_short_runs_with_a_blank_before_them_go():
    page = (TITLE + "\n\n" + LINES[0] + "3 Z* s\" t4 ?-\n" + LINES[1] + "\n" + LINES[2] + " Q] 7 x@ Vb\n"
            + LINES[3] + "$ V( R8 j' Y%\n" + "\n".join(LINES[4:]) + "\n")
    assert _clean(page) == CLEAN


def test_an_ascii_end_mark_glued_to_the_words_stays():
    page = "某市条例\n\n第一条 下列物品: f c k B\n第二条 禁止下列行为:x5 ;M P.\n第三条 应当加强领导.$ V( R8 j' Y%\n"
    assert [page[a:b] for a, b in jammer_runs(page)] == [" f c k B", "x5 ;M P.", "$ V( R8 j' Y%"]


@pytest.mark.parametrize("page", [
    CLEAN,
    # one random-looking tail on a page is no evidence
    TITLE + "\n\n" + LINES[0] + "3 Z* s\" t4 ?-\n" + "\n".join(LINES[1:]) + "\n",
    # the same tail on every line is a site's, not a jammer (drawn afresh each time)
    TITLE + "\n\n" + "\n".join(line + "a1 B2 c3 D4" for line in LINES) + "\n",
    # formulas, standards, item labels, URLs and spaced letters at a line's end
    "某市计量规定\n\n第一条 计算公式为：Q = V / t\n第二条 其中：P = F / A\n第三条 分为以下等级：A B C D\n"
    "第四条 执行GB/T 50016-2014 (2018 年版)\n第五条 见附件(一)\n第六条 网址：https://www.gov.cn/a/b?c=1\n"
    "第七条 代号为：I II III IV\n第八条 型号：X1 Y2 Z3\n",
])
def test_law_text_stays_byte_identical(page):
    assert jammer_runs(page) == []
    assert not [e for e in clean_and_explain(page).edits if "jammer" in e.detail]


def test_scan_is_linear():
    """Hostile input: every line a candidate, and one long line of tokens."""
    for unit in ("第一条 制定本条例。3 Z* s\" t4 ?-\n第二条 适用。$ V( R8 j' Y%\n", "a1 " * 50 + "中\n", "a1 "):
        small, large = small_and_large(jammer_runs, unit)
        assert large < max(30 * small, 0.5), (unit[:20], small, large)


DISCUZ_POST = """<html><head><meta charset="utf-8"><title>某市城市供水条例 - 建筑规范论坛</title></head><body>
<div id="postlist"><table><tr><td class="t_f" id="postmessage_1">
某市城市供水条例<br />
第一条 为了加强城市供水管理，保障供水安全，制定本条例。<font class="jammer">3 Z* s" t4 ?-</font><br />
<span style="display:none">?- t4 Q]</span>第二条 本市行政区域内城市供水及其相关管理活动，适用本条例。<br />
第三条 市人民政府应当加强对城市供水工作的领导。<font class="jammer">$ V( R8 j' Y%</font><br />
第四条 供水企业应当依法经营，接受社会监督。<font class="jammer">, M0 J# x0 L/ B-&nbsp;&nbsp;n: O</font><br />
第五条 本条例自2021年1月1日起施行。
</td></tr></table></div></body></html>
"""


def test_discuz_post_page():
    """A saved Discuz! post: the ``<font class="jammer">`` runs (the forum's external sheet hides them) stay in the
    extracted text until this rule; the ``display:none`` span is the reader's to drop."""
    from corpus_tools.ingest import ingest_bytes

    page = ingest_bytes(DISCUZ_POST.encode("utf-8"), "post.html")
    assert "Z*" in page.text
    out = _clean(page.text)
    assert "第一条 为了加强城市供水管理，保障供水安全，制定本条例。\n" in out
    assert "第四条 供水企业应当依法经营，接受社会监督。\n" in out
    assert not any(mark in out for mark in ("Z*", "R8", "M0", "Q]"))
