"""Field test 25 (session 25): the lead's fixes, each from a real page (tests/real_pages/field25/SOURCE.md).

- F25-C1 HIGH: a court decision stored as JSON sections (``主文``, ``理由``, lists of paragraphs) was refused whole
  (no text field); now the sections are its text, in the record's order, each under its name.
- F25-D1 MEDIUM: the record's Traditional-script labels (``裁定字號``, ``裁定日期``, ``標題``, ``文號``) were not read.
- F25-A4 LOW: ``所著`` (a cited work's author) became ``所着``.
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus_tools.clean.script import convert_traditional
from corpus_tools.crawl_records import read_records, record_page

REAL = Path(__file__).parent / "real_pages" / "field25"
RULING = REAL / "112_審裁_757.json"


def _page():
    records, _ = read_records(RULING.read_bytes(), RULING.name)
    assert len(records) == 1
    return records[0], record_page(records[0], "utf-8")


def test_decision_sections_are_its_text_in_order():
    record, page = _page()
    raw = json.loads(RULING.read_text(encoding="utf-8"))
    assert record.text_field == "主文 + 理由"
    lines = page.text.splitlines()
    assert lines[:2] == ["主文", "本件不受理。"]
    assert lines[2] == "理由" and lines[3:6] == raw["理由"]
    # the sections are the text, not metadata too; the bench's names are no text
    assert "主文" not in page.metadata and "理由" not in page.metadata and "蔡烱燉" not in page.text


def test_decision_labels_in_traditional_script_are_read():
    _, page = _page()
    box = page.metadata["info_box"]["fields"]
    assert box["doc_number"] == "112年審裁字第757號"
    assert box["written"] == "2023-04-07"  # the day a decision was signed, as a judgment box reads it


def test_traditional_record_labels_of_a_notice(tmp_path):
    notice = {"標題": "某某部公告", "文號": "台某字第1130000001號", "發布日期": "2024-05-08", "內容": ["主旨：公告某某事項。"]}
    records, _ = read_records(json.dumps(notice, ensure_ascii=False).encode(), "n.json")
    box = record_page(records[0], "utf-8").metadata["info_box"]["fields"]
    assert (box["title"], box["doc_number"], box["published"]) == ("某某部公告", "台某字第1130000001號", "2024-05-08")


def test_one_section_alone_is_no_decision():
    # a record with a single field named like a section (a Q&A's 理由) is not read as a decision
    records = json.dumps([{"title": "甲", "理由": "因为。"}], ensure_ascii=False).encode()
    try:
        read_records(records, "q.json")
    except Exception as error:  # the records have no text field: refused, as before
        assert "no text field" in str(error)
    else:
        raise AssertionError("a lone 理由 field was read as a decision")


def test_suozhu_keeps_zhu():
    line = "註7：當時日本學者園部敏，認為水利組合為公共組合之一，屬公共團體，性質上為公法人，參閱所著，前揭註3，第290頁"
    out = convert_traditional(line)[0]
    assert "参阅所著" in out and "所着" not in out
