"""Encodings: mojibake, lost bytes, replacement characters, invisible characters.

Line-level mojibake replaces a whole line (``transform``); a line is damaged
only when the wrong decoding is lossless (a strict decode succeeds), so the
right bytes, and the text, can be had back.  A lost GBK byte shifts the rest of
its line: lossy, since the lost byte has several plausible values.  U+FFFD
inserted between characters is recoverable (delete it); U+FFFD in place of a
character is lossy.
"""

from __future__ import annotations

import regex

from tests.noise.mojibake import _as_cp1252 as as_cp1252  # bytes as a browser shows Windows-1252
from tests.noise.wide.core import Damager
from tests.noise.wide.families.script import cc
from tests.noise.wide.registry import body_lines, han_points, register

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
BIDI = ("\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")
C0 = tuple(chr(c) for c in (*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))
_VISIBLE_PAIR = regex.compile(r"(?<=\S)(?=\S)")


def _tokens(injected: str, original: str) -> list[str]:
    orig = set(original)
    return sorted({c for c in injected if c not in orig and not c.isspace() and c not in "，。、；：？！（）"})


def mangle_lines(d: Damager, mangle, *, n: tuple[int, int] = (1, 3), kinds=("label", "para")) -> int:
    """Replace whole lines by ``mangle(line)`` (None: that line cannot be mangled losslessly)."""
    lines = [li for li in body_lines(d, kinds) if regex.search(r"\p{Han}", d.text[li.start : li.end])]
    d.rng.shuffle(lines)
    want = d.rng.randint(*n)
    done = 0
    for li in lines:
        if done >= want:
            break
        seg = d.text[li.start : li.end]
        new = mangle(seg)
        if new is None or new == seg:
            continue
        if d.edit(li.start, li.end, d.base.escape(new) if d.fmt == "html" else new, kind="transform", tokens=_tokens(new, seg)):
            done += 1
    return done


def utf8_as_gbk(seg: str) -> str | None:
    """``seg``'s UTF-8 bytes as a strict GBK decoder shows them; None when a byte would be lost.

    >>> utf8_as_gbk("发布日期")
    '鍙戝竷鏃ユ湡'
    """
    try:
        return seg.encode("utf-8").decode("gbk")
    except UnicodeDecodeError:
        return None


def utf8_as_gb18030(seg: str) -> str | None:
    """``seg``'s UTF-8 bytes as a GB18030 decoder (a browser's "GBK") shows them: pairs GBK leaves
    undefined become private-use characters, so nothing is lost."""
    try:
        return seg.encode("utf-8").decode("gb18030")
    except UnicodeDecodeError:
        return None


def utf8_as_gbk_lossy(seg: str) -> str:
    return seg.encode("utf-8").decode("gbk", errors="replace")


def big5_as_gbk(seg: str) -> str | None:
    """``seg`` in Traditional (s2tw), as Big5 bytes read by a GBK (gb18030) reader."""
    try:
        return cc("s2tw").convert(seg).encode("big5").decode("gb18030")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None


def mangle_spans(d: Damager, mangle, *, n: tuple[int, int] = (1, 3), min_chars: int = 8) -> int:
    """Replace the longest span of a line (from its start, else from a later start) that ``mangle`` turns losslessly."""
    lines = [li for li in body_lines(d) if li.end - li.start >= min_chars]
    d.rng.shuffle(lines)
    want = d.rng.randint(*n)
    done = 0
    for li in lines[: want * 4]:
        if done >= want:
            break
        seg = d.text[li.start : li.end]
        found = None
        for a in range(0, min(4, len(seg) - min_chars)):
            for b in range(len(seg), a + min_chars - 1, -1):
                new = mangle(seg[a:b])
                if new is not None:
                    found = (a, b, new)
                    break
            if found:
                break
        if found is None:
            continue
        a, b, new = found
        if d.edit(li.start + a, li.start + b, new, kind="transform", tokens=_tokens(new, seg[a:b])):
            done += 1
    return done


