"""Line wraps a PDF text extraction turned into single spaces inside Chinese words.

Damage undone: a tool that joins a PDF's text lines with a space (the text layers of most
RAG repositories, pdfminer/pypdf output joined per paragraph) leaves one ASCII space where
each printed line ended, in the middle of a word: ``…党的二十届三中全会精 神的具体举措…``,
``现就有关事项通 知如下。``, ``纳 入即时结算范围`` (tianxinyuan57/medical-policy-rag, a 国家医疗保障局
notice: 42 such spaces in 1,629 characters; field test 10, F10-T1), and Taiwan's law database
pages the same way (``立法委員之任 期為三年``).  Legal Chinese never writes an ASCII space between
two Chinese characters inside a sentence, and every word search (``通知如下``) misses.

**Evidence**: the page's print width.  The spaces stand at one distance from each other: the
width of the printed line (60 display columns = 30 Chinese characters in that notice: 27 of its
42 spaces exactly, the others within two columns, where a line held Latin digits or was the
first of an indented paragraph).  A space is a wrap only when

* it stands alone between two Chinese characters or Chinese punctuation marks,
* the page holds at least :data:`MIN_PERIODIC` spaces at one line width (within
  :data:`TOLERANCE` columns, measured from the space before or, for the first of a paragraph, from
  the line start less an indent of up to :data:`MAX_INDENT` columns), and they are
  :data:`MIN_SHARE` of the page's spaces between Chinese characters,
* and it is itself at that width from the wrap before it (or from the paragraph's start),
* or, on such a page, it splits two Chinese characters the page writes together elsewhere (a page wrapped
  twice, at a second column: :func:`_split_words`).

A space inside the line (a name list ``张三 李四``, an issuer pair) is not at the width from the
wrap before it and stays; so does a space after a sentence's end or an organ's or a company's name, and
every space of a line without running text (a list of company names, each 10-14 characters, recurs at a
width too: the review of session 10 found one glued together); a page without the periodic evidence
keeps every space.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import regex

from corpus_tools.clean.rules import CJK_SPACES
from corpus_tools.lazy_patterns import lazy_re
from corpus_tools.records import Edit

#: Chinese characters and the punctuation set full-width in Chinese print: two display columns.
_WIDE = (
    "\u1100-\u115f\u2e80-\u2fff\u3001-\u303f\u3040-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff01-\uff60\uffe0-\uffe6\U00020000-\U0003fffd"
)
#: Marks that Chinese fonts print full-width although Unicode calls them ambiguous.
_WIDE_AMBIGUOUS = "\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u00b7"
#: A ``?`` right after a wide character (or after such a ``?``) stands for a character a decoder
#: lost (the width rule keeps it ASCII then): a Chinese character or mark, printed two columns
#: wide.  Field test 10 (F10-M5), wanglu.net's transcription of a Macau gazette, letterspaced
#: ``经? 济? 财? 政? 司? 司? 长? 办? 公? 室``: read one column wide with its spaces left out, the
#: heading's wraps were lost and ``…司长批示 鉴於…`` (the title's end before the text) taken for one.
_LOST = f"(?:(?<=[{_WIDE}{_WIDE_AMBIGUOUS}])|(?<=[{_WIDE}{_WIDE_AMBIGUOUS}]\\?))\\?"
_WIDE_CHAR = lazy_re(f"[{_WIDE}{_WIDE_AMBIGUOUS}]|{_LOST}")
#: One ASCII space between two wide characters (not part of a run of spaces; a lost character's
#: ``?`` before it is one), or after an ASCII full stop that a wide character precedes (a
#: sentence's end the width rule left ASCII, ``生效. 二零一零年``: see :func:`_wraps`); the literal
#: space first, so the scan skips to each space (ten times faster than a look-behind first).
_LONE_SPACE = lazy_re(
    f" (?:(?<=[{_WIDE}{_WIDE_AMBIGUOUS}] )|(?<=[{_WIDE}{_WIDE_AMBIGUOUS}][?.] )|(?<=[{_WIDE}{_WIDE_AMBIGUOUS}]\\?\\? ))"
    f"(?=[{_WIDE}{_WIDE_AMBIGUOUS}])"
)
#: The same, not after a label's unit (``第一条 为了``): a page needs :data:`MIN_PERIODIC` of them.
_UNLABELLED_SPACE = lazy_re(f" (?<=[{_WIDE}{_WIDE_AMBIGUOUS}] )(?<![编章节条款] )(?=[{_WIDE}{_WIDE_AMBIGUOUS}])")


class _Blank(NamedTuple):
    """What a page's extraction put where a printed line wrapped: its text, its display columns
    when it is no wrap, its scan between two wide characters and the same not after a label's unit."""

    text: str
    columns: int
    lone: object
    unlabelled: object


