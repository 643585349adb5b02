"""Field test 15's structure and metadata findings on real pages (tests/real_pages/field15_pages/SOURCE.md):
a forum's poster line taken as a 司法解释's title and its 法释 number unread (F15-M1)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from corpus_tools.structure.documents import find_title, is_chrome_line
from corpus_tools.structure.metadata import announcement

sys.path.insert(0, str(Path(__file__).parent))
from real_build import built_documents  # noqa: E402

PAGES = Path(__file__).parent / "real_pages" / "field15_pages"
DALIANLAW = PAGES / "dalianlaw_archiver_tid-40160.txt"
TITLE = "最高人民法院关于适用〈中华人民共和国民法典〉总则编若干问题的解释"


def test_a_forum_poster_line_is_no_title_and_the_announcements_number_is_the_documents(tmp_path):
    (doc,) = built_documents(tmp_path, DALIANLAW)
    assert doc["title"] == TITLE  # was ``王希胜律师 发表于 2022-3-3 14:27:32``
    assert doc["doc_number"] == "法释〔2022〕6号"  # was null
    assert doc["issuer"] == "最高人民法院" and doc["effective"] == "2022-03-01"
    assert doc["published"] == "2022-02-24"  # the announcement's date (was null)
    assert "王希胜律师 发表于 2022-3-3 14:27:32" in doc["text"]  # structure reads; the text keeps its line


@pytest.mark.parametrize("line", ["王希胜律师 发表于 2022-3-3 14:27:32", "admin 发表于 2021-12-30 09:05",
                                  "老王 发布于 2022年3月3日", "楼主 回复时间：2019-06-01 10:00:00"])
def test_poster_lines_of_the_family_are_chrome(line):
    """INVENTED variants of the family (a name, a posting verb, the date and time) besides the real line."""
    assert is_chrome_line(line)
    assert find_title(f"{line}\n某某省物业管理条例\n第一条 为了规范。\n")[0] == "某某省物业管理条例"


@pytest.mark.parametrize("line", ["关于2022年3月3日发表的声明的说明", "某某条例实施情况发布于2022年", "发表于2022年的论文目录",
                                  "本公告发布于2022年3月3日"])
def test_titles_that_only_mention_a_posting_are_no_poster_lines(line):
    assert not is_chrome_line(line)


def test_the_number_under_a_promulgating_announcement_is_read_only_after_its_signature():
    text = DALIANLAW.read_text(encoding="utf-8")
    title_end = text.index(TITLE) + len(TITLE)
    assert announcement(text, title_end) == ("法释〔2022〕6号", "2022-02-24")
    without_date = text.replace("2022年2月24日\n", "")
    assert announcement(without_date, title_end) is None


FYMATE = PAGES / "fymate_lar_167974_16797468.txt"


def test_a_congress_announcement_and_the_regulation_it_promulgates_are_two_documents(tmp_path):
    """贵州省人大公告 (第3号), signed by the session's 主席团 and dated, over the 条例 it promulgates: one document titled
    by the 公告 whose articles were the 条例's (F15-S2)."""
    docs = built_documents(tmp_path, FYMATE)
    assert [doc["title"] for doc in docs] == ["贵州省人大公告", "贵州省地方立法条例"]
    notice, regulation = docs
    assert notice["doc_type"] == "notice" and notice["doc_number"] == "第3号"
    assert regulation["doc_type"] == "regulation" and regulation["doc_number"] is None  # the 公告's number is the 公告's
    assert regulation["adopted"] == "2001-01-18"
    assert regulation["text"].startswith("贵州省地方立法条例\n")
    assert notice["text"].rstrip().endswith("2001年1月18日")
