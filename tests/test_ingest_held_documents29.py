"""A document held where an HTML reader does not look (attr29, :func:`corpus_tools.html_state.held_document`).

Before: a page whose visible body is a title and an empty frame, while the document is an attribute
(``<iframe srcdoc="&lt;p&gt;…">``, benchmark set 11 ``h11_layout_iframe_srcdoc``: 0 % exact) or an inert
container, gave no article.  Members built apart from the benchmark's: ``src="data:text/html;base64,…"``,
``<object data="data:…">`` percent-encoded, ``data-content``, JSON in ``data-props``, a ``<meta content>`` in the
head, a hidden ``<input value>``, ``<template>``, ``<noscript>``, ``<plaintext>``,
``<script type="text/template">``, the old body in a comment, plain text with line breaks in an attribute.
Negatives: a page whose body holds the law is read as before whatever its attributes hold; a shell whose
attributes hold a short title or a list stays as it was; a notice beside a commented-out law is the notice;
a ``data:`` URI that is not text, or not valid base64, is no document."""

from __future__ import annotations

import base64
import html
import json
import urllib.parse

import pytest

from corpus_tools.ingest import html_to_text
from corpus_tools.pipeline import process_record
from tests.test_ingest_script_state28 import HEAD, MARKUP, PLAIN, TEXT, TITLE  # the law and its markup (robust28's)
from tests.timing import small_and_large

DOCUMENT = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>正文</title><style>p{text-indent:2em;}</style></head>'
            f"<body>{MARKUP}</body></html>")


def _articles(page: str) -> list[tuple[str, str]]:
    rows = process_record({"source_file": "page.html", "bytes": page.encode("utf-8")})
    return [(a["label"], a["text"]) for a in rows["articles"]]


WANTED = _articles(PLAIN)


def _page(body: str, head: str = "") -> str:
    return HEAD.replace("</head>", head + "</head>") + f"<h1>{TITLE}</h1>" + body + "</body></html>"


def _b64(s: str) -> str:
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


MEMBERS = {
    "iframe_srcdoc": _page(f'<iframe class="zw" sandbox srcdoc="{html.escape(DOCUMENT, quote=True)}" height="3000">'
                           "您的浏览器不支持内嵌框架。</iframe>"),
    "iframe_srcdoc_single_quoted": _page(f"<iframe srcdoc='{html.escape(MARKUP, quote=True)}'></iframe>"),
    "iframe_data_uri_base64": _page(f'<iframe src="data:text/html;charset=utf-8;base64,{_b64(DOCUMENT)}"></iframe>'),
    "object_data_uri_percent": _page(f'<object type="text/html" data="data:text/html,{urllib.parse.quote(MARKUP)}">'
                                     "无法显示</object>"),
    "data_content": _page(f'<div id="content" data-content="{html.escape(MARKUP)}"><span>正在加载…</span></div>'),
    "data_props_json": _page("<div class=\"law-view\" data-props='"
                             + html.escape(json.dumps({"id": 7, "law": {"body": MARKUP}}, ensure_ascii=False), quote=True)
                             + "'></div>"),
    "meta_content": _page("", head=f'<meta name="description" content="{html.escape(TEXT)}">'),
    "hidden_input_value": _page(f'<input type="hidden" name="body" value="{html.escape(MARKUP)}">'),
    "text_with_line_breaks_in_attribute": _page(f'<div data-text="{html.escape(TEXT).replace(chr(10), "&#10;")}"></div>'),
    "template": _page(f"<template id=\"t\">{MARKUP}</template><div id=\"out\"></div>"),
    "noscript": _page(f"<noscript>{MARKUP}</noscript>"),
    "plaintext": _page(f"<plaintext>{MARKUP}"),
    "script_template": _page(f'<script type="text/x-template" id="law">{MARKUP}</script><div id="app"></div>'),
    "commented_old_body": _page(f"<div class=\"main\"><!-- 旧版正文 {MARKUP} --></div>"),
}


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_a_held_document_is_read(name):
    assert _articles(MEMBERS[name]) == WANTED


