"""A title a page broke over two lines while the page's own evidence holds it whole: one line again, as an edit.

Real damage undone (field test 17, F17-L1): a Word notice saved as HTML sets its title in two centred paragraphs
(gov.cn's ``…药品管理法⏎实施条例》``, almeidalhs/lion's ``关于选送中心学生参加2017年浦东新区学生艺术⏎单项比赛的通知``);
moe.gov.cn's crawl records give the title whole in their ``title`` field and broken inside its 《》 in the text.
The readers find the evidence (:func:`corpus_tools.html_content.split_title_lines`,
:func:`corpus_tools.crawl_records.title_split_lines`) and leave it in the page's metadata (``split_title``: the two
lines, blanks aside, and what shows they are one title); session 18 joined them in the reader, so that the text
changed with no edit recording it.  The ``hard_wraps`` rule now joins them here (:func:`join_split_title`): the
join is an edit like any other wrap's, audited and replayed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from corpus_tools.records import CleanWarning, Edit

#: How many of the text's first lines are looked at for the title's two lines.
_REACH = 8
_BLANKS = " \u3000\t\u00a0"


def _key(line: str) -> str:
    return "".join(line.split())


def split_title_edit(text: str, lines: tuple[str, str] | list[str], *, rule: str, evidence: str = "") -> Edit | None:
    """The edit that joins the title's two lines ``lines`` (blanks aside) where they stand in a row among the text's
    first :data:`_REACH` lines, or None (the text no longer holds them so: nothing is joined).

    The line break goes with the blanks around it (``关于…学生艺术 ⏎ 单项比赛的通知`` reads
    ``关于…学生艺术单项比赛的通知``); the first line's leading blanks and the second's trailing ones stay.

    >>> e = split_title_edit("关于印发《关于加强中\\n等职业教育的意见》的通知\\n教职成〔2000〕9号\\n", ["关于印发《关于加强中", "等职业教育的意见》的通知"], rule="hard_wraps")
    >>> (e.start, e.end, e.before, e.after)
    (10, 11, '\\n', '')
    >>> split_title_edit("某市人民政府\\n关于某事的通知\\n", ["关于某事", "的通知"], rule="hard_wraps") is None
    True
    """
    if len(lines) != 2 or not all(isinstance(line, str) and _key(line) for line in lines):
        return None
    head, tail = _key(lines[0]), _key(lines[1])
    start = 0
    for _ in range(_REACH):
        end = text.find("\n", start)
        if end < 0:
            return None
        after = text.find("\n", end + 1)
        after = len(text) if after < 0 else after
        if _key(text[start:end]) == head and _key(text[end + 1:after]) == tail:
            cut_start = len(text[start:end].rstrip(_BLANKS)) + start
            cut_end = end + 1 + (len(text[end + 1:after]) - len(text[end + 1:after].lstrip(_BLANKS)))
            detail = f"title whole in the page's evidence{': ' + evidence if evidence else ''}"
            return Edit(rule, cut_start, cut_end, text[cut_start:cut_end], "", detail)
        start = end + 1
    return None


def join_split_title(text: str, hint: Mapping[str, Any] | None, rest: Callable[[str], tuple[str, list[Edit], list[CleanWarning]]],
                     *, rule: str) -> tuple[str, list[Edit], list[CleanWarning]]:
    """Join the title ``hint`` names (the page's ``split_title`` metadata), then run ``rest`` (the rule's other
    joins) on the joined text; the edits of both, in the coordinates of ``text``.

    >>> def rest(t): return t, [], []
    >>> join_split_title("关于选送学生艺术\\n单项比赛的通知\\n正文。\\n", {"lines": ["关于选送学生艺术", "单项比赛的通知"]}, rest, rule="hard_wraps")[0]
    '关于选送学生艺术单项比赛的通知\\n正文。\\n'
    """
    edit = split_title_edit(text, (hint or {}).get("lines") or (), rule=rule, evidence=(hint or {}).get("evidence", ""))
    if edit is None:
        return rest(text)
    joined = text[:edit.start] + text[edit.end:]
    out, edits, warnings = rest(joined)
    if any(e.start < edit.start < e.end for e in edits):
        return rest(text)  # (another join across the title's: the rule weighs the page as it came)
    removed = edit.end - edit.start
    shifted = [e if e.start < edit.start else replace(e, start=e.start + removed, end=e.end + removed) for e in edits]
    return out, sorted([edit, *shifted], key=lambda e: (e.start, e.end)), warnings


__all__ = ["join_split_title", "split_title_edit"]
