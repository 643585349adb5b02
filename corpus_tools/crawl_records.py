"""A crawler's records (JSON, JSON Lines, CSV/TSV): one page per record.

Most public crawls are not a folder of pages but a file of records, one per
page: ``{"title": …, "url": …, "date": …, "article": "<div>…</div>"}`` (the
scrapy crawl of zyj.beijing.gov.cn that ``../shared/real/bjtcm`` was cut
from; vickywu97/verified-chinese-law-kb's ``statutes.jsonl``; GCCMPD's
``GOV_PRC.csv``).  ``build`` reads such a file as one page per record:

* **which files**: those named ``.json`` (an array of records, an object
  holding one such array, or one record), ``.jsonl``/``.ndjson`` (one record
  per line) and ``.csv``/``.tsv`` (a header row, then one record per row);
* **the page's name** (``source_file``): the file's name, ``#`` and the
  record's number counted from 1, six digits (``laws/statutes.jsonl#000012``:
  the twelfth record; JSON Lines count non-blank lines, CSV rows after the
  header), so that names sort in record order, as ``build`` and the datatrove
  adapter write pages;
* **the text**: the record's text field, the first of :data:`TEXT_FIELDS`
  that the file's records hold (names compared without case), else the one
  field whose name ends as a text field's does (``Policy_Content``), or the
  field the user names (``--text-field``); read as HTML when the field is
  named so, or the text opens with an HTML tag or holds three of them
  (``</p>``, ``<br>``…) in its head, else as Markdown or plain
  text, as a page is (:func:`corpus_tools.ingest.ingest_bytes`); a record that holds the same text
  again as HTML (``body_html`` beside ``content``) is read from the HTML, the richer copy
  (:func:`html_twins`; ``crawl_record.read_over`` names the flat copy not read);
* **a .json file that is no JSON document** but a stream of objects (JSON Lines under a ``.json``
  name, or objects separated by commas without brackets) is read record by record
  (``crawl_record.read_as``);
* **the metadata**: the record's other scalar fields, as YAML front matter
  gives them (:func:`record_metadata`).

A file that holds no records, or whose records have no text field, is
rejected naming the fields they have; a record without the text field, or
whose text is no page, is rejected alone (its page name in
``rejected.jsonl``) and the others are built.
"""

from __future__ import annotations

import bisect
import csv
import functools
import html as html_lib
import io
import json
import math
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NamedTuple

import regex

from corpus_tools import html_meta
from corpus_tools.ingest import (MAX_LINE_CHARS, MAX_PAGE_CHARS, RECORD_SUFFIXES, IngestError, decode, decode_as,
                                 ingest_bytes, ingest_file, read_raw, set_apart_misfits, source_name,
                                 without_surrogates)
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import RawPage

#: The names of a record's text field, best first (compared without case).
TEXT_FIELDS: tuple[str, ...] = (
    "content", "text", "body", "article", "html", "full_text", "fulltext", "content_text", "content_html",
    "article_content", "page_content", "main_text", "raw_html", "markdown",
    "正文", "内容", "全文", "文本", "正文内容", "条文", "法规内容", "法規內容",
    # a RAG pipeline's chunk dump: the text of one chunk (electricity-policy-rag's ``正文片段``, field test 13, F13-E1)
    "chunk_text", "chunk_content", "chunk", "passage", "正文片段", "正文摘录", "文本片段", "内容片段", "切片内容", "切片文本",
    "片段", "片段内容", "分块内容",
)
#: A field named so (without case) is a text field when no name of :data:`TEXT_FIELDS` is there and
#: only one field of the records is named so: GCCMPD's ``Policy_Content``, a chunk dump's ``条文片段``, Taiwan's law
#: database's ``條文內容`` (Traditional ``內``, F16B-I1).
_TEXT_FIELD_ENDING = lazy_regex(r"(?:content|_text|_html|正文|内容|內容|片段|摘录|摘錄)$", regex.I)
#: Text fields whose name says they hold HTML (read as HTML whatever they open with).
_HTML_FIELD = lazy_regex(r"html", regex.I)
#: A text that opens with an HTML element (``<section``, ``<table``, ``<span``…): HTML, as a page
#: opening with ``<div`` is (:func:`corpus_tools.ingest.detect_format` knows the page-level tags only).
_OPENS_WITH_TAG = lazy_regex(
    r"\A\s*<(?:div|p|section|article|span|table|tbody|tr|td|h[1-6]|br|font|center|ul|ol|li|strong|b|a|img|em|"
    r"blockquote|pre|figure|main|header|!--)[\s>/]", regex.I)
#: Markup a text written as HTML is full of, wherever it opens (``　　第一条…</p><p>…``).
_HTML_MARKUP = lazy_regex(r"</(?:p|div|span|td|tr|table|li|h[1-6]|strong|font)>|<br\s*/?>|<p[\s>]", regex.I)
#: At least this many of :data:`_HTML_MARKUP` in a text's first 20,000 characters make it HTML.
_HTML_MARKUP_MIN = 3

#: At most this many records in a file (page names have six digits).
MAX_RECORDS = 999_999
#: JSON holding more objects and arrays than this (``{`` and ``[`` counted, in strings too) is refused
#: before it is parsed: 64 MB of ``{},`` are 21 million dicts, gigabytes of memory.
MAX_JSON_CONTAINERS = 2_000_000
#: A metadata field longer than this is left out (a second body, a summary): named in ``crawl_record``.
MAX_FIELD_CHARS = 2_000
#: Width of the record number in a page's name.
_NUMBER_WIDTH = 6

#: Record field (lower case) -> the front-matter key :mod:`corpus_tools.structure.metadata` reads.
#: A crawl names a page's address and its date in many ways; the keys front matter already
#: reads (``title``, ``url``, ``issuer``, ``doc_number``, ``publish_date``…) are kept as they are.
#: A bare ``date`` (and its like) is the date the site posted the page: ``meta_published``, which
#: metadata weighs against the text's own dates before taking it as the text's publication.
FIELD_KEYS: dict[str, str] = {
    **dict.fromkeys(("urlsource", "url_source", "source_url", "page_url", "href", "original_url", "article_url",
                     "detail_url", "网址", "链接", "原文链接", "原文地址",
                     # a law database's own address of the law (law.moj.gov.tw: ``法規網址``, its API's ``LawURL``: F16B-I1)
                     "法规网址", "lawurl", "law_url",
                     # camelCase keys, compared without case (rowancy66/zhengce's ``sourceUrl``, field test 14, F14-D2)
                     "sourceurl", "pageurl", "originalurl", "articleurl", "detailurl",
                     # a crawl's Chinese column for the page's own address (gerry0208/spider_project's Hebei CSVs:
                     # ``访问地址`` beside ``来源网站``, the site's list page; field test 29, F29-D1)
                     "访问地址", "页面地址", "页面链接", "网页地址", "网页链接", "详情地址", "详情链接", "详情页地址",
                     "详情页链接", "文章地址", "文章链接", "原文网址", "原文url", "页面url", "详情url"), "url"),
    **dict.fromkeys(("date", "pub_date", "pubdate", "publish_time", "pub_time", "publishtime", "release_date",
                     "post_date", "posted", "publishdate", "releasedate", "postdate"), "meta_published"),
    # a bare ``时间``/``日期`` column (gerry0208/spider_project's Hebei CSVs: 标题, 时间, 内容, …, 访问地址) is the day
    # the site posted the page, no more: ``meta_posted``, which metadata weighs as a site's 发布日期 line (a notice's
    # date when the text dates none, never a regulation's: read as ``meta_published`` it replaced a regulation's
    # date inherited from its order by the later posting, 2019-05-28 by 2019-07-15: F29-D1)
    **dict.fromkeys(("时间", "日期"), "meta_posted"),
    # a crawl of policies or laws names its title after what it lists (review10 F9: GCCMPD's ``Policy``, with its
    # text in ``Policy_Content``, is caught by :func:`_title_field_of`); 标题/名称/文件名称 are box labels
    **dict.fromkeys(("headline", "article_title", "文章标题", "policy_name", "policy_title", "law_name", "law_title",
                     "regulation_name", "法规名称", "法规标题", "政策名称", "政策标题"), "title"),
    **dict.fromkeys(("issuing_authority", "issuing_agency", "department", "agency", "organ",
                     # a law object's (flk.npc's crawl: ``issuing_body``; lttxzmj's ``issuingAuthority``, field test 15,
                     # F15-S1) and the gov.cn policy-library API's own name (``puborg``, several organs: F15-M2)
                     "issuing_body", "issuingbody", "issuingauthority", "issuingagency", "issuing_organ", "issuingorgan",
                     "puborg", "pub_org"), "issuer"),
    **dict.fromkeys(("doc_no", "docno", "document_number", "file_number", "wenhao",
                     "pcode", "documentnumber", "filenumber",  # ``pcode``: the gov.cn API's 文号 (F15-M2)
                     # a court's 案号, as a judgment's text gives it (the 公报 case JSON's ``caseNumber``, F15-R1)
                     "casenumber", "case_number", "case_no", "caseno"), "doc_number"),
    # a law's 公布日期 and 施行日期 as law objects give them (flk.npc's crawl ``issued_date``/``in_force_date``, lttxzmj's
    # ``promulgationDate``/``effectiveDate``: field test 15, F15-S1); ``promulgated`` dates the text when it does not
    **dict.fromkeys(("issued_date", "issueddate", "issue_date", "issuedate", "promulgationdate", "promulgation_date",
                     "promulgated_date", "promulgateddate"), "promulgated"),
    **dict.fromkeys(("in_force_date", "inforcedate", "effectivedate", "effective_from", "effectivefrom",
                     "implementation_date", "implementationdate", "implement_date"), "effective_date"),
}
#: Fields that hold a page's 索引号 when their value reads as one (the gov.cn policy-library API's ``index``:
#: ``000014349/2026-00037``, field test 15, F15-M2); a bare ``index`` is as often a row counter, so the value decides.
_INDEX_FIELDS = frozenset({"index", "index_no", "indexno", "index_number", "suoyinhao"})
#: A 索引号: an organ's code, a slash or a hyphen, the year and a serial number (``000014349/2026-00037``,
#: ``11440300MB2C92050J/2025-00123``, ``GJXFJ-0000-2014-00035``).
_INDEX_NUMBER = lazy_regex(r"^[0-9A-Z][0-9A-Z-]{4,24}[/-](?:19|20)[0-9]{2}-[0-9]{2,8}$")


class Source(NamedTuple):
    """One page a raw file gives: the file, the record (its number from 1; None: the whole file) and
    its size in bytes (a record's: its text's), which cuts the build's chunks."""

    path: str
    record: int | None
    size: int


@dataclass(frozen=True)
class Record:
    """One record of a records file: its page's name, its text (None: none, ``problem`` says why)
    and its scalar fields."""

    name: str
    number: int
    text: str | None
    fields: dict[str, Any]
    text_field: str = ""
    problem: tuple[str, str] | None = None  # (code, reason) of a record that gives no page
    last: int = 0  # the last record of a law's article records or a document's chunks read as one page (:func:`law_pages`,
    # :func:`chunk_pages`); 0: this one
    read_as: str = ""  # a .json file that is no JSON document, read as a stream of objects (:func:`_object_stream`)
    read_over: str = ""  # the flat text field not read because ``text_field`` holds its text as HTML (:func:`html_twins`)
    line_blocks: bool = False  # the text is a list of one-line paragraphs, one a line (:func:`one_line_items`)

    @property
    def size(self) -> int:
        return len(self.text.encode("utf-8", "surrogatepass")) if self.text else 0


def is_records_file(source_file: str) -> bool:
    """Whether ``build`` reads the file as records (by its suffix).

    >>> is_records_file("laws/statutes.jsonl"), is_records_file("a/GOV_PRC.CSV"), is_records_file("a.html")
    (True, True, False)
    """
    return os.path.splitext(source_file)[1].lower() in RECORD_SUFFIXES


def record_name(source_file: str, number: int) -> str:
    """The name of the page of record ``number`` (from 1) of ``source_file``.

    >>> record_name("laws/statutes.jsonl", 12)
    'laws/statutes.jsonl#000012'
    """
    return f"{source_file}#{number:0{_NUMBER_WIDTH}d}"


# --------------------------------------------------------------------------- reading records

