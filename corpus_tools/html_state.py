r"""A client-rendered page's document, found in its scripts' data when its visible body holds none.

Real damage undone: portals rebuilt as single-page applications send an empty shell, a mount element
with a loading skeleton (``<div id="app"><div class="skeleton">加载中…</div></div>``), and the document
inside a script's data, which the framework renders in the browser: an initial state
(``window.__INITIAL_STATE__={…}``, Nuxt's ``window.__NUXT__``, ``var pageData = {…}``), Next.js's
``__NEXT_DATA__`` JSON or ``self.__next_f.push([1,"…"])`` payload, a ``JSON.parse('…')`` of an escaped
string.  A crawler that does not run scripts saves the shell; the reader dropped the scripts, and the
page gave its title and ``加载中…``: no article.

The family: the document is a string in the script (a JSON or JavaScript string literal, double,
single or backtick quoted), markup or text, its escapes written as JSON or JavaScript writes them
(``\u003C``, ``<\/p>``, ``\x3C``, ``\n``); or a string inside a string (``JSON.parse('{"content":
"…"}')``).  The variable's name, the framework and the key do not matter.

**Evidence**, all: the page's visible body has no law's text (fewer than
:data:`~corpus_tools.clean.containers.MIN_LED_LINES` lines start with a structure marker once read: a
normal page with scripts is read as before) and is nearly empty (:data:`SHELL_HAN_CHARS`,
:data:`SHELL_SHARE`: a notice of its own beside a script's data is read as before); and a string in a script decodes strictly (every escape
a valid JSON or JavaScript escape) to a text whose lines, once read (as HTML when it is markup), are a
law's: at least that many start with a structure marker.  The string with the most such lines is the
document (the longest of equals); it is read in place of the script that held it, and a framework's
mount element that shows only a placeholder (short text, no law) is emptied, as the framework's render
would have replaced it.

The same question, "where is the page's document?", has answers outside scripts: an attribute (a frame's
``srcdoc``, a ``data:`` URI, ``data-*``, ``<meta content>``, ``<input value>``), an inert container
(``<template>``, ``<noscript>``, a script of a type no browser runs, ``<xmp>``, ``<plaintext>``) or a
comment: :func:`held_document`, under the same gate.
"""

from __future__ import annotations

import json
from typing import Iterator, NamedTuple

import regex

from corpus_tools.lazy_patterns import lazy_regex

#: Decoded strings shorter than this are no document (an id, a date, a title).
MIN_DOCUMENT_CHARS = 80
#: How deep a string inside a string is decoded (``JSON.parse('{"content": "…"}')``).
_MAX_NESTING = 2
#: Where a script element opens and closes (found with ``str.find``: linear over any page).
_SCRIPT_OPEN = lazy_regex(r"<script\b[^<>]{0,2000}>", regex.I)
#: The characters a string literal's scan stops at: quotes, the escape, a line break.
_SPECIAL = lazy_regex(r"[\"'`\\\n]")
#: One escape of a JavaScript string literal, or a double quote (which a JSON string must escape).
_JS_ESCAPE = lazy_regex(r"\\(?:x[0-9A-Fa-f]{2}|u\{[0-9A-Fa-f]{1,6}\}|u[0-9A-Fa-f]{4}|\r\n|[\s\S])|\"")
#: What makes a decoded string markup (then it is read as an HTML fragment).
_MARKUP = lazy_regex(r"<(?:p|br|div|span|h[1-6]|table|tr|td|section|article|strong|b|font|li|ul|ol)\b[^<>]{0,500}>", regex.I)
#: Framework mount elements (Vue, React, Next.js, Nuxt, Angular): a placeholder until the client renders.
MOUNT_IDS = ("app", "root", "__next", "__nuxt", "__layout", "app-root", "application", "main-app")
#: A mount element's placeholder: no more text than this.
MOUNT_PLACEHOLDER_CHARS = 40


#: A shell's visible body is nearly empty: it holds no more Han characters than this, or than this share of
#: the document's (a title, a placeholder, what is left of the site's chrome); a page with more text of its
#: own (a notice without article labels beside a script's data) is read as it is.
SHELL_HAN_CHARS = 300
SHELL_SHARE = 0.25


