"""A title broken over two lines in the text while the page's own evidence holds it whole (field test 17, F17-L1;
session 18, fix18): a crawl record's ``title`` field, a Word page's two centred title paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from corpus_tools.crawl_records import title_lines_joined
from corpus_tools.html_content import join_split_title
from tests.real_build import built_documents

FOLDER = Path(__file__).parent / "real_pages" / "fix18"
MOE = FOLDER / "moe_001980fcf42a2dfb.json"
LION = FOLDER / "lion_usersign_lawindex.html"


def test_a_records_title_broken_in_its_book_title_is_whole_in_the_text(tmp_path: Path) -> None:
    [notice, *_] = built_documents(tmp_path, MOE)
    title = "关于印发《关于进一步加强中等职业教育师资培养培训基地建设的意见》的通知"
    assert notice["title"] == title and notice["text"].startswith(title + "\n教职成〔2000〕9号")


def test_a_word_pages_title_in_two_centred_paragraphs_is_one_line(tmp_path: Path) -> None:
    [notice, *_] = built_documents(tmp_path, LION)
    title = "关于选送中心学生参加2017年浦东新区学生艺术单项比赛的通知"
    assert notice["title"] == title and notice["text"].startswith(title + "\n管理部、各分部的全体教师：")


@pytest.mark.parametrize("text,title", [
    ("某某通知\n正文。\n", "某某通知"),  # whole already
    ("关于加强\n管理的通知\n", "关于加强管理工作的通知"),  # two lines that are not the title
    ("正文第一段。\n正文第二段。\n第三段\n第四段\n关于某事\n的通知\n", "关于某事的通知"),  # beyond the head
])
def test_no_join_without_the_records_evidence(text: str, title: str) -> None:
    assert title_lines_joined(text, title) is None


@pytest.mark.parametrize("html", [
    '<p align=center>某某市人民政府办公室</p><p align=center>关于加强管理的通知</p>',  # a letterhead over its title
    '<p align=center>关于某某办法的通知</p><p align=center>（征求意见稿）</p>',  # a title over its qualifier
    '<p align=center>关于某事</p><p>的通知</p>',  # the second not centred
    '<p align=center>关于开展工作，</p><p align=center>现通知</p>',  # sentence marks
    '<p>正文一。</p><p>正文二。</p><p>正文三。</p><p>正文四。</p><p align=center>关于某事</p><p align=center>的通知</p>',
])
def test_no_join_without_the_layouts_evidence(html: str) -> None:
    tree = LexborHTMLParser(html)
    before = [p.text() for p in tree.css("p")]
    assert not join_split_title(tree) and [p.text() for p in tree.css("p")] == before


def test_the_join_is_linear_on_a_page_of_many_paragraphs() -> None:
    import time

    tree = LexborHTMLParser('<p align=center>关于某事</p>' * 50_000)
    began = time.process_time()
    join_split_title(tree)
    assert time.process_time() - began < 2.0
