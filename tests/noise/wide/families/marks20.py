"""Encodings and marks, members of session 20 (marks20): transfer encodings and escapes a pipeline left.

The family: a pipeline re-encodes or re-types characters, and the text reaches the corpus in a form meant for a
machine.  Session 20's members, written in words before any cleaner change (each a mechanism of named software):

- V1 ``enc20_rtf_hex_escapes`` (developed): an RTF file (``\\ansicpg936``) read by a stripper that drops control
  words but keeps RTF's hex escapes of the code page's bytes: ``\\'b5\\'da\\'d2\\'bb\\'cc\\'f5`` for ``第一条``, the
  line's ASCII (digits, Latin) written plainly, as RTF writers do.
- V2 ``enc20_octal_escaped_bytes`` (developed): UTF-8 bytes above 0x7F as octal escapes, ASCII plain: git's quoted
  paths (``core.quotePath``), C's and Perl's ``printf`` of a byte string, PostgreSQL's ``bytea`` escape output
  (``\\347\\254\\254`` for ``第``).
- V3 ``enc20_mime_encoded_words`` (developed): a line copied from a mail's header, left as RFC 2047 encoded-words
  (``=?GB2312?B?tdrSu8z1?=``, ``=?UTF-8?Q?=E7=AC=AC?=``), several words of at most a dozen characters separated by
  a blank, as mail clients fold them.
- H1 ``enc20_json_escaped_twice`` (HELD OUT until the rules above were done): a JSON string serialized twice (a
  JSON document stored as a string field of another), ``\\\\u7b2c\\\\u4e00`` for ``第一``: every escape's backslash
  doubled.
- H2 Word's hyphen controls (HELD OUT until the rules above were done): text of a Word 97-2003 ``.doc`` binary,
  whose non-breaking hyphen is U+001E and optional hyphen U+001F (``2021\\x1e2023年``): the first must become ``-``
  again, the second go.  Measured on unit cases only (tests/test_clean_marks20.py): built as a variant, it found
  nothing to damage in 400 DLC laws (their bodies hold almost no ASCII hyphen), which the suite refuses.
  Its rule (U+001E between letters or digits -> ``-``) was then removed: a stray control inside a number
  (``2\x1e021``, test_clean_mojibake's zero-width insertion) became ``2-021``; U+001E goes with the other controls.
- M6 (words only, not built): cells of an ``.xlsx`` read without OOXML's unescaping: ``_x000D_`` for a carriage
  return before each line feed (openpyxl, pandas ``read_excel``).
- M7 (words only, not built): a CSV field's quotes doubled (``""安全生产""``) and the file read without a CSV parser.
"""

from __future__ import annotations

import base64
import json

from tests.noise.wide.core import Damager
from tests.noise.wide.families.encoding import mangle_lines
from tests.noise.wide.registry import register


def rtf_hex(seg: str) -> str | None:
    """``seg`` as an RTF writer with ``\\ansicpg936`` stores it: each GBK byte above 0x7F as ``\\'hh``.

    >>> rtf_hex("第1条")
    "\\\\'b5\\\\'da1\\\\'cc\\\\'f5"
    """
    try:
        data = seg.encode("gbk")
    except UnicodeEncodeError:
        return None
    return "".join(f"\\'{b:02x}" if b > 0x7F else chr(b) for b in data)


@register("enc20_rtf_hex_escapes", "encoding",
          description="session 20: lines of an RTF file (ansicpg936) whose hex escapes a stripper kept (\\'b5\\'da for 第)")
def _rtf_hex(d: Damager) -> None:
    mangle_lines(d, rtf_hex)


def octal_bytes(seg: str) -> str | None:
    """``seg``'s UTF-8 bytes above 0x7F as octal escapes, as git quotes a path (``\\347\\254\\254`` for ``第``).

    >>> octal_bytes("第1")
    '\\\\347\\\\254\\\\2541'
    """
    return "".join(f"\\{b:03o}" if b > 0x7F else chr(b) for b in seg.encode("utf-8"))


@register("enc20_octal_escaped_bytes", "encoding",
          description="session 20: lines of UTF-8 with octal-escaped bytes (git's quoted paths, printf, bytea: \\347\\254\\254 for 第)")
def _octal(d: Damager) -> None:
    mangle_lines(d, octal_bytes)


def _q_word(data: bytes) -> str:
    return "".join(chr(b) if 0x21 <= b <= 0x7E and chr(b) not in "=?_" else "_" if b == 0x20 else f"={b:02X}" for b in data)


def encoded_words(seg: str, charset: str, how: str, chunk: int = 12) -> str | None:
    """``seg`` as RFC 2047 encoded-words of ``chunk`` characters each, separated by a blank.

    >>> encoded_words("第一条", "GB2312", "B")
    '=?GB2312?B?tdrSu8z1?='
    """
    words = []
    for i in range(0, len(seg), chunk):
        try:
            data = seg[i : i + chunk].encode(charset)
        except UnicodeEncodeError:
            return None
        payload = base64.b64encode(data).decode("ascii") if how == "B" else _q_word(data)
        words.append(f"=?{charset}?{how}?{payload}?=")
    return " ".join(words)


@register("enc20_mime_encoded_words", "encoding",
          description="session 20: lines left as a mail header's RFC 2047 encoded-words (=?GB2312?B?…?=, =?UTF-8?Q?=E7…?=)")
def _mime(d: Damager) -> None:
    charset, how = d.rng.choice((("GB2312", "B"), ("GBK", "B"), ("UTF-8", "B"), ("UTF-8", "Q"), ("gb2312", "Q")))
    mangle_lines(d, lambda seg: encoded_words(seg, charset, how))


# --------------------------------------------------------------------------- held out until the rules were done
def json_twice(seg: str) -> str | None:
    r"""``seg`` as a JSON string serialized twice (a JSON document stored in a string field of another): every
    escape's backslash doubled.

    >>> json_twice("第1条")
    '\\\\u7b2c1\\\\u6761'
    """
    return json.dumps(json.dumps(seg)[1:-1])[1:-1]


@register("enc20_json_escaped_twice", "encoding",
          description="session 20 (held out until marks20's rules were done): lines of a JSON string serialized twice (\\\\u7b2c for 第)")
def _json_twice(d: Damager) -> None:
    mangle_lines(d, json_twice)
