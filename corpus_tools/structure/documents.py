"""Pages into documents, and each document's title.

A page can carry several instruments: a public-comment notice followed by
``附件1`` (the draft) and ``附件2`` (its drafting explanation).  Each becomes a
:class:`~corpus_tools.records.Document` whose text is a span of the cleaned
page text; the spans tile the page, so no character is lost.  The notice is
the attachments' parent.

Titles are found where pages put them: the first line (bold Markdown and
``#`` headings arrive as plain lines after ingest), the second line after a
site header (``馬鞍山市``), after a summary paragraph that repeats the body, or,
for a notice that has no title line, inside its first ``《》``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from corpus_tools.structure.numerals import parse_numeral
from corpus_tools.text import HSPACE_CLASS as _HS, LINE_STRIP

#: A line that opens an attachment: 附件 / 附件1 / 附件一： / 附件 2 (nothing else on the line),
#: or 附件1：<title> when a number is given and the title is not a list (1.《…》).
_ATTACHMENT = regex.compile(
    rf"""^{_HS}*附{_HS}*件{_HS}*(?:
        (?P<n>[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})?{_HS}*[:：]?{_HS}*$
      | (?P<n2>[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}}){_HS}*[:：]?{_HS}*(?P<title>[^\s0-9０-９《][^\n]{{3,60}})$
    )""",
    regex.M | regex.X,
)
#: Necessary for an :data:`_ATTACHMENT` line: 附 opening a line (after spaces), on the
#: first line or after a newline.  A cheap gate (a literal first character lets the
#: engine jump from newline to newline) so that most pages skip the full pattern.
_MAYBE_ATTACHMENT = re.compile(rf"\n{_HS}*附")
_ATTACHMENT_FIRST = re.compile(rf"{_HS}*附")
_LINE = regex.compile(r"[^\n]+")
_SENTENCE_END = ("。", "；", ";", "，", ",", "：", ":", "！", "？")
_LABEL_START = regex.compile(
    rf"^{_HS}*(?:第{_HS}*[0-9一二三四五六七八九十百零〇两]+{_HS}*[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.、．])"
)
_DATE_LINE = regex.compile(r"^[（(]?\s*[0-9〇零一二三四五六七八九十]{4}\s*年")
#: A site header: a bare place or site name on its own line (馬鞍山市, 天津市人民政府网).
_SITE_HEADER = regex.compile(
    r"^\p{Han}{2,10}(?:省|市|县|縣|区|區|州|盟|旗|自治区|自治區|网|網|门户|門戶|政府)$"
)
_QUALIFIER = regex.compile(r"^[（(][^（）()\n]{1,24}[）)]$")
_BOOK_TITLE = regex.compile(r"《([^《》\n]{2,80})》")


@dataclass(frozen=True)
class Segment:
    """One document's span of the page text and its place among the page's documents."""

    start: int
    end: int
    role: str  # "main" | "notice" | "attachment"
    attachment_no: int | None = None


def _non_empty_lines(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    out = []
    for m in _LINE.finditer(text, pos):
        if m.group().strip(LINE_STRIP):
            out.append(m.span())
            if len(out) >= limit:
                break
    return out


def split_documents(text: str) -> list[Segment]:
    """Cut a page into documents at attachment lines (``附件1`` alone on its line).

    A marker followed by at most one more line before the next marker is an
    attachment *list* in a notice, not an attachment, and does not cut.

    >>> [(s.role, s.attachment_no) for s in split_documents("通知正文。\\n附件1\\n条例\\n第一条 甲。\\n附件2\\n说明\\n一、乙。\\n")]
    [('notice', None), ('attachment', 1), ('attachment', 2)]
    >>> [s.role for s in split_documents("附件：1.《条例》\\n2.说明\\n")]
    ['main']
    """
    if not _MAYBE_ATTACHMENT.search(text) and not _ATTACHMENT_FIRST.match(text):
        return [Segment(0, len(text), "main")]
    marks = list(_ATTACHMENT.finditer(text))
    kept = []
    for i, m in enumerate(marks):
        nxt = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        body_lines = _non_empty_lines(text, m.end(), 3)
        body_lines = [s for s in body_lines if s[0] < nxt]
        if len(body_lines) < 2:
            continue
        kept.append(m)
    if not kept:
        return [Segment(0, len(text), "main")]
    segments: list[Segment] = []
    if text[: kept[0].start()].strip():
        segments.append(Segment(0, kept[0].start(), "notice"))
    for i, m in enumerate(kept):
        end = kept[i + 1].start() if i + 1 < len(kept) else len(text)
        start = 0 if i == 0 and not segments else m.start()
        raw = m.group("n") or m.group("n2")
        no = parse_numeral(raw) if raw else None
        segments.append(Segment(start, end, "attachment", no if no is not None else i + 1))
    return segments


def _title_like(line: str) -> bool:
    s = line.strip(LINE_STRIP)
    return (
        2 <= len(s) <= 90
        and not s.endswith(_SENTENCE_END)
        and not _LABEL_START.match(s)
        and not _DATE_LINE.match(s)
        and not _QUALIFIER.match(s)
        and "".join(s.split()) not in ("目录", "目錄")
        and not _ATTACHMENT.match(s)
    )


def find_title(text: str) -> tuple[str, int, str | None]:
    """The title of a document, the end of its title line (0 if none), and a qualifier line.

    The qualifier is a parenthesised line right under the title such as
    ``（征求意见稿）`` or ``（2021年修订）``.

    >>> find_title("马鞍山市\\n关于《马鞍山市若干政策》的起草说明\\n一、背景")[0]
    '关于《马鞍山市若干政策》的起草说明'
    >>> find_title("附件1\\n常州市促进智能制造发展条例\\n(征求意见稿)\\n目 录")
    ('常州市促进智能制造发展条例', 17, '征求意见稿')
    >>> find_title("为推进科学立法，现将《某市条例(草案)》公开征求意见。\\n一、时间")[0]
    '某市条例(草案)'
    """
    lines = _non_empty_lines(text, 0, 6)
    i = 0
    if lines and _ATTACHMENT.match(text, lines[0][0], lines[0][1]):
        i = 1
    title: tuple[int, int] | None = None
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        stripped = line.strip(LINE_STRIP)
        nxt = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else ""
        if _SITE_HEADER.match(stripped) and _title_like(nxt) and len(nxt.strip()) > len(stripped):
            i += 1
            continue
        if _title_like(line):
            title = (s, e)
            break
        # a summary or lead paragraph above the real title (003): look one line further
        if i == 0 and len(stripped) > 90 and nxt and _title_like(nxt):
            i += 1
            continue
        break
    if title is None:
        first = text[lines[0][0]:lines[0][1]] if lines else ""
        m = _BOOK_TITLE.search(first)
        return (m.group(1).strip() if m else ""), 0, None
    s, e = title
    qualifier = None
    k = next((j for j, span in enumerate(lines) if span == title), None)
    if k is not None and k + 1 < len(lines):
        q = text[lines[k + 1][0]:lines[k + 1][1]].strip(LINE_STRIP)
        if _QUALIFIER.match(q):
            qualifier = q[1:-1].strip()
    return text[s:e].strip(LINE_STRIP), e, qualifier
