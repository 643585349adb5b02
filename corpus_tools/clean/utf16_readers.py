"""UTF-8 read as UTF-16LE: ``中文`` shown as Hangul, Han and private-use characters.

Real damage undone: a program that guesses "UTF-16" for a short file without a byte-order mark (the
old Windows text-detection heuristic, ``IsTextUnicode``, Notepad's "Bush hid the facts" misreading) reads each
pair of UTF-8 bytes as one character; the text was pasted on as it was displayed.  A Chinese character's
three bytes ``E4-E9 xx xx`` fall across the pairs: a lead byte low in a pair gives a character in
U+80E4-U+BFE9 (Han, Yi, Hangul), a lead byte high in a pair a private-use character U+E480-U+E9BF, two
continuation bytes a character in U+8080-U+BFBF: ``鳦\\ue5ac芸뷤…``.  Nothing is lost where the stretch has an
even number of bytes: each character is its two bytes again (UTF-16LE), and the bytes decode as UTF-8.

**Evidence**: a stretch of one line holding private-use characters (two at least, a few characters apart:
no Chinese text writes them between its words) whose characters, encoded as UTF-16LE, decode strictly as
UTF-8 into Chinese text: Han characters (three at least), the language's punctuation and ASCII, with
nothing of the stretch's own scripts (Hangul, Yi, private use) left.  The stretch is read from the first
character to the last that the reading takes; a stray private-use glyph beside Chinese text reads as no
UTF-8 and stays.
"""

from __future__ import annotations

import json

from corpus_tools.lazy_patterns import lazy_re

#: The private-use characters a lead byte of a Chinese character's UTF-8 (``E0``-``EF``) makes high in a pair.
_PRIVATE_LEAD = lazy_re("[\ue000-\uefff]")
#: How far apart two of them may stand in one stretch (a Chinese character's lead every three bytes: one every
#: one or two characters; more where the text held ASCII).
_GAP = 8
#: How far before the first private-use character and after the last the stretch may reach.
_REACH = 8
#: The fewest private-use characters of a stretch, and the fewest Han characters of its reading.
_MIN_PRIVATE = 2
_MIN_HAN = 3


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _is_chinese_text(reading: str) -> bool:
    """Whether ``reading`` is Chinese text: Han characters, the language's punctuation (CJK symbols, full-width
    forms, general punctuation) and printable ASCII, three Han characters at least, opening and closing with no
    blank.

    >>> _is_chinese_text("为了规范管理，制定本条例。"), _is_chinese_text("-N ab"), _is_chinese_text("为了\\ue000管理")
    (True, False, False)
    """
    han = 0
    for ch in reading:
        if _is_han(ch):
            han += 1
        elif not ("\u3000" <= ch <= "\u303f" or "\uff01" <= ch <= "\uffef" or "\u2010" <= ch <= "\u2027"
                  or " " <= ch <= "~"):
            return False
    return han >= _MIN_HAN and reading[:1] != " " and reading[-1:] != " "


def _read(stretch: str) -> str | None:
    """``stretch``'s characters as UTF-16LE bytes, decoded strictly as UTF-8; None when they are no UTF-8.

    >>> _read("规范管理".encode("utf-8").decode("utf-16-le"))
    '规范管理'
    """
    try:
        return stretch.encode("utf-16-le").decode("utf-8")
    except UnicodeError:
        return None


def _clusters(text: str) -> list[tuple[int, int]]:
    """Runs of private-use lead characters on one line, each within :data:`_GAP` of the next:
    ``(first, last + 1)``."""
    out: list[tuple[int, int]] = []
    first = last = -1
    count = 0
    for m in _PRIVATE_LEAD.finditer(text):
        at = m.start()
        if first >= 0 and at - last <= _GAP and "\n" not in text[last:at]:
            last = at
            count += 1
            continue
        if count >= _MIN_PRIVATE:
            out.append((first, last + 1))
        first = last = at
        count = 1
    if count >= _MIN_PRIVATE:
        out.append((first, last + 1))
    return out


def readings(text: str) -> list[tuple[int, int, str]]:
    """The stretches of ``text`` that are UTF-8 read as UTF-16LE, read back: ``(start, end, reading)``.

    >>> t = "第三条 " + "本市住房公积金的管理使用".encode().decode("utf-16-le") + "依法接受监督。"
    >>> [(t[a:b] == "本市住房公积金的管理使用".encode().decode("utf-16-le"), r) for a, b, r in readings(t)]
    [(True, '本市住房公积金的管理使用')]
    >>> readings("第一条 \\ue61a通知\\ue600公告，图标\\ue601\\ue602。"), readings("대한민국 헌법 제1조")
    ([], [])
    """
    out: list[tuple[int, int, str]] = []
    done = 0
    for first, last in _clusters(text):
        line_start = text.rfind("\n", 0, first) + 1
        line_end = text.find("\n", last)
        line_end = len(text) if line_end < 0 else line_end
        # The reading with the most Han characters; of those, the one that takes the fewest Han characters of
        # the page as they stand (a neighbour of the stretch reads as ASCII, ``中`` as ``-N``), then the longest
        # (the stretch's last digits and signs, ``12%`` as ``〱┲``, read as what they were).
        best: tuple[int, int, int, int, str] | None = None  # (han, -han taken, length, start, reading)
        best_end = -1
        for start in range(max(line_start, done, first - _REACH), first + 1):
            for end in range(last, min(line_end, last + _REACH) + 1):
                reading = _read(text[start:end])
                if reading is None or not _is_chinese_text(reading):
                    continue
                key = (sum(map(_is_han, reading)), -sum(map(_is_han, text[start:end])), end - start, start, reading)
                if best is None or key[:3] > best[:3]:
                    best, best_end = key, end
        if best is not None:
            out.append((best[3], best_end, best[4]))
            done = best_end
    return out


def detail() -> str:
    return json.dumps({"method": "utf-8 read as utf-16le", "confidence": "exact"}, ensure_ascii=False)
