"""F23-C1 (field test 23): chapter headings between no-break spaces in a joined line.

A scraper of gov.cn joined each regulation's paragraphs with ``\\u3000\\u3000`` and put ``\\xa0`` around the chapter
headings (``…依法追究刑事责任。\\xa0第二章\\u3000评\\u3000\\u3000价\\xa0\\u3000\\u3000第七条…``).  ``lost_line_breaks``
stopped at the first ``\\xa0``: 规划环境影响评价条例 (国务院令第559号) came out with 6 of its 36 articles, 第六条 holding
the text of 第七条 to 第三十六条.
"""

from __future__ import annotations

from tests.real_build import build_real_pages, built_rows


def test_the_regulation_keeps_its_36_articles(tmp_path):
    built = build_real_pages("field23_c1", tmp_path)
    docs = built_rows(built, "documents", "guolingdi559_nbsp_headings.txt")
    (law,) = [d for d in docs if d["title"] == "规划环境影响评价条例"]
    assert law["num_articles"] == 36
    articles = [a for a in built_rows(built, "articles", "guolingdi559_nbsp_headings.txt") if a["doc_id"] == law["doc_id"]]
    assert len(articles) == 36
    assert "第七条" not in next(a for a in articles if a["article_no"] == 6)["text"]
