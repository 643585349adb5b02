"""Encodings, blind variants of session 18 (enc18): code points that carry no text, and routes not seen.

Written in words first (/work/notes/enc18/blind.md, 23:25 UTC), before any cleaner change: Word's binary
control characters (a manual line break, a cell's end, a field code), variation selectors, the object
replacement character, the blank glyphs widgets use as indentation and a byte-swapped BOM, a text styler's
combining underline, UTF-8 read as Windows-1252 twice, a form-urlencoded line, UTF-7.  The combining
underline, the form-urlencoded line and UTF-7 were held out until enc18's last measurement (never tuned on).
"""

from __future__ import annotations

import urllib.parse

import regex

from tests.noise.wide.core import Damager
from tests.noise.wide.families.encoding import mangle_lines, mangle_spans
from tests.noise.wide.registry import body_lines, register

_HAN = regex.compile(r"\p{Han}")
_HAN_RUN = regex.compile(r"\p{Han}{3,8}")
_FULL_WIDTH_MARK_OR_DIGIT = regex.compile(r"[，。；：、）》0-9]")


def _line_breaks_before(d: Damager, kinds: tuple[str, ...]) -> list[int]:
    """Positions of the line feed right before a line of ``kinds`` (never the first line)."""
    text = d.text
    out = []
    for li in d.base.lines:
        if li.kind in kinds and li.outer_start > 0 and text[li.outer_start - 1] == "\n":
            out.append(li.outer_start - 1)
    return out


@register("enc_word_binary_controls_blind18", "encoding",
          description="BLIND (session 18): text out of a Word .doc binary: U+000B for line breaks (before labels), U+0007 cell ends, field codes \\x13 HYPERLINK … \\x14word\\x15")
def _word_controls(d: Damager) -> None:
    text = d.text
    breaks = _line_breaks_before(d, ("label", "para", "heading"))
    for p in d.rng.sample(breaks, min(len(breaks), d.rng.randint(1, 3))):
        d.edit(p, p + 1, "\x0b", kind="replace", tokens=["\x0b"], note="a manual line break")
    lines = body_lines(d)
    for li in d.rng.sample(lines, min(len(lines), d.rng.randint(2, 4))):
        d.insert(li.end, "\x07", tokens=["\x07"])
    words = [(li.start + m.start(), li.start + m.end())
             for li in body_lines(d, ("para",)) for m in regex.finditer(r"\p{Han}{2,4}", text[li.start : li.end])]
    if words:
        a, b = d.rng.choice(words)
        field = ' HYPERLINK "http://www.gov.cn/" '
        d.insert(a, "\x13" + field + "\x14", tokens=["\x13", "HYPERLINK", "\x14"])
        d.insert(b, "\x15", tokens=["\x15"])


@register("enc_variation_selectors_blind18", "encoding",
          description="BLIND (session 18): variation selectors and IVS after Han characters (U+FE00-FE02, U+E0100-E0103), VS16 after full-width marks and digits")
def _variation_selectors(d: Damager) -> None:
    text = d.text
    lines = body_lines(d, ("label", "para", "title"))
    han = [li.start + m.end() for li in lines for m in _HAN.finditer(text[li.start : li.end])]
    pool = ("\ufe00", "\ufe01", "\ufe02", "\U000e0100", "\U000e0101", "\U000e0102", "\U000e0103")
    for p in d.rng.sample(han, min(len(han), d.rng.randint(3, 8))):
        c = d.rng.choice(pool)
        d.insert(p, c, tokens=[c])
    marks = [li.start + m.end() for li in lines for m in _FULL_WIDTH_MARK_OR_DIGIT.finditer(text[li.start : li.end])]
    for p in d.rng.sample(marks, min(len(marks), d.rng.randint(1, 3))):
        d.insert(p, "\ufe0f", tokens=["\ufe0f"])


@register("enc_object_replacement_blind18", "encoding",
          description="BLIND (session 18): U+FFFC where an editor dropped an inline object: before an article's label, at a line's end, between characters")
