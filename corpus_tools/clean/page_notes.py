"""Footnotes a PDF prints at the foot of each page, turned into text where the page broke.

Real damage (pdf16's blind variant ``layout_blind2_footnotes`` and the brief of session 17: 公报 and 法规汇编 PDFs that
note an article's amendments at the page's foot): the note lands between the two halves of the sentence the page
break cut, and its marker stays glued to the word it explains::

    …市公积金管理中心应当自受理①申请之日起十五日内作出决定。…准予贷款的，由受托
    ① 本条第二款经2019年5月1日修改。
    - 3 -
    银行办理贷款手续；…

The page-end notes of a mirror (after the law, :func:`corpus_tools.clean.furniture._footnotes`) are read apart; these
stand inside the text, one block per page.

**Evidence**, all of: a block of lines each opening with a marker (``①``…``⑳``, ``[1]``, ``［1］``, ``[注1]``, a
superscript digit ``¹``) and holding an editor's remark on the law (``本条``… ``修正``/``修改``/``修订``/``废止``/``删去``,
no citation of a work: a document's own notes are its text, F8-M4); the block stands at a page break (a page number,
a form feed or a blank line after it, or between the halves of a sentence it cuts); each note's marker stands glued
after a Chinese character in the text of that page (at most :data:`MAX_PAGE_CHARS` before the note); the page holds
articles.  The notes and their markers go; a marker without its note, and a note without its marker, stay.
"""

from __future__ import annotations

import bisect

from corpus_tools.lazy_patterns import lazy_re

#: A note's marker: circled numbers, bracketed numbers (half or full width, ``注`` inside), superscript digits.
_MARKER = r"(?:[\u2460-\u2473]|\[注?\d{1,2}\]|［注?\d{1,2}］|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})"
_NOTE_LINE_RE = lazy_re(rf"[ \t\u3000\xa0]*({_MARKER})[ \t\u3000\xa0]*(\S[^\n]*)")
#: An editor's remark on the law opens with the editor's words: the part of the law it speaks of and its amendment
#: (``本条第二款经…修改``, ``根据…决定修正``), or a cross-reference (``参见…``).  An item of the law's own list holds the
#: same verbs anywhere (``① 修改章程的；``, ``② 增加或者减少注册资本的；``: review 17, R17-F7) and is no note.
_EDITORIAL_RE = lazy_re(
    r"^(?:参见|见第|(?:本条|本款|本项|本法|本条例|本规定|本办法|此条|该条|根据|依据|经)[^\n]*?(?:修正|修改|修订|废止|删去|删除|增加|调整))")
#: How an item of a list ends (``…的；``, ``…的``, ``；``): no editor's remark.
_ITEM_END_RE = lazy_re(r"(?:的|；|;|，|,|、|：|:)[ \t\u3000\xa0]*$")
#: A citation of a work: the note is the document's own (kept).
_CITATION_RE = lazy_re(r"》[ \u3000]*[，,][^\n]*?(?:\d{4}[年\-/.]|社|报|网)|出版社|第\d+[-—–]?\d*[页版]|https?://")
_HAN_RE = lazy_re(r"[\u3400-\u9fff]")
_ARTICLE_LINE_RE = lazy_re(r"(?m)^[ \t\u3000\xa0]*第[一二三四五六七八九十百千零〇\d]{1,6}条")
#: A page's number on a line of its own, or a form feed: the page broke there.
_PAGE_BREAK_LINE_RE = lazy_re(r"[ \t\u3000\xa0\f]*(?:[-—－–·•]{0,2}[ \t\u3000\xa0]*(?:第[ \t\u3000\xa0]*)?\d{1,4}[ \t\u3000\xa0]*(?:页)?[ \t\u3000\xa0]*[-—－–·•]{0,2})?[ \t\u3000\xa0\f]*")
#: How far before its note a marker may stand: a printed page's text.
MAX_PAGE_CHARS = 4000
#: The most notes a page's foot holds.
MAX_NOTES = 12


