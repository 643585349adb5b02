"""UTF-16 text shown through a Latin code page, and read back.

Real damage undone: a page saved as UTF-16 (Windows Notepad's "Unicode", Word's "Unicode text") was
opened by a program that read its bytes as Latin-1 or Windows-1252 and saved what it showed as
UTF-8.  Each UTF-16 code unit became two Latin characters: the byte-order mark ``FF FE`` shows as
``ÿþ``, an ASCII letter as the letter and a NUL (``L\\x00a\\x00w\\x00``), a Chinese character as two
signs (``第`` U+7B2C as ``,{``).  Nothing is lost: each Latin character names one byte, so the
bytes, and the text, can be read back.

Evidence (both needed): the text shows UTF-16's marks (``ÿþ`` or ``þÿ`` at its start, or eight ASCII
characters in a row each followed, or each preceded, by a NUL), and every character is one a Latin
code page shows for a byte, the bytes decoding strictly as UTF-16 in the order the marks say.
Whether the result is Chinese text is for the reader to judge (:func:`corpus_tools.ingest.decode`).
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_re

#: The byte-order marks as Latin-1 and Windows-1252 show them: ``FF FE`` (little-endian), ``FE FF``.
_SHOWN_BOMS = (("\xff\xfe", "utf-16-le"), ("\xfe\xff", "utf-16-be"))
#: ASCII shown through UTF-16: eight printable characters or line breaks in a row, each followed by a
#: NUL (little-endian) or each after one (big-endian).
_ASCII_LE = lazy_re(r"(?:[\x20-\x7e\r\n\t]\x00){8}")
_ASCII_BE = lazy_re(r"(?:\x00[\x20-\x7e\r\n\t]){8}")
#: The characters Windows-1252 shows for bytes 0x80-0x9F (its five undefined bytes shown as the C1
#: controls, as Windows does), back to their bytes; every other character below U+0100 is its byte.
_CP1252_BYTES = {ch: byte for byte in range(0x80, 0xA0)
                 for ch in [bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)]}
_TO_BYTES = {ord(ch): byte for ch, byte in _CP1252_BYTES.items() if ord(ch) > 0xFF}


def shown_utf16(text: str) -> str | None:
    """The UTF-16 codec whose marks ``text`` shows through a Latin code page, or None.

    >>> shown_utf16("ÿþ,{\\x00N"), shown_utf16("Law of the\\x00"), shown_utf16("第一条 为了规范管理")
    ('utf-16-le', None, None)
    >>> shown_utf16("A\\x00r\\x00t\\x00i\\x00c\\x00l\\x00e\\x00 \\x001\\x00")
    'utf-16-le'
    """
    head = text[1:3] if text.startswith("\ufeff") else text[:2]
    for shown, codec in _SHOWN_BOMS:
        if head == shown:
            return codec
    if "\x00" not in text:
        return None
    little = _ASCII_LE.search(text)
    big = _ASCII_BE.search(text)
    if little and (not big or little.start() < big.start()):  # (the run that starts first is in step)
        return "utf-16-le"
    return "utf-16-be" if big else None


def latin_bytes(text: str) -> bytes | None:
    """The bytes a Latin code page (Latin-1 or Windows-1252) shows as ``text``, or None when a
    character is no such byte's.

    >>> latin_bytes("ÿþ,{€"), latin_bytes("第")
    (b'\\xff\\xfe,{\\x80', None)
    """
    try:
        return text.translate(_TO_BYTES).encode("latin-1")
    except UnicodeEncodeError:
        return None


def read_back(text: str) -> tuple[str, str] | None:
    """``(text, codec)``: the UTF-16 text that ``text`` shows through a Latin code page, read back
    (its byte-order mark dropped), or None when the marks or the bytes do not prove it.

    >>> shown = "第一条　为了规范管理，制定本办法。\\r\\n".encode("utf-16").decode("latin-1")
    >>> shown[:6]
    'ÿþ,{\\x00N'
    >>> read_back(shown)
    ('第一条\\u3000为了规范管理，制定本办法。\\r\\n', 'utf-16-le')
    >>> read_back("ÿþ第一条"), read_back("ÿþ,{\\x00")
    (None, None)
    """
    codec = shown_utf16(text)
    if codec is None:
        return None
    data = latin_bytes(text[1:] if text.startswith("\ufeff") else text)
    if data is None or len(data) % 2:
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data[2:]
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:
        return None


__all__ = ["latin_bytes", "read_back", "shown_utf16"]