def utf8_as_cp1252(seg: str) -> str | None:
    return as_cp1252(seg.encode("utf-8"))


def utf8_as_latin1(seg: str) -> str | None:
    return seg.encode("utf-8").decode("latin-1")


@register("enc_utf8_as_gbk_lines", "encoding", description="the longest part of a line (8+ characters) that a strict GBK decoder reads from UTF-8 without loss (涓枃 for 中文)")
def _u8gbk(d: Damager) -> None:
    mangle_spans(d, utf8_as_gbk)


@register("enc_utf8_as_gb18030_lines", "encoding", description="lines of UTF-8 read by a GB18030 decoder: mojibake with private-use characters, nothing lost")
def _u8gb18030(d: Damager) -> None:
    mangle_spans(d, utf8_as_gb18030)


@register("enc_utf8_as_gbk_lossy_lines", "encoding", lossy=True, description="whole lines of UTF-8 read as GBK, lost bytes as U+FFFD (2004骞\ufffd7鏈\ufffd): lossy")
def _u8gbk_lossy(d: Damager) -> None:
    n0 = len(d.edits)
    mangle_lines(d, lambda s: utf8_as_gbk_lossy(s) if utf8_as_gbk(s) is None else None)
    for e in d.edits[n0:]:
        e.lossy, e.note = True, "bytes lost to U+FFFD"
        e.tokens = tuple(dict.fromkeys((*e.tokens, "\ufffd")))


@register("enc_big5_as_gbk_lines", "encoding", description="lines of Big5 (Traditional) read by a GBK (GB18030) decoder, private-use characters where GBK has no character")
def _b5gbk(d: Damager) -> None:
    mangle_lines(d, big5_as_gbk)


@register("enc_utf8_as_cp1252_lines", "encoding", description="lines of UTF-8 read as cp1252 (ä¸­æ–‡)")
def _cp1252(d: Damager) -> None:
    mangle_lines(d, utf8_as_cp1252)


@register("enc_utf8_as_latin1_lines", "encoding", description="lines of UTF-8 read as Latin-1 (C1 controls where cp1252 has letters)")
def _latin1(d: Damager) -> None:
    mangle_lines(d, utf8_as_latin1)


def lose_byte(d: Damager, *, mark: str, which: str = "lead", n: tuple[int, int] = (1, 3)) -> int:
    """A GBK page that lost one byte: the rest of the line is decoded out of step (lossy)."""
    rng = d.rng
    lines = [li for li in body_lines(d) if li.end - li.start >= 6]
    rng.shuffle(lines)
    done = 0
    want = rng.randint(*n)
    for li in lines[: want * 3]:
        if done >= want:
            break
        seg = d.text[li.start : li.end]
        spots = [i for i, c in enumerate(seg) if not c.isascii() and i < len(seg) - 3]
        if not spots:
            continue
        i = rng.choice(spots)
        try:
            data = seg[i:].encode("gbk")
        except UnicodeEncodeError:
            continue
        data = data[1:] if which == "lead" else data[:1] + data[2:]
        damaged = data.decode("gbk", errors="replace")
        damaged = damaged.replace("\ufffd", mark).replace("？", "?") if mark == "?" else damaged
        if d.edit(li.start + i, li.end, damaged, kind="transform", lossy=True, tokens=_tokens(damaged, seg[i:]) + ([mark] if mark in damaged else []),
                  note="a lost byte: several values give valid text"):
            done += 1
    return done


@register("enc_gbk_lost_byte_qmark", "encoding", lossy=True, description="GBK with a lost lead byte, rest of line out of step, ? for the orphan (?偨Y): lossy")
def _lost_q(d: Damager) -> None:
    lose_byte(d, mark="?")


@register("enc_gbk_lost_byte_fffd", "encoding", lossy=True, description="GBK with a lost byte, U+FFFD for the orphan: lossy")
def _lost_fffd(d: Damager) -> None:
    lose_byte(d, mark="\ufffd", which=d.rng.choice(("lead", "trail")))


