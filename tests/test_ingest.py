"""Ingest: encodings and formats, as a case table, plus bad input."""

from __future__ import annotations

import codecs

import pytest

from corpus_tools.ingest import IngestError, ingest_bytes

LAW = "第一条　为了规范智能制造发展，制定本条例。\n第二条　本条例自2021年11月1日起施行。\n"
TRAD = "第一條　為了規範智慧製造發展，制定本條例。\n"

ENCODINGS = [
    ("utf-8", LAW.encode("utf-8"), "utf-8", LAW),
    ("utf-8 with BOM", codecs.BOM_UTF8 + LAW.encode("utf-8"), "utf-8-sig", LAW),
    ("utf-16 LE BOM", LAW.encode("utf-16"), "utf-16", LAW),
    ("utf-16 BE BOM", codecs.BOM_UTF16_BE + LAW.encode("utf-16-be"), "utf-16", LAW),
    ("gbk", LAW.encode("gbk"), "gb18030", LAW),
    ("gb18030", LAW.encode("gb18030"), "gb18030", LAW),
    ("big5", TRAD.encode("big5"), "big5", TRAD),
    ("crlf line ends", LAW.replace("\n", "\r\n").encode(), "utf-8", LAW),
]


@pytest.mark.parametrize("label,data,codec,text", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encodings_are_detected(label, data, codec, text):
    page = ingest_bytes(data, "law.txt")
    assert page.encoding == codec
    assert page.text == text


def test_html_meta_charset_wins():
    html = '<html><head><meta charset="gbk"><title>条例</title></head><body><p>第一条 为了</p></body></html>'
    page = ingest_bytes(html.encode("gbk"), "page.html")
    assert page.encoding == "gbk" or page.encoding == "gb18030"
    assert page.text == "第一条 为了\n"
    assert page.metadata["html_title"] == "条例"


def test_html_keeps_paragraphs_and_drops_script_style_navigation():
    html = (
        "<!DOCTYPE html><html><head><style>p{}</style><script>var a=1;</script></head><body>"
        "<nav>首页 &gt; 法规</nav><div class='content'><h1>某某条例</h1><p>第一条　为了<br>规范。</p>"
        "<p>第二条　本市。</p></div><footer>版权所有</footer></body></html>"
    )
    page = ingest_bytes(html.encode(), "page.html")
    assert page.format == "html"
    assert page.text == "某某条例\n第一条　为了\n规范。\n第二条　本市。\n"


def test_markdown_front_matter_becomes_metadata_and_markup_goes():
    md = "---\ntitle: 某条例\ndate: 2025-08-06\nurls:\n  - https://example.org/x\n---\n\n**某条例**\n\n## 第一章　总则\n\n- **第一条**　　为了。\n\n  本条例所称。\n"
    page = ingest_bytes(md.encode(), "law.txt")
    assert page.format == "markdown"
    assert page.metadata == {"title": "某条例", "date": "2025-08-06", "urls": ["https://example.org/x"]}
    assert page.text == "某条例\n\n第一章　总则\n\n第一条　　为了。\n\n本条例所称。\n"


def test_plain_text_is_left_alone():
    page = ingest_bytes(LAW.encode(), "law.txt")
    assert (page.format, page.text) == ("text", LAW)


BAD = [
    ("empty", b"", "empty"),
    ("whitespace only", b" \n\t\n", "empty"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("undecodable", b"\x80\x81\xfd not text \x90\x91\x92\xff" * 20, "undecodable"),
    ("truncated multibyte", LAW.encode("utf-8")[:-2], "truncated"),
    ("malformed front matter", "---\ntitle: [unclosed\n---\n正文\n".encode(), "front_matter"),
    ("unclosed front matter", "---\ntitle: x\n正文\n".encode(), "front_matter"),
    ("utf-16 BOM then garbage", codecs.BOM_UTF16_LE + bytes(range(1, 256)) * 4, "undecodable"),
    ("huge single line", ("条" * 300_000).encode(), "huge_line"),
]


@pytest.mark.parametrize("label,data,code", BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_rejected_with_a_reason_naming_the_file(label, data, code):
    with pytest.raises(IngestError) as caught:
        ingest_bytes(data, "dir/bad.txt")
    assert caught.value.code == code
    assert str(caught.value).startswith("dir/bad.txt: ")
    assert caught.value.reason
