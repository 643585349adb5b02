"""The announcing first line of find_title and its book-title pattern (session 19, tidy19).

``structure/documents.py`` defined ``_BOOK_TITLE`` twice; the second (2-60 characters, for the text an
order promulgates) replaced the first (2-80, the length :data:`_ANNOUNCES` reads) at import, so a page whose
first line announced a title of 61-80 characters raised AttributeError in :func:`find_title`.  No real page
of the shared data opens so (searched: /work/shared/real, the field folders, the clean corpus): the long
title below is invented, the short one is the shape of 清远市司法局's 公告 (field test 10, F10-A2).
"""

from __future__ import annotations

from corpus_tools.structure.documents import _BOOK_TITLE, _ISSUED_TITLE, find_title

LONG = "某某市人民政府办公室关于进一步加强和改进城市管理工作推进城市治理体系和治理能力现代化以及深化综合行政执法体制改革的若干措施的实施意见"


def test_a_first_line_that_announces_a_long_title_names_it():
    assert 60 < len(LONG) <= 80
    title, end, _ = find_title(f"现将《{LONG}》印发给你们，请认真贯彻执行。\n一、总则\n")
    assert (title, end) == (LONG, 0)


def test_a_first_line_that_announces_a_short_title_names_it_as_before():
    title, end, _ = find_title("现将《清远市司法行政规范性文件管理办法》公开征求意见。\n一、总则\n")
    assert (title, end) == ("清远市司法行政规范性文件管理办法", 0)


def test_the_two_patterns_keep_their_own_lengths():
    assert _BOOK_TITLE.search(f"《{LONG}》").group("title") == LONG
    assert _ISSUED_TITLE.search(f"《{LONG}》") is None
    assert _ISSUED_TITLE.search("现公布《某某条例》").group("title") == "某某条例"


def test_a_long_unclosed_line_is_read_in_linear_time():
    import time

    text = "现将《" + "某" * 200_000
    started = time.process_time()
    find_title(text + "\n")
    assert time.process_time() - started < 5