class StateDocument(NamedTuple):
    """The document found in a script (or held elsewhere: :func:`held_document`): its source (markup or text),
    the span of the page's HTML it stands in for (the script; the holding element; an empty span where it is
    put in), whether it is markup, the lines it leads with a structure marker, its text as read, and what held
    it (``script``, ``iframe[srcdoc]``, ``<template>``, ``<!-- -->``…)."""

    source: str
    script: tuple[int, int]
    markup: bool
    led: int
    text: str = ""
    holder: str = "script"
    #: The document is put inside the element whose attribute held it (its own content a placeholder).
    inside: bool = False


def _scripts(html: str) -> Iterator[tuple[int, int, int]]:
    """Each inline script element's ``(start, body start, body end)`` in ``html`` (the body ends at ``</script``)."""
    at = 0
    lower = None
    while True:
        m = _SCRIPT_OPEN.search(html, at)
        if not m:
            return
        if lower is None:
            lower = html.lower()
        close = lower.find("</script", m.end())
        if close < 0:
            return
        gt = html.find(">", close)
        end = len(html) if gt < 0 else gt + 1
        if "src=" not in m.group().lower():
            yield m.start(), m.end(), close
        at = end


def string_literals(js: str, min_chars: int = MIN_DOCUMENT_CHARS) -> list[tuple[int, int]]:
    """The spans of the string literals of ``js`` (quotes included) at least ``min_chars`` long: one pass over
    the quotes and escapes.

    >>> js = 'var a = "短"; window.S = {"c": "' + "甲" * 90 + '\\\\"乙"}; b = \\'x\\''
    >>> [js[a:b][:4] for a, b in string_literals(js)]
    ['"甲甲甲']
    """
    spans: list[tuple[int, int]] = []
    quote = ""
    start = 0
    skip = -1
    for m in _SPECIAL.finditer(js):
        i = m.start()
        if i < skip:
            continue  # an escaped character
        c = m.group()
        if c == "\\":
            skip = i + 2
        elif not quote:
            if c != "\n":
                quote, start = c, i
        elif c == quote:
            if i - start - 1 >= min_chars:
                spans.append((start, i + 1))
            quote = ""
        elif c == "\n" and quote != "`":
            quote = ""  # no string literal breaks a line: it was none
    return spans


def decode_literal(literal: str) -> str | None:
    r"""A JSON or JavaScript string literal (its quotes included) decoded strictly, or None.

    >>> decode_literal('"\\u003Cp\\u003E第一条<\\/p>"'), decode_literal("'第一条\\n\\x3Cbr\\x3E\\'甲\\''")
    ('<p>第一条</p>', "第一条\n<br>'甲'")
    >>> decode_literal('"第一条\\q"') is None  # an escape no JSON writes (JavaScript reads it as q)
    True
    """
    quote, body = literal[0], literal[1:-1]
    if quote == '"':
        try:
            return json.loads(literal, strict=False)
        except ValueError:
            pass
    if quote == "`" and "${" in body:
        return None  # a template with substitutions: not data
    bad = False

    def as_json(m: regex.Match) -> str:
        nonlocal bad
        t = m.group()
        if t == '"':
            return '\\"'
        if t[1] in "'`":
            return t[1]
        if t[1] == "x":
            return "\\u00" + t[2:]
        if t[1] == "u" and t[2:3] == "{":
            cp = int(t[3:-1], 16)
            if cp > 0x10FFFF:
                bad = True
                return ""
            return json.dumps(chr(cp))[1:-1] if cp >= 0x10000 else f"\\u{cp:04x}"
        if t[1] in "\n\r":  # a line continuation
            return ""
        if t[1] == "v":
            return "\\u000b"
        if t[1] == "0":
            return "\\u0000"
        if t[1] in 'u"\\/bfnrt':
            return t
        bad = True
        return ""

    converted = _JS_ESCAPE.sub(as_json, body)
    if bad:
        return None
    try:
        return json.loads('"' + converted + '"', strict=False)
    except ValueError:
        return None


def _strings(value: object) -> Iterator[str]:
    """The strings inside a decoded JSON value, and each list's strings joined as lines (a document kept as a
    list of paragraphs, ``["第一条 …", "第二条 …"]``, or of records, ``[{"text": "第一条 …"}, …]``: one key's
    strings).

    >>> list(_strings({"t": "甲", "ps": ["第一条", "第二条"], "rs": [{"n": 1, "s": "一"}, {"n": 2, "s": "二"}]}))
    ['甲', '第一条\\n第二条', '第一条', '第二条', '一\\n二', '一', '二']
    """
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            yield v
        elif isinstance(v, dict):
            stack.extend(reversed(list(v.values())))
        elif isinstance(v, list):
            if len(v) > 1 and all(isinstance(x, str) for x in v):
                yield "\n".join(v)
            elif len(v) > 1 and all(isinstance(x, dict) for x in v):
                for key in v[0]:
                    if all(isinstance(x.get(key), str) for x in v):
                        yield "\n".join(x[key] for x in v)
            stack.extend(reversed(v))


