"""A law database's plain-text dump: many laws in one file, a separator line between them.

Real damage (field test 27, F27-C1/C2/B3; jacksunhack/China_Law_Database, ``dfxfg/merged_output_part41.txt``): a
crawler of the 国家法律法规数据库 turned each local regulation's docx to text and merged hundreds into files of
~480,000 characters, one law after another, each ending with its last page's number as the docx printed it
(``1``, ``16``, ``－1－``, ``— 7 —``) and a separator line of its own (a ``#`` after 56 blanks or 40 ideographic
spaces, or ``— # —``)::

    第四十条  本条例自2014年10月1日起施行。
    　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　#

    长治市人民代表大会常务委员会
    关于修改《长治市城市绿化条例》的决定
    （2021年8月27日长治市第十四届人民代表大会常务
    委员会第四十三次会议通过  2021年11月25日山西省
    第十三届人民代表大会常务委员会第三十二次会议批准）

The splitter cut a law off only where its numbering started again under a title with a head of its own
(:func:`~corpus_tools.structure.documents.restarted_laws`): a decision with no articles after a law, a law whose
previous one started in the file before (the dump cuts a law in two between its files) stayed in the document
before it, its title under the separator; and the separator and the page number stayed in the text.

**Evidence** for a boundary (:func:`dump_boundaries`): the page is such a dump (one separator line at least, a
line of ``#`` ``＃`` ``*`` ``＊`` ``=`` ``＝`` alone, or between dashes), and at the boundary a line that closes
a text (a sentence's end), then the page's furniture between two laws (a separator line, the last page's
bare number, both, or none where the cleaning removed the page's number: ``－1－``), then a title block (one to three title lines: a long title wrapped)
with the law's own head under it: its adoption record (``（2021年8月27日…通过…）``, wrapped over up to four
lines) or its 目录, first chapter or first article.  The furniture lines between the two laws belong to neither.
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.text import HSPACE_CLASS as _HS

#: A dump's separator line: marks of one kind alone (``#``, ``####``, ``* * *``, ``=====``), or between dashes
#: (``— # —``); blanks around.
_SEPARATOR = lazy_regex(
    rf"^{_HS}*(?:[—－\-–]{_HS}*)?(?:#|＃|\*|＊|=|＝)(?:{_HS}{{0,3}}(?:#|＃|\*|＊|=|＝)){{0,79}}(?:{_HS}*[—－\-–])?{_HS}*$"
)
#: A bare page number on its own line, as a docx's page foot prints it: ``16``, ``－1－``, ``— 7 —``, ``- 3 -``, ``·3·``.
_PAGE_NUMBER = lazy_regex(rf"^{_HS}*(?:[—－\-–·]{_HS}*)?[0-9]{{1,4}}(?:{_HS}*[—－\-–·])?{_HS}*$")
#: A line that closes a text: its last mark a sentence's end (a quotation or bracket may close after it).
_CLOSES = lazy_regex(r"[。！？；…][”’」』）)]?$")
#: The adoption record under a title, squeezed of blanks, once its wrapped lines are joined.
_RECORD = lazy_regex(r"^[（(][0-9〇零○一二三四五六七八九]{4}年[^）)]{0,200}?(?:通过|公布|发布|修订|修正|批准)")
#: The head of a law's body under its title: a 目录, its first chapter, section or article, 总则.
_BODY_OPENS = lazy_regex(rf"^{_HS}*(?:目{_HS}*[录錄]{_HS}*$|第{_HS}*[一1]{_HS}*[章节条編编]|总{_HS}*则{_HS}*$)")
#: What no title line holds: a sentence's marks, a label's start (第N条, an item), a date opening the line, an
#: annex's marker (附件, 附表, 附录: an annex of the law above is no law of the dump).
_NOT_TITLE = lazy_regex(rf"[。；;！？：:]|^{_HS}*(?:附{_HS}*[件表录錄]|第{_HS}*[0-9一二三四五六七八九十百千零〇两]+{_HS}*[条章节编款项]|[（(][一二三四五六七八九十0-9]|[0-9〇零○一二三四五六七八九]{{4}}{_HS}*年)")
_HAN_RUN = lazy_regex(r"\p{Han}{2}")
#: The marks a separator line is made of (the gate of :func:`dump_boundaries`).
_MARKS = "#＃*＊=＝"
_LINE = lazy_regex(r"[^\n]*")

#: How many lines a title may wrap over, and how many lines its adoption record.
_TITLE_LINES = 3
_RECORD_LINES = 4
_BLANKS = " \t\r\u3000\u00a0\u200b\ufeff"


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the lines of ``text[lo:hi]`` that are not blank."""
    return [m.span() for m in _LINE.finditer(text, lo, hi) if m.group().strip(_BLANKS)]


def is_separator(line: str) -> bool:
    """Whether ``line`` is a dump's separator line.

    >>> [is_separator(s) for s in (" " * 56 + "#", "— # —", "\\u3000\\u3000#", "* * *", "#第一条", "##### 标题", "—")]
    [True, True, True, True, False, False, False]
    """
    return _SEPARATOR.match(line) is not None


def _title_line(line: str) -> bool:
    s = line.strip(_BLANKS)
    return 2 <= len(s) <= 160 and _HAN_RUN.search(s) is not None and not _NOT_TITLE.search(s) and not is_separator(s) \
        and not _PAGE_NUMBER.match(s)


