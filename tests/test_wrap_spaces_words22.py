"""Wrap spaces left inside words where a page was wrapped at a second column (field test 20, F20-B10).

法律资料网's copy of 黄山市建筑市场信用体系管理暂行办法 (tests/real_pages/field20/law738_huangshan_xinyong.txt,
/work/field20/pages_mirrors, as the crawler saved it) carries spaces where an old fixed-width text wrapped: 8 of them
recur every 80 columns and went as PDF wraps (:mod:`corpus_tools.clean.wrap_spaces`); 5 more stand at another column
(``维护建筑市场正 常秩序``, ``市政基础设施工 程建设活动``, ``建筑市场信用 体系``, ``必须严格执 行``, ``建设活动的
建筑业企业``).  On a page the print width proved wrapped, a space that splits a word goes when the page writes the two
characters together elsewhere (工程, 信用体系, 执行).  A space between two words (``的 建筑``), inside a word the page
writes nowhere else (``正 常``: a dictionary's pairs would also join a date to a signer's office, 二十六日 经济 -> 日经,
tests/test_wrap_spaces_transcription.py), inside a title's ``《》`` or between names stays, and a page without the
width's evidence keeps every space.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.wrap_spaces import wrap_spaces

PAGE = Path(__file__).parent / "real_pages" / "field20" / "law738_huangshan_xinyong.txt"
WORD = "PDF line wrap read as a space inside a word"
#: A notice's sentence as a PDF's text layer joined its printed lines (tests/test_wrap_spaces_titles.py): 12 wraps
#: every 60 columns, the page's evidence.
WRAPPED = "\n".join(["推进医保基金即时结算改革是贯彻落实党的二十届三中全会精 神的具体举措，有助于进一步优化医保基金结算运行管理机制，提高 结算效率。"] * 6)


def test_a_second_columns_wraps_inside_words_go():
    out = clean_and_explain(PAGE.read_text(encoding="utf-8")).text
    for words in ("市政基础设施工程建设活动", "建筑市场信用体系监督", "必须严格执行基本建设程序",
                  "常务会议研究通过", "保障各方主体合法权益"):
        assert words in out, words
    assert "建设活动的 建筑业企业" in out  # two words: no evidence, kept
    assert "维护建筑市场正 常秩序" in out  # 正常 is written nowhere else on the page: kept (recall's cost)


def test_each_is_an_edit_with_its_evidence():
    edits = [e for e in clean_and_explain(PAGE.read_text(encoding="utf-8")).edits if WORD in e.detail]
    assert len(edits) == 3


def test_a_titles_parts_and_names_keep_their_spaces():
    text = WRAPPED + "\n依照《建设 工程质量管理条例》，建设工程的各方主体应当依法承担质量责任，主持人张伟 王芳负责。\n"
    out = clean_and_explain(text).text
    assert "《建设 工程质量管理条例》" in out  # 设工 is written in 建设工程, but a title's parts are its own
    assert "张伟 王芳" in out
    assert "精神" in out and "提高结算" in out


def test_a_page_without_the_print_width_keeps_a_split_word():
    text = "第一条 为了维护建筑市场正 常秩序，制定本办法。\n第二条 本办法自公布之日起施行。\n"
    assert wrap_spaces(text) == []
    assert "正 常" in clean_and_explain(text).text
