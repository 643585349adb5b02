"""A year in Han numerals whose zero is typed as a digit or a letter (F27-D1): ``一九八０年``.

Field test 27 met a law whose dates read ``一九八０年`` (U+FF10 among the Han numerals, as an input method's
full-width digit slips in for 〇): no date was read, neither the adoption nor the effective date.  The same
stand-ins of 〇 were read for 20xx since F9-P5 (``二OO六年``); the 19xx years are the family's other members
(Hong Kong's LCSD writes ``（一九八Ｏ年）``, Xinhua ``一九八六至一九九０年``).  Only 〇's stand-ins are read, and
only among Han numerals.
"""

from __future__ import annotations

import pytest

from corpus_tools.structure.metadata import DATE, effective_date, iso_date

#: 中华人民共和国国籍法's record and last article (1980), its 〇 typed as a full-width digit zero.
GUOJI = ("（一九八０年九月十日第五届全国人民代表大会第三次会议通过　一九八０年九月十日全国人民代表大会常务委员会委员长令"
         "第八号公布　自公布之日起施行）")


@pytest.mark.parametrize("text, day", [
    (GUOJI, "1980-09-10"),
    ("第二条　本条例自一九八０年十月一日起施行。", "1980-10-01"),
    ("某某局\n一九九Ｏ年十月七日", "1990-10-07"),
    ("一九九o年三月一日", "1990-03-01"),
    ("二ＯＯ七年八月", None),  # no day: no date (as before)
])
def test_a_typed_zero_in_a_han_year_is_read(text, day):
    m = DATE.search(text)
    assert (iso_date(m) if m else None) == day


def test_the_effective_date_is_read():
    assert effective_date("第二条　本条例自一九八０年十月一日起施行。") == "1980-10-01"


@pytest.mark.parametrize("text", ["一九12年3月1日", "1九80年3月1日", "三九八０年十月一日"])
def test_only_zeros_stand_in(text):
    m = DATE.search(text)
    assert m is None or m.group("y") not in text[:4] or not m.group("y").startswith(("一九", "三"))
