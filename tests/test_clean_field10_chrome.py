"""Chrome, junk and markup field test 10 and review 10 found kept (or wrongly removed) on real pages
(notes field10.md F10-G5, F10-N1, F10-N2, F10-A3/S1; review10.md F4, F6), and the clean text that
must stay byte-identical beside them.

Every positive case is copied from the page that showed it (source noted); every negative case is
a line of the clean corpus (DLC) or of a real page that holds the same words.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.spam import adult_keyword_spans, remove_spam_anchors


# --------------------------------------------------------------------------
# review 10, F6: lines of ordinary words that adult sites also write
# --------------------------------------------------------------------------

#: The adult keyword lines of field test 7b's pages (tests/test_clean_field7b_spam.py: tzsjczs.com,
#: dh635.com) and field test 9's per-better.com (F9-P19): each holds a word only such sites write.
ADULT_LINES = (
    "午夜在线精品不卡国产,成人永久免费福利视频网站,欧美在线观看成人高清视频",
    "国产精品成人一区二区不卡_中文字幕一区二区精品区_亚洲欧洲成人精品av97_成人自拍视频在线",
    "日韩高清亚洲日韩精品一区二区_亚洲成a人片在线观看无码_有奶水三级电视频_婷婷五月天激情综合影院",
)

#: Review 10's cases (/tmp/rv10/adult.py, adult2.py): a seating plan's zones, a shop's goods, a
#: phrase and an adjective; all were removed as adult keyword lines.
ORDINARY_LISTS = (
    "第一条 甲。\n一区,二区,三区,四区\n第二条 乙。\n",
    "分区安排\n一区_二区_三区_四区_五区\n",
    "入围名单\n一区,二区\n",
    "考场安排\n一区,二区,三区,四区,五区\n精品区,普通区\n",
    "丝袜,内裤,袜子\n",
    "春色满园,性感\n",
    "产品类别\n针织内衣,丝袜,内裤,睡衣,文胸\n",
)


@pytest.mark.parametrize("line", ADULT_LINES)
def test_adult_keyword_lines_still_go(line: str) -> None:
    page = line + "\n\n互联网用户账号名称管理规定\n"
    assert [page[a:b] for a, b, _ in adult_keyword_spans(page)] == [line]
    assert remove_spam_anchors(page)[0] == "互联网用户账号名称管理规定\n"


@pytest.mark.parametrize("text", ORDINARY_LISTS)
def test_lists_of_ordinary_words_stay(text: str) -> None:
    assert adult_keyword_spans(text) == []
    result = clean_and_explain(text, rules=["spam_anchor"])
    assert result.text == text and not result.edits