@register("enc_gbk_lost_bytes_everywhere", "encoding", lossy=True, description="a lost GBK byte in most article lines: beyond repair")
def _lost_everywhere(d: Damager) -> None:
    k = max(2, len(body_lines(d)) * 2 // 3)
    lose_byte(d, mark=d.rng.choice(("?", "\ufffd")), n=(k, k))


@register("enc_fffd_inserted", "encoding", description="stray U+FFFD between characters (nothing lost)")
def _fffd_ins(d: Damager) -> None:
    points = han_points(d, body_lines(d))
    for p in d.rng.sample(points, min(len(points), d.rng.randint(2, 5))):
        d.insert(p, "\ufffd", tokens=["\ufffd"])


@register("enc_fffd_replacing", "encoding", lossy=True, description="U+FFFD in place of a character: lossy")
def _fffd_rep(d: Damager) -> None:
    points = han_points(d, body_lines(d))
    for p in d.rng.sample(points, min(len(points), d.rng.randint(2, 5))):
        d.edit(p - 1, p, "\ufffd", kind="replace", tokens=["\ufffd"], lossy=True, note="the character is gone")


def invisible(d: Damager, pool: tuple[str, ...], n: tuple[int, int] = (3, 10)) -> None:
    text = d.text
    spots = []
    for li in body_lines(d, ("label", "para", "heading", "title")):
        spots += [m.start() for m in _VISIBLE_PAIR.finditer(text, li.start, li.end)]
    for p in d.rng.sample(spots, min(len(spots), d.rng.randint(*n))):
        c = d.rng.choice(pool)
        d.insert(p, c if d.fmt == "txt" else f"&#{ord(c)};", tokens=[c])


@register("enc_zero_width", "encoding", description="zero-width spaces, joiners, BOM, soft hyphens between characters")
def _zw(d: Damager) -> None:
    invisible(d, ZERO_WIDTH)


@register("enc_bidi", "encoding", description="bidi marks and embeddings (U+200E, U+202A-202E, U+2066-2069)")
def _bidi(d: Damager) -> None:
    invisible(d, BIDI)


@register("enc_controls", "encoding", description="C0 control characters and DEL between characters")
def _controls(d: Damager) -> None:
    invisible(d, C0)


def gbk_as_codepage(seg: str, reader: str) -> str | None:
    """``seg``'s GBK bytes as a single-byte code page shows them (a byte it leaves undefined
    as the C1 control of that number, as browsers do); None when GBK cannot write ``seg``.

    >>> gbk_as_codepage("中华", "cp1252"), gbk_as_codepage("第一条", "mac_roman")
    ('ÖÐ»ª', 'µ⁄“ªÃı')
    """
    try:
        data = seg.encode("gbk")
    except UnicodeEncodeError:
        return None
    out = []
    for b in data:
        try:
            out.append(bytes((b,)).decode(reader))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


@register("enc_gbk_as_codepage_lines", "encoding", description="lines of GBK shown by a single-byte code page: Windows-1252 (ÖÐ»ª), Windows-1254 (¶şÌõ), Mac OS Roman (µ⁄“ªÃı); real members, session 13")
def _gbk_codepage(d: Damager) -> None:
    reader = d.rng.choice(("cp1252", "cp1254", "mac_roman"))
    mangle_lines(d, lambda s: gbk_as_codepage(s, reader))


# --------------------------------------------------------------------------- blind variants (session 13)
# Written by encoding13 before any code of the session, from a description of the family
# ("bytes of one codec decoded with another, whole line or span, either way, once or twice"),
# and never looked at while developing: they measure members the code was not written for.


def big5_as_cp1252(seg: str) -> str | None:
    """``seg`` in Traditional (s2tw) as Big5 bytes, shown by a Windows-1252 reader.

    >>> big5_as_cp1252("中華")
    '¤¤µØ'
    """
    try:
        return as_cp1252(cc("s2tw").convert(seg).encode("big5"))
    except UnicodeEncodeError:
        return None


def utf8_as_gb18030_twice(seg: str) -> str | None:
    """``seg`` read as GB18030 from its UTF-8 bytes, saved as UTF-8 and read as GB18030 again
    (a page repaired by nobody and copied twice); None when a byte would be lost."""
    once = utf8_as_gb18030(seg)
    return None if once is None else utf8_as_gb18030(once)


def utf8_as_mac_roman(seg: str) -> str | None:
    """``seg``'s UTF-8 bytes as a Mac OS Roman reader shows them (``‰∏≠Êñá`` for ``中文``)."""
    return seg.encode("utf-8").decode("mac_roman")


@register("enc_big5_as_cp1252_lines", "encoding", description="BLIND (session 13): lines of Big5 (Traditional) read as Windows-1252 (¤¤µØ for 中華)")
def _b5cp1252(d: Damager) -> None:
    mangle_lines(d, big5_as_cp1252)


@register("enc_utf8_as_gb18030_twice", "encoding", description="BLIND (session 13): the longest part of a line that UTF-8 -> GB18030 mojibake, twice over, gives without loss")
def _u8gb_twice(d: Damager) -> None:
    mangle_spans(d, utf8_as_gb18030_twice)


@register("enc_utf8_as_mac_roman_lines", "encoding", description="BLIND (session 13): lines of UTF-8 read as Mac OS Roman (‰∏≠Êñá for 中文)")
def _macroman(d: Damager) -> None:
    mangle_lines(d, utf8_as_mac_roman)


# --------------------------------------------------------------------------- blind variants (session 14)
# Written by encoding14 before any code of the session, from the brief's description of the
# family (any true encoding x any wrong reader, once or twice, on a line or a run inside one),
# choosing members no rule of session 13 names: a Korean double-byte reader, a DOS console
# code page on a run inside a line, and GBK shown by a code page twice over.


def gbk_as_euc_kr(seg: str) -> str | None:
    """``seg``'s GBK bytes as a Korean (EUC-KR) reader shows them; None when a byte would be lost.

    >>> gbk_as_euc_kr("第一条")
    '뒤寧係'
    """
    try:
        return seg.encode("gbk").decode("euc_kr")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None


def utf8_as_dos(seg: str, reader: str) -> str:
    """``seg``'s UTF-8 bytes as a DOS console code page (cp437, cp850) shows them.

    >>> utf8_as_dos("中文", "cp437")
    'Σ╕¡µûç'
    """
    return seg.encode("utf-8").decode(reader)


def gbk_as_cp1252_twice(seg: str) -> str | None:
    """``seg``'s GBK bytes shown by Windows-1252, that text saved as UTF-8 and shown by
    Windows-1252 again (``ÖÐ`` -> ``Ã–Ã\\x90``)."""
    once = gbk_as_codepage(seg, "cp1252")
    return None if once is None else as_cp1252(once.encode("utf-8"))


@register("enc_gbk_as_euc_kr_lines", "encoding", description="BLIND (session 14): lines of GBK read by a Korean EUC-KR reader (뒤寧係 for 第一条)")
def _gbk_euckr(d: Damager) -> None:
    mangle_lines(d, gbk_as_euc_kr)


@register("enc_utf8_as_dos_spans", "encoding", description="BLIND (session 14): the longest part of a line of UTF-8 shown by a DOS code page, cp437 or cp850 (Σ╕¡µûç for 中文)")
def _u8dos(d: Damager) -> None:
    reader = d.rng.choice(("cp437", "cp850"))
    mangle_spans(d, lambda s: utf8_as_dos(s, reader))


@register("enc_gbk_as_cp1252_twice_lines", "encoding", description="BLIND (session 14): lines of GBK shown by Windows-1252, saved as UTF-8 and shown by Windows-1252 again")
def _gbk_cp1252_twice(d: Damager) -> None:
    mangle_lines(d, gbk_as_cp1252_twice)


# --------------------------------------------------------------------------- blind variants (session 16)
# Written by enc16 from the brief's description of the family (escapes that lost a part or were
# escaped twice, private-use glyphs of icon and symbol fonts, PDF fonts that map Han characters to
# radicals or compatibility ideographs, other double-byte readers), in words first
# (/work/notes/enc16/blind.md) and measured before any cleaner change of the session.

_HAN_RUN = regex.compile(r"\p{Han}{4,12}")


def _han_runs(d: Damager, n: tuple[int, int]) -> list[tuple[int, int]]:
    """Up to ``n`` runs of 4-12 Han characters, one a line, from the body's lines."""
    lines = list(body_lines(d))
    d.rng.shuffle(lines)
    want = d.rng.randint(*n)
    runs = []
    for li in lines:
        if len(runs) >= want:
            break
        found = list(_HAN_RUN.finditer(d.text, li.start, li.end))
        if found:
            m = d.rng.choice(found)
            runs.append((m.start(), m.end()))
    return runs


def broken_reference(ch: str, shape: str) -> str:
    """``ch`` as a numeric character reference that lost its ``&`` or its ``;``.

    >>> broken_reference("中", "no_amp_dec"), broken_reference("中", "no_semi_hex")
    ('#20013;', '&#x4e2d')
    """
    ref = f"#{ord(ch)}" if shape.endswith("dec") else f"#x{ord(ch):x}"
    return ref[:] + ";" if shape.startswith("no_amp") else "&" + ref


@register("enc_refs_broken_blind16", "encoding", description="BLIND (session 16): runs of Han characters as numeric references that lost their & or their ; (#20013; / &#x4e2d)")
def _refs_broken(d: Damager) -> None:
    shape = d.rng.choice(("no_amp_dec", "no_amp_hex", "no_semi_dec", "no_semi_hex"))
    for a, b in _han_runs(d, (1, 3)):
        seg = d.text[a:b]
        new = "".join(broken_reference(c, shape) for c in seg)
        d.edit(a, b, new, kind="transform", tokens=["#"] + [broken_reference(c, shape).strip("&#;") for c in seg])


@register("enc_refs_double_escaped_blind16", "encoding", fmt="html", description="BLIND (session 16): an HTML page whose CMS escaped numeric references twice (&amp;#20013; in the source, &#20013; on screen)")
def _refs_double(d: Damager) -> None:
    hexa = d.rng.random() < 0.5
    for a, b in _han_runs(d, (1, 3)):
        seg = d.text[a:b]
        refs = [f"#x{ord(c):x};" if hexa else f"#{ord(c)};" for c in seg]
        d.edit(a, b, "".join("&amp;" + r for r in refs), kind="transform", tokens=["#"] + [r.strip("#;") for r in refs])


ICON_FONT = tuple(chr(c) for c in (0xE600, 0xE601, 0xE60A, 0xE614, 0xE625, 0xE63B, 0xE6A2, 0xF015, 0xF0C1, 0xF105, 0xF1C1))
WINGDINGS_BULLETS = ("\uf06c", "\uf0b7", "\uf0d8", "\uf0fc", "\uf0a7", "\uf076")


@register("enc_icon_font_pua_blind16", "encoding", description="BLIND (session 16): private-use glyphs of icon fonts before headings and labels (\\ue600第一条) and Wingdings bullets opening paragraphs")
def _icon_font(d: Damager) -> None:
    icon = d.rng.choice(ICON_FONT)
    heads = body_lines(d, ("heading", "label"))
    for li in d.rng.sample(heads, min(len(heads), d.rng.randint(2, 6))):
        glyph = icon + (" " if d.rng.random() < 0.5 else "")
        d.insert(li.start, glyph, tokens=[icon])
    bullet = d.rng.choice(WINGDINGS_BULLETS)
    paras = body_lines(d, ("para",))
    for li in d.rng.sample(paras, min(len(paras), d.rng.randint(1, 4))):
        d.insert(li.start, bullet + d.rng.choice(("\t", " ", "")), tokens=[bullet])


def _radical_look_alikes() -> dict[str, str]:
    """Unified ideograph -> the Kangxi radical (U+2F00-2FD5) NFKC maps to it, and a few CJK radical
    supplement forms (U+2E80-2EF3) that look like a Simplified character and decompose to nothing."""
    import unicodedata

    table = {}
    for cp in range(0x2F00, 0x2FD6):
        table.setdefault(unicodedata.normalize("NFKC", chr(cp)), chr(cp))
    supplement = {"民": "\u2ea0", "长": "\u2ed3", "门": "\u2ed4", "见": "\u2ec5", "页": "\u2eda", "车": "\u2ecb", "风": "\u2edb",
                  "马": "\u2ee2", "西": "\u2ec4", "角": "\u2ec6", "青": "\u2ed8", "贝": "\u2ec9"}
    # (measured once with 言 -> U+2EC8 and 金 -> U+2ED0 too: Unicode equates those radicals with 讠 and 钅,
    # so that damage could not be read back; taken out after the first measure, session 16)
    table.update(supplement)
    return table


RADICALS = _radical_look_alikes()


def as_radicals(seg: str) -> str:
    """``seg`` with every character that has a radical look-alike written as it (a PDF font's map).

    >>> as_radicals("人民") == "\u2f08\u2ea0"
    True
    """
    return "".join(RADICALS.get(c, c) for c in seg)


@register("enc_kangxi_radicals_blind16", "encoding", description="BLIND (session 16): lines of a PDF copy whose font maps Han characters to Kangxi radicals and radical supplement forms (⼈⺠ for 人民)")
def _radicals(d: Damager) -> None:
    whole = d.rng.random() < 0.4
    lines = [li for li in body_lines(d, ("label", "para", "heading")) if as_radicals(d.text[li.start : li.end]) != d.text[li.start : li.end]]
    if not whole:
        lines = d.rng.sample(lines, min(len(lines), d.rng.randint(1, 3)))
    for li in lines:
        seg = d.text[li.start : li.end]
        for i, c in enumerate(seg):
            r = RADICALS.get(c)
            if r:
                d.edit(li.start + i, li.start + i + 1, r, kind="transform", tokens=[r])


def _compat_ideographs() -> dict[str, str]:
    """Unified ideograph -> a CJK compatibility ideograph (U+F900-FAD9) canonically equivalent to it."""
    import unicodedata

    table = {}
    for cp in range(0xF900, 0xFADA):
        n = unicodedata.normalize("NFC", chr(cp))
        if n != chr(cp):
            table.setdefault(n, chr(cp))
    return table


COMPAT_IDEOGRAPHS = _compat_ideographs()


@register("enc_compat_ideographs_blind16", "encoding", description="BLIND (session 16): lines whose characters are written as CJK compatibility ideographs (U+F900-FAD9) equivalent to them")
def _compat(d: Damager) -> None:
    lines = [li for li in body_lines(d, ("label", "para")) if any(c in COMPAT_IDEOGRAPHS for c in d.text[li.start : li.end])]
    for li in d.rng.sample(lines, min(len(lines), d.rng.randint(1, 3))):
        seg = d.text[li.start : li.end]
        for i, c in enumerate(seg):
            r = COMPAT_IDEOGRAPHS.get(c)
            if r:
                d.edit(li.start + i, li.start + i + 1, r, kind="transform", tokens=[r])


def utf8_as_shift_jis(seg: str) -> str | None:
    """``seg``'s UTF-8 bytes as a strict Shift-JIS (cp932) reader shows them; None when a byte would be lost."""
    try:
        return seg.encode("utf-8").decode("cp932")
    except UnicodeDecodeError:
        return None


def gbk_as_big5(seg: str) -> str | None:
    """``seg``'s GBK bytes as a strict Big5 (cp950) reader shows them; None when a byte would be lost."""
    try:
        return seg.encode("gbk").decode("cp950")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None


@register("enc_utf8_as_shift_jis_blind16", "encoding", description="BLIND (session 16): the longest part of a line of UTF-8 that a Shift-JIS (cp932) reader shows without loss")
def _u8sjis(d: Damager) -> None:
    mangle_spans(d, utf8_as_shift_jis)


@register("enc_gbk_as_big5_span_blind16", "encoding", description="BLIND (session 16): the longest part of a line (8+ characters, not the whole line) of GBK read by a Big5 (cp950) reader")
def _gbk_big5_span(d: Damager) -> None:
    mangle_spans(d, lambda s: gbk_as_big5(s) if len(s) >= 8 else None)


# --------------------------------------------------------------------------- blind variants (session 17)
# Written by enc17 in words first (/work/notes/enc17/blind.md, 20:51 UTC), before any cleaner change:
# UTF-16 read as 8-bit text and with the wrong byte order, GBK read by a Shift-JIS reader (half-width
# katakana among kanji), HZ escapes shown as ASCII, a page passed through NFKC.  The last two are never
# tuned on.


def utf16le_as_latin1(seg: str) -> str | None:
    """``seg``'s UTF-16LE bytes as an 8-bit (Latin-1) reader shows them (``中`` -> ``-N``, ``A`` -> ``A\\x00``)."""
    return seg.encode("utf-16-le").decode("latin-1")


def utf16_swapped(seg: str) -> str | None:
    """``seg``'s UTF-16 read with the wrong byte order; None where a swapped unit is a surrogate."""
    try:
        return seg.encode("utf-16-le").decode("utf-16-be")
    except UnicodeDecodeError:
        return None


def gbk_as_cp932(seg: str) -> str | None:
    """``seg``'s GBK bytes as a strict Shift-JIS (cp932) reader shows them; None when a byte would be lost."""
    try:
        return seg.encode("gbk").decode("cp932")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None


def hz_escaped(seg: str) -> str | None:
    """``seg`` in HZ-GB-2312 (RFC 1843), shown as ASCII (``~{VPND~}`` for ``中文``); None outside GB 2312."""
    try:
        return seg.encode("hz").decode("ascii")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


@register("enc_utf16le_as_8bit_blind17", "encoding", description="BLIND (session 17): the longest part of a line (10+ characters) of UTF-16LE read by an 8-bit (Latin-1) reader (-N for 中)")
def _utf16_8bit(d: Damager) -> None:
    mangle_spans(d, utf16le_as_latin1, min_chars=10)


@register("enc_utf16_swapped_blind17", "encoding", description="BLIND (session 17): lines of UTF-16 read with the wrong byte order (中 U+4E2D as U+2D4E)")
def _utf16_swapped(d: Damager) -> None:
    mangle_lines(d, utf16_swapped)


@register("enc_gbk_as_cp932_lines_blind17", "encoding", description="BLIND (session 17): lines of GBK read by a Shift-JIS (cp932) reader: half-width katakana among kanji")
def _gbk_cp932(d: Damager) -> None:
    mangle_lines(d, gbk_as_cp932)


@register("enc_hz_escapes_blind17", "encoding", description="BLIND (session 17, never tuned on): lines in HZ-GB-2312 shown as ASCII (~{VPND~} for 中文)")
def _hz(d: Damager) -> None:
    mangle_lines(d, hz_escaped)


@register("enc_nfkc_pipeline_blind17", "encoding", description="BLIND (session 17, never tuned on): the page passed through Unicode NFKC (，-> , （-> ( ① -> 1 ㎡ -> m2, the ideographic space a space)")
def _nfkc(d: Damager) -> None:
    import unicodedata

    for line in d.base.lines:
        seg = d.text[line.start : line.end]
        for i, c in enumerate(seg):
            n = unicodedata.normalize("NFKC", c)
            if n != c:
                d.edit(line.start + i, line.start + i + 1, n, kind="transform", tokens=[n] if n.strip() else [])