def _blank(text: str, columns: int) -> _Blank:
    """The scans of a wrap blank other than the single ASCII space: exactly ``text`` between two wide
    characters (a run of more blanks is no such blank)."""
    wide = f"[{_WIDE}{_WIDE_AMBIGUOUS}]"
    return _Blank(
        text, columns,
        lazy_re(f"{text}(?<={wide}{text})(?={wide})"),
        lazy_re(f"{text}(?<={wide}{text})(?<![编章节条款]{text})(?={wide})"),
    )


#: The blanks a wrap became, tried in this order, one per page: the single ASCII space (the
#: commonest: text layers joined per paragraph); two spaces, or one ideographic space, where the
#: tool that joined the lines put a full-width blank (a wrap read back from a fixed-width print
#: layout, pages13b F13-B6: Taiwan's judicial.mywoo.com ``由內政 部定之``; a 　 where a layout
#: justified the line).  A page whose wrap blank is one of these shows it at its print width as
#: the single space does, and the wraps fall between other characters each time (a gap typed
#: inside one word of a sentence the page repeats recurs at one distance too); a page with no
#: such evidence keeps all its blanks.
_SPACE = _Blank(" ", 1, _LONE_SPACE, _UNLABELLED_SPACE)
_WRAP_BLANKS = (  # (an ideographic or EM space prints two columns, a no-break space one)
    _SPACE, _blank("  ", 2), _blank("\u3000", 2), _blank("\u00a0", 1), _blank("\u2003", 2), _blank("\u3000\u3000", 4),
)

#: Formats whose text flows with no printed line: their spaces are never PDF wraps.
NO_PRINT_WIDTH = frozenset({"docx"})
#: Least spaces at the page's line width for the page to show the damage.
MIN_PERIODIC = 6
#: Least distances between two spaces of a line that agree on the width.
MIN_REPEATS = 3
#: Share of the page's lone spaces between wide characters that stand at the line width.
MIN_SHARE = 0.6
#: Display columns a measured distance may differ from the line width (a line holding Latin
#: digits or ambiguous-width marks prints a little wider or narrower than their count).
TOLERANCE = 2
#: The narrowest line width read as a print width (12 Chinese characters).
MIN_WIDTH = 24
#: An indented first line of a paragraph is up to this many columns shorter (the indent the
#: extraction dropped: two full-width characters).
MAX_INDENT = 6


#: Narrow characters a page may have printed full width (``２０２１``, ``５Ｇ``, ``３０％``): the width rule, which
#: runs before the layout rules, narrows them, and the printed line's columns shrink by one for each.
_MAY_BE_WIDE = lazy_re(r"[0-9A-Za-z%]")


def _columns(text: str) -> int:
    """Display columns of ``text``: two for each wide character, one for the others.

    >>> _columns("通知如下。"), _columns("2025年"), _columns("“意见”")
    (10, 6, 8)
    """
    return len(text) + len(_WIDE_CHAR.findall(text))