def read_records(data: bytes, source_file: str, *, text_field: str | None = None,
                 encoding: str | None = None) -> tuple[list[Record], str]:
    """The records of a records file and the codec that decoded it, or IngestError for the file.

    ``encoding`` names the file's codec (``corpus-tools clean --encoding``): no detection, the bytes
    decoded with it strictly or the file rejected, as a page's are.

    >>> records, codec = read_records('{"title": "某办法", "content": "第一条 为了规范。"}\\n{"title": "无正文"}\\n'.encode(),
    ...                               "a.jsonl")
    >>> [(r.name, r.text, r.problem and r.problem[0]) for r in records]
    [('a.jsonl#000001', '第一条 为了规范。', None), ('a.jsonl#000002', None, 'no_text')]
    """
    kind = RECORD_SUFFIXES[os.path.splitext(source_file)[1].lower()]
    text, codec = decode(data, source_file) if encoding is None else decode_as(data, source_file, encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    if kind in ("json", "jsonl", "js"):
        containers = text.count("{") + text.count("[")
        if containers > MAX_JSON_CONTAINERS:
            raise IngestError(source_file, f"JSON holding up to {containers:,} objects and arrays (limit "
                              f"{MAX_JSON_CONTAINERS:,}), checked before it is read: split the file", "too_many_records")
    own_field = None  # the text field a law's article rows have as their own (:func:`_law_articles`)
    read_as = ""  # a .json file read as a stream of objects (:func:`_object_stream`)
    notebook = _notebook_saved_as_json(text) if kind == "json" else None
    if notebook is not None:  # one page: the law the notebook shows
        rows, own_field, read_as = [{"text": notebook}], "text", "notebook"
    elif kind == "jsonl":
        rows = _json_lines(text, source_file)
        laws = _laws_in(rows) if rows and all(isinstance(row, dict) for row in rows[:MAX_RECORDS]) else None
        if laws is not None:  # one law a line, each holding its articles
            rows, own_field = laws
    elif kind in ("json", "js"):
        read = _json_records(text, source_file) if kind == "json" else _records_of_value(js_data_value(text, source_file), source_file)
        rows, own_field = read.rows, read.text_field
        read_as = getattr(read, "read_as", "")
    else:
        rows = _table_rows(text, source_file, "\t" if kind == "tsv" else ",")
    if len(rows) > MAX_RECORDS:
        raise _too_many(source_file)
    objects = [row for row in rows if isinstance(row, dict)]
    if not objects:
        raise IngestError(source_file, f"{_kind_name(kind)} that holds no records (objects with fields): not a crawl's "
                          "records, not read", kind)
    inside = None if own_field else _double_encoded(rows, objects, text_field, source_file, kind)
    if inside is not None:
        rows, field = inside
    else:
        field = _text_field(objects, text_field or own_field, source_file, kind)
    twins = () if text_field or own_field else html_twins(objects, field)
    records = chunk_pages(law_pages([_record(row, number, source_file, field, twins)
                                     for number, row in enumerate(rows, 1)]))
    if read_as:
        records = [replace(record, read_as=read_as) for record in records]
    return records, codec


def _notebook_saved_as_json(text: str) -> str | None:
    r"""The page a Jupyter notebook saved under a ``.json`` name shows (:func:`~corpus_tools.notebooks.notebook_page`),
    or None when the text is no notebook holding a law.

    Real damage undone: a notebook that scraped and printed a law, downloaded or renamed as ``.json``
    (robust28's note: the ``.ipynb`` reader read it, the records reader refused it, "records have no text
    field: cell_type, execution_count, metadata, source, outputs", and the page's articles were lost).
    Evidence: the notebook format's keys and a law's structure in what it shows, as for an ``.ipynb``.

    >>> nb = {"nbformat": 4, "cells": [{"cell_type": "code", "source": ["print(law)"], "outputs": [{"output_type": "stream",
    ...       "name": "stdout", "text": ["某市条例\n", "第一条 甲。\n", "第二条 乙。\n", "第三条 丙。\n"]}]}]}
    >>> _notebook_saved_as_json(json.dumps(nb, ensure_ascii=False))
    '某市条例\n第一条 甲。\n第二条 乙。\n第三条 丙。\n'
    >>> _notebook_saved_as_json('[{"nbformat": 4, "content": "第一条 甲。"}]') is None  # records, not a notebook
    True
    """
    if '"nbformat"' not in text or not text.lstrip()[:1] == "{":
        return None
    from corpus_tools.notebooks import notebook_page

    shown = notebook_page(text.encode("utf-8", "surrogatepass"))
    return shown[0] if shown is not None else None


def _json_string_field(objects: list[dict]) -> str | None:
    r"""The field of the first record that holds a JSON object written as a string (a crawler that stored
    its source's JSON answer as text, double-encoded), or None.

    >>> _json_string_field([{"id": "1", "source": '{"Title": "某判决书", "Html": "<div>正文</div>"}'}])
    'source'
    >>> _json_string_field([{"id": "1", "content": "{某} 第一条 为了规范。"}, {"source": "[1, 2]"}]) is None
    True
    """
    for key, value in objects[0].items():
        if type(value) is str and value.lstrip().startswith("{") and value.rstrip().endswith("}"):
            try:
                inner = json.loads(value)
            except ValueError:
                continue
            if isinstance(inner, dict) and inner:
                return key
    return None


#: The statement a JavaScript data module assigns or exports its value with.
_JS_DATA_HEAD = regex.compile(
    r"\A(?:\s|//[^\n]*\n|/\*.*?\*/|[\"']use strict[\"'];?)*"
    r"(?:module\.exports\s*=|export\s+default|exports\.[\w$]+\s*=|(?:var|let|const)\s+[\w$]+\s*=|window\.[\w$.]+\s*=)\s*(?=[\[{])",
    regex.S)


def js_data_value(text: str, source_file: str) -> Any:
    """The value a JavaScript data module holds (``module.exports = {…}``, ``export default [...]``, ``var x = {…}``):
    its object literal read as JSON (unquoted keys, quotes of any kind, template literals, trailing commas), or
    IngestError for a script that is code, not data.

    Real: a county site's ``static/policy.js`` holds its nine policy documents as records (title, date, author, HTML
    content in template literals); read as text, the nine came out as one untitled document with the code in it, its
    quotes and commas made Chinese punctuation (field test 28, F28-C2).

    >>> js_data_value("module.exports = {policy: {edges: [{node: {title: '某办法', content: `<p>第一条</p>`}}]}}", "p.js")
    {'policy': {'edges': [{'node': {'title': '某办法', 'content': '<p>第一条</p>'}}]}}
    >>> js_data_value("function f() { return 1 }", "app.js")
    Traceback (most recent call last):
    corpus_tools.ingest.IngestError: app.js: JavaScript code, not a data module (no exported or assigned object literal): not read
    """
    head = _JS_DATA_HEAD.match(text)
    if head is None:
        raise IngestError(source_file, "JavaScript code, not a data module (no exported or assigned object literal): not read",
                          "source_code")
    import chompjs

    try:
        return chompjs.parse_js_object(text[head.end():], loader_kwargs={"strict": False})
    except (ValueError, RecursionError) as error:
        raise IngestError(source_file, f"JavaScript data module whose object literal could not be read ({error}): not read",
                          "json") from None


def _wrapped_payload(value: Any) -> Any:
    """The payload an API response or a site generator wraps in objects of one child (``{"code": 0, "data": {"list":
    [...]}}``, ``{"policy": {"edges": [...]}}``): the object holding the records, found down a chain of objects whose
    other fields are short scalars (a status, a message, a count).

    >>> _wrapped_payload({"code": 0, "msg": "ok", "data": {"total": 2, "list": [{"title": "甲"}]}})
    {'total': 2, 'list': [{'title': '甲'}]}
    >>> _wrapped_payload({"title": "某办法", "meta": {"author": "某局"}, "content": "第一条 为了规范管理，制定本办法。"})["title"]
    '某办法'
    """
    for _ in range(4):
        if not isinstance(value, dict):
            return value
        children = [v for v in value.values() if isinstance(v, (dict, list))]
        scalars = [v for v in value.values() if not isinstance(v, (dict, list))]
        if (len(children) != 1 or not isinstance(children[0], dict)
                or any(isinstance(v, str) and len(v) > 40 for v in scalars)
                or any(isinstance(key, str) and field_spelling(key) in _text_field_spellings() for key in value)):
            return value  # (a record itself: it holds a text field)
        value = children[0]
    return value


@functools.cache
def _text_field_spellings() -> frozenset[str]:
    return frozenset(field_spelling(name) for name in TEXT_FIELDS)


def _graph_nodes(rows: list[Any]) -> list[Any]:
    """The records of a list whose items each wrap one record under a single key (a GraphQL connection's
    ``edges: [{node: {…}}]``, as static site generators export it); the list as it is otherwise.

    >>> _graph_nodes([{"node": {"title": "甲"}}, {"node": {"title": "乙"}}])
    [{'title': '甲'}, {'title': '乙'}]
    >>> _graph_nodes([{"title": "甲"}])
    [{'title': '甲'}]
    """
    keys = {next(iter(row)) for row in rows if isinstance(row, dict) and len(row) == 1}
    if (len(keys) == 1 and rows and all(isinstance(row, dict) and len(row) == 1 and isinstance(next(iter(row.values())), dict)
                                        for row in rows)):
        key = keys.pop()
        return [row[key] for row in rows]
    return rows


def _unwrapped(row: Any, key: str) -> Any:
    r"""A record whose field ``key`` holds a JSON object as a string, read inside: its other fields, then the
    inner object's fields it does not have already (a row whose field is no such string stays as it is).

    >>> _unwrapped({"id": "5", "source": '{"Title": "某判决书", "id": "x", "Html": "<div>正文</div>"}'}, "source")
    {'id': '5', 'Title': '某判决书', 'Html': '<div>正文</div>'}
    """
    value = row.get(key) if isinstance(row, dict) else None
    if type(value) is not str:
        return row
    try:
        inner = json.loads(value)
    except ValueError:
        return row
    if not isinstance(inner, dict):
        return row
    out = {k: v for k, v in row.items() if k != key}
    for k, v in inner.items():
        out.setdefault(k, v)
    return out


def _double_encoded(rows: list[Any], objects: list[dict], wanted: str | None, source_file: str,
                    kind: str) -> tuple[list[Any], str] | None:
    """The rows read inside their double-encoded field and their text field, when the records' text is there:
    the records have no text field of their own (or ``wanted`` names the double-encoded one, or the name rules
    choose it).  Field test 20, F20-E1: 裁判文书网 records ``{"id", "doc_id", "source": "{\\"Title\\":…,
    \\"Html\\":\\"<div…\\"}"}`` were rejected ("no text field"; with ``--text-field source`` as JSON data).
    None when no field is double-encoded; IngestError saying what was tried when the inner records have
    no text field either."""
    wrapped = _json_string_field(objects)
    if wrapped is None or (wanted is not None and wanted.lower() != wrapped.lower()):
        return None
    if wanted is None:
        try:
            if _text_field(objects, None, source_file, kind) != wrapped:
                return None  # the records' own text field
        except IngestError:
            pass
    rows = [_unwrapped(row, wrapped) for row in rows]
    try:
        return rows, _text_field([row for row in rows if isinstance(row, dict)], None, source_file, kind)
    except IngestError as error:
        raise IngestError(source_file, f"{error.reason}; read inside the records' field {wrapped!r}, which holds a "
                          "JSON object as a string", error.code) from None


def record_numbered(records: list[Record], number: int) -> Record | None:
    """The record (or law page, :func:`law_pages`) of ``records`` whose number is ``number``, or None.

    >>> record_numbered([Record("a#000001", 1, "x", {}), Record("a#000004", 4, "y", {})], 4).text
    'y'
    """
    at = bisect.bisect_left(records, number, key=lambda record: record.number)
    return records[at] if at < len(records) and records[at].number == number else None


def _too_many(source_file: str) -> IngestError:
    return IngestError(source_file, f"more than {MAX_RECORDS:,} records (limit): split the file", "too_many_records")


def _kind_name(kind: str) -> str:
    return {"json": "JSON data", "jsonl": "JSON Lines data", "csv": "a CSV table", "tsv": "a TSV table"}[kind]


class _BadLine(NamedTuple):
    """A line of a JSON Lines file that is no JSON object: its record is rejected alone."""

    reason: str


def _json_lines(text: str, source_file: str) -> list[Any]:
    """One value per non-blank line; a line that is not JSON is a :class:`_BadLine` (one bad
    record never loses the others).  A file none of whose lines is JSON is not JSON Lines."""
    rows: list[Any] = []
    good = 0
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        if len(rows) >= MAX_RECORDS:
            raise _too_many(source_file)
        try:
            rows.append(json.loads(line))
            good += 1
        except RecursionError:
            rows.append(_BadLine(f"line {number}: JSON nested too deep to read"))
        except json.JSONDecodeError as error:
            rows.append(_BadLine(f"line {number}: not JSON ({error.msg} at column {error.colno})"))
        except ValueError as error:  # an integer of more than 4,300 digits (Python's limit): no position
            rows.append(_BadLine(f"line {number}: not read as JSON ({error})"))
    if not good:
        raise IngestError(source_file, "JSON Lines file none of whose lines is JSON: not read", "jsonl")
    return rows


class _Rows(NamedTuple):
    """The records of a JSON document, and the field that holds their text when the document's shape says it."""

    rows: list[Any]
    text_field: str | None = None
    read_as: str = ""  # how a file that is no JSON document was read (:func:`_object_stream`)


#: Between two objects of a stream: blanks, or a comma and blanks (``{…},⏎{…}``).
_STREAM_GAP = lazy_regex(r"\s*(?:,\s*)?")


def _object_stream(text: str) -> _Rows | None:
    r"""The records of a ``.json`` file that is no JSON document but a stream of JSON objects, or None: every
    value in it an object, two or more, one after another with blanks between them (JSON Lines written under a
    ``.json`` name) or a comma (an array's items without its brackets).  ``read_as`` says which.

    Real damage (field test 23, F23-E1/E2): a crawler of hunb.nea.gov.cn wrote its 24 records one a line as
    ``hunb_nea_20251105.json`` and another 24 as ``{…},⏎{…}`` in ``hunb_nea_result.json``; both files were
    rejected whole (``malformed JSON (Extra data at line 2, column 1)``).

    >>> _object_stream('{"title": "甲", "content": "第一条"}\n{"title": "乙", "content": "第二条"}\n').read_as
    'json_lines'
    >>> stream = _object_stream('{\n  "title": "甲"\n},\n{\n  "title": "乙"\n}\n')
    >>> [row["title"] for row in stream.rows], stream.read_as
    (['甲', '乙'], 'objects_without_brackets')
    >>> _object_stream('{"title": "甲"}\n[1, 2]\n'), _object_stream('{"title": "甲"}\n{"title": '), _object_stream('{"a": 1}')
    (None, None, None)
    """
    decoder = json.JSONDecoder()
    rows: list[Any] = []
    commas = False
    at = _STREAM_GAP.match(text).end()
    while at < len(text):
        if len(rows) >= MAX_RECORDS:
            return None  # (the caller's error stands)
        try:
            value, at = decoder.raw_decode(text, at)
        except (ValueError, RecursionError):
            return None
        if not isinstance(value, dict):
            return None
        rows.append(value)
        gap = _STREAM_GAP.match(text, at)
        commas = commas or "," in gap.group()
        at = gap.end()
    if len(rows) < 2:
        return None
    return _Rows(rows, read_as="objects_without_brackets" if commas else "json_lines")


#: A value that names a file or links to one: a URL, or a file's name with its extension (``編制表.PDF``).
_FILE_VALUE = lazy_regex(r"^(?:https?://\S+|[^\n/\\]{1,200}\.(?:pdf|docx?|xlsx?|wps|odt|ods|zip|rar|7z|jpe?g|png|gif|tiff?|txt|csv))$",
                         regex.I)
#: The longest value a row of a list of files holds (a file's title, a size, a date): no text of a page.
_FILE_ROW_VALUE_CHARS = 200


def _file_list(items: list[Any]) -> bool:
    """Whether ``items`` is a list of files: objects each naming or linking a file (:data:`_FILE_VALUE`) and
    holding no longer text.  law.moj.gov.tw's ``附件`` beside a 編制表's ``法規內容`` (field test 24, F24-E1: 626
    of 11 547 files of the dump were refused as "several arrays of records").

    >>> _file_list([{"檔案名稱": "財政部中區國稅局編制表.PDF", "下載網址": "https://law.moj.gov.tw/LawGetFile.ashx?FileId=1"}])
    True
    >>> _file_list([{"條號": "1", "條文內容": "編註：本編制表依據財政部各地區國稅局各分局組織準則訂定。"}])
    False
    """
    rows = [item for item in items if isinstance(item, dict)]
    return bool(rows) and all(
        any(isinstance(v, str) and _FILE_VALUE.match(v.strip()) for v in row.values())
        and all(not isinstance(v, str) or len(v) <= _FILE_ROW_VALUE_CHARS for v in row.values())
        for row in rows)


def _json_records(text: str, source_file: str) -> _Rows | _LawRows:
    """The records of a JSON document: an array of objects, the one array of objects an object
    holds (``{"data": [...]}``), or an object that is itself a record (it has a text field); a law's
    articles (:func:`_law_articles`) or a list of laws (:func:`_laws_in`) are read as its articles' records."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise IngestError(source_file, "JSON nested too deep to read (not a crawl's records)", "too_deep") from None
    except json.JSONDecodeError as error:
        stream = _object_stream(text) if error.msg == "Extra data" else None
        if stream is not None:  # JSON Lines under a .json name, or an array's items without brackets (F23-E1)
            return _laws_in(stream.rows) or stream
        raise IngestError(source_file, f"malformed JSON ({error.msg} at line {error.lineno}, column {error.colno}): "
                          "not read", "json") from None
    except ValueError as error:  # an integer of more than 4,300 digits (Python's limit): no position
        raise IngestError(source_file, f"JSON not read ({error})", "json") from None
    return _records_of_value(value, source_file)


def _records_of_value(value: Any, source_file: str) -> _Rows | _LawRows:
    """:func:`_json_records` of a value already parsed (JSON, or a JavaScript data module's object literal)."""
    value = _wrapped_payload(value)
    if isinstance(value, list):
        table = _array_rows(value)
        if table is not None:
            return _Rows(table)
        return _laws_in(value) or _Rows(_graph_nodes(value))
    if not isinstance(value, dict):
        raise IngestError(source_file, f"JSON data that holds no records (a {type(value).__name__}): not read", "json")
    arrays = [key for key, item in value.items() if isinstance(item, list) and any(isinstance(x, dict) for x in item)]
    if len(arrays) > 1:  # a law's articles beside a list of its attachments (law.moj.gov.tw's ``附件``, F16B-I1)
        laws = [key for key in arrays if _law_articles(value, key) is not None]
        if len(laws) == 1:
            arrays = laws
    if len(arrays) > 1:  # a list of files (name, link) beside the records: no crawl of text (F24-E1)
        arrays = [key for key in arrays if not _file_list(value[key])] or arrays
    if len(arrays) == 1:
        law = _law_articles(value, arrays[0]) or _laws_in(value[arrays[0]])
        if law is not None and _restated_whole(value, law):
            return _Rows([value])  # the object holds its whole text besides its articles: one record (F26-C1)
        if law is None:
            whole = _law_of_nodes(value, arrays[0])
            if whole is not None:
                return whole
        return law or _Rows(_graph_nodes(value[arrays[0]]))
    if len(arrays) > 1:
        raise IngestError(source_file, f"JSON object holding several arrays of records ({', '.join(arrays[:5])}): "
                          "which one is the crawl is not known; not read", "json")
    return _Rows([value])  # one record (or no records: the text field decides)


#: The share of an array table's text cells that must open with an article label for its rows to be a law's articles.
_ARTICLE_ROWS_SHARE = 0.5


#: A word that ends a law's name (in a title column, maybe with a date glued on: ``某办法试行1999-06-18``).
_LAW_NAME_WORD = lazy_regex(r"(?:法|条例|條例|规定|規定|办法|辦法|细则|細則|规则|規則|决定|決定|解释|解釋|准则|準則)")


def _array_rows(items: list[Any]) -> list[dict[str, Any]] | None:
    """The records of a table stored as arrays without a header (``[["公安部", "某规定2004-07-12", "第一条 …"], …]``):
    each array a row of the same width, its cells strings; None when ``items`` is no such table.  The column of the
    most different values, the longest of them, is the text (``text``); when most of its cells open with an article
    label the rows are a law's articles: the other column that changes least often yet names most values is the law
    (``law_name``), each row's label its ``article_label`` (:func:`law_pages` reads the run as the law's one page);
    else that column is the ``title`` of a document whose pieces the rows are, in order (:func:`chunk_pages` joins
    each run); other columns are ``column_1``, ``column_2``… by their place.

    Real damage undone (field test 30, F30-E1): LAW-GPT's ``最核心法条_9k.json`` (LiuHC0428/LAW-GPT) stores one
    article a triple ``[category, law title, article]``; every file was refused as "JSON data that holds no records",
    15 laws lost.  The family: a header-less table serialised as JSON arrays (pandas ``to_json(orient="values")``,
    ``json.dump`` of ``csv.reader`` rows, a spreadsheet export's ``values``, a dataset's ``[[q, a], …]`` pairs).

    >>> rows = _array_rows([["部门", "某规定", "第一条 甲。"], ["部门", "某规定", "第二条 乙。"]])
    >>> rows[1]
    {'column_1': '部门', 'law_name': '某规定', 'text': '第二条 乙。', 'article_label': '第二条'}
    >>> _array_rows([["民法典", "第一条", "为了保护民事主体的合法权益，制定本法。"], ["民法典", "第二条", "民法调整民事关系。"]])[0]
    {'law_name': '民法典', 'article_label': '第一条', 'text': '为了保护民事主体的合法权益，制定本法。'}
    >>> _array_rows([["第一条 甲。"], ["第二条 乙。"]]) is None, _array_rows([["a", 1], ["b", 2]]) is None
    (True, True)
    """
    if not items or not all(isinstance(item, list) for item in items):
        return None
    width = len(items[0])
    if width < 2 or any(len(item) != width or not all(isinstance(c, str) for c in item) for item in items):
        return None
    columns = list(zip(*items))
    lengths = [sum(len(c) for c in column) for column in columns]
    text_at = max(range(width), key=lambda i: (len(set(columns[i])), lengths[i]))  # (the most values, the longest)
    labels = [_LEADING_LABEL.match(c.strip()) for c in columns[text_at]]
    names = [f"column_{i + 1}" for i in range(width)]
    names[text_at] = "text"
    articles = sum(1 for m in labels if m) >= _ARTICLE_ROWS_SHARE * len(items)
    label_at = next((i for i in range(width) if i != text_at and all(_ARTICLE_LABEL.match(c.strip()) for c in columns[i])),
                    None)  # a column of labels (``["民法典", "第一条", "为了…"]``)
    if label_at is not None:
        names[label_at], articles = "article_label", True
    others = [i for i in range(width) if i not in (text_at, label_at)
              and all(len(c) <= _MAX_TITLE_CHARS and "\n" not in c for c in columns[i])]

    def changes(i: int) -> int:
        return sum(1 for a, b in zip(columns[i], columns[i][1:]) if a != b)
    named_at = None
    if others:
        named_at = max(others, key=lambda i: (len(set(columns[i])), -changes(i),
                                              sum(1 for c in set(columns[i]) if _LAW_NAME_WORD.search(c)), lengths[i]))
        if changes(named_at) < len(items) / 2:
            names[named_at] = "law_name" if articles else "title"
        else:
            named_at = None
    rows = []
    piece = 0
    for n, (item, label) in enumerate(zip(items, labels)):
        row = {name: cell for name, cell in zip(names, item)}
        if articles and label and label_at is None and "law_name" in row:
            row["article_label"] = label.group()
        elif not articles and named_at is not None:
            # pieces of the document the column names, in order (:func:`chunk_pages` joins them)
            piece = piece + 1 if n and items[n - 1][named_at] == item[named_at] else 1
            row["document_id"], row["chunk_index"] = item[named_at], piece
        rows.append(row)
    return rows


def _restated_whole(value: dict[str, Any], law: _LawRows) -> bool:
    """Whether a law object holds, in a text field of its own, the whole text its article rows split up: the
    text of its first, middle and last rows inside one of its own string fields (blanks aside).  Then the object
    is the record and that field its text: the rows lose what stands outside the articles (a judicial
    interpretation's preamble, ``现解释如下：``), and a nested heading (``正文``) would title the page (field test
    26, F26-C1: a RAG dataset's law JSON with ``full_text`` beside ``chapters[].articles[]``).

    >>> law = _LawRows([{"content": "第一条　甲。"}, {"content": "第二条　乙。"}], "content")
    >>> _restated_whole({"title": "某解释", "full_text": "为了甲，现解释如下：\\n第一条　甲。\\n第二条　乙。"}, law)
    True
    >>> _restated_whole({"title": "某解释", "summary": "第一条　甲。"}, law)
    False
    """
    if not law.rows or law.text_field is None:
        return False
    own = ["".join(v.split()) for v in value.values() if isinstance(v, str) and len(v) >= 20]
    if not own:
        return False
    probes = []
    for row in (law.rows[0], law.rows[len(law.rows) // 2], law.rows[-1]):
        text = row.get(law.text_field)
        if not isinstance(text, str) or not text.strip():
            return False
        probes.append("".join(text.split()))
    return any(all(p in whole for p in probes) for whole in own)


def _table_rows(text: str, source_file: str, delimiter: str) -> list[Any]:
    """The rows of a CSV/TSV table after its header, as field -> value.

    No cell is refused here: a cell larger than a page may be (a text field) rejects its record alone when
    its page is read, as a JSON record's does (review10 F11: one 3.5 M-character cell rejected the whole table)."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(len(text), MAX_PAGE_CHARS) + 1)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        header = next(reader, None)
        if not header or not any(name.strip() for name in header):
            raise IngestError(source_file, "CSV/TSV table without a header row naming its fields: not read", "csv")
        names = [name.strip() for name in header]
        rows: list[Any] = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(rows) >= MAX_RECORDS:
                raise _too_many(source_file)
            rows.append({name: cell for name, cell in zip(names, row) if name})
    except csv.Error as error:
        raise IngestError(source_file, f"malformed CSV/TSV table ({error}): not read", "csv") from None
    finally:
        csv.field_size_limit(limit)
    return rows


def _text_field(objects: list[dict], wanted: str | None, source_file: str, kind: str) -> str:
    """The name of the records' text field (as the records spell it), or IngestError naming the
    fields they have."""
    names: dict[str, None] = {}  # every field, as spelled, in the order met
    holding: set[str] = set()  # fields holding text in some record, as spelled
    unusable: dict[str, str] = {}  # lower case -> what a field holds that is no text (a list of objects)
    for row in objects:
        names.update(dict.fromkeys(row))
        for key, value in row.items():
            if key in holding:
                continue
            if text_value(value) is not None:
                holding.add(key)
            elif isinstance(value, (list, dict)) and value:
                unusable.setdefault(key.lower(), _held_kind(value))
    spelled: dict[str, str] = {}  # lower case -> as spelled, the first spelling met
    for key in names:
        spelled.setdefault(key.lower(), key)
    with_text = {key.lower() for key in holding}
    if wanted is not None:
        if wanted.lower() in with_text:
            return spelled[wanted.lower()]
        if wanted.lower() in unusable:
            raise IngestError(source_file, f"{_kind_name(kind)} whose records' field {spelled[wanted.lower()]!r} "
                              f"(--text-field) is {unusable[wanted.lower()]}, not a string: no text to read",
                              "no_text_field")
        raise IngestError(source_file, f"{_kind_name(kind)} whose records have no text field {wanted!r} "
                          f"(--text-field); their fields: {_field_list(spelled.values())}", "no_text_field")
    labels = _label_fields(objects, with_text)
    for candidates in ((with_text - labels, with_text) if labels else (with_text,)):
        found = _named_text_field(candidates, names, spelled)
        if found is not None:
            return found
    there = [name.lower() for name in TEXT_FIELDS if name.lower() in unusable]
    if there:  # a text field is there but holds no text: say what it holds (F15-R1: "no text field … body" named body)
        held = "; ".join(f"field {spelled[low]!r} is {unusable[low]}, not a string" for low in there[:3])
        raise IngestError(source_file, f"{_kind_name(kind)} whose records' text field holds no text ({held}; "
                          f"--text-field NAME names another): their fields: {_field_list(spelled.values())}",
                          "no_text_field")
    raise IngestError(source_file, f"{_kind_name(kind)} whose records have no text field (none of "
                      f"{', '.join(TEXT_FIELDS[:8])}…; --text-field NAME names it): their fields: "
                      f"{_field_list(spelled.values())}", "no_text_field")


def _named_text_field(with_text: set[str], names: dict[str, None], spelled: dict[str, str]) -> str | None:
    """The text field among the fields ``with_text`` (lower case) by its name: the first of :data:`TEXT_FIELDS`,
    the one name with a text field's ending, or a decision's sections; None when no name says it."""
    folded: dict[str, str] = {}  # a field's name in Simplified spelling -> its name
    for low in sorted(with_text):
        folded.setdefault(field_spelling(low), low)
    for name in TEXT_FIELDS:
        low = folded.get(field_spelling(name))
        if low is not None:
            return spelled[low]
    endings = [low for low in with_text if _TEXT_FIELD_ENDING.search(low)]
    if len(endings) == 1:
        return spelled[endings[0]]
    return decision_sections(spelled[low] for low in dict.fromkeys(key.lower() for key in names) if low in with_text)


#: A field value that labels a node rather than holding its text: one line of at most this many characters (a
#: heading as long as a title may be: 九民纪要's item headings, a node titled by its document's whole name).
_LABEL_VALUE_CHARS = 200
#: The most text fields a file's records may hold for :func:`_label_fields` to compare them pairwise (a law node has a
#: handful; 50,000 rows each with a key of its own made the comparison quadratic: test_law_json's hostile shapes).
_LABEL_FIELDS_MAX = 32
#: What a label holds no more than one of: a sentence's end (a heading or a sort number has none).
_SENTENCE_END = lazy_regex(r"[。；！？;!?]")


def _label_fields(objects: list[dict], with_text: set[str]) -> set[str]:
    """The fields (lower case) among ``with_text`` that label each record rather than hold its text: every value a
    short line without a sentence's end (a sort number ``"0"``, a heading ``第一章　总则``), while another field holds
    a longer text in every record that has the label.  Such a field is no text field, whatever its name says.

    Real damage undone (field test 29, F29-E1): the 法考法条库's law nodes are ``{"lawWebContent": "第二条 下列情形…",
    "content": "1", "sort": 1, …}``: ``content`` (first of :data:`TEXT_FIELDS`) holds the node's sort number or its
    chapter's heading, and 26 laws became 250 documents whose text was ``0``, ``1``, ``2``….

    >>> rows = [{"content": "0", "lawWebContent": "某规定\\n第一条 为了甲，制定本规定。"}, {"content": "1", "lawWebContent": "第二条 乙。"}]
    >>> _label_fields(rows, {"content", "lawwebcontent"})
    {'content'}
    >>> _label_fields([{"content": "某通知", "text": "见附件"}], {"content", "text"})
    set()
    """
    values: dict[str, list[tuple[int, str]]] = {}
    for i, row in enumerate(objects):
        for key, value in row.items():
            low = key.lower()
            if low in with_text:
                text = text_value(value)
                if text is not None:
                    values.setdefault(low, []).append((i, text))
    if len(values) > _LABEL_FIELDS_MAX:
        return set()  # (a crawl's fields, not a record's: every pair of fields is compared, bounded so)
    labels = set()
    for low, held in values.items():
        if not all(len(t.strip()) <= _LABEL_VALUE_CHARS and "\n" not in t.strip() and not _SENTENCE_END.search(t)
                   for _, t in held):
            continue
        lengths = {i: len(t.strip()) for i, t in held}
        if any(other != low and len(others) >= len(held)
               and all(lengths.get(i, 0) < len(t.strip()) and (
                   "\n" in t.strip() or _SENTENCE_END.search(t)) for i, t in others)
               and {i for i, _ in others} >= set(lengths)
               for other, others in values.items()):
            labels.add(low)
    return labels


#: The sections of a court's decision as a crawl of decisions stores them, each in a field of its own (compared
#: in Simplified spelling, :func:`field_spelling`).  Real case (field test 25, F25-C1): Taiwan's 憲法法庭 decisions as
#: JSON (kong0107/cons.judicial) keep the operative part in ``主文`` and the reasons in ``理由``, each a list of
#: paragraphs, and no field of :data:`TEXT_FIELDS`: all 82 files were refused, and ``--text-field`` could read one
#: section only (a judgment without its 主文).  A 裁判文书 crawl names its parts ``审理经过``, ``本院认为``, ``裁判结果``….
DECISION_SECTIONS = frozenset((
    "主文", "事实", "理由", "事实及理由", "事实与理由", "犯罪事实", "当事人", "当事人信息", "诉讼记录", "审理经过",
    "原告诉称", "被告辩称", "本院查明", "本院认为", "裁判理由", "裁判结果", "判决结果", "裁判依据", "裁判要旨",
))
#: How the name of a text read from several sections joins them (``主文 + 理由``, the record's ``text_field``).
SECTIONS_JOIN = " + "


def decision_sections(names: Iterable[str]) -> str | None:
    """The record's text field when its text is a decision's sections (:data:`DECISION_SECTIONS`): two or more of
    them among the fields holding text, joined in the records' order; None otherwise.

    >>> decision_sections(["id", "標題", "主文", "理由", "法庭組成"]), decision_sections(["title", "理由"])
    ('主文 + 理由', None)
    """
    sections = [name for name in names if field_spelling(name) in DECISION_SECTIONS]
    return SECTIONS_JOIN.join(sections) if len(sections) >= 2 else None


def sections_text(fields: dict[str, Any], field: str) -> str | None:
    """The text of a record read from several sections (:func:`decision_sections`): each section's name on a line
    of its own, its paragraphs under it, as the decision prints them; the sections are taken out of ``fields``.
    None when the record has none of them with text.

    >>> f = {"標題": "某案", "主文": ["聲請駁回。"], "理由": ["一、本件聲請人…", "二、核其所陳…"]}
    >>> sections_text(f, "主文 + 理由"), f
    ('主文\\n聲請駁回。\\n理由\\n一、本件聲請人…\\n二、核其所陳…', {'標題': '某案'})
    """
    parts = []
    for name in field.split(SECTIONS_JOIN):
        text = text_value(fields.pop(name, None))
        if text is not None:
            parts.append(f"{name}\n{text}")
    return "\n".join(parts) or None


#: The Traditional characters of the field names this module knows, with their Simplified forms: a crawl of
#: Taiwan's or Hong Kong's pages names its fields in Traditional (``條文``, ``法規名稱``; blind variant of F16B-I1).
_TRADITIONAL_NAME_CHARS = str.maketrans("內條規稱標題號網錄節編發佈關機構類別頁決當實與訴記審經過結錄據認為辯", "内条规称标题号网录节编发布关机构类别页决当实与诉记审经过结录据认为辩")


def field_spelling(name: str) -> str:
    """A field's name as the name lists spell it: lower case, Simplified.

    >>> field_spelling("條文"), field_spelling("法規名稱"), field_spelling("Content")
    ('条文', '法规名称', 'content')
    """
    return name.lower().translate(_TRADITIONAL_NAME_CHARS)


def text_value(value: Any) -> str | None:
    """The text a record's field holds, or None: a string with a character that is not blank, or a list of
    strings (paragraphs), one a line.

    Real case (field test 15, F15-R1): a crawl of the 最高人民法院公报 stores each case as ``"body":
    ["最高人民法院引渡裁定书", "（2001）法引字第1号", …]``, the commonest paragraph form of crawler JSON; the
    whole corpus was refused ("no text field … their fields: … body").  Each string is kept as it is.

    >>> text_value(["最高人民法院引渡裁定书", "（2001）法引字第1号"])
    '最高人民法院引渡裁定书\\n（2001）法引字第1号'
    >>> [text_value(v) for v in ("  ", [], ["", " "], [{"p": "甲"}], ["甲", 1], 7)]
    [None, None, None, None, None, None]
    """
    if type(value) is str:
        return value if value.strip() else None
    if isinstance(value, list) and value and all(type(item) is str for item in value) and any(
            item.strip() for item in value):
        return "\n".join(value)
    return None


def one_line_items(*values: Any) -> bool:
    """Whether the lists a record's text was read from hold one-line paragraphs only: each line of the text is then
    one of the record's own blocks (:func:`corpus_tools.clean.paragraph_marks.paragraph_marks`; field test 25 F25-A2:
    a decision's heading and the paragraph after it, two elements of its ``理由`` list, were joined as a wrap).

    >>> one_line_items(["貳、受理要件之審查", "按憲法訴訟法修正施行前…"]), one_line_items(["第一條　為\\n規範…"]), one_line_items("甲")
    (True, False, False)
    """
    return any(isinstance(value, list) for value in values) and all(
        value is None or isinstance(value, list) and all(type(item) is str and "\n" not in item for item in value)
        for value in values)


def _held_kind(value: list | dict) -> str:
    """What a field that holds no text holds, for a message.

    >>> _held_kind([{"p": "甲"}]), _held_kind(["甲", 1]), _held_kind({"zh": "甲"}), _held_kind(["", ""])
    ('a list of objects', 'a list of int and strings', 'an object', 'a list of empty strings')
    """
    if isinstance(value, dict):
        return "an object"
    kinds = sorted({type(item).__name__ for item in value})
    if kinds == ["dict"]:
        return "a list of objects"
    if kinds == ["str"]:
        return "a list of empty strings"
    return "a list of " + " and ".join("strings" if k == "str" else "objects" if k == "dict" else k for k in kinds)


def _field_list(names: Any) -> str:
    """The fields named in a message, at most 12.

    >>> _field_list(["id", "law_code", "notes"])
    'id, law_code, notes'
    """
    names = list(names)
    return ", ".join(names[:12]) + (f" and {len(names) - 12} more" if len(names) > 12 else "") if names else "none"


def _record(row: Any, number: int, source_file: str, field: str, twins: tuple[str, ...] = ()) -> Record:
    name = record_name(source_file, number)
    if isinstance(row, _BadLine):
        return Record(name, number, None, {}, field, ("json", row.reason))
    if not isinstance(row, dict):
        return Record(name, number, None, {}, field, ("not_a_record", f"record {number} is a {type(row).__name__}, "
                                                      "not an object with fields"))
    fields = dict(row)
    twin = _twin_read(fields, field, twins)
    if twin is not None:  # the same text as HTML: read the HTML, the flat copy stays a field (F23-C2)
        flat = next((k for k in fields if k.lower() == field.lower()), None)
        if flat is not None:
            del fields[flat]
        return Record(name, number, fields.pop(twin), fields, twin, read_over=flat or field)
    if SECTIONS_JOIN in field and field not in fields:  # a decision's sections (F25-C1)
        lists = one_line_items(*(fields.get(section) for section in field.split(SECTIONS_JOIN)))
        text = sections_text(fields, field)
        if text is not None:
            return Record(name, number, text, fields, field, line_blocks=lists)
        return Record(name, number, None, fields, field, ("no_text", f"record {number} has none of its sections "
                                                          f"{field!r} with text; its fields: {_field_list(row)}"))
    if field in fields:
        held = [fields.pop(field)]
    else:  # spelled another way in this record (``Content``)
        spelling = next((k for k in fields if k.lower() == field.lower()), None)
        held = [] if spelling is None else [fields.pop(spelling)]
    if held and isinstance(held[0], list) and text_value(held[0]) is not None:
        return Record(name, number, text_value(held[0]), fields, field,  # paragraphs, one a line (F15-R1)
                      line_blocks=one_line_items(held[0]))
    if not held or not isinstance(held[0], str):
        what = (f"has no text field {field!r}" if not held else f"has null in its text field {field!r}"
                if held[0] is None else f"has {_held_kind(held[0])}, not a string, in its text field {field!r}"
                if isinstance(held[0], (list, dict)) and held[0]
                else f"has a {type(held[0]).__name__}, not text, in its text field {field!r}")
        return Record(name, number, None, fields, field, ("no_text", f"record {number} {what}; its fields: "
                                                          f"{_field_list(row)}"))
    return Record(name, number, held[0], fields, field)


#: A field whose name says it holds HTML (``body_html``, ``content_html``, ``html``, ``raw_html``, ``正文html``,
#: ``detailHtml``).
_HTML_NAMED = lazy_regex(r"html|htm$", regex.I)
#: Elements whose text is no page text (their content is left out of an HTML value's visible text).
_INVISIBLE_ELEMENTS = lazy_regex(r"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>|<!--.*?-->", regex.I | regex.S)
#: A tag, a blank, or an entity of a blank (what an HTML value's visible text is compared without).
_TAG = lazy_regex(r"<[^<>]*>")
#: How many characters of the flat text's head and of its tail (blanks aside) the HTML must hold.
_TWIN_PROBE = 24


def _looks_html(name: str, value: Any) -> bool:
    """Whether a record's field holds HTML: its name says so, or its text opens with an element or is full of them."""
    text = text_value(value)
    if text is None:
        return False
    return bool(_HTML_NAMED.search(name)) or bool(_OPENS_WITH_TAG.match(text)) or len(
        _HTML_MARKUP.findall(text[:20_000])) >= _HTML_MARKUP_MIN


def html_twins(objects: list[dict], field: str) -> tuple[str, ...]:
    """The records' fields that may hold their text field ``field`` again as HTML, best first, when ``field``
    itself holds flat text; () when it holds HTML or no other field does.

    Real damage (field test 23, F23-C2): nea.gov.cn's crawler records (jas0no7/local_spider_jason) hold each
    page twice, ``body_html`` (the article's ``<p>`` elements) and ``content`` (its innerText: paragraphs joined
    by `` \u2003\u2003``, the 目录项 box inline).  ``content`` is the first text field by name; read, 37 of 37
    documents lost their paragraphs and 8 of 8 their 文号 (``国能综函安全〔2025〕59号`` cut in two).  The HTML is the
    richer copy of the same text; whether a record's HTML holds that text is :func:`_twin_read`'s evidence.

    A field is a candidate by its values (an element first, or markup throughout: a ``body``, ``正文`` or ``detail``
    written as HTML) or by its name (``…html``); names that say HTML come first.

    >>> html_twins([{"title": "某通知", "content": "各单位： 现将…", "body_html": "<div><p>各单位：</p></div>"}], "content")
    ('body_html',)
    >>> html_twins([{"content": "各单位：", "detail": "<p>各单位：</p>", "url": "http://a.cn/1.html"}], "content")
    ('detail',)
    >>> html_twins([{"content": "<p>各单位：</p>", "html": "<p>各单位：</p>"}], "content"), html_twins([{"text": "甲"}], "text")
    ((), ())
    """
    seen: dict[str, bool] = {}  # field -> whether it holds HTML (the first record holding text in it decides)
    flat = True
    for row in objects:
        for key, value in row.items():
            if key.lower() == field.lower():
                if flat and text_value(value) is not None and _looks_html(key, value):
                    flat = False
            elif key not in seen and text_value(value) is not None:
                seen[key] = _looks_html(key, value)
        if len(seen) > 200:  # a record is no table of hundreds of fields; bounded work
            break
    if not flat:
        return ()
    named = [key for key, html in seen.items() if html and _HTML_NAMED.search(key)]
    return tuple(named + [key for key, html in seen.items() if html and key not in named])


def _visible_text(html: str) -> str:
    """The characters an HTML value shows, blanks, tags and invisible elements aside, entities read.

    >>> _visible_text("<div><p>第一条　为了规范&ldquo;管理&rdquo;。</p><script>var a=1;</script>&nbsp;<p>第二条</p></div>")
    '第一条为了规范“管理”。第二条'
    """
    return "".join(html_lib.unescape(_TAG.sub("", _INVISIBLE_ELEMENTS.sub("", html))).split())


def _twin_read(fields: dict[str, Any], field: str, twins: tuple[str, ...]) -> str | None:
    """The field of a record to read instead of its flat text field ``field``: the first of ``twins`` whose HTML
    holds the same text (the flat text's first and last :data:`_TWIN_PROBE` characters, blanks aside, are in the
    HTML's visible text), or that holds HTML with text where the flat field holds none; else None (an HTML
    field that is empty, only the site's furniture, or another text, such as a summary, is not read).

    >>> flat = "各单位： 现将有关事项通知如下。 一、总体要求 国家能源局 2025年9月25日"
    >>> html = "<div><p>各单位：</p><p>　　现将有关事项通知如下。</p><p>一、总体要求</p><p>国家能源局</p><p>2025年9月25日</p></div>"
    >>> _twin_read({"content": flat, "body_html": html}, "content", ("body_html",))
    'body_html'
    >>> _twin_read({"content": flat, "body_html": "<div>首页 | 政务公开</div>"}, "content", ("body_html",)) is None
    True
    >>> _twin_read({"content": "", "body_html": html}, "content", ("body_html",))
    'body_html'
    """
    if not twins:
        return None
    flat = text_value(next((v for k, v in fields.items() if k.lower() == field.lower()), None))
    key = "".join(flat.split()) if flat is not None else ""
    for twin in twins:
        html = fields.get(twin)
        if type(html) is not str or not _looks_html(twin, html):
            continue
        shown = _visible_text(html)
        if not key:
            if shown.strip():
                return twin
            continue
        if key[:_TWIN_PROBE] in shown and key[-_TWIN_PROBE:] in shown:
            return twin
    return None


# --------------------------------------------------------------------------- a law's article records

#: A record's article number, as crawls of statutes name it (vickywu97's ``article_number``: ``第1条``).
ARTICLE_FIELDS: tuple[str, ...] = ("article_number", "article_no", "article_num", "article_label", "条号", "条文序号",
                                   "条目")
#: The law a record's article belongs to (vickywu97's ``law_code``: ``COMPANY_LAW``).
LAW_FIELDS: tuple[str, ...] = ("law_code", "law_id", "law_name", "law_title", "law", "statute", "法规名称", "法律名称",
                               "法规", "法律")
#: An article's label as written (``第1条``, ``第一百零一条``, ``第十条之一``), or its bare number; Taiwan's law
#: database writes its numbers with blanks and an inserted article with a hyphen (``第 1 條``, ``第 17-4 條``: its
#: open-data JSON, field test 16b, F16B-I1), its English translation ``Article 17-4``.
_ARTICLE_LABEL = lazy_regex(r"^第[ \t]{0,2}[0-9０-９〇零一二三四五六七八九十百千]{1,8}(?:[ \t]{0,2}-[ \t]{0,2}[0-9]{1,3})?[ \t]{0,2}"
                            r"[条條](?:之(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2}))?$|^Article[ \t]{1,2}[0-9]{1,4}(?:-[0-9]{1,3})?$")
_ARTICLE_NUMBER = lazy_regex(r"^[0-9]{1,4}$")


#: The field of an object that names the law its array of article records belongs to
#: (victorhsieh/tw-law-corpus's ``{"name": "入出國及移民法", "content": [{"zh": "第一條", …}]}``; law.moj.gov.tw's
#: open data ``{"法規名稱": "所得稅法", "法規內容": […]}``, F16B-I1), compared in Simplified spelling (:func:`field_spelling`).
_LAW_NAME_FIELDS: tuple[str, ...] = ("name", "title", "law_name", "law_title", "lawname", "lawtitle", "法规名称", "法律名称",
                                     "名称", "标题")
#: Any other field so named names the law when no field of :data:`_LAW_NAME_FIELDS` does (``中文法規名稱``,
#: ``英文法規名稱``, ``act_name``): the first of them in the object's order that holds Han characters, else the first.
_LAW_NAME_ENDING = lazy_regex(r"(?:名称|名稱|name|title)$", regex.I)
#: A law object's preamble: text of the law before its first article (中華民國憲法's ``前言``).
_PREAMBLE_FIELDS: tuple[str, ...] = ("前言", "序言", "preamble", "foreword", "lawforeword")
#: A law object's history of enactment and amendments (law.moj.gov.tw's ``沿革內容``: ``1.中華民國三十六年一月一日
#: 國民政府令公布``), whose first record dates the law and names the organ that enacted it.
_HISTORY_FIELDS: tuple[str, ...] = ("沿革内容", "沿革", "history", "histories", "lawhistories", "lawhistory")
#: A heading row among a law's article rows is one short line (``{"編章節": "第 一 章 總則"}``)…
_MAX_HEADING_CHARS = 100
#: … beside which a row may carry a code of its kind (``"ArticleType": "C"``): a few Latin letters or digits.
_KIND_CODE = lazy_regex(r"^[A-Za-z0-9_-]{1,3}$")
_HAN = lazy_regex(r"\p{Han}")


#: Fields in which a law's article rows number themselves 1, 2, 3… with bare digits, compared without case
#: (Ansvar-Systems/chinese-law-mcp's flk.npc.gov.cn seeds: ``provision_ref: "1"``; lttxzmj's ``articleNumber: 1``).
#: A row counter's generic names (``id``, ``no``, ``index``, ``seq``) are none: they number records, not articles.
_NUMBER_FIELDS: tuple[str, ...] = (*ARTICLE_FIELDS, "provision_ref", "provision_no", "provision_number", "provision_num",
                                   "articlenumber", "articleno", "articlenum", "article_index", "articleindex",
                                   "section", "section_no", "section_number", "条次", "条序号")
#: Fields in which a row carries a title of its own: rows titled so are documents, not a law's articles.
_ROW_TITLE_FIELDS: tuple[str, ...] = ("title", "name", "headline", "doc_title", "law_name", "law_title", "标题", "名称",
                                      "文件标题", "法规名称", "標題", "名稱")
#: Fields that give a row's place in its law's 编/章/节, as a path (``第二编 物 权 > 第二十章 占 有``) or a list
#: (``["第一章总则"]``).
_PATH_FIELDS: tuple[str, ...] = ("chapter", "chapter_path", "path", "heading_path", "headings", "章节", "所属章节", "章节路径")
#: A heading of a law's 编, 分编, 章 or 节 (``第二编 物 权``, ``第一章总则``, ``第三节 宣告失踪和宣告死亡``).
_PATH_HEADING = lazy_regex(r"^第(?P<n>[0-9〇零一二三四五六七八九十百]{1,6})(?:分编|编|章|节)")
#: The separators of a path's levels other than ``>``: a heading holds none of them.
_PATH_SEPARATORS = str.maketrans({"/": ">", "＞": ">", "›": ">", "»": ">", "／": ">"})
#: What a row's content opens with when it is an inserted article (刑法's rows numbered ``17`` twice, the second
#: opening ``之一　已满七十五周岁的人…``: 第十七条之一).
_ZHI = lazy_regex(r"之[一二三四五六七八九十]{1,3}")
_ZHI_NUMERALS = "一二三四五六七八九十"
#: The field of a law's article row that holds the headings composed before its article (:func:`_law_page`).
_HEADINGS_KEY = "\x00law_headings"


def _bare_number(value: Any) -> int | None:
    """An article number a row gives with bare digits (``"12"``, ``12``), or None.

    >>> _bare_number("12"), _bare_number(12), _bare_number("第12条"), _bare_number(True), _bare_number("0")
    (12, 12, None, None, None)
    """
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    return int(text) if _ARTICLE_NUMBER.match(text) and int(text) > 0 else None


def _numbering_key(rows: list[dict[str, Any]], amendment: bool = False) -> str | None:
    """The field in which ``rows`` number themselves 1, 2, 3… as one law's articles do, or None.

    The numbers open at 1 and never go back; a number said again is an inserted article (``17``, ``17``:
    第十七条 and 第十七条之一), not a second law.  Rows that carry a title of their own are documents, not articles.

    An ``amendment`` (a law named 修正案) numbers its articles on from the amendments before it: the
    constitution's 1999 amendment is 第十二条–第十七条 (field test 21, F21-C1: read as 6 one-article documents,
    the law's name, date and issuer lost), so its numbers may open above 1.

    >>> _numbering_key([{"provision_ref": "12"}, {"provision_ref": "13"}], amendment=True)
    'provision_ref'

    >>> _numbering_key([{"provision_ref": "1", "section": "1", "title": ""}, {"provision_ref": "2", "section": "2"}])
    'provision_ref'
    >>> _numbering_key([{"articleNumber": 1}, {"articleNumber": 2}, {"articleNumber": 10}])
    'articleNumber'
    >>> [_numbering_key(rows) for rows in ([{"provision_ref": "2"}, {"provision_ref": "3"}],
    ...     [{"section": "1"}, {"section": "3"}, {"section": "2"}],
    ...     [{"id": 1, "content": "甲"}, {"id": 2, "content": "乙"}],
    ...     [{"provision_ref": "1", "title": "某某通知"}, {"provision_ref": "2", "title": "某某办法"}])]
    [None, None, None, None]
    """
    if any(isinstance(row.get(k), str) and row[k].strip() for row in rows for k in row if k.lower() in _ROW_TITLE_FIELDS):
        return None
    for name in _NUMBER_FIELDS:
        key = next((k for k in rows[0] if field_spelling(k) == name), None)
        if key is None:
            continue
        numbers = [_bare_number(row.get(key)) for row in rows]
        if (all(n is not None for n in numbers) and (numbers[0] == 1 or amendment)
                and all(a <= b for a, b in zip(numbers, numbers[1:]))):
            return key
    return None


def _path_of(row: dict[str, Any]) -> tuple[str, ...] | None:
    """The 编/章/节 headings a row's path field gives (``()``: none, the row is in no chapter), or None when
    the row has no path field or a path that reads as no headings.

    >>> _path_of({"chapter": "第二编 物 权 > 第二十章 占 有"}), _path_of({"path": ["第一章总则"]}), _path_of({"chapter": ""})
    (('第二编 物 权', '第二十章 占 有'), ('第一章总则',), ())
    >>> _path_of({"章节": "第二章 管理 / 第一节 一般规定"})
    ('第二章 管理', '第一节 一般规定')
    >>> _path_of({"chapter": "1"}), _path_of({"content": "甲"})
    (None, None)
    """
    key = next((k for name in _PATH_FIELDS for k in row if k.lower() == name), None)
    if key is None:
        return None
    value = row[key]
    if isinstance(value, str):
        parts = [part.strip() for part in value.translate(_PATH_SEPARATORS).split(">") if part.strip()]  # ``第二编 物 权 >
        # 第二十章 占 有``, ``第二章 管理 / 第一节 一般规定``
    elif isinstance(value, list) and all(isinstance(part, str) for part in value):
        parts = [part.strip() for part in value if part.strip()]
    else:
        return None
    if not all(_PATH_HEADING.match(part) and "\n" not in part for part in parts):
        return None
    return tuple(parts)


def _headings_before(paths: list[tuple[str, ...] | None]) -> list[tuple[str, ...]]:
    """The heading lines to set before each of a law's articles, from the paths its rows carry: a heading where
    the path changes, each level that changed on a line of its own (``第二编 物 权`` then ``第一章 一般规定``), so
    that the structure parser finds the 编/章/节 the crawl cut away (field test 15, F15-S1: 民法典's rows carry
    ``第二编 物 权 > 第二十章 占 有`` and the text had no chapter).

    flk.npc.gov.cn's crawl (Ansvar's seeds) carries each row's path ONE ROW EARLY: the rows of the law's first
    chapter carry none, the last article of each chapter the next chapter's path (民法典 article 12, the last
    of 第一章, carries ``第二章 自然人 > 第一节 …``; 刑法 and 网络安全法 alike).  Such paths, told by the rows that
    open the law carrying none and the first path naming a second unit (``第二章``, not ``第一章``), are read
    as the row after's.

    >>> _headings_before([("第一章总则",), ("第一章总则",), ("第二章管道规划与建设",)])
    [('第一章总则',), (), ('第二章管道规划与建设',)]
    >>> _headings_before([(), ("第二章 自然人", "第一节 民事权利能力"), ("第二章 自然人", "第一节 民事权利能力"),
    ...                   ("第二章 自然人", "第二节 监 护"), ("第二章 自然人", "第二节 监 护")])
    [(), (), ('第二章 自然人', '第一节 民事权利能力'), (), ('第二节 监 护',)]
    """
    first = next((path for path in paths if path), None)
    if first is None:
        return [()] * len(paths)
    from corpus_tools.numerals import parse_numeral

    number = _PATH_HEADING.match(first[0])["n"]
    value = int(number) if number.isdigit() else parse_numeral(number)
    if paths[0] == () and value is not None and value > 1:
        paths = [(), *paths[:-1]]  # one row early: the row after's
    out: list[tuple[str, ...]] = []
    before: tuple[str, ...] = ()
    for path in paths:
        if not path or path == before:
            out.append(())
            if path is not None and not path:
                before = ()
            continue
        same = 0
        while same < min(len(path), len(before)) and path[same] == before[same]:
            same += 1
        out.append(path[same:])
        before = path
    return out


class _LawRows(NamedTuple):
    """A law object's article rows as records (:func:`_law_articles`) and the field of the rows that holds an
    article's text (the law's own fields copied onto each row are no candidates)."""

    rows: list[dict[str, Any]]
    text_field: str | None


def _law_name_key(law: dict[str, Any]) -> str | None:
    """The field of a law object that names the law.

    >>> _law_name_key({"法規性質": "法律", "法規名稱": "民法"}), _law_name_key({"英文法規名稱": "Civil Code", "中文法規名稱": "民法"})
    ('法規名稱', '中文法規名稱')
    >>> _law_name_key({"EngLawName": "Income Tax Act", "LawName": "所得稅法"}), _law_name_key({"act_name": "Civil Code"})
    ('LawName', 'act_name')
    >>> _law_name_key({"id": 1, "name_en": "x"}) is None
    True
    """
    def names(key: str) -> bool:
        value = law.get(key)
        return isinstance(value, str) and bool(value.strip()) and len(value) <= _MAX_TITLE_CHARS and "\n" not in value.strip()

    named = [k for k in law if _LAW_NAME_ENDING.search(k) and names(k)]
    return (next((k for name in _LAW_NAME_FIELDS for k in law if field_spelling(k) == name and names(k)), None)
            or next((k for k in named if _HAN.search(law[k])), None) or next(iter(named), None))


def _heading_of(row: dict[str, Any], label_key: str) -> str | None:
    """The heading a row among a law's article rows gives when it is a heading row, not an article: no label,
    one field holding one short line (law.moj.gov.tw's ``{"編章節": "第 一 章 總則"}``, F16B-I1), beside it at most
    codes of a few characters (its API's ``{"ArticleType": "C", "ArticleNo": "", "ArticleContent": "   第 一 章 總則"}``,
    field test 17).

    >>> _heading_of({"編章節": "第 一 章 總則"}, "條號"), _heading_of({"條號": "", "編章節": "第二章"}, "條號")
    ('第 一 章 總則', '第二章')
    >>> _heading_of({"ArticleType": "C", "ArticleNo": "", "ArticleContent": "   第 一 章 總則"}, "ArticleNo")
    '第 一 章 總則'
    >>> [_heading_of(row, "條號") for row in ({"note": "甲乙丙丁", "x": "乙丙丁戊"}, {"條文內容": "本法所稱……\\n一、甲。"},
    ...                                      {"n": 3}, {"type": "A", "n": 7, "text": "第 一 章"}, {"note": "一段说明", "page": "第3页"})]
    [None, None, None, None, None]
    """
    if isinstance(row.get(label_key), str) and row[label_key].strip():
        return None
    values = [v for k, v in row.items() if k != label_key and v is not None and not (isinstance(v, str) and not v.strip())]
    if not values or not all(isinstance(v, str) for v in values):
        return None
    lines = values if len(values) == 1 else [v for v in values if not _KIND_CODE.match(v.strip())]
    if len(lines) != 1:
        return None
    heading = lines[0].strip()
    return heading if len(heading) <= _MAX_HEADING_CHARS and "\n" not in heading else None


def _row_text_field(rows: list[dict[str, Any]]) -> str | None:
    """The text field of a law's article rows (their own fields only), or None when they have none."""
    try:
        return _text_field(rows, None, "", "json")
    except IngestError:
        return None


def _law_articles(law: dict[str, Any], key: str) -> _LawRows | None:
    """The article records of one law held as an object (its name and status, its articles in one
    array), each given the law's name (``law_name``) and its other fields, so that they are read as
    the law's one page (:func:`law_pages`); None when the object is no such law.

    Real damage undone (field test 14, F14-D1): tw-law-corpus's ``law.json`` gave 97 documents, one
    per article, without a title, a label or the law's name: no document held the law.  The object
    is a law when it names one and each of its records carries an article label (``第一條``) in a
    field; the records' other fields (an amendment's ``reason``) stay fields, never text.

    >>> law = _law_articles({"name": "某法", "status": "實施", "content": [{"num": 1, "zh": "第一條", "article": "甲。"},
    ...                      {"num": 2, "zh": "第二條", "article": "乙。"}]}, "content")
    >>> {k: v for k, v in law.rows[1].items() if k != _HEADINGS_KEY}, law.text_field
    ({'num': 2, 'zh': '第二條', 'article': '乙。', 'law_name': '某法', 'status': '實施', 'article_label': '第二條'}, 'article')
    >>> _law_articles({"name": "某网站", "data": [{"title": "甲", "content": "乙"}]}, "data") is None
    True

    Taiwan's law database as open data (field test 16b, F16B-I1: the whole corpus was refused) names the law in
    ``法規名稱``, gives its history in ``沿革內容`` and a preamble in ``前言``, and mixes heading rows among the
    article rows (``{"編章節": "第 一 章 總則"}``): a heading row is set as a line before the next article, the
    preamble before the first, and the history's first record dates the law and names its enacting organ, as the
    database's XML is read (:func:`corpus_tools.law_xml.enactment`).  The text field is the rows' own: the
    law's ``沿革內容`` copied onto each row is no candidate.

    >>> law = _law_articles({"法規名稱": "某法", "沿革內容": "1.中華民國九十八年七月一日總統令制定公布全文 2 條", "前言": "為某事，制定本法。",
    ...     "法規內容": [{"編章節": "第 一 章 總則"}, {"條號": "第 1 條", "條文內容": "甲。"}, {"條號": "第 1-1 條", "條文內容": "乙。"}]},
    ...     "法規內容")
    >>> [row["article_label"] for row in law.rows], law.rows[0][_HEADINGS_KEY], law.text_field
    (['第 1 條', '第 1-1 條'], ('為某事，制定本法。', '第 一 章 總則'), '條文內容')
    >>> law.rows[0]["published"], law.rows[0]["issuer"]
    ('2009-07-01', '總統')
    """
    name_key = _law_name_key(law)
    rows = law[key]
    if name_key is None or not rows or not all(isinstance(row, dict) for row in rows):
        return None
    rows = _flattened_tree(rows) or rows
    first = next((row for row in rows if any(isinstance(v, str) and _ARTICLE_LABEL.match(v.strip()) for v in row.values())),
                 {})  # the first row holding a label: the label's field is one of its fields (a bounded choice)
    candidates = [k for k, v in first.items() if isinstance(v, str) and _ARTICLE_LABEL.match(v.strip())]
    label_key, headings_at = None, {}
    for candidate in candidates:
        at = {i: _heading_of(row, candidate) for i, row in enumerate(rows)
              if not (isinstance(row.get(candidate), str) and _ARTICLE_LABEL.match(row[candidate].strip()))}
        if at and (None in at.values() or len(at) == len(rows) or max(at) == len(rows) - 1):
            continue  # a row neither an article nor a heading, or a heading with no article after it
        label_key, headings_at = candidate, at
        break
    number_key = _numbering_key(rows, amendment="修正案" in law[name_key]) if label_key is None else None
    if label_key is None and number_key is None:
        return None
    articles = [row for i, row in enumerate(rows) if i not in headings_at]
    text_field = _row_text_field(articles)
    if text_field is None:
        return None
    if label_key is not None:
        labels = [row[label_key].strip() for row in articles]
    else:  # bare numbers (F15-S1): 第N条 in Chinese numerals, a number said again 第N条之一, 之二…
        labels, again = [], 0
        for before, row in zip([None, *articles], articles):
            number = _bare_number(row[number_key])
            again = again + 1 if before is not None and _bare_number(before[number_key]) == number else 0
            labels.append(_composed_label(number) + (f"之{_ZHI_NUMERALS[again - 1]}" if 0 < again <= len(_ZHI_NUMERALS) else ""))
    composed = _headings_before([_path_of(row) for row in articles])
    pending: list[str] = []  # heading rows met since the last article
    preamble_key = next((k for name in _PREAMBLE_FIELDS for k in law
                         if field_spelling(k) == name and isinstance(law[k], str) and law[k].strip()), None)
    if preamble_key is not None:
        pending.extend(line.strip() for line in law[preamble_key].splitlines() if line.strip())
    headings: list[tuple[str, ...]] = []
    index = 0
    for i in range(len(rows)):
        if i in headings_at:
            pending.append(headings_at[i])
            continue
        headings.append((*pending, *composed[index]))
        pending, index = [], index + 1
    context = {k: v for k, v in law.items()
               if k not in (key, name_key, preamble_key) and isinstance(v, (str, int, float))}
    history_key = next((k for name in _HISTORY_FIELDS for k in law if field_spelling(k) == name and isinstance(law[k], str)),
                       None)
    if history_key is not None:
        from corpus_tools.law_xml import enacting_order_number, enactment

        published, organ = enactment(law[history_key])
        number = enacting_order_number(law[history_key])  # (台財庫字第09800037070號: F24-D3)
        for field, value in (("published", published), ("issuer", organ), ("doc_number", number)):
            if value and not any(k.lower() in (field, *(k2 for k2, v2 in FIELD_KEYS.items() if v2 == field))
                                 for k in law):
                context[field] = value
    out = []
    for row, label, heading in zip(articles, labels, headings):
        merged = dict(row)
        merged.setdefault("law_name", law[name_key])
        for k, v in context.items():
            merged.setdefault(k, v)
        numbered = next((k for k in merged if k.lower() in ARTICLE_FIELDS), None)
        if numbered is None:
            merged["article_label"] = label
        elif number_key is not None and numbered == number_key:
            merged[numbered] = label  # (the law's page keeps no per-article field: a 之一 gets its label)
        merged[_HEADINGS_KEY] = heading  # (empty too: it marks the row as a law's, a page even when the law has one article)
        out.append(merged)
    return _LawRows(out, text_field)


#: At most this many nodes a law's tree is read for (a law of 2,000 articles in chapters and sections is far below).
MAX_TREE_NODES = 200_000
#: A division's heading: one short line.
_TREE_HEADING_CHARS = 100


def _child_lists(node: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The lists of nodes a node of a law's tree holds (its ``children``, ``sections``, ``articles``: any name)."""
    return [v for v in node.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]


def _node_heading(node: dict[str, Any]) -> str | None:
    """A division node's heading: its one short one-line string holding a Han character (``第1章　總則``)."""
    lines = [v.strip() for v in node.values() if isinstance(v, str) and _HAN.search(v)
             and len(v.strip()) <= _TREE_HEADING_CHARS and "\n" not in v.strip()]
    return lines[0] if len(lines) == 1 else None


def _flattened_tree(rows: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    r"""A law's articles stored as a tree, as rows in the law's order: a division (a node holding a list of nodes and
    no article label) becomes a heading row ``{"heading": "第1章　總則"}`` before its first article, an article node
    a row of its own fields (the nodes it holds, paragraphs or items, joined to its text); None when no node holds
    nodes (the rows are flat already) or the tree is no law's (a division without a heading).

    Real damage undone (field test 30, F30-C5): law.moj.gov.tw laws as a viewer stores them (zhenhuang-tw/tw-laws-viewer,
    ``{"name": "中央法規標準法", "body": [{"type": "heading", "name": "第1章　總則", "level": 1, "children": [{"type":
    "article", "no": "第1條", "content": "…"}]}]}``) were read as one document per chapter, titled ``第1章　总则``, the
    law's name lost; a law whose chapters hold sections (行政程序法, 175 articles) was refused.  The family: a law's
    text as a nested element tree, whatever its depth and field names: Akoma Ntoso/bluebell JSON ``{type, num,
    heading, children}``, a scraper's ``{"chapters": [{"title": "第一章 总则", "articles": [{"no", "text"}]}]}``,
    ``编 → 章 → 节 → 条`` trees of law databases, an article holding its ``paragraphs``/``items`` as nodes.

    >>> flat = _flattened_tree([{"type": "heading", "name": "第1章 總則", "level": 1, "children": [
    ...     {"type": "heading", "name": "第1節 法例", "level": 2, "children": [
    ...         {"type": "article", "no": "第1條", "content": "甲。", "children": []}]}]},
    ...     {"type": "article", "no": "第2條", "content": "乙：", "children": [{"content": "一、丙。"}]}])
    >>> flat
    [{'heading': '第1章 總則'}, {'heading': '第1節 法例'}, {'type': 'article', 'no': '第1條', 'content': '甲。'}, {'type': 'article', 'no': '第2條', 'content': '乙：\n一、丙。'}]
    >>> _flattened_tree([{"no": "第1條", "content": "甲。", "children": []}]) is None
    True
    """
    if not any(_child_lists(row) for row in rows):
        return None
    out: list[dict[str, Any]] = []
    stack: list[dict[str, Any]] = list(reversed(rows))
    seen = 0
    while stack:
        node = stack.pop()
        seen += 1
        if seen > MAX_TREE_NODES:
            return None
        children = [x for lst in _child_lists(node) for x in lst]
        own = {k: v for k, v in node.items() if not isinstance(v, (list, dict))}
        labelled = any(isinstance(v, str) and _ARTICLE_LABEL.match(v.strip()) for v in own.values())
        if not children or labelled:
            if children:  # an article holding its paragraphs or items as nodes: their texts join its own
                texts = [k for k, v in own.items() if isinstance(v, str) and not _ARTICLE_LABEL.match(v.strip())]
                key = max(texts, key=lambda k: (bool(_HAN.search(own[k])), len(own[k])), default=None)
                if key is None:
                    return None
                lines = [own[key]] if own[key].strip() else []
                below = list(reversed(children))
                while below:
                    child = below.pop()
                    seen += 1
                    if seen > MAX_TREE_NODES:
                        return None
                    value = child.get(key)
                    if not isinstance(value, str):
                        value = max((v for v in child.values() if isinstance(v, str)), key=len, default="")
                    if value.strip():
                        lines.append(value)
                    below.extend(reversed([x for lst in _child_lists(child) for x in lst]))
                own[key] = "\n".join(lines)
            out.append(own)
            continue
        heading = _node_heading(own)
        if heading is None:
            return None
        out.append({"heading": heading})
        stack.extend(reversed(children))
    return out


def _laws_in(items: list[Any]) -> _LawRows | None:
    """The article rows of a list of laws, each an object naming the law and holding its articles in one array
    (``[{"law_title": "某条例", "articles": [{"article_no": "第一条", "text": …}, …]}, …]``), or None when an item
    is no such law.  Each law's rows are read as its own page (:func:`law_pages`: the law's name changes, or its
    numbering starts again).

    >>> laws = _laws_in([{"title": "甲法", "articles": [{"no": "第一条", "text": "甲。"}]},
    ...                  {"title": "乙法", "articles": [{"no": "第一条", "text": "乙。"}]}])
    >>> [(row["law_name"], row["article_label"]) for row in laws.rows], laws.text_field
    ([('甲法', '第一条'), ('乙法', '第一条')], 'text')
    >>> _laws_in([{"title": "甲", "content": "乙"}]) is None
    True
    """
    rows: list[dict[str, Any]] = []
    fields: set[str] = set()
    for item in items:
        if not isinstance(item, dict):
            return None
        arrays = [k for k, v in item.items() if isinstance(v, list) and any(isinstance(x, dict) for x in v)]
        laws = [law for law in (_law_articles(item, k) for k in arrays) if law is not None]
        if len(laws) != 1:
            return None
        rows.extend(laws[0].rows)
        fields.add(laws[0].text_field)
    return _LawRows(rows, fields.pop()) if rows and len(fields) == 1 else None


#: The fields in which a law's text nodes give their place in the law (``sort``, ``position``), best first.
_NODE_ORDER_FIELDS: tuple[str, ...] = ("sort", "sort_no", "sortno", "order", "order_no", "orderno", "seq", "position",
                                       "排序", "顺序")
#: The fields of a law object that give its id, which its nodes name as their parent (``parentId``).
_NODE_ID_FIELDS: tuple[str, ...] = ("id", "_id", "law_id", "lawid")
#: A node field naming the node's parent.
_PARENT_FIELD = lazy_regex(r"^(?:parent|pid$|parent_?id$|law_?id$)", regex.I)
#: An article label at a line's start, with its number (``第二条``, ``第十三条　``).
_LINE_LABEL = lazy_regex(r"(?m)^[ \t\u3000]{0,4}第([0-9〇零一二三四五六七八九十百千]{1,8})[条條]")


def _law_of_nodes(law: dict[str, Any], key: str) -> _Rows | None:
    """One law held as an object naming it and a list of text nodes that each hold a piece of its text (an article,
    a chapter, an item ``二、…``), as a law site's node tree stores it: the law's one record, its text the nodes' texts
    joined in their order (a ``sort``/``position`` field, else the list's), its fields the object's own; None when
    the object is no such law.

    Real damage undone (field test 29, F29-E1): the 法考法条库 (Waynelee2001/lawdatas) stores each law as
    ``{"id": "1016", "name": "最高人民法院关于适用…的规定（一）", "content": [{"lawWebContent": "…第一条 …", "sort": 0,
    "parentId": "1016", …}, …]}``; every node was read as a document of its own (250 documents for 26 laws, no
    title).  The nodes are the law's when each names the object as its parent (``parentId`` = the object's ``id``),
    or when the article labels opening their lines run 第一条, 第二条… in order across them; a node carrying a title
    of its own is a document, not a part of a law.

    >>> whole = _law_of_nodes({"id": "7", "name": "某规定", "content": [
    ...     {"text": "第二条 乙。", "sort": 1, "parentId": "7"}, {"text": "某规定\\n第一条 甲。", "sort": 0, "parentId": "7"}]},
    ...     "content")
    >>> whole.rows, whole.text_field
    ([{'id': '7', 'name': '某规定', 'text': '某规定\\n第一条 甲。\\n第二条 乙。'}], 'text')
    >>> _law_of_nodes({"name": "某网站", "data": [{"text": "甲。"}, {"text": "乙。"}]}, "data") is None
    True
    >>> _law_of_nodes({"name": "某库", "data": [{"title": "甲法", "text": "第一条 甲。"}, {"title": "乙法", "text": "第二条 乙。"}]},
    ...               "data") is None
    True
    """
    name_key = _law_name_key(law)
    rows = law[key]
    if name_key is None or not _HAN.search(law[name_key]) or not rows or not all(isinstance(row, dict) for row in rows):
        return None
    if any(isinstance(row.get(k), str) and row[k].strip() for row in rows for k in row if k.lower() in _ROW_TITLE_FIELDS):
        return None
    field = _row_text_field(rows)
    if field is None or SECTIONS_JOIN in field or any(text_value(row.get(field)) is None for row in rows):
        return None
    order = next((k for name in _NODE_ORDER_FIELDS for k in rows[0] if field_spelling(k) == name), None)
    if order is not None and all(isinstance(row.get(order), int) and not isinstance(row.get(order), bool)
                                 or isinstance(row.get(order), str) and row[order].strip().isdigit() for row in rows):
        rows = sorted(rows, key=lambda row: int(row[order]))
    texts = [text_value(row[field]).strip("\r\n") for row in rows]
    own_id = next((law[k] for k in law if k.lower() in _NODE_ID_FIELDS and isinstance(law[k], (str, int))
                   and not isinstance(law[k], bool) and str(law[k]).strip()), None)
    parented = own_id is not None and any(
        all(str(row.get(k)) == str(own_id) for row in rows) for k in rows[0] if _PARENT_FIELD.match(k))
    if not parented and not _labels_in_order(texts):
        return None
    record = {k: v for k, v in law.items() if k != key and isinstance(v, (str, int, float)) and k != field}
    record[field] = "\n".join(texts)
    return _Rows([record], field)


def _labels_in_order(texts: list[str]) -> bool:
    """Whether the article labels opening lines of ``texts`` run 第一条, 第二条… in order across two texts or more
    (a number said again is an inserted article, 之一).

    >>> _labels_in_order(["某规定\\n第一条 甲。", "第二条 乙。\\n第三条 丙。"]), _labels_in_order(["第一条 甲。", "第一条 乙。"])
    (True, False)
    """
    from corpus_tools.numerals import parse_numeral

    numbers, holding = [], 0
    for text in texts:
        found = [parse_numeral(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
                 for m in _LINE_LABEL.finditer(text)]
        holding += bool(found)
        numbers.extend(found)
    return (holding >= 2 and bool(numbers) and numbers[0] == 1 and None not in numbers
            and all(b in (a, a + 1) for a, b in zip(numbers, numbers[1:])) and numbers[-1] > 1)


def _composed_label(number: int) -> str:
    """The label composed for an article a row numbers with bare digits: ``第十二条``, as the articles table
    writes it (:func:`corpus_tools.structure.numerals.article_label`).

    Real damage undone (field test 21, F21-C3; the lead's decision): the text of flk.npc.gov.cn's seeds read
    ``第1条 为了调整海上运输关系…``, a label form the law never prints, while the articles table said ``第一条``.

    >>> _composed_label(1), _composed_label(12), _composed_label(105)
    ('第一条', '第十二条', '第一百零五条')
    """
    from corpus_tools.numerals import article_label as normalised_label

    return normalised_label(number)


def article_label(value: Any) -> str | None:
    """The label an article-number field gives (``第1条`` as written; a bare number ``12`` is ``第十二条``,
    :func:`_composed_label`), or None.

    >>> article_label("第1条"), article_label(" 第十条之一 "), article_label(12), article_label("Art. 1"), article_label(True)
    ('第1条', '第十条之一', '第十二条', None, None)
    """
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    value = str(value).strip()
    if _ARTICLE_LABEL.match(value):
        return value
    if _ARTICLE_NUMBER.match(value) and int(value) > 0:
        return _composed_label(int(value))
    return None


def _field_named(fields: dict[str, Any], names: tuple[str, ...]) -> str | None:
    lower = {key.lower(): key for key in fields}
    return next((lower[name] for name in names if name in lower), None)


def law_pages(records: list[Record]) -> list[Record]:
    """``records`` with each run of one law's article records read as one page: a crawl of statutes that
    stores one *article* per record (vickywu97's ``{"law_code": "COMPANY_LAW", "article_number": "第1条",
    "content": "为了规范…"}``) gave an untitled page of no article per record, 562 of them, the label
    only in a metadata field (review10 F5).  A run is the records one after another that name the same
    law and an article number that reads as a label (:func:`article_label`); its page is named after its
    first record, its text is each article's label and text, one article a line (a text that opens with
    its label is not labelled again), its fields those every record of the run shares.  A record without
    a law or a label, or whose text is no page, stays a page of its own.

    >>> run = [Record(f"s.jsonl#00000{n}", n, text, {"law_code": "COMPANY_LAW", "article_number": f"第{n}条", "id": n})
    ...        for n, text in ((1, "为了规范公司的组织和行为，制定本法。"), (2, "本法所称公司，是指有限责任公司和股份有限公司。"))]
    >>> (page,) = law_pages(run)
    >>> page.name, page.last, page.fields, page.text.splitlines()[1]
    ('s.jsonl#000001', 2, {'law_code': 'COMPANY_LAW'}, '第2条 本法所称公司，是指有限责任公司和股份有限公司。')
    """
    if (len(records) < 2 and not (records and _HEADINGS_KEY in records[0].fields)) or not any(
            isinstance(r.fields, dict) and _field_named(r.fields, ARTICLE_FIELDS) for r in records[:50]):
        return [_without_headings(record) for record in records]  # (a file's first records tell whether it holds
        # articles: most files hold none)
    out: list[Record] = []
    run = _Run()

    def close() -> None:
        nonlocal run
        if len(run.items) < 2 and not (run.items and _HEADINGS_KEY in run.items[0][0].fields):  # (a law object's one article)
            out.extend(_without_headings(record) for record, _, _ in run.items)
        else:
            out.append(_law_page([record for record, _, _ in run.items], [label for _, label, _ in run.items]))
        run = _Run()

    for record in records:
        law_key = _field_named(record.fields, LAW_FIELDS) if record.problem is None else None
        number_key = _field_named(record.fields, ARTICLE_FIELDS) if record.problem is None else None
        law = record.fields.get(law_key) if law_key else None
        label = article_label(record.fields.get(number_key)) if number_key else None
        if label is None or not isinstance(law, str) or not law.strip() or not (record.text or "").strip():
            close()
            out.append(_without_headings(record))
            continue
        if run.ends_before(record, label, law):
            close()
        run.add(record, label, law)
    close()
    return out


def _without_headings(record: Record) -> Record:
    """A record read as a page of its own: the headings composed for its law's page are no field of it."""
    if _HEADINGS_KEY not in record.fields:
        return record
    return replace(record, fields={k: v for k, v in record.fields.items() if k != _HEADINGS_KEY})


def _label_number(label: str) -> int | None:
    """The article number of a label (``第十二条之一`` reads 12, Taiwan's ``第 17-4 條`` 17).

    >>> _label_number("第十二条之一"), _label_number("第3条"), _label_number("第 17-4 條"), _label_number("Article 5")
    (12, 3, 17, 5)
    """
    from corpus_tools.numerals import parse_numeral

    if label.startswith("Article"):
        return int(label.split()[1].split("-")[0])
    return parse_numeral("".join(label[1:].split("条")[0].split("條")[0].split("-")[0].split()))


class _Run:
    """The records of one law being gathered into a page, with its size kept as it grows (each record is
    looked at once: linear in the file)."""

    def __init__(self) -> None:
        self.items: list[tuple[Record, str, Any]] = []  # (record, label, law)
        self.size = 0

    def add(self, record: Record, label: str, law: Any) -> None:
        self.items.append((record, label, law))
        self.size += len(record.text or "") + len(label) + 2

    def ends_before(self, record: Record, label: str, law: Any) -> bool:
        """Whether ``record`` starts another page rather than going on with this run: another law, an
        article number that is not later than the last one (a second version or a second crawl of the
        law starts again at 第1条: review 11, F2, two 公司法 versions read as one page with 第1条 twice), or a
        page that would pass the page limit (review 11, F3: the whole law was rejected as too large; the next page goes on
        with the law).

        >>> run = _Run()
        >>> for n in (1, 2):
        ...     run.add(Record(f"s#{n}", n, "为了。", {"law": "公司法", "no": f"第{n}条", "v": "2018"}), f"第{n}条", "公司法")
        >>> later = lambda label, v: run.ends_before(Record("s#3", 3, "为了。", {"law": "公司法", "no": label, "v": v}), label, "公司法")
        >>> later("第3条", "2018"), later("第1条", "2023"), later("第2条", "2018")
        (False, True, True)

        (A field that changes within one law's run is no boundary: vickywu97's records of one text carry
        their own ``source_url``, ``notes`` and access dates.)
        """
        if not self.items:
            return False
        _, last_label, last_law = self.items[-1]
        if last_law != law:
            return True
        before, now = _label_number(last_label), _label_number(label)
        if before is not None and now is not None and (now < before or now == before and label == last_label):
            return True
        return self.size + len(record.text or "") + len(label) + 2 > MAX_PAGE_CHARS


def _gazette_label(label: str) -> str | None:
    """The label of Taiwan's law database (``第 12-1 條``, with blanks or a hyphen) as its printed gazette writes it
    (``第12條之1``), or None for any other label.

    As the database's XML is read (:func:`corpus_tools.law_xml.article_label`): written as the database gives it,
    ``第 12-1 條（刪除）`` and ``第 49-3 條 第四十九條之一第一項事件…`` were read as no label, the article glued to the one
    before (行政訴訟法 378 articles of 390, field test 16b, F16B-I1).

    >>> _gazette_label("第 12-1 條"), _gazette_label("第 3 條"), _gazette_label("第3条"), _gazette_label("第十條之一")
    ('第12條之1', '第3條', None, None)
    """
    if " " not in label and "-" not in label:
        return None
    from corpus_tools.law_xml import article_label as database_label

    return database_label(label)


#: An article label opening a row's text (``第1条``, ``第十二条之一``), the text's own.
_LEADING_LABEL = lazy_regex(r"^第[ \t]{0,2}[0-9０-９〇零一二三四五六七八九十百千]{1,8}[ \t]{0,2}[条條](?:之[一二三四五六七八九十]{1,3})?")


def _opens_with_label(text: str, label: str) -> bool:
    """Whether ``text`` opens with its article's ``label``, written as the label is or in the other numerals
    (a row numbered ``1`` whose text opens ``第1条``: the label composed is ``第一条``, :func:`_composed_label`).
    As with the label's own spelling, a label without 之一 is opened by the text's ``第1条之一`` too.

    >>> _opens_with_label("第1条 为了。", "第一条"), _opens_with_label("第一条 为了。", "第一条"), _opens_with_label("第2条 为了。", "第一条")
    (True, True, False)
    >>> _opens_with_label("第1条 为了。", "第一条之一"), _opens_with_label("第12条 为了。", "第一条"), _opens_with_label("为了。", "第一条")
    (False, False, False)

    A text that opens by citing an article is not its label (field test 24, F24-C1: Taiwan's law database gives
    ``第 38-3 條`` the text ``第三十八條之物及第三十八條之一之犯罪所得…``, and 刑法's 38-3, 319-5 and 319-6 were glued
    to the article before): the database's inserted number (``-3``) must be the text's 之三, and a label the text
    goes on citing from (``之物``, ``之規定``, ``第一項``, ``至前條``) is a citation.

    >>> _opens_with_label("第三十八條之物及第三十八條之一之犯罪所得之所有權…", "第 38-3 條")
    False
    >>> _opens_with_label("第三百十九條之一至前條性影像之附著物…", "第 319-5 條")
    False
    >>> _opens_with_label("第二條之一所定之物，沒收之。", "第 2 條"), _opens_with_label("第三條之規定，自公布日施行。", "第 3 條")
    (False, False)
    >>> _opens_with_label("第十二條之一 為了。", "第 12-1 條"), _opens_with_label("第三条之规定", "第三条")
    (True, False)
    """
    if text.startswith(label):
        return not _cites_on(text, len(label))
    own = _LEADING_LABEL.match(text)
    if own is None:
        return False
    number = _label_number(own.group())
    if number is None or number != _label_number(label) or _cites_on(text, own.end()):
        return False
    inserted, said = _inserted_number(own.group()), _inserted_number(label)
    return said is None or inserted == said


#: What follows a label that a sentence cites rather than an article's own label: ``第三條之規定``, ``第三條第一項``,
#: ``第二條、第三條``, ``第一條至前條``, ``第二條所定``, ``第三条的规定``.
_CITATION_GOES_ON = lazy_regex(r"之(?![一二三四五六七八九十])|[第、及至所的或和与與暨并並规規]")
_HYPHEN_INSERTED = lazy_regex(r"-[ \t]{0,2}([0-9]{1,3})")


def _cites_on(text: str, end: int) -> bool:
    """Whether the label ending at ``end`` goes on as a citation (``之規定``, ``第一項``) instead of ending."""
    return _CITATION_GOES_ON.match(text, end) is not None


def _inserted_number(label: str) -> int | None:
    """The inserted article's number a label gives (``第十二条之一`` 1, Taiwan's ``第 17-4 條`` 4), or None.

    >>> _inserted_number("第十二条之一"), _inserted_number("第 17-4 條"), _inserted_number("第3条")
    (1, 4, None)
    """
    from corpus_tools.numerals import parse_numeral

    zhi = _ZHI.search(label)
    if zhi is not None:
        return parse_numeral(zhi.group()[1:])
    hyphen = _HYPHEN_INSERTED.search(label)
    return int(hyphen.group(1)) if hyphen is not None else None


def _law_page(run: list[Record], labels: list[str]) -> Record:
    first = run[0]
    lines = []
    for record, label in zip(run, labels):
        lines.extend(record.fields.get(_HEADINGS_KEY, ()))  # the 编/章/节 its row's path opens (:func:`_headings_before`)
        text = (record.text or "").strip()
        inserted = _ZHI.search(label)
        gazette = _gazette_label(label)
        if _opens_with_label(text, label):
            lines.append(text)
        elif inserted and inserted.end() == len(label) and text.startswith(inserted.group()):
            lines.append(label[:inserted.start()] + text)  # ``之一　已满七十五周岁…`` after 第17条: 第17条之一　已满…
        elif gazette is not None:
            lines.append(f"{gazette}\u3000{text}")
        else:
            lines.append(f"{label} {text}")
    shared = {key: value for key, value in first.fields.items()
              if key != _HEADINGS_KEY and all(key in r.fields and r.fields[key] == value for r in run[1:])}
    return Record(first.name, first.number, "\n".join(lines), shared, first.text_field, last=run[-1].number)


# --------------------------------------------------------------------------- a document's chunk records

#: The document a chunk belongs to, as chunk dumps name it (electricity-policy-rag's ``资料编号``).
DOCUMENT_ID_FIELDS: tuple[str, ...] = ("doc_id", "document_id", "docid", "source_id", "parent_id", "file_id", "资料编号",
                                       "文档编号", "文档id", "文档ID", "文件编号", "原文编号")
#: A chunk's place in its document, counted 1, 2, 3… (``切片序号``, ``chunk_index``).
#: Only a field named for chunks counts: a row counter (``seq_no``, ``序号``) numbers records, not a document's chunks
#: (review 13, R13-F17: three laws numbered ``seq_no`` 1, 2, 3 were read as one).
CHUNK_NUMBER_FIELDS: tuple[str, ...] = ("chunk_index", "chunk_no", "chunk_num", "chunk_number", "chunk_seq", "chunk_order",
                                        "chunk_id", "切片序号", "片段序号", "分块序号", "切片顺序", "chunk序号")
#: The fields that title a chunk's document (electricity-policy-rag's ``文件标题``): the chunks of one document share it.
CHUNK_TITLE_FIELDS: tuple[str, ...] = ("title", "doc_title", "document_title", "文件标题", "文档标题", "资料标题", "标题",
                                       "文件名称", *(key for key, value in FIELD_KEYS.items() if value == "title"))
_CHUNK_NUMBER = lazy_regex(r"^[0-9]{1,6}$")
#: A document id that names no document: a dump's placeholder for "none" (``文件编号: "无"`` on a local text
#: without 文号, review 13, R13-F17), which every record of the file may carry.
_NO_ID = lazy_regex(r"^(?:无|無|暂无|暫無|空|不详|[-—–/\\_.·*]+|null|none|nil|nan|n/?a|0+)$", regex.I)


def _document_id(value: Any) -> str | int | None:
    """The document a chunk names (``"AUTO-1"``, ``7``), or None for no id or a placeholder.

    >>> _document_id("AUTO-1"), _document_id(7), [_document_id(v) for v in ("无", "—", "N/A", "null", 0, "", " ", True)]
    ('AUTO-1', 7, [None, None, None, None, None, None, None, None])
    """
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    return None if not text or _NO_ID.match(text) else value


def _chunk_number(value: Any) -> int | None:
    """A chunk's number (``"3"``, ``3``), or None.

    >>> _chunk_number("3"), _chunk_number(0), _chunk_number("3a"), _chunk_number(True)
    (3, 0, None, None)
    """
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    value = str(value).strip()
    return int(value) if _CHUNK_NUMBER.match(value) else None


#: A chunker's overlap between two chunks shorter than this is no evidence of one (a seam may well repeat a word).
_MIN_OVERLAP = 20
#: How far back into a chunk its overlap with the next one is looked for.
_OVERLAP_REACH = 2_000


def _seam_overlap(before: str, after: str) -> int:
    """How many characters ``after`` opens with that ``before`` ends with (a chunker's overlap window,
    at least :data:`_MIN_OVERLAP`), else 0.

    >>> _seam_overlap("第一条 为了规范电力市场注册管理，制定本规则。第二条 本规则所称", "为了规范电力市场注册管理，制定本规则。第二条 本规则所称电力市场包含现货。")
    28
    >>> _seam_overlap("国家能源局关于印发", "《电力市场注册基本规则》的通知")
    0
    """
    head = after[:_MIN_OVERLAP]
    if len(head) < _MIN_OVERLAP:
        return 0
    tail_start = max(0, len(before) - _OVERLAP_REACH)
    at = before.find(head, tail_start)
    while at >= 0:
        if after.startswith(before[at:]):
            return len(before) - at
        at = before.find(head, at + 1)
    return 0


def chunk_pages(records: list[Record]) -> list[Record]:
    """``records`` with each run of one document's chunk records read as one page: a RAG pipeline's dump
    stores a document as chunks, one per record (electricity-policy-rag's ``{"资料编号": "AUTO-…", "切片序号":
    "1", "文件标题": …, "正文片段": …}``), and each chunk became a document of its own carrying the whole
    document's title and 文号 (field test 13, F13-C4: 国能发监管规〔2024〕76号 as five documents, its 第一条 in
    one, 第二条 and 第三条 in another).  What a user of the dataset expects is the document: one page, its
    chunks in order.

    A run is the records one after another that name the same document and number their chunks
    n, n+1, n+2…; its page is named after its first record (its metadata says which records it holds),
    its text is the chunks one after another, one line break between them, a chunker's overlap window
    (the next chunk opening with the last characters of the one before: :func:`_seam_overlap`) kept once;
    its fields those every chunk shares.  A record without a document id or a number, a number out of
    sequence, or a text that is no page, ends the run; a run of one record stays as it is.  A placeholder id
    (``无``, ``-``, ``N/A``: :func:`_document_id`) is none, only a field named for chunks numbers them (not
    ``seq_no``), and records that carry a title (``文件标题``) are one document's only under the same title
    (review 13, R13-F17: three laws with ``文件编号: "无"`` and ``seq_no`` 1, 2, 3 became one document).

    >>> run = [Record(f"k.jsonl#00000{n}", n, text, {"资料编号": "AUTO-1", "切片序号": str(n), "文件标题": "某规则"})
    ...        for n, text in ((1, "第一条 为了规范，制定本规则。"), (2, "第二条 本规则适用于全国。"))]
    >>> (page,) = chunk_pages(run)
    >>> page.name, page.last, page.fields, page.text
    ('k.jsonl#000001', 2, {'资料编号': 'AUTO-1', '文件标题': '某规则'}, '第一条 为了规范，制定本规则。\\n第二条 本规则适用于全国。')
    >>> [r.name for r in chunk_pages(run[::-1])]  # out of sequence: pages of their own
    ['k.jsonl#000002', 'k.jsonl#000001']
    >>> laws = [Record(f"r.jsonl#00000{n}", n, f"{t}\\n第一条 某。", {"文件编号": "无", "chunk_index": n, "title": t})
    ...         for n, t in ((1, "甲市养犬管理条例"), (2, "乙市物业管理条例"))]
    >>> len(chunk_pages(laws)), len(chunk_pages([replace(r, fields={**r.fields, "文件编号": "A"}) for r in laws]))
    (2, 2)
    """
    if len(records) < 2 or not any(isinstance(r.fields, dict) and _field_named(r.fields, CHUNK_NUMBER_FIELDS)
                                   and _field_named(r.fields, DOCUMENT_ID_FIELDS) for r in records[:50]):
        return records  # (a file's first records tell whether it holds chunks: most files hold none)
    out: list[Record] = []
    run: list[Record] = []
    size = 0  # the run's page size so far (each record is looked at once: linear in the file)
    last_key: tuple[Any, Any, int] | None = None  # (document id, title, chunk number) of the run's last record

    def close() -> None:
        nonlocal size
        if len(run) < 2:
            out.extend(run)
        else:
            out.append(_chunks_page(run))
        run.clear()
        size = 0

    for record in records:
        id_key = _field_named(record.fields, DOCUMENT_ID_FIELDS) if record.problem is None else None
        number_key = _field_named(record.fields, CHUNK_NUMBER_FIELDS) if record.problem is None else None
        document = _document_id(record.fields.get(id_key)) if id_key else None
        number = _chunk_number(record.fields.get(number_key)) if number_key else None
        if number is None or document is None or not (record.text or "").strip():
            close()
            last_key = None
            out.append(record)
            continue
        title_key = _field_named(record.fields, CHUNK_TITLE_FIELDS)
        title = record.fields.get(title_key) if title_key else None
        title = title.strip() if isinstance(title, str) else title
        if last_key != (document, title, number - 1) or size + len(record.text or "") + 1 > MAX_PAGE_CHARS:
            close()  # another document, a chunk out of sequence, or a page past the page limit
        run.append(record)
        size += len(record.text or "") + 1
        last_key = (document, title, number)
    close()
    return out


def _chunks_page(run: list[Record]) -> Record:
    first = run[0]
    pieces = [run[0].text or ""]
    for before, after in zip(run, run[1:]):
        text = after.text or ""
        pieces.append(text[_seam_overlap(before.text or "", text):])
    shared = {key: value for key, value in first.fields.items()
              if all(key in r.fields and r.fields[key] == value for r in run[1:])}
    return Record(first.name, first.number, "\n".join(pieces), shared, first.text_field, last=run[-1].number)


# --------------------------------------------------------------------------- records as pages

#: A text field named after its record's title field: ``Policy_Content`` holds the text of the ``Policy``.
_CONTENT_OF = lazy_regex(r"^(?P<stem>.+?)[_\s-]*(?:content|text|正文|内容|全文)$", regex.I)


def _title_field_of(fields: dict[str, Any], text_field: str) -> str | None:
    """The field that titles a text field named after it (GCCMPD's ``Policy`` for ``Policy_Content``:
    28 of its 103 records lost their title, review10 F9), or None.

    >>> _title_field_of({"Policy": "国务院关于促进稀土行业持续健康发展的若干意见", "Year": "2011"}, "Policy_Content")
    'Policy'
    >>> _title_field_of({"Year": "2011"}, "Policy_Content"), _title_field_of({"Policy": "x"}, "content")
    (None, None)
    """
    match = _CONTENT_OF.match(text_field)
    if match is None:
        return None
    stem = match["stem"].lower()
    return next((key for key, value in fields.items() if key.lower() == stem and isinstance(value, str)
                 and len(value.strip()) <= _MAX_TITLE_CHARS and "\n" not in value.strip()), None)


#: A title field's value is one line of at most this many characters (a longer one is a second text).
_MAX_TITLE_CHARS = 200


#: A question-and-answer record's fields: a QA or RAG dump (LawBench's ``instruction``/``question``/``answer``,
#: lawyer-llama's ``instruction``/``input``/``output``, a chat dump's ``prompt``/``completion``) names one field of
#: each kind.  Its text is one exchange, not a page of a law: its lines are the writer's, never a layout's wraps.
_QUESTION_FIELDS = frozenset({"question", "questions", "query", "instruction", "prompt", "input", "问题", "提问", "问",
                              "问句", "咨询", "咨询内容", "問題", "提問"})
_ANSWER_FIELDS = frozenset({"answer", "answers", "output", "response", "completion", "reply", "target", "答案", "回答",
                            "答复", "答", "回复", "解答", "回覆", "答覆"})


def is_qa_record(field_names: Iterable[str]) -> bool:
    """Whether a record is a question-and-answer item of a QA or RAG dump: its field names (the text field's
    among them) name a question field and an answer field (:data:`_QUESTION_FIELDS`, :data:`_ANSWER_FIELDS`, case
    and blanks aside), whichever of them is the text.

    Real case: lawyer-llama's 法考 items (``{"input", "instruction", "output"}``, field test 18 F18-S3) hold a stem, a
    statement and an instruction one a line; hard_wraps read the statement's comma as a cut clause and joined it to
    the instruction (``…并非必须采用书面形式请给出详细的推理过程…``: 1,176 of 2,000 items).  The lead's decision
    (session 19): such dumps get the character rules, no line-structure rule.

    >>> is_qa_record({"instruction": "下列说法正确吗？", "question": "甲的行为", "answer": "正确"})
    True
    >>> is_qa_record({"Input": "", "Instruction": "…", "Output": "…"}), is_qa_record({"问题": "…", "回答": "…"})
    (True, True)
    >>> is_qa_record({"title": "某某办法", "content": "第一条"}), is_qa_record({"question_id": 7, "content": "第一条"})
    (False, False)
    """
    names = {"".join(str(name).split()).lower() for name in field_names}
    return bool(names & _QUESTION_FIELDS) and bool(names & _ANSWER_FIELDS)


#: The fields of a web-crawl record whose text is a page's extracted blocks, one a line: CCNet's (``nlines``,
#: ``original_nlines``, ``line_ids``: which of the page's lines were kept; ``cc_segment``: the Common Crawl file)
#: and a WARC/WET record's own (``warc_record_id``...).  ChineseWebText's ``raw_content`` is such a text.
_WEB_BLOCK_FIELDS = frozenset({"nlines", "original_nlines", "line_ids", "cc_segment", "warc_record_id", "warc_id",
                               "warc_target_uri", "warc_date", "wet_record_id"})
#: Text fields that name a web page's extracted lines (CCNet's ``raw_content``).
_WEB_BLOCK_TEXT_FIELDS = frozenset({"raw_content"})


def is_web_blocks_record(field_names: Iterable[str], text_field: str) -> bool:
    """Whether a record's text is a web page's extracted blocks, one a line, not wrapped lines: its text field is
    CCNet's ``raw_content`` or its fields say which of a crawled page's lines it kept (:data:`_WEB_BLOCK_FIELDS`).

    Real damage (field test 19, precf19b's leftover): ChineseWebText's CCNet records (``url``, ``nlines``,
    ``line_ids``, ``cc_segment``, ``raw_content``...) hold one HTML block a line; hard_wraps read lines of one length
    as a wrap width and joined 77 pairs on 20 of 100 pages (a headline to its first sentence, a list of football tips
    at a "width" of 25).  Such a record's lines are read as an HTML page's: no join from line-length evidence alone.

    >>> is_web_blocks_record({"url", "nlines", "line_ids", "title"}, "raw_content")
    True
    >>> is_web_blocks_record({"url", "cc_segment"}, "text"), is_web_blocks_record({"url", "title"}, "content")
    (True, False)
    """
    names = {"".join(str(name).split()).lower() for name in field_names}
    return "".join(text_field.split()).lower() in _WEB_BLOCK_TEXT_FIELDS or bool(names & _WEB_BLOCK_FIELDS)


#: Metadata that is text: a record's number or boolean under one of these names is left out.
_TEXT_KEYS = frozenset({"title", "meta_title", "issuer", "author", "office", "publisher", "doc_number", "文号", "发文字号",
                        "url", "source_url", "source", "status", "meta_source"})


def record_metadata(fields: dict[str, Any], text_field: str) -> dict[str, Any]:
    """A record's fields as a page's metadata, read as YAML front matter is
    (:func:`corpus_tools.structure.metadata.front_matter`).

    Scalar fields are kept under their names; a crawl's own names for what front matter
    reads get the front-matter key too (:data:`FIELD_KEYS`: ``urlsource`` is ``url``,
    ``date`` ``meta_published``); Chinese labels of a metadata box (``发文机关``, ``发布日期``:
    :data:`corpus_tools.html_meta.LABELS`) go into ``info_box`` as an HTML page's box does, a
    ``来源``/``原文链接`` that is an address is ``url``.  Lists, objects and fields longer than
    :data:`MAX_FIELD_CHARS` are left out; ``crawl_record`` names the text field and what was left out.

    >>> meta = record_metadata({"urlsource": "http://zyj.beijing.gov.cn/sy/tzgg/202101/t20210106_2199930.html",
    ...     "title": "北京市中医管理局2020年度绩效管理工作自查情况", "date": "2021-01-06",
    ...     "source": "北京市中医管理局", "attachment": []}, "article")
    >>> meta["url"], meta["meta_published"], meta["source"], meta["crawl_record"]
    ('http://zyj.beijing.gov.cn/sy/tzgg/202101/t20210106_2199930.html', '2021-01-06', '北京市中医管理局', {'text_field': 'article', 'left_out': ['attachment']})
    >>> record_metadata({"发文机关": "国务院", "发布日期": "2016-12-01", "来源": "https://www.gov.cn/a.htm"}, "正文")["info_box"]
    {'fields': {'issuer': '国务院', 'published': '2016-12-01'}}
    """
    metadata: dict[str, Any] = {}
    box: dict[str, str] = {}
    aliases: dict[str, Any] = {}
    left_out: list[str] = []
    for key, value in fields.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if (not isinstance(value, (str, int, float, bool)) or (isinstance(value, str) and len(value) > MAX_FIELD_CHARS)
                or (isinstance(value, float) and not math.isfinite(value))  # NaN is no JSON
                or (not isinstance(value, str) and (key.lower() in _TEXT_KEYS or FIELD_KEYS.get(key.lower()) in _TEXT_KEYS))):
            left_out.append(key)  # (a number or a boolean is no title, issuer or 文号: ``{"title": 123}``, review10)
            continue
        if isinstance(value, str):
            value = without_surrogates(value)  # a ``\\udfff`` escape: no character (review10)
        key = without_surrogates(key)
        metadata[key] = value
        label = "".join(key.split())
        address = isinstance(value, str) and value.strip().lower().startswith(("http:", "https:"))
        canonical = FIELD_KEYS.get(field_spelling(key))  # (``網址`` as ``网址``)
        if key.lower() in _INDEX_FIELDS and isinstance(value, str) and _INDEX_NUMBER.match(value.strip()):
            box.setdefault("index_no", value.strip())
        elif canonical == "url" or (label in ("来源", "原文链接", "原文地址", "链接") and address):
            if address:
                aliases.setdefault("url", value.strip())
        elif canonical is not None:
            aliases.setdefault(canonical, value)
        elif field_spelling(label) in html_meta.LABELS and isinstance(value, str):  # (``標題``, ``文號`` as 标题, 文号: F25-D1)
            box.setdefault(html_meta.LABELS[field_spelling(label)], value.strip())
    titled_by = _title_field_of(metadata, text_field)
    if titled_by is not None:
        aliases.setdefault("title", metadata[titled_by].strip())
    for key, value in aliases.items():
        if not any(k.lower() == key for k in metadata):
            metadata[key] = value
    if box:
        metadata["info_box"] = {"fields": box}
    metadata["crawl_record"] = {"text_field": text_field, **({"left_out": left_out} if left_out else {}),
                                **({"qa_record": True} if is_qa_record([*fields, text_field]) else {}),
                                **({"web_blocks": True} if is_web_blocks_record(fields, text_field) else {})}
    return metadata


def record_page(record: Record, codec: str, *, max_line_chars: int = MAX_LINE_CHARS) -> RawPage:
    """The page of one record, or IngestError naming the record's page.

    The text is read as a page's is (:func:`corpus_tools.ingest.ingest_bytes`, with every
    limit), as HTML when its field is named so, or it opens with an HTML tag or is full of them; the record's
    fields are its metadata (:func:`record_metadata`), over what its text declares.

    >>> page = record_page(Record("input.json#000001", 1, "<div><p>　　一、总体情况</p></div>", {"title": "自查情况"},
    ...                           "article"), "utf-8")
    >>> page.format, page.text, page.metadata["title"]
    ('html', '\\u3000\\u3000一、总体情况\\n', '自查情况')
    """
    if record.problem is not None:
        raise IngestError(record.name, record.problem[1], record.problem[0])
    # A lone surrogate (``\\ud83d``: a crawler cut a string inside an emoji's or a rare character's pair) is a
    # character lost, as U+FFFD says (invisible_chars removes it with a warning): it refused the whole record
    # as undecodable bytes (enc18).
    text = without_surrogates(record.text or "")
    if not text.strip():
        raise IngestError(record.name, f"record {record.number}'s text field {record.text_field!r} is empty", "empty")
    as_html = (bool(_HTML_FIELD.search(record.text_field)) or bool(_OPENS_WITH_TAG.match(text))
               or len(_HTML_MARKUP.findall(text[:20_000])) >= _HTML_MARKUP_MIN)
    page = ingest_bytes(text.encode("utf-8", "surrogatepass"), record.name, max_line_chars=max_line_chars,
                        encoding="utf-8", as_format="html" if as_html else None)
    declared = dict(page.metadata)
    metadata = record_metadata(record.fields, record.text_field)
    if record.read_as:  # the file is no JSON document: how it was read instead (F23-E1)
        metadata["crawl_record"]["read_as"] = record.read_as
    if record.read_over:  # which field was read, and which copy of the same text was not (F23-C2)
        metadata["crawl_record"]["read_over"] = record.read_over
    if record.line_blocks and not as_html:  # a list of one-line paragraphs: each line a block of the record (F25-A2)
        metadata["crawl_record"]["line_blocks"] = True
    if record.last:  # a law's article records or a document's chunks (:func:`law_pages`, :func:`chunk_pages`): which records
        metadata["crawl_record"]["records"] = [record.number, record.last]
    if "info_box" in declared and "info_box" in metadata:
        metadata["info_box"] = {**declared["info_box"], "fields": {**declared["info_box"].get("fields", {}),
                                                                   **metadata["info_box"]["fields"]}}
    title_key = next((key for key in metadata if key.lower() == "title" and isinstance(metadata[key], str)), None)
    if title_key is not None:  # a list page's title: its markup and its cut (F23-D5)
        metadata[title_key] = record_title(metadata[title_key], page.text)
    split_title = title_split_lines(page.text, metadata.get("title"))
    if split_title is not None:  # joined by hard_wraps, with an edit (corpus_tools.clean.split_titles)
        metadata["split_title"] = {"lines": list(split_title), "evidence": "the record's title field"}
    # a declared 文号/issuer that is none (a basis ``（依据…）``, a repost credit) is not taken (F10-J1)
    return replace(page, encoding=codec, metadata=set_apart_misfits({**declared, **metadata}))


#: An element's tag in a title field (``<span>…</span>``): ASCII names only, never a title's own ``<…>`` marks
#: (``《关于修改<中华人民共和国治安管理处罚法>的决定》``).
_TITLE_TAG = lazy_regex(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>\n]{0,300})?/?>")
#: The end a list page gives a title it cut to its column's width (``…并网运...``).
_LIST_CUT = lazy_regex(r"(?:\.{3,6}|…{1,2})$")
#: How many of a record's first lines are looked at for the whole of a cut title.
_UNCUT_LINES = 6


def record_title(title: str, text: str) -> str:
    r"""A record's title as the page shows it: without the element tags a crawler copied from the list page, and
    whole where the list page cut it (``...``) and the text's head holds it whole.

    Real damage (field test 23, F23-D5): 22 of 24 records of hunb.nea.gov.cn's crawl give their title as the list
    page's link, ``<span>国家能源局湖南监管办公室关于印发《湖南电网风电场、光伏电站并网运...</span>``; the documents kept
    the tags and the cut, while the page's first line holds the whole title.

    >>> text = "国家能源局湖南监管办公室关于印发《湖南电网风电场、光伏电站并网运行管理实施细则》的通知\n2024-12-24 16:04\n各有关单位：\n"
    >>> record_title("<span>国家能源局湖南监管办公室关于印发《湖南电网风电场、光伏电站并网运...</span>", text)
    '国家能源局湖南监管办公室关于印发《湖南电网风电场、光伏电站并网运行管理实施细则》的通知'
    >>> record_title("<span>2025年电力业务许可证问答手册</span>", "正文")
    '2025年电力业务许可证问答手册'

    A title's own marks, and a cut no line of the text completes, are kept:

    >>> record_title("《关于修改<中华人民共和国治安管理处罚法>的决定》", ""), record_title("关于印发《某某细则...", "另一标题\n")
    ('《关于修改<中华人民共和国治安管理处罚法>的决定》', '关于印发《某某细则...')
    """
    if "<" in title and _TITLE_TAG.search(title):
        bare = html_lib.unescape(_TITLE_TAG.sub("", title)).strip()
        title = bare or title
    cut = _LIST_CUT.search(title)
    if cut is None:
        return title
    head = "".join(title[:cut.start()].split())
    if len(head) < 8:
        return title
    for line in text.split("\n", _UNCUT_LINES)[:_UNCUT_LINES]:
        line = line.strip()
        squeezed = "".join(line.split())
        if len(squeezed) > len(head) and squeezed.startswith(head) and len(line) <= _MAX_TITLE_CHARS:
            return line
    return title


#: How many of a record's first lines are looked at for its title broken in two.
_TITLE_LINES_REACH = 4


def title_split_lines(text: str, title: Any) -> tuple[str, str] | None:
    """The two lines of ``text`` (blanks aside) that are the record's title the site's page broke in two, or None.

    Real damage (field test 17 F17-L1): moe.gov.cn's records (l317048418-ctrl/zhengcegzt) give the title whole
    (``"title": "关于印发《关于进一步加强中等职业教育师资培养培训基地建设的意见》的通知"``) and the page's text with the
    title broken inside its 《》: ``关于印发《关于进一步加强中⏎等职业教育师资培养培训基地建设的意见》的通知``.  The
    ``hard_wraps`` rule joins the two lines with an edit (:mod:`corpus_tools.clean.split_titles`); session 18 joined
    them here and the text changed with no edit recording it.

    **Evidence**: among the text's first :data:`_TITLE_LINES_REACH` lines, two in a row that, blanks aside, are the
    record's title when joined, and neither alone is.

    >>> title_split_lines("关于印发《关于加强中\\n等职业教育的意见》的通知\\n教职成〔2000〕9号\\n", "关于印发《关于加强中等职业教育的意见》的通知")
    ('关于印发《关于加强中', '等职业教育的意见》的通知')
    >>> title_split_lines("某某通知\\n正文。\\n", "某某通知"), title_split_lines("甲\\n乙\\n", None)
    (None, None)
    """
    if not isinstance(title, str) or len(title) < 4 or "\n" not in text:
        return None
    key = "".join(title.split())
    lines = text.split("\n", _TITLE_LINES_REACH + 1)
    for k in range(min(_TITLE_LINES_REACH, len(lines) - 1)):
        first, second = "".join(lines[k].split()), "".join(lines[k + 1].split())
        if first and second and first != key and second != key and first + second == key:
            return first, second
    return None


# --------------------------------------------------------------------------- files as pages

def sources_of(path: Path, root: Path, *, text_field: str | None = None, follow_links: bool = False) -> list[Source]:
    """The pages a raw file gives, each with its size: one per record of a records file (read
    and parsed here: the sizes cut the build's chunks), else the file itself (also a records
    file that cannot be read: reading it again rejects it with the reason)."""
    size = _size(path)
    if not is_records_file(source_name(path, root)):
        return [Source(str(path), None, size)]
    try:  # parsed through a reader: the records stay parsed for the pages this process then reads
        records, _ = PageReader(root, text_field=text_field, follow_links=follow_links)._records_of(Path(path))
    except IngestError:
        return [Source(str(path), None, size)]
    return [Source(str(path), record.number, record.size) for record in records]


def _size(path: Path) -> int:
    try:
        info = path.stat()
    except OSError:
        return 0
    return info.st_size if stat.S_ISREG(info.st_mode) else 0


#: The last records file a process parsed: (its path, its name, how it was read, size, mtime) -> its records or
#: why it has none.  A build's worker takes the chunks of a crawl one after another, ``clean`` its records one
#: after another: each parses the file once, not once per chunk or record (a 60 MB JSON Lines file takes 3 s to
#: parse; re-reading it per record made ``clean`` quadratic, review10 F7).  One cache for both (review10 F13).
_LAST_PARSED: dict[tuple, tuple[list[Record], str] | IngestError] = {}


def cached_records(path: Path, source_file: str, read: Callable[[], bytes], *, text_field: str | None = None,
                   encoding: str | None = None, how: tuple = ()) -> tuple[list[Record], str]:
    """The records of the records file ``path`` named ``source_file`` (:func:`read_records` of ``read()``), kept
    for the next call while the file keeps its size and time; IngestError (kept too) when it gives none.
    ``how`` tells apart ways of reading one file that may differ (a build's root, following links)."""
    try:
        info = os.stat(path)
        key: tuple | None = (str(path), source_file, text_field, encoding, how, info.st_size, info.st_mtime_ns)
    except OSError:
        key = None  # ``read`` says why
    parsed = _LAST_PARSED.get(key) if key is not None else None
    if parsed is None:
        _LAST_PARSED.clear()  # one file at a time: memory
        try:
            parsed = read_records(read(), source_file, text_field=text_field, encoding=encoding)
        except IngestError as error:
            parsed = error
        if key is not None:
            _LAST_PARSED[key] = parsed
    if isinstance(parsed, IngestError):
        raise parsed
    return parsed


class PageReader:
    """Reads the pages of :class:`Source` items; a records file is parsed once for all the records
    this process reads of it (:data:`_LAST_PARSED`)."""

    def __init__(self, root: Path, *, text_field: str | None = None, max_line_chars: int = MAX_LINE_CHARS,
                 follow_links: bool = False) -> None:
        self.root, self.text_field = Path(root), text_field
        self.max_line_chars, self.follow_links = max_line_chars, follow_links

    def name(self, source: Source) -> str:
        """The page's ``source_file``."""
        name = source_name(Path(source.path), self.root)
        return name if source.record is None else record_name(name, source.record)

    def page(self, source: Source) -> RawPage:
        """The page of ``source``, or IngestError naming it."""
        path = Path(source.path)
        if source.record is None:
            if is_records_file(source_name(path, self.root)):
                self._records_of(path)  # raises the reason the file gives no records
                raise IngestError(self.name(source), "records file changed during the build", "changed")
            return ingest_file(path, self.root, max_line_chars=self.max_line_chars, follow_links=self.follow_links)
        records, codec = self._records_of(path)
        record = record_numbered(records, source.record)
        if record is None:  # the file changed since it was planned
            raise IngestError(self.name(source), "record no longer in the file (it changed during the build)", "changed")
        return record_page(record, codec, max_line_chars=self.max_line_chars)

    def _records_of(self, path: Path) -> tuple[list[Record], str]:
        return cached_records(path, source_name(path, self.root),
                              lambda: read_raw(path, self.root, follow_links=self.follow_links),
                              text_field=self.text_field, how=(str(self.root), self.follow_links))


def pages_of_file(path: Path, root: Path, *, text_field: str | None = None, follow_links: bool = False,
                  max_line_chars: int = MAX_LINE_CHARS) -> Iterator[RawPage | IngestError]:
    """Every page a raw file gives (one per record of a records file), or the IngestError of each
    that gives none: what the corpus-level passes outside ``build`` read (spam restoration for
    datatrove, reference corpora)."""
    reader = PageReader(root, text_field=text_field, max_line_chars=max_line_chars, follow_links=follow_links)
    for source in sources_of(Path(path), Path(root), text_field=text_field, follow_links=follow_links):
        try:
            yield reader.page(source)
        except IngestError as error:
            yield error


__all__ = ["FIELD_KEYS", "MAX_RECORDS", "PageReader", "RECORD_SUFFIXES", "Record", "Source", "TEXT_FIELDS", "cached_records",
           "is_qa_record", "article_label", "chunk_pages", "is_records_file", "law_pages", "pages_of_file", "read_records", "record_metadata", "record_name",
           "record_numbered", "record_page",
           "sources_of"]
