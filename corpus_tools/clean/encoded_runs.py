"""Runs of ASCII that are a textual encoding of the law's own text, found by one search and read back.

Real damage undone: an exporter, a mail gateway or a scraper's storage wrote part of a page in a form of
printable ASCII meant for a machine, and the text reached the corpus without being decoded:

* a paragraph as **base64** of its UTF-8 or GBK bytes (a MIME part, a ``data:`` URI, a JSON field or
  a database column stored so), on one line or wrapped at MIME's 76 characters, in the standard
  alphabet or the URL-safe one (``-_``), padded or not: ``56ys5LiA5p2hIOS4uuS6huinhOiMg+euoeeQhg==``
  for ``第一条 为了规范管理``;
* the bytes written as **plain hexadecimal** (a database's ``HEX()`` of a column, a log's dump):
  ``e7acace4b880e69da1`` for ``第一条``, or in a notation (a hex editor's or a debugger's dump, a C array):
  ``0x`` before the run or each pair, one separator between the pairs (``e7 ac ac``, ``B5:DA``, ``0xe7, 0xac``),
  read by its regularity (:func:`_separated_bytes`);
* each character as its **code point in a notation**: RTF's signed decimal ``\\uN`` with its fallback
  character (``\\u31532?\\u19968?\\u26465?``, ``\\u-28707?`` is U+8FDD ``违``: RTF writes a code unit above
  32767 negative), ES6's, Rust's and Swift's ``\\u{7b2c}``, Perl's ``\\x{7b2c}``, Python's and C's
  ``\\U00007b2c``, Unicode's own ``U+7B2C``, TeX's ``^^^^7b2c``.

The notations a page writes character by character with a mark of their own (``&#…;``, JSON's ``\\u4e2d``,
``%E6``, ``\\xe6``, quoted-printable, MIME words, UTF-7, HZ) are :mod:`corpus_tools.clean.escapes`'; that
rule asks here first, and a run read here is not read again there.

The mechanism is one search, not a list of carriers: every maximal run of printable ASCII without a blank
(a candidate) is offered to a small table of decoders (:data:`_DECODERS`), each of which either reads the
whole run, to the last character, or declines; runs of one decoder separated only by blanks are read as
one text (a sentence of RTF words, ``\\u31532?\\u21313?\\u26465? \\u23545?…``: the blank is the text's),
and a base64 block wrapped over lines is joined before it is read.  What a run names is then accepted
only by the shared strict test, :func:`reads_as_chinese_text`: printable, no private-use character, no
replacement character, Chinese text by its share of Han and Chinese marks, and written in the common
characters of Chinese (GB 2312's first two levels or Big5's common characters: random bytes decoded as
GBK land there once in a few thousand characters, a law's text almost always), of a sensible length.
Ordinary ASCII stays: a URL or an address (``:`` and ``.`` are in no alphabet here), a document number,
an English word or an abbreviation (they read as bytes that are no text), a hash, base64 of an image.
"""

from __future__ import annotations

import base64
import binascii
from bisect import bisect_left
import json

from corpus_tools.clean._gates import latin1_chars
from corpus_tools.clean.rules import ESCAPED_TEXT
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

#: A candidate: a maximal run of printable ASCII without a blank, six characters at least (``U+7B2C``; shorter
#: runs name too little to be evidence).
_RUN = lazy_regex(r"[!-~]{6,}")
_RUN_BYTES = lazy_regex(rb"[!-~]{6,}")

