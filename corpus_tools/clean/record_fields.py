r"""A law carried as the text fields of records in a machine format that no reader knows, read back (records33).

Real damage undone: a program, a store or a tool keeps a law's paragraphs as the string fields of its own records,
one record a paragraph, and a crawl keeps its dump or its source as the page.  Then no line of the page starts with
the law's labels (the structure finds no article), or its text is escaped out of sight (the page is refused as not
Chinese text).  Every session brings a format nobody listed; readers for known ones are elsewhere
(:mod:`corpus_tools.l10n_files`, :mod:`corpus_tools.crawl_records`, :mod:`corpus_tools.xml_text`, the container
decodings of :mod:`corpus_tools.clean.containers`).  This is the generic fallback the next unknown format meets.
The family's real-world members, over the mechanism's axes (the grammar around the field, its quoting, the escaping
of the text, the framing of a record):

* **program sources** holding the texts as constants or tables: Lua tables (``[3] = "第三条…",``, long brackets
  ``[[…]]``), Perl and Ruby hashes (``p3 => '…',``, ``p3: "…"``), Elixir keyword lists, Go/Rust/Kotlin/Swift string
  constants (Go's ``QuoteToASCII`` writes ``\uXXXX``), a C string array (a generator's ``&#NNNNN;`` references),
  Erlang terms (``{paragraph, 3, <<"…"/utf8>>}.``), Emacs Lisp and other S-expressions, EDN maps (Clojure), PHP
  language arrays (set 15, read by the containers' literals);
* **configuration files**: TOML (``[[paragraph]]`` tables, basic and literal strings), INI (unquoted values), HCL
  (Terraform ``variable`` blocks), a Windows ``.reg`` export (``"P03"="…"``), ``.env``/shell export lines;
* **serialisations and dumps**: Protocol Buffers text format (C++ ``DebugString`` writes UTF-8 bytes as octal
  ``\347\254\254``), a Redis ``MONITOR`` log or ``redis-cli`` output (bytes as ``\xe7\xac\xac``), a Java class
  file's constant pool printed by ``javap -v`` (``#12 = Utf8  第三条…`` with the same text in a ``//`` comment);
* **logs**: NDJSON/structured log lines with a message field, access logs of form posts (``text=%E7%AC%AC…``),
  syslog lines (a log's column is :mod:`corpus_tools.clean.line_columns`');
* near siblings read elsewhere: PO/XLIFF/``.strings``/``.properties`` (l10n), JSON Lines crawls, SQL dumps, CSV.

The shared evidence, whatever the member: the page's lines are records that share a **skeleton** (a line's syntax
once its string fields are masked ``S`` and its numbers ``0``: ``[0] = S,``, ``text: S``, ``0.0 [0 0.0.0.0:0] S S S``):
every Chinese character of the page stands inside one field of a record line (a quoted string, or an unquoted value
after an ASCII key and a separator), one such field a line, :data:`MIN_RECORDS` records at least, the most common
skeleton shared by :data:`MIN_SKELETON_SHARE` of them; every other line holds no Chinese (the format's syntax).  The
field's text is read by the quoting convention it shows: backslash escapes (``\"``, ``\\``, ``\n`` a line break,
``\uXXXX`` with surrogate pairs, ``\u{…}``, UTF-8 or GB18030 bytes as ``\xNN`` or octal ``\NNN``), doubled quotes,
character references (``&#…;``) and percent-escaped bytes (``%XX``); an escape it cannot read leaves the page as it
was.  The records' fields, in record order, become the page's lines (a field's own line breaks its lines); a record
that repeats the previous one's text in another skeleton (``javap``'s comment) is one line.

It runs last: in the cleaning stage after every other container decoding
(:func:`corpus_tools.clean.containers.serialised_page`, whose acceptance it shares: the law's structure markers open
more lines afterwards, three at least), only on a page where no line starts with a marker; at ingest only on a page
that would be refused as not Chinese text (its text escaped out of sight), where the fields read back must read as a
Chinese law (:func:`corpus_tools.ingest.ingest_bytes`).  A clean page costs one regular-expression search.  Each
line is scanned once (quotes found with ``str.find``; an unclosed quote ends the line's scan).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import NamedTuple

from corpus_tools.lazy_patterns import lazy_re

#: Records (lines with a text field) a page needs, at least.
MIN_RECORDS = 3
#: The share of the records whose skeleton is the page's most common one, at least.
MIN_SKELETON_SHARE = 0.4
#: Han characters the fields must hold together, at least.
MIN_HAN = 12
#: A line longer than this is no record (and not scanned).
MAX_LINE = 20000

_HAN = lazy_re(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_NON_ASCII = lazy_re(r"[^\x00-\x7f]")
_QUOTE_OPEN = lazy_re(r"""["'`]|\[\[""")
_NUMBER = lazy_re(r"[0-9]+")
_BLANKS = lazy_re(r"\s+")
_LETTER = lazy_re(r"[A-Za-z]")
#: What escapes text inside an ASCII field: a backslash escape of a code point or a byte, a reference, a percent byte.
_ESCAPE_INTRO = lazy_re(r"\\(?:u\{?[0-9A-Fa-f]|U[0-9A-Fa-f]|x[0-9A-Fa-f]{2}|[0-7]{3})|&#[xX]?[0-9A-Fa-f]{2,6};|%[0-9A-Fa-f]{2}")
_BACKSLASH = lazy_re(
    r"\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2})|([0-7]{1,3})|(.))", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "", "\\": "\\", '"': '"', "'": "'", "/": "/", "`": "`", "$": "$", "@": "@",
           "#": "#", "{": "{", "}": "}", "0": "\0", "e": "\x1b", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_REFERENCE = lazy_re(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|amp|lt|gt|quot|apos|nbsp);")
_PERCENT_RUN = lazy_re(r"(?:%[0-9A-Fa-f]{2})+")
_SEPARATORS = "=:\t "
#: What stands between a map's key and its value; how long a key is at most.
_KEY_SEPARATORS = frozenset({":", "=", "=>", "->", ":=", "=:"})
MAX_KEY = 16
#: A structure label a map may be keyed by: its value is the label's text (``第一条`` then ``为了…``).
_LABEL = lazy_re(r"第[一二三四五六七八九十百千零〇两0-9]{1,8}[条章节编條節編](?:之[一二三四五六七八九十]{1,3})?")


class Record(NamedTuple):
    """A record line: the line's span, its field's span (both indexing the page), the field's text, the skeleton."""

    start: int
    end: int
    field_start: int
    field_end: int
    value: str
    skeleton: str


class _Unreadable(ValueError):
    """An escape a field's convention cannot read (the page is left as it was)."""


def _flush(out: list[str], pending: bytearray) -> None:
    if pending:
        try:
            out.append(pending.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                out.append(pending.decode("gb18030"))
            except UnicodeDecodeError:
                raise _Unreadable(bytes(pending)) from None
        pending.clear()


def unescape(raw: str, *, percent: bool = False) -> str:
    r"""A field's text read by the escapes it shows (backslash escapes, bytes, references; ``%XX`` when ``percent``).

    Raises :class:`_Unreadable` when escaped bytes are no UTF-8 nor GB18030 text.

    >>> unescape(r'第一条\t\"安全\"\\C:\u4e2d\U0001f600')
    '第一条\t"安全"\\C:中😀'
    >>> unescape(r'\xe7\xac\xac\xe4\xb8\x80\xe6\x9d\xa1'), unescape(r'\347\254\254 1'), unescape(r'\u{7b2c}\q')
    ('第一条', '第 1', '第\\q')
    >>> unescape('&#31532;&#x4e00;&amp;'), unescape('%E7%AC%AC%E4%B8%80+1', percent=True)
    ('第一&', '第一+1')
    >>> unescape(r'\ud83d\ude00')
    '😀'
    """
    if "\\" in raw:
        out: list[str] = []
        pending = bytearray()
        pos = 0
        for m in _BACKSLASH.finditer(raw):
            if m.start() > pos:
                _flush(out, pending)
                out.append(raw[pos : m.start()])
            brace, u4, u8, hexa, octal, other = m.groups()
            if hexa is not None or (octal is not None and len(octal) == 3):
                code = int(hexa, 16) if hexa is not None else int(octal, 8)
                if code < 0x80 and not pending:
                    out.append(chr(code))
                elif code <= 0xFF:
                    pending.append(code)
                else:
                    raise _Unreadable(m.group())
            else:
                _flush(out, pending)
                if octal is not None:
                    out.append(chr(int(octal, 8)) if octal == "0" else m.group())
                elif other is not None:
                    out.append(_SIMPLE.get(other, m.group()))
                else:
                    code = int(brace or u4 or u8, 16)
                    if code > 0x10FFFF:
                        raise _Unreadable(m.group())
                    if 0xDC00 <= code < 0xE000 and out and len(out[-1]) == 1 and 0xD800 <= ord(out[-1]) < 0xDC00:
                        code = 0x10000 + ((ord(out.pop()) - 0xD800) << 10) + (code - 0xDC00)
                    out.append(chr(code))
            pos = m.end()
        _flush(out, pending)
        out.append(raw[pos:])
        raw = "".join(out)
        if any(0xD800 <= ord(ch) < 0xE000 for ch in raw if ch >= "\ud800"):
            raise _Unreadable("a lone surrogate")
    if "&" in raw and _REFERENCE.search(raw):
        raw = _REFERENCE.sub(lambda m: html.unescape(m.group()), raw)
    if percent and "%" in raw:
        def bytes_of(m: re.Match[str]) -> str:
            data = bytes.fromhex(m.group().replace("%", ""))
            for codec in ("utf-8", "gb18030"):
                try:
                    return data.decode(codec)
                except UnicodeDecodeError:
                    continue
            raise _Unreadable(m.group())

        raw = _PERCENT_RUN.sub(bytes_of, raw)
    return raw


def _quoted_fields(line: str) -> list[tuple[int, int, int, int]] | None:
    """The quoted strings of ``line``: ``(open, content start, content end, close end)``; None when a quote stays
    unclosed (a line outside any string grammar).

    >>> _quoted_fields('  [3] = "第三\\\\"条", \\'x\\' [[长]]')
    [(8, 9, 14, 15), (17, 18, 19, 20), (21, 23, 24, 26)]
    >>> _quoted_fields('a "b') is None
    True
    """
    found = []
    pos, size = 0, len(line)
    while pos < size:
        m = _QUOTE_OPEN.search(line, pos)
        if m is None:
            break
        j = m.start()
        if m.group() == "[[":
            close = line.find("]]", j + 2)
            if close < 0:
                return None
            found.append((j, j + 2, close, close + 2))
            pos = close + 2
            continue
        q = m.group()
        k = j + 1
        close = line.find(q, k)
        while True:
            if close < 0:
                return None
            slash = line.find("\\", k, close)
            if slash >= 0:
                k = slash + 2  # (an escaped character: the quote after it may be escaped)
                if k > close:
                    close = line.find(q, k)  # (each character looked at once: linear)
                continue
            if close + 1 < size and line[close + 1] == q and q != "`":
                k = close + 2  # a doubled quote inside
                close = line.find(q, k)
                continue
            break
        found.append((j, j + 1, close, close + 1))
        pos = close + 1
    return found


def _unquoted_start(line: str, first: int) -> int | None:
    """Where an unquoted value starts in ``line`` whose first character that is no ASCII (or no plain one) stands at
    ``first``: after an ASCII key holding a letter and a separator (``=``, ``:``, blanks), else None.

    >>> _unquoted_start("p001=第一条", 5), _unquoted_start("  #4 = Utf8      第一条", 17), _unquoted_start("1. 第一条", 3)
    (5, 17, None)
    """
    prefix = line[:first]
    cut = max(prefix.rfind(sep) for sep in _SEPARATORS)
    if cut < 0:
        return None
    key = prefix[: cut + 1]
    if not key.strip() or not _LETTER.search(key):
        return None
    start = cut + 1
    while start < first and line[start] in " \t":
        start += 1
    return start


def _is_key(key: str, between: str) -> bool:
    """Whether a Chinese string before a key-value separator is the record's key (a map keyed by the law's labels,
    ``"第一条": "为了…"``, or by a short name, ``"标题" = "某市条例"``), not a second text.

    >>> _is_key("第一条", ": "), _is_key("标题", " => "), _is_key("第一条 为了规范。", ": "), _is_key("甲", ", ")
    (True, True, False, False)
    """
    return (between.strip() in _KEY_SEPARATORS and len(key) <= MAX_KEY
            and not any(mark in key for mark in "。；，：！？ \u3000"))


def _record(text: str, a: int, b: int) -> Record | None | bool:
    """The record line ``text[a:b]``: a :class:`Record`, False when the line holds no Chinese field (syntax), None
    when it holds Chinese text outside one field (no record)."""
    line = text[a:b]
    has_han = _HAN.search(line) is not None
    if not has_han and (not line.isascii() or "\\" not in line and "&#" not in line and "%" not in line):
        return False
    if len(line) > MAX_LINE:
        return None if has_han else False
    fields = _quoted_fields(line)
    chosen = None
    skeleton_parts: list[str] = []
    if fields:
        pos = 0
        han_fields = 0
        for o, s, e, c in fields:
            raw = line[s:e]
            try:
                value = unescape(raw) if ("\\" in raw or "&" in raw) else raw
            except _Unreadable:
                return None if has_han else False
            if line[o] == "'" and "''" in raw and "\\" not in raw:
                value = value.replace("''", "'")
            elif line[o] == '"' and '""' in raw and "\\" not in raw:
                value = value.replace('""', '"')
            skeleton_parts += [line[pos:o], "S"]
            pos = c
            if _HAN.search(value):
                han_fields += 1
                if han_fields == 2 and chosen is not None and _is_key(chosen[2], line[chosen[4]:o]):
                    key = chosen[2]
                    value = f"{key} {value}" if _LABEL.fullmatch(key) else value
                    chosen = (chosen[0], e, value, s, c)
                    continue
                chosen = (s, e, value, s, c)
        skeleton_parts.append(line[pos:])
        if han_fields > 2 or han_fields == 2 and chosen is not None and chosen[0] == chosen[3]:
            return None if has_han else False  # (two texts a line: a crawler's record, which one is the law?)
        if chosen is not None and _HAN.search("".join(skeleton_parts)):
            chosen = None  # (Chinese text outside the string too: the string is quoted inside an unquoted value)
        elif chosen is not None:
            chosen = chosen[:3]
    if chosen is None:
        # an unquoted value: after an ASCII key and a separator, to the line's end
        skeleton_parts = []
        first = (_NON_ASCII.search(line) if has_han else _ESCAPE_INTRO.search(line))
        if first is None:
            return False
        start = _unquoted_start(line, first.start())
        if start is None:
            return None if has_han else False
        end = len(line.rstrip())
        raw = line[start:end]
        try:
            value = unescape(raw, percent=not has_han) if not has_han else raw
        except _Unreadable:
            return False
        if not has_han:
            # an ASCII value: only its escaped token(s), the rest of the line is syntax (``&text=%E7…`` then `` HTTP``)
            token_end = start
            while token_end < end and line[token_end] not in " \t&;,\"'":
                token_end += 1
            raw = line[start:token_end]
            try:
                value = unescape(raw, percent=True)
            except _Unreadable:
                return False
            end = token_end
        if not _HAN.search(value):
            return None if has_han else False
        chosen = (start, end, value)
        skeleton_parts = [line[:start], "S", line[end:]]
    s, e, value = chosen
    skeleton = _BLANKS.sub(" ", _NUMBER.sub("0", "".join(skeleton_parts))).strip()
    return Record(a, b, a + s, a + e, value, skeleton)


def records(text: str) -> list[Record] | None:
    r"""The page's records when its lines are records of a shared skeleton around one Chinese text field each and
    every other line holds no Chinese text (module docstring), else None.

    >>> [r.value for r in records('local law = {\n  [1] = "某市条例",\n  [2] = "第一条　为了规范管理。",\n'
    ...                                   '  [3] = "第二条　本条例自公布之日起施行。",\n}\n')]
    ['某市条例', '第一条　为了规范管理。', '第二条　本条例自公布之日起施行。']
    >>> records("某市条例\n第一条　为了规范管理。\n第二条　本条例自公布之日起施行。\n") is None
    True
    >>> records('mode = "strict"\nlevel = 2\n第一条　配置示例为 a = "甲"。\n第二条　本条例自公布之日起施行。\n') is None
    True
    """
    found: list[Record] = []
    pos, size = 0, len(text)
    while pos < size:
        end = text.find("\n", pos)
        end = size if end < 0 else end
        if end > pos and not text[pos:end].isspace():
            got = _record(text, pos, end)
            if got is None:
                return None
            if got is not False:
                found.append(got)
        pos = end + 1
    if len(found) < MIN_RECORDS:
        return None
    shapes = Counter(r.skeleton for r in found)
    if shapes.most_common(1)[0][1] < MIN_SKELETON_SHARE * len(found) or len(shapes) > 3 + len(found) // 5:
        return None
    if sum(len(_HAN.findall(r.value)) for r in found) < MIN_HAN:
        return None
    return found


def read_records(text: str) -> tuple[str, list[Record]] | None:
    r"""The text the page's records carry, one field a line (a record repeating the previous one's text in another
    skeleton given once), and the records; None when the page is no such dump.

    >>> read_records('{paragraph, 1, <<"某市条例"/utf8>>}.\n{paragraph, 2, <<"第一条 为了\\"规范\\"。"/utf8>>}.\n'
    ...              '{paragraph, 3, <<"第二条 本条例自公布之日起施行。"/utf8>>}.\n')[0]
    '某市条例\n第一条 为了"规范"。\n第二条 本条例自公布之日起施行。\n'
    """
    found = records(text)
    if found is None:
        return None
    lines: list[str] = []
    kept: list[Record] = []
    for n, r in enumerate(found):
        if n and r.value == found[n - 1].value and r.skeleton != found[n - 1].skeleton:
            continue
        kept.append(r)
        lines.append(r.value.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(lines) + "\n", kept


__all__ = ["MIN_RECORDS", "Record", "read_records", "records", "unescape"]
