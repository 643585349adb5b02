"""A Japanese page's ASCII marks between kanji are its own text, which the width rule keeps on purpose
(precf19a, F19-A1): ``no_ascii_punct_between_cjk`` skips the rows of a page whose script is Japanese or
Korean, as ``no_traditional_char`` does; a Chinese page's marks are still flagged.

The Japanese line is copied unchanged from a machine translation of 中国共产党党内监督条例
(https://lisalosel.com/content/2020-11/87083.html, copied by field19 into
/work/field19/pages19_trad_ruby/lisalosel_content_2020-11_87083.txt; the same line as
tests/test_width_japanese_text19.py).
"""

from __future__ import annotations

import pyarrow as pa

from corpus_tools import tables
from corpus_tools.validation import quality, residual

JAPANESE_LINE = ("第 1 条: 党の指導力を維持する,パーティー構築の強化,党を包括的かつ厳格に統治する,党内監督の強化,"
                 "党の先進性と純粋性を維持する,「中国共産党規約」による,この規則を制定する。")
CHINESE_LINE = "第四条 党内监督必须贯彻民主集中制,依规依纪进行"  # an invented Chinese negative


def _flagged(script_a: str, script_b: str) -> set[str]:
    docs = pa.Table.from_pylist([
        {"doc_id": "a", "page_id": "p", "source_file": "f", "title": "党内監督条例", "text": JAPANESE_LINE,
         "script": script_a},
        {"doc_id": "b", "page_id": "q", "source_file": "g", "title": "党内监督条例", "text": CHINESE_LINE,
         "script": script_b},
    ], schema=tables.CONFIGS["documents"])
    found = quality.row_findings({"documents": docs})
    return {doc for doc, check in zip(found["doc_id"].to_pylist(), found["check"].to_pylist())
            if check == "no_ascii_punct_between_cjk"}


def test_the_detector_sees_both_lines():
    # the skip is the page's script, not a blind spot of the detector
    detector = residual.detector("no_ascii_punct_between_cjk")
    assert detector.find(JAPANESE_LINE) is not None and detector.find(CHINESE_LINE) is not None


def test_a_japanese_pages_marks_are_not_flagged_a_chinese_pages_are():
    assert _flagged("japanese", "simplified") == {"b"}


def test_a_japanese_line_on_a_page_read_as_chinese_is_still_flagged():
    # negative: the skip reads documents.script only, never the text of one line
    assert _flagged("simplified", "simplified") == {"a", "b"}
