"""Han characters a font's map wrote as other code points, and icon glyphs before a line's label.

Real damage undone: a PDF's text layer is what its fonts' maps say each glyph is, and a font
that draws ``人`` with the same outline as the Kangxi radical MAN maps it to U+2F08 ``⼈``; the
copied text reads ``⼈民`` for ``人民``, ``第⼀条`` for ``第一条`` (the article is lost to a search
and to the structure's label reader), and a Simplified font maps ``长`` ``门`` ``见`` to the CJK
radical supplement's C-simplified forms (``⻓`` U+2ED3, ``⻔`` U+2ED4, ``⻅`` U+2EC5), which no
normalisation form folds.  A round trip through a Korean code page or an old Big5 table writes
a character as its CJK compatibility ideograph (``不`` U+F967 for ``不``, ``兀`` U+FA0C for
``兀``): canonically the same character, invisible on screen, different to every search.
Site themes put icon-font glyphs (iconfont.cn's U+E600…, Font Awesome's U+F0xx) before headings
and article labels, and a Word export writes its list bullets as a symbol font's byte moved to
U+F0xx (Wingdings ``l`` U+F06C, Symbol's bullet U+F0B7) before a tab.

Evidence: the character itself and its line.  A radical stands for the unified ideograph
Unicode names as its equivalent (NFKC for the Kangxi radicals, ``EquivalentUnifiedIdeograph.txt``
for the supplement) on a line that holds more unified Han characters than radicals (a table of
radicals, which means them, stays); a compatibility ideograph for its canonical decomposition,
on a line without Hangul (Korean hanja keep their readings' code points).  A private-use glyph is
an icon or a bullet only where it opens a line before an article, division or item label, or,
for a symbol font's byte (U+F020-F0FF), where it opens a line's text; a symbol font's check box is
:mod:`~corpus_tools.clean.mojibake`'s (``□``), and a private-use character inside the text
(a font's rare character of a name, ``2\\ue0105米``'s decimal point) stays.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from corpus_tools.clean import ocr_labels, rules
from corpus_tools.clean._gates import present, register
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

#: The CJK radical supplement's equivalent unified ideographs, from Unicode's
#: ``EquivalentUnifiedIdeograph.txt`` (14.0.0, by Ken Lunde; U+2E81-2EF3; U+2E80 and U+2E9A have none).
#: The Kangxi radicals (U+2F00-2FD5) are their NFKC forms (:func:`radical_equivalents`).
_SUPPLEMENT = (
    "2E81 5382 2E82 4E5B 2E83 4E5A 2E84 4E59 2E85 4EBB 2E86 5182 2E87 20628 2E88 5200 2E89 5202 2E8A 535C "
    "2E8B 353E 2E8C 5C0F 2E8D 5C0F 2E8E 5140 2E8F 5C23 2E90 5C22 2E91 21BC2 2E92 5DF3 2E93 5E7A 2E94 5F51 "
    "2E95 5F50 2E96 5FC4 2E97 5FC3 2E98 624C 2E99 6535 2E9B 65E1 2E9C 65E5 2E9D 6708 2E9E 6B7A 2E9F 6BCD "
    "2EA0 6C11 2EA1 6C35 2EA2 6C3A 2EA3 706C 2EA4 722B 2EA5 722B 2EA6 4E2C 2EA7 725B 2EA8 72AD 2EA9 738B "
    "2EAA 24D14 2EAB 76EE 2EAC 793A 2EAD 793B 2EAE 25AD7 2EAF 7CF9 2EB0 7E9F 2EB1 7F53 2EB2 7F52 2EB3 34C1 "
    "2EB4 5197 2EB5 2626B 2EB6 7F8A 2EB7 2634C 2EB8 2634B 2EB9 8002 2EBA 8080 2EBB 807F 2EBC 8089 2EBD 26951 "
    "2EBE 8279 2EBF 8279 2EC0 8279 2EC1 864E 2EC2 8864 2EC3 8980 2EC4 897F 2EC5 89C1 2EC6 89D2 2EC7 278B2 "
    "2EC8 8BA0 2EC9 8D1D 2ECA 27FB7 2ECB 8F66 2ECC 8FB6 2ECD 8FB6 2ECE 8FB6 2ECF 9091 2ED0 9485 2ED1 9577 "
    "2ED2 9578 2ED3 957F 2ED4 95E8 2ED5 28E0F 2ED6 961D 2ED7 96E8 2ED8 9752 2ED9 97E6 2EDA 9875 2EDB 98CE "
    "2EDC 98DE 2EDD 98DF 2EDE 2967F 2EDF 98E0 2EE0 9963 2EE1 29810 2EE2 9A6C 2EE3 9AA8 2EE4 9B3C 2EE5 9C7C "
    "2EE6 9E1F 2EE7 5364 2EE8 9EA6 2EE9 9EC4 2EEA 9EFE 2EEB 6589 2EEC 9F50 2EED 6B6F 2EEE 9F7F 2EEF 7ADC "
    "2EF0 9F99 2EF1 9F9C 2EF2 4E80 2EF3 9F9F"
)


@lru_cache(maxsize=1)
def radical_equivalents() -> dict[str, str]:
    """Radical -> the unified ideograph it looks like: the supplement's table and the Kangxi radicals' NFKC.

    >>> table = radical_equivalents()
    >>> table["\\u2f08"], table["\\u2ea0"], table["\\u2ed3"], len(table)
    ('人', '民', '长', 328)
    """
    codes = _SUPPLEMENT.split()
    table = {chr(int(a, 16)): chr(int(b, 16)) for a, b in zip(codes[::2], codes[1::2])}
    for cp in range(0x2F00, 0x2FD6):
        table[chr(cp)] = unicodedata.normalize("NFKC", chr(cp))
    return table


@lru_cache(maxsize=1)
def compatibility_ideographs() -> dict[str, str]:
    """CJK compatibility ideograph -> its canonical decomposition (U+F900-FAD9, U+2F800-2FA1D; the twelve
    unified ideographs of that block, ``﨎`` U+FA0E…, decompose to nothing and are not listed).

    >>> table = compatibility_ideographs()
    >>> table["\\uf967"], table["\\ufa0c"], "\\ufa0e" in table
    ('不', '兀', False)
    """
    table = {}
    for lo, hi in ((0xF900, 0xFADA), (0x2F800, 0x2FA1E)):
        for cp in range(lo, hi):
            nfc = unicodedata.normalize("NFC", chr(cp))
            if nfc != chr(cp):
                table[chr(cp)] = nfc
    return table


def _gate_chars() -> frozenset[str]:
    """The characters whose presence lets a page into the rule: the radicals with a unified twin and the
    compatibility ideographs (a page without one is passed over at the cost of one class-table bit)."""
    return frozenset(radical_equivalents()) | frozenset(compatibility_ideographs())


#: The gate: a radical or a compatibility ideograph on the page (one bit of the shared class table).
_GLYPH_FORM_BIT = register("glyph_form", _gate_chars())
#: Private-use characters on the page (the class :mod:`~corpus_tools.clean.mojibake` registers too: one bit).
_PRIVATE_USE_BIT = register("private_use", frozenset(map(chr, range(0xE000, 0xF900))))
_UNIFIED_HAN = lazy_regex(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]")
_HANGUL = lazy_regex(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LINE = lazy_regex(r"[^\n]*")

#: A private-use glyph opening a line before an article, division or item label (``\ue600第一条``,
#: ``\ue600 一、``, ``\uf0d8（三）``; its numeral may be a Kangxi radical yet, ``第⼀条``), or a symbol font's
#: byte opening a line's text (``\uf06c\t未经批准的``, ``\uf0b7本市…``: Word's bullets, U+F020-F0FF holds no
#: code page's user-defined Han characters, which GB18030 puts at U+E000-E765).
_LEADING_ICON = lazy_regex(
    r"^[ \t\u3000]*\K(?:[\ue000-\uf8ff]{1,2}[ \t\u00a0\u3000]*(?=第[一二三四五六七八九十\u2f00\u2f06\u2f0b\u2f17百千零〇两0-9]+[条章节编]"
    r"|[一二三四五六七八九十\u2f00\u2f06\u2f0b\u2f17]+[、．.]|[（(][一二三四五六七八九十\u2f00\u2f06\u2f0b\u2f17]+[）)]|[0-9]{1,2}[、．.])"
    r"|[\uf020-\uf0ff][ \t\u00a0]*(?=\S))",
    regex.M,
)


def glyph_form_edits(text: str, *, check_boxes: frozenset[str] = frozenset()) -> list[Edit]:
    """The edits reading ``text``'s radicals and compatibility ideographs as the characters they stand for,
    and removing the icon glyphs and symbol-font bullets that open a line (see the module's docstring).
    ``check_boxes``: private-use code points that are a symbol font's check boxes (never a bullet here).

    >>> [(e.before, e.after) for e in glyph_form_edits("第⼀条 为了保障⼈⺠群众的生命安全。")]
    [('⼀', '一'), ('⼈⺠', '人民')]
    >>> glyph_form_edits("部首：⼈ ⼉ ⼊ ⼋")  # a table of radicals means them
    []
    >>> [(f"U+{ord(e.before):04X}", e.after) for e in glyph_form_edits("人民群\\uf967得违反")]
    [('U+F967', '不')]
    >>> [(e.before, e.after) for e in glyph_form_edits("\\ue600第一条 为了。\\n\\uf06c\\t未经批准的；\\n王\\ue000明")]
    [('\\ue600', ''), ('\\uf06c\\t', '')]
    """
    edits: list[Edit] = []
    if present(text) & _GLYPH_FORM_BIT:
        edits += _character_edits(text)
    if present(text) & _PRIVATE_USE_BIT:
        edits += _icon_edits(text, check_boxes)
    # a scan's OCR misread a label's characters (笫十二条, 第+二条): read back (clean/ocr_labels.py)
    edits += ocr_labels.misread_label_edits(text)
    edits.sort(key=lambda e: e.start)
    return edits


def _icon_edits(text: str, check_boxes: frozenset[str]) -> list[Edit]:
    """Deletions of the icon-font glyphs and Word symbol-font bullets :data:`_LEADING_ICON` finds opening a line
    (``\\ue600第一条`` -> ``第一条``); a private-use check box of a form (``check_boxes``) is kept."""
    edits = []
    for m in _LEADING_ICON.finditer(text):
        glyphs = m.group()
        if any(ch in check_boxes for ch in glyphs):
            continue
        names = ",".join(f"U+{ord(ch):04X}" for ch in glyphs if "\ue000" <= ch <= "\uf8ff")
        edits.append(Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), glyphs, "",
                          f"{names}: a private-use icon or bullet glyph opening a line"))
    return edits


def _character_edits(text: str) -> list[Edit]:
    """One edit per run of radicals or of compatibility ideographs read as the characters they stand for."""
    radicals = radical_equivalents()
    compat = compatibility_ideographs()
    edits: list[Edit] = []
    for line in _LINE.finditer(text):
        a = line.start()
        seg = line.group()
        found = [(i, ch) for i, ch in enumerate(seg) if ch in radicals or ch in compat]
        if not found:
            continue
        n_radicals = sum(1 for _, ch in found if ch in radicals)
        unified = len(_UNIFIED_HAN.findall(seg)) - (len(found) - n_radicals)  # (a compatibility ideograph is no radical)
        radicals_read = n_radicals and unified > n_radicals
        compat_read = _HANGUL.search(seg) is None
        run: list[tuple[int, str, str]] = []  # (position, before, after) of the run being read
        for i, ch in found:
            if ch in radicals and radicals_read:
                kind, after = _RADICAL, radicals[ch]
            elif ch in compat and compat_read:
                kind, after = _COMPATIBILITY, compat[ch]
            else:
                continue
            if run and (run[-1][0] + 1 != i or run[-1][3] != kind):
                edits.append(_run_edit(a, run))
                run = []
            run.append((i, ch, after, kind))
        if run:
            edits.append(_run_edit(a, run))
    return edits


_RADICAL = "radicals a font's map wrote for the characters"
_COMPATIBILITY = "compatibility ideographs for the characters"


def _run_edit(line_start: int, run: list[tuple[int, str, str, str]]) -> Edit:
    """One edit for a run of adjacent glyph forms of one kind on a line (``(column, form, unified, kind)`` each):
    ``⼈⼝`` -> ``人口`` is one edit, named by its code points and its kind's reason."""
    before = "".join(r[1] for r in run)
    names = ",".join(dict.fromkeys(f"U+{ord(ch):04X}" for ch in before))
    start = line_start + run[0][0]
    return Edit(rules.INVISIBLE_CHARS, start, start + len(run), before, "".join(r[2] for r in run), f"{names}: {run[0][3]}")


__all__ = ["compatibility_ideographs", "glyph_form_edits", "radical_equivalents"]
