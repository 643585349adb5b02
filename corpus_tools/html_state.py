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
    """The document found in a script: its source (markup or text), the script's span in the page's HTML,
    whether it is markup, the lines it leads with a structure marker, and its text as read."""

    source: str
    script: tuple[int, int]
    markup: bool
    led: int
    text: str = ""


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
    return f'{html[:a]}<div data-script-document="1">{inner}</div>{html[b:]}'


def empty_mounts(tree) -> int:
    """Empty the framework mount elements of a parsed page that show only a placeholder (``加载中…``); how many."""
    emptied = 0
    for mount_id in MOUNT_IDS:
        for node in tree.css(f'[id="{mount_id}"]'):
            text = (node.text(deep=True) or "").strip()
            if len(text) <= MOUNT_PLACEHOLDER_CHARS and not node.css_first("[data-script-document]"):
                for child in list(node.iter(include_text=True)):
                    child.decompose()
                emptied += 1
    return emptied


__all__ = ["MIN_DOCUMENT_CHARS", "MOUNT_IDS", "SHELL_HAN_CHARS", "SHELL_SHARE", "StateDocument", "decode_literal", "empty_mounts", "state_document",
           "string_literals", "with_document"]