def _object_replacement(d: Damager) -> None:
    text = d.text
    labels = body_lines(d, ("label",))
    for li in d.rng.sample(labels, min(len(labels), d.rng.randint(1, 2))):
        d.insert(li.start, "\ufffc", tokens=["\ufffc"])
    lines = body_lines(d)
    for li in d.rng.sample(lines, min(len(lines), 1)):
        d.insert(li.end, "\ufffc", tokens=["\ufffc"])
    han = [li.start + m.end() for li in lines for m in regex.finditer(r"\p{Han}(?=\p{Han})", text[li.start : li.end])]
    for p in d.rng.sample(han, min(len(han), 1)):
        d.insert(p, "\ufffc", tokens=["\ufffc"])


@register("enc_blank_glyphs_blind18", "encoding",
          description="BLIND (session 18): U+2800 (Braille blank) and U+3164 (Hangul filler) indenting body lines, U+FFFE (a byte-swapped BOM) at a line's start")
def _blank_glyphs(d: Damager) -> None:
    lines = body_lines(d)
    picked = d.rng.sample(lines, min(len(lines), d.rng.randint(2, 4)))
    for li in picked[:-1]:
        c = d.rng.choice(("\u2800", "\u3164"))
        d.insert(li.start, c * d.rng.randint(1, 3), tokens=[c])
    if picked:
        d.insert(picked[-1].start, "\ufffe", tokens=["\ufffe"])


@register("enc_combining_underline_blind18", "encoding",
          description="BLIND (session 18, held out by enc18): a text styler's underline, U+0332 after every character of a 3-8 character run")
def _underline(d: Damager) -> None:
    text = d.text
    runs = [(li.start + m.start(), li.start + m.end()) for li in body_lines(d) for m in _HAN_RUN.finditer(text[li.start : li.end])]
    for a, b in d.rng.sample(runs, min(len(runs), d.rng.randint(1, 2))):
        seg = text[a:b]
        d.edit(a, b, "".join(c + "\u0332" for c in seg), kind="transform", tokens=["\u0332"])


def utf8_as_cp1252_twice(seg: str) -> str | None:
    """``seg``'s UTF-8 bytes shown by Windows-1252, that text saved as UTF-8 and shown by Windows-1252 again;
    None when a byte is undefined in Windows-1252 (``Ã¤Â¸Â­`` for ``中``)."""
    try:
        once = seg.encode("utf-8").decode("cp1252")
        return once.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None


@register("enc_utf8_as_cp1252_twice_blind18", "encoding",
          description="BLIND (session 18): the longest part of a line (8+ characters) of UTF-8 read as Windows-1252 twice over (Ã¤Â¸Â­ for 中)")
def _cp1252_twice(d: Damager) -> None:
    mangle_spans(d, utf8_as_cp1252_twice, min_chars=8)


def form_urlencoded(seg: str) -> str | None:
    """``seg`` as an HTML form posts it: UTF-8 bytes as ``%XX``, an ASCII space as ``+``."""
    return urllib.parse.quote_plus(seg, safe="")


@register("enc_form_urlencoded_blind18", "encoding",
          description="BLIND (session 18, held out by enc18): lines left form-urlencoded (%E7%AC%AC…, an ASCII space as +)")
def _form_urlencoded(d: Damager) -> None:
    mangle_lines(d, form_urlencoded)


def utf7(seg: str) -> str | None:
    """``seg`` in UTF-7 (RFC 2152) shown as ASCII (``+Ti1lhw-`` for ``中文``)."""
    return seg.encode("utf-7").decode("ascii")


@register("enc_utf7_lines_blind18", "encoding",
          description="BLIND (session 18, held out by enc18): lines in UTF-7 shown as ASCII (+Ti1lhw- for 中文)")
def _utf7(d: Damager) -> None:
    mangle_lines(d, utf7)
