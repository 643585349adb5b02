"""A Japanese page is no Chinese page: its script is its language, nothing on it is converted (its
title neither), and ``no_traditional_char`` does not read it; a Chinese text quoting a Japanese line
is read outside that line only.  tests/real_pages/field10/SOURCE.md (field test 8, magic-html).
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from corpus_tools import tables
from corpus_tools.clean import script
from corpus_tools.validation import quality, residual
from tests.real_build import build_real_pages

FIELD9 = Path(__file__).parent / "real_pages" / "field9"
PAGE = "people_jp_452b8128babdcbc5.html"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("field10", tmp_path_factory.mktemp("jp"), names=(PAGE,),
                            configs=("documents", "articles", "edits", "findings"))


def test_the_japanese_page_keeps_its_title_and_text_and_says_it_is_japanese(built):
    (document,) = built["documents:" + PAGE]
    assert document["script"] == "japanese"
    assert document["title"] == "中日平和友好条約締結45周年記念集会が東京で開催"
    assert "「人民網日本語版」" in document["text"] and "指導者の著作" in document["text"]
    assert not [e for e in built.get("edits:" + PAGE, []) if e["rule"] == "traditional_to_simplified"]


def test_the_japanese_page_has_no_traditional_char_finding(built):
    (document,) = built["documents:" + PAGE]
    assert "no_traditional_char" not in document["findings"]
    assert not [f for f in built.get("findings:" + PAGE, []) if f["check"] == "no_traditional_char"]


def test_a_japanese_line_quoted_in_chinese_text_is_not_read_the_chinese_lines_are():
    """magic-html 5c427eeeb30fce80.html (a Chinese article on the moon) quotes 夏目漱石's anecdote in Japanese."""
    japanese = "小説家・夏目漱石が英語教師をしていたとき、生徒が「我君を愛す」と訳したのを聞き、「日本人はそんなことを言わない。」"
    chinese = "月亮是中国古典诗词中最常见的意象之一。"
    detector = residual.detector("no_traditional_char")
    assert detector.find(chinese + "\n" + japanese + "\n" + chinese) is None
    assert detector.find(chinese + "\n" + japanese + "\n" + "這是傳統寫法。") is not None


def test_a_chinese_page_with_one_japanese_line_is_chinese():
    page = (FIELD9 / "people_jp_excerpt.txt").read_text(encoding="utf-8").split("\n")[2]
    law = "第一條 為了規範管理，制定本條例。\n第二條 本條例適用於本市行政區域。\n第三條 市人民政府負責實施本條例。\n" * 3
    assert script.page_language(law + page) is None
    assert script.detect_script(law + page) == "traditional"


def test_only_a_foreign_documents_rows_skip_the_check():
    docs = pa.Table.from_pylist([
        {"doc_id": "a", "page_id": "p", "source_file": "f", "title": "条約締結記念集会が東京で開催", "text": "指導者の著作",
         "script": "japanese"},
        {"doc_id": "b", "page_id": "q", "source_file": "g", "title": "促進工業發展條例", "text": "促進工業發展。",
         "script": "traditional"},
    ], schema=tables.CONFIGS["documents"])
    found = quality.row_findings({"documents": docs})
    flagged = {doc for doc, check in zip(found["doc_id"].to_pylist(), found["check"].to_pylist())
               if check == "no_traditional_char"}
    assert flagged == {"b"}


def test_a_korean_page_is_korean_and_not_converted():
    """The 1948 Constitution of the Republic of Korea, preamble (mixed hangul and hanja), as in
    tests/test_clean_foreign_lines.py: a page of it is Korean, its hanja stay."""
    page = ("悠久한 歷史와 傳統에 빛나는 우리들 大韓國民은\n己未三一運動으로 大韓民國을 建立하여 世界에 宣布한 "
            "偉大한 獨立精神을 繼承하여\n")
    assert script.page_language(page) == "korean" and script.detect_script(page) == "korean"
    assert script.convert_traditional(page) == (page, [], [])
