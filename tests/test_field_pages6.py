"""Real pages of the session-6 field test (tests/real_pages/{civilcode,huace}/SOURCE.md): each build must keep
what the page says."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.clean import clean_and_explain
from corpus_tools.dataset.build import build

REAL = Path(__file__).parent / "real_pages"


def _build(tmp: Path, folder: str) -> dict[str, list[dict]]:
    raw = tmp / "raw"
    shutil.copytree(REAL / folder, raw, ignore=shutil.ignore_patterns("SOURCE.md"))
    summary = build(raw, tmp / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    return {config: [row for path in sorted((tmp / "out" / "data").glob(f"{config}-*.parquet"))
                     for row in pq.read_table(path).to_pylist()]
            for config in ("documents", "edits")}


def test_a_codes_name_and_adoption_line_on_every_book_page_are_not_chrome(tmp_path):
    built = _build(tmp_path, "civilcode")
    books = [d for d in built["documents"] if d["role"] == "main"]
    assert len(books) == 3
    for book in books:
        assert book["title"] == "中华人民共和国民法典", book["source_file"]
        assert book["adopted"] == "2020-05-28", book["source_file"]
        assert "第十三届全国人民代表大会第三次会议通过" in book["text"]
    assert not [e for e in built["edits"] if e["rule"] == "recurring_furniture"]


def test_label_value_lines_of_a_crawlers_header_stay_apart(tmp_path):
    built = _build(tmp_path, "huace")
    text = built["documents"][0]["text"]
    # (the header may also leave the text for the metadata; it is never run together)
    assert "上海市科学技术委员会原文链接" not in text.replace(" ", "")
    assert "15:25:09检索关键词" not in text.replace(" ", "")
    assert not [e for e in built["edits"] if e["rule"] == "hard_wraps"]


def test_a_notices_organisers_are_not_a_sites_footer(tmp_path):
    built = _build(tmp_path, "govclones")
    notice = next(d for d in built["documents"] if d["source_file"].endswith("wjmoe.gov.cn.html") and d["ordinal"] == 0)
    assert "主办单位：教育部思想政治工作司\n承办单位：教育部宣传教育中心、上海交通大学" in notice["text"]
    letter = next(d for d in built["documents"] if d["source_file"].endswith("djsc.gov.cn.html"))
    assert "主办单位：四川省人民政府办公厅" not in letter["text"]  # the footer goes (ingest leaves it out of the content)
    # and site_furniture still takes it, where ingest left it in: the footer's lines as ingest gave them before
    footer = ("四川省卫生健康委员会\n2025年4月24日\n网站地图 主编信箱 联系我们 网站声明\n主办单位：四川省人民政府办公厅\n"
              "运行维护单位：中国电信四川公司\n网站标识码5100000062\u2003蜀ICP备 13001288号\u2003川公网安备\xa051010402000507号\n")
    removed = [e.before for e in clean_and_explain(footer, rules=["site_furniture"]).edits]
    assert any("主办单位：四川省人民政府办公厅" in b for b in removed)
