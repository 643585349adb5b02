"""A web reader's header over a page's Markdown is the page's metadata (field test 10, F10-G4).

Jina Reader (``r.jina.ai``) writes ``Title:``, ``URL Source:``, sometimes ``Published Time:``, then
``Markdown Content:`` over the Markdown it makes of a page.  Real captures of two 广州 government pages
(tests/real_pages/jina_reader/SOURCE.md): three of four were untitled, the fourth titled
``Title: 天河区…`` with its label, and the header lines stayed in every document.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build
from corpus_tools.ingest import detect_format, ingest_bytes, split_reader_header

JINA = Path(__file__).parent / "real_pages" / "jina_reader"


def _documents(out: Path) -> list[dict]:
    return [row for f in sorted((out / "data").glob("documents-*.parquet")) for row in pq.read_table(f).to_pylist()]


@pytest.mark.parametrize("name, title, url", [
    ("gz_shengyu_jintie.md", "本月起，这笔钱直接发放至个人！", "https://www.gz.gov.cn/zt/shb/content/post_10577393.html"),
    ("thnet_jiating_yisheng.md", "天河区扎实推进家庭医生签约服务 助力“百千万工程”再升级",
     "http://www.thnet.gov.cn/thdt/bmjd/content/post_10189331.html"),
])
def test_the_readers_header_is_metadata_not_text(name, title, url):
    data = (JINA / name).read_bytes()
    page = ingest_bytes(data, name)
    assert page.metadata["title_from_html"] == title
    assert page.metadata["html_title"] == data.decode().split("\n", 1)[0].removeprefix("Title: ")
    assert page.metadata["url"] == url
    for label in ("Title:", "URL Source:", "Markdown Content:"):
        assert label not in page.text
    # the Markdown after the header is read as it would be without it
    body = data.decode().split("Markdown Content:\n", 1)[1]
    assert page.text == ingest_bytes(body.encode(), name).text


def test_captures_build_titled_and_addressed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for file in JINA.glob("*.md"):
        (raw / file.name).write_bytes(file.read_bytes())
    build(raw, tmp_path / "out", progress=False)
    documents = {d["source_file"]: d for d in _documents(tmp_path / "out") if d["ordinal"] == 0}
    assert documents["gz_shengyu_jintie.md"]["title"] == "本月起，这笔钱直接发放至个人！"
    assert documents["thnet_jiating_yisheng.md"]["title"] == "天河区扎实推进家庭医生签约服务 助力“百千万工程”再升级"
    assert documents["gz_shengyu_jintie.md"]["source_url"] == "https://www.gz.gov.cn/zt/shb/content/post_10577393.html"
    assert not any("URL Source" in d["text"] or "Markdown Content" in d["text"] for d in documents.values())


def test_a_reader_dump_saved_as_text_is_read_as_markdown():
    data = (JINA / "gz_shengyu_jintie.md").read_bytes()
    assert detect_format(data.decode(), "capture.txt") == "markdown"
    assert ingest_bytes(data, "capture.txt").metadata["url"] == "https://www.gz.gov.cn/zt/shb/content/post_10577393.html"


@pytest.mark.parametrize("text", [
    "Title: 某办法\n第一条 为了规范。\n",  # a first line that says Title:, no reader header
    "Title: 某办法\n\nURL Source: https://x.gov.cn/a.html\n\n第一条 为了规范。\n",  # no Markdown Content: line
    "正文\nTitle: 某办法\n\nURL Source: https://x.gov.cn/a.html\n\nMarkdown Content:\n第一条 为了规范。\n",  # not at the top
    "---\ntitle: 某办法\n---\n第一条 为了规范。\n",  # front matter
])
def test_text_without_a_readers_header_is_unchanged(text):
    meta, body = split_reader_header(text)
    assert (meta, body) == ({}, text)
    page = ingest_bytes(text.encode(), "a.md")
    assert "url" not in page.metadata and "title_from_html" not in page.metadata


def test_a_reader_header_with_a_published_time_gives_the_pages_date():
    text = ("Title: 关于做好2025年城乡居民医保参保工作的通知\n\nURL Source: https://www.gz.gov.cn/a.html\n\n"
            "Published Time: 2025-10-17T08:00:00+08:00\n\nMarkdown Content:\n各区医疗保障局：\n")
    meta, body = split_reader_header(text)
    assert meta["meta_published"] == "2025-10-17T08:00:00+08:00" and body == "各区医疗保障局：\n"