def _script_value(js: str) -> object | None:
    """The data a script assigns or holds, when it is JSON (``window.__INITIAL_STATE__={…};``, a JSON script's
    body, ``self.__next_f.push([1,"…"])``), else None.

    >>> _script_value('window.__S__ = {"a": ["甲"]};'), _script_value("var a = {b: 1};")
    ({'a': ['甲']}, None)
    """
    starts = [i for i in (js.find("{"), js.find("[")) if i >= 0]
    end = max(js.rfind("}"), js.rfind("]"))
    if not starts or end < min(starts):
        return None
    try:
        return json.loads(js[min(starts) : end + 1])
    except (ValueError, RecursionError):
        return None


def _expand(decoded: str, depth: int) -> Iterator[str]:
    """``decoded`` as a candidate document, or, when it holds JSON or JavaScript data itself (a string inside a
    string), the candidates inside it."""
    inner = decoded.lstrip()
    if depth >= _MAX_NESTING or inner[:1] not in ("{", "["):
        yield decoded
        return
    try:
        value = json.loads(inner)
    except (ValueError, RecursionError):
        yield from _candidates(decoded, depth + 1)
        return
    for s in _strings(value):
        if len(s) >= MIN_DOCUMENT_CHARS:
            yield from _expand(s, depth + 1)


def _candidates(text: str, depth: int = 0) -> Iterator[str]:
    """The decoded strings of ``text`` (a script, or a string that holds data) that may be a document."""
    value = _script_value(text) if depth == 0 else None
    if value is not None:
        for s in _strings(value):
            if len(s) >= MIN_DOCUMENT_CHARS:
                yield from _expand(s, depth + 1)
        return
    for a, b in string_literals(text):
        decoded = decode_literal(text[a:b])
        if decoded is not None and len(decoded) >= MIN_DOCUMENT_CHARS:
            yield from _expand(decoded, depth)


def state_document(html: str, read_markup) -> StateDocument | None:
    """The document a script of ``html`` holds (module docstring), or None.  ``read_markup`` reads a markup
    string as the page's text (the HTML reader's own rendering of a fragment).

    >>> law = "<p>某市条例</p>" + "".join(f"<p>第{n}条 本市行政区域内的物业管理活动适用本条例。</p>" for n in "一二三")
    >>> page = '<div id="app">加载中</div><script>window.__NUXT__=' + json.dumps({"d": {"content": law}}) + ';</script>'
    >>> found = state_document(page, lambda s: s.replace("<p>", "").replace("</p>", "\\n"))
    >>> found.source == law, found.markup, found.led
    (True, True, 3)
    """
    from corpus_tools.clean.containers import MIN_LED_LINES, led_lines

    best: StateDocument | None = None
    for start, body, end in _scripts(html):
        for decoded in _candidates(html[body:end]):
            markup = _MARKUP.search(decoded) is not None
            read = read_markup(decoded) if markup else decoded
            led = led_lines(read)
            if led < MIN_LED_LINES:
                continue
            if best is None or (led, len(decoded)) > (best.led, len(best.source)):
                close = html.find(">", end)
                best = StateDocument(decoded, (start, len(html) if close < 0 else close + 1), markup, led, read)
    return best


# --------------------------------------------------------------------------- documents held where a reader does not look

#: Elements whose content the HTML parser reads as raw text up to their end tag (no element inside them).
_RAW_TEXT = frozenset("script style xmp textarea title noscript iframe noembed noframes".split())
#: Containers that hold a document the page does not show: inert (``<template>``, ``<noscript>`` for a browser
#: that runs scripts, a script of a type no browser runs), or shown as source (``<xmp>``, ``<plaintext>``,
#: ``<textarea>``).  A comment is one too (``<!-- the old body -->``).
_CONTAINERS = frozenset("template noscript xmp plaintext textarea".split())
#: Script types a browser runs or reads as data (read by :func:`state_document`); any other type is a template.
_SCRIPT_TYPES = frozenset(("", "text/javascript", "application/javascript", "module", "text/ecmascript", "application/ecmascript",
                           "text/jscript", "application/x-javascript", "importmap", "speculationrules"))
