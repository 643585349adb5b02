"""Code points that carry no text where an editor, a font or a converter put them in Chinese text.

Real damage undone (each member by what writes it, and what no Chinese text writes there):

* **Variation selectors** (VS1-VS16 U+FE00-FE0F, the ideographic variation selectors U+E0100-E01EF)
  after a Han character, a CJK or full-width mark or a digit: a Japanese IVD-aware font or editor asks
  for one glyph of the character, and a phone keyboard appends VS16 (emoji presentation) to what it
  offers as an emoji.  The character is the same with or without it (the dataset already reads a CJK
  compatibility ideograph as its unified character, :mod:`~corpus_tools.clean.glyph_forms`), and the
  selector splits the word for every search.  After an emoji or another symbol it chooses the emoji's
  presentation, and before U+20E3 it makes a keycap (``1\\ufe0f\\u20e3``): kept.
* **U+FFFC** (object replacement character): a rich-text editor's stand-in for an inline object (an
  image, a formula, a seal) it could not copy as text.  Removed with a warning, as a U+FFFD is: what
  the object showed (a rare character drawn as an image, a figure) is not in the text.
* **U+2800** (Braille pattern blank): a blank glyph that widgets and editors that strip spaces keep, used
  as an indentation or a space; removed on a page that writes no other Braille pattern.  (The Hangul
  fillers, the other blank letters of that use, are :mod:`~corpus_tools.clean.mojibake`'s.)
* **U+FFFE** (a noncharacter): a byte-order mark read with the wrong byte order, where a second UTF-16 file
  begins (two files concatenated): at a line's start it goes.  Inside a line a PDF font's map may write it for
  a glyph: samiux's Hong Kong gazette PDF (field test 16, cs220202449139.pdf) has it for the hyphen of
  ``first\ufffementioned``, ``end\ufffeuser``, ``non\ufffemonetary``, ``office\ufffebearer``, so between two
  Latin letters it is read as ``-``; elsewhere it stays, as the other noncharacters do (nothing says what
  they stood for).
* **U+2028 and U+2029** (line and paragraph separators): a JSON or JavaScript string's line break (JSON may
  hold them raw) or a rich-text editor's; no reader of this dataset splits lines on them, so a page's
  articles run together on one line (``…施行。\u2028第二条 …``: one article of three).  Each is read as the
  line break it is.
* **Combining line marks** on a Han character or a Chinese mark: a text styler writes underline or
  overline as U+0332 (low line), U+0333, U+0305, U+033F or U+0331 after every character (``重̲要̲``):
  styling, removed.  A strike-through mark (U+0335-U+0338) may say the words were deleted (a revision's
  comparison), and no other combining diacritic belongs on a Han character: kept, with a warning.

Evidence: the code point itself (its Unicode category and block) and the character before it; nothing is
removed that a text of the page's script writes there.
"""

from __future__ import annotations

import regex

from corpus_tools.clean import rules
from corpus_tools.clean._gates import present, register
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import CleanWarning, Edit

#: The variation selectors, and the Mongolian free variation selectors (no Han character takes one either).
_VARIATION_SELECTORS = "\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef"
_SEPARATORS = "\u2028\u2029"
_SWAPPED_BOM = "\ufffe"
#: Underline and overline written as combining marks (styling): removed after a Han character or a Chinese mark.
_LINE_MARKS = "\u0305\u0331\u0332\u0333\u033f"
#: Combining diacritics of the generic blocks (kept with a warning after a Han character, but the line marks).
_DIACRITICS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_BRAILLE_BLANK = "\u2800"
_OBJECT = "\ufffc"

#: What a Chinese text writes before a selector or a combining mark that carries nothing: a Han character
#: (unified, extensions, compatibility), a CJK or full-width mark, an ASCII digit.
_BASE = r"[\p{Han}\u3000-\u303f\uff00-\uffef“”‘’…—·0-9]"
#: What a combining mark carries nothing after: a Han character or a Chinese mark (a digit takes a keycap, U+20E3).
_MARK_BASE = r"[\p{Han}\u3000-\u303f\uff00-\uffef“”‘’…—·]"


def _class(body: str) -> frozenset[str]:
    out, i = set(), 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            out.update(map(chr, range(ord(body[i]), ord(body[i + 2]) + 1)))
            i += 3
        else:
            out.add(body[i])
            i += 1
    return frozenset(out)


#: The gate: one bit of the shared class table for every code point this module reads.
_TEXTLESS_BIT = register("textless", _class(_VARIATION_SELECTORS + _SWAPPED_BOM + _DIACRITICS + _BRAILLE_BLANK + _OBJECT
                                            + _SEPARATORS))
#: A line or paragraph separator, with the blanks around it (the line break it means takes their place).
_SEPARATOR = lazy_regex(r"(?<![ \t])[ \t]*[\u2028\u2029][\u2028\u2029 \t]*")

