"""A file's bytes shown as text: blocks of a binary-to-text representation read back into the text they hold.

Real damage undone: a mail client, a news archive, a database export, a debugging tool or a paste site showed a
document's BYTES through a representation meant for a machine instead of its text, and the page was saved so: the
law (or its body below a plain title) is a block of ASCII lines without one Han character.  Read as a page, it was
refused as "not Chinese text" or its articles were lost (set 12's uuencoded member: no article).  The family's
real-world members, each a small entry of :data:`_DECODERS` (name -> shape -> decoder):

* **uuencode** (``begin 644 law.txt``, lines led by their length character, ``M`` for 45 bytes, `````, ``end``):
  mail and news attachments before MIME, and archives of them; the same lines without their ``begin`` line;
* **xxencode** (the same framing in the alphabet ``+-0-9A-Za-z``, ``h`` for 45 bytes): news posts through
  gateways that mangled uuencode's punctuation;
* **base64** in every dress: ``uuencode -m`` (``begin-base64 644 …`` to ``====``), a MIME part shown raw
  (``Content-Transfer-Encoding: base64``, a blank line, lines of 76), PEM-style armour (``-----BEGIN …-----``), a
  database's or ``base64`` tool's wrapped output (64 or 76 a line), the URL-safe alphabet;
* **base32** (``A-Z2-7``, wrapped) and **Ascii85** (Adobe's ``<~ … ~>``): PDF streams, Git and tool exports;
* **quoted-printable** bodies with soft line breaks (a mail client's "show source");
* **hex dumps with offsets**, read by their own arithmetic: ``xxd`` (``00000000: e7ac ace4 …  ........``),
  ``hexdump -C`` (``00000000  e7 ac ac e4 …  |....|``), ``od -A x -t x1z``, ``od -b`` (octal bytes), ``hexdump``
  and ``od -x`` (little-endian 16-bit words), a debugger's memory view;
* **plain hexadecimal lines** (a database's ``HEX()``, PostgreSQL's ``\\x`` bytea output, wrapped);
* **numeric byte lists**: a source literal or a debugger's array (``byte[] data = {-25, -84, …};``, Java's signed
  bytes; ``[231, 172, …]``; ``{0xe7, 0xac, …}``), one or many lines;
* **bytes as escapes**: a source string literal over lines (C's ``"\\347\\254\\254"``, Python's ``repr`` of bytes
  ``b'\\xe7\\xac…'``, concatenated with ``+``), PostgreSQL's bytea in its escape format, where ``\\n`` is the
  text's line break.

**Bytes as tokens of a viewer's notation** (bytes31), the same family one byte at a time: a terminal tool, a pager,
an editor or a stream editor shows each byte it will not print as a printable token and leaves the text's ASCII as
it is, and what the screen showed was pasted (a bug report, a forum, a log) and crawled.  Its members, each an
entry of :data:`_NOTATIONS` (a token's pattern and its byte):

* **meta notation** (``M-gM-,M-,`` for 第): ``cat -v``, ``cat -e``/``-t``/``-A`` (``$`` at each line's end, a tab
  as ``^I``, a DOS file's ``^M``), BSD ``cat -v``, ``less``/``more`` without a UTF-8 locale, a terminal whose meta key
  sets the high bit; caret notation (``^A``) for the controls;
* **vis** (BSD ``vis(1)``/``vis(3)`` and the tools on it, ``\\M-g\\M-,``, ``\\^A``, ``\\\\``);
* **bytes in angle brackets**: ``less``'s ``<E7><AC><AC>`` (LESSBINFMT), Vim's and Neovim's ``<e7>`` for a byte
  illegal in the buffer's encoding;
* **octal escapes framed by ``$``**: ``sed -n l`` (GNU, BSD, busybox: ``\\347\\254\\254$``, a line folded with
  ``\\``), a framing no source literal has (a C or Python literal of escapes is a block's, above);
* **numeric references of bytes** (``&#231;&#172;&#172;``: ``htmlentities`` over bytes taken for Latin-1) and
  **percent-encoded bytes** (a form post's or a query log's body, ``%E7%AC%AC``), on a page kept as text;
* **Python's surrogate escapes** (``\\udce7``: bytes decoded with ``surrogateescape`` and shown by ``repr``,
  ``ascii`` or ``json.dumps``);
* (read elsewhere: a run of bytes with a mark of their own inside a line of text, ``%E7``, ``\\xe7``, ``=E7``, RTF's
  ``\\'e7``, by :mod:`corpus_tools.clean.escapes`; lines of escapes alone by the blocks' table above.)

Its shared evidence: lines of ASCII whose tokens take a third of their characters at least and write bytes above
ASCII, whose bytes, read line by line (the frame's ``$`` taken off, a folded line joined to the next), decode
strictly in one codec (the declared charset, UTF-8, GB18030, Big5) into text that passes the same strict test over
the page's lines together; a line the codec does not read keeps what was shown, and lines that read as no Chinese
text stay with a finding.  A notation that leaves its own marks unescaped (``cat -v`` writes a ``^`` as ``^``) has
its other reading as a second pattern, tried on a line the first does not decode.

**A text's bytes in another code unit and another alphabet** (bytes32): the family is the product of two independent
axes, every member a point on both, and the decoder is built as that product.  (a) The alphabet and packing that
turned bytes into printable text, each an entry of :data:`_ALPHABETS` (read by :func:`_alphabet_text` when the
blocks above did not read the block as text): hexadecimal in either case, with ``0x`` (SQL Server's ``VARBINARY``
of an ``NVARCHAR``) or ``\\x`` before it, or grouped by blanks (a hex editor's or Wireshark's "copy as hex");
base32 and base32hex (RFC 4648, either case); base64, URL-safe (JWT, JSON fields, URLs) and IMAP's modified
alphabet (RFC 3501, ``,`` for ``/``), padded or not; Ascii85 without Adobe's frame (``btoa``'s body, Python's
``a85encode``); ZeroMQ's Z85 (message logs, configuration); RFC 1924's Base85 (Git's binary patches, Mercurial,
Python's ``b85encode``); basE91; the radix encodings that write the whole payload as one number (Bitcoin's and
IPFS's base58, base62, base36: read halves by halves, never digit by digit); BinHex 4.0 (the classic Mac OS's
mail and news attachments: its own alphabet between colons, run-length coding, a header that states the data fork,
:func:`_binhex`).  (b) The text encoding that turned the law into bytes, tried by :func:`_as_text`
for every block of every representation in this module: the one a byte-order mark names, the charset declared,
UTF-8, GB18030, Big5, then UTF-16LE/BE, UTF-32LE/BE and UTF-7 (Windows, .NET, Java, JavaScript and PowerShell keep strings
as UTF-16: an Exchange export, a .NET XML or JSON blob, PowerShell's ``-EncodedCommand``); a serialised string's
length prefix that states exactly the bytes after it (Java's ``DataOutputStream.writeUTF``, .NET's
``BinaryWriter``, a four-byte length) and the zero bytes that padded a four-byte group (Z85) are taken off.  The
shared evidence: a block of lines of one width (the last shorter) or one line, sixty-four characters at least,
every character of one alphabet, decoded whole and strictly, whose bytes decode strictly in one text encoding into
text that passes the strict test (Chinese for the most part, common characters of one standard, eight distinct
characters at least: a run of one byte or a short period, ``AAAA``, ``ab ab``, is none).  A block of an alphabet
whose bytes are no text (a list of URLs of one width, a key, a JWT) leaves no finding.

**A text's bytes behind a compression and a framing** (bytes33): two more axes of the same product, so that every
member is a point on four: (d) the FRAMING that carries the printable payload -> (a) the alphabet -> (c) the
COMPRESSION -> (b) the text encoding.  An API, a cache, a queue or a log packs a large text field before it
encodes it, and a program, a registry or a serialiser writes the bytes inside its own syntax.  The family's
real-world members, spread over the axes:

* compression (:data:`_DECOMPRESSORS`, each recognised by its header, read to its end, capped at
  :data:`MAX_INFLATED` against bombs): gzip (HTTP bodies, caches, Java's ``GZIPOutputStream``, .NET's
  ``GZipStream``, ``.gz`` attachments), zlib (PHP's ``gzcompress``, Python's ``zlib.compress``, PDF's
  ``FlateDecode``, Redis and memcached caches), raw deflate (PHP's ``gzdeflate``, .NET's ``DeflateStream``, zip
  entries: no header, read last and only when it ends where the bytes end), bzip2 (Hadoop and log archives), xz
  and LZMA-alone (7-Zip, package archives); zstd, LZ4's frame, Unix ``compress`` and lzip are recognised by their
  magic and kept with a finding (no decoder in this installation); brotli has no magic and is not read;
* framing: regedit's ``.reg`` export of a value of bytes (``"Name"=hex(7):2c,67,…,\\`` wrapped at 80 columns,
  ``hex(2)``, ``hex(0)``, ``hex:``; ``REGEDIT4`` and version 5.00: :func:`_regedit_value`), a multi-string's or a
  C table's NULs as its line breaks; a payload in a field of a line (:func:`_field_payload`): a JSON record's
  string, a YAML or INI value, an XML element's content (wrapped, indented), a ``data:`` URI, a log line's
  ``key=value``, a source string literal or several concatenated (Java's and C#'s ``"…" +``), a form body
  percent-encoded byte by byte; a source array of numbers after its declaration (C/C#/Java/Go ``{0x1f, 0x8b, …}``,
  ``xxd -i``, PowerShell's ``[byte[]]$b = 0x1f,…``, JavaScript's ``Uint8Array``, Node's ``Buffer.toJSON``
  ``{"type":"Buffer","data":[…]}``, a JSON array); Python's ``repr`` of bytes (``b'\\x1f\\x8b…'``); a MIME part
  (its boundary, fields and blank line) and uuencode's ``begin … end`` around a ``.gz``.

The shared evidence is the one above, now after the compression: the payload decoded whole in one alphabet, its
compressed stream read to its end (its header the evidence that it is one: a raw deflate stream must end exactly
where the bytes end), and the content decoded strictly in one text encoding into Chinese text by the strict test.
What surrounds a payload (a ``.reg`` file's header and key, a field's key and quotes, an XML document's tags, a
declaration) is dropped only when the text read back replaces the page (:func:`_without_frame`: the page's other
lines hold a sixth of its Han at most); otherwise a field's lead and tail stay, as lines of their own.

Known members not read here: UTF-7 and HZ of the whole text
(character escapes, the cleaners'); a block split into parts by a mailer; ``btoa``'s own ``xbtoa Begin`` frame.

Known members not read here (they keep their text and need their own grammar): yEnc (8-bit, so the page's own decoding already mangled it), btoa, a uuencoded file posted in several
parts (the parts cut the bytes mid-character and must be joined first).  Escapes written character by character (``%E7``,
``&#31532;``, ``\\u7b2c``, HZ, UTF-7, one base64 or hex run inside a line) are the cleaners'
(:mod:`corpus_tools.clean.escapes`, :mod:`corpus_tools.clean.encoded_runs`).

The shared evidence, whatever the member: a block of Han-less lines that the representation's grammar reads to the
last character (a ``begin``/``end`` frame, a length character that agrees with its line, offsets that advance by the
bytes of the line before, lines of one width), whose bytes then decode strictly in a Chinese encoding the page's
ingest knows (the charset a MIME part declares, UTF-8, GB18030, Big5) into Chinese text by the shared strict test
:func:`corpus_tools.clean.encoded_runs.reads_as_chinese_text` (Han and Chinese marks, in the common characters of
one standard).  Only then does the decoded text replace the block, and the block's place, representation, codec and
size go to the page's metadata (``shown_bytes``); a block the grammar reads whose bytes are no Chinese text stays as
it was, with a finding (``shown_bytes_kept``).  A lone Han-less line (a URL, a hash, a document number) is no
block: unframed shapes need two lines at least and a block's bytes must hold eight Chinese characters.

Runs at ingest (:func:`corpus_tools.ingest.ingest_bytes`), on the decoded text of a plain-text or Markdown page
before its format is read, on an HTML page in the text its markup gives (a list archive's ``<pre>``), before its
language is judged; linear in the page (each line is looked at by a bounded number
of anchored patterns, and only runs of ASCII lines are offered to the decoders).
"""

