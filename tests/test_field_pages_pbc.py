"""Text extracted from pbc.gov.cn PDFs and HTML by another project's pipeline
(tests/real_pages/pbc/SOURCE.md): printed page numbers in articles, inline elements on lines of their own."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build

PBC = Path(__file__).parent / "real_pages" / "pbc"
PAGE_NUMBER = re.compile(r"[—－–-]\s*\d{1,3}\s*[—－–-]")


@pytest.fixture(scope="module")
def pbc(tmp_path_factory) -> dict[str, list[dict]]:
    tmp = tmp_path_factory.mktemp("pbc")
    raw = tmp / "raw"
    raw.mkdir()
    for path in PBC.glob("*.txt"):
        (raw / path.name).write_bytes(path.read_bytes())
    summary = build(raw, tmp / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    tables = {}
    for config in ("articles", "edits"):
        tables[config] = [row for path in sorted((tmp / "out" / "data").glob(f"{config}-*.parquet"))
                          for row in pq.read_table(path).to_pylist()]
    return tables


def _article(pbc, file_part: str, label: str) -> str:
    texts = [a["text"] for a in pbc["articles"] if file_part in a["source_file"] and a["label"] == label]
    assert len(texts) == 1, (file_part, label, len(texts))
    return texts[0]


def test_printed_page_numbers_leave_the_articles(pbc):
    numbered = [a["label"] for a in pbc["articles"] if PAGE_NUMBER.search(a["text"])]
    assert numbered == []
    removed = [e["before"].strip() for e in pbc["edits"] if e["rule"] == "site_furniture" and PAGE_NUMBER.search(e["before"])]
    assert len(removed) >= 15  # 000153: — 3 — … — 10 —; 000309: － 3 － … － 14 －


def test_a_sentence_cut_by_a_page_number_is_whole_again(pbc):
    assert "收到书面意见后，应在 10 个工作日内" in _article(pbc, "000153", "第二十一条")
    assert "由破案单位向中国人民银行当地分支机构申请奖励" in "".join(
        a["text"] for a in pbc["articles"] if "000309" in a["source_file"])


def test_numbers_and_ranges_of_the_text_stay(pbc):
    # the 000309 rule's amounts and its 第X条 references keep their digits
    text = "".join(a["text"] for a in pbc["articles"] if "000309" in a["source_file"])
    assert "10 万枚以下的，奖励金额为假币面额总计数的 8%" in text


def test_inline_elements_on_lines_of_their_own_are_joined_where_punctuation_proves_it(tmp_path):
    from corpus_tools.clean import clean

    text = (PBC / "tiaofasi_departmental_rule_000077_000.txt").read_text(encoding="utf-8")
    cleaned = clean(text)
    assert "《中华人民共和国中国人民银行法》、《中华人民共和国公司法》" in cleaned
    assert "《企业集团财务公司管理办法》，现予以发布施行。" in cleaned
    # the signature block stays line by line
    assert "行长\n戴相龙\n二○○○年六月三十日" in cleaned
