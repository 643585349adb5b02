"""Protocol framing saved with a page's body: a raw HTTP message, curl's output, a WARC record, a MIME message.

Real damage undone: a crawler that wrote the socket's bytes instead of the decoded body (or ``curl -i``/``-v``
output, a proxy's or a debugger's saved exchange, a web archive's record, a page mailed or saved as ``.eml``/
``.mht``) keeps the protocol's framing in the file: the status line and the header fields before the page, and in
the HTTP/1.1 chunked transfer coding a line with the chunk's size in hex before every chunk, wherever the server
cut the stream (inside a sentence, a tag or an entity), and ``0`` at the end.  Read as a page, the head became the
document's first paragraph and every size line cut a sentence in two, which cleaners then "repaired" (set 11: 36 %
of the articles of such pages came out with another text).

The framing is read by its grammar, at ingest, on the file's bytes (sizes count bytes, not characters), before the
encoding is decided, and only when the page shows it consistently:

* **a head**: the file opens with a status line (``HTTP/1.1 200 OK``), or a request line (``GET /x HTTP/1.1``)
  whose message a response follows, and every line after it up to the first blank one is a header field
  (``Name: value``); ``curl -v`` writes the same lines after ``< `` and ``> ``, among its ``* `` notes;
* **chunked transfer coding** (``Transfer-Encoding: chunked``) is undone only when every chunk's declared size
  agrees with the bytes: a size line, exactly that many bytes, a line end, and so on to the last chunk ``0`` (or
  to the end of a file cut in its last chunk); a body that does not parse so is kept as it is (curl has
  already decoded it);
* **Content-Encoding** ``gzip``/``deflate`` is undone when the bytes decompress; ``Content-Length`` bounds a
  body that another message follows (a redirect before the page: ``curl -iL``); the last response is the page;
* a **WARC** file (``WARC/1.0``): its one ``response`` or ``resource`` record's block, read as above;
* a **MIME message** (RFC 822 header fields with ``MIME-Version`` or a ``Content-Type``, then a blank line): its
  ``text/html`` part, else its ``text/plain`` part, decoded by its transfer encoding and charset.

The head's lines go to the page's metadata (``transport``), word for word; the ``charset`` of its
``Content-Type`` is the encoding the page declares, used when the body decodes strictly with it.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

from corpus_tools.lazy_patterns import lazy_re

#: The most bytes a decompressed body may give (ingest's limit on a text file: a bomb is refused, not read).
MAX_BODY_BYTES = 16 * 1024 * 1024
#: The most header lines one head may have (a real head has 5-40; more is no head).
MAX_HEAD_LINES = 200

_STATUS = lazy_re(rb"HTTP/[0-9](?:\.[0-9])? [1-5][0-9]{2}(?: [ -~\t]*)?")
_REQUEST = lazy_re(rb"(?:GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH) [!-~]+ HTTP/[0-9](?:\.[0-9])?")
_FIELD = lazy_re(rb"([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*([^\r\n]*)")
_WARC = lazy_re(rb"WARC/[0-9]\.[0-9]+")
_CHUNK_SIZE = lazy_re(rb"([0-9a-fA-F]{1,8})[ \t]*(?:;[^\r\n]*)?")
_CHARSET = lazy_re(r"""charset\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", re.I)
#: ``curl -v``'s own lines: notes (``* Trying…``), request (``> GET``) and response (``< HTTP/1.1``) lines, data
#: markers (``{ [5 bytes data]``), and the progress meter it prints when its output is not a terminal.
_CURL_LINE = lazy_re(rb"(?:\* [^\r\n]*|\*|[<>](?: [^\r\n]*)?|[{}] \[[^\r\n]*\]|"
                     rb"[ \t]*% Total[^\r\n]*|[ \t]+Dload[^\r\n]*|[ \t]*[0-9]+[ \t]+[0-9.]+[kMG]?[ \t]+[0-9][^\r\n]*)")
_CURL_TAIL = lazy_re(rb"\* (?:Connection #[0-9]+ to host [^\r\n]* left intact|Closing connection[^\r\n]*)")
#: Header fields that only a MIME message (a mail, an ``.mht``/``.eml`` file) opens with.
_MIME_FIELDS = (b"mime-version", b"content-type", b"content-transfer-encoding")
_MAIL_FIELDS = (b"from", b"to", b"subject", b"date", b"message-id", b"mime-version", b"content-location", b"x-mailer",
                b"newsgroups", b"path", b"received", b"return-path", b"reply-to", b"organization", b"references")