#: A run of selectors after a base a Chinese text writes (not a keycap's digit: ``1\ufe0f\u20e3``).
#: (The two CJK marks that are emoji too, 〰 U+3030 and 〽 U+303D, keep theirs: ``〽\ufe0f`` is a defined sequence.)
_SELECTORS_AFTER_BASE = lazy_regex(rf"(?<={_BASE})(?<![\u3030\u303d])[{_VARIATION_SELECTORS}]+(?!\u20e3)")
#: U+FFFE at a line's start (a second file's byte-order mark), or between two Latin letters (a PDF font's hyphen).
_SWAPPED_BOM_AT_LINE_START = lazy_regex(r"^[ \t\u3000]*\K\ufffe+", regex.M)
_HYPHEN_AS_FFFE = lazy_regex(r"(?<=[A-Za-z])\ufffe(?=[A-Za-z])")
#: An object's stand-in alone on its line (with the line), or one inside a line.
_OBJECT_LINE = lazy_regex(r"^[ \t\u3000]*\ufffc[\ufffc \t\u3000]*(?:\n|\Z)|\ufffc+", regex.M)
_BRAILLE_BLANKS = lazy_regex(r"\u2800+")
_OTHER_BRAILLE = lazy_regex(r"[\u2801-\u28ff]")
#: Combining marks after a Han character or a Chinese mark (the run, then which kind it is).
_MARKS_AFTER_BASE = lazy_regex(rf"(?<={_MARK_BASE})[{_DIACRITICS}]+")
_STRIKE = frozenset("\u0335\u0336\u0337\u0338")
_LINE_MARK_SET = frozenset(_LINE_MARKS)

OBJECT_MESSAGE = "U+FFFC removed: an inline object (an image, a formula) stood here; what it showed is not in the text"
MARK_MESSAGE = "combining mark on a Han character kept: no Chinese text writes one (a strike-through may mark deleted words)"


def textless_edits(text: str) -> tuple[list[Edit], list[CleanWarning]]:
    """The edits removing the code points of this module's members from ``text``, and the warnings of the
    ones removed with a loss (U+FFFC) or kept (a combining diacritic on a Han character); sorted, disjoint.

    >>> edits, _ = textless_edits("学校应当根\\ufe01据规定，\\ufe0f采取措施\\U000e0100。1\\ufe0f\\u20e3")
    >>> [(f"U+{ord(e.before[0]):04X}", e.after) for e in edits]
    [('U+FE01', ''), ('U+FE0F', ''), ('U+E0100', '')]
    >>> edits, warnings = textless_edits("\\ufffc第十三条 学校应当报告。\\n指去医\\ufffc院救治。\\n\\ufffc\\n第十四条")
    >>> [e.before for e in edits], len(warnings)
    (['\\ufffc', '\\ufffc', '\\ufffc\\n'], 3)
    >>> [e.before for e in textless_edits("\\u2800\\u2800（九）不可抗力；\\n\\ufffe（六）学生原因。")[0]]
    ['\\u2800\\u2800', '\\ufffe']
    >>> [e.before for e in textless_edits("⠁⠃⠉\\u2800⠙")[0]]  # a Braille text writes its blank
    []
    >>> edits, warnings = textless_edits("不同年龄的生\\u0332理\\u0332、心\\u0336理特点")
    >>> [e.before for e in edits], [w.excerpt for w in warnings]
    (['\\u0332', '\\u0332'], ['心\\u0336理'])
    >>> [(e.before, e.after) for e in textless_edits("第一条 为了规范。\\u2028第二条 施行。 \\u2029\\n第三条")[0]]
    [('\\u2028', '\\n'), (' \\u2029', '')]
    >>> textless_edits("Café naïve e\\u0301 ⚖\\ufe0f 〽\\ufe0f")  # marks on Latin letters, a selector on a symbol: kept
    ([], [])
    """
    if not present(text) & _TEXTLESS_BIT:
        return [], []
    edits: list[Edit] = []
    warnings: list[CleanWarning] = []
    for m in _SELECTORS_AFTER_BASE.finditer(text):
        names = ",".join(sorted({f"U+{ord(c):04X}" for c in m.group()}))
        edits.append(Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), m.group(), "",
                          f"{names}: a variation selector after {text[m.start() - 1]} (a glyph's choice, no text)"))
    if "\u2028" in text or "\u2029" in text:
        for m in _SEPARATOR.finditer(text):
            nl_before = m.start() > 0 and text[m.start() - 1] == "\n"
            nl_after = m.end() < len(text) and text[m.end()] == "\n"
            edits.append(Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), m.group(), "" if nl_before or nl_after else "\n",
                              "U+2028/U+2029: a line or paragraph separator, read as a line break"))
    if _SWAPPED_BOM in text:
        for m in _SWAPPED_BOM_AT_LINE_START.finditer(text):
            edits.append(Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), m.group(), "",
                              "U+FFFE: a byte-order mark read with the wrong byte order, where a file began"))
        for m in _HYPHEN_AS_FFFE.finditer(text):
            edits.append(Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), m.group(), "-",
                              "U+FFFE between two Latin letters: a PDF font's hyphen"))
    if _OBJECT in text:
        for m in _OBJECT_LINE.finditer(text):
            edits.append(Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), m.group(), "", "U+FFFC: an inline object's stand-in"))
            warnings.append(CleanWarning(rules.INVISIBLE_CHARS, m.start(), OBJECT_MESSAGE,
                                         text[max(0, m.start() - 10) : m.end() + 10]))
    if _BRAILLE_BLANK in text and _OTHER_BRAILLE.search(text) is None:
        for m in _BRAILLE_BLANKS.finditer(text):
            edits.append(Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), m.group(), "",
                              "U+2800: a Braille blank as a filler on a page that writes no Braille"))
    for m in _MARKS_AFTER_BASE.finditer(text):
        run = m.group()
        if all(c in _LINE_MARK_SET for c in run):
            names = ",".join(sorted({f"U+{ord(c):04X}" for c in run}))
            edits.append(Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), run, "",
                              f"{names}: a styler's underline or overline on {text[m.start() - 1]}"))
        else:
            warnings.append(CleanWarning(rules.INVISIBLE_CHARS, m.start(), MARK_MESSAGE,
                                         text[max(0, m.start() - 1) : m.end() + 1]))
    edits.sort(key=lambda e: e.start)
    return edits, warnings
