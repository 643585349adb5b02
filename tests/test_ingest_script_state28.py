"""A client-rendered page's document found in its scripts' data (robust28, :mod:`corpus_tools.html_state`).

Before: the shell's visible body (a title and ``加载中…``) was the page, the scripts dropped, no article
(benchmark set 10, ``h10_layout_spa_state``: ``window.__INITIAL_STATE__``/``__NUXT__``/``var pageData`` with
markup escaped as ``\\u003C`` or ``<\\/``, 0 % exact).  Members built apart from the benchmark's: Next.js's
``__NEXT_DATA__`` JSON script, its ``self.__next_f.push`` payload, ``JSON.parse('…')`` of a single-quoted
string holding JSON, plain text with ``\\n`` lines, ``\\x3C`` escapes, a backtick literal, a React ``#root``,
the document as a list of paragraphs or of paragraph records.
Negatives: a page whose body holds the law is read as before, whatever its scripts hold; a shell whose
scripts hold no law stays as it was."""

from __future__ import annotations

import json

import pytest

from corpus_tools.html_state import string_literals
from corpus_tools.ingest import html_to_text
from corpus_tools.pipeline import process_record
from tests.timing import small_and_large

TITLE = "某市物业管理条例"
LAW = [("第一条", "为了规范物业管理活动，制定本条例。"), ("第二条", "本条例适用于本市行政区域内的物业管理活动。"),
       ("第三条", "业主享有下列权利：\n（一）按照物业服务合同的约定，接受物业服务；\n（二）提议召开业主大会会议。"),
       ("第四条", "本条例自2024年1月1日起施行。")]
LINES = [f"{label} {body}" for label, body in LAW]
MARKUP = "".join(f"<p>{line.replace(chr(10), '<br/>')}</p>" for line in LINES)
TEXT = "\n".join(LINES)
HEAD = f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{TITLE}</title></head><body>"
PLAIN = HEAD + f"<h1>{TITLE}</h1>" + MARKUP + "</body></html>"


def _articles(html: str) -> list[tuple[str, str]]:
    rows = process_record({"source_file": "page.html", "bytes": html.encode("utf-8")})
    return [(a["label"], a["text"]) for a in rows["articles"]]


WANTED = _articles(PLAIN)


def _shell(script: str, mount: str = '<div id="app"><div class="skeleton">加载中…</div></div>') -> str:
    return HEAD + f"<h1>{TITLE}</h1>" + mount + script + "</body></html>"


def _js_single(s: str) -> str:
    """A JavaScript single-quoted literal, escapes as a bundler writes them."""
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("<", "\\x3C") + "'"


MEMBERS = {
    "next_data_json": _shell('<script id="__NEXT_DATA__" type="application/json">'
                             + json.dumps({"props": {"pageProps": {"law": {"html": MARKUP, "id": 7}}}, "page": "/law/[id]"})
                             + "</script>", '<div id="__next"></div>'),
    "next_flight_push": _shell('<script>self.__next_f.push([1,' + json.dumps("5:T9a1," + MARKUP) + '])</script>',
                               '<div id="__next"><p>Loading...</p></div>'),
    "json_parse_single_quoted": _shell("<script>window.__STATE__ = JSON.parse("
                                       + _js_single(json.dumps({"article": {"body": MARKUP}}, ensure_ascii=False))
                                       + ");</script>", '<div id="root"></div>'),
    "plain_text_lines": _shell("<script>var detail = {title: '" + TITLE + "', text: "
                               + _js_single(TEXT) + "};</script>"),
    "backtick_literal": _shell("<script>const html = `" + MARKUP + "`; render(html);</script>", '<div id="app"></div>'),
    # the document as a list of paragraphs in a JSON state, and as a list of paragraph records
    "paragraph_list": _shell("<script>window.__APOLLO_STATE__ = " + json.dumps({"doc": {"paras": TEXT.split("\n")}})
                             + ";</script>"),
    "paragraph_records": _shell("<script>window.__PRELOADED__=" + json.dumps(
        {"blocks": [{"type": "p", "text": line, "id": i} for i, line in enumerate(TEXT.split("\n"))]}, ensure_ascii=False)
        + "</script>", '<div id="root"><span>正在加载</span></div>'),
}


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_the_document_in_a_scripts_data_is_read(name):
    assert _articles(MEMBERS[name]) == WANTED


def test_the_mount_placeholder_goes_and_the_reading_is_recorded():
    text, meta = html_to_text(MEMBERS["plain_text_lines"])
    assert "加载中" not in text and text.startswith(TITLE)
    assert meta["script_document"]["led_lines"] == 6  # four labels, two items


OTHER_LAW = "".join(f"<p>第{n}条 本办法由市人民政府负责解释。</p>" for n in "一二三四五")
NEGATIVES = {
    # the body holds the law; a script holds another law's data (a related-documents widget): read as before
    "body_holds_the_law": PLAIN.replace("</body>", "<script>var related = " + json.dumps({"c": OTHER_LAW}) + ";</script></body>"),
    # a notice of its own (no article labels, a few hundred characters) beside a script holding a law's data
    "notice_beside_a_law": HEAD + "<h1>关于开展物业管理专项检查的通知</h1>" + "<p>各区物业管理部门：</p>" + "".join(
        f"<p>{n}为进一步规范本市物业服务行为，提升物业服务质量，维护业主合法权益，市住房城乡建设管理委决定在全市{area}范围内开展"
        f"物业管理专项检查工作，请各单位高度重视，认真组织，按照要求做好{work}，并于规定时间内将检查情况报送市住房城乡建设管理委"
        "物业管理处。</p>" for n, area, work in (("", "住宅小区", "自查自纠"), ("同时，", "商务楼宇", "台账整理"),
                                                 ("此外，", "老旧小区", "问题整改")))
        + "<p>特此通知。</p><script>var related = " + json.dumps({"c": MARKUP}, ensure_ascii=False) + ";</script></body></html>",
    # a shell whose scripts hold no law (a list of news titles)
    "shell_without_a_law": _shell("<script>var list = " + json.dumps({"items": ["关于开展物业管理检查工作的通知" * 4] * 3},
                                                                    ensure_ascii=False) + ";</script>"),
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_pages_without_a_shell_document_are_read_as_before(name):
    page = NEGATIVES[name]
    text, meta = html_to_text(page)
    assert "script_document" not in meta
    stripped = page.split("<script>")[0] + "</body></html>"
    assert text == html_to_text(stripped)[0]


@pytest.mark.parametrize("unit", ['"\\"\\', "'a\\'b\n", "`" + "甲" * 50, '"' + "乙" * 100 + '\\u003C"'])
def test_the_string_scan_stays_linear(unit):
    small, large = small_and_large(string_literals, unit)
    assert large < max(30 * small, 0.5), (small, large)


def test_a_hostile_shell_stays_linear():
    def read(n: int) -> str:
        return html_to_text(_shell("<script>var s = " + ('"\\u7b2c' * n) + "</script>"))[0]

    small, large = small_and_large(lambda unit: read(len(unit)), "x", small=2_000, large=20_000)
    assert large < max(30 * small, 1.0), (small, large)
