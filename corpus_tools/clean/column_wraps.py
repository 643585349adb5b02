r"""Column wraps: the line breaks a layout made at a fixed width measured in display columns, read on the page as it
came, before any rule changed a character's width.

Real damage undone (field test 28, F28-B5): law.moj.gov.tw's old texts (國軍麻醉藥品管制辦法, repealed 2000) are wrapped
at 64 columns, a Han character taking two and an ASCII bracket or space one (``二、料帳所用卡片及登記方法 (料帳卡片補一二
○一表)  (附件一) 與其`` ⏎ ``    他衛材補給品同。…``).  Counted in characters, those lines are of every length (32 to 38:
they hold ASCII brackets and spaces), so ``hard_wraps`` saw no fixed width and left the words 其他, 各科室, 二○二卡 cut where
a list item's first line reached the width.  And once ``width`` has made the brackets full-width, not even the columns
measure the layout any more: the width is read here, on the page as it came.

The family: any text wrapped at a fixed display width (a terminal, a legacy database's text field, a PDF's text layer
with a monospaced font): Han, full-width forms and East Asian ambiguous characters (○, ※, Greek and Cyrillic letters in a
CJK font) take two columns, ASCII one.  A label a reader put before the first line (``第3條　``) is no part of the
layout's line.

**Evidence** (all of it, else no break is a column wrap): at least :data:`MIN_LINES` lines that stop without a
sentence's end reach one width (or one column short of it, where the next character, a wide one, did not fit);
they are at least half of the lines that stop without a sentence's end; and no line of the page is wider than
that width: a page of whole paragraphs has long lines and shows none.
"""

from __future__ import annotations

import unicodedata

from corpus_tools.lazy_patterns import lazy_regex

#: How many lines at one width a page needs before the width is its layout's.
MIN_LINES = 5
#: The narrowest width taken for a layout's (a list of short names shares a width by chance).
MIN_WIDTH = 24
#: What ends a sentence or a clause that a line may end with when it is whole.
_WHOLE_END = frozenset("。；;！？!?：:")
#: A label a reader set before a provision's first line (``第3條　``, ``第 1-1 條``): no part of the layout's line.
_LEADING_LABEL = lazy_regex(r"^第\s*[0-9０-９一二三四五六七八九十百零〇]+(?:[-－之][0-9０-９一二三四五六七八九十]+)?\s*[條条]\s*")


def columns(line: str) -> int:
    """The display width of ``line``: two columns for a wide, full-width or ambiguous character, one for any other.

    >>> columns("與其"), columns("(附件一) "), columns("一二○一表")
    (4, 9, 10)
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in line)


def column_wrap_breaks(text: str) -> list[int]:
    r"""Positions of the newlines that end a line at the page's fixed display width (see the module's evidence), in
    order; none when the page shows no such width.

    >>> line = "二、料帳所用卡片及登記方法 (料帳卡片補一二○一表)  (附件一) 與其"
    >>> rest = ["    他衛材補給品同。惟負責保管者，應另備登記卡登記各麻醉藥品，此", "    種登記卡可用補一二○一表， (稱副卡) 併隨同麻醉藥品存放備查。",
    ...         "三、自庫房撥發藥局 (調劑室) 或各科室時，應憑藥局 (調劑室) ，或各", "    科室負責人員簽字蓋章之憑單 (Ｃ一三四八Ａ表)  (附件二) ，及依",
    ...         "    據核定配賦之補給日份存量基準撥發。", "四、無論有無收發，每月必須舉行清點一次，其目的為查核數量與品質，",
    ...         "    由單位主官指派非直接保管人員會同監察人員清點之。"]
    >>> page = "\n".join([line] + rest)
    >>> [page[:at].rsplit("\n", 1)[-1][-2:] for at in column_wrap_breaks(page)]
    ['與其', '，此', '或各', '及依', '質，']

    A page of whole paragraphs (one line is wider than the lines that stop mid-sentence) has none:

    >>> column_wrap_breaks(page + "\n五、" + "甲" * 40 + "。")
    []
    """
    if text.count("\n") < MIN_LINES:
        return []
    lines: list[tuple[int, int, str]] = []  # (newline position, width, last character) of each non-blank line
    widest = 0
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        end = n if end < 0 else end
        line = text[start:end].rstrip()
        if line.strip():
            label = _LEADING_LABEL.match(line)
            width = columns(line[label.end():] if label else line)
            widest = max(widest, width)
            lines.append((end, width, line[-1]))
        start = end + 1
    cut = [(at, width) for at, width, last in lines if last not in _WHOLE_END]
    if len(cut) < MIN_LINES or widest < MIN_WIDTH:
        return []
    at_widest = [at for at, width in cut if width >= widest - 1]
    if len(at_widest) < MIN_LINES or 2 * len(at_widest) < len(cut):
        return []
    return [at for at in at_widest if at < n]


__all__ = ["MIN_LINES", "column_wrap_breaks", "columns"]
