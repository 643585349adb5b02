"""Field test 28: the lead's fixes, each from a real page (tests/real_pages/field28, sources in its SOURCE.md)."""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.crawl_records import read_records

HERE = Path(__file__).parent / "real_pages" / "field28"


def test_a1_wrapped_end_of_a_statute_note_is_no_recurring_template():
    """F28-A1: law.moj.gov.tw wraps each article's note at a fixed width, so three notes end on a line of their own
    (``(備      註：附式一請參閱中華民國現行法規彙編 (83年5月版) (二)⏎  第 918  頁)``); the three lines share one
    frame and were removed as a recurring template, losing the page reference of each note.  A line that closes a
    bracket it did not open continues the line before it: every page reference stays."""
    records, _ = read_records((HERE / "moj_D0020007_notes.json").read_bytes(), "moj_D0020007_notes.json")
    assert len(records) == 1
    result = clean_and_explain(records[0].text)
    for page in ("918", "919-921", "922", "923"):
        assert f"第 {page}  頁)" in records[0].text
        assert f"第 {page}  " in result.text, page
    assert not [e for e in result.edits if "recurring template" in (e.detail or "")]


def _build_one(tmp_path, name):
    import shutil

    import pyarrow.parquet as pq

    from corpus_tools.dataset.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(HERE / name, raw)
    build(raw, tmp_path / "out", progress=False)
    return pq.read_table(next((tmp_path / "out" / "data").glob("documents-*.parquet"))).to_pylist()


def test_d1_a_record_from_taiwan_s_law_database_is_not_national(tmp_path):
    """F28-D1: 教育部's 專科以上學校推廣教育實施辦法 (a record of law.moj.gov.tw: its url and description say so) was placed in
    中华人民共和国 at national level, from its organ's name alone; the other Taiwan records of the folder were null."""
    rows = _build_one(tmp_path, "moj_H0030027_head.json")
    assert [r["title"] for r in rows] == ["专科以上学校推广教育实施办法"]
    assert rows[0]["jurisdiction"] is None and rows[0]["jurisdiction_level"] is None


def test_d2_a_page_titled_as_one_of_hong_kong_s_laws_is_hong_kong_s(tmp_path):
    """F28-D2: the Labour Department's FAQ titled ``香港法例第57章《雇佣条例》`` had no jurisdiction."""
    rows = _build_one(tmp_path, "labour_hk_cap57_faq.htm")
    assert [(r["title"], r["jurisdiction"]) for r in rows] == [("香港法例第57章《雇佣条例》", "香港特别行政区")]


def test_a2_a_control_character_inside_a_number_is_removed_with_a_warning_naming_its_digit():
    """F28-A2: the gazette's ``同年1\\u0012月`` (most likely a full-width ``２`` that lost its high byte) came out as
    ``同年1月``, a wrong date, with no warning.  A stray control looks the same (NOISE.md), so the control still goes,
    but the page now says which digit it may have been."""
    records, _ = read_records((HERE / "spc_gazette_2003_02_excerpt.json").read_bytes(), "spc_gazette_2003_02_excerpt.json")
    text = "\n".join(r.text for r in records)
    assert "同年1\x12月" in text
    result = clean_and_explain(text)
    assert "\x12" not in result.text
    notes = [w.message for w in result.warnings if "inside a number" in w.message]
    assert notes == ["U+0012 removed inside a number: it may be the full-width digit ２ that lost its high byte"]


def test_c2_a_javascript_data_module_is_read_as_its_records(tmp_path):
    """F28-C2: a county site's ``static/policy.js`` (``module.exports = {policy: {edges: [{node: {title: '…', createdAt:
    …, author: '管理员', content: `<p …>…`}}, …]}}``) was read as one untitled text page with the code in it, its quotes
    and commas made Chinese punctuation.  It is a data module: each record is a document, its title its own, its HTML
    read as HTML, and the site's administrator who posted it is no issuer."""
    rows = _build_one(tmp_path, "cshun_policy_two.js")
    assert [r["title"] for r in rows] == ["习总书记对深度贫困地区脱贫的要求", "我省对打赢深度贫困地区脱贫攻坚战的要求"]
    assert all(r["issuer"] is None for r in rows)
    for r in rows:
        assert "module.exports" not in r["text"] and "<p" not in r["text"] and "createdAt" not in r["text"]
        assert "‘" not in r["text"]


def test_c2_javascript_code_is_refused_with_its_reason(tmp_path):
    """A script that is code, not data, is refused with a clear reason; the other files still build."""
    import json

    from corpus_tools.crawl_records import read_records
    from corpus_tools.ingest import IngestError

    try:
        read_records(b"document.addEventListener('click', function () { return 1 })\n", "app.js")
    except IngestError as error:
        assert "JavaScript code, not a data module" in str(error)
    else:
        raise AssertionError("code read as records")
    records, _ = read_records(json.dumps({"code": 0, "msg": "ok", "data": {"list": [
        {"title": "某办法", "content": "第一条 为了规范管理，制定本办法。"}]}}, ensure_ascii=False).encode(), "api.json")
    assert [r.text for r in records] == ["第一条 为了规范管理，制定本办法。"]


def test_b4_a_date_and_source_line_with_a_spaced_ascii_colon_goes():
    """F28-B4: the Guangdong portal's ``时间 : 2023-02-25 08:51:32 来源：南方日报网络版`` stayed as the news text's second
    line (the ASCII colon set apart by blanks), while the same fields with a full-width colon go."""
    from corpus_tools.ingest import ingest_bytes

    page = ingest_bytes((HERE / "myzgd_news_clone.html").read_bytes(), "myzgd_news_clone.html")
    assert "时间 : 2023-02-25 08:51:32 来源" in page.text
    out = clean_and_explain(page.text).text
    assert "2023-02-25 08:51:32" not in out and "南方日报网络版" not in out
    assert "2月24日上午，省委书记黄坤明在广州会见了" in out