#: An mbox file's separator line before each message (``From sender date``, no colon).
_MBOX_FROM = lazy_re(rb"From [^\s:]+ [^\r\n]*")


@dataclass
class Unwrapped:
    """A body taken out of its framing: its bytes, the charset and media type its head declares, the head's lines."""

    data: bytes
    kind: str
    charset: str = ""
    media: str = ""
    head: list[str] = field(default_factory=list)


def _line(data: bytes, pos: int) -> tuple[bytes, int]:
    """The line at ``pos`` without its line end, and where the next one starts."""
    end = data.find(b"\n", pos)
    if end < 0:
        return data[pos:], len(data)
    return data[pos : end - 1 if end > pos and data[end - 1 : end] == b"\r" else end], end + 1


def _head(data: bytes, pos: int) -> tuple[list[bytes], dict[bytes, bytes], int] | None:
    """The header fields from ``pos`` to the first blank line: ``(lines, fields by lower-case name, body start)``,
    or None when a line is no field (an obsolete folded line continues the one before)."""
    lines: list[bytes] = []
    fields: dict[bytes, bytes] = {}
    last = b""
    while pos < len(data):
        line, nxt = _line(data, pos)
        if not line:
            return lines, fields, nxt
        if len(lines) >= MAX_HEAD_LINES:
            return None
        m = _FIELD.fullmatch(line)
        if m:
            last = m.group(1).lower()
            fields[last] = m.group(2).strip()
        elif line[:1] in (b" ", b"\t") and last:
            fields[last] += b" " + line.strip()
        else:
            return None
        lines.append(line)
        pos = nxt
    return (lines, fields, pos) if lines else None


def dechunk(data: bytes, pos: int, *, lf_as_crlf: bool = False) -> tuple[bytes, int] | None:
    r"""The body in chunked transfer coding from ``pos`` (RFC 9112, 7.1), and where it ends; None unless every
    chunk's declared size agrees with the bytes that follow its size line (a line end after each chunk, ``0`` to
    end; a file cut inside its last chunk gives what it holds).  ``lf_as_crlf``: the file's line ends were turned
    from CRLF into LF after it was saved, so a line feed inside a chunk counts as the two bytes it was.

    >>> dechunk(b"6\r\n\xe7\xac\xac\xe4\xb8\x80\r\n3\r\n\xe6\x9d\xa1\r\n0\r\n\r\n", 0)
    (b'\xe7\xac\xac\xe4\xb8\x80\xe6\x9d\xa1', 24)
    >>> dechunk(b"5\r\n\xe7\xac\xac\xe4\xb8\x80\r\n0\r\n\r\n", 0) is None  # the size disagrees
    True
    >>> dechunk(b"6\nab\ncd\n0\n\n", 0, lf_as_crlf=True)
    (b'ab\ncd', 11)
    """
    out = bytearray()
    chunks = 0
    while True:
        line, pos = _line(data, pos)
        m = _CHUNK_SIZE.fullmatch(line)
        if not m:
            return None
        eol = b"\r\n" if data[pos - 2 : pos] == b"\r\n" else b"\n"  # (the chunk's data ends with the same line end)
        size = int(m.group(1), 16)
        if size == 0:
            while pos < len(data):  # trailer fields, then a blank line
                line, pos = _line(data, pos)
                if not line:
                    break
                if not _FIELD.fullmatch(line):
                    return None
            return (bytes(out), pos) if chunks else None
        if lf_as_crlf:
            end, counted = pos, 0
            while counted < size and end < len(data):
                counted += 2 if data[end] == 0x0A else 1
                end += 1
            if counted != size and end < len(data):
                return None  # (a line feed counted as two bytes straddles the size)
        else:
            end = pos + size
        if end >= len(data):  # a stream cut in its last chunk: what arrived, after one whole chunk at least
            if not chunks:
                return None
            out += data[pos:]
            return bytes(out), len(data)
        out += data[pos:end]
        chunks += 1
        if data[end : end + len(eol)] != eol and end + len(eol) <= len(data):
            return None  # (the chunk's data did not end where its size said)
        pos = end + len(eol)


