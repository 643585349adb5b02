"""A law kept as the strings of a localisation or data-interchange file, read back into its text.

Real damage undone: sites and apps extract their texts (a law page's paragraphs) into a translation or resource file;
a translation platform (Weblate, Transifex, Crowdin, Pontoon), a repository or an app bundle publishes the file, and
a crawl keeps it as the page: the law as quoted, escaped string values between keys, references, comments and empty
targets.  Read as a page, the keys and the quoting went into the text and no article was found (set 14's gettext
member: 0 % exact articles, all clean articles lost).  The family's real-world members:

* **gettext PO/POT** (GNU gettext, Django, WordPress, Weblate): a header entry (``msgid ""``), ``#:`` references and
  ``#,`` flags, ``msgid`` strings split over quoted continuation lines with C escapes, ``msgstr`` targets;
* **XLIFF 1.2/2.0** (Okapi, memoQ, Trados, Angular's ``xi18n``): ``<trans-unit><source>`` / ``<unit><segment>
  <source>``, a ``<target>`` in the other language, ``<note>``;
* **TMX** (a translation memory's export: ``<tu><tuv xml:lang><seg>``, one per language);
* **Android** ``strings.xml`` (``<resources><string name=…>``, ``\\'``/``\\"`` escapes, ``string-array`` items,
  ``translatable="false"`` entries that are no text);
* **iOS/macOS** ``.strings`` (``"key" = "value";`` with ``/* */`` comments and C escapes);
* **Java** ``.properties`` (``key=value``, ``key: value`` with a dotted key, ``\\uXXXX`` escapes written by native2ascii, ``\\`` line continuations);
* **.NET** ``.resx`` (an XSD schema and ``resheader`` entries, ``<data name=…><value>``), **Qt Linguist** ``.ts``
  (``<message><location/><source>``, ``<translation type="unfinished"/>``);
* **i18next/ARB/Chrome** ``messages.json`` JSON (nested keys, ``@`` metadata, ``description``), YAML locale files
  (Rails, Symfony), CSV exports of a translation memory, subtitles (SRT/VTT cues) as a near sibling.

The shared evidence, whatever the member: the WHOLE page follows one container's grammar (every line or token is its
header, a key or metadata part, or a quoted value part; a page with one line outside the grammar is no such file),
it holds :data:`MIN_ENTRIES` entries at least, and the source values, unescaped by the format's own rules and joined
exactly where the format continues a string, read as Chinese text by the shared strict test
(:func:`corpus_tools.clean.encoded_runs.reads_as_chinese_text`).  Only then do the values, one paragraph each, become
the page's text, and the format, the entries and the targets left out go to the page's metadata (``l10n_file``).
A file the grammar reads whose values are no Chinese text keeps its text with a finding (``l10n_file_kept``), and so
does an XML file whose Chinese text sits in two kinds of value (a source and a target both Chinese, where which one is
the law is not certain).  A translated target is never taken for the law: the source is kept and the target counted.

The formats are table entries: line and token grammars (:data:`_LINE_READERS`: PO, ``.strings``, ``.properties``,
JSON, YAML) each a small reader that returns the values or ``None``; XML containers read by one generic reader
(:func:`_xml_values`): the values are the texts of the one kind of leaf element (by its parent's and its own name)
that holds the file's Chinese text, in entries with a key (``name``, ``id``, ``key``, ``resname``) or under a source
name (``source``, ``seg``, ``string``, ``item``), leaves marked ``translatable="false"`` aside.

Not read here (they keep their text): subtitles (SRT, WebVTT, SBV: a near sibling, read by the cleaners' scaffolding
lines, :mod:`corpus_tools.clean.containers`, a cue's lines kept as lines), CSV translation memories (refused as
tables at ingest), YAML block scalars and lists, TMX memories whose source and target leaves are one kind of element, a container that holds only part of the page (a law quoting a ``key=value`` line, a JSON or XML snippet).

Runs at ingest (:func:`corpus_tools.ingest.ingest_bytes`), on the decoded text of a page that is not read as HTML,
before its format is decided; a cheap gate on the page's first characters lets every other page pass at once.  Each
reader is one linear pass (anchored patterns over lines, one tokenizer pass, one XML or JSON parse).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any, Callable

from corpus_tools.lazy_patterns import lazy_re

#: Least entries (values) of a file, least characters its values' text must give.
MIN_ENTRIES = 2
MIN_CHARS = 8
#: XML nested deeper than this is no resource file.
MAX_DEPTH = 64

#: The gate: something at a line's start of the page's head that a container opens with.
_GATE = lazy_re(r'(?m)^[ \t]*(?:msgid[ \t]|msgctxt[ \t]|#[:,.|~]|<\?xml|<[A-Za-z]|"[^"\n]{0,200}"[ \t]*=|'
                r'/\*|[A-Za-z_][A-Za-z0-9_.\-]{0,100}[ \t]*[=:]|[{])')
#: A quoted string with C escapes (each character or escape consumed once: linear).
_QUOTED = lazy_re(r'"((?:[^"\\\n]|\\.)*)"')
_PO_KEYWORD = lazy_re(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[[0-9]{1,3}\])?)[ \t]+"((?:[^"\\\n]|\\.)*)"[ \t]*')
_PO_CONTINUATION = lazy_re(r'[ \t]*"((?:[^"\\\n]|\\.)*)"[ \t]*')
_C_ESCAPE = lazy_re(r'\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,4})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})|(.))', re.S)
_C_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
#: ``.strings`` tokens: blanks, comments, quoted strings, bare words, ``=`` and ``;`` (an unclosed comment or string is
#: no token: the reader stops).
_STRINGS_TOKEN = lazy_re(r'\s+|/\*(?:[^*]|\*(?!/))*\*/|//[^\n]*|"(?:[^"\\]|\\.)*"|[A-Za-z0-9_.\-$]+|[=;]', re.S)
_PROPERTY = lazy_re(r'[ \t\f]*([A-Za-z_][A-Za-z0-9_.\-\[\]]{0,200})[ \t\f]*([=:])[ \t\f]*(.*)', re.S)
#: A key of structure (a dot, an underscore, a dash or a digit in it): what a ``key: value`` line needs to be a
#: property's, not a crawl record's ``title:`` header field.
_STRUCTURED_KEY = lazy_re(r'[A-Za-z_][A-Za-z]*[0-9_.\-\[][A-Za-z0-9_.\-\[\]]*')
_PROPERTY_ESCAPE = lazy_re(r'\\(?:u([0-9A-Fa-f]{4})|(.))', re.S)
_ANDROID_ESCAPE = lazy_re(r'\\(?:u([0-9A-Fa-f]{4})|(.))', re.S)
#: JSON keys that hold a value's metadata, not its text (ARB's ``@key`` objects, Chrome's and i18n tools' notes).
_JSON_META_KEYS = frozenset({"description", "comment", "comments", "context", "note", "notes", "placeholders",
                             "meaning", "type", "example", "developer_comment", "x-comment"})
#: XML leaf names that hold a source value, and the names of a target beside it (never the law).
_SOURCE_NAMES = frozenset({"source", "seg", "string", "item", "msgid"})
_TARGET_NAMES = frozenset({"target", "translation", "msgstr"})
_KEY_ATTRIBUTES = ("name", "id", "key", "resname")
_FORMAT_CHARS = lazy_re(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_HAN = lazy_re(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _unescape_c(value: str) -> str:
    """A C-style string literal's value (PO, ``.strings``): ``\\n``, ``\\"``, ``\\\\``, octal, ``\\x``, ``\\u``.

    >>> _unescape_c(r'第一条\\t\\"安全\\"\\\\C:\\u4e2d')
    '第一条\\t"安全"\\\\C:中'
    """
    if "\\" not in value:
        return value

    def one(m: re.Match[str]) -> str:
        octal, hexa, u4, u8, other = m.groups()
        code = int(octal, 8) if octal else int(hexa or u4 or u8, 16) if (hexa or u4 or u8) else None
        if code is not None:
            return chr(code) if code < 0x110000 and not 0xD800 <= code < 0xE000 else m.group(0)
        return _C_SIMPLE.get(other, other)

    return _C_ESCAPE.sub(one, value)


# ----------------------------------------------------------------------------- line and token grammars

def _po_values(text: str) -> tuple[list[str], int] | None:
    """The ``msgid`` strings of a gettext PO/POT file (the header entry and obsolete ``#~`` entries aside) and the count
    of non-empty ``msgstr`` targets, or ``None`` when a line is outside the grammar.

    >>> _po_values('msgid ""\\nmsgstr ""\\n"Language: en\\\\n"\\n\\n#: a.html:3\\nmsgid ""\\n"第一条　为了"\\n"规范。"\\nmsgstr ""\\n')
    (['第一条　为了规范。'], 0)
    """
    values: list[str] = []
    targets = 0
    msgid: list[str] | None = None  # the parts of the entry's msgid
    kind = ""  # the keyword whose string the next continuation line extends
    translated = False  # the entry's msgstr holds text (a target: counted, never taken)
    saw_keyword = False

    def close() -> None:
        nonlocal msgid, targets, translated
        if msgid is not None and "".join(msgid):
            values.append(_unescape_c("".join(msgid)))
            targets += translated
        msgid, translated = None, False

    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):  # (``#~`` obsolete entries included: no longer the file's)
            continue
        m = _PO_KEYWORD.fullmatch(line)
        if m:
            saw_keyword = True
            kind, part = m.groups()
            if kind in ("msgid", "msgctxt"):  # a new entry (msgctxt comes before its msgid)
                close()
            if kind == "msgid":
                msgid = [part]
            elif kind.startswith("msgstr") and part:
                translated = True
            continue
        m = _PO_CONTINUATION.fullmatch(line)
        if m and kind:
            if kind == "msgid" and msgid is not None:
                msgid.append(m.group(1))
            elif kind.startswith("msgstr") and m.group(1):
                translated = True
            continue
        return None
    close()
    return (values, targets) if saw_keyword else None


def _strings_values(text: str) -> tuple[list[str], int] | None:
    """The values of an Apple ``.strings`` file (``"key" = "value";``, comments aside), or ``None``.

    >>> _strings_values('/* 第1段 */\\n"law.p1" = "第一条　为了\\\\"规范\\\\"。";\\nP2 = "第二条";\\n')
    (['第一条　为了"规范"。', '第二条'], 0)
    """
    tokens: list[str] = []
    at = 0
    while at < len(text):
        m = _STRINGS_TOKEN.match(text, at)
        if not m:
            return None
        token = m.group(0)
        at = m.end()
        if token[0].isspace() or token.startswith("/*") or token.startswith("//"):
            continue
        tokens.append(token)
    if not tokens or len(tokens) % 4:
        return None
    values = []
    for k in range(0, len(tokens), 4):
        key, equals, value, end = tokens[k : k + 4]
        if equals != "=" or end != ";" or not value.startswith('"') or key in "=;":
            return None
        values.append(_unescape_c(value[1:-1]))
    return values, 0


def _properties_values(text: str) -> tuple[list[str], int] | None:
    """The values of a Java ``.properties`` file (``key=value``; ``#``/``!`` comments; ``\\uXXXX`` escapes; a line
    ending in an odd number of backslashes continues on the next, its leading blanks dropped), or ``None``.

    >>> _properties_values('# messages\\nlaw.p1=\\\\u7b2c\\\\u4e00\\\\u6761\\\\\\n    \\\\u4e3a\\\\u4e86\\nlaw.p2 = C:\\\\\\\\data\\n')
    (['第一条为了', 'C:\\\\data'], 0)
    """
    values: list[str] = []
    logical: list[str] = []
    for line in text.split("\n"):
        piece = line.lstrip(" \t\f") if logical else line
        if not logical and (not piece.strip() or piece.lstrip(" \t\f")[:1] in ("#", "!")):
            continue
        trailing = len(piece) - len(piece.rstrip("\\"))
        if trailing % 2:
            logical.append(piece[:-1])
            continue
        logical.append(piece)
        whole = "".join(logical)
        logical = []
        m = _PROPERTY.fullmatch(whole)
        if not m or m.group(2) == ":" and (not _STRUCTURED_KEY.fullmatch(m.group(1)) or _record_key(m.group(1))):
            return None
        values.append(_PROPERTY_ESCAPE.sub(_property_escape, m.group(3)))
    if logical:
        return None
    return values, 0


def _property_escape(m: re.Match[str]) -> str:
    code, other = m.groups()
    if code:
        return chr(int(code, 16))
    return {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}.get(other, other)


def _json_values(text: str) -> tuple[list[str], int] | None:
    """The string values of an i18next, ARB or ``messages.json`` file in order (``@`` keys and notes aside), or
    ``None`` when the page is no JSON object of strings (a number, ``null``, a multi-line value or a list of
    objects: a record or a table of records, not a resource file).

    >>> _json_values('{"@@locale": "zh", "p1": "第一条", "@p1": {"description": "x"}, "law": {"p2": "第二条"}}')
    (['第一条', '第二条'], 0)
    >>> _json_values('{"cells": [{"cell_type": "markdown", "source": ["第一条"]}]}') is None
    True
    """
    body = text.strip()
    if not (body.startswith("{") and body.endswith("}")):
        return None
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    values: list[str] = []
    stack: list[Any] = [data]
    while stack:  # (depth first, in the file's order)
        node = stack.pop()
        if isinstance(node, dict):
            children = [v for k, v in node.items() if not str(k).startswith("@") and str(k).lower() not in _JSON_META_KEYS]
            stack.extend(reversed(children))
        elif isinstance(node, list):
            if not all(isinstance(item, str) for item in node):
                return None  # a list of objects or lists is a table of records (a notebook's cells), not strings
            stack.extend(reversed(node))
        elif isinstance(node, str):
            if "\n" in node.strip():
                return None
            if node.strip():
                values.append(node)
        else:
            return None
    return values, 0


#: Top-level keys of a crawler's record (with :data:`corpus_tools.crawl_records.TEXT_FIELDS`): a JSON object that has
#: one is a record, never a resource file.
_RECORD_KEYS = frozenset({"title", "url", "link", "href", "source", "date", "publish_date", "pubdate", "time", "author",
                          "标题", "链接", "来源", "日期", "发布日期"})


def _record_key(key: str) -> bool:
    """Whether ``key`` names a crawler's record field (a title, an address, a date, the text): a file keyed so is a
    record, never a resource file."""
    from corpus_tools.crawl_records import TEXT_FIELDS

    key = key.strip("\"'").lower()
    return key in _RECORD_KEYS or key in TEXT_FIELDS


def json_resource(data: bytes) -> bool:
    """Whether a JSON file's bytes are a resource file of strings (i18next, ARB, ``messages.json``) whose values are
    Chinese text: read as a page by :func:`read_strings` rather than refused as a crawler's records.  A record (a
    top-level ``title``/``url``/``content``…, a URL among the values, a multi-line value) is none.

    >>> json_resource('{"law": {"p1": "第一条　为了规范管理，", "p2": "第二条　本规定自公布之日起施行。"}}'.encode())
    True
    >>> json_resource('{"title": "某规定", "content": "第一条　为了规范管理。"}'.encode())
    False
    """
    from corpus_tools.clean.encoded_runs import reads_as_chinese_text

    try:
        text = data.decode("utf-8-sig")
        read = _json_values(text)
        top = json.loads(text)
    except (ValueError, RecursionError):
        return False
    if read is None or len(read[0]) < MIN_ENTRIES or not isinstance(top, dict):
        return False
    if any(_record_key(str(key)) for key in top):
        return False
    values = read[0]
    return not any("://" in v for v in values) and reads_as_chinese_text(_FORMAT_CHARS.sub("", "\n".join(values)), least=MIN_CHARS)


_YAML_LINE = lazy_re(r"""( *)([A-Za-z0-9_][A-Za-z0-9_.\-]{0,100}|"[^"\\\n]{1,100}"|'[^'\n]{1,100}'):(?:[ \t]+(.*))?""")
_YAML_PLAIN_START = frozenset("!&*[]{}|>'\"%@`#,?:-")


