"""The Macau gazette site's record box over each act: the site's furniture, not the act's text.

Real damage undone (field tests 17 and 18; tests/real_pages/fix19, tests/real_pages/fixmeta19): io.gov.mo prints over
each 批示 the record of its publication, one field a line with its value on the next::

    法規:            第198/2023號行政長官批示
    公報編號:        51/2023
    刊登日期:        2023.12.18
    版數:            2859
    • 發行並流通以「龍年」為題,屬特別發行之郵票。      (the site's summary)
    相關法規 :  • 第88/99/M號法令 - …  •             (related records, bullets)
    相關類別 :  • 集郵 - 郵電局 -  •
    《LegisMac》的法例註釋
    《公報》原始 PDF 版本

and AsianLII's copy of the same record prints the four fields as pipe rows (``公報 - 第一組法規: | 第139/2000號行政長官
批示 |``).  The box stayed in each act's text after the page was split into one document per act.  The metadata
reads its values from the edit that removes it (:func:`corpus_tools.structure.metadata.removed_boxes`).

**Evidence**: the four fields of the gazette's record, in the gazette's order, each label followed by its value (on its
line or the next non-blank one) of the value's own shape: an act's number and kind (``第198/2023號…批示``), the
issue (``51/2023``), the day (``2023.12.18``), the page or pages (``2859-2860``); then, optionally, the site's summary
and relation lines (bullets, ``相關法規 :``, ``相關類別 :``, ``《…》的法例註釋``, ``《公報》原始 PDF 版本``).  A box
with no line of text after it (a page cut under its last box) is the only record of its act there and stays; a
law's own table, which holds no such four fields in order, is never read as one.
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.text import nonblank_lines

_SP = r"[ \t\u3000\xa0]"
#: A record box label, then its value on the same line (in a pipe cell or after blanks) or none (the value below).
_LABEL = rf"{_SP}*(?:{{label}}){_SP}*[:：](?:{_SP}*(?:[|｜]{_SP}*)?(?P<value>{{value}})(?:{_SP}*[|｜])*)?{_SP}*"
_ACT_VALUE = r"第[0-9]{1,4}/[0-9]{4}[號号]\p{Han}{0,20}?(?:批示|行政命令|行政法規|行政法规|法律|公告)"
_FIELDS = (
    (r"(?:公[報报]{_SP}*-{_SP}*第[一二]{_SP}*[組组]{_SP}*)?法[規规]", _ACT_VALUE),
    (r"公[報报][編编][號号]", r"[0-9]{1,3}/[0-9]{4}"),
    (r"刊登日期", r"[0-9]{4}\.[0-9]{1,2}\.[0-9]{1,2}"),
    (r"版[數数]", r"[0-9]{1,5}(?:-[0-9]{1,5})?"),
)
_FIELD_RES = tuple(lazy_regex(_LABEL.format(label=label.format(_SP=_SP), value=value)) for label, value in _FIELDS)
_VALUE_RES = tuple(lazy_regex(rf"{_SP}*{value}{_SP}*") for _, value in _FIELDS)
#: The site's lines after the four fields: its summary and related records as bullets, their labels, its links.
_TRAILER_RE = lazy_regex(
    rf"{_SP}*(?:[•·][^\n]*|相[關关](?:法[規规]|[類类][別别]){_SP}*[:：]{_SP}*"
    rf"|《[^》\n]{{1,20}}》的法例(?:註釋|注释){_SP}*|《公[報报]》原始{_SP}*PDF{_SP}*版本{_SP}*)"
)


def _box_at(text: str, lines: list[tuple[int, int]], k: int) -> int | None:
    """Index (in ``lines``) of the last line of the record box whose first field opens at line ``k``, or None."""
    i = k
    for field, value in zip(_FIELD_RES, _VALUE_RES):
        if i >= len(lines):
            return None
        m = field.fullmatch(text, *lines[i])
        if m is None:
            return None
        if m.group("value") is None:  # the value alone on the next non-blank line
            i += 1
            if i >= len(lines) or not value.fullmatch(text, *lines[i]):
                return None
        i += 1
    while i < len(lines) and _TRAILER_RE.fullmatch(text, *lines[i]):
        i += 1
    return i - 1


def gazette_record_boxes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Macau gazette record box (whole lines, the blank lines inside it too) with a line of text
    after it.

    >>> page = ("法規:\\n\\n第198/2023號行政長官批示\\n\\n公報編號:\\n\\n51/2023\\n\\n刊登日期:\\n\\n2023.12.18\\n\\n版數:\\n\\n2859\\n"
    ...         "  • 發行並流通郵票。\\n相關法規 :\\n  • 第88/99/M號法令\\n  •  \\n    《LegisMac》的法例註釋\\n\\n"
    ...         "    《公報》原始 PDF 版本\\n\\n    第198/2023號行政長官批示\\n    行政長官…作出本批示。\\n")
    >>> [page[a:b].split("\\n")[-1].strip() for a, b in gazette_record_boxes(page)]
    ['《公報》原始 PDF 版本']
    >>> asianlii = "公報 - 第一組法規: | 第139/2000號行政長官批示 |\\n公報編號: | 31/2000 |\\n刊登日期: | 2000.7.31 |\\n版數: | 973 |\\n鑑於…\\n"
    >>> [asianlii[a:b] for a, b in gazette_record_boxes(asianlii)]
    ['公報 - 第一組法規: | 第139/2000號行政長官批示 |\\n公報編號: | 31/2000 |\\n刊登日期: | 2000.7.31 |\\n版數: | 973 |']

    A box with nothing after it (the page cut under it) stays; three fields are no box:

    >>> gazette_record_boxes(asianlii.replace("鑑於…\\n", "")), gazette_record_boxes(asianlii.replace("版數: | 973 |\\n", ""))
    ([], [])
    """
    if "刊登日期" not in text:
        return []
    lines = list(nonblank_lines(text, strip=" \t\u3000\xa0"))  # (not the carriage return nor typographic spaces)
    found: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        last = _box_at(text, lines, k) if _FIELD_RES[0].fullmatch(text, *lines[k]) else None
        if last is None or last + 1 >= len(lines):
            k += 1
            continue
        found.append((lines[k][0], lines[last][1]))
        k = last + 1
    return found


__all__ = ["gazette_record_boxes"]