#: The space after an article or division label at a line start (``第一条 为了…``, ``第一章 总则``): the
#: house separator, never a wrap, and no evidence either way.
_LABEL_SEPARATOR = lazy_re(r"[ \t\u3000]*第[零〇○一二两三四五六七八九十百千0-9]{1,8}[编章节条款](?:之[一二三四五六七八九十]{1,3})?$")
#: What a space between items follows: a sentence's end (a poem's couplets, ``…地上霜。 举头…``), a closing bracket
#: (``张三丰（北京大学法学院教授） 李四光（…）``, review10) or an organ's or a company's name (a list of them: ``北京某某科技有限公司 上海某某信息科技有限公司``, ``抄送：市委办公室 市人大办公室``).
_ITEM_END = lazy_re(r"(?:[。！？；：）)」』》】”?.]|公司|集团|局|厅|室|委员会|院|部|府|中心|处|站|所|社|行|厂|校|馆)$")
#: Prose marks: a line of running text holds one in every :data:`PROSE_CHARS` characters or fewer; a
#: line of names separated by spaces (a 名单) holds none.
#: A line citing a standard by its number (``GB/T 28046.1-2011 道路车辆 电气及电子设备的环境条件和试验 第1部分：一般规定``):
#: GB/T 1.1 writes a standard's title as elements apart (引导要素 主体要素 补充要素): those spaces are the title's
#: (field test 11, F11-G3: a 规范性引用文件 clause lost 17 of them).
_STANDARD_REFERENCE = lazy_re(r"[ \t\u3000]*(?:[A-Z]{1,4}(?:/[A-Z]{1,2})?|ISO(?:/IEC)?|IEC)[ \u3000]?[0-9]")
#: A standard's number anywhere on a line (``[1]YY/T 0965，《无源外科植入物 人工韧带专用要求》``, ``GB/T 42061-2022, 医疗器械
#: 质量管理体系 用于法规的要求``): the title that follows it, up to the sentence's end, writes its elements apart (GB/T 1.1);
#: field test 20 (F20-A1), cmde.org.cn guidelines' 参考文献 lists lost the first space of every title.
_STANDARD_NUMBER = lazy_re(r"(?<![A-Za-z])(?:[A-Z]{2,4}(?:[/∕][A-Z])?|ISO(?:/IEC)?|IEC)[ \u3000]?[0-9]{3,6}(?:\.[0-9]+)*(?:[-—][0-9]{2,4})?")
#: Where a standard's title ends: a sentence's or a clause's end.
_TITLE_STOP = lazy_re(r"[。；！？;]")
#: A standard's part label after a space (``《医疗器械生物学评价 第 3 部分：遗传毒性…》``): a title element of its own.
_PART_LABEL = lazy_re(r"第[ \u3000]?[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]?部分")
_PROSE_MARK = lazy_re(r"[，。；、：“”《》（）,;:()]")
PROSE_CHARS = 60
#: Box-drawing characters: a line holding one is a row or a border of a table drawn in text.
_BOX_DRAWING = lazy_re("[\u2500-\u257f]")


#: The ends of :data:`_ITEM_END` but a sentence's (``。！？``): names and clause marks.  A space after one in a line of
#: running text is kept as a list's separator (``抄送：市委办公室 市人大办公室``) unless the page's print width
#: proves it a wrap (:func:`_name_end_wrap`).
_ORGAN_END = lazy_re(r"(?:[；：、）)」』》】”]|公司|集团|局|厅|室|委员会|院|部|府|中心|处|站|所|社|行|厂|校|馆)$")

#: A sentence's end before a space (a ``.`` the width rule left ASCII after a Chinese character too).
_SENTENCE_END = frozenset("。！？!.")

#: A space of a line: its position, its column, whether it is surely no wrap to remove, whether
#: it follows a sentence's end, whether it is a label's separator at the line's start, how many
#: columns wider the line up to it printed if its narrow characters were full width (:data:`_MAY_BE_WIDE`),
#: whether it is kept only because a name or a clause mark ends before it (:data:`_ORGAN_END`: the
#: width chain can still prove it a wrap, :func:`_wraps`), and the columns of its whole line.
_Space = tuple[int, int, bool, bool, bool, int, bool, int]


