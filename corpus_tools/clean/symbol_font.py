"""Brackets a word processor's symbol font turned into other characters.

Real damage undone: a document farm's copy of a 湘政办发 notice (xiexiebang.com, field test 13,
F13-B3) cites ``（国办发„2009‟3号）``: the 六角括号 ``〔〕`` around the year of a document number
came out as ``„`` (U+201E) and ``‟`` (U+201F), the characters a Word symbol font puts at the
same code points when the text is converted without it; the same page writes its own number
``湘政办发〔2009〕24号`` right.  The number was unreadable to a search for ``国办发〔2009〕3号``
and to the metadata's 文号 reader.

The repair is made only inside a document number's shape: a Han issuer code, ``„``, a year,
``‟``, a serial and ``号`` (:func:`symbol_font_brackets`).  Elsewhere these characters in
Chinese text are reported, not changed: nothing there says what they stood for.
"""

from __future__ import annotations

from corpus_tools.clean.rules import WIDTH
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import CleanWarning

#: The two characters the symbol font gives for ``〔`` and ``〕``.
SYMBOL_FONT_BRACKETS = {"\u201e": "〔", "\u201f": "〕"}

#: A document number with the year between them: the issuer code's last Han character before,
#: the year, the serial and ``号`` after (``国办发„2009‟3号``, ``湘政办发„ 2009 ‟第24号``).
_NUMBER_RE = lazy_regex(
    r"(?<=\p{Han})\u201e[ \t]?(?:19|20|１９|２０)[0-9０-９]{2}[ \t]?\u201f(?=[ \t]?第?[ \t]?[0-9０-９]{1,5}[ \t]?[号號])"
)
#: A bracket of a document number the page writes right (``〔2009〕24号``): the page's own support.
_PAGE_NUMBER_RE = lazy_regex(r"\p{Han}〔(?:19|20)[0-9]{2}〕第?[0-9]{1,5}[号號]")
#: Either character with a Han character within two characters of it, on its line.
_IN_CHINESE_RE = lazy_regex(r"\p{Han}[^\n]{0,2}[\u201e\u201f]|[\u201e\u201f][^\n]{0,2}\p{Han}")

#: What the detail of a repair says.
DOCUMENT_NUMBER_BRACKET = "symbol-font bracket in a document number"


def symbol_font_brackets(text: str) -> tuple[dict[int, tuple[int, str]], list[CleanWarning]]:
    """Position -> (end, replacement) of each ``„``/``‟`` standing for ``〔``/``〕`` in a document
    number of ``text``, and a warning for each one left in Chinese text elsewhere.

    **Evidence**: the document number's shape around the pair (Han issuer code, four-digit year,
    serial, ``号``); the page's own numbers written with ``〔〕``, when present, are named in the
    edit's detail as its support (:func:`page_writes_its_numbers_right`).  German quotation marks
    in Latin text (``„Recht‟``) are never touched, and stay unreported.

    >>> changes, warned = symbol_font_brackets("根据(国办发„2009‟3号)精神，湘政办发〔2009〕24号")
    >>> sorted(changes.items()), warned
    ([(6, (7, '〔')), (11, (12, '〕'))], [])
    >>> changes, warned = symbol_font_brackets("见„通知‟第三条；Das „Recht‟ gilt.")
    >>> changes, [w.excerpt for w in warned]
    ({}, ['见„通知‟第三条；Das '])
    """
    if "\u201e" not in text and "\u201f" not in text:
        return {}, []
    changes: dict[int, tuple[int, str]] = {}
    for m in _NUMBER_RE.finditer(text):
        first, last = m.start(), m.end() - 1
        changes[first] = (first + 1, SYMBOL_FONT_BRACKETS[text[first]])
        changes[last] = (last + 1, SYMBOL_FONT_BRACKETS[text[last]])
    warnings: list[CleanWarning] = []
    reported_until = -1  # the end of the last line reported: one warning a line
    for m in _IN_CHINESE_RE.finditer(text):
        at = next(i for i in range(m.start(), m.end()) if text[i] in SYMBOL_FONT_BRACKETS)
        if at in changes or at < reported_until:
            continue
        line_end = text.find("\n", at)
        reported_until = len(text) if line_end < 0 else line_end
        window_start = max(0, at - 12)
        window_start += text[window_start:at].rfind("\n") + 1  # (-1 when the line began before the window)
        warnings.append(CleanWarning(
            WIDTH, at,
            f"{text[at]} (U+{ord(text[at]):04X}) in Chinese text kept: maybe {SYMBOL_FONT_BRACKETS[text[at]]} of a "
            "word processor's symbol font, but no document number around it says so",
            text[window_start : min(reported_until, at + 12)],
        ))
    return changes, warnings


def page_writes_its_numbers_right(text: str) -> bool:
    """Whether ``text`` writes a document number with ``〔〕`` (``湘政办发〔2009〕24号``): the page's own
    support for reading its ``„‟`` as them.

    >>> page_writes_its_numbers_right("湘政办发〔2009〕24号"), page_writes_its_numbers_right("国办发„2009‟3号")
    (True, False)
    """
    return "〔" in text and _PAGE_NUMBER_RE.search(text) is not None


__all__ = ["DOCUMENT_NUMBER_BRACKET", "SYMBOL_FONT_BRACKETS", "page_writes_its_numbers_right", "symbol_font_brackets"]
