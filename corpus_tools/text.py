"""The vocabulary of Chinese regulatory text that cleaning and structure share.

Whitespace classes, Chinese numerals and the fragments of the label grammar
(``第三十二条``, ``第二章``) are spelled here once; the stages compose their
patterns from them.  A set comes in two spellings: the characters (for
``str.strip`` and membership tests) and the same characters escaped for a
regex character class (``rf"[{HSPACE_RE}]"``); the class spelling keeps every
pattern's source readable (``\\u3000``, not an invisible ideographic space).

>>> import re
>>> all(re.fullmatch(f"[{escaped}]+", chars) for chars, escaped in ((HSPACE, HSPACE_RE), (INDENT, INDENT_RE)))
True
>>> set(LAYOUT_NUMERAL_CHARS) == set(CN_PLAIN_DIGITS + CN_PLAIN_UNITS) - {"万"}
True
"""

from __future__ import annotations

# --------------------------------------------------------------------------- whitespace

#: The typographic spaces of Unicode (U+2000-U+200A: EN and EM quads and spaces, thin and
#: hair spaces; the narrow no-break space U+202F; the medium mathematical space U+205F):
#: HTML pages indent with them (``&emsp;&emsp;第一条``, ``&ensp;``, ``&thinsp;``).
TYPOGRAPHIC_SPACES = "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f"
_TYPOGRAPHIC_SPACES_RE = r"\u2000-\u200a\u202f\u205f"

#: Horizontal whitespace on a Chinese page: space, tab, the ideographic space U+3000,
#: the no-break space U+00A0 and the typographic spaces (never a newline).
HSPACE = " \t\u3000\xa0" + TYPOGRAPHIC_SPACES
#: :data:`HSPACE` escaped for a regex character class.
HSPACE_RE = r" \t\u3000\xa0" + _TYPOGRAPHIC_SPACES_RE
#: One character of :data:`HSPACE`, as a regex.
HSPACE_CLASS = rf"[{HSPACE_RE}]"

#: Indentation as the furniture and layout rules see it: :data:`HSPACE` without the no-break
#: space (clean sources carry a stray U+00A0 at a line start that is not indentation).
INDENT = " \t\u3000" + TYPOGRAPHIC_SPACES
#: :data:`INDENT` escaped for a regex character class.
INDENT_RE = r" \t\u3000" + _TYPOGRAPHIC_SPACES_RE
#: One character of :data:`INDENT`, as a regex.
INDENT_CLASS = rf"[{INDENT_RE}]"

#: What structure strips from the ends of a line: horizontal whitespace and a stray ``\r``.
LINE_STRIP = HSPACE + "\r"
#: What it strips from the ends of a block of lines: the same, and newlines.
BLOCK_STRIP = LINE_STRIP + "\n"

# --------------------------------------------------------------------------- numerals

#: ``str.translate`` table of the form in which spam restoration compares text: full-width
#: ASCII to ASCII, curly quotes straight, spaces (ASCII, ideographic, NBSP) and tabs dropped.
#: Gap contexts, the corpus's texts and the model of legal Chinese all read this form.
CONTEXT_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
CONTEXT_FOLD.update({0x3000: None, 0x20: None, 0x09: None, 0xA0: None})
CONTEXT_FOLD.update({ord("“"): '"', ord("”"): '"', ord("‘"): "'", ord("’"): "'"})

#: Chinese digits in everyday writing (``〇`` and ``两`` included).
CN_PLAIN_DIGITS = "零〇一二两三四五六七八九"
#: Their financial (anti-fraud) forms, found in scanned documents (``第壹章``).
CN_FINANCIAL_DIGITS = "壹贰叁肆伍陆柒捌玖兩貳參陸"
#: Chinese numeral units, everyday then financial.
CN_PLAIN_UNITS = "十百千万"
CN_FINANCIAL_UNITS = "拾佰仟萬"
#: Every character that may form a Chinese numeral in a label (for regex classes).
CN_DIGITS = CN_PLAIN_DIGITS + CN_FINANCIAL_DIGITS
CN_UNITS = CN_PLAIN_UNITS + CN_FINANCIAL_UNITS
CN_NUMERAL_CHARS = CN_DIGITS + CN_UNITS
#: The numeral characters the layout rules accept in a label they repair (``第 十二 章``): the
#: everyday digits and units below 万, deliberately narrower than :data:`CN_NUMERAL_CHARS`.
LAYOUT_NUMERAL_CHARS = "零〇一二三四五六七八九十百千两"
#: Regex fragment: one numeral, Chinese or Arabic (ASCII or full-width digits).
NUMERAL = rf"(?:[{CN_NUMERAL_CHARS}]+|[0-9０-９]+)"
#: Dashes that scanned or re-typed labels carry where ``一`` was meant (``第－条`` for 第一条).
DASH_ONE = "－—―‐‑ー─-"

# --------------------------------------------------------------------------- label grammar

#: Regex fragment: the unit of a division label above the article (编 part, 分编 subpart,
#: 章 chapter, 节 section).
DIVISION_UNIT = r"(?:分编|[编章节])"
#: The hyphens between an article's number and its suffix in Taiwan's law database
#: (``第 9-1 條`` = 第九条之一): ASCII, full-width (after a width pass), U+2010 and U+2011.
#: No dash of a range (``–``, ``—``, ``～``): ``第1–3条`` names three articles.
ARTICLE_SUFFIX_HYPHENS = "-－‐‑"

__all__ = [
    "ARTICLE_SUFFIX_HYPHENS",
    "BLOCK_STRIP",
    "CN_DIGITS",
    "CN_FINANCIAL_DIGITS",
    "CN_FINANCIAL_UNITS",
    "CN_NUMERAL_CHARS",
    "CN_PLAIN_DIGITS",
    "CN_PLAIN_UNITS",
    "CN_UNITS",
    "DASH_ONE",
    "DIVISION_UNIT",
    "HSPACE",
    "HSPACE_CLASS",
    "HSPACE_RE",
    "INDENT",
    "INDENT_CLASS",
    "INDENT_RE",
    "LAYOUT_NUMERAL_CHARS",
    "LINE_STRIP",
    "NUMERAL",
    "TYPOGRAPHIC_SPACES",
]