#: Elements that show what their ``src``/``srcdoc``/``data`` names, in place of their own content: the document
#: stands in for the whole element.
_FRAMES = frozenset("iframe object embed frame video audio canvas applet".split())
#: Elements without an end tag.
_VOID = frozenset("area base br col embed frame hr img input link meta param source track wbr keygen".split())
#: A comment's start, or an element's start tag (its name).
_TAG_START = lazy_regex(r"<(?:!--|([A-Za-z][A-Za-z0-9:-]{0,40}))")
#: An attribute's name (a longer one is read on in pieces: the scan moves on either way).
_ATTR_NAME = lazy_regex(r"[^\s\"'<>/=]{1,200}")
_UNQUOTED = lazy_regex(r"[^\s>]*")
_BLANK = " \t\n\r\f"
#: A ``data:`` URI's head: media type, parameters, the comma.
_DATA_URI = lazy_regex(r"\s*data:([^,;]{0,100})((?:;[^,;]{0,100}){0,10}),", regex.I)
_BODY_OPEN = lazy_regex(r"<body\b[^<>]{0,2000}>", regex.I)


class _Held(NamedTuple):
    """A string of the page's HTML that may hold a document: its value (decoded as the holder decodes it),
    what held it, and the span the document stands in for (empty where it is put in)."""

    value: str
    holder: str
    span: tuple[int, int]
    inside: bool = False


def decode_data_uri(uri: str) -> tuple[str, str] | None:
    """A ``data:`` URI's media type and text, decoded as it declares (``;base64``, else percent escapes; its
    ``charset``, UTF-8 when none), or None (no such URI, not text, or bytes its codec does not decode).

    >>> decode_data_uri("data:text/html;charset=utf-8;base64,PHA+56ys5LiA5p2hPC9wPg==")
    ('text/html', '<p>第一条</p>')
    >>> decode_data_uri("data:text/html,%3Cp%3E%E7%AC%AC%E4%B8%80%E6%9D%A1%3C/p%3E"), decode_data_uri("data:image/png;base64,iVBO")
    (('text/html', '<p>第一条</p>'), None)
    """
    import base64
    import binascii
    import urllib.parse

    m = _DATA_URI.match(uri)
    if not m:
        return None
    media = m.group(1).strip().lower() or "text/plain"
    if not (media.startswith("text/") or media in ("application/xhtml+xml", "application/xml")):
        return None
    params = [p.strip().lower() for p in m.group(2).split(";")[1:]]
    charset = next((p[8:].strip("\"' ") for p in params if p.startswith("charset=")), "utf-8")
    payload = uri[m.end():].strip()
    try:
        if params and params[-1] == "base64":
            data = base64.b64decode(regex.sub(r"\s+", "", urllib.parse.unquote(payload)), validate=True)
        else:
            data = urllib.parse.unquote_to_bytes(payload)
        return media, data.decode(charset)
    except (binascii.Error, ValueError, LookupError):
        return None