def _yaml_values(text: str) -> tuple[list[str], int] | None:
    """The scalar values of a YAML locale file (Rails, Symfony, Hugo: a language key, nested keys, one ``key: value``
    a line, quoted or plain; comments aside), or ``None``: a line outside that grammar (a block scalar, a list, a
    document marker, a line of text), or no nesting at all (a record's ``title:``/``url:`` header is flat).

    >>> _yaml_values("zh-CN:\\n  law:\\n    p1: \\"第一条　为了\\\\\\"规范\\\\\\"。\\"\\n    p2: '第二条 ''施行''。'\\n    p3: 第三条 # 注\\n")
    (['第一条　为了"规范"。', "第二条 '施行'。", '第三条'], 0)
    """
    values: list[str] = []
    nested = False
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        m = _YAML_LINE.fullmatch(line.rstrip(" \t"))
        if not m or not m.group(1) and _record_key(m.group(2)):
            return None
        value = m.group(3)
        if value is None or not value.strip():
            nested = True
            continue
        value = value.strip()
        if value[0] == '"':
            q = _QUOTED.match(value)
            if not q or value[q.end():].strip() and not value[q.end():].lstrip().startswith("#"):
                return None
            values.append(_unescape_c(q.group(1)))
        elif value[0] == "'":
            end = value.rfind("'")
            if end == 0 or value[end + 1:].strip() and not value[end + 1:].lstrip().startswith("#"):
                return None
            values.append(value[1:end].replace("''", "'"))
        elif value[0] in _YAML_PLAIN_START:
            return None
        else:
            cut = value.find(" #")
            values.append(value[:cut].rstrip() if cut >= 0 else value)
    return (values, 0) if nested else None