def _opens_law(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Whether a law's title block starts at ``lines[k]``: one to :data:`_TITLE_LINES` title lines, then the law's
    own head (its adoption record, wrapped or not; or its 目录, first chapter or first article).

    >>> t = "长治市人民代表大会常务委员会\\n关于修改《长治市城市绿化条例》的决定\\n（2021年8月27日长治市第十四届人民代表大会常务\\n委员会第四十三次会议通过）\\n"
    >>> _opens_law(t, _lines(t, 0, len(t)), 0)
    True
    >>> t = "一、总体要求\\n（一）指导思想。\\n"
    >>> _opens_law(t, _lines(t, 0, len(t)), 0)
    False
    """
    titles = 0
    j = k
    while j < len(lines) and titles < _TITLE_LINES and _title_line(text[lines[j][0]:lines[j][1]]):
        line = text[lines[j][0]:lines[j][1]].strip(_BLANKS)
        if line.startswith(("（", "(")):
            break  # the record (a title never opens with a bracket)
        titles += 1
        j += 1
    if titles == 0 or j >= len(lines):
        return False
    head = text[lines[j][0]:lines[j][1]]
    if _BODY_OPENS.match(head):
        return True
    squeezed = "".join(head.split())
    for m in range(j + 1, min(j + _RECORD_LINES, len(lines))):
        if "）" in squeezed or ")" in squeezed:
            break
        squeezed += "".join(text[lines[m][0]:lines[m][1]].split())
    return _RECORD.match(squeezed) is not None


def dump_boundaries(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    r"""The boundaries between the laws of a dump in ``text[lo:hi]``: for each, the end of the law before (after its
    closing line) and the start of the next law's title.  Nothing on a page without a separator line.

    >>> t = ("第四十条  本条例自2014年10月1日起施行。\n" + " " * 20 + "#\n\n长治市人民代表大会常务委员会\n"
    ...      "关于修改《长治市城市绿化条例》的决定\n（2021年8月27日长治市第十四届人民代表大会常务\n委员会第四十三次会议通过）\n"
    ...      "本决定自公布之日起施行。\n— # —\n\n合肥市市直机关公务员转任办法\n\n（2009年8月27日合肥市第十四届人民代表大会常务委员会第十二次会议通过）\n"
    ...      "第一条  为深化干部人事制度改革，制定本办法。\n第二十五条  本办法自2010年1月1日起施行。\n1\n\n晋中市漳河流域生态保护与修复条例\n\n"
    ...      "（2022年6月23日晋中市第五届人民代表大会常务委\n员会第二次会议通过）\n第一章  总 则\n")
    >>> [(t[:a].splitlines()[-1], t[b:].split("\n")[0]) for a, b in dump_boundaries(t, 0, len(t))]
    [('第四十条  本条例自2014年10月1日起施行。', '长治市人民代表大会常务委员会'), ('本决定自公布之日起施行。', '合肥市市直机关公务员转任办法'), ('第二十五条  本办法自2010年1月1日起施行。', '晋中市漳河流域生态保护与修复条例')]

    A separator inside a text that no title block follows cuts nothing, nor a page number on a page with no
    separator, nor an annex's marker:

    >>> t = "第一条 甲。\n* * *\n第二条 乙。\n"
    >>> dump_boundaries(t, 0, len(t))
    []
    >>> t = "第九条 本办法自2010年1月1日起施行。\n1\n某某条例\n（2001年1月1日通过）\n第一条 甲。\n"
    >>> dump_boundaries(t, 0, len(t))
    []
    >>> t = "第九条 本办法自2010年1月1日起施行。\n#\n附件\n某某细则\n（2001年1月1日通过）\n第一条 甲。\n"
    >>> dump_boundaries(t, 0, len(t))
    []
    """
    span = text[lo:hi]
    if not any(mark in span for mark in _MARKS):  # (C-speed scans: most pages hold none of a separator's marks)
        return []
    lines = _lines(text, lo, hi)
    kinds = []  # per line: "sep", "page" or ""
    for a, b in lines:
        line = text[a:b]
        kinds.append("sep" if is_separator(line) else "page" if _PAGE_NUMBER.match(line) else "")
    if "sep" not in kinds:
        return []
    out: list[tuple[int, int]] = []
    for c in range(len(lines) - 1):
        if kinds[c] != "" or not _CLOSES.search(text[lines[c][0]:lines[c][1]].rstrip(_BLANKS)):
            continue
        j = c + 1
        while j < len(lines) and kinds[j] != "" and j - c <= 3:  # the furniture between two laws: a page number, a separator
            j += 1
        if j < len(lines) and _opens_law(text, lines, j):
            end = lines[c][1]
            out.append((end + 1 if text[end:end + 1] == "\n" else end, lines[j][0]))
    return out


def dump_parts(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the laws of a dump in ``text[start:]`` (:func:`dump_boundaries`), the furniture lines between them in
    none; the whole text as one span when it is no dump.  A separator or a page number after the last law's closing
    line (the dump's end) belongs to no law either."""
    stop = len(text)
    cuts = dump_boundaries(text, start, stop)
    if not cuts:
        return [(start, stop)]
    spans = []
    begin = start
    for end, nxt in cuts:
        spans.append((begin, end))
        begin = nxt
    last = _lines(text, begin, stop)
    while len(last) > 1 and (is_separator(text[last[-1][0]:last[-1][1]]) or _PAGE_NUMBER.match(text[last[-1][0]:last[-1][1]])):
        stop = last[-1][0]
        last.pop()
    spans.append((begin, stop))
    return spans


__all__ = ["dump_boundaries", "dump_parts", "is_separator"]