def _decompress(body: bytes, coding: bytes) -> bytes | None:
    """``body`` decoded by its content coding (``gzip``, ``deflate``, ``identity``); None when it does not decode or
    would give more than :data:`MAX_BODY_BYTES`."""
    coding = coding.strip().lower()
    if coding in (b"", b"identity"):
        return body
    waits = {b"gzip": (16 + zlib.MAX_WBITS,), b"x-gzip": (16 + zlib.MAX_WBITS,), b"deflate": (zlib.MAX_WBITS, -zlib.MAX_WBITS)}
    for wbits in waits.get(coding, ()):
        try:
            inflater = zlib.decompressobj(wbits)
            out = inflater.decompress(body, MAX_BODY_BYTES + 1)
        except zlib.error:
            continue
        if len(out) <= MAX_BODY_BYTES and not inflater.unconsumed_tail:
            return out
        return None
    return None


def _declared(fields: dict[bytes, bytes]) -> tuple[str, str]:
    """The charset and the media (``html``, ``text`` or ``""``) a head's ``Content-Type`` declares."""
    value = fields.get(b"content-type", b"").decode("latin-1")
    charset = _CHARSET.search(value)
    media = value.split(";")[0].strip().lower()
    kind = "html" if media in ("text/html", "application/xhtml+xml") else "text" if media == "text/plain" else ""
    return (charset.group(1) if charset else ""), kind


def _message(data: bytes, pos: int, fields: dict[bytes, bytes], *, request: bool = False) -> tuple[bytes, int, bool]:
    """An HTTP message's body from ``pos``: ``(body, end, dechunked)``, its transfer coding undone when the sizes
    agree, bounded by ``Content-Length`` when another message follows it."""
    if b"chunked" in fields.get(b"transfer-encoding", b"").lower():
        for lf_as_crlf in (False, True) if b"\r" not in data else (False,):
            found = dechunk(data, pos, lf_as_crlf=lf_as_crlf)
            if found is not None:
                return found[0], found[1], True
    length = fields.get(b"content-length", b"").strip()
    if not request and not length.isdigit():
        return data[pos:], len(data), False
    if request:  # (a request has a body only when it declares its length)
        end = pos + int(length) if length.isdigit() else pos
        return data[pos:end], end, False
    if pos + int(length) < len(data):
        end = nxt = pos + int(length)
        while nxt < len(data) and data[nxt] in (0x0A, 0x0D):
            nxt += 1
        if _STATUS.match(data, nxt) or _REQUEST.match(data, nxt):
            return data[pos:end], end, False
    return data[pos:], len(data), False


def _http(data: bytes, pos: int, kind: str) -> Unwrapped | None:
    """Request and response messages from ``pos`` to the end; the last response's body is the page."""
    head: list[str] = []
    body = None
    fields: dict[bytes, bytes] = {}
    while pos < len(data):
        first, nxt = _line(data, pos)
        response = _STATUS.fullmatch(first)
        if not response and not _REQUEST.fullmatch(first):
            return None  # (bytes after a message its framing ended: the framing is not what the page holds)
        read = _head(data, nxt)
        if read is None:
            return None
        lines, fields_here, pos = read
        head += [first.decode("latin-1")] + [line.decode("latin-1") for line in lines]
        status = int(first.split(b" ")[1]) if response else 0
        if response and 100 <= status < 200:
            continue  # (``100 Continue``: the final response follows at once)
        message, pos, dechunked = _message(data, pos, fields_here, request=not response)
        if response:
            body, fields = message, fields_here
            kind = kind + ", chunked" if dechunked and "chunked" not in kind else kind
        while pos < len(data) and data[pos : pos + 1] in (b"\r", b"\n"):
            pos += 1
    if body is None:
        return None
    decoded = _decompress(body, fields.get(b"content-encoding", b""))
    if decoded is None:
        return None
    charset, media = _declared(fields)
    return Unwrapped(decoded, kind, charset, media, head)


def _curl_verbose(data: bytes) -> Unwrapped | None:
    """``curl -v`` output saved with the body: its note, request and response lines first (``< HTTP/1.1 200 OK``),
    the body after the response head's blank ``<`` line, and its closing note at the end."""
    pos = 0
    head: list[str] = []
    status_lines = []
    fields: dict[bytes, bytes] = {}
    ended = False
    while pos < len(data):
        line, nxt = _line(data, pos)
        if not _CURL_LINE.fullmatch(line):
            break
        head.append(line.decode("latin-1"))
        ended = line.rstrip() == b"<" or ended and line[:1] in (b"{", b"}", b"*")
        if line.startswith(b"< "):
            inner = line[2:]
            if _STATUS.fullmatch(inner):
                status_lines.append(inner)
                fields = {}
            else:
                m = _FIELD.fullmatch(inner)
                if m:
                    fields[m.group(1).lower()] = m.group(2).strip()
        pos = nxt
    if not status_lines or not ended or pos >= len(data) or len(head) > MAX_HEAD_LINES:
        return None
    end = len(data)
    while True:  # (curl's closing note, printed after the body)
        stop = end
        while stop > pos and data[stop - 1] in (0x0A, 0x0D):
            stop -= 1
        cut = data.rfind(b"\n", pos, stop) + 1
        if cut <= pos or not _CURL_TAIL.fullmatch(data, cut, stop):
            break
        head.append(data[cut:stop].decode("latin-1"))
        end = cut
    charset, media = _declared(fields)
    return Unwrapped(data[pos:end], "curl -v output", charset, media, head)