# ----------------------------------------------------------------------------- XML containers

def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _xml_values(text: str) -> tuple[list[str], int] | None:
    """The source values of an XML resource or translation file, or ``None`` (see the module's docstring).

    >>> _xml_values('<resources><string name="app" translatable="false">App</string>'
    ...     '<string name="p1">第一条　为了\\\\"规范\\\\"。</string><string name="p2">第二条</string></resources>')
    (['第一条　为了"规范"。', '第二条'], 0)
    >>> _xml_values('<xliff><file><body><trans-unit id="1"><source>第一条　为了规范。</source><target>Article 1</target>'
    ...     '</trans-unit><trans-unit id="2"><source>第二条</source></trans-unit></body></file></xliff>')
    (['第一条　为了规范。', '第二条'], 1)
    """
    head = text[:20000]
    if not head.lstrip("\ufeff \t\n").startswith("<") or re.search(r"<!ENTITY|<!DOCTYPE[^>\[]*\[", head, re.I):
        return None
    try:
        root = ET.fromstring(text.lstrip("\ufeff").encode("utf-8"))
    except (ET.ParseError, ValueError):
        return None
    leaves: list[tuple[ET.Element, ET.Element | None, int]] = []
    stack: list[tuple[ET.Element, ET.Element | None, int]] = [(root, None, 0)]
    while stack:
        element, parent, depth = stack.pop()
        if depth > MAX_DEPTH:
            return None
        children = list(element)
        if not children or _local(element.tag) in _SOURCE_NAMES:
            leaves.append((element, parent, depth))
            continue
        for child in reversed(children):
            stack.append((child, element, depth + 1))
    android = _local(root.tag) == "resources"
    groups: dict[tuple[str, str], list[tuple[ET.Element, ET.Element | None]]] = {}
    han: dict[tuple[str, str], int] = {}
    for element, parent, _ in leaves:
        if element.get("translatable") == "false":
            continue
        signature = (_local(parent.tag) if parent is not None else "", _local(element.tag))
        groups.setdefault(signature, []).append((element, parent))
        han[signature] = han.get(signature, 0) + len(_HAN.findall("".join(element.itertext())))
    chinese = [s for s, n in han.items() if n]
    if not chinese:
        return None
    best = max(chinese, key=lambda s: han[s])
    others = [s for s in chinese if s != best]
    targets = 0
    for other in others:  # a target beside the source, Chinese too: kept out and counted; anything else: unsure
        if not (best[1] in _SOURCE_NAMES and other[0] == best[0] and other[1] in _TARGET_NAMES):
            return None
    entries = groups[best]
    keyed = best[1] in _SOURCE_NAMES or all(
        any(e.get(a) for a in _KEY_ATTRIBUTES) or (p is not None and any(p.get(a) for a in _KEY_ATTRIBUTES))
        for e, p in entries)
    if not keyed:
        return None
    values = []
    for element, parent in entries:
        value = "".join(element.itertext())
        if android:
            value = _android_unescape(value)
        if value.strip():
            values.append(value.strip("\n"))
        if parent is not None:
            targets += sum(1 for child in parent if _local(child.tag) in _TARGET_NAMES and "".join(child.itertext()).strip())
    if sum(1 for v in values if not _HAN.search(v)) * 4 > len(values):
        return None  # (a memory's other language in the same leaves: not one source)
    return values, targets