def _held_strings(html: str) -> Iterator[_Held]:
    """The strings of ``html`` that may hold a document, in one pass over its tags: long attribute values
    (``srcdoc``, ``data-*``, ``content``, ``value``, ``title``…; a ``data:`` URI decoded), the content of the
    containers of :data:`_CONTAINERS`, of a script of a type no browser runs, and of comments.  An unclosed
    quoted attribute ends the scan (the rest of the page is its value, as a browser reads it).

    >>> page = ('<head><meta name="d" content="甲"></head><body><div title="短" data-html="' + "&lt;p&gt;第一条" * 20
    ...         + '"></div><!--旧--><template>乙</template>')
    >>> [(h.value[:7], h.holder, page[h.span[0]:h.span[1]]) for h in _held_strings(page) if h.value.strip()]
    [('甲', 'meta[content]', ''), ('<p>第一条<', 'div[data-html]', ''), ('旧', '<!-- -->', '<!--旧-->'), ('乙', '<template>', '<template>乙</template>')]
    """
    import html as html_module

    lower = html.lower()
    n = len(html)
    head_end = lower.find("</head")
    body = _BODY_OPEN.search(html)
    body_end = lower.rfind("</body")
    body_at = body_end if body_end >= 0 else len(html)
    closes: dict[str, int] = {}  # each name's end tag found last (-1: none after it)
    at = 0
    while True:
        m = _TAG_START.search(html, at)
        if not m:
            return
        start = m.start()
        if m.group(1) is None:  # a comment
            close = html.find("-->", m.end())
            end = n if close < 0 else close + 3
            yield _Held(html[m.end() : close if close >= 0 else n], "<!-- -->", (start, end))
            at = end
            continue
        name = m.group(1).lower()
        pos = m.end()
        attrs: list[tuple[str, str]] = []
        while pos < n:
            c = html[pos]
            if c == ">":
                pos += 1
                break
            if c in _BLANK or c == "/":
                pos += 1
                continue
            am = _ATTR_NAME.match(html, pos)
            if not am:
                pos += 1
                continue
            pos = am.end()
            while pos < n and html[pos] in _BLANK:
                pos += 1
            if pos >= n or html[pos] != "=":
                attrs.append((am.group().lower(), ""))
                continue
            pos += 1
            while pos < n and html[pos] in _BLANK:
                pos += 1
            if pos < n and html[pos] in "\"'":
                close = html.find(html[pos], pos + 1)
                if close < 0:
                    return  # an unclosed value: the rest of the page is in it
                attrs.append((am.group().lower(), html[pos + 1 : close]))
                pos = close + 1
            else:
                um = _UNQUOTED.match(html, pos)
                attrs.append((am.group().lower(), um.group()))
                pos = um.end()
        tag_end = pos
        end = tag_end
        content: tuple[int, int] | None = None
        if name == "plaintext":
            content, end = (tag_end, n), n
        elif (name in _RAW_TEXT or name == "template" or name in _FRAMES) and name not in _VOID:
            close = closes.get(name, -2)
            if close != -1 and close < tag_end:  # (the first end tag after an earlier start is the first after this one)
                close = closes[name] = lower.find("</" + name, tag_end)
            if close < 0:
                content, end = (tag_end, n), n
            else:
                gt = html.find(">", close)
                content, end = (tag_end, close), (n if gt < 0 else gt + 1)
        kind = dict(attrs).get("type", "").strip().lower() if name == "script" else ""
        if content is not None and (name in _CONTAINERS or (name == "script" and kind not in _SCRIPT_TYPES and "json" not in kind)):
            value = html[content[0] : content[1]]
            yield _Held(html_module.unescape(value) if name == "textarea" else value, f"<{name}>", (start, end))
        in_head = head_end >= 0 and start < head_end and body is not None
        for attr, raw in attrs:
            if len(raw) < MIN_DOCUMENT_CHARS and not (name == "meta" and attr == "content" and raw):
                continue
            if attr.startswith("on") or attr in ("style", "class", "id"):
                continue
            value = html_module.unescape(raw)
            if value.lstrip()[:5].lower() == "data:":
                decoded = decode_data_uri(value)
                if decoded is None:
                    continue
                value = decoded[1]
            if in_head:
                span = (body_at, body_at)  # (a document in the head is put at the body's end, after its title)
            elif name in _FRAMES:
                span = (start, end)
            else:
                span = (tag_end, tag_end) if name not in _VOID else (start, tag_end)
            inside = not in_head and name not in _FRAMES and name not in _VOID and name not in ("html", "body")
            yield _Held(value, f"{name}[{attr}]", span, inside)
        if name in _RAW_TEXT or name in _FRAMES or name == "plaintext":
            at = max(end, start + 1)
        else:
            at = max(tag_end, start + 1)


def _document_body(markup: str) -> str:
    """A whole HTML document's body (what a frame's ``srcdoc`` shows), or ``markup`` as it is."""
    m = _BODY_OPEN.search(markup)
    if not m:
        return markup
    close = markup.lower().rfind("</body")
    return markup[m.end() : close if close > m.end() else len(markup)]


