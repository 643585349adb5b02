"""Chinese and Arabic numerals as they appear in legal labels and dates.

Labels number parts, chapters and articles in Chinese numerals (``第三十二条``,
``第一百零五条``, ``第二〇条`` on some sites, ``第两百条`` in speech-like
drafts), in Arabic digits (``第1条``, full-width ``第１条``), or in the
financial forms of scanned documents (``第壹章``).  Dates in front matter and
adoption lines use the same two systems (``二〇二一年九月二十七日``).  The
characters themselves (for regex classes) are in :mod:`corpus_tools.text`.  Outside the structure package
(:mod:`corpus_tools.structure.numerals` re-exports it) so that a cleaning rule reads a number without loading the
structure parser.
"""

from __future__ import annotations

from functools import lru_cache

_DIGIT = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
_UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_WAN = {"万": 10_000, "萬": 10_000}
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


#: The longest numeral :func:`parse_numeral` reads (``一千二百三十四万五千六百七十八``: 16 characters).
LONGEST_NUMERAL = 20


@lru_cache(maxsize=8192)
def parse_numeral(text: str) -> int | None:
    """Value of a numeral written in Chinese or Arabic digits; None if malformed.

    Handles positional units (``十 百 千 万``), the zero fillers ``零/〇``,
    ``两`` for two, a bare leading ``十`` (``十一`` = 11) and digit-by-digit
    writing (``二〇二一`` = 2021, ``一〇五`` = 105).

    >>> [parse_numeral(s) for s in ("三十二", "十", "十一", "一百零五", "一百一十", "两百", "二〇二一")]
    [32, 10, 11, 105, 110, 200, 2021]
    >>> parse_numeral("１２"), parse_numeral("12"), parse_numeral("一千零一"), parse_numeral("三十条")
    (12, 12, 1001, None)

    No law numbers anything with more than :data:`LONGEST_NUMERAL` characters: a longer run
    (a hostile page's ``第111…1条`` of 5,000 digits, which ``int`` refuses) is no numeral.

    >>> parse_numeral("1" * 5000) is None
    True
    """
    if not text or len(text) > LONGEST_NUMERAL:
        return None
    if text.isascii() or text[0] in "０１２３４５６７８９":
        digits = text.translate(_FULLWIDTH_DIGITS)
        return int(digits) if digits.isdigit() and digits.isascii() else None
    if not any(ch in _UNIT or ch in _WAN for ch in text):
        # digit-by-digit: 二〇二一, 一〇五
        value = 0
        for ch in text:
            if ch not in _DIGIT:
                return None
            value = value * 10 + _DIGIT[ch]
        return value
    total = 0  # completed 万 groups
    section = 0  # value below 万
    digit: int | None = None
    last_unit = 10_000_000
    for ch in text:
        if ch in _DIGIT:
            if digit is not None and _DIGIT[ch] != 0 and digit != 0:
                return None  # two digits in a row (三四十) is not a numeral
            digit = _DIGIT[ch]
        elif ch in _UNIT:
            unit = _UNIT[ch]
            if unit >= last_unit:
                return None
            section += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
        elif ch in _WAN:
            section += digit or 0
            total += (section or 1) * _WAN[ch]
            section, digit, last_unit = 0, None, 10_000_000
        else:
            return None
    return total + section + (digit or 0)


_CN = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """The standard Chinese numeral of ``n`` (0 <= n < 100000), as in normalised labels.

    >>> [to_chinese(n) for n in (1, 10, 11, 20, 32, 100, 105, 110, 1001, 2021)]
    ['一', '十', '十一', '二十', '三十二', '一百', '一百零五', '一百一十', '一千零一', '二千零二十一']
    """
    if n < 0 or n >= 100_000:
        raise ValueError(f"out of range: {n}")
    if n == 0:
        return "零"
    if 10 <= n < 20:
        return "十" + (_CN[n - 10] if n > 10 else "")
    out: list[str] = []
    zero = False
    for value, unit in ((10_000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            if zero and out:
                out.append("零")
            out.append(_CN[d] + unit)
            zero = False
        else:
            zero = True
    return "".join(out)


@lru_cache(maxsize=8192)
def article_label(number: int, suffix: int = 0) -> str:
    """The normalised label of an article: ``第三十二条``, ``第十条之一``.

    >>> article_label(32), article_label(10, 1)
    ('第三十二条', '第十条之一')
    """
    label = f"第{to_chinese(number)}条"
    return label + (f"之{to_chinese(suffix)}" if suffix else "")