def page_foot_notes(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``(note lines, markers)``: the lines of each page's foot notes and the markers in the text they explain (see the module).

    >>> body = "第一条 为了规范管理，制定本条例。\\n第二条 市公积金管理中心应当自受理①申请之日起十五日内作出准予贷款的决定。\\n"
    >>> t = body + "第三条 准予贷款的，由受托\\n① 本条第二款经2019年5月1日修改。\\n- 3 -\\n银行办理贷款手续。\\n"
    >>> lines, marks = page_foot_notes(t)
    >>> [t[a:b] for a, b in lines], [t[a:b] for a, b in marks]
    (['① 本条第二款经2019年5月1日修改。'], ['①'])
    >>> page_foot_notes(t.replace("受理①申请", "受理申请"))  # (no marker in the text: the note is the text's own)
    ([], [])
    >>> page_foot_notes(body + "第三条 下列事项：\\n① 本条例的修改；\\n② 其他事项。\\n")  # (an enumeration, no page break)
    ([], [])
    """
    if not any(ch in text for ch in "[［\u2460\u2461\u2462\u2463\u2464¹²³⁴⁵⁶⁷⁸⁹"):
        return [], []
    lines: list[tuple[int, int]] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        lines.append((start, end))
        start = end + 1
    articles = [m.start() for m in _ARTICLE_LINE_RE.finditer(text)]  # (the page holds articles before its notes)
    note_lines: list[tuple[int, int]] = []
    markers: list[tuple[int, int]] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        block = []
        j = i
        while j < len(lines) and len(block) < MAX_NOTES:
            m = _NOTE_LINE_RE.fullmatch(text, *lines[j])
            if not m or not _EDITORIAL_RE.match(m.group(2)) or _ITEM_END_RE.search(m.group(2)) or _CITATION_RE.search(m.group(2)):
                break
            block.append((j, m.group(1), m.start(1)))
            j += 1
        if not block:
            i += 1
            continue
        if _at_page_break(text, lines, i, j, numbered_only=len(block) > 1) and bisect.bisect_left(articles, lines[i][0]) >= 2:
            found = []
            for _, marker, _ in block:
                at = _marker_in_text(text, marker, lines[i][0], used)
                if at is None:
                    found = []
                    break
                found.append(at)
            if found and _inline_enumeration(text, found):
                found = []  # (①…②… on one line of the text: a list's items, no notes' markers)
            if found:
                used.update(found)
                markers += [(at, at + len(marker)) for at, (_, marker, _) in zip(found, block)]
                first = i
                while first > 0 and not text[lines[first - 1][0] : lines[first - 1][1]].strip(" \t\u3000\xa0"):
                    first -= 1  # (the blank lines above the notes go with them: left, they would end the cut sentence's paragraph)
                note_lines += [(lines[first][0], lines[i][1])] + [lines[k] for k, _, _ in block[1:]]
        i = j
    return note_lines, sorted(markers)


def _at_page_break(text: str, lines: list[tuple[int, int]], first: int, after: int, numbered_only: bool = False) -> bool:
    """Whether the note lines ``first``..``after`` stand at a page break: a page number or a form feed right after them
    (blank lines between), or the halves of a sentence around them (blank lines and a page number left out).  A block
    of several lines needs the page number or form feed (``numbered_only``): a list of items between a lead-in ending
    on ``，`` and the sentence after it shows the same halves (review 17, R17-F7)."""
    k = after
    while k < len(lines) and not text[lines[k][0] : lines[k][1]].strip(" \t\u3000\xa0"):
        k += 1
    if k < len(lines):
        line = text[lines[k][0] : lines[k][1]]
        if "\f" in line or "\f" in text[lines[after - 1][1] : lines[k][0]] or (
                _PAGE_BREAK_LINE_RE.fullmatch(line) and any(c.isdigit() for c in line)):
            return True
    if numbered_only:
        return False
    b = first - 1
    while b >= 0 and not text[lines[b][0] : lines[b][1]].strip():
        b -= 1
    before = text[lines[b][0] : lines[b][1]].rstrip() if b >= 0 else ""
    following = text[lines[k][0] : lines[k][1]].lstrip() if k < len(lines) else ""
    return bool(before and following and (_HAN_RE.match(before[-1]) or before[-1] in "，、（《“")
                and (_HAN_RE.match(following) or following[0] in "，、。；：）》”"))


#: A reference to a list's item by its marker (``前款第①项``, ``第②目``): no note's marker.
_ITEM_REFERENCE_BEFORE = frozenset("第")
_ITEM_REFERENCE_AFTER = frozenset("项目款条")


def _marker_in_text(text: str, marker: str, note_start: int, used: set[int]) -> int | None:
    """Where ``marker`` stands glued after a Chinese character in the page before its note (the nearest), or None.
    A marker after 第 or before 项/目/款/条 cites a list's item (``有前款第①项、第②项情形的``, review 17 R17-F7): none.

    >>> _marker_in_text("有前款第①项情形的\\n", "①", 10, set()) is None, _marker_in_text("依照规定①办理\\n", "①", 8, set())
    (True, 4)
    """
    at = text.rfind(marker, max(0, note_start - MAX_PAGE_CHARS), note_start)
    while at > 0:
        if (at not in used and _HAN_RE.match(text[at - 1]) and text[at - 1] not in _ITEM_REFERENCE_BEFORE
                and text[at + len(marker) : at + len(marker) + 1] not in _ITEM_REFERENCE_AFTER
                and text.rfind("\n", at, note_start) >= 0):
            line_start = text.rfind("\n", 0, at) + 1
            if at > line_start:
                return at
        at = text.rfind(marker, max(0, note_start - MAX_PAGE_CHARS), at)
    return None


def _inline_enumeration(text: str, found: list[int]) -> bool:
    """Whether the markers found for a block of notes stand in order on one line of the text: an inline enumeration
    (``提交①登记申请书②主体资格证明③章程``, review 17 R17-F7), whose items a list below repeats, not notes' markers.

    >>> _inline_enumeration("提交①登记申请书②主体资格证明\\n", [2, 8]), _inline_enumeration("受理①申请\\n之日②起\\n", [2, 8])
    (True, False)
    """
    if len(found) < 2:
        return False
    line_starts = {text.rfind("\n", 0, at) for at in found}
    return len(line_starts) == 1 and found == sorted(found)