def _android_unescape(value: str) -> str:
    """An Android string resource's text: its surrounding double quotes off, ``\\'``, ``\\"``, ``\\n``, ``\\uXXXX``."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    if "\\" not in value:
        return value

    def one(m: re.Match[str]) -> str:
        code, other = m.groups()
        return chr(int(code, 16)) if code else {"n": "\n", "t": "\t"}.get(other, other)

    return _ANDROID_ESCAPE.sub(one, value)


#: name -> reader (values and targets kept out, or ``None``), tried in order; the XML reader for a page opening with
#: ``<``.
_LINE_READERS: tuple[tuple[str, Callable[[str], tuple[list[str], int] | None]], ...] = (
    ("gettext_po", _po_values),
    ("apple_strings", _strings_values),
    ("java_properties", _properties_values),
    ("json_strings", _json_values),
    ("yaml_locale", _yaml_values),
)


def read_strings(text: str) -> tuple[str, dict[str, Any]]:
    """The page's text with a localisation file's source values read back (one paragraph each), and what goes to
    the page's metadata (``l10n_file`` when read, ``l10n_file_kept`` when the grammar reads but the values are no
    Chinese text); any other page comes back as it was, with nothing.

    >>> text, found = read_strings('# law\\nmsgid ""\\nmsgstr ""\\n"Language: en\\\\n"\\n\\n#: law.html:11\\n'
    ...     'msgid ""\\n"第一条　为了规范\\\\"数据\\\\"管理，"\\n"制定本规定。"\\nmsgstr ""\\n\\n#: law.html:12\\n'
    ...     'msgid "第二条　本规定自公布之日起施行。"\\nmsgstr ""\\n')
    >>> print(text, end="")
    第一条　为了规范"数据"管理，制定本规定。
    <BLANKLINE>
    第二条　本规定自公布之日起施行。
    >>> found
    {'l10n_file': {'format': 'gettext_po', 'values': 2, 'targets_left_out': 0}}
    >>> read_strings("第一条 配置文件中写明 key=value 即可。\\n")
    ('第一条 配置文件中写明 key=value 即可。\\n', {})
    """
    try:
        return _read_strings(text)
    except Exception as error:  # (a reader's slip must not refuse the page: it keeps its text, with a finding)
        return text, {"l10n_file_kept": {"format": "", "values": 0, "reason": f"reader failed: {type(error).__name__}"}}


def may_hold_strings(text: str) -> bool:
    """The cheap gate: whether the page's head opens a line as a container does (``msgid``, a comment mark, a tag,
    a quoted key, ``key=``/``key:``, ``{``); any other page is none, and costs no more.

    >>> may_hold_strings('msgid ""\\nmsgstr ""\\n'), may_hold_strings("第一条 为了规范管理。\\n")
    (True, False)
    """
    return _GATE.search(text[:4096]) is not None


def _read_strings(text: str) -> tuple[str, dict[str, Any]]:
    from corpus_tools.clean.encoded_runs import reads_as_chinese_text

    if not may_hold_strings(text):
        return text, {}
    body = text.lstrip("\ufeff \t\n")
    readers = (("xml", _xml_values),) if body.startswith("<") else _LINE_READERS
    for name, reader in readers:
        read = reader(body)
        if read is None:
            continue
        values, targets = read
        if name == "xml":
            name = _xml_format(body)
        if len(values) < MIN_ENTRIES:
            return text, {}
        joined = _FORMAT_CHARS.sub("", "\n".join(values))  # (a page's zero-width lines are the cleaners', not a sign)
        if not reads_as_chinese_text(joined, least=MIN_CHARS):
            if len(joined) >= 4 * MIN_CHARS and _HAN.search(text):
                # (Chinese in the values that fails the test, or only in targets or comments: a translation of
                # another language's source is not the law)
                where = "values are no Chinese text" if _HAN.search(joined) else "Chinese text only outside the source values"
                return text, {"l10n_file_kept": {"format": name, "values": len(values), "reason": where}}
            return text, {}
        record = {"format": name, "values": len(values), "targets_left_out": targets}
        return "\n\n".join(v.strip() for v in values) + "\n", {"l10n_file": record}
    return text, {}


def _xml_format(body: str) -> str:
    m = re.search(r"<([A-Za-z][\w.\-]*:)?([A-Za-z][\w.\-]*)[\s/>]", re.sub(r"<[?!][^>]*>", "", body[:4096], count=8))
    return f"xml:{m.group(2)}" if m else "xml"