#: Each decoder's whole-run shape.
_BASE64 = lazy_regex(r"(?:[A-Za-z0-9+/]{4})*[A-Za-z0-9+/]{2,4}={0,2}")
_BASE64_URL = lazy_regex(r"[A-Za-z0-9_-]+={0,2}")
_HEX = lazy_regex(r"(?:[0-9a-fA-F]{2}){4,}")
#: RTF's text: ``\\uN`` control words, each with its fallback character, and the literal ASCII RTF writes as
#: itself (``\\u21306?(\\u24066?)``: a bracket of the text between two words); one control word first.
_RTF_UNICODE = lazy_regex(r"\\u-?[0-9]{1,5}(?:\\'[0-9a-fA-F]{2}|\?)?(?:\\u-?[0-9]{1,5}(?:\\'[0-9a-fA-F]{2}|\?)?|[^\\{}\s])*")
_RTF_TOKEN = lazy_regex(r"\\u(-?[0-9]{1,5})(?:\\'[0-9a-fA-F]{2}|\?)?|([^\\{}\s])")
#: A code point in a notation: the prefix, four to six hex digits, the notation's closing brace.
_CODE_POINTS = lazy_regex(r"(?:(?:\\u\{|\\x\{|\\U00|[Uu]\+|\^\^\^\^)[0-9a-fA-F]{4,6}\}?[,;]?)+")
_CODE_POINT = lazy_regex(r"(\\u\{|\\x\{|\\U00|[Uu]\+|\^\^\^\^)([0-9a-fA-F]{4,6})(\}?)")


