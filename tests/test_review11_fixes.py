"""What review 11 found in the session's integrated change (/work/notes/review11.md), each as a test:
quadratic scans on one long line (F4 Markdown headings, F5 Markdown table tags, F10 the SQL-dump check), a build
refused for one impossible date (F6), and three rules that changed clean text (F7, F8, F11)."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean, clean_and_explain
from tests.test_hostile import bounded


def _block_lines(text: str) -> int:
    from corpus_tools.markdown_text import block_lines

    return len(block_lines(text, "")[0])


def _render(text: str) -> int:
    from corpus_tools.markdown_text import render_markup

    return len(render_markup(text)[0])


def _sql(text: str) -> bool:
    from corpus_tools.ingest import sql_dump

    return bool(sql_dump(text, "a.txt"))


@pytest.mark.parametrize("fn, text", [
    (_block_lines, "<h1>" * 50_000), (_block_lines, "<h1>a</h2>" * 20_000),
    (_render, "<table " * 30_000), (_sql, "INSERT INTO " + "a(" * 100_000),
])
def test_long_lines_of_openers_are_read_in_linear_time(fn, text):
    bounded(fn, text, seconds=10)


def test_an_impossible_date_on_a_cover_is_no_date_and_the_build_writes(tmp_path):
    """F6: ``2025-02-30 实施`` under a standard's masthead made the whole build INVALID (exit 1, nothing written)."""
    from corpus_tools.dataset.build import build
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("中华人民共和国国家标准\n\nGB/T 45688—2025\n\n新能源汽车运行安全性能动态监测预警 技术要求\n\n"
                               "2025-05-30 发布\n\n2025-02-30 实施\n\n国家市场监督管理总局\n\n发布\n\n1 范围\n\n本文件规定了技术要求。\n",
                               encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    (doc,) = pq.read_table(next((tmp_path / "out" / "data").glob("documents-*.parquet"))).to_pylist()
    assert doc["published"] == "2025-05-30" and doc["effective"] is None


def test_a_notices_attachment_after_a_repeated_download_bar_stays():
    """F11: the mirror's appended-page rule took the 办法 a notice issues when the page repeats its bar above it."""
    text = ("关于印发某办法的通知\n下载地址: 点击此处下载\n各区：现将《某办法》印发给你们，请遵照执行。\n附件：某办法\n"
            "下载地址: 点击此处下载\n附件\n某办法\n第一条 为了规范管理，制定本办法。\n")
    assert "第一条 为了规范管理，制定本办法。" in clean_and_explain(text).text


def test_a_state_lotterys_app_in_a_sentence_stays():
    """F7: units_inside_words removed 体育彩票APP from a lottery rule."""
    text = "第十条 彩票发行机构可以委托单位、个人代理销售彩票，但不得通过体育彩票APP以外的渠道销售。"
    assert clean(text) == text


def test_names_and_form_columns_keep_their_blanks():
    """F8: the letterspaced-heading rule joined a name list and a form's grades."""
    text = "参会人员名单：\n张 伟 王 芳\n李 娜 刘 洋\n评价等级\n优 良 中 差\n"
    assert clean(text) == text
