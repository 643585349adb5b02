"""Repeated pieces (container27): a law carried inside another kind of document, cut into numbered pieces that
each repeat the container's scaffolding (a slide's number and footer, a post's thread number, time and counters, a
forum floor's number and author line, an e-reader page's running head).  :mod:`corpus_tools.clean.containers`
learns the pieces from the page's own recurrence: a short line whose number counts up one by one opens each piece,
and the lines at the same place of every piece (the same shape, or one start with a number in it) are the
container's; a sentence a piece's end cut is joined.

The development members (set 9: a slide deck with ``— 3 —`` / ``第3页`` / ``幻灯片 3`` and a footer; a microblog
thread ``#话题#（3/24）`` with its time, client and counters, ``展开全文∨``) are examples; the members below were
written apart from them: an outline export numbered ``Slide 3 of 7`` with the deck's title on every slide, a forum
thread numbered by floors (``3楼``) with an author line and a reply bar, an e-reader export with a page number,
running head and footer that starts on page 12, a chat thread numbered ``[3/6]``, and posts cut in the middle of a
sentence.  Negatives: a law with numbered items, page numbers alone between a PDF's pages, a footer that one piece
lacks, pieces whose edges are the law's own labels: byte-identical."""

from __future__ import annotations

import json

import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.containers import serialised_page
from corpus_tools.clean.edits import replay
from tests.timing import cpu_seconds

TITLE = "某市物业管理条例"
LAW = [TITLE, "第一章 总则", "第一条 为了规范物业管理活动，维护业主和物业服务企业的合法权益，制定本条例。",
       "第二条 本条例所称业主，是指房屋的所有权人。", "物业包括：", "（一）住宅；", "（二）非住宅。", "第二章 业主",
       "第三条 业主享有下列权利：", "（一）按照物业服务合同的约定，接受物业服务企业提供的服务；", "（二）提议召开业主大会会议。",
       "第四条 本条例自2024年1月1日起施行。"]
#: The law's lines cut into six pieces (slides, posts, floors, pages).
CUTS = [LAW[0:3], LAW[3:5], LAW[5:8], LAW[8:9], LAW[9:11], LAW[11:]]


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def _outline_slides() -> str:
    return "".join(f"Slide {i} of {len(CUTS)}\n《某市物业管理条例》学习要点\n" + "\n".join(cut) + "\n\n"
                   for i, cut in enumerate(CUTS, 1))


def _forum_floors() -> str:
    return "".join(f"{i}楼\n普法君  发表于 2024-03-{i + 3:02d} {9 + i}:{i * 7 % 60:02d}\n" + "\n".join(cut)
                   + f"\n回复 | 引用 | 举报 | 支持({i * 3})\n\n" for i, cut in enumerate(CUTS, 1))


def _ereader_pages() -> str:
    return "".join(f"· {i} ·\n物业管理法规读本\n\n" + "\n\n".join(cut) + "\n\n本书仅供学习使用　勿外传\n\n"
                   for i, cut in enumerate(CUTS, 12))


def _chat_thread() -> str:
    return "".join(f"[{i}/{len(CUTS)}] 法规小助手\n" + "\n".join(cut) + f"\n已读 {i * 5}　撤回\n"
                   for i, cut in enumerate(CUTS, 1))


MEMBERS = {
    "outline_export_slide_n_of_m": _outline_slides(),
    "forum_thread_floors": _forum_floors(),
    "ereader_pages_from_page_12": _ereader_pages(),
    "chat_thread_numbered_posts": _chat_thread(),
}


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_the_law_is_read_out_of_its_pieces(name):
    result = clean_and_explain(MEMBERS[name])
    assert _lines(result.text) == LAW
    assert json.dumps({"container": "repeated pieces"}) in {e.detail for e in result.edits if e.rule == "escaped_text"}


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_each_decoding_replays_and_is_idempotent(name):
    page = MEMBERS[name]
    decoding, warnings = serialised_page(page)
    assert decoding is not None and decoding.kind == "repeated pieces" and not warnings
    result = clean_and_explain(page)
    assert replay(page, [[e for e in result.edits if e.rule == r] for r in dict.fromkeys(e.rule for e in result.edits)]) == result.text
    assert clean(result.text) == result.text


def test_a_sentence_cut_by_a_posts_end_is_joined():
    cut = LAW[9]
    pieces = [LAW[0:3], LAW[3:5], LAW[5:9], [cut[:20]], [cut[20:]] + LAW[10:]]
    page = "".join(f"#普法# ({i}/5)\n\n" + "\n\n".join(p) + f"\n\n3月{i}日 10:1{i} 来自 网页版\n\n转发 {i} ｜ 评论 {i * 2} ｜ 赞 {i * 9}\n\n"
                   for i, p in enumerate(pieces, 1))
    assert _lines(clean_and_explain(page).text) == LAW


def test_a_widget_the_container_leaves_in_some_pieces_goes():
    page = "".join(f"第{i}页\n" + "\n".join(cut) + ("\n查看更多>>" if i % 2 else "") + "\n某某普法办　课件\n"
                   for i, cut in enumerate(CUTS, 1))
    assert _lines(clean_and_explain(page).text) == LAW


NEGATIVES = {
    "numbered_items_of_the_law": "\n".join(LAW[:4] + [f"{i}. 第{i}类物业的管理办法由市人民政府规定" for i in range(1, 6)] + LAW[4:]),
    "page_numbers_alone_between_pages": "\n".join(f"- {i} -\n" + "\n".join(cut) for i, cut in enumerate(CUTS, 1)),
    "a_footer_one_piece_lacks": "".join(f"— {i} —\n" + "\n".join(cut) + ("\n某某普法办　课件\n" if i != 4 else "\n")
                                        for i, cut in enumerate(CUTS, 1)),
    "pieces_opening_on_the_laws_labels": "".join(f"— {i} —\n第{n}条 本条例所称物业，是指房屋及配套设施。\n" + "\n".join(cut[1:]) + "\n"
                                                 for i, (n, cut) in enumerate(zip("一二三四五六", CUTS), 1)),
    "numbers_that_do_not_count_up": "".join(f"— {i} —\n" + "\n".join(cut) + "\n某某普法办　课件\n"
                                            for i, cut in zip([1, 2, 4, 5, 7, 8], CUTS)),
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_no_pieces_are_read_where_the_page_has_none(name):
    decoding = serialised_page(NEGATIVES[name])[0]
    assert decoding is None or decoding.kind != "repeated pieces"


@pytest.mark.parametrize("name", ["numbered_items_of_the_law", "page_numbers_alone_between_pages", "a_footer_one_piece_lacks"])
def test_the_laws_lines_all_stay(name):
    text = clean_and_explain(NEGATIVES[name]).text
    assert all(line in text for line in LAW)


def test_reading_pieces_stays_linear():
    def page(n: int) -> str:
        return "".join(f"— {i} —\n第{i}条 本条例所称业主，是指房屋的所有权人。\n某某普法办　课件\n" for i in range(1, n + 1))

    assert serialised_page(page(200))[0] is not None
    small, large = (cpu_seconds(serialised_page, page(n)) for n in (1_000, 10_000))
    assert large < 30 * max(small, 5e-3)
