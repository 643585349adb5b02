"""A title broken over two lines in the text while the page's own evidence holds it whole (field test 17, F17-L1;
session 18, fix18): a crawl record's ``title`` field, a Word page's two centred title paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from corpus_tools.crawl_records import title_split_lines
from corpus_tools.html_content import split_title_lines
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
    assert title_split_lines(text, title) is None


@pytest.mark.parametrize("html", [
    '<p align=center>某某市人民政府办公室</p><p align=center>关于加强管理的通知</p>',  # a letterhead over its title
    '<p align=center>关于某某办法的通知</p><p align=center>（征求意见稿）</p>',  # a title over its qualifier
    '<p align=center>关于某事</p><p>的通知</p>',  # the second not centred
    '<p align=center>关于开展工作，</p><p align=center>现通知</p>',  # sentence marks
    '<p>正文一。</p><p>正文二。</p><p>正文三。</p><p>正文四。</p><p align=center>关于某事</p><p align=center>的通知</p>',
])
def test_no_join_without_the_layouts_evidence(html: str) -> None:
    assert split_title_lines(LexborHTMLParser(html)) is None


def test_the_join_is_linear_on_a_page_of_many_paragraphs() -> None:
    import time

    tree = LexborHTMLParser('<p align=center>关于某事</p>' * 50_000)
    began = time.process_time()
    split_title_lines(tree)
    assert time.process_time() - began < 2.0


# --------------------------------------------------------------------------- the join is an edit (session 19, fix19)

@pytest.mark.parametrize("path, title", [
    (LION, "关于选送中心学生参加2017年浦东新区学生艺术单项比赛的通知"),
    (MOE, "关于印发《关于进一步加强中等职业教育师资培养培训基地建设的意见》的通知"),
], ids=["word-centred-paragraphs", "moe-record-title"])
def test_the_title_join_is_a_recorded_edit_that_replays(path: Path, title: str) -> None:
    """The reader only reports the two lines (``split_title``); hard_wraps joins them with an edit, so that the
    ingested text holds the page as it came and replaying the edits gives the cleaned text (closing18: fix18's
    join changed the text in ingest with no edit)."""
    from corpus_tools.clean.edits import replay
    from corpus_tools.clean.page import clean_page
    from corpus_tools.crawl_records import pages_of_file

    if path.suffix == ".json":
        [raw] = [page for page in pages_of_file(path, path.parent)][:1]
    else:
        from corpus_tools.ingest import ingest_bytes
        raw = ingest_bytes(path.read_bytes(), path.name)
    assert title not in raw.text and raw.metadata["split_title"]["lines"]
    cleaned = clean_page(raw)
    joins = [e for e in cleaned.edits if e.rule == "hard_wraps" and "title whole" in e.detail]
    assert len(joins) == 1 and title in cleaned.text
    assert replay(raw.text, cleaned.steps) == cleaned.text


def test_a_blind_title_cut_with_blanks_at_the_cut_is_joined_without_them() -> None:
    """Blind T2 (/work/notes/fix19/blind.md): blanks on both sides of the cut go with the line break."""
    from corpus_tools.clean.layout import join_hard_wraps

    text = "　　关于进一步加强 \n 农村公路管理的通知\n各乡镇人民政府：\n"
    out, edits, _ = join_hard_wraps(text, source_format="html",
                                    split_title={"lines": ["关于进一步加强", "农村公路管理的通知"], "evidence": "t"})
    assert out == "　　关于进一步加强农村公路管理的通知\n各乡镇人民政府：\n" and [e.before for e in edits] == [" \n "]


def test_a_letterhead_hint_that_the_text_no_longer_holds_joins_nothing() -> None:
    """Blind T4: an organ's line over its title is no hint (the reader gives none); a hint whose lines are not in
    a row in the text joins nothing."""
    from corpus_tools.clean.layout import join_hard_wraps

    text = "某某市人民政府办公室\n关于加强管理的通知\n正文。\n"
    assert split_title_lines(LexborHTMLParser("<p align=center>某某市人民政府办公室</p><p align=center>关于加强管理的通知</p>")) is None
    assert join_hard_wraps(text, split_title={"lines": ["关于加强", "管理的通知"]}) == (text, [], [])