def _warc(data: bytes) -> Unwrapped | None:
    """The one ``response`` (an HTTP message) or ``resource`` (a document) record of a WARC file."""
    pos = 0
    found: list[Unwrapped] = []
    while pos < len(data):
        version, nxt = _line(data, pos)
        if not _WARC.fullmatch(version):
            return None
        read = _head(data, nxt)
        if read is None:
            return None
        lines, fields, pos = read
        length = fields.get(b"content-length", b"").strip()
        if not length.isdigit() or pos + int(length) > len(data):
            return None
        block, pos = data[pos : pos + int(length)], pos + int(length)
        head = [version.decode("latin-1")] + [line.decode("latin-1") for line in lines]
        kind = fields.get(b"warc-type", b"").lower()
        if kind == b"response" and b"application/http" in fields.get(b"content-type", b"").lower():
            inner = _http(block, 0, "WARC response record")
            if inner is None:
                return None
            found.append(Unwrapped(inner.data, inner.kind, inner.charset, inner.media, head + inner.head))
        elif kind == b"resource":
            charset, media = _declared(fields)
            found.append(Unwrapped(block, "WARC resource record", charset, media, head))
        while pos < len(data) and data[pos : pos + 1] in (b"\r", b"\n"):
            pos += 1
    return found[0] if len(found) == 1 else None


def _mime(data: bytes) -> Unwrapped | None:
    """A MIME message (a mail saved as ``.eml`` or in an mbox, a news post, a page saved as ``.mht``): its HTML part,
    else its plain text.  The head must be a message's: a MIME field and two fields of mail or news, or three such
    fields with ``From`` among them (a news post of the 1990s, in HZ, has no MIME field)."""
    first, pos = _line(data, 0)
    mbox = [first.decode("latin-1")] if _MBOX_FROM.fullmatch(first) else []
    read = _head(data, pos if mbox else 0)
    if read is None:
        return None
    lines, fields, _ = read
    mail = sum(name in fields for name in _MAIL_FIELDS)
    if not (any(name in fields for name in _MIME_FIELDS) and mail >= 2 or b"from" in fields and mail >= 3):
        return None
    from corpus_tools.formats import _mht_html

    html = _mht_html(data[pos:] if mbox else data)
    if not html:
        return None
    return Unwrapped(html.encode("utf-8"), "MIME message", "utf-8", "html", mbox + [line.decode("latin-1") for line in lines])


def unwrap(data: bytes) -> Unwrapped | None:
    r"""The page inside a file that holds it with its protocol's framing, or None when the file shows no framing.

    >>> u = unwrap(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=gbk\r\nTransfer-Encoding: chunked\r\n\r\n"
    ...            b"4\r\n<p>\xb5\r\n5\r\n\xda\xd2\xbb\xcc\xf5\r\n0\r\n\r\n")
    >>> u.data.decode(u.charset), u.kind, u.media, u.head[0]
    ('<p>第一条', 'HTTP response, chunked', 'html', 'HTTP/1.1 200 OK')
    >>> unwrap("HTTP/1.1 200 OK 是状态行的例子\n第一条 本办法所称状态行…".encode()) is None
    True
    """
    start = data[:5]
    if start == b"HTTP/" or start[:1] in b"GPHDO" and _REQUEST.match(data[:300]):
        return _http(data, 0, "HTTP response")
    if start == b"WARC/":
        return _warc(data)
    if start[:1] in b"*<>" and b"< HTTP/" in data[:65536]:
        return _curl_verbose(data)
    if _FIELD.match(data[:200]) or data[:5] == b"From " and _MBOX_FROM.match(data[:200]):
        return _mime(data)
    return None


__all__ = ["MAX_BODY_BYTES", "Unwrapped", "dechunk", "unwrap"]