def _line_spaces(text: str, blank: _Blank = _SPACE) -> list[list[_Space]]:
    """For each line holding lone spaces between wide characters, each such space: its position,
    its column on the line (the columns printed before it, a kept space one column) and whether it is
    surely no wrap: a label's separator at the line start, a space after an item's end
    (:data:`_ITEM_END`; a lost character's ``?`` too: what it was is unknown), any space of a line that is no running text (fewer prose marks than one in
    :data:`PROSE_CHARS` characters: a list of names; a row of a box-drawn table) or that cites a standard by its number
    (:data:`_STANDARD_REFERENCE`), or any space of a standard's title after its number on the line
    (:func:`_standard_titles`) or before a standard's part label (``评价 第 3 部分``: :data:`_PART_LABEL`).  Each stretch between spaces and each line is
    read once (linear)."""
    out: list[list[_Space]] = []
    current: list[_Space] = []
    previous = column = line_start = flex = 0
    prose, cites_standard = True, False
    step = len(blank.text)
    for m in blank.lone.finditer(text):
        at = m.start()
        newline = text.rfind("\n", previous, at)
        if newline >= 0 or not current:
            if current:
                out.append(current)
            line_start = newline + 1 if newline >= 0 else text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            prose = len(_PROSE_MARK.findall(text, line_start, line_end)) * PROSE_CHARS >= line_end - line_start
            # a row of a box-drawn table: its blanks pad fixed-width cells (tests/real_pages/field10 J0030007.xml,
            # 工廠設立登記規則's 附表: ``│三  │一  各項申請書件之紙張大│``, the cells' width recurring like a print width)
            prose = prose and _BOX_DRAWING.search(text, line_start, line_end) is None
            current, column = [], _columns(text[line_start:at])
            line_columns = _columns(text[line_start:line_end])
            flex = len(_MAY_BE_WIDE.findall(text, line_start, at))
            label = _LABEL_SEPARATOR.match(text, line_start, at) is not None
            cites_standard = _STANDARD_REFERENCE.match(text, line_start, line_end) is not None
            titles = _standard_titles(text, line_start, line_end)
            title = 0
        else:
            column += blank.columns + _columns(text[previous:at])
            flex += len(_MAY_BE_WIDE.findall(text, previous, at))
            label = False
        item_end = _ITEM_END.search(text, max(line_start, at - 3), at) is not None
        while title < len(titles) and titles[title][1] <= at:
            title += 1
        in_title = (title < len(titles) and titles[title][0] <= at) or _PART_LABEL.match(text, at + step) is not None
        hard = label or not prose or cites_standard or in_title
        organ = item_end and not hard and _ORGAN_END.search(text, max(line_start, at - 3), at) is not None
        current.append((at, column, hard or item_end, text[at - 1] in _SENTENCE_END, label, flex, organ, line_columns))
        previous = at + step
    if current:
        out.append(current)
    return out