def test_the_reading_is_recorded_and_the_frame_fallback_goes():
    text, meta = html_to_text(MEMBERS["iframe_srcdoc"])
    assert meta["held_document"]["holder"] == "iframe[srcdoc]"
    assert meta["held_document"]["led_lines"] == 6  # four labels, two items
    assert "浏览器" not in text and "正文" not in text and "text-indent" not in text
    assert text.startswith(TITLE)


OTHER_LAW = "".join(f"<p>第{n}条 本办法由市人民政府负责解释。</p>" for n in "一二三四五")
NOTICE = "".join(
    f"<p>{n}为进一步规范本市物业服务行为，提升物业服务质量，维护业主合法权益，市住房城乡建设管理委决定在全市{area}范围内开展"
    f"物业管理专项检查工作，请各单位高度重视，认真组织，按照要求做好{work}，并于规定时间内将检查情况报送市住房城乡建设管理委"
    "物业管理处。</p>" for n, area, work in (("", "住宅小区", "自查自纠"), ("同时，", "商务楼宇", "台账整理"),
                                             ("此外，", "老旧小区", "问题整改")))
NEGATIVES = {
    # the body holds the law; a frame and a template hold another law: read as before
    "body_holds_the_law": (PLAIN.replace("</body>", f'<iframe srcdoc="{html.escape(OTHER_LAW)}"></iframe>'
                                                    f"<template>{OTHER_LAW}</template></body>"),
                           PLAIN),
    # a shell whose attributes hold a title and a short description only
    "short_attributes": (_page(f'<div title="{TITLE}" aria-label="{TITLE}全文" data-id="42"><img alt="{TITLE}" src="a.png"></div>'),
                         _page('<div><img src="a.png"></div>')),
    # a notice of its own beside the old law commented out
    "notice_beside_a_comment": (_page(NOTICE + f"<!-- {MARKUP} -->"), _page(NOTICE)),
    # a data: URI that is an image, and one whose base64 is broken
    "data_uris_without_text": (_page(f'<iframe src="data:image/png;base64,{_b64(MARKUP)}"></iframe>'
                                     f'<object data="data:text/html;base64,{_b64(MARKUP)[:-3]}!!"></object>'),
                               _page("<iframe></iframe><object></object>")),
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_pages_without_a_held_document_are_read_as_before(name):
    page, without = NEGATIVES[name]
    text, meta = html_to_text(page)
    assert "held_document" not in meta
    assert text == html_to_text(without)[0]


def _scan(page: str) -> int:
    from corpus_tools.html_state import _held_strings

    return sum(1 for _ in _held_strings(page))


@pytest.mark.parametrize("unit", ['<a b="', "<template>", "<!--", "<div data-x='&lt;p&gt;第一条' ", "<video><i a=b>",
                                  "<object data=\"data:text/html;base64,", "<a\t\t\t"])
def test_the_scan_stays_linear(unit):
    small, large = small_and_large(_scan, unit)
    assert large < max(30 * small, 0.5), (small, large)


def test_a_hostile_shell_stays_linear():
    def read(n: int) -> str:
        return html_to_text(_page('<div data-a="&lt;p&gt;第一条 甲' * n))[0]

    small, large = small_and_large(lambda unit: read(len(unit)), "x", small=2_000, large=20_000)
    assert large < max(30 * small, 1.0), (small, large)


def test_a_document_in_the_bodys_attribute_keeps_the_bodys_title():
    page = HEAD.replace("<body>", f'<body data-content="{html.escape(MARKUP)}">') + f"<h1>{TITLE}</h1></body></html>"
    text, meta = html_to_text(page)
    assert meta["held_document"]["holder"] == "body[data-content]"
    assert TITLE in text.split("\n")