from __future__ import annotations

import base64
import binascii
import bz2
import lzma
import quopri
import re
import urllib.parse
import zlib
from typing import Callable, Iterator

from corpus_tools.lazy_patterns import lazy_re

#: Least lines of an unframed block (a lone line is no block), least characters its text must give.
MIN_LINES = 2
MIN_CHARS = 8
#: Least bytes of a block read by its grammar whose bytes are no Chinese text, for a finding (two lines of small
#: figures in a table are no finding).
MIN_KEPT_BYTES = 32
#: Least numbers of a byte list on one line (a program's ``print(list(data))``): a table's row has fewer.
MIN_LIST_BYTES = 24
#: The codecs a block's bytes are tried in, after the charset the page or the block's part declares.
CODECS = ("utf-8", "gb18030", "big5")

_BEGIN = lazy_re(r"begin(-base64)? [0-7]{3,4} [!-~][ -~]{0,250}")
_XX = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_XX_TO_UU = str.maketrans(_XX, "".join(chr(32 + k) for k in range(64)))
_UU_LINE = lazy_re(r"[ -`]{1,90}")
_XX_LINE = lazy_re(r"[+\-0-9A-Za-z]{1,90}")
_BASE64_LINE = lazy_re(r"[A-Za-z0-9+/]{4,}={0,2}|[A-Za-z0-9_-]{4,}={0,2}|[A-Z2-7]{2,}={3,6}")
_HEX_LINE = lazy_re(r"(?:\\x)?(?:[0-9a-fA-F]{2}){8,}")
_TAIL_LINE = lazy_re(r"[A-Za-z0-9+/_-]{1,15}={0,6}")
_ARMOUR = lazy_re(r"-----(BEGIN|END) [ -~]{1,60}-----")
_PART_FIELD = lazy_re(r"(?i:content-[a-z-]+):[\t -~]*")
_BOUNDARY = lazy_re(r"--[!-~]{1,70}")
_CHARSET = lazy_re(r"""charset\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", re.I)
_QP_LINE = lazy_re(r"(?:[!-<>-~ \t]|=[0-9A-Fa-f]{2})*=?")
_QP_BYTE = lazy_re(r"=[0-9A-Fa-f]{2}")
#: A dump's line: an offset (``:`` after it in xxd), then the dump (cells, an ASCII column).
_DUMP_LINE = lazy_re(r"[ \t]*([0-9a-fA-F]{4,16})(:?)((?:[ \t][ -~]*)?)")
_CELL = lazy_re(r"[ \t]{1,3}([0-9a-fA-F]{2,8})(?![!-~])")
#: A numeric byte list's line: numbers with separators and a source literal's brackets and declaration.
_NUM = r"(?:\((?:byte|char)\)[ \t]?)?-?(?:0[xX][0-9a-fA-F]{1,2}|[0-9]{1,3})"  # (Java's ``(byte)0xe7`` cast)
#: (Read on a line without its blanks at either end; no two blank runs meet: linear.)
_NUMBER_LINE = lazy_re(rf"(?:[\[{{(][ \t]*)?{_NUM}(?:(?:[ \t]*[,;][ \t]*|[ \t]+){_NUM})+(?:[ \t]*[,;])?(?:[ \t]*[\]}})]){{0,3}}(?:[ \t]*[,;])?")
_PREFIX = lazy_re(r"[ \t>|]{0,16}")
_BLANKS = frozenset(" \t\n\u3000")
_FORMAT_CHARS = lazy_re(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\f\v]")
_NUMBER = lazy_re(r"-?0[xX][0-9a-fA-F]{1,2}|-?[0-9]{1,3}")
_ONE_NUMBER = lazy_re(rf"{_NUM}[ \t]*,?")
_OPENER = lazy_re(r"[ -~]{0,120}[=(\[{]")
_CLOSER = lazy_re(r"[\]})](?:[ \t]*[\])])?(?:[ \t]*[;,])?")


def _a2b_uu(line: str) -> bytes:
    """One uuencoded line, checked against its length character: no longer than the bytes it declares take (a line
    whose trailing blanks an editor or a mail gateway stripped is shorter: they were zero bits, and are put back).

    >>> _a2b_uu("&YZRLY+B "), _a2b_uu("&YZRLY+B")  # 第一 in UTF-8, its last blank kept or stripped
    (b'\xe7\xac\xac\xe4\xb8\x80', b'\xe7\xac\xac\xe4\xb8\x80')
    """
    count = (ord(line[0]) - 32) & 63
    if count == 0:
        return b""
    if len(line) > 1 + 4 * ((count + 2) // 3) + 1:
        raise ValueError("length character disagrees with the line")
    return binascii.a2b_uu(line)


def _uu_lines(lines: list[str], *, xx: bool) -> bytes:
    out = []
    for line in lines:
        if xx:
            if not _XX_LINE.fullmatch(line):
                raise ValueError("no xxencoded line")
            line = line.translate(_XX_TO_UU)
        elif not _UU_LINE.fullmatch(line):
            raise ValueError("no uuencoded line")
        out.append(_a2b_uu(line))
    return b"".join(out)


def _framed_uu(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """``begin 644 name`` … ``end``: uuencode or xxencode (whichever alphabet reads every line), or ``begin-base64``
    … ``====``."""
    head = _BEGIN.fullmatch(lines[at])
    if head is None:
        return
    end = next((k for k in range(at + 1, len(lines)) if lines[k] in ("end", "====")), -1)
    if end < 0:
        yield at, len(lines), "uuencode", None  # (no later ``begin`` has its ``end`` either)
        return
    body = lines[at + 1 : end]
    if head.group(1):
        data = _base64_of(body)
        if data is not None:
            yield at, end + 1, "base64 (uuencode -m)", data
        return
    body = body[:-1] if body and body[-1] in ("`", " ", "+", "") else body
    for xx, name in ((False, "uuencode"), (True, "xxencode")):
        try:
            yield at, end + 1, name, _uu_lines(body, xx=xx)
            return
        except (ValueError, binascii.Error):
            continue
    yield at, end + 1, "uuencode", None


def _unframed_uu(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """uuencoded or xxencoded lines whose ``begin`` line was lost: full lines (45 bytes, 61 characters) each agreeing
    with its length character, and a last one."""
    for xx, lead, name in ((False, "M", "uuencode"), (True, "h", "xxencode")):
        k = at
        while k < len(lines) and lines[k][:1] == lead and 56 < len(lines[k]) < 62:
            k += 1
        if k - at < MIN_LINES:
            continue
        full = k
        if k < len(lines) and lines[k][:1] != lead:
            k += 1  # the last, shorter line
        for stop in dict.fromkeys((k, full)):  # (a last line that is none)
            try:
                yield at, stop, name, _uu_lines(lines[at:stop], xx=xx)
                return
            except (ValueError, binascii.Error):
                continue
        yield at, full, name, None


def _base64_of(body: list[str]) -> bytes | None:
    """Lines of base64 of one width (the last may be shorter), decoded strictly; None when they are none."""
    if not body or not all(_BASE64_LINE.fullmatch(line) and not line.endswith("===") for line in body):
        return None
    width = len(body[0])
    if any(len(line) != width for line in body[:-1]) or len(body[-1]) > width:
        return None
    return _base64_joined("".join(body))


def _base64_joined(joined: str) -> bytes | None:
    """base64 (or its URL-safe alphabet) decoded strictly, its padding put back; None when it is none."""
    if "-" in joined or "_" in joined:
        joined = joined.translate(str.maketrans("-_", "+/"))
    try:
        return base64.b64decode(joined.rstrip("=") + "=" * (-len(joined.rstrip("=")) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def _wrapped_lines(lines: list[str], at: int, shape: Callable[[str], object]) -> int:
    """Where the run of lines from ``at`` that fit ``shape`` and share one width (the last may be shorter) ends."""
    k = at
    width = len(lines[at])
    while k < len(lines) and shape(lines[k]) and len(lines[k]) == width:
        k += 1
    if k < len(lines) and shape(lines[k]) and len(lines[k]) < width:
        k += 1
    return k


def _alphabet_block(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """Lines of one width in an alphabet: hexadecimal, base32 or base64, in armour (``-----BEGIN …-----``) or none;
    each reading is offered (the text's test decides, a hexadecimal line being base64 too)."""
    start, first = at, at
    armour = _ARMOUR.fullmatch(lines[at])
    if armour and armour.group(1) == "BEGIN":
        first = at + 1
    if first >= len(lines) or len(lines[first]) < 16:
        return
    if not _BASE64_LINE.fullmatch(lines[first]) and not _HEX_LINE.fullmatch(lines[first]):
        return
    end = _wrapped_lines(lines, first, lambda line: _BASE64_LINE.fullmatch(line) or _HEX_LINE.fullmatch(line))
    stop = end + 1 if armour and end < len(lines) and _ARMOUR.fullmatch(lines[end]) else end
    if stop == end and (end - first < MIN_LINES or end - first == MIN_LINES and len(lines[end - 1]) < len(lines[first])):
        yield start, end, "base64", None  # (unframed: two lines of one width at least, a hash and a word are none)
        return
    tail = (stop == end and end < len(lines) and len(lines[end]) < len(lines[first])
            and _TAIL_LINE.fullmatch(lines[end]) is not None)
    lasts = (end + 1, end) if tail else (end,)
    if stop == end and end - 1 - first >= MIN_LINES and len(lines[end - 1]) < len(lines[first]):
        lasts += (end - 1,)  # (a shorter last line that is no part of it: a MIME boundary ``--b1_4c2f--``)
    reach = max(stop, *lasts)
    for last in lasts:
        # (a last line too short for a line's shape, ``ACQ=``, is the block's when the block reads whole with it)
        body = lines[first:last]
        joined = "".join(line[2:] if line.startswith("\\x") else line for line in body)
        stop = max(stop, last) if last >= end else last
        if _HEX_LINE.fullmatch(joined) and len(joined) % 2 == 0:
            yield start, stop, "hexadecimal", bytes.fromhex(joined)
        if re.fullmatch(r"[A-Z2-7]+=*", joined):
            try:
                yield start, stop, "base32", base64.b32decode(joined + "=" * (-len(joined) % 8))
            except (binascii.Error, ValueError):
                pass
        data = _base64_of(body) if last == end else _base64_joined(joined)
        if data is not None:
            yield start, stop, "base64", data
    yield start, reach, "base64", None  # (read to its end: not asked again inside it)


def _ascii85(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """Adobe's Ascii85 between ``<~`` and ``~>``."""
    if not lines[at].startswith("<~"):
        return
    end = next((k for k in range(at, len(lines)) if lines[k].endswith("~>")), -1)
    if end < 0:
        yield at, len(lines), "Ascii85", None
        return
    try:
        yield at, end + 1, "Ascii85", base64.a85decode("".join(lines[at : end + 1]), adobe=True)
    except (binascii.Error, ValueError):
        yield at, end + 1, "Ascii85", None


def _quoted_printable(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """A quoted-printable body: lines that are ``=XX`` bytes for a third of their characters at least, joined where
    a soft break (``=`` at the end) says; a paragraph of one line when it writes sixteen bytes so."""
    k = at
    while k < len(lines) and _QP_LINE.fullmatch(lines[k]) and 9 * len(_QP_BYTE.findall(lines[k])) >= len(lines[k]):
        k += 1
    if k - at < MIN_LINES and not (k > at and (lines[at].endswith("=") or len(_QP_BYTE.findall(lines[at])) >= 2 * MIN_CHARS)):
        yield at, k, "quoted-printable", None  # (one line: a paragraph of a body whose blank lines are its own)
        return
    yield at, k, "quoted-printable", quopri.decodestring("\n".join(lines[at:k]).encode("ascii"))


#: The bytes a dump's cell of each width holds: hex bytes, ``od -b``'s octal bytes, hex words (``xxd``, ``od -x``,
#: ``hexdump``), ``od``'s default octal words, hex double words (``xxd -g 4``, ``od -t x4``).
_CELL_BYTES = {2: 1, 3: 1, 4: 2, 6: 2, 8: 4}


def _dump_cells(lines: list[str]) -> tuple[list[list[str]], int | None] | None:
    """Each line's cells and the dump's length in bytes when its last line states it (``hexdump``, ``od``), the
    offsets read in the radix (16, 8, 10) in which every line's offset is the previous one's plus the bytes of the
    previous line's cells (a dump of an odd length pads its last word: one byte more); None when none agrees."""
    rows = [_DUMP_LINE.fullmatch(line) for line in lines]
    if not all(rows):
        return None
    closed = not rows[-1].group(3).strip()  # a last line with the offset alone: the dump's length
    for radix in (16, 8, 10):
        try:
            offsets = [int(m.group(1), radix) for m in rows]
        except ValueError:
            continue
        if offsets[0] != 0 and len(offsets) < 3:
            continue
        cells_of: list[list[str]] = []
        ok = True
        for k, m in enumerate(rows):
            rest = m.group(3)
            cells: list[str] = []
            pos = 0
            want = offsets[k + 1] - offsets[k] if k + 1 < len(rows) else None
            most = want if want is not None else offsets[k] - offsets[k - 1] if k else 64
            got = 0
            while got < most:
                cell = _CELL.match(rest, pos)
                if cell is None:
                    break
                width = len(cell.group(1))
                if width not in _CELL_BYTES or cells and width > len(cells[0]):
                    break
                cells.append(cell.group(1))
                got += _CELL_BYTES[width]
                pos = cell.end()
                if cells and width < len(cells[0]):
                    break  # (a narrower last cell: the odd byte of a dump of words)
            padded = closed and k + 2 == len(rows) and got == (want or 0) + 1
            if want is not None and got != want and not padded or k + 1 < len(rows) and not cells:
                ok = False
                break
            cells_of.append(cells)
        if ok and sum(map(len, cells_of)) >= 2:
            return cells_of, offsets[-1] - offsets[0] if closed else None
    return None


def _hex_dump(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """A dump with offsets (xxd, hexdump -C, od): the run of dump lines from ``at`` whose offsets agree with their
    cells, read as bytes (octal cells of ``od -b`` and ``od``; words in the byte order of ``xxd`` and of ``od -x``)."""
    if not _DUMP_LINE.fullmatch(lines[at]):
        return
    k = at
    while k < len(lines) and _DUMP_LINE.fullmatch(lines[k]):
        k += 1
    if k - at < MIN_LINES:
        return
    read = _dump_cells(lines[at:k])
    if read is None:
        yield at, k, "hex dump", None
        return
    cells_of, length = read
    cells = [cell for row in cells_of for cell in row]
    width = len(cells[0])
    octal = width in (3, 6)
    if any(len(cell) != width for cell in cells[:-1]) or len(cells[-1]) > width or not octal and len(cells[-1]) % 2:
        yield at, k, "hex dump", None
        return
    if octal and not all(re.fullmatch(r"[0-7]+", cell) and int(cell, 8) < 1 << (8 * _CELL_BYTES[width]) for cell in cells):
        yield at, k, "octal dump", None
        return
    if octal:
        units = [int(cell, 8).to_bytes(_CELL_BYTES[len(cell)], "big") for cell in cells]
    else:
        units = [bytes.fromhex(cell) for cell in cells]  # (xxd's last word holds the odd byte)
    name = "octal dump" if octal else "hex dump"
    readings = [(b"".join(units), name)]
    if width > 3:
        readings = [(b"".join(units), f"{name} (big-endian words)"),
                    (b"".join(unit[::-1] for unit in units), f"{name} (little-endian words)")]
    for data, reading in readings:
        yield at, k, reading, data[:length] if length is not None else data


#: A character dump's line (``od -c``, ``hexdump -c``): a seven-digit offset, then cells four characters wide, each a
#: printable byte (`` a``, a blank byte four blanks), a C escape (``\\n``) or a byte in octal (``347``).
_CHAR_DUMP_LINE = lazy_re(r"([0-9a-fA-F]{7})((?: {3}[ -~]| {2}\\[0abfnrtv\\]| [0-7]{3})*) {0,3}")
_CHAR_CELL_ESCAPES = {"0": 0, "a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, "\\": 92}


def _char_cell(cell: str) -> int:
    """One cell of ``od -c``: ``   a``, ``  \\n``, `` 347``.

    >>> [_char_cell(cell) for cell in ("   a", "    ", "  \\\\n", " 347")]
    [97, 32, 10, 231]
    """
    if cell[1:].isdigit():
        return int(cell[1:], 8)
    if cell[2] == "\\":
        return _CHAR_CELL_ESCAPES[cell[3]]
    return ord(cell[3])


def _char_dump(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """``od -c`` and ``hexdump -c``: each byte a cell four characters wide after the line's offset, the offsets
    (octal for ``od``, hexadecimal for ``hexdump``) advancing by the cells of the line before (a line whose last
    cells were blanks an editor stripped is padded back); the last line the offset alone (the dump's length)."""
    k = at
    rows = []
    while k < len(lines):
        row = _CHAR_DUMP_LINE.fullmatch(lines[k])
        if row is None:
            break
        rows.append(row)
        k += 1
    if len(rows) < MIN_LINES:
        return
    for radix in (8, 16):
        try:
            offsets = [int(row.group(1), radix) for row in rows]
        except ValueError:
            continue
        data = bytearray()
        for j, row in enumerate(rows):
            cells = lines[at + j][7:]
            count = offsets[j + 1] - offsets[j] if j + 1 < len(rows) else len(cells) // 4 if cells.strip() else 0
            if count < 0 or len(cells) > 4 * count or j + 1 < len(rows) and count == 0:
                break
            cells = cells.ljust(4 * count)
            if not _CHAR_DUMP_LINE.fullmatch("0" * 7 + cells):
                break
            data += bytes(_char_cell(cells[c : c + 4]) for c in range(0, 4 * count, 4))
        else:
            yield at, k, "character dump (od -c)", bytes(data)
            return
    yield at, k, "character dump (od -c)", None


def _numbers(line: str) -> bool:
    return bool(_NUMBER_LINE.fullmatch(line.strip()))


def _byte_list(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """Numbers that are bytes (0-255, Java's signed -128-127, ``0x``), in a source literal's brackets or none, with
    its declaration line (``byte[] data = {``) and its closing line (``};``)."""
    start, first_from = at, 0
    if not _numbers(lines[at]):
        # the declaration on the list's own line (``Uint8Array(297) [231, …``, ``byte[] b = {-25, …``, PowerShell's
        # ``[byte[]]$b = 0x1f,…``, Node's ``{"type":"Buffer","data":[31,…]}``)
        leads = [j + (ch in "=:") for j, ch in enumerate(lines[at][:120]) if ch in "[{(=:"][:8]
        first_from = next((j for j in leads if _numbers(lines[at][j:])), 0)
        if not first_from:
            if not (_OPENER.fullmatch(lines[at].strip()) and at + 1 < len(lines) and _numbers(lines[at + 1])):
                return
            at += 1
    k = at + 1
    while k < len(lines) and _numbers(lines[k]):
        k += 1
    if k + 1 < len(lines) and _ONE_NUMBER.fullmatch(lines[k].strip()) and _CLOSER.fullmatch(lines[k + 1].strip()):
        k += 1  # (a last line of one number before the literal's closing bracket)
    if k - at < MIN_LINES and start == at and len(_NUMBER.findall(lines[at], first_from)) < MIN_LIST_BYTES:
        yield start, k, "numeric byte list", None
        return
    stop = k + 1 if k < len(lines) and _CLOSER.fullmatch(lines[k].strip()) else k
    numbers = _NUMBER.findall(lines[at], first_from) + [n for line in lines[at + 1 : k] for n in _NUMBER.findall(line)]
    values = [int(n, 0) if "x" in n.lower() else int(n) for n in numbers]
    if not all(-128 <= v <= 255 for v in values):
        yield start, stop, "numeric byte list", None
        return
    yield start, stop, "numeric byte list", bytes(v & 0xFF for v in values)


#: A source literal's text between its quotes (each character plain or one escape: linear), and what may stand
#: before its first quote (a declaration, ``+``, a bytes prefix) and after its last (``+``, ``,``, ``;``, ``)``).
_LITERAL = {'"': lazy_re(r'(?:[^"\\]|\\.)*'), "'": lazy_re(r"(?:[^'\\]|\\.)*")}
_LITERAL_HEAD = lazy_re(r"[\w \t*\[\]=(+<:.-]{0,80}")
_LITERAL_TAIL = lazy_re(r"[ \t+,;)\\]*")
#: The escapes that write a byte (``\347``, ``\xe7``) and the other escapes of C, Java, Python and JavaScript.
_BYTE_ESCAPE = lazy_re(r"\\(?:[0-3][0-7]{2}|x[0-9a-fA-F]{2})")
_ESCAPE = lazy_re(r"\\(?:[0-7]{1,3}|x[0-9a-fA-F]{2}|(.))")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def _unescaped_bytes(content: str) -> bytes | None:
    """The bytes a literal's escapes write (``\\347\\254\\254``, ``\\xe7``, ``\\n``…); None when it names code points
    (``\\u7b2c``: a text, the escapes' cleaner's) or writes no byte above ASCII.

    >>> _unescaped_bytes(r"\\347\\254\\254\\xe4\\xb8\\x80\\n").decode()
    '第一\\n'
    """
    if "\\u" in content or "\\U" in content or not _BYTE_ESCAPE.search(content):
        return None

    def byte(m: re.Match[str]) -> str:
        text = m.group()
        if m.group(1) is None:
            return chr(int(text[2:], 16) if text[1] == "x" else int(text[1:], 8) & 0xFF)
        return _SIMPLE_ESCAPES.get(m.group(1), m.group(1))

    return _ESCAPE.sub(byte, content).encode("latin-1")


def _literal_of(line: str) -> str | None:
    """The text of the one string literal a line holds, with its declaration or its concatenation signs around it;
    None when the line is no such literal."""
    line = line.strip()
    head = _LITERAL_HEAD.match(line)
    quote = line[head.end() : head.end() + 1]
    if quote not in _LITERAL:
        return None
    body = _LITERAL[quote].match(line, head.end() + 1)
    end = body.end()
    if line[end : end + 1] != quote or not _LITERAL_TAIL.fullmatch(line, end + 1):
        return None
    return body.group()


def _escaped_lines(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """Bytes written as escapes: a source literal over lines (C's ``"\\347\\254\\254"``, Python's ``b'\\xe7…'``, a
    string concatenated with ``+``), or lines of escapes alone (PostgreSQL's bytea in its escape format): a third of
    their characters escapes, two lines, or one that writes sixteen bytes so."""
    start = at
    if (at + 1 < len(lines) and _literal_of(lines[at]) is None and _OPENER.fullmatch(lines[at].strip())
            and _literal_of(lines[at + 1]) is not None):
        at += 1  # (its declaration on a line of its own: ``const char *law =``)
    k = at
    literal = _literal_of(lines[at]) is not None
    while k < len(lines):
        content = _literal_of(lines[k]) if literal else lines[k]
        if content is None or 3 * sum(len(m.group()) for m in _BYTE_ESCAPE.finditer(content)) < len(content):
            break
        k += 1
    if k == at:
        return
    pieces = [(_literal_of(line) if literal else line) or "" for line in lines[at:k]]
    if k - at < MIN_LINES and len(_BYTE_ESCAPE.findall(pieces[0])) < 2 * MIN_CHARS:
        yield start, k, "escaped bytes", None
        return
    stop = k + 1 if literal and k < len(lines) and _CLOSER.fullmatch(lines[k].strip()) else k
    data = _unescaped_bytes("".join(pieces))
    yield start, stop, "escaped bytes", data


_Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
_B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
_Z85_TO_B85 = str.maketrans(_Z85, _B85)
_BASE91 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~"'
_BASE91_VALUE = {ch: k for k, ch in enumerate(_BASE91)}
_B32HEX_TO_B32 = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUV", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def _b91decode(text: str) -> bytes:
    """basE91 (Joachim Henke's: 13 or 14 bits in two characters of 91), read back.

    >>> _b91decode('fPNKd')
    b'test'
    """
    value, bits, shift, out = -1, 0, 0, bytearray()
    for ch in text:
        c = _BASE91_VALUE[ch]
        if value < 0:
            value = c
            continue
        value += c * 91
        bits |= value << shift
        shift += 13 if value & 8191 > 88 else 14
        while shift > 7:
            out.append(bits & 255)
            bits >>= 8
            shift -= 8
        value = -1
    if value >= 0:
        out.append((bits | value << shift) & 255)
    return bytes(out)


def _big_number(text: str, alphabet: str) -> int:
    """A text in a positional alphabet read as one number, halves by halves (the multiplications of halves cost
    less than a digit at a time: no quadratic walk over a long block)."""
    base = len(alphabet)
    values = [alphabet.index(ch) for ch in text]  # (a character outside the alphabet raises ValueError)
    numbers, weight = values, base
    while len(numbers) > 1:
        if len(numbers) % 2:
            numbers = [0, *numbers]
        numbers = [numbers[k] * weight + numbers[k + 1] for k in range(0, len(numbers), 2)]
        weight *= weight
    return numbers[0] if numbers else 0


def _radix_decode(alphabet: str, *, zeros: bool = False, fold: bool = False) -> Callable[[str], bytes]:
    """A whole-payload radix encoding (base58, base62, base36): the text is one number, big-endian; with ``zeros``
    each leading zero digit is a zero byte (Bitcoin's base58).

    >>> _radix_decode(_BASE58, zeros=True)("1Cn8eVZg")
    b'\\x00hello'
    """
    def decode(text: str) -> bytes:
        text = text.lower() if fold else text
        value = _big_number(text, alphabet)
        lead = len(text) - len(text.lstrip(alphabet[0])) if zeros else 0
        return b"\x00" * lead + value.to_bytes((value.bit_length() + 7) // 8, "big")

    return decode


_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _padded(text: str, group: int) -> str:
    return text.rstrip("=") + "=" * (-len(text.rstrip("=")) % group)


#: The family's first axis: the alphabets and packings that turn bytes into printable characters, each a line's
#: characters (one class, linear), what may lead the block's first line, and how its characters give the bytes
#: (strictly: a character outside the alphabet or a group that cannot be raises).  The second axis, the text
#: encodings, is :func:`_as_text`'s.  A new alphabet is one more entry.
_ALPHABETS: tuple[tuple[str, str, str, Callable[[str], bytes]], ...] = (
    # a database's HEX(), SQL Server's 0x of a VARBINARY/NVARCHAR, PostgreSQL's \x bytea, any case
    # (grouped by a blank, a colon or a dash: a hex editor's or a packet tool's "copy as hex")
    ("hexadecimal", r"[0-9a-fA-F]+|[0-9a-fA-F]{2,8}(?:[ :-][0-9a-fA-F]{2,8})+[ :-]?", r"0[xX]|\\x",
     lambda text: bytes.fromhex(_HEX_SEPARATORS.sub("", text))),
    # RFC 4648's base32 (upper or lower case) and its extended-hex alphabet (base32hex: NSEC3, some databases)
    ("base32", r"[A-Z2-7]+=*|[a-z2-7]+=*", "", lambda text: base64.b32decode(_padded(text, 8), casefold=True)),
    ("base32hex", r"[0-9A-V]+=*|[0-9a-v]+=*", "",
     lambda text: base64.b32decode(_padded(text.upper(), 8).translate(_B32HEX_TO_B32))),
    # base64 and its URL-safe (JWT, JSON, URLs) and IMAP (RFC 3501's ``,`` for ``/``) alphabets, padded or not
    ("base64", r"[A-Za-z0-9+/]+=*", "", lambda text: base64.b64decode(_padded(text, 4), validate=True)),
    ("base64 (URL-safe)", r"[A-Za-z0-9_-]+=*", "", lambda text: base64.urlsafe_b64decode(_padded(text, 4))),
    ("base64 (IMAP)", r"[A-Za-z0-9+,]+", "",
     lambda text: base64.b64decode(_padded(text.replace(",", "/"), 4), validate=True)),
    # Ascii85 without Adobe's frame (btoa's body, Python's a85encode), ZeroMQ's Z85, RFC 1924's Base85 (Git's binary
    # patches, Mercurial, Python's b85encode), basE91
    ("Ascii85", r"[!-uz]+", "", lambda text: base64.a85decode(text)),
    ("Z85", r"[0-9a-zA-Z.:+=^!/*?&<>()\[\]{}@%$#-]+", "", lambda text: base64.b85decode(text.translate(_Z85_TO_B85))),
    ("Base85 (RFC 1924)", r"[0-9A-Za-z!#$%&()*+;<=>?@^_`{|}~-]+", "", lambda text: base64.b85decode(text)),
    ("basE91", r'[A-Za-z0-9!#$%&()*+,./:;<=>?@\[\]^_`{|}~"]+', "", _b91decode),
    # the whole payload as one number: Bitcoin's and IPFS's base58, base62 (either letter case first), base36
    ("base58", r"[1-9A-HJ-NP-Za-km-z]+", "", _radix_decode(_BASE58, zeros=True)),
    ("base62", r"[0-9A-Za-z]+", "", _radix_decode(_BASE62)),
    ("base62 (lower case first)", r"[0-9A-Za-z]+", "", _radix_decode(_BASE62[:10] + _BASE62[36:] + _BASE62[10:36])),
    ("base36", r"[0-9A-Z]+|[0-9a-z]+", "", _radix_decode(_BASE62[:10] + _BASE62[36:], fold=True)),
)
_ALPHABET_LINES = [(name, lazy_re(rf"(?:{lead})?(?:{chars})" if lead else chars), lazy_re(chars), lazy_re(lead) if lead else None, decode)
                   for name, chars, lead, decode in _ALPHABETS]
_PRINTABLE_RUN = lazy_re(r"[!-~][ -~]{15,}")  # (a block's first line)
_HEX_SEPARATORS = lazy_re(r"[ :-]")
#: Least characters of a block in an alphabet of :data:`_ALPHABETS` (a hash, a key, a token is shorter; a text's
#: bytes are many), and of its first line.
MIN_ONE_LINE = 64


def _alphabet_text(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """A block in one alphabet of :data:`_ALPHABETS` whose bytes are a Chinese text in one text encoding: lines of
    one width (the last may be shorter) or one long line, read whole; it yields only the bytes that prove to be text
    (:func:`_as_text`): a run of an alphabet's characters that is no text (a list of URLs, a key) is no finding."""
    if not _PRINTABLE_RUN.fullmatch(lines[at]):
        return
    furthest = at + 1
    width = len(lines[at])
    for name, first, rest, lead, decode in _ALPHABET_LINES:
        if not first.fullmatch(lines[at]):
            continue
        end = at + 1
        while end < len(lines) and len(lines[end]) == width and rest.fullmatch(lines[end]):
            end += 1
        if end < len(lines) and len(lines[end]) < width and rest.fullmatch(lines[end]):
            end += 1  # (the last line, shorter)
        furthest = max(furthest, end)
        body = lines[at:end]
        if sum(map(len, body)) < MIN_ONE_LINE:
            continue
        if lead is not None:
            head = lead.match(body[0])
            body = [body[0][head.end() :] if head else body[0], *body[1:]]
        try:
            data = decode("".join(body))
        except (ValueError, binascii.Error, KeyError):
            continue
        if data and _as_text(data, ()) is not None:
            yield at, end, name, data
            return
    yield at, furthest, "alphabet", None


_BINHEX = "!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr"
_BINHEX_VALUE = {ch: k for k, ch in enumerate(_BINHEX)}
_BINHEX_HEAD = lazy_re(r"\(This file must be converted with BinHex[ -~]{0,40}")
_BINHEX_LINE = lazy_re(r"[!-\-0-689@A-NP-VX-\[`a-fh-mp-r]+:?")


def _binhex_data(text: str) -> bytes:
    """BinHex 4.0's body (between its colons) read back: six bits a character, its run-length coding (``0x90``)
    undone, then the data fork its header states (a name, a type, a creator, flags, the forks' lengths, a CRC; the
    CRCs are not checked: a damaged copy whose text reads is read).

    >>> _binhex_data("!@%!9%9B9(4dH(3!N!8*!*!%,)2RV+cNZ)$QRD&6@3!!").decode()  # (第一条 in UTF-8, a file "a")
    '第一条'
    """
    bits = shift = 0
    packed = bytearray()
    for ch in text:
        if ch in " \t\n":
            continue
        bits = bits << 6 | _BINHEX_VALUE[ch]  # (a character outside the alphabet raises KeyError)
        shift += 6
        if shift >= 8:
            shift -= 8
            packed.append(bits >> shift & 255)
            bits &= (1 << shift) - 1
    out = bytearray()
    k = 0
    while k < len(packed):
        byte = packed[k]
        if byte == 0x90 and k + 1 < len(packed):
            count = packed[k + 1]
            if count == 0:
                out.append(0x90)
            elif out:
                out += bytes([out[-1]]) * (count - 1)
            k += 2
            continue
        out.append(byte)
        k += 1
    name = out[0] if out else 0
    at = 1 + name + 1 + 4 + 4 + 2
    if len(out) < at + 8:
        raise ValueError("a BinHex header shorter than it states")
    length = int.from_bytes(out[at : at + 4], "big")
    start = at + 4 + 4 + 2
    if len(out) < start + length:
        raise ValueError("a BinHex data fork shorter than its header states")
    return bytes(out[start : start + length])


def _binhex(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """BinHex 4.0 (the classic Mac OS's mail and news attachments, ``.hqx`` archives): ``(This file must be converted
    with BinHex 4.0)``, then lines of its alphabet from ``:`` to ``:``."""
    start = at
    if _BINHEX_HEAD.match(lines[at]):
        at += 1
        while at < len(lines) and not lines[at]:
            at += 1
    if at >= len(lines) or not lines[at].startswith(":") or start == at and len(lines[at]) < 16:
        return
    end = at
    while not (lines[end].endswith(":") and (end > at or len(lines[end]) > 1)):
        end += 1
        if end == len(lines) or not _BINHEX_LINE.fullmatch(lines[end]):
            yield start, end, "BinHex 4.0", None  # (no closing colon: not asked again inside it)
            return
    try:
        data = _binhex_data("".join(lines[at : end + 1])[1:-1])
    except (KeyError, ValueError, IndexError):
        yield start, end + 1, "BinHex 4.0", None
        return
    yield start, end + 1, "BinHex 4.0", data


#: A regedit export's value of bytes (``"Name"=hex(7):2c,67,…,\\``, ``@=hex:…``): REG_BINARY (``hex:``),
#: REG_EXPAND_SZ (``hex(2)``), REG_MULTI_SZ (``hex(7)``), REG_NONE (``hex(0)``) and any other type written so.
_REG_VALUE = lazy_re(r'(?:"(?:[^"\\]|\\.){0,255}"|@)[ \t]*=[ \t]*hex(?:\([0-9a-fA-F]{1,8}\))?:')
_REG_PAIRS = lazy_re(r"(?:[0-9a-fA-F]{2},)*(?:[0-9a-fA-F]{2})?")


def _regedit_value(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """A value of a ``.reg`` file (regedit's export, ``REGEDIT4`` or version 5.00): comma-separated hexadecimal bytes
    after ``"Name"=hex(N):``, each line but the last ended by a backslash (continued with two blanks of indent);
    the text encoding (UTF-16LE for version 5.00, the ANSI code page for ``REGEDIT4``) is the encodings' axis, a
    multi-string's NULs its line breaks (:func:`_as_text`).  The file's header and key lines are the page's frame."""
    head = _REG_VALUE.match(lines[at])
    if head is None:
        return
    pieces = [lines[at][head.end() :].strip()]
    k = at
    while pieces[-1].endswith("\\") and k + 1 < len(lines):
        pieces[-1] = pieces[-1][:-1].rstrip()
        k += 1
        pieces.append(lines[k].strip())
    pieces[-1] = pieces[-1].rstrip("\\").rstrip()
    if not all(_REG_PAIRS.fullmatch(piece) for piece in pieces):
        yield at, k + 1, "regedit value", None
        return
    yield at, k + 1, "regedit value (hex)", bytes.fromhex("".join(pieces).replace(",", ""))


_GIT_LITERAL = lazy_re(r"literal ([0-9]{1,9})")
_GIT_LINE = lazy_re(r"[A-Za-z][0-9A-Za-z!#$%&()*+;<=>?@^_`{|}~-]{5,}")


def _git_binary_patch(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes]]:
    """Git's binary patch (``git diff --binary``, ``git format-patch``: a patch mailed or pasted with a file that
    Git took for binary, a text in UTF-16 or GB18030): ``GIT binary patch``, ``literal N``, then lines of RFC 1924's
    Base85 each led by its length (``A``-``Z`` 1-26 bytes, ``a``-``z`` 27-52) of the file's zlib stream."""
    start = at
    if lines[at] == "GIT binary patch":
        at += 1
    head = _GIT_LITERAL.fullmatch(lines[at]) if at < len(lines) else None
    if head is None:
        return
    k = at + 1
    data = bytearray()
    while k < len(lines) and _GIT_LINE.fullmatch(lines[k]):
        line = lines[k]
        count = ord(line[0]) - (ord("A") - 1 if line[0] <= "Z" else ord("a") - 27)
        if len(line) - 1 != 5 * ((count + 3) // 4):
            break
        try:
            data += base64.b85decode(line[1:])[:count]
        except ValueError:
            break
        k += 1
    if k == at + 1:
        return
    yield start, k, "git binary patch", bytes(data)


#: A payload inside a line with a frame around it: a run of the alphabets of base64 and hexadecimal (``=`` padding
#: at its end), or of percent-encoded bytes (``%1F%8B…`` with the characters a form leaves as they are).
_FIELD_RUNS = (lazy_re(r"(?:[A-Za-z0-9+/_-]|\\[/nr]){16,}={0,2}(?:\\[nr])*"),
               lazy_re(r"(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~*+-]){16,}"))
_FIELD_RUNS_GO_ON = (lazy_re(r"(?:[A-Za-z0-9+/_-]|\\[/nr])+={0,2}(?:\\[nr])*"),
                     lazy_re(r"(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~*+-])+"))
#: What may stand before a continued payload's line (indentation, quotes, a concatenation's ``+``) and after any of
#: its lines (quotes, ``+``, separators, closing brackets, a continuation's backslash, a closing tag).
_FIELD_CONTINUED = lazy_re(r"[ \t]{0,16}(?:\+(?=[ \t\"']))?[ \t]{0,4}[\"']?")
_FIELD_TAIL = lazy_re(r"[ \t\"'+,;)\]}\\]{0,16}(?:</[\w:.-]{1,40}>)?[ \t,;]{0,4}")
_FIELD_ALPHABETS = ("hexadecimal", "base32", "base32hex", "base64", "base64 (URL-safe)")
_PERCENT_TOKEN = lazy_re(r"%[0-9A-Fa-f]{2}")
_HEX_DIGITS = lazy_re(r"[0-9A-Fa-f]+")


def _field_run(line: str) -> re.Match[str] | None:
    """The longest run of :data:`_FIELD_RUNS` on a line (the payload of a field, a ``key=value``, a URI, a quoted
    string)."""
    best = None
    for pattern in _FIELD_RUNS:
        for m in pattern.finditer(line):
            if best is None or m.end() - m.start() > best.end() - best.start():
                best = m
    return best


def _field_payload(lines: list[str], at: int) -> Iterator[tuple[int, int, str, bytes, tuple[str, str]]]:
    """A payload carried in a field of a line, with what frames it: a JSON or a YAML field, an XML element's content,
    a ``data:`` URI, a log line's ``key=value``, a source string literal (or several concatenated over lines), a
    form body; the payload may go on over the next lines (wrapped at one width, each line's run between the frame's
    quotes, indentation and ``+``).  Offered in the alphabets the run is written in (:data:`_FIELD_ALPHABETS`,
    percent-encoding), and with the frame's lead and tail (kept as lines of their own around the text, dropped with
    the page's frame: :func:`_shown_blocks`)."""
    first = _field_run(lines[at])
    if first is None:
        return
    lead, tail = lines[at][: first.start()], lines[at][first.end() :]
    if len(lead) > 240 or len(first.group()) < 16:
        return
    runs = [first.group()]
    k = at + 1
    if _FIELD_TAIL.fullmatch(tail):
        width = 0
        while k < len(lines):
            head = _FIELD_CONTINUED.match(lines[k])
            run = max((pattern.match(lines[k], head.end()) for pattern in _FIELD_RUNS_GO_ON),
                      key=lambda m: m.end() if m else -1)
            if run is None or width and (len(run.group()) > width or len(runs[-1]) < width):
                break
            if not _FIELD_TAIL.fullmatch(lines[k], run.end()):
                break
            width = width or len(run.group())
            runs.append(run.group())
            tail = lines[k][run.end() :]
            k += 1
    payload = "".join(runs)
    if len(payload) < MIN_ONE_LINE or len(runs) == 1 and not lead and not tail:
        return  # (a whole line of an alphabet alone is the blocks' above; a short run is read in a bounded look)
    yield from _field_readings(at, k, payload, (lead, tail))
    if len(runs) > 2 and len(payload) - len(runs[0]) >= MIN_ONE_LINE:
        # (the first line's run no part of the wrapped payload below it, a short value before an element's lines:
        # that line is the frame's)
        yield from _field_readings(at, k, payload[len(runs[0]) :], (lines[at], tail))
    yield at, k, "a field", None  # (read to its end: not asked again inside it, linear)


def _field_readings(at: int, k: int, payload: str, frame: tuple[str, str]) -> Iterator[tuple[int, int, str, bytes, tuple[str, str]]]:
    """A field's payload in each alphabet it is written in (:data:`_FIELD_ALPHABETS`, percent-encoding), JSON's
    escapes (``\\/``, ``\\n``) and a URL's percent-escapes of base64 undone, a ``0x`` or ``\\x`` lead taken off."""
    lead = frame[0]
    if "\\" in payload:
        payload = payload.replace("\\/", "/").replace("\\n", "").replace("\\r", "")
    if "%" in payload:
        if 3 * len(_PERCENT_TOKEN.findall(payload)) * 3 >= len(payload):  # (a third of it bytes so, at least)
            yield at, k, "percent-encoded bytes in a field", urllib.parse.unquote_to_bytes(payload.replace("+", " ")), frame
            return
        payload = urllib.parse.unquote(payload)  # (base64 in a URL's query: ``%2B``, ``%2F``, ``%3D`` escaped)
    cut = 1 if lead.endswith("\\") and payload[:1] == "x" else 2 if payload[:2] in ("0x", "0X") else 0
    if cut and _HEX_DIGITS.fullmatch(payload, cut):
        payload = payload[cut:]  # (PostgreSQL's ``'\\x…'``, a ``0x…`` literal)
    for name, _, rest, _, decode in _ALPHABET_LINES:
        if name in _FIELD_ALPHABETS and rest.fullmatch(payload):
            try:
                data = decode(payload)
            except (ValueError, binascii.Error, KeyError):
                continue
            if data:
                yield at, k, f"{name} in a field", data, frame


#: The family's table: each entry reads a block that starts at a line (``start, stop, representation, bytes``) or
#: declines; ``bytes`` None says how far it read the shape without a block (it is not asked again inside it).
_DECODERS: tuple[Callable[[list[str], int], Iterator[tuple[int, int, str, bytes]]], ...] = (
    _framed_uu, _ascii85, _hex_dump, _char_dump, _unframed_uu, _alphabet_block, _byte_list, _quoted_printable, _escaped_lines,
    _alphabet_text, _binhex, _regedit_value, _git_binary_patch, _field_payload,
)


#: Most bytes a compressed stream may give (a bomb gives many more; a page of text is smaller: ingest reads 3,000,000
#: characters at most).
MAX_INFLATED = 12_000_000


def _whole(decompressor: object, out: bytes) -> bytes | None:
    """What a decompressor gave, when it read its stream to its end (not cut by :data:`MAX_INFLATED`) and nothing
    but zero padding (a four-byte group's, a registry value's terminator) follows it."""
    if not getattr(decompressor, "eof", False) or getattr(decompressor, "unconsumed_tail", b""):
        return None
    if decompressor.unused_data.strip(b"\x00"):  # type: ignore[attr-defined]
        return None
    return out


def _inflate(data: bytes, wbits: int) -> bytes | None:
    """A deflate stream (zlib's ``wbits``: 15 zlib, 31 gzip, -15 raw) read whole; a gzip file of several members
    (``cat a.gz b.gz``) read member by member."""
    out = b""
    while True:
        try:
            inflater = zlib.decompressobj(wbits)
            out += inflater.decompress(data, MAX_INFLATED - len(out))
        except (zlib.error, ValueError, OverflowError):
            return None
        rest = inflater.unused_data
        if wbits == 31 and inflater.eof and rest[:3] == b"\x1f\x8b\x08":
            data = rest
            continue
        return _whole(inflater, out)


def _unpack(decompressor: object, data: bytes) -> bytes | None:
    try:
        out = decompressor.decompress(data, max_length=MAX_INFLATED)  # type: ignore[attr-defined]
    except (OSError, EOFError, ValueError, MemoryError, lzma.LZMAError):
        return None
    return _whole(decompressor, out)


def _zlib_header(data: bytes) -> bool:
    """RFC 1950's two bytes: deflate with a window of 32 KiB at most, no preset dictionary, a check that divides."""
    return (len(data) > 2 and data[0] & 0x0F == 8 and data[0] >> 4 <= 7 and not data[1] & 0x20
            and int.from_bytes(data[:2], "big") % 31 == 0)


def _lzma_alone_header(data: bytes) -> bool:
    """The ``.lzma`` (LZMA-alone) header: a properties byte below 225, a dictionary of 2^n or 2^n + 2^(n-1) bytes,
    an uncompressed size that is unknown (all ones) or below a terabyte."""
    if len(data) < 14 or data[0] >= 225:
        return False
    size = int.from_bytes(data[1:5], "little")
    power = size.bit_length() - 1
    return (12 <= power <= 30 and size in (1 << power, 3 << (power - 1))
            and (data[5:13] == b"\xff" * 8 or int.from_bytes(data[5:13], "little") < 1 << 40))


#: The family's compression axis: what sits between the text encoding and the alphabet when an API, a cache, a
#: log, a registry or a mail packed the text first.  Each entry: its name, its header (magic bytes, a checked
#: header: the evidence), and how its stream is read whole (capped at :data:`MAX_INFLATED` against bombs).  Raw
#: deflate has no header and is tried last, by :func:`_payloads`.  A new compression is one more entry.
_DECOMPRESSORS: tuple[tuple[str, Callable[[bytes], bool], Callable[[bytes], bytes | None]], ...] = (
    # gzip (RFC 1952): HTTP bodies, caches, ``.gz`` attachments, Java's GZIPOutputStream, .NET's GZipStream
    ("gzip", lambda data: data[:3] == b"\x1f\x8b\x08", lambda data: _inflate(data, 31)),
    # zlib (RFC 1950): PHP's gzcompress, Python's zlib.compress, PDF's FlateDecode, Java's Deflater, Redis caches
    ("zlib", _zlib_header, lambda data: _inflate(data, 15)),
    # bzip2: ``.bz2`` attachments, Hadoop and log archives
    ("bzip2", lambda data: data[:3] == b"BZh" and data[3:4] in b"123456789" and data[4:10] == b"1AY&SY",
     lambda data: _unpack(bz2.BZ2Decompressor(), data)),
    # xz and LZMA-alone (``.xz``, ``.lzma``): 7-Zip, package and log archives, Python's lzma
    ("xz", lambda data: data[:6] == b"\xfd7zXZ\x00", lambda data: _unpack(lzma.LZMADecompressor(lzma.FORMAT_XZ), data)),
    ("lzma", _lzma_alone_header,
     lambda data: _unpack(lzma.LZMADecompressor(lzma.FORMAT_ALONE, memlimit=1 << 28), data)),
)
#: Compressions recognised by their magic whose decoder this installation lacks (no library: zstd, LZ4's frame,
#: Unix ``compress``, lzip): a block of one is kept, and its finding names it.
UNREAD_COMPRESSIONS = ((b"\x28\xb5\x2f\xfd", "zstd"), (b"\x04\x22\x4d\x18", "lz4"), (b"\x1f\x9d", "compress (.Z)"),
                       (b"LZIP", "lzip"))


def _one_file(data: bytes) -> tuple[bytes, str] | None:
    """The one file of a container a compression may wrap or be: a zip archive of one entry (a zipped attachment,
    deflated or stored), a tar archive of one regular file (``.tar.gz``, ``.tar.bz2``), read within
    :data:`MAX_INFLATED`."""
    if data[:4] == b"PK\x03\x04":
        import io
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                files = [entry for entry in archive.infolist() if not entry.is_dir()]
                if len(files) != 1 or files[0].file_size > MAX_INFLATED:
                    return None
                return archive.read(files[0]), "zip"
        except Exception:  # (an archive's parser meets any damage: a page is never refused for it)
            return None
    if data[257:262] == b"ustar" and len(data) >= 1024:
        import io
        import tarfile

        try:
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as archive:
                files = [entry for entry in archive.getmembers() if entry.isfile()]
                if len(files) != 1 or files[0].size > MAX_INFLATED:
                    return None
                handle = archive.extractfile(files[0])
                return (handle.read(), "tar") if handle is not None else None
        except Exception:  # (as above)
            return None
    return None


#: The headers a compressed stream starts with, looked for inside a notation's bytes.
_STREAM_MAGIC = (b"\x1f\x8b\x08", b"BZh", b"\xfd7zXZ\x00", b"\x78\x9c", b"\x78\xda", b"\x78\x01", b"\x78\x5e")


def decompressed(data: bytes) -> tuple[bytes, str] | None:
    """The content of the compressed stream ``data`` is, by its header (:data:`_DECOMPRESSORS`), read to its end,
    and the compression's name; None when ``data`` is no such stream or not one whole.

    >>> import gzip, zlib
    >>> decompressed(gzip.compress("第一条".encode(), mtime=0)), decompressed(zlib.compress("第一条".encode()))
    ((b'\\xe7\\xac\\xac\\xe4\\xb8\\x80\\xe6\\x9d\\xa1', 'gzip'), (b'\\xe7\\xac\\xac\\xe4\\xb8\\x80\\xe6\\x9d\\xa1', 'zlib'))
    >>> decompressed(gzip.compress(b"x" * 100)[:-4]), decompressed(b"\\x78\\x9c" + bytes(30))
    (None, None)
    """
    for name, header, read in _DECOMPRESSORS:
        if header(data):
            out = read(data)
            if out:
                inside = _one_file(out)
                return (inside[0], f"{inside[1]} in {name}") if inside else (out, name)
    return _one_file(data)


def _payloads(data: bytes) -> Iterator[tuple[bytes, str]]:
    """The text's bytes a block may hold: a compressed stream's content (:func:`decompressed`: its magic read first,
    the strongest evidence), the bytes after a length prefix that states exactly how many follow
    (:data:`_LENGTH_PREFIXES`: a serialised string), the bytes themselves, the bytes without the zero bytes that
    padded them to a four-byte group (Z85, Base85), and last a raw deflate stream (no magic of its own: read only
    when it ends exactly where the bytes end).

    >>> [(len(payload), how) for payload, how in _payloads(b"\\x00\\x06" + "第一".encode())]
    [(6, 'a two-byte big-endian length (Java writeUTF)'), (8, '')]
    """
    found = decompressed(data)
    if found is not None:
        yield found[0], found[1]
        return
    for how, read in _LENGTH_PREFIXES:
        found = read(data)
        if found is not None and found[0] == len(data) - found[1] > 0:
            yield data[found[1] :], how
    yield data, ""
    for padding in (1, 2, 3):  # (a UTF-16 or UTF-32 text's last unit ends in zero bytes of its own)
        if data.endswith(b"\x00" * padding) and len(data) > padding:
            yield data[:-padding], "its zero padding taken off"
    inflated = _inflate(data, -15)
    if inflated is not None:
        yield inflated, "raw deflate"


def _varint(data: bytes) -> tuple[int, int] | None:
    """A 7-bit encoded length (.NET's ``BinaryWriter``, protobuf): the value and the bytes it takes."""
    value = 0
    for k, byte in enumerate(data[:4]):
        value |= (byte & 127) << (7 * k)
        if byte < 128:
            return value, k + 1
    return None


#: Length prefixes a serialiser writes before a string's bytes: what a block holds when it kept a serialised field.
_LENGTH_PREFIXES: tuple[tuple[str, Callable[[bytes], tuple[int, int] | None]], ...] = (
    ("a two-byte big-endian length (Java writeUTF)", lambda data: (int.from_bytes(data[:2], "big"), 2)),
    ("a 7-bit encoded length (.NET BinaryWriter)", _varint),
    ("a four-byte little-endian length", lambda data: (int.from_bytes(data[:4], "little"), 4)),
    ("a four-byte big-endian length", lambda data: (int.from_bytes(data[:4], "big"), 4)),
)
#: The byte-order marks that name their encoding (UTF-32's before UTF-16's, whose mark begins it).
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
#: The text encodings of wider code units, tried after :data:`CODECS` (the family's second axis: Windows, .NET,
#: Java and JavaScript keep strings as UTF-16; a few tools write UTF-32; old mail clients wrote UTF-7, whose bytes
#: are ASCII, and sent it in base64).
WIDE_CODECS = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-7")


def _as_text(data: bytes, charsets: tuple[str, ...]) -> tuple[str, str] | None:
    """The bytes as Chinese text in the first text encoding that decodes them strictly so, and the encoding: the one
    a byte-order mark names, else the charsets declared, :data:`CODECS`, then :data:`WIDE_CODECS`.

    >>> _as_text("第一条 为了规范管理，制定本条例。".encode("utf-16-be"), ())
    ('第一条 为了规范管理，制定本条例。', 'utf-16-be')
    >>> _as_text(b"\\xff\\xfe" + "第一条 为了规范管理。".encode("utf-16-le"), ())
    ('第一条 为了规范管理。', 'utf-16-le')
    """
    for payload, how in _payloads(data):
        bom = next(((mark, codec) for mark, codec in _BOMS if payload.startswith(mark)), None)
        codecs = (bom[1],) if bom else tuple(dict.fromkeys(charsets + CODECS + WIDE_CODECS))
        body = payload[len(bom[0]) :] if bom else payload
        for codec in codecs:
            try:
                text = body.decode(codec)
            except (UnicodeDecodeError, LookupError):
                continue
            text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
            if "\x00" in text:  # (a C string's terminator; a registry multi-string's and a C table's separators: a
                # few, never every other character, as UTF-32 read in units of two gives)
                text = text.rstrip("\x00")
                if 4 * text.count("\x00") <= len(text):
                    text = text.replace("\x00", "\n")
            if _reads_as_text(text):
                return text, f"{codec} ({how})" if how else codec
    return None


def _reads_as_text(text: str) -> bool:
    """The shared strict test (:func:`corpus_tools.clean.encoded_runs.reads_as_chinese_text`) of what a block or a
    notation's lines decode to: eight characters at least, four Han, and eight distinct (half of a short text's).

    >>> _reads_as_text("第一条 为了规范管理，制定本条例。"), _reads_as_text("牧" * 16), _reads_as_text("潦景潯" * 30)
    (True, False, False)
    """
    from corpus_tools.clean.encoded_runs import reads_as_chinese_text

    # (a document's own format characters, zero-width spaces a CMS left on blank lines, are the text's: the
    # cleaners see them as on any page; a tenth of its characters at most)
    judged = _FORMAT_CHARS.sub("", text)
    # (and varied: a run of one byte or of a short period, ``AAAA…``, ``ab ab ab``, ``Zm9vZm9v``, reads in a codec of
    # two-byte units as one Han character or three repeated; a text's bytes give eight characters at least)
    if len(set(judged) - _BLANKS) < min(MIN_CHARS, len(judged) // 2):
        return False
    return 10 * (len(text) - len(judged)) <= len(text) and reads_as_chinese_text(judged, least=MIN_CHARS, least_han=4)


def _part_head(lines: list[str], at: int) -> tuple[int, tuple[str, ...]]:
    """The MIME part's header fields just before a block (``Content-Type``… and a blank line), as the first line of
    the block, and the charset they declare."""
    k = at - 1
    if k < 1 or lines[k]:
        return at, ()
    j = k
    while j > 0 and _PART_FIELD.fullmatch(lines[j - 1]):
        j -= 1
    if j == k:
        return at, ()
    found = _CHARSET.search(" ".join(lines[j:k]))
    if j > 0 and _BOUNDARY.fullmatch(lines[j - 1]):
        j -= 1  # (the part's boundary line: the part's frame too)
    return j, (found.group(1).lower(),) if found else ()


def _without_prefix(run: list[str]) -> list[str]:
    """The run's lines without the prefix they all share, a mail's quotation marks or a forum's or an editor's
    indentation (``> ``, four blanks), and without blanks at their ends: the block inside is the representation's
    (uuencode's zero bits written as blanks at a line's end are put back by :func:`_a2b_uu`)."""
    prefix = _PREFIX.match(run[0]).group()
    for line in run[1:]:
        while prefix and not line.startswith(prefix):
            prefix = prefix[:-1]
    if len(run) == 1:  # (a lone line's ``>`` or ``|`` is a quotation's only with a blank after it: Z85 writes ``>``)
        prefix = prefix[: len(prefix.rstrip(">|"))]
    return [line[len(prefix) :].rstrip() for line in run]  # (and the blanks an editor leaves at a line's end)


def _candidate(line: str) -> bool:
    """A line a block may hold: ASCII, or a line with a long run of a payload's alphabet (a JSON record's field
    beside a Chinese title, a log line)."""
    return bool(line) and (line.isascii() or len(line) >= MIN_ONE_LINE and _LONG_RUN.search(line) is not None)


_LONG_RUN = lazy_re(r"[A-Za-z0-9+/_-]{64}|(?:%[0-9A-Fa-f]{2}){22}")


def _why(data: bytes) -> str:
    """Why a block's bytes were kept: no text, or a compression this installation cannot read."""
    for magic, name in UNREAD_COMPRESSIONS:
        if data.startswith(magic):
            return f"its bytes are compressed ({name}): no decoder for it here"
    return "its bytes are no Chinese text in UTF-8, GB18030 or Big5"


#: The representations read with a frame around their payload (a ``.reg`` file's header and key, a field's record):
#: the page's frame is dropped when their text replaces the page (:func:`_without_frame`).
_FRAMED = frozenset({"regedit value (hex)", *(f"{name} in a field" for name in _FIELD_ALPHABETS),
                     "percent-encoded bytes in a field", "git binary patch", "numeric byte list"})


def _without_frame(out: list[str], texts: set[int]) -> tuple[list[str], list[str]]:
    """The page's lines without its frame when the text read back replaces the page: the lines around the blocks
    read that hold no character beyond ASCII (a ``.reg`` file's header and key, a field's key and quotes, an XML
    document's tags, a declaration and its closing bracket, a log line's time and level), when the page's other
    lines hold a sixth of its Han characters at most (a plain title above the text read back stays, as any line
    with a character beyond ASCII); and the lines dropped."""
    han_read = sum(_HAN.subn("", out[j])[1] for j in texts)
    han_rest = sum(_HAN.subn("", line)[1] for j, line in enumerate(out) if j not in texts)
    if not han_read or 5 * han_rest > han_read:
        return out, []
    frame = [j for j, line in enumerate(out) if j not in texts and line.strip() and line.isascii()]
    dropped = set(frame)
    return [line for j, line in enumerate(out) if j not in dropped], [out[j] for j in frame]


_HAN = lazy_re(r"[\u3400-\u9fff\uf900-\ufaff]")


# --------------------------------------------------------------------------- bytes as tokens of a viewer's notation

def _caret_byte(token: str) -> int:
    """``cat -v``'s notation of one byte: ``M-`` for the high bit, then ``^`` and a letter for a control (``^?`` for
    DEL) or the byte itself.

    >>> [_caret_byte(t) for t in ("M-g", "M-,", "M-^@", "M-^?", "^I", "M- ")]
    [231, 172, 128, 255, 9, 160]
    """
    high = 128 if token.startswith("M-") else 0
    rest = token[2:] if high else token
    if rest == "^?":
        return high | 127
    if len(rest) == 2 and rest[0] == "^":
        return high | (ord(rest[1]) - 64)
    return high | ord(rest)


_C_ESCAPES = {"\\": 92, "a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13}


def _backslash_byte(token: str) -> int:
    """A backslash notation's byte: ``\\347`` (octal), ``\\M-g`` and ``\\^A`` (``vis``), ``\\\\`` and C's ``\\t``.

    >>> [_backslash_byte(t) for t in ("\\\\347", "\\\\M-g", "\\\\^I", "\\\\\\\\", "\\\\t")]
    [231, 231, 9, 92, 9]
    """
    rest = token[1:]
    if rest[:1].isdigit():
        return int(rest, 8)
    if len(rest) == 1:
        return _C_ESCAPES[rest]
    return _caret_byte(rest)


#: The family's in-line members: a notation that writes each byte it will not print as a token, the line's other
#: characters being the text's own ASCII.  Each entry: its name, a substring every page of it holds (the cheap
#: gate), one token's pattern (fixed-length alternatives: linear), the token's byte, and whether its lines must be
#: framed (each line ended by ``$``, a folded one by ``\\``: the only way such a line is told from a source literal).
#: A notation that leaves its own marks unescaped (``cat -v`` writes a ``^`` of the text as ``^``) is ambiguous where
#: such a mark meets a token (``^M-8`` is ``^`` and 0xB8, or CR and ``-8``): its second pattern is the other reading,
#: tried on a line the first one does not decode.  A new notation is one more entry.
_NOTATIONS: tuple[tuple[str, str, tuple[str, ...], Callable[[str], int], bool], ...] = (
    # cat -v / -e / -t / -A (GNU and BSD), less -r's and more's control characters, terminals without a UTF-8
    # locale, Emacs's and readline's meta keys
    ("meta notation (cat -v)", "M-", (r"M-\^[@-_?]|M-[ -~]|\^[@-_?]", r"M-\^(?!M-)[@-_?]|M-[ -~]|\^(?!M-)[@-_?]"), _caret_byte, False),
    # BSD vis(1)/vis(3) and the tools built on it (its default, C-style and octal forms)
    ("vis notation", "\\", (r"\\M-\^[@-_?]|\\M-[ -~]|\\\^[@-_?]|\\[\\abfnrtv]",), _backslash_byte, False),
    # less (LESSBINFMT's default ``<%02X>``), Vim and Neovim (a byte illegal in the encoding, ``<e7>``), nano
    ("bytes in angle brackets (less, Vim)", "<", (r"<[0-9A-Fa-f]{2}>",), lambda token: int(token[1:3], 16), False),
    # sed -n l (GNU, BSD, busybox), od's and awk's octal, a line framed by ``$`` and folded by ``\\``
    ("octal escapes (sed -n l)", "$", (r"\\[0-3][0-7]{2}|\\[\\abfnrtv]",), _backslash_byte, True),
    # a CMS's or a script's htmlentities over bytes taken for Latin-1 (``&#231;&#172;``, ``&#xE7;``), on a page kept
    # as text (an HTML page's references are its markup's, read with it)
    ("numeric references of bytes", "&#", (r"&#(?:1[2-9][0-9]|2[0-4][0-9]|25[0-5]);|&#[xX][89a-fA-F][0-9a-fA-F];",),
     lambda token: int(token[3:-1], 16) if token[2] in "xX" else int(token[2:-1]), False),
    # a body percent-encoded byte by byte (a form post, a logged query string), its line breaks kept
    ("percent-encoded bytes", "%", (r"%[0-9A-Fa-f]{2}",), lambda token: int(token[1:], 16), False),
    # Python's surrogateescape decoding shown by repr/ascii/json (a file name or a body read with it)
    ("surrogate escapes (Python)", "\\udc", (r"\\udc[89a-fA-F][0-9a-fA-F]",), lambda token: int(token[4:], 16), False),
)
_NOTATION_TOKENS = [tuple(lazy_re(pattern) for pattern in patterns) for _, _, patterns, _, _ in _NOTATIONS]


def _notation_line(line: str, token: re.Pattern[str], to_byte: Callable[[str], int]) -> tuple[bytes, int, int, int]:
    """A line's bytes read in a notation (its tokens' bytes, its other characters as themselves), the characters
    its tokens take, the bytes above ASCII they write and where its last token ends."""
    out = bytearray()
    pos = taken = high = 0
    for m in token.finditer(line):
        out += line[pos : m.start()].encode("ascii")
        byte = to_byte(m.group())
        out.append(byte)
        taken += m.end() - m.start()
        high += byte > 127
        pos = m.end()
    last = pos
    out += line[pos:].encode("ascii")
    return bytes(out), taken, high, last


def _frame(line: str, token: re.Pattern[str], to_byte: Callable[[str], int]) -> str:
    """How a line is framed: ``$`` at its end (``cat -A``, ``sed -n l``), ``\\`` (folded by ``sed -n l``), or none
    (``""``); a frame's character is no part of a token (``M-$`` is a byte, ``\\\\`` a backslash)."""
    if line[-1:] in ("$", "\\") and _notation_line(line, token, to_byte)[3] < len(line):
        return line[-1]
    return ""


def _shown_notation(lines: list[str | None], number: int, charsets: tuple[str, ...]) -> tuple[dict | None, dict | None] | None:
    """Read the page's lines in one notation, in place (a folded line's continuation becomes None): the record of
    what was read, or the finding of what was kept; None when the page does not show it."""
    name, _, _, to_byte, framed_only = _NOTATIONS[number]
    token, *others = _NOTATION_TOKENS[number]
    marked = []
    whole = set()  # (lines of tokens alone that write no byte above ASCII: ``^M`` of a DOS file's blank line)
    for k, line in enumerate(lines):
        if line and line.isascii():  # (the gate is the page's: a folded line of ``sed -n l`` has no ``$``)
            _, taken, high, _ = _notation_line(line, token, to_byte)
            if high and 3 * taken >= len(line.strip()):
                marked.append(k)
            elif taken == len(line):
                whole.add(k)
    if not marked:
        return None
    first, last = marked[0], marked[-1]
    frames = {k: _frame(lines[k], token, to_byte) for k in marked}
    framed = all(frames.values()) and frames[last] == "$"
    if framed_only and not framed:
        return None
    # the text's lines as bytes (a folded line joined to the next, the frame taken off); lines of the page that
    # are not the notation's (a plain line among them) stay as they are
    rows: list[tuple[list[int], list[str]]] = []
    held: list[int] = []
    pending: list[str] = []
    for k in range(first, last + 1):
        line = lines[k]
        if line is None or not line.isascii():
            continue
        frame = _frame(line, token, to_byte) if framed else ""
        if not held and not frame and k not in frames and k not in whole:
            continue
        if frame:
            line = line[:-1]
        held.append(k)
        pending.append(line)
        if frame != "\\":
            rows.append((held, pending))
            held, pending = [], []
    if held:
        rows.append((held, pending))
    best = None
    for codec in dict.fromkeys(charsets + CODECS):
        texts: list[str | None] = []
        for _, pieces in rows:
            texts.append(None)
            for reading in (token, *others):
                try:
                    data = b"".join(_notation_line(piece, reading, to_byte)[0] for piece in pieces)
                    texts[-1] = data.decode(codec).rstrip("\r")  # (``^M``: a DOS file's carriage return)
                    break
                except (UnicodeDecodeError, LookupError):
                    continue
        read = [text for text in texts if text is not None]
        if _reads_as_text("\n".join(read)):
            if best is None or len(read) > best[0]:
                best = (len(read), codec, texts)
            if len(read) == len(rows):
                break
    if best is None and not framed_only:
        # a compressed file shown so (``cat -v law.txt.gz``, ``less`` on a ``.gz``): its bytes, line breaks
        # included, are one stream from its header (what stands before the header on its line is the frame's)
        span = [j for j in range(first, last + 1) if lines[j] is not None]
        found = None
        if all(lines[j].isascii() for j in span):
            # (its last lines may write no byte above ASCII: up to eight more ASCII lines are offered)
            more = [j for j in range(last + 1, min(len(lines), last + 9)) if lines[j] is not None]
            more = more[: next((n for n, j in enumerate(more) if not lines[j].isascii()), len(more))]
            for extra, reading in ((extra, reading) for extra in range(len(more) + 1) for reading in (token, *others)):
                data = b"\n".join(_notation_line(lines[j], reading, to_byte)[0] for j in span + more[:extra])
                at = next((data.find(magic) for magic in _STREAM_MAGIC if data.find(magic) >= 0), -1)
                found = _as_text(data[at:], charsets) if at >= 0 and decompressed(data[at:]) else None
                if found is not None:
                    span += more[:extra]
                    break
            if found is not None:
                text, codec = found
                before = data[:at].decode("latin-1")
                lines[span[0]] = (before.rstrip() + "\n" if before.strip() else "") + text.rstrip("\n")
                for j in span[1:]:
                    lines[j] = None
                return {"representation": name, "line": first + 1, "lines": last + 1 - first, "codec": codec,
                        "chars": len(text)}, None
    if best is None:
        high = sum(_notation_line(lines[k], token, to_byte)[2] for k in marked)
        if len(marked) < MIN_LINES or high < MIN_KEPT_BYTES:
            return None
        return None, {"representation": name, "line": first + 1, "lines": last + 1 - first, "bytes": high,
                      "why": "its bytes are no Chinese text in UTF-8, GB18030 or Big5"}
    _, codec, texts = best
    chars = 0
    for (ks, _), text in zip(rows, texts):
        if text is None:  # (a line whose bytes the page's codec does not read: kept as it was shown)
            continue
        lines[ks[0]] = text
        for k in ks[1:]:
            lines[k] = None
        chars += len(text)
    return {"representation": name, "line": first + 1, "lines": last + 1 - first, "codec": codec, "chars": chars}, None


def shown_notations(text: str, *, charset: str = "") -> tuple[str, list[dict], list[dict]]:
    """``text`` with its lines that show a Chinese text's bytes in a viewer's notation (:data:`_NOTATIONS`) read back,
    the notations read (metadata) and those whose bytes are no Chinese text (kept, findings).

    >>> law = "第一条 为了规范物业管理活动，制定本条例。\\n第二条 本条例自公布之日起施行。\\n"
    >>> shown = "".join(chr(b) if b < 128 else "M-" + chr(b - 128) if b >= 160 else "M-^" + chr(b - 64)
    ...                 for b in law.encode())
    >>> shown[:30]
    'M-gM-,M-,M-dM-8M-^@M-fM-^]M-! '
    >>> out, read, kept = shown_notations("某市物业管理条例\\n\\n" + shown)
    >>> out == "某市物业管理条例\\n\\n" + law, read[0]["representation"], read[0]["codec"], read[0]["line"]
    (True, 'meta notation (cat -v)', 'utf-8', 3)
    >>> page = "第一条 见 M-16 与 <E7> 及 \\\\347 的说明。\\nPress M-x, then ^C.\\n"
    >>> shown_notations(page) == (page, [], [])
    True
    """
    gates = [number for number, (_, gate, _, _, _) in enumerate(_NOTATIONS)
             if gate in text and _NOTATION_TOKENS[number][0].search(text)]
    if not gates:
        return text, [], []
    lines: list[str | None] = list(text.split("\n"))
    read: list[dict] = []
    kept: list[dict] = []
    declared = (charset.lower(),) if charset else ()
    for number in gates:
        found = _shown_notation(lines, number, declared)
        if found is None:
            continue
        done, finding = found
        if done:
            read.append(done)
            lines = [line for line in lines if line is not None]
        else:
            kept.append(finding)
    if not read:
        return text, [], kept
    return "\n".join(line for line in lines if line is not None), read, kept


def _shown_blocks(text: str, *, charset: str = "") -> tuple[str, list[dict], list[dict]]:
    """``text`` with each block of a binary-to-text representation that holds Chinese text read back, the blocks
    read (metadata), and the blocks whose grammar read but whose bytes are no Chinese text (kept, findings).

    >>> import binascii
    >>> raw = "第一条 为了规范物业管理活动，制定本条例。\\n第二条 本条例自公布之日起施行。\\n".encode("gbk")
    >>> uu = "begin 644 law.txt\\n" + "".join(binascii.b2a_uu(raw[k:k + 45]).decode() for k in range(0, len(raw), 45))
    >>> out, read, kept = _shown_blocks("某市物业管理条例\\n\\n" + uu + "`\\nend\\n")
    >>> out
    '某市物业管理条例\\n\\n第一条 为了规范物业管理活动，制定本条例。\\n第二条 本条例自公布之日起施行。\\n'
    >>> read[0]["representation"], read[0]["codec"], read[0]["line"]
    ('uuencode', 'gb18030', 3)
    >>> page = "第一条 见网址\\nhttps://www.example.gov.cn/a/b.html\\n0123456789abcdef0123456789abcdef\\n"
    >>> _shown_blocks(page) == (page, [], [])
    True
    """
    lines = text.split("\n")
    if not any(len(line) >= 8 and line.isascii() for line in lines) and not _LONG_RUN.search(text):
        return text, [], []
    out: list[str] = []
    texts: set[int] = set()  # (the lines of ``out`` that are text read back)
    read: list[dict] = []
    kept: list[dict] = []
    declared = (charset.lower(),) if charset else ()
    k = 0
    n = len(lines)
    while k < n:
        if not _candidate(lines[k]):
            out.append(lines[k])
            k += 1
            continue
        run_end = k
        while run_end < n and _candidate(lines[run_end]):
            run_end += 1
        shown = lines[k:run_end]
        run = _without_prefix(shown)
        at = 0
        blocked = [0] * len(_DECODERS)  # (where each decoder's last reading without a block ended: linear)
        while at < len(run):
            done = None
            shaped = None
            for number, decoder in enumerate(_DECODERS):
                if blocked[number] > at:
                    continue
                for start, stop, name, data, *frame in decoder(run, at):
                    if data is None:
                        blocked[number] = max(blocked[number], stop)
                        continue
                    if frame:  # (a field's payload that is no text: the line stays, not asked again inside it)
                        blocked[number] = max(blocked[number], stop)
                    elif shaped is None or stop > shaped[1]:
                        shaped = (start, stop, name, len(data), _why(data))
                    head, charsets = _part_head(lines, k + start) if start == at else (k + start, ())
                    decoded = _as_text(data, charsets + declared)
                    if decoded is not None:
                        done = (head, stop, name, decoded, frame[0] if frame else ("", ""))
                        break
                if done:
                    break
            if done:
                head, stop, name, (decoded, codec), (lead, tail) = done
                if head < k + at:  # the part's header fields and blank line, already out
                    del out[len(out) - (k + at - head) :]
                    if stop < len(run) and run[stop].endswith("--") and _BOUNDARY.fullmatch(run[stop]):
                        stop += 1  # (and the closing boundary after it)
                if lead.strip():  # (a field's frame: a line of its own, the page's frame)
                    out.append(lead.rstrip())
                texts.add(len(out))
                out.append(decoded[:-1] if decoded.endswith("\n") else decoded)
                if tail.strip():
                    out.append(tail.strip())
                read.append({"representation": name, "line": head + 1, "lines": k + stop - head, "codec": codec,
                             "chars": len(decoded)})
                at = stop
            else:
                if shaped is not None and shaped[1] > at:  # read by a grammar, no text: kept as it is
                    if shaped[1] - at >= MIN_LINES and shaped[3] >= MIN_KEPT_BYTES:
                        kept.append({"representation": shaped[2], "line": k + at + 1, "lines": shaped[1] - at,
                                     "bytes": shaped[3], "why": shaped[4]})
                    out.extend(shown[at : shaped[1]])
                    at = shaped[1]
                else:
                    out.append(shown[at])
                    at += 1
        k = run_end
    if not read:
        return text, [], kept
    framed = any(record["representation"] in _FRAMED for record in read)
    out, frame = _without_frame(out, texts) if framed else (out, [])
    if frame:
        read[0]["frame"] = {"lines": len(frame), "first": frame[0][:80]}
    return "\n".join(out), read, kept


def shown_bytes(text: str, *, charset: str = "") -> tuple[str, list[dict], list[dict]]:
    """``text`` with the lines that show a Chinese text's bytes in a viewer's notation read back
    (:func:`shown_notations`), then each block of a binary-to-text representation that holds Chinese text
    (:func:`_shown_blocks`); the notations and blocks read (metadata) and those kept (findings)."""
    text, noted, noted_kept = shown_notations(text, charset=charset)
    text, read, kept = _shown_blocks(text, charset=charset)
    if noted_kept and read:  # (a notation's lines whose bytes a block's reading gave as text: no finding)
        spans = [(record["line"], record["line"] + record["lines"]) for record in read]
        noted_kept = [finding for finding in noted_kept if not any(a <= finding["line"] < b for a, b in spans)]
    return text, noted + read, noted_kept + kept


__all__ = ["CODECS", "MIN_CHARS", "MIN_KEPT_BYTES", "MIN_LINES", "MIN_LIST_BYTES", "shown_bytes", "shown_notations"]
