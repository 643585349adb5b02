r"""Numbers a document-OCR model typeset as inline math (wrap28).

Real damage undone: the OCR-to-Markdown models that read gazette scans (a layout model with a formula
recogniser: MinerU, Nougat, Marker and their kind) take a run of digits or a percentage for a formula and write
it as inline LaTeX math, most of them with a space on each side: ``本规定自 $2019$ 年 $7$ 月 $1$ 日起施行``,
``不低于 $30 \%$``, or between ``\(…\)`` (``\(2019\)``).  The dollars, the escaped percent sign and the
math's padding stay in the text: a date or a figure no longer reads as one.

Evidence, for the page as a whole and per delimiter: :data:`MIN_SPANS` math spans at least hold a number
only (digits, a decimal point, a percent sign, LaTeX's spaces), and every delimiter of that kind on the page
opens or closes one of them (a page with a ``$`` of its own, a price in dollars, a formula with a letter,
is no OCR output of numbers and keeps its characters).  Then each span becomes its number (``30\%`` ->
``30%``, spaces inside dropped: math mode sets none), and where the page pads its spans (a space on each side of
nearly all of them, :data:`MIN_PADDED`) one space on each side goes with the delimiters.
"""

from __future__ import annotations

from corpus_tools.clean.rules import ESCAPED_TEXT
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

#: Math spans holding a number only a page needs, at least (a law writes no ``$`` around a number: one is
#: the model's, when the page has no other ``$``; a law's closing article often holds the page's only numbers).
MIN_SPANS = 1
#: The share of a page's spans with a space on each side (outside the delimiters) that makes it a padded page.
MIN_PADDED = 0.9

_NUMBER = r"[ ]{0,3}[0-9]{1,16}(?:\.[0-9]{1,8})?(?:[ ]{0,3}\\?%)?[ ]{0,3}"
_DOLLAR_SPAN = lazy_regex(rf"(?<![\\$])\$(?P<number>{_NUMBER})\$(?!\$)")
_PAREN_SPAN = lazy_regex(rf"\\\((?P<number>{_NUMBER})\\\)")
_DETAIL = "a number an OCR model typeset as inline math"


def _padded(text: str, spans: list[tuple[int, int]]) -> bool:
    both = sum(1 for a, b in spans if (a == 0 or text[a - 1] in " \n") and (b == len(text) or text[b] in " \n")
               and (a > 0 and text[a - 1] == " " or b < len(text) and text[b] == " "))
    return both >= MIN_PADDED * len(spans)


def inline_math_numbers(text: str) -> list[Edit]:
    """The edits that turn a page's numbers typeset as inline math back into numbers.

    >>> t = "第一条 本规定自 $2019$ 年 $7$ 月 $1$ 日起施行，比例不低于 $30 \\\\%$ 。"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> apply_edits(t, inline_math_numbers(t))
    '第一条 本规定自2019年7月1日起施行，比例不低于30%。'
    >>> t = "第二条 \\\\(2020\\\\)年\\\\(3\\\\)月\\\\(15\\\\)日"
    >>> apply_edits(t, inline_math_numbers(t))
    '第二条 2020年3月15日'

    A page with a dollar of its own (a price, a formula with a letter) keeps its characters:

    >>> inline_math_numbers("每股 $5$ 美元，另付US$20，共 $3$ 次、$4$ 次")
    []
    >>> inline_math_numbers("其中 $x$ 为 $2$ 的倍数")
    []
    """
    edits: list[Edit] = []
    for delimiter, pattern in (("$", _DOLLAR_SPAN), ("\\(", _PAREN_SPAN)):
        if delimiter not in text:
            continue
        found = list(pattern.finditer(text))
        if len(found) < MIN_SPANS:
            continue
        if delimiter == "$" and text.count("$") != 2 * len(found):
            continue  # a dollar outside the spans: the page writes dollars of its own
        if delimiter == "\\(" and (text.count("\\(") != len(found) or text.count("\\)") != len(found)):
            continue
        spans = [m.span() for m in found]
        padded = _padded(text, spans)
        for m in found:
            a, b = m.span()
            if padded:
                a -= a > 0 and text[a - 1] == " "
                b += b < len(text) and text[b] == " "
            number = m.group("number").replace(" ", "").replace("\\%", "%")
            edits.append(Edit(ESCAPED_TEXT, a, b, text[a:b], number, _DETAIL))
    edits.sort(key=lambda e: e.start)
    kept: list[Edit] = []
    for e in edits:
        if not kept or e.start >= kept[-1].end:
            kept.append(e)
    return kept


__all__ = ["MIN_PADDED", "MIN_SPANS", "inline_math_numbers"]
