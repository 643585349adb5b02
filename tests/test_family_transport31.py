"""A transmission's frames around its chunks (transport31): the family's members come out as the clean law; a clean
law's own fractions, dates, times, items and labels stay byte-identical.

Development members: set 13's short messages (``h13_mixed_sms_segments``, 4.7 % of the articles exact before) and
fax headers (``h13_furn_fax_headers``).  Tuned siblings: a micro-blog thread, a mail split into parts, a pager's
screens, a chat export and a forum serial; held-out siblings (written and measured before the mechanism): a
newsgroup's multi-part post and a channel's broadcast (tests/family_transport31.py).
"""

from __future__ import annotations

import random

import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.transmission_frames import frame_spans
from corpus_tools.pipeline import process_record
from tests.family_transport31 import HELD_OUT, TUNED
from tests.noise.wide import damage, parse_law, render_txt, variants
from tests.test_noise_wide import LAW
from tests.timing import small_and_large


def _articles(text: str) -> dict[int, str]:
    return {row["article_no"]: row["text"] for row in process_record({"source_file": "a.txt", "bytes": text.encode()})["articles"]}


@pytest.fixture(scope="module")
def base():
    text = render_txt(parse_law(LAW, "test/绿色旅游.md")).text
    return text, _articles(text)


@pytest.mark.parametrize("name", sorted(TUNED))
@pytest.mark.parametrize("seed", range(4))
def test_sibling_comes_out_as_the_law(base, name, seed):
    text, articles = base
    damaged = TUNED[name](text, random.Random(f"{name}|{seed}"))
    assert damaged != text
    assert _articles(damaged) == articles


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_held_out_sibling_comes_out_as_the_law(base, name):
    """Most articles: a short law sent in two posts shows one closing frame only (the last post has none), which
    no recurrence proves, and keeps it."""
    text, articles = base
    exact = 0
    for seed in range(4):
        got = _articles(HELD_OUT[name](text, random.Random(f"{name}|{seed}")))
        exact += sum(got.get(k) == v for k, v in articles.items())
    assert exact >= 0.9 * 4 * len(articles)


@pytest.mark.parametrize("name", ["h13_mixed_sms_segments", "h13_furn_fax_headers"])
@pytest.mark.parametrize("seed", range(4))
def test_development_members_of_set_13(base, name, seed):
    variants(heldout=True, heldout_set=13)
    doc = damage(parse_law(LAW, "test/绿色旅游.md"), name, seed=seed)
    assert _articles(doc.text) == base[1]


_LAW = ("第一条 为了规范旅游市场秩序，保障旅游者和旅游经营者的合法权益，结合本市实际，制定本条例。"
        "第二条 本条例适用于本市行政区域内的旅游发展、服务和监督管理活动，以及相关的旅游经营活动。")


def test_short_messages_edits_are_recorded():
    page = ("某市条例\n\n【法治某市】(1/3)" + _LAW[:41] + "\n【法治某市】(2/3)" + _LAW[41:]
            + "\n【法治某市】(3/3)第三条 本条例自公布之日起施行，市人民政府负责组织实施。\n")
    report = clean_and_explain(page)
    assert report.text == clean("某市条例\n\n" + _LAW + "\n第三条 本条例自公布之日起施行，市人民政府负责组织实施。\n")
    assert sum("transmission" in edit.detail for edit in report.edits) == 3


def test_serial_marks_join_the_posts():
    page = ("某市条例\n\n" + _LAW[:30] + "（未完待续）\n\n（续一）" + _LAW[30:] + "\n")
    assert clean(page) == clean("某市条例\n\n" + _LAW + "\n")


CLEAN_PAGES = [
    # fractions ending a law's lines, rising, one denominator (a table of shares), and in its sentences
    "某市办法\n第一条 分配比例如下：\n第一年 1/3\n第二年 2/3\n第三年 3/3\n第二条 超过1/2以上的，由市政府决定。\n",
    "第一条 表决须经全体成员的2/3以上通过。\n第二条 前款规定的1/3以上成员可以提议。\n第三条 1/2以上成员出席方可举行。\n",
    # a timetable: times rising under one word
    "某馆开放办法\n第一条 开放时间：\n上午 9:00\n上午 10:00\n上午 11:00\n第二条 节假日照常开放。\n",
    # items, dates, telephone numbers, a table continued
    "某市条例\n第一条 下列事项：\n（一）甲；\n（二）乙；\n（三）丙。\n第二条 咨询电话：0571-87051234。\n（续表）\n2021年1月1日起施行。\n",
    # page numbers of a printed page: other rules' (page_numbers, print_margins); this rule does not add to them
    "第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市。\n",
    # a chat record quoted once, a serial word inside a sentence
    "第一条 张三 10:22 发言。\n第二条 手续未完的，待续办。\n第三条 继续施行（续）。\n",
]


@pytest.mark.parametrize("page", CLEAN_PAGES)
def test_clean_law_stays(page):
    assert frame_spans(page) == []
    assert not any("transmission" in edit.detail or "serial" in edit.detail or "chat export" in edit.detail
                   for edit in clean_and_explain(page).edits)


def test_scan_is_linear():
    for unit in ("【某局】(1/2)第一条 甲。\n", "1/2 " * 20 + "\n", "（未完待续）（续一）\n", "张三 10:00\n",
                 "P.001/002 " + "第" * 100 + "\n", " " * 50 + "（续一）", "1/2" * 30):
        small, large = small_and_large(frame_spans, unit)
        assert large < max(30 * small, 0.5), (unit[:20], small, large)
