"""The ``spam_page`` finding on field test 13's three fake 政策文件 (notes field13.md F13-B1), which got none on lead13
6a1af6b: the farms' promises without 必 (``四肖期期中``), accuracy claims (``一肖一码100准``), the betting pool
(``瓜分赌金``, ``总赌金``) and keyword-stuffing notes (``（关键词：“好彩”频率5%）``) are the family's vocabulary too.

Real pages in tests/real_pages/field13_spam (SOURCE.md); the negative controls are the official 彩票管理条例
(tests/real_pages/spam_pages9) and lines that share characters with the new shapes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build
from corpus_tools.validation.spam_pages import candidate_rows, spam_page_evidence
from tests.real_build import page_documents

PAGES = Path(__file__).parent / "real_pages" / "field13_spam"
FARMS = ("missjessicaashley_post_6813.txt", "znkccd_career_article_1708.txt", "blnrhy_post_37076.txt")
CAIPIAO = Path(__file__).parent / "real_pages" / "spam_pages9" / "caipiao_tiaoli.md"


@pytest.mark.parametrize(("name", "phrase", "place"), [
    ("missjessicaashley_post_6813.txt", "肖期期中", "title"),
    ("znkccd_career_article_1708.txt", "（关键词：“好彩”频率5%）", "head"),
    ("blnrhy_post_37076.txt", "瓜分赌金", "heading"),
])
def test_each_farm_document_has_the_evidence(name: str, phrase: str, place: str) -> None:
    (document,) = page_documents(PAGES / name)
    evidence = spam_page_evidence(document.title, document.text)
    assert evidence is not None and phrase in evidence.phrases and evidence.place == place
    assert candidate_rows(pa.array([document.title]), pa.array([document.text])).tolist() == [0]


def test_the_build_flags_the_three_farms_and_not_the_lottery_regulation(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(PAGES, raw, ignore=shutil.ignore_patterns("SOURCE.md"))
    shutil.copy(CAIPIAO, raw / CAIPIAO.name)
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    documents = [row for path in sorted((tmp_path / "out" / "data").glob("documents-*.parquet"))
                 for row in pq.read_table(path).to_pylist()]
    flagged = {d["source_file"].rsplit("/", 1)[-1] for d in documents if "spam_page" in d["findings"]}
    assert flagged == set(FARMS)


# Lines sharing characters with the new shapes (a title over the line repeated: placement and repetition are met,
# so only the phrase shapes decide).
LOOKALIKES = [
    "本学期期中考试和期末考试安排",          # 期期中 of 学期期中
    "确保统计数据100%准确无误",             # 100%准确
    "按照100准则逐项核查",                   # 准则
    "严格执行准入标准，100准入率",            # 准入
    "没收赌具、赌资和违法所得",              # the law's word is 赌资
    "论文关键词：营商环境；优化",             # a paper's keywords, no stuffing note
    "期期不落，按期公布彩票销售情况",          # 期期 without a promise
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_lookalike_words_are_no_tip(line: str) -> None:
    assert spam_page_evidence(line, f"{line}\n{line}。\n{line}。") is None


def test_a_keyword_note_alone_places_nothing() -> None:
    """Keyword notes count for the repetition only: a page of stuffing notes without a tip shape is no farm page."""
    text = "关于优化营商环境的通知\n一、总体要求（关键词：“营商环境”频率5%）\n二、主要任务（关键词：“营商环境”频率5%）"
    assert spam_page_evidence("关于优化营商环境的通知", text) is None


def test_the_official_lottery_regulation_is_still_no_farm_page() -> None:
    text = CAIPIAO.read_text(encoding="utf-8")
    assert spam_page_evidence("彩票管理条例", text) is None
    assert candidate_rows(pa.array(["彩票管理条例"]), pa.array([text])).tolist() == []