def held_document(html: str, read_markup) -> StateDocument | None:
    """The document ``html`` holds where an HTML reader does not look, or None.  ``read_markup`` reads a
    markup string as the page's text.

    Real damage undone: content systems that sandbox an editor's HTML show it in a frame whose whole
    document is an attribute (``<iframe srcdoc="&lt;p&gt;第一条…">``, or ``src="data:text/html;base64,…"``,
    ``<object data="data:…">``); front ends keep the text for a script to show in a ``data-*`` attribute
    (``data-content``, JSON in ``data-props``), a ``<meta content>``, a hidden ``<input value>``, an inert
    ``<template>`` or ``<script type="text/template">``; pages show it as source in ``<xmp>``/``<plaintext>``;
    a redesign comments the old body out (``<!-- … -->``) and fills the new one by script.  A crawler that
    reads the page's elements saw the title and an empty frame: no article.

    **Evidence**, all (the caller, :func:`corpus_tools.ingest.html_to_text`, checks the first two as for a
    script's data): the page's visible body has no law's text and is nearly empty; and one of these strings,
    decoded strictly as its holder declares (an attribute's entities once, a ``data:`` URI's base64 or
    percent escapes, JSON inside the value), reads as a law's: at least
    :data:`~corpus_tools.clean.containers.MIN_LED_LINES` lines start with a structure marker.  A short
    attribute (a title, an alt text) is never one (:data:`MIN_DOCUMENT_CHARS`).  The string with the most
    such lines is the document (the longest of equals); it stands in for a frame or a container, inside an
    element whose attribute held it, at the body's end when the head held it.

    >>> law = "".join(f"<p>第{n}条 本市行政区域内的物业管理活动适用本条例。</p>" for n in "一二三")
    >>> import html as h
    >>> page = '<h1>条例</h1><iframe srcdoc="' + h.escape("<html><body>" + law + "</body></html>") + '"></iframe>'
    >>> found = held_document(page, lambda s: s.replace("<p>", "").replace("</p>", "\\n"))
    >>> found.source == law, found.holder, page[found.script[0]:found.script[1]][:7], found.led
    (True, 'iframe[srcdoc]', '<iframe', 3)
    """
    from corpus_tools.clean.containers import MIN_LED_LINES, led_lines

    best: StateDocument | None = None
    for held in _held_strings(html):
        if len(held.value) < MIN_DOCUMENT_CHARS:
            continue
        for decoded in _expand(held.value, 1):
            markup = _MARKUP.search(decoded) is not None
            if markup:
                decoded = _document_body(decoded)
            read = read_markup(decoded) if markup else decoded
            led = led_lines(read)
            if led < MIN_LED_LINES:
                continue
            if best is None or (led, len(decoded)) > (best.led, len(best.source)):
                best = StateDocument(decoded, held.span, markup, led, read, held.holder, held.inside)
    return best


def with_document(html: str, found: StateDocument) -> str:
    """``html`` with the script that held the document replaced by the document (escaped as markup when it is
    text, one paragraph a line).

    >>> with_document("<h1>条例</h1><script>x='…'</script><p>尾</p>", StateDocument("第一条 甲。\\n第二条 <乙>", (11, 33), False, 2))
    '<h1>条例</h1><div data-script-document="1"><p>第一条 甲。</p><p>第二条 &lt;乙&gt;</p></div><p>尾</p>'
    """
    import html as html_module

    if found.markup:
        inner = found.source
    else:
        inner = "".join(f"<p>{html_module.escape(line, quote=False)}</p>" for line in found.source.split("\n") if line.strip())
    a, b = found.script
    inside = ' data-held-inside="1"' if found.inside else ""
    return f'{html[:a]}<div data-script-document="1"{inside}>{inner}</div>{html[b:]}'


def empty_mounts(tree) -> int:
    """Empty the framework mount elements of a parsed page that show only a placeholder (``加载中…``), and the
    element whose attribute held the document (:func:`held_document`) when it shows only one; how many."""
    emptied = 0
    for held in tree.css("[data-held-inside]"):  # the element whose attribute held the document: its placeholder
        parent = held.parent
        others = [n for n in (parent.iter(include_text=True) if parent is not None else ()) if n.mem_id != held.mem_id]
        if sum(len((n.text(deep=True) or "").strip()) for n in others) <= MOUNT_PLACEHOLDER_CHARS:
            for child in others:
                child.decompose()
            emptied += 1
    for mount_id in MOUNT_IDS:
        for node in tree.css(f'[id="{mount_id}"]'):
            text = (node.text(deep=True) or "").strip()
            if len(text) <= MOUNT_PLACEHOLDER_CHARS and not node.css_first("[data-script-document]"):
                for child in list(node.iter(include_text=True)):
                    child.decompose()
                emptied += 1
    return emptied


__all__ = ["MIN_DOCUMENT_CHARS", "MOUNT_IDS", "SHELL_HAN_CHARS", "SHELL_SHARE", "StateDocument", "decode_data_uri", "decode_literal",
           "empty_mounts", "held_document", "state_document", "string_literals", "with_document"]
