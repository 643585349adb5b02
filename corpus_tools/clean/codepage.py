"""Chinese bytes shown by a single-byte code page: GBK, Big5 or UTF-8 read as Latin-1 and its kin.

Real damage undone: a GBK file opened by a program that assumed Windows-1252 shows
``ÖÐ»ªÈËÃñ¹²ºÍ¹ú¡¶Öø×÷È¨·¨¡·`` for ``中华人民共和国《著作权法》`` (a software licence
that cites the copyright law, public repository, field search of session 13); the same
bytes shown by Turkish Windows (cp1254) read ``¼ÇÂ¼µÚ¶şÌõÊôĞÔ`` for ``记录第二条属性``, by a
Mac (Mac OS Roman) ``µ⁄“ªÃıº«¬º`` for ``第一条记录``.  Every byte became one character, so
nothing is lost: the characters are encoded back with the code page that showed them,
and the bytes are decoded with the codec that wrote them (GBK, Big5 or UTF-8).  The
older rule of this family only knew UTF-8 underneath (ftfy), and on GBK bytes it made
things worse (``ñ¹²ºÍ¹`` "repaired" into an unassigned code point).

Which code page, which writer, and whether at all, the text itself says: a stretch is
read back only when every character of it is one the code page shows for a byte, when
the bytes decode strictly (no byte left over, none refused), and when what they decode to
is plausible Chinese (every character common in Chinese, Simplified or Traditional, and
its adjacent pairs read as words), far more probable than the stretch under the model of
law text, and clearly ahead of every other reading.  Otherwise the text is kept.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from corpus_tools.clean import _gates
from corpus_tools.clean.evidence import common_in_chinese, law_bigrams, reads_as_words
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.text import is_han

#: The Latin code pages that show Chinese bytes one character per byte, with real evidence
#: for each (GBK text shown by each of them in public repositories): the browser's
#: Windows-1252 (Latin-1 for the bytes it leaves undefined, as C1 controls), Turkish
#: Windows-1254, Mac OS Roman.
LATIN_READERS: tuple[str, ...] = ("cp1252", "cp1254", "mac_roman")
#: The other single-byte code pages that show them, with real evidence for each (session 14):
#: the DOS consoles and zip/tar tools, cp437 (``Σ╕¡µûçµ╡ïΦ»ò`` for ``中文测试``, clip.exe; ``Σ╕¡µûçµ¬öσÉì``
#: for ``中文檔名`` in a zip entry) and its Western European sibling cp850; Russian DOS cp866
#: (``╓╨╣·│м╓╪_╖╩┼╓╥╜╤з`` for ``中国超重_肥胖医学营``, a GBK file name in a package listing) and
#: the Russian Unix KOI8-R.  All their 128 high bytes are characters: nothing is lost.
CONSOLE_READERS: tuple[str, ...] = ("cp437", "cp850", "cp866", "koi8_r")
#: The Cyrillic code pages of Windows and of the Mac (session 14, field test 14, F14-B7): a policy
#: crawler's gov.cn pages read as Mac OS Cyrillic, ``дЄ≠еНОдЇЇж∞СеЕ±еТМеЫљеЫљеК°йЩҐдї§`` for
#: ``中华人民共和国国务院令`` (GitHub HuangFaShengH/ZhengCeWenBenWaJue, result.txt: the whole 无障碍环境建设条例),
#: and its Windows sibling cp1251 (``з¬¬дёЂжќЎ`` for ``第一条``; Python's cp1251 leaves 0x98 undefined, shown
#: as the C1 control as browsers do).  Like the console pages, they show every Cyrillic letter: a Russian
#: sentence is text of its own, and only the strict reading back, plausible, proves mojibake.
CYRILLIC_READERS: tuple[str, ...] = ("cp1251", "mac_cyrillic")
#: The Windows code page of Central Europe (session 16): public repositories show Chinese UTF-8 read by it
#: (search index of session 16: a README's ``ä˝ ĺĄ˝ďĽŚčż™ćŻä¸€ä¸Şćµ‹čŻ•ă€‚`` for ``你好，这是一个测试。``, file 39167449376,
#: its no-break space since made a space; Java and C comments ``ćĺ° Containerďź…``, ``čŽžç˝Ž…`` for ``设置``).
#: Polish or Czech text shows the same letters: only the strict reading back, plausible, proves mojibake.
CENTRAL_EUROPEAN_READERS: tuple[str, ...] = ("cp1250",)
#: The other single-byte code pages of Windows, ISO 8859, KOI8 and the Mac (session 23): UTF-8 read by the Greek
#: Windows page cp1253 shows ``δΈ‰οΌ‰`` for ``三）`` (the noise benchmark's development set 5); a program that
#: assumes any one of them does the same.  Each shows every high byte as one character (a byte it leaves
#: undefined as the C1 control of the same number, as browsers do), so nothing is lost; Greek, Hebrew, Arabic,
#: Baltic or Vietnamese text is text of its own, and only the strict reading back, plausible, proves mojibake.
OTHER_SINGLE_BYTE_READERS: tuple[str, ...] = (
    "cp1253", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859_2", "iso8859_4", "iso8859_5", "iso8859_7", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14",
    "iso8859_15", "iso8859_16", "koi8_u",
    "mac_greek", "mac_latin2", "mac_iceland", "mac_turkish", "mac_croatian", "mac_romanian",
)
READERS: tuple[str, ...] = (LATIN_READERS + CONSOLE_READERS + CYRILLIC_READERS + CENTRAL_EUROPEAN_READERS
                            + OTHER_SINGLE_BYTE_READERS)
#: The codecs that wrote the bytes (Big5 as Microsoft's cp950, a superset).
WRITERS: tuple[str, ...] = ("utf-8", "gbk", "cp950")

#: Characters that clean Chinese text holds and a code page shows for a byte as well
#: (no-break space, curly quotes, ellipsis, dashes, middle dot, degree, multiplication
#: sign): a stretch needs other characters to be a suspect (a Beijing page's
#: ``\xa0\xa0\xa0\xa0`` indentation is Mac Roman's ``CA CA CA CA``, GBK's ``适适``).
TYPOGRAPHIC = frozenset("\xa0“”‘’…—–·•×÷°±¥§¨®©")
#: A stretch is read back only when it shows this many characters for high bytes (at
#: least two Chinese characters of a legacy codec) ...
MIN_HIGH = 4
#: ... when the reading back holds this many Chinese characters ...
MIN_HAN = 2
#: ... and when it is this many bits more probable than the stretch and than any other
#: reading (see :func:`corpus_tools.clean.mojibake._cost`).
MIN_GAIN_BITS = 24.0
MIN_MARGIN_BITS = 8.0
#: Share of the adjacent pairs of Chinese characters read back that must be words.
MIN_READABLE = 0.5


@lru_cache(maxsize=None)
def shown_by(reader: str) -> dict[str, int]:
    """What ``reader`` shows for each byte 0x80-0xFF, mapped back to the byte (a byte the
    code page leaves undefined is shown as the C1 control of the same number, as browsers do;
    a Windows code page's 80-9F also as Latin-1 shows them: ``二`` ``E4 BA 8C`` is ``äº\\x8c``).

    >>> shown_by("cp1252")["Ö"], shown_by("cp1252")["€"], shown_by("cp1252")["\\x81"], shown_by("cp1252")["\\x8c"]
    (214, 128, 129, 140)
    >>> shown_by("mac_roman")["⁄"]
    218
    """
    table: dict[str, int] = {}
    for b in range(0x80, 0x100):
        try:
            ch = bytes((b,)).decode(reader)
        except UnicodeDecodeError:
            ch = chr(b)
        table[ch] = b
    if reader.startswith("cp125"):  # Windows code pages are also read as Latin-1: C1 controls for 80-9F
        for b in range(0x80, 0xA0):
            table.setdefault(chr(b), b)
    return table


@lru_cache(maxsize=1)
def _suspect_chars() -> frozenset[str]:
    """Characters some code page shows for a high byte, less those clean Chinese text holds
    anyway (the gate of the rule: on clean text it finds none)."""
    chars: set[str] = set()
    for reader in READERS:
        chars.update(shown_by(reader))
    return frozenset(chars - TYPOGRAPHIC - common_in_chinese())


_SUSPECT_BIT = _gates.register("codepage_suspect", _suspect_chars())


def shows_code_page_bytes(line: str) -> bool:
    """Whether ``line`` shows :data:`MIN_HIGH` characters at least that a code page shows for bytes and
    clean Chinese text never holds: mojibake of unknown reading, which no rule may judge by its look
    (field test 14: ``жџђеё‚е…»иЂЃжњЌеЉЎжќЎд``, a law's title shown by cp1251, holds cp1251's ``»`` for the byte
    BB and was removed as a site's breadcrumb, ``жџђеё‚е… » иЂЃжњЌ…``).

    >>> shows_code_page_bytes("жџђеё‚е…»иЂЃжњЌеЉЎжќЎд"), shows_code_page_bytes("首页 » 政策文件 » 通知")
    (True, False)
    """
    suspect = _suspect_chars()
    count = 0
    for ch in line:
        if ch in suspect:
            count += 1
            if count >= MIN_HIGH:
                return True
    return False


@lru_cache(maxsize=None)
def _stretch_re(reader: str) -> regex.Pattern:
    """A run of characters ``reader`` shows for bytes: printable ASCII, tab, and its high bytes.

    Mac OS Cyrillic shows its byte 0xCA as the no-break space, a byte no UTF-8 Chinese text holds
    alone; the page's own no-break spaces (``&nbsp;`` read by the HTML parser after the bytes
    were shown: ``\xa0зђђгАА622`` for `` 第　622``) separate its stretches and stay as they are."""
    high = "".join(sorted(set(shown_by(reader)) - ({"\xa0"} if reader == "mac_cyrillic" else set())))
    return regex.compile("[\\t\\x20-\\x7e" + regex.escape(high) + "]+")


def _bytes_of(stretch: str, reader: str) -> bytes | None:
    """The bytes ``reader`` showed as ``stretch`` (None: a character it never shows)."""
    table = shown_by(reader)
    out = bytearray()
    for ch in stretch:
        if ch < "\x80":
            out.append(ord(ch))
            continue
        b = table.get(ch)
        if b is None:
            return None
        out.append(b)
    return bytes(out)


def plausible(decoded: str) -> bool:
    """Whether ``decoded`` reads as Chinese: every non-ASCII character common in Chinese
    (Simplified or Traditional), at least :data:`MIN_HAN` Chinese characters, and the adjacent
    pairs of them mostly words.

    >>> plausible("中华人民共和国《著作权法》"), plausible("V2.0 2020年04月10日：")
    (True, True)
    >>> plausible("n髇g"), plausible("搮搮"), plausible("适 适")
    (False, False, False)
    """
    common = common_in_chinese()
    han = 0
    for ch in decoded:
        if ch.isascii():
            continue
        if ch not in common and not _variant_of_common(ch):
            return False
        han += "\u3400" <= ch <= "\u9fff"
    if han < MIN_HAN:
        return False
    pairs = [decoded[i : i + 2] for i in range(len(decoded) - 1)
             if is_han(decoded[i + 1]) and (is_han(decoded[i]) or decoded[i].isdigit())]
    if not pairs:
        return False  # Chinese characters one here and there, nothing that reads
    allowed = (1 - MIN_READABLE) * len(pairs)  # pairs that may not read
    for pair in pairs:
        if not _reads(pair):
            allowed -= 1
            if allowed < 0:
                return False
    return True


@lru_cache(maxsize=4096)
def _variant_of_common(ch: str) -> bool:
    """Whether ``ch`` is a Taiwan form of a common character (``翫`` of ``翫忽職守``, Big5's own
    form of ``玩``: OpenCC's tw2s reads it so), as a Big5 page read back writes it.

    >>> _variant_of_common("翫"), _variant_of_common("髇")
    (True, False)
    """
    if not "\u3400" <= ch <= "\u9fff":
        return False
    from corpus_tools.clean.script import _converter

    simplified = _converter("tw2s").convert(ch)
    return simplified != ch and len(simplified) == 1 and simplified in common_in_chinese()


def _reads(pair: str) -> bool:
    """Whether a pair of characters reads: a pair of words, or a digit and the unit that
    follows numbers (``2020年``, ``10日``, ``5条``)."""
    from corpus_tools.clean.mojibake import _AFTER_DIGIT

    if pair[0].isdigit():
        return pair[1] in _AFTER_DIGIT
    return pair in law_bigrams() or reads_as_words(pair)


@dataclass(frozen=True)
class Reading:
    """A stretch read back: the text, how (writer and reader), and its gain in bits."""

    start: int
    end: int
    before: str
    after: str
    writer: str
    reader: str
    gain: float
    margin: float

    @property
    def detail(self) -> str:
        return json.dumps({"codec": f"{self.writer} read as {self.reader}", "confidence": "exact",
                           "gain": round(self.gain, 1), "margin": round(self.margin, 1) if self.margin != float("inf") else None},
                          ensure_ascii=False)


def _pieces(stretch: str) -> list[tuple[int, int]]:
    """``stretch`` whole, then, when it does not decode whole, its parts between spaces
    (a Latin word beside the mojibake: ``Café ÖÐ»ª``)."""
    out = [(0, len(stretch))]
    for m in regex.finditer(r"[^ \t]+", stretch):
        if m.span() != (0, len(stretch)):
            out.append(m.span())
    return out


def _high_count(text: str) -> int:
    return sum(1 for ch in text if ch >= "\x80" and ch not in TYPOGRAPHIC)


def _candidates(piece: str) -> list[tuple[str, str, str]]:
    """Every strict reading back of ``piece``: (text, writer, reader).  Bytes shown twice over
    (shown by the code page, saved as UTF-8, shown by it again) are read back twice: UTF-8
    (``Ã¤Â¸Â­`` for ``中``), and GBK or Big5 as well (``Ã–Ã\x90`` for ``中``: ``ÖÐ`` saved again); and UTF-8
    read as GBK, saved as UTF-8 and shown by the code page (``æ¶\x93æ\x9e\x83`` for ``涓枃``, ``中文``)."""
    from corpus_tools.clean.mojibake import _CHINESE_TEXT

    found = []
    for reader in READERS:
        data = _bytes_of(piece, reader)
        if data is None:
            continue
        for writer in WRITERS:
            try:
                decoded = data.decode(writer)
            except UnicodeDecodeError:
                continue
            if writer == "utf-8" and _high_count(decoded) >= MIN_HIGH:  # twice over
                again = _bytes_of(decoded, reader)
                if again is not None:
                    for first in WRITERS:
                        try:
                            found.append((again.decode(first), f"{first} (twice)", reader))
                        except UnicodeDecodeError:
                            pass
            if writer == "utf-8" and not decoded.isascii():  # UTF-8 read as GBK first, then shown by the code page
                try:
                    found.append((decoded.encode("gb18030").decode("utf-8"), "utf-8 read as gbk (twice)", reader))
                except (UnicodeEncodeError, UnicodeDecodeError):
                    pass
            if _CHINESE_TEXT.fullmatch(decoded):
                found.append((decoded, writer, reader))
    return found


def readings(text: str) -> list[Reading]:
    """The stretches of ``text`` that are Chinese bytes shown by a single-byte code page, each
    with its proven reading back (see the module's docstring for the evidence).

    >>> [r.after for r in readings("2¡¢±¾Èí¼þÊÜÖÐ»ªÈËÃñ¹²ºÍ¹ú¡¶Öø×÷È¨·¨¡·±£»¤¡£")]
    ['2、本软件受中华人民共和国《著作权法》保护。']
    >>> [r.after for r in readings("µ⁄“ªÃıº«¬º")]
    ['第一条记录']
    >>> readings("Café Müller, São Paulo; 5×3 m²，温度 20°C。")
    []
    """
    return scan(text)[0]


#: A stretch left unread is worth a warning when it shows this many characters for high
#: bytes at least, and they are this share of its visible characters at least (a French or
#: German name shows a few among many letters; mojibake is made of them).
MIN_HIGH_FOR_WARNING = 8
MIN_HIGH_SHARE_FOR_WARNING = 0.5


#: Why a stretch was kept (the warning's message).
NO_PROVEN_READING = "suspected code-page mojibake kept (GBK, Big5 or UTF-8 bytes shown one character per byte): no proven reading"
REPAIRED_AS_UTF8 = ("suspected code-page mojibake kept: the page was shown as Latin-1 and then re-decoded as UTF-8 in places "
                    "(a byte now one character, now two): no reading is proof")


def scan(text: str) -> tuple[list[Reading], list[tuple[int, str, str]]]:
    """:func:`readings`, and the stretches that look like Chinese bytes shown by a code page
    but have no proven reading (position, excerpt): a byte lost on the way (``Î´¾¹Ù``, where
    ``未经`` lost its ``AD``), or a reading that is not plausible enough.

    Linear: one scan per code page over the lines that hold a suspect character, and a
    fixed number of strict decodes per stretch (or per part of it between spaces).

    >>> found, kept = scan("Î´¾¹Ù·½ÊÚÈ¨¿ªÊ¼Ê¹ÓÃ")
    >>> [r.after for r in found], [k[:2] for k in kept]
    ([], [(0, 'Î´¾¹Ù·½ÊÚÈ¨¿ªÊ¼Ê¹ÓÃ')])
    """
    if not _gates.present(text) & _SUSPECT_BIT:
        return [], []
    from corpus_tools.clean.mojibake import _cost

    found: list[Reading] = []
    kept: list[tuple[int, str, str]] = []
    taken_until = -1
    sloppy = repaired_as_utf8(text)
    for line_start, line_end in _gates.lines_holding(text, _gates.class_positions(text, _SUSPECT_BIT)):
        spans: dict[tuple[int, int], None] = {}
        earlier: list[list[tuple[int, int]]] = []  # each earlier code page's stretches, in order (disjoint)
        others = _needs_other_pages(text[line_start:line_end])  # (else their stretches are the earlier pages')
        for reader in READERS if others else READERS[: len(READERS) - len(OTHER_SINGLE_BYTE_READERS)]:
            own: list[tuple[int, int]] = []
            for m in _stretch_re(reader).finditer(text, line_start, line_end):
                if _high_count(m.group()) >= MIN_HIGH:
                    if reader in _OTHER and _inside_one_of(m.span(), earlier):
                        continue  # (a part of a stretch an earlier page shows whole: that page's to read or to keep)
                    spans[m.span()] = None
                    own.append(m.span())
            if reader not in _OTHER:
                earlier.append(own)
        if sloppy:  # no proof anywhere on the page: every such line is kept, with a warning
            if spans:
                kept.append((line_start, text[line_start:line_end][:40], REPAIRED_AS_UTF8))
            continue
        line_found = len(found)
        for a, b in sorted(spans, key=lambda s: (s[0], -s[1])):
            if a < taken_until:
                continue
            stretch = text[a:b]
            for pa, pb in _pieces(stretch):
                if a + pa < taken_until:
                    continue
                piece = stretch[pa:pb]
                if _high_count(piece) < MIN_HIGH:
                    continue
                got = _best_readings(piece, _cost)
                for ra, rb, after, writer, reader, gain, margin in got:
                    found.append(Reading(a + pa + ra, a + pa + rb, piece[ra:rb], after, writer, reader, gain, margin))
                if got:
                    taken_until = a + pb
                if got and (pa, pb) == (0, len(stretch)):
                    break
        if spans:
            left = _unread(text, line_start, line_end, found[line_found:])
            high = _high_count(left)
            visible = sum(1 for ch in left if not ch.isspace())
            if high >= MIN_HIGH_FOR_WARNING and high >= MIN_HIGH_SHARE_FOR_WARNING * visible and (
                _one_code_pages(left) or _shows_utf8_of_chinese(left)
            ):
                kept.append((line_start, text[line_start:line_end][:40], NO_PROVEN_READING))
    if not sloppy and len(found) >= PAGE_CONSENSUS:
        found, kept = _by_the_pages_readings(text, found, kept)
    return found, kept


_OTHER = frozenset(OTHER_SINGLE_BYTE_READERS)


@lru_cache(maxsize=1)
def _shown_tables() -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """Every character a code page of :data:`READERS` shows for a byte, and what each earlier page shows."""
    earlier = tuple(frozenset(shown_by(r)) for r in READERS if r not in _OTHER)
    return frozenset().union(*(shown_by(r) for r in READERS)), earlier


def _needs_other_pages(line: str) -> bool:
    """Whether ``line`` shows bytes no one earlier code page shows all of (``δΈ‰οΌ‰`` of cp1253; KOI8-U's ``ґ``
    beside its box drawings): only then are :data:`OTHER_SINGLE_BYTE_READERS` read on it, so that a line of
    cp1252's mojibake costs what it did.  One pass over the line's distinct characters.

    >>> _needs_other_pages("（δΈ‰οΌ‰δ½Ώη”¨、乐器"), _needs_other_pages("2¡¢±¾Èí¼þÊÜÖÐ»ªÈËÃñ")
    (True, False)
    """
    shown, earlier = _shown_tables()
    chars = shown.intersection(line)
    return not any(chars <= table for table in earlier)


def _inside_one_of(span: tuple[int, int], earlier: list[list[tuple[int, int]]]) -> bool:
    """Whether ``span`` lies inside a stretch of one of ``earlier`` (per code page, sorted and disjoint: a binary
    search in each, so that a line of many stretches stays linear).

    >>> _inside_one_of((3, 5), [[(0, 2), (2, 6)], []]), _inside_one_of((3, 9), [[(0, 2), (2, 6)]])
    (True, False)
    """
    for stretches in earlier:
        k = bisect_right(stretches, (span[0], float("inf"))) - 1
        if k >= 0 and stretches[k][1] >= span[1]:
            return True
    return False


def _unread_parts(a: int, b: int, taken: list[tuple[int, int]], starts: list[int]) -> list[tuple[int, int]]:
    """The parts of ``[a, b)`` outside the sorted, disjoint spans ``taken`` (``starts``: their starts).

    >>> _unread_parts(0, 10, [(2, 4), (6, 7)], [2, 6])
    [(0, 2), (4, 6), (7, 10)]
    """
    out = []
    k = max(0, bisect_right(starts, a) - 1)
    at = a
    while k < len(taken) and taken[k][0] < b:
        s, e = taken[k]
        if e > at:
            if s > at:
                out.append((at, s))
            at = max(at, e)
        k += 1
    if at < b:
        out.append((at, b))
    return out


#: Readings a page must show, all by one writer and one code page, before its short stretches are read
#: by them as well (:func:`_by_the_pages_readings`).
PAGE_CONSENSUS = 3
#: What a stretch read by the page's consensus holds at least: one Chinese character or mark of UTF-8 (three
#: bytes) or of GBK (two).
_CONSENSUS_MIN_HIGH = 2


def _by_the_pages_readings(text: str, found: list[Reading], kept: list[tuple[int, str, str]]
                           ) -> tuple[list[Reading], list[tuple[int, str, str]]]:
    """Stretches the evidence of one stretch left unread (too short, too few words: ``第　622　号``,
    ``总　理``, a row of ideographic spaces), read by the writer and code page that the page's own proven
    readings all share, where they decode strictly into Chinese text (Han, CJK marks, ASCII).  UTF-8 only: its
    bytes are in step or fail, while GBK or Big5 bytes a lost byte put out of step decode into other Han.

    Real damage (zhengce result.txt, field test 14: a gov.cn page read as Mac OS Cyrillic, F14-B7): after its
    sentences were read back, ``\\xa0зђђгАА622гААеПЈ``, ``гААгАА…жАїгАА зРЖгАА\\xa0 温家宝`` and the date stayed.
    One page is one encoding and one reader: the page's readings are the evidence for its short stretches.

    >>> shown = lambda s: s.encode().decode("mac_cyrillic")
    >>> lines = ["中华人民共和国国务院令", "第　622　号", "已经国务院常务会议通过，现予公布。", "自2012年8月1日起施行。", "总　理　"]
    >>> [r.after for r in scan("\\n".join(map(shown, lines)))[0]]
    ['中华人民共和国国务院令', '第　622　号', '已经国务院常务会议通过，现予公布。', '自2012年8月1日起施行。', '总　理　']
    """
    from corpus_tools.clean.mojibake import _CHINESE_TEXT, _cost

    ways = {(r.writer, r.reader) for r in found}
    if len(ways) != 1:
        return found, kept
    writer, reader = next(iter(ways))
    if writer != "utf-8":
        return found, kept  # (GBK or Big5 bytes out of step after a lost byte decode strictly too, into wrong Han)
    taken = sorted((r.start, r.end) for r in found)
    starts = [a for a, _ in taken]
    more: list[Reading] = []
    pattern = _stretch_re(reader)
    for line_start, line_end in _gates.lines_holding(text, _gates.class_positions(text, _SUSPECT_BIT)):
        for m in pattern.finditer(text, line_start, line_end):
            for a, b in _unread_parts(m.start(), m.end(), taken, starts):
                stretch = text[a:b].strip(" \t")
                a += len(text[a:b]) - len(text[a:b].lstrip(" \t"))
                if _high_count(stretch) < _CONSENSUS_MIN_HIGH:
                    continue
                data = _bytes_of(stretch, reader)
                try:
                    after = data.decode(writer) if data is not None else None
                except UnicodeDecodeError:
                    continue
                if after is None or after.isascii() or not _CHINESE_TEXT.fullmatch(after.replace("○", "")):
                    continue  # (GB2312's white circle is a date's zero: ``二○一二年``)
                gain = _cost(stretch) - _cost(after)
                if gain > 0:
                    more.append(Reading(a, a + len(stretch), stretch, after, writer, reader, gain, 0.0))
    if not more:
        return found, kept
    found = sorted(found + more, key=lambda r: r.start)
    still = []  # a line's warning stays while it shows enough unread characters
    found_starts = [r.start for r in found]
    for k in kept:
        line_end = text.find("\n", k[0])
        line_end = len(text) if line_end < 0 else line_end
        on_line = found[bisect_left(found_starts, k[0]) : bisect_left(found_starts, line_end)]
        if not on_line or _high_count(_unread(text, k[0], line_end, on_line)) >= MIN_HIGH_FOR_WARNING:
            still.append(k)
    return found, still


#: Share of the characters left unread that one code page must show, for a warning.
MIN_ONE_READER_SHARE = 0.9
#: Share of them that must be letters, and share that must be no letters, for a warning when the
#: code page is a console one (mojibake shows its letters and its box drawing side by side).
MIN_MIXED_SHARE = 0.1


def _one_code_pages(left: str) -> bool:
    """Whether the characters of ``left`` that code pages show for high bytes read as one code
    page's mojibake: nine in ten shown by a Latin code page (``Î´¾¹Ù·½ÊÚ``), or by a console code
    page with its letters and its box drawing or signs mixed (``╓╨╣·│м╓╪``).  A Russian sentence
    (KOI8-R and cp866 show every Cyrillic letter), a form's box drawing, a Greek formula are text
    in their own right: no warning (session 14, when the console code pages joined).

    >>> _one_code_pages("Î´¾¹Ù·½ÊÚÈ¨"), _one_code_pages("╓╨╣·│м╓╪_╖╩┼╓╥╜╤з")
    (True, True)
    >>> _one_code_pages("Российская Федерация"), _one_code_pages("┌──┬──┐│└──┴──┘"), _one_code_pages("Το πολίτευμα")
    (False, False, False)
    """
    chars = [ch for ch in left if ch >= "\x80" and ch not in TYPOGRAPHIC and ch in _any_shown()]
    if not chars:
        return False
    need = MIN_ONE_READER_SHARE * len(chars)
    for reader in READERS:
        table = shown_by(reader)
        if sum(ch in table for ch in chars) < need:
            continue
        if reader in LATIN_READERS:
            return True  # (the Cyrillic pages show letters and signs mixed, as the console ones)
        letters = sum(ch.isalpha() for ch in chars)
        if MIN_MIXED_SHARE * len(chars) <= letters <= (1 - MIN_MIXED_SHARE) * len(chars):
            return True
    return False


def _shows_utf8_of_chinese(left: str) -> bool:
    """Whether ``left`` holds UTF-8 of two Chinese characters shown by a Cyrillic code page (letters
    only, ``зђђгАА``: :func:`_one_code_pages` wants signs beside them, as a Russian sentence has none).

    >>> _shows_utf8_of_chinese("зђђгАА622гААеПЈ"), _shows_utf8_of_chinese("Российская Федерация")
    (True, False)
    """
    return any(reads_as_utf8_cjk(m) for m in _cyrillic_signature_re().finditer(left))


@lru_cache(maxsize=1)
def _cyrillic_signature_re() -> regex.Pattern:
    return regex.compile(cyrillic_utf8_signature())


@lru_cache(maxsize=1)
def _any_shown() -> frozenset[str]:
    return frozenset(ch for reader in READERS for ch in shown_by(reader))


def _unread(text: str, start: int, end: int, done: list[Reading]) -> str:
    """What of ``text[start:end]`` no reading covers (the characters a code page shows)."""
    parts, at = [], start
    for r in done:
        parts.append(text[at : r.start])
        at = r.end
    parts.append(text[at:end])
    return "".join(ch for part in parts for ch in part if ch.isascii() or ch not in common_in_chinese())


_CLAUSE = lazy_regex(r"[^，。、；：！？]*[，。、；：！？]+|[^，。、；：！？]+$")


def _best_readings(piece: str, cost) -> list[tuple[int, int, str, str, str, float, float]]:
    """The readings of ``piece`` that the evidence proves: ``(start, end, text, writer, reader,
    gain, margin)``, offsets in ``piece``.

    The whole piece when its best reading is proven; else, when that reading is still clearly
    ahead of every other (the writer and the code page are not in doubt) but the whole does not
    read as plausible (names the model does not know: ``青头潜鸭、鸿雁、白琵鹭``), clause by
    clause: the bytes decode whole and in step, so each clause's characters are its own, and a
    clause that is proven alone is read back.

    >>> [r[2] for r in _best_readings("±¾ÌõÀýËù³ÆÊªµØ£¬°üÀ¨ÇàÍ·Ç±Ñ¼¡¢ºèÑã¡¢°×ÅýðØ¡¢»Òº×µÈµÄÆÜÏ¢µØ¡£", _cost_model())]
    ['本条例所称湿地，', '灰鹤等的栖息地。']
    """
    by_text: dict[str, tuple[str, str]] = {}
    for decoded, writer, reader in _candidates(piece):
        by_text.setdefault(decoded, (writer, reader))
    scored = sorted((cost(t), t) for t in by_text)
    if not scored:
        return []
    best_cost, best = scored[0]
    margin = scored[1][0] - best_cost if len(scored) > 1 else float("inf")
    if margin < MIN_MARGIN_BITS:
        return []
    writer, reader = by_text[best]
    gain = cost(piece) - best_cost
    if gain >= MIN_GAIN_BITS and plausible(best):
        return [(0, len(piece), best, writer, reader, gain, margin)]
    if writer == "utf-8 read as gbk (twice)":
        return []
    clauses = _CLAUSE.findall(best)
    if "twice" in writer:  # each byte shown by the code page (one character of ``once``), saved as UTF-8, shown again
        first = writer.split(" ")[0]
        try:
            once = _bytes_of(piece, reader).decode("utf-8")
            counts = [len(c.encode(first)) for c in clauses]
        except (AttributeError, UnicodeError):
            return []
        if sum(counts) != len(once):
            return []
        widths, k = [], 0
        for n in counts:
            widths.append(len(once[k : k + n].encode("utf-8")))
            k += n
    else:
        widths = [len(c.encode(writer)) for c in clauses]  # one character of the piece per byte
    if sum(widths) != len(piece):
        return []
    out, at = [], 0
    for clause, width in zip(clauses, widths):
        shown = piece[at : at + width]
        gain = cost(shown) - cost(clause)
        if _high_count(shown) >= MIN_HIGH and gain >= MIN_GAIN_BITS and plausible(clause):
            out.append((at, at + width, clause, writer, reader, gain, margin))
        at += width
    return out


def _cost_model():
    from corpus_tools.clean.mojibake import _cost

    return _cost


# --------------------------------------------------------------------------- UTF-8 shown by a Cyrillic code page

#: The code pages that show UTF-8's bytes of Chinese as Cyrillic letters and signs (lead bytes
#: E3-E9 as lower-case letters ``г``-``й``, continuation bytes 80-BF as capitals and signs:
#: ``зђђ`` for ``第``).
CYRILLIC_SHOWERS: tuple[str, ...] = ("cp1251", "mac_cyrillic", "koi8_r", "cp866")


@lru_cache(maxsize=1)
def cyrillic_utf8_signature() -> str:
    """A pattern for two Chinese characters (or CJK marks) in UTF-8 shown by a Cyrillic code page
    (:data:`CYRILLIC_SHOWERS`), three characters each (``зђђгАА`` for ``第　``); a match is mojibake when
    :func:`reads_as_utf8_cjk` confirms it.  The validator's ``no_mojibake`` check runs it, for what
    the cleaner kept: a line too short to prove alone, a page it did not read back.

    >>> import regex
    >>> bool(regex.search(cyrillic_utf8_signature(), "зђђгАА622гААеПЈ")), bool(regex.search(cyrillic_utf8_signature(), "Российская Федерация"))
    (True, False)
    """
    lead: set[str] = set()
    cont: set[str] = set()
    for reader in CYRILLIC_SHOWERS:
        lead.update(bytes(range(0xE3, 0xEA)).decode(reader, "replace"))
        cont.update(bytes(range(0x80, 0xC0)).decode(reader, "replace"))
    lead.discard("\ufffd")
    cont.discard("\ufffd")
    cls = lambda chars: "[" + "".join("\\" + ch if ch in "\\[]^-" else ch for ch in sorted(chars)) + "]"  # noqa: E731
    return f"(?:{cls(lead)}{cls(cont)}{cls(cont)}){{2}}"


def reads_as_utf8_cjk(match) -> bool:
    """Whether the signature ``match`` (:func:`cyrillic_utf8_signature`) is UTF-8 of Chinese text that a
    Cyrillic code page showed: one of :data:`CYRILLIC_SHOWERS` gives back bytes that decode strictly as
    UTF-8 into Han characters or CJK marks (a Russian word never does).

    >>> import regex
    >>> reads_as_utf8_cjk(regex.search(cyrillic_utf8_signature(), "дЄ≠еНОдЇЇ")), reads_as_utf8_cjk(regex.search(cyrillic_utf8_signature(), "женщина"))
    (True, False)
    """
    shown = match.group(0)
    for reader in CYRILLIC_SHOWERS:
        data = _bytes_of(shown, reader)
        if data is None:
            continue
        try:
            decoded = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if all("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in decoded):
            return True
    return False


# --------------------------------------------------------------------------- marks only

#: The full-width marks of Chinese text (and the ideographic space of its indentation) whose GBK
#: bytes (rows A1 and A3) Windows-1252 shows as two Latin-1 signs, ``，`` as ``£¬``, ``。`` as
#: ``¡£``, ``　`` as ``¡¡``: pairs no clean text writes (none in the 1,911 laws, the real pages or
#: the field folders but their mojibake pages).
MARKS = "，。、；：？！（）“”‘’《》「」『』【】〔〕…—·　"


@lru_cache(maxsize=1)
def _mark_pairs() -> dict[str, str]:
    """What Windows-1252 shows for the GBK bytes of each of :data:`MARKS`, mapped to the mark.

    >>> _mark_pairs()["£¬"], _mark_pairs()["¡£"], _mark_pairs()["¡¡"]
    ('，', '。', '\u3000')
    """
    pairs = {}
    for mark in MARKS:
        try:
            pairs[mark.encode("gbk").decode("cp1252")] = mark
        except UnicodeDecodeError:
            continue
    return pairs


@lru_cache(maxsize=1)
def _marks_re() -> regex.Pattern:
    return regex.compile("(?:" + "|".join(regex.escape(p) for p in sorted(_mark_pairs())) + ")+")


_HAN_OR_MARK = lazy_regex(r"[\p{Han}\u3000-\u303f\uff01-\uff5e“”‘’…—·]")


def mark_readings(text: str, taken: list[tuple[int, int]] = ()) -> list[Reading]:
    """The marks alone of a Chinese line shown by Windows-1252 from GBK, read back: the Chinese
    characters came through (written as references, or repaired by hand), the marks' bytes did
    not (``监督检查£¬具体办法¡£``, ``¡¡¡¡第一条``: the indentation).  Real members: an English comment
    of a shader's source typed with a Chinese input method, ``already has a normal pass£¬`` (search
    index file 20250363722), a Nim format string ``"$1, $2£¬$3;"`` (33312299072); with no Chinese
    character on their line they are kept (nothing there says the text is Chinese).

    Evidence: a run of such pairs beside a Chinese character or mark (or opening the line before
    one), on a line that shows no other character a code page shows for a byte (the marks alone
    are damaged: a line of GBK shown whole is :func:`scan`'s, and one it kept stays whole).

    >>> [r.after for r in mark_readings("本条例所称¡°智能制造¡±£¬是指制造活动¡£")]
    ['“', '”，', '。']
    >>> [r.after for r in mark_readings("¡¡¡¡第一条　为了规范管理")]
    ['\u3000\u3000']
    >>> mark_readings("¡Hola! ¡¡Qué precio: £¬5!!"), mark_readings("Ö÷Ìâ£¬ÄÚÈÝ¡£")
    ([], [])
    """
    if not _gates.has_any_byte(_gates.latin1_chars(text), b"\xa1\xa3"):
        return []
    pairs = _mark_pairs()
    found: list[Reading] = []
    line_end, line_ok = -1, False  # the line of the last run, and whether its other characters are clean
    suspect = _suspect_chars()
    for m in _marks_re().finditer(text):
        a, b = m.span()
        if any(x < b and a < y for x, y in taken):
            continue
        before = text[a - 1] if a > 0 else "\n"
        after = text[b] if b < len(text) else "\n"
        if not (_HAN_OR_MARK.match(before) or _HAN_OR_MARK.match(after) or before == "\n" and after != "\n"):
            continue
        if a >= line_end:  # a new line: its ends and its other characters, once
            line_start = text.rfind("\n", 0, a) + 1
            line_end = text.find("\n", a)
            line_end = len(text) if line_end < 0 else line_end
            rest = _marks_re().sub("", text[line_start:line_end])
            line_ok = not any(ch in suspect for ch in rest) and bool(regex.search(r"\p{Han}", rest))
        if not line_ok:
            continue
        shown = m.group()
        after_text = "".join(pairs[shown[i : i + 2]] for i in range(0, len(shown), 2))
        found.append(Reading(a, b, shown, after_text, "gbk (marks only)", "cp1252", 0.0, float("inf")))
    return found


# --------------------------------------------------------------------------- pages "repaired" as UTF-8 after

#: A character that no code page of :data:`READERS` shows for a byte, but that UTF-8 gives for
#: two bytes (Greek, Cyrillic, Latin Extended: ``λ``, ``Щ``, ``ŵ``), beside one a code page
#: shows: the page was shown by Latin-1 and then "repaired" in places as if it were UTF-8 read
#: as Latin-1 (ftfy-style).
_UTF8_ONLY = "".join(sorted(set(map(chr, range(0x100, 0x800))) - {ch for r in LATIN_READERS for ch in shown_by(r)}))
_SLOPPY_EVIDENCE = lazy_regex("[\\x80-\\xff][" + regex.escape(_UTF8_ONLY) + "]|[" + regex.escape(_UTF8_ONLY) + "][\\x80-\\xff]")


def repaired_as_utf8(text: str) -> bool:
    """Whether ``text`` shows GBK read as Latin-1 and then "repaired" in places as UTF-8.

    Real damage (field13, session 13, m.sjzmusicexpo.com): ``¸÷λ»úÆ÷ÈË`` is ``各位机器人``
    shown as Latin-1, with ``Î»`` (``CE BB``, ``位``) turned into Greek ``λ``; elsewhere ``Â¶``
    became ``¶`` and ``ÏÂµ`` ``Ïµ``.  A byte is now one character, now two, now gone: a
    strict reading of such a page is no proof (``ÏµÄ`` reads ``系``, where ``下的`` stood),
    so no stretch of it is read back, and a warning says why.

    A Cyrillic letter beside a Latin-1 sign that one console code page shows both of (cp866's
    ``·`` and ``Щ``) is that code page's own stretch, no such evidence; so is a Central European letter
    beside a Latin-1 one that cp1250 shows both of (``ÎŞ``).

    >>> repaired_as_utf8("¸÷λ»úÆ÷ÈË´´ÒµÕßÃÇ"), repaired_as_utf8("ÖÐ»ªÈËÃñ"), repaired_as_utf8("æœ¬æ")
    (True, False, False)
    >>> repaired_as_utf8("╓╨╣·│м╓╪"), repaired_as_utf8("ÎŞÁËÎČ¶¨şÍ")
    (False, False)
    """
    for m in _SLOPPY_EVIDENCE.finditer(text):
        pair = m.group()
        if not any(all(ch in shown_by(reader) for ch in pair)
                   for reader in CONSOLE_READERS + CYRILLIC_READERS + CENTRAL_EUROPEAN_READERS):
            if not _one_page_shows_the_run(text, m.start(), m.end()):
                return True
    return False


#: How far each side of a pair :func:`_one_page_shows_the_run` reads (linear: a constant per pair).
_RUN_READ = 24


def _one_page_shows_the_run(text: str, start: int, end: int) -> bool:
    """Whether one of :data:`OTHER_SINGLE_BYTE_READERS` shows every non-ASCII character of the run around
    ``text[start:end]`` (read :data:`_RUN_READ` characters each side, up to an ASCII character, a CJK mark or Han): UTF-8 read by
    the Greek cp1253 shows ``δΈ‰οΌ‰`` for ``三）``, Greek beside Latin-1 signs, all of them its own; a page shown as
    Latin-1 and "repaired" as UTF-8 in places holds Latin-1 letters no such page shows (``¸÷λ»úÆ÷``: ``Æ``).

    >>> _one_page_shows_the_run("（δΈ‰οΌ‰δ½Ώη”¨、", 2, 4), _one_page_shows_the_run("¸÷λ»úÆ÷ÈË", 1, 3)
    (True, False)
    """
    a = start
    while a > 0 and start - a < _RUN_READ and "\x80" <= text[a - 1] < "\u3000":
        a -= 1
    b = end
    while b < len(text) and b - end < _RUN_READ and "\x80" <= text[b] < "\u3000":
        b += 1
    run = {ch for ch in text[a:b] if not ch.isascii()}
    return any(run <= shown_by(reader).keys() for reader in OTHER_SINGLE_BYTE_READERS)


__all__ = ["READERS", "WRITERS", "Reading", "cyrillic_utf8_signature", "reads_as_utf8_cjk", "mark_readings", "plausible", "readings", "repaired_as_utf8", "scan", "shown_by"]