def _standard_titles(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """The stretches of a line from a standard's number to the end of its sentence or clause (its title's
    elements stand apart there: :data:`_STANDARD_NUMBER`), in order and apart; each stretch is read once.

    >>> t = "[1]YY/T 0965，《无源外科植入物 人工韧带专用要求》[S]。其后 另起"
    >>> [t[a:b] for a, b in _standard_titles(t, 0, len(t))]
    ['，《无源外科植入物 人工韧带专用要求》[S]']
    """
    out: list[tuple[int, int]] = []
    at = line_start
    while (m := _STANDARD_NUMBER.search(text, at, line_end)) is not None:
        stop = _TITLE_STOP.search(text, m.end(), line_end)
        end = line_end if stop is None else stop.start()
        out.append((m.end(), end))
        at = max(end, m.end())
        if at >= line_end:
            break
    return out


def _line_width(lines: list[list[_Space]], blank_columns: int = 1) -> int | None:
    """The page's print width: the distance in columns most often found between two spaces of a
    line (neither surely kept), when at least :data:`MIN_REPEATS` distances agree; else the
    column of the lines' first spaces (after a label's separator at most), measured from the
    line's start, when as many agree.  A page of short paragraphs wraps each once or twice: the
    first wrap of each shows the width (field test 8b, ihmsje/Change-Index-Chinese-Law ``1997.txt``,
    the 动物防疫法 as a PDF gave it: ``　　第三条 本法所称动物，是指家畜家禽和人工饲养、合法捕获的其他 动物。``).
    The first line of a paragraph may be narrower (an indent, a label's wider separator in
    print): the distances between wraps come first."""
    between: Counter[int] = Counter()
    from_start: Counter[int] = Counter()
    for spaces in lines:
        first = 1 if spaces[0][4] else 0
        if first < len(spaces) and not spaces[first][2]:
            from_start[spaces[first][1]] += 1
        for (_, column, kept, *_), (_, next_column, next_kept, *_) in zip(spaces, spaces[1:]):
            if not kept and not next_kept:
                between[next_column - column - blank_columns] += 1
    return _agreed_width(between) or _agreed_width(from_start)


def _agreed_width(counts: Counter[int]) -> int | None:
    """The distance that at least :data:`MIN_REPEATS` of ``counts`` agree on (within
    :data:`TOLERANCE`, :data:`MIN_WIDTH` or more): the most common one of the best band."""
    best, best_count = None, 0
    for width in sorted(counts):
        if width < MIN_WIDTH:
            continue
        near = sum(c for d, c in counts.items() if abs(d - width) <= TOLERANCE)
        if near > best_count:
            best, best_count = width, near
    if best is None or best_count < MIN_REPEATS:
        return None
    # the centre of the band: the most common distance within it
    return max((d for d in counts if abs(d - best) <= TOLERANCE), key=lambda d: (counts[d], -abs(d - best)))


def _wraps(spaces: list[_Space], width: int, blank_columns: int = 1) -> tuple[list[int], int]:
    """The spaces of one line at the print width from the wrap before them, and how many spaces
    (none surely kept) end short printed lines after a paragraph's end (below).

    The first wrap of a line stands at the width from the line start (less an indent of up to
    :data:`MAX_INDENT` columns), or anywhere when the next space stands at the width from it (a
    label printed in a column of its own, ``理 由 書: 本件…``, shifts the first line); each next
    wrap at the width from the one before.  Where the chain breaks (a line that wrapped without
    a space: after a Latin letter), the next space that the following one confirms starts it again.
    A space that is surely no wrap to remove (after a sentence's end: ``…成效。 同时``) still marks
    where the line wrapped when it stands at the width: the chain goes on from it, the space stays.
    One that does not stand at the width ends a paragraph whose printed lines the page joined
    with spaces, as it joined the wraps: the next printed line starts after it, and the next
    wrap is measured from there as a line's first, with no indent allowed for.  Field test 10 (F10-M5), the Macau gazette
    transcription of wanglu.net: ``三、本批示自公布翌日起生效. 二零一零年二月二十六日 经济财政司司长 谭伯源``
    (an article, its date, its signer: three printed lines) lost the space after the date, 50
    columns from the line's start but 20 from the article's end.  The spaces from such a
    paragraph's end to the next wrap end short lines (a date, a signer, a heading): no wraps,
    and no evidence against the page's wraps either (:func:`wrap_spaces` counts them apart).

    Two other families' damage is allowed for (:func:`_at_width`): digits and Latin letters the page
    printed full width, which the width rule narrowed before this rule measures (``成员超过５００人``
    printed 6 columns wider than ``500``), and a wrap whose blank is gone, two or three printed lines
    from the wrap before: a ruby reading right after the wrap, removed with the blank before it
    (``说明　(Ming)情况`` -> ``说明情况``), or a line that wrapped after a Latin letter.
    """
    out: list[int] = []
    last = None  # the column just after the last wrap
    last_flex = 0  # the columns a full-width print adds before it
    start = start_flex = 0  # where the printed line starts when no wrap is known yet (the line's, or a paragraph's)
    short_lines = 0
    for i, (at, column, kept, after_sentence, _, flex, organ, line_columns) in enumerate(spaces):
        confirmed = i + 1 < len(spaces) and _at_width(
            spaces[i + 1][1] - column - blank_columns, spaces[i + 1][5] - flex, width, lines=(1,))
        if last is None:
            indent = MAX_INDENT if start == 0 else 0  # (a joined paragraph's start is known to the column)
            is_wrap = _at_width(column - start, flex - start_flex + indent, width) or (
                confirmed and column - start + flex - start_flex >= width - indent - TOLERANCE)
        else:
            is_wrap = _at_width(column - last, flex - last_flex, width) or (column - last > width + TOLERANCE and confirmed)
        if is_wrap:
            if not kept or (organ and _name_end_wrap(column - (start if last is None else last),
                                                     flex - (start_flex if last is None else last_flex) + (indent if last is None else 0),
                                                     last is None, line_columns - column - blank_columns, confirmed, width)):
                out.append(at)
            last, last_flex = column + blank_columns, flex
        elif after_sentence:
            last, start, start_flex = None, column + blank_columns, flex
        elif start and last is None and not kept:
            short_lines += 1
    return out, short_lines


def _name_end_wrap(columns: int, flex: int, first: bool, rest: int, confirmed: bool, width: int) -> bool:
    """Whether a space after an organ's or a company's name or after a clause mark (``…由受托银行 办理贷款手续``,
    ``…的具体行 政行为``, ``社 会保障``: the names' ends begin words too; ``处二万元以下的罚款； 情节严重的``), kept as a
    list's separator otherwise, is a wrap all the same: it stands exactly one printed line (``columns``, up to
    ``flex`` more) after the wrap before it on its line, or after the line's start when the next space stands one
    line further (``first``); and the printed line after it ends at a wrap again (``confirmed``: the next space
    one line further) or with the paragraph (``rest``: at most one line left).  Items of a list typed with
    spaces in a sentence are no print width apart, one after the other.

    >>> _name_end_wrap(30, 0, False, 20, False, 30), _name_end_wrap(30, 0, False, 90, False, 30), _name_end_wrap(18, 0, False, 20, True, 30)
    (True, False, False)
    >>> _name_end_wrap(30, 0, True, 20, False, 30), _name_end_wrap(26, 6, True, 90, True, 30)
    (False, True)
    """
    if not _at_width(columns, flex, width, lines=(1,)):
        return False
    return confirmed or (not first and rest <= width + TOLERANCE)


def _at_width(columns: int, flex: int, width: int, *, lines: tuple[int, ...] = (1, 2, 3)) -> bool:
    """Whether a stretch of ``columns`` (up to ``flex`` more if its narrow characters printed full
    width, or a line's indent was dropped) is one printed line of ``width`` (within
    :data:`TOLERANCE`), or two or three whose wraps lost their blanks.

    >>> _at_width(62, 0, 60), _at_width(54, 6, 60), _at_width(54, 0, 60), _at_width(121, 0, 60), _at_width(90, 0, 60)
    (True, True, False, True, False)
    """
    return any(columns - TOLERANCE <= width * k <= columns + flex + TOLERANCE for k in lines)


def wrap_spaces(text: str, *, source_format: str | None = None) -> list[Edit]:
    """The lone spaces of ``text`` that stand where its printed lines wrapped (see the module).

    A Word document (``source_format="docx"``) flows its text: it has no printed lines, and a
    recurring distance between its spaces is a coincidence (field test 20, F20-A1: cmde.org.cn
    guidelines lost the spaces of standard titles at a "period" of 39 columns).

    >>> line = "推进医保基金即时结算改革是贯彻落实党的二十届三中全会精 神的具体举措，有助于进一步优化医保基金结算运行管理机制，提高 结算效率。"
    >>> page = "\\n".join([line] * 6)
    >>> [(e.start, e.before, e.after) for e in wrap_spaces(page)][:2]
    [(27, ' ', ''), (58, ' ', '')]
    >>> wrap_spaces("广州市民政局 广州市财政局\\n张三 李四 王五")
    []
    >>> names = "北京京东世纪贸易有限公司 北京三快在线科技有限公司 上海拉扎斯信息科技有限公司 北京小桔科技有限公司 "
    >>> wrap_spaces("附件：被约谈企业名单\\n" + names * 3)
    []
    >>> len(wrap_spaces(page)), wrap_spaces(page, source_format="docx")
    (12, [])
    """
    if source_format in NO_PRINT_WIDTH:
        return []
    return list(page_print_wraps(text))


#: The page :func:`page_print_wraps` read last, and its reading.
_last_reading: tuple[str, tuple[Edit, ...]] | None = None


def page_print_wraps(text: str) -> tuple[Edit, ...]:
    """The page's reading of its print width (the blanks at it), a fact of the page computed once: the width
    rule reads it on a page whose blanks after marks it would take (``资金， 并提高``: a printed line's end is
    no such blank), and ``cjk_spaces`` reads it again when the text reaches it unchanged (review 22: the same
    scan ran twice).  Remembered for the last page read, by content (a string comparison, far cheaper than
    the scan; the rules hand each other new objects of the same text).

    >>> line = "推进医保基金即时结算改革是贯彻落实党的二十届三中全会精 神的具体举措，有助于进一步优化医保基金结算运行管理机制，提高 结算效率。"
    >>> page = "\\n".join([line] * 6)
    >>> first = page_print_wraps(page)
    >>> len(first), page_print_wraps((page + "。")[:-1]) is first
    (12, True)
    """
    global _last_reading
    last = _last_reading
    if last is not None and (last[0] is text or last[0] == text):
        return last[1]
    reading: tuple[Edit, ...] = ()
    for blank in _WRAP_BLANKS:
        if blank.text in text and len(blank.unlabelled.findall(text)) >= MIN_PERIODIC:
            edits = _blank_wraps(text, blank)
            if edits:
                reading = tuple(edits)
                break
    _last_reading = (text, reading)
    return reading


_BLANK_NAMES = {" ": "a space", "  ": "two spaces", "\u3000": "an ideographic space", "\u00a0": "a no-break space",
                "\u2003": "an EM space", "\u3000\u3000": "two ideographic spaces"}


def _blank_wraps(text: str, blank: _Blank) -> list[Edit]:
    """The blanks ``blank.text`` of ``text`` at its print width (see the module), or none when the
    page's blanks of that kind show no width."""
    lines = _line_spaces(text, blank)
    width = _line_width(lines, blank.columns)
    if width is None:
        return []
    wraps: list[int] = []
    spaces = 0
    for line in lines:
        found, short_lines = _wraps(line, width, blank.columns)
        wraps += found
        spaces += sum(1 for _, _, kept, *_ in line if not kept) - short_lines
    if len(wraps) < MIN_PERIODIC or len(wraps) < MIN_SHARE * spaces:
        return []
    if blank is not _SPACE and len({text[at - 1 : at + len(blank.text) + 1] for at in wraps}) < MIN_SHARE * len(wraps):
        return []  # the same two characters around most of them: a typed gap repeated (电力　监管 in each sentence), no wrap
    name = _BLANK_NAMES.get(blank.text, "a blank")
    detail = f"PDF line wrap read as {name}: the page's blanks between Chinese characters recur every {width} columns"
    if blank is _SPACE:  # (the words of the single space's edits, as before)
        detail = f"PDF line wrap read as a space: the page's spaces between Chinese characters recur every {width} columns"
    edits = [Edit(CJK_SPACES, at, at + len(blank.text), blank.text, "", detail) for at in wraps]
    if blank is _SPACE:
        split = _split_words(text, lines, set(wraps))
        if split:
            words = ("PDF line wrap read as a space inside a word: the page writes the two characters together "
                     f"elsewhere, and its spaces recur every {width} columns")
            edits = sorted(edits + [Edit(CJK_SPACES, at, at + 1, " ", "", words) for at in split], key=lambda e: e.start)
    return edits


#: A Chinese character (a word's; no mark, no digit).
_HAN = lazy_re(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003fffd]")
#: The marks that open and close a title (``《建设工程质量管理条例》``): a space between a title's parts is its own.
_TITLE_OPEN, _TITLE_CLOSE = "《〈", "》〉"


def _split_words(text: str, lines: list[list[_Space]], wraps: set[int]) -> list[int]:
    """On a page whose spaces the print width proved wraps, the lone spaces left that split a word: between two
    Chinese characters that the page writes together elsewhere (``建筑市场信用 体系`` beside ``信用体系``,
    ``必须严格执 行`` beside ``贯彻执行``); not surely kept (a label's separator, a space after a sentence's, a
    name's or a clause's end, a line of names), not inside a title's ``《》``.  A wrap between two words
    (``建设活动的 建筑业企业``) or inside a word the page writes nowhere else (``正 常秩序``) has no such
    evidence and stays: a dictionary's word pairs are no evidence, for two words meet in one (a date and a
    signer's office, ``二十六日 经济财政司司长``: 日经).

    Real damage undone: a page re-wrapped more than once (法律资料网's copies of an old fixed-width text, F20-B10:
    ``必须严格执 行``, ``市政基础设施工 程建设活动``) keeps wraps at a second column that the page's print width does
    not reach; the words are the evidence there.  Each candidate pair is looked up in one pass over the page
    (linear); a page without the width's evidence keeps every space.

    >>> _split_words("工程建设。施工 程", [[(7, 0, False, False, False, 0, False, 0)]], set())
    [7]
    >>> _split_words("活动的 建筑", [[(3, 0, False, False, False, 0, False, 0)]], set())
    []
    >>> _split_words("《工程 建设》工程建设", [[(3, 0, False, False, False, 0, False, 0)]], set())
    []
    """
    candidates: dict[int, str] = {}
    for spaces in lines:
        depth, previous = 0, None
        for at, _, kept, *_ in spaces:
            if previous is None:
                line_start = text.rfind("\n", 0, at) + 1
                previous = line_start
            stretch = text[previous:at]
            depth = max(0, depth + sum(stretch.count(c) for c in _TITLE_OPEN) - sum(stretch.count(c) for c in _TITLE_CLOSE))
            previous = at
            if kept or at in wraps or depth:
                continue
            if _HAN.match(text, at - 1) and _HAN.match(text, at + 1):
                candidates[at] = text[at - 1] + text[at + 1]
    if not candidates:
        return []
    pairs = regex.compile("|".join(regex.escape(pair) for pair in set(candidates.values())))
    written = {m.group() for m in pairs.finditer(text, overlapped=True)}
    return sorted(at for at, pair in candidates.items() if pair in written)


__all__ = ["page_print_wraps", "wrap_spaces"]