def _text_of_bytes(data: bytes) -> str | None:
    """``data`` decoded strictly as UTF-8, else as GBK, else as Big5; None when none reads it."""
    for codec in ("utf-8", "gbk", "big5"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def _base64(run: str) -> str | None:
    """A run of base64, standard or URL-safe, padded or not, as text.

    >>> _base64("56ys5LiA5p2h"), _base64("tdrSu8z1"), _base64("Administration"), _base64("abc.def")
    ('第一条', '第一条', None, None)
    """
    if _BASE64.fullmatch(run):
        alphabet = None
    elif _BASE64_URL.fullmatch(run) and ("-" in run or "_" in run):
        alphabet = b"-_"
    else:
        return None
    body = run.rstrip("=")
    if len(body) % 4 == 1 or len(run) - len(body) > 2:
        return None
    try:
        data = base64.b64decode(body + "=" * (-len(body) % 4), altchars=alphabet, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _text_of_bytes(data)


def _hex(run: str) -> str | None:
    """A run of hexadecimal digits as the bytes they write, as text.

    >>> _hex("e7acace4b880e69da1"), _hex("20210101"), _hex("deadbeef")
    ('第一条', None, '蕲撅')

    (a hash or a colour reads as bytes too: :func:`reads_as_chinese_text` declines what they name)
    """
    if not _HEX.fullmatch(run) or run.isdigit():
        return None
    return _text_of_bytes(bytes.fromhex(run))


def _rtf_unicode(run: str) -> str | None:
    r"""RTF's ``\uN`` control words (a signed 16-bit code unit in decimal, then its fallback character
    ``?`` or ``\'3f``) as text; a pair of surrogates is one character.

    >>> _rtf_unicode(r"\u31532?\u19968?\u26465?"), _rtf_unicode(r"\u-28707\'3f\u21453\'3f")
    ('第一条', '违反')
    >>> _rtf_unicode(r"\u21306?(\u24066?)\u20154?"), _rtf_unicode(r"\u21306?{\u24066?}")
    ('区(市)人', None)
    """
    if not _RTF_UNICODE.fullmatch(run):
        return None
    units = []
    for m in _RTF_TOKEN.finditer(run):
        if m.group(2) is not None:
            units.append(ord(m.group(2)))
            continue
        n = int(m.group(1))
        if not -32768 <= n <= 65535:
            return None
        units.append(n + 65536 if n < 0 else n)
    try:
        return b"".join(u.to_bytes(2, "little") for u in units).decode("utf-16-le")
    except UnicodeDecodeError:
        return None


def _code_points(run: str) -> str | None:
    r"""Code points in one notation (``\u{7b2c}``, ``\x{7b2c}``, ``\U00007b2c``, ``U+7B2C``, ``^^^^7b2c``)
    as text: a brace closes a braced notation only, and every code point of the run is in one notation.

    >>> _code_points(r"\u{7b2c}\u{4e00}\u{6761}"), _code_points("U+7B2C,U+4E00"), _code_points(r"\U00007b2c\U00004e00")
    ('第一条', '第一', '第一')
    >>> _code_points(r"\u{7b2c\u{4e00}"), _code_points("U+7B2C}")
    (None, None)
    """
    if not _CODE_POINTS.fullmatch(run):
        return None
    out = []
    notations = set()
    for m in _CODE_POINT.finditer(run):
        prefix, digits, brace = m.groups()
        braced = prefix.endswith("{")
        if braced != bool(brace) or prefix == "\\U00" and len(digits) != 6:
            return None
        notations.add(prefix.upper())
        code = int(digits, 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        out.append(chr(code))
    return "".join(out) if len(notations) == 1 else None


#: The decoders, each a name for the edit's detail and a function reading a whole run or declining (None).
_DECODERS = (
    ("RTF \\u control words", _rtf_unicode),
    ("code points in a notation", _code_points),
    ("hexadecimal bytes", _hex),
    ("base64", _base64),
)

#: The marks of Chinese text (CJK punctuation, full-width forms, curly quotes, dash, ellipsis, middle dot).
_MARKS = frozenset("，。、；：？！“”‘’（）《》〈〉「」『』【】〔〕—…·％　") | frozenset(map(chr, range(0x3000, 0x3040)))


def _level_one(ch: str) -> tuple[bool, bool]:
    """Whether ``ch`` is one of the common characters of Chinese: of GB 2312's first level (its 3,755 characters,
    lead bytes B0-D7), of Big5's common characters (A440-C67E, 5,401 of them).

    >>> _level_one("第"), _level_one("條"), _level_one("\u4dff")
    ((True, True), (False, True), (False, False))
    """
    try:
        code = ch.encode("gb2312")
        simplified = len(code) == 2 and 0xB0 <= code[0] <= 0xD7
    except UnicodeEncodeError:
        simplified = False
    try:
        code = ch.encode("big5")
        traditional = len(code) == 2 and (0xA4 <= code[0] < 0xC6 or code[0] == 0xC6 and code[1] <= 0x7E)
    except UnicodeEncodeError:
        traditional = False
    return simplified, traditional


#: Least share (of ten) of a text's characters, blanks and digits aside, that are Han or Chinese marks; least
#: share (of ten) of its Han characters that are common ones.
_CHINESE_SHARE = 8
_COMMON_SHARE = 8
#: ASCII a Chinese text writes among its characters (a figure's signs, a degraded bracket): counted as digits are.
_NEUTRAL = frozenset("()[].,;:%-/")
_CONTROLS_OR_PRIVATE = lazy_regex(r"[^\P{C}\n\t]|\ufffd")


def reads_as_chinese_text(decoded: str, *, least: int, least_han: int = 2) -> bool:
    """The shared strict test of what a run names: ``least`` characters at least (blanks aside), none a control
    (a line's tab and break aside), private-use, unassigned nor the replacement character; eight in ten of them,
    digits and a figure's ASCII signs aside, Han or Chinese marks; ``least_han`` Han at least, and eight in ten of its Han characters common
    ones of one standard, Simplified or Traditional (:func:`_level_one`: a law's text writes them almost only,
    random bytes read as GBK or Big5 land there once in eighteen characters, and mix the two).

    >>> reads_as_chinese_text("第一条 为了规范管理，制定本条例。", least=4), reads_as_chinese_text("第一", least=4)
    (True, False)
    >>> reads_as_chinese_text("Hello, world", least=4), reads_as_chinese_text("\u4dff\u4e02\u4e04\u4e05", least=4)
    (False, False)
    >>> reads_as_chinese_text("死\x1c熒屹{", least=4), reads_as_chinese_text("%個z鰱霧辖", least=4)
    (False, False)
    """
    if _CONTROLS_OR_PRIVATE.search(decoded):
        return False
    chars = [ch for ch in decoded if not ch.isspace()]
    if len(chars) < least:
        return False
    han = chinese = simplified = traditional = digits = 0
    for ch in chars:
        if "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f" or "\uf900" <= ch <= "\ufaff":
            han += 1
            in_gb, in_big5 = _level_one(ch)
            simplified += in_gb
            traditional += in_big5
        elif ch in _MARKS or "\uff01" <= ch <= "\uff5e":
            chinese += 1
        elif "0" <= ch <= "9" or ch in _NEUTRAL:
            digits += 1
    chinese += han
    return (han >= least_han and 10 * chinese >= _CHINESE_SHARE * (len(chars) - digits)
            and 10 * max(simplified, traditional) >= _COMMON_SHARE * han)


#: Least characters (blanks aside) a run names: a code-point notation is explicit, two characters are evidence
#: (as :mod:`corpus_tools.clean.escapes` reads ``&#…;``); bytes in base64 or hex need four, as a short run of
#: letters and digits decodes to a couple of Han characters by chance.
_LEAST = {"RTF \\u control words": 2, "code points in a notation": 2, "hexadecimal bytes": 6, "base64": 6}
#: The notations whose blanks between runs separate characters (RTF's blank is the text's own).
_BLANK_SEPARATED = frozenset({"code points in a notation"})
#: A wrapped base64 block: every line but its last this long at least, and all of one length.
_WRAP_MIN = 40


def _decode(run: str) -> tuple[str, str] | None:
    """The first decoder of :data:`_DECODERS` that reads the whole ``run``: (its name, the text)."""
    for name, decoder in _DECODERS:
        decoded = decoder(run)
        if decoded is not None:
            return name, decoded
    return None


def _wrapped_blocks(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``runs`` with each base64 block wrapped over lines joined into one span: runs that are whole lines, each
    followed by a line break and the next, all of one length (a multiple of four, :data:`_WRAP_MIN` at least)
    but the last, which is no longer.

    >>> t = "56ys5LiA5p2hIOS4\\n5LiA\\n第二条"
    >>> _wrapped_blocks(t, [(0, 16), (17, 21)])
    [(0, 16), (17, 21)]
    """
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(runs):
        a, b = runs[k]
        width = b - a
        j = k
        if width >= _WRAP_MIN and width % 4 == 0 and (a == 0 or text[a - 1] == "\n"):
            while (j + 1 < len(runs) and runs[j][1] < len(text) and text[runs[j][1]] == "\n"
                   and runs[j + 1][0] == runs[j][1] + 1 and runs[j + 1][1] - runs[j + 1][0] <= width
                   and (runs[j + 1][1] == len(text) or text[runs[j + 1][1]] == "\n")
                   and runs[j][1] - runs[j][0] == width):
                j += 1
        out.append((a, runs[j][1]))
        k = j + 1
    return out


#: Bytes written as hexadecimal pairs with a notation of their own: a ``0x`` before the run or before each pair,
#: a separator between the pairs (a blank, ``,`` ``:`` ``;`` ``|`` ``/`` ``-``, blanks around it), six pairs at
#: least; its regularity is read in :func:`_separated_bytes` (one separator, one prefix, throughout).
_SEPARATED_HEX = lazy_regex(
    r"(?<![0-9A-Za-z])(?:0[xX])?[0-9a-fA-F]{2}(?:[ \t]?[,:;|/-]?[ \t]?(?:0[xX])?[0-9a-fA-F]{2}){5,}")
_HEX_PAIR = lazy_regex(r"(0[xX])?([0-9a-fA-F]{2})")
_SEPARATED_LEAST = 6


def _separated_bytes(run: str) -> str | None:
    r"""A run of hexadecimal pairs written with a notation (a ``0x`` before the run or before every pair, one
    separator between every two pairs, the same throughout) as the text its bytes write; None for a run of no
    notation (plain hexadecimal: :func:`_hex`'s) or of an irregular one (a date ``2021-10-08``, a UUID).

    >>> _separated_bytes("e7 ac ac e4 b8 80 e6 9d a1"), _separated_bytes("0xE7ACACE4B880E69DA1")
    ('第一条', '第一条')
    >>> _separated_bytes("0xe7,0xac,0xac,0xe4,0xb8,0x80"), _separated_bytes("B5:DA:D2:BB:CC:F5")
    ('第一', '第一条')
    >>> _separated_bytes("e7acace4b880"), _separated_bytes("20-21-10-08 12"), _separated_bytes("0xe7 ac,ac e4 b8 80")
    (None, None, None)
    """
    pairs = list(_HEX_PAIR.finditer(run))
    prefixes = {m.group(1) is not None for m in pairs[1:]}
    separators = {run[pairs[k].end() : pairs[k + 1].start()] for k in range(len(pairs) - 1)}
    if len(prefixes) != 1 or len(separators) != 1 or pairs[-1].end() != len(run):
        return None
    every_pair = prefixes == {True}
    if every_pair != (pairs[0].group(1) is not None):
        if not (pairs[0].group(1) is not None and separators == {""}):
            return None  # (a ``0x`` before the run only: its pairs follow it plainly)
    if separators == {""} and pairs[0].group(1) is None:
        return None
    return _text_of_bytes(bytes(int(m.group(2), 16) for m in pairs))


def encoded_runs(text: str) -> list[Edit]:
    """The edits that read back each run of ``text`` written in a textual encoding of its own Chinese text
    (module docstring): one edit per run, or per wrapped block, with the decoder's name in its detail.

    >>> t = "第一条 56ys5LiA5p2hIOS4uuS6huinhOiMg+euoeeQhg==\\n网址 https://www.gov.cn/a?id=5LiA5p2h GB/T19001-2016"
    >>> [(e.before[:8], e.after) for e in encoded_runs(t)]
    [('56ys5LiA', '第一条 为了规范管理')]
    >>> [e.after for e in encoded_runs(r"\\u31532?\\u21313?\\u26465? \\u23545?\\u-28707?\\u21453?")]
    ['第十条', '对违反']
    """
    if _RUN_BYTES.search(latin1_chars(text)) is None:
        return _with_separated_bytes(text, [])  # (``0xe7, 0xac``: no run of six without a blank)
    spans = _wrapped_blocks(text, [m.span() for m in _RUN.finditer(text)])
    found: list[tuple[int, int, str, str]] = []  # (start, end, decoder, text)
    for a, b in spans:
        run = text[a:b]
        got = _decode(run.replace("\n", "")) if "\n" in run else _decode(run)
        if got is None and "\n" in run:  # (a block that does not read whole: each line alone)
            for m in _RUN.finditer(run):
                if (line := _decode(m.group())) is not None:
                    found.append((a + m.start(), a + m.end(), *line))
            continue
        if got is not None:
            found.append((a, b, *got))
    edits: list[Edit] = []
    k = 0
    while k < len(found):  # runs of one decoder apart by blanks only: one text, judged together
        j = k
        while (j + 1 < len(found) and found[j + 1][2] == found[k][2]
               and text[found[j][1] : found[j + 1][0]].strip(" \t") == "" and found[j + 1][0] > found[j][1]):
            j += 1
        group = found[k : j + 1]
        name = found[k][2]
        joined = " ".join(item[3] for item in group)
        if name in _BLANK_SEPARATED:  # (``U+672C U+5E02``: the blanks separate the code points)
            joined = "".join(item[3] for item in group)
        if reads_as_chinese_text(joined, least=_LEAST[name]) and all(
                reads_as_chinese_text(item[3], least=1, least_han=0) for item in group):
            detail = json.dumps({"escapes": name}, ensure_ascii=False)
            if name in _BLANK_SEPARATED:
                a, b = group[0][0], group[-1][1]
                edits.append(Edit(ESCAPED_TEXT, a, b, text[a:b], joined, detail))
            else:
                edits.extend(Edit(ESCAPED_TEXT, a, b, text[a:b], decoded, detail) for a, b, _, decoded in group)
        k = j + 1
    return _with_separated_bytes(text, edits)


def _with_separated_bytes(text: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` with the runs of hexadecimal pairs in a notation (:func:`_separated_bytes`) that name Chinese text
    and overlap no edit of ``edits``; a run glued to a following letter or digit is a longer token's, and stays."""
    if not _SEPARATED_HEX.search(text):
        return edits
    starts = [e.start for e in edits]  # (sorted, disjoint: the one before a run's end is the only one to ask)
    more: list[Edit] = []
    detail = json.dumps({"escapes": "hexadecimal bytes in a notation"}, ensure_ascii=False)
    for m in _SEPARATED_HEX.finditer(text):
        a, b = m.span()
        if b < len(text) and text[b].isascii() and text[b].isalnum():
            continue
        if (k := bisect_left(starts, b) - 1) >= 0 and edits[k].end > a:
            continue
        decoded = _separated_bytes(m.group())
        if decoded is not None and reads_as_chinese_text(decoded, least=_SEPARATED_LEAST):
            more.append(Edit(ESCAPED_TEXT, a, b, m.group(), decoded, detail))
    return sorted(edits + more, key=lambda e: e.start) if more else edits


__all__ = ["encoded_runs", "reads_as_chinese_text"]
